//! The app's state and the actions that change it. [`AppState::reduce`] calls `core` and stores
//! what it returns; views only format. Plain Rust: compiled and tested natively, the Yew side
//! (`ui`) only adapts it. Time comes in with the actions that need it (and a clock for
//! measuring how long segmentation took), so tests control it.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::app::autosave::Restored;
use crate::app::engine::{CompareAsk, Inputs, Job, Marked, People, Reply};
use crate::app::rating::RatingDesk;
use crate::app::export::Failed;
use crate::app::notice::{Notice, Origin};
use crate::app::place::{Drafts, PasteDraft, Place};
use crate::core::aggregate::BoardView;
use crate::core::human::merge::{self, Refusal};
use crate::core::i18n::{msg, Locale, Message};
use crate::core::io::answers as io_answers;
use crate::core::io::files::Loaded;
use crate::core::model::answers::{self, Answer};
use crate::core::model::human::{Outcome, Rater};
use crate::core::model::limits::MAX_PAIR_ROUNDS;
use crate::core::model::rule::Rule;
use crate::core::model::session::Session;
use crate::core::model::suite::{Item, Suite};
use crate::core::model::suite::ItemKind;
use crate::core::results::Results;
use crate::core::scoring::ItemScore;
use crate::core::text::{Detected, Hmm, Lang, LangCounts, TokenKind};
use crate::core::{Location, Problem};

/// At most this many token chips are drawn: a pasted book should not freeze the page.
pub const MAX_CHIPS: usize = 2_000;
/// Up to this many item scores the page re-aggregates itself (a few milliseconds, so a rating
/// or a rule shows at once); larger sessions are re-aggregated in the engine, off the page's
/// thread.
pub const PAGE_AGGREGATES_UP_TO: usize = 4_000;
/// At most this many notices are shown; older ones go.
pub const MAX_NOTICES: usize = 4;

/// Where the jieba dictionary is on its way to a usable segmenter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DictionaryStatus {
    Downloading,
    Building { bytes: usize },
    Ready { bytes: usize, words: usize, build_ms: f64 },
    Failed(LoadFailure),
}

/// Why the dictionary could not be loaded; the view words it in the interface language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LoadFailure {
    /// No answer, or the download broke off.
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The bytes arrived but are not a dictionary.
    Corrupt { detail: String },
    /// The engine (its worker) could not start, or stopped.
    Stopped { detail: String },
}

/// A token as the playground shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chip {
    pub text: String,
    pub kind: TokenKind,
}

/// The playground's text, cut.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Answers whose extracted choice a person should read.
    Review,
    Rate,
    Raters,
    Tokenizer,
    /// "How scoring works": every method worked on the person's own example.
    Learn,
}

impl View {
    pub const ALL: [View; 7] = [View::Results, View::Items, View::Review, View::Rate, View::Raters, View::Tokenizer, View::Learn];

    /// A stable name: `results`, `items`, `rate`, `raters`, `tokenizer`, `learn`.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Results => "results",
            View::Items => "items",
            View::Review => "review",
            View::Rate => "rate",
            View::Raters => "raters",
            View::Tokenizer => "tokenizer",
            View::Learn => "learn",
        }
    }
}

impl std::str::FromStr for View {
    type Err = ();

    fn from_str(name: &str) -> Result<Self, ()> {
        View::ALL.into_iter().find(|v| v.as_str() == name).ok_or(())
    }
}

/// Where autosave stands. Nothing is written while the saved session is still being read
/// (or could not be kept safe): that is how a failed restore once lost people's ratings.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Reading what this browser saved; the session on screen is not saved over it.
    Restoring,
    /// Restored (or nothing was saved); changes are written as they happen.
    Ready,
    /// Everything on screen is saved, as of this time (ms since the page's time origin).
    Saved { at_ms: f64 },
    /// The last write failed; the user is told to export.
    Failed { detail: String },
    /// The saved session has not been read in time: the screens show, but nothing is written
    /// until the read ends (a late answer is taken if nothing was changed meanwhile).
    TimedOut,
    /// A save could not be restored nor kept aside, or storage cannot be used: autosave stays
    /// off so whatever is saved survives.
    Blocked,
}

impl SaveStatus {
    /// Whether autosave may write now.
    pub fn may_save(&self) -> bool {
        !matches!(self, SaveStatus::Restoring | SaveStatus::TimedOut | SaveStatus::Blocked)
    }
}

/// A leaderboard cell's items: one language, one dimension or all of them, one model.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemFilter {
    pub model: String,
    pub lang: Lang,
    pub dimension: Option<String>,
}

impl ItemFilter {
    pub fn admits(&self, item: &Item) -> bool {
        self.lang == item.lang && self.dimension.as_ref().is_none_or(|d| *d == item.dimension)
    }
}

/// The order of the items list behind a leaderboard cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ItemOrder {
    #[default]
    Suite,
    LowestFirst,
    HighestFirst,
}

/// The items list: every item, or those behind `filter` with the filtered model's score on
/// each, in `order` (unscored items last either way; ties keep suite order).
pub fn item_list<'s>(suite: &'s Suite, results: Option<&Results>, filter: Option<&ItemFilter>, order: ItemOrder) -> Vec<(&'s Item, Option<f64>)> {
    let Some(filter) = filter else { return suite.items.iter().map(|item| (item, None)).collect() };
    let score_of = |item: &Item| results?.items.iter().find(|s| s.item == item.id && s.model == filter.model)?.score;
    let mut listed: Vec<(&Item, Option<f64>)> = suite.items.iter().filter(|i| filter.admits(i)).map(|item| (item, score_of(item))).collect();
    if order != ItemOrder::Suite {
        listed.sort_by(|(_, a), (_, b)| match (a, b) {
            (Some(a), Some(b)) if order == ItemOrder::LowestFirst => a.total_cmp(b),
            (Some(a), Some(b)) => b.total_cmp(a),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
    }
    listed
}

/// How far the engine is in scoring the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scoring {
    pub ticket: u64,
    /// The answers are scored anew (not only re-aggregated): every automatic score may change.
    pub rescoring: bool,
    pub done: usize,
    /// 0 until the engine says how many answers there are (or when it only re-aggregates).
    pub total: usize,
}

/// The words each model's answer to `item` shares with the item's references.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlights {
    pub item: String,
    pub marked: Rc<Vec<Marked>>,
}

/// Where the page's jobs for the engine go. In the browser they wait in the outbox until the
/// worker bridge posts them; natively (tests) an inline engine answers them at once.
#[derive(Clone, Default)]
pub struct EngineLink {
    outbox: Rc<RefCell<Vec<Job>>>,
    inline: Option<Rc<dyn Fn(Job) -> Vec<Reply>>>,
    /// The engine holds this session's suite and answers (false after a restart).
    has_inputs: bool,
}

impl EngineLink {
    /// Jobs an inline `engine` answers in place, reply by reply.
    pub fn inline(engine: impl Fn(Job) -> Vec<Reply> + 'static) -> Self {
        EngineLink { inline: Some(Rc::new(engine)), ..EngineLink::default() }
    }

    /// Whether jobs wait to be posted.
    pub fn has_jobs(&self) -> bool {
        !self.outbox.borrow().is_empty()
    }

