//! A model judge's scores and verdicts, as the tools that run judges write them:
//!
//! - JSONL, a score per line `{"model", "item", "criterion", "value", "judge"}` or a verdict
//!   `{"item", "a", "b", "outcome", "judge"}` (`outcome`: `a`, `b`, `tie`, `both_bad`, or the
//!   winning model's name); the two may be mixed;
//! - a table (CSV or spreadsheet) with the same columns;
//! - an answers table with a column `judge:<criterion>` per criterion the judge scored (and,
//!   optionally, a `judge` column naming it; else it is called `judge`).
//!
//! Read into [`JudgeWork`]; checked against the session it joins by [`JudgeWork::into_session`].

use serde::{Deserialize, Serialize};

use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::io::columns::{self, Column};
use crate::core::io::encoding::Decoded;
use crate::core::model::answers::Answer;
use crate::core::model::human::{Outcome, Rater, Rating, Vote};
use crate::core::model::session::{self, Session};

pub const JUDGE: Column = Column { key: "judge", names: &["judge", "judge_model", "评审", "评审模型", "裁判"] };
pub const CRITERION: Column = Column { key: "criterion", names: &["criterion", "标准", "评分标准"] };
pub const VALUE: Column = Column { key: "value", names: &["value", "score", "rating", "评分", "分数"] };
pub const A: Column = Column { key: "a", names: &["a", "model_a"] };
pub const B: Column = Column { key: "b", names: &["b", "model_b"] };
pub const OUTCOME: Column = Column { key: "outcome", names: &["outcome", "verdict", "winner", "结果"] };
/// What starts the header of an answers table's judge column: `judge:accuracy`.
pub const SCORE_PREFIX: &str = "judge:";
/// The judge's name when an answers table's judge columns do not say.
pub const UNNAMED: &str = "judge";

/// One or more judges' scores and verdicts from one file, and the answers it carried.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JudgeWork {
    pub file: String,
    /// The judges, in the order they first appear.
    pub judges: Vec<String>,
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default)]
    pub ratings: Vec<Rating>,
    #[serde(default)]
    pub votes: Vec<Vote>,
}

impl JudgeWork {
    fn new(file: &str) -> Self {
        JudgeWork { file: file.to_owned(), judges: Vec::new(), answers: Vec::new(), ratings: Vec::new(), votes: Vec::new() }
    }

    fn judge(&mut self, name: &str) -> String {
        let name = name.trim().to_owned();
        if !self.judges.contains(&name) {
            self.judges.push(name.clone());
        }
        name
    }

    /// The work as a session to merge into `loaded`: the judges as raters marked as judges,
    /// checked against `loaded`'s suite and answers (and the answers the file brings). A judge
    /// may not take a person's name.
    pub fn into_session(self, loaded: &Session) -> Result<Session, Vec<Problem>> {
        let mut problems = Vec::new();
        for judge in &self.judges {
            if loaded.raters.iter().any(|r| !r.judge && r.name == *judge) {
                problems.push(Problem::new(&self.file, Location::File, msg!("problem-judge-is-a-person", judge = judge.as_str())));
            }
        }
        let JudgeWork { file, judges, answers, ratings, votes } = self;
        let mut known = loaded.answers.clone();
        known.extend(answers.iter().cloned());
        let check = Session { ratings, votes, raters: judges.iter().map(|j| Rater::judge(j)).collect(), ..Session::new(loaded.suite.clone(), known) };
        problems.extend(session::human_problems(&file, &check));
        if !problems.is_empty() {
            return Err(problems);
        }
        let Session { ratings, votes, raters, .. } = check;
        Ok(Session { ratings, votes, raters, ..Session::new(loaded.suite.clone(), answers) })
    }
}

/// Whether a JSONL file holds a judge's scores or verdicts: its first line names a judge and
/// a criterion or an outcome.
pub fn is_judge_jsonl(text: &str) -> bool {
    let Some(first) = text.trim_start_matches('\u{feff}').lines().find(|l| !l.trim().is_empty()) else { return false };
    let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(first) else { return false };
    fields.contains_key("judge") && (fields.contains_key("criterion") || fields.contains_key("outcome"))
}

/// Whether a table's header makes it a judge's: a judge column with criterion and value, or
/// with a, b and outcome; or an answers table with `judge:<criterion>` columns.
pub fn is_judge_header(header: &[&str]) -> bool {
    let has = |column: Column| column.find(header.iter().copied()).is_some();
    (has(JUDGE) && ((has(CRITERION) && has(VALUE)) || (has(A) && has(B) && has(OUTCOME)))) || score_columns(header).next().is_some()
}

