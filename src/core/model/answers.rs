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

/// What stands for an answer's text left out of shared results (an empty answer stays empty).
pub const WITHHELD: &str = "…";

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
        problems.extend(own_problems(file, index + 1, answer, known.contains(answer.item.as_str())));
        if let Some(first) = seen.insert((answer.model.as_str(), answer.item.as_str()), index + 1) {
            problems.push(duplicate(file, index + 1, answer, first));
        }
    }
    problems
}

/// What is wrong with the `position`th answer of `file` on its own: no model, too long, or
/// (`known` false) an item the suite does not have.
pub fn own_problems(file: &str, position: usize, answer: &Answer, known: bool) -> Vec<Problem> {
    let at = || at(position, answer);
    let mut problems = Vec::new();
    if answer.model.trim().is_empty() {
        problems.push(Problem::new(file, at(), msg!("problem-answer-no-model")));
    }
    let length = answer.answer.chars().count();
    if length > MAX_ANSWER_CHARS {
        problems.push(Problem::new(file, at(), msg!("problem-answer-too-long", length = length, limit = MAX_ANSWER_CHARS)));
    }
    if !known {
        problems.push(Problem::new(file, at(), msg!("problem-answer-unknown-item")));
    }
    problems
}

/// The `position`th answer of `file` answers again what its model answered at `first`.
pub fn duplicate(file: &str, position: usize, answer: &Answer, first: usize) -> Problem {
    Problem::new(file, at(position, answer), msg!("problem-answer-duplicate", first = first))
}

fn at(position: usize, answer: &Answer) -> Location {
    Location::Answer { index: position, model: answer.model.clone(), item: answer.item.clone() }
}
