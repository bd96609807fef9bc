//! The HTML report and the charts: self-contained (no script, no external resource), every
//! user text escaped, the same numbers as the results, charts accessible.
#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::aggregate::{leaderboard, side, SortKey};
use pingfen::core::charts::{self, Chart};
use pingfen::core::i18n::Locale;
use pingfen::core::report;
use pingfen::core::text::{Lang, Segmenter};

const HOSTILE: &str = "<img src=x onerror=alert(1)>\"&'";

#[test]
fn the_report_is_self_contained_escaped_and_shows_the_results() {
    let mut session = pingfen::core::io::sample::session().unwrap();
    // A model whose name is markup, answering with markup.
    let answers: Vec<_> = session.answers.iter().filter(|a| a.model.starts_with("Qilin")).cloned().collect();
    for mut answer in answers {
        answer.model = HOSTILE.into();
        answer.answer = format!("<script>steal()</script>{}", answer.answer);
        session.answers.push(answer);
    }
    let results = pingfen::core::results::compute(&session, &Segmenter::embedded().unwrap());
    let html = report::html(&session, &results, Locale::En, "2026-01-01T00:00:00Z");
    assert!(!html.to_lowercase().contains("<script"), "no script, and user text is escaped");
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&amp;&#39;"));
    for forbidden in ["http://", "https://", "src=\"", "@import", "url("] {
        let outside_svg_namespace = html.replace("http://www.w3.org/2000/svg", "");
        assert!(!outside_svg_namespace.contains(forbidden), "no external resource: {forbidden}");
    }
    // Every model's composite in each language, formatted as the leaderboard formats it.
    let rows = leaderboard(&session.suite, &results.table, &results.models, SortKey::Overall);
    for row in &rows {
        for lang in [Lang::Zh, Lang::En] {
            let composite = side(row, lang).composite.unwrap();
            let needle = format!("data-score=\"composite\">{composite:.1}");
            assert!(html.contains(&needle), "{} {lang:?}: {needle}", row.model);
        }
    }
    // The charts, the method and every item are in.
    for chart in ["slope", "bars-zh", "bars-en", "dist-zh", "dist-en"] {
        assert!(html.contains(&format!("data-chart=\"{chart}\"")), "{chart}");
    }
    assert!(html.contains("subtasks:macro|dimensions:macro|languages:macro"));
    assert!(html.contains("BLEU|nrefs:1"));
    assert_eq!(html.matches("<section class=\"item\"").count(), session.suite.items.len());
    // Rule checks say what they found, in the reader's words.
    assert!(html.contains("3 of 3 weight") && html.contains("<th>Checks</th>"));
    // In Chinese too.
    let zh = report::html(&session, &results, Locale::ZhHans, "2026-01-01T00:00:00Z");
    assert!(zh.contains("<html lang=\"zh-Hans\">") && zh.contains("排行榜"));
}

