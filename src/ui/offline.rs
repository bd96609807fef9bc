//! The page's side of the service worker (`www/sw.js`, written by `pingfen stage`): registered
//! after the first paint, it keeps every file of this version for offline use; when a newer
//! version has been fetched and waits, the app says so, and reloads into it only when the
//! person chooses (nothing typed or rated is lost: autosave has it).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Browsers without service workers (or with them blocked) simply stay online-only.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()?.then(|| navigator.service_worker())
}

/// Registers the service worker; `on_update` runs once a newer version waits.
pub async fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(container) = container() else { return };
    let registration = match JsFuture::from(container.register("./sw.js")).await.map(|r| r.dyn_into::<ServiceWorkerRegistration>()) {
        Ok(Ok(registration)) => registration,
        // Service workers turned off (a policy, a test harness): the app stays online-only.
        Ok(Err(_)) => return,
        Err(error) => {
            // i18n-exempt: developer console line
            return web_sys::console::warn_2(&"offline use unavailable:".into(), &error);
        }
    };
    // A first install is not an update: there is a controller only once a version serves the page.
    let controlled = move || container_controlled();
    if registration.waiting().is_some() && controlled() {
        on_update();
    }
    let found = {
        let registration = registration.clone();
        Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = registration.installing() else { return };
            let on_update = on_update.clone();
            let watched = installing.clone();
            let changed = Closure::<dyn FnMut()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed && container_controlled() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        })
    };
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

fn container_controlled() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

/// Moves to the waiting version: it takes over, and the page reloads into it.
pub async fn update() {
    let Some(container) = container() else { return reload() };
    let registration = match JsFuture::from(container.get_registration()).await {
        Ok(value) => value.dyn_into::<ServiceWorkerRegistration>().ok(),
        Err(_) => None,
    };
    let Some(waiting): Option<ServiceWorker> = registration.and_then(|r| r.waiting()) else { return reload() };
    let reload_once = Closure::<dyn FnMut()>::once(reload);
    container.set_oncontrollerchange(Some(reload_once.as_ref().unchecked_ref()));
    reload_once.forget();
    if waiting.post_message(&JsValue::from_str("pingfen-update")).is_err() {
        reload();
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
