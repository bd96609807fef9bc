//! The root component: owns the state, loads the dictionary, persists preferences.

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

use wasm_bindgen::JsCast;

use super::components::{Charts, Footer, Header, Items, Leaderboard, Playground, Rate, Raters, Workbench};
use super::dictionary;
use super::files;
use super::i18n::UiLang;
use super::state::{Action, AppState, ItemFilter, Shared, View};
use crate::core::io::answers;
use crate::core::io::{export, scorebook::{self, Scorebook}};
    use crate::core::model::session::Session;
    use crate::core::results;
use crate::core::model::suite::Suite;

const UI_LANG_KEY: &str = "pingfen.ui-lang";
/// The working session (suite, answers, ratings, votes), saved after every change.
const SESSION_KEY: &str = "pingfen.session";
const RATER_KEY: &str = "pingfen.rater";
/// localStorage holds about 5 MB per site (UTF-16 in some browsers): larger sessions are
/// not autosaved, and the user is told to export instead.
const MAX_SAVED_SESSION: usize = 2_400_000;

/// What autosave writes.
#[derive(serde::Serialize, serde::Deserialize)]
struct Saved {
    source: String,
    session: Session,
}
const TEXT_KEY: &str = "pingfen.playground-text";
/// Longer texts are not autosaved: localStorage holds ~5 MB per site.
const MAX_SAVED_TEXT: usize = 200_000;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let ui_lang = LocalStorage::get(UI_LANG_KEY).unwrap_or_else(|_| browser_ui_lang());
        let sample = crate::core::io::sample::session().unwrap_or_else(|problems| {
            // A broken sample is a build bug (tests/sample.rs pins it); show an empty suite.
            web_sys::console::error_1(&format!("sample: {problems:?}").into());
            let empty = Suite { schema: String::new(), id: String::new(), title: Default::default(), description: Default::default(), scales: Default::default(), dimensions: Vec::new(), items: Vec::new() };
            crate::core::model::session::Session::new(empty, Vec::new())
        });
        let state = AppState::new(ui_lang, LocalStorage::get(TEXT_KEY).ok(), sample).with_rater(LocalStorage::get(RATER_KEY).ok());
        match restore() {
            Some(saved) => state.restored(saved.source, saved.session),
            None => state,
        }
    });
    // Autosave: every change of the session is written at once, so a reload or a closed tab
    // loses nothing.
    {
        let dispatch = state.dispatcher();
        use_effect_with((Shared(state.session.clone()), state.source.clone()), move |(session, source)| {
            let saved = Saved { source: source.clone(), session: (*session.0).clone() };
            match serde_json::to_string(&saved) {
                Ok(json) if json.len() > MAX_SAVED_SESSION => {
                    let _ = LocalStorage::delete(SESSION_KEY);
                    dispatch.dispatch(Action::AutosaveFailed(format!("{} MB", json.len() / 1_000_000)));
                }
                Ok(json) => {
                    let stored = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).map(|s| s.set_item(SESSION_KEY, &json));
                    if !matches!(stored, Some(Ok(()))) {
                        dispatch.dispatch(Action::AutosaveFailed("localStorage".into()));
                    }
                }
                Err(_) => {}
            }
        });
    }
    use_effect_with(state.rater.clone(), |rater| {
        match rater {
            Some(name) => { let _ = LocalStorage::set(RATER_KEY, name); }
            None => LocalStorage::delete(RATER_KEY),
        }
    });
    // Rating keys, wherever the focus is (except in text fields).
    let view_now = use_mut_ref(|| View::Results);
    *view_now.borrow_mut() = state.view;
    {
        let dispatch = state.dispatcher();
        let view_now = view_now.clone();
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

    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(dictionary::load(dispatch));
        });
    }
    use_effect_with(state.ui_lang, |lang| {
        let _ = LocalStorage::set(UI_LANG_KEY, lang);
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.tag());
        }
    });
    use_effect_with(state.text.clone(), |text| {
        if text.len() <= MAX_SAVED_TEXT {
            let _ = LocalStorage::set(TEXT_KEY, text);
        }
    });

    let dispatch = state.dispatcher();
    let on_lang = {
        let dispatch = dispatch.clone();
        Callback::from(move |lang| dispatch.dispatch(Action::SetUiLang(lang)))
    };
    let on_retry = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| wasm_bindgen_futures::spawn_local(dictionary::load(dispatch.clone())))
    };
    let on_text = {
        let dispatch = dispatch.clone();
        Callback::from(move |text| dispatch.dispatch(Action::SetText(text)))
    };
    let on_hmm = {
        let dispatch = dispatch.clone();
        Callback::from(move |hmm| dispatch.dispatch(Action::SetHmm(hmm)))
    };
    let on_view = {
        let dispatch = dispatch.clone();
        Callback::from(move |view| dispatch.dispatch(Action::SetView(view)))
    };
    let on_select = {
        let dispatch = dispatch.clone();
        Callback::from(move |id| dispatch.dispatch(Action::SelectItem(id)))
    };
    let on_action = {
        let dispatch = dispatch.clone();
        Callback::from(move |action| dispatch.dispatch(action))
    };
    let on_merge = {
        let dispatch = dispatch.clone();
        Callback::from(move |picked: Vec<web_sys::File>| {
            let dispatch = dispatch.clone();
            read_in_order(picked, move |name, outcome| dispatch.dispatch(Action::Merge { name, outcome }));
        })
    };
    let on_dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |index| dispatch.dispatch(Action::DismissNotice(index)))
    };
    // People's ratings and votes are the one thing that cannot be recomputed: replacing the
    // session they live in is confirmed first.
    let human_work = state.session.ratings.len() + state.session.votes.len();
    let ui_lang = state.ui_lang;
    let on_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |picked: Vec<web_sys::File>| {
            let dispatch = dispatch.clone();
            read_in_order(picked, move |name, outcome| {
                let replaces = matches!(outcome, Ok(crate::core::io::files::Loaded::Suite(_) | crate::core::io::files::Loaded::Session(_)));
                if !replaces || confirm_replace(ui_lang, human_work) {
                    dispatch.dispatch(Action::FileLoaded { name, outcome });
                }
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
            let ids: Vec<&str> = session
                .suite
                .items
                .iter()
                .filter(|item| lang == "all" || (lang == "zh") == (item.lang == crate::core::text::Lang::Zh))
                .map(|item| item.id.as_str())
                .collect();
            let outcome = answers::from_pasted(model.trim(), &text, &ids);
            dispatch.dispatch(Action::Pasted { model, outcome });
        })
    };
    let on_export = {
        let dispatch = dispatch.clone();
        let state = state.clone();
        Callback::from(move |kind: &'static str| {
            let Some(results) = state.results.as_ref() else { return };
            let stem = if state.session.suite.id.is_empty() { "pingfen".to_owned() } else { state.session.suite.id.clone() };
            let created = String::from(js_sys::Date::new_0().to_iso_string());
            let outcome = match kind {
                "scorebook" => files::download(
                    &format!("{stem}.scorebook.json"),
                    "application/json",
                    Scorebook::new(&state.session, results, &created).to_json().as_bytes(),
                ),
                "rater" => {
                    let rater = state.rater.clone().unwrap_or_else(|| "rater".into());
                    let safe: String = rater.chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' }).collect();
                    files::download(
                        &format!("{stem}.rater-{safe}.json"),
                        "application/json",
                        Scorebook::new(&state.session, results, &created).to_json().as_bytes(),
                    )
                }
                "report" => files::download(
                    &format!("{stem}.report.html"),
                    "text/html;charset=utf-8",
                    crate::core::report::html(&state.session, results, state.ui_lang.content(), &created).as_bytes(),
                ),
                "table" => files::download(&format!("{stem}.leaderboard.csv"), "text/csv", with_bom(&export::to_csv(&export::leaderboard(&results)).unwrap()).as_slice()),
                "xlsx" => crate::core::io::sheets::results_xlsx(results).and_then(|bytes| {
                    files::download(
                        &format!("{stem}.results.xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        &bytes,
                    )
                }),
                _ => files::download(&format!("{stem}.items.csv"), "text/csv", with_bom(&export::to_csv(&export::item_scores(&results)).unwrap()).as_slice()),
            };
            if let Err(message) = outcome {
                dispatch.dispatch(Action::FileLoaded {
                    name: "export".into(),
                    outcome: Err(vec![crate::core::Problem::new("export", kind, message).zh("无法生成下载文件，请重试")]),
                });
            }
        })
    };

    let on_sample = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| {
            if !confirm_replace(ui_lang, human_work) {
                return;
            }
            if let Ok(sample) = crate::core::io::sample::session() {
                dispatch.dispatch(Action::LoadSample(Box::new(sample)));
            }
        })
    };
    let l = state.ui_lang;
    let content = match state.view {
        View::Results => {
            let on_drill = {
                let dispatch = dispatch.clone();
                Callback::from(move |(model, lang, dimension)| dispatch.dispatch(Action::Drill(ItemFilter { model, lang, dimension })))
            };
            let on_problem = {
                let dispatch = dispatch.clone();
                Callback::from(move |message: String| {
                    dispatch.dispatch(Action::FileLoaded { name: "chart".into(), outcome: Err(vec![crate::core::Problem::new("chart", "download", message).zh("无法生成图表文件，请重试")]) })
                })
            };
            html! {
                <>
                    <Leaderboard ui_lang={l} session={state.session.clone()} results={state.results.clone()} {on_drill}
                        on_rule={{ let dispatch = dispatch.clone(); Callback::from(move |rule| dispatch.dispatch(Action::SetRule(rule))) }} />
                    if let Some(results) = state.results.clone() {
                        <Charts ui_lang={l} session={state.session.clone()} {results} {on_problem} />
                    }
                </>
            }
        }
        View::Items => html! {
            <Items ui_lang={l} session={state.session.clone()} results={state.results.clone()}
                selected={state.selected_item.clone()} {on_select}
                filter={state.item_filter.clone()}
                on_clear_filter={{ let dispatch = dispatch.clone(); Callback::from(move |()| dispatch.dispatch(Action::ClearItemFilter)) }}
                segmenter={state.segmenter.clone().map(Shared)} />
        },
        View::Rate => html! {
            <Rate ui_lang={l} desk={state.desk()} remembered={state.rater.clone()} items={state.session.suite.items.len()}
                on_action={on_action.clone()} on_export={on_export.clone()} />
        },
        View::Raters => {
            let on_sample_ratings = {
                let dispatch = dispatch.clone();
                Callback::from(move |()| {
                    let outcome = crate::core::io::sample::rated_session().map(|session| crate::core::io::files::Loaded::Session(Box::new(session)));
                    dispatch.dispatch(Action::Merge { name: "sample-ratings.json".into(), outcome });
                })
            };
            html! { <Raters ui_lang={l} results={state.results.clone()} {on_merge} on_select={on_select.clone()} {on_sample_ratings} /> }
        }
        View::Tokenizer => html! {
            <Playground
                ui_lang={l}
                text={state.text.clone()}
                hmm={state.hmm}
                dictionary={state.dictionary.clone()}
                segmented={state.segmented.clone()}
                {on_text}
                {on_hmm}
            />
        },
    };
    html! {
        <>
            <Header
                ui_lang={l}
                dictionary={state.dictionary.clone()}
                {on_lang}
                {on_retry}
            />
            <main class="page" ondragover={Callback::from(|event: DragEvent| event.prevent_default())}
                ondrop={on_drop}>
                <Workbench
                    ui_lang={l}
                    view={state.view}
                    source={state.source.clone()}
                    models={state.session.models().len()}
                    items={state.session.suite.items.len()}
                    {on_view}
                    {on_files}
                    {on_paste}
                    {on_export}
                    {on_sample}
                    notices={state.notices.clone()}
                    {on_dismiss}
                />
                { content }
            </main>
            <Footer ui_lang={l} />
        </>
    }
}

