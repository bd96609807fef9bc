//! The scorebook: everything a scoring session produced, in one versioned JSON file — suite,
//! answers, ratings, votes, the aggregation rule, and the computed results with their
//! signatures. Re-opening it restores the same screen and the same numbers (scores are
//! recomputed from the inputs, deterministically, and must equal the stored ones).

use serde::{Deserialize, Serialize};

use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::model::session::Session;
use crate::core::results::Results;
use crate::core::scoring::ItemScore;

/// The scorebook schema this build writes; older versions are migrated on reading.
pub const SCOREBOOK_SCHEMA: &str = "pingfen.scorebook/1";

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
    /// Present when the answers' text was left out (a scorebook saved from a results link):
    /// the automatic scores computed from it, which stand for it on reading.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automatic: Option<&'a [ItemScore]>,
}

impl<'a> Scorebook<'a> {
    pub fn new(session: &'a Session, results: &'a Results, created: &'a str) -> Self {
        Scorebook { schema: SCOREBOOK_SCHEMA, app_version: crate::VERSION, created, session, results, automatic: None }
    }

    /// With `automatic`, the scores standing for the answers' text, when the session came
    /// without it: they are read back with it.
    pub fn withheld(self, automatic: Option<&'a [ItemScore]>) -> Self {
        Scorebook { automatic, ..self }
    }

    /// The file's text. Serialising plain data cannot fail in practice, but if it ever
    /// does the caller is told: no half-written or `{"error": …}` file is ever offered.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
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
        vec![Problem::new(file, Location::LineColumn { line: e.line(), column: e.column() }, msg!("problem-scorebook-not-json", detail = e.to_string()))]
    })?;
    if header.schema != SCOREBOOK_SCHEMA {
        return Err(vec![Problem::new(
            file,
            Location::Field { field: "schema".into() },
            msg!("problem-scorebook-schema", found = header.schema, expected = SCOREBOOK_SCHEMA),
        )]);
    }
    let session: Session = serde_json::from_str(text).map_err(|e| {
        vec![Problem::new(file, Location::LineColumn { line: e.line(), column: e.column() }, msg!("problem-scorebook-invalid", detail = e.to_string()))]
    })?;
    let problems = session.problems(file);
    if problems.is_empty() { Ok(session) } else { Err(problems) }
}

/// The automatic scores a scorebook saved without its answers' text keeps (`None` for a whole
/// scorebook); read after [`read`], which checks the rest.
pub fn withheld_scores(file: &str, text: &str) -> Result<Option<Vec<ItemScore>>, Vec<Problem>> {
    #[derive(Deserialize)]
    struct Kept {
        #[serde(default)]
        automatic: Option<Vec<ItemScore>>,
    }
    // A whole scorebook is not parsed twice: only one naming the field can hold it.
    if !text.contains("\"automatic\"") {
        return Ok(None);
    }
    let text = text.trim_start_matches('\u{feff}');
    let kept: Kept = serde_json::from_str(text).map_err(|e| {
        vec![Problem::new(file, Location::LineColumn { line: e.line(), column: e.column() }, msg!("problem-scorebook-invalid", detail = e.to_string()))]
    })?;
    Ok(kept.automatic)
}

/// A scorebook's schema and stored results; the session around them is read on its own (a
/// `flatten` over both would buffer the whole document first, several times slower).
#[derive(Deserialize)]
struct Stored {
    schema: String,
    results: Results,
}

/// Reads a scorebook with its stored results, for a scorebook this build wrote and tests pin
/// (the built-in sample, which ships scored so its first screen needs no engine). Files
/// people open go through [`read`]: their results are recomputed.
pub fn read_scored(file: &str, text: &str) -> Result<(Session, Results), Vec<Problem>> {
    let text = text.trim_start_matches('\u{feff}');
    let invalid = |e: serde_json::Error| {
        vec![Problem::new(file, Location::LineColumn { line: e.line(), column: e.column() }, msg!("problem-scorebook-invalid", detail = e.to_string()))]
    };
    let stored: Stored = serde_json::from_str(text).map_err(invalid)?;
    if stored.schema != SCOREBOOK_SCHEMA {
        return Err(vec![Problem::new(
            file,
            Location::Field { field: "schema".into() },
            msg!("problem-scorebook-schema", found = stored.schema, expected = SCOREBOOK_SCHEMA),
        )]);
    }
    let session: Session = serde_json::from_str(text).map_err(invalid)?;
    let problems = session.problems(file);
    if problems.is_empty() { Ok((session, stored.results)) } else { Err(problems) }
}
