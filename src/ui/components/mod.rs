//! The app's views. Each gets plain data and callbacks, and formats; none computes.

mod charts;
mod footer;
mod gap;
mod guide;
mod header;
mod items;
mod judge;
mod learn;
mod leaderboard;
mod override_form;
mod playground;
mod rate;
mod raters;
mod review;
mod scoring;
mod share;
mod storage;
mod tokens;
mod workbench;

pub use charts::Charts;
pub use footer::Footer;
pub use guide::Guide;
pub use header::Header;
pub use items::Items;
pub use leaderboard::Leaderboard;
pub use learn::Learn;
pub use playground::Playground;
pub use rate::Rate;
pub use raters::Raters;
pub use review::Review;
pub use scoring::ScoringBar;
pub use share::ShareDialog;
pub use storage::{SaveBadge, StoragePanel, StorageRequest};
pub use workbench::Workbench;
