//! Autosave in IndexedDB (through `rexie`): the session as text under one key, saves that
//! could not be restored under keys of their own. What is written and how it is read back
//! is decided in `crate::app::autosave` (tested natively); this file only moves text.
//!
//! The order at start matters, and is the fix for a bug that lost ratings: nothing is written
//! until the saved session has been read; a save that does not restore is first copied to its
//! own key, and only then may the session key be written again.

use std::cell::RefCell;
use std::rc::Rc;

use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;
use yew::UseReducerDispatcher;

use crate::app::autosave::{self, LEGACY_LOCAL_STORAGE_KEY, SESSION_KEY, UNRESTORABLE_PREFIX};
use crate::app::notice::Origin;
use crate::app::state::{Action, AppState};
use crate::app::export::Failed;
use crate::core::i18n::{msg, Locale, Message};
use crate::core::model::session::Session;
use crate::ui::components::StorageRequest;

const DATABASE: &str = "pingfen";
const STORE: &str = "saves";
/// localStorage keys of small preferences (interface language, rater name, playground text).
pub const PREFERENCE_PREFIX: &str = "pingfen.";

thread_local! {
    static DATABASE_HANDLE: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
    /// The size of the last save written, to decide whether the next one waits for a pause.
    static LAST_SIZE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Bytes of the last session written.
pub fn last_size() -> usize {
    LAST_SIZE.with(|size| size.get())
}

fn describe(error: rexie::Error) -> String {
    match error {
        rexie::Error::IdbError(inner) => format!("IndexedDB: {inner}"),
        other => format!("IndexedDB: {other}"),
    }
}

/// The database, opened once per page.
async fn database() -> Result<Rc<Rexie>, String> {
    if let Some(open) = DATABASE_HANDLE.with(|handle| handle.borrow().clone()) {
        return Ok(open);
    }
    let opened = Rexie::builder(DATABASE).version(1).add_object_store(ObjectStore::new(STORE)).build().await.map_err(describe)?;
    let opened = Rc::new(opened);
    DATABASE_HANDLE.with(|handle| *handle.borrow_mut() = Some(opened.clone()));
    Ok(opened)
}

/// The text saved under `key`, if any.
pub async fn get(key: &str) -> Result<Option<String>, String> {
    let db = database().await?;
    let transaction = db.transaction(&[STORE], TransactionMode::ReadOnly).map_err(describe)?;
    let store = transaction.store(STORE).map_err(describe)?;
    let value = store.get(JsValue::from_str(key)).await.map_err(describe)?;
    transaction.done().await.map_err(describe)?;
    match value {
        None => Ok(None),
        Some(value) if value.is_undefined() || value.is_null() => Ok(None),
        Some(value) => value.as_string().map(Some).ok_or_else(|| format!("IndexedDB: {key:?}: {:?}", value.js_typeof())),
    }
}

/// Writes `text` under `key`; returns once the write is durable in the browser's terms.
pub async fn put(key: &str, text: &str) -> Result<(), String> {
    let db = database().await?;
    let transaction = db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(describe)?;
    let store = transaction.store(STORE).map_err(describe)?;
    store.put(&JsValue::from_str(text), Some(&JsValue::from_str(key))).await.map_err(describe)?;
    transaction.done().await.map_err(describe)?;
    Ok(())
}

pub async fn delete(key: &str) -> Result<(), String> {
    let db = database().await?;
    let transaction = db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(describe)?;
    let store = transaction.store(STORE).map_err(describe)?;
    store.delete(JsValue::from_str(key)).await.map_err(describe)?;
    transaction.done().await.map_err(describe)?;
    Ok(())
}

/// Every key in the store.
pub async fn keys() -> Result<Vec<String>, String> {
    let db = database().await?;
    let transaction = db.transaction(&[STORE], TransactionMode::ReadOnly).map_err(describe)?;
    let store = transaction.store(STORE).map_err(describe)?;
    let keys = store.get_all_keys(None, None).await.map_err(describe)?;
    transaction.done().await.map_err(describe)?;
    Ok(keys.into_iter().filter_map(|k| k.as_string()).collect())
}

/// Deletes every save and every preference Pingfen keeps in this browser.
pub async fn clear_all() -> Result<(), String> {
    let db = database().await?;
    let transaction = db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(describe)?;
    let store = transaction.store(STORE).map_err(describe)?;
    store.clear().await.map_err(describe)?;
    transaction.done().await.map_err(describe)?;
    if let Some(local) = local_storage() {
        let keys: Vec<String> = (0..local.length().unwrap_or(0)).filter_map(|i| local.key(i).ok().flatten()).collect();
        for key in keys.into_iter().filter(|k| k.starts_with(PREFERENCE_PREFIX)) {
            local.remove_item(&key).map_err(|e| format!("localStorage: {e:?}"))?;
        }
    }
    Ok(())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Reads what this browser saved and hands it to the state: the session, a save kept aside,
/// or nothing. A save from before IndexedDB (localStorage) is moved over.
pub async fn restore(dispatch: UseReducerDispatcher<AppState>) {
    let existing = match keys().await {
        Ok(keys) => keys,
        Err(detail) => return restore_without_database(dispatch, detail),
    };
    let kept: Vec<String> = existing.iter().filter(|k| k.starts_with(UNRESTORABLE_PREFIX)).cloned().collect();
    if !kept.is_empty() {
        dispatch.dispatch(Action::FoundKeptAside(kept));
    }
    let (text, from_local_storage) = match get(SESSION_KEY).await {
        Ok(Some(text)) => (text, false),
        Ok(None) => match local_storage().and_then(|l| l.get_item(LEGACY_LOCAL_STORAGE_KEY).ok().flatten()) {
            Some(text) => (text, true),
            None => return dispatch.dispatch(Action::NothingSaved),
        },
        Err(detail) => return restore_without_database(dispatch, detail),
    };
    let forget_local_storage = || {
        if from_local_storage && let Some(local) = local_storage() {
            let _ = local.remove_item(LEGACY_LOCAL_STORAGE_KEY);
        }
    };
    match autosave::decode(&text) {
        Ok(restored) => {
            if from_local_storage {
                // Written in the new format before the old copy goes.
                let moved = autosave::encode(&restored.origin, &restored.session, restored.automatic.as_deref(), &now_iso()).map_err(|e| e.to_string());
                if let Ok(moved) = moved
                    && put(SESSION_KEY, &moved).await.is_ok()
                {
                    forget_local_storage();
                }
            }
            dispatch.dispatch(Action::Restored(Box::new(restored)));
        }
        Err(reason) => {
            let key = autosave::unrestorable_key(&now_iso(), &existing);
            match put(&key, &text).await {
                Ok(()) => {
                    forget_local_storage();
                    dispatch.dispatch(Action::KeptAside { key, reason });
                }
                Err(detail) => dispatch.dispatch(Action::RestoreBlocked { reason, detail }),
            }
        }
    }
}

/// IndexedDB is not available (some private windows) or failed to answer: an old localStorage
/// save is still read (and left where it is), and autosave stays off — what IndexedDB may hold
/// is never written over unread.
fn restore_without_database(dispatch: UseReducerDispatcher<AppState>, detail: String) {
    let legacy = local_storage().and_then(|l| l.get_item(LEGACY_LOCAL_STORAGE_KEY).ok().flatten());
    if let Some(Ok(restored)) = legacy.map(|text| autosave::decode(&text)) {
        dispatch.dispatch(Action::Restored(Box::new(restored)));
    }
    dispatch.dispatch(Action::StorageUnavailable { detail });
}

/// Whether `session` is the built-in sample as shipped (no answers added, nobody rated, the
/// default rule): nothing worth a save.
pub fn untouched_sample(session: &Session) -> bool {
    thread_local! {
        static SAMPLE: Option<Session> = crate::core::io::sample::scored().ok().map(|scored| scored.session);
    }
    SAMPLE.with(|sample| sample.as_ref() == Some(session))
}

/// What autosave writes: the session, where it came from, and the scores standing for its
/// answers' text when it came without it.
#[derive(Clone)]
pub struct Saving {
    pub origin: Origin,
    pub session: Rc<Session>,
    pub withheld: Option<Rc<Vec<crate::core::scoring::ItemScore>>>,
}

/// Writes the session (or, for the untouched sample, removes the save), then tells the state.
pub async fn save(dispatch: UseReducerDispatcher<AppState>, saving: Saving, now_ms: fn() -> f64) {
    let Saving { origin, session, withheld } = saving;
    let outcome = if untouched_sample(&session) {
        delete(SESSION_KEY).await
    } else {
        match autosave::encode(&origin, &session, withheld.as_deref().map(Vec::as_slice), &now_iso()) {
            Ok(text) => {
                LAST_SIZE.with(|size| size.set(text.len()));
                crate::ui::crash::remember(&text);
                put(SESSION_KEY, &text).await
            }
            Err(error) => Err(error.to_string()),
        }
    };
    match outcome {
        Ok(()) => dispatch.dispatch(Action::Saved { at_ms: now_ms() }),
        Err(detail) => dispatch.dispatch(Action::SaveFailed(detail)),
    }
}

/// Downloads, deletes or clears what this browser keeps, asking first where work is lost.
pub async fn handle(request: StorageRequest, locale: Locale, human_work: usize, dispatch: UseReducerDispatcher<AppState>) {
    let failed = |key: &'static str, detail: String| {
        let worded = Message { key: key.into(), args: vec![("detail".into(), detail.into())] }.text(locale);
        Action::ExportFailed(Failed { what: msg!("storage-title"), detail: worded })
    };
    match request {
        StorageRequest::Download(key) => match get(&key).await {
            Ok(Some(text)) => {
                if let Err(detail) = super::files::download(&format!("pingfen-{key}.json"), "application/json", text.as_bytes()) {
                    dispatch.dispatch(failed("storage-download-failed", detail));
                }
            }
            Ok(None) => dispatch.dispatch(Action::DeletedKeptAside(key)),
            Err(detail) => dispatch.dispatch(failed("storage-download-failed", detail)),
        },
        StorageRequest::Delete(key) => {
            if super::files::confirm(&crate::core::i18n::text(locale, "storage-delete-confirm")) {
                match delete(&key).await {
                    Ok(()) => dispatch.dispatch(Action::DeletedKeptAside(key)),
                    Err(detail) => dispatch.dispatch(failed("storage-clear-failed", detail)),
                }
            }
        }
        StorageRequest::ClearAll => {
            if super::files::confirm(&msg!("storage-clear-confirm", count = human_work).text(locale)) {
                match (clear_all().await, crate::core::io::sample::scored()) {
                    (Ok(()), Ok(sample)) => dispatch.dispatch(Action::LocalDataCleared(Box::new(sample))),
                    (Err(detail), _) => dispatch.dispatch(failed("storage-clear-failed", detail)),
                    (Ok(()), Err(problems)) => web_sys::console::error_1(&format!("sample: {problems:?}").into()),
                }
            }
        }
    }
}

/// The channel tabs of Pingfen on this site talk over.
const TABS_CHANNEL: &str = "pingfen.tabs";

/// Two tabs saving the same session overwrite each other's ratings. A tab opening asks on a
/// broadcast channel whether another is open; if one answers, this tab's autosave stays off
/// and the user is told. The returned listener must live as long as the page.
pub fn watch_other_tabs(dispatch: UseReducerDispatcher<AppState>) -> Option<(web_sys::BroadcastChannel, gloo_events::EventListener)> {
    let channel = web_sys::BroadcastChannel::new(TABS_CHANNEL).ok()?;
    let replies = channel.clone();
    let listener = gloo_events::EventListener::new(&channel, "message", move |event| {
        let Some(message) = wasm_bindgen::JsCast::dyn_ref::<web_sys::MessageEvent>(event).and_then(|m| m.data().as_string()) else { return };
        match message.as_str() {
            // A newer tab asks: this one was here first and keeps saving.
            "hello" => {
                let _ = replies.post_message(&JsValue::from_str("here"));
            }
            "here" => dispatch.dispatch(Action::OtherTabOpen),
            _ => {}
        }
    });
    channel.post_message(&JsValue::from_str("hello")).ok()?;
    Some((channel, listener))
}
