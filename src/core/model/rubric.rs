//! What a suite's rubric asks of an answer: the checks as a suite declares them. Running them
//! is scoring's job (`core::rubric::checks`).

use serde::{Deserialize, Serialize};

use crate::core::text::Lang;

/// A point a good answer makes: found when the text or any synonym appears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyPoint {
    pub text: String,
    #[serde(default)]
    pub synonyms: Vec<String>,
    #[serde(default = "one")]
    pub weight: f64,
}

fn one() -> f64 {
    1.0
}

/// One rubric check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "check", rename_all = "snake_case")]
pub enum Check {
    /// Score = weight of the points found ÷ total weight.
    KeyPoints { points: Vec<KeyPoint> },
    /// Passes when none of the terms appears.
    Forbidden { terms: Vec<String> },
    /// Passes when the pattern matches (or, with `must_match: false`, when it does not).
    Regex {
        pattern: String,
        #[serde(default = "yes")]
        must_match: bool,
    },
    /// Passes when the length is within bounds: characters (no white space) for Chinese,
    /// words for English.
    Length {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<usize>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<usize>,
    },
    /// Passes when the answer (or its fenced ```json block) parses as JSON.
    ValidJson,
    /// Passes when the answer is written in the expected language.
    Language { expected: Lang },
}

fn yes() -> bool {
    true
}

