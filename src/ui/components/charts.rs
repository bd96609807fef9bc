//! Charts under the leaderboard — the Chinese-vs-English rank shift, dimension bars with
//! intervals, item-score distributions — each downloadable as SVG or PNG, and a panel that
//! tests the difference between two models. The drawings come from `core::charts`; the test
//! (`core::aggregate::compare`) runs in the engine, asked through the reducer.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{ComparePick, Compared};
use crate::core::aggregate::{leaderboard, LanguageGaps, Scope, SortKey};
use super::gap::LanguageGap;
use crate::core::charts::{self, Chart};
use crate::core::i18n::{msg, text, Locale};
use crate::core::model::session::Session;
use crate::core::results::Results;
use crate::core::text::Lang;
use crate::ui::files;

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub locale: Locale,
    pub session: Rc<Session>,
    pub results: Rc<Results>,
    /// A download failed: what went wrong.
    pub on_problem: Callback<String>,
    /// The comparison panel's test, as far as the engine has answered it.
    pub comparison: Option<Compared>,
    /// The language gaps of these results, once the engine has answered.
    pub gaps: Option<Rc<LanguageGaps>>,
    pub on_compare: Callback<ComparePick>,
}

#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let l = props.locale;
    let suite = &props.session.suite;
    let stem = if suite.id.is_empty() { "pingfen".to_owned() } else { suite.id.clone() };
    // Drawn again only for other results or another language, not each time the comparison
    // panel below hears from the engine.
    let drawings = {
        let (session, results, gaps) = (props.session.clone(), props.results.clone(), props.gaps.clone());
        let gaps_key = props.gaps.as_ref().map_or(0, |g| Rc::as_ptr(g) as usize);
        use_memo((Rc::as_ptr(&props.results) as usize, Rc::as_ptr(&props.session) as usize, l, gaps_key), move |_| {
            let suite = &session.suite;
            let rows = leaderboard(suite, &results.table, &results.models, SortKey::Overall);
            let mut drawings: Vec<(Chart, String)> = vec![(Chart::Slope, charts::slope(&rows, &results.models, l, gaps.as_deref()))];
            for lang in [Lang::Zh, Lang::En] {
                if rows.iter().any(|r| crate::core::aggregate::side(r, lang).composite.is_some()) {
                    drawings.push((Chart::Bars(lang), charts::bars(suite, &rows, &results.models, lang, l)));
                    drawings.push((Chart::Distribution(lang), charts::distribution(suite, &results, lang, l)));
                }
            }
            drawings
        })
    };
    let figure = |(chart, svg): (Chart, String)| {
        let (id, title) = (chart.id(), chart.title().text(l));
        let file = format!("{stem}.{id}");
        let on_svg = {
            let (file, svg, on_problem) = (file.clone(), svg.clone(), props.on_problem.clone());
            Callback::from(move |_: MouseEvent| {
                if let Err(message) = files::download(&format!("{file}.svg"), "image/svg+xml", svg.as_bytes()) {
                    on_problem.emit(message);
                }
            })
        };
        let on_png = {
            let (file, svg, on_problem) = (file.clone(), svg.clone(), props.on_problem.clone());
            Callback::from(move |_: MouseEvent| {
                let (file, svg, on_problem) = (file.clone(), svg.clone(), on_problem.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(message) = files::download_png(&format!("{file}.png"), &svg).await {
                        on_problem.emit(message);
                    }
                });
            })
        };
        html! {
            <figure class="card chart" data-testid={format!("chart-{id}")}>
                <h3 class="visually-hidden">{ title }</h3>
                { Html::from_html_unchecked(AttrValue::from(svg)) }
                <figcaption class="chart__actions">
                    <button type="button" class="button" data-testid={format!("download-svg-{id}")} onclick={on_svg}>{ text(l, "charts-download-svg") }</button>
                    <button type="button" class="button" data-testid={format!("download-png-{id}")} onclick={on_png}>{ text(l, "charts-download-png") }</button>
                </figcaption>
            </figure>
        }
    };
    html! {
        <section class="charts" aria-label={text(l, "charts-label")}>
            { for drawings.iter().cloned().map(figure) }
            <LanguageGap locale={l} gaps={props.gaps.clone()} models={props.results.models.len()} />
            if !props.results.circular.is_empty() {
                <section class="card" aria-labelledby="circular-title" data-testid="circular">
                    <h3 id="circular-title" class="card__subtitle">{ text(l, "report-circular-title") }</h3>
                    <p class="card__intro">{ text(l, "report-circular-intro") }</p>
                    <div class="table-wrap"><table class="scores">
                        <thead><tr>
                            <th scope="col">{ text(l, "report-col-model") }</th>
                            <th scope="col" class="num">{ text(l, "report-circular-per-turn") }</th>
                            <th scope="col" class="num">{ text(l, "report-circular-all-turns") }</th>
                            <th scope="col">{ text(l, "report-circular-letter") }</th>
                        </tr></thead>
                        <tbody>{ for props.results.circular.iter().map(|row| html! {
                            <tr data-testid="circular-row" data-model={row.model.clone()}>
                                <th scope="row">{ &row.model }</th>
                                <td class="num">{ crate::core::format::score(row.per_turn) }</td>
                                <td class="num" data-testid="circular-all">{ crate::core::format::score(row.circular) }</td>
                                <td>{ row.preferred.as_ref().map(|(letter, share)| format!("{letter} ({share:.0} %)")).unwrap_or_else(|| "–".to_owned()) }</td>
                            </tr>
                        }) }</tbody>
                    </table></div>
                </section>
            }
            <Compare locale={l} session={props.session.clone()} results={props.results.clone()}
                comparison={props.comparison.clone()} on_compare={props.on_compare.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CompareProps {
    locale: Locale,
    session: Rc<Session>,
    results: Rc<Results>,
    comparison: Option<Compared>,
    on_compare: Callback<ComparePick>,
}

/// Two models, one scope: the difference, its paired bootstrap interval and the permutation
/// test's p-value.
#[component]
fn Compare(props: &CompareProps) -> Html {
    let l = props.locale;
    let models = &props.results.models;
    let first = use_state(|| models.first().cloned().unwrap_or_default());
    let second = use_state(|| models.get(1).cloned().unwrap_or_default());
    let scope = use_state(|| "all".to_owned());
    let suite = &props.session.suite;
    let scopes: Vec<(String, String)> = {
        let (zh, en) = (text(l, "language-zh"), text(l, "language-en"));
        let mut out = vec![("all".to_owned(), text(l, "leaderboard-both")), ("zh".into(), zh.clone()), ("en".into(), en.clone())];
        for (code, name) in [("zh", &zh), ("en", &en)] {
            for dimension in &suite.dimensions {
                let label = msg!("compare-scope-dimension", language = name, dimension = dimension.name.in_locale(l));
                out.push((format!("{code}:{}", dimension.id), label.text(l)));
            }
        }
        out
    };
    let parsed = {
        let key = (*scope).clone();
        let (lang, dimension) = match key.split_once(':') {
            Some((lang, dimension)) => (Some(lang.to_owned()), Some(dimension.to_owned())),
            None if key == "all" => (None, None),
            None => (Some(key.clone()), None),
        };
        Scope { lang: lang.map(|code| if code == "zh" { Lang::Zh } else { Lang::En }), dimension, subtask: None }
    };
    let pick = ComparePick { first: (*first).clone(), second: (*second).clone(), scope: parsed };
    // Asked again whenever the pick or the results change (the reducer skips a repeat).
    {
        let (pick, on_compare) = (pick.clone(), props.on_compare.clone());
        let asked = pick.first != pick.second;
        use_effect_with((Rc::as_ptr(&props.results) as usize, pick.clone()), move |_| {
            if asked {
                on_compare.emit(pick);
            }
        });
    }
    let answer = props.comparison.as_ref().filter(|c| c.answers(&pick, &props.results)).and_then(|c| c.answer.clone());
    let select = |state: UseStateHandle<String>, testid: &'static str, options: Vec<(String, String)>| {
        let chosen = (*state).clone();
        let onchange = Callback::from(move |event: Event| state.set(event.target_unchecked_into::<web_sys::HtmlSelectElement>().value()));
        html! {
            <select class="field__input" data-testid={testid} {onchange}>
                { for options.into_iter().map(|(value, label)| html! { <option selected={value == chosen} value={value.clone()}>{ label }</option> }) }
            </select>
        }
    };
    let model_options: Vec<(String, String)> = models.iter().map(|m| (m.clone(), m.clone())).collect();
    html! {
        <section class="card" aria-labelledby="compare-title" data-testid="compare">
            <h3 id="compare-title" class="card__subtitle">{ text(l, "compare-title") }</h3>
            <p class="card__intro">{ text(l, "compare-intro") }</p>
            <div class="compare">
                <label class="field__label">{ "A" }{ select(first.clone(), "compare-a", model_options.clone()) }</label>
                <label class="field__label">{ "B" }{ select(second.clone(), "compare-b", model_options) }</label>
                <label class="field__label">{ text(l, "compare-scope") }{ select(scope.clone(), "compare-scope", scopes) }</label>
            </div>
            <p class="compare__result" data-testid="compare-result" data-scope={(*scope).clone()} aria-live="polite" aria-busy={(pick.first != pick.second && answer.is_none()).to_string()}>{ match (pick.first == pick.second, &answer) {
                (true, _) | (false, Some(None)) => text(l, "compare-pick"),
                (false, None) => text(l, "compare-computing"),
                (false, Some(Some(c))) => msg!(
                    "compare-result",
                    first = c.first.as_str(),
                    second = c.second.as_str(),
                    difference = format!("{:+.1}", c.difference),
                    interval = c.interval.map(|i| format!("[{:+.1}, {:+.1}]", i.low, i.high)).unwrap_or_default(),
                    p = format!("{:.3}", c.p_value),
                    method = if c.exact { msg!("compare-exact") } else { msg!("compare-random") },
                    pairs = c.pairs,
                    differing = c.differing,
                    verdict = if c.p_value < 0.05 { msg!("compare-real") } else { msg!("compare-chance") },
                )
                .text(l),
            } }</p>
        </section>
    }
}
