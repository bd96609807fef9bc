//! The Yew single-page app: a thin layer that calls `core` and shows what it returns.

mod app;
mod components;
mod crash;
mod dictionary;
mod engine;
mod files;
mod hooks;
mod i18n;
mod local_judge;
mod offline;
mod share;
mod state;
mod storage;

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the app into `<div id="app">`, replacing the static loading shell that
/// `index.html` shows until the wasm has arrived (or `<body>` if the page has none).
#[wasm_bindgen(start)]
pub fn start() {
    crash::install();
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render()
        }
        None => yew::Renderer::<app::App>::new().render(),
    };
}

/// Now, as an RFC 3339 UTC time to the second (`2026-12-01T09:30:00Z`): when an override
/// was made.
fn now_rfc3339() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}
