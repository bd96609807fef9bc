//! Scores every model's answer to every item of a suite, automatically where a rule can:
//! choice items by extracted option, reference items by metrics, rubric items by checks.
//! Open items wait for people: their ratings (`with_human`) score them.

use serde::{Deserialize, Serialize};

use crate::core::model::answers::Answer;
use crate::core::model::human::{Correction, Override, Rating, Target};
use crate::core::model::suite::{ChineseScript, Item, ItemKind, Suite};
use crate::core::human::likert::{self, HumanScore};
use crate::core::metrics::standard::{compute, MetricName};
use crate::core::metrics::Score;
use crate::core::rubric::checks::{self, CheckResult};
use crate::core::rubric::choice::{self, Extraction, Options};
use crate::core::text::{Lang, Segmenter};

/// Who produced a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A reference metric or a rule check.
    Metric,
    /// Human ratings.
    Human,
    /// A person's override of the automatic result.
    Override,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Metric => "metric",
            Source::Human => "human",
            Source::Override => "override",
        }
    }
}

/// How an item score came about, for the per-item view and for exports.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Detail {
    Choice {
        expected: String,
        /// What was read from the answer, how surely and where.
        extraction: Extraction,
    },
    Reference {
        /// In the item's order: the first is the item's score.
        metrics: Vec<(MetricName, Score)>,
    },
    Rubric {
        checks: Vec<CheckResult>,
        /// Checks that could not run (a bad pattern in the suite), with why.
        errors: Vec<String>,
    },
    /// Waiting for human ratings.
    Open,
    /// The model gave no answer to this item.
    Missing,
}

/// One model's score on one item: 0–100, or `None` while it needs people (or has no answer).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct ItemScore {
    pub model: String,
    pub item: String,
    pub score: Option<f64>,
    pub source: Source,
    pub detail: Detail,
    /// People's ratings of this answer; when present they are the item's score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human: Option<HumanScore>,
    /// The override in force, when a person corrected the automatic result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overridden: Option<Override>,
}

/// Scores one answer to one item; `script` says how a Chinese answer meets its references.
pub fn score_item(segmenter: &Segmenter, item: &Item, script: ChineseScript, model: &str, answer: Option<&str>) -> ItemScore {
    let make = |score: Option<f64>, detail: Detail| ItemScore {
        model: model.to_owned(),
        item: item.id.clone(),
        score,
        source: Source::Metric,
        detail,
        human: None,
        overridden: None,
    };
    let Some(answer) = answer else { return make(None, Detail::Missing) };
    match item.kind {
        ItemKind::Choice => {
            let letters: String = item.options.keys().map(String::as_str).collect();
            let expected = item.answer.clone().unwrap_or_default();
            let extraction = choice::extract(
                answer,
                Options { letters: &letters, texts: Some(&item.options), multi: expected.chars().count() > 1 },
            );
            let correct = extraction.choice.as_deref() == Some(expected.as_str());
            make(
                Some(if correct { 100.0 } else { 0.0 }),
                Detail::Choice { expected, extraction },
            )
        }
        ItemKind::Reference => {
            let names = if item.metrics.is_empty() { default_metrics(item) } else { item.metrics.clone() };
            let metrics: Vec<(MetricName, Score)> = names
                .into_iter()
                .map(|name| (name, compute(segmenter, name, item.lang, answer, &item.references, script.normalize(item.lang))))
                .collect();
            make(metrics.first().map(|(_, s)| s.score), Detail::Reference { metrics })
        }
        ItemKind::Rubric => {
            let mut results = Vec::new();
            let mut errors = Vec::new();
            for check in &item.rubric.checks {
                match checks::run(segmenter, check, answer, item.lang) {
                    Ok(result) => results.push(result),
                    Err(error) => errors.push(error.to_string()),
                }
            }
            let score = (!results.is_empty())
                .then(|| results.iter().map(|r| r.score).sum::<f64>() / results.len() as f64);
            make(score, Detail::Rubric { checks: results, errors })
        }
        ItemKind::Open => make(None, Detail::Open),
    }
}

/// chrF for Chinese (robust to segmentation), BLEU then chrF for English, plus ROUGE-L.
fn default_metrics(item: &Item) -> Vec<MetricName> {
    match item.lang {
        Lang::Zh => vec![MetricName::Chrf, MetricName::Bleu, MetricName::RougeL],
        Lang::En => vec![MetricName::Bleu, MetricName::Chrf, MetricName::RougeL],
    }
}

/// Scores every model on every item (a missing answer is a `Missing` score, not an error).
pub fn score_all(segmenter: &Segmenter, suite: &Suite, answers: &[Answer]) -> Vec<ItemScore> {
    score_all_with(segmenter, suite, answers, |_, _| {})
}

