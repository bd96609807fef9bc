//! The root component: owns the state, wires the browser (files, keys, storage, timers) to
//! actions, and lays out the screens. Decisions live in `crate::app`; this file adapts.

use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::{Charts, Footer, Header, Items, Leaderboard, Playground, Rate, Raters, SaveBadge, StoragePanel, StorageRequest, Workbench};
use super::state::{now_ms, Action, AppState, Export, ItemFilter, SaveStatus, Shared, View};
use super::{dictionary, files, storage};
use crate::app::autosave::SAVE_AT_ONCE_BYTES;
use crate::app::export::{self, Context, Failed};
use crate::core::i18n::{msg, Locale, Message};
use crate::core::io::files::Loaded;
use crate::core::io::{answers, sample};
use crate::core::model::session::Session;
use crate::core::model::suite::Suite;
use crate::core::text::Lang;
use crate::core::Problem;

/// Small preferences stay in localStorage (they are read before the first paint).
const LOCALE_KEY: &str = "pingfen.ui-lang";
const RATER_KEY: &str = "pingfen.rater";
const TEXT_KEY: &str = "pingfen.playground-text";
/// Longer playground texts are not remembered: localStorage holds ~5 MB per site.
const MAX_SAVED_TEXT: usize = 200_000;
/// How long the screens wait for the saved session before showing anyway (autosave then
/// stays off, so nothing unread is overwritten).
const RESTORE_PATIENCE_MS: u32 = 8_000;
/// A large session is written once changes pause this long.
const SAVE_PAUSE_MS: u32 = 800;

