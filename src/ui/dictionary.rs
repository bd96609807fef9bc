//! Fetches jieba's dictionary after the first screen is up; the engine's worker builds the
//! segmenter from it.
//!
//! The dictionary is a separate, content-hashed asset (see `build.rs`), so neither wasm
//! carries it and browsers cache the word list across app updates. The page only fetches it
//! (that never blocks) and moves the bytes to the worker.

use gloo_net::http::Request;
use yew::UseReducerDispatcher;

use crate::core::text::Dictionary;

use super::state::{Action, AppState, LoadFailure};

/// Downloads the dictionary and hands it to the engine, reporting each phase through `dispatch`.
pub async fn load(dispatch: UseReducerDispatcher<AppState>) {
    dispatch.dispatch(Action::DictionaryDownloading);
    let url = format!("./{}", Dictionary::FILE_NAME);
    match fetch(&url).await {
        Ok(bytes) => dispatch.dispatch(Action::DictionaryArrived(bytes)),
        Err(failure) => dispatch.dispatch(Action::DictionaryFailed(failure)),
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
