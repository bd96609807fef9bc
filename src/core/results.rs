//! Results: what a session's inputs become — every item score (automatic or by people), the
//! rolled-up table with intervals, and what people contributed (progress, agreement, pairwise
//! leaderboards, bias in the votes).

use serde::Serialize;

use crate::core::aggregate::{self, Cell, Resampling};
use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::human::raters;
use crate::core::model::session::Session;
use crate::core::scoring::{self, Detail, ItemScore};
use crate::core::stats::pairwise::Settings;
use crate::core::text::Segmenter;

/// Scores and table computed from a session.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Results {
    pub models: Vec<String>,
    pub items: Vec<ItemScore>,
    pub table: Vec<Cell>,
    pub human: HumanReport,
    /// CircularEval both ways, when the suite asks its choice items in turns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub circular: Vec<aggregate::CircularRow>,
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
    /// How often the answer shown first, and the longer answer, win the pairwise votes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bias: Vec<crate::core::human::bias::VoteBias>,
    /// Model judges set beside the people (their ratings and verdicts count in none of the
    /// numbers above but the bias rates, where each is a rater marked as a judge).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub judges: Vec<crate::core::human::judge::JudgeReport>,
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
    // People's numbers are people's: a model judge's ratings and verdicts are set beside them.
    let people = session.people();
    let items = scoring::with_human(automatic, &session.suite, &people.ratings);
    let items = scoring::with_overrides(items, &session.suite, &session.overrides);
    let table = aggregate::table_with_intervals(&session.suite, &items, &models, session.aggregation, Resampling::default());
    let (agreement, disagreements) = raters::agreement(&people);
    let pairwise_settings = Settings::default();
    let human = HumanReport {
        progress: raters::progress(&people),
        agreement,
        disagreements,
        pairwise_settings,
        pairwise: raters::boards(&people, pairwise_settings),
        bias: crate::core::human::bias::vote_bias(session),
        judges: crate::core::human::judge::reports(session, &people, pairwise_settings),
    };
    let circular = aggregate::circular(&session.suite, &items, &models);
    Results { models, items, table, human, circular }
}


pub use crate::core::model::answers::WITHHELD;

/// A session without its answers' text (a results link, or a scorebook saved from one): the
/// automatic scores computed from the text stand for it. The numbers are the same as the
/// whole session's; nothing can be rescored, and no one can rate what they cannot read.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Withheld {
    pub session: Session,
    /// Every model's automatic score on every item, in [`scoring::pairs`] order.
    pub automatic: Vec<ItemScore>,
}

impl Withheld {
    /// `session` with its answers' text left out, beside `automatic`, the scores computed from
    /// it. Words the scores quote from the answers (a choice's evidence, what a rubric check
    /// found) go too.
    pub fn of(session: &Session, automatic: &[ItemScore]) -> Withheld {
        let mut session = session.clone();
        for answer in session.answers.iter_mut().filter(|a| !a.answer.trim().is_empty()) {
            // Who answers what stays known (raters' schedules and progress count the answers
            // that say something), not what they said.
            answer.answer = WITHHELD.to_owned();
        }
        let automatic = automatic.iter().cloned().map(without_quotes).collect();
        Withheld { session, automatic }
    }

    /// What the whole session would give: the same leaderboard and item scores.
    pub fn results(&self) -> Results {
        from_automatic(&self.session, self.automatic.clone())
    }

    /// Everything wrong with it: its session's problems, and automatic scores that are not
    /// exactly one for each model's answer to each item.
    pub fn problems(&self, file: &str) -> Vec<Problem> {
        let mut problems = self.session.problems(file);
        problems.extend(self.score_problems(file));
        problems
    }

    /// What is wrong with its automatic scores alone (not exactly one for each model's answer
    /// to each item), for a reader that has checked the session already.
    pub fn score_problems(&self, file: &str) -> Option<Problem> {
        let models = self.session.models();
        let expected = models.len() * self.session.suite.items.len();
        let pairs = scoring::pairs(&self.session.suite, &self.session.answers, &models);
        let matches = self.automatic.len() == expected
            && pairs.iter().zip(&self.automatic).all(|(pair, score)| {
                score.model == models[pair.model] && score.item == self.session.suite.items[pair.item].id && score.human.is_none() && score.overridden.is_none()
            });
        (!matches).then(|| {
            Problem::new(file, Location::Field { field: "automatic".into() }, msg!("problem-withheld-scores", found = self.automatic.len(), expected = expected))
        })
    }
}

/// `score` without the words it quotes from its answer.
fn without_quotes(mut score: ItemScore) -> ItemScore {
    match &mut score.detail {
        Detail::Choice { extraction, .. } => {
            extraction.evidence = None;
            extraction.normalized = None;
            extraction.span = None;
        }
        Detail::Rubric { checks, .. } => {
            for check in checks {
                check.found.clear();
            }
        }
        Detail::Reference { .. } | Detail::Open | Detail::Missing => {}
    }
    score
}
