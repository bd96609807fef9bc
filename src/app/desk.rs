//! The rating desk: the signed-in rater's queue of answers (blind, in their seeded order) or
//! pairs, where they are in it, and what keys do — "1 then 0" is 10 on a 0–10 scale, a rating
//! moves to the next criterion, then to the next answer; "unrated only" hides what is done.

use std::rc::Rc;

use crate::app::rating::{Desk, EmptyDesk, LikertCard, PairCard, RateMode};
use crate::app::state::{AppState, View};
use crate::core::human::raters::{self, LikertTask, PairTask};
use crate::core::model::human::{Outcome, Rater, Rating, Vote};
use crate::core::model::suite::{Criterion, Scale};

impl AppState {
    /// The signed-in rater's record in the session.
    pub(super) fn current_rater(&self) -> Option<Rater> {
        let name = self.rater.as_deref()?;
        self.session.raters.iter().find(|r| r.name == name).cloned()
    }

    fn criteria_of(&self, item: &str) -> Vec<(Criterion, Scale)> {
        self.session.suite.item(item).map(|item| self.session.suite.criteria(item)).unwrap_or_default()
    }

    fn rating_of(&self, rater: &str, task: &LikertTask, criterion: &str) -> Option<&Rating> {
        self.session.ratings.iter().find(|r| r.rater == rater && r.model == task.model && r.item == task.item && r.criterion == criterion)
    }

    fn fully_rated(&self, rater: &str, task: &LikertTask) -> bool {
        self.criteria_of(&task.item).iter().all(|(c, _)| self.rating_of(rater, task, &c.id).is_some())
    }

    /// The rater's tasks as the desk shows them (all, or the unrated ones).
    fn likert_queue(&self, rater: &Rater, mut tasks: Vec<LikertTask>) -> Vec<LikertTask> {
        if self.desk.unrated_only {
            tasks.retain(|task| !self.fully_rated(&rater.name, task));
        }
        tasks
    }

    fn pair_queue(&self, rater: &Rater) -> Vec<PairTask> {
        let mut tasks = raters::pair_tasks(&self.session, rater);
        if self.desk.unrated_only {
            tasks.retain(|task| self.session.vote_for(&rater.name, &task.item, &task.a, &task.b).is_none());
        }
        tasks
    }

    fn answer_text(&self, model: &str, item: &str) -> String {
        self.session.answers.iter().rev().find(|a| a.model == model && a.item == item).map(|a| a.answer.clone()).unwrap_or_default()
    }

    /// Where (item, model) stands in the rater's current Likert queue.
    pub(super) fn position_of(&self, item: &str, model: &str) -> Option<usize> {
        let rater = self.current_rater()?;
        let queue = self.likert_queue(&rater, raters::likert_tasks(&self.session, &rater));
        queue.iter().position(|task| task.item == item && task.model == model)
    }

    /// Where a returning rater picks up: their first answer not fully rated (with "unrated
    /// only", that is the head of the queue).
    pub(super) fn first_unrated(&self) -> usize {
        let Some(rater) = self.current_rater() else { return 0 };
        if self.desk.unrated_only {
            return 0;
        }
        let tasks = raters::likert_tasks(&self.session, &rater);
        tasks.iter().position(|task| !self.fully_rated(&rater.name, task)).unwrap_or(0)
    }

