//! The built-in sample: valid, bilingual, HKU-shaped, scored the same every time, and the
//! scorebook round-trips. Regenerate the golden scorebook after a deliberate change:
//! `PINGFEN_BLESS=1 cargo test --test sample`.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use pingfen::core::aggregate::{leaderboard, SortKey};
use pingfen::core::error::Location;
use pingfen::core::io::scorebook::{self, Scorebook};
use pingfen::core::results;
use pingfen::core::model::suite::ItemKind;
use pingfen::core::text::{Lang, Segmenter};

const GOLDEN: &str = "www/samples/sample.scorebook.json";
const CREATED: &str = "2026-01-01T00:00:00Z";

fn segmenter() -> Segmenter {
    Segmenter::embedded().unwrap()
}

#[test]
fn the_sample_is_bilingual_and_complete() {
    let session = pingfen::core::io::sample::session().expect("the sample suite and answers are valid");
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
    let models = session.models();
    assert!(models.len() >= 4);
    let pairs: HashSet<(&str, &str)> = session.answers.iter().map(|a| (a.model.as_str(), a.item.as_str())).collect();
    assert_eq!(pairs.len(), models.len() * items.len(), "every model answers every item once");
}

#[test]
fn chinese_and_english_leaderboards_differ() {
    let session = pingfen::core::io::sample::session().unwrap();
    let results = results::compute(&session, &segmenter());
    let top = |lang| leaderboard(&session.suite, &results.table, &results.models, SortKey::Composite(lang))[0].model.clone();
    assert_ne!(top(Lang::Zh), top(Lang::En), "the sample should show that rankings differ by language");
}

#[test]
fn the_sample_scorebook_is_golden() {
    let session = pingfen::core::io::sample::session().unwrap();
    let results = results::compute(&session, &segmenter());
    let json = Scorebook::new(&session, &results, CREATED).to_json().unwrap() + "\n";
    if std::env::var_os("PINGFEN_BLESS").is_some() {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample.scorebook.json"), &json).unwrap();
    }
    let golden = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample.scorebook.json"))
        .expect("run PINGFEN_BLESS=1 cargo test --test sample once");
    assert!(json == golden, "the sample's scores changed; if deliberate, re-bless {GOLDEN}");
}

/// The first screen shows the sample's stored results without scoring it: they must be what
/// the engine computes, read back exactly (every number, every extraction, every note).
#[test]
fn the_shipped_scored_sample_reads_back_as_the_engine_computes_it() {
    let shipped = pingfen::core::io::sample::scored().expect("the shipped scored sample reads");
    let session = pingfen::core::io::sample::session().unwrap();
    assert_eq!(shipped.session, session);
    let computed = results::compute(&session, &segmenter());
    assert_eq!(shipped.results, computed, "re-bless {GOLDEN}: PINGFEN_BLESS=1 cargo test --test sample");
}

#[test]
fn a_scorebook_reopens_to_the_same_session_and_numbers() {
    let segmenter = segmenter();
    let session = pingfen::core::io::sample::session().unwrap();
    let results = results::compute(&session, &segmenter);
    let json = Scorebook::new(&session, &results, CREATED).to_json().unwrap();
    let reopened = scorebook::read("book.json", &json).expect("an exported scorebook reads back");
    assert_eq!(reopened, session);
    let again = results::compute(&reopened, &segmenter);
    assert_eq!(again, results);
    assert_eq!(Scorebook::new(&reopened, &again, CREATED).to_json().unwrap(), json);
}

