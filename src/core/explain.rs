//! "How scoring works": worked examples of every method, computed by the same functions that
//! score a session, step by step. Tokens of a sentence; the n-grams an answer shares with its
//! reference; BLEU, chrF and ROUGE from their counts to the score, with their signatures; a
//! choice read from an answer, with its rule; a Likert rating rescaled; a pairwise fit; a
//! bootstrap interval. Each lesson takes the person's own inputs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::human::likert;
use crate::core::metrics::bleu::{self, Bleu, BleuTokenizer};
use crate::core::metrics::chrf::Chrf;
use crate::core::metrics::rouge::{Rouge, RougeKind, RougeTokenizer};
use crate::core::metrics::{Metric, Segment};
use crate::core::model::suite::Scale;
use crate::core::rubric::checks::{self, Check, CheckResult, KeyPoint};
use crate::core::rubric::choice::{self, Extraction, Options};
use crate::core::stats::bootstrap::{self, Interval};
use crate::core::stats::pairwise::{self, Battle, Settings, Standing};
use crate::core::text::{Lang, Segmenter};

/// What the person typed into the lessons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    pub lang: Lang,
    pub reference: String,
    pub answer: String,
    /// Options, one per line: `A. text`.
    pub options: String,
    pub choice_answer: String,
    pub rating: i32,
    pub scale_min: i32,
    pub scale_max: i32,
    /// Votes, one per line: `winner > loser` or `one = other` (a tie).
    pub votes: String,
    /// Item scores (0–100), separated by commas or spaces.
    pub scores: String,
    /// Key points a good answer makes, one per line, synonyms after `|`.
    #[serde(default)]
    pub points: String,
    /// The most characters (Chinese) or words (English) the answer may have.
    #[serde(default)]
    pub length_max: usize,
}

/// The worked examples for [`Inputs`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lessons {
    pub answer_tokens: Vec<String>,
    pub reference_tokens: Vec<String>,
    pub bleu: BleuLesson,
    pub chrf: ChrfLesson,
    pub rouge: Vec<RougeLesson>,
    pub choice: ChoiceLesson,
    pub rubric: RubricLesson,
    pub likert: LikertLesson,
    pub pairwise: PairwiseLesson,
    pub bootstrap: BootstrapLesson,
}

