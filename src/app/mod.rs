//! The app without its web layer: state, actions and the reducer; the rating desk; notices;
//! exports; autosave's envelope; a judge on this computer. Plain Rust, compiled and tested natively (`cargo test`); the
//! Yew components in `ui` render [`state::AppState`] and send [`state::Action`]s, nothing more.

pub mod autosave;
pub mod desk;
pub mod engine;
pub mod export;
pub mod local_judge;
pub mod notice;
pub mod place;
pub mod rating;
pub mod review;
pub mod share;
pub mod state;

pub use rating::{Desk, LikertCard, PairCard, RateMode, RatingDesk};
pub use export::Export;
pub use notice::{Notice, Origin, Worded};
pub use place::{Drafts, PasteDraft, Place};
pub use review::ReviewTask;
pub use state::{item_list, Action, AppState, Chip, DictionaryStatus, EngineLink, Highlights, ItemFilter, ItemOrder, LoadFailure, SaveStatus, Scoring, Segmented, Shared, View, MAX_CHIPS};

/// The playground's text on first visit (a sentence about the study Pingfen follows).
// i18n-exempt: sample text to tokenize, not interface words
pub const EXAMPLE_TEXT: &str = "香港大学经管学院的研究团队用同一套框架评测了十六个大语言模型，发现中文和英文的排名并不相同。";
