//! Tokens as chips, coloured by kind, with a legend.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::format;
use crate::core::i18n::{msg, text, Locale};
use crate::core::text::{Detected, TokenKind};
use crate::ui::state::Segmented;

#[derive(Properties, PartialEq)]
pub struct TokenChipsProps {
    pub locale: Locale,
    /// Whether the dictionary failed: then nothing is on its way, so no spinner.
    pub dictionary_failed: bool,
    pub segmented: Option<Rc<Segmented>>,
}

#[component]
pub fn TokenChips(props: &TokenChipsProps) -> Html {
    let l = props.locale;
    let body = match &props.segmented {
        None if props.dictionary_failed => html! {
            <p class="tokens__placeholder" data-testid="tokens-pending">{ text(l, "tokens-no-dictionary") }</p>
        },
        None => html! {
            <p class="tokens__placeholder" data-testid="tokens-pending">
                <span class="spinner" aria-hidden="true"></span>
                { text(l, "tokens-waiting") }
            </p>
        },
        Some(segmented) if segmented.total == 0 => {
            html! { <p class="tokens__placeholder">{ text(l, "tokens-empty") }</p> }
        }
        Some(segmented) => html! {
            <>
                <ol class="tokens__list" data-testid="tokens" lang={text_lang(segmented.detected)}>
                    { for segmented.chips.iter().map(|chip| html! {
                        <li class={classes!("token", kind_class(chip.kind))}>{ &chip.text }</li>
                    }) }
                </ol>
                if segmented.chips.len() < segmented.total {
                    <p class="tokens__more">
                        { msg!("tokens-more", shown = format::count(segmented.chips.len()), total = format::count(segmented.total)).text(l) }
                    </p>
                }
            </>
        },
    };
    let legend = [
        (TokenKind::Han, "tokens-kind-han"),
        (TokenKind::Word, "tokens-kind-latin"),
        (TokenKind::Number, "tokens-kind-number"),
        (TokenKind::Symbol, "tokens-kind-symbol"),
    ];
    html! {
        <section class="tokens" aria-label={text(l, "tokens-label")} aria-live="polite">
            <ul class="legend" aria-hidden="true">
                { for legend.into_iter().map(|(kind, name)| html! {
                    <li><span class={classes!("token", "token--swatch", kind_class(kind))}></span>{ text(l, name) }</li>
                }) }
            </ul>
            { body }
        </section>
    }
}

/// `lang` for the chips, so CJK glyphs and line breaking follow the text, not the interface.
fn text_lang(detected: Detected) -> Option<&'static str> {
    match detected {
        Detected::Zh | Detected::Mixed => Some("zh"),
        Detected::En => Some("en"),
        Detected::Other | Detected::None => None,
    }
}

fn kind_class(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Han => "token--han",
        TokenKind::Word => "token--word",
        TokenKind::Number => "token--number",
        TokenKind::Symbol | TokenKind::Space => "token--symbol",
    }
}