/// [`score_all`], telling `progress` how many of how many are scored after each.
pub fn score_all_with(segmenter: &Segmenter, suite: &Suite, answers: &[Answer], mut progress: impl FnMut(usize, usize)) -> Vec<ItemScore> {
    let models = crate::core::model::answers::models(answers);
    let pairs = pairs(suite, answers, &models);
    let total = pairs.len();
    pairs
        .into_iter()
        .enumerate()
        .map(|(done, pair)| {
            let score = score_item(segmenter, &suite.items[pair.item], suite.chinese_script, &models[pair.model], pair.answer.map(|i| answers[i].answer.as_str()));
            progress(done + 1, total);
            score
        })
        .collect()
}

/// One answer to score: indices into the models, the suite's items and the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub model: usize,
    pub item: usize,
    /// `None` when the model did not answer the item.
    pub answer: Option<usize>,
}

/// What [`score_all`] scores, in its order: each of `models` (as [`models`] lists them) on
/// each item, with the answer given — the last one when a model answered an item twice.
///
/// [`models`]: crate::core::model::answers::models
pub fn pairs(suite: &Suite, answers: &[Answer], models: &[String]) -> Vec<Pair> {
    let mut given: rustc_hash::FxHashMap<(&str, &str), usize> = rustc_hash::FxHashMap::default();
    for (index, answer) in answers.iter().enumerate() {
        given.insert((answer.model.as_str(), answer.item.as_str()), index);
    }
    let mut pairs = Vec::with_capacity(models.len() * suite.items.len());
    for (m, model) in models.iter().enumerate() {
        for (i, item) in suite.items.iter().enumerate() {
            pairs.push(Pair { model: m, item: i, answer: given.get(&(model.as_str(), item.id.as_str())).copied() });
        }
    }
    pairs
}

/// Puts people's ratings beside the automatic scores: a rated answer's score is the human
/// score (source `human`); the automatic detail stays for comparison.
pub fn with_human(mut scores: Vec<ItemScore>, suite: &Suite, ratings: &[Rating]) -> Vec<ItemScore> {
    if ratings.is_empty() {
        return scores;
    }
    let mut human = likert::scores(suite, ratings);
    for score in &mut scores {
        if matches!(score.detail, Detail::Missing) {
            continue;
        }
        if let Some(found) = human.remove(&(score.model.clone(), score.item.clone())) {
            score.score = Some(found.score);
            score.source = Source::Human;
            score.human = Some(found);
        }
    }
    scores
}

/// Applies people's overrides, the last word on an automatic result: an overridden choice is
/// scored against the expected option set, an overridden check rejoins the other checks, an
/// overridden score is the score. The automatic detail stays for comparison.
pub fn with_overrides(mut scores: Vec<ItemScore>, suite: &Suite, overrides: &[Override]) -> Vec<ItemScore> {
    if overrides.is_empty() {
        return scores;
    }
    let latest = |model: &str, item: &str, target: Target| {
        overrides.iter().filter(|o| o.replaces(model, item, target)).max_by(|a, b| a.at.cmp(&b.at))
    };
    for score in &mut scores {
        if matches!(score.detail, Detail::Missing) {
            continue;
        }
        let mut applied: Option<&Override> = None;
        match &score.detail {
            Detail::Choice { expected, .. } => {
                if let Some(entry) = latest(&score.model, &score.item, Target::Choice)
                    && let Correction::Choice { choice } = &entry.value
                {
                    score.score = Some(if choice.as_deref() == Some(expected.as_str()) { 100.0 } else { 0.0 });
                    applied = Some(entry);
                }
            }
            Detail::Rubric { checks, .. } if !checks.is_empty() => {
                let count = suite.item(&score.item).map_or(0, |i| i.rubric.checks.len());
                let mut values: Vec<f64> = checks.iter().map(|c| c.score).collect();
                for check in 0..count.min(values.len()) {
                    if let Some(entry) = latest(&score.model, &score.item, Target::Check(check))
                        && let Correction::Check { pass, .. } = &entry.value
                    {
                        values[check] = if *pass { 100.0 } else { 0.0 };
                        applied = Some(applied.map_or(entry, |a: &Override| if entry.at > a.at { entry } else { a }));
                    }
                }
                if applied.is_some() {
                    score.score = Some(values.iter().sum::<f64>() / values.len() as f64);
                }
            }
            _ => {}
        }
        if let Some(entry) = latest(&score.model, &score.item, Target::Score)
            && let Correction::Score { score: value } = &entry.value
        {
            score.score = Some(*value);
            applied = Some(entry);
        }
        if let Some(entry) = applied {
            score.source = Source::Override;
            score.overridden = Some(entry.clone());
        }
    }
    scores
}

