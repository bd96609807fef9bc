//! The leaderboard: every model's composite and dimension scores, Chinese and English side by
//! side, each with its 95 % interval and each language's rank (with the range of ranks the
//! intervals allow). Click a header to sort, a score to see its items.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::aggregate::{leaderboard, Averaging, LangScores, Rule, SortKey};
use crate::core::scorebook::{Results, Session};
use crate::core::text::Lang;
use crate::ui::i18n::UiLang;

#[derive(Properties, PartialEq)]
pub struct LeaderboardProps {
    pub ui_lang: UiLang,
    pub session: Rc<Session>,
    pub results: Option<Rc<Results>>,
    /// A score was clicked: its model, language and dimension (`None`: the composite).
    pub on_drill: Callback<(String, Lang, Option<String>)>,
    /// The organiser changed how scores roll up.
    pub on_rule: Callback<Rule>,
}

#[component]
pub fn Leaderboard(props: &LeaderboardProps) -> Html {
    let l = props.ui_lang;
    let sort = use_state(|| SortKey::Composite(Lang::Zh));
    // Which languages' columns to show: both side by side, or one.
    let shown = use_state(|| None::<Lang>);
    let Some(results) = &props.results else {
        return html! {
            <section class="card" aria-busy="true">
                <p class="tokens__placeholder" data-testid="results-pending">
                    <span class="spinner" aria-hidden="true"></span>
                    { l.tr("Scoring as soon as the Chinese dictionary is ready…", "中文词典就绪后立即评分……") }
                </p>
            </section>
        };
    };
    let suite = &props.session.suite;
    let rows = leaderboard(suite, &results.table, &results.models, *sort);
    let header = |key: SortKey, label: String, class: &'static str| {
        let sort = sort.clone();
        let active = *sort == key;
        html! {
            <th scope="col" class={classes!(class)} aria-sort={if active { "descending" } else { "none" }}>
                <button type="button" class="sort" onclick={move |_| sort.set(key)}>{ label }{ if active { " ▾" } else { "" } }</button>
            </th>
        }
    };
    let dims: Vec<String> = suite.dimensions.iter().map(|d| d.name.get(l.content()).to_owned()).collect();
    let show = |lang: Lang| shown.is_none_or(|only| only == lang);
    let on_show = {
        let shown = shown.clone();
        let sort = sort.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let only = match value.as_str() {
                "zh" => Some(Lang::Zh),
                "en" => Some(Lang::En),
                _ => None,
            };
            if let Some(lang) = only {
                sort.set(SortKey::Composite(lang));
            }
            shown.set(only);
        })
    };
    let dimension_ids: Vec<String> = suite.dimensions.iter().map(|d| d.id.clone()).collect();
    // The interval and the rank range are drawn from data attributes (CSS), so a cell's text
    // stays the score itself.
    let cells = |model: &str, lang: Lang, scores: &LangScores| -> Html {
        let score_cell = |value: Option<f64>, interval: Option<crate::core::stats::bootstrap::Interval>, dimension: Option<String>, strong: bool| {
            let on_drill = props.on_drill.clone();
            let model = model.to_owned();
            let ci = interval.map(|i| format!("{:.1}–{:.1}", i.low, i.high));
            let label = format!("{} {}", l.tr("Show the items behind", "查看对应题目"), fmt(value));
            html! {
                <td class={classes!("num", strong.then_some("num--strong"))} data-ci={ci.clone()}
                    title={ci.map(|c| format!("95% CI {c}")).unwrap_or_default()}>
                    if value.is_some() {
                        <button type="button" class="cell-link" aria-label={label}
                            onclick={move |_| on_drill.emit((model.clone(), lang, dimension.clone()))}>{ fmt(value) }</button>
                    } else { { fmt(value) } }
                </td>
            }
        };
        let range = scores.rank_range.filter(|(a, b)| a != b).map(|(a, b)| format!("{a}–{b}"));
        html! {
            <>
                { score_cell(scores.composite, scores.interval, None, true) }
                <td class="num rank" data-range={range.clone()}
                    title={range.map(|r| l.tr("Plausible ranks given the intervals: ", "考虑区间后可能的名次：").to_owned() + &r).unwrap_or_default()}>
                    { scores.rank.map(|r| format!("#{r}")).unwrap_or_default() }</td>
                { for scores.dimensions.iter().zip(&scores.dimension_intervals).zip(&dimension_ids).map(|((d, i), id)| score_cell(*d, *i, Some(id.clone()), false)) }
            </>
        }
    };
    html! {
        <section class="card" aria-labelledby="leaderboard-title">
            <h2 id="leaderboard-title" class="card__title">{ suite.title.get(l.content()) }</h2>
            <p class="card__intro">{ l.tr(
                "Scores 0–100, each with its 95 % interval (seeded bootstrap, items resampled within sub-tasks); rank by score, with the ranks the intervals allow. Each language's composite is the mean of its dimensions; each dimension the mean of its sub-tasks (macro). Answers rated by people (Rate tab) count with their ratings rescaled to 0–100; unrated open-ended answers are left out. Click a score to see its items.",
                "分数为 0–100，并附 95% 区间（种子固定的自助法，在各子任务内对题目重抽样）；名次按分数排列，并给出区间允许的名次范围。各语言的综合分是各维度的平均，维度分是子任务的平均（宏平均）。经人工评分（“人工评分”页）的回答按量表换算为 0–100 计入；未评的开放题不计入。点击分数可查看对应题目。") }</p>
            <label class="filter">{ l.tr("Show", "显示") }
                <select class="field__input filter__select" data-testid="leaderboard-languages" onchange={on_show}>
                    <option value="both" selected={shown.is_none()}>{ l.tr("Chinese and English", "中文和英文") }</option>
                    <option value="zh" selected={*shown == Some(Lang::Zh)}>{ l.tr("Chinese only", "仅中文") }</option>
                    <option value="en" selected={*shown == Some(Lang::En)}>{ l.tr("English only", "仅英文") }</option>
                </select>
            </label>
            <div class="table-wrap">
                <table class="scores" data-testid="leaderboard">
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{ l.tr("Model", "模型") }</th>
                            if show(Lang::Zh) {
                                <th scope="colgroup" colspan={(dims.len() + 2).to_string()} class="group" lang="zh">{ "中文" }</th>
                            }
                            if show(Lang::En) {
                                <th scope="colgroup" colspan={(dims.len() + 2).to_string()} class="group" lang="en">{ "English" }</th>
                            }
                            if shown.is_none() {
                                <th scope="col" rowspan="2" class="num">
                                    <button type="button" class="sort" data-testid="sort-overall" onclick={{ let sort = sort.clone(); move |_| sort.set(SortKey::Overall) }}>
                                        { l.tr("Both languages", "中英综合") }{ if *sort == SortKey::Overall { " ▾" } else { "" } }</button>
                                </th>
                            }
                        </tr>
                        <tr>
                            { for [Lang::Zh, Lang::En].into_iter().filter(|lang| show(*lang)).map(|lang| html! {
                                <>
                                    { header(SortKey::Composite(lang), l.tr("Composite", "综合").to_owned(), "num") }
                                    <th scope="col" class="num">{ l.tr("Rank", "排名") }</th>
                                    { for dims.iter().enumerate().map(|(i, d)| header(SortKey::Dimension(lang, i), d.clone(), "num")) }
                                </>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr data-testid="leaderboard-row" data-model={row.model.clone()}>
                                <th scope="row">{ &row.model }</th>
                                if show(Lang::Zh) { { cells(&row.model, Lang::Zh, &row.zh) } }
                                if show(Lang::En) { { cells(&row.model, Lang::En, &row.en) } }
                                if shown.is_none() {
                                    <td class="num num--strong" data-testid="overall" data-ci={row.overall_interval.map(|i| format!("{:.1}–{:.1}", i.low, i.high))}>{ fmt(row.overall) }</td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <RulePanel ui_lang={l} rule={props.session.aggregation} on_rule={props.on_rule.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RulePanelProps {
    ui_lang: UiLang,
    rule: Rule,
    on_rule: Callback<Rule>,
}

/// How scores roll up, changeable: micro or macro at each level, the languages' weights.
/// Sub-task, dimension and item weights come from the suite.
#[component]
fn RulePanel(props: &RulePanelProps) -> Html {
    let l = props.ui_lang;
    let rule = props.rule;
    let level = |label: &'static str, label_zh: &'static str, testid: &'static str, current: Averaging, set: fn(&mut Rule, Averaging)| {
        let on_rule = props.on_rule.clone();
        let onchange = Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut next = rule;
            set(&mut next, if value == "micro" { Averaging::Micro } else { Averaging::Macro });
            on_rule.emit(next);
        });
        html! {
            <label class="field__label">{ l.tr(label, label_zh) }
                <select class="field__input" data-testid={testid} {onchange}>
                    <option value="macro" selected={current == Averaging::Macro}>{ l.tr("macro: mean of the parts", "宏平均：各部分的平均") }</option>
                    <option value="micro" selected={current == Averaging::Micro}>{ l.tr("micro: pooled over items", "微平均：合并全部题目") }</option>
                </select>
            </label>
        }
    };
    let weight = |label: &'static str, testid: &'static str, current: f64, set: fn(&mut Rule, f64)| {
        let on_rule = props.on_rule.clone();
        let onchange = Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            // Only a finite weight ≥ 0 is taken; anything else keeps the current rule.
            if let Ok(weight) = value.trim().parse::<f64>() {
                if weight.is_finite() && weight >= 0.0 {
                    let mut next = rule;
                    set(&mut next, weight);
                    on_rule.emit(next);
                }
            }
        });
        html! {
            <label class="field__label">{ label }
                <input class="field__input rule__weight" type="number" min="0" step="0.5" data-testid={testid} value={current.to_string()} {onchange} />
            </label>
        }
    };
    html! {
        <details class="rule" data-testid="rule-panel">
            <summary>{ l.tr("How scores roll up: ", "汇总规则：") }<code>{ rule.signature() }</code></summary>
            <div class="rule__fields">
                { level("Dimension from its sub-tasks", "维度由子任务汇总", "rule-subtasks", rule.subtasks, |r, a| r.subtasks = a) }
                { level("Language from its dimensions", "语言综合分由维度汇总", "rule-dimensions", rule.dimensions, |r, a| r.dimensions = a) }
                { level("Both languages from each language", "中英综合由两种语言汇总", "rule-languages", rule.languages, |r, a| r.languages = a) }
                { weight("中文 weight", "rule-zh", rule.language_weights.zh, |r, w| r.language_weights.zh = w) }
                { weight("English weight", "rule-en", rule.language_weights.en, |r, w| r.language_weights.en = w) }
            </div>
            <p class="card__intro">{ l.tr(
                "The HKU study pooled a subject's middle-school and university questions (micro) and averaged the language sub-tasks (macro). Sub-task, dimension and item weights come from the suite. The rule is saved in every export.",
                "香港大学的研究对同一学科的初中与大学题目合并计算（微平均），对语言能力各子任务取平均（宏平均）。子任务、维度与题目的权重来自评测套件。所用规则会写入每个导出文件。") }</p>
        </details>
    }
}

pub use crate::core::format::score as fmt;
