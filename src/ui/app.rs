//! The root component: owns the state, loads the dictionary, persists preferences.

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

use super::components::{Footer, Header, Items, Leaderboard, Playground, Workbench};
use super::dictionary;
use super::files;
use super::i18n::UiLang;
use super::state::{Action, AppState, Shared, View};
use crate::core::answers;
use crate::core::scorebook::{self, Scorebook};
use crate::core::suite::Suite;

const UI_LANG_KEY: &str = "pingfen.ui-lang";
const TEXT_KEY: &str = "pingfen.playground-text";
/// Longer texts are not autosaved: localStorage holds ~5 MB per site.
const MAX_SAVED_TEXT: usize = 200_000;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let ui_lang = LocalStorage::get(UI_LANG_KEY).unwrap_or_else(|_| browser_ui_lang());
        let sample = crate::core::sample::session().unwrap_or_else(|problems| {
            // A broken sample is a build bug (tests/sample.rs pins it); show an empty suite.
            web_sys::console::error_1(&format!("sample: {problems:?}").into());
            let empty = Suite { schema: String::new(), id: String::new(), title: Default::default(), description: Default::default(), scales: Default::default(), dimensions: Vec::new(), items: Vec::new() };
            crate::core::scorebook::Session::new(empty, Vec::new())
        });
        AppState::new(ui_lang, LocalStorage::get(TEXT_KEY).ok(), sample)
    });

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
    let on_dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |index| dispatch.dispatch(Action::DismissNotice(index)))
    };
    let on_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |picked: Vec<web_sys::File>| {
            for file in picked {
                let dispatch = dispatch.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let (name, bytes) = files::read(file).await;
                    let outcome = match bytes {
                        Ok(bytes) => crate::core::files::read(&name, &bytes),
                        Err(message) => Err(vec![crate::core::Problem::new(&name, "reading", message).zh("浏览器无法读取该文件，请重新选择")]),
                    };
                    dispatch.dispatch(Action::FileLoaded { name, outcome });
                });
            }
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
                "table" => files::download(&format!("{stem}.leaderboard.csv"), "text/csv", with_bom(&scorebook::table_csv(results)).as_slice()),
                "xlsx" => crate::core::sheets::results_xlsx(results).and_then(|bytes| {
                    files::download(
                        &format!("{stem}.results.xlsx"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        &bytes,
                    )
                }),
                _ => files::download(&format!("{stem}.items.csv"), "text/csv", with_bom(&scorebook::items_csv(results)).as_slice()),
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
            if let Ok(sample) = crate::core::sample::session() {
                dispatch.dispatch(Action::LoadSample(Box::new(sample)));
            }
        })
    };
    let l = state.ui_lang;
    let content = match state.view {
        View::Results => html! { <Leaderboard ui_lang={l} session={state.session.clone()} results={state.results.clone()} /> },
        View::Items => html! {
            <Items ui_lang={l} session={state.session.clone()} results={state.results.clone()}
                selected={state.selected_item.clone()} {on_select}
                segmenter={state.segmenter.clone().map(Shared)} />
        },
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
                    models={crate::core::scoring::models(&state.session.answers).len()}
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

/// Chinese interface for browsers that ask for Chinese first, English otherwise.
fn browser_ui_lang() -> UiLang {
    let language = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if language.to_ascii_lowercase().starts_with("zh") { UiLang::Zh } else { UiLang::En }
}

/// CSV for spreadsheets: a UTF-8 byte-order mark makes Excel read Chinese correctly.
fn with_bom(csv: &str) -> Vec<u8> {
    [b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat()
}