    /// The jobs waiting to be posted, oldest first; the outbox is empty afterwards.
    pub fn drain(&self) -> Vec<Job> {
        std::mem::take(&mut *self.outbox.borrow_mut())
    }

    /// The worker was started again: it holds nothing of the session.
    pub fn restarted(&mut self) {
        self.has_inputs = false;
    }
}

/// The latest ticket of each kind of job: replies to older ones are out of date.
#[derive(Debug, Clone, Copy, Default)]
struct Tickets {
    last: u64,
    score: u64,
    segment: u64,
    highlight: u64,
    compare: u64,
    gaps: u64,
    explain: u64,
}

#[derive(Clone)]
pub struct AppState {
    pub locale: Locale,
    pub dictionary: DictionaryStatus,
    pub text: String,
    pub hmm: Hmm,
    /// `None` until the segmenter is ready.
    pub segmented: Option<Rc<Segmented>>,
    pub view: View,
    /// The suite, answers and ratings being scored, and where they came from.
    pub session: Rc<Session>,
    pub origin: Origin,
    /// `None` until the engine has scored the session (the sample ships scored).
    pub results: Option<Rc<Results>>,
    /// Scoring under way in the engine: how far it is.
    pub scoring: Option<Scoring>,
    /// Scoring was cancelled: the results shown are from before the last change.
    pub stale: bool,
    /// The words each answer to the selected item shares with its references.
    pub highlights: Option<Highlights>,
    /// The comparison panel's test.
    pub comparison: Option<Compared>,
    /// The language gaps of the results shown, asked of the engine when the results screen
    /// shows new results (`None` inside while the engine computes).
    pub gaps: Option<Gaps>,
    /// Where jobs for the engine go (the worker, or the engine itself when inline).
    pub engine: EngineLink,
    tickets: Tickets,
    pub selected_item: Option<String>,
    /// Newest first.
    pub notices: Vec<Notice>,
    /// The automatic scores of the session's suite and answers, when the page holds them (the
    /// built-in sample ships scored; a small session's come back from the engine): a rating
    /// then re-aggregates at once, here, and the engine gets them with the inputs.
    pub(super) automatic: Option<Rc<Vec<ItemScore>>>,
    /// Set when the session came without its answers' text (a results link): the automatic
    /// scores that stand for it. Nothing is rescored, no one rates, no answers join.
    withheld: Option<Rc<Vec<ItemScore>>>,
    /// Another tool's file, with the ticket of the engine's job on it: being placed on the
    /// suite's items, then (when none of its answers met them) kept for "Draft a suite from
    /// it", and being drafted.
    foreign: Option<(u64, Rc<crate::core::io::foreign::Foreign>)>,
    /// The person rating on this device (remembered), and their screen.
    pub rater: Option<String>,
    pub desk: RatingDesk,
    /// The items view shows only these items (a leaderboard cell was clicked), with this
    /// model's answer marked.
    pub item_filter: Option<ItemFilter>,
    pub save: SaveStatus,
    /// Saves that could not be restored, kept in this browser under these keys.
    pub kept_aside: Vec<String>,
    /// The latest time an action brought (ms since the page's time origin): "saved just now".
    pub now_ms: f64,
    /// Milliseconds from some origin, for timing segmentation (the core has no clock).
    pub clock: fn() -> f64,
    /// The session the page opened with: a saved session read late replaces it only if it is
    /// still this one (nothing was loaded, rated or typed meanwhile).
    opened_with: Rc<Session>,
    /// Where the person was before a reload: returned to once the saved session is read.
    pub return_to: Option<Place>,
    /// Typed text not yet in the session (the paste form, comments before a rating).
    pub drafts: Drafts,
    /// The paste form is open.
    pub paste_open: bool,
    /// The leaderboard's order and languages (its export follows them).
    pub board: BoardView,
    /// Which answer of the review queue is shown.
    pub review_at: usize,
    /// A newer version of the app has been fetched and waits for a reload.
    pub update_available: bool,
    /// A share link from the address bar, until it has been read.
    pub opening: Option<crate::app::share::Opening>,
    /// The share dialog, while open.
    pub sharing: Option<crate::app::share::Sharing>,
    /// A judge on this computer: off until the person turns it on.
    pub local_judge: crate::app::local_judge::Settings,
    /// Its latest run (under way, cancelled or finished), with the run's number.
    pub judge_run: Option<(u64, Rc<crate::app::local_judge::Run>)>,
    /// "How scoring works": the person's example, and the engine's working of it (`None`
    /// until first worked; a change keeps the last working on screen until the next comes).
    pub learn: crate::core::explain::Inputs,
    pub lessons: Option<Rc<crate::core::explain::Lessons>>,
}

