//! The built-in bilingual sample suite and its fictional models' answers (www/samples/): what
//! a student sees, already scored, on first visit.

use crate::core::answers;
use crate::core::error::Problem;
use crate::core::scorebook::Session;
use crate::core::suite::Suite;

const SUITE: &str = include_str!("../../www/samples/sample-suite.json");
const ANSWERS: &str = include_str!("../../www/samples/sample-answers.jsonl");

/// The sample session: suite and answers, checked like any user file.
pub fn session() -> Result<Session, Vec<Problem>> {
    let suite = Suite::from_json("sample-suite.json", SUITE)?;
    let answers = answers::from_jsonl("sample-answers.jsonl", ANSWERS)?;
    let problems = answers::problems("sample-answers.jsonl", &answers, &suite);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Session::new(suite, answers))
}
