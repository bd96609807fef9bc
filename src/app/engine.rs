//! The engine: the heavy half of Pingfen — jieba, scoring, aggregation with intervals, the
//! file readers (spreadsheets, encodings) and the workbook writer — behind [`Job`]s and
//! [`Reply`]s.
//!
//! In the browser it runs in a Web Worker (`src/bin/engine.rs`), so the page never freezes
//! and its first download carries none of this code: the page only sends jobs and takes
//! replies (`AppState::reduce`). Natively (tests, the bench) the same [`Engine`] runs in
//! place. Scoring advances in steps ([`Engine::step`]), so the worker can report progress and
//! read a cancel between two steps.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::app::state::{Chip, DictionaryStatus, EngineLink, LoadFailure, Segmented, MAX_CHIPS, PAGE_AGGREGATES_UP_TO};
use crate::core::aggregate::{self, Comparison, Pairing, Resampling, Scope};
use crate::core::io::export::{self, Table};
use crate::core::io::files::{self, Loaded};
use crate::core::io::foreign::{Foreign, Matched};
use crate::core::io::link::{self, Made, Shared};
use crate::core::metrics::overlap::{self, Piece};
use crate::core::model::answers::{self, Answer};
use crate::core::model::human::{Override, Rater, Rating, Vote};
use crate::core::model::limits::too_many_answers;
use crate::core::model::rule::Rule;
use crate::core::model::session::Session;
use crate::core::model::suite::Suite;
use crate::core::results::{self, Results};
use crate::core::scoring::{self, ItemScore, Pair};
use crate::core::text::{count, detect, Dictionary, Hmm, Lang, Script, Segmenter};
use crate::core::i18n::msg;
use crate::core::{Error, Location, Problem};

/// What the page asks of the engine. Each job carries a ticket; its replies carry it back, and
/// the page takes only the replies of the tickets it still waits for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Job {
    /// Build the segmenter from the dictionary's bytes (brotli; fetched by the page, moved to
    /// the worker without a copy).
    Dictionary {
        #[serde(skip)]
        bytes: Vec<u8>,
    },
    /// Results of the session: scored anew when `inputs` come (the suite or the answers
    /// changed), else re-aggregated over the automatic scores the engine keeps (a rating, a
    /// vote, an override, another rule).
    Score { ticket: u64, inputs: Option<Box<Inputs>>, people: People },
    /// Stop work on `ticket`: the person cancelled it.
    Cancel { ticket: u64 },
    /// Cut the playground's text.
    Segment { ticket: u64, text: String, hmm: Hmm },
    /// Mark the words each answer shares with the item's references.
    Highlight { ticket: u64, item: String, lang: Lang, references: Vec<String>, answers: Vec<(String, String)> },
    /// Read a file the person picked or dropped. The bytes travel beside the job, not in its
    /// JSON: in the browser the picked file itself goes to the worker, which reads it, so a
    /// 50 MB file never enters the page's memory.
    Read {
        ticket: u64,
        name: String,
        purpose: Purpose,
        /// The page's number for the picked file it hands the worker beside this job (see
        /// `ui::files::hold`); None when `bytes` are the file's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        held: Option<u32>,
        #[serde(skip)]
        bytes: Vec<u8>,
    },
    /// Write tables as an .xlsx workbook named `name`.
    Workbook { ticket: u64, name: String, tables: Vec<Table> },
    /// Is the difference between two models real? A paired permutation test and bootstrap
    /// interval: thousands of re-aggregations, too long for the page's thread.
    Compare { ticket: u64, ask: Box<CompareAsk> },
    /// Read a share link (`text`: the URL or its fragment) as the file `name` would be read.
    ReadLink { ticket: u64, name: String, purpose: Purpose, text: String },
    /// Place another tool's answers (a file read earlier) on the items of `suite`, the page's
    /// suite when the file came. Prompts are compared after Traditional → Simplified folding,
    /// whose tables stay in the engine's wasm, out of the page's first download.
    Place { ticket: u64, foreign: Box<Foreign>, suite: Box<Suite> },
    /// Draft a suite from another tool's answers (prompts and gold answers) and place them on it.
    Draft { ticket: u64, foreign: Box<Foreign> },
    /// Is each model's language gap real? A thousand re-aggregations, like `Compare`.
    Gaps { ticket: u64, ask: Box<GapsAsk> },
    /// Pack `shared` into a link to the page at `base`, with its QR code when it fits one.
    MakeLink { ticket: u64, base: String, shared: Box<Shared> },
    /// Work "How scoring works"'s examples on the person's inputs (tokens need jieba).
    Explain { ticket: u64, inputs: Box<crate::core::explain::Inputs> },
}

