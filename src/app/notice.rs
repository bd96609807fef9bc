//! Messages above the content: what happened to a file, a merge, autosave — stored as typed
//! values, worded in the interface language only when shown (switching the language rewords
//! every notice on screen).

use crate::core::human::merge;
use crate::core::i18n::{msg, Locale, Message};
use crate::core::Problem;

/// Where answers or a session came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The built-in sample suite and its fictional models' answers.
    Sample,
    /// A file picked or dropped, by name.
    File(String),
    /// Answers pasted for one model.
    Pasted { model: String },
    /// The work autosaved in this browser.
    Saved,
    /// A share link opened from the address bar.
    Link,
}

impl Origin {
    /// The origin as the interface names it.
    pub fn message(&self) -> Message {
        match self {
            Origin::Sample => msg!("origin-sample"),
            Origin::File(name) => msg!("origin-file", name = name.as_str()),
            Origin::Pasted { model } => msg!("origin-pasted", model = model.as_str()),
            Origin::Saved => msg!("origin-saved"),
            Origin::Link => msg!("origin-link"),
        }
    }
}

/// One notice.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A file (or pasted text) was refused; nothing already loaded changed.
    NotLoaded { origin: Origin, problems: Vec<Problem> },
    SuiteLoaded { name: String, items: usize },
    ScorebookOpened { name: String },
    AnswersAdded { origin: Origin, models: Vec<String> },
    /// Another tool's file whose answers meet none of the suite's items: nothing changed; a
    /// suite can be drafted from it (the notice's button).
    NothingPlaced { name: String, tool: &'static str, count: usize },
    /// A suite was drafted from another tool's file and opened with its answers.
    SuiteDrafted { name: String, tool: &'static str, items: usize },
    /// Another tool's answers were placed on the suite's items: how, and which were left out.
    ForeignPlaced { name: String, tool: &'static str, by_id: usize, by_prompt: usize, unplaced: Vec<crate::core::io::foreign::Unplaced>, model_from_name: Option<String> },
    Merged { name: String, report: merge::Report },
    /// A model judge's scores and verdicts joined the session, kept apart from people's.
    JudgeAdded { name: String, judges: Vec<String>, ratings: usize, verdicts: usize },
    /// Work saved in this browser was restored at start.
    Restored { ratings_and_votes: usize },
    /// Autosave could not write; the user should export.
    AutosaveFailed { detail: String },
    /// A save that could not be restored was kept aside, untouched, under `key` (or, when
    /// even that failed — `detail` says why — left where it was, with autosave off).
    Unrestorable { key: String, reason: Message, detail: Option<String> },
    /// An export could not be produced; nothing was downloaded.
    ExportFailed { what: Message, detail: String },
    /// Storage did not answer at start; autosave is off for this visit.
    StorageTimedOut,
    /// The saved session was read after work had started on screen; it is kept, unread.
    RestoredLate,
    /// Another tab has Pingfen open and saves; this one does not.
    OtherTabOpen,
    /// Everything saved in this browser was deleted (the user asked for it).
    LocalDataCleared,
    /// The person stopped scoring: the results shown are from before the last change.
    ScoringCancelled,
    /// A share link opened: a suite, or a scorebook whose scores are computed here.
    LinkOpened { kind: crate::core::io::link::Kind, title: crate::core::model::suite::Localized, items: usize, models: usize },
    /// A link would have replaced rated work; the person kept their session.
    LinkDeclined,
    /// Something that needs the answers' text was asked of a session that came without it.
    AnswersWithheld,
    /// A file was read in an encoding guessed from its bytes.
    ReadAs { name: String, encoding: String },
}

/// A notice in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded {
    pub error: bool,
    pub title: String,
    pub lines: Vec<String>,
}

/// At most this many problems of one file are listed (the rest are counted).
const MAX_LINES: usize = 20;

impl Notice {
    /// The file or paste a notice is about, if any: a later notice about the same one
    /// replaces a failure (a corrected file, a paste that now fits).
    pub fn subject(&self) -> Option<Origin> {
        match self {
            Notice::NotLoaded { origin, .. } | Notice::AnswersAdded { origin, .. } => Some(origin.clone()),
            Notice::SuiteLoaded { name, .. } | Notice::ScorebookOpened { name } | Notice::Merged { name, .. } | Notice::JudgeAdded { name, .. } => Some(Origin::File(name.clone())),
            _ => None,
        }
    }

    /// Whether the notice reports something that went wrong.
    pub fn is_error(&self) -> bool {
        match self {
            Notice::NotLoaded { .. } | Notice::NothingPlaced { .. } | Notice::AutosaveFailed { .. } | Notice::Unrestorable { .. } | Notice::ExportFailed { .. } | Notice::StorageTimedOut | Notice::RestoredLate | Notice::OtherTabOpen | Notice::AnswersWithheld => true,
            Notice::Merged { report, .. } => !report.conflicts.is_empty(),
            _ => false,
        }
    }

    pub fn words(&self, locale: Locale) -> Worded {
        let t = |message: Message| message.text(locale);
        let (title, lines): (String, Vec<String>) = match self {
            Notice::NotLoaded { origin, problems } => {
                let mut lines: Vec<String> = problems.iter().take(MAX_LINES).map(|p| p.describe(locale)).collect();
                if problems.len() > MAX_LINES {
                    lines.push(t(msg!("notice-more-problems", count = problems.len() - MAX_LINES)));
                }
                (t(msg!("notice-not-loaded", origin = origin.message())), lines)
            }
            Notice::SuiteLoaded { name, items } => (t(msg!("notice-suite-loaded", name = name.as_str(), items = *items)), Vec::new()),
            Notice::ScorebookOpened { name } => (t(msg!("notice-scorebook-opened", name = name.as_str())), Vec::new()),
            Notice::AnswersAdded { origin, models } => {
                let list = models.join(if locale.is_chinese() { "、" } else { ", " });
                (t(msg!("notice-answers-added", count = models.len(), origin = origin.message(), models = list)), Vec::new())
            }
            Notice::NothingPlaced { name, tool, count } => {
                let problem = crate::core::io::foreign::nothing_placed(name, tool, *count);
                (t(msg!("notice-not-loaded", origin = Origin::File(name.clone()).message())), vec![problem.describe(locale)])
            }
            Notice::SuiteDrafted { name, tool, items } => (t(msg!("notice-suite-drafted", name = name.as_str(), tool = *tool, items = *items)), Vec::new()),
            Notice::ForeignPlaced { name, tool, by_id, by_prompt, unplaced, model_from_name } => {
                let title = t(msg!("notice-foreign-placed", name = name.as_str(), tool = *tool, by_id = *by_id, by_prompt = *by_prompt, unplaced = unplaced.len()));
                let notes = crate::core::io::foreign::notes(unplaced, model_from_name.as_deref());
                let mut lines: Vec<String> = notes.iter().take(MAX_LINES).map(|note| t(note.clone())).collect();
                if notes.len() > MAX_LINES {
                    lines.push(t(msg!("notice-more-problems", count = notes.len() - MAX_LINES)));
                }
                (title, lines)
            }
            Notice::Merged { name, report } => {
                let title = t(msg!("notice-merged", name = name.as_str(), counts = report.counts()));
                let lines = report
                    .conflicts
                    .iter()
                    .take(MAX_LINES)
                    .map(|c| {
                        let (kind, kept, ignored) = c.worded();
                        t(msg!("notice-merge-conflict", kind = kind, key = c.key.as_str(), kept = kept, ignored = ignored))
                    })
                    .collect();
                (title, lines)
            }
            Notice::JudgeAdded { name, judges, ratings, verdicts } => {
                let list = judges.join(if locale.is_chinese() { "、" } else { ", " });
                (t(msg!("notice-judge-added", judges = list, count = judges.len(), name = name.as_str(), ratings = *ratings, verdicts = *verdicts)), Vec::new())
            }
            Notice::Restored { ratings_and_votes } => (t(msg!("notice-restored", count = *ratings_and_votes)), Vec::new()),
            Notice::AutosaveFailed { detail } => (t(msg!("notice-autosave-failed")), vec![detail.clone()]),
            Notice::Unrestorable { reason, detail, .. } => {
                let mut lines = vec![t(reason.clone())];
                lines.extend(detail.iter().map(|d| t(msg!("notice-autosave-blocked", detail = d.as_str()))));
                (t(msg!("notice-unrestorable")), lines)
            }
            Notice::ExportFailed { what, detail } => (t(msg!("notice-export-failed", what = what.clone())), vec![detail.clone()]),
            Notice::LocalDataCleared => (t(msg!("notice-local-data-cleared")), Vec::new()),
            Notice::StorageTimedOut => (t(msg!("save-timed-out")), Vec::new()),
            Notice::RestoredLate => (t(msg!("notice-restored-late")), Vec::new()),
            Notice::OtherTabOpen => (t(msg!("notice-other-tab")), Vec::new()),
            Notice::ScoringCancelled => (t(msg!("notice-scoring-cancelled")), Vec::new()),
            Notice::LinkOpened { kind, title, items, models } => {
                let title = title.in_locale(locale).to_owned();
                let message = match kind {
                    crate::core::io::link::Kind::Suite => msg!("notice-link-suite", title = title, items = *items),
                    crate::core::io::link::Kind::Results => msg!("notice-link-results", title = title, items = *items, models = *models),
                    _ => msg!("notice-link-scorebook", title = title, items = *items, models = *models),
                };
                (t(message), Vec::new())
            }
            Notice::LinkDeclined => (t(msg!("notice-link-declined")), Vec::new()),
            Notice::AnswersWithheld => (t(msg!("notice-answers-withheld")), Vec::new()),
            Notice::ReadAs { name, encoding } => (t(msg!("notice-read-as", name = name.as_str(), encoding = encoding.as_str())), Vec::new()),
        };
        Worded { error: self.is_error(), title, lines }
    }
}
