//! The page footer: the privacy promise and the version.

use yew::prelude::*;

use crate::ui::i18n::UiLang;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub ui_lang: UiLang,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let strings = props.ui_lang.strings();
    html! {
        <footer class="footer">
            <p>{ strings.privacy }</p>
            <p class="footer__version">{ format!("Pingfen {} {}", strings.version, crate::VERSION) }</p>
        </footer>
    }
}