pub enum Action {
    SetLocale(Locale),
    SetText(String),
    SetHmm(Hmm),
    DictionaryDownloading,
    /// The dictionary's bytes arrived: the engine builds the segmenter from them.
    DictionaryArrived(Vec<u8>),
    DictionaryFailed(LoadFailure),
    /// What the engine said.
    Engine(Reply),
    /// The person stops the scoring under way.
    CancelScoring,
    /// The engine's worker could not start or stopped: it holds nothing any more.
    EngineStopped { detail: String },
    /// Tables to be written as an .xlsx workbook by the engine.
    WriteWorkbook { name: String, tables: Vec<crate::core::io::export::Table> },
    /// Score the session again (after a cancelled run).
    Rescore,
    /// A picked file, to be read by the engine: opened, or merged as a rater's file. The page
    /// holds it as number `file` and hands it to the worker, which reads its bytes itself.
    FileHeld { name: String, purpose: crate::app::engine::Purpose, file: u32 },
    SetView(View),
    SelectItem(String),
    /// A file was read: what it held, or what is wrong with it.
    FileLoaded { name: String, outcome: Result<Loaded, Vec<Problem>> },
    /// Answers pasted for one model, one per item in suite order (only `lang`'s items when
    /// set): a numbered list or blank-line-separated blocks.
    Paste { model: String, lang: Option<Lang>, text: String },
    DismissNotice(usize),
    /// Opens a suite drafted from the tool's file none of whose answers met the suite, with
    /// those answers.
    DraftSuite,
    /// Open or close the paste form.
    TogglePaste,
    /// The paste form as typed so far (kept across a reload).
    PasteDraft(PasteDraft),
    /// Back to the built-in sample suite and answers, scored as it ships.
    LoadSample(Box<crate::core::io::sample::Scored>),
    /// Rater files (scorebooks) to merge into the session.
    Merge { name: String, outcome: Result<Loaded, Vec<Problem>> },
    /// The rater says who they are (the seed fixes their blind order).
    SignIn { name: String, seed: u64 },
    SignOut,
    SetRateMode(crate::app::rating::RateMode),
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
    SetRule(Rule),
    /// The leaderboard was sorted, or shows other languages.
    ShowBoard(BoardView),
    /// The organiser chose how Chinese answers meet their references: everything is rescored.
    SetChineseScript(crate::core::model::suite::ChineseScript),
    /// A leaderboard score was clicked: show its items.
    Drill(ItemFilter),
    ClearItemFilter,
    /// A key pressed outside text fields (digits, J/K, arrows, ?, A/B/T/X).
    Key(String),
    /// A key pressed in the review queue (A–H, N, J/K, arrows), at this time (RFC 3339).
    ReviewKey { key: String, at: String },
    /// A person overrides an automatic result of `model`'s answer to `item`, saying why.
    Override { model: String, item: String, value: crate::core::model::human::Correction, reason: String, at: String },
    /// The automatic result counts again.
    UndoOverride { model: String, item: String, target: crate::core::model::human::Target },
    /// The saved session was read back (at start).
    Restored(Box<Restored>),
    /// Nothing was saved in this browser: autosave may start.
    NothingSaved,
    /// The saved session could not be restored; its bytes were kept under `key`.
    KeptAside { key: String, reason: Message },
    /// The saved session could not be restored, and keeping it aside failed too.
    RestoreBlocked { reason: Message, detail: String },
    /// Storage did not answer in time: the screens show, autosave stays off (what is saved
    /// may not be overwritten unread).
    RestoreTimedOut,
    /// Pingfen is open in another tab of this browser, which keeps saving: this one does not,
    /// or the two would overwrite each other's ratings.
    OtherTabOpen,
    /// This browser's storage cannot be used at all (e.g. some private windows).
    StorageUnavailable { detail: String },
    /// Saves kept aside earlier, found at start.
    FoundKeptAside(Vec<String>),
    /// A kept-aside save was deleted by the user.
    DeletedKeptAside(String),
    /// Autosave wrote the session.
    Saved { at_ms: f64 },
    /// Autosave could not write (storage full or blocked).
    SaveFailed(String),
    /// Every local save was deleted; the sample is back.
    LocalDataCleared(Box<crate::core::io::sample::Scored>),
    /// An export could not be produced.
    ExportFailed(Failed),
    /// A newer version of the app waits: the person may reload into it.
    UpdateAvailable,
    /// Time passes (for "saved 2 min ago").
    Tick { now_ms: f64 },
    /// Test the difference between two models on one scope (the engine computes it).
    Compare(ComparePick),
    /// A share link arrived in the address bar (at start, or pasted into it later).
    OpenLink(String),
    /// Rater links pasted into the Raters view, merged in the order given.
    MergeLinks(String),
    /// Open the share dialog for a link of `kind` to the page at `base`.
    Share { kind: crate::core::io::link::Kind, base: String },
    CloseShare,
    /// Show the suite's QR code large (for a projector), or stop.
    Present(bool),
    /// The person kept their session rather than have the reply `ticket` replace it.
    Declined { ticket: u64 },
    /// The local judge's settings, as the person set them.
    LocalJudge(crate::app::local_judge::Settings),
    /// Run the local judge on the session's answers (the person has consented).
    StartJudgeRun,
    /// The local judge's reply to request `id` of run `run`: the body, or why it failed.
    JudgeReply { run: u64, id: usize, outcome: Result<String, String> },
    CancelJudgeRun,
    /// The person changed "How scoring works"'s example.
    SetLearn(crate::core::explain::Inputs),
}

impl Action {
    /// Whether the action needs the answers' text: to rescore, to add or merge answers, to
    /// rate or correct what someone must read first.
    fn needs_answers(&self) -> bool {
        match self {
            Action::Paste { .. }
            | Action::SetChineseScript(_)
            | Action::Merge { .. }
            | Action::SignIn { .. }
            | Action::Rate { .. }
            | Action::Comment(_)
            | Action::Vote(_)
            | Action::MorePairs
            | Action::Override { .. }
            | Action::UndoOverride { .. }
            | Action::StartJudgeRun => true,
            Action::FileLoaded { outcome, .. } => matches!(outcome, Ok(Loaded::Answers(_) | Loaded::RaterWork(_))),
            _ => false,
        }
    }
}

/// Two models and a scope, as the comparison panel picks them.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparePick {
    pub first: String,
    pub second: String,
    pub scope: crate::core::aggregate::Scope,
}

/// The language gaps of `of`, once the engine has answered.
#[derive(Debug, Clone)]
pub struct Gaps {
    pub of: Rc<Results>,
    pub answer: Option<Rc<crate::core::aggregate::LanguageGaps>>,
}

impl Gaps {
    /// The gaps of `results`, if they have come.
    pub fn answer_for(&self, results: &Rc<Results>) -> Option<Rc<crate::core::aggregate::LanguageGaps>> {
        self.answer.clone().filter(|_| Rc::ptr_eq(&self.of, results))
    }
}

/// The comparison last asked for, and the engine's answer once it came (`Some(None)`: the two
/// cannot be compared).
#[derive(Debug, Clone)]
pub struct Compared {
    pub pick: ComparePick,
    /// Of these results (held, so no newer results can be taken for them): newer results are
    /// compared again.
    pub of: Rc<Results>,
    pub answer: Option<Option<crate::core::aggregate::Comparison>>,
}

impl Compared {
    /// Whether this is the answer to `pick` over `results`.
    pub fn answers(&self, pick: &ComparePick, results: &Rc<Results>) -> bool {
        self.pick == *pick && Rc::ptr_eq(&self.of, results)
    }
}

impl PartialEq for Compared {
    fn eq(&self, other: &Self) -> bool {
        self.pick == other.pick && Rc::ptr_eq(&self.of, &other.of) && self.answer == other.answer
    }
}

impl AppState {
    pub fn new(locale: Locale, text: Option<String>, sample: Session, clock: fn() -> f64) -> Self {
        let session = Rc::new(sample);
        AppState {
            locale,
            dictionary: DictionaryStatus::Downloading,
            text: text.unwrap_or_else(|| crate::app::EXAMPLE_TEXT.to_owned()),
            hmm: Hmm::On,
            segmented: None,
            view: View::Results,
            session: session.clone(),
            origin: Origin::Sample,
            results: None,
            scoring: None,
            stale: false,
            highlights: None,
            comparison: None,
            gaps: None,
            engine: EngineLink::default(),
            tickets: Tickets::default(),
            selected_item: None,
            notices: Vec::new(),
            automatic: None,
            withheld: None,
            foreign: None,
            rater: None,
            desk: RatingDesk::default(),
            item_filter: None,
            save: SaveStatus::Restoring,
            kept_aside: Vec::new(),
            now_ms: 0.0,
            clock,
            opened_with: session,
            return_to: None,
            drafts: Drafts::default(),
            paste_open: false,
            board: BoardView::default(),
            review_at: 0,
            update_available: false,
            opening: None,
            sharing: None,
            local_judge: crate::app::local_judge::Settings::new(locale),
            judge_run: None,
            learn: crate::core::explain::Inputs::example(),
            lessons: None,
        }
    }

    /// The page was opened with a share link (its address's fragment): it is read once the
    /// saved session has been.
    pub fn with_link(self, fragment: Option<String>) -> Self {
        match fragment {
            Some(text) => self.open_link(text),
            None => self,
        }
    }

    /// Where the person is now, to come back to after a reload.
    pub fn place(&self) -> Place {
        let answer = (self.view == View::Rate)
            .then(|| self.desk())
            .flatten()
            .and_then(|desk| desk.likert)
            .map(|card| (card.task.item, card.task.model));
        Place { view: self.view.as_str().to_owned(), item: self.selected_item.clone(), answer }
    }

