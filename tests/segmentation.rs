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

/// The compact asset (sorted, front-coded, brotli) is the same dictionary as the word list in
/// the pinned jieba-rs crate: built from that list as jieba-rs ships it, a segmenter cuts every
/// text the same, with the HMM on and off.
#[test]
fn the_compact_dictionary_cuts_as_jieba_rs_default_dictionary() {
    let source = std::fs::read_to_string(env!("PINGFEN_JIEBA_DICT_SOURCE")).expect("jieba-rs's dict.txt");
    let reference = Segmenter::from_word_list(&source).unwrap();
    let compact = Segmenter::embedded().unwrap();
    assert_eq!(compact.dictionary_words(), reference.dictionary_words());
    // Every Chinese text the project holds: the fixture, the bench corpus, the sample, and the
    // labelled multiple-choice answers (Simplified, Traditional, Cantonese).
    let mut corpus = vec![SENTENCES.to_owned(), include_str!("../bench/corpus-zh.txt").to_owned(), include_str!("../www/samples/sample-answers.jsonl").to_owned()];
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/choice-set");
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                dirs.push(path);
            } else if name.ends_with(".jsonl") && name.contains("zh-") {
                corpus.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut lines = 0;
    for text in &corpus {
        for line in text.lines() {
            for hmm in [pingfen::core::text::Hmm::On, pingfen::core::text::Hmm::Off] {
                let cut = |s: &Segmenter| s.cut(line, hmm).iter().map(|t| t.text.to_owned()).collect::<Vec<_>>();
                assert_eq!(cut(&compact), cut(&reference), "{line}");
            }
            lines += 1;
        }
    }
    assert!(lines > 3_000, "{lines} lines compared");
}
