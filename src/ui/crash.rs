//! When Pingfen hits a bug (a panic): a panel over the page says so, that the work is saved in
//! this browser, and offers to reload (autosave brings the session back) or to download the
//! session as last saved. It is drawn with the DOM directly, in the interface language of the
//! moment: the app that panicked draws nothing any more. Nothing here touches the saved
//! session.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;

use crate::core::i18n::{msg, text, Locale};

/// Saves up to this size are kept in memory too, for the panel's download (a larger one is
/// only in the browser's storage, which a reload reads).
const KEEP_UP_TO_BYTES: usize = 10_000_000;

/// The fragment that makes Pingfen panic on purpose, for the journey that tests this panel.
const TEST_FRAGMENT: &str = "#pingfen-crash-test";

thread_local! {
    static LOCALE: Cell<Locale> = const { Cell::new(Locale::En) };
    static LAST_SAVED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The interface language the panel speaks.
pub fn set_locale(locale: Locale) {
    LOCALE.with(|l| l.set(locale));
}

/// The text autosave just wrote, for the panel's download.
pub fn remember(saved: &str) {
    LAST_SAVED.with(|last| *last.borrow_mut() = (saved.len() <= KEEP_UP_TO_BYTES).then(|| saved.to_owned()));
}

/// Installs the panel as the panic hook (after the browser's console has the panic), and the
/// journey's way to trigger one. Before the app renders.
pub fn install() {
    // Yew replaces the standard hook when it renders, unless given its own.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show(&info.to_string());
    }));
    if let Some(window) = web_sys::window() {
        let listener = gloo_events::EventListener::new(&window, "hashchange", |_| {
            let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
            if hash == TEST_FRAGMENT {
                panic!("a panic on purpose ({TEST_FRAGMENT})"); // i18n-exempt: developer-facing
            }
        });
        listener.forget();
    }
}

/// Draws the panel; does what it can and nothing more when the page is half gone.
fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let l = LOCALE.with(Cell::get);
    let element = |tag: &str, class: &str, words: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_class_name(class);
        element.set_text_content(Some(words));
        Some(element)
    };
    let Some(panel) = element("div", "crash", "") else { return };
    let _ = panel.set_attribute("role", "alertdialog");
    let _ = panel.set_attribute("aria-labelledby", "crash-title");
    let _ = panel.set_attribute("data-testid", "crash");
    let Some(card) = element("section", "card crash__card", "") else { return };
    let title = element("h2", "card__title", &text(l, "crash-title"));
    if let Some(title) = &title {
        title.set_id("crash-title");
    }
    let saved = element("p", "", &text(l, "crash-saved"));
    // Reloading is a link: it works with the app gone.
    let reload = element("a", "button button--primary", &text(l, "crash-reload"));
    if let Some(reload) = &reload {
        let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        let here = here.split('#').next().unwrap_or_default().to_owned();
        let _ = reload.set_attribute("href", &here);
        let _ = reload.set_attribute("data-testid", "crash-reload");
    }
    let download = LAST_SAVED.with(|last| last.borrow().clone()).and_then(|saved| {
        let link = element("a", "button", &text(l, "crash-download"))?;
        let parts = js_sys::Array::of1(&saved.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", "pingfen-session.json");
        let _ = link.set_attribute("data-testid", "crash-download");
        Some(link)
    });
    let buttons = element("p", "crash__buttons", "");
    let details = element("details", "crash__detail", "");
    if let Some(details) = &details {
        if let Some(summary) = element("summary", "", &text(l, "crash-detail")) {
            let _ = details.append_child(&summary);
        }
        if let Some(code) = element("pre", "", detail) {
            let _ = details.append_child(&code);
        }
    }
    let report = element("p", "crash__note", &msg!("crash-report", version = crate::VERSION).text(l));
    if let Some(buttons) = &buttons {
        for link in [reload, download].into_iter().flatten() {
            let _ = buttons.append_child(&link);
        }
    }
    for part in [title, saved, buttons, report, details].into_iter().flatten() {
        let _ = card.append_child(&part);
    }
    let _ = panel.append_child(&card);
    let _ = body.append_child(&panel);
    if let Some(reload) = panel.query_selector("[data-testid=crash-reload]").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = reload.focus();
    }
}
