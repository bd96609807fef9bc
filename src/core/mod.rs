//! The pure core: no web types, no I/O, no clocks. Native and wasm builds share every line.
//!
//! Layers, bottom to top; each module uses only those on its own line or above, and
//! `tests/layers.rs` fails on an import pointing upward or on any cycle between modules:
//!
//! | layer | modules | what it is |
//! |---|---|---|
//! | 0 | [`error`], [`i18n`], [`format`], [`text`], [`metrics`], [`stats`] | pure algorithms and words: problems, the message catalogue, number formatting, the text pipeline, metrics, statistics — no domain types |
//! | 1 | [`model`] | suite, answers, ratings, votes, raters, the aggregation rule, the session and its checks, limits |
//! | 2 | [`rubric`], [`scoring`], [`human`], [`aggregate`] | automatic scoring, human scoring (likert, raters, agreement, merge), roll-ups with intervals |
//! | 3 | [`results`], [`tally`] | a session's inputs become results; or answers streamed past, their scores tallied |
//! | 4 | [`io`] | the scorebook envelope, suite and answer readers, spreadsheets, exports, the sample |
//! | 5 | [`report`], [`charts`] | the HTML report and the SVG charts |

pub mod error;
pub mod format;
pub mod i18n;
pub mod metrics;
pub mod stats;
pub mod text;

pub mod model;

pub mod aggregate;
pub mod human;
pub mod rubric;
pub mod scoring;

pub mod explain;
pub mod results;
pub mod tally;

pub mod io;

pub mod charts;
pub mod report;

pub use error::{Error, Location, Problem};
