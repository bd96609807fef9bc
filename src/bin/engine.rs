//! The engine's Web Worker: takes the page's jobs, runs them with `pingfen::app::engine`, posts
//! the replies. Scoring advances in steps of about 20 ms with a yield between two, so a cancel
//! or a newer job is read in time, and progress reaches the page a few times a second.
//!
//! Messages both ways are `[json]` or `[json, bytes]`: the job or reply as JSON, and the bytes
//! of a dictionary or a workbook beside it, moved rather than copied, or the file the person
//! picked, which the worker reads itself. Results with many
//! item scores go in parts, so the page never reads one huge message.

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::{Cell, RefCell};

    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    use pingfen::app::engine::{in_parts, Engine, Job, Reply, ITEMS_PER_PART};

    /// Aim of one scoring step: short enough for a cancel to land at once.
    const STEP_MS: f64 = 20.0;
    /// Progress is posted at most this often.
    const PROGRESS_MS: f64 = 100.0;

    thread_local! {
        static ENGINE: RefCell<Engine> = RefCell::new(Engine::new(now));
        static PUMPING: Cell<bool> = const { Cell::new(false) };
    }

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    fn now() -> f64 {
        js_sys::Reflect::get(&js_sys::global(), &"performance".into())
            .ok()
            .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
            .map_or(0.0, |p| p.now())
    }

    /// Posts `reply`, large results in parts (see [`in_parts`]).
    fn post(reply: Reply) {
        in_parts(reply, ITEMS_PER_PART).into_iter().for_each(post_one);
    }

    fn post_one(reply: Reply) {
        let json = match serde_json::to_string(&reply) {
            Ok(json) => json,
            // i18n-exempt: developer console line
            Err(error) => return web_sys::console::error_1(&format!("engine: reply not written: {error}").into()),
        };
        let message = Array::of1(&JsValue::from_str(&json));
        let transfer = Array::new();
        if let Reply::Workbook { bytes, .. } = &reply {
            let array = Uint8Array::from(bytes.as_slice());
            transfer.push(&array.buffer());
            message.push(&array);
        }
        if let Err(error) = scope().post_message_with_transfer(&message, &transfer) {
            // i18n-exempt: developer console line
            web_sys::console::error_2(&"engine: reply not posted".into(), &error);
        }
    }

    fn receive(event: MessageEvent) {
        let data = event.data();
        let parts = if Array::is_array(&data) { Array::from(&data) } else { Array::new() };
        let Some(json) = parts.get(0).as_string() else {
            // i18n-exempt: developer console line
            return web_sys::console::error_1(&"engine: a message that is not a job".into());
        };
        let mut job: Job = match serde_json::from_str(&json) {
            Ok(job) => job,
            // i18n-exempt: developer console line
            Err(error) => return web_sys::console::error_1(&format!("engine: job not read: {error}").into()),
        };
        let beside = parts.get(1);
        let bytes = match beside.dyn_into::<web_sys::Blob>() {
            Ok(file) => read_file(&file),
            Err(beside) => Ok(beside.dyn_into::<Uint8Array>().map(|array| array.to_vec()).unwrap_or_default()),
        };
        let replies = match (&mut job, bytes) {
            (Job::Read { ticket, name, purpose, .. }, Err(detail)) => vec![Reply::unreadable(*ticket, std::mem::take(name), *purpose, detail)],
            (Job::Dictionary { bytes: into } | Job::Read { bytes: into, .. }, Ok(bytes)) => {
                *into = bytes;
                ENGINE.with(|engine| engine.borrow_mut().take(job))
            }
            _ => ENGINE.with(|engine| engine.borrow_mut().take(job)),
        };
        replies.into_iter().for_each(post);
        pump();
    }

    /// Bytes read from a picked file at a time: the worker holds one slice of it in JavaScript
    /// beside the whole file in its own memory, never two whole copies.
    const SLICE: f64 = 4.0 * 1024.0 * 1024.0;

    /// The bytes of a file the page handed over, read slice by slice (a worker may read files
    /// synchronously); what went wrong when the browser refuses (the file was moved, say).
    fn read_file(file: &web_sys::Blob) -> Result<Vec<u8>, String> {
        let reader = web_sys::FileReaderSync::new().map_err(|error| format!("{error:?}"))?;
        let size = file.size();
        let mut bytes = Vec::with_capacity(size as usize);
        let mut start = 0.0;
        while start < size {
            let end = (start + SLICE).min(size);
            let slice = file.slice_with_f64_and_f64(start, end).map_err(|error| format!("{error:?}"))?;
            let buffer = reader.read_as_array_buffer(&slice).map_err(|error| format!("{error:?}"))?;
            let array = Uint8Array::new(&buffer);
            let at = bytes.len();
            bytes.resize(at + array.length() as usize, 0);
            array.copy_to(&mut bytes[at..]);
            start = end;
        }
        Ok(bytes)
    }

    /// Advances the scoring under way step by step, yielding to the event loop between two.
    fn pump() {
        if PUMPING.get() || !ENGINE.with(|engine| engine.borrow().busy()) {
            return;
        }
        PUMPING.set(true);
        wasm_bindgen_futures::spawn_local(async {
            let mut budget = 4usize;
            let mut posted_at = f64::NEG_INFINITY;
            loop {
                let started = now();
                let Some(reply) = ENGINE.with(|engine| engine.borrow_mut().step(budget)) else { break };
                let elapsed = now() - started;
                // Steps of about STEP_MS, whatever the answers' length and the device.
                if elapsed < STEP_MS / 2.0 {
                    budget = budget.saturating_mul(2);
                } else if elapsed > STEP_MS * 2.0 {
                    budget = (budget / 2).max(1);
                }
                let progress = matches!(reply, Reply::Progress { .. });
                if !progress || started - posted_at >= PROGRESS_MS {
                    posted_at = started;
                    post(reply);
                }
                yield_now().await;
            }
            PUMPING.set(false);
        });
    }

    /// Lets the worker's event loop run (and deliver a cancel) before the next step.
    async fn yield_now() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = scope().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    pub fn start() {
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(receive);
        scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        // The page holds its jobs until the worker says it listens.
        if let Err(error) = scope().post_message(&JsValue::from_str("ready")) {
            // i18n-exempt: developer console line
            web_sys::console::error_2(&"engine: not started".into(), &error);
        }
    }
}
