//! Item by item: the prompt, the references or options, and every model's answer with how its
//! score was computed (extracted choice and rule, metric values and signatures, checks found
//! and missed). Answers are shown as text, never as HTML.

use std::rc::Rc;

use yew::prelude::*;

use super::leaderboard::fmt;
use crate::core::scorebook::{Results, Session};
use crate::core::scoring::{Detail, ItemScore};
use crate::core::model::suite::{Item, ItemKind};
use crate::core::text::Lang;
use crate::core::metrics::overlap::{highlight, Piece};
use crate::core::text::Segmenter;
use crate::ui::i18n::UiLang;
use crate::ui::state::{ItemFilter, Shared};

#[derive(Properties, PartialEq)]
pub struct ItemsProps {
    pub ui_lang: UiLang,
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
    let l = props.ui_lang;
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
                    <span class="item-link__prompt" lang={lang_tag(item.lang)}>{ &item.prompt }</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="items" aria-label={l.tr("Items", "题目")}>
            <nav class="items__list" aria-label={l.tr("Item list", "题目列表")}>
                if let Some(filter) = &props.filter {
                    <p class="item-filter" data-testid="item-filter">
                        { format!("{} · {} · {}", filter.model, if filter.lang == Lang::Zh { "中文" } else { "English" },
                            filter.dimension.as_ref().and_then(|d| suite.dimensions.iter().find(|x| x.id == *d)).map_or(l.tr("all dimensions", "全部维度").to_owned(), |d| d.name.get(l.content()).to_owned())) }
                        <button type="button" class="button" data-testid="clear-filter" onclick={props.on_clear_filter.reform(|_: MouseEvent| ())}>{ l.tr("Show all items", "显示全部题目") }</button>
                    </p>
                }
                <ol>{ for list }</ol>
            </nav>
            <div class="items__detail">
                if let Some(item) = selected {
                    <ItemDetail ui_lang={l} item={Rc::new(item.clone())} session={props.session.clone()}
                        results={props.results.clone()} segmenter={props.segmenter.clone()}
                        focus={props.filter.as_ref().map(|f| f.model.clone())} />
                } else {
                    <p>{ l.tr("This suite has no items.", "该套件没有题目。") }</p>
                }
            </div>
        </section>
    }
}

fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

#[derive(Properties, PartialEq)]
struct ItemDetailProps {
    ui_lang: UiLang,
    item: Rc<Item>,
    session: Rc<Session>,
    results: Option<Rc<Results>>,
    segmenter: Option<Shared<Segmenter>>,
    /// The model whose answer is marked.
    focus: Option<String>,
}

