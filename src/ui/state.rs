//! The app's state and the actions that change it. `reduce` calls `core` and stores what it
//! returns; views only format.

use std::rc::Rc;

use yew::Reducible;

use crate::core::io::answers;
use crate::core::model::answers::Answer;
use crate::core::io::files::Loaded;
use crate::core::human::raters::{self, LikertTask, PairTask, Rater};
use crate::core::human::likert;
use crate::core::scorebook::{Outcome, Rating, Results, Session, Vote};
use crate::core::scoring::ItemScore;
use crate::core::model::suite::{Criterion, Item, Scale};
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
    Rate,
    Raters,
    Tokenizer,
}

/// Rating answers one by one on the rubric, or comparing two answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateMode {
    Likert,
    Pairwise,
}

/// Where the rater is and how the rating screen is set up.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingDesk {
    pub mode: RateMode,
    /// Index into the current queue (filtered when `unrated_only`).
    pub position: usize,
    /// Index of the criterion digits rate on the current answer.
    pub criterion: usize,
    pub unrated_only: bool,
    pub blind: bool,
    pub help: bool,
    /// A "1" typed on a scale that reaches 10: a following "0" makes it 10.
    pub pending_ten: bool,
}

impl Default for RatingDesk {
    fn default() -> Self {
        RatingDesk { mode: RateMode::Likert, position: 0, criterion: 0, unrated_only: false, blind: true, help: false, pending_ten: false }
    }
}