/// Two models' item scores and the scope to compare them on, with what aggregating needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareAsk {
    /// The suite's [`Suite::outline`]: its items' texts are not needed.
    pub suite: Suite,
    pub first: String,
    pub second: String,
    /// `first`'s and `second`'s scores in suite order ([`aggregate::compared_rows`]).
    pub rows: [Vec<Option<f64>>; 2],
    pub scope: Scope,
    pub rule: Rule,
}

impl CompareAsk {
    /// What the page asks: `first` against `second` on `scope`, over the session's scores.
    pub fn new(suite: &Suite, scores: &[ItemScore], first: &str, second: &str, scope: Scope, rule: Rule) -> Self {
        let rows = aggregate::compared_rows(suite, scores, first, second);
        CompareAsk { suite: suite.outline(), first: first.to_owned(), second: second.to_owned(), rows, scope, rule }
    }

    /// The test; `None` when the two are the same model or share no scored item in scope.
    pub fn answer(&self) -> Option<Comparison> {
        if self.first == self.second {
            return None;
        }
        let [a, b] = &self.rows;
        let pairing = Pairing { first: &self.first, second: &self.second, a, b };
        aggregate::compare_rows(&self.suite, pairing, &self.scope, self.rule, Resampling::default())
    }
}

/// Every model's scores and what aggregating needs, for the language gaps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GapsAsk {
    /// The suite's [`Suite::outline`]: its items' texts are not needed.
    pub suite: Suite,
    pub models: Vec<String>,
    /// Each model's scores in suite order ([`aggregate::score_matrix`]).
    pub matrix: Vec<Vec<Option<f64>>>,
    pub rule: Rule,
}

impl GapsAsk {
    /// What the page asks, over the session's scores.
    pub fn new(suite: &Suite, scores: &[ItemScore], models: &[String], rule: Rule) -> Self {
        GapsAsk { suite: suite.outline(), models: models.to_vec(), matrix: aggregate::score_matrix(suite, scores, models), rule }
    }

    pub fn answer(&self) -> aggregate::LanguageGaps {
        aggregate::language_gaps(&self.suite, &self.matrix, &self.models, self.rule, Resampling::default())
    }
}

impl Job {
    pub fn ticket(&self) -> u64 {
        match self {
            Job::Dictionary { .. } => 0,
            Job::Score { ticket, .. }
            | Job::Cancel { ticket }
            | Job::Segment { ticket, .. }
            | Job::Highlight { ticket, .. }
            | Job::Read { ticket, .. }
            | Job::Workbook { ticket, .. }
            | Job::Compare { ticket, .. }
            | Job::ReadLink { ticket, .. }
            | Job::Place { ticket, .. }
            | Job::Draft { ticket, .. }
            | Job::Gaps { ticket, .. }
            | Job::MakeLink { ticket, .. }
            | Job::Explain { ticket, .. } => *ticket,
        }
    }
}

/// Why a file is read: to open it, or to merge a rater's file into the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    Open,
    Merge,
}

/// The suite and answers, and their automatic scores when the page already has them (the
/// built-in sample ships scored, so its first rating needs no dictionary).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    pub suite: Suite,
    pub answers: Vec<Answer>,
    pub automatic: Option<Vec<ItemScore>>,
}