    /// The rating screen, or `None` until someone signs in.
    pub fn desk(&self) -> Option<Desk> {
        // Nothing to read, nothing to rate.
        if self.answers_withheld() {
            return None;
        }
        let rater = self.current_rater()?;
        let progress = raters::progress(&self.session).into_iter().find(|p| p.rater == rater.name);
        let (rated, to_rate, voted, to_vote) = progress.map_or((0, 0, 0, 0), |p| (p.rated, p.to_rate, p.voted, p.to_vote));
        let mut desk = Desk { rater: rater.clone(), settings: self.desk.clone(), queue: 0, position: 0, likert: None, pair: None, rated, to_rate, voted, to_vote, empty: None };
        match self.desk.mode {
            RateMode::Likert => {
                let all = raters::likert_tasks(&self.session, &rater);
                let answers_here = |item: &str| all.iter().filter(|t| t.item == item).count();
                let queue = self.likert_queue(&rater, all.clone());
                desk.queue = queue.len();
                desk.position = self.desk.position.min(queue.len().saturating_sub(1));
                if let Some(task) = queue.get(desk.position).cloned() {
                    let item = self.session.suite.item(&task.item).cloned()?;
                    let criteria: Vec<(Criterion, Scale, Option<i32>)> = self
                        .criteria_of(&task.item)
                        .into_iter()
                        .map(|(c, s)| {
                            let value = self.rating_of(&rater.name, &task, &c.id).map(|r| r.value);
                            (c, s, value)
                        })
                        .collect();
                    let comment = self
                        .session
                        .ratings
                        .iter()
                        .find(|r| r.rater == rater.name && r.model == task.model && r.item == task.item && r.comment.is_some())
                        .and_then(|r| r.comment.clone())
                        .or_else(|| self.drafts.comment(&rater.name, &task.item, &task.model).map(str::to_owned))
                        .unwrap_or_default();
                    let answers_here = answers_here(&task.item);
                    desk.likert = Some(LikertCard { answer: self.answer_text(&task.model, &task.item), task, item, criteria, comment, answers_here });
                }
            }
            RateMode::Pairwise => {
                let queue = self.pair_queue(&rater);
                desk.queue = queue.len();
                desk.position = self.desk.position.min(queue.len().saturating_sub(1));
                if let Some(task) = queue.get(desk.position).cloned() {
                    let item = self.session.suite.item(&task.item).cloned()?;
                    let outcome = self
                        .session
                        .vote_for(&rater.name, &task.item, &task.a, &task.b)
                        .map(|v| if v.a == task.a { v.outcome } else { v.outcome.swapped() });
                    desk.pair = Some(PairCard {
                        answer_a: self.answer_text(&task.a, &task.item),
                        answer_b: self.answer_text(&task.b, &task.item),
                        task,
                        item,
                        outcome,
                    });
                }
            }
        }
        if desk.likert.is_none() && desk.pair.is_none() {
            let rated_items = raters::rated_items(&self.session).count();
            desk.empty = Some(if self.session.suite.items.is_empty() {
                EmptyDesk::NoSuite
            } else if desk.settings.unrated_only && (desk.to_rate > 0 || desk.to_vote > 0) {
                EmptyDesk::AllRated
            } else if rated_items == 0 {
                EmptyDesk::NothingToRate
            } else {
                EmptyDesk::NoAnswers
            });
        }
        Some(desk)
    }

    /// Records a rating of the current answer and moves on: to the next criterion, else to
    /// the next answer (with "unrated only", the rated answer leaves the queue by itself).
    pub(super) fn rate(mut self, criterion: usize, value: i32) -> Self {
        let Some(desk) = self.desk() else { return self };
        let Some(card) = desk.likert else { return self };
        let Some((chosen, scale, _)) = card.criteria.get(criterion) else { return self };
        if value < scale.min || value > scale.max {
            return self;
        }
        let comment = (!card.comment.is_empty()).then(|| card.comment.clone());
        let mut session = (*self.session).clone();
        session.rate(Rating {
            rater: desk.rater.name.clone(),
            model: card.task.model.clone(),
            item: card.task.item.clone(),
            criterion: chosen.id.clone(),
            value,
            comment,
        });
        self.session = Rc::new(session);
        // A comment typed before the rating is now part of it.
        self.drafts.set_comment(&desk.rater.name, &card.task.item, &card.task.model, None);
        if criterion + 1 < card.criteria.len() {
            self.desk.criterion = criterion + 1;
        } else {
            self.desk.criterion = 0;
            if !self.desk.unrated_only {
                self.desk.position = desk.position + 1;
            }
        }
        self.with_human()
    }

    pub(super) fn vote(mut self, outcome: Outcome) -> Self {
        let Some(desk) = self.desk() else { return self };
        let Some(card) = desk.pair else { return self };
        let mut session = (*self.session).clone();
        session.vote(Vote { rater: desk.rater.name.clone(), item: card.task.item.clone(), a: card.task.a.clone(), b: card.task.b.clone(), outcome });
        self.session = Rc::new(session);
        if !self.desk.unrated_only {
            self.desk.position = desk.position + 1;
        }
        self.with_human()
    }