/// Sends `make(value)` to the reducer: the one shape every event handler here has.
fn send<T: 'static>(dispatch: &UseReducerDispatcher<AppState>, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |value| dispatch.dispatch(make(value)))
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let sample = sample::session().unwrap_or_else(|problems| {
            // A broken sample is a build bug (tests/sample.rs pins it); show an empty suite.
            web_sys::console::error_1(&format!("sample: {problems:?}").into());
            let empty = Suite { schema: String::new(), id: String::new(), title: Default::default(), description: Default::default(), scales: Default::default(), dimensions: Vec::new(), items: Vec::new() };
            Session::new(empty, Vec::new())
        });
        AppState::new(remembered_locale(), LocalStorage::get(TEXT_KEY).ok(), sample, now_ms).with_rater(LocalStorage::get(RATER_KEY).ok())
    });
    let dispatch = state.dispatcher();

    // Start: read what this browser saved (autosave stays off until this is done), fetch the
    // dictionary, and keep the clock going for "saved 2 min ago".
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(storage::restore(dispatch.clone()));
            wasm_bindgen_futures::spawn_local(dictionary::load(dispatch.clone()));
            let patience = {
                let dispatch = dispatch.clone();
                gloo_timers::callback::Timeout::new(RESTORE_PATIENCE_MS, move || dispatch.dispatch(Action::RestoreTimedOut))
            };
            let tick = gloo_timers::callback::Interval::new(15_000, move || dispatch.dispatch(Action::Tick { now_ms: now_ms() }));
            move || {
                drop(tick);
                drop(patience);
            }
        });
    }
    use_autosave(&state, &dispatch);
    use_effect_with(state.rater.clone(), |rater| match rater {
        Some(name) => {
            let _ = LocalStorage::set(RATER_KEY, name);
        }
        None => LocalStorage::delete(RATER_KEY),
    });
    use_effect_with(state.locale, |locale| {
        let _ = LocalStorage::set(LOCALE_KEY, locale.as_str());
        if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = html.set_attribute("lang", locale.as_str());
        }
    });
    use_effect_with(state.text.clone(), |text| {
        if text.len() <= MAX_SAVED_TEXT {
            let _ = LocalStorage::set(TEXT_KEY, text);
        }
    });
    use_rating_keys(state.view, &dispatch);

    let locale = state.locale;
    // People's ratings and votes cannot be recomputed: replacing the session they live in is
    // confirmed first.
    let human_work = state.human_work();
    let on_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |picked: Vec<web_sys::File>| {
            let dispatch = dispatch.clone();
            read_in_order(picked, move |name, outcome| match outcome {
                Err(detail) => dispatch.dispatch(Action::FileUnreadable { name, detail }),
                Ok(outcome) => {
                    let replaces = matches!(outcome, Ok(Loaded::Suite(_) | Loaded::Session(_)));
                    if !replaces || confirm_replace(locale, human_work) {
                        dispatch.dispatch(Action::FileLoaded { name, outcome });
                    }
                }
            });
        })
    };
    let on_merge = {
        let dispatch = dispatch.clone();
        Callback::from(move |picked: Vec<web_sys::File>| {
            let dispatch = dispatch.clone();
            read_in_order(picked, move |name, outcome| match outcome {
                Err(detail) => dispatch.dispatch(Action::FileUnreadable { name, detail }),
                Ok(outcome) => dispatch.dispatch(Action::Merge { name, outcome }),
            });
        })
    };
    // Files dropped anywhere on the page are opened like picked ones.
    let on_drop = {
        let on_files = on_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if let Some(list) = event.data_transfer().and_then(|d| d.files()) {
                on_files.emit((0..list.length()).filter_map(|i| list.get(i)).collect());
            }
        })
    };
    let on_paste = {
        let dispatch = dispatch.clone();
        let session = state.session.clone();
        Callback::from(move |(model, lang, text): (String, String, String)| {
            // `all`, or one language's items.
            let lang: Option<Lang> = lang.parse().ok();
            let ids: Vec<&str> = session.suite.items.iter().filter(|item| lang.is_none_or(|l| l == item.lang)).map(|item| item.id.as_str()).collect();
            let outcome = answers::from_pasted(model.trim(), &text, &ids);
            dispatch.dispatch(Action::Pasted { model, outcome });
        })
    };
    let on_export = {
        let dispatch = dispatch.clone();
        let state = state.clone();
        Callback::from(move |kind: Export| {
            let Some(results) = state.results.as_ref() else { return };
            let created = String::from(js_sys::Date::new_0().to_iso_string());
            let context = Context { locale: state.locale, created: &created, rater: state.rater.as_deref() };
            let outcome = export::produce(kind, &state.session, results, &context)
                .and_then(|file| files::download(&file.name, file.mime, &file.bytes).map_err(|detail| Failed { what: kind.label(), detail }));
            if let Err(failed) = outcome {
                dispatch.dispatch(Action::ExportFailed(failed));
            }
        })
    };
    let on_sample = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| {
            if confirm_replace(locale, human_work)
                && let Ok(sample) = sample::session()
            {
                dispatch.dispatch(Action::LoadSample(Box::new(sample)));
            }
        })
    };
    let on_storage = {
        let dispatch = dispatch.clone();
        Callback::from(move |request: StorageRequest| {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(handle_storage(request, locale, human_work, dispatch));
        })
    };

    let l = locale;
    // Until the saved session is read, the sample is not shown as if it were the user's work.
    let content = if state.save == SaveStatus::Restoring {
        html! { <p class="empty" data-testid="restoring" role="status">{ crate::core::i18n::text(l, "save-restoring") }</p> }
    } else { match state.view {
        View::Results => {
            let on_drill = send(&dispatch, |(model, lang, dimension)| Action::Drill(ItemFilter { model, lang, dimension }));
            let on_problem = send(&dispatch, |detail: String| Action::ExportFailed(Failed { what: msg!("export-chart"), detail }));
            html! {
                <>
                    <Leaderboard locale={l} session={state.session.clone()} results={state.results.clone()} {on_drill}
                        on_rule={send(&dispatch, Action::SetRule)} />
                    if let Some(results) = state.results.clone() {
                        <Charts locale={l} session={state.session.clone()} {results} {on_problem} />
                    }
                </>
            }
        }
        View::Items => html! {
            <Items locale={l} session={state.session.clone()} results={state.results.clone()}
                selected={state.selected_item.clone()} on_select={send(&dispatch, Action::SelectItem)}
                filter={state.item_filter.clone()}
                on_clear_filter={send(&dispatch, |()| Action::ClearItemFilter)}
                segmenter={state.segmenter.clone().map(Shared)} />
        },
        View::Rate => html! {
            <Rate locale={l} desk={state.desk()} remembered={state.rater.clone()} items={state.session.suite.items.len()}
                on_action={send(&dispatch, |action| action)} on_export={on_export.clone()} />
        },
        View::Raters => {
            let on_sample_ratings = {
                let dispatch = dispatch.clone();
                Callback::from(move |()| {
                    let outcome = sample::rated_session().map(|session| Loaded::Session(Box::new(session)));
                    dispatch.dispatch(Action::Merge { name: "sample-ratings.json".into(), outcome });
                })
            };
            html! { <Raters locale={l} results={state.results.clone()} {on_merge} on_select={send(&dispatch, Action::SelectItem)} {on_sample_ratings} /> }
        }
        View::Tokenizer => html! {
            <Playground locale={l} text={state.text.clone()} hmm={state.hmm} dictionary={state.dictionary.clone()}
                segmented={state.segmented.clone()} on_text={send(&dispatch, Action::SetText)} on_hmm={send(&dispatch, Action::SetHmm)} />
        },
    } };
    let on_retry = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| wasm_bindgen_futures::spawn_local(dictionary::load(dispatch.clone())))
    };
    html! {
        <>
            <Header locale={l} dictionary={state.dictionary.clone()} on_lang={send(&dispatch, Action::SetLocale)} {on_retry} />
            <main class="page" ondragover={Callback::from(|event: DragEvent| event.prevent_default())} ondrop={on_drop}>
                <SaveBadge locale={l} status={state.save.clone()} now_ms={state.now_ms} />
                <Workbench
                    locale={l}
                    view={state.view}
                    origin={state.origin.clone()}
                    models={state.session.models().len()}
                    items={state.session.suite.items.len()}
                    on_view={send(&dispatch, Action::SetView)}
                    {on_files}
                    {on_paste}
                    {on_export}
                    {on_sample}
                    notices={state.notices.clone()}
                    on_dismiss={send(&dispatch, Action::DismissNotice)}
                />
                { content }
                <StoragePanel locale={l} kept_aside={state.kept_aside.clone()} on_request={on_storage} />
            </main>
            <Footer locale={l} />
        </>
    }
}