/// What people added to a session: everything but the suite and the answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct People {
    pub ratings: Vec<Rating>,
    pub votes: Vec<Vote>,
    pub aggregation: Rule,
    pub raters: Vec<Rater>,
    pub overrides: Vec<Override>,
}

impl People {
    /// What the engine needs of `session`'s people: their ratings without comments (no score
    /// reads them, and a workshop's long comments would otherwise cross to the worker with
    /// every rating: 50 MB for 2,000 ratings of 25 KB).
    pub fn of(session: &Session) -> Self {
        People {
            ratings: session.ratings.iter().map(|rating| Rating { comment: None, ..rating.clone() }).collect(),
            votes: session.votes.clone(),
            aggregation: session.aggregation,
            raters: session.raters.clone(),
            overrides: session.overrides.clone(),
        }
    }

    fn into_session(self, suite: Suite, answers: Vec<Answer>) -> Session {
        Session { suite, answers, ratings: self.ratings, votes: self.votes, aggregation: self.aggregation, raters: self.raters, overrides: self.overrides }
    }
}

/// What the engine tells the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// Where the dictionary is on its way to a segmenter.
    Dictionary(DictionaryStatus),
    /// Scoring `ticket` has scored `done` of `total` answers.
    Progress { ticket: u64, done: usize, total: usize },
    /// The results; with the automatic scores too when the page re-aggregates them itself
    /// (small sessions: see [`PAGE_AGGREGATES_UP_TO`]).
    Scored {
        ticket: u64,
        results: Box<Results>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        automatic: Option<Vec<ItemScore>>,
    },
    /// Item scores of `ticket`'s results, sent ahead of them ([`in_parts`]): the page reads a
    /// large session's results part by part, never megabytes in one go.
    ScoredItems { ticket: u64, items: Vec<ItemScore> },
    /// Answers of `ticket`'s read file, sent ahead of it ([`in_parts`]), like item scores.
    ReadAnswers { ticket: u64, answers: Vec<Answer> },
    /// The engine holds no suite and answers (it was restarted): send them with the job.
    NeedInputs { ticket: u64 },
    Cancelled { ticket: u64 },
    Segmented { ticket: u64, segmented: Segmented },
    Highlighted { ticket: u64, item: String, marked: Vec<Marked> },
    Compared { ticket: u64, comparison: Option<Comparison> },
    Read {
        ticket: u64,
        name: String,
        purpose: Purpose,
        outcome: Result<Loaded, Vec<Problem>>,
        /// The encoding a text file was read in, when it was guessed (not UTF-8, no BOM).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        read_as: Option<String>,
    },
    /// The link `MakeLink` asked for, or why it could not be made.
    Link { ticket: u64, outcome: Result<Made, String> },
    /// How `Place`'s answers met the suite's items.
    Placed { ticket: u64, matched: Matched },
    /// The language gaps `Gaps` asked for.
    Gaps { ticket: u64, gaps: Box<aggregate::LanguageGaps> },
    /// "How scoring works"'s examples, worked.
    Explained { ticket: u64, lessons: Box<crate::core::explain::Lessons> },
    /// The suite `Draft` drafted with the answers placed on it, or why none could be.
    Drafted { ticket: u64, outcome: Result<(Box<Suite>, Vec<Answer>), Vec<Problem>> },
    /// The workbook's bytes travel beside the reply, like a read file's.
    Workbook {
        ticket: u64,
        name: String,
        outcome: Result<(), String>,
        #[serde(skip)]
        bytes: Vec<u8>,
    },
}

impl Reply {
    /// The answer to a `Read` whose file could not be read at all (removed, or refused by the
    /// browser): said as the file's problem, like one that does not parse.
    pub fn unreadable(ticket: u64, name: String, purpose: Purpose, detail: String) -> Reply {
        let problem = Problem::new(&name, Location::File, msg!("problem-file-unreadable", detail = detail));
        Reply::Read { ticket, name, purpose, outcome: Err(vec![problem]), read_as: None }
    }
}

