//! The review queue and overrides: a person's last word on automatic results. Answers whose
//! choice extraction abstained or found conflicting evidence wait in a queue; one key press
//! decides each (a letter, or N for "no answer") and records an override, saved with the
//! session like a rating.

use std::rc::Rc;

use crate::core::i18n::text;
use crate::core::model::human::{Correction, Override, Target};
use crate::core::rubric::choice::Extraction;
use crate::core::scoring::Detail;

use super::state::AppState;

/// One answer waiting for a person's reading.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewTask {
    pub model: String,
    pub item: String,
    /// The item's option letters, in order.
    pub letters: String,
    pub expected: String,
    pub extraction: Extraction,
}

impl AppState {
    /// Choice answers a person should read and nobody has overridden yet, in suite order.
    pub fn review_queue(&self) -> Vec<ReviewTask> {
        let Some(results) = self.results.as_deref() else { return Vec::new() };
        let order = |item: &str| self.session.suite.items.iter().position(|i| i.id == item).unwrap_or(usize::MAX);
        let mut tasks: Vec<ReviewTask> = results
            .items
            .iter()
            .filter(|score| score.overridden.is_none())
            .filter_map(|score| match &score.detail {
                Detail::Choice { expected, extraction } if extraction.needs_review() => Some(ReviewTask {
                    model: score.model.clone(),
                    item: score.item.clone(),
                    letters: self.session.suite.item(&score.item).map(|i| i.options.keys().map(String::as_str).collect()).unwrap_or_default(),
                    expected: expected.clone(),
                    extraction: extraction.clone(),
                }),
                _ => None,
            })
            .collect();
        tasks.sort_by_key(|t| order(&t.item));
        tasks
    }

    /// The task the review view shows: the queue's `review_at`-th, kept in range.
    pub fn review_task(&self) -> Option<ReviewTask> {
        let queue = self.review_queue();
        let at = self.review_at.min(queue.len().saturating_sub(1));
        queue.into_iter().nth(at)
    }

    /// Who an override is by: the signed-in rater, else the organiser.
    pub fn reviewer(&self) -> String {
        self.rater.clone().unwrap_or_else(|| text(self.locale, "review-by-organiser"))
    }

    /// Records an override (replacing the same person's earlier one of the same result).
    pub(super) fn set_override(mut self, model: String, item: String, value: Correction, reason: String, at: String) -> Self {
        let reason = reason.trim().to_owned();
        if reason.is_empty() {
            return self;
        }
        let mut session = (*self.session).clone();
        session.set_override(Override { model, item, value, reason, by: self.reviewer(), at });
        self.session = Rc::new(session);
        self.with_human()
    }

    pub(super) fn undo_override(mut self, model: &str, item: &str, target: Target) -> Self {
        let mut session = (*self.session).clone();
        if session.undo_override(model, item, target) {
            self.session = Rc::new(session);
            return self.with_human();
        }
        self
    }

    /// A key in the review view: a letter the item offers chooses it, N says "no answer",
    /// J/K and the arrows move through the queue.
    pub(super) fn review_key(mut self, key: &str, at: String) -> Self {
        let Some(task) = self.review_task() else { return self };
        let upper = key.to_ascii_uppercase();
        match upper.as_str() {
            "J" | "ARROWRIGHT" | "ARROWDOWN" => {
                self.review_at = (self.review_at + 1).min(self.review_queue().len().saturating_sub(1));
                self
            }
            "K" | "ARROWLEFT" | "ARROWUP" => {
                self.review_at = self.review_at.saturating_sub(1);
                self
            }
            "N" => {
                let reason = text(self.locale, "review-reason-none");
                self.set_override(task.model, task.item, Correction::Choice { choice: None }, reason, at)
            }
            letter if letter.len() == 1 && task.letters.contains(letter) => {
                let reason = text(self.locale, "review-reason");
                self.set_override(task.model, task.item, Correction::Choice { choice: Some(letter.to_owned()) }, reason, at)
            }
            _ => self,
        }
    }
}
