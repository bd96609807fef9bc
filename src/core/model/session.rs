//! The session: what a scoring session holds — a suite, models' answers, people's ratings and
//! votes, the raters and the aggregation rule — with the operations that change it and the
//! checks it must pass. Results are computed from it (`core::results`).

use serde::{Deserialize, Serialize};

use crate::core::model::rule::Rule;
use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::model::answers::{self, Answer};
use crate::core::model::human::{Rater, Rating, Vote};
use crate::core::model::suite::Suite;

/// What a scoring session holds: the inputs. Results are computed from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub suite: Suite,
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default)]
    pub ratings: Vec<Rating>,
    #[serde(default)]
    pub votes: Vec<Vote>,
    #[serde(default)]
    pub aggregation: Rule,
    /// The people rating in this session, with the seeds of their blind orders.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raters: Vec<Rater>,
}

impl Session {
    /// A session of a suite and answers, before anyone has rated.
    pub fn new(suite: Suite, answers: Vec<Answer>) -> Self {
        Session { suite, answers, ratings: Vec::new(), votes: Vec::new(), aggregation: Rule::default(), raters: Vec::new() }
    }

    /// Everything wrong with the session's suite, answers, ratings and votes.
    pub fn problems(&self, file: &str) -> Vec<Problem> {
        let mut problems = self.suite.problems(file);
        problems.extend(answers::problems(file, &self.answers, &self.suite));
        problems.extend(human_problems(file, self));
        problems
    }

    /// Records a rating, replacing the rater's earlier rating of the same answer and criterion.
    pub fn rate(&mut self, rating: Rating) {
        self.ratings.retain(|r| !r.same_slot(&rating));
        self.ratings.push(rating);
    }

    /// Records a vote, replacing the rater's earlier vote on the same item and pair.
    pub fn vote(&mut self, vote: Vote) {
        self.votes.retain(|v| !(v.rater == vote.rater && v.item == vote.item && v.compares(&vote.a, &vote.b)));
        self.votes.push(vote);
    }

    /// The rater's vote on a scheduled pair, whichever side each model was shown on.
    pub fn vote_for(&self, rater: &str, item: &str, a: &str, b: &str) -> Option<&Vote> {
        self.votes.iter().find(|v| v.rater == rater && v.item == item && v.compares(a, b))
    }

    /// The models answering in this session, in order of first appearance.
    pub fn models(&self) -> Vec<String> {
        answers::models(&self.answers)
    }

    /// Adds a rater (or returns the one already registered under that name).
    pub fn join(&mut self, rater: Rater) -> &Rater {
        let index = match self.raters.iter().position(|r| r.name == rater.name) {
            Some(index) => index,
            None => {
                self.raters.push(rater);
                self.raters.len() - 1
            }
        };
        &self.raters[index]
    }
}

/// Ratings and votes that do not fit the suite: unknown items, models or criteria, values off
/// the scale, a model compared with itself.
pub fn human_problems(file: &str, session: &Session) -> Vec<Problem> {
    let models = session.models();
    let mut problems = Vec::new();
    for (index, rating) in session.ratings.iter().enumerate() {
        let at = || Location::Rating { index, rater: rating.rater.clone(), item: rating.item.clone() };
        let Some(item) = session.suite.item(&rating.item) else {
            problems.push(Problem::new(file, at(), msg!("problem-rating-unknown-item")));
            continue;
        };
        if !models.contains(&rating.model) {
            problems.push(Problem::new(file, at(), msg!("problem-rating-unknown-model", model = rating.model.as_str())));
        }
        match session.suite.criteria(item).into_iter().find(|(c, _)| c.id == rating.criterion) {
            None => problems.push(Problem::new(file, at(), msg!("problem-rating-unknown-criterion", criterion = rating.criterion.as_str()))),
            Some((_, scale)) if rating.value < scale.min || rating.value > scale.max => problems.push(Problem::new(
                file,
                at(),
                msg!("problem-rating-off-scale", value = rating.value, min = scale.min, max = scale.max),
            )),
            Some(_) => {}
        }
    }
    for (index, vote) in session.votes.iter().enumerate() {
        let at = || Location::Vote { index, rater: vote.rater.clone(), item: vote.item.clone() };
        if session.suite.item(&vote.item).is_none() {
            problems.push(Problem::new(file, at(), msg!("problem-vote-unknown-item")));
        }
        if vote.a == vote.b {
            problems.push(Problem::new(file, at(), msg!("problem-vote-same-model")));
        }
        for model in [&vote.a, &vote.b] {
            if !models.contains(model) {
                problems.push(Problem::new(file, at(), msg!("problem-vote-unknown-model", model = model.as_str())));
            }
        }
    }
    problems
}

