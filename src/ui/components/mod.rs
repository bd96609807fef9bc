//! The app's views. Each gets plain data and callbacks, and formats; none computes.

mod footer;
mod header;
mod items;
mod leaderboard;
mod playground;
mod tokens;
mod workbench;

pub use footer::Footer;
pub use header::Header;
pub use items::Items;
pub use leaderboard::Leaderboard;
pub use playground::Playground;
pub use workbench::Workbench;