    pub(super) fn step(mut self, delta: isize) -> Self {
        let queue = self.desk().map_or(0, |d| d.queue);
        let position = self.desk.position.min(queue.saturating_sub(1));
        self.desk.position = position.saturating_add_signed(delta).min(queue.saturating_sub(1));
        self.desk.criterion = 0;
        self.desk.pending_ten = None;
        self
    }

    /// Keys on the rating screen: digits rate, J/K or arrows move, ? shows help; in pairs
    /// 1/A, 2/B, 3/T, 4/X vote.
    pub(super) fn key(mut self, key: &str) -> Self {
        if self.view != View::Rate || self.rater.is_none() {
            return self;
        }
        let pending_ten = self.desk.pending_ten.take();
        match key {
            "?" => {
                self.desk.help = !self.desk.help;
                return self;
            }
            "Escape" => {
                self.desk.help = false;
                return self;
            }
            "j" | "J" | "ArrowRight" | "ArrowDown" => return self.step(1),
            "k" | "K" | "ArrowLeft" | "ArrowUp" => return self.step(-1),
            _ => {}
        }
        match self.desk.mode {
            RateMode::Pairwise => match key {
                "1" | "a" | "A" => self.vote(Outcome::A),
                "2" | "b" | "B" => self.vote(Outcome::B),
                "3" | "t" | "T" => self.vote(Outcome::Tie),
                "4" | "x" | "X" => self.vote(Outcome::BothBad),
                _ => self,
            },
            RateMode::Likert => {
                let Some(digit) = key.parse::<i32>().ok().filter(|d| key.len() == 1 && (0..=9).contains(d)) else { return self };
                let Some(card) = self.desk().and_then(|d| d.likert) else { return self };
                let criterion = self.desk.criterion.min(card.criteria.len().saturating_sub(1));
                let Some((_, scale, _)) = card.criteria.get(criterion) else { return self };
                if let Some(slot) = pending_ten.filter(|_| digit == 0) {
                    // "1" then "0": the rating the "1" recorded becomes 10 (comment kept).
                    let mut session = (*self.session).clone();
                    if let Some(rating) = session.ratings.iter_mut().find(|r| {
                        Some(&r.rater) == self.rater.as_ref() && r.model == slot.model && r.item == slot.item && r.criterion == slot.criterion
                    }) {
                        rating.value = 10;
                    }
                    self.session = Rc::new(session);
                    return self.with_human();
                }
                let slot = crate::app::rating::PendingTen { model: card.task.model.clone(), item: card.task.item.clone(), criterion: card.criteria[criterion].0.id.clone() };
                let mut next = self.rate(criterion, digit);
                // A "1" on a scale that reaches 10 may be the start of "10": it is recorded and
                // the cursor moves on as for any digit; a "0" typed next turns it into 10.
                if digit == 1 && scale.max >= 10 && next.session.ratings.iter().any(|r| r.item == slot.item && r.model == slot.model && r.criterion == slot.criterion) {
                    next.desk.pending_ten = Some(slot);
                }
                next
            }
        }
    }


    /// The comment on the current answer: kept on each of the rater's ratings of it.
    pub(super) fn comment(mut self, text: String) -> Self {
        let Some(card) = self.desk().and_then(|d| d.likert) else { return self };
        let Some(rater) = self.rater.clone() else { return self };
        let comment = (!text.trim().is_empty()).then_some(text);
        let rated = self.session.ratings.iter().any(|r| r.rater == rater && r.model == card.task.model && r.item == card.task.item);
        if !rated {
            // Not rated yet: the comment waits as a draft and joins the rating when it comes.
            self.drafts.set_comment(&rater, &card.task.item, &card.task.model, comment);
            return self;
        }
        let mut session = (*self.session).clone();
        for rating in session.ratings.iter_mut().filter(|r| r.rater == rater && r.model == card.task.model && r.item == card.task.item) {
            rating.comment = comment.clone();
        }
        self.session = Rc::new(session);
        self
    }
}
