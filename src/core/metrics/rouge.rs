//! ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum exactly as Google's rouge-score 0.1.2 computes
//! them: count-clipped n-gram overlap, longest common subsequence, summary-level union LCS,
//! F = 2PR / (P + R), and for several references the one with the best F.
//!
//! English uses rouge-score's tokenizer (lowercase, everything but `a-z0-9` is a separator),
//! which drops every Chinese character — the "ROUGE of Chinese is 0" bug. Chinese therefore
//! uses Pingfen's pipeline: NFKC → lowercase → jieba-rs (HMM on) → tokens that are only white
//! space or punctuation dropped; the arithmetic afterwards is rouge-score's.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

use super::{ngram, nrefs, Metric, Score, Segment, Signature};
use crate::core::text::{porter, Hmm, Normalize, Segmenter};

/// Which ROUGE.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RougeKind {
    #[serde(rename = "rouge1")]
    Rouge1,
    #[serde(rename = "rouge2")]
    Rouge2,
    #[serde(rename = "rougeL")]
    RougeL,
    /// Summary-level LCS over newline-separated sentences.
    #[serde(rename = "rougeLsum")]
    RougeLsum,
}

impl RougeKind {
    pub fn name(self) -> &'static str {
        match self {
            RougeKind::Rouge1 => "rouge1",
            RougeKind::Rouge2 => "rouge2",
            RougeKind::RougeL => "rougeL",
            RougeKind::RougeLsum => "rougeLsum",
        }
    }
}

/// How ROUGE splits text into tokens.
#[derive(Debug, Clone, Copy)]
pub enum RougeTokenizer<'s> {
    /// rouge-score's default tokenizer; `stem` = its `use_stemmer=True` (Porter, words of
    /// more than 3 characters).
    English { stem: bool },
    /// NFKC → lowercase → jieba-rs with HMM → no white-space or punctuation tokens.
    Chinese(&'s Segmenter),
}

impl RougeTokenizer<'_> {
    pub fn name(&self) -> &'static str {
        match self {
            RougeTokenizer::English { .. } => "rouge",
            RougeTokenizer::Chinese(_) => "jieba",
        }
    }

    pub fn tokens(&self, text: &str) -> Vec<String> {
        match self {
            RougeTokenizer::English { stem } => text
                .to_lowercase()
                .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
                .filter(|token| !token.is_empty())
                .map(|token| if *stem && token.len() > 3 { porter::stem(token) } else { token.to_owned() })
                .collect(),
            RougeTokenizer::Chinese(segmenter) => {
                let normalize = Normalize { nfkc: true, lowercase: true, ..Normalize::NONE };
                let text = normalize.apply(text);
                segmenter
                    .cut(&text, Hmm::On)
                    .into_iter()
                    .filter(|token| !token.text.chars().all(is_space_or_punctuation))
                    .map(|token| token.text.to_owned())
                    .collect()
            }
        }
    }
}

fn is_space_or_punctuation(c: char) -> bool {
    c.is_whitespace() || c.general_category_group() == GeneralCategoryGroup::Punctuation
}

/// One ROUGE variant with its tokenizer.
#[derive(Debug, Clone, Copy)]
pub struct Rouge<'s> {
    pub kind: RougeKind,
    pub tokenizer: RougeTokenizer<'s>,
}

/// Precision, recall and F of one segment, or their sums over several.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct RougeStats {
    pub precision: f64,
    pub recall: f64,
    pub fmeasure: f64,
    pub segments: usize,
    pub nrefs: Option<usize>,
}

