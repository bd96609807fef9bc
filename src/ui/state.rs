//! The app's state and the actions that change it. `reduce` calls `core` and stores what it
//! returns; views only format.

use std::rc::Rc;

use yew::Reducible;

use crate::core::text::{count, detect, Detected, Hmm, LangCounts, Segmenter, TokenKind};

use super::i18n::{UiLang, EXAMPLES};

/// At most this many token chips are drawn: a pasted book should not freeze the page.
pub const MAX_CHIPS: usize = 2_000;

/// Where the jieba dictionary is on its way to a usable segmenter.
#[derive(Debug, Clone, PartialEq)]
pub enum DictionaryStatus {
    Downloading,
    Building { bytes: usize },
    Ready { bytes: usize, words: usize, build_ms: f64 },
    Failed(LoadFailure),
}

/// Why the dictionary could not be loaded; the view words it in the interface language.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// No answer, or the download broke off.
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The bytes arrived but are not a dictionary.
    Corrupt { detail: String },
}

/// A token as the playground shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Chip {
    pub text: String,
    pub kind: TokenKind,
}

/// The playground's text, cut.
#[derive(Debug, Clone, PartialEq)]
pub struct Segmented {
    pub chips: Vec<Chip>,
    pub total: usize,
    pub detected: Detected,
    pub counts: LangCounts,
    pub elapsed_ms: f64,
}

#[derive(Clone)]
pub struct AppState {
    pub ui_lang: UiLang,
    pub dictionary: DictionaryStatus,
    pub segmenter: Option<Rc<Segmenter>>,
    pub text: String,
    pub hmm: Hmm,
    /// `None` until the segmenter is ready.
    pub segmented: Option<Rc<Segmented>>,
}

pub enum Action {
    SetUiLang(UiLang),
    SetText(String),
    SetHmm(Hmm),
    DictionaryDownloading,
    DictionaryBuilding { bytes: usize },
    SegmenterReady { segmenter: Rc<Segmenter>, bytes: usize, build_ms: f64 },
    DictionaryFailed(LoadFailure),
}

impl AppState {
    pub fn new(ui_lang: UiLang, text: Option<String>) -> Self {
        AppState {
            ui_lang,
            dictionary: DictionaryStatus::Downloading,
            segmenter: None,
            text: text.unwrap_or_else(|| EXAMPLES[0].to_owned()),
            hmm: Hmm::On,
            segmented: None,
        }
    }

    fn with_segmentation(mut self) -> Self {
        self.segmented = self.segmenter.as_deref().map(|segmenter| {
            let started = now_ms();
            let tokens = segmenter.words(&self.text, self.hmm);
            let elapsed_ms = now_ms() - started;
            Rc::new(Segmented {
                total: tokens.len(),
                chips: tokens
                    .iter()
                    .take(MAX_CHIPS)
                    .map(|token| Chip { text: token.text.to_owned(), kind: token.kind() })
                    .collect(),
                detected: detect(&self.text),
                counts: count(&self.text),
                elapsed_ms,
            })
        });
        self
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let next = match action {
            Action::SetUiLang(lang) => {
                next.ui_lang = lang;
                next
            }
            Action::SetText(text) => {
                next.text = text;
                next.with_segmentation()
            }
            Action::SetHmm(hmm) => {
                next.hmm = hmm;
                next.with_segmentation()
            }
            Action::DictionaryDownloading => {
                next.dictionary = DictionaryStatus::Downloading;
                next
            }
            Action::DictionaryBuilding { bytes } => {
                next.dictionary = DictionaryStatus::Building { bytes };
                next
            }
            Action::SegmenterReady { segmenter, bytes, build_ms } => {
                let words = segmenter.dictionary_words();
                next.dictionary = DictionaryStatus::Ready { bytes, words, build_ms };
                next.segmenter = Some(segmenter);
                next.with_segmentation()
            }
            Action::DictionaryFailed(failure) => {
                next.dictionary = DictionaryStatus::Failed(failure);
                next
            }
        };
        Rc::new(next)
    }
}

/// Milliseconds from the page's time origin (the core has no clock: timing is the UI's job).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
