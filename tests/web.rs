//! Browser tests (headless Chromium via wasm-bindgen-test): the core gives the same results
//! in wasm as natively. Run: `cargo test --target wasm32-unknown-unknown --no-default-features --test web`.
#![cfg(target_arch = "wasm32")]

#[path = "support/segmentation.rs"]
mod segmentation;

#[path = "support/metrics.rs"]
#[allow(dead_code)]
mod metrics;

#[path = "support/stats.rs"]
mod stats;

use pingfen::core::text::{detect, Detected, Dictionary, Segmenter};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The labelled multiple-choice answers, as in tests/choice.rs.
const CHOICE_ANSWERS: &str = include_str!("golden/choice/answers.jsonl");

/// The same bytes the web app fetches as its dictionary asset.
const DICTIONARY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-dict.br"));

#[wasm_bindgen_test]
fn wasm_segmentation_equals_native_fixture() {
    let segmenter = Segmenter::new(Dictionary { bytes: DICTIONARY }).unwrap();
    let wrong = segmentation::mismatches(&segmenter);
    assert!(wrong.is_empty(), "{} cases differ in wasm:\n{}", wrong.len(), wrong.join("\n"));
    let texts: Vec<String> = segmentation::expected().into_iter().map(|case| case.text).collect();
    assert_eq!(texts, segmentation::SENTENCES.lines().collect::<Vec<_>>());
}

#[wasm_bindgen_test]
fn damaged_dictionary_is_an_error_in_wasm_too() {
    assert!(Segmenter::new(Dictionary { bytes: &DICTIONARY[..4096] }).is_err());
    assert!(Segmenter::new(Dictionary { bytes: b"<html>404</html>" }).is_err());
}

#[wasm_bindgen_test]
fn language_detection_in_wasm() {
    assert_eq!(detect("香港大學的研究"), Detected::Zh);
    assert_eq!(detect("What does 你好 mean?"), Detected::Mixed);
}

/// The golden metric vectors hold in the browser too: native = wasm = reference.
#[wasm_bindgen_test]
fn metrics_equal_the_reference_implementations_in_wasm() {
    let segmenter = Segmenter::new(Dictionary { bytes: DICTIONARY }).unwrap();
    let wrong = metrics::mismatches(&segmenter);
    assert!(wrong.is_empty(), "{} values differ in wasm:\n{}", wrong.len(), wrong.join("\n"));
    assert!(metrics::items().len() >= 400);
}

/// Multiple-choice extraction gives the same picks in the browser as natively.
#[wasm_bindgen_test]
fn choice_extraction_in_wasm() {
    use pingfen::core::rubric::choice::{extract, Options};
    let mut right = 0;
    let mut total = 0;
    for line in CHOICE_ANSWERS.lines() {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let texts: std::collections::BTreeMap<String, String> =
            serde_json::from_value(case["option_texts"].clone()).unwrap();
        let options = Options {
            letters: case["options"].as_str().unwrap(),
            texts: Some(&texts),
            multi: case["multi"].as_bool().unwrap(),
        };
        let got = extract(case["text"].as_str().unwrap(), options).choice;
        right += usize::from(got.as_deref() == case["expected"].as_str());
        total += 1;
    }
    // The native test pins 180 of 184; the browser must agree exactly.
    assert_eq!((right, total), (180, 184));
}

#[wasm_bindgen_test]
fn agreement_and_pairwise_statistics_equal_the_references_in_wasm() {
    let (wrong, counts) = stats::mismatches();
    assert!(counts.iter().all(|&n| n >= 20), "{counts:?}");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[wasm_bindgen_test]
fn seeded_blind_orders_schedules_and_bootstrap_intervals_equal_native() {
    // Orders, schedules, ranks and counts exactly; ratings to 1e-9 relative.
    let pinned: serde_json::Value = serde_json::from_str(stats::SEEDED).unwrap();
    let mut wrong = Vec::new();
    stats::differences(&stats::seeded(), &pinned, 1e-9, "seeded", &mut wrong);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The message catalogue speaks in the browser as natively: the same problem, worded in each
/// interface language, English plurals chosen by Fluent's rules compiled to wasm.
#[wasm_bindgen_test]
fn the_catalogue_words_problems_the_same_in_wasm() {
    use pingfen::core::i18n::{msg, Locale};
    let problems = pingfen::core::io::files::read("broken.jsonl", b"{\"model\":\"m\",\"item\":\"i\",\"answer\":\"x\"}\n{oops}\n").unwrap_err();
    let worded: Vec<String> = Locale::ALL.iter().map(|&l| problems[0].describe(l)).collect();
    assert!(worded[0].starts_with("broken.jsonl, line 2: "), "{}", worded[0]);
    assert!(worded[1].starts_with("broken.jsonl，第 2 行："), "{}", worded[1]);
    assert!(worded[2].starts_with("broken.jsonl，第 2 行："), "{}", worded[2]);
    assert_ne!(worded[1], worded[2], "Simplified and Traditional are written apart");
    assert_eq!(msg!("location-pasted", answers = 1).text(Locale::En), "1 answer");
    assert_eq!(msg!("location-pasted", answers = 3).text(Locale::En), "3 answers");
}

/// Every score the engine worker sends the page, and every number a scorebook holds, goes
/// through JSON: in the browser too it must come back to the last bit. Without serde_json's
/// `float_roundtrip` its parser was one unit off in the last place here (natively a
/// test-only dependency turns the feature on), and the app's exported scorebook differed
/// from the CLI's — found by tests/e2e/parity.spec.mjs.
#[wasm_bindgen_test]
fn numbers_survive_json_to_the_last_bit_in_wasm() {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(16);
    let mut wrong = Vec::new();
    for _ in 0..20_000 {
        let (a, b) = (f64::from(rng.random_range(0u32..10_000)), f64::from(rng.random_range(1u32..10_000)));
        for x in [f64::from_bits(rng.random::<u64>()), 100.0 * a / b, a / b * 100.0, 95.45454545454545] {
            if !x.is_finite() {
                continue;
            }
            let back: f64 = serde_json::from_str(&serde_json::to_string(&x).unwrap()).unwrap();
            if back.to_bits() != x.to_bits() {
                wrong.push(format!("{x:?} → {} → {back:?}", serde_json::to_string(&x).unwrap()));
            }
        }
    }
    assert!(wrong.is_empty(), "{} numbers changed: {:?}", wrong.len(), &wrong[..wrong.len().min(5)]);
}
