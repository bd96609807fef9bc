//! chrF and chrF++ exactly as sacrebleu 2.x computes them: character n-grams up to order 6
//! (white space removed), word n-grams up to order 0 (chrF) or 2 (chrF++) after splitting one
//! leading or trailing ASCII punctuation mark off each word, β = 2, the best-scoring reference.

use serde::{Deserialize, Serialize};

use super::{ngram, nrefs, Metric, Score, Segment, Signature};
use crate::core::text::mteval::{is_py_space, py_split};
use crate::core::text::Normalize;

/// chrF settings. [`Chrf::plain`] and [`Chrf::chrf_plus_plus`] are sacrebleu's defaults.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chrf {
    pub char_order: usize,
    pub word_order: usize,
    pub beta: u32,
    /// Applied first; `lowercase` is sacrebleu's `case:lc`.
    pub normalize: Normalize,
}

impl Chrf {
    /// chrF: character n-grams only.
    pub const fn plain() -> Self {
        Chrf { char_order: 6, word_order: 0, beta: 2, normalize: Normalize::NONE }
    }

    pub const fn chrf_plus_plus() -> Self {
        Chrf { word_order: 2, ..Self::plain() }
    }

    fn orders(&self) -> usize {
        self.char_order + self.word_order
    }

    pub fn signature(&self, references: Option<usize>) -> Signature {
        Signature::new(
            if self.word_order > 0 { "chrF++" } else { "chrF" },
            &[
                ("nrefs", references.map_or_else(|| "var".to_owned(), nrefs)),
                ("case", if self.normalize.lowercase { "lc" } else { "mixed" }.to_owned()),
                ("eff", "yes".to_owned()),
                ("nc", self.char_order.to_string()),
                ("nw", self.word_order.to_string()),
                ("space", "no".to_owned()),
                ("norm", Normalize { lowercase: false, ..self.normalize }.signature()),
            ],
        )
    }

    /// The n-gram counts of one side, char orders first, then word orders.
    fn profile<'a>(&self, chars: &'a [char], words: &'a [&'a str]) -> Profile<'a> {
        Profile {
            chars: (1..=self.char_order).map(|n| ngram::count(chars, n)).collect(),
            words: (1..=self.word_order).map(|n| ngram::count(words, n)).collect(),
        }
    }
}

struct Profile<'a> {
    chars: Vec<ngram::Counts<'a, char>>,
    words: Vec<ngram::Counts<'a, &'a str>>,
}

/// Per order: (hypothesis n-grams, reference n-grams, matches).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChrfStats {
    pub orders: Vec<[u64; 3]>,
    pub nrefs: Option<usize>,
    pub segments: usize,
}

/// The text without Python white space, as characters.
fn characters(text: &str) -> Vec<char> {
    text.chars().filter(|&c| !is_py_space(c)).collect()
}

const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// sacrebleu's `_remove_punctuation`: a word longer than one character loses one trailing
/// punctuation mark, or else one leading one, which becomes a word of its own.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for word in py_split(text) {
        let mut chars = word.char_indices();
        let first = chars.next();
        let last = word.char_indices().next_back();
        match (first, last) {
            (Some(_), Some((0, _))) => out.push(word), // one character
            (Some((_, f)), Some((l, c))) => {
                if PUNCTUATION.contains(c) {
                    out.push(&word[..l]);
                    out.push(&word[l..]);
                } else if PUNCTUATION.contains(f) {
                    out.push(&word[..f.len_utf8()]);
                    out.push(&word[f.len_utf8()..]);
                } else {
                    out.push(word);
                }
            }
            _ => {}
        }
    }
    out
}

