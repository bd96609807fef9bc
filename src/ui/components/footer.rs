//! The page footer: the privacy promise and the version.

use yew::prelude::*;

use crate::core::i18n::{msg, text, Locale};

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub locale: Locale,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let locale = props.locale;
    html! {
        <footer class="footer">
            <p>{ text(locale, "footer-privacy") }</p>
            <p class="footer__version">{ msg!("footer-version", version = crate::VERSION).text(locale) }</p>
        </footer>
    }
}