    /// Returns to `place` once the saved session has been read (or at once if it has).
    pub fn returning_to(mut self, place: Option<Place>, drafts: Drafts) -> Self {
        self.return_to = place;
        self.drafts = drafts;
        self.paste_open = !self.drafts.paste.text.trim().is_empty();
        if !self.awaiting_restore() { self.go_back() } else { self }
    }

    /// Applies the place kept from before the reload: its screen, item and answer.
    fn go_back(mut self) -> Self {
        let Some(place) = self.return_to.take() else { return self };
        if let Ok(view) = place.view.parse() {
            self.view = view;
        }
        if let Some(item) = place.item.filter(|id| self.session.suite.item(id).is_some()) {
            self.selected_item = Some(item);
        }
        if let Some((item, model)) = place.answer
            && let Some(position) = self.position_of(&item, &model)
        {
            self.desk.position = position;
        }
        self
    }

    /// Whether the session is still the one the page opened with.
    fn untouched(&self) -> bool {
        Rc::ptr_eq(&self.session, &self.opened_with)
    }

    /// Whether the saved session's read is still awaited (or came too late).
    pub(super) fn awaiting_restore(&self) -> bool {
        matches!(self.save, SaveStatus::Restoring | SaveStatus::TimedOut)
    }

    /// The local judge's settings this browser remembers: all but whether it is on (every
    /// visit starts with it off).
    pub fn with_local_judge(mut self, remembered: Option<crate::app::local_judge::Settings>) -> Self {
        if let Some(settings) = remembered {
            self.local_judge = crate::app::local_judge::Settings { enabled: false, ..settings };
        }
        self
    }

    pub fn with_rater(mut self, rater: Option<String>) -> Self {
        self.rater = rater.filter(|name| !name.trim().is_empty());
        self
    }

    /// The scores standing for the session's answers' text, when it came without it.
    pub fn withheld_scores(&self) -> Option<Rc<Vec<ItemScore>>> {
        self.withheld.clone()
    }

    /// Whether the session came without its answers' text: its scores stand as shared.
    pub fn answers_withheld(&self) -> bool {
        self.withheld.is_some()
    }

    /// The session as it may be saved or shared: with the scores that stand for its answers'
    /// text when that was withheld.
    pub fn withheld(&self) -> Option<crate::core::results::Withheld> {
        let automatic = self.withheld.as_deref()?;
        Some(crate::core::results::Withheld { session: (*self.session).clone(), automatic: automatic.clone() })
    }

    /// People's ratings and votes in the session: the one thing that cannot be recomputed.
    pub fn human_work(&self) -> usize {
        self.session.ratings.len() + self.session.votes.len()
    }

    /// Jobs go to `engine` (the worker bridge's outbox, or an inline engine), which gets the
    /// session at once (to score it, or to hold the scores the page already has).
    pub fn with_engine(mut self, engine: EngineLink) -> Self {
        self.engine = engine;
        self.with_human().with_segmentation()
    }

    /// The session ships with its results (the built-in sample): they show at once, and the
    /// engine re-aggregates over their automatic scores when people rate.
    pub fn with_precomputed(mut self, results: Results) -> Self {
        let people_free = self.session.ratings.is_empty() && self.session.votes.is_empty() && self.session.overrides.is_empty();
        if people_free {
            self.automatic = Some(Rc::new(results.items.clone()));
        }
        self.results = Some(Rc::new(results));
        self
    }

    /// Hands `job` to the engine: answered in place when inline, else posted by the bridge.
    pub(super) fn send(mut self, job: Job) -> Self {
        match self.engine.inline.clone() {
            Some(engine) => {
                for reply in engine(job) {
                    self = self.take_reply(reply);
                }
                self
            }
            None => {
                self.engine.outbox.borrow_mut().push(job);
                self
            }
        }
    }

    pub(super) fn ticket(&mut self) -> u64 {
        self.tickets.last += 1;
        self.tickets.last
    }

    /// Rescores everything (the suite or the answers changed). A session without its
    /// answers' text keeps the scores that stand for it.
    pub(super) fn with_results(mut self) -> Self {
        // The scores the page had were for other inputs.
        self.automatic = self.withheld.clone();
        self.engine.has_inputs = false;
        self.highlights = None;
        self.with_human()
    }

    /// Recomputes what people's ratings and votes change, over the automatic scores the engine
    /// keeps (the suite and answers go with the job when it does not hold them).
    pub(super) fn with_human(mut self) -> Self {
        if let Some(automatic) = self.automatic.clone().filter(|scores| scores.len() <= PAGE_AGGREGATES_UP_TO) {
            self.results = Some(Rc::new(crate::core::results::from_automatic(&self.session, (*automatic).clone())));
            self.scoring = None;
            // Nothing is awaited: a reply still on its way is out of date.
            self.tickets.score = 0;
            return self;
        }
        let ticket = self.ticket();
        self.tickets.score = ticket;
        let inputs = (!self.engine.has_inputs).then(|| {
            Box::new(Inputs {
                suite: self.session.suite.clone(),
                answers: self.session.answers.clone(),
                automatic: self.automatic.as_deref().cloned(),
            })
        });
        self.engine.has_inputs = true;
        let rescoring = inputs.as_ref().is_some_and(|inputs| inputs.automatic.is_none()) || self.scoring.is_some_and(|s| s.rescoring);
        self.scoring = Some(Scoring { ticket, rescoring, done: 0, total: 0 });
        let people = People::of(&self.session);
        self.send(Job::Score { ticket, inputs, people })
    }

    /// Stops the scoring under way: the results from before stay, marked out of date.
    fn cancel_scoring(mut self) -> Self {
        let Some(scoring) = self.scoring.take() else { return self };
        self.stale = true;
        // Nothing is awaited now: a reply still on its way is out of date.
        self.tickets.score = 0;
        // The engine keeps the inputs but not their scores: the next job scores them again.
        self.send(Job::Cancel { ticket: scoring.ticket }).notice(Notice::ScoringCancelled)
    }

