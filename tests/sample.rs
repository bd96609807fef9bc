//! The built-in sample: valid, bilingual, HKU-shaped, scored the same every time, and the
//! scorebook round-trips. Regenerate the golden scorebook after a deliberate change:
//! `PINGFEN_BLESS=1 cargo test --test sample`.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use pingfen::core::aggregate::{leaderboard, SortKey};
use pingfen::core::scorebook::{self, Scorebook};
use pingfen::core::suite::ItemKind;
use pingfen::core::text::{Lang, Segmenter};

const GOLDEN: &str = "tests/golden/sample-scorebook.json";
const CREATED: &str = "2026-01-01T00:00:00Z";

fn segmenter() -> Segmenter {
    Segmenter::embedded().unwrap()
}

#[test]
fn the_sample_is_bilingual_and_complete() {
    let session = pingfen::core::sample::session().expect("the sample suite and answers are valid");
    let items = &session.suite.items;
    assert!(items.len() >= 60, "{} items", items.len());
    let zh = items.iter().filter(|i| i.lang == Lang::Zh).count();
    assert_eq!(zh * 2, items.len(), "half Chinese, half English");
    for dimension in ["language", "expertise", "safety"] {
        assert!(items.iter().any(|i| i.dimension == dimension), "{dimension}");
    }
    for kind in [ItemKind::Choice, ItemKind::Reference, ItemKind::Rubric, ItemKind::Open] {
        assert!(items.iter().any(|i| i.kind == kind), "{kind:?}");
    }
    let models = pingfen::core::scoring::models(&session.answers);
    assert!(models.len() >= 4);
    let pairs: HashSet<(&str, &str)> = session.answers.iter().map(|a| (a.model.as_str(), a.item.as_str())).collect();
    assert_eq!(pairs.len(), models.len() * items.len(), "every model answers every item once");
}

#[test]
fn chinese_and_english_leaderboards_differ() {
    let session = pingfen::core::sample::session().unwrap();
    let results = session.results(&segmenter());
    let top = |lang| leaderboard(&session.suite, &results.table, &results.models, SortKey::Composite(lang))[0].model.clone();
    assert_ne!(top(Lang::Zh), top(Lang::En), "the sample should show that rankings differ by language");
}

#[test]
fn the_sample_scorebook_is_golden() {
    let session = pingfen::core::sample::session().unwrap();
    let results = session.results(&segmenter());
    let json = Scorebook::new(&session, &results, CREATED).to_json() + "\n";
    if std::env::var_os("PINGFEN_BLESS").is_some() {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/sample-scorebook.json"), &json).unwrap();
    }
    let golden = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/sample-scorebook.json"))
        .expect("run PINGFEN_BLESS=1 cargo test --test sample once");
    assert!(json == golden, "the sample's scores changed; if deliberate, re-bless {GOLDEN}");
}

#[test]
fn a_scorebook_reopens_to_the_same_session_and_numbers() {
    let segmenter = segmenter();
    let session = pingfen::core::sample::session().unwrap();
    let results = session.results(&segmenter);
    let json = Scorebook::new(&session, &results, CREATED).to_json();
    let reopened = scorebook::read("book.json", &json).expect("an exported scorebook reads back");
    assert_eq!(reopened, session);
    let again = reopened.results(&segmenter);
    assert_eq!(again, results);
    assert_eq!(Scorebook::new(&reopened, &again, CREATED).to_json(), json);
}

#[test]
fn scorebooks_of_other_versions_or_shapes_are_refused_clearly() {
    let error = scorebook::read("old.json", r#"{"schema": "pingfen.scorebook/0"}"#).unwrap_err();
    assert!(error[0].to_string().contains("old.json") && error[0].message.contains("pingfen.scorebook/1"), "{}", error[0]);
    let error = scorebook::read("x.json", "{not json").unwrap_err();
    assert!(error[0].location.starts_with("line 1"), "{}", error[0]);
}

#[test]
fn the_cli_writes_the_same_scorebook_as_the_app() {
    let out = std::env::temp_dir().join(format!("pingfen-sample-{}.json", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_pingfen"))
        .args(["score", "--suite", "www/samples/sample-suite.json", "--answers", "www/samples/sample-answers.jsonl", "--out"])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut cli: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let golden_text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/sample-scorebook.json")).unwrap();
    let mut golden: serde_json::Value = serde_json::from_str(&golden_text).unwrap();
    assert!(cli["created"].as_str().unwrap().ends_with('Z'));
    cli["created"] = serde_json::Value::Null;
    golden["created"] = serde_json::Value::Null;
    assert_eq!(cli, golden, "equal apart from the timestamp");
    std::fs::remove_file(out).unwrap();
}
