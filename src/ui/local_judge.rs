//! The frame a judge on this computer is called through (`www/judge/judge-bridge.html`, a page
//! whose own policy allows loopback addresses and nothing else), made only while the person
//! has the local judge turned on. A run's requests are posted to it; each reply comes back as
//! an [`Action::JudgeReply`]. What the requests say and what the replies mean is
//! `crate::app::local_judge`'s.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::state::{Action, AppState};
use crate::app::local_judge::Phase;

/// The bridge page, beside the app.
pub const BRIDGE: &str = "judge-bridge.html";

/// What the frame must be sent once it is ready.
#[derive(Default)]
struct Frame {
    ready: bool,
    pending: Vec<JsValue>,
    /// The run last posted, and the run last cancelled.
    posted: u64,
    cancelled: u64,
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn post(frame: &NodeRef, state: &Rc<RefCell<Frame>>, message: JsValue) {
    let mut bridge = state.borrow_mut();
    let target = frame.cast::<web_sys::HtmlIFrameElement>().and_then(|f| f.content_window());
    match target.filter(|_| bridge.ready) {
        Some(window) => {
            let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
            if let Err(error) = window.post_message(&message, &origin) {
                web_sys::console::error_2(&"local judge: post".into(), &error); // i18n-exempt: developer-facing
            }
        }
        None => bridge.pending.push(message),
    }
}

/// Runs the bridge for `state`'s local judge: returns the frame's ref (the app draws the
/// frame while the judge is on).
#[hook]
pub fn use_local_judge(state: &UseReducerHandle<AppState>, dispatch: &UseReducerDispatcher<AppState>) -> NodeRef {
    let frame = use_node_ref();
    let bridge = use_mut_ref(Frame::default);
    let enabled = state.local_judge.enabled;
    // Replies, from the frame only.
    {
        let (frame, bridge, dispatch) = (frame.clone(), bridge.clone(), dispatch.clone());
        use_effect_with(enabled, move |enabled| {
            bridge.borrow_mut().ready = false;
            let listener = web_sys::window().filter(|_| *enabled).map(|window| {
                gloo_events::EventListener::new(&window, "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
                    let own = web_sys::window().and_then(|w| w.location().origin().ok()).is_some_and(|o| o == event.origin());
                    let from_frame = frame
                        .cast::<web_sys::HtmlIFrameElement>()
                        .and_then(|f| f.content_window())
                        .zip(event.source())
                        .is_some_and(|(window, source)| JsValue::from(window) == JsValue::from(source));
                    if !own || !from_frame {
                        return;
                    }
                    let data = event.data();
                    let field = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok();
                    match field("type").and_then(|t| t.as_string()).as_deref() {
                        Some("ready") => {
                            let pending = {
                                let mut bridge = bridge.borrow_mut();
                                bridge.ready = true;
                                std::mem::take(&mut bridge.pending)
                            };
                            for message in pending {
                                post(&frame, &bridge, message);
                            }
                        }
                        Some("reply") => {
                            let number = |key: &str| field(key).and_then(|v| v.as_f64());
                            let (Some(run), Some(id)) = (number("run"), number("id")) else { return };
                            let ok = field("ok").and_then(|v| v.as_bool()).unwrap_or(false);
                            let text = |key: &str| field(key).and_then(|v| v.as_string()).unwrap_or_default();
                            let outcome = if ok { Ok(text("body")) } else { Err(text("error")) };
                            dispatch.dispatch(Action::JudgeReply { run: run as u64, id: id as usize, outcome });
                        }
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }
    // A new run is posted; a cancelled one is stopped.
    {
        let (frame, bridge) = (frame.clone(), bridge.clone());
        let run = state.judge_run.clone();
        let key = run.as_ref().map(|(number, run)| (*number, run.phase));
        let model = state.local_judge.model.clone();
        use_effect_with(key, move |key| {
            if let (Some((number, phase)), Some((_, run))) = (*key, run) {
                let (posted, cancelled) = {
                    let b = bridge.borrow();
                    (b.posted, b.cancelled)
                };
                if phase == Phase::Running && posted < number {
                    bridge.borrow_mut().posted = number;
                    let requests = js_sys::Array::new();
                    for task in &run.tasks {
                        requests.push(&object(&[("id", JsValue::from(task.id as u32)), ("body", JsValue::from_str(&task.body(&model)))]));
                    }
                    let message = object(&[
                        ("type", "run".into()),
                        ("run", JsValue::from(number as f64)),
                        ("endpoint", JsValue::from_str(&run.endpoint)),
                        ("requests", requests.into()),
                    ]);
                    post(&frame, &bridge, message);
                } else if phase == Phase::Cancelled && cancelled < number {
                    bridge.borrow_mut().cancelled = number;
                    post(&frame, &bridge, object(&[("type", "cancel".into()), ("run", JsValue::from(number as f64))]));
                }
            }
        });
    }
    frame
}