/// sacrebleu's `_compute_f_score` (eps smoothing off: the effective-order average).
fn f_score(orders: &[[u64; 3]], beta: u32) -> f64 {
    let factor = f64::from(beta * beta);
    let (mut avg_precision, mut avg_recall, mut effective) = (0.0f64, 0.0f64, 0usize);
    for &[hyp, reference, matches] in orders {
        if hyp > 0 && reference > 0 {
            avg_precision += matches as f64 / hyp as f64;
            avg_recall += matches as f64 / reference as f64;
            effective += 1;
        }
    }
    if effective == 0 {
        return 0.0;
    }
    avg_precision /= effective as f64;
    avg_recall /= effective as f64;
    if avg_precision + avg_recall == 0.0 {
        return 0.0;
    }
    let score = (1.0 + factor) * avg_precision * avg_recall / ((factor * avg_precision) + avg_recall);
    100.0 * score
}

impl Metric for Chrf {
    type Stats = ChrfStats;

    fn stats(&self, segment: Segment<'_>) -> ChrfStats {
        let hypothesis = self.normalize.apply(segment.hypothesis);
        let hyp_chars = characters(&hypothesis);
        let hyp_words = if self.word_order > 0 { words(&hypothesis) } else { Vec::new() };
        let hyp = self.profile(&hyp_chars, &hyp_words);

        let mut best: Option<(f64, Vec<[u64; 3]>)> = None;
        for reference in segment.references {
            let reference = self.normalize.apply(reference);
            let ref_chars = characters(&reference);
            let ref_words = if self.word_order > 0 { words(&reference) } else { Vec::new() };
            let theirs = self.profile(&ref_chars, &ref_words);
            let mut orders = Vec::with_capacity(self.orders());
            for (h, r) in hyp.chars.iter().zip(&theirs.chars) {
                orders.push(order_stats(h, r));
            }
            for (h, r) in hyp.words.iter().zip(&theirs.words) {
                orders.push(order_stats(h, r));
            }
            let f = f_score(&orders, self.beta);
            if best.as_ref().is_none_or(|(best_f, _)| f > *best_f) {
                best = Some((f, orders));
            }
        }
        ChrfStats {
            orders: best.map(|(_, orders)| orders).unwrap_or_default(),
            nrefs: Some(segment.references.len()),
            segments: 1,
        }
    }

    fn add(&self, total: &mut ChrfStats, stats: &ChrfStats) {
        if total.orders.len() < stats.orders.len() {
            total.orders.resize(stats.orders.len(), [0; 3]);
        }
        for (sum, order) in total.orders.iter_mut().zip(&stats.orders) {
            for i in 0..3 {
                sum[i] += order[i];
            }
        }
        total.nrefs = super::merge_nrefs(total.segments, total.nrefs, stats.nrefs);
        total.segments += stats.segments;
    }

    fn score(&self, stats: &ChrfStats) -> Score {
        Score {
            score: f_score(&stats.orders, self.beta),
            precision: None,
            recall: None,
            signature: self.signature(stats.nrefs),
        }
    }
}

/// sacrebleu's `_get_match_statistics`: a reference without n-grams of this order makes the
/// hypothesis count 0 too.
fn order_stats<T: Eq + std::hash::Hash>(hyp: &ngram::Counts<'_, T>, reference: &ngram::Counts<'_, T>) -> [u64; 3] {
    let reference_total = ngram::total(reference);
    let hyp_total = if reference.is_empty() { 0 } else { ngram::total(hyp) };
    [hyp_total, reference_total, ngram::clipped_matches(hyp, reference)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_split_once_at_the_end_or_the_start() {
        assert_eq!(words("Hello, (world) \"x\" a ..."), ["Hello", ",", "(world", ")", "\"x", "\"", "a", "..", "."]);
        assert_eq!(words("“引号”"), ["“引号”"]);
    }

    #[test]
    fn identical_is_100_and_disjoint_is_0() {
        let references = vec!["今天天气很好。".to_owned()];
        let same = Segment { hypothesis: "今天天气很好。", references: &references };
        assert!((Chrf::plain().sentence(same).score - 100.0).abs() < 1e-9);
        let other = Segment { hypothesis: "xyz", references: &references };
        assert_eq!(Chrf::chrf_plus_plus().sentence(other).score, 0.0);
    }

    #[test]
    fn no_references_scores_0() {
        let segment = Segment { hypothesis: "anything", references: &[] };
        assert_eq!(Chrf::plain().sentence(segment).score, 0.0);
    }
}