#[test]
fn scorebooks_of_other_versions_or_shapes_are_refused_clearly() {
    let error = scorebook::read("old.json", r#"{"schema": "pingfen.scorebook/0"}"#).unwrap_err();
    assert!(error[0].to_string().contains("old.json") && error[0].to_string().contains("pingfen.scorebook/1"), "{}", error[0]);
    let error = scorebook::read("x.json", "{not json").unwrap_err();
    assert!(matches!(error[0].location, Location::LineColumn { line: 1, .. }), "{}", error[0]);
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
    let golden_text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample.scorebook.json")).unwrap();
    let mut golden: serde_json::Value = serde_json::from_str(&golden_text).unwrap();
    assert!(cli["created"].as_str().unwrap().ends_with('Z'));
    cli["created"] = serde_json::Value::Null;
    golden["created"] = serde_json::Value::Null;
    assert_eq!(cli, golden, "equal apart from the timestamp");
    std::fs::remove_file(out).unwrap();
}

/// The sample ratings are made here, from seeds, so they match the raters' blind orders and
/// pair schedules: each answer has a "true" quality (safety answers: their checks' score;
/// open answers: the fictional model's strength in that language), three raters rate it with
/// their own leniency and noise, and vote on their scheduled pairs by the quality gap.
/// Regenerate with `PINGFEN_BLESS=1 cargo test --test sample`.
fn generate_sample_ratings(results: &results::Results) -> pingfen::core::io::sample::SampleRatings {
    use pingfen::core::human::raters::{likert_tasks, pair_tasks};
    use pingfen::core::model::human::Rater;
    use pingfen::core::model::human::{Outcome, Rating, Vote};
    use rand::Rng;
    let session = pingfen::core::io::sample::session().unwrap();
    let strength = |model: &str, lang: Lang| -> f64 {
        let (zh, en) = match model.split(' ').next().unwrap_or("") {
            "Qilin-Chat" => (6.2, 4.0),
            "Aurora-7B" => (3.8, 6.3),
            "Mingjing-Pro" => (5.3, 5.4),
            "Open-Llama-Lite" => (4.4, 4.8),
            _ => (2.0, 2.2),
        };
        if lang == Lang::Zh { zh } else { en }
    };
    let quality = |model: &str, item: &str| -> f64 {
        let it = session.suite.item(item).unwrap();
        match results.items.iter().find(|s| s.model == model && s.item == item).and_then(|s| s.score) {
            Some(automatic) => 1.0 + 6.0 * automatic / 100.0,
            None => strength(model, it.lang),
        }
    };
    let mut rng = pingfen::core::stats::bootstrap::rng(2024);
    let normal = move |rng: &mut rand_chacha::ChaCha8Rng| -> f64 {
        // Box–Muller: two uniforms → one standard normal.
        let (u, v): (f64, f64) = (rng.random_range(1e-12..1.0), rng.random_range(0.0..1.0));
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    };
    let people = [("Lin (sample)", 101, 0.4, 0.5), ("Sam (sample)", 202, -0.4, 0.6), ("Mei (sample)", 303, 0.0, 0.9)];
    let mut out = pingfen::core::io::sample::SampleRatings { raters: Vec::new(), ratings: Vec::new(), votes: Vec::new() };
    for (name, seed, leniency, noise) in people {
        let rater = Rater::new(name, seed);
        for task in likert_tasks(&session, &rater) {
            let item = session.suite.item(&task.item).unwrap();
            let criterion = session.suite.criteria(item)[0].0.id.clone();
            let value = (quality(&task.model, &task.item) + leniency + noise * normal(&mut rng)).round().clamp(1.0, 7.0) as i32;
            out.ratings.push(Rating { rater: name.into(), model: task.model, item: task.item, criterion, value, comment: None });
        }
        for task in pair_tasks(&session, &rater) {
            let gap = quality(&task.a, &task.item) - quality(&task.b, &task.item) + noise * normal(&mut rng);
            let outcome = if quality(&task.a, &task.item).max(quality(&task.b, &task.item)) < 2.5 {
                Outcome::BothBad
            } else if gap.abs() < 0.4 {
                Outcome::Tie
            } else if gap > 0.0 {
                Outcome::A
            } else {
                Outcome::B
            };
            out.votes.push(Vote { rater: name.into(), item: task.item, a: task.a, b: task.b, outcome });
        }
        out.raters.push(rater);
    }
    out
}

#[test]
fn the_sample_ratings_come_from_the_seeds_and_tell_a_plausible_story() {
    let session = pingfen::core::io::sample::session().unwrap();
    let results = results::compute(&session, &segmenter());
    let generated = generate_sample_ratings(&results);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample-ratings.json");
    if std::env::var_os("PINGFEN_BLESS").is_some() {
        std::fs::write(path, serde_json::to_string(&generated).unwrap() + "\n").unwrap();
    }
    let committed: pingfen::core::io::sample::SampleRatings = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(committed == generated, "www/samples/sample-ratings.json is stale; bless with PINGFEN_BLESS=1");
    let rated = pingfen::core::io::sample::rated_session().expect("the sample ratings fit the sample");
    let results = results::compute(&rated, &segmenter());
    // Three raters, everything rated and every scheduled pair voted.
    assert_eq!(results.human.progress.len(), 3);
    assert!(results.human.progress.iter().all(|p| p.rated == p.to_rate && p.voted == p.to_vote && p.to_vote > 0));
    // Raters who broadly agree: alpha well above chance, below perfect.
    for agreement in &results.human.agreement {
        let alpha = agreement.alpha_interval.unwrap();
        assert!((0.4..0.98).contains(&alpha), "{}: {alpha}", agreement.criterion);
    }
    // The votes rank the Chinese specialist above the weakest model on Chinese items.
    let zh = results.human.pairwise.iter().find(|b| b.lang == Some(Lang::Zh)).unwrap();
    let position = |prefix: &str| zh.standings.iter().position(|s| s.model.starts_with(prefix)).unwrap();
    assert!(position("Qilin-Chat") < position("Tiny-Helper"));
}
