//! BLEU exactly as sacrebleu 2.x computes it: tokenizer `13a` or `zh` (or `char`, `none`),
//! clipped n-gram matches against all references, the closest reference length for the
//! brevity penalty, smoothing `exp` / `floor` / `add-k` / `none`, optional effective order.

use serde::{Deserialize, Serialize};

use super::{ngram, nrefs, Metric, Score, Segment, Signature};
use crate::core::text::mteval::{is_py_space, py_rstrip, py_split, tokenize_13a, tokenize_zh};
use crate::core::text::Normalize;

/// BLEU's maximum n-gram order.
pub const MAX_ORDER: usize = 4;

/// How BLEU splits text into words, named as sacrebleu names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BleuTokenizer {
    /// mteval-v13a, the WMT standard for English and other spaced languages.
    #[serde(rename = "13a")]
    Tok13a,
    /// Every Chinese character a word, the rest as `13a`.
    Zh,
    /// Every non-space character a word.
    Char,
    /// Split on white space only.
    None,
}

impl BleuTokenizer {
    pub fn name(self) -> &'static str {
        match self {
            BleuTokenizer::Tok13a => "13a",
            BleuTokenizer::Zh => "zh",
            BleuTokenizer::Char => "char",
            BleuTokenizer::None => "none",
        }
    }

    /// The tokenized line, words separated by single spaces (sacrebleu's contract).
    pub fn apply(self, line: &str) -> String {
        match self {
            BleuTokenizer::Tok13a => tokenize_13a(line),
            BleuTokenizer::Zh => tokenize_zh(line),
            BleuTokenizer::Char => {
                let mut spaced = String::with_capacity(line.len() * 2);
                for c in line.chars().filter(|&c| !is_py_space(c)) {
                    if !spaced.is_empty() {
                        spaced.push(' ');
                    }
                    spaced.push(c);
                }
                spaced
            }
            BleuTokenizer::None => line.to_owned(),
        }
    }
}

/// Smoothing for n-gram orders without a match (Chen & Cherry 2014).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method", content = "value", rename_all = "lowercase")]
pub enum Smoothing {
    /// None: a zero precision makes BLEU 0.
    None,
    /// Method 1: a zero count becomes `value` (sacrebleu default 0.1).
    Floor(f64),
    /// Method 2: add `value` to counts and totals of orders ≥ 2 (sacrebleu default 1).
    #[serde(rename = "add-k")]
    AddK(f64),
    /// Method 3, mteval's: successive zero orders get 1/2, 1/4, … of a match. sacrebleu's default.
    Exp,
}

impl Smoothing {
    fn signature(self) -> String {
        match self {
            Smoothing::None => "none".into(),
            Smoothing::Floor(value) => format!("floor[{value:.2}]"),
            Smoothing::AddK(value) => format!("add-k[{value:.2}]"),
            Smoothing::Exp => "exp".into(),
        }
    }
}

/// BLEU settings. [`Bleu::sentence_default`] is sacrebleu's `sentence_bleu`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bleu {
    pub tokenizer: BleuTokenizer,
    pub smoothing: Smoothing,
    /// Average only over orders that have n-grams (sacrebleu recommends it for sentences).
    pub effective_order: bool,
    /// Applied before tokenizing; `lowercase` is sacrebleu's `case:lc`.
    pub normalize: Normalize,
}

impl Bleu {
    /// sacrebleu's `BLEU(tokenize=…)`: exp smoothing, no effective order (corpus BLEU).
    pub fn corpus_default(tokenizer: BleuTokenizer) -> Self {
        Bleu { tokenizer, smoothing: Smoothing::Exp, effective_order: false, normalize: Normalize::NONE }
    }

    /// sacrebleu's `sentence_bleu`: exp smoothing with effective order.
    pub fn sentence_default(tokenizer: BleuTokenizer) -> Self {
        Bleu { effective_order: true, ..Self::corpus_default(tokenizer) }
    }

    fn words(&self, text: &str) -> String {
        self.tokenizer.apply(py_rstrip(&self.normalize.apply(text)))
    }
}

