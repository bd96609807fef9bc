//! The root component: owns the state, loads the dictionary, persists preferences.

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

use super::components::{Footer, Header, Playground};
use super::dictionary;
use super::i18n::UiLang;
use super::state::{Action, AppState};

const UI_LANG_KEY: &str = "pingfen.ui-lang";
const TEXT_KEY: &str = "pingfen.playground-text";
/// Longer texts are not autosaved: localStorage holds ~5 MB per site.
const MAX_SAVED_TEXT: usize = 200_000;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let ui_lang = LocalStorage::get(UI_LANG_KEY).unwrap_or_else(|_| browser_ui_lang());
        AppState::new(ui_lang, LocalStorage::get(TEXT_KEY).ok())
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
    let on_hmm = Callback::from(move |hmm| dispatch.dispatch(Action::SetHmm(hmm)));

    html! {
        <>
            <Header
                ui_lang={state.ui_lang}
                dictionary={state.dictionary.clone()}
                {on_lang}
                {on_retry}
            />
            <main class="page">
                <Playground
                    ui_lang={state.ui_lang}
                    text={state.text.clone()}
                    hmm={state.hmm}
                    dictionary={state.dictionary.clone()}
                    segmented={state.segmented.clone()}
                    {on_text}
                    {on_hmm}
                />
            </main>
            <Footer ui_lang={state.ui_lang} />
        </>
    }
}

/// Chinese interface for browsers that ask for Chinese first, English otherwise.
fn browser_ui_lang() -> UiLang {
    let language = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if language.to_ascii_lowercase().starts_with("zh") { UiLang::Zh } else { UiLang::En }
}
