//! Golden vectors: every BLEU, chrF, chrF++, ROUGE and span-F1 value of the 469-item corpus
//! equals the reference implementations' (sacrebleu 2.6.0, rouge-score 0.1.2) within 1e-9,
//! and jieba-rs cuts every text exactly as Python jieba 0.42.1 does with the HMM off.
//! Regenerate: see tests/golden/generate.py. The same check runs in Chromium (tests/web.rs).

#![cfg(not(target_arch = "wasm32"))]

#[path = "support/metrics.rs"]
mod metrics;

use pingfen::core::text::Segmenter;

#[test]
fn metrics_equal_the_reference_implementations() {
    let segmenter = Segmenter::embedded().unwrap();
    let wrong = metrics::mismatches(&segmenter);
    assert!(wrong.is_empty(), "{} values differ:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn the_corpus_is_large_and_covers_both_languages() {
    let items = metrics::items();
    assert!(items.len() >= 400, "{}", items.len());
    assert!(items.iter().filter(|i| i.lang == "zh").count() >= 150);
    assert!(items.iter().filter(|i| i.lang == "en").count() >= 150);
    assert_eq!(metrics::expected().len(), items.len() + 3, "three corpus-level lines: zh, en, all");
}

/// With the HMM on, jieba-rs and Python jieba differ in exactly two known ways, both about
/// text that is not BMP Chinese (every case in the corpus is checked against them):
///
/// 1. **Latin/digit runs joined by `-`, `_`, `.`, `%`:** Python jieba's HMM path re-splits
///    non-Chinese runs with its `re_skip` pattern, so `GPT-4` → `GPT`,`-`,`4` and
///    `state-of-the-art` → 7 tokens; jieba-rs keeps the run whole, as both do with the HMM off.
/// 2. **CJK Extension-B characters (𠀀 𪚥):** Python's HMM only knows U+4E00–U+9FD5 and emits
///    each supplementary-plane character alone; jieba-rs keeps such a run together.
///
/// Chinese proper is cut identically. Pingfen's Chinese ROUGE uses jieba-rs's tokens, and the
/// golden ROUGE values above are computed on exactly those tokens.
#[test]
fn hmm_differences_are_only_the_two_known_kinds() {
    let segmenter = Segmenter::embedded().unwrap();
    let differences = metrics::hmm_differences(&segmenter);
    let explained = |token: &str| {
        let latin_run = token.chars().any(|c| c.is_ascii_alphanumeric())
            && token.chars().all(|c| c.is_ascii_alphanumeric() || "-_.%:".contains(c));
        let extension_b = token.chars().all(|c| ('\u{20000}'..='\u{3134F}').contains(&c));
        latin_run || extension_b
    };
    for (text, ours, theirs) in &differences {
        assert_eq!(ours.concat(), theirs.concat(), "{text}: different characters, not just cuts");
        for token in ours.iter().filter(|t| !theirs.contains(t)) {
            assert!(explained(token), "{text:?}: unexplained jieba-rs token {token:?} (jieba: {theirs:?})");
        }
    }
    // The corpus has such text on purpose; if none differ, the check above proved nothing.
    assert!(differences.len() >= 10, "{}", differences.len());
}

#[test]
#[ignore]
fn print_hmm_differences() {
    let segmenter = Segmenter::embedded().unwrap();
    for (text, ours, theirs) in metrics::hmm_differences(&segmenter) {
        println!("{text:?}\n  jieba-rs {ours:?}\n  jieba    {theirs:?}");
    }
}

/// rouge-score's stemmer is NLTK's Porter stemmer: ours gives the same stem for every one of
/// ~12,000 English words (tests/golden/metrics/porter.json, made by generate.py).
#[test]
fn porter_stems_equal_nltk() {
    let table: std::collections::BTreeMap<String, String> =
        serde_json::from_str(include_str!("golden/metrics/porter.json")).unwrap();
    assert!(table.len() > 10_000, "{}", table.len());
    let wrong: Vec<String> = table
        .iter()
        .filter(|(word, stem)| pingfen::core::text::porter::stem(word) != **stem)
        .map(|(word, stem)| format!("{word}: ours {}, nltk {stem}", pingfen::core::text::porter::stem(word)))
        .collect();
    assert!(wrong.is_empty(), "{} of {} stems differ:\n{}", wrong.len(), table.len(), wrong.join("\n"));
}