    /// What the engine said.
    fn take_reply(mut self, reply: Reply) -> Self {
        match reply {
            Reply::Dictionary(status) => {
                let ready = matches!(status, DictionaryStatus::Ready { .. });
                self.dictionary = status;
                if ready { self.with_segmentation() } else { self }
            }
            Reply::Progress { ticket, done, total } => {
                if let Some(scoring) = self.scoring.as_mut().filter(|s| s.ticket == ticket) {
                    scoring.done = done;
                    scoring.total = total;
                }
                self
            }
            Reply::Scored { ticket, results, automatic } if ticket == self.tickets.score => {
                self.scoring = None;
                self.stale = false;
                self.results = Some(Rc::new(*results));
                if automatic.is_some() {
                    self.automatic = automatic.map(Rc::new);
                }
                self
            }
            Reply::NeedInputs { ticket } if ticket == self.tickets.score => {
                self.engine.has_inputs = false;
                self.with_human()
            }
            Reply::Explained { ticket, lessons } if ticket == self.tickets.explain => {
                self.lessons = Some(Rc::new(*lessons));
                self
            }
            Reply::Segmented { ticket, segmented } if ticket == self.tickets.segment => {
                self.segmented = Some(Rc::new(segmented));
                self
            }
            Reply::Highlighted { ticket, item, marked } if ticket == self.tickets.highlight => {
                self.highlights = Some(Highlights { item, marked: Rc::new(marked) });
                self
            }
            Reply::Gaps { ticket, gaps } if ticket == self.tickets.gaps => {
                if let Some(asked) = self.gaps.as_mut() {
                    asked.answer = Some(Rc::new(*gaps));
                }
                self
            }
            Reply::Compared { ticket, comparison } if ticket == self.tickets.compare => {
                if let Some(compared) = self.comparison.as_mut() {
                    compared.answer = Some(comparison);
                }
                self
            }
            Reply::Read { ticket, name, purpose, outcome, read_as } => {
                let from_link = self.opened(ticket);
                let file = name.clone();
                let next = match purpose {
                    crate::app::engine::Purpose::Open if from_link => self.load_link(name, outcome),
                    crate::app::engine::Purpose::Open => self.load(name, outcome),
                    crate::app::engine::Purpose::Merge => self.merge(name, outcome),
                };
                // Taken in, in a guessed encoding: said, so garbled names are understood.
                match read_as {
                    Some(encoding) if !next.notices.first().is_some_and(Notice::is_error) => next.notice(Notice::ReadAs { name: file, encoding }),
                    _ => next,
                }
            }
            Reply::Link { ticket, outcome } => self.link_made(ticket, outcome),
            Reply::Placed { ticket, matched } if self.foreign.as_ref().is_some_and(|(t, _)| *t == ticket) => self.add_placed(matched),
            Reply::Drafted { ticket, outcome } if self.foreign.as_ref().is_some_and(|(t, _)| *t == ticket) => self.open_drafted(outcome),
            Reply::Workbook { outcome: Err(detail), .. } => self.notice(Notice::ExportFailed { what: msg!("export-workbook"), detail }),
            // Out of date, or the bridge's business (a workbook's bytes go to a download).
            Reply::Scored { .. }
            | Reply::NeedInputs { .. }
            | Reply::Cancelled { .. }
            | Reply::Segmented { .. }
            | Reply::Explained { .. }
            | Reply::Highlighted { .. }
            | Reply::Compared { .. }
            | Reply::Gaps { .. }
            | Reply::ScoredItems { .. }
            | Reply::ReadAnswers { .. }
            | Reply::Placed { .. }
            | Reply::Drafted { .. }
            | Reply::Workbook { .. } => self,
        }
    }

    /// Asks the engine for the comparison panel's test, over the results shown (asked again
    /// when they change); the panel says "computing" until the answer comes.
    fn compare(mut self, pick: ComparePick) -> Self {
        let Some(results) = self.results.clone() else { return self };
        if self.comparison.as_ref().is_some_and(|c| c.answers(&pick, &results)) {
            return self;
        }
        let ticket = self.ticket();
        self.tickets.compare = ticket;
        let ask = CompareAsk::new(&self.session.suite, &results.items, &pick.first, &pick.second, pick.scope.clone(), self.session.aggregation);
        self.comparison = Some(Compared { pick, of: results, answer: None });
        self.send(Job::Compare { ticket, ask: Box::new(ask) })
    }

    /// Asks the engine for the language gaps when the results screen shows results whose gaps
    /// are not asked yet (with people's ratings, every new rating's results are asked again).
    fn with_gaps(mut self) -> Self {
        let Some(results) = self.results.clone().filter(|_| self.view == View::Results) else { return self };
        if self.gaps.as_ref().is_some_and(|gaps| Rc::ptr_eq(&gaps.of, &results)) || results.models.len() < 2 {
            return self;
        }
        let ticket = self.ticket();
        self.tickets.gaps = ticket;
        let ask = crate::app::engine::GapsAsk::new(&self.session.suite, &results.items, &results.models, self.session.aggregation);
        self.gaps = Some(Gaps { of: results, answer: None });
        self.send(Job::Gaps { ticket, ask: Box::new(ask) })
    }

    /// Asks for the highlights of the selected item when the Items view shows one whose
    /// highlights are not there yet.
    fn with_highlights(mut self) -> Self {
        let wanted = (self.view == View::Items)
            .then_some(self.selected_item.as_ref())
            .flatten()
            .and_then(|id| self.session.suite.item(id))
            .filter(|item| item.kind == ItemKind::Reference && !item.references.is_empty());
        let Some(item) = wanted else { return self };
        if self.highlights.as_ref().is_some_and(|h| h.item == item.id) || !matches!(self.dictionary, DictionaryStatus::Ready { .. }) {
            return self;
        }
        let answers: Vec<(String, String)> = self
            .session
            .models()
            .into_iter()
            .filter_map(|model| {
                let answer = self.session.answers.iter().rev().find(|a| a.model == model && a.item == item.id)?;
                Some((model, answer.answer.clone()))
            })
            .collect();
        let (id, lang, references) = (item.id.clone(), item.lang, item.references.clone());
        let ticket = self.ticket();
        self.tickets.highlight = ticket;
        // Asked once per item: a second ask would wait for the same answer.
        self.highlights = Some(Highlights { item: id.clone(), marked: Rc::new(Vec::new()) });
        self.send(Job::Highlight { ticket, item: id, lang, references, answers })
    }

    /// Shows `notice` first. A failure it follows up (the same file or paste, loaded again)
    /// goes: one notice per thing, the latest word on it.
    pub(super) fn notice(mut self, notice: Notice) -> Self {
        if let Some(subject) = notice.subject() {
            self.notices.retain(|old| !(matches!(old, Notice::NotLoaded { .. }) && old.subject().as_ref() == Some(&subject)));
        }
        self.notices.insert(0, notice);
        self.notices.truncate(MAX_NOTICES);
        self
    }

    /// A new session: what was said about the old one goes with it.
    fn replace_session(mut self, session: Session, origin: Origin) -> Self {
        self.withheld = None;
        self.new_session(session, origin)
    }

    /// A session without its answers' text: its scores stand as they came.
    fn replace_withheld(mut self, withheld: crate::core::results::Withheld, origin: Origin) -> Self {
        let crate::core::results::Withheld { session, automatic } = withheld;
        self.withheld = Some(Rc::new(automatic));
        self.new_session(session, origin)
    }

    fn new_session(mut self, session: Session, origin: Origin) -> Self {
        self.notices.clear();
        self.automatic = None;
        // Another session's numbers are not shown as this one's while it is scored.
        self.results = None;
        self.session = Rc::new(session);
        self.origin = origin;
        self.selected_item = None;
        self.item_filter = None;
        self.desk.position = self.first_unrated();
        self.with_results()
    }

    /// The sample again, with the results it ships with: nothing to score.
    fn replace_scored(self, sample: crate::core::io::sample::Scored) -> Self {
        let crate::core::io::sample::Scored { session, results } = sample;
        let mut next = self;
        next.notices.clear();
        next.withheld = None;
        next.session = Rc::new(session);
        next.origin = Origin::Sample;
        next.selected_item = None;
        next.item_filter = None;
        next.highlights = None;
        next.stale = false;
        next.engine.has_inputs = false;
        next.desk.position = next.first_unrated();
        next.with_precomputed(results).with_human()
    }

