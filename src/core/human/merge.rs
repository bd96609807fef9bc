//! The organiser's merge: many raters' files (scorebooks) into one session. Nothing already
//! loaded is lost or overwritten: duplicates are skipped, conflicts keep the loaded value and
//! are listed so the organiser can settle them.

use serde::{Deserialize, Serialize};

use crate::core::i18n::{msg, Arg, Message};
use crate::core::model::answers::Answer;
use crate::core::model::human::{Outcome, Override, Rater, Rating, Vote};
use crate::core::model::session::Session;
use crate::core::model::suite::Suite;

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub answers_added: usize,
    pub ratings_added: usize,
    pub votes_added: usize,
    pub overrides_added: usize,
    pub raters_added: Vec<String>,
    /// Ratings and votes already loaded as they are (the same file merged twice). Answers
    /// every rater file shares are not counted.
    pub duplicates: usize,
    pub conflicts: Vec<Conflict>,
}

/// The same thing recorded differently in the loaded session and the incoming file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    /// `rating`, `comment`, `vote`, `answer` or `rater`: a code, worded by whoever shows it.
    pub kind: &'static str,
    /// Who / what: rater, model, item, criterion as they apply.
    pub key: String,
    /// The two values as data, not words: a rating's value, an answer's opening, a rater's
    /// seed, a vote's outcome as the file spells it (`a`, `b`, `tie`, `both_bad`).
    pub kept: String,
    pub ignored: String,
}

impl Report {
    /// What the merge added, skipped and found in conflict, as one message (the app's notice
    /// and the CLI's line both say it).
    pub fn counts(&self) -> Message {
        msg!(
            "merge-counts",
            ratings = self.ratings_added,
            votes = self.votes_added,
            answers = self.answers_added,
            overrides = self.overrides_added,
            duplicates = self.duplicates,
            conflicts = self.conflicts.len()
        )
    }
}

impl Conflict {
    /// The conflict's kind and its two values as message arguments: codes worded (a vote's
    /// `tie`, a rater's seed), other values as they are.
    pub fn worded(&self) -> (Message, Arg, Arg) {
        let value = |value: &str| -> Arg {
            match (self.kind, value) {
                ("rater", seed) => msg!("conflict-seed", seed = seed).into(),
                ("vote", "a") => msg!("conflict-outcome-a").into(),
                ("vote", "b") => msg!("conflict-outcome-b").into(),
                ("vote", "tie") => msg!("conflict-outcome-tie").into(),
                ("vote", "both_bad") => msg!("conflict-outcome-both-bad").into(),
                (_, other) => other.into(),
            }
        };
        let kind = match self.kind {
            "answer" => msg!("conflict-kind-answer"),
            "rater" => msg!("conflict-kind-rater"),
            "vote" => msg!("conflict-kind-vote"),
            "comment" => msg!("conflict-kind-comment"),
            "override" => msg!("conflict-kind-override"),
            _ => msg!("conflict-kind-rating"),
        };
        (kind, value(&self.kept), value(&self.ignored))
    }
}

/// Why a file cannot be merged at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The file scores another suite (or another version of it).
    DifferentSuite { loaded: String, incoming: String },
}

/// What one rater hands in by link: their rater entry, ratings, votes and overrides, the
/// answers those are about, and the suite named by its fingerprint rather than carried (the
/// organiser has it; a rater's link stays short enough for a chat message or a QR code).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RaterWork {
    pub suite: SuiteRef,
    #[serde(default)]
    pub raters: Vec<Rater>,
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default)]
    pub ratings: Vec<Rating>,
    #[serde(default)]
    pub votes: Vec<Vote>,
    #[serde(default)]
    pub overrides: Vec<Override>,
}

/// A suite named, not carried: its id (for messages) and its [`Suite::fingerprint`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuiteRef {
    pub id: String,
    pub fingerprint: String,
}

impl RaterWork {
    /// `rater`'s work in `session`, with the answers it rates or compares (the organiser may
    /// not have them: a participant can rate answers they pasted).
    pub fn of(session: &Session, rater: &str) -> Result<RaterWork, serde_json::Error> {
        let ratings: Vec<Rating> = session.ratings.iter().filter(|r| r.rater == rater).cloned().collect();
        let votes: Vec<Vote> = session.votes.iter().filter(|v| v.rater == rater).cloned().collect();
        let overrides: Vec<Override> = session.overrides.iter().filter(|o| o.by == rater).cloned().collect();
        let about = |answer: &Answer| {
            ratings.iter().any(|r| r.model == answer.model && r.item == answer.item)
                || votes.iter().any(|v| v.item == answer.item && (v.a == answer.model || v.b == answer.model))
                || overrides.iter().any(|o| o.model == answer.model && o.item == answer.item)
        };
        Ok(RaterWork {
            suite: SuiteRef { id: session.suite.id.clone(), fingerprint: session.suite.fingerprint()? },
            raters: session.raters.iter().filter(|r| r.name == rater).cloned().collect(),
            answers: session.answers.iter().filter(|a| about(a)).cloned().collect(),
            ratings,
            votes,
            overrides,
        })
    }

