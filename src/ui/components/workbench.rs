//! The bar above the content: the screens (results, items, rating, raters, tokenizer), the session's source,
//! loading files, pasting answers and exporting.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::export::Export;
use crate::app::notice::{Notice, Origin};
use crate::app::place::PasteDraft;
use crate::core::text::Lang;
use crate::core::i18n::{msg, text, Locale};
use crate::ui::state::View;

#[derive(Properties, PartialEq)]
pub struct WorkbenchProps {
    pub locale: Locale,
    pub view: View,
    /// Where the session came from.
    pub origin: Origin,
    pub models: usize,
    pub items: usize,
    /// Items per language: what a paste for each choice must hold.
    pub items_zh: usize,
    pub items_en: usize,
    pub on_view: Callback<View>,
    /// Files picked with "Open files…".
    pub on_files: Callback<Vec<web_sys::File>>,
    /// (model, the items' language or all of them, text)
    pub on_paste: Callback<(String, Option<Lang>, String)>,
    pub paste_open: bool,
    pub on_toggle_paste: Callback<()>,
    pub draft: PasteDraft,
    pub on_draft: Callback<PasteDraft>,
    pub on_export: Callback<Export>,
    /// Open the share dialog for a link of this kind.
    pub on_share: Callback<crate::core::io::link::Kind>,
    pub on_sample: Callback<()>,
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<usize>,
    /// "Draft a suite from it", under a notice that a tool's file met no item.
    pub on_draft_suite: Callback<()>,
}

/// The tabs, left to right, with their words and test ids.
const TABS: [(View, &str); 7] = [
    (View::Results, "workbench-tab-results"),
    (View::Items, "workbench-tab-items"),
    (View::Review, "workbench-tab-review"),
    (View::Rate, "workbench-tab-rate"),
    (View::Raters, "workbench-tab-raters"),
    (View::Tokenizer, "workbench-tab-tokenizer"),
    (View::Learn, "workbench-tab-learn"),
];