/// Everything the rating screen shows for the current answer (computed here, formatted there).
#[derive(Debug, Clone, PartialEq)]
pub struct LikertCard {
    pub task: LikertTask,
    pub item: Item,
    pub answer: String,
    /// Each criterion with its scale and this rater's rating so far.
    pub criteria: Vec<(Criterion, Scale, Option<i32>)>,
    pub comment: String,
    /// Answers of this item (the "of N" in "Answer B of 5").
    pub answers_here: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PairCard {
    pub task: PairTask,
    pub item: Item,
    pub answer_a: String,
    pub answer_b: String,
    /// This rater's vote, as seen from the sides shown.
    pub outcome: Option<Outcome>,
}

/// The rating screen for the signed-in rater.
#[derive(Debug, Clone, PartialEq)]
pub struct Desk {
    pub rater: Rater,
    pub settings: RatingDesk,
    /// Queue length and the position shown.
    pub queue: usize,
    pub position: usize,
    pub likert: Option<LikertCard>,
    pub pair: Option<PairCard>,
    /// Ratings given / asked for; votes given / scheduled.
    pub rated: usize,
    pub to_rate: usize,
    pub voted: usize,
    pub to_vote: usize,
}

impl Desk {
    /// Names are revealed once the rater has finished the current mode's work.
    pub fn finished(&self) -> bool {
        match self.settings.mode {
            RateMode::Likert => self.to_rate > 0 && self.rated >= self.to_rate,
            RateMode::Pairwise => self.to_vote > 0 && self.voted >= self.to_vote,
        }
    }
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
    /// Automatic scores of the current suite and answers, kept so that a rating recomputes
    /// only what people changed.
    pub automatic: Option<Rc<Vec<ItemScore>>>,
    /// The person rating on this device (remembered), and their screen.
    pub rater: Option<String>,
    pub desk: RatingDesk,
    /// The items view shows only these items (a leaderboard cell was clicked), with this
    /// model's answer marked.
    pub item_filter: Option<ItemFilter>,
}

/// A leaderboard cell's items: one language, one dimension or all of them, one model.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemFilter {
    pub model: String,
    pub lang: crate::core::text::Lang,
    pub dimension: Option<String>,
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
    /// Rater files (scorebooks) to merge into the session.
    Merge { name: String, outcome: Result<Loaded, Vec<Problem>> },
    /// The rater says who they are (the seed fixes their blind order).
    SignIn { name: String, seed: u64 },
    SignOut,
    SetRateMode(RateMode),
    ToggleUnratedOnly,
    ToggleBlind,
    ToggleHelp,
    /// Move through the queue by this many answers (or pairs).
    Move(isize),
    /// Rate criterion `criterion` of the current answer.
    Rate { criterion: usize, value: i32 },
    Comment(String),
    Vote(Outcome),
    /// One more pass of pairs over the items.
    MorePairs,
    /// The organiser chose another aggregation rule.
    SetRule(crate::core::aggregate::Rule),
    /// A leaderboard score was clicked: show its items.
    Drill(ItemFilter),
    ClearItemFilter,
    /// A key pressed outside text fields (digits, J/K, arrows, ?, A/B/T/X).
    Key(String),
    /// Autosave could not write (storage full or blocked).
    AutosaveFailed(String),
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
            automatic: None,
            rater: None,
            desk: RatingDesk::default(),
            item_filter: None,
        }
    }

    /// Starts from work saved in this browser instead of the sample.
    pub fn restored(mut self, source: String, session: Session) -> Self {
        let count = session.ratings.len() + session.votes.len();
        self.session = Rc::new(session);
        self.source = source;
        self.desk.position = self.first_unrated();
        let title = match self.ui_lang {
            UiLang::Zh => format!("已恢复此浏览器中保存的工作（{count} 条评分与投票）。"),
            UiLang::En => format!("Restored the work saved in this browser ({count} ratings and votes)."),
        };
        self.notice(false, title, Vec::new())
    }

    pub fn with_rater(mut self, rater: Option<String>) -> Self {
        self.rater = rater.filter(|name| !name.trim().is_empty());
        self
    }

    /// Rescores everything (the suite or the answers changed).
    fn with_results(mut self) -> Self {
        self.automatic = self
            .segmenter
            .as_deref()
            .map(|segmenter| Rc::new(crate::core::scoring::score_all(segmenter, &self.session.suite, &self.session.answers)));
        self.with_human()
    }

    /// Recomputes what people's ratings and votes change, over the kept automatic scores.
    fn with_human(mut self) -> Self {
        self.results = self.automatic.as_ref().map(|automatic| Rc::new(results::from_automatic(&self.session, (**automatic).clone())));
        self
    }

    /// The signed-in rater's record in the session.
    fn current_rater(&self) -> Option<Rater> {
        let name = self.rater.as_deref()?;
        self.session.raters.iter().find(|r| r.name == name).cloned()
    }

    fn criteria_of(&self, item: &str) -> Vec<(Criterion, Scale)> {
        self.session.suite.item(item).map(|item| likert::criteria(&self.session.suite, item)).unwrap_or_default()
    }

    fn rating_of(&self, rater: &str, task: &LikertTask, criterion: &str) -> Option<&Rating> {
        self.session.ratings.iter().find(|r| r.rater == rater && r.model == task.model && r.item == task.item && r.criterion == criterion)
    }

    fn fully_rated(&self, rater: &str, task: &LikertTask) -> bool {
        self.criteria_of(&task.item).iter().all(|(c, _)| self.rating_of(rater, task, &c.id).is_some())
    }

    /// The rater's tasks as the desk shows them (all, or the unrated ones).
    fn likert_queue(&self, rater: &Rater, mut tasks: Vec<LikertTask>) -> Vec<LikertTask> {
        if self.desk.unrated_only {
            tasks.retain(|task| !self.fully_rated(&rater.name, task));
        }
        tasks
    }

    fn pair_queue(&self, rater: &Rater) -> Vec<PairTask> {
        let mut tasks = raters::pair_tasks(&self.session, rater);
        if self.desk.unrated_only {
            tasks.retain(|task| self.session.vote_for(&rater.name, task).is_none());
        }
        tasks
    }

    fn answer_text(&self, model: &str, item: &str) -> String {
        self.session.answers.iter().rev().find(|a| a.model == model && a.item == item).map(|a| a.answer.clone()).unwrap_or_default()
    }

    /// Where a returning rater picks up: their first answer not fully rated.
    fn first_unrated(&self) -> usize {
        let Some(rater) = self.current_rater() else { return 0 };
        let tasks = raters::likert_tasks(&self.session, &rater);
        tasks.iter().position(|task| !self.fully_rated(&rater.name, task)).unwrap_or(0)
    }

    /// The rating screen, or `None` until someone signs in.
    pub fn desk(&self) -> Option<Desk> {
        let rater = self.current_rater()?;
        let progress = raters::progress(&self.session).into_iter().find(|p| p.rater == rater.name);
        let (rated, to_rate, voted, to_vote) = progress.map_or((0, 0, 0, 0), |p| (p.rated, p.to_rate, p.voted, p.to_vote));
        let mut desk = Desk { rater: rater.clone(), settings: self.desk.clone(), queue: 0, position: 0, likert: None, pair: None, rated, to_rate, voted, to_vote };
        match self.desk.mode {
            RateMode::Likert => {
                let all = raters::likert_tasks(&self.session, &rater);
                let answers_here = |item: &str| all.iter().filter(|t| t.item == item).count();
                let queue = self.likert_queue(&rater, all.clone());
                desk.queue = queue.len();
                desk.position = self.desk.position.min(queue.len().saturating_sub(1));
                if let Some(task) = queue.get(desk.position).cloned() {
                    let item = self.session.suite.item(&task.item).cloned()?;
                    let criteria: Vec<(Criterion, Scale, Option<i32>)> = self
                        .criteria_of(&task.item)
                        .into_iter()
                        .map(|(c, s)| {
                            let value = self.rating_of(&rater.name, &task, &c.id).map(|r| r.value);
                            (c, s, value)
                        })
                        .collect();
                    let comment = self
                        .session
                        .ratings
                        .iter()
                        .find(|r| r.rater == rater.name && r.model == task.model && r.item == task.item && r.comment.is_some())
                        .and_then(|r| r.comment.clone())
                        .unwrap_or_default();
                    let answers_here = answers_here(&task.item);
                    desk.likert = Some(LikertCard { answer: self.answer_text(&task.model, &task.item), task, item, criteria, comment, answers_here });
                }
            }
            RateMode::Pairwise => {
                let queue = self.pair_queue(&rater);
                desk.queue = queue.len();
                desk.position = self.desk.position.min(queue.len().saturating_sub(1));
                if let Some(task) = queue.get(desk.position).cloned() {
                    let item = self.session.suite.item(&task.item).cloned()?;
                    let outcome = self
                        .session
                        .vote_for(&rater.name, &task)
                        .map(|v| if v.a == task.a { v.outcome } else { v.outcome.swapped() });
                    desk.pair = Some(PairCard {
                        answer_a: self.answer_text(&task.a, &task.item),
                        answer_b: self.answer_text(&task.b, &task.item),
                        task,
                        item,
                        outcome,
                    });
                }
            }
        }
        Some(desk)
    }

    /// Records a rating of the current answer and moves on: to the next criterion, else to
    /// the next answer (with "unrated only", the rated answer leaves the queue by itself).
    fn rate(mut self, criterion: usize, value: i32) -> Self {
        let Some(desk) = self.desk() else { return self };
        let Some(card) = desk.likert else { return self };
        let Some((chosen, scale, _)) = card.criteria.get(criterion) else { return self };
        if value < scale.min || value > scale.max {
            return self;
        }
        let comment = (!card.comment.is_empty()).then(|| card.comment.clone());
        let mut session = (*self.session).clone();
        session.rate(Rating {
            rater: desk.rater.name.clone(),
            model: card.task.model.clone(),
            item: card.task.item.clone(),
            criterion: chosen.id.clone(),
            value,
            comment,
        });
        self.session = Rc::new(session);
        if criterion + 1 < card.criteria.len() {
            self.desk.criterion = criterion + 1;
        } else {
            self.desk.criterion = 0;
            if !self.desk.unrated_only {
                self.desk.position = desk.position + 1;
            }
        }
        self.with_human()
    }

    fn vote(mut self, outcome: Outcome) -> Self {
        let Some(desk) = self.desk() else { return self };
        let Some(card) = desk.pair else { return self };
        let mut session = (*self.session).clone();
        session.vote(Vote { rater: desk.rater.name.clone(), item: card.task.item.clone(), a: card.task.a.clone(), b: card.task.b.clone(), outcome });
        self.session = Rc::new(session);
        if !self.desk.unrated_only {
            self.desk.position = desk.position + 1;
        }
        self.with_human()
    }

    fn step(mut self, delta: isize) -> Self {
        let queue = self.desk().map_or(0, |d| d.queue);
        let position = self.desk.position.min(queue.saturating_sub(1));
        self.desk.position = position.saturating_add_signed(delta).min(queue.saturating_sub(1));
        self.desk.criterion = 0;
        self.desk.pending_ten = false;
        self
    }

    /// Keys on the rating screen: digits rate, J/K or arrows move, ? shows help; in pairs
    /// 1/A, 2/B, 3/T, 4/X vote.
    fn key(mut self, key: &str) -> Self {
        if self.view != View::Rate || self.rater.is_none() {
            return self;
        }
        let pending_ten = std::mem::take(&mut self.desk.pending_ten);
        match key {
            "?" => {
                self.desk.help = !self.desk.help;
                return self;
            }
            "Escape" => {
                self.desk.help = false;
                return self;
            }
            "j" | "J" | "ArrowRight" | "ArrowDown" => return self.step(1),
            "k" | "K" | "ArrowLeft" | "ArrowUp" => return self.step(-1),
            _ => {}
        }
        match self.desk.mode {
            RateMode::Pairwise => match key {
                "1" | "a" | "A" => self.vote(Outcome::A),
                "2" | "b" | "B" => self.vote(Outcome::B),
                "3" | "t" | "T" => self.vote(Outcome::Tie),
                "4" | "x" | "X" => self.vote(Outcome::BothBad),
                _ => self,
            },
            RateMode::Likert => {
                let Some(digit) = key.parse::<i32>().ok().filter(|d| key.len() == 1 && (0..=9).contains(d)) else { return self };
                let Some(card) = self.desk().and_then(|d| d.likert) else { return self };
                let criterion = self.desk.criterion.min(card.criteria.len().saturating_sub(1));
                let Some((_, scale, _)) = card.criteria.get(criterion) else { return self };
                if pending_ten && digit == 0 && scale.max >= 10 {
                    // "1" was recorded and kept the cursor here; "10" overwrites it.
                    return self.rate(criterion, 10);
                }
                if digit == 1 && scale.max >= 10 {
                    // Could be the start of "10": record 1, wait for the next key.
                    let mut session = (*self.session).clone();
                    let rater = self.rater.clone().unwrap_or_default();
                    session.rate(Rating { rater, model: card.task.model.clone(), item: card.task.item.clone(), criterion: card.criteria[criterion].0.id.clone(), value: 1, comment: None });
                    self.session = Rc::new(session);
                    self.desk.pending_ten = true;
                    return self.with_human();
                }
                self.rate(criterion, digit)
            }
        }
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

    /// Merges a rater's file into the session; anything else is refused with a message.
    fn merge(self, name: String, outcome: Result<Loaded, Vec<Problem>>) -> Self {
        let zh = self.ui_lang == UiLang::Zh;
        let incoming = match outcome {
            Err(problems) => return self.load(name, Err(problems)),
            Ok(Loaded::Session(session)) => *session,
            Ok(_) => {
                let problem = Problem::new(&name, "file", "is not a scorebook: only scorebooks (rater files) can be merged; open suites and answers with \"Open files…\"".into())
                    .zh("不是评分簿：只能合并评分簿（评分员文件）；评测套件与回答请用“打开文件…”");
                return self.load(name, Err(vec![problem]));
            }
        };
        let mut session = (*self.session).clone();
        match crate::core::human::merge::merge(&mut session, incoming) {
            Err(crate::core::human::merge::Refusal::DifferentSuite { loaded, incoming }) => {
                let problem = Problem::new(&name, "field \"suite\"", format!("scores suite {incoming:?}, but the loaded session scores {loaded:?} (or another version of it): merge files made from the same suite"))
                    .zh(format!("评分的是套件 {incoming:?}，而当前会话的套件是 {loaded:?}（或其另一版本）：请合并基于同一套件的文件"));
                self.load(name, Err(vec![problem]))
            }
            Ok(report) => {
                let title = if zh {
                    format!(
                        "已合并 {name}：新增 {} 条评分、{} 次投票、{} 条回答；{} 条重复已跳过；{} 处冲突（保留已加载的值）。",
                        report.ratings_added, report.votes_added, report.answers_added, report.duplicates, report.conflicts.len()
                    )
                } else {
                    format!(
                        "Merged {name}: {} ratings, {} votes, {} answers added; {} duplicates skipped; {} conflicts (the loaded values were kept).",
                        report.ratings_added, report.votes_added, report.answers_added, report.duplicates, report.conflicts.len()
                    )
                };
                let lines = report
                    .conflicts
                    .iter()
                    .take(20)
                    .map(|c| if zh { format!("冲突（{}）{}：保留 {}，忽略 {}", c.kind, c.key, c.kept, c.ignored) } else { format!("Conflict ({}) {}: kept {}, ignored {}", c.kind, c.key, c.kept, c.ignored) })
                    .collect();
                let answers_changed = report.answers_added > 0;
                let mut next = self;
                next.session = Rc::new(session);
                let next = if answers_changed { next.with_results() } else { next.with_human() };
                next.notice(!report.conflicts.is_empty(), title, lines)
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
            Action::Drill(filter) => {
                next.selected_item = next
                    .session
                    .suite
                    .items
                    .iter()
                    .find(|i| i.lang == filter.lang && filter.dimension.as_ref().is_none_or(|d| *d == i.dimension))
                    .map(|i| i.id.clone());
                next.item_filter = Some(filter);
                next.view = View::Items;
                next
            }
            Action::SetRule(rule) => {
                let mut session = (*next.session).clone();
                session.aggregation = rule;
                next.session = Rc::new(session);
                next.with_human()
            }
            Action::ClearItemFilter => {
                next.item_filter = None;
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
            Action::Merge { name, outcome } => next.merge(name, outcome),
            Action::SignIn { name, seed } => {
                let name = name.trim().to_owned();
                if name.is_empty() {
                    return Rc::new(next);
                }
                let mut session = (*next.session).clone();
                session.join(Rater::new(&name, seed));
                next.session = Rc::new(session);
                next.rater = Some(name);
                next.desk.position = next.first_unrated();
                next.with_human()
            }
            Action::SignOut => {
                next.rater = None;
                next
            }
            Action::SetRateMode(mode) => {
                next.desk.mode = mode;
                next.desk.position = 0;
                next.desk.criterion = 0;
                next
            }
            Action::ToggleUnratedOnly => {
                next.desk.unrated_only = !next.desk.unrated_only;
                next.desk.position = 0;
                next
            }
            Action::ToggleBlind => {
                next.desk.blind = !next.desk.blind;
                next
            }
            Action::ToggleHelp => {
                next.desk.help = !next.desk.help;
                next
            }
            Action::Move(delta) => next.step(delta),
            Action::Rate { criterion, value } => {
                next.desk.pending_ten = false;
                next.rate(criterion, value)
            }
            Action::Comment(text) => {
                let Some(card) = next.desk().and_then(|d| d.likert) else { return Rc::new(next) };
                let rater = next.rater.clone().unwrap_or_default();
                let mut session = (*next.session).clone();
                let comment = (!text.trim().is_empty()).then_some(text);
                for rating in session.ratings.iter_mut().filter(|r| r.rater == rater && r.model == card.task.model && r.item == card.task.item) {
                    rating.comment = comment.clone();
                }
                next.session = Rc::new(session);
                next
            }
            Action::Vote(outcome) => next.vote(outcome),
            Action::MorePairs => {
                let Some(name) = next.rater.clone() else { return Rc::new(next) };
                let mut session = (*next.session).clone();
                if let Some(rater) = session.raters.iter_mut().find(|r| r.name == name) {
                    rater.pair_rounds = (rater.pair_rounds + 1).min(50);
                }
                next.session = Rc::new(session);
                next.with_human()
            }
            Action::Key(key) => next.key(&key),
            Action::AutosaveFailed(detail) => {
                let zh = next.ui_lang == UiLang::Zh;
                let title = if zh {
                    "无法在此浏览器中自动保存（存储空间已满或被禁用）。请导出评分簿以免丢失评分。".to_owned()
                } else {
                    "Could not autosave in this browser (storage full or blocked). Export the scorebook so no rating is lost.".to_owned()
                };
                next.notice(true, title, vec![detail])
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
