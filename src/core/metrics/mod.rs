//! Reference metrics, bit-compatible with their reference implementations.
//!
//! Every metric follows one pipeline (as sacrebleu does): statistics per segment → summed over
//! the corpus → one score. A corpus score is therefore the score of summed statistics, never a
//! mean of sentence scores (ROUGE excepted: rouge-score defines its corpus figure as the mean
//! of per-item scores, and so does Pingfen). Every [`Score`] carries a [`Signature`] naming
//! everything the number depends on.

pub mod bleu;
pub mod chrf;
pub mod f1;
pub mod ngram;
pub mod numeric;
pub mod overlap;
pub mod rouge;
pub mod standard;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use bleu::{Bleu, Smoothing};
pub use chrf::Chrf;
pub use rouge::{Rouge, RougeKind};

/// A hypothesis (the model's answer) and the references it is scored against.
#[derive(Debug, Clone, Copy)]
pub struct Segment<'a> {
    pub hypothesis: &'a str,
    pub references: &'a [String],
}

/// A score on the 0–100 scale, with what it depends on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub score: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precision: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recall: Option<f64>,
    pub signature: Signature,
}

/// What a number depends on, sacrebleu style:
/// `BLEU|nrefs:1|case:mixed|eff:yes|tok:zh|smooth:exp|norm:none|version:pingfen-0.1.0`.
/// Fields that sacrebleu also prints are spelled as sacrebleu spells them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Signature(String);

impl Signature {
    /// Builds `NAME|key:value|…|version:pingfen-X.Y.Z`.
    pub fn new(name: &str, fields: &[(&str, String)]) -> Self {
        let mut text = name.to_owned();
        for (key, value) in fields {
            text.push('|');
            text.push_str(key);
            text.push(':');
            text.push_str(value);
        }
        text.push_str("|version:pingfen-");
        text.push_str(crate::VERSION);
        Signature(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The signature after `normalize` ran before the metric: its steps join those the metric
    /// names itself (ROUGE's `norm:nfkc+lc` becomes `norm:nfkc+t2s+lc`), or are added before
    /// the version.
    pub fn with_norm(&self, normalize: &crate::core::text::Normalize) -> Signature {
        let fields: Vec<&str> = self.0.split('|').collect();
        if let Some(at) = fields.iter().position(|f| f.starts_with("norm:")) {
            let own: crate::core::text::Normalize = fields[at]["norm:".len()..].parse().unwrap_or_default();
            let joined = crate::core::text::Normalize {
                nfkc: own.nfkc || normalize.nfkc,
                t2s: own.t2s || normalize.t2s,
                lowercase: own.lowercase || normalize.lowercase,
                collapse_whitespace: own.collapse_whitespace || normalize.collapse_whitespace,
            };
            let norm = format!("norm:{}", joined.signature());
            let mut fields: Vec<&str> = fields;
            fields[at] = &norm;
            return Signature(fields.join("|"));
        }
        let version = self.0.rfind("|version:").unwrap_or(self.0.len());
        Signature(format!("{}|norm:{}{}", &self.0[..version], normalize.signature(), &self.0[version..]))
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A reference metric: segment statistics that add up, and a score computed from them.
pub trait Metric {
    /// Sufficient statistics of one segment; a corpus's are their sum.
    type Stats: Clone + Default;

    fn stats(&self, segment: Segment<'_>) -> Self::Stats;
    fn add(&self, total: &mut Self::Stats, stats: &Self::Stats);
    /// The score of (possibly summed) statistics.
    fn score(&self, stats: &Self::Stats) -> Score;

    /// The score of one segment.
    fn sentence(&self, segment: Segment<'_>) -> Score {
        self.score(&self.stats(segment))
    }

    /// The score of a corpus: its summed statistics, scored once.
    fn corpus<'a>(&self, segments: impl IntoIterator<Item = Segment<'a>>) -> Score {
        let mut total = Self::Stats::default();
        for segment in segments {
            let stats = self.stats(segment);
            self.add(&mut total, &stats);
        }
        self.score(&total)
    }
}

/// `nrefs` as sacrebleu prints it.
fn nrefs(count: usize) -> String {
    count.to_string()
}

/// References per segment over summed statistics: the common count, or `None` ("var") once
/// segments differ.
fn merge_nrefs(segments_so_far: usize, so_far: Option<usize>, next: Option<usize>) -> Option<usize> {
    if segments_so_far == 0 || so_far == next { next } else { None }
}
