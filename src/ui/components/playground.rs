//! The tokenizer playground: paste text, see jieba-rs's words.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::core::format;

use super::tokens::TokenChips;
use crate::core::i18n::{msg, text, Locale};
use crate::core::text::{Detected, Hmm};
use crate::ui::i18n::{EXAMPLES, EXAMPLE_NAMES};
use crate::ui::state::{DictionaryStatus, Segmented};

#[derive(Properties, PartialEq)]
pub struct PlaygroundProps {
    pub locale: Locale,
    pub text: String,
    pub hmm: Hmm,
    pub dictionary: DictionaryStatus,
    pub segmented: Option<Rc<Segmented>>,
    pub on_text: Callback<String>,
    pub on_hmm: Callback<Hmm>,
}

#[component]
pub fn Playground(props: &PlaygroundProps) -> Html {
    let l = props.locale;
    let on_input = props.on_text.reform(|event: InputEvent| {
        event.target_unchecked_into::<HtmlTextAreaElement>().value()
    });
    let on_hmm = props.on_hmm.reform(|event: Event| {
        if event.target_unchecked_into::<HtmlInputElement>().checked() { Hmm::On } else { Hmm::Off }
    });
    let examples = EXAMPLES.iter().zip(EXAMPLE_NAMES).map(|(example, name)| {
        let on_text = props.on_text.clone();
        let example = (*example).to_owned();
        html! {
            <button type="button" class="chip-button" onclick={move |_| on_text.emit(example.clone())}>
                { text(l, name) }
            </button>
        }
    });

    html! {
        <section class="card" aria-labelledby="playground-title">
            <h2 id="playground-title" class="card__title">{ text(l, "playground-title") }</h2>
            <p class="card__intro">{ text(l, "playground-intro") }</p>

            <div class="examples" role="group" aria-label={text(l, "playground-examples")}>
                <span class="examples__label">{ text(l, "playground-examples") }</span>
                { for examples }
            </div>

            <label class="field__label" for="playground-text">{ text(l, "playground-text-label") }</label>
            <textarea
                id="playground-text"
                class="field__textarea"
                data-testid="playground-input"
                rows="5"
                placeholder={text(l, "playground-placeholder")}
                value={props.text.clone()}
                oninput={on_input}
                spellcheck="false"
            />

            <div class="toolbar">
                <label class="switch" title={text(l, "playground-hmm-help")}>
                    <input
                        type="checkbox"
                        role="switch"
                        data-testid="hmm-toggle"
                        checked={props.hmm == Hmm::On}
                        onchange={on_hmm}
                    />
                    <span class="switch__track" aria-hidden="true"></span>
                    <span>{ text(l, "playground-hmm-label") }</span>
                </label>
                <p class="toolbar__help">{ text(l, "playground-hmm-help") }</p>
            </div>

            <Stats locale={l} dictionary={props.dictionary.clone()}
                   segmented={props.segmented.clone()} />

            <TokenChips
                locale={l}
                dictionary_failed={matches!(props.dictionary, DictionaryStatus::Failed(_))}
                segmented={props.segmented.clone()}
            />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StatsProps {
    locale: Locale,
    dictionary: DictionaryStatus,
    segmented: Option<Rc<Segmented>>,
}

/// One line of figures under the text box. Always the same height: no jump when they arrive.
#[component]
fn Stats(props: &StatsProps) -> Html {
    let l = props.locale;
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
                <dt class="visually-hidden">{ text(l, "playground-tokens") }</dt>
                <dd><strong data-testid="token-count">{ format::count(segmented.total) }</strong>
                    { " " }{ text(l, "playground-tokens") }</dd>
            </div>
            <div class="stats__item">
                <dt>{ text(l, "playground-detected") }</dt>
                <dd data-testid="detected-lang">
                    { text(l, detected_key(segmented.detected)) }
                    <span class="stats__muted">
                        { " " }{ msg!("playground-counts", han = counts.han_chars, latin = counts.latin_words).text(l) }
                    </span>
                </dd>
            </div>
            <div class="stats__item">
                <dt>{ text(l, "playground-segmented-in") }</dt>
                <dd>{ format!("{:.1} ms", segmented.elapsed_ms) }</dd>
            </div>
            if let Some((build_ms, words)) = build {
                <div class="stats__item">
                    <dt>{ text(l, "playground-jieba-built-in") }</dt>
                    <dd data-testid="jieba-build-ms">{ format!("{build_ms:.0} ms") }
                        <span class="stats__muted">
                            { " · " }{ msg!("playground-dictionary-words", words = format::count(words)).text(l) }
                        </span>
                    </dd>
                </div>
            }
        </dl>
    }
}

fn detected_key(detected: Detected) -> &'static str {
    match detected {
        Detected::Zh => "playground-detected-zh",
        Detected::En => "playground-detected-en",
        Detected::Mixed => "playground-detected-mixed",
        Detected::Other => "playground-detected-other",
        Detected::None => "playground-detected-none",
    }
}