    /// Takes in a file's contents. A bad file changes nothing already loaded.
    fn load(self, name: String, outcome: Result<Loaded, Vec<Problem>>) -> Self {
        match outcome {
            Err(problems) => self.notice(Notice::NotLoaded { origin: Origin::File(name), problems }),
            Ok(Loaded::Suite(suite)) => {
                let notice = Notice::SuiteLoaded { name: name.clone(), items: suite.items.len() };
                let aggregation = self.session.aggregation;
                self.replace_session(Session { aggregation, ..Session::new(*suite, Vec::new()) }, Origin::File(name)).notice(notice)
            }
            Ok(Loaded::Answers(answers)) => self.add_answers(Origin::File(name), answers),
            Ok(Loaded::Foreign(foreign)) => self.place_foreign(*foreign),
            // A rater's work (from a share link) only ever joins a session.
            Ok(loaded @ Loaded::RaterWork(_)) => self.merge(name, Ok(loaded)),
            Ok(Loaded::Judged(work)) => self.add_judge(name, *work),
            Ok(Loaded::Session(session)) => {
                let notice = Notice::ScorebookOpened { name: name.clone() };
                self.replace_session(*session, Origin::File(name)).notice(notice)
            }
            Ok(Loaded::Withheld(withheld)) => {
                let notice = Notice::ScorebookOpened { name: name.clone() };
                self.replace_withheld(*withheld, Origin::File(name)).notice(notice)
            }
        }
    }

    /// Takes in what a link opened from the address bar carries: as a file, said as a link.
    fn load_link(self, name: String, outcome: Result<Loaded, Vec<Problem>>) -> Self {
        match outcome {
            Ok(Loaded::Suite(suite)) => {
                let notice = Notice::LinkOpened { kind: crate::core::io::link::Kind::Suite, title: suite.title.clone(), items: suite.items.len(), models: 0 };
                let aggregation = self.session.aggregation;
                self.replace_session(Session { aggregation, ..Session::new(*suite, Vec::new()) }, Origin::Link).notice(notice)
            }
            Ok(Loaded::Session(session)) => {
                let notice = Notice::LinkOpened {
                    kind: crate::core::io::link::Kind::Scorebook,
                    title: session.suite.title.clone(),
                    items: session.suite.items.len(),
                    models: session.models().len(),
                };
                self.replace_session(*session, Origin::Link).notice(notice)
            }
            Ok(Loaded::Withheld(withheld)) => {
                let suite = &withheld.session.suite;
                let notice = Notice::LinkOpened {
                    kind: crate::core::io::link::Kind::Results,
                    title: suite.title.clone(),
                    items: suite.items.len(),
                    models: withheld.session.models().len(),
                };
                self.replace_withheld(*withheld, Origin::Link).notice(notice)
            }
            other => self.load(name, other),
        }
    }

    /// Merges a rater's file into the session; anything else is refused with a message.
    fn merge(self, name: String, outcome: Result<Loaded, Vec<Problem>>) -> Self {
        let refuse = |state: Self, message: Message, location: Location| {
            let problem = Problem::new(&name, location, message);
            state.notice(Notice::NotLoaded { origin: Origin::File(name.clone()), problems: vec![problem] })
        };
        let incoming = match outcome {
            Err(problems) => return self.load(name, Err(problems)),
            Ok(Loaded::Session(session)) => *session,
            // A rater's link names its suite: the work is checked against the one loaded.
            Ok(Loaded::RaterWork(work)) => match work.into_session(&self.session.suite) {
                Ok(session) => {
                    let problems = session.problems(&name);
                    if !problems.is_empty() {
                        return self.load(name, Err(problems));
                    }
                    session
                }
                Err(Refusal::DifferentSuite { loaded, incoming }) => {
                    return refuse(self, msg!("problem-link-rater-other-suite", incoming = incoming, loaded = loaded), Location::File);
                }
            },
            Ok(_) => return refuse(self, msg!("problem-merge-not-a-scorebook"), Location::File),
        };
        let mut session = (*self.session).clone();
        match merge::merge(&mut session, incoming) {
            Err(Refusal::DifferentSuite { loaded, incoming }) => refuse(
                self,
                msg!("problem-merge-different-suite", incoming = incoming, loaded = loaded),
                Location::Field { field: "suite".into() },
            ),
            Ok(report) => {
                let answers_changed = report.answers_added > 0;
                let mut next = self;
                next.session = Rc::new(session);
                let next = if answers_changed { next.with_results() } else { next.with_human() };
                next.notice(Notice::Merged { name, report })
            }
        }
    }

    /// A model judge's scores and verdicts, checked against the session and merged in: the
    /// judge joins as a rater marked as a judge, its numbers set beside people's, not mixed in.
    fn add_judge(self, name: String, work: crate::core::io::judge::JudgeWork) -> Self {
        let judges = work.judges.clone();
        let incoming = match work.into_session(&self.session) {
            Ok(incoming) => incoming,
            Err(problems) => return self.notice(Notice::NotLoaded { origin: Origin::File(name), problems }),
        };
        let (ratings, verdicts) = (incoming.ratings.len(), incoming.votes.len());
        let mut session = (*self.session).clone();
        let report = match merge::merge(&mut session, incoming) {
            Ok(report) => report,
            Err(Refusal::DifferentSuite { loaded, incoming }) => {
                let message = msg!("problem-merge-different-suite", incoming = incoming, loaded = loaded);
                let problem = Problem::new(&name, Location::Field { field: "suite".into() }, message);
                return self.notice(Notice::NotLoaded { origin: Origin::File(name), problems: vec![problem] });
            }
        };
        let answers_changed = report.answers_added > 0;
        let mut next = self;
        next.session = Rc::new(session);
        let next = if answers_changed { next.with_results() } else { next.with_human() };
        // The same judge imported again with other values: the conflicts are said as a merge says them.
        if !report.conflicts.is_empty() {
            return next.notice(Notice::Merged { name, report });
        }
        next.notice(Notice::JudgeAdded { name, judges, ratings, verdicts })
    }

    fn add_answers(self, origin: Origin, new: Vec<Answer>) -> Self {
        let file = match &origin {
            Origin::File(name) => name.clone(),
            other => other.message().text(self.locale),
        };
        let problems = answers::problems(&file, &new, &self.session.suite);
        if !problems.is_empty() {
            return self.notice(Notice::NotLoaded { origin, problems });
        }
        let models = answers::models(&new);
        let mut session = (*self.session).clone();
        session.add_answers(new);
        if let Some(problem) = crate::core::model::limits::too_many_answers(&file, session.models().len() * session.suite.items.len()) {
            return self.notice(Notice::NotLoaded { origin, problems: vec![problem] });
        }
        let mut next = self;
        next.session = Rc::new(session);
        next.with_results().notice(Notice::AnswersAdded { origin, models })
    }

    /// Another tool's answers, sent to the engine to be placed on the suite's items (by the ids
    /// the tool kept, else by prompt): [`AppState::add_placed`] takes them in.
    fn place_foreign(mut self, foreign: crate::core::io::foreign::Foreign) -> Self {
        let ticket = self.ticket();
        let job = Job::Place { ticket, foreign: Box::new(foreign.clone()), suite: Box::new(self.session.suite.clone()) };
        self.foreign = Some((ticket, Rc::new(foreign)));
        self.send(job)
    }

