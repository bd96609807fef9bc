//! The tokenizer playground: paste text, see jieba-rs's words.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::tokens::TokenChips;
use crate::core::text::{Detected, Hmm};
use crate::ui::i18n::{Strings, UiLang, EXAMPLES};
use crate::ui::state::{DictionaryStatus, Segmented};

#[derive(Properties, PartialEq)]
pub struct PlaygroundProps {
    pub ui_lang: UiLang,
    pub text: String,
    pub hmm: Hmm,
    pub dictionary: DictionaryStatus,
    pub segmented: Option<Rc<Segmented>>,
    pub on_text: Callback<String>,
    pub on_hmm: Callback<Hmm>,
}

#[component]
pub fn Playground(props: &PlaygroundProps) -> Html {
    let strings = props.ui_lang.strings();
    let on_input = props.on_text.reform(|event: InputEvent| {
        event.target_unchecked_into::<HtmlTextAreaElement>().value()
    });
    let on_hmm = props.on_hmm.reform(|event: Event| {
        if event.target_unchecked_into::<HtmlInputElement>().checked() { Hmm::On } else { Hmm::Off }
    });
    let examples = EXAMPLES.iter().zip(strings.example_names).map(|(text, name)| {
        let on_text = props.on_text.clone();
        let text = (*text).to_owned();
        html! {
            <button type="button" class="chip-button" onclick={move |_| on_text.emit(text.clone())}>
                { name }
            </button>
        }
    });

    html! {
        <section class="card" aria-labelledby="playground-title">
            <h2 id="playground-title" class="card__title">{ strings.playground_title }</h2>
            <p class="card__intro">{ strings.playground_intro }</p>

            <div class="examples" role="group" aria-label={strings.examples}>
                <span class="examples__label">{ strings.examples }</span>
                { for examples }
            </div>

            <label class="field__label" for="playground-text">{ strings.text_label }</label>
            <textarea
                id="playground-text"
                class="field__textarea"
                data-testid="playground-input"
                rows="5"
                placeholder={strings.text_placeholder}
                value={props.text.clone()}
                oninput={on_input}
                spellcheck="false"
            />

            <div class="toolbar">
                <label class="switch" title={strings.hmm_help}>
                    <input
                        type="checkbox"
                        role="switch"
                        data-testid="hmm-toggle"
                        checked={props.hmm == Hmm::On}
                        onchange={on_hmm}
                    />
                    <span class="switch__track" aria-hidden="true"></span>
                    <span>{ strings.hmm_label }</span>
                </label>
                <p class="toolbar__help">{ strings.hmm_help }</p>
            </div>

            <Stats ui_lang={props.ui_lang} dictionary={props.dictionary.clone()}
                   segmented={props.segmented.clone()} />

            <TokenChips
                ui_lang={props.ui_lang}
                dictionary_failed={matches!(props.dictionary, DictionaryStatus::Failed(_))}
                segmented={props.segmented.clone()}
            />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StatsProps {
    ui_lang: UiLang,
    dictionary: DictionaryStatus,
    segmented: Option<Rc<Segmented>>,
}

/// One line of figures under the text box. Always the same height: no jump when they arrive.
#[component]
fn Stats(props: &StatsProps) -> Html {
    let strings = props.ui_lang.strings();
    let Some(segmented) = &props.segmented else {
        return html! { <p class="stats stats--pending" data-testid="stats">{ "\u{00a0}" }</p> };
    };
    let counts = segmented.counts;
    let build = match props.dictionary {
        DictionaryStatus::Ready { build_ms, words, .. } => Some((build_ms, words)),
        _ => None,
    };
    html! {
        <dl class="stats" data-testid="stats">
            <div class="stats__item">
                <dt class="visually-hidden">{ strings.tokens }</dt>
                <dd><strong data-testid="token-count">{ thousands(segmented.total) }</strong>
                    { " " }{ strings.tokens }</dd>
            </div>
            <div class="stats__item">
                <dt>{ strings.detected }</dt>
                <dd data-testid="detected-lang">
                    { lang_name(strings, segmented.detected) }
                    <span class="stats__muted">
                        { format!(" (Han {} · Latin {})", counts.han_chars, counts.latin_words) }
                    </span>
                </dd>
            </div>
            <div class="stats__item">
                <dt>{ strings.segmented_in }</dt>
                <dd>{ format!("{:.1} ms", segmented.elapsed_ms) }</dd>
            </div>
            if let Some((build_ms, words)) = build {
                <div class="stats__item">
                    <dt>{ strings.jieba_built_in }</dt>
                    <dd data-testid="jieba-build-ms">{ format!("{build_ms:.0} ms") }
                        <span class="stats__muted">
                            { format!(" · {} {}", thousands(words), strings.words_in_dictionary) }
                        </span>
                    </dd>
                </div>
            }
        </dl>
    }
}

fn lang_name(strings: &Strings, detected: Detected) -> &'static str {
    let names = &strings.lang_names;
    match detected {
        Detected::Zh => names.zh,
        Detected::En => names.en,
        Detected::Mixed => names.mixed,
        Detected::Other => names.other,
        Detected::None => names.none,
    }
}

/// 12345 → "12,345".
pub(super) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
