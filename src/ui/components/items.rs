//! Item by item: the prompt, the references or options, and every model's answer with how its
//! score was computed (extracted choice and rule, metric values and signatures, checks found
//! and missed). Answers are shown as text, never as HTML.

use std::rc::Rc;

use yew::prelude::*;

use super::leaderboard::fmt;
use crate::core::i18n::{msg, text, Locale};
use crate::core::metrics::overlap::Piece;
use crate::core::metrics::standard::MetricName;
use crate::core::model::session::Session;
use crate::core::model::suite::{ChineseScript, Item, ItemKind};
use crate::core::results::Results;
use crate::core::scoring::{Detail, ItemScore};
use crate::core::rubric::choice::Confidence;
use crate::core::text::{Lang, Script};
use crate::app::{item_list, ItemOrder};
use crate::ui::state::{Highlights, ItemFilter};

#[derive(Properties, PartialEq)]
pub struct ItemsProps {
    pub locale: Locale,
    pub session: Rc<Session>,
    pub results: Option<Rc<Results>>,
    /// The session came without its answers' text: scores show, answers cannot be corrected.
    #[prop_or_default]
    pub withheld: bool,
    /// The engine is scoring the answers anew: the scores shown are about to change.
    #[prop_or_default]
    pub rescoring: bool,
    pub selected: Option<String>,
    pub on_select: Callback<String>,
    /// The words the selected item's answers share with its references (from the engine).
    pub highlights: Option<Highlights>,
    /// Only the items behind a leaderboard cell, with that model's answer marked.
    pub filter: Option<ItemFilter>,
    pub on_clear_filter: Callback<()>,
    /// Overrides and their undoing.
    pub on_action: Callback<crate::app::Action>,
}

