//! The app's state and the actions that change it. `reduce` calls `core` and stores what it
//! returns; views only format.

use std::rc::Rc;

use yew::Reducible;

use crate::core::answers::{self, Answer};
use crate::core::files::Loaded;
use crate::core::scorebook::{Results, Session};
use crate::core::text::{count, detect, Detected, Hmm, LangCounts, Segmenter, TokenKind};
use crate::core::Problem;

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

/// A shared value compared by identity, so views can take it as a property.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The screens of the app, left to right as the work flows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Results,
    Items,
    Tokenizer,
}

/// A message above the content: what happened to a file, and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub title: String,
    pub lines: Vec<String>,
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
    pub view: View,
    /// The suite, answers and ratings being scored, and where they came from.
    pub session: Rc<Session>,
    pub source: String,
    /// `None` until the segmenter is ready (Chinese metrics need it).
    pub results: Option<Rc<Results>>,
    pub selected_item: Option<String>,
    pub notices: Vec<Notice>,
}

pub enum Action {
    SetUiLang(UiLang),
    SetText(String),
    SetHmm(Hmm),
    DictionaryDownloading,
    DictionaryBuilding { bytes: usize },
    SegmenterReady { segmenter: Rc<Segmenter>, bytes: usize, build_ms: f64 },
    DictionaryFailed(LoadFailure),
    SetView(View),
    SelectItem(String),
    /// A file was read: what it held, or what is wrong with it.
    FileLoaded { name: String, outcome: Result<Loaded, Vec<Problem>> },
    /// Answers pasted for one model.
    Pasted { model: String, outcome: Result<Vec<Answer>, Vec<Problem>> },
    DismissNotice(usize),
    /// Back to the built-in sample suite and answers.
    LoadSample(Box<Session>),
}

impl AppState {
    pub fn new(ui_lang: UiLang, text: Option<String>, sample: Session) -> Self {
        AppState {
            ui_lang,
            dictionary: DictionaryStatus::Downloading,
            segmenter: None,
            text: text.unwrap_or_else(|| EXAMPLES[0].to_owned()),
            hmm: Hmm::On,
            segmented: None,
            view: View::Results,
            session: Rc::new(sample),
            source: "sample".to_owned(),
            results: None,
            selected_item: None,
            notices: Vec::new(),
        }
    }

    fn with_results(mut self) -> Self {
        self.results = self.segmenter.as_deref().map(|segmenter| Rc::new(self.session.results(segmenter)));
        self
    }

    fn notice(mut self, error: bool, title: String, lines: Vec<String>) -> Self {
        self.notices.insert(0, Notice { error, title, lines });
        self.notices.truncate(4);
        self
    }

    /// Takes in a file's contents. A bad file changes nothing already loaded.
    fn load(self, name: String, outcome: Result<Loaded, Vec<Problem>>) -> Self {
        let zh = self.ui_lang == UiLang::Zh;
        match outcome {
            Err(problems) => {
                let title = if zh { format!("未能读取 {name}，已加载的内容没有改变：") } else { format!("{name} was not loaded; nothing already loaded changed:") };
                let lines = problems.iter().take(20).map(|p| p.describe(zh)).collect();
                self.notice(true, title, lines)
            }
            Ok(Loaded::Suite(suite)) => {
                let title = if zh {
                    format!("已加载评测套件 {name}（{} 道题）。请添加模型的回答。", suite.items.len())
                } else {
                    format!("Loaded suite {name} ({} items). Add models' answers next.", suite.items.len())
                };
                let mut next = self;
                next.session = Rc::new(Session { aggregation: next.session.aggregation, ..Session::new(suite, Vec::new()) });
                next.source = name;
                next.selected_item = None;
                next.with_results().notice(false, title, Vec::new())
            }
            Ok(Loaded::Answers(answers)) => self.add_answers(name, answers),
            Ok(Loaded::Session(session)) => {
                let title = if zh { format!("已打开评分簿 {name}。") } else { format!("Opened scorebook {name}.") };
                let mut next = self;
                next.session = Rc::new(*session);
                next.source = name;
                next.selected_item = None;
                next.with_results().notice(false, title, Vec::new())
            }
        }
    }

    fn add_answers(self, name: String, new: Vec<Answer>) -> Self {
        let zh = self.ui_lang == UiLang::Zh;
        let problems = answers::problems(&name, &new, &self.session.suite);
        if !problems.is_empty() {
            return self.load(name, Err(problems));
        }
        let models = crate::core::scoring::models(&new);
        let mut session = (*self.session).clone();
        session.answers.retain(|old| !new.iter().any(|a| a.model == old.model && a.item == old.item));
        session.answers.extend(new);
        let title = if zh {
            format!("已从 {name} 添加 {} 个模型的回答：{}。", models.len(), models.join("、"))
        } else {
            format!("Added answers of {} model(s) from {name}: {}.", models.len(), models.join(", "))
        };
        let mut next = self;
        next.session = Rc::new(session);
        next.with_results().notice(false, title, Vec::new())
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
                next.with_segmentation().with_results()
            }
            Action::SetView(view) => {
                next.view = view;
                next
            }
            Action::SelectItem(id) => {
                next.selected_item = Some(id);
                next.view = View::Items;
                next
            }
            Action::FileLoaded { name, outcome } => next.load(name, outcome),
            Action::Pasted { model, outcome } => match outcome {
                Ok(answers) => next.add_answers(format!("pasted ({model})"), answers),
                Err(problems) => next.load("pasted text".to_owned(), Err(problems)),
            },
            Action::LoadSample(sample) => {
                next.session = Rc::new(*sample);
                next.source = "sample".to_owned();
                next.selected_item = None;
                next.with_results()
            }
            Action::DismissNotice(index) => {
                if index < next.notices.len() {
                    next.notices.remove(index);
                }
                next
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
