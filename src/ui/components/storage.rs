//! "This browser": whether the work is saved, saves kept aside because they could not be
//! restored (each downloadable), and clearing everything Pingfen keeps here.

use yew::prelude::*;

use crate::app::state::{saved_ago, SaveStatus};
use crate::core::i18n::{text, Locale};

/// What the panel asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageRequest {
    Download(String),
    Delete(String),
    ClearAll,
}

#[derive(Properties, PartialEq)]
pub struct SaveBadgeProps {
    pub locale: Locale,
    pub status: SaveStatus,
    pub now_ms: f64,
}

/// "saved · just now", always in view above the content.
#[component]
pub fn SaveBadge(props: &SaveBadgeProps) -> Html {
    let trouble = matches!(props.status, SaveStatus::Failed { .. } | SaveStatus::Blocked);
    let class = classes!("save-badge", trouble.then_some("save-badge--trouble"));
    html! {
        <p class={class} data-testid="save-status" role="status" aria-live="polite">
            { saved_ago(&props.status, props.now_ms).text(props.locale) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct StoragePanelProps {
    pub locale: Locale,
    pub kept_aside: Vec<String>,
    pub on_request: Callback<StorageRequest>,
}

#[component]
pub fn StoragePanel(props: &StoragePanelProps) -> Html {
    let l = props.locale;
    let request = |what: StorageRequest| {
        let on_request = props.on_request.clone();
        Callback::from(move |_: MouseEvent| on_request.emit(what.clone()))
    };
    html! {
        <section class="card storage" aria-labelledby="storage-title" data-testid="storage-panel">
            <h2 id="storage-title" class="card__title">{ text(l, "storage-title") }</h2>
            <p class="muted">{ text(l, "storage-explain") }</p>
            if !props.kept_aside.is_empty() {
                <p>{ text(l, "storage-kept-aside") }</p>
                <ul class="storage__kept">
                    { for props.kept_aside.iter().map(|key| html! {
                        <li data-testid="kept-save" data-key={key.clone()}>
                            <code>{ key.clone() }</code>
                            <button type="button" class="button" data-testid="kept-save-download"
                                onclick={request(StorageRequest::Download(key.clone()))}>{ text(l, "storage-download") }</button>
                            <button type="button" class="button button--quiet" data-testid="kept-save-delete"
                                onclick={request(StorageRequest::Delete(key.clone()))}>{ text(l, "storage-delete") }</button>
                        </li>
                    }) }
                </ul>
            }
            <button type="button" class="button button--danger" data-testid="clear-local-data"
                onclick={request(StorageRequest::ClearAll)}>{ text(l, "storage-clear") }</button>
        </section>
    }
}