/// Every word of the report in all three interface languages, none left as a key; the numbers
/// are the same whatever the language.
#[test]
fn the_report_speaks_every_interface_language() {
    let session = pingfen::core::io::sample::session().unwrap();
    let results = pingfen::core::results::compute(&session, &Segmenter::embedded().unwrap());
    let numbers = |html: &str| html.match_indices("data-score=\"composite\">").map(|(at, _)| html[at..].split('<').next().unwrap().to_owned()).collect::<Vec<_>>();
    let en = report::html(&session, &results, Locale::En, "2026-01-01T00:00:00Z");
    for locale in Locale::ALL {
        let html = report::html(&session, &results, locale, "2026-01-01T00:00:00Z");
        assert!(html.contains(&format!("<html lang=\"{}\">", locale.as_str())), "{locale:?}");
        for key in ["report-", "chart-", "check-"] {
            assert!(!html.contains(key), "{locale:?}: a message key leaked: {key}");
        }
        assert_eq!(numbers(&html), numbers(&en), "{locale:?}: the same numbers");
        assert_eq!(html.matches("<section class=\"item\"").count(), session.suite.items.len());
    }
    let hant = report::html(&session, &results, Locale::ZhHant, "2026-01-01T00:00:00Z");
    for traditional in ["排行榜", "<h2>圖表</h2>", "<h2>附錄：逐題明細</h2>", "評分方法與簽名", "中文與英文排名對比", "各維度得分（中文）", "命中權重 3 / 3", "<th>規則檢查</th>"] {
        assert!(hant.contains(traditional), "zh-Hant: {traditional}");
    }
    for simplified in ["图表", "附录", "逐题", "维度", "权重", "评分方法"] {
        assert!(!hant.contains(simplified), "zh-Hant has Simplified {simplified}");
    }
    let hans = report::html(&session, &results, Locale::ZhHans, "2026-01-01T00:00:00Z");
    assert!(hans.contains("<h2>附录：逐题明细</h2>") && hans.contains("命中权重 3 / 3"));
    // Suites' names are the reader's: the sample names its dimensions in Traditional too.
    for dimension in &session.suite.dimensions {
        assert!(hant.contains(&format!(">{}</th>", charts::escape(dimension.name.in_locale(Locale::ZhHant)))), "{}", dimension.id);
        assert!(en.contains(&format!(">{}</th>", charts::escape(dimension.name.in_locale(Locale::En)))), "{}", dimension.id);
    }
}

