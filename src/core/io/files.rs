//! Telling what a file a user dropped is — a suite, answers, or a scorebook — and reading it.

use crate::core::io::answers;
use crate::core::io::autosave;
use crate::core::io::scorebook::{self, SCOREBOOK_SCHEMA};
use crate::core::model::answers::Answer;
use crate::core::model::limits::MAX_FILE_BYTES;
use crate::core::model::session::Session;
use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::model::suite::{Suite, SUITE_SCHEMA};

/// What a file turned out to hold.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Loaded {
    Suite(Box<Suite>),
    Answers(Vec<Answer>),
    Session(Box<Session>),
    /// One rater's work from a share link: merged into a session of the same suite.
    RaterWork(Box<crate::core::human::merge::RaterWork>),
    /// A session without its answers' text, with the automatic scores that stand for it (a
    /// results link, or a scorebook saved from one).
    Withheld(Box<crate::core::results::Withheld>),
}


/// A CSV (or a spreadsheet's first sheet): a suite when a column names the question
/// (题目/question), else answers.
fn read_csv(name: &str, bytes: &[u8]) -> Result<Loaded, Vec<Problem>> {
    let text = crate::core::io::encoding::decode(name, bytes).map_err(|problem| vec![problem])?.text;
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().map(|h| h.iter().map(str::to_owned).collect()).unwrap_or_default();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    if crate::core::io::suite_csv::is_suite_header(&header) {
        crate::core::io::suite_csv::from_csv(name, bytes).map(|suite| Loaded::Suite(Box::new(suite)))
    } else {
        answers::from_csv(name, bytes).map(Loaded::Answers)
    }
}

/// How many answers an answers file holds, counted without reading them (a JSONL file's
/// non-blank lines, a CSV's non-empty rows): what lets a file far over a limit be refused
/// before it is parsed. `None` for other files (suites, scorebooks, spreadsheets), whose
/// count is known once read.
pub fn answer_count(name: &str, bytes: &[u8]) -> Option<usize> {
    let lower = name.to_lowercase();
    if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        return Some(answers::decode(bytes).lines().filter(|line| !line.trim().is_empty()).count());
    }
    if !lower.ends_with(".csv") {
        return None;
    }
    let text = answers::decode(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().ok()?.iter().map(str::to_owned).collect();
    if crate::core::io::suite_csv::is_suite_header(&header.iter().map(String::as_str).collect::<Vec<_>>()) {
        return None;
    }
    let mut record = csv::ByteRecord::new();
    let mut count = 0;
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        if record.iter().any(|field| !field.trim_ascii().is_empty()) {
            count += 1;
        }
    }
    Some(count)
}

/// The encoding a text file `name` (CSV, JSONL, JSON) is read in when it had to be guessed
/// (no byte-order mark, not UTF-8), by its name in the WHATWG Encoding Standard ("Big5").
pub fn guessed_encoding(name: &str, bytes: &[u8]) -> Option<&'static str> {
    let lower = name.to_lowercase();
    let text = [".csv", ".jsonl", ".ndjson", ".json"].iter().any(|ext| lower.ends_with(ext));
    if !text || std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    crate::core::io::encoding::decode(name, bytes).ok().filter(|d| d.guessed).map(|d| d.encoding.name())
}

