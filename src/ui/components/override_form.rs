//! A person's last word on one automatic result: what it should be and why, or the override in
//! force with who, when and why, and a way to undo it.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::Action;
use crate::core::i18n::{msg, text, Locale};
use crate::core::model::human::{Correction, Override};
use crate::core::model::suite::{Item, ItemKind};
use crate::core::scoring::{Detail, ItemScore};

#[derive(Properties, PartialEq)]
pub struct OverrideProps {
    pub locale: Locale,
    pub score: ItemScore,
    pub item: Rc<Item>,
    pub on_action: Callback<Action>,
}

/// The value choices this item's result can be overridden to: (form value, words).
fn choices(l: Locale, item: &Item, score: &ItemScore) -> Vec<(String, String)> {
    match (&score.detail, item.kind) {
        (Detail::Choice { .. }, _) => item
            .options
            .keys()
            .map(|letter| (format!("choice:{letter}"), letter.clone()))
            .chain([("choice:".to_owned(), text(l, "review-no-answer"))])
            .collect(),
        (Detail::Rubric { checks, .. }, ItemKind::Rubric) => (0..checks.len().min(item.rubric.checks.len()))
            .flat_map(|i| {
                [
                    (format!("check:{i}:pass"), msg!("override-check-pass", number = i + 1).text(l)),
                    (format!("check:{i}:fail"), msg!("override-check-fail", number = i + 1).text(l)),
                ]
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn parse(value: &str, score_text: &str) -> Option<Correction> {
    let mut parts = value.split(':');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("choice"), Some(letters), None) => Some(Correction::Choice { choice: (!letters.is_empty()).then(|| letters.to_owned()) }),
        (Some("check"), Some(index), Some(verdict)) => Some(Correction::Check { check: index.parse().ok()?, pass: verdict == "pass" }),
        (Some("score"), None, None) => {
            let score: f64 = score_text.trim().replace(',', ".").parse().ok()?;
            (0.0..=100.0).contains(&score).then_some(Correction::Score { score })
        }
        _ => None,
    }
}

#[component]
pub fn OverrideForm(props: &OverrideProps) -> Html {
    let l = props.locale;
    let score = &props.score;
    let value_ref = use_node_ref();
    let score_ref = use_node_ref();
    let reason_ref = use_node_ref();
    let problem = use_state(|| None::<String>);
    let mut options = choices(l, &props.item, score);
    // A choice item's result is its choice; anything else may take a score.
    if !matches!(score.detail, Detail::Choice { .. }) {
        options.push(("score".into(), text(l, "override-score")));
    }
    let picked = use_state(|| options.first().map(|(value, _)| value.clone()).unwrap_or_default());
    if matches!(score.detail, Detail::Missing | Detail::Open) {
        return html! {};
    }
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |event: Event| picked.set(event.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
    };
    let note = score.overridden.as_ref().map(|o: &Override| {
        let on_action = props.on_action.clone();
        let (model, item, target) = (o.model.clone(), o.item.clone(), o.value.target());
        html! {
            <p class="detail override-note" data-testid="override-note">
                <span class="source-tag source-tag--override">{ text(l, "override-tag") }</span>{ " " }
                { msg!("override-by", by = o.by.as_str(), at = o.at.as_str()).text(l) }{ " " }
                <q data-testid="override-reason-shown">{ &o.reason }</q>{ " " }
                <button type="button" data-testid="override-undo" onclick={Callback::from(move |_| on_action.emit(Action::UndoOverride { model: model.clone(), item: item.clone(), target }))}>{ text(l, "override-undo") }</button>
            </p>
        }
    });
    let onsubmit = {
        let (value_ref, score_ref, reason_ref, problem) = (value_ref.clone(), score_ref.clone(), reason_ref.clone(), problem.clone());
        let (on_action, model, item) = (props.on_action.clone(), score.model.clone(), score.item.clone());
        let (missing_reason, bad_value) = (text(l, "override-needs-reason"), text(l, "override-bad-score"));
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let get = |node: &NodeRef| {
                node.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).or_else(|| node.cast::<web_sys::HtmlSelectElement>().map(|s| s.value())).unwrap_or_default()
            };
            let reason = get(&reason_ref);
            if reason.trim().is_empty() {
                problem.set(Some(missing_reason.clone()));
                return;
            }
            let Some(value) = parse(&get(&value_ref), &get(&score_ref)) else {
                problem.set(Some(bad_value.clone()));
                return;
            };
            problem.set(None);
            let at = crate::ui::now_rfc3339();
            on_action.emit(Action::Override { model: model.clone(), item: item.clone(), value, reason, at });
        })
    };
    html! {
        <>
            { for note }
            <details class="override" data-testid="override">
                <summary>{ text(l, "override-open") }</summary>
                <form class="override__form" {onsubmit}>
                    <label>{ text(l, "override-value") }
                        <select ref={value_ref} data-testid="override-value" onchange={on_pick}>
                            { for options.iter().map(|(value, words)| html! { <option value={value.clone()} selected={*picked == *value}>{ words }</option> }) }
                        </select>
                    </label>
                    if *picked == "score" {
                        <label>{ text(l, "override-score-label") }
                            <input ref={score_ref} type="number" min="0" max="100" step="any" inputmode="decimal" data-testid="override-score" />
                        </label>
                    }
                    <label class="override__reason">{ text(l, "override-reason") }
                        <input ref={reason_ref} type="text" required=true maxlength="500" data-testid="override-reason" />
                    </label>
                    <button type="submit" data-testid="override-save">{ text(l, "override-save") }</button>
                    if let Some(problem) = &*problem { <p class="field-problem" role="alert">{ problem }</p> }
                </form>
            </details>
        </>
    }
}
