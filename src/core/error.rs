//! The core's errors: what went wrong, where, and what to do about it.

use serde::Serialize;
use thiserror::Error;

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

/// A problem in a file a user gave: which file, where in it, what is wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Error)]
#[error("{file}, {location}: {message}")]
pub struct Problem {
    pub file: String,
    /// `line 12`, `row 3`, `item "zh-qa-01", field "options"`.
    pub location: String,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, location: impl Into<String>, message: String) -> Self {
        Problem { file: file.to_owned(), location: location.into(), message }
    }
}