#[component]
fn ItemDetail(props: &ItemDetailProps) -> Html {
    let l = props.ui_lang;
    let item = &props.item;
    let kind = match item.kind {
        ItemKind::Choice => l.tr("multiple choice", "选择题"),
        ItemKind::Reference => l.tr("reference metrics", "参考答案指标"),
        ItemKind::Rubric => l.tr("rubric checks", "评分细则检查"),
        ItemKind::Open => l.tr("open-ended (human rating)", "开放题（人工评分）"),
    };
    let scores: Vec<&ItemScore> =
        props.results.iter().flat_map(|r| r.items.iter()).filter(|s| s.item == item.id).collect();
    html! {
        <article class="card item" data-testid="item-detail" lang={lang_tag(item.lang)}>
            <p class="item__meta">{ format!("{} · {} · {} / {}", item.id, kind, item.dimension, item.subtask) }</p>
            <h2 class="item__prompt">{ &item.prompt }</h2>
            if !item.options.is_empty() {
                <ol class="options">
                    { for item.options.iter().map(|(letter, text)| {
                        let correct = item.answer.as_deref().is_some_and(|a| a.contains(letter.as_str()));
                        html! { <li class={classes!("option", correct.then_some("option--correct"))}>
                            <span class="option__letter">{ letter }</span>{ text }
                            if correct { <span class="visually-hidden">{ l.tr(" (correct)", "（正确答案）") }</span> }
                        </li> }
                    }) }
                </ol>
            }
            if !item.references.is_empty() {
                <div class="references">
                    <h3>{ l.tr("References", "参考答案") }</h3>
                    { for item.references.iter().map(|r| html! { <p class="answer-text">{ r }</p> }) }
                </div>
            }
            <h3>{ l.tr("Answers", "各模型回答") }</h3>
            if scores.is_empty() {
                <p class="card__intro">{ l.tr("No answers yet, or scoring is waiting for the dictionary.", "暂无回答，或评分正在等待词典。") }</p>
            }
            if item.kind == ItemKind::Reference {
                <p class="card__intro legend-line"><mark>{ l.tr("Highlighted", "高亮") }</mark>
                    { l.tr(": words that also occur in a reference (what the overlap metrics count).", "：参考答案中也出现的词（重叠类指标计数的对象）。") }</p>
            }
            { for scores.iter().map(|score| {
                let text = answer_text(&props.session, score);
                let pieces = match (&props.segmenter, item.kind) {
                    (Some(segmenter), ItemKind::Reference) => highlight(&segmenter.0, item.lang, &text, &item.references),
                    _ => Vec::new(),
                };
                let focus = props.focus.as_deref() == Some(score.model.as_str());
                html! { <AnswerCard ui_lang={l} score={(*score).clone()} answer={text} {pieces} {focus} /> }
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
    ui_lang: UiLang,
    score: ItemScore,
    answer: String,
    /// The answer with shared words marked (reference items), else empty.
    pieces: Vec<Piece>,
    focus: bool,
}

#[component]
fn AnswerCard(props: &AnswerCardProps) -> Html {
    let l = props.ui_lang;
    let score = &props.score;
    let detail = match &score.detail {
        Detail::Choice { extracted, expected, rule, evidence } => html! {
            <p class="detail">
                { l.tr("Extracted ", "提取结果 ") }<strong>{ extracted.clone().unwrap_or_else(|| l.tr("no answer", "未作答").to_owned()) }</strong>
                { l.tr(" · expected ", " · 正确答案 ") }<strong>{ expected }</strong>
                { l.tr(" · rule ", " · 规则 ") }<code>{ rule }</code>
                if let Some(evidence) = evidence { { " · “" }{ evidence }{ "”" } }
            </p>
        },
        Detail::Reference { metrics } => html! {
            <table class="metrics">
                <tbody>
                    { for metrics.iter().map(|(name, s)| html! {
                        <tr>
                            <th scope="row">{ serde_json::to_string(name).unwrap_or_default().trim_matches('"').to_owned() }</th>
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
                    <li class={classes!(if c.passed { "check--pass" } else { "check--fail" })}>
                        { if c.passed { "✓ " } else { "✗ " } }{ fmt(Some(c.score)) }
                        if !c.found.is_empty() { { l.tr(" · found: ", " · 命中：") }{ c.found.join(", ") } }
                        if !c.missed.is_empty() { { l.tr(" · missed: ", " · 缺失：") }{ c.missed.join(", ") } }
                        if !c.note.is_empty() { { " · " }{ &c.note } }
                    </li>
                }) }
                { for errors.iter().map(|e| html! { <li class="check--fail">{ e }</li> }) }
            </ul>
        },
        Detail::Open if score.human.is_some() => html! {},
        Detail::Open => html! { <p class="detail">{ l.tr("Waiting for human ratings.", "等待人工评分。") }</p> },
        Detail::Missing => html! { <p class="detail">{ l.tr("This model gave no answer.", "该模型没有作答。") }</p> },
    };
    html! {
        <div class={classes!("answer", props.focus.then_some("answer--focus"))} data-testid="answer" data-model={score.model.clone()} data-focus={props.focus.then_some("true")}>
            <div class="answer__head">
                <strong>{ &score.model }</strong>
                <span class="answer__score num" data-testid="answer-score" data-source={if score.source == crate::core::scoring::Source::Human { "human" } else { "metric" }}>{ fmt(score.score) }</span>
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
                    <span class="source-tag">{ l.tr("human", "人工") }</span>
                    { format!(" {} · ", human.criteria.iter().map(|c| format!("{} {:.2} ({} {})", c.criterion, c.mean, c.ratings, l.tr("ratings", "条评分"))).collect::<Vec<_>>().join(" · ")) }
                    { format!("{} {}", human.raters, l.tr("rater(s); this replaces the automatic score below", "位评分员；人工分数取代下方的自动分数")) }
                </p>
            }
            { detail }
        </div>
    }
}
