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

/// The files a file input just had picked, taken (the input is cleared, so the same file
/// picked again is read again).
fn take_picked(event: &yew::Event) -> Vec<web_sys::File> {
    use yew::TargetCast;
    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
    let files = input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
    input.set_value("");
    files
}

/// The value of the input, text area or select an event came from.
fn value_of(event: &yew::Event) -> String {
    use wasm_bindgen::JsCast;
    let target = event.target();
    target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>().map(web_sys::HtmlInputElement::value))
        .or_else(|| target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlTextAreaElement>().map(web_sys::HtmlTextAreaElement::value)))
        .or_else(|| target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlSelectElement>().map(web_sys::HtmlSelectElement::value)))
        .unwrap_or_default()
}