#[test]
fn charts_have_titles_descriptions_and_one_mark_per_model() {
    let session = pingfen::core::io::sample::session().unwrap();
    let results = pingfen::core::results::compute(&session, &Segmenter::embedded().unwrap());
    let rows = leaderboard(&session.suite, &results.table, &results.models, SortKey::Overall);
    let slope = charts::slope(&rows, &results.models, Locale::En, None);
    assert!(slope.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"") && slope.ends_with("</svg>"));
    assert!(slope.contains("role=\"img\"") && slope.contains("<title id=\"slope-title\">Rank in Chinese and in English</title>"));
    assert_eq!(Chart::Slope.title().text(Locale::En), "Rank in Chinese and in English", "the app titles its figure the same");
    assert_eq!(slope.matches("<line ").count(), results.models.len(), "one line per model");
    // The description states every model's two ranks: a screen reader hears the comparison.
    for row in &rows {
        assert!(slope.contains(&format!("{}: Chinese #{}", row.model, row.zh.rank.unwrap())));
    }
    let bars = charts::bars(&session.suite, &rows, &results.models, Lang::Zh, Locale::En);
    let dimensions = session.suite.dimensions.len();
    assert_eq!(bars.matches("<rect x=").count(), results.models.len() * dimensions + results.models.len(), "a bar per model and dimension, plus the legend");
    let dist = charts::distribution(&session.suite, &results, Lang::En, Locale::En);
    let scored = results.items.iter().filter(|s| s.score.is_some() && session.suite.item(&s.item).unwrap().lang == Lang::En).count();
    assert_eq!(dist.matches("<circle ").count(), scored, "a dot per scored English answer");

    // Titles, descriptions and axis labels in the reader's language; the figures stay.
    let hant = charts::slope(&rows, &results.models, Locale::ZhHant, None);
    assert!(hant.contains("<title id=\"slope-title\">中文與英文排名對比</title>") && hant.contains(">英文</text>"));
    for row in &rows {
        assert!(hant.contains(&format!("{}：中文排名 #{}", row.model, row.zh.rank.unwrap())));
    }
    assert_eq!(hant.matches("<line ").count(), slope.matches("<line ").count());
    let dist = charts::distribution(&session.suite, &results, Lang::Zh, Locale::ZhHans);
    assert!(dist.contains("<title id=\"dist-zh-title\">逐题得分分布（中文）</title>") && dist.contains("道题，平均"));
    let bars = charts::bars(&session.suite, &rows, &results.models, Lang::En, Locale::ZhHant);
    assert!(bars.contains("各維度得分（英文）"));

    // Names in the charts are escaped.
    let mut hostile = rows.clone();
    hostile[0].model = HOSTILE.into();
    let models: Vec<String> = hostile.iter().map(|r| r.model.clone()).collect();
    for svg in [charts::slope(&hostile, &models, Locale::En, None), charts::bars(&session.suite, &hostile, &models, Lang::Zh, Locale::En)] {
        assert!(!svg.contains("<img") && svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}

#[test]
fn the_cli_writes_the_report() {
    let dir = std::env::temp_dir().join(format!("pingfen-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("report.html");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_pingfen"))
        .args(["report", concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample.scorebook.json"), "--out", out.to_str().unwrap(), "--lang", "zh"])
        .status()
        .unwrap();
    assert!(status.success());
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!doctype html>") && html.contains("中文与英文排名对比"));
    std::fs::remove_dir_all(&dir).ok();
}

/// Three raters rate five answers to one open item (overall quality, 1–7):
///
/// | answer | Alice | Bob | Chen & Co |
/// |--------|-------|-----|-----------|
/// | 1      | 1     | 1   | 7         |
/// | 2      | 2     | 2   | 2         |
/// | 3      | 3     | 3   | 3         |
/// | 4      | 4     | 4   | 5         |
/// | 5      | 5     | 6   | 5         |
///
/// Cohen's κ by hand (p_o observed agreement, p_e by chance from each rater's own marginals):
/// Alice–Bob (0.8 − 0.16) / 0.84 = 0.76; Alice–Chen (0.6 − 0.16) / 0.84 = 0.52;
/// Bob–Chen (0.4 − 0.08) / 0.92 = 0.35. Answers 1, 4 and 5 are disagreements (spreads 1, 1/6, 1/6).
fn rated_by_three() -> (pingfen::core::model::session::Session, String, Vec<String>) {
    use pingfen::core::model::human::Rating;
    use pingfen::core::model::suite::ItemKind;
    let mut session = pingfen::core::io::sample::session().unwrap();
    let on_quality = |i: &pingfen::core::model::suite::Item| session.suite.criteria(i).iter().any(|(c, s)| c.id == "quality" && (s.min, s.max) == (1, 7));
    let item = session.suite.items.iter().find(|i| i.kind == ItemKind::Open && on_quality(i)).unwrap().id.clone();
    let models = session.models();
    assert!(models.len() >= 5, "the sample has five models");
    let values = [("Alice", [1, 2, 3, 4, 5]), ("Bob", [1, 2, 3, 4, 6]), ("Chen & Co", [7, 2, 3, 5, 5])];
    for (rater, values) in values {
        for (model, value) in models.iter().zip(values) {
            session.rate(Rating { rater: rater.into(), model: model.clone(), item: item.clone(), criterion: "quality".into(), value, comment: None });
        }
    }
    (session, item, models)
}

#[test]
fn the_report_shows_every_pair_of_raters_and_the_widest_disagreements() {
    let (session, item, models) = rated_by_three();
    let results = pingfen::core::results::compute(&session, &Segmenter::embedded().unwrap());
    let pairs: Vec<_> = results.human.agreement.iter().flat_map(|a| a.pairs.iter()).collect();
    assert_eq!(pairs.len(), 3, "three raters, three pairs");
    for (locale, criterion, separator) in [(Locale::En, "Overall quality", ", "), (Locale::ZhHans, "整体质量", "，")] {
        let html = report::html(&session, &results, locale, "2026-01-01T00:00:00Z");
        let pair_rows = html.split("data-table=\"rater-pairs\"").nth(1).expect("a table of rater pairs").split("</table>").next().unwrap();
        for (first, second, kappa) in [("Alice", "Bob", "0.76"), ("Alice", "Chen &amp; Co", "0.52"), ("Bob", "Chen &amp; Co", "0.35")] {
            let row = format!("<th scope=\"row\">{criterion}</th><td>{first} · {second}</td><td class=\"num\">5</td><td class=\"num\" data-stat=\"kappa\">{kappa}</td>");
            assert!(pair_rows.contains(&row), "{locale:?}: {row}\nin {pair_rows}");
        }
        assert_eq!(pair_rows.matches("<tr data-criterion=").count(), 3, "{locale:?}: a row per pair");
        // The same κ the results hold (the raters' view shows these).
        for pair in &pairs {
            assert!(pair_rows.contains(&format!("data-stat=\"kappa\">{}</td>", pingfen::core::format::statistic(pair.kappa))));
            assert!(pair_rows.contains(&format!("data-stat=\"quadratic\">{}</td>", pingfen::core::format::statistic(pair.quadratic))));
        }

        let listed = html.split("data-table=\"disagreements\"").nth(1).expect("a list of disagreements").split("</table>").next().unwrap();
        let rows: Vec<&str> = listed.split("<tr data-disagreement>").skip(1).collect();
        assert_eq!(rows.len(), 3, "{locale:?}: {listed}");
        let widest = format!(
            "<th scope=\"row\"><a href=\"#item-{item}\">{item}</a></th><td>{}</td><td>{criterion}</td><td>Alice 1{separator}Bob 1{separator}Chen &amp; Co 7</td><td class=\"num\">1.00</td>",
            charts::escape(&models[0])
        );
        assert!(rows[0].starts_with(&widest), "{locale:?}: the widest first: {}", rows[0]);
        assert!(rows[1].contains("<td class=\"num\">0.17</td>") && rows[2].contains("<td class=\"num\">0.17</td>"));
        assert!(html.contains(&format!("id=\"item-{item}\"")), "the item's link leads to the appendix");
        assert!(!html.contains("data-more="), "all three listed: no line about more");
    }
    let zh = report::html(&session, &results, Locale::ZhHans, "2026-01-01T00:00:00Z");
    assert!(zh.contains("<h3>分歧最大的回答</h3>") && zh.contains("评分员两两比较"));
    let hant = report::html(&session, &results, Locale::ZhHant, "2026-01-01T00:00:00Z");
    assert!(hant.contains("評分者兩兩比較") && hant.contains(">分差</th>") && hant.contains("<h3>分歧最大的回答</h3>"));
}

#[test]
fn a_long_list_of_disagreements_is_cut_with_a_line_saying_how_many_more() {
    let session = pingfen::core::io::sample::rated_session().unwrap();
    let results = pingfen::core::results::compute(&session, &Segmenter::embedded().unwrap());
    let total = results.human.disagreements.len();
    assert!(total > 20, "the sample raters disagree on more than 20 answers ({total})");
    for (locale, more) in [
        (Locale::En, format!("{} more answers on which raters differ are not listed.", total - 20)),
        (Locale::ZhHans, format!("另有 {} 个存在分歧的回答未列出。", total - 20)),
    ] {
        let html = report::html(&session, &results, locale, "2026-01-01T00:00:00Z");
        assert_eq!(html.matches("<tr data-disagreement>").count(), 20, "{locale:?}");
        assert!(html.contains(&format!("data-more=\"{}\">{more}</p>", total - 20)), "{locale:?}: {more}");
        // The three sample raters: every pair on every criterion they rated.
        let pairs: usize = results.human.agreement.iter().map(|a| a.pairs.len()).sum();
        assert_eq!(html.matches("<tr data-criterion=").count(), pairs);
        assert!(!html.to_lowercase().contains("<script"));
    }
}

#[test]
fn a_large_sessions_distribution_is_binned_and_its_bins_hold_every_score() {
    let session = pingfen::core::io::sample::session().unwrap();
    let mut results = pingfen::core::results::compute(&session, &Segmenter::embedded().unwrap());
    let mut suite = session.suite.clone();
    let template = suite.items.iter().find(|i| i.lang == Lang::En).unwrap().clone();
    let score = results.items.iter().find(|s| s.item == template.id).unwrap().clone();
    let many = charts::DOTS_UP_TO + 50;
    for n in 0..many {
        let mut item = template.clone();
        item.id = format!("many-{n}");
        for (m, model) in results.models.iter().enumerate() {
            // Spread over 0-100, one model's all at 100 (the top bin).
            let value = if m == 0 { 100.0 } else { ((n * 7 + m * 13) % 101) as f64 };
            results.items.push(pingfen::core::scoring::ItemScore { model: model.clone(), item: item.id.clone(), score: Some(value), ..score.clone() });
        }
        suite.items.push(item);
    }
    let dist = charts::distribution(&suite, &results, Lang::En, Locale::En);
    assert_eq!(dist.matches("<circle ").count(), 0, "binned, not a dot each");
    // Each bar says how many answers it holds: together, every scored English answer.
    let counted: usize = dist
        .split("<title>")
        .skip(1)
        .filter_map(|t| t.split(" scored ").next().filter(|head| !head.contains(':')))
        .map(|head| head.trim_end_matches(" items").trim_end_matches(" item").parse::<usize>().unwrap())
        .sum();
    let scored = results.items.iter().filter(|s| s.score.is_some() && suite.item(&s.item).unwrap().lang == Lang::En).count();
    assert_eq!(counted, scored);
    // The model whose every new answer scored 100 has them all in the top bin.
    let top = dist
        .split("<title>")
        .filter_map(|t| t.split_once(" items scored 98–100</title>"))
        .map(|(count, _)| count.parse::<usize>().unwrap())
        .max();
    assert!(top.is_some_and(|count| count >= many), "{top:?}");
    assert!(dist.matches("<rect ").count() <= results.models.len() * 51, "at most 50 bins and a box per lane");
    // The Chinese lanes (the sample's few items) keep their dots.
    let zh = charts::distribution(&suite, &results, Lang::Zh, Locale::En);
    assert!(zh.matches("<circle ").count() > 0);
}

#[test]
fn the_report_shows_how_scoring_works_on_the_sessions_own_answers_and_its_model_judges() {
    use pingfen::core::io::files::{self, Loaded};
    let mut session = pingfen::core::io::sample::rated_session().unwrap();
    let Ok(Loaded::Judged(work)) = files::read("sample-judge.jsonl", include_bytes!("../www/samples/sample-judge.jsonl")) else { panic!("a judge's file") };
    let incoming = work.into_session(&session).unwrap();
    pingfen::core::human::merge::merge(&mut session, incoming).unwrap();
    let results = pingfen::core::results::compute(&session, &Segmenter::embedded().unwrap());
    let html = report::html(&session, &results, Locale::En, "2026-01-01T00:00:00Z");
    let section = &html[html.find("<h2>How scoring works</h2>").expect("the section")..];
    // The first reference answer's own metrics and signatures, the first choice read, a rating rescaled.
    // A translation-like answer, scored by BLEU or chrF, with its own metrics and signatures.
    use pingfen::core::metrics::standard::MetricName;
    let reference = results
        .items
        .iter()
        .find(|s| s.human.is_none() && s.overridden.is_none() && matches!(&s.detail, pingfen::core::scoring::Detail::Reference { metrics } if metrics.iter().any(|(n, _)| matches!(n, MetricName::Bleu | MetricName::Chrf))))
        .unwrap();
    assert!(section.contains(&format!("The answer of {} to {}:", reference.model, reference.item)), "{}", &section[..600]);
    assert!(section.contains("<code>BLEU|nrefs:1") || section.contains("<code>chrF|"), "signatures: {}", &section[..1500.min(section.len())]);
    assert!(section.contains("by the rule “"), "a choice with its rule");
    assert!(section.contains("rescaled to "), "a rating rescaled");
    assert!(section.contains("1000 times, seed 2024") || section.contains("1,000 times, seed 2024"), "the intervals' method");
    assert!(html.contains("Model judge Judge-LM (sample) (90 scores, 50 verdicts), beside the people"));
    let zh = report::html(&session, &results, Locale::ZhHant, "2026-01-01T00:00:00Z");
    assert!(zh.contains("<h2>評分原理</h2>") && zh.contains("評審模型 Judge-LM (sample)"));
}
