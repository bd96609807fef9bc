//! The page header: product name, dictionary status, autosave status, interface language
//! switch.

use yew::prelude::*;

use crate::core::i18n::{msg, text, Locale};
use crate::ui::state::{DictionaryStatus, LoadFailure};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub locale: Locale,
    pub dictionary: DictionaryStatus,
    pub on_lang: Callback<Locale>,
    pub on_retry: Callback<()>,
    /// Autosave's status ("saved · just now"), shown beside the dictionary's.
    pub save: Html,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let locale = props.locale;
    let lang_button = |lang: Locale| {
        let on_lang = props.on_lang.clone();
        html! {
            <button
                type="button"
                class="segmented__option"
                lang={lang.as_str()}
                aria-pressed={(locale == lang).to_string()}
                data-testid={format!("ui-lang-{}", lang.as_str())}
                onclick={move |_| on_lang.emit(lang)}
            >{ lang.native_name() }</button>
        }
    };
    // The name's Chinese half is written in the reader's script: Traditional for zh-Hant.
    let brand_lang = if locale == Locale::ZhHant { Locale::ZhHant } else { Locale::ZhHans };
    html! {
        <header class="masthead">
            <div class="masthead__brand">
                <span class="logo" aria-hidden="true" lang={brand_lang.as_str()}>{ text(brand_lang, "app-logo") }</span>
                <div>
                    <h1 class="masthead__title">
                        // i18n-exempt: the brand name
                        { "Pingfen " }<span lang={brand_lang.as_str()}>{ text(brand_lang, "app-name-chinese") }</span>
                    </h1>
                    <p class="masthead__tagline">{ text(locale, "app-tagline") }</p>
                </div>
            </div>
            <div class="masthead__tools">
                { props.save.clone() }
                <DictionaryBadge
                    locale={locale}
                    status={props.dictionary.clone()}
                    on_retry={props.on_retry.clone()}
                />
                <div class="segmented" role="group" aria-label={text(locale, "app-interface-language")}>
                    { for Locale::ALL.into_iter().map(lang_button) }
                </div>
            </div>
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct DictionaryBadgeProps {
    locale: Locale,
    status: DictionaryStatus,
    on_retry: Callback<()>,
}

/// The dictionary's loading status. Fixed size, so nothing moves when it changes.
#[component]
fn DictionaryBadge(props: &DictionaryBadgeProps) -> Html {
    let locale = props.locale;
    let (state, detail) = match &props.status {
        DictionaryStatus::Downloading => ("loading", text(locale, "dictionary-downloading")),
        DictionaryStatus::Building { .. } => ("loading", text(locale, "dictionary-building")),
        DictionaryStatus::Ready { build_ms, .. } => ("ready", msg!("dictionary-ready", ms = build_ms.round() as i64).text(locale)),
        DictionaryStatus::Failed(_) => ("failed", text(locale, "dictionary-failed")),
    };
    let failure = match &props.status {
        DictionaryStatus::Failed(failure) => Some(describe(failure).text(locale)),
        _ => None,
    };
    let on_retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="badge-wrap">
            <p class={classes!("badge", format!("badge--{state}"))} role="status"
               data-testid="dictionary-status" data-state={state}>
                <span class="badge__dot" aria-hidden="true"></span>
                <span>{ text(locale, "dictionary-label") }{ " " }{ detail }</span>
            </p>
            if let Some(message) = failure {
                <div class="badge__error" role="alert">
                    <p>{ message }</p>
                    <button type="button" class="button" onclick={on_retry}>{ text(locale, "dictionary-retry") }</button>
                </div>
            }
        </div>
    }
}

/// A dictionary load failure, with what to do next.
fn describe(failure: &LoadFailure) -> crate::core::i18n::Message {
    match failure {
        LoadFailure::Network { url, detail } => msg!("dictionary-failed-network", url = url, detail = detail),
        LoadFailure::Http { url, status } => msg!("dictionary-failed-http", url = url, status = *status),
        LoadFailure::Corrupt { detail } => msg!("dictionary-failed-corrupt", detail = detail),
        LoadFailure::Stopped { detail } => msg!("dictionary-failed-engine", detail = detail),
    }
}