    /// Another tool's answers as the engine placed them, added; what could not be placed is
    /// said, and when nothing could, nothing changes and the file waits to draft a suite.
    fn add_placed(mut self, matched: crate::core::io::foreign::Matched) -> Self {
        let Some((_, foreign)) = self.foreign.clone() else { return self };
        let name = foreign.file.clone();
        if matched.answers.is_empty() {
            return self.notice(Notice::NothingPlaced { name, tool: foreign.tool.name(), count: foreign.records.len() });
        }
        self.foreign = None;
        let placed = Notice::ForeignPlaced { name: name.clone(), tool: foreign.tool.name(), by_id: matched.by_id, by_prompt: matched.by_prompt, unplaced: matched.unplaced, model_from_name: foreign.model_from_name.clone() };
        let next = self.add_answers(Origin::File(name), matched.answers);
        if next.notices.first().is_some_and(Notice::is_error) { next } else { next.notice(placed) }
    }

    /// The suite the engine drafted from another tool's answers, opened with them.
    fn open_drafted(mut self, outcome: Result<(Box<Suite>, Vec<Answer>), Vec<Problem>>) -> Self {
        let Some((_, foreign)) = self.foreign.take() else { return self };
        let origin = Origin::File(foreign.file.clone());
        match outcome {
            Ok((suite, answers)) => {
                let notice = Notice::SuiteDrafted { name: foreign.file.clone(), tool: foreign.tool.name(), items: suite.items.len() };
                let aggregation = self.session.aggregation;
                self.replace_session(Session { aggregation, ..Session::new(*suite, answers) }, origin).notice(notice)
            }
            Err(problems) => self.notice(Notice::NotLoaded { origin, problems }),
        }
    }

    /// Asks the engine to cut the playground's text (it waits there for the dictionary).
    /// "How scoring works" on screen and never worked (a reload returned to it): asked.
    fn with_learning(self) -> Self {
        if self.view == View::Learn && self.lessons.is_none() && self.tickets.explain == 0 { self.with_lessons() } else { self }
    }

    /// Asks the engine to work "How scoring works"'s example.
    fn with_lessons(mut self) -> Self {
        let ticket = self.ticket();
        self.tickets.explain = ticket;
        let job = Job::Explain { ticket, inputs: Box::new(self.learn.clone()) };
        self.send(job)
    }

    fn with_segmentation(mut self) -> Self {
        let ticket = self.ticket();
        self.tickets.segment = ticket;
        let job = Job::Segment { ticket, text: self.text.clone(), hmm: self.hmm };
        self.send(job)
    }

    /// The state after `action`.
    pub fn reduce(self, action: Action) -> AppState {
        self.reduce_one(action).with_highlights().with_gaps().with_opening().with_learning()
    }

