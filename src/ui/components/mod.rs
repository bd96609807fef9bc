//! The app's views. Each gets plain data and callbacks, and formats; none computes.

mod footer;
mod header;
mod playground;
mod tokens;

pub use footer::Footer;
pub use header::Header;
pub use playground::Playground;
