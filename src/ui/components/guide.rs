//! The first-visit guide: three steps from the sample to one's own ratings, closed for good
//! with one click (remembered in this browser).

use yew::prelude::*;

use crate::core::i18n::{text, Locale};
use crate::ui::state::View;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub locale: Locale,
    pub on_close: Callback<()>,
    pub on_view: Callback<View>,
}

#[component]
pub fn Guide(props: &GuideProps) -> Html {
    let l = props.locale;
    html! {
        <aside class="guide" data-testid="guide" aria-label={text(l, "guide-label")}>
            <ol class="guide__steps">
                <li><strong>{ text(l, "guide-explore") }</strong>{ " " }{ text(l, "guide-explore-how") }</li>
                <li><strong>{ text(l, "guide-bring") }</strong>{ " " }{ text(l, "guide-bring-how") }</li>
                <li><strong>{ text(l, "guide-rate") }</strong>{ " " }
                    <button type="button" class="link" data-testid="guide-rate" onclick={props.on_view.reform(|_: MouseEvent| View::Rate)}>
                        { text(l, "guide-rate-how") }</button></li>
            </ol>
            <button type="button" class="button button--quiet guide__close" data-testid="guide-close"
                onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text(l, "guide-close") }</button>
        </aside>
    }
}
