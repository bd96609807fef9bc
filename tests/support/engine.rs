//! The app as the tests drive it: an inline engine with the embedded dictionary's segmenter,
//! built once per test thread.

use std::rc::Rc;

use pingfen::app::engine::{self, Engine, Reply};
use pingfen::app::{Action, AppState, DictionaryStatus};
use pingfen::core::text::Segmenter;

pub fn clock() -> f64 {
    0.0
}

pub fn segmenter() -> Rc<Segmenter> {
    thread_local! {
        static SEGMENTER: Rc<Segmenter> = Rc::new(Segmenter::embedded().expect("embedded dictionary"));
    }
    SEGMENTER.with(Rc::clone)
}

/// `state` with a ready inline engine: the session is scored, as once the dictionary is built.
#[allow(dead_code)] // not every test binary drives the whole app
pub fn ready(state: AppState) -> AppState {
    let segmenter = segmenter();
    let words = segmenter.dictionary_words();
    state
        .with_engine(engine::inline(Engine::with_segmenter(segmenter, clock)))
        .reduce(Action::Engine(Reply::Dictionary(DictionaryStatus::Ready { bytes: 0, words, build_ms: 0.0 })))
}