/// One answer's words marked against its item's references.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Marked {
    pub model: String,
    pub pieces: Vec<Piece>,
    /// The answer's script, when its Chinese references are written in the other one.
    pub other_script: Option<Script>,
}

/// The suite and answers last sent, and their automatic scores once computed.
struct Held {
    suite: Suite,
    answers: Vec<Answer>,
    automatic: Option<Vec<ItemScore>>,
}

/// Scoring under way.
struct Run {
    ticket: u64,
    people: People,
    models: Vec<String>,
    pairs: Vec<Pair>,
    scores: Vec<ItemScore>,
}

/// The engine's state: the segmenter once built, the session's inputs, the scoring under way
/// and the jobs that wait for the segmenter.
pub struct Engine {
    segmenter: Option<Rc<Segmenter>>,
    held: Option<Held>,
    run: Option<Run>,
    parked: Vec<Job>,
    /// Milliseconds from some origin (the core has no clock): how long building and cutting took.
    clock: fn() -> f64,
}

impl Engine {
    pub fn new(clock: fn() -> f64) -> Self {
        Engine { segmenter: None, held: None, run: None, parked: Vec::new(), clock }
    }

    /// An engine whose segmenter is already built (natively, from the embedded dictionary).
    pub fn with_segmenter(segmenter: Rc<Segmenter>, clock: fn() -> f64) -> Self {
        Engine { segmenter: Some(segmenter), ..Engine::new(clock) }
    }

    /// The segmenter is built: jobs that waited for it run now.
    pub fn set_segmenter(&mut self, segmenter: Rc<Segmenter>) -> Vec<Reply> {
        self.segmenter = Some(segmenter);
        std::mem::take(&mut self.parked).into_iter().flat_map(|job| self.take(job)).collect()
    }

    fn build_segmenter(&mut self, bytes: &[u8]) -> Vec<Reply> {
        let started = (self.clock)();
        match Segmenter::new(Dictionary { bytes: bytes }) {
            Ok(segmenter) => {
                let status = DictionaryStatus::Ready { bytes: bytes.len(), words: segmenter.dictionary_words(), build_ms: (self.clock)() - started };
                let mut replies = vec![Reply::Dictionary(status)];
                replies.extend(self.set_segmenter(Rc::new(segmenter)));
                replies
            }
            // The technical detail only: the catalogue's sentence around it says what to do.
            Err(Error::DictionaryCorrupt { detail } | Error::DictionaryEntry(detail)) => {
                vec![Reply::Dictionary(DictionaryStatus::Failed(LoadFailure::Corrupt { detail }))]
            }
        }
    }

    pub fn dictionary_words(&self) -> Option<usize> {
        self.segmenter.as_deref().map(Segmenter::dictionary_words)
    }

    /// Whether scoring is under way and can advance (it waits for the segmenter).
    pub fn busy(&self) -> bool {
        self.run.is_some() && self.segmenter.is_some()
    }

