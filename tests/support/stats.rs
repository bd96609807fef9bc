//! The statistics golden vectors (tests/golden/stats/expected.json, made by
//! tests/golden/stats/generate.py from scikit-learn, statsmodels and krippendorff), and the
//! fixture pinning seeded human-scoring results (tests/golden/human-seeded.json), checked by
//! the native tests (tests/stats.rs) and the browser test (tests/web.rs) alike.

use pingfen::core::human::raters::{likert_tasks, pair_tasks};
    use pingfen::core::model::human::Rater;
use pingfen::core::stats::agreement::{cohen_kappa, fleiss_kappa, gwet as gwet_ac, krippendorff_alpha, Level, Weights};
use pingfen::core::stats::pairwise::{bradley_terry, elo, standings, Battle, Settings};
use serde_json::{json, Value};

pub const EXPECTED: &str = include_str!("../golden/stats/expected.json");
/// Gwet's AC1 and AC2 from irrCAC (tests/golden/gwet/generate.py, its own environment).
pub const GWET: &str = include_str!("../golden/gwet/expected.json");
pub const SEEDED: &str = include_str!("../golden/human-seeded.json");

fn ints(value: &Value) -> Vec<i32> {
    value.as_array().map(|a| a.iter().filter_map(|v| v.as_i64()).map(|v| v as i32).collect()).unwrap_or_default()
}

fn floats(value: &Value) -> Vec<f64> {
    value.as_array().map(|a| a.iter().filter_map(Value::as_f64).collect()).unwrap_or_default()
}

fn battles(case: &Value) -> Vec<Battle> {
    case["battles"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|b| Battle { a: b[0].as_u64().unwrap_or(0) as usize, b: b[1].as_u64().unwrap_or(0) as usize, score_a: b[2].as_f64().unwrap_or(0.0) })
                .collect()
        })
        .unwrap_or_default()
}

fn check(wrong: &mut Vec<String>, what: String, ours: Option<f64>, expected: Option<f64>, tolerance: f64) {
    match (ours, expected) {
        (Some(a), Some(b)) if (a - b).abs() <= tolerance => {}
        _ => wrong.push(format!("{what}: Pingfen {ours:?}, reference {expected:?}")),
    }
}

/// Every statistic that differs from the reference, and how many were compared, by family.
pub fn mismatches() -> (Vec<String>, [usize; 6]) {
    let golden: Value = serde_json::from_str(EXPECTED).expect("tests/golden/stats/expected.json");
    let mut wrong = Vec::new();
    let cases = |key: &str| golden[key].as_array().cloned().unwrap_or_default();
    let (cohen, fleiss, kripp, pairwise) = (cases("cohen"), cases("fleiss"), cases("krippendorff"), cases("pairwise"));
    for (i, case) in cohen.iter().enumerate() {
        let pairs: Vec<(i32, i32)> = case["pairs"].as_array().unwrap_or(&Vec::new()).iter().map(|p| (ints(p)[0], ints(p)[1])).collect();
        check(&mut wrong, format!("cohen {i} unweighted"), cohen_kappa(&pairs, Weights::None), case["none"].as_f64(), 1e-12);
        check(&mut wrong, format!("cohen {i} quadratic"), cohen_kappa(&pairs, Weights::Quadratic), case["quadratic"].as_f64(), 1e-12);
    }
    for (i, case) in fleiss.iter().enumerate() {
        let units: Vec<Vec<i32>> = case["units"].as_array().unwrap_or(&Vec::new()).iter().map(ints).collect();
        check(&mut wrong, format!("fleiss {i}"), fleiss_kappa(&units), case["kappa"].as_f64(), 1e-12);
    }
    for (i, case) in kripp.iter().enumerate() {
        let units: Vec<Vec<f64>> = case["units"].as_array().unwrap_or(&Vec::new()).iter().map(floats).collect();
        for (name, level) in [("nominal", Level::Nominal), ("ordinal", Level::Ordinal), ("interval", Level::Interval)] {
            check(&mut wrong, format!("krippendorff {i} {name}"), krippendorff_alpha(&units, level), case[name].as_f64(), 1e-9);
        }
    }
    for (i, case) in pairwise.iter().enumerate() {
        let models = case["models"].as_u64().unwrap_or(0) as usize;
        let battles = battles(case);
        for (m, (ours, expected)) in bradley_terry(models, &battles).into_iter().zip(floats(&case["bradley_terry"])).enumerate() {
            check(&mut wrong, format!("bradley-terry {i} model {m}"), Some(ours), Some(expected), 1e-6);
        }
        for (k, key) in [(4.0, "elo_k4"), (32.0, "elo_k32")] {
            for (m, (ours, expected)) in elo(models, &battles, k).into_iter().zip(floats(&case[key])).enumerate() {
                check(&mut wrong, format!("{key} {i} model {m}"), Some(ours), Some(expected), 1e-9);
            }
        }
    }
    let wilson = cases("wilson");
    for (i, case) in wilson.iter().enumerate() {
        let (count, total) = (case["count"].as_u64().unwrap_or(0) as usize, case["total"].as_u64().unwrap_or(0) as usize);
        let ours = pingfen::core::stats::proportion::wilson(count, total);
        check(&mut wrong, format!("wilson {i} low ({count}/{total})"), ours.map(|i| i.low), case["low"].as_f64(), 1e-12);
        check(&mut wrong, format!("wilson {i} high ({count}/{total})"), ours.map(|i| i.high), case["high"].as_f64(), 1e-12);
    }
    let gwet: Value = serde_json::from_str(GWET).expect("tests/golden/gwet/expected.json");
    let gwet = gwet["gwet"].as_array().cloned().unwrap_or_default();
    for (i, case) in gwet.iter().enumerate() {
        let units: Vec<Vec<i32>> = case["units"].as_array().unwrap_or(&Vec::new()).iter().map(ints).collect();
        let categories = ints(&case["categories"]);
        check(&mut wrong, format!("gwet {i} ac1"), gwet_ac(&units, &categories, Weights::None), case["ac1"].as_f64(), 1e-12);
        check(&mut wrong, format!("gwet {i} ac2 quadratic"), gwet_ac(&units, &categories, Weights::Quadratic), case["ac2_quadratic"].as_f64(), 1e-12);
    }
    (wrong, [cohen.len(), fleiss.len(), kripp.len(), pairwise.len(), wilson.len(), gwet.len()])
}

