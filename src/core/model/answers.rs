//! Models' answers: one model's answer to one item, the checks answers must pass against a
//! suite, and the limits they must keep.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::model::suite::Suite;

/// One model's answer to one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub model: String,
    pub item: String,
    pub answer: String,
}

/// The models in `answers`, in order of first appearance.
pub fn models(answers: &[Answer]) -> Vec<String> {
    let mut models: Vec<String> = Vec::new();
    for answer in answers {
        if !models.contains(&answer.model) {
            models.push(answer.model.clone());
        }
    }
    models
}

/// Longest answer scored: LLM answers are far shorter, and longest-common-subsequence metrics
/// grow with the product of the lengths, so a pasted book would freeze the page.
pub use crate::core::model::limits::MAX_ANSWER_CHARS;

/// Checks answers against a suite: unknown item ids, duplicates (the same model answering an
/// item twice), missing model names. Nothing is dropped silently: every problem is returned.
pub fn problems(file: &str, answers: &[Answer], suite: &Suite) -> Vec<Problem> {
    let known: HashSet<&str> = suite.items.iter().map(|item| item.id.as_str()).collect();
    let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for (index, answer) in answers.iter().enumerate() {
        let at = || Location::Answer { index: index + 1, model: answer.model.clone(), item: answer.item.clone() };
        if answer.model.trim().is_empty() {
            problems.push(Problem::new(file, at(), msg!("problem-answer-no-model")));
        }
        let length = answer.answer.chars().count();
        if length > MAX_ANSWER_CHARS {
            problems.push(Problem::new(file, at(), msg!("problem-answer-too-long", length = length, limit = MAX_ANSWER_CHARS)));
        }
        if !known.contains(answer.item.as_str()) {
            problems.push(Problem::new(file, at(), msg!("problem-answer-unknown-item")));
        }
        if let Some(first) = seen.insert((answer.model.as_str(), answer.item.as_str()), index + 1) {
            problems.push(Problem::new(file, at(), msg!("problem-answer-duplicate", first = first)));
        }
    }
    problems
}
