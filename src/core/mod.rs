//! The pure core: no web types, no I/O, no clocks. Native and wasm builds share every line.

pub mod aggregate;
pub mod answers;
pub mod charts;
pub mod error;
pub mod files;
pub mod format;
pub mod merge;
pub mod metrics;
pub mod raters;
pub mod report;
pub mod rubric;
pub mod sample;
pub mod scorebook;
pub mod scoring;
pub mod sheets;
pub mod stats;
pub mod suite;
pub mod suite_csv;
pub mod text;

pub use error::{Error, Problem};
