//! The share dialog (a link, its length and what that means, copy, the phone's share sheet,
//! the QR code) and the present view (the suite's QR code large, for a projector).

use yew::prelude::*;

use crate::app::share::{Fit, Sharing};
use crate::core::format::count;
use crate::core::i18n::{msg, text, Locale};
use crate::core::io::link::{Kind, Made};
use wasm_bindgen::JsCast;
use crate::core::model::limits::{MAX_SHARED_LINK_CHARS, QR_MAX_BYTES};
use crate::ui::share;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub locale: Locale,
    pub sharing: Sharing,
    /// The suite's title in the interface language, and its item count (the present view).
    pub title: String,
    pub items: usize,
    pub on_action: Callback<Action>,
    /// Download the file instead (a scorebook, or the rater's file).
    pub on_file: Callback<Kind>,
}

fn heading(kind: Kind) -> &'static str {
    match kind {
        Kind::Suite => "share-title-suite",
        Kind::Scorebook => "share-title-book",
        Kind::Results => "share-title-results",
        Kind::Rater => "share-title-rater",
    }
}

fn what(kind: Kind) -> &'static str {
    match kind {
        Kind::Suite => "share-what-suite",
        Kind::Scorebook => "share-what-book",
        Kind::Results => "share-what-results",
        Kind::Rater => "share-what-rater",
    }
}

