//! The app's hooks: autosave, rating keys, and the remembered interface language — the
//! browser's side of decisions made in `crate::app`.


use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::{now_ms, Action, AppState, Shared, View};
use super::storage;
use crate::app::autosave::SAVE_AT_ONCE_BYTES;
use crate::core::i18n::Locale;

/// Where the interface language is remembered (read before the first paint).
pub const LOCALE_KEY: &str = "pingfen.ui-lang";
/// A large session is written once changes pause this long.
const SAVE_PAUSE_MS: u32 = 800;

/// Writes the session whenever it changes, once the saved one has been read. Small sessions
/// are written at once (a closed tab loses nothing); large ones when changes pause, and at
/// once when the page is hidden.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>, dispatch: &UseReducerDispatcher<AppState>) {
    let pending = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let latest = use_mut_ref(|| None::<storage::Saving>);
    {
        let dispatch = dispatch.clone();
        let pending = pending.clone();
        let latest = latest.clone();
        let may_save = state.save.may_save();
        let withheld = state.withheld_scores();
        use_effect_with((Shared(state.session.clone()), state.origin.clone(), may_save), move |(session, origin, may_save)| {
            if *may_save {
                let saving = storage::Saving { origin: origin.clone(), session: session.0.clone(), withheld };
                let write = {
                    let dispatch = dispatch.clone();
                    let saving = saving.clone();
                    move || wasm_bindgen_futures::spawn_local(storage::save(dispatch, saving, now_ms))
                };
                *latest.borrow_mut() = Some(saving);
                drop(pending.borrow_mut().take());
                if storage::last_size() > SAVE_AT_ONCE_BYTES {
                    let latest = latest.clone();
                    *pending.borrow_mut() = Some(gloo_timers::callback::Timeout::new(SAVE_PAUSE_MS, move || {
                        latest.borrow_mut().take();
                        write();
                    }));
                } else {
                    latest.borrow_mut().take();
                    write();
                }
            }
        });
    }
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|document| {
            gloo_events::EventListener::new(&document.clone(), "visibilitychange", move |_| {
                if document.visibility_state() == web_sys::VisibilityState::Hidden
                    && let Some(saving) = latest.borrow_mut().take()
                {
                    drop(pending.borrow_mut().take());
                    wasm_bindgen_futures::spawn_local(storage::save(dispatch.clone(), saving, now_ms));
                }
            })
        });
        move || drop(listener)
    });
}

/// Rating and review keys, wherever the focus is (except in text fields), while the rating
/// screen or the review queue is up.
#[hook]
pub fn use_rating_keys(view: View, dispatch: &UseReducerDispatcher<AppState>) {
    let view_now = use_mut_ref(|| View::Results);
    *view_now.borrow_mut() = view;
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|document| {
            gloo_events::EventListener::new(&document, "keydown", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let view = *view_now.borrow();
                if !matches!(view, View::Rate | View::Review) || event.ctrl_key() || event.meta_key() || event.alt_key() || typing(event) {
                    return;
                }
                let key = event.key();
                if key.starts_with("Arrow") {
                    event.prevent_default();
                }
                if view == View::Review {
                    let at = crate::ui::now_rfc3339();
                    dispatch.dispatch(Action::ReviewKey { key, at });
                } else {
                    dispatch.dispatch(Action::Key(key));
                }
            })
        });
        move || drop(listener)
    });
}

/// Whether the window is at most `max_px` CSS pixels wide (a phone, or a desktop at 200 %
/// zoom), kept up to date as the window is resized or turned.
#[hook]
pub fn use_narrow(max_px: f64) -> bool {
    let width = || web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(f64::INFINITY);
    let narrow = use_state(|| width() <= max_px);
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "resize", move |_| narrow.set(width() <= max_px))
            });
            move || drop(listener)
        });
    }
    *narrow
}

/// Keys typed into a text field belong to the field; a checkbox, radio or button with focus
/// takes no digits or letters, so rating keys still work there.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(element.get_attribute("type").as_deref(), Some("checkbox" | "radio" | "button" | "submit" | "reset" | "range" | "file")),
        _ => element.has_attribute("contenteditable"),
    }
}

/// The interface language chosen before (also as saved by older versions: `"En"`/`"Zh"`),
/// else the best match for the browser's languages.
pub fn remembered_locale() -> Locale {
    let saved: Option<String> = LocalStorage::get(LOCALE_KEY).ok();
    if let Some(locale) = saved.and_then(|tag| match tag.as_str() {
        "En" => Some(Locale::En),
        "Zh" => Some(Locale::ZhHans),
        other => other.parse().ok(),
    }) {
        return locale;
    }
    let navigator = web_sys::window().map(|w| w.navigator());
    let languages: Vec<String> = navigator
        .map(|n| {
            let list: Vec<String> = n.languages().iter().filter_map(|l| l.as_string()).collect();
            if list.is_empty() { n.language().into_iter().collect() } else { list }
        })
        .unwrap_or_default();
    Locale::negotiate(languages.iter().map(String::as_str))
}
