//! The bar above the content: the screens (results, items, rating, raters, tokenizer), the session's source,
//! loading files, pasting answers and exporting.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::export::Export;
use crate::app::notice::{Notice, Origin};
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
    pub on_view: Callback<View>,
    /// Files picked with "Open files…".
    pub on_files: Callback<Vec<web_sys::File>>,
    /// (model, the items' language or all of them, text)
    pub on_paste: Callback<(String, Option<Lang>, String)>,
    pub on_export: Callback<Export>,
    pub on_sample: Callback<()>,
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<usize>,
}

#[component]
pub fn Workbench(props: &WorkbenchProps) -> Html {
    let l = props.locale;
    let paste_open = use_state(|| false);
    let tab = |view: View, key: &'static str, id: &'static str| {
        let on_view = props.on_view.clone();
        html! {
            <button type="button" role="tab" class="tabs__tab" data-testid={id}
                aria-selected={(props.view == view).to_string()}
                onclick={move |_| on_view.emit(view)}>{ text(l, key) }</button>
        }
    };
    let on_files = {
        let on_files = props.on_files.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(list) = input.files() {
                let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
                on_files.emit(files);
            }
            input.set_value("");
        })
    };
    let export = |kind: Export| {
        let on_export = props.on_export.clone();
        html! {
            <button type="button" class="button" data-testid={format!("export-{}", kind.as_str())}
                onclick={move |_| on_export.emit(kind)}>{ kind.label().text(l) }</button>
        }
    };
    html! {
        <section class="workbench" aria-label={text(l, "workbench-label")}>
            <div class="workbench__row">
                <div class="tabs" role="tablist">
                    { tab(View::Results, "workbench-tab-results", "tab-results") }
                    { tab(View::Items, "workbench-tab-items", "tab-items") }
                    { tab(View::Rate, "workbench-tab-rate", "tab-rate") }
                    { tab(View::Raters, "workbench-tab-raters", "tab-raters") }
                    { tab(View::Tokenizer, "workbench-tab-tokenizer", "tab-tokenizer") }
                </div>
                <div class="workbench__actions">
                    <label class="button button--primary" data-testid="open-files-label">
                        { text(l, "workbench-open-files") }
                        <input type="file" class="visually-hidden" multiple=true data-testid="open-files"
                            // i18n-exempt: file extensions
                            accept=".json,.jsonl,.ndjson,.csv,.xlsx,.xls,.ods" onchange={on_files} />
                    </label>
                    <button type="button" class="button" data-testid="load-sample"
                        onclick={props.on_sample.reform(|_: MouseEvent| ())}>
                        { text(l, "workbench-sample") }
                    </button>
                    <button type="button" class="button" data-testid="paste-toggle"
                        aria-expanded={paste_open.to_string()}
                        onclick={{ let paste_open = paste_open.clone(); move |_| paste_open.set(!*paste_open) }}>
                        { text(l, "workbench-paste") }
                    </button>
                    { for Export::BAR.into_iter().map(export) }
                </div>
            </div>
            <p class="workbench__source" data-testid="session-source">
                { msg!("workbench-source", origin = props.origin.message(), models = props.models, items = props.items).text(l) }
            </p>
            <p class="workbench__hint">
                { text(l, "workbench-hint") }
            </p>
            if *paste_open {
                <PasteForm locale={l} on_paste={props.on_paste.clone()} />
            }
            // The notices in an element of their own: a notice coming or going must not shift
            // the siblings above (the paste form was remounted, and what was typed lost).
            <div class="notices">
            { for props.notices.iter().enumerate().map(|(index, notice)| {
                let on_dismiss = props.on_dismiss.clone();
                let notice = notice.words(l);
                html! {
                    <div class={classes!("notice", notice.error.then_some("notice--error"))}
                         role={match notice.error { true => "alert", false => "status" }} data-testid="notice">
                        <p class="notice__title">{ &notice.title }</p>
                        if !notice.lines.is_empty() {
                            <ul class="notice__lines">{ for notice.lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
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
}

/// One model's answers as a numbered list or blank-line-separated blocks, in item order.
#[component]
fn PasteForm(props: &PasteFormProps) -> Html {
    let l = props.locale;
    let model = use_node_ref();
    let lang = use_node_ref();
    let answers = use_node_ref();
    let onsubmit = {
        let (model, lang, answers, on_paste) = (model.clone(), lang.clone(), answers.clone(), props.on_paste.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = |node: &NodeRef| {
                node.cast::<HtmlInputElement>().map(|i| i.value())
                    .or_else(|| node.cast::<web_sys::HtmlSelectElement>().map(|s| s.value()))
                    .or_else(|| node.cast::<web_sys::HtmlTextAreaElement>().map(|t| t.value()))
                    .unwrap_or_default()
            };
            // The select's values are `all`, `zh`, `en`: anything but a language means all items.
            on_paste.emit((value(&model), value(&lang).parse().ok(), value(&answers)));
        })
    };
    html! {
        <form class="paste" {onsubmit} data-testid="paste-form">
            <label class="field__label">{ text(l, "workbench-paste-model") }
                <input ref={model} class="field__input" required=true data-testid="paste-model" /></label>
            <label class="field__label">{ text(l, "workbench-paste-items") }
                <select ref={lang} class="field__input" data-testid="paste-lang">
                    <option value="all" selected=true>{ text(l, "workbench-paste-all") }</option>
                    <option value="zh">{ text(l, "workbench-paste-zh") }</option>
                    <option value="en">{ text(l, "workbench-paste-en") }</option>
                </select></label>
            <label class="field__label">{ text(l, "workbench-paste-text") }
                <textarea ref={answers} class="field__textarea" rows="6" required=true data-testid="paste-text" /></label>
            <button type="submit" class="button button--primary" data-testid="paste-submit">{ text(l, "workbench-paste-submit") }</button>
        </form>
    }
}
