//! The pure core: no web types, no I/O, no clocks. Native and wasm builds share every line.

pub mod error;
pub mod metrics;
pub mod rubric;
pub mod text;

pub use error::Error;