/// Reads `bytes` named `name`: `.json` is a suite or a scorebook (by its `schema`), `.jsonl`
/// answers, `.csv` and spreadsheets (`.xlsx`, `.xls`, `.ods`: the first sheet) a suite when a
/// column names the question (题目/question), else answers.
pub fn read(name: &str, bytes: &[u8]) -> Result<Loaded, Vec<Problem>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![Problem::new(
            name,
            Location::File,
            msg!("problem-file-too-big", size = bytes.len() >> 20, limit = MAX_FILE_BYTES >> 20),
        )]);
    }
    let lower = name.to_lowercase();
    if [".xlsx", ".xls", ".xlsm", ".ods"].iter().any(|ext| lower.ends_with(ext)) {
        let csv = crate::core::io::sheets::first_sheet_as_csv(name, bytes)?;
        return read_csv(name, csv.as_bytes());
    }
    if lower.ends_with(".csv") {
        return read_csv(name, bytes);
    }
    let text = crate::core::io::encoding::decode(name, bytes).map_err(|problem| vec![problem])?.text;
    if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        return answers::from_jsonl(name, &text).map(Loaded::Answers);
    }

    if lower.ends_with(".json") {
        // By schema family, so a newer version is refused naming its version, not as unknown.
        if text.contains(SCOREBOOK_SCHEMA) || text.contains("\"pingfen.scorebook/") {
            let session = scorebook::read(name, &text)?;
            return match scorebook::withheld_scores(name, &text)? {
                None => Ok(Loaded::Session(Box::new(session))),
                Some(automatic) => {
                    let withheld = crate::core::results::Withheld { session, automatic };
                    let problems = withheld.problems(name);
                    if problems.is_empty() { Ok(Loaded::Withheld(Box::new(withheld))) } else { Err(problems) }
                }
            };
        }
        // A save downloaded from "This browser" (it holds a suite, so it is asked about first).
        if text.contains(autosave::SCHEMA_PREFIX) || autosave::is_version_1(&text) {
            return autosave::decode(&text)
                .map(|read| match read.automatic {
                    None => Loaded::Session(Box::new(read.session)),
                    Some(automatic) => Loaded::Withheld(Box::new(crate::core::results::Withheld { session: read.session, automatic })),
                })
                .map_err(|message| vec![Problem::new(name, Location::File, message)]);
        }
        if text.contains(SUITE_SCHEMA) || text.contains("\"pingfen.suite/") {
            return Suite::from_json(name, &text).map(|suite| Loaded::Suite(Box::new(suite)));
        }
        return Err(vec![Problem::new(
            name,
            Location::Field { field: "schema".into() },
            msg!("problem-json-no-schema", suite = SUITE_SCHEMA, scorebook = SCOREBOOK_SCHEMA),
        )]);
    }
    Err(vec![Problem::new(name, Location::File, msg!("problem-file-type"))])
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::core::i18n::Locale;

    /// Every problem a user can meet reading files is explained in both Chinese scripts too.
    #[test]
    fn problems_are_described_in_every_locale() {
        let suite = include_str!("../../../tests/fixtures/mini-suite.json");
        let bad: Vec<(&str, Vec<u8>)> = vec![
            ("notes.txt", b"hello".to_vec()),
            ("x.json", b"{\"a\": 1}".to_vec()),
            ("s.json", suite.replace("\"answer\": \"B\"", "\"answer\": \"Z\"").into_bytes()),
            ("s.json", suite.replace("pingfen.suite/1\",", "pingfen.suite/1\", \"items\": 3,").into_bytes()),
            ("a.jsonl", b"{oops}\n".to_vec()),
            ("a.csv", b"name,text\na,b\n".to_vec()),
            ("q.csv", "题目,语言\n问题,法语\n".as_bytes().to_vec()),
            ("b.json", b"{\"schema\": \"pingfen.scorebook/7\"}".to_vec()),
        ];
        for (name, bytes) in bad {
            let problems = read(name, &bytes).expect_err(name);
            for problem in problems {
                for locale in [Locale::ZhHans, Locale::ZhHant] {
                    let text = problem.describe(locale);
                    assert!(text.starts_with(name), "{name}: {text}");
                    // Han characters after the file name: the location and the message are worded.
                    assert!(text[name.len()..].chars().any(crate::core::text::is_han), "{name}: {text}");
                    assert!(problem.message.text(locale).chars().any(crate::core::text::is_han), "{name}: {text}");
                }
                assert!(problem.describe(Locale::En).starts_with(name));
            }
        }
    }
}
