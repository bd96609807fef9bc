//! Telling what a file a user dropped is — a suite, answers, or a scorebook — and reading it.

use crate::core::answers::{self, Answer};
use crate::core::error::Problem;
use crate::core::scorebook::{self, Session, SCOREBOOK_SCHEMA};
use crate::core::suite::{Suite, SUITE_SCHEMA};

/// What a file turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Suite(Suite),
    Answers(Vec<Answer>),
    Session(Box<Session>),
}

/// Files larger than this are refused before parsing: a browser tab has limited memory.
pub const MAX_FILE_BYTES: usize = 64 << 20;

/// Reads `bytes` named `name`: `.json` is a suite or a scorebook (by its `schema`), `.jsonl`
/// answers, `.csv` a suite when it has a question column (题目/question), else answers.
pub fn read(name: &str, bytes: &[u8]) -> Result<Loaded, Vec<Problem>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![Problem::new(
            name,
            "size",
            format!("is {} MB; files up to {} MB can be opened", bytes.len() >> 20, MAX_FILE_BYTES >> 20),
        )]);
    }
    let lower = name.to_lowercase();
    if lower.ends_with(".csv") {
        let text = answers::decode(bytes);
        let header: Vec<&str> = text.lines().next().unwrap_or("").split(',').collect();
        if crate::core::suite_csv::is_suite_header(&header) {
            return crate::core::suite_csv::from_csv(name, bytes).map(Loaded::Suite);
        }
        return answers::from_csv(name, bytes).map(Loaded::Answers);
    }
    let text = answers::decode(bytes);
    if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        return answers::from_jsonl(name, &text).map(Loaded::Answers);
    }
    if lower.ends_with(".json") {
        if text.contains(SCOREBOOK_SCHEMA) {
            return scorebook::read(name, &text).map(|s| Loaded::Session(Box::new(s)));
        }
        if text.contains(SUITE_SCHEMA) {
            return Suite::from_json(name, &text).map(Loaded::Suite);
        }
        return Err(vec![Problem::new(
            name,
            "field \"schema\"",
            format!("is missing: a suite says \"schema\": \"{SUITE_SCHEMA}\", a scorebook \"{SCOREBOOK_SCHEMA}\""),
        )]);
    }
    Err(vec![Problem::new(
        name,
        "file type",
        "is not one Pingfen reads: open a suite or scorebook (.json) or answers (.jsonl, .csv)".into(),
    )])
}
