//! What the rating screen shows and how it is set up: plain data, computed by the desk
//! (`app::desk`) and formatted by the view.

use crate::core::human::raters::{LikertTask, PairTask};
use crate::core::model::human::{Outcome, Rater};
use crate::core::model::suite::{Criterion, Item, Scale};

/// Rating answers one by one on the rubric, or comparing two answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateMode {
    Likert,
    Pairwise,
}

/// Where the rater is and how the rating screen is set up.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingDesk {
    pub mode: RateMode,
    /// Index into the current queue (filtered when `unrated_only`).
    pub position: usize,
    /// Index of the criterion digits rate on the current answer.
    pub criterion: usize,
    pub unrated_only: bool,
    pub blind: bool,
    pub help: bool,
    /// A "1" typed on a scale that reaches 10: a following "0" makes it 10.
    pub pending_ten: Option<PendingTen>,
}

impl Default for RatingDesk {
    fn default() -> Self {
        RatingDesk { mode: RateMode::Likert, position: 0, criterion: 0, unrated_only: false, blind: true, help: false, pending_ten: None }
    }
}

/// The rating a "1" just recorded on a scale that reaches 10: a "0" typed next makes it 10,
/// wherever the cursor has moved since (the answer may have left an "unrated only" queue).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingTen {
    pub model: String,
    pub item: String,
    pub criterion: String,
}

/// Everything the rating screen shows for the current answer (computed here, formatted there).
#[derive(Debug, Clone, PartialEq)]
pub struct LikertCard {
    pub task: LikertTask,
    pub item: Item,
    pub answer: String,
    /// Each criterion with its scale and this rater's rating so far.
    pub criteria: Vec<(Criterion, Scale, Option<i32>)>,
    pub comment: String,
    /// Answers of this item (the "of N" in "Answer B of 5").
    pub answers_here: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PairCard {
    pub task: PairTask,
    pub item: Item,
    pub answer_a: String,
    pub answer_b: String,
    /// This rater's vote, as seen from the sides shown.
    pub outcome: Option<Outcome>,
}

/// The rating screen for the signed-in rater.
#[derive(Debug, Clone, PartialEq)]
pub struct Desk {
    pub rater: Rater,
    pub settings: RatingDesk,
    /// Queue length and the position shown.
    pub queue: usize,
    pub position: usize,
    pub likert: Option<LikertCard>,
    pub pair: Option<PairCard>,
    /// Ratings given / asked for; votes given / scheduled.
    pub rated: usize,
    pub to_rate: usize,
    pub voted: usize,
    pub to_vote: usize,
    /// Why there is nothing on the desk, when there is nothing.
    pub empty: Option<EmptyDesk>,
}

/// Why the rating screen has no answer or pair to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmptyDesk {
    /// Everything is rated and "unrated only" hides it.
    AllRated,
    /// No suite is loaded.
    NoSuite,
    /// The suite has items people rate, but no model has answered them.
    NoAnswers,
    /// Answers are loaded, but no item of the suite is rated by people (no open items and no
    /// criteria).
    NothingToRate,
}

impl Desk {
    /// Names are revealed once the rater has finished the current mode's work.
    pub fn finished(&self) -> bool {
        match self.settings.mode {
            RateMode::Likert => self.to_rate > 0 && self.rated >= self.to_rate,
            RateMode::Pairwise => self.to_vote > 0 && self.voted >= self.to_vote,
        }
    }
}

