//! Scores every model's answer to every item of a suite, automatically where a rule can:
//! choice items by extracted option, reference items by metrics, rubric items by checks.
//! Open items wait for people: their ratings (`with_human`) score them.

use serde::{Deserialize, Serialize};

use crate::core::model::answers::Answer;
use crate::core::model::human::Rating;
use crate::core::model::suite::{Item, ItemKind, Suite};
use crate::core::human::likert::{self, HumanScore};
use crate::core::metrics::standard::{compute, MetricName};
use crate::core::metrics::Score;
use crate::core::rubric::checks::{self, CheckResult};
use crate::core::rubric::choice::{self, Options};
use crate::core::text::{Lang, Segmenter};

/// Who produced a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A reference metric or a rule check.
    Metric,
    /// Human ratings.
    Human,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Metric => "metric",
            Source::Human => "human",
        }
    }
}

/// How an item score came about, for the per-item view and for exports.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Detail {
    Choice {
        extracted: Option<String>,
        expected: String,
        rule: &'static str,
        evidence: Option<String>,
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemScore {
    pub model: String,
    pub item: String,
    pub score: Option<f64>,
    pub source: Source,
    pub detail: Detail,
    /// People's ratings of this answer; when present they are the item's score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human: Option<HumanScore>,
}

/// Scores one answer to one item.
pub fn score_item(segmenter: &Segmenter, item: &Item, model: &str, answer: Option<&str>) -> ItemScore {
    let make = |score: Option<f64>, detail: Detail| ItemScore {
        model: model.to_owned(),
        item: item.id.clone(),
        score,
        source: Source::Metric,
        detail,
        human: None,
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
                Detail::Choice { extracted: extraction.choice, expected, rule: extraction.rule, evidence: extraction.evidence },
            )
        }
        ItemKind::Reference => {
            let names = if item.metrics.is_empty() { default_metrics(item) } else { item.metrics.clone() };
            let metrics: Vec<(MetricName, Score)> = names
                .into_iter()
                .map(|name| (name, compute(segmenter, name, item.lang, answer, &item.references)))
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
    let models = crate::core::model::answers::models(answers);
    let mut scores = Vec::with_capacity(models.len() * suite.items.len());
    for model in &models {
        for item in &suite.items {
            let answer = answers
                .iter()
                .rev()
                .find(|a| &a.model == model && a.item == item.id)
                .map(|a| a.answer.as_str());
            scores.push(score_item(segmenter, item, model, answer));
        }
    }
    scores
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