/// An answers table's judge columns: position and criterion.
fn score_columns<'a>(header: &'a [&'a str]) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    header.iter().enumerate().filter_map(|(i, h)| {
        let h = h.trim();
        h.get(..SCORE_PREFIX.len()).filter(|p| p.eq_ignore_ascii_case(SCORE_PREFIX)).map(|_| (i, h[SCORE_PREFIX.len()..].trim())).filter(|(_, c)| !c.is_empty())
    })
}

/// A score as a whole number: `4`, `4.0` or `"4"`.
fn whole(value: &serde_json::Value) -> Option<i32> {
    match value {
        serde_json::Value::Number(n) => n.as_i64().or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64)).and_then(|v| i32::try_from(v).ok()),
        serde_json::Value::String(s) => whole_text(s),
        _ => None,
    }
}

fn whole_text(text: &str) -> Option<i32> {
    let text = text.trim();
    text.parse::<i32>().ok().or_else(|| text.parse::<f64>().ok().filter(|f| f.fract() == 0.0 && f.abs() < 1e9).map(|f| f as i32))
}

/// An outcome as written: `a`, `b`, `tie`, `both_bad` (any case, `-` or space for `_`), or the
/// winning model's name.
fn outcome(text: &str, a: &str, b: &str) -> Option<Outcome> {
    let folded = text.trim().to_lowercase().replace(['-', ' '], "_");
    match folded.as_str() {
        "a" | "model_a" => Some(Outcome::A),
        "b" | "model_b" => Some(Outcome::B),
        "tie" | "draw" => Some(Outcome::Tie),
        "both_bad" | "tie_bothbad" | "tie_both_bad" | "neither" => Some(Outcome::BothBad),
        _ if text.trim() == a && a != b => Some(Outcome::A),
        _ if text.trim() == b && a != b => Some(Outcome::B),
        _ => None,
    }
}

/// A judge's JSONL: every line a score or a verdict.
pub fn from_jsonl(file: &str, text: &str) -> Result<JudgeWork, Vec<Problem>> {
    let mut work = JudgeWork::new(file);
    let mut problems = Vec::new();
    for (index, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = Location::Line { line: index + 1 };
        let fields = match serde_json::from_str::<serde_json::Value>(line) {
            Ok(serde_json::Value::Object(fields)) => fields,
            Ok(_) => {
                problems.push(Problem::new(file, at, msg!("problem-judge-not-object")));
                continue;
            }
            Err(error) => {
                problems.push(Problem::new(file, at, msg!("problem-judge-line", detail = error.to_string())));
                continue;
            }
        };
        let text = |key: &str| fields.get(key).and_then(|v| v.as_str().map(str::to_owned).or_else(|| v.as_number().map(|n| n.to_string())));
        let Some(judge) = text("judge").filter(|j| !j.trim().is_empty()) else {
            problems.push(Problem::new(file, at, msg!("problem-judge-field", field = "judge")));
            continue;
        };
        let item = text("item").unwrap_or_default();
        if fields.contains_key("outcome") {
            let (Some(a), Some(b)) = (text("a"), text("b")) else {
                problems.push(Problem::new(file, at, msg!("problem-judge-field", field = "a, b")));
                continue;
            };
            let written = text("outcome").unwrap_or_default();
            let Some(outcome) = outcome(&written, &a, &b) else {
                problems.push(Problem::new(file, at, msg!("problem-judge-outcome", outcome = written)));
                continue;
            };
            let rater = work.judge(&judge);
            work.votes.push(Vote { rater, item, a, b, outcome });
        } else {
            let (Some(model), Some(criterion)) = (text("model"), text("criterion")) else {
                problems.push(Problem::new(file, at, msg!("problem-judge-field", field = "model, criterion")));
                continue;
            };
            let Some(value) = fields.get("value").and_then(whole) else {
                let written = fields.get("value").map(ToString::to_string).unwrap_or_default();
                problems.push(Problem::new(file, at, msg!("problem-judge-value", value = written)));
                continue;
            };
            let comment = text("comment").or_else(|| text("reason")).filter(|c| !c.trim().is_empty());
            let rater = work.judge(&judge);
            work.ratings.push(Rating { rater, model, item, criterion, value, comment });
        }
    }
    if problems.is_empty() { Ok(work) } else { Err(problems) }
}

