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
/// The sample scored: what the first screen shows before any engine has started. Written by
/// `PINGFEN_BLESS=1 cargo test --test sample`; the test fails when it is not what the engine
/// computes now.
const SCORED: &str = include_str!("../../../www/samples/sample.scorebook.json");

/// The sample session with its results, as the engine computes them.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub session: Session,
    pub results: crate::core::results::Results,
}

/// The sample as it ships: session and results, read from the scored scorebook.
pub fn scored() -> Result<Scored, Vec<Problem>> {
    let (session, results) = crate::core::io::scorebook::read_scored("sample.scorebook.json", SCORED)?;
    Ok(Scored { session, results })
}

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
    rated(session()?)
}

/// `sample` (the sample session) with the three fictional raters' ratings and votes.
pub fn rated(mut session: Session) -> Result<Session, Vec<Problem>> {
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
