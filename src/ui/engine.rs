//! The page's side of the engine worker (`src/bin/engine.rs`): starts it after the first
//! paint, posts the jobs the reducer leaves in its outbox, and turns the worker's replies into
//! actions. A workbook's bytes go straight to a download; a file that would replace rated work
//! is confirmed first.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::UseReducerDispatcher;

use super::state::{Action, AppState};
use crate::app::engine::{Job, Parts, Purpose, Reply};
use crate::app::export::{Failed, XLSX_MIME};
use crate::core::i18n::{msg, Locale};
use crate::core::io::files::Loaded;

/// The worker's loader script, named in `index.html` by the build (a content-hashed name, so an
/// update never pairs a new page with an old engine).
fn worker_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    document.query_selector("meta[name=pingfen-engine]").ok()??.get_attribute("content")
}

/// What the page knows of itself that the worker's replies need.
#[derive(Default)]
pub struct Context {
    pub locale: Cell<Option<Locale>>,
    /// People's ratings and votes: a file replacing them is confirmed first.
    pub human_work: Cell<usize>,
}

/// The running worker, and the jobs held until it listens.
pub struct Bridge {
    worker: RefCell<Option<Worker>>,
    listening: Cell<bool>,
    held: RefCell<Vec<Job>>,
    /// Results arriving in parts.
    parts: RefCell<Parts>,
    dispatch: UseReducerDispatcher<AppState>,
    pub context: Rc<Context>,
}

impl Bridge {
    pub fn new(dispatch: UseReducerDispatcher<AppState>) -> Rc<Self> {
        Rc::new(Bridge { worker: RefCell::new(None), listening: Cell::new(false), held: RefCell::new(Vec::new()), parts: RefCell::default(), dispatch, context: Rc::default() })
    }

    /// Starts the worker (again, after a failure): what it held is gone, the page sends it anew.
    pub fn start(self: &Rc<Self>) {
        if let Some(old) = self.worker.borrow_mut().take() {
            old.terminate();
        }
        self.listening.set(false);
        *self.parts.borrow_mut() = Parts::default();
        let Some(url) = worker_url() else {
            let locale = self.context.locale.get().unwrap_or(Locale::En);
            return self.failed(crate::core::i18n::text(locale, "engine-not-named"));
        };
        let worker = match Worker::new(&url) {
            Ok(worker) => worker,
            Err(error) => return self.failed(format!("{error:?}")),
        };
        let on_message = {
            let bridge = Rc::downgrade(self);
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                if let Some(bridge) = bridge.upgrade() {
                    bridge.receive(event.data());
                }
            })
        };
        let on_error = {
            let bridge = Rc::downgrade(self);
            Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
                event.prevent_default();
                if let Some(bridge) = bridge.upgrade() {
                    bridge.failed(event.message());
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The closures live as long as the page: one pair per start.
        on_message.forget();
        on_error.forget();
        *self.worker.borrow_mut() = Some(worker);
    }

    /// The worker could not start or stopped: the page says so and keeps everything it has.
    fn failed(&self, detail: String) {
        self.worker.borrow_mut().take().inspect(Worker::terminate);
        self.listening.set(false);
        self.dispatch.dispatch(Action::EngineStopped { detail });
    }

    /// Posts `jobs`, or holds them until the worker listens.
    pub fn post(&self, jobs: Vec<Job>) {
        if !self.listening.get() {
            self.held.borrow_mut().extend(jobs);
            return;
        }
        let worker = self.worker.borrow();
        let Some(worker) = worker.as_ref() else { return };
        for job in jobs {
            // Bytes are moved to the worker; a held file goes as itself (a handle, not a copy).
            let (bytes, file) = match &job {
                Job::Read { held: Some(number), .. } => (None, super::files::take_held(*number)),
                Job::Dictionary { bytes } | Job::Read { bytes, .. } => (Some(Uint8Array::from(bytes.as_slice())), None),
                _ => (None, None),
            };
            let json = match serde_json::to_string(&job) {
                Ok(json) => json,
                Err(error) => {
                    self.dispatch.dispatch(Action::EngineStopped { detail: error.to_string() });
                    continue;
                }
            };
            let message = Array::of1(&JsValue::from_str(&json));
            let transfer = Array::new();
            if let Some(bytes) = bytes {
                transfer.push(&bytes.buffer());
                message.push(&bytes);
            }
            if let Some(file) = file {
                message.push(&file);
            }
            if let Err(error) = worker.post_message_with_transfer(&message, &transfer) {
                self.dispatch.dispatch(Action::EngineStopped { detail: format!("{error:?}") });
            }
        }
    }

    fn receive(&self, data: JsValue) {
        if data.as_string().as_deref() == Some("ready") {
            self.listening.set(true);
            let held = std::mem::take(&mut *self.held.borrow_mut());
            return self.post(held);
        }
        let parts = if Array::is_array(&data) { Array::from(&data) } else { Array::new() };
        let Some(json) = parts.get(0).as_string() else { return };
        let reply: Reply = match serde_json::from_str(&json) {
            Ok(reply) => reply,
            Err(error) => return self.dispatch.dispatch(Action::EngineStopped { detail: error.to_string() }),
        };
        let Some(mut reply) = self.parts.borrow_mut().take(reply) else { return };
        match &mut reply {
            Reply::Workbook { name, outcome: Ok(()), bytes, .. } => {
                *bytes = parts.get(1).dyn_into::<Uint8Array>().map(|a| a.to_vec()).unwrap_or_default();
                if let Err(detail) = super::files::download(name, XLSX_MIME, bytes) {
                    self.dispatch.dispatch(Action::ExportFailed(Failed { what: msg!("export-workbook"), detail }));
                }
                return;
            }
            // Opening a suite or a scorebook replaces the session: rated work is confirmed first.
            Reply::Read { ticket, purpose: Purpose::Open, outcome: Ok(Loaded::Suite(_) | Loaded::Session(_)), .. } => {
                let locale = self.context.locale.get().unwrap_or(Locale::En);
                let count = self.context.human_work.get();
                if count > 0 && !super::files::confirm(&msg!("confirm-replace", count = count).text(locale)) {
                    // The page hears it: a link waiting to open is done with.
                    return self.dispatch.dispatch(Action::Declined { ticket: *ticket });
                }
            }
            _ => {}
        }
        self.dispatch.dispatch(Action::Engine(reply));
    }
}