    fn reduce_one(self, action: Action) -> AppState {
        let mut next = self;
        if next.answers_withheld() && action.needs_answers() {
            return next.notice(Notice::AnswersWithheld);
        }
        match action {
            Action::SetLocale(locale) => {
                // An untouched template follows the interface's language.
                if next.local_judge.template == crate::app::local_judge::default_template(next.locale) {
                    next.local_judge.template = crate::app::local_judge::default_template(locale);
                }
                next.locale = locale;
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
            Action::DictionaryArrived(bytes) => {
                next.dictionary = DictionaryStatus::Building { bytes: bytes.len() };
                next.send(Job::Dictionary { bytes })
            }
            Action::Engine(reply) => next.take_reply(reply),
            Action::CancelScoring => next.cancel_scoring(),
            Action::EngineStopped { detail } => {
                next.engine.restarted();
                next.stale |= next.scoring.take().is_some();
                next.dictionary = DictionaryStatus::Failed(LoadFailure::Stopped { detail });
                next
            }
            Action::WriteWorkbook { name, tables } => {
                let ticket = next.ticket();
                next.send(Job::Workbook { ticket, name, tables })
            }
            Action::Rescore => {
                next.notices.retain(|n| !matches!(n, Notice::ScoringCancelled));
                next.with_results()
            }
            Action::FileHeld { name, purpose, file } => {
                let ticket = next.ticket();
                next.send(Job::Read { ticket, name, purpose, held: Some(file), bytes: Vec::new() })
            }
            Action::DictionaryFailed(failure) => {
                next.dictionary = DictionaryStatus::Failed(failure);
                next
            }
            Action::SetView(view) => {
                // The paste form belongs to the screen it was opened on; its draft stays. News
                // of what went well has been read by then; errors stay until fixed or dismissed.
                if view != next.view {
                    next.paste_open = false;
                    next.notices.retain(Notice::is_error);
                }
                next.view = view;
                if view == View::Learn && next.lessons.is_none() { next.with_lessons() } else { next }
            }
            Action::ShowBoard(view) => {
                next.board = view;
                next
            }
            Action::TogglePaste => {
                next.paste_open = !next.paste_open;
                next
            }
            Action::PasteDraft(draft) => {
                next.drafts.paste = draft;
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
            Action::SetChineseScript(script) => {
                let mut session = (*next.session).clone();
                session.suite.chinese_script = script;
                next.session = Rc::new(session);
                next.with_results()
            }
            Action::ClearItemFilter => {
                next.item_filter = None;
                next
            }
            Action::Compare(pick) => next.compare(pick),
            Action::SelectItem(id) => {
                next.selected_item = Some(id);
                next.view = View::Items;
                next
            }
            Action::FileLoaded { name, outcome } => next.load(name, outcome),
            Action::Paste { model, lang, text } => {
                let model = model.trim().to_owned();
                let ids: Vec<&str> = next.session.suite.items.iter().filter(|item| lang.is_none_or(|l| l == item.lang)).map(|item| item.id.as_str()).collect();
                match io_answers::from_pasted(&model, &text, &ids) {
                    Ok(answers) => {
                        // Its job done, the form closes and its draft goes: the answers are in.
                        next.paste_open = false;
                        next.drafts.paste = PasteDraft::default();
                        next.add_answers(Origin::Pasted { model }, answers)
                    }
                    Err(problems) => next.notice(Notice::NotLoaded { origin: Origin::Pasted { model }, problems }),
                }
            }
            Action::LoadSample(sample) => next.replace_scored(*sample),
            Action::DraftSuite => {
                let Some((_, foreign)) = next.foreign.clone() else { return next };
                let ticket = next.ticket();
                next.foreign = Some((ticket, foreign.clone()));
                next.send(Job::Draft { ticket, foreign: Box::new((*foreign).clone()) })
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
                    return next;
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
                next.desk.pending_ten = None;
                next.rate(criterion, value)
            }
            Action::Comment(text) => next.comment(text),
            Action::Vote(outcome) => next.vote(outcome),
            Action::MorePairs => {
                let Some(name) = next.rater.clone() else { return next };
                let mut session = (*next.session).clone();
                if let Some(rater) = session.raters.iter_mut().find(|r| r.name == name) {
                    rater.pair_rounds = (rater.pair_rounds + 1).min(MAX_PAIR_ROUNDS);
                }
                next.session = Rc::new(session);
                next.with_human()
            }
            Action::Key(key) => next.key(&key),
            Action::ReviewKey { key, at } => next.review_key(&key, at),
            Action::Override { model, item, value, reason, at } => next.set_override(model, item, value, reason, at),
            Action::UndoOverride { model, item, target } => next.undo_override(&model, &item, target),
            Action::Restored(restored) => {
                if !next.awaiting_restore() {
                    return next;
                }
                if next.save == SaveStatus::TimedOut && !next.untouched() {
                    // Work was done on screen while the save was being read: neither may replace
                    // the other. The save stays where it is, unwritten; the user exports, reloads.
                    next.save = SaveStatus::Blocked;
                    return next.notice(Notice::RestoredLate);
                }
                let Restored { origin, session, automatic, .. } = *restored;
                let count = session.ratings.len() + session.votes.len();
                next.save = SaveStatus::Ready;
                let next = match automatic {
                    None => next.replace_session(session, origin),
                    Some(automatic) => next.replace_withheld(crate::core::results::Withheld { session, automatic }, origin),
                };
                next.notice(Notice::Restored { ratings_and_votes: count }).go_back()
            }
            Action::NothingSaved => {
                if next.awaiting_restore() {
                    next.save = SaveStatus::Ready;
                }
                next.go_back()
            }
            Action::KeptAside { key, reason } => {
                if next.awaiting_restore() {
                    next.save = SaveStatus::Ready;
                }
                if !next.kept_aside.contains(&key) {
                    next.kept_aside.push(key.clone());
                }
                next.notice(Notice::Unrestorable { key, reason, detail: None })
            }
            Action::RestoreBlocked { reason, detail } => {
                next.save = SaveStatus::Blocked;
                next.notice(Notice::Unrestorable { key: crate::app::autosave::SESSION_KEY.to_owned(), reason, detail: Some(detail) })
            }
            Action::RestoreTimedOut => {
                if next.save != SaveStatus::Restoring {
                    return next;
                }
                next.save = SaveStatus::TimedOut;
                next.notice(Notice::StorageTimedOut).go_back()
            }
            Action::OtherTabOpen => {
                if next.save == SaveStatus::Blocked {
                    return next;
                }
                next.save = SaveStatus::Blocked;
                next.notice(Notice::OtherTabOpen)
            }
            Action::StorageUnavailable { detail } => {
                next.save = SaveStatus::Blocked;
                next.notice(Notice::AutosaveFailed { detail })
            }
            Action::FoundKeptAside(keys) => {
                for key in keys {
                    if !next.kept_aside.contains(&key) {
                        next.kept_aside.push(key);
                    }
                }
                next
            }
            Action::DeletedKeptAside(key) => {
                next.kept_aside.retain(|k| *k != key);
                next
            }
            Action::Saved { at_ms } => {
                next.now_ms = next.now_ms.max(at_ms);
                if next.save.may_save() {
                    next.save = SaveStatus::Saved { at_ms };
                }
                next
            }
            Action::SaveFailed(detail) => {
                // A write can only have been tried while writing was allowed; a late failure
                // never lifts Restoring, TimedOut or Blocked.
                if !next.save.may_save() {
                    return next;
                }
                let first = !matches!(next.save, SaveStatus::Failed { .. });
                next.save = SaveStatus::Failed { detail: detail.clone() };
                // One notice per failure spell, not one per keystroke.
                if first { next.notice(Notice::AutosaveFailed { detail }) } else { next }
            }
            Action::LocalDataCleared(sample) => {
                next.kept_aside.clear();
                next.rater = None;
                next.save = SaveStatus::Ready;
                next.replace_scored(*sample).notice(Notice::LocalDataCleared)
            }
            Action::ExportFailed(failed) => next.notice(Notice::ExportFailed { what: failed.what, detail: failed.detail }),
            Action::UpdateAvailable => {
                next.update_available = true;
                next
            }
            Action::Tick { now_ms } => {
                next.now_ms = next.now_ms.max(now_ms);
                next
            }
            Action::OpenLink(text) => next.open_link(text),
            Action::MergeLinks(text) => next.merge_links(&text),
            Action::Share { kind, base } => next.share(kind, base),
            Action::CloseShare => {
                next.sharing = None;
                next
            }
            Action::Present(on) => {
                if let Some(sharing) = next.sharing.as_mut() {
                    sharing.presenting = on;
                }
                next
            }
            Action::Declined { ticket } => {
                if next.opened(ticket) { next.notice(Notice::LinkDeclined) } else { next }
            }
            Action::LocalJudge(settings) => {
                next.local_judge = settings;
                next
            }
            Action::StartJudgeRun => next.start_judge_run(),
            Action::JudgeReply { run, id, outcome } => next.judge_reply(run, id, outcome),
            Action::CancelJudgeRun => next.end_judge_run(true),
            Action::SetLearn(inputs) => {
                next.learn = inputs;
                next.with_lessons()
            }
        }
    }

    /// Starts a run of the local judge, unless one is under way or the endpoint is not on this
    /// computer; the page's frame sends its requests.
    fn start_judge_run(mut self) -> Self {
        use crate::app::local_judge::{self, Phase, Run};
        let settings = &self.local_judge;
        let running = self.judge_run.as_ref().is_some_and(|(_, run)| run.phase == Phase::Running);
        if !settings.enabled || running || local_judge::endpoint_problem(&settings.endpoint).is_some() {
            return self;
        }
        let tasks = local_judge::tasks(&self.session, settings, self.locale);
        let run = Run::new(settings.judge_name(self.locale), settings.endpoint.trim().to_owned(), tasks);
        let number = self.judge_run.as_ref().map_or(1, |(n, _)| n + 1);
        self.judge_run = Some((number, Rc::new(run)));
        self
    }

    fn judge_reply(mut self, number: u64, id: usize, outcome: Result<String, String>) -> Self {
        use crate::app::local_judge::Phase;
        let Some((_, run)) = self.judge_run.as_mut().filter(|(n, _)| *n == number) else { return self };
        let run = Rc::make_mut(run);
        run.reply(id, outcome);
        if run.phase == Phase::Finished { self.end_judge_run(false) } else { self }
    }

    /// Ends the run (cancelled, or every reply in): the scores it read join the session as the
    /// judge's, like a judge's file.
    fn end_judge_run(mut self, cancel: bool) -> Self {
        let Some((_, run)) = self.judge_run.as_mut() else { return self };
        let run = Rc::make_mut(run);
        if cancel {
            if run.phase != crate::app::local_judge::Phase::Running {
                return self;
            }
            run.cancel();
        }
        let work = run.work();
        let name = run.endpoint.clone();
        if work.ratings.is_empty() { self } else { self.add_judge(name, work) }
    }
}

/// How long ago autosave wrote, as the header says it.
pub fn saved_ago(status: &SaveStatus, now_ms: f64) -> Message {
    match status {
        SaveStatus::Restoring => msg!("save-restoring"),
        SaveStatus::Ready => msg!("save-ready"),
        SaveStatus::Saved { at_ms } => {
            let seconds = ((now_ms - at_ms) / 1000.0).max(0.0) as u64;
            match seconds {
                0..10 => msg!("save-just-now"),
                10..60 => msg!("save-seconds-ago", seconds = seconds),
                60..3600 => msg!("save-minutes-ago", minutes = seconds / 60),
                _ => msg!("save-hours-ago", hours = seconds / 3600),
            }
        }
        SaveStatus::Failed { .. } => msg!("save-failed"),
        SaveStatus::TimedOut | SaveStatus::Blocked => msg!("save-blocked"),
    }
}
