//! "How scoring works": each method of Pingfen worked step by step on an example the person
//! can edit, computed in the engine by the functions that score a session
//! (`core::explain`). This view only shows the steps.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::Action;
use crate::core::explain::{Inputs, Lessons};
use crate::core::i18n::{msg, text, Locale};
use crate::core::text::Lang;

use super::value_of;

#[derive(Properties, PartialEq)]
pub struct LearnProps {
    pub locale: Locale,
    pub inputs: Inputs,
    /// `None` until the engine has worked the example (it needs the dictionary).
    pub lessons: Option<Rc<Lessons>>,
    pub on_action: Callback<Action>,
}

fn two(value: f64) -> String {
    format!("{value:.2}")
}

fn chips(tokens: &[String], testid: &'static str) -> Html {
    html! { <ol class="tokens__list learn__tokens" data-testid={testid}>{ for tokens.iter().map(|t| html! { <li class="token">{ t }</li> }) }</ol> }
}

#[component]
pub fn Learn(props: &LearnProps) -> Html {
    let l = props.locale;
    let inputs = &props.inputs;
    // A change of one field: the whole example goes to the engine again.
    let edit = |change: fn(&mut Inputs, String)| {
        let (inputs, on_action) = (inputs.clone(), props.on_action.clone());
        Callback::from(move |event: Event| {
            let mut next = inputs.clone();
            change(&mut next, value_of(&event));
            on_action.emit(Action::SetLearn(next));
        })
    };
    let typed = |change: fn(&mut Inputs, String)| edit(change).reform(|event: InputEvent| event.into());
    let number = |text: String, old: i32| text.trim().parse().unwrap_or(old);
    let on_lang = edit(|i, v| i.lang = if v == "en" { Lang::En } else { Lang::Zh });
    let on_reset = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SetLearn(Inputs::example())))
    };
    let field = |label: &'static str, testid: &'static str, value: String, rows: u32, on: Callback<InputEvent>| {
        html! {
            <label class="field">{ text(l, label) }
                <textarea rows={rows.to_string()} value={value} oninput={on} data-testid={testid} spellcheck="false" /></label>
        }
    };
    let example = html! {
        <section class="card" aria-labelledby="learn-title" data-testid="learn">
            <h2 id="learn-title" class="card__title">{ text(l, "learn-title") }</h2>
            <p class="card__intro">{ text(l, "learn-intro") }</p>
            <div class="form">
                <label class="field">{ text(l, "learn-lang") }
                    <select onchange={on_lang} data-testid="learn-lang">
                        <option value="zh" selected={inputs.lang == Lang::Zh}>{ text(l, "learn-lang-zh") }</option>
                        <option value="en" selected={inputs.lang == Lang::En}>{ text(l, "learn-lang-en") }</option>
                    </select></label>
                { field("learn-reference", "learn-reference", inputs.reference.clone(), 2, typed(|i, v| i.reference = v)) }
                { field("learn-answer", "learn-answer", inputs.answer.clone(), 2, typed(|i, v| i.answer = v)) }
                <div class="actions"><button type="button" class="button" onclick={on_reset} data-testid="learn-reset">{ text(l, "learn-reset") }</button></div>
            </div>
        </section>
    };
    let Some(lessons) = props.lessons.as_ref() else {
        return html! { <div class="learn">{ example }<p class="empty" aria-busy="true" data-testid="learn-working">{ text(l, "learn-working") }</p></div> };
    };
    let bleu = &lessons.bleu;
    let tokens = html! {
        <section class="card" aria-labelledby="learn-tokens-title">
            <h2 id="learn-tokens-title" class="card__title">{ text(l, "learn-tokens-title") }</h2>
            <p class="card__intro">{ text(l, if inputs.lang == Lang::Zh { "learn-tokens-zh" } else { "learn-tokens-en" }) }</p>
            <h3 class="card__subtitle">{ text(l, "learn-answer") }</h3>
            { chips(&lessons.answer_tokens, "learn-answer-tokens") }
            <h3 class="card__subtitle">{ text(l, "learn-reference") }</h3>
            { chips(&lessons.reference_tokens, "learn-reference-tokens") }
        </section>
    };
    let bleu_card = html! {
        <section class="card" aria-labelledby="learn-bleu-title" data-testid="learn-bleu">
            <h2 id="learn-bleu-title" class="card__title">{ "BLEU" }</h2> // i18n-exempt: a method's name
            <p class="card__intro">{ text(l, if inputs.lang == Lang::Zh { "learn-bleu-intro-zh" } else { "learn-bleu-intro-en" }) }</p>
            { chips(&bleu.tokens, "learn-bleu-tokens") }
            <div class="table-wrap"><table class="scores" data-testid="learn-bleu-orders">
                <thead><tr>
                    <th scope="col" class="num">{ "n" }</th> // i18n-exempt: the order's symbol
                    <th scope="col">{ text(l, "learn-col-grams") }</th>
                    <th scope="col" class="num">{ text(l, "learn-col-matched") }</th>
                    <th scope="col" class="num">{ text(l, "learn-col-precision") }</th>
                </tr></thead>
                <tbody>{ for bleu.orders.iter().map(|order| html! {
                    <tr data-testid="learn-bleu-order" data-n={order.n.to_string()} data-matches={order.matches.to_string()} data-total={order.total.to_string()}>
                        <td class="num">{ order.n }</td>
                        <td class="learn__grams">{ for order.grams.iter().map(|g| html! {
                            <span class={classes!("gram", (g.matched > 0).then_some("gram--matched"))}>
                                { &g.text }{ if g.count > 1 { format!(" ×{}", g.count) } else { String::new() } }</span>
                        }) }</td>
                        <td class="num">{ format!("{} / {}", order.matches, order.total) }</td>
                        <td class="num">{ two(order.precision) }</td>
                    </tr>
                }) }</tbody>
            </table></div>
            <p>{ msg!("learn-bleu-bp", hyp = bleu.hypothesis_len, reference = bleu.reference_len, bp = format!("{:.4}", bleu.brevity_penalty)).text(l) }</p>
            <p class="learn__result" data-testid="learn-bleu-score">{ msg!("learn-bleu-score", order = bleu.effective_order, bp = format!("{:.4}", bleu.brevity_penalty), mean = two(bleu.geometric_mean), score = two(bleu.score)).text(l) }</p>
            <p class="muted">{ text(l, "learn-signature") }{ " " }<code data-testid="learn-bleu-signature">{ &bleu.signature }</code></p>
        </section>
    };
    let chrf = &lessons.chrf;
    let chrf_card = html! {
        <section class="card" aria-labelledby="learn-chrf-title" data-testid="learn-chrf">
            <h2 id="learn-chrf-title" class="card__title">{ "chrF++" }</h2> // i18n-exempt: a method's name
            <p class="card__intro">{ text(l, "learn-chrf-intro") }</p>
            <div class="table-wrap"><table class="scores">
                <thead><tr>
                    <th scope="col">{ text(l, "learn-col-kind") }</th>
                    <th scope="col" class="num">{ text(l, "learn-col-answer-grams") }</th>
                    <th scope="col" class="num">{ text(l, "learn-col-reference-grams") }</th>
                    <th scope="col" class="num">{ text(l, "learn-col-matched") }</th>
                </tr></thead>
                <tbody>{ for chrf.orders.iter().map(|o| html! {
                    <tr data-testid="learn-chrf-order">
                        <th scope="row">{ if o.kind == "char" { msg!("learn-chrf-char", n = o.n) } else { msg!("learn-chrf-word", n = o.n) }.text(l) }</th>
                        <td class="num">{ o.hypothesis }</td>
                        <td class="num">{ o.reference }</td>
                        <td class="num">{ o.matches }</td>
                    </tr>
                }) }</tbody>
            </table></div>
            <p class="learn__result" data-testid="learn-chrf-score">{ msg!("learn-chrf-score", precision = format!("{:.4}", chrf.precision), recall = format!("{:.4}", chrf.recall), beta = chrf.beta, score = two(chrf.score)).text(l) }</p>
            <p class="muted">{ text(l, "learn-signature") }{ " " }<code>{ &chrf.signature }</code></p>
        </section>
    };
    let rouge_card = html! {
        <section class="card" aria-labelledby="learn-rouge-title">
            <h2 id="learn-rouge-title" class="card__title">{ "ROUGE" }</h2> // i18n-exempt: a method's name
            <p class="card__intro">{ text(l, "learn-rouge-intro") }</p>
            <div class="table-wrap"><table class="scores" data-testid="learn-rouge">
                <thead><tr>
                    <th scope="col">{ text(l, "learn-col-metric") }</th>
                    <th scope="col" class="num">{ text(l, "learn-col-rouge-precision") }</th>
                    <th scope="col" class="num">{ text(l, "learn-col-recall") }</th>
                    <th scope="col" class="num">{ "F" }</th> // i18n-exempt: the measure's symbol
                    <th scope="col">{ text(l, "learn-signature") }</th>
                </tr></thead>
                <tbody>{ for lessons.rouge.iter().map(|r| html! {
                    <tr data-testid="learn-rouge-row" data-name={r.name.clone()}>
                        <th scope="row">{ &r.name }</th>
                        <td class="num">{ format!("{:.4}", r.precision) }</td>
                        <td class="num">{ format!("{:.4}", r.recall) }</td>
                        <td class="num">{ format!("{:.4}", r.fmeasure) }</td>
                        <td><code>{ &r.signature }</code></td>
                    </tr>
                }) }</tbody>
            </table></div>
        </section>
    };
    let choice = &lessons.choice;
    let extraction = &choice.extraction;
    let choice_card = html! {
        <section class="card" aria-labelledby="learn-choice-title" data-testid="learn-choice">
            <h2 id="learn-choice-title" class="card__title">{ text(l, "learn-choice-title") }</h2>
            <p class="card__intro">{ text(l, "learn-choice-intro") }</p>
            <div class="form">
                { field("learn-options", "learn-options", inputs.options.clone(), 4, typed(|i, v| i.options = v)) }
                { field("learn-choice-answer", "learn-choice-answer", inputs.choice_answer.clone(), 2, typed(|i, v| i.choice_answer = v)) }
            </div>
            <p class="learn__result" data-testid="learn-choice-result" data-choice={extraction.choice.clone().unwrap_or_default()} data-rule={extraction.rule.to_string()}>
                { match &extraction.choice {
                    Some(letters) => msg!("learn-choice-chosen", letters = letters.clone(), rule = extraction.rule.to_string()),
                    None => msg!("learn-choice-none", rule = extraction.rule.to_string()),
                }.text(l) }
            </p>
            if let Some(evidence) = &extraction.evidence {
                <p>{ text(l, "learn-choice-evidence") }{ " " }<mark>{ evidence }</mark></p>
            }
            if extraction.needs_review() {
                <p class="notice notice--warn" role="note">{ text(l, "learn-choice-review") }</p>
            }
        </section>
    };
    let rubric = &lessons.rubric;
    let check_line = |result: &crate::core::rubric::checks::CheckResult, testid: &'static str| {
        let note = result.note_message().map(|m| m.text(l)).unwrap_or_default();
        html! {
            <li data-testid={testid} data-passed={result.passed.to_string()} data-score={result.score.to_string()}>
                <strong>{ result.kind_message().text(l) }</strong>{ " · " }
                { if result.passed { msg!("learn-rubric-passed", score = format!("{:.0}", result.score)) } else { msg!("learn-rubric-failed", score = format!("{:.0}", result.score)) }.text(l) }
                if !note.is_empty() { { " · " }{ note } }
                if !result.found.is_empty() { <div>{ text(l, "learn-rubric-found") }{ " " }{ for result.found.iter().map(|f| html! { <mark class="learn__found">{ f }</mark> }) }</div> }
                if !result.missed.is_empty() { <div>{ text(l, "learn-rubric-missed") }{ " " }{ for result.missed.iter().map(|m| html! { <span class="gram">{ m }</span> }) }</div> }
            </li>
        }
    };
    let on_length = {
        let (inputs, on_action) = (inputs.clone(), props.on_action.clone());
        Callback::from(move |e: InputEvent| {
            let mut next = inputs.clone();
            next.length_max = value_of(&e.into()).trim().parse().unwrap_or(next.length_max);
            on_action.emit(Action::SetLearn(next));
        })
    };
    let rubric_card = html! {
        <section class="card" aria-labelledby="learn-rubric-title" data-testid="learn-rubric">
            <h2 id="learn-rubric-title" class="card__title">{ text(l, "learn-rubric-title") }</h2>
            <p class="card__intro">{ text(l, "learn-rubric-intro") }</p>
            <div class="form">
                { field("learn-points", "learn-points", inputs.points.clone(), 4, typed(|i, v| i.points = v)) }
                <label class="field">{ text(l, if inputs.lang == Lang::Zh { "learn-length-max-chars" } else { "learn-length-max-words" }) }
                    <input type="number" min="0" value={inputs.length_max.to_string()} oninput={on_length} data-testid="learn-length-max" /></label>
            </div>
            <ul class="learn__checks">
                { check_line(&rubric.key_points, "learn-rubric-points") }
                { check_line(&rubric.length, "learn-rubric-length") }
            </ul>
        </section>
    };
    let likert = &lessons.likert;
    let likert_card = html! {
        <section class="card" aria-labelledby="learn-likert-title" data-testid="learn-likert">
            <h2 id="learn-likert-title" class="card__title">{ text(l, "learn-likert-title") }</h2>
            <p class="card__intro">{ text(l, "learn-likert-intro") }</p>
            <div class="form form--row">
                <label class="field">{ text(l, "learn-rating") }
                    <input type="number" value={inputs.rating.to_string()} data-testid="learn-rating"
                        oninput={{ let (inputs, on_action) = (inputs.clone(), props.on_action.clone()); Callback::from(move |e: InputEvent| {
                            let mut next = inputs.clone(); next.rating = number(value_of(&e.into()), next.rating); on_action.emit(Action::SetLearn(next)); }) }} /></label>
                <label class="field">{ text(l, "learn-scale-min") }
                    <input type="number" value={inputs.scale_min.to_string()} data-testid="learn-scale-min"
                        oninput={{ let (inputs, on_action) = (inputs.clone(), props.on_action.clone()); Callback::from(move |e: InputEvent| {
                            let mut next = inputs.clone(); next.scale_min = number(value_of(&e.into()), next.scale_min); on_action.emit(Action::SetLearn(next)); }) }} /></label>
                <label class="field">{ text(l, "learn-scale-max") }
                    <input type="number" value={inputs.scale_max.to_string()} data-testid="learn-scale-max"
                        oninput={{ let (inputs, on_action) = (inputs.clone(), props.on_action.clone()); Callback::from(move |e: InputEvent| {
                            let mut next = inputs.clone(); next.scale_max = number(value_of(&e.into()), next.scale_max); on_action.emit(Action::SetLearn(next)); }) }} /></label>
            </div>
            <p class="learn__result" data-testid="learn-likert-score">{ msg!("learn-likert-score", rating = likert.clamped, min = likert.min, max = likert.max, score = two(likert.score)).text(l) }</p>
            if likert.clamped != likert.rating {
                <p class="muted">{ msg!("learn-likert-clamped", rating = likert.rating, clamped = likert.clamped).text(l) }</p>
            }
        </section>
    };
    let pairwise = &lessons.pairwise;
    let pairwise_card = html! {
        <section class="card" aria-labelledby="learn-pairwise-title" data-testid="learn-pairwise">
            <h2 id="learn-pairwise-title" class="card__title">{ text(l, "learn-pairwise-title") }</h2>
            <p class="card__intro">{ msg!("learn-pairwise-intro", rounds = pairwise.settings.rounds, k = pairwise.settings.k.to_string()).text(l) }</p>
            { field("learn-votes", "learn-votes", inputs.votes.clone(), 5, typed(|i, v| i.votes = v)) }
            if !pairwise.unread.is_empty() {
                <p class="notice notice--warn" role="note" data-testid="learn-votes-unread">
                    { msg!("learn-votes-unread", lines = pairwise.unread.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")).text(l) }</p>
            }
            <div class="table-wrap"><table class="scores">
                <thead><tr>
                    <th scope="col" class="num">{ text(l, "raters-col-rank") }</th>
                    <th scope="col">{ text(l, "raters-col-model") }</th>
                    <th scope="col" class="num">{ "Bradley-Terry" }</th> // i18n-exempt: a method's name
                    <th scope="col" class="num">{ text(l, "raters-col-interval") }</th>
                    <th scope="col" class="num">{ "Elo" }</th> // i18n-exempt: a method's name
                    <th scope="col" class="num">{ text(l, "raters-col-wins-losses-ties") }</th>
                </tr></thead>
                <tbody>{ for pairwise.standings.iter().map(|s| html! {
                    <tr data-testid="learn-pairwise-row" data-model={s.model.clone()}>
                        <td class="num rank">{ s.rank.map(|r| format!("#{r}")).unwrap_or_default() }</td>
                        <th scope="row">{ &s.model }</th>
                        <td class="num num--strong">{ crate::core::human::raters::rating_shown(s) }</td>
                        <td class="num">{ s.bradley_terry_interval.map(|i| format!("{:.0} – {:.0}", i.low, i.high)).unwrap_or_default() }</td>
                        <td class="num">{ format!("{:.0}", s.elo) }</td>
                        <td class="num">{ format!("{} / {} / {}", s.wins, s.losses, s.ties) }</td>
                    </tr>
                }) }</tbody>
            </table></div>
        </section>
    };
    let boot = &lessons.bootstrap;
    let bootstrap_card = html! {
        <section class="card" aria-labelledby="learn-bootstrap-title" data-testid="learn-bootstrap">
            <h2 id="learn-bootstrap-title" class="card__title">{ text(l, "learn-bootstrap-title") }</h2>
            <p class="card__intro">{ msg!("learn-bootstrap-intro", rounds = boot.rounds, seed = boot.seed.to_string()).text(l) }</p>
            { field("learn-scores", "learn-scores", inputs.scores.clone(), 2, typed(|i, v| i.scores = v)) }
            if !boot.unread.is_empty() {
                <p class="notice notice--warn" role="note">{ msg!("learn-scores-unread", entries = boot.unread.join(", ")).text(l) }</p>
            }
            if let (Some(mean), Some(interval)) = (boot.mean, boot.interval) {
                <p>{ msg!("learn-bootstrap-resamples", means = boot.first_means.iter().map(|m| format!("{m:.1}")).collect::<Vec<_>>().join(", ")).text(l) }</p>
                <p class="learn__result" data-testid="learn-bootstrap-result" data-low={interval.low.to_string()} data-high={interval.high.to_string()}>
                    { msg!("learn-bootstrap-result", count = boot.scores.len(), mean = format!("{mean:.1}"), low = format!("{:.1}", interval.low), high = format!("{:.1}", interval.high)).text(l) }</p>
            }
        </section>
    };
    html! {
        <div class="learn" data-testid="learn-lessons">
            { example }{ tokens }{ bleu_card }{ chrf_card }{ rouge_card }{ choice_card }{ rubric_card }{ likert_card }{ pairwise_card }{ bootstrap_card }
        </div>
    }
}