    /// Takes a job: what can be answered at once is answered; scoring starts (advance it with
    /// [`Engine::step`]); jobs that need the segmenter wait for it.
    pub fn take(&mut self, job: Job) -> Vec<Reply> {
        match job {
            Job::Dictionary { bytes } => self.build_segmenter(&bytes),
            Job::Score { ticket, inputs, people } => self.score(ticket, inputs, people),
            Job::Cancel { ticket } => match self.run.take() {
                Some(run) if run.ticket == ticket => vec![Reply::Cancelled { ticket }],
                other => {
                    self.run = other;
                    Vec::new()
                }
            },
            job @ (Job::Segment { .. } | Job::Highlight { .. } | Job::Explain { .. }) if self.segmenter.is_none() => {
                self.parked.push(job);
                Vec::new()
            }
            Job::Segment { ticket, text, hmm } => vec![Reply::Segmented { ticket, segmented: self.segment(&text, hmm) }],
            Job::Explain { ticket, inputs } => {
                let Some(segmenter) = &self.segmenter else { return Vec::new() };
                vec![Reply::Explained { ticket, lessons: Box::new(crate::core::explain::lessons(segmenter, &inputs)) }]
            }
            Job::Highlight { ticket, item, lang, references, answers } => {
                let Some(segmenter) = &self.segmenter else { return Vec::new() };
                let marked = answers
                    .into_iter()
                    .map(|(model, answer)| Marked {
                        pieces: overlap::highlight(segmenter, lang, &answer, &references),
                        other_script: (lang == Lang::Zh && Script::differs(&answer, &references)).then(|| Script::of(&answer)),
                        model,
                    })
                    .collect();
                vec![Reply::Highlighted { ticket, item, marked }]
            }
            Job::Read { ticket, name, purpose, bytes, .. } => {
                // A file far over the limit is refused on its count, before it is parsed.
                let (outcome, read_as) = match files::read_counted(&name, &bytes, |count| too_many_answers(&name, count)) {
                    Ok(read) => match within_limit(&name, read.loaded) {
                        Ok(loaded) => (Ok(loaded), read.read_as.map(str::to_owned)),
                        Err(problems) => (Err(problems), None),
                    },
                    Err(problems) => (Err(problems), None),
                };
                vec![Reply::Read { ticket, name, purpose, outcome, read_as }]
            }
            Job::Place { ticket, foreign, suite } => vec![Reply::Placed { ticket, matched: foreign.answers_for(&suite) }],
            Job::Draft { ticket, foreign } => {
                let outcome = foreign.draft_suite().map(|suite| {
                    let answers = foreign.answers_for(&suite).answers;
                    (Box::new(suite), answers)
                });
                vec![Reply::Drafted { ticket, outcome }]
            }
            Job::Workbook { ticket, name, tables } => {
                let (outcome, bytes) = match export::to_xlsx(&tables) {
                    Ok(bytes) => (Ok(()), bytes),
                    Err(error) => (Err(error.to_string()), Vec::new()),
                };
                vec![Reply::Workbook { ticket, name, outcome, bytes }]
            }
            Job::Compare { ticket, ask } => vec![Reply::Compared { ticket, comparison: ask.answer() }],
            Job::Gaps { ticket, ask } => vec![Reply::Gaps { ticket, gaps: Box::new(ask.answer()) }],
            Job::ReadLink { ticket, name, purpose, text } => {
                let outcome = link::read(&name, &text).and_then(|loaded| within_limit(&name, loaded));
                vec![Reply::Read { ticket, name, purpose, outcome, read_as: None }]
            }
            Job::MakeLink { ticket, base, shared } => vec![Reply::Link { ticket, outcome: link::make(&base, &shared) }],
        }
    }

    fn score(&mut self, ticket: u64, inputs: Option<Box<Inputs>>, people: People) -> Vec<Reply> {
        // A rating during a run changes only what the run aggregates at its end: it goes on.
        if inputs.is_none()
            && let Some(run) = self.run.as_mut()
        {
            run.ticket = ticket;
            run.people = people;
            return Vec::new();
        }
        // New inputs replace the run under way: its results would be out of date.
        self.run = None;
        if let Some(inputs) = inputs {
            let Inputs { suite, answers, automatic } = *inputs;
            let automatic = automatic.filter(|scores| scores.len() == answers::models(&answers).len() * suite.items.len());
            self.held = Some(Held { suite, answers, automatic });
        }
        let Some(held) = &self.held else { return vec![Reply::NeedInputs { ticket }] };
        if let Some(automatic) = &held.automatic {
            let session = people.into_session(held.suite.clone(), held.answers.clone());
            return vec![Reply::Scored { ticket, results: Box::new(results::from_automatic(&session, automatic.clone())), automatic: None }];
        }
        let models = answers::models(&held.answers);
        let pairs = scoring::pairs(&held.suite, &held.answers, &models);
        self.run = Some(Run { ticket, people, models, scores: Vec::with_capacity(pairs.len()), pairs });
        Vec::new()
    }

