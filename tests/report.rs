//! The HTML report and the charts: self-contained (no script, no external resource), every
//! user text escaped, the same numbers as the results, charts accessible.
#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::aggregate::{leaderboard, side, SortKey};
use pingfen::core::charts;
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
    let html = report::html(&session, &results, Lang::En, "2026-01-01T00:00:00Z");
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
    // In Chinese too.
    let zh = report::html(&session, &results, Lang::Zh, "2026-01-01T00:00:00Z");
    assert!(zh.contains("<html lang=\"zh-Hans\">") && zh.contains("排行榜"));
}

#[test]
fn charts_have_titles_descriptions_and_one_mark_per_model() {
    let session = pingfen::core::io::sample::session().unwrap();
    let results = pingfen::core::results::compute(&session, &Segmenter::embedded().unwrap());
    let rows = leaderboard(&session.suite, &results.table, &results.models, SortKey::Overall);
    let slope = charts::slope(&rows, &results.models, "Rank <shift>", "Chinese", "English");
    assert!(slope.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"") && slope.ends_with("</svg>"));
    assert!(slope.contains("role=\"img\"") && slope.contains("<title id=\"slope-title\">Rank &lt;shift&gt;</title>"));
    assert_eq!(slope.matches("<line ").count(), results.models.len(), "one line per model");
    // The description states every model's two ranks: a screen reader hears the comparison.
    for row in &rows {
        assert!(slope.contains(&format!("{}: Chinese #{}", row.model, row.zh.rank.unwrap())));
    }
    let bars = charts::bars(&session.suite, &rows, &results.models, Lang::Zh, Lang::En, "Dimensions");
    let dimensions = session.suite.dimensions.len();
    assert_eq!(bars.matches("<rect x=").count(), results.models.len() * dimensions + results.models.len(), "a bar per model and dimension, plus the legend");
    let dist = charts::distribution(&session.suite, &results, Lang::En, "Items");
    let scored = results.items.iter().filter(|s| s.score.is_some() && session.suite.item(&s.item).unwrap().lang == Lang::En).count();
    assert_eq!(dist.matches("<circle ").count(), scored, "a dot per scored English answer");
}

#[test]
fn the_cli_writes_the_report() {
    let dir = std::env::temp_dir().join(format!("pingfen-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("report.html");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_pingfen"))
        .args(["report", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/sample-scorebook.json"), "--out", out.to_str().unwrap(), "--lang", "zh"])
        .status()
        .unwrap();
    assert!(status.success());
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!doctype html>") && html.contains("中文与英文排名对比"));
    std::fs::remove_dir_all(&dir).ok();
}
