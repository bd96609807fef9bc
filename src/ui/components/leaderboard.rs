//! The leaderboard: every model's composite and dimension scores, Chinese and English side by
//! side, with each language's rank. Click a header to sort.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::aggregate::{leaderboard, LangScores, SortKey};
use crate::core::scorebook::{Results, Session};
use crate::core::text::Lang;
use crate::ui::i18n::UiLang;

#[derive(Properties, PartialEq)]
pub struct LeaderboardProps {
    pub ui_lang: UiLang,
    pub session: Rc<Session>,
    pub results: Option<Rc<Results>>,
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
    let cells = |scores: &LangScores| -> Html {
        html! {
            <>
                <td class="num num--strong">{ fmt(scores.composite) }</td>
                <td class="num rank">{ scores.rank.map(|r| format!("#{r}")).unwrap_or_default() }</td>
                { for scores.dimensions.iter().map(|d| html! { <td class="num">{ fmt(*d) }</td> }) }
            </>
        }
    };
    html! {
        <section class="card" aria-labelledby="leaderboard-title">
            <h2 id="leaderboard-title" class="card__title">{ suite.title.get(l.content()) }</h2>
            <p class="card__intro">{ l.tr(
                "Scores 0–100. Each language's composite is the mean of its dimensions; each dimension the mean of its sub-tasks (macro). Open-ended and safety answers rated by people (Rate tab) count with their ratings rescaled to 0–100; unrated open-ended answers are left out.",
                "分数为 0–100。各语言的综合分是各维度的平均，维度分是子任务的平均（宏平均）。经人工评分（“人工评分”页）的开放题与安全题按量表换算为 0–100 计入；未评的开放题不计入。") }</p>
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
                                if show(Lang::Zh) { { cells(&row.zh) } }
                                if show(Lang::En) { { cells(&row.en) } }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One decimal, or an en dash when there is no score yet.
pub fn fmt(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.1}"))
}
