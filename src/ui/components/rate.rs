//! The rating desk: one answer at a time on the rubric's scales, or two answers side by side.
//! Blind by default (answers behind letters, in the rater's own shuffled order); names appear
//! once the rater has finished. Keyboard first: digits rate, J/K or arrows move, ? for help.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::export::Export;
use crate::core::i18n::{msg, text, Locale};
use crate::core::model::human::Outcome;
use crate::ui::state::{Action, Desk, LikertCard, PairCard, RateMode};
use crate::app::rating::EmptyDesk;

#[derive(Properties, PartialEq)]
pub struct RateProps {
    pub locale: Locale,
    /// `None` until the rater has given their name.
    pub desk: Option<Desk>,
    /// The name remembered on this device, offered again.
    pub remembered: Option<String>,
    pub items: usize,
    pub on_action: Callback<Action>,
    pub on_export: Callback<Export>,
    pub on_share: Callback<crate::core::io::link::Kind>,
}

#[component]
pub fn Rate(props: &RateProps) -> Html {
    let l = props.locale;
    let Some(desk) = props.desk.clone() else {
        return html! { <SignIn locale={l} remembered={props.remembered.clone()} on_action={props.on_action.clone()} /> };
    };
    let act = |action: fn() -> Action| props.on_action.reform(move |_: MouseEvent| action());
    let mode_tab = |mode: RateMode, key: &'static str, id: &'static str| {
        let on_action = props.on_action.clone();
        html! {
            // A two-way switch of what is rated, not a second row of tabs: pressed buttons.
            <button type="button" class="tabs__tab" data-testid={id} aria-pressed={(desk.settings.mode == mode).to_string()}
                onclick={move |_| on_action.emit(Action::SetRateMode(mode))}>{ text(l, key) }</button>
        }
    };
    let (done, total) = match desk.settings.mode {
        RateMode::Likert => (desk.rated, desk.to_rate),
        RateMode::Pairwise => (desk.voted, desk.to_vote),
    };
    let percent = if total == 0 { 0.0 } else { 100.0 * done as f64 / total as f64 };
    html! {
        <section class="card rate" aria-labelledby="rate-title" data-testid="rate">
            <div class="rate__head">
                <h2 id="rate-title" class="card__title">
                    { text(l, "rate-title") }
                    <span class="rate__who" data-testid="rater-name">{ format!(" · {}", desk.rater.name) }</span>
                </h2>
                <button type="button" class="button button--quiet" data-testid="sign-out" onclick={act(|| Action::SignOut)}>
                    { text(l, "rate-sign-out") }</button>
            </div>
            <div class="rate__bar">
                <div class="tabs" role="group" aria-label={text(l, "rate-mode-label")}>
                    { mode_tab(RateMode::Likert, "rate-mode-likert", "mode-likert") }
                    { mode_tab(RateMode::Pairwise, "rate-mode-pairwise", "mode-pairwise") }
                </div>
                <label class="check"><input type="checkbox" data-testid="unrated-only" checked={desk.settings.unrated_only}
                    onchange={props.on_action.reform(|_: Event| Action::ToggleUnratedOnly)} />{ text(l, "rate-unrated-only") }</label>
                <label class="check"><input type="checkbox" data-testid="blind" checked={desk.settings.blind}
                    onchange={props.on_action.reform(|_: Event| Action::ToggleBlind)} />{ text(l, "rate-blind") }</label>
                <button type="button" class="button button--quiet" aria-expanded={desk.settings.help.to_string()} data-testid="help-toggle"
                    onclick={act(|| Action::ToggleHelp)}>{ text(l, "rate-keys-toggle") }</button>
                <button type="button" class="button" data-testid="export-rater" onclick={props.on_export.reform(|_: MouseEvent| Export::RaterFile)}>
                    { Export::RaterFile.label().text(l) }</button>
                <button type="button" class="button" data-testid="share-rater" onclick={props.on_share.reform(|_: MouseEvent| crate::core::io::link::Kind::Rater)}>
                    { text(l, "share-rater-button") }</button>
            </div>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={done.to_string()}
                aria-label={text(l, "rate-progress-label")} data-testid="rate-progress">
                // Drawn, not styled: the page's Content-Security-Policy allows no inline styles.
                <svg class="progress__bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                    <rect width={format!("{percent:.1}")} height="1" /></svg>
                <span class="progress__text">{ match desk.settings.mode {
                    RateMode::Likert => msg!("rate-progress-likert", done = done, total = total),
                    RateMode::Pairwise => msg!("rate-progress-pairwise", done = done, total = total),
                }.text(l) }</span>
            </div>
            if desk.settings.help { { help(l) } }
            if desk.finished() {
                <p class="notice" role="status" data-testid="rate-finished">{ text(l, match desk.settings.mode {
                    RateMode::Likert => "rate-finished-likert",
                    RateMode::Pairwise => "rate-finished-pairwise",
                }) }</p>
            }
            { match (desk.settings.mode, &desk.likert, &desk.pair) {
                (RateMode::Likert, Some(card), _) => likert_card(l, &desk, card, &props.on_action),
                (RateMode::Pairwise, _, Some(card)) => pair_card(l, &desk, card, &props.on_action),
                _ => html! { <p class="empty" data-testid="rate-empty">{ text(l, match desk.empty {
                    Some(EmptyDesk::AllRated) => "rate-empty-all-rated",
                    Some(EmptyDesk::NoSuite) => "rate-empty-no-suite",
                    Some(EmptyDesk::NothingToRate) => "rate-empty-nothing-to-rate",
                    Some(EmptyDesk::NoAnswers) | None => "rate-empty-no-answers",
                }) }</p> },
            } }
            if desk.settings.mode == RateMode::Pairwise && desk.finished() {
                <button type="button" class="button" data-testid="more-pairs" onclick={act(|| Action::MorePairs)}>
                    { text(l, "rate-more-pairs") }</button>
            }
        </section>
    }
}

