//! Telling what a file a user dropped is — a suite, answers, a model judge's scores, or a
//! scorebook — and reading it.

use crate::core::io::answers;
use crate::core::io::autosave;
use crate::core::io::encoding::{self, Decoded};
use crate::core::io::foreign;
use crate::core::io::judge;
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
    /// Answers as another tool wrote them, each with its prompt: placed on a suite's items
    /// by [`Foreign::answers_for`](crate::core::io::foreign::Foreign::answers_for).
    Foreign(Box<crate::core::io::foreign::Foreign>),
    /// A model judge's scores and verdicts (and any answers the file carried): merged into a
    /// session, the judge a rater marked as model-judged.
    Judged(Box<crate::core::io::judge::JudgeWork>),
}


/// A file read, and the encoding its text was read in when that had to be guessed (no
/// byte-order mark, not UTF-8), by its name in the WHATWG Encoding Standard ("Big5"): what
/// the page names in a notice so a person can check the words.
#[derive(Debug)]
pub struct Read {
    pub loaded: Loaded,
    pub read_as: Option<&'static str>,
}

/// The kinds of file Pingfen reads, by name.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    Sheet,
    Csv,
    Jsonl,
    Json,
}

impl Form {
    fn of(name: &str) -> Option<Form> {
        let lower = name.to_lowercase();
        let ends = |exts: &[&str]| exts.iter().any(|ext| lower.ends_with(ext));
        if ends(&[".xlsx", ".xls", ".xlsm", ".ods"]) {
            Some(Form::Sheet)
        } else if ends(&[".csv"]) {
            Some(Form::Csv)
        } else if ends(&[".jsonl", ".ndjson"]) {
            Some(Form::Jsonl)
        } else if ends(&[".json"]) {
            Some(Form::Json)
        } else {
            None
        }
    }
}

/// How many answers an answers file holds, counted without reading them (a JSONL file's
/// non-blank lines, a CSV's non-empty rows): what lets a file far over a limit be refused
/// before it is parsed. `None` for other files (suites, scorebooks, spreadsheets), whose
/// count is known once read.
pub fn answer_count(name: &str, bytes: &[u8]) -> Option<usize> {
    match Form::of(name)? {
        form @ (Form::Jsonl | Form::Csv) => count_in(form, &answers::decode(bytes)),
        Form::Sheet | Form::Json => None,
    }
}

fn count_in(form: Form, text: &str) -> Option<usize> {
    if form == Form::Jsonl {
        return Some(text.lines().filter(|line| !line.trim().is_empty()).count());
    }
    if form != Form::Csv {
        return None;
    }
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

/// Reads `bytes` named `name`: `.json` is a suite or a scorebook (by its `schema`), `.jsonl`
/// answers, `.csv` and spreadsheets (`.xlsx`, `.xls`, `.ods`: the first sheet) a suite when a
/// column names the question (题目/question), else answers.
pub fn read(name: &str, bytes: &[u8]) -> Result<Loaded, Vec<Problem>> {
    read_counted(name, bytes, |_| None).map(|read| read.loaded)
}

/// Reads like [`read`], decoding the text once, and says the encoding it guessed; an answers
/// file whose count `refuse` objects to (see [`answer_count`]) is refused before it is parsed.
pub fn read_counted(name: &str, bytes: &[u8], refuse: impl Fn(usize) -> Option<Problem>) -> Result<Read, Vec<Problem>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![Problem::new(
            name,
            Location::File,
            msg!("problem-file-too-big", size = bytes.len() >> 20, limit = MAX_FILE_BYTES >> 20),
        )]);
    }
    let Some(form) = Form::of(name) else {
        return Err(vec![Problem::new(name, Location::File, msg!("problem-file-type"))]);
    };
    let sheet;
    let decoded = if form == Form::Sheet {
        sheet = crate::core::io::sheets::first_sheet_as_csv(name, bytes)?;
        Decoded { text: std::borrow::Cow::Borrowed(&sheet), encoding: encoding_rs::UTF_8, guessed: false }
    } else {
        encoding::decode(name, bytes).map_err(|problem| vec![problem])?
    };
    if let Some(problem) = count_in(form, &decoded.text).and_then(&refuse) {
        return Err(vec![problem]);
    }
    let loaded = match form {
        Form::Sheet | Form::Csv => read_csv(name, &decoded)?,
        Form::Jsonl if judge::is_judge_jsonl(&decoded.text) => Loaded::Judged(Box::new(judge::from_jsonl(name, &decoded.text)?)),
        Form::Jsonl => match foreign::jsonl_tool(&decoded.text) {
            Some(tool) => Loaded::Foreign(Box::new(foreign::from_jsonl(name, tool, &decoded.text)?)),
            None => Loaded::Answers(answers::from_jsonl(name, &decoded.text)?),
        },
        Form::Json => read_json(name, &decoded.text)?,
    };
    let read_as = (form != Form::Sheet && decoded.guessed).then(|| decoded.encoding.name());
    Ok(Read { loaded, read_as })
}

