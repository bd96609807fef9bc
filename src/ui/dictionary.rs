//! Fetches jieba's dictionary after the first screen is up, then builds the segmenter.
//!
//! The dictionary is a separate, content-hashed asset (see `build.rs`), so the app's wasm
//! stays small and browsers cache the 1.7 MB word list across app updates. Building runs on
//! the main thread for now (~0.5 s); moving it into a worker changes only this file.

use std::rc::Rc;

use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;
use yew::UseReducerDispatcher;

use crate::core::text::{Dictionary, Segmenter};
use crate::core::Error;

use super::state::{now_ms, Action, AppState, LoadFailure};

/// Downloads and builds the segmenter, reporting each phase through `dispatch`.
pub async fn load(dispatch: UseReducerDispatcher<AppState>) {
    dispatch.dispatch(Action::DictionaryDownloading);
    let url = format!("./{}", Dictionary::FILE_NAME);
    let bytes = match fetch(&url).await {
        Ok(bytes) => bytes,
        Err(failure) => return dispatch.dispatch(Action::DictionaryFailed(failure)),
    };
    dispatch.dispatch(Action::DictionaryBuilding { bytes: bytes.len() });
    // Let the browser paint the "building" status before the main thread is busy.
    TimeoutFuture::new(30).await;
    let started = now_ms();
    match Segmenter::new(Dictionary { gzip: &bytes }) {
        Ok(segmenter) => dispatch.dispatch(Action::SegmenterReady {
            segmenter: Rc::new(segmenter),
            bytes: bytes.len(),
            build_ms: now_ms() - started,
        }),
        // The technical detail only: the catalogue's sentence around it says what to do.
        Err(Error::DictionaryCorrupt { detail } | Error::DictionaryEntry(detail)) => {
            dispatch.dispatch(Action::DictionaryFailed(LoadFailure::Corrupt { detail }))
        }
    }
}

async fn fetch(url: &str) -> Result<Vec<u8>, LoadFailure> {
    let url = url.to_owned();
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadFailure::Network { url: url.clone(), detail: e.to_string() })?;
    if !response.ok() {
        return Err(LoadFailure::Http { url, status: response.status() });
    }
    response
        .binary()
        .await
        .map_err(|e| LoadFailure::Network { url, detail: e.to_string() })
}
