//! The core's errors: what went wrong, where, and what to do about it.

use serde::Serialize;
use thiserror::Error;

use crate::core::i18n::{msg, Locale, Message};

/// Errors of the core. Messages are complete sentences a user can act on.
#[derive(Debug, Error)]
pub enum Error {
    /// The segmentation dictionary could not be decompressed (truncated or not gzip).
    #[error(
        "the Chinese dictionary is damaged ({detail}); reload the page, or rebuild the dictionary asset"
    )]
    DictionaryCorrupt { detail: String },
    /// A line of the segmentation dictionary is malformed.
    #[error("the Chinese dictionary has a bad entry: {0}")]
    DictionaryEntry(String),
}

impl From<jieba_rs::Error> for Error {
    fn from(error: jieba_rs::Error) -> Self {
        match error {
            jieba_rs::Error::Io(io) => Error::DictionaryCorrupt { detail: io.to_string() },
            other => Error::DictionaryEntry(other.to_string()),
        }
    }
}

/// A problem in a file a user gave: which file, where in it, and what is wrong and what to do
/// — as a message key with arguments, worded in the reader's language by the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, Error)]
#[error("{}", self.describe(Locale::En))]
pub struct Problem {
    pub file: String,
    pub location: Location,
    pub message: Message,
}

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Location {
    /// The file as a whole (its size, its type, reading it).
    File,
    Line { line: usize },
    LineColumn { line: usize, column: usize },
    /// A table row (1 is the header).
    Row { row: usize },
    /// A cell: row and column name.
    Cell { row: usize, column: String },
    /// A top-level field of a JSON file.
    Field { field: String },
    /// A field of one item of a suite.
    ItemField { item: String, field: String },
    Dimension { dimension: String },
    /// The `index`-th answer (1-based) of a file.
    Answer { index: usize, model: String, item: String },
    /// An entry of a scorebook's `ratings` or `votes` (0-based, as in the JSON).
    Rating { index: usize, rater: String, item: String },
    Vote { index: usize, rater: String, item: String },
    /// An entry of a scorebook's `overrides` (0-based).
    Override { index: usize, by: String, item: String },
    /// Pasted text, split into this many answers.
    Pasted { answers: usize },
}

impl Location {
    /// The location as the catalogue words it.
    pub fn message(&self) -> Message {
        match self {
            Location::File => msg!("location-file"),
            Location::Line { line } => msg!("location-line", line = *line),
            Location::LineColumn { line, column } => msg!("location-line-column", line = *line, column = *column),
            Location::Row { row } => msg!("location-row", row = *row),
            Location::Cell { row, column } => msg!("location-cell", row = *row, column = column.as_str()),
            Location::Field { field } => msg!("location-field", field = field.as_str()),
            Location::ItemField { item, field } => msg!("location-item-field", item = item.as_str(), field = field.as_str()),
            Location::Dimension { dimension } => msg!("location-dimension", dimension = dimension.as_str()),
            Location::Answer { index, model, item } => msg!("location-answer", index = *index, model = model.as_str(), item = item.as_str()),
            Location::Rating { index, rater, item } => msg!("location-rating", index = *index, rater = rater.as_str(), item = item.as_str()),
            Location::Vote { index, rater, item } => msg!("location-vote", index = *index, rater = rater.as_str(), item = item.as_str()),
            Location::Override { index, by, item } => msg!("location-override", index = *index, by = by.as_str(), item = item.as_str()),
            Location::Pasted { answers } => msg!("location-pasted", answers = *answers),
        }
    }
}

impl Problem {
    pub fn new(file: &str, location: Location, message: Message) -> Self {
        Problem { file: file.to_owned(), location, message }
    }

    /// `file, location: message` in `locale`.
    pub fn describe(&self, locale: Locale) -> String {
        self.full_message().text(locale)
    }

    /// The problem with its file and place, as one message (to pass on inside another).
    /// Pasted text has no file name: its `file` is the model the answers were pasted for, and
    /// it reads "pasted text (model), …"; a problem of a whole file reads "file: …".
    pub fn full_message(&self) -> Message {
        let (file, location, message) = (self.file.as_str(), self.location.message(), self.message.clone());
        match self.location {
            Location::Pasted { .. } => msg!("problem-pasted", file = file, location = location, message = message),
            Location::File => msg!("problem-whole-file", file = file, message = message),
            _ => msg!("problem", file = file, location = location, message = message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_read_in_every_locale() {
        let problem = Problem::new("a.csv", Location::LineColumn { line: 3, column: 5 }, msg!("problem-csv-unreadable-row", detail = "bad quote"));
        assert_eq!(problem.to_string(), problem.describe(Locale::En));
        assert!(problem.describe(Locale::En).starts_with("a.csv, line 3, column 5: "), "{}", problem.describe(Locale::En));
        assert!(problem.describe(Locale::ZhHans).starts_with("a.csv，第 3 行第 5 列："), "{}", problem.describe(Locale::ZhHans));
        assert!(problem.describe(Locale::ZhHant).starts_with("a.csv，第 3 行第 5 欄："), "{}", problem.describe(Locale::ZhHant));
    }
}