impl Rouge<'_> {
    pub fn signature(&self, references: Option<usize>) -> Signature {
        Signature::new(
            &format!("ROUGE-{}", &self.kind.name()[5..]),
            &[
                ("nrefs", references.map_or_else(|| "var".to_owned(), nrefs)),
                ("tok", self.tokenizer.name().to_owned()),
                ("stem", if matches!(self.tokenizer, RougeTokenizer::English { stem: true }) { "porter" } else { "no" }.to_owned()),
                ("multi", "best-f".to_owned()),
                ("norm", match self.tokenizer {
                    RougeTokenizer::English { .. } => "lc".to_owned(),
                    RougeTokenizer::Chinese(_) => "nfkc+lc".to_owned(),
                }),
            ],
        )
    }

    /// rouge-score's `score(target, prediction)` for one reference: (P, R, F).
    pub fn pair(&self, reference: &str, hypothesis: &str) -> (f64, f64, f64) {
        match self.kind {
            RougeKind::Rouge1 | RougeKind::Rouge2 => {
                let n = if self.kind == RougeKind::Rouge1 { 1 } else { 2 };
                let target = self.tokenizer.tokens(reference);
                let prediction = self.tokenizer.tokens(hypothesis);
                ngram_scores(&target, &prediction, n)
            }
            RougeKind::RougeL => {
                lcs_scores(&self.tokenizer.tokens(reference), &self.tokenizer.tokens(hypothesis))
            }
            RougeKind::RougeLsum => {
                let sentences = |text: &str| -> Vec<Vec<String>> {
                    text.split('\n').filter(|s| !s.is_empty()).map(|s| self.tokenizer.tokens(s)).collect()
                };
                summary_lcs_scores(&sentences(reference), &sentences(hypothesis))
            }
        }
    }
}

impl Metric for Rouge<'_> {
    type Stats = RougeStats;

    fn stats(&self, segment: Segment<'_>) -> RougeStats {
        // rouge-score's score_multi: the reference with the highest F (the first on ties).
        let mut best: Option<(f64, f64, f64)> = None;
        for reference in segment.references {
            let scores = self.pair(reference, segment.hypothesis);
            if best.is_none_or(|b| scores.2 > b.2) {
                best = Some(scores);
            }
        }
        let (precision, recall, fmeasure) = best.unwrap_or_default();
        RougeStats { precision, recall, fmeasure, segments: 1, nrefs: Some(segment.references.len()) }
    }

    fn add(&self, total: &mut RougeStats, stats: &RougeStats) {
        total.precision += stats.precision;
        total.recall += stats.recall;
        total.fmeasure += stats.fmeasure;
        total.nrefs = super::merge_nrefs(total.segments, total.nrefs, stats.nrefs);
        total.segments += stats.segments;
    }

    /// One segment's F, P and R; for a corpus, their means (rouge-score's aggregate).
    fn score(&self, stats: &RougeStats) -> Score {
        let n = stats.segments.max(1) as f64;
        Score {
            score: 100.0 * stats.fmeasure / n,
            precision: Some(100.0 * stats.precision / n),
            recall: Some(100.0 * stats.recall / n),
            signature: self.signature(stats.nrefs),
        }
    }
}

fn fmeasure(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 }
}

/// Tokens as small integers (equal tokens, equal ids), so that LCS compares numbers, not strings.
fn intern(sides: [&[String]; 2]) -> [Vec<u32>; 2] {
    let mut ids: rustc_hash::FxHashMap<&str, u32> = Default::default();
    sides.map(|tokens| {
        tokens
            .iter()
            .map(|token| {
                let next = ids.len() as u32;
                *ids.entry(token.as_str()).or_insert(next)
            })
            .collect()
    })
}

/// LCS length in O(len(b)) memory.
fn lcs_length(a: &[u32], b: &[u32]) -> u32 {
    let mut previous = vec![0u32; b.len() + 1];
    let mut current = vec![0u32; b.len() + 1];
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            current[j + 1] = if x == y { previous[j] + 1 } else { previous[j + 1].max(current[j]) };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

fn ngram_scores(target: &[String], prediction: &[String], n: usize) -> (f64, f64, f64) {
    let target = ngram::count(target, n);
    let prediction = ngram::count(prediction, n);
    let overlap = ngram::clipped_matches(&target, &prediction) as f64;
    let precision = overlap / ngram::total(&prediction).max(1) as f64;
    let recall = overlap / ngram::total(&target).max(1) as f64;
    (precision, recall, fmeasure(precision, recall))
}

/// The LCS length table of `a` (rows) and `b` (columns).
fn lcs_table(a: &[String], b: &[String]) -> Vec<Vec<u32>> {
    let mut table = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            table[i][j] = if a[i - 1] == b[j - 1] {
                table[i - 1][j - 1] + 1
            } else {
                table[i - 1][j].max(table[i][j - 1])
            };
        }
    }
    table
}