/// Reads a picked or dropped file and says what it holds.
async fn read_file(file: web_sys::File) -> (String, Result<crate::core::io::files::Loaded, Vec<crate::core::Problem>>) {
    let (name, bytes) = files::read(file).await;
    let outcome = match bytes {
        Ok(bytes) => crate::core::io::files::read(&name, &bytes),
        Err(message) => Err(vec![crate::core::Problem::new(&name, "reading", message).zh("浏览器无法读取该文件，请重新选择")]),
    };
    (name, outcome)
}

/// Reads picked files one after another, in the order picked, handing each to `take`: the
/// same files always give the same session (and raters appear in the order merged).
fn read_in_order(
    picked: Vec<web_sys::File>,
    take: impl Fn(String, Result<crate::core::io::files::Loaded, Vec<crate::core::Problem>>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        for file in picked {
            let (name, outcome) = read_file(file).await;
            take(name, outcome);
        }
    });
}

/// The session autosaved in this browser, if there is one and it still checks out.
fn restore() -> Option<Saved> {
    let json: String = web_sys::window()?.local_storage().ok()??.get_item(SESSION_KEY).ok()??;
    let saved: Saved = serde_json::from_str(&json).ok()?;
    saved.session.problems("saved").is_empty().then_some(saved)
}

/// Asks before a session holding `count` ratings and votes is replaced (true when there are
/// none). Merging rater files never needs this.
fn confirm_replace(ui_lang: UiLang, count: usize) -> bool {
    if count == 0 {
        return true;
    }
    let message = match ui_lang {
        UiLang::Zh => format!("这将替换当前会话，其中的 {count} 条评分与投票会被丢弃。如需保留，请先“导出评分簿”。继续吗？"),
        UiLang::En => format!("This replaces the loaded session and its {count} ratings and votes. Export the scorebook first to keep them. Continue?"),
    };
    web_sys::window().and_then(|w| w.confirm_with_message(&message).ok()).unwrap_or(false)
}

/// Keys typed into a text field belong to the field.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.has_attribute("contenteditable"))
}

/// Chinese interface for browsers that ask for Chinese first, English otherwise.
fn browser_ui_lang() -> UiLang {
    let language = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if language.to_ascii_lowercase().starts_with("zh") { UiLang::Zh } else { UiLang::En }
}

/// CSV for spreadsheets: a UTF-8 byte-order mark makes Excel read Chinese correctly.
fn with_bom(csv: &str) -> Vec<u8> {
    [b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat()
}