/// Writes the session whenever it changes, once the saved one has been read. Small sessions
/// are written at once (a closed tab loses nothing); large ones when changes pause, and at
/// once when the page is hidden.
#[hook]
fn use_autosave(state: &UseReducerHandle<AppState>, dispatch: &UseReducerDispatcher<AppState>) {
    let pending = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let latest = use_mut_ref(|| None::<(crate::app::Origin, Rc<Session>)>);
    {
        let dispatch = dispatch.clone();
        let pending = pending.clone();
        let latest = latest.clone();
        let may_save = state.save.may_save();
        use_effect_with((Shared(state.session.clone()), state.origin.clone(), may_save), move |(session, origin, may_save)| {
            if *may_save {
                let write = {
                    let dispatch = dispatch.clone();
                    let (origin, session) = (origin.clone(), session.0.clone());
                    move || wasm_bindgen_futures::spawn_local(storage::save(dispatch, origin, session, now_ms))
                };
                *latest.borrow_mut() = Some((origin.clone(), session.0.clone()));
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
                    && let Some((origin, session)) = latest.borrow_mut().take()
                {
                    drop(pending.borrow_mut().take());
                    wasm_bindgen_futures::spawn_local(storage::save(dispatch.clone(), origin, session, now_ms));
                }
            })
        });
        move || drop(listener)
    });
}

/// Rating keys, wherever the focus is (except in text fields), while the rating screen is up.
#[hook]
fn use_rating_keys(view: View, dispatch: &UseReducerDispatcher<AppState>) {
    let view_now = use_mut_ref(|| View::Results);
    *view_now.borrow_mut() = view;
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|document| {
            gloo_events::EventListener::new(&document, "keydown", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if *view_now.borrow() != View::Rate || event.ctrl_key() || event.meta_key() || event.alt_key() || typing(event) {
                    return;
                }
                let key = event.key();
                if key.starts_with("Arrow") {
                    event.prevent_default();
                }
                dispatch.dispatch(Action::Key(key));
            })
        });
        move || drop(listener)
    });
}

/// Downloads, deletes or clears what this browser keeps, asking first where work is lost.
async fn handle_storage(request: StorageRequest, locale: Locale, human_work: usize, dispatch: UseReducerDispatcher<AppState>) {
    let failed = |key: &'static str, detail: String| {
        let worded = Message { key, args: vec![("detail", detail.into())] }.text(locale);
        Action::ExportFailed(Failed { what: msg!("storage-title"), detail: worded })
    };
    match request {
        StorageRequest::Download(key) => match storage::get(&key).await {
            Ok(Some(text)) => {
                if let Err(detail) = files::download(&format!("pingfen-{key}.json"), "application/json", text.as_bytes()) {
                    dispatch.dispatch(failed("storage-download-failed", detail));
                }
            }
            Ok(None) => dispatch.dispatch(Action::DeletedKeptAside(key)),
            Err(detail) => dispatch.dispatch(failed("storage-download-failed", detail)),
        },
        StorageRequest::Delete(key) => {
            if confirm(&crate::core::i18n::text(locale, "storage-delete-confirm")) {
                match storage::delete(&key).await {
                    Ok(()) => dispatch.dispatch(Action::DeletedKeptAside(key)),
                    Err(detail) => dispatch.dispatch(failed("storage-clear-failed", detail)),
                }
            }
        }
        StorageRequest::ClearAll => {
            if confirm(&msg!("storage-clear-confirm", count = human_work).text(locale)) {
                match (storage::clear_all().await, sample::session()) {
                    (Ok(()), Ok(sample)) => dispatch.dispatch(Action::LocalDataCleared(Box::new(sample))),
                    (Err(detail), _) => dispatch.dispatch(failed("storage-clear-failed", detail)),
                    (Ok(()), Err(problems)) => web_sys::console::error_1(&format!("sample: {problems:?}").into()),
                }
            }
        }
    }
}

/// Reads picked files one after another, in the order picked, handing each to `take`: the
/// same files always give the same session (and raters appear in the order merged).
fn read_in_order(picked: Vec<web_sys::File>, take: impl Fn(String, Result<Result<Loaded, Vec<Problem>>, String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        for file in picked {
            let (name, bytes) = files::read(file).await;
            let outcome = bytes.map(|bytes| crate::core::io::files::read(&name, &bytes));
            take(name, outcome);
        }
    });
}

fn confirm(message: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}

/// Asks before a session holding `count` ratings and votes is replaced (true when there are
/// none). Merging rater files never needs this.
fn confirm_replace(locale: Locale, count: usize) -> bool {
    count == 0 || confirm(&msg!("confirm-replace", count = count).text(locale))
}

/// Keys typed into a text field belong to the field.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.has_attribute("contenteditable"))
}

/// The interface language chosen before (also as saved by older versions: `"En"`/`"Zh"`),
/// else the best match for the browser's languages.
fn remembered_locale() -> Locale {
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
