//! Rater agreement and pairwise ratings against golden vectors from the reference
//! implementations (scikit-learn, statsmodels, krippendorff, Arena's Elo definitions):
//! `tests/golden/stats/generate.py`, pinned in `tests/golden/stats/requirements.txt`. Seeded
//! results (blind orders, pair schedules, bootstrap intervals) are pinned in
//! `tests/golden/human-seeded.json` so the browser can be held to the same numbers;
//! regenerate it after a deliberate change with `PINGFEN_BLESS=1 cargo test --test stats`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/stats.rs"]
mod stats;

#[test]
fn agreement_and_pairwise_statistics_equal_the_reference_implementations() {
    let (wrong, counts) = stats::mismatches();
    assert!(counts.iter().all(|&n| n >= 20), "golden cases per family: {counts:?}");
    assert!(wrong.is_empty(), "{} mismatches:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn seeded_orders_schedules_and_intervals_are_pinned() {
    let ours = stats::seeded();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/human-seeded.json");
    if std::env::var_os("PINGFEN_BLESS").is_some() {
        std::fs::write(path, serde_json::to_string_pretty(&ours).unwrap() + "\n").unwrap();
    }
    let pinned: serde_json::Value = serde_json::from_str(stats::SEEDED).unwrap();
    assert_eq!(ours, pinned, "seeded results changed; if deliberate, bless with PINGFEN_BLESS=1");
    let mut wrong = Vec::new();
    stats::differences(&ours, &pinned, 0.0, "seeded", &mut wrong);
    assert!(wrong.is_empty(), "the comparison the browser test uses agrees: {wrong:?}");
}
