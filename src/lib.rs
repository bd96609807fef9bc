//! Pingfen 评分 scores answers of large language models in Chinese and English, entirely in
//! the browser.
//!
//! The crate has three layers, so that the same numbers come out natively and in WebAssembly:
//!
//! - [`core`]: pure Rust — text pipeline, metrics, scoring, human ratings and their
//!   statistics, aggregation with intervals, charts (SVG text) and the HTML report. No web
//!   types, no I/O, no clocks. Everything here is tested natively with `cargo test`.
//! - `ui` (wasm only, feature `app`): the Yew single-page app. It calls `core` and shows what
//!   it returns.
//! - `api` (wasm only): a thin `wasm-bindgen` facade over `core`, published as `pkg/`.
//!
//! ```
//! use pingfen::core::text::{detect, tokenize, Detected, Lang, Segmenter};
//!
//! let segmenter = Segmenter::embedded()?; // natively; the browser fetches the same dictionary
//! let text = "我们在香港大学测试大模型";
//! assert_eq!(detect(text), Detected::Zh);
//! let words: Vec<&str> = tokenize(&segmenter, text, Lang::Zh).iter().map(|t| t.text).collect();
//! assert_eq!(words, ["我们", "在", "香港大学", "测试", "大", "模型"]);
//! # Ok::<(), pingfen::core::Error>(())
//! ```

pub mod app;
pub mod core;

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod ui;

/// The app's version, recorded in every export.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
