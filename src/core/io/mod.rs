//! Files in and out: the scorebook envelope, suites and answers from JSON, JSONL, CSV and
//! spreadsheets, other tools' answers (promptfoo, lm-evaluation-harness, OpenCompass, chat JSONL),
//! a model judge's scores and verdicts, exported tables, share links, and the built-in sample. Parse, then validate: every reader
//! returns checked model types or problems naming the file, the place and what to do.

pub mod answers;
pub mod autosave;
pub mod columns;
pub mod encoding;
pub mod export;
pub mod files;
pub mod foreign;
pub mod judge;
pub mod link;
pub mod sample;
pub mod scorebook;
pub mod sheets;
pub mod suite_csv;
