//! The bar above the content: the screens (results, items, rating, raters, tokenizer), the session's source,
//! loading files, pasting answers and exporting.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::i18n::UiLang;
use crate::ui::state::{Notice, View};

#[derive(Properties, PartialEq)]
pub struct WorkbenchProps {
    pub ui_lang: UiLang,
    pub view: View,
    pub source: String,
    pub models: usize,
    pub items: usize,
    pub on_view: Callback<View>,
    /// Files picked with "Open files…".
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_paste: Callback<(String, String, String)>,
    pub on_export: Callback<&'static str>,
    pub on_sample: Callback<()>,
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<usize>,
}

#[component]
pub fn Workbench(props: &WorkbenchProps) -> Html {
    let l = props.ui_lang;
    let paste_open = use_state(|| false);
    let tab = |view: View, en: &'static str, zh: &'static str, id: &'static str| {
        let on_view = props.on_view.clone();
        html! {
            <button type="button" role="tab" class="tabs__tab" data-testid={id}
                aria-selected={(props.view == view).to_string()}
                onclick={move |_| on_view.emit(view)}>{ l.tr(en, zh) }</button>
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
    let export = |kind: &'static str, en: &'static str, zh: &'static str| {
        let on_export = props.on_export.clone();
        html! {
            <button type="button" class="button" data-testid={format!("export-{kind}")}
                onclick={move |_| on_export.emit(kind)}>{ l.tr(en, zh) }</button>
        }
    };
    let source = if props.source == "sample" { l.tr("built-in sample (fictional models)", "内置示例（虚构模型）").to_owned() } else { props.source.clone() };
    html! {
        <section class="workbench" aria-label={l.tr("Session", "会话")}>
            <div class="workbench__row">
                <div class="tabs" role="tablist">
                    { tab(View::Results, "Leaderboard", "排行榜", "tab-results") }
                    { tab(View::Items, "Items", "逐题查看", "tab-items") }
                    { tab(View::Rate, "Rate", "人工评分", "tab-rate") }
                    { tab(View::Raters, "Raters", "评分员", "tab-raters") }
                    { tab(View::Tokenizer, "Tokenizer", "分词演示", "tab-tokenizer") }
                </div>
                <div class="workbench__actions">
                    <label class="button button--primary" data-testid="open-files-label">
                        { l.tr("Open files…", "打开文件…") }
                        <input type="file" class="visually-hidden" multiple=true data-testid="open-files"
                            accept=".json,.jsonl,.ndjson,.csv,.xlsx,.xls,.ods" onchange={on_files} />
                    </label>
                    <button type="button" class="button" data-testid="load-sample"
                        onclick={props.on_sample.reform(|_: MouseEvent| ())}>
                        { l.tr("Sample", "示例") }
                    </button>
                    <button type="button" class="button" data-testid="paste-toggle"
                        aria-expanded={paste_open.to_string()}
                        onclick={{ let paste_open = paste_open.clone(); move |_| paste_open.set(!*paste_open) }}>
                        { l.tr("Paste answers…", "粘贴回答…") }
                    </button>
                    { export("scorebook", "Export scorebook", "导出评分簿") }
                    { export("table", "Table CSV", "排行榜 CSV") }
                    { export("items", "Item scores CSV", "逐题得分 CSV") }
                    { export("xlsx", "Results XLSX", "结果 XLSX") }
                    { export("report", "Report (HTML)", "报告（HTML）") }
                </div>
            </div>
            <p class="workbench__source" data-testid="session-source">
                { format!("{} · {} {} · {} {}", source, props.models, l.tr("models", "个模型"), props.items, l.tr("items", "道题")) }
            </p>
            <p class="workbench__hint">
                { l.tr("Open or drop a suite (.json, or a .csv / .xlsx table with a question / 题目 column), models' answers (.jsonl, or a .csv / .xlsx table with model / item / answer columns; 模型 / 题号 / 回答 work too; CSV in UTF-8, UTF-16 or GB18030) or a scorebook.",
                       "可打开或拖入评测套件（.json，或含 题目 / question 列的 .csv / .xlsx 表格）、模型回答（.jsonl，或含 model / item / answer 列的 .csv / .xlsx 表格，也支持 模型 / 题号 / 回答；CSV 可为 UTF-8、UTF-16 或 GB18030）或评分簿。") }
            </p>
            if *paste_open {
                <PasteForm ui_lang={l} on_paste={props.on_paste.clone()} />
            }
            { for props.notices.iter().enumerate().map(|(index, notice)| {
                let on_dismiss = props.on_dismiss.clone();
                html! {
                    <div class={classes!("notice", notice.error.then_some("notice--error"))}
                         role={if notice.error { "alert" } else { "status" }} data-testid="notice">
                        <p class="notice__title">{ &notice.title }</p>
                        if !notice.lines.is_empty() {
                            <ul class="notice__lines">{ for notice.lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                        }
                        <button type="button" class="notice__close" aria-label={l.tr("Dismiss", "关闭")}
                            onclick={move |_| on_dismiss.emit(index)}>{ "×" }</button>
                    </div>
                }
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PasteFormProps {
    ui_lang: UiLang,
    /// (model, language filter "all"|"zh"|"en", text)
    on_paste: Callback<(String, String, String)>,
}

/// One model's answers as a numbered list or blank-line-separated blocks, in item order.
#[component]
fn PasteForm(props: &PasteFormProps) -> Html {
    let l = props.ui_lang;
    let model = use_node_ref();
    let lang = use_node_ref();
    let text = use_node_ref();
    let onsubmit = {
        let (model, lang, text, on_paste) = (model.clone(), lang.clone(), text.clone(), props.on_paste.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = |node: &NodeRef| {
                node.cast::<HtmlInputElement>().map(|i| i.value())
                    .or_else(|| node.cast::<web_sys::HtmlSelectElement>().map(|s| s.value()))
                    .or_else(|| node.cast::<web_sys::HtmlTextAreaElement>().map(|t| t.value()))
                    .unwrap_or_default()
            };
            on_paste.emit((value(&model), value(&lang), value(&text)));
        })
    };
    html! {
        <form class="paste" {onsubmit} data-testid="paste-form">
            <label class="field__label">{ l.tr("Model name", "模型名称") }
                <input ref={model} class="field__input" required=true data-testid="paste-model" /></label>
            <label class="field__label">{ l.tr("Items", "题目") }
                <select ref={lang} class="field__input" data-testid="paste-lang">
                    <option value="all" selected=true>{ l.tr("All items, in suite order", "全部题目（按套件顺序）") }</option>
                    <option value="zh">{ l.tr("Chinese items only", "仅中文题") }</option>
                    <option value="en">{ l.tr("English items only", "仅英文题") }</option>
                </select></label>
            <label class="field__label">{ l.tr("Answers: a numbered list (1. … 2. …) or blocks separated by a blank line", "回答：编号列表（1. … 2. …）或以空行分隔的段落") }
                <textarea ref={text} class="field__textarea" rows="6" required=true data-testid="paste-text" /></label>
            <button type="submit" class="button button--primary" data-testid="paste-submit">{ l.tr("Add answers", "添加回答") }</button>
        </form>
    }
}