/// BLEU's sufficient statistics.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BleuStats {
    pub hypothesis_len: u64,
    /// The closest reference length (ties: the shorter).
    pub reference_len: u64,
    pub matches: [u64; MAX_ORDER],
    pub totals: [u64; MAX_ORDER],
    /// References per segment: one number, or `None` once segments differ ("var").
    pub nrefs: Option<usize>,
    pub segments: usize,
}

impl Metric for Bleu {
    type Stats = BleuStats;

    fn stats(&self, segment: Segment<'_>) -> BleuStats {
        let hypothesis = self.words(segment.hypothesis);
        let hypothesis: Vec<&str> = py_split(&hypothesis).collect();
        let references: Vec<String> = segment.references.iter().map(|r| self.words(r)).collect();
        let references: Vec<Vec<&str>> = references.iter().map(|r| py_split(r).collect()).collect();

        let mut stats = BleuStats {
            hypothesis_len: hypothesis.len() as u64,
            reference_len: closest_length(hypothesis.len(), references.iter().map(Vec::len)),
            nrefs: Some(segment.references.len()),
            segments: 1,
            ..BleuStats::default()
        };
        for n in 1..=MAX_ORDER {
            let hyp = ngram::count(&hypothesis, n);
            // Each reference n-gram counts as often as in the reference that has it most.
            let mut best = ngram::Counts::default();
            for reference in &references {
                for (gram, count) in ngram::count(reference, n) {
                    let slot = best.entry(gram).or_insert(0);
                    *slot = (*slot).max(count);
                }
            }
            stats.totals[n - 1] = ngram::total(&hyp);
            stats.matches[n - 1] = ngram::clipped_matches(&hyp, &best);
        }
        stats
    }

    fn add(&self, total: &mut BleuStats, stats: &BleuStats) {
        total.hypothesis_len += stats.hypothesis_len;
        total.reference_len += stats.reference_len;
        for n in 0..MAX_ORDER {
            total.matches[n] += stats.matches[n];
            total.totals[n] += stats.totals[n];
        }
        total.nrefs = super::merge_nrefs(total.segments, total.nrefs, stats.nrefs);
        total.segments += stats.segments;
    }

    fn score(&self, stats: &BleuStats) -> Score {
        Score {
            score: compute(stats, self.smoothing, self.effective_order),
            precision: None,
            recall: None,
            signature: self.signature(stats.nrefs),
        }
    }
}

impl Bleu {
    pub fn signature(&self, references: Option<usize>) -> Signature {
        Signature::new(
            "BLEU",
            &[
                ("nrefs", references.map_or_else(|| "var".to_owned(), nrefs)),
                ("case", if self.normalize.lowercase { "lc" } else { "mixed" }.to_owned()),
                ("eff", if self.effective_order { "yes" } else { "no" }.to_owned()),
                ("tok", self.tokenizer.name().to_owned()),
                ("smooth", self.smoothing.signature()),
                ("norm", Normalize { lowercase: false, ..self.normalize }.signature()),
            ],
        )
    }
}

/// sacrebleu's closest reference length: smallest |hyp − ref|, the shorter on a tie.
fn closest_length(hypothesis: usize, references: impl Iterator<Item = usize>) -> u64 {
    let mut closest: Option<(usize, usize)> = None; // (difference, length)
    for length in references {
        let difference = hypothesis.abs_diff(length);
        closest = match closest {
            Some((d, l)) if d < difference || (d == difference && l <= length) => Some((d, l)),
            _ => Some((difference, length)),
        };
    }
    closest.map_or(0, |(_, length)| length as u64)
}

/// sacrebleu's `my_log`: log, with log(0) a huge negative number instead of −∞.
fn sacre_log(x: f64) -> f64 {
    if x == 0.0 { -9_999_999_999.0 } else { libm::log(x) }
}

/// sacrebleu's `BLEU.compute_bleu`, step for step (the float operations in the same order).
/// BLEU from its statistics, step by step: what "How scoring works" shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Steps {
    /// The precision of each order as used (smoothed where nothing matched), in percent.
    pub precisions: [f64; MAX_ORDER],
    pub brevity_penalty: f64,
    /// The orders averaged.
    pub effective_order: usize,
    pub score: f64,
}

fn compute(stats: &BleuStats, smoothing: Smoothing, effective_order: bool) -> f64 {
    steps(stats, smoothing, effective_order).score
}

