//! What each fuzz target checks of one input, shared with `tests/fuzz_regressions.rs`, which
//! runs the inputs the fuzzers once failed on (`fuzz/regressions/<target>/`) under `cargo test`.
//! Every check: no panic, and what the result promises holds.

use std::sync::OnceLock;

use pingfen::core::metrics::standard::{compute, MetricName};
use pingfen::core::text::{Lang, Normalize, Segmenter};

/// The file names the readers tell formats by.
const NAMES: [&str; 7] = ["x.json", "x.jsonl", "x.csv", "x.xlsx", "x.ods", "x.xls", "x.scorebook.json"];

fn segmenter() -> &'static Segmenter {
    static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();
    SEGMENTER.get_or_init(|| Segmenter::embedded().expect("the embedded dictionary"))
}

/// Any bytes as any file Pingfen opens: a suite, answers, a scorebook, a save, a workbook.
/// The first byte picks the name.
pub fn read_file(data: &[u8]) {
    let Some((&first, bytes)) = data.split_first() else { return };
    let name = NAMES[first as usize % NAMES.len()];
    if let Err(problems) = pingfen::core::io::files::read(name, bytes) {
        assert!(!problems.is_empty(), "a refusal says why");
    }
}

/// Any text as a share link.
pub fn link(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Err(problems) = pingfen::core::io::link::decode("link", &text) {
        assert!(!problems.is_empty());
    }
}

/// Any text pasted as one model's answers to five items.
pub fn pasted(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(answers) = pingfen::core::io::answers::from_pasted("m", &text, &["a", "b", "c", "d", "e"]) {
        assert!(answers.len() <= 5, "one answer per item at most");
    }
}

/// Any answer to a four-option question (the first byte: several may be chosen).
pub fn choice(data: &[u8]) {
    let Some((&first, bytes)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(bytes);
    let options = pingfen::core::rubric::choice::Options { letters: "ABCD", texts: None, multi: first & 1 == 1 };
    let extraction = pingfen::core::rubric::choice::extract(&text, options);
    if let Some(choice) = &extraction.choice {
        assert!(!choice.is_empty() && choice.chars().all(|c| "ABCD".contains(c)), "{choice:?} is not among the options");
    }
}

/// Any hypothesis and reference (split at the first NUL) under every metric, in both languages:
/// a score in 0–100, and 100 for a hypothesis that is its own reference — when it has the
/// n-grams every metric counts: four words or more of six letters or digits (as in sacrebleu
/// and rouge-score, which Pingfen matches, a text shorter than a metric's n-grams scores 0).
pub fn metrics(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (hypothesis, reference) = text.split_once('\0').unwrap_or((&text, ""));
    // Metrics look at answers of at most a few thousand characters (longer ones are refused
    // before scoring); the fuzzer's inputs are kept short too.
    if hypothesis.len() > 2_000 || reference.len() > 2_000 {
        return;
    }
    for lang in [Lang::Zh, Lang::En] {
        for name in MetricName::ALL {
            let score = compute(segmenter(), name, lang, hypothesis, &[reference.to_owned()], Normalize::NONE).score;
            assert!((0.0..=100.0).contains(&score), "{name:?} {lang:?}: {score}");
            let words: Vec<&str> = hypothesis.split_whitespace().collect();
            // (The numeric metric compares the numbers in a text: one without scores 0.)
            let has_number = hypothesis.chars().any(|c| c.is_ascii_digit());
            let counted = name != MetricName::Numeric || has_number;
            if counted && words.len() >= 4 && words.iter().all(|w| w.chars().count() >= 6 && w.chars().all(char::is_alphanumeric)) {
                let same = compute(segmenter(), name, lang, hypothesis, &[hypothesis.to_owned()], Normalize::NONE).score;
                assert!((same - 100.0).abs() < 1e-9, "{name:?} {lang:?} of {hypothesis:?} against itself: {same}");
            }
        }
    }
}

/// Any text through every tokenizer: jieba's cut (HMM on and off) gives back the text, piece
/// by piece, at the offsets it names; Pingfen's per-language tokens, sacrebleu's 13a and zh
/// tokenizers and the language detector take anything.
pub fn tokenizers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if text.len() > 20_000 {
        return;
    }
    for hmm in [pingfen::core::text::Hmm::On, pingfen::core::text::Hmm::Off] {
        let tokens = segmenter().cut(&text, hmm);
        assert_eq!(tokens.iter().map(|t| t.text).collect::<String>(), text, "the cut gives the text back");
        for token in &tokens {
            assert_eq!(&text[token.start..token.end], token.text, "a token is where it says");
        }
    }
    for lang in [Lang::Zh, Lang::En] {
        for token in pingfen::core::text::tokenize(segmenter(), &text, lang) {
            assert!(!token.text.is_empty() && text.contains(token.text), "{:?} is not in the text", token.text);
        }
    }
    let _ = pingfen::core::text::mteval::tokenize_13a(&text);
    let _ = pingfen::core::text::mteval::tokenize_zh(&text);
    let _ = pingfen::core::text::detect(&text);
}
