//! The browser's side of share links: the link in the address bar (read at start and when a
//! pasted one changes only the fragment), clearing it once read so a reload does not open it
//! again, and handing a link to the clipboard or to the phone's share sheet.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::UseReducerDispatcher;

use super::state::{Action, AppState};
use crate::core::io::link;

/// The share link in the address bar, if there is one.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    link::is_link(&hash).then_some(hash)
}

/// The page's address without its fragment: what links are made to.
pub fn base() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let part = |value: Result<String, wasm_bindgen::JsValue>| value.unwrap_or_default();
    format!("{}{}{}", part(location.origin()), part(location.pathname()), part(location.search()))
}

/// Takes the share link out of the address bar (the page stays; history keeps no entry).
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    if fragment().is_none() {
        return;
    }
    let location = window.location();
    let plain = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&plain));
    }
}

/// A link pasted into the address bar of an open tab changes only the fragment: it opens too.
pub fn watch(dispatch: UseReducerDispatcher<AppState>) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        if let Some(text) = fragment() {
            dispatch.dispatch(Action::OpenLink(text));
        }
    }))
}

/// Puts `text` on the clipboard; `Err` says why not (the dialog then asks to copy by hand).
pub async fn copy(text: String) -> Result<(), String> {
    let window = web_sys::window().ok_or_else(String::new)?;
    let promise = window.navigator().clipboard().write_text(&text);
    JsFuture::from(promise).await.map(|_| ()).map_err(|error| format!("{error:?}"))
}

/// Whether the browser has a share sheet (phones do; most desktop browsers do not).
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Hands the link to the phone's share sheet (a chat app, mail…). A person closing the sheet
/// is no failure.
pub async fn share(title: String, url: String) -> Result<(), String> {
    let window = web_sys::window().ok_or_else(String::new)?;
    let data = web_sys::ShareData::new();
    data.set_title(&title);
    data.set_url(&url);
    match JsFuture::from(window.navigator().share_with_data(&data)).await {
        Ok(_) => Ok(()),
        Err(error) => {
            let name = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
            // i18n-exempt: the DOMException's name
            if name == "AbortError" { Ok(()) } else { Err(format!("{error:?}")) }
        }
    }
}

/// An SVG document as an image address: the QR code is shown as an image, never as markup.
pub fn svg_image(svg: &str) -> String {
    format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(svg)))
}
