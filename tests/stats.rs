//! Rater agreement and pairwise ratings against golden vectors from the reference
//! implementations (scikit-learn, statsmodels, krippendorff, Arena's Elo definitions):
//! `tests/golden/stats/generate.py`, pinned in `tests/golden/stats/requirements.txt`.
#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::stats::agreement::{cohen_kappa, fleiss_kappa, krippendorff_alpha, Level, Weights};
use pingfen::core::stats::pairwise::{bradley_terry, elo, Battle};
use serde_json::Value;

fn golden() -> Value {
    serde_json::from_str(include_str!("golden/stats/expected.json")).expect("golden stats")
}

fn close(actual: Option<f64>, expected: f64, tolerance: f64, what: &str) {
    let actual = actual.unwrap_or_else(|| panic!("{what}: Pingfen says undefined, reference {expected}"));
    assert!((actual - expected).abs() <= tolerance, "{what}: Pingfen {actual}, reference {expected}");
}

fn ints(value: &Value) -> Vec<i32> {
    value.as_array().unwrap().iter().map(|v| v.as_i64().unwrap() as i32).collect()
}

#[test]
fn cohen_kappa_equals_scikit_learn() {
    let golden = golden();
    let cases = golden["cohen"].as_array().unwrap();
    assert!(cases.len() >= 30);
    for (i, case) in cases.iter().enumerate() {
        let pairs: Vec<(i32, i32)> = case["pairs"].as_array().unwrap().iter().map(|p| (p[0].as_i64().unwrap() as i32, p[1].as_i64().unwrap() as i32)).collect();
        close(cohen_kappa(&pairs, Weights::None), case["none"].as_f64().unwrap(), 1e-12, &format!("case {i} unweighted"));
        close(cohen_kappa(&pairs, Weights::Quadratic), case["quadratic"].as_f64().unwrap(), 1e-12, &format!("case {i} quadratic"));
    }
}

#[test]
fn fleiss_kappa_equals_statsmodels() {
    let golden = golden();
    let cases = golden["fleiss"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for (i, case) in cases.iter().enumerate() {
        let units: Vec<Vec<i32>> = case["units"].as_array().unwrap().iter().map(ints).collect();
        close(fleiss_kappa(&units), case["kappa"].as_f64().unwrap(), 1e-12, &format!("case {i}"));
    }
}

#[test]
fn krippendorff_alpha_equals_the_krippendorff_package() {
    let golden = golden();
    let cases = golden["krippendorff"].as_array().unwrap();
    assert!(cases.len() >= 30);
    for (i, case) in cases.iter().enumerate() {
        let units: Vec<Vec<f64>> = case["units"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect())
            .collect();
        for (name, level) in [("nominal", Level::Nominal), ("ordinal", Level::Ordinal), ("interval", Level::Interval)] {
            close(krippendorff_alpha(&units, level), case[name].as_f64().unwrap(), 1e-9, &format!("case {i} {name}"));
        }
    }
}

fn battles(case: &Value) -> Vec<Battle> {
    case["battles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| Battle { a: b[0].as_u64().unwrap() as usize, b: b[1].as_u64().unwrap() as usize, score_a: b[2].as_f64().unwrap() })
        .collect()
}

fn floats(value: &Value) -> Vec<f64> {
    value.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect()
}

#[test]
fn bradley_terry_equals_arena_style_logistic_regression() {
    let golden = golden();
    for (i, case) in golden["pairwise"].as_array().unwrap().iter().enumerate() {
        let models = case["models"].as_u64().unwrap() as usize;
        let ours = bradley_terry(models, &battles(case));
        for (m, expected) in floats(&case["bradley_terry"]).into_iter().enumerate() {
            close(Some(ours[m]), expected, 1e-6, &format!("case {i}, model {m}"));
        }
    }
}

#[test]
fn online_elo_equals_arena_definition() {
    let golden = golden();
    for (i, case) in golden["pairwise"].as_array().unwrap().iter().enumerate() {
        let models = case["models"].as_u64().unwrap() as usize;
        for (k, key) in [(4.0, "elo_k4"), (32.0, "elo_k32")] {
            let ours = elo(models, &battles(case), k);
            for (m, expected) in floats(&case[key]).into_iter().enumerate() {
                close(Some(ours[m]), expected, 1e-9, &format!("case {i}, {key}, model {m}"));
            }
        }
    }
}