    /// Scores up to `budget` more answers of the run under way: its progress, or its results
    /// once every answer is scored. `None` when there is nothing to do (or the segmenter is
    /// not built yet).
    pub fn step(&mut self, budget: usize) -> Option<Reply> {
        let segmenter = self.segmenter.as_ref()?;
        let run = self.run.as_mut()?;
        let held = self.held.as_ref()?;
        let from = run.scores.len();
        let to = from.saturating_add(budget.max(1)).min(run.pairs.len());
        for pair in &run.pairs[from..to] {
            let answer = pair.answer.map(|i| held.answers[i].answer.as_str());
            run.scores.push(scoring::score_item(segmenter, &held.suite.items[pair.item], held.suite.chinese_script, &run.models[pair.model], answer));
        }
        if to < run.pairs.len() {
            return Some(Reply::Progress { ticket: run.ticket, done: to, total: run.pairs.len() });
        }
        let run = self.run.take()?;
        let held = self.held.as_mut()?;
        held.automatic = Some(run.scores.clone());
        let session = run.people.into_session(held.suite.clone(), held.answers.clone());
        let automatic = (run.scores.len() <= PAGE_AGGREGATES_UP_TO).then(|| run.scores.clone());
        Some(Reply::Scored { ticket: run.ticket, results: Box::new(results::from_automatic(&session, run.scores)), automatic })
    }

    /// Runs `job` to the end, in place: every reply it brings, in order.
    pub fn run_to_end(&mut self, job: Job) -> Vec<Reply> {
        let mut replies = self.take(job);
        while let Some(reply) = self.step(usize::MAX) {
            replies.push(reply);
        }
        replies
    }

    fn segment(&self, text: &str, hmm: Hmm) -> Segmented {
        let Some(segmenter) = &self.segmenter else {
            return Segmented { chips: Vec::new(), total: 0, detected: detect(text), counts: count(text), elapsed_ms: 0.0 };
        };
        let started = (self.clock)();
        let tokens = segmenter.words(text, hmm);
        let elapsed_ms = (self.clock)() - started;
        Segmented {
            total: tokens.len(),
            chips: tokens.iter().take(MAX_CHIPS).map(|token| Chip { text: token.text.to_owned(), kind: token.kind() }).collect(),
            detected: detect(text),
            counts: count(text),
            elapsed_ms,
        }
    }
}

/// Item scores per [`Reply::ScoredItems`] part, answers per [`Reply::ReadAnswers`] part: a
/// few milliseconds of reading on the page.
pub const ITEMS_PER_PART: usize = 500;

/// `reply` as it travels: results with many item scores go as parts of `per_part` item scores,
/// then the results with the rest; a read file with many answers (a scorebook of 16 models x
/// 1,000 items, say) as parts of `per_part` answers, then the file with the rest. [`Parts`]
/// puts them together again.
pub fn in_parts(reply: Reply, per_part: usize) -> Vec<Reply> {
    let per_part = per_part.max(1);
    match reply {
        Reply::Scored { ticket, mut results, automatic } => {
            let mut replies: Vec<Reply> = split_off_parts(&mut results.items, per_part).map(|items| Reply::ScoredItems { ticket, items }).collect();
            replies.push(Reply::Scored { ticket, results, automatic });
            replies
        }
        Reply::Read { ticket, name, purpose, outcome: Ok(mut loaded), read_as } => {
            let mut replies: Vec<Reply> = match &mut loaded {
                Loaded::Answers(answers) => split_off_parts(answers, per_part).map(|answers| Reply::ReadAnswers { ticket, answers }).collect(),
                Loaded::Session(session) => split_off_parts(&mut session.answers, per_part).map(|answers| Reply::ReadAnswers { ticket, answers }).collect(),
                Loaded::Withheld(withheld) => split_off_parts(&mut withheld.session.answers, per_part).map(|answers| Reply::ReadAnswers { ticket, answers }).collect(),
                // Another tool's answers travel whole: the page places them on its suite.
                Loaded::Suite(_) | Loaded::RaterWork(_) | Loaded::Foreign(_) | Loaded::Judged(_) => Vec::new(),
            };
            replies.push(Reply::Read { ticket, name, purpose, outcome: Ok(loaded), read_as });
            replies
        }
        other => vec![other],
    }
}