#[cfg(test)]
mod script_tests {
    use super::*;
    use crate::core::model::suite::Rubric;

    fn item(id: &str, lang: Lang, references: &[&str], metrics: Vec<MetricName>) -> Item {
        Item {
            id: id.into(),
            lang,
            dimension: "d".into(),
            subtask: "s".into(),
            kind: ItemKind::Reference,
            prompt: "p".into(),
            options: Default::default(),
            answer: None,
            references: references.iter().map(|r| r.to_string()).collect(),
            metrics,
            rubric: Rubric::default(),
            weight: 1.0,
            rotation: None,
        }
    }

    fn metrics_of(score: &ItemScore) -> &[(MetricName, crate::core::metrics::Score)] {
        match &score.detail {
            Detail::Reference { metrics } => metrics,
            other => panic!("not a reference score: {other:?}"),
        }
    }

    #[test]
    fn a_traditional_answer_equal_to_its_simplified_reference_scores_100() {
        let segmenter = Segmenter::embedded().unwrap();
        let all: Vec<MetricName> = MetricName::ALL.into_iter().filter(|m| *m != MetricName::Numeric).collect();
        let cases = [
            ("中国古代四大发明是造纸术、指南针、火药和印刷术。", "中國古代四大發明是造紙術、指南針、火藥和印刷術。"),
            ("早起的鸟儿有虫吃，但第二只老鼠才能吃到奶酪。", "早起的鳥兒有蟲吃，但第二隻老鼠才能吃到奶酪。"),
        ];
        for (reference, traditional) in cases {
            let item = item("q", Lang::Zh, &[reference], all.clone());
            let folded = score_item(&segmenter, &item, ChineseScript::Fold, "m", Some(traditional));
            for (name, score) in metrics_of(&folded) {
                assert!((score.score - 100.0).abs() < 1e-9, "{name:?} {}", score.score);
                let norm = score.signature.as_str().split('|').filter(|f| f.starts_with("norm:")).collect::<Vec<_>>();
                assert!(matches!(norm[..], ["norm:nfkc+t2s" | "norm:nfkc+t2s+lc"]), "one norm field naming t2s: {}", score.signature);
            }
            let raw = score_item(&segmenter, &item, ChineseScript::AsWritten, "m", Some(traditional));
            assert!(raw.score.unwrap() < 60.0, "as written, 繁體 and 简体 differ: {:?}", raw.score);
            let (_, bleu) = metrics_of(&raw).iter().find(|(n, _)| *n == MetricName::Bleu).unwrap();
            assert!(bleu.signature.as_str().contains("|norm:none|"));
        }
    }

    #[test]
    fn short_references_are_a_few_words_or_characters() {
        assert!(item("e", Lang::En, &["Hello, world"], vec![]).has_short_references());
        assert!(!item("e", Lang::En, &["The early bird catches the worm, but the second mouse gets the cheese."], vec![]).has_short_references());
        assert!(item("z", Lang::Zh, &["北京"], vec![]).has_short_references());
        assert!(!item("z", Lang::Zh, &["北京", "中国古代四大发明是造纸术、指南针、火药和印刷术。"], vec![]).has_short_references());
        assert!(!item("z", Lang::Zh, &[], vec![]).has_short_references(), "no references, nothing to say");
    }

    #[test]
    fn folding_equals_scoring_the_converted_text_and_leaves_english_alone() {
        let segmenter = Segmenter::embedded().unwrap();
        let reference = "香港大学的研究比较了十六个大型语言模型的中文与英文表现。";
        let answer = "香港大學的研究比較了十六個語言模型在中文與英文的表現，結果排名不同。";
        let converted = crate::core::text::Normalize::CHINESE_SCRIPT.apply(answer).into_owned();
        let chinese = item("q", Lang::Zh, &[reference], MetricName::ALL.to_vec());
        let folded = score_item(&segmenter, &chinese, ChineseScript::Fold, "m", Some(answer));
        let by_hand = score_item(&segmenter, &chinese, ChineseScript::AsWritten, "m", Some(&converted));
        for ((name, a), (_, b)) in metrics_of(&folded).iter().zip(metrics_of(&by_hand)) {
            assert!((a.score - b.score).abs() < 1e-9, "{name:?}: {} vs {}", a.score, b.score);
        }
        let english = item("e", Lang::En, &["Hello, world"], vec![MetricName::Bleu, MetricName::RougeL]);
        let fold = score_item(&segmenter, &english, ChineseScript::Fold, "m", Some("Hello, world!"));
        let raw = score_item(&segmenter, &english, ChineseScript::AsWritten, "m", Some("Hello, world!"));
        assert_eq!(fold, raw, "English items are scored as written either way");
    }
}
