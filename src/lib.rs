//! Pingfen 评分 scores answers of large language models in Chinese and English, entirely in
//! the browser.
//!
//! The crate has four parts, so that the same numbers come out natively and in WebAssembly:
//!
//! - [`core`]: pure Rust in layers (the map is in its docs) — text pipeline, metrics,
//!   scoring, human ratings and their statistics, aggregation with intervals, the message
//!   catalogue in English, 简体中文 and 繁體中文, file formats, charts (SVG text) and the HTML
//!   report. No web types, no I/O, no clocks. Tested natively with `cargo test`.
//! - [`app`]: the app without its web layer — state, actions and the reducer, the rating
//!   desk, notices, exports, autosave's rules. Plain Rust, tested natively (`tests/app.rs`).
//! - `ui` (wasm only, feature `app`): the Yew single-page app, a thin adapter that renders
//!   [`app::AppState`] and sends [`app::Action`]s; IndexedDB, files, the dictionary download.
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

// The library facade of `pkg/`: not in the app's page or its worker, which export nothing.
#[cfg(all(target_arch = "wasm32", not(any(feature = "app", feature = "worker"))))]
mod api;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod ui;

/// The app's version, recorded in every export.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
