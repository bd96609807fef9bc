//! The core's error type: what went wrong, where, and what to do about it.

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