fn lcs_scores(target: &[String], prediction: &[String]) -> (f64, f64, f64) {
    if target.is_empty() || prediction.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let [target_ids, prediction_ids] = intern([target, prediction]);
    let lcs = f64::from(lcs_length(&target_ids, &prediction_ids));
    let precision = lcs / prediction.len() as f64;
    let recall = lcs / target.len() as f64;
    (precision, recall, fmeasure(precision, recall))
}

/// Indices into `reference` of one LCS with `candidate`, read back as rouge-score does.
fn lcs_indices(reference: &[String], candidate: &[String]) -> Vec<usize> {
    let table = lcs_table(reference, candidate);
    let (mut i, mut j) = (reference.len(), candidate.len());
    let mut indices = Vec::new();
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            indices.push(i - 1);
            i -= 1;
            j -= 1;
        } else if table[i][j - 1] > table[i - 1][j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    indices.reverse();
    indices
}

/// Summary-level LCS (ROUGE paper §3.2) as rouge-score's `_summary_level_lcs`.
fn summary_lcs_scores(references: &[Vec<String>], candidates: &[Vec<String>]) -> (f64, f64, f64) {
    if references.is_empty() || candidates.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let m: usize = references.iter().map(Vec::len).sum();
    let n: usize = candidates.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return (0.0, 0.0, 0.0);
    }
    let mut left_in_reference: HashMap<&str, u32> = HashMap::new();
    let mut left_in_candidate: HashMap<&str, u32> = HashMap::new();
    for token in references.iter().flatten() {
        *left_in_reference.entry(token).or_default() += 1;
    }
    for token in candidates.iter().flatten() {
        *left_in_candidate.entry(token).or_default() += 1;
    }
    let mut hits = 0u32;
    for reference in references {
        let union: BTreeSet<usize> =
            candidates.iter().flat_map(|candidate| lcs_indices(reference, candidate)).collect();
        for index in union {
            let token = reference[index].as_str();
            let (Some(c), Some(r)) = (left_in_candidate.get_mut(token), left_in_reference.get_mut(token)) else {
                continue;
            };
            if *c > 0 && *r > 0 {
                hits += 1;
                *c -= 1;
                *r -= 1;
            }
        }
    }
    let recall = f64::from(hits) / m as f64;
    let precision = f64::from(hits) / n as f64;
    (precision, recall, fmeasure(precision, recall))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_tokenizer_drops_everything_but_ascii_alphanumerics() {
        let tokens = RougeTokenizer::English { stem: false }.tokens("The QUICK brown-fox, café 3.14 我们");
        assert_eq!(tokens, ["the", "quick", "brown", "fox", "caf", "3", "14"]);
        // The bug Pingfen exists to avoid: Chinese text has no rouge-score tokens at all.
        assert!(RougeTokenizer::English { stem: false }.tokens("我来到北京清华大学").is_empty());
    }

    #[test]
    fn chinese_tokenizer_uses_jieba_and_drops_punctuation() {
        let segmenter = Segmenter::shared_for_tests();
        let tokens = RougeTokenizer::Chinese(segmenter).tokens("我来到北京清华大学，ＧＰＴ很好！");
        assert_eq!(tokens, ["我", "来到", "北京", "清华大学", "gpt", "很", "好"]);
    }

    #[test]
    fn rouge_l_of_a_known_pair() {
        let rouge = Rouge { kind: RougeKind::RougeL, tokenizer: RougeTokenizer::English { stem: false } };
        // LCS("the cat sat on the mat", "the cat on the mat") = 5.
        let (p, r, f) = rouge.pair("the cat sat on the mat", "the cat on the mat");
        assert!((p - 1.0).abs() < 1e-12 && (r - 5.0 / 6.0).abs() < 1e-12);
        assert!((f - 2.0 * p * r / (p + r)).abs() < 1e-12);
    }
}
