//! The review queue: one answer at a time whose extracted choice a person should read, with
//! the words extraction went by marked; a letter key chooses, N says "no answer", J/K move.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::ReviewTask;
use crate::core::i18n::{msg, text, Locale};
use crate::core::model::session::Session;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub locale: Locale,
    pub session: Rc<Session>,
    pub task: Option<ReviewTask>,
    /// Answers left in the queue, and the shown one's place in it (0-based).
    pub remaining: usize,
    pub at: usize,
    /// A key's worth of decision, from a button: "A"…"H", "N", "J", "K".
    pub on_key: Callback<String>,
}

#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let l = props.locale;
    let Some(task) = &props.task else {
        return html! {
            <section class="review" aria-labelledby="review-title">
                <h2 id="review-title">{ text(l, "review-title") }</h2>
                <p class="empty" data-testid="review-empty" role="status">{ text(l, "review-empty") }</p>
            </section>
        };
    };
    let item = props.session.suite.item(&task.item);
    let answer = props.session.answers.iter().rev().find(|a| a.model == task.model && a.item == task.item).map(|a| a.answer.clone()).unwrap_or_default();
    // The answer in three pieces: before, the evidence, after (character offsets).
    let (before, marked, after) = match task.extraction.span {
        Some([start, end]) => {
            let chars: Vec<char> = answer.chars().collect();
            let (start, end) = (start.min(chars.len()), end.min(chars.len()));
            (chars[..start].iter().collect::<String>(), chars[start..end].iter().collect::<String>(), chars[end..].iter().collect::<String>())
        }
        None => (answer.clone(), String::new(), String::new()),
    };
    let press = |key: &'static str| {
        let on_key = props.on_key.clone();
        Callback::from(move |_: MouseEvent| on_key.emit(key.to_owned()))
    };
    let why = match (&task.extraction.choice, task.extraction.conflicting) {
        (None, _) => text(l, "review-why-abstained"),
        (Some(_), true) => text(l, "review-why-conflicting"),
        (Some(_), false) => text(l, "review-why-inferred"),
    };
    html! {
        <section class="review" aria-labelledby="review-title" data-testid="review">
            <h2 id="review-title">{ text(l, "review-title") }</h2>
            <p class="review__progress" data-testid="review-remaining" role="status">{ msg!("review-remaining", count = props.remaining, at = props.at + 1).text(l) }</p>
            <p class="review__keys">{ text(l, "review-keys") }</p>
            <article class="review__card" data-testid="review-card" data-model={task.model.clone()} data-item={task.item.clone()}>
                <h3>{ &task.model }{ " · " }<code>{ &task.item }</code></h3>
                if let Some(item) = item {
                    <p class="review__prompt">{ &item.prompt }</p>
                    <ul class="review__options">
                        { for item.options.iter().map(|(letter, option)| html! { <li><strong>{ letter }</strong>{ " " }{ option }</li> }) }
                    </ul>
                }
                <p class="review__why">{ why }
                    if let Some(choice) = &task.extraction.choice { { " " }{ msg!("review-read-as", choice = choice.as_str()).text(l) } }
                </p>
                <blockquote class="review__answer" data-testid="review-answer">
                    { before }
                    if !marked.is_empty() { <mark data-testid="review-evidence">{ marked }</mark> }
                    { after }
                </blockquote>
                <div class="review__choices" role="group" aria-label={text(l, "review-choose")}>
                    { for task.letters.chars().map(|letter| {
                        let on_key = props.on_key.clone();
                        let key = letter.to_string();
                        html! { <button type="button" class="key-button" data-testid="review-choose" onclick={Callback::from(move |_| on_key.emit(key.clone()))}>
                            <kbd>{ letter }</kbd></button> }
                    }) }
                    <button type="button" class="key-button" data-testid="review-none" onclick={press("N")}><kbd>{ "N" }</kbd>{ " " }{ text(l, "review-no-answer") }</button>
                </div>
                <div class="review__move">
                    <button type="button" onclick={press("K")}>{ text(l, "review-previous") }</button>
                    <button type="button" onclick={press("J")}>{ text(l, "review-skip") }</button>
                </div>
            </article>
        </section>
    }
}