fn help(l: Locale) -> Html {
    // The keys are shown as they are on the keyboard, in every locale.
    let rows: [(&str, &str); 6] = [
        ("1–7 (0–9)", "rate-help-rate"),
        ("J → ↓", "rate-help-next"),
        ("K ← ↑", "rate-help-previous"),
        ("1 / A, 2 / B", "rate-help-pair-better"),
        ("3 / T, 4 / X", "rate-help-pair-tie"),
        ("?  Esc", "rate-help-toggle"),
    ];
    html! {
        <table class="keys" data-testid="help">
            <caption>{ text(l, "rate-help-caption") }</caption>
            { for rows.iter().map(|(keys, key)| html! { <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ text(l, key) }</td></tr> }) }
        </table>
    }
}

fn likert_card(l: Locale, desk: &Desk, card: &LikertCard, on_action: &Callback<Action>) -> Html {
    let reveal = !desk.settings.blind || desk.finished();
    let item = &card.item;
    let title = if reveal {
        msg!("rate-answer-revealed", label = &card.task.label, model = &card.task.model)
    } else {
        msg!("rate-answer-blind", label = &card.task.label, count = card.answers_here)
    };
    // Every keystroke goes into the session (and so into autosave): a comment half typed when
    // the tab closes or the phone switches apps is not lost.
    let on_comment = on_action.reform(|event: InputEvent| Action::Comment(event.target_unchecked_into::<HtmlInputElement>().value()));
    let active = desk.settings.criterion.min(card.criteria.len().saturating_sub(1));
    html! {
        // Keyed by the answer: the next answer is a new card, so the focus left on the point just
        // chosen does not sit on the same point of the next answer, looking like a choice.
        <article class="task" key={format!("{}/{}", item.id, card.task.label)} data-testid="likert-card" data-item={item.id.clone()} data-label={card.task.label.clone()}>
            <p class="task__where">{ msg!("rate-where-answer", position = desk.position + 1, queue = desk.queue, item = &item.id).text(l) }</p>
            <h3 class="task__prompt-label">{ text(l, "rate-prompt") }</h3>
            <p class="task__prompt" lang={item.lang.as_str()}>{ &item.prompt }</p>
            <h3 class="task__answer-label" data-testid="answer-label">{ title.text(l) }</h3>
            <div class="task__answer" lang={item.lang.as_str()} data-testid="answer-text">{ &card.answer }</div>
            { for card.criteria.iter().enumerate().map(|(index, (criterion, scale, value))| {
                let name = criterion.name.in_locale(l).to_owned();
                html! {
                    <fieldset class={classes!("criterion", (index == active).then_some("criterion--active"))} data-testid="criterion">
                        <legend>{ name.clone() }{ format!(" ({}–{})", scale.min, scale.max) }</legend>
                        <div class="scale" role="radiogroup" aria-label={name.clone()}>
                            { for (scale.min..=scale.max).map(|point| {
                                let on_action = on_action.clone();
                                let anchor = scale.anchors.get(&point.to_string()).map(|a| a.in_locale(l).to_owned());
                                let chosen = *value == Some(point);
                                // One Tab stop per scale (the chosen point, else the first); digits
                                // rate from anywhere on the desk.
                                let stop = value.map_or(point == scale.min, |v| v == point);
                                html! {
                                    <button type="button" role="radio" aria-checked={chosen.to_string()} tabindex={if stop { "0" } else { "-1" }}
                                        class={classes!("scale__point", chosen.then_some("scale__point--chosen"))}
                                        title={anchor.clone().unwrap_or_default()} data-testid="scale-point" data-value={point.to_string()}
                                        onclick={move |_| on_action.emit(Action::Rate { criterion: index, value: point })}>
                                        <span class="scale__value">{ point }</span>
                                        if let Some(anchor) = anchor { <span class="scale__anchor">{ anchor }</span> }
                                    </button>
                                }
                            }) }
                        </div>
                        if !scale.anchors.is_empty() {
                            // The anchors again as one line, for screens too narrow to show them
                            // inside the points (phones, 200 % zoom).
                            <p class="scale__legend" data-testid="scale-legend">
                                { scale.anchors.iter().map(|(point, anchor)| format!("{point} = {}", anchor.in_locale(l))).collect::<Vec<_>>().join(" · ") }
                            </p>
                        }
                    </fieldset>
                }
            }) }
            <label class="field__label task__comment">{ text(l, "rate-comment") }
                <input class="field__input" data-testid="comment" value={card.comment.clone()} oninput={on_comment}
                    placeholder={text(l, "rate-comment-placeholder")} /></label>
            <div class="task__nav">
                <button type="button" class="button" data-testid="previous" onclick={on_action.reform(|_: MouseEvent| Action::Move(-1))}>{ text(l, "rate-previous-answer") }</button>
                <button type="button" class="button" data-testid="next" onclick={on_action.reform(|_: MouseEvent| Action::Move(1))}>{ text(l, "rate-next-answer") }</button>
            </div>
        </article>
    }
}

