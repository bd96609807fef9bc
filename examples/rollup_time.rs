//! How long the roll-up with bootstrap intervals takes (what every rating in the app
//! recomputes), for `scripts/bench.sh`: 16 models × 1,000 items in 2 languages × 3 dimensions
//! × 4 sub-tasks, 1,000 bootstrap rounds, best of three. Prints JSON.
//!
//! `cargo run --release --example rollup_time`

use std::time::Instant;

use pingfen::core::aggregate::{table_with_intervals, Resampling};
use pingfen::core::model::rule::Rule;
use pingfen::core::scoring::{Detail, ItemScore, Source};
use pingfen::core::model::suite::Suite;
use rand::Rng;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut items = Vec::new();
    for n in 0..1000 {
        let lang = if n % 2 == 0 { "zh" } else { "en" };
        items.push(serde_json::json!({"id": format!("q{n}"), "lang": lang, "dimension": format!("d{}", n % 3), "subtask": format!("s{}", n % 4), "kind": "open", "prompt": "?"}));
    }
    let dimensions: Vec<_> = (0..3)
        .map(|d| serde_json::json!({"id": format!("d{d}"), "name": {"en": "d"}, "subtasks": (0..4).map(|s| serde_json::json!({"id": format!("s{s}"), "name": {"en": "s"}})).collect::<Vec<_>>()}))
        .collect();
    let suite = Suite::from_json("bench", &serde_json::json!({"schema": "pingfen.suite/1", "id": "bench", "title": {"en": "bench"}, "dimensions": dimensions, "items": items}).to_string())
        .map_err(|p| format!("{p:?}"))?;
    let models: Vec<String> = (0..16).map(|m| format!("model-{m}")).collect();
    let mut rng = pingfen::core::stats::bootstrap::rng(1);
    let scores: Vec<ItemScore> = models
        .iter()
        .flat_map(|model| suite.items.iter().map(move |item| (model.clone(), item.id.clone())))
        .map(|(model, item)| ItemScore { model, item, score: Some(rng.random_range(0.0..100.0)), source: Source::Metric, detail: Detail::Open, human: None, overridden: None })
        .collect();
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let started = Instant::now();
        let table = table_with_intervals(&suite, &scores, &models, Rule::default(), Resampling::default());
        std::hint::black_box(table);
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!("{{\"runner\":\"rollup-native\",\"models\":16,\"items\":1000,\"rounds\":1000,\"seconds\":{best:.3}}}");
    Ok(())
}