/// One n-gram of the answer: how often it occurs, and how many of those the reference
/// allows (the clipped count).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gram {
    pub text: String,
    pub count: u64,
    pub matched: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BleuOrder {
    pub n: usize,
    pub matches: u64,
    pub total: u64,
    /// The precision BLEU uses (smoothed where no n-gram matched), in percent.
    pub precision: f64,
    /// The answer's n-grams of this order, first appearance first (at most 40).
    pub grams: Vec<Gram>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BleuLesson {
    /// The words BLEU compares (sacrebleu's tokenizer for the language).
    pub tokens: Vec<String>,
    pub orders: Vec<BleuOrder>,
    pub hypothesis_len: u64,
    pub reference_len: u64,
    pub brevity_penalty: f64,
    /// The orders averaged (sentence BLEU uses only orders that have n-grams).
    pub effective_order: usize,
    /// exp(mean log precision) over those orders, in percent: the score before the penalty.
    pub geometric_mean: f64,
    pub score: f64,
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChrfOrder {
    /// `char` or `word`.
    pub kind: String,
    pub n: usize,
    pub hypothesis: u64,
    pub reference: u64,
    pub matches: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChrfLesson {
    pub orders: Vec<ChrfOrder>,
    /// Mean precision and recall over the orders that have n-grams on both sides (0–1).
    pub precision: f64,
    pub recall: f64,
    pub beta: u32,
    pub score: f64,
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RougeLesson {
    pub name: String,
    pub precision: f64,
    pub recall: f64,
    pub fmeasure: f64,
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceLesson {
    pub letters: String,
    pub extraction: Extraction,
}

/// Two rubric checks of the model's answer: its key points, and its length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricLesson {
    pub points: Vec<KeyPoint>,
    pub key_points: CheckResult,
    pub length: CheckResult,
    pub length_max: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LikertLesson {
    pub rating: i32,
    pub min: i32,
    pub max: i32,
    /// The rating as scored: clamped to the scale.
    pub clamped: i32,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairwiseLesson {
    pub votes: usize,
    /// Lines that are not a vote (numbered from 1).
    pub unread: Vec<usize>,
    pub standings: Vec<Standing>,
    pub settings: Settings,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BootstrapLesson {
    pub scores: Vec<f64>,
    /// Entries that are not a score from 0 to 100.
    pub unread: Vec<String>,
    pub mean: Option<f64>,
    pub rounds: usize,
    pub seed: u64,
    /// The first resamples' means, to show what a resample is.
    pub first_means: Vec<f64>,
    pub interval: Option<Interval>,
}

impl Inputs {
    /// The first example: a Chinese answer and reference the sample's translation items could
    /// have, a choice answer, a rating, five votes and a handful of scores.
    pub fn example() -> Self {
        // i18n-exempt: example inputs, a person's text to score, not interface words
        Inputs {
            lang: Lang::Zh,
            reference: "香港大学的研究团队发现中文和英文的排名并不相同。".into(),
            answer: "研究团队发现，中文和英文的排名不一样。".into(),
            options: "A. 北京\nB. 上海\nC. 广州\nD. 深圳".into(),
            choice_answer: "上海是中国最大的城市，所以答案是B。".into(),
            rating: 5,
            scale_min: 1,
            scale_max: 7,
            votes: "Qilin > Aurora\nQilin > Tiny\nAurora > Tiny\nAurora > Qilin\nQilin = Aurora\nQilin > Tiny".into(),
            scores: "100, 80, 65, 100, 40, 90, 75, 100, 0, 85".into(),
            points: "研究团队 | 研究人员\n中文和英文 | 中英文\n排名不同 | 排名不一样 | 排名并不相同\n十六个模型".into(),
            length_max: 30,
        }
    }
}

/// Every lesson for `inputs`.
pub fn lessons(segmenter: &Segmenter, inputs: &Inputs) -> Lessons {
    let references = vec![inputs.reference.clone()];
    let segment = Segment { hypothesis: &inputs.answer, references: &references };
    let words = |text: &str| -> Vec<String> {
        match inputs.lang {
            Lang::Zh => segmenter.cut(text, crate::core::text::Hmm::On).into_iter().filter(|t| !t.is_whitespace()).map(|t| t.text.to_owned()).collect(),
            Lang::En => RougeTokenizer::English { stem: false }.tokens(text),
        }
    };
    Lessons {
        answer_tokens: words(&inputs.answer),
        reference_tokens: words(&inputs.reference),
        bleu: bleu_lesson(inputs.lang, segment),
        chrf: chrf_lesson(segment),
        rouge: [RougeKind::Rouge1, RougeKind::Rouge2, RougeKind::RougeL]
            .into_iter()
            .map(|kind| {
                let tokenizer = match inputs.lang {
                    Lang::Zh => RougeTokenizer::Chinese(segmenter),
                    Lang::En => RougeTokenizer::English { stem: false },
                };
                let rouge = Rouge { kind, tokenizer };
                let (precision, recall, fmeasure) = rouge.pair(&inputs.reference, &inputs.answer);
                RougeLesson { name: kind.name().to_owned(), precision, recall, fmeasure, signature: rouge.signature(Some(1)).as_str().to_owned() }
            })
            .collect(),
        choice: choice_lesson(&inputs.options, &inputs.choice_answer),
        rubric: rubric_lesson(segmenter, inputs),
        likert: likert_lesson(inputs.rating, inputs.scale_min, inputs.scale_max),
        pairwise: pairwise_lesson(&inputs.votes),
        bootstrap: bootstrap_lesson(&inputs.scores),
    }
}

fn bleu_lesson(lang: Lang, segment: Segment<'_>) -> BleuLesson {
    let tokenizer = match lang {
        Lang::Zh => BleuTokenizer::Zh,
        Lang::En => BleuTokenizer::Tok13a,
    };
    let metric = Bleu::sentence_default(tokenizer);
    let stats = metric.stats(segment);
    let steps = bleu::steps(&stats, metric.smoothing, metric.effective_order);
    let tokens: Vec<String> = tokenizer.apply(segment.hypothesis).split_whitespace().map(str::to_owned).collect();
    let reference: Vec<String> = segment.references.first().map(|r| tokenizer.apply(r).split_whitespace().map(str::to_owned).collect()).unwrap_or_default();
    let orders = (1..=bleu::MAX_ORDER)
        .map(|n| BleuOrder {
            n,
            matches: stats.matches[n - 1],
            total: stats.totals[n - 1],
            precision: steps.precisions[n - 1],
            grams: grams(&tokens, &reference, n, " "),
        })
        .collect();
    let score = metric.score(&stats);
    BleuLesson {
        tokens,
        orders,
        hypothesis_len: stats.hypothesis_len,
        reference_len: stats.reference_len,
        brevity_penalty: steps.brevity_penalty,
        effective_order: steps.effective_order,
        geometric_mean: if stats.matches[0] == 0 {
            0.0
        } else {
            (steps.precisions[..steps.effective_order].iter().map(|p| p.ln()).sum::<f64>() / steps.effective_order as f64).exp()
        },
        score: score.score,
        signature: score.signature.as_str().to_owned(),
    }
}

/// The answer's n-grams of order `n` with their clipped matches against `reference`.
fn grams(answer: &[String], reference: &[String], n: usize, join: &str) -> Vec<Gram> {
    let count = |tokens: &[String]| -> Vec<(String, u64)> {
        let mut counts: Vec<(String, u64)> = Vec::new();
        for window in tokens.windows(n) {
            let text = window.join(join);
            match counts.iter_mut().find(|(t, _)| *t == text) {
                Some((_, c)) => *c += 1,
                None => counts.push((text, 1)),
            }
        }
        counts
    };
    let allowed: BTreeMap<String, u64> = count(reference).into_iter().collect();
    count(answer)
        .into_iter()
        .take(40)
        .map(|(text, count)| {
            let matched = count.min(allowed.get(&text).copied().unwrap_or(0));
            Gram { text, count, matched }
        })
        .collect()
}

fn chrf_lesson(segment: Segment<'_>) -> ChrfLesson {
    let metric = Chrf::chrf_plus_plus();
    let stats = metric.stats(segment);
    let orders: Vec<ChrfOrder> = stats
        .orders
        .iter()
        .enumerate()
        .map(|(i, &[hypothesis, reference, matches])| {
            let (kind, n) = if i < metric.char_order { ("char", i + 1) } else { ("word", i + 1 - metric.char_order) };
            ChrfOrder { kind: kind.to_owned(), n, hypothesis, reference, matches }
        })
        .collect();
    let effective: Vec<&ChrfOrder> = orders.iter().filter(|o| o.hypothesis > 0 && o.reference > 0).collect();
    let mean = |f: &dyn Fn(&ChrfOrder) -> f64| if effective.is_empty() { 0.0 } else { effective.iter().map(|o| f(o)).sum::<f64>() / effective.len() as f64 };
    let precision = mean(&|o| o.matches as f64 / o.hypothesis as f64);
    let recall = mean(&|o| o.matches as f64 / o.reference as f64);
    let score = metric.score(&stats);
    ChrfLesson { orders, precision, recall, beta: metric.beta, score: score.score, signature: score.signature.as_str().to_owned() }
}

/// Options `A. text` (or `A、text`, `(A) text`), one per line, as a choice item has them.
fn options_of(text: &str) -> BTreeMap<String, String> {
    let mut options = BTreeMap::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let line = line.trim_start_matches(['(', '（']);
        let mut chars = line.chars();
        let Some(letter) = chars.next().filter(char::is_ascii_alphabetic) else { continue };
        let rest = chars.as_str().trim_start_matches([')', '）', '.', '．', '、', ':', '：', ' ']);
        options.insert(letter.to_ascii_uppercase().to_string(), rest.trim().to_owned());
    }
    options
}

fn choice_lesson(options: &str, answer: &str) -> ChoiceLesson {
    let options = options_of(options);
    let letters: String = options.keys().map(String::as_str).collect();
    let extraction = choice::extract(answer, Options { letters: &letters, texts: Some(&options), multi: false });
    ChoiceLesson { letters, extraction }
}

/// Key points one per line, synonyms after `|` (or the full-width `｜`).
fn points_of(text: &str) -> Vec<KeyPoint> {
    text.lines()
        .filter_map(|line| {
            let mut phrases = line.split(['|', '｜']).map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned);
            let text = phrases.next()?;
            Some(KeyPoint { text, synonyms: phrases.collect(), weight: 1.0 })
        })
        .collect()
}

fn rubric_lesson(segmenter: &Segmenter, inputs: &Inputs) -> RubricLesson {
    let points = points_of(&inputs.points);
    let run = |check: &Check| {
        // Key points and length checks have no pattern to get wrong: they always run.
        checks::run(segmenter, check, &inputs.answer, inputs.lang).unwrap_or_else(|error| CheckResult {
            score: 0.0,
            passed: false,
            found: Vec::new(),
            missed: vec![error.0],
            note: String::new(),
            measure: checks::Measure::Forbidden,
        })
    };
    let key_points = run(&Check::KeyPoints { points: points.clone() });
    let length = run(&Check::Length { min: None, max: Some(inputs.length_max) });
    RubricLesson { points, key_points, length, length_max: inputs.length_max }
}

fn likert_lesson(rating: i32, min: i32, max: i32) -> LikertLesson {
    let scale = Scale { min, max, anchors: BTreeMap::new() };
    LikertLesson { rating, min, max, clamped: rating.clamp(min, max.max(min)), score: likert::rescale(rating, &scale) }
}

/// Votes `A > B` (A won), `A < B`, `A = B` (a tie), one per line.
fn pairwise_lesson(votes: &str) -> PairwiseLesson {
    let mut models: Vec<String> = Vec::new();
    let mut index = |name: &str| -> usize {
        match models.iter().position(|m| m == name) {
            Some(i) => i,
            None => {
                models.push(name.to_owned());
                models.len() - 1
            }
        }
    };
    let mut battles = Vec::new();
    let mut unread = Vec::new();
    for (number, line) in votes.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let parsed = ['>', '<', '='].into_iter().find_map(|sign| {
            let (a, b) = line.split_once(sign)?;
            let (a, b) = (a.trim(), b.trim());
            (!a.is_empty() && !b.is_empty() && a != b && !b.contains(['>', '<', '='])).then_some((a, b, sign))
        });
        match parsed {
            Some((a, b, sign)) => {
                let score_a = match sign {
                    '>' => 1.0,
                    '<' => 0.0,
                    _ => 0.5,
                };
                battles.push(Battle { a: index(a), b: index(b), score_a });
            }
            None => unread.push(number + 1),
        }
    }
    let settings = Settings::default();
    let standings = if battles.is_empty() { Vec::new() } else { pairwise::standings(&models, &battles, settings) };
    PairwiseLesson { votes: battles.len(), unread, standings, settings }
}

fn bootstrap_lesson(text: &str) -> BootstrapLesson {
    let mut scores = Vec::new();
    let mut unread = Vec::new();
    for entry in text.split([',', '，', ' ', '\n', '、', ';']).map(str::trim).filter(|e| !e.is_empty()) {
        match entry.parse::<f64>() {
            Ok(value) if (0.0..=100.0).contains(&value) => scores.push(value),
            _ => unread.push(entry.chars().take(20).collect()),
        }
    }
    let (rounds, seed) = (bootstrap::DEFAULT_ROUNDS, bootstrap::DEFAULT_SEED);
    let mean = |values: &[f64]| (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
    let mut means = Vec::with_capacity(rounds);
    if !scores.is_empty() {
        let mut rng = bootstrap::rng(seed);
        for _ in 0..rounds {
            let drawn: Vec<f64> = bootstrap::resample(&mut rng, scores.len(), scores.len()).into_iter().map(|i| scores[i]).collect();
            means.push(mean(&drawn).unwrap_or(f64::NAN));
        }
    }
    BootstrapLesson {
        mean: mean(&scores),
        interval: bootstrap::interval(&means),
        first_means: means.iter().take(5).copied().collect(),
        scores,
        unread,
        rounds,
        seed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_read_as_a_suite_writes_them() {
        let options = options_of("A. 北京\n(B) 上海\nC、广州\n\nd: 深圳");
        assert_eq!(options.keys().cloned().collect::<String>(), "ABCD");
        assert_eq!(options["B"], "上海");
    }

    #[test]
    fn key_points_are_read_with_their_synonyms() {
        let points = points_of("研究团队 | 研究人员\n\n排名｜名次 ");
        assert_eq!(points.len(), 2);
        assert_eq!(points[1].synonyms, ["名次"]);
    }

    #[test]
    fn votes_are_read_line_by_line_and_bad_lines_named() {
        let lesson = pairwise_lesson("A > B\nB < C\nA = C\nnonsense\nA > A");
        assert_eq!((lesson.votes, lesson.unread.clone()), (3, vec![4, 5]));
        assert_eq!(lesson.standings.len(), 3);
    }

    #[test]
    fn the_bootstrap_interval_holds_the_mean() {
        let lesson = bootstrap_lesson("100, 80, 65，100 40 x 120");
        assert_eq!(lesson.scores, [100.0, 80.0, 65.0, 100.0, 40.0]);
        assert_eq!(lesson.unread, ["x", "120"]);
        let (mean, interval) = (lesson.mean.unwrap(), lesson.interval.unwrap());
        assert!(interval.low <= mean && mean <= interval.high, "{interval:?} {mean}");
        assert!(bootstrap_lesson("").interval.is_none());
    }
}