/// A CSV (or a spreadsheet's first sheet): a suite when a column names the question
/// (题目/question), else answers.
fn read_csv(name: &str, decoded: &Decoded<'_>) -> Result<Loaded, Vec<Problem>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(decoded.text.as_bytes());
    let header: Vec<String> = reader.headers().map(|h| h.iter().map(str::to_owned).collect()).unwrap_or_default();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    if crate::core::io::suite_csv::is_suite_header(&header) {
        crate::core::io::suite_csv::from_decoded(name, decoded).map(|suite| Loaded::Suite(Box::new(suite)))
    } else if judge::is_judge_header(&header) {
        judge::from_decoded(name, decoded).map(|work| Loaded::Judged(Box::new(work)))
    } else {
        answers::from_decoded(name, decoded).map(Loaded::Answers)
    }
}

/// A `.json` file: a scorebook, a save from "This browser" or a suite, told by its schema's
/// family, so a newer version is refused naming its version rather than as unknown.
fn read_json(name: &str, text: &str) -> Result<Loaded, Vec<Problem>> {
    if text.contains(SCOREBOOK_SCHEMA) || text.contains("\"pingfen.scorebook/") {
        let session = scorebook::read(name, text)?;
        return match scorebook::withheld_scores(name, text)? {
            None => Ok(Loaded::Session(Box::new(session))),
            Some(automatic) => {
                // `scorebook::read` has checked the session; only the scores are left.
                let withheld = crate::core::results::Withheld { session, automatic };
                match withheld.score_problems(name) {
                    None => Ok(Loaded::Withheld(Box::new(withheld))),
                    Some(problem) => Err(vec![problem]),
                }
            }
        };
    }
    // A save downloaded from "This browser" (it holds a suite, so it is asked about first).
    if text.contains(autosave::SCHEMA_PREFIX) || autosave::is_version_1(text) {
        return autosave::decode(text)
            .map(|read| match read.automatic {
                None => Loaded::Session(Box::new(read.session)),
                Some(automatic) => Loaded::Withheld(Box::new(crate::core::results::Withheld { session: read.session, automatic })),
            })
            .map_err(|message| vec![Problem::new(name, Location::File, message)]);
    }
    if text.contains(SUITE_SCHEMA) || text.contains("\"pingfen.suite/") {
        return Suite::from_json(name, text).map(|suite| Loaded::Suite(Box::new(suite)));
    }
    // Another tool's answers, told by their shape.
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text.trim_start_matches('\u{feff}'))
        && let Some(read) = foreign::from_json(name, &value)
    {
        return read.map(|read| Loaded::Foreign(Box::new(read)));
    }
    Err(vec![Problem::new(
        name,
        Location::Field { field: "schema".into() },
        msg!("problem-json-no-schema", suite = SUITE_SCHEMA, scorebook = SCOREBOOK_SCHEMA),
    )])
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