#[component]
pub fn Items(props: &ItemsProps) -> Html {
    let l = props.locale;
    let suite = &props.session.suite;
    let order = use_state(ItemOrder::default);
    // Behind a leaderboard cell: each item's score for the model clicked, sortable by it.
    let listed = item_list(suite, props.results.as_deref(), props.filter.as_ref(), *order);
    let selected = props.selected.as_deref().and_then(|id| suite.item(id)).or(listed.first().map(|(item, _)| *item));
    let on_order = {
        let order = order.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            order.set(match value.as_str() {
                "low" => ItemOrder::LowestFirst,
                "high" => ItemOrder::HighestFirst,
                _ => ItemOrder::Suite,
            });
        })
    };
    let with_scores = props.filter.is_some();
    let list = listed.into_iter().map(|(item, score)| {
        let on_select = props.on_select.clone();
        let id = item.id.clone();
        let current = selected.is_some_and(|s| s.id == item.id);
        html! {
            <li>
                <button type="button" class="item-link" aria-current={current.then_some("true")}
                    data-testid="item-link" onclick={move |_| on_select.emit(id.clone())}>
                    <span class="item-link__id">{ &item.id }</span>
                    if with_scores { <span class="item-link__score num" data-testid="item-link-score">{ fmt(score) }</span> }
                    <span class="item-link__prompt" lang={item.lang.as_str()}>{ &item.prompt }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="items" aria-label={text(l, "items-label")}>
            <nav class="items__list" aria-label={text(l, "items-list")}>
                if let Some(filter) = &props.filter {
                    <p class="item-filter" data-testid="item-filter">
                        { msg!(
                            "items-filter",
                            model = filter.model.as_str(),
                            language = if filter.lang == Lang::Zh { msg!("language-zh") } else { msg!("language-en") },
                            dimension = filter.dimension.as_ref().and_then(|d| suite.dimensions.iter().find(|x| x.id == *d))
                                .map_or_else(|| text(l, "items-all-dimensions"), |d| d.name.in_locale(l).to_owned()),
                        ).text(l) }
                        <button type="button" class="button" data-testid="clear-filter" onclick={props.on_clear_filter.reform(|_: MouseEvent| ())}>{ text(l, "items-show-all") }</button>
                    </p>
                    <label class="field__label item-order">{ text(l, "items-sort-label") }
                        <select class="field__input" data-testid="item-order" onchange={on_order}>
                            <option value="suite" selected={*order == ItemOrder::Suite}>{ text(l, "items-sort-suite") }</option>
                            <option value="low" selected={*order == ItemOrder::LowestFirst}>{ text(l, "items-sort-low") }</option>
                            <option value="high" selected={*order == ItemOrder::HighestFirst}>{ text(l, "items-sort-high") }</option>
                        </select>
                    </label>
                }
                <ol>{ for list }</ol>
            </nav>
            <div class="items__detail">
                if let Some(item) = selected {
                    <ItemDetail locale={l} withheld={props.withheld} item={Rc::new(item.clone())} session={props.session.clone()}
                        results={props.results.clone()} highlights={props.highlights.clone()} rescoring={props.rescoring}
                        focus={props.filter.as_ref().map(|f| f.model.clone())} on_action={props.on_action.clone()} />
                } else {
                    <p>{ text(l, "items-empty") }</p>
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ItemDetailProps {
    locale: Locale,
    rescoring: bool,
    withheld: bool,
    item: Rc<Item>,
    session: Rc<Session>,
    results: Option<Rc<Results>>,
    highlights: Option<Highlights>,
    /// The model whose answer is marked.
    focus: Option<String>,
    on_action: Callback<crate::app::Action>,
}

#[component]
fn ItemDetail(props: &ItemDetailProps) -> Html {
    let l = props.locale;
    let item = &props.item;
    let kind = text(l, match item.kind {
        ItemKind::Choice => "items-kind-choice",
        ItemKind::Reference => "items-kind-reference",
        ItemKind::Rubric => "items-kind-rubric",
        ItemKind::Open => "items-kind-open",
    });
    let scores: Vec<&ItemScore> =
        props.results.iter().flat_map(|r| r.items.iter()).filter(|s| s.item == item.id).collect();
    let (dimension, subtask) = props.session.suite.place_names(item, l);
    html! {
        <article class="card item" data-testid="item-detail" lang={item.lang.as_str()}>
            <p class="item__meta">{ format!("{} · {} · {} / {}", item.id, kind, dimension, subtask) }</p>
            <h2 class="item__prompt">{ &item.prompt }</h2>
            if !item.options.is_empty() {
                <ol class="options">
                    { for item.options.iter().map(|(letter, option)| {
                        let correct = item.answer.as_deref().is_some_and(|a| a.contains(letter.as_str()));
                        html! { <li class={classes!("option", correct.then_some("option--correct"))}>
                            <span class="option__letter">{ letter }</span>{ option }
                            if correct { <span class="visually-hidden">{ text(l, "items-correct") }</span> }
                        </li> }
                    }) }
                </ol>
            }
            if !item.references.is_empty() {
                <div class="references">
                    <h3>{ text(l, "items-references") }</h3>
                    { for item.references.iter().map(|r| html! { <p class="answer-text">{ r }</p> }) }
                </div>
            }
            <h3>{ text(l, "items-answers") }</h3>
            if scores.is_empty() {
                <p class="card__intro">{ text(l, "items-no-answers") }</p>
            }
            if item.kind == ItemKind::Reference {
                <p class="card__intro legend-line"><mark>{ text(l, "items-highlighted") }</mark>
                    { text(l, "items-highlighted-explain") }</p>
                if let Some(metric) = scores.iter().find_map(|s| match &s.detail { Detail::Reference { metrics } => metrics.first().map(|(m, _)| *m), _ => None }) {
                    <p class="card__intro legend-line" data-testid="score-metric-explain">{ msg!("items-score-metric-explain", metric = metric.as_str()).text(l) }</p>
                    if metric == MetricName::Bleu && item.has_short_references() {
                        <p class="detail script-note" data-testid="short-bleu-hint">{ text(l, "items-short-bleu") }</p>
                    }
                }
            }
            { for scores.iter().map(|score| {
                let text = answer_text(&props.session, score);
                // Only pieces that make up this very text: an answer changed since they were cut shows plain.
                let marked = props
                    .highlights
                    .as_ref()
                    .filter(|h| h.item == item.id && item.kind == ItemKind::Reference)
                    .and_then(|h| h.marked.iter().find(|m| m.model == score.model))
                    .filter(|m| m.pieces.iter().map(|p| p.text.as_str()).collect::<String>() == text);
                let pieces: Vec<Piece> = marked.map(|m| m.pieces.clone()).unwrap_or_default();
                let other_script = marked.and_then(|m| m.other_script);
                let focus = props.focus.as_deref() == Some(score.model.as_str());
                html! { <AnswerCard locale={l} rescoring={props.rescoring} withheld={props.withheld} score={(*score).clone()} answer={text} {pieces} {other_script} {focus}
                    item={props.item.clone()} session={props.session.clone()} on_action={props.on_action.clone()} /> }
            }) }
        </article>
    }
}

/// The answer text behind a score (the last one given, as scoring uses).
fn answer_text(session: &Session, score: &ItemScore) -> String {
    session
        .answers
        .iter()
        .rev()
        .find(|a| a.model == score.model && a.item == score.item)
        .map(|a| a.answer.clone())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct AnswerCardProps {
    locale: Locale,
    rescoring: bool,
    withheld: bool,
    score: ItemScore,
    answer: String,
    /// The answer with shared words marked (reference items), else empty.
    pieces: Vec<Piece>,
    /// The answer's script, when its references are written in the other one (from the engine).
    other_script: Option<Script>,
    focus: bool,
    item: Rc<Item>,
    session: Rc<Session>,
    on_action: Callback<crate::app::Action>,
}

#[component]
fn AnswerCard(props: &AnswerCardProps) -> Html {
    let l = props.locale;
    let score = &props.score;
    let detail = match &score.detail {
        Detail::Choice { expected, extraction } => html! {
            <p class="detail" data-testid="choice-detail">
                { text(l, "items-extracted") }{ " " }<strong data-testid="choice-extracted">{ extraction.choice.clone().unwrap_or_else(|| text(l, "items-no-answer")) }</strong>
                { " · " }{ text(l, "items-expected") }{ " " }<strong>{ expected }</strong>
                if let Some(class) = extraction.confidence {
                    { " · " }<span class={classes!("confidence", format!("confidence--{}", class.as_str()))} data-testid="choice-confidence" data-confidence={class.as_str()}>{ confidence_words(l, class) }</span>
                }
                if extraction.conflicting { { " · " }<span class="confidence confidence--conflicting">{ text(l, "items-conflicting") }</span> }
                { " · " }{ text(l, "items-rule") }{ " " }<code>{ extraction.rule.to_string() }</code>
                if let Some(evidence) = &extraction.evidence { { " · " }<span data-testid="choice-evidence">{ msg!("items-evidence", evidence = evidence.as_str()).text(l) }</span> }
            </p>
        },
        Detail::Reference { metrics } => html! {
            <>
            <table class="metrics">
                <tbody>
                    { for metrics.iter().enumerate().map(|(i, (name, s))| html! {
                        <tr class={classes!((i == 0).then_some("metrics__score"))} data-testid={(i == 0).then_some("score-metric")}>
                            <th scope="row">{ name.as_str() }
                                if i == 0 { { " " }<span class="source-tag">{ text(l, "items-score-metric") }</span> }</th>
                            <td class="num">{ fmt(Some(s.score)) }</td>
                            <td class="num">{ s.precision.map(|p| format!("P {p:.1}")).unwrap_or_default() }</td>
                            <td class="num">{ s.recall.map(|r| format!("R {r:.1}")).unwrap_or_default() }</td>
                            <td><code class="signature">{ s.signature.as_str() }</code></td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if let Some(note) = props.other_script.map(|answer| script_note(l, answer, props.session.suite.chinese_script)) {
                <p class="detail script-note" data-testid="script-note">{ note }</p>
            }
            </>
        },
        Detail::Rubric { checks, errors } => html! {
            <ul class="checks">
                { for checks.iter().enumerate().map(|(i, c)| {
                    // The suite's checks in order; when one could not run, results no longer
                    // line up with them and the expectation is left out rather than guessed.
                    let declared = errors.is_empty().then(|| props.item.rubric.checks.get(i)).flatten();
                    html! {
                    <li class={if c.passed { classes!("rubric-check", "check--pass") } else { classes!("rubric-check", "check--fail") }} data-testid="check">
                        <span class="check__head">
                            <strong>{ if c.passed { "✓ " } else { "✗ " } }{ c.kind_message().text(l) }</strong>
                            { " " }{ text(l, if c.passed { "items-check-passed" } else { "items-check-failed" }) }
                            { " · " }<span class="num">{ fmt(Some(c.score)) }</span>
                        </span>
                        if let Some(check) = declared {
                            <span class="check__line" data-testid="check-expects">{ msg!("items-check-expects", what = crate::core::rubric::checks::expected_message(check, props.item.lang)).text(l) }</span>
                        }
                        if !c.found.is_empty() { <span class="check__line">{ msg!("items-check-found", terms = c.found.join(", ")).text(l) }</span> }
                        if !c.missed.is_empty() { <span class="check__line">{ msg!("items-check-missed", terms = c.missed.join(", ")).text(l) }</span> }
                        if let Some(note) = c.note_message() { <span class="check__line">{ note.text(l) }</span> }
                    </li>
                }}) }
                { for errors.iter().map(|e| html! { <li class="check--fail">{ e }</li> }) }
            </ul>
        },
        Detail::Open if score.human.is_some() => html! {},
        Detail::Open => html! { <p class="detail">{ text(l, "items-waiting-for-ratings") }</p> },
        Detail::Missing => html! { <p class="detail">{ text(l, "items-missing") }</p> },
    };
    html! {
        <div class={classes!("answer", props.focus.then_some("answer--focus"))} data-testid="answer" data-model={score.model.clone()} data-focus={props.focus.then_some("true")}>
            <div class="answer__head">
                <strong>{ &score.model }</strong>
                // While the engine scores anew, the old number is not shown as if it were the new one.
                if props.rescoring {
                    <span class="answer__score num answer__score--pending" data-testid="answer-score-pending" aria-busy="true">{ "…" }</span>
                } else {
                    <span class="answer__score num" data-testid="answer-score" data-source={score.source.as_str()}>{ fmt(score.score) }</span>
                }
            </div>
            if props.withheld && score.detail != Detail::Missing {
                <p class="detail" data-testid="answer-withheld">{ text(l, "items-answer-withheld") }</p>
            } else if !props.pieces.is_empty() {
                <p class="answer-text" data-testid="answer-highlighted">
                    { for props.pieces.iter().map(|p| if p.matched { html! { <mark>{ &p.text }</mark> } } else { html! { { &p.text } } }) }
                </p>
            } else if !props.answer.is_empty() {
                <p class="answer-text">{ &props.answer }</p>
            }
            if let Some(human) = &score.human {
                <p class="detail" data-testid="human-detail">
                    <span class="source-tag">{ text(l, "items-human") }</span>
                    { format!(" {} · ", human.criteria.iter().map(|c| criterion(l, &props.session.suite, c)).collect::<Vec<_>>().join(" · ")) }
                    { msg!("items-human-raters", raters = human.raters).text(l) }
                </p>
            }
            { detail }
            if !props.withheld {
                <super::override_form::OverrideForm locale={l} score={score.clone()} item={props.item.clone()} on_action={props.on_action.clone()} />
            }
        </div>
    }
}

/// One criterion's mean rating, named from the suite: "Quality 5.33 (3 ratings)".
fn criterion(l: Locale, suite: &crate::core::model::suite::Suite, c: &crate::core::human::likert::CriterionScore) -> String {
    let name = suite.criterion_name(&c.criterion).map(|n| n.in_locale(l).to_owned()).filter(|n| !n.is_empty()).unwrap_or_else(|| c.criterion.clone());
    msg!("items-human-criterion", criterion = name, mean = format!("{:.2}", c.mean), ratings = c.ratings).text(l)
}

/// When a Chinese answer and its references are written in different scripts, what that did
/// to the score: nothing when the suite folds scripts, a lower score when compared as written.
fn script_note(l: Locale, answer: Script, script: ChineseScript) -> String {
    let name = |script: Script| text(l, if script == Script::Traditional { "items-script-traditional" } else { "items-script-simplified" });
    let references = if answer == Script::Traditional { Script::Simplified } else { Script::Traditional };
    let (answer, references) = (name(answer), name(references));
    let note = match script {
        ChineseScript::Fold => msg!("items-script-folded", answer = answer, references = references),
        ChineseScript::AsWritten => msg!("items-script-apart", answer = answer, references = references),
    };
    note.text(l)
}

/// A confidence class in words.
fn confidence_words(l: Locale, class: Confidence) -> String {
    match class {
        Confidence::Explicit => text(l, "items-confidence-explicit"),
        Confidence::Decision => text(l, "items-confidence-decision"),
        Confidence::Ordinal => text(l, "items-confidence-ordinal"),
        Confidence::Inferred => text(l, "items-confidence-inferred"),
    }
}