/// Takes `all` apart from the front in parts of `per_part`, leaving the last (at most
/// `per_part`) in it.
fn split_off_parts<T>(all: &mut Vec<T>, per_part: usize) -> impl Iterator<Item = Vec<T>> {
    let mut parts = Vec::new();
    while all.len() > per_part {
        let rest = all.split_off(per_part);
        parts.push(std::mem::replace(all, rest));
    }
    parts.into_iter()
}

/// The page's side of [`in_parts`]: holds the parts of results or of a read file on their way.
#[derive(Debug, Default)]
pub struct Parts {
    ticket: u64,
    items: Vec<ItemScore>,
    answers: Vec<Answer>,
}

impl Parts {
    /// The reply to act on, once whole: `None` while parts are still arriving.
    pub fn take(&mut self, reply: Reply) -> Option<Reply> {
        match reply {
            Reply::ScoredItems { ticket, items } => {
                self.part_of(ticket);
                self.items.extend(items);
                None
            }
            Reply::ReadAnswers { ticket, answers } => {
                self.part_of(ticket);
                self.answers.extend(answers);
                None
            }
            Reply::Scored { ticket, mut results, automatic } => {
                let mut items = self.whole(ticket).0;
                if !items.is_empty() {
                    items.append(&mut results.items);
                    results.items = items;
                }
                Some(Reply::Scored { ticket, results, automatic })
            }
            Reply::Read { ticket, name, purpose, outcome, read_as } => {
                let mut answers = self.whole(ticket).1;
                let outcome = outcome.map(|mut loaded| {
                    let rest = match &mut loaded {
                        Loaded::Answers(rest) => Some(rest),
                        Loaded::Session(session) => Some(&mut session.answers),
                        Loaded::Withheld(withheld) => Some(&mut withheld.session.answers),
                        Loaded::Suite(_) | Loaded::RaterWork(_) | Loaded::Foreign(_) | Loaded::Judged(_) => None,
                    };
                    if let Some(rest) = rest.filter(|_| !answers.is_empty()) {
                        answers.append(rest);
                        *rest = answers;
                    }
                    loaded
                });
                Some(Reply::Read { ticket, name, purpose, outcome, read_as })
            }
            other => Some(other),
        }
    }

    /// A part of `ticket`'s reply: the first of a newer reply makes an older one's out of date.
    fn part_of(&mut self, ticket: u64) {
        if ticket != self.ticket {
            self.ticket = ticket;
            self.items.clear();
            self.answers.clear();
        }
    }

    /// The parts gathered for `ticket` (none for another reply's), given up.
    fn whole(&mut self, ticket: u64) -> (Vec<ItemScore>, Vec<Answer>) {
        let parts = (std::mem::take(&mut self.items), std::mem::take(&mut self.answers));
        if ticket == self.ticket { parts } else { Default::default() }
    }
}

/// A file holding more answers than a session scores is refused here, before its contents
/// travel to the page.
fn within_limit(name: &str, loaded: Loaded) -> Result<Loaded, Vec<Problem>> {
    let count = match &loaded {
        Loaded::Answers(answers) => answers.len(),
        Loaded::Session(session) => session.models().len() * session.suite.items.len(),
        Loaded::Withheld(withheld) => withheld.automatic.len(),
        Loaded::Foreign(foreign) => foreign.records.len(),
        Loaded::Judged(work) => work.answers.len(),
        Loaded::Suite(_) | Loaded::RaterWork(_) => 0,
    };
    match too_many_answers(name, count) {
        Some(problem) => Err(vec![problem]),
        None => Ok(loaded),
    }
}

/// A link whose jobs `engine` answers in place, each run to its end (natively: tests, the
/// command line).
pub fn inline(engine: Engine) -> EngineLink {
    let engine = RefCell::new(engine);
    EngineLink::inline(move |job| engine.borrow_mut().run_to_end(job))
}
