//! The scorebook: everything a scoring session produced, in one versioned JSON file — suite,
//! answers, ratings, votes, the aggregation rule, and the computed results with their
//! signatures. Re-opening it restores the same screen and the same numbers (scores are
//! recomputed from the inputs, deterministically, and must equal the stored ones).

use serde::{Deserialize, Serialize};

use crate::core::aggregate::{self, Cell, Resampling, Rule};
use crate::core::answers::Answer;
use crate::core::error::Problem;
use crate::core::scoring::{self, ItemScore};
use crate::core::raters::{self, Rater};
use crate::core::rubric::likert;
use crate::core::stats::pairwise::Settings;
use crate::core::suite::Suite;
use crate::core::text::Segmenter;

/// The scorebook schema this build writes; older versions are migrated on reading.
pub const SCOREBOOK_SCHEMA: &str = "pingfen.scorebook/1";

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

/// Scores and table computed from a session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    pub models: Vec<String>,
    pub items: Vec<ItemScore>,
    pub table: Vec<Cell>,
    pub human: HumanReport,
}

/// What people contributed: each rater's progress, their agreement, and the pairwise
/// leaderboards.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HumanReport {
    pub progress: Vec<raters::Progress>,
    pub agreement: Vec<raters::Agreement>,
    pub disagreements: Vec<raters::Disagreement>,
    pub pairwise_settings: Settings,
    pub pairwise: Vec<raters::Board>,
}

impl Session {
    /// A session of a suite and answers, before anyone has rated.
    pub fn new(suite: Suite, answers: Vec<Answer>) -> Self {
        Session { suite, answers, ratings: Vec::new(), votes: Vec::new(), aggregation: Rule::default(), raters: Vec::new() }
    }

    /// Scores every answer and rolls the scores up.
    pub fn results(&self, segmenter: &Segmenter) -> Results {
        self.results_from(scoring::score_all(segmenter, &self.suite, &self.answers))
    }

    /// Results from automatic scores computed earlier (they depend only on the suite and the
    /// answers): people's ratings replace them where given, then everything rolls up.
    pub fn results_from(&self, automatic: Vec<ItemScore>) -> Results {
        let models = scoring::models(&self.answers);
        let items = scoring::with_human(automatic, &self.suite, &self.ratings);
        let table = aggregate::table_with_intervals(&self.suite, &items, &models, self.aggregation, Resampling::default());
        let (agreement, disagreements) = raters::agreement(self);
        let pairwise_settings = Settings::default();
        let human = HumanReport {
            progress: raters::progress(self),
            agreement,
            disagreements,
            pairwise_settings,
            pairwise: raters::boards(self, pairwise_settings),
        };
        Results { models, items, table, human }
    }

    /// Everything wrong with the session's suite, answers, ratings and votes.
    pub fn problems(&self, file: &str) -> Vec<Problem> {
        let mut problems = self.suite.problems(file);
        problems.extend(crate::core::answers::problems(file, &self.answers, &self.suite));
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
        self.votes.retain(|v| !(v.rater == vote.rater && v.item == vote.item && same_pair(v, &vote.a, &vote.b)));
        self.votes.push(vote);
    }

