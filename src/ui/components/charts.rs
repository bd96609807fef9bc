//! Charts under the leaderboard — the Chinese-vs-English rank shift, dimension bars with
//! intervals, item-score distributions — each downloadable as SVG or PNG, and a panel that
//! tests the difference between two models. The drawings come from `core::charts`, the test
//! from `core::aggregate::compare`.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::aggregate::{compare, leaderboard, Resampling, Scope, SortKey};
use crate::core::charts;
use crate::core::scorebook::{Results, Session};
use crate::core::text::Lang;
use crate::ui::files;
use crate::ui::i18n::UiLang;

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub ui_lang: UiLang,
    pub session: Rc<Session>,
    pub results: Rc<Results>,
    /// A download failed: what went wrong.
    pub on_problem: Callback<String>,
}

#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let l = props.ui_lang;
    let ui = l.content();
    let suite = &props.session.suite;
    let results = &props.results;
    let rows = leaderboard(suite, &results.table, &results.models, SortKey::Overall);
    let stem = if suite.id.is_empty() { "pingfen".to_owned() } else { suite.id.clone() };
    let mut drawings: Vec<(&'static str, String, String)> = vec![(
        "slope",
        l.tr("Rank in Chinese and in English", "中文与英文排名对比").to_owned(),
        charts::slope(&rows, &results.models, l.tr("Rank in Chinese and in English", "中文与英文排名对比"), l.tr("Chinese", "中文"), l.tr("English", "英文")),
    )];
    for (lang, bars, dist, bars_title, dist_title) in [
        (Lang::Zh, "bars-zh", "dist-zh", l.tr("Dimensions, Chinese", "各维度得分（中文）"), l.tr("Item scores, Chinese", "逐题得分分布（中文）")),
        (Lang::En, "bars-en", "dist-en", l.tr("Dimensions, English", "各维度得分（英文）"), l.tr("Item scores, English", "逐题得分分布（英文）")),
    ] {
        if rows.iter().any(|r| crate::core::aggregate::side(r, lang).composite.is_some()) {
            drawings.push((bars, bars_title.to_owned(), charts::bars(suite, &rows, &results.models, lang, ui, bars_title)));
            drawings.push((dist, dist_title.to_owned(), charts::distribution(suite, results, lang, dist_title)));
        }
    }
    let figure = |(id, title, svg): (&'static str, String, String)| {
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
                    <button type="button" class="button" data-testid={format!("download-svg-{id}")} onclick={on_svg}>{ l.tr("Download SVG", "下载 SVG") }</button>
                    <button type="button" class="button" data-testid={format!("download-png-{id}")} onclick={on_png}>{ l.tr("Download PNG", "下载 PNG") }</button>
                </figcaption>
            </figure>
        }
    };
    html! {
        <section class="charts" aria-label={l.tr("Charts", "图表")}>
            { for drawings.into_iter().map(figure) }
            <Compare ui_lang={l} session={props.session.clone()} results={props.results.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CompareProps {
    ui_lang: UiLang,
    session: Rc<Session>,
    results: Rc<Results>,
}

/// Two models, one scope: the difference, its paired bootstrap interval and the permutation
/// test's p-value.
#[component]
fn Compare(props: &CompareProps) -> Html {
    let l = props.ui_lang;
    let models = &props.results.models;
    let first = use_state(|| models.first().cloned().unwrap_or_default());
    let second = use_state(|| models.get(1).cloned().unwrap_or_default());
    let scope = use_state(|| "all".to_owned());
    let suite = &props.session.suite;
    let scopes: Vec<(String, String)> = {
        let mut out = vec![("all".to_owned(), l.tr("Both languages", "中英综合").to_owned()), ("zh".into(), l.tr("Chinese", "中文").into()), ("en".into(), l.tr("English", "英文").into())];
        for (code, name) in [("zh", l.tr("Chinese", "中文")), ("en", l.tr("English", "英文"))] {
            for dimension in &suite.dimensions {
                out.push((format!("{code}:{}", dimension.id), format!("{name} · {}", dimension.name.get(l.content()))));
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
    let result = {
        let key = (Rc::as_ptr(&props.results) as usize, (*first).clone(), (*second).clone(), (*scope).clone());
        let (session, results) = (props.session.clone(), props.results.clone());
        use_memo(key, move |(_, a, b, _)| {
            (a != b).then(|| compare(&session.suite, &results.items, a, b, &parsed, session.aggregation, Resampling::default())).flatten()
        })
    };
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
            <h3 id="compare-title" class="card__subtitle">{ l.tr("Is the difference real?", "差异是否显著？") }</h3>
            <p class="card__intro">{ l.tr(
                "The difference between two models on the same items, with a paired bootstrap 95 % interval and a paired permutation test (each item's two scores swapped at random; exact when there are at most 16 differing items).",
                "两个模型在相同题目上的得分差，附配对自助法 95% 区间与配对置换检验（随机交换每道题的两个得分；不同得分的题目不超过 16 道时精确枚举）。") }</p>
            <div class="compare">
                <label class="field__label">{ "A" }{ select(first.clone(), "compare-a", model_options.clone()) }</label>
                <label class="field__label">{ "B" }{ select(second.clone(), "compare-b", model_options) }</label>
                <label class="field__label">{ l.tr("Scores", "范围") }{ select(scope.clone(), "compare-scope", scopes) }</label>
            </div>
            <p class="compare__result" data-testid="compare-result">{ match &*result {
                None => l.tr("Pick two different models with scores on the same items.", "请选择在相同题目上都有得分的两个不同模型。").to_owned(),
                Some(c) => format!(
                    "{} − {} = {:+.1} {} {} · p = {:.3} ({}, {} {}, {} {}) · {}",
                    c.first, c.second, c.difference, l.tr("points", "分"),
                    c.interval.map(|i| format!("[{:+.1}, {:+.1}]", i.low, i.high)).unwrap_or_default(),
                    c.p_value,
                    if c.exact { l.tr("exact", "精确") } else { l.tr("10,000 random swaps", "10,000 次随机交换") },
                    c.pairs, l.tr("paired items", "道配对题目"), c.differing, l.tr("differing", "道得分不同"),
                    if c.p_value < 0.05 { l.tr("a real difference at the 5 % level", "在 5% 水平上差异显著") } else { l.tr("could be chance at the 5 % level", "在 5% 水平上不能排除偶然") },
                ),
            } }</p>
        </section>
    }
}