    /// The work as a session of `suite`, ready to [`merge`] and to check like a rater file;
    /// refused when it was done on another suite (or another version of it).
    pub fn into_session(self, suite: &Suite) -> Result<Session, Refusal> {
        let different = || Refusal::DifferentSuite { loaded: suite.id.clone(), incoming: self.suite.id.clone() };
        if suite.fingerprint().ok().as_deref() != Some(self.suite.fingerprint.as_str()) {
            return Err(different());
        }
        let RaterWork { raters, answers, ratings, votes, overrides, .. } = self;
        Ok(Session { raters, ratings, votes, overrides, ..Session::new(suite.clone(), answers) })
    }
}

/// Merges `incoming` into `session`.
pub fn merge(session: &mut Session, incoming: Session) -> Result<Report, Refusal> {
    if incoming.suite != session.suite {
        return Err(Refusal::DifferentSuite { loaded: session.suite.id.clone(), incoming: incoming.suite.id.clone() });
    }
    let mut report = Report::default();
    for answer in incoming.answers {
        match session.answers.iter().find(|a| a.model == answer.model && a.item == answer.item) {
            None => {
                session.answers.push(answer);
                report.answers_added += 1;
            }
            Some(loaded) if loaded.answer == answer.answer => {}
            Some(loaded) => report.conflicts.push(Conflict {
                kind: "answer",
                key: format!("{} · {}", answer.model, answer.item),
                kept: excerpt(&loaded.answer),
                ignored: excerpt(&answer.answer),
            }),
        }
    }
    for rater in incoming.raters {
        match session.raters.iter().find(|r| r.name == rater.name) {
            None => {
                report.raters_added.push(rater.name.clone());
                session.raters.push(rater);
            }
            Some(loaded) if *loaded == rater => {}
            Some(loaded) => report.conflicts.push(Conflict {
                kind: "rater",
                key: rater.name.clone(),
                kept: loaded.seed.to_string(),
                ignored: rater.seed.to_string(),
            }),
        }
    }
    for rating in incoming.ratings {
        match session.ratings.iter_mut().find(|r| r.same_slot(&rating)) {
            None => {
                session.ratings.push(rating);
                report.ratings_added += 1;
            }
            Some(loaded) if loaded.value == rating.value && loaded.comment == rating.comment => report.duplicates += 1,
            // The same value, a comment only the incoming file has: the comment is kept too.
            Some(loaded) if loaded.value == rating.value && loaded.comment.is_none() => {
                loaded.comment = rating.comment;
                report.duplicates += 1;
            }
            Some(loaded) if loaded.value == rating.value => report.conflicts.push(Conflict {
                kind: "comment",
                key: format!("{} · {} · {} · {}", rating.rater, rating.model, rating.item, rating.criterion),
                kept: excerpt(loaded.comment.as_deref().unwrap_or("")),
                ignored: excerpt(rating.comment.as_deref().unwrap_or("")),
            }),
            Some(loaded) => report.conflicts.push(Conflict {
                kind: "rating",
                key: format!("{} · {} · {} · {}", rating.rater, rating.model, rating.item, rating.criterion),
                kept: loaded.value.to_string(),
                ignored: rating.value.to_string(),
            }),
        }
    }
    for vote in incoming.votes {
        match session.vote_for(&vote.rater, &vote.item, &vote.a, &vote.b) {
            None => {
                session.votes.push(vote);
                report.votes_added += 1;
            }
            Some(loaded) => {
                // Compare outcomes as seen from the incoming vote's sides.
                let loaded_outcome = if loaded.a == vote.a { loaded.outcome } else { loaded.outcome.swapped() };
                if loaded_outcome == vote.outcome {
                    report.duplicates += 1;
                } else {
                    report.conflicts.push(Conflict {
                        kind: "vote",
                        key: format!("{} · {} · {} ↔ {}", vote.rater, vote.item, vote.a, vote.b),
                        kept: outcome_code(loaded_outcome),
                        ignored: outcome_code(vote.outcome),
                    });
                }
            }
        }
    }
    for entry in incoming.overrides {
        match session.overrides.iter().find(|o| o.same_slot(&entry)) {
            None => {
                session.overrides.push(entry);
                report.overrides_added += 1;
            }
            Some(loaded) if loaded.value == entry.value && loaded.reason == entry.reason => report.duplicates += 1,
            // The same person changed their mind later: their latest word counts.
            Some(loaded) if entry.at > loaded.at => {
                session.set_override(entry);
                report.overrides_added += 1;
            }
            Some(loaded) => report.conflicts.push(Conflict {
                kind: "override",
                key: format!("{} · {} · {}", entry.by, entry.model, entry.item),
                kept: excerpt(&loaded.reason),
                ignored: excerpt(&entry.reason),
            }),
        }
    }
    Ok(report)
}

/// The outcome as scorebooks spell it.
fn outcome_code(outcome: Outcome) -> String {
    outcome.as_str().to_owned()
}

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}