    /// The rater's vote on a scheduled pair, whichever side each model was shown on.
    pub fn vote_for(&self, rater: &str, task: &raters::PairTask) -> Option<&Vote> {
        self.votes.iter().find(|v| v.rater == rater && v.item == task.item && same_pair(v, &task.a, &task.b))
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

fn same_pair(vote: &Vote, a: &str, b: &str) -> bool {
    (vote.a == a && vote.b == b) || (vote.a == b && vote.b == a)
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
}

/// Ratings and votes that do not fit the suite: unknown items, models or criteria, values off
/// the scale, a model compared with itself.
pub fn human_problems(file: &str, session: &Session) -> Vec<Problem> {
    let models = scoring::models(&session.answers);
    let mut problems = Vec::new();
    for (index, rating) in session.ratings.iter().enumerate() {
        let at = format!("ratings[{index}] (rater {:?}, item {:?})", rating.rater, rating.item);
        let Some(item) = session.suite.item(&rating.item) else {
            problems.push(Problem::new(file, at, "names an item the suite does not have".into()).zh("评分对应的题目不在评测套件中"));
            continue;
        };
        if !models.contains(&rating.model) {
            problems.push(Problem::new(file, at.clone(), format!("rates model {:?}, which has no answers in this file", rating.model)).zh(format!("评分对象模型 {:?} 在此文件中没有回答", rating.model)));
        }
        match likert::criteria(&session.suite, item).into_iter().find(|(c, _)| c.id == rating.criterion) {
            None => problems.push(Problem::new(file, at, format!("criterion {:?} is not one of this item's criteria", rating.criterion)).zh(format!("评分项 {:?} 不属于这道题", rating.criterion))),
            Some((_, scale)) if rating.value < scale.min || rating.value > scale.max => problems.push(
                Problem::new(file, at, format!("value {} is outside the scale {}–{}", rating.value, scale.min, scale.max))
                    .zh(format!("分值 {} 超出量表范围 {}–{}", rating.value, scale.min, scale.max)),
            ),
            Some(_) => {}
        }
    }
    for (index, vote) in session.votes.iter().enumerate() {
        let at = format!("votes[{index}] (rater {:?}, item {:?})", vote.rater, vote.item);
        if session.suite.item(&vote.item).is_none() {
            problems.push(Problem::new(file, at.clone(), "names an item the suite does not have".into()).zh("投票对应的题目不在评测套件中"));
        }
        if vote.a == vote.b {
            problems.push(Problem::new(file, at.clone(), "compares a model with itself".into()).zh("把模型与自身比较"));
        }
        for model in [&vote.a, &vote.b] {
            if !models.contains(model) {
                problems.push(Problem::new(file, at.clone(), format!("model {model:?} has no answers in this file")).zh(format!("模型 {model:?} 在此文件中没有回答")));
            }
        }
    }
    problems
}

/// The file as written.
#[derive(Debug, Serialize)]
pub struct Scorebook<'a> {
    pub schema: &'static str,
    pub app_version: &'static str,
    /// When it was written (ISO 8601, UTC); the only field that differs between two exports
    /// of the same session.
    pub created: &'a str,
    #[serde(flatten)]
    pub session: &'a Session,
    pub results: &'a Results,
}

impl<'a> Scorebook<'a> {
    pub fn new(session: &'a Session, results: &'a Results, created: &'a str) -> Self {
        Scorebook { schema: SCOREBOOK_SCHEMA, app_version: crate::VERSION, created, session, results }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

#[derive(Deserialize)]
struct ScorebookHeader {
    schema: String,
}

/// Reads a scorebook's session (results are recomputed by the caller).
pub fn read(file: &str, text: &str) -> Result<Session, Vec<Problem>> {
    let text = text.trim_start_matches('\u{feff}');
    let header: ScorebookHeader = serde_json::from_str(text).map_err(|e| {
        vec![Problem::new(file, format!("line {}, column {}", e.line(), e.column()), format!("{e}: this is not a Pingfen scorebook")).zh(format!("{e}：这不是 Pingfen 评分簿"))]
    })?;
    if header.schema != SCOREBOOK_SCHEMA {
        return Err(vec![Problem::new(
            file,
            "field \"schema\"",
            format!("is {:?}; this version of Pingfen reads {SCOREBOOK_SCHEMA:?} (a newer Pingfen may have written it)", header.schema),
        )
        .zh(format!("为 {:?}；此版本的 Pingfen 读取 {SCOREBOOK_SCHEMA:?}（文件可能由更新版本写出）", header.schema))]);
    }
    let session: Session = serde_json::from_str(text).map_err(|e| {
        vec![Problem::new(file, format!("line {}, column {}", e.line(), e.column()), e.to_string()).zh(format!("评分簿内容有误：{e}"))]
    })?;
    let problems = session.problems(file);
    if problems.is_empty() { Ok(session) } else { Err(problems) }
}

/// The results table as CSV: model, language (`all` for the composite over both), dimension
/// and sub-task (empty for composites), score, its 95 % interval, scored items, items.
pub fn table_csv(results: &Results) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(Cell::COLUMNS);
    let number = |v: Option<f64>| v.map(|s| format!("{s:.4}")).unwrap_or_default();
    for cell in &results.table {
        let _ = out.write_record([
            cell.model.as_str(),
            cell.lang_code(),
            cell.dimension.as_deref().unwrap_or(""),
            cell.subtask.as_deref().unwrap_or(""),
            &number(cell.score),
            &number(cell.interval.map(|i| i.low)),
            &number(cell.interval.map(|i| i.high)),
            &cell.scored.to_string(),
            &cell.items.to_string(),
        ]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Every item score as CSV: model, item, score, source, and the first metric's signature.
pub fn items_csv(results: &Results) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(["model", "item", "score", "source", "signature"]);
    for score in &results.items {
        let signature = match &score.detail {
            scoring::Detail::Reference { metrics } => metrics.first().map(|(_, s)| s.signature.to_string()).unwrap_or_default(),
            scoring::Detail::Choice { rule, .. } => format!("choice|rule:{rule}"),
            scoring::Detail::Rubric { checks, .. } => format!("rubric|checks:{}", checks.len()),
            scoring::Detail::Open => "open".into(),
            scoring::Detail::Missing => "missing".into(),
        };
        let _ = out.write_record([
            score.model.as_str(),
            score.item.as_str(),
            &score.score.map(|s| format!("{s:.4}")).unwrap_or_default(),
            match score.source {
                scoring::Source::Metric => "metric",
                scoring::Source::Human => "human",
            },
            &signature,
        ]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}