#[component]
pub fn ShareDialog(props: &ShareProps) -> Html {
    let l = props.locale;
    let sharing = &props.sharing;
    let close = props.on_action.reform(|_: MouseEvent| Action::CloseShare);
    let on_key = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: KeyboardEvent| {
            // i18n-exempt: a key name
            if event.key() == "Escape" {
                on_action.emit(Action::CloseShare);
            }
        })
    };
    // The dialog takes the focus when it opens (a keyboard or screen reader is inside it at
    // once) and gives it back to what had it when it closes.
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        let presenting = sharing.presenting;
        use_effect_with(presenting, move |_| {
            let before = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
            if let Some(element) = dialog.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
            move || {
                if let Some(element) = before.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = element.focus();
                }
            }
        });
    }
    let made = sharing.made.as_ref();
    if sharing.presenting
        && let Some(Ok(link)) = made
        && let Some(svg) = &link.qr
    {
        return html! {
            <div class="present" role="dialog" aria-modal="true" aria-labelledby="present-title" data-testid="present" onkeydown={on_key} tabindex="-1" ref={dialog}>
                <div class="present__text">
                    <h2 id="present-title" class="present__title" data-testid="present-title">{ props.title.clone() }</h2>
                    <p class="present__items">{ msg!("share-present-items", items = props.items).text(l) }</p>
                    <p class="present__how">{ text(l, "share-present-how") }</p>
                    <button type="button" class="button" data-testid="present-close" onclick={props.on_action.reform(|_: MouseEvent| Action::Present(false))}>
                        { text(l, "share-present-close") }</button>
                </div>
                <img class="present__qr" data-testid="present-qr" src={share::svg_image(svg)} alt={text(l, "share-qr-alt")} />
            </div>
        };
    }
    let body = match made {
        None => html! { <p role="status" data-testid="share-making">{ text(l, "share-making") }</p> },
        Some(Err(detail)) => html! { <p class="notice notice--error" role="alert" data-testid="share-failed">{ msg!("share-failed", detail = detail.as_str()).text(l) }</p> },
        Some(Ok(link)) => html! {
            <>
                <LinkView locale={l} link={link.clone()} title={props.title.clone()} lighter=false on_action={props.on_action.clone()} on_file={props.on_file.clone()} />
                if let Some(lighter) = sharing.lighter() {
                    <section class="share__lighter" data-testid="share-lighter" aria-labelledby="share-lighter-title">
                        <h3 id="share-lighter-title" class="share__subtitle">{ text(l, "share-lighter-title") }</h3>
                        <p class="card__intro">{ text(l, "share-lighter-what") }</p>
                        <LinkView locale={l} link={lighter.clone()} title={props.title.clone()} lighter=true on_action={props.on_action.clone()} on_file={props.on_file.clone()} />
                    </section>
                }
            </>
        },
    };
    html! {
        <div class="share-backdrop" onkeydown={on_key}>
            <section class="card share" role="dialog" aria-modal="true" aria-labelledby="share-title" data-testid="share-dialog" tabindex="-1" ref={dialog}>
                <div class="share__head">
                    <h2 id="share-title" class="card__title">{ text(l, heading(sharing.kind)) }</h2>
                    <button type="button" class="button button--quiet" data-testid="share-close" onclick={close}>{ text(l, "share-close") }</button>
                </div>
                <p class="card__intro">{ text(l, what(sharing.kind)) }</p>
                <p class="share__note">{ text(l, "share-private") }</p>
                { body }
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LinkProps {
    locale: Locale,
    link: Made,
    title: String,
    /// The smaller link beside the one asked for (its test ids start `share-lighter-`; the
    /// file it would offer is the whole one's).
    lighter: bool,
    on_action: Callback<Action>,
    on_file: Callback<Kind>,
}

/// One link: the text to copy, its length and what that means, copy, the phone's share sheet,
/// the file instead when it is too long, and its QR code when it fits one.
#[component]
fn LinkView(props: &LinkProps) -> Html {
    let l = props.locale;
    let copied = use_state(|| None::<Result<(), String>>);
    let link = &props.link;
    let id = |part: &str| if props.lighter { format!("share-lighter-{part}") } else { format!("share-{part}") };
    let fit = Fit::of(link.chars);
    let size = match fit {
        Fit::Short => msg!("share-size-short", chars = count(link.chars)),
        Fit::Long => msg!("share-size-long", chars = count(link.chars)),
        Fit::TooLong => msg!("share-size-too-long", chars = count(link.chars), limit = count(MAX_SHARED_LINK_CHARS)),
    };
    let on_copy = {
        let copied = copied.clone();
        let url = link.url.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move { copied.set(Some(share::copy(url).await)) });
        })
    };
    let on_share = {
        let url = link.url.clone();
        let title = props.title.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let (url, title, copied) = (url.clone(), title.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(detail) = share::share(title, url).await {
                    copied.set(Some(Err(detail)));
                }
            });
        })
    };
    let kind = link.kind;
    let copy_label = if props.lighter { "share-lighter-copy" } else { "share-copy" };
    let offer_file = !props.lighter && (kind != Kind::Suite || fit == Fit::TooLong);
    html! {
        <>
            if fit != Fit::TooLong {
                <textarea class="share__link" readonly=true rows="3" data-testid={id("link")} aria-label={text(l, "share-link-label")}
                    value={link.url.clone()} onfocus={Callback::from(|event: FocusEvent| {
                        if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() { area.select(); }
                    })} />
            }
            <p class={classes!("share__size", (fit != Fit::Short).then_some("share__size--warn"))} data-testid={id("size")}>{ size.text(l) }</p>
            <div class="share__buttons">
                if fit != Fit::TooLong {
                    <button type="button" class="button button--primary" data-testid={id("copy")} onclick={on_copy}>{ text(l, copy_label) }</button>
                    if share::can_share() {
                        <button type="button" class="button" data-testid={id("native")} onclick={on_share}>{ text(l, "share-native") }</button>
                    }
                }
                if offer_file {
                    <button type="button" class="button" data-testid={id("file")} onclick={props.on_file.reform(move |_: MouseEvent| kind)}>{ text(l, "share-file") }</button>
                }
                if kind == Kind::Suite && link.qr.is_some() {
                    <button type="button" class="button" data-testid={id("present")} onclick={props.on_action.reform(|_: MouseEvent| Action::Present(true))}>{ text(l, "share-present") }</button>
                }
            </div>
            { match &*copied {
                Some(Ok(())) => html! { <p role="status" data-testid={id("copied")}>{ text(l, "share-copied") }</p> },
                Some(Err(_)) => html! { <p role="status" data-testid={id("copy-failed")}>{ text(l, "share-copy-failed") }</p> },
                None => html! {},
            } }
            { match &link.qr {
                Some(svg) => html! { <img class="share__qr" data-testid={id("qr")} src={share::svg_image(svg)} alt={text(l, "share-qr-alt")} /> },
                None if fit != Fit::TooLong => html! { <p class="share__note" data-testid={id("no-qr")}>{ msg!("share-no-qr", limit = count(QR_MAX_BYTES)).text(l) }</p> },
                None => html! {},
            } }
        </>
    }
}