/// A judge's table (or an answers table with judge columns), its text decoded once.
pub fn from_decoded(file: &str, decoded: &Decoded<'_>) -> Result<JudgeWork, Vec<Problem>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(decoded.text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| vec![Problem::new(file, Location::Row { row: 1 }, msg!("problem-answers-csv-header", detail = e.to_string()))])?
        .iter()
        .map(str::to_owned)
        .collect();
    let names: Vec<&str> = header.iter().map(String::as_str).collect();
    let find = |column: Column| column.find(names.iter().copied());
    let scores: Vec<(usize, String)> = score_columns(&names).map(|(i, c)| (i, c.to_owned())).collect();
    let mut work = JudgeWork::new(file);
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(Problem::new(file, Location::Row { row }, msg!("problem-csv-unreadable-row", detail = error.to_string())));
                continue;
            }
        };
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        let cell = |column: Option<usize>| column.and_then(|i| record.get(i)).map(str::trim).unwrap_or("");
        let judge = cell(find(JUDGE));
        let item = cell(find(columns::ITEM)).to_owned();
        if !scores.is_empty() {
            // An answers table: the answer, and the judge's score of it on each criterion.
            let model = cell(find(columns::MODEL)).to_owned();
            if let Some(answer) = find(columns::ANSWER).and_then(|i| record.get(i)) {
                work.answers.push(Answer { model: model.clone(), item: item.clone(), answer: answer.to_owned() });
            }
            let judge = work.judge(if judge.is_empty() { UNNAMED } else { judge });
            for (column, criterion) in &scores {
                let written = record.get(*column).unwrap_or("").trim();
                if written.is_empty() {
                    continue;
                }
                match whole_text(written) {
                    Some(value) => work.ratings.push(Rating {
                        rater: judge.clone(),
                        model: model.clone(),
                        item: item.clone(),
                        criterion: criterion.clone(),
                        value,
                        comment: None,
                    }),
                    None => problems.push(Problem::new(file, Location::Cell { row, column: header[*column].clone() }, msg!("problem-judge-value", value = written))),
                }
            }
            continue;
        }
        if judge.is_empty() {
            problems.push(Problem::new(file, Location::Row { row }, msg!("problem-judge-field", field = "judge")));
            continue;
        }
        if let Some(column) = find(OUTCOME) {
            let (a, b) = (cell(find(A)).to_owned(), cell(find(B)).to_owned());
            let written = cell(Some(column));
            match outcome(written, &a, &b) {
                Some(outcome) => {
                    let rater = work.judge(judge);
                    work.votes.push(Vote { rater, item, a, b, outcome });
                }
                None => problems.push(Problem::new(file, Location::Cell { row, column: header[column].clone() }, msg!("problem-judge-outcome", outcome = written))),
            }
        } else {
            let written = cell(find(VALUE));
            match whole_text(written) {
                Some(value) => {
                    let rater = work.judge(judge);
                    let (model, criterion) = (cell(find(columns::MODEL)).to_owned(), cell(find(CRITERION)).to_owned());
                    work.ratings.push(Rating { rater, model, item, criterion, value, comment: None });
                }
                None => {
                    let column = find(VALUE).map_or_else(|| VALUE.key.to_owned(), |i| header[i].clone());
                    problems.push(Problem::new(file, Location::Cell { row, column }, msg!("problem-judge-value", value = written)));
                }
            }
        }
    }
    if problems.is_empty() { Ok(work) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_as_judges_write_them() {
        assert_eq!(outcome("A", "x", "y"), Some(Outcome::A));
        assert_eq!(outcome("both-bad", "x", "y"), Some(Outcome::BothBad));
        assert_eq!(outcome("tie (bothbad)", "x", "y"), None);
        assert_eq!(outcome("y", "x", "y"), Some(Outcome::B));
        assert_eq!(outcome("z", "x", "y"), None);
    }

    #[test]
    fn scores_are_whole_numbers() {
        assert_eq!(whole(&serde_json::json!(4)), Some(4));
        assert_eq!(whole(&serde_json::json!(4.0)), Some(4));
        assert_eq!(whole(&serde_json::json!("5")), Some(5));
        assert_eq!(whole(&serde_json::json!(4.5)), None);
        assert_eq!(whole(&serde_json::json!(null)), None);
    }

    #[test]
    fn judge_files_are_told_by_their_first_line_and_header() {
        assert!(is_judge_jsonl("{\"model\":\"m\",\"item\":\"i\",\"criterion\":\"c\",\"value\":3,\"judge\":\"j\"}\n"));
        assert!(is_judge_jsonl("\n{\"item\":\"i\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\",\"judge\":\"j\"}"));
        assert!(!is_judge_jsonl("{\"model\":\"m\",\"item\":\"i\",\"answer\":\"x\"}"));
        assert!(is_judge_header(&["model", "item", "answer", "judge:accuracy"]));
        assert!(is_judge_header(&["Judge", "model", "item", "criterion", "score"]));
        assert!(!is_judge_header(&["model", "item", "answer", "judge"]));
    }
}
