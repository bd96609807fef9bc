//! jieba-rs segmentation, pinned: the browser test (`tests/web.rs`) checks the same fixture,
//! so native and wasm cut every sentence identically.
//!
//! Regenerate after a deliberate change: `PINGFEN_BLESS=1 cargo test --test segmentation`.

#![cfg(not(target_arch = "wasm32"))]

#[path = "support/segmentation.rs"]
mod segmentation;

use pingfen::core::text::Segmenter;
use segmentation::{compute, expected, mismatches, SENTENCES};

#[test]
fn native_segmentation_matches_the_fixture() {
    let segmenter = Segmenter::embedded().unwrap();
    if std::env::var_os("PINGFEN_BLESS").is_some() {
        let cases: Vec<_> = SENTENCES.lines().map(|line| compute(&segmenter, line)).collect();
        let json = serde_json::to_string_pretty(&cases).unwrap() + "\n";
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/segmentation.json"), json)
            .unwrap();
        return;
    }
    let wrong = mismatches(&segmenter);
    assert!(wrong.is_empty(), "{} cases differ:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn fixture_covers_every_sentence() {
    let texts: Vec<String> = expected().into_iter().map(|case| case.text).collect();
    let sentences: Vec<&str> = SENTENCES.lines().collect();
    assert_eq!(texts, sentences, "regenerate: PINGFEN_BLESS=1 cargo test --test segmentation");
    assert!(texts.len() >= 30);
}

#[test]
fn fixture_covers_chinese_english_and_mixed() {
    use pingfen::core::text::Detected;
    let cases = expected();
    for kind in [Detected::Zh, Detected::En, Detected::Mixed] {
        assert!(cases.iter().any(|case| case.detected == kind), "no {kind:?} sentence");
    }
}
