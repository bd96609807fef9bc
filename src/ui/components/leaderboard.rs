//! The leaderboard: every model's composite and dimension scores, Chinese and English side by
//! side, each with its 95 % interval and each language's rank (with the range of ranks the
//! intervals allow). Click a header to sort, a score to see its items.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::aggregate::{leaderboard, BoardView, LangScores, SortKey};
use crate::core::i18n::{msg, text, Locale};
use crate::core::model::rule::{Averaging, Rule};
use crate::core::model::suite::ChineseScript;
use crate::core::model::session::Session;
use crate::core::results::Results;
use crate::core::text::Lang;

#[derive(Properties, PartialEq)]
pub struct LeaderboardProps {
    pub locale: Locale,
    pub session: Rc<Session>,
    pub results: Option<Rc<Results>>,
    /// A score was clicked: its model, language and dimension (`None`: the composite).
    pub on_drill: Callback<(String, Lang, Option<String>)>,
    /// The organiser changed how scores roll up.
    pub on_rule: Callback<Rule>,
    pub on_script: Callback<ChineseScript>,
    /// The order and languages shown (kept in the app state: the export is this table).
    pub board: BoardView,
    pub on_board: Callback<BoardView>,
}

#[component]
pub fn Leaderboard(props: &LeaderboardProps) -> Html {
    let l = props.locale;
    // On a phone the table opens with each language's composite and rank and the composite over
    // both, which fit the screen; the dimensions come on request (and scroll sideways).
    let narrow = crate::ui::hooks::use_narrow(NARROW_PX);
    let dimensions_open = use_state(|| false);
    let with_dimensions = !narrow || *dimensions_open;
    let board = props.board;
    let sort = board.sort;
    // Which languages' columns to show: both side by side, or one.
    let shown = board.only;
    // Whether the table is wider than its frame, marked on the frame (`data-overflow`) after
    // every render and resize: the scroll hint and the edge shadow show only then.
    let wrap = use_node_ref();
    {
        let wrap = wrap.clone();
        use_effect(move || mark_overflow(&wrap));
    }
    {
        let wrap = wrap.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| gloo_events::EventListener::new(&window, "resize", move |_| mark_overflow(&wrap)));
            move || drop(listener)
        });
    }
    let Some(results) = &props.results else {
        return html! {
            <section class="card" aria-busy="true">
                <p class="tokens__placeholder" data-testid="results-pending">
                    <span class="spinner" aria-hidden="true"></span>
                    { text(l, "leaderboard-pending") }
                </p>
            </section>
        };
    };
    let suite = &props.session.suite;
    let rows = leaderboard(suite, &results.table, &results.models, sort);
    let sort_by = |key: SortKey| {
        let on_board = props.on_board.clone();
        move |_: MouseEvent| on_board.emit(BoardView { sort: key, ..board })
    };
    let header = |key: SortKey, label: String, class: &'static str| {
        let active = sort == key;
        html! {
            <th scope="col" class={classes!(class)} aria-sort={match active { true => "descending", false => "none" }}>
                <button type="button" class="sort" onclick={sort_by(key)}>{ label }{ if active { " ▾" } else { "" } }</button>
            </th>
        }
    };
    let dims: Vec<String> = if with_dimensions { suite.dimensions.iter().map(|d| d.name.in_locale(l).to_owned()).collect() } else { Vec::new() };
    let show = |lang: Lang| board.shows(lang);
    let on_show = {
        let on_board = props.on_board.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let only = match value.as_str() {
                "zh" => Some(Lang::Zh),
                "en" => Some(Lang::En),
                _ => None,
            };
            on_board.emit(board.showing(only));
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
            let label = msg!("leaderboard-drill", score = fmt(value)).text(l);
            html! {
                <td class={classes!("num", strong.then_some("num--strong"))} data-ci={ci.clone()}
                    title={ci.map(|c| msg!("leaderboard-interval", interval = c).text(l)).unwrap_or_default()}>
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
                    title={range.map(|r| msg!("leaderboard-rank-range", range = r).text(l)).unwrap_or_default()}>
                    { scores.rank.map(|r| format!("#{r}")).unwrap_or_default() }</td>
                if with_dimensions {
                    { for scores.dimensions.iter().zip(&scores.dimension_intervals).zip(&dimension_ids).map(|((d, i), id)| score_cell(*d, *i, Some(id.clone()), false)) }
                }
            </>
        }
    };
    html! {
        <section class="card leaderboard" aria-labelledby="leaderboard-title">
            <h2 id="leaderboard-title" class="card__title">{ suite.title.in_locale(l) }</h2>
            <p class="card__intro leaderboard__intro">{ text(l, "leaderboard-intro") }</p>
            <label class="filter">{ text(l, "leaderboard-show") }
                <select class="field__input filter__select" data-testid="leaderboard-languages" onchange={on_show}>
                    <option value="both" selected={shown.is_none()}>{ text(l, "leaderboard-show-both") }</option>
                    <option value="zh" selected={shown == Some(Lang::Zh)}>{ text(l, "leaderboard-show-zh") }</option>
                    <option value="en" selected={shown == Some(Lang::En)}>{ text(l, "leaderboard-show-en") }</option>
                </select>
            </label>
            if narrow {
                <button type="button" class="button button--quiet" data-testid="show-dimensions" aria-pressed={dimensions_open.to_string()}
                    onclick={{ let open = dimensions_open.clone(); move |_| open.set(!*open) }}>
                    { text(l, if *dimensions_open { "leaderboard-hide-dimensions" } else { "leaderboard-show-dimensions" }) }</button>
            }
            <div class="table-wrap" ref={wrap.clone()} data-testid="leaderboard-wrap">
                <table class="scores" data-testid="leaderboard">
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{ text(l, "leaderboard-model") }</th>
                            if show(Lang::Zh) {
                                <th scope="colgroup" colspan={(dims.len() + 2).to_string()} class="group"><span class="group__label">{ text(l, "language-zh") }</span></th>
                            }
                            if show(Lang::En) {
                                <th scope="colgroup" colspan={(dims.len() + 2).to_string()} class="group"><span class="group__label">{ text(l, "language-en") }</span></th>
                            }
                            if shown.is_none() {
                                <th scope="col" rowspan="2" class="num">
                                    <button type="button" class="sort" data-testid="sort-overall" onclick={sort_by(SortKey::Overall)}>
                                        { text(l, "leaderboard-both") }{ if sort == SortKey::Overall { " ▾" } else { "" } }</button>
                                </th>
                            }
                        </tr>
                        <tr>
                            { for [Lang::Zh, Lang::En].into_iter().filter(|lang| show(*lang)).map(|lang| html! {
                                <>
                                    { header(SortKey::Composite(lang), text(l, if with_dimensions { "leaderboard-composite" } else { "leaderboard-composite-short" }), "num") }
                                    <th scope="col" class="num">{ text(l, "leaderboard-rank") }</th>
                                    { for dims.iter().enumerate().map(|(i, d)| header(SortKey::Dimension(lang, i), d.clone(), "num")) }
                                </>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr data-testid="leaderboard-row" data-model={row.model.clone()}>
                                <th scope="row">{ &row.model }
                                    if results.overridden(&row.model) > 0 {
                                        { " " }<span class="source-tag source-tag--override" data-testid="override-mark">{ msg!("leaderboard-overridden", count = results.overridden(&row.model)).text(l) }</span>
                                    }
                                </th>
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
            <p class="scroll-hint" data-testid="scroll-hint">{ text(l, "leaderboard-scroll-hint") }</p>
            <RulePanel locale={l} rule={props.session.aggregation} on_rule={props.on_rule.clone()}
                script={props.session.suite.chinese_script} on_script={props.on_script.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RulePanelProps {
    locale: Locale,
    rule: Rule,
    on_rule: Callback<Rule>,
    script: ChineseScript,
    on_script: Callback<ChineseScript>,
}

/// How scores roll up, changeable: micro or macro at each level, the languages' weights.
/// Sub-task, dimension and item weights come from the suite.
#[component]
fn RulePanel(props: &RulePanelProps) -> Html {
    let l = props.locale;
    let rule = props.rule;
    let level = |label: &'static str, testid: &'static str, current: Averaging, set: fn(&mut Rule, Averaging)| {
        let on_rule = props.on_rule.clone();
        let onchange = Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut next = rule;
            set(&mut next, if value == "micro" { Averaging::Micro } else { Averaging::Macro });
            on_rule.emit(next);
        });
        html! {
            <label class="field__label">{ text(l, label) }
                <select class="field__input" data-testid={testid} {onchange}>
                    <option value="macro" selected={current == Averaging::Macro}>{ text(l, "rule-macro") }</option>
                    <option value="micro" selected={current == Averaging::Micro}>{ text(l, "rule-micro") }</option>
                </select>
            </label>
        }
    };
    let weight = |label: &'static str, testid: &'static str, current: f64, set: fn(&mut Rule, f64)| {
        let on_rule = props.on_rule.clone();
        let onchange = Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            // Only a finite weight ≥ 0 is taken; anything else keeps the current rule.
            if let Ok(weight) = value.trim().parse::<f64>()
                && weight.is_finite()
                && weight >= 0.0
            {
                let mut next = rule;
                set(&mut next, weight);
                on_rule.emit(next);
            }
        });
        html! {
            <label class="field__label">{ text(l, label) }
                <input class="field__input rule__weight" type="number" min="0" step="0.5" data-testid={testid} value={current.to_string()} {onchange} />
            </label>
        }
    };
    let on_script = {
        let on_script = props.on_script.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            on_script.emit(if value == ChineseScript::AsWritten.as_str() { ChineseScript::AsWritten } else { ChineseScript::Fold });
        })
    };
    html! {
        <details class="rule" data-testid="rule-panel">
            <summary>{ text(l, "rule-summary") }{ " " }
                <span class="rule__worded" data-testid="rule-worded" title={rule.signature()}>{ rule.worded().text(l) }</span></summary>
            <p class="card__intro">{ text(l, "rule-exact") }{ " " }<code data-testid="rule-signature">{ rule.signature() }</code></p>
            <div class="rule__fields">
                { level("rule-subtasks", "rule-subtasks", rule.subtasks, |r, a| r.subtasks = a) }
                { level("rule-dimensions", "rule-dimensions", rule.dimensions, |r, a| r.dimensions = a) }
                { level("rule-languages", "rule-languages", rule.languages, |r, a| r.languages = a) }
                { weight("rule-weight-zh", "rule-zh", rule.language_weights.zh, |r, w| r.language_weights.zh = w) }
                { weight("rule-weight-en", "rule-en", rule.language_weights.en, |r, w| r.language_weights.en = w) }
            </div>
            <p class="card__intro">{ text(l, "rule-intro") }</p>
            <label class="field__label">{ text(l, "script-label") }
                <select class="field__input" data-testid="chinese-script" onchange={on_script}>
                    <option value={ChineseScript::Fold.as_str()} selected={props.script == ChineseScript::Fold}>{ text(l, "script-fold") }</option>
                    <option value={ChineseScript::AsWritten.as_str()} selected={props.script == ChineseScript::AsWritten}>{ text(l, "script-as-written") }</option>
                </select>
            </label>
            <p class="card__intro">{ text(l, "script-intro") }</p>
        </details>
    }
}

pub use crate::core::format::score as fmt;

/// Windows this narrow (CSS px) open the table without its dimension columns.
const NARROW_PX: f64 = 560.0;

fn mark_overflow(wrap: &NodeRef) {
    if let Some(element) = wrap.cast::<web_sys::Element>() {
        let overflowing = element.scroll_width() > element.client_width() + 1;
        let _ = element.set_attribute("data-overflow", if overflowing { "true" } else { "false" });
    }
}