/// sacrebleu's `compute_bleu`, keeping its intermediate values.
pub fn steps(stats: &BleuStats, smoothing: Smoothing, effective_order: bool) -> Steps {
    let (sys_len, ref_len) = (stats.hypothesis_len as f64, stats.reference_len as f64);
    let bp = if stats.hypothesis_len < stats.reference_len {
        if stats.hypothesis_len > 0 { libm::exp(1.0 - ref_len / sys_len) } else { 0.0 }
    } else {
        1.0
    };
    let mut precisions = [0.0f64; MAX_ORDER];
    if stats.matches.iter().all(|&m| m == 0) {
        return Steps { precisions, brevity_penalty: bp, effective_order: MAX_ORDER, score: 0.0 };
    }
    let mut smooth_mteval = 1.0f64;
    let mut eff_order = MAX_ORDER;
    for n in 1..=MAX_ORDER {
        let (mut correct, mut total) = (stats.matches[n - 1] as f64, stats.totals[n - 1] as f64);
        if let Smoothing::AddK(k) = smoothing
            && n > 1
        {
            correct += k;
            total += k;
        }
        if total == 0.0 {
            break;
        }
        if effective_order {
            eff_order = n;
        }
        if correct == 0.0 {
            match smoothing {
                Smoothing::Exp => {
                    smooth_mteval *= 2.0;
                    precisions[n - 1] = 100.0 / (smooth_mteval * total);
                }
                Smoothing::Floor(value) => precisions[n - 1] = 100.0 * value / total,
                Smoothing::None | Smoothing::AddK(_) => {}
            }
        } else {
            precisions[n - 1] = 100.0 * correct / total;
        }
    }
    let log_sum: f64 = precisions[..eff_order].iter().map(|&p| sacre_log(p)).sum();
    // exp(mean(log 100)) is 100.00000000000004 in floating point (sacrebleu prints it so):
    // a score stays within 0–100, 4e-14 from sacrebleu's (found by fuzzing).
    let score = (bp * libm::exp(log_sum / eff_order as f64)).min(100.0);
    Steps { precisions, brevity_penalty: bp, effective_order: eff_order, score }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn identical_sentences_score_100() {
        let references = refs(&["The cat sat on the mat."]);
        let segment = Segment { hypothesis: "The cat sat on the mat.", references: &references };
        let score = Bleu::sentence_default(BleuTokenizer::Tok13a).sentence(segment);
        assert!((score.score - 100.0).abs() < 1e-9, "{}", score.score);
        assert_eq!(
            score.signature.as_str(),
            format!("BLEU|nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|norm:none|version:pingfen-{}", crate::VERSION)
        );
    }

    #[test]
    fn empty_hypothesis_scores_0() {
        let references = refs(&["参考答案"]);
        let segment = Segment { hypothesis: "", references: &references };
        assert_eq!(Bleu::sentence_default(BleuTokenizer::Zh).sentence(segment).score, 0.0);
    }

    #[test]
    fn closest_reference_length_prefers_the_shorter_on_ties() {
        assert_eq!(closest_length(5, [3, 7].into_iter()), 3);
        assert_eq!(closest_length(5, [7, 3].into_iter()), 3);
        assert_eq!(closest_length(5, [9, 6, 4].into_iter()), 4);
        assert_eq!(closest_length(5, std::iter::empty()), 0);
    }

    #[test]
    fn corpus_score_is_the_score_of_summed_statistics() {
        let bleu = Bleu::corpus_default(BleuTokenizer::Tok13a);
        let a = refs(&["the cat is on the mat"]);
        let b = refs(&["there is a cat on the mat"]);
        let segments = [
            Segment { hypothesis: "the cat sat on the mat", references: &a },
            Segment { hypothesis: "a cat is on the mat", references: &b },
        ];
        let mut total = BleuStats::default();
        for s in segments {
            bleu.add(&mut total, &bleu.stats(s));
        }
        let corpus = bleu.corpus(segments);
        assert_eq!(corpus.score, bleu.score(&total).score);
        let mean = segments.iter().map(|s| bleu.sentence(*s).score).sum::<f64>() / 2.0;
        assert!((corpus.score - mean).abs() > 1e-6, "a mean of sentences is not corpus BLEU");
    }
}