fn pair_card(l: Locale, desk: &Desk, card: &PairCard, on_action: &Callback<Action>) -> Html {
    let reveal = !desk.settings.blind || desk.finished();
    let item = &card.item;
    let side = |letter: &str, model: &str, answer: &str, testid: &'static str| {
        html! {
            <div class="pair__side" data-testid={testid}>
                <h3 class="task__answer-label">{ if reveal { format!("{letter} — {model}") } else { msg!("rate-pair-side-blind", letter = letter).text(l) } }</h3>
                <div class="task__answer" lang={item.lang.as_str()}>{ answer }</div>
            </div>
        }
    };
    let vote = |outcome: Outcome, label: &'static str, key: &'static str| {
        let on_action = on_action.clone();
        let chosen = card.outcome == Some(outcome);
        html! {
            <button type="button" class={classes!("button", chosen.then_some("button--primary"))} aria-pressed={chosen.to_string()}
                data-testid={format!("vote-{}", key.to_lowercase())} onclick={move |_| on_action.emit(Action::Vote(outcome))}>
                { text(l, label) }{ " " }<kbd>{ key }</kbd></button>
        }
    };
    html! {
        <article class="task" data-testid="pair-card" data-item={item.id.clone()}>
            <p class="task__where">{ msg!("rate-where-pair", position = desk.position + 1, queue = desk.queue, item = &item.id).text(l) }</p>
            <p class="task__prompt" lang={item.lang.as_str()}>{ &item.prompt }</p>
            <div class="pair">
                { side("A", &card.task.a, &card.answer_a, "pair-a") }
                { side("B", &card.task.b, &card.answer_b, "pair-b") }
            </div>
            <div class="pair__votes" role="group" aria-label={text(l, "rate-vote-question")}>
                { vote(Outcome::A, "rate-vote-a", "A") }
                { vote(Outcome::B, "rate-vote-b", "B") }
                { vote(Outcome::Tie, "rate-vote-tie", "T") }
                { vote(Outcome::BothBad, "rate-vote-both-bad", "X") }
            </div>
            <div class="task__nav">
                <button type="button" class="button" data-testid="previous" onclick={on_action.reform(|_: MouseEvent| Action::Move(-1))}>{ text(l, "rate-previous-pair") }</button>
                <button type="button" class="button" data-testid="next" onclick={on_action.reform(|_: MouseEvent| Action::Move(1))}>{ text(l, "rate-next-pair") }</button>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct SignInProps {
    locale: Locale,
    remembered: Option<String>,
    on_action: Callback<Action>,
}

/// Asks the rater's name once; a random seed fixes their blind order.
#[component]
fn SignIn(props: &SignInProps) -> Html {
    let l = props.locale;
    let name = use_node_ref();
    // The remembered name is filled in once, not bound: a re-render (the engine reporting in)
    // must not wipe a name being typed.
    {
        let name = name.clone();
        use_effect_with(props.remembered.clone(), move |remembered| {
            if let (Some(input), Some(remembered)) = (name.cast::<HtmlInputElement>(), remembered)
                && input.value().is_empty()
            {
                input.set_value(remembered);
            }
        });
    }
    let onsubmit = {
        let (name, on_action) = (name.clone(), props.on_action.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = name.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            // Seeds stay below 2^32 so every JSON reader keeps them exact.
            let seed = (js_sys::Math::random() * 4_294_967_296.0) as u64;
            on_action.emit(Action::SignIn { name: value, seed });
        })
    };
    html! {
        <section class="card rate" aria-labelledby="sign-in-title">
            <h2 id="sign-in-title" class="card__title">{ text(l, "rate-title") }</h2>
            <p class="card__intro">{ text(l, "rate-sign-in-intro") }</p>
            <form class="sign-in" {onsubmit} data-testid="sign-in">
                <label class="field__label">{ text(l, "rate-name-label") }
                    <input ref={name} class="field__input" required=true maxlength="80" data-testid="rater-input"
                        autocomplete="name" /></label>
                <button type="submit" class="button button--primary" data-testid="start-rating">{ text(l, "rate-start") }</button>
            </form>
        </section>
    }
}