#[component]
pub fn Workbench(props: &WorkbenchProps) -> Html {
    let l = props.locale;
    // The file tools sit behind one "Data" button on narrow screens (always shown on wide
    // ones); the menu closes once a tool has done its job.
    let data_open = use_state(|| false);
    let close_data = {
        let data_open = data_open.clone();
        move || data_open.set(false)
    };
    // ARIA tabs: one Tab stop (the current tab); arrows, Home and End move between tabs.
    let on_tab_key = {
        let on_view = props.on_view.clone();
        let current = props.view;
        Callback::from(move |event: KeyboardEvent| {
            let index = TABS.iter().position(|(v, _)| *v == current).unwrap_or(0);
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => (index + 1) % TABS.len(),
                "ArrowLeft" | "ArrowUp" => (index + TABS.len() - 1) % TABS.len(),
                "Home" => 0,
                "End" => TABS.len() - 1,
                _ => return,
            };
            event.prevent_default();
            // The rating desk listens for arrows too: these belong to the tabs.
            event.stop_propagation();
            let view = TABS[next].0;
            on_view.emit(view);
            if let Some(tab) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&format!("tab-{}", view.as_str()))) {
                let _ = tab.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        })
    };
    let tab = |view: View, key: &'static str| {
        let on_view = props.on_view.clone();
        let selected = props.view == view;
        html! {
            <button type="button" role="tab" class="tabs__tab" id={format!("tab-{}", view.as_str())} data-testid={format!("tab-{}", view.as_str())}
                aria-selected={selected.to_string()} aria-controls="content" tabindex={if selected { "0" } else { "-1" }}
                onkeydown={on_tab_key.clone()}
                onclick={move |_| on_view.emit(view)}>{ text(l, key) }</button>
        }
    };
    let on_files = {
        let on_files = props.on_files.clone();
        let close_data = close_data.clone();
        Callback::from(move |event: Event| {
            on_files.emit(super::take_picked(&event));
            close_data();
        })
    };
    let export = |kind: Export| {
        let on_export = props.on_export.clone();
        let close_data = close_data.clone();
        html! {
            <button type="button" class="button" data-testid={format!("export-{}", kind.as_str())}
                onclick={move |_| { on_export.emit(kind); close_data(); }}>{ kind.label().text(l) }</button>
        }
    };
    let on_sample = {
        let on_sample = props.on_sample.clone();
        let close_data = close_data.clone();
        move |_: MouseEvent| {
            on_sample.emit(());
            close_data();
        }
    };
    let on_paste_toggle = {
        let on_toggle = props.on_toggle_paste.clone();
        let close_data = close_data.clone();
        move |_: MouseEvent| {
            on_toggle.emit(());
            close_data();
        }
    };
    html! {
        <section class="workbench" aria-label={text(l, "workbench-label")}>
            <div class="workbench__row">
                <div class="tabs" role="tablist" aria-label={text(l, "workbench-tabs")}>
                    { for TABS.into_iter().map(|(view, key)| tab(view, key)) }
                </div>
                <button type="button" class="button data-menu__toggle" data-testid="data-menu"
                    aria-expanded={data_open.to_string()} aria-controls="data-panel"
                    onclick={{ let data_open = data_open.clone(); move |_| data_open.set(!*data_open) }}>
                    { text(l, "workbench-data") }{ if *data_open { " ▴" } else { " ▾" } }
                </button>
                <div id="data-panel" class={classes!("workbench__actions", data_open.then_some("workbench__actions--open"))} data-testid="data-panel">
                    <label class="button button--primary" data-testid="open-files-label">
                        { text(l, "workbench-open-files") }
                        <input type="file" class="visually-hidden" multiple=true data-testid="open-files"
                            // i18n-exempt: file extensions
                            accept=".json,.jsonl,.ndjson,.csv,.xlsx,.xls,.ods" onchange={on_files} />
                    </label>
                    <button type="button" class="button" data-testid="load-sample" onclick={on_sample}>
                        { text(l, "workbench-sample") }
                    </button>
                    <button type="button" class="button" data-testid="paste-toggle"
                        aria-expanded={props.paste_open.to_string()} onclick={on_paste_toggle}>
                        { text(l, "workbench-paste") }
                    </button>
                    { for Export::BAR.into_iter().map(export) }
                    <button type="button" class="button" data-testid="share-suite"
                        onclick={{ let on_share = props.on_share.clone(); let close_data = close_data.clone(); move |_| { on_share.emit(crate::core::io::link::Kind::Suite); close_data(); } }}>
                        { text(l, "share-suite-button") }</button>
                    <button type="button" class="button" data-testid="share-book"
                        onclick={{ let on_share = props.on_share.clone(); let close_data = close_data.clone(); move |_| { on_share.emit(crate::core::io::link::Kind::Scorebook); close_data(); } }}>
                        { text(l, "share-book-button") }</button>
                    <details class="workbench__hint" data-testid="formats">
                        <summary>{ text(l, "workbench-formats") }</summary>
                        <p>{ text(l, "workbench-hint") }</p>
                    </details>
                </div>
                <p class="workbench__source" data-testid="session-source">
                    { msg!("workbench-source", origin = props.origin.message(), models = props.models, items = props.items).text(l) }
                </p>
            </div>
            if props.paste_open {
                <PasteForm locale={l} on_paste={props.on_paste.clone()} draft={props.draft.clone()} on_draft={props.on_draft.clone()}
                    counts={(props.items, props.items_zh, props.items_en)} on_close={props.on_toggle_paste.clone()} />
            }
            // The notices in an element of their own: a notice coming or going must not shift
            // the siblings above (the paste form was remounted, and what was typed lost).
            <div class="notices">
            { for props.notices.iter().enumerate().map(|(index, notice)| {
                let on_dismiss = props.on_dismiss.clone();
                let on_draft_suite = props.on_draft_suite.clone();
                let draftable = matches!(notice, Notice::NothingPlaced { .. });
                let notice = notice.words(l);
                html! {
                    <div class={classes!("notice", notice.error.then_some("notice--error"))}
                         role={match notice.error { true => "alert", false => "status" }} data-testid="notice">
                        <p class="notice__title">{ &notice.title }</p>
                        if !notice.lines.is_empty() {
                            <ul class="notice__lines">{ for notice.lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                        }
                        if draftable {
                            <button type="button" class="button" data-testid="draft-suite"
                                onclick={move |_| on_draft_suite.emit(())}>{ text(l, "notice-draft-suite") }</button>
                        }
                        <button type="button" class="notice__close" aria-label={text(l, "workbench-dismiss")}
                            onclick={move |_| on_dismiss.emit(index)}>{ "×" }</button>
                    </div>
                }
            }) }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PasteFormProps {
    locale: Locale,
    on_paste: Callback<(String, Option<Lang>, String)>,
    /// What was typed so far: the form shows it and reports every change (a reload keeps it).
    draft: PasteDraft,
    on_draft: Callback<PasteDraft>,
    /// Items in the suite: all, Chinese, English.
    counts: (usize, usize, usize),
    on_close: Callback<()>,
}

/// One model's answers as a numbered list or blank-line-separated blocks, in item order.
#[component]
fn PasteForm(props: &PasteFormProps) -> Html {
    let l = props.locale;
    let draft = props.draft.clone();
    let change = |apply: fn(&mut PasteDraft, String)| {
        let (draft, on_draft) = (props.draft.clone(), props.on_draft.clone());
        Callback::from(move |event: Event| {
            let mut next = draft.clone();
            let value = event
                .target()
                .and_then(|t| {
                    let t2 = t.clone();
                    t.dyn_into::<HtmlInputElement>().map(|i| i.value())
                        .or_else(|_| t2.dyn_into::<web_sys::HtmlTextAreaElement>().map(|a| a.value()))
                        .or_else(|t| t.dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()))
                        .ok()
                })
                .unwrap_or_default();
            apply(&mut next, value);
            on_draft.emit(next);
        })
    };
    let on_model = change(|d, v| d.model = v);
    // The select's values are `all`, `zh`, `en`: anything but a language means all items.
    let on_lang = change(|d, v| d.lang = v.parse().ok());
    let on_text = change(|d, v| d.text = v);
    let onsubmit = {
        let (draft, on_paste) = (props.draft.clone(), props.on_paste.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_paste.emit((draft.model.clone(), draft.lang, draft.text.clone()));
        })
    };
    let (all, zh, en) = props.counts;
    let expects = match draft.lang {
        None => msg!("workbench-paste-expects", count = all, which = "all"),
        Some(Lang::Zh) => msg!("workbench-paste-expects", count = zh, which = "zh"),
        Some(Lang::En) => msg!("workbench-paste-expects", count = en, which = "en"),
    };
    let lang = draft.lang.map_or("all", |l| l.as_str());
    html! {
        <form class="paste" {onsubmit} data-testid="paste-form">
            <label class="field__label">{ text(l, "workbench-paste-model") }
                <input class="field__input" required=true data-testid="paste-model" value={draft.model.clone()}
                    oninput={on_model.reform(|e: InputEvent| Event::from(e))} /></label>
            <label class="field__label">{ text(l, "workbench-paste-items") }
                <select class="field__input" data-testid="paste-lang" onchange={on_lang}>
                    <option value="all" selected={lang == "all"}>{ text(l, "workbench-paste-all") }</option>
                    <option value="zh" selected={lang == "zh"}>{ text(l, "workbench-paste-zh") }</option>
                    <option value="en" selected={lang == "en"}>{ text(l, "workbench-paste-en") }</option>
                </select></label>
            <p class="card__intro" data-testid="paste-expects">{ expects.text(l) }</p>
            <label class="field__label">{ text(l, "workbench-paste-text") }
                <textarea class="field__textarea" rows="6" required=true data-testid="paste-text" value={draft.text.clone()}
                    oninput={on_text.reform(|e: InputEvent| Event::from(e))} /></label>
            <div class="paste__actions">
                <button type="submit" class="button button--primary" data-testid="paste-submit">{ text(l, "workbench-paste-submit") }</button>
                <button type="button" class="button button--quiet" data-testid="paste-close" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text(l, "workbench-paste-close") }</button>
            </div>
        </form>
    }
}
