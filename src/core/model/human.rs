//! People's records: raters, their Likert ratings and their pairwise votes.

use serde::{Deserialize, Serialize};

/// A person's rating of one answer on one criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub rater: String,
    pub model: String,
    pub item: String,
    pub criterion: String,
    pub value: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

impl Rating {
    /// Whether `other` rates the same answer on the same criterion by the same rater (a
    /// session keeps one such rating).
    pub fn same_slot(&self, other: &Rating) -> bool {
        self.rater == other.rater && self.model == other.model && self.item == other.item && self.criterion == other.criterion
    }
}

/// A pairwise vote between two models' answers to one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub rater: String,
    pub item: String,
    pub a: String,
    pub b: String,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    A,
    B,
    Tie,
    BothBad,
}


/// A person rating answers, and the seed that fixes their order and pairs — or a language
/// model whose scores and verdicts were imported (`judge`): shown as *model-judged*, kept out
/// of people's numbers and set beside them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rater {
    pub name: String,
    pub seed: u64,
    /// How many passes over the items the pairwise schedule makes (one pair per item each).
    #[serde(default = "one")]
    pub pair_rounds: usize,
    /// A model judged, not a person.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub judge: bool,
}

fn one() -> usize {
    1
}

impl Rater {
    pub fn new(name: &str, seed: u64) -> Self {
        Rater { name: name.trim().to_owned(), seed, pair_rounds: 1, judge: false }
    }

    /// A model judge named `name` (its seed is unused: a judge has no blind order).
    pub fn judge(name: &str) -> Self {
        Rater { judge: true, ..Rater::new(name, 0) }
    }
}

impl Outcome {
    /// The outcome with sides swapped.
    pub fn swapped(self) -> Outcome {
        match self {
            Outcome::A => Outcome::B,
            Outcome::B => Outcome::A,
            other => other,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::A => "a",
            Outcome::B => "b",
            Outcome::Tie => "tie",
            Outcome::BothBad => "both_bad",
        }
    }
}

impl Vote {
    /// Whether this vote compares `a` and `b`, on whichever sides they were shown.
    pub fn compares(&self, a: &str, b: &str) -> bool {
        (self.a == a && self.b == b) || (self.a == b && self.b == a)
    }
}

/// A person's last word on an automatic result: the value it should have been, and why.
/// Scorebooks keep who and when, so a leaderboard can always be traced back to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Override {
    pub model: String,
    pub item: String,
    #[serde(flatten)]
    pub value: Correction,
    pub reason: String,
    /// Who overrode it (the name they gave).
    pub by: String,
    /// When, as an RFC 3339 UTC time (`2026-12-01T09:30:00Z`): the latest word counts.
    pub at: String,
}

/// What an override sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "target", rename_all = "lowercase")]
pub enum Correction {
    /// The option set the answer chose, sorted letters; `None`: it chose none.
    Choice { choice: Option<String> },
    /// Whether rubric check number `check` (0-based, in the suite's order) passes.
    Check { check: usize, pass: bool },
    /// The item score itself, 0–100 (a reference item's metric score, say).
    Score { score: f64 },
}

/// Which automatic result an override replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Choice,
    Check(usize),
    Score,
}

impl Correction {
    pub fn target(&self) -> Target {
        match self {
            Correction::Choice { .. } => Target::Choice,
            Correction::Check { check, .. } => Target::Check(*check),
            Correction::Score { .. } => Target::Score,
        }
    }
}

impl Override {
    /// Whether `other` overrides the same result of the same answer, by the same person.
    pub fn same_slot(&self, other: &Override) -> bool {
        self.by == other.by && self.replaces(&other.model, &other.item, other.value.target())
    }

    /// Whether this overrides `target` of `model`'s answer to `item` (whoever did it).
    pub fn replaces(&self, model: &str, item: &str, target: Target) -> bool {
        self.model == model && self.item == item && self.value.target() == target
    }
}