/// What the seeds decide, for the sample: a rater's blind order, a pair schedule, and the
/// pairwise standings with bootstrap intervals of the first golden vote set.
pub fn seeded() -> Value {
    let session = pingfen::core::io::sample::session().expect("sample");
    let order: Vec<String> = likert_tasks(&session, &Rater::new("Alice", 11)).into_iter().map(|t| format!("{} {} {}", t.item, t.label, t.model)).collect();
    let mut carol = Rater::new("Carol", 5);
    carol.pair_rounds = 2;
    let pairs: Vec<String> = pair_tasks(&session, &carol).into_iter().map(|t| format!("{} {} | {}", t.item, t.a, t.b)).collect();
    let golden: Value = serde_json::from_str(EXPECTED).expect("golden stats");
    let case = &golden["pairwise"][0];
    let names: Vec<String> = (0..case["models"].as_u64().unwrap_or(0)).map(|m| format!("model-{m}")).collect();
    let board = standings(&names, &battles(case), Settings::default());
    json!({ "likert_order": order, "pair_schedule": pairs, "standings": board })
}

/// Where `ours` departs from `pinned`: strings, integers and structure exactly, other numbers
/// within `tolerance` relative (wasm's and the platform's `ln`/`exp` differ in the last bits).
pub fn differences(ours: &Value, pinned: &Value, tolerance: f64, path: &str, out: &mut Vec<String>) {
    match (ours, pinned) {
        (Value::Number(a), Value::Number(b)) if a.is_f64() || b.is_f64() => {
            let (a, b) = (a.as_f64().unwrap_or(f64::NAN), b.as_f64().unwrap_or(f64::NAN));
            if (a - b).abs() > tolerance * b.abs().max(1.0) {
                out.push(format!("{path}: {a} vs {b}"));
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(x, y, tolerance, &format!("{path}[{i}]"), out);
            }
        }
        (Value::Object(a), Value::Object(b)) if a.len() == b.len() => {
            for (key, x) in a {
                match b.get(key) {
                    Some(y) => differences(x, y, tolerance, &format!("{path}.{key}"), out),
                    None => out.push(format!("{path}.{key}: missing from the pinned file")),
                }
            }
        }
        _ if ours == pinned => {}
        _ => out.push(format!("{path}: {ours} vs {pinned}")),
    }
}
