//! The page header: product name, dictionary status, interface language switch.

use yew::prelude::*;

use crate::ui::i18n::UiLang;
use crate::ui::state::DictionaryStatus;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub ui_lang: UiLang,
    pub dictionary: DictionaryStatus,
    pub on_lang: Callback<UiLang>,
    pub on_retry: Callback<()>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let strings = props.ui_lang.strings();
    let lang_button = |lang: UiLang, label: &'static str, tag: &'static str| {
        let on_lang = props.on_lang.clone();
        html! {
            <button
                type="button"
                class="segmented__option"
                lang={tag}
                aria-pressed={(props.ui_lang == lang).to_string()}
                data-testid={format!("ui-lang-{tag}")}
                onclick={move |_| on_lang.emit(lang)}
            >{ label }</button>
        }
    };
    html! {
        <header class="masthead">
            <div class="masthead__brand">
                <span class="logo" aria-hidden="true">{ "评" }</span>
                <div>
                    <h1 class="masthead__title">
                        { "Pingfen " }<span lang="zh-Hans">{ "评分" }</span>
                    </h1>
                    <p class="masthead__tagline">{ strings.tagline }</p>
                </div>
            </div>
            <div class="masthead__tools">
                <DictionaryBadge
                    ui_lang={props.ui_lang}
                    status={props.dictionary.clone()}
                    on_retry={props.on_retry.clone()}
                />
                <div class="segmented" role="group" aria-label={strings.interface_language}>
                    { lang_button(UiLang::En, "English", "en") }
                    { lang_button(UiLang::Zh, "中文", "zh-Hans") }
                </div>
            </div>
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct DictionaryBadgeProps {
    ui_lang: UiLang,
    status: DictionaryStatus,
    on_retry: Callback<()>,
}

/// The dictionary's loading status. Fixed size, so nothing moves when it changes.
#[component]
fn DictionaryBadge(props: &DictionaryBadgeProps) -> Html {
    let strings = props.ui_lang.strings();
    let (state, detail) = match &props.status {
        DictionaryStatus::Downloading => ("loading", strings.downloading.to_owned()),
        DictionaryStatus::Building { .. } => ("loading", strings.building.to_owned()),
        DictionaryStatus::Ready { build_ms, .. } => {
            ("ready", format!("{} · {:.0} ms", strings.ready, build_ms))
        }
        DictionaryStatus::Failed(_) => ("failed", strings.failed.to_owned()),
    };
    let failure = match &props.status {
        DictionaryStatus::Failed(failure) => Some(props.ui_lang.describe(failure)),
        _ => None,
    };
    let on_retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="badge-wrap">
            <p class={classes!("badge", format!("badge--{state}"))} role="status"
               data-testid="dictionary-status" data-state={state}>
                <span class="badge__dot" aria-hidden="true"></span>
                <span>{ strings.dictionary }{ " " }{ detail }</span>
            </p>
            if let Some(message) = failure {
                <div class="badge__error" role="alert">
                    <p>{ message }</p>
                    <button type="button" class="button" onclick={on_retry}>{ strings.retry }</button>
                </div>
            }
        </div>
    }
}
