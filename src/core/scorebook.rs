//! The scorebook: everything a scoring session produced, in one versioned JSON file — suite,
//! answers, ratings, votes, the aggregation rule, and the computed results with their
//! signatures. Re-opening it restores the same screen and the same numbers (scores are
//! recomputed from the inputs, deterministically, and must equal the stored ones).

use serde::{Deserialize, Serialize};

use crate::core::aggregate::{self, Cell, Rule};
use crate::core::answers::Answer;
use crate::core::error::Problem;
use crate::core::scoring::{self, ItemScore};
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
}

/// Scores and table computed from a session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    pub models: Vec<String>,
    pub items: Vec<ItemScore>,
    pub table: Vec<Cell>,
}

impl Session {
    pub fn results(&self, segmenter: &Segmenter) -> Results {
        let models = scoring::models(&self.answers);
        let items = scoring::score_all(segmenter, &self.suite, &self.answers);
        let table = aggregate::table(&self.suite, &items, &models, self.aggregation);
        Results { models, items, table }
    }
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
    let mut problems = session.suite.problems(file);
    problems.extend(crate::core::answers::problems(file, &session.answers, &session.suite));
    if problems.is_empty() { Ok(session) } else { Err(problems) }
}

/// The results table as CSV: model, language, dimension (empty for the composite), score,
/// scored items, items.
pub fn table_csv(results: &Results) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(["model", "lang", "dimension", "score", "scored", "items"]);
    for cell in &results.table {
        let _ = out.write_record([
            cell.model.as_str(),
            if cell.lang == crate::core::text::Lang::Zh { "zh" } else { "en" },
            cell.dimension.as_deref().unwrap_or(""),
            &cell.score.map(|s| format!("{s:.4}")).unwrap_or_default(),
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
