//! The built-in bilingual sample suite and its fictional models' answers (www/samples/): what
//! a student sees, already scored, on first visit.

use crate::core::io::answers;
use crate::core::model::answers::problems as answer_problems;
use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::model::session::Session;
use crate::core::model::suite::Suite;

const SUITE: &str = include_str!("../../../www/samples/sample-suite.json");
const ANSWERS: &str = include_str!("../../../www/samples/sample-answers.jsonl");
const RATINGS: &str = include_str!("../../../www/samples/sample-ratings.json");

/// What `www/samples/sample-ratings.json` holds: three fictional raters' work on the sample.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SampleRatings {
    pub raters: Vec<crate::core::model::human::Rater>,
    pub ratings: Vec<crate::core::model::human::Rating>,
    pub votes: Vec<crate::core::model::human::Vote>,
}

/// The sample session: suite and answers, checked like any user file.
pub fn session() -> Result<Session, Vec<Problem>> {
    let suite = Suite::from_json("sample-suite.json", SUITE)?;
    let answers = answers::from_jsonl("sample-answers.jsonl", ANSWERS)?;
    let problems = answer_problems("sample-answers.jsonl", &answers, &suite);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Session::new(suite, answers))
}

/// The sample with three fictional raters' ratings and votes, as a rater file to merge: what
/// the Raters view offers a student who wants to see agreement and pairwise ratings at once.
pub fn rated_session() -> Result<Session, Vec<Problem>> {
    let mut session = session()?;
    let rated: SampleRatings = serde_json::from_str(RATINGS)
        .map_err(|e| {
            let at = Location::LineColumn { line: e.line(), column: e.column() };
            vec![Problem::new("sample-ratings.json", at, msg!("problem-json-unreadable", detail = e.to_string()))]
        })?;
    session.raters = rated.raters;
    session.ratings = rated.ratings;
    session.votes = rated.votes;
    let problems = crate::core::model::session::human_problems("sample-ratings.json", &session);
    if problems.is_empty() { Ok(session) } else { Err(problems) }
}
