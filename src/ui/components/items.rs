//! Item by item: the prompt, the references or options, and every model's answer with how its
//! score was computed (extracted choice and rule, metric values and signatures, checks found
//! and missed). Answers are shown as text, never as HTML.

use std::rc::Rc;

use yew::prelude::*;

use super::leaderboard::fmt;
use crate::core::i18n::{msg, text, Locale};
use crate::core::metrics::overlap::{highlight, Piece};
use crate::core::model::session::Session;
use crate::core::model::suite::{Item, ItemKind};
use crate::core::results::Results;
use crate::core::scoring::{Detail, ItemScore};
use crate::core::text::{Lang, Segmenter};
use crate::ui::state::{ItemFilter, Shared};

#[derive(Properties, PartialEq)]
pub struct ItemsProps {
    pub locale: Locale,
    pub session: Rc<Session>,
    pub results: Option<Rc<Results>>,
    pub selected: Option<String>,
    pub on_select: Callback<String>,
    pub segmenter: Option<Shared<Segmenter>>,
    /// Only the items behind a leaderboard cell, with that model's answer marked.
    pub filter: Option<ItemFilter>,
    pub on_clear_filter: Callback<()>,
}

#[component]
pub fn Items(props: &ItemsProps) -> Html {
    let l = props.locale;
    let suite = &props.session.suite;
    let shown = |item: &&Item| props.filter.as_ref().is_none_or(|f| f.lang == item.lang && f.dimension.as_ref().is_none_or(|d| *d == item.dimension));
    let selected = props.selected.as_deref().and_then(|id| suite.item(id)).or(suite.items.iter().find(|i| shown(i)));
    let list = suite.items.iter().filter(shown).map(|item| {
        let on_select = props.on_select.clone();
        let id = item.id.clone();
        let current = selected.is_some_and(|s| s.id == item.id);
        html! {
            <li>
                <button type="button" class="item-link" aria-current={current.then_some("true")}
                    data-testid="item-link" onclick={move |_| on_select.emit(id.clone())}>
                    <span class="item-link__id">{ &item.id }</span>
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
                }
                <ol>{ for list }</ol>
            </nav>
            <div class="items__detail">
                if let Some(item) = selected {
                    <ItemDetail locale={l} item={Rc::new(item.clone())} session={props.session.clone()}
                        results={props.results.clone()} segmenter={props.segmenter.clone()}
                        focus={props.filter.as_ref().map(|f| f.model.clone())} />
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
    item: Rc<Item>,
    session: Rc<Session>,
    results: Option<Rc<Results>>,
    segmenter: Option<Shared<Segmenter>>,
    /// The model whose answer is marked.
    focus: Option<String>,
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
            }
            { for scores.iter().map(|score| {
                let text = answer_text(&props.session, score);
                let pieces = match (&props.segmenter, item.kind) {
                    (Some(segmenter), ItemKind::Reference) => highlight(&segmenter.0, item.lang, &text, &item.references),
                    _ => Vec::new(),
                };
                let focus = props.focus.as_deref() == Some(score.model.as_str());
                html! { <AnswerCard locale={l} score={(*score).clone()} answer={text} {pieces} {focus} /> }
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
    score: ItemScore,
    answer: String,
    /// The answer with shared words marked (reference items), else empty.
    pieces: Vec<Piece>,
    focus: bool,
}

#[component]
fn AnswerCard(props: &AnswerCardProps) -> Html {
    let l = props.locale;
    let score = &props.score;
    let detail = match &score.detail {
        Detail::Choice { extracted, expected, rule, evidence } => html! {
            <p class="detail">
                { text(l, "items-extracted") }{ " " }<strong>{ extracted.clone().unwrap_or_else(|| text(l, "items-no-answer")) }</strong>
                { " · " }{ text(l, "items-expected") }{ " " }<strong>{ expected }</strong>
                { " · " }{ text(l, "items-rule") }{ " " }<code>{ rule }</code>
                if let Some(evidence) = evidence { { " · " }{ msg!("items-evidence", evidence = evidence.as_str()).text(l) } }
            </p>
        },
        Detail::Reference { metrics } => html! {
            <table class="metrics">
                <tbody>
                    { for metrics.iter().map(|(name, s)| html! {
                        <tr>
                            <th scope="row">{ name.as_str() }</th>
                            <td class="num">{ fmt(Some(s.score)) }</td>
                            <td class="num">{ s.precision.map(|p| format!("P {p:.1}")).unwrap_or_default() }</td>
                            <td class="num">{ s.recall.map(|r| format!("R {r:.1}")).unwrap_or_default() }</td>
                            <td><code class="signature">{ s.signature.as_str() }</code></td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
        Detail::Rubric { checks, errors } => html! {
            <ul class="checks">
                { for checks.iter().map(|c| html! {
                    <li class={if c.passed { classes!("check--pass") } else { classes!("check--fail") }}>
                        { if c.passed { "✓ " } else { "✗ " } }{ fmt(Some(c.score)) }
                        if !c.found.is_empty() { { " · " }{ msg!("items-check-found", terms = c.found.join(", ")).text(l) } }
                        if !c.missed.is_empty() { { " · " }{ msg!("items-check-missed", terms = c.missed.join(", ")).text(l) } }
                        if let Some(note) = c.note_message() { { " · " }{ note.text(l) } }
                    </li>
                }) }
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
                <span class="answer__score num" data-testid="answer-score" data-source={score.source.as_str()}>{ fmt(score.score) }</span>
            </div>
            if !props.pieces.is_empty() {
                <p class="answer-text" data-testid="answer-highlighted">
                    { for props.pieces.iter().map(|p| if p.matched { html! { <mark>{ &p.text }</mark> } } else { html! { { &p.text } } }) }
                </p>
            } else if !props.answer.is_empty() {
                <p class="answer-text">{ &props.answer }</p>
            }
            if let Some(human) = &score.human {
                <p class="detail" data-testid="human-detail">
                    <span class="source-tag">{ text(l, "items-human") }</span>
                    { format!(" {} · ", human.criteria.iter().map(|c| criterion(l, c)).collect::<Vec<_>>().join(" · ")) }
                    { msg!("items-human-raters", raters = human.raters).text(l) }
                </p>
            }
            { detail }
        </div>
    }
}

/// One criterion's mean rating: "quality 5.33 (3 ratings)".
fn criterion(l: Locale, c: &crate::core::human::likert::CriterionScore) -> String {
    msg!("items-human-criterion", criterion = c.criterion.as_str(), mean = format!("{:.2}", c.mean), ratings = c.ratings).text(l)
}
