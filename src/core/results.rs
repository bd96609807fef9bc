//! Results: what a session's inputs become — every item score (automatic or by people), the
//! rolled-up table with intervals, and what people contributed (progress, agreement, pairwise
//! leaderboards).

use serde::Serialize;

use crate::core::aggregate::{self, Cell, Resampling};
use crate::core::human::raters;
use crate::core::model::session::Session;
use crate::core::scoring::{self, ItemScore};
use crate::core::stats::pairwise::Settings;
use crate::core::text::Segmenter;

/// Scores and table computed from a session.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Results {
    pub models: Vec<String>,
    pub items: Vec<ItemScore>,
    pub table: Vec<Cell>,
    pub human: HumanReport,
}

/// What people contributed: each rater's progress, their agreement, and the pairwise
/// leaderboards.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct HumanReport {
    pub progress: Vec<raters::Progress>,
    pub agreement: Vec<raters::Agreement>,
    pub disagreements: Vec<raters::Disagreement>,
    pub pairwise_settings: Settings,
    pub pairwise: Vec<raters::Board>,
}

impl Results {
    /// How many of `model`'s item scores a person overrode.
    pub fn overridden(&self, model: &str) -> usize {
        self.items.iter().filter(|s| s.model == model && s.overridden.is_some()).count()
    }
}

/// Scores every answer of the session and rolls the scores up.
pub fn compute(session: &Session, segmenter: &Segmenter) -> Results {
    from_automatic(session, scoring::score_all(segmenter, &session.suite, &session.answers))
}

/// Results from automatic scores computed earlier (they depend only on the suite and the
/// answers): people's ratings replace them where given, then everything rolls up.
pub fn from_automatic(session: &Session, automatic: Vec<ItemScore>) -> Results {
    let models = session.models();
    let items = scoring::with_human(automatic, &session.suite, &session.ratings);
    let items = scoring::with_overrides(items, &session.suite, &session.overrides);
    let table = aggregate::table_with_intervals(&session.suite, &items, &models, session.aggregation, Resampling::default());
    let (agreement, disagreements) = raters::agreement(session);
    let pairwise_settings = Settings::default();
    let human = HumanReport {
        progress: raters::progress(session),
        agreement,
        disagreements,
        pairwise_settings,
        pairwise: raters::boards(session, pairwise_settings),
    };
    Results { models, items, table, human }
}

