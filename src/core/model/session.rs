//! The session: what a scoring session holds — a suite, models' answers, people's ratings and
//! votes, the raters and the aggregation rule — with the operations that change it and the
//! checks it must pass. Results are computed from it (`core::results`).

use serde::{Deserialize, Serialize};

use crate::core::model::rule::Rule;
use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::model::answers::{self, Answer};
use crate::core::model::human::{Override, Rater, Rating, Target, Vote};
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
    /// People's corrections of automatic results, with who, when and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<Override>,
}

impl Session {
    /// Adds `answers`: a new answer replaces the old one of the same model to the same item.
    pub fn add_answers(&mut self, answers: Vec<Answer>) {
        // A set: answers files are large.
        let replaced: std::collections::HashSet<(&str, &str)> = answers.iter().map(|a| (a.model.as_str(), a.item.as_str())).collect();
        self.answers.retain(|old| !replaced.contains(&(old.model.as_str(), old.item.as_str())));
        drop(replaced);
        self.answers.extend(answers);
    }

    /// A session of a suite and answers, before anyone has rated.
    pub fn new(suite: Suite, answers: Vec<Answer>) -> Self {
        Session { suite, answers, ratings: Vec::new(), votes: Vec::new(), aggregation: Rule::default(), raters: Vec::new(), overrides: Vec::new() }
    }

    /// Whether `rater` is a model judge rather than a person.
    pub fn is_judge(&self, rater: &str) -> bool {
        self.raters.iter().any(|r| r.judge && r.name == rater)
    }

    /// The session as people alone rated it: model judges' ratings and verdicts (and the
    /// judges) left out — what people's numbers are computed from. Borrowed when no judge.
    pub fn people(&self) -> std::borrow::Cow<'_, Session> {
        if !self.raters.iter().any(|r| r.judge) {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut people = self.clone();
        people.ratings.retain(|r| !self.is_judge(&r.rater));
        people.votes.retain(|v| !self.is_judge(&v.rater));
        people.raters.retain(|r| !r.judge);
        std::borrow::Cow::Owned(people)
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

    /// Records an override, replacing the same person's earlier one of the same result.
    pub fn set_override(&mut self, entry: Override) {
        self.overrides.retain(|o| !o.same_slot(&entry));
        self.overrides.push(entry);
    }

    /// Undoes every override of `target` of `model`'s answer to `item`: the automatic result
    /// counts again. Returns whether there was one.
    pub fn undo_override(&mut self, model: &str, item: &str, target: Target) -> bool {
        let before = self.overrides.len();
        self.overrides.retain(|o| !o.replaces(model, item, target));
        self.overrides.len() != before
    }

    /// The override in force for `target` of `model`'s answer to `item`: the latest.
    pub fn override_of(&self, model: &str, item: &str, target: Target) -> Option<&Override> {
        self.overrides.iter().filter(|o| o.replaces(model, item, target)).max_by(|a, b| a.at.cmp(&b.at))
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
    problems.extend(override_problems(file, session, &models));
    problems
}

/// Overrides that do not fit: unknown answers, a check the item lacks, a score off 0–100,
/// letters the item does not offer, no reason.
fn override_problems(file: &str, session: &Session, models: &[String]) -> Vec<Problem> {
    use crate::core::model::human::Correction;
    use crate::core::model::suite::ItemKind;
    let mut problems = Vec::new();
    for (index, entry) in session.overrides.iter().enumerate() {
        let at = || Location::Override { index, by: entry.by.clone(), item: entry.item.clone() };
        let Some(item) = session.suite.item(&entry.item) else {
            problems.push(Problem::new(file, at(), msg!("problem-rating-unknown-item")));
            continue;
        };
        if !models.contains(&entry.model) {
            problems.push(Problem::new(file, at(), msg!("problem-rating-unknown-model", model = entry.model.as_str())));
        }
        if entry.reason.trim().is_empty() {
            problems.push(Problem::new(file, at(), msg!("problem-override-no-reason")));
        }
        let fits = match &entry.value {
            Correction::Choice { choice } => {
                item.kind == ItemKind::Choice
                    && choice.as_deref().is_none_or(|c| !c.is_empty() && c.chars().all(|l| item.options.contains_key(&l.to_string())))
            }
            Correction::Check { check, .. } => item.kind == ItemKind::Rubric && *check < item.rubric.checks.len(),
            Correction::Score { score } => score.is_finite() && (0.0..=100.0).contains(score),
        };
        if !fits {
            problems.push(Problem::new(file, at(), msg!("problem-override-does-not-fit")));
        }
    }
    problems
}

