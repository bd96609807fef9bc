//! The segmentation fixture shared by the native test (`tests/segmentation.rs`) and the
//! browser test (`tests/web.rs`): both must produce exactly these tokens.

use pingfen::core::text::{detect, tokenize, Detected, Hmm, Segmenter};
use serde::{Deserialize, Serialize};

/// The committed fixture: one case per line of `segmentation-sentences.txt`.
pub const FIXTURE: &str = include_str!("../golden/segmentation.json");
pub const SENTENCES: &str = include_str!("../golden/segmentation-sentences.txt");

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Case {
    pub text: String,
    pub detected: Detected,
    /// `jieba.cut(text, HMM=True)`, white space included.
    pub cut_hmm: Vec<String>,
    /// `jieba.cut(text, HMM=False)`.
    pub cut_no_hmm: Vec<String>,
    /// `tokenize(text, detected language)`.
    pub tokens: Vec<String>,
}

pub fn compute(segmenter: &Segmenter, text: &str) -> Case {
    let words = |tokens: Vec<pingfen::core::text::Token<'_>>| -> Vec<String> {
        tokens.into_iter().map(|t| t.text.to_owned()).collect()
    };
    let detected = detect(text);
    Case {
        text: text.to_owned(),
        detected,
        cut_hmm: words(segmenter.cut(text, Hmm::On)),
        cut_no_hmm: words(segmenter.cut(text, Hmm::Off)),
        tokens: words(tokenize(segmenter, text, detected.tokenizer_lang())),
    }
}

pub fn expected() -> Vec<Case> {
    serde_json::from_str(FIXTURE).expect("tests/golden/segmentation.json parses")
}

/// Every case that `segmenter` cuts differently from the fixture, described.
pub fn mismatches(segmenter: &Segmenter) -> Vec<String> {
    expected()
        .into_iter()
        .filter_map(|case| {
            let got = compute(segmenter, &case.text);
            (got != case).then(|| format!("expected {case:?}\n     got {got:?}"))
        })
        .collect()
}
