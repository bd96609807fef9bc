//! `Evaluator`: the whole of Pingfen's scoring over `core` for JavaScript — open a suite or a
//! scorebook, add answers (any format, other tools' too), ratings and votes, then read the
//! leaderboard, item scores, agreement, pairwise boards, the HTML report and the scorebook.
//! No logic of its own: each method is a `core` call, and every failure is a list of
//! `Problem`s (file, place, message key, the message in the evaluator's language).
//!
//! ```js
//! const evaluator = new Evaluator(dictionary, "zh-Hant");
//! evaluator.open("suite.csv", suiteBytes);
//! evaluator.addAnswers("results.json", promptfooBytes);
//! const board = evaluator.leaderboard();
//! ```

use std::str::FromStr;

use wasm_bindgen::prelude::*;

use crate::core::error::{Location, Problem};
use crate::core::i18n::{msg, Locale};
use crate::core::io::files::{self, Loaded};
use crate::core::io::scorebook::Scorebook;
use crate::core::model::human::{Rating, Vote};
use crate::core::model::session::Session;
use crate::core::results::{self, Results};
use crate::core::text::{Dictionary, Segmenter};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What went wrong, where, and what to do. */
export interface Problem {
  file: string;
  /** Where: `{at: "file"}`, `{at: "line", line}`, `{at: "row", row}`, `{at: "cell", row, column}`,
   *  `{at: "field", field}`, `{at: "item_field", item, field}`, `{at: "answer", index, model, item}`… */
  location: { at: string; [place: string]: string | number };
  /** The message's catalogue key, the same in every language: for code to tell problems apart. */
  key: string;
  /** The problem in the evaluator's language, with its place and what to do. */
  message: string;
}

/** What `open` and `addAnswers` took in. */
export interface Opened {
  kind: "suite" | "scorebook" | "answers" | "rater-work" | "judge";
  items: number;
  models: string[];
  answers: number;
  /** Other tools' files: the tool, answers placed by item id and by prompt, and those left out. */
  tool?: string;
  placedById?: number;
  placedByPrompt?: number;
  unplaced?: { at: number; prompt: string; again: string | null }[];
}

export interface Interval { low: number; high: number }

export interface LanguageScores {
  composite: number | null;
  interval: Interval | null;
  rank: number | null;
  rank_range: [number, number] | null;
  /** One per dimension of the suite, in its order. */
  dimensions: (number | null)[];
}

export interface LeaderboardRow {
  model: string;
  zh: LanguageScores;
  en: LanguageScores;
  overall: number | null;
  overall_interval: Interval | null;
}

export interface ItemScore {
  model: string;
  item: string;
  score: number | null;
  source: "metric" | "human" | "override";
  /** How it was computed: metrics with signatures, the extracted choice, rubric checks. */
  detail: Record<string, unknown>;
  human?: unknown;
  overridden?: { by: string; at: string; reason: string; score: number } | null;
}

export interface Rating { rater: string; model: string; item: string; criterion: string; value: number; comment?: string }
export interface Vote { rater: string; item: string; a: string; b: string; outcome: "a" | "b" | "tie" | "both_bad" }

/** How often a kind of answer won: wins of votes, with its Wilson 95 % interval. */
export interface Rate { wins: number; votes: number; share: number; interval: Interval; flagged: boolean }
/** All people's (rater null) or one rater's first-shown and longer-answer win rates. */
export interface VoteBias { rater: string | null; judge?: boolean; decisive: number; first_shown: Rate | null; longer: Rate | null }

/** A model judge set beside the people. */
export interface JudgeReport {
  judge: string;
  ratings: number;
  verdicts: number;
  criteria: {
    criterion: string; min: number; max: number; units: number;
    kappa: number | null; quadratic: number | null;
    alpha_people: number | null; alpha_with_judge: number | null; mean_difference: number | null;
  }[];
  /** Best first by the judge: its mean over its answers, and people's and its own over the answers both rated. */
  board: { model: string; answers: number; judge: number; judge_rank: number; shared: number; people: number | null; judge_shared: number | null; people_rank: number | null }[];
  rank_correlation: number | null;
  verdicts_agreement?: { compared: number; agreed: number; share: number; kappa: number | null };
  pairwise?: unknown[];
}
"#;

/// A scoring session for JavaScript. Build one per page: the segmenter takes ~0.5 s.
#[wasm_bindgen]
pub struct Evaluator {
    segmenter: Segmenter,
    locale: Locale,
    session: Option<Session>,
    /// The session's results, computed when first asked for after a change.
    results: Option<Results>,
}

/// `problems` as JavaScript `Problem`s, worded in `locale`.
fn problems_to_js(problems: &[Problem], locale: Locale) -> JsValue {
    #[derive(serde::Serialize)]
    struct Shown<'a> {
        file: &'a str,
        location: &'a Location,
        key: &'a str,
        message: String,
    }
    let shown: Vec<Shown> = problems.iter().map(|p| Shown { file: &p.file, location: &p.location, key: &p.message.key, message: p.describe(locale) }).collect();
    to_js(&shown).unwrap_or_else(|error| JsValue::from(error))
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

#[wasm_bindgen]
impl Evaluator {
    /// Builds the segmenter from the dictionary asset's bytes; `locale` ("en", "zh-Hans",
    /// "zh-Hant") words problems and reports.
    #[wasm_bindgen(constructor)]
    pub fn new(dictionary: &[u8], locale: Option<String>) -> Result<Evaluator, JsError> {
        let locale = match locale.as_deref() {
            None | Some("") => Locale::En,
            Some(tag) => Locale::from_str(tag).map_err(|_| JsError::new(&format!("locale must be en, zh-Hans or zh-Hant, not {tag:?}")))?,
        };
        Ok(Evaluator { segmenter: Segmenter::new(Dictionary { bytes: dictionary })?, locale, session: None, results: None })
    }

    /// Opens a file as the app does, told by its name and content: a suite (JSON, CSV, XLSX)
    /// or a scorebook starts a new session; answers (Pingfen's, or promptfoo / lm-eval /
    /// OpenCompass / chat JSONL) and a rater's work join the open one. Throws `Problem[]`;
    /// nothing changes then.
    #[wasm_bindgen(unchecked_return_type = "Opened")]
    pub fn open(&mut self, name: &str, bytes: &[u8]) -> Result<JsValue, JsValue> {
        let loaded = files::read(name, bytes).map_err(|problems| problems_to_js(&problems, self.locale))?;
        self.take(name, loaded).map_err(|problems| problems_to_js(&problems, self.locale))
    }

    /// The same as `open`, for an answers file.
    #[wasm_bindgen(js_name = addAnswers, unchecked_return_type = "Opened")]
    pub fn add_answers(&mut self, name: &str, bytes: &[u8]) -> Result<JsValue, JsValue> {
        self.open(name, bytes)
    }

    /// Adds people's ratings and pairwise votes (`Rating[]`, `Vote[]`) to the open session;
    /// throws `Problem[]` (and adds nothing) when one does not fit the suite.
    #[wasm_bindgen(js_name = addRatings)]
    pub fn add_ratings(&mut self, #[wasm_bindgen(unchecked_param_type = "Rating[]")] ratings: JsValue, #[wasm_bindgen(unchecked_param_type = "Vote[] | undefined")] votes: JsValue) -> Result<(), JsValue> {
        let locale = self.locale;
        let problem = |detail: String| problems_to_js(&[Problem::new("ratings", Location::File, msg!("problem-scorebook-invalid", detail = detail))], locale);
        let ratings: Vec<Rating> = serde_wasm_bindgen::from_value(ratings).map_err(|e| problem(e.to_string()))?;
        let votes: Vec<Vote> = if votes.is_undefined() || votes.is_null() { Vec::new() } else { serde_wasm_bindgen::from_value(votes).map_err(|e| problem(e.to_string()))? };
        let session = self.session.as_ref().ok_or_else(|| no_suite(locale))?;
        let mut next = session.clone();
        next.ratings.extend(ratings);
        next.votes.extend(votes);
        let problems = next.problems("ratings");
        if !problems.is_empty() {
            return Err(problems_to_js(&problems, locale));
        }
        self.session = Some(next);
        self.results = None;
        Ok(())
    }

    /// The leaderboard, best first over both languages.
    #[wasm_bindgen(unchecked_return_type = "LeaderboardRow[]")]
    pub fn leaderboard(&mut self) -> Result<JsValue, JsValue> {
        let (session, results) = self.scored()?;
        let rows = crate::core::aggregate::leaderboard(&session.suite, &results.table, &results.models, crate::core::aggregate::SortKey::Overall);
        to_js(&rows).map_err(JsValue::from)
    }

    /// Every model's score on every item, with how it was computed.
    #[wasm_bindgen(js_name = itemScores, unchecked_return_type = "ItemScore[]")]
    pub fn item_scores(&mut self) -> Result<JsValue, JsValue> {
        let (_, results) = self.scored()?;
        to_js(&results.items).map_err(JsValue::from)
    }

    /// Every score of the results table: model × language × dimension × sub-task, with intervals.
    pub fn table(&mut self) -> Result<JsValue, JsValue> {
        let (_, results) = self.scored()?;
        to_js(&results.table).map_err(JsValue::from)
    }

    /// Agreement between raters per criterion (Krippendorff's α, Cohen's/Fleiss' κ) and the
    /// answers they disagree on most.
    pub fn agreement(&mut self) -> Result<JsValue, JsValue> {
        let (_, results) = self.scored()?;
        to_js(&(&results.human.agreement, &results.human.disagreements)).map_err(JsValue::from)
    }

    /// The pairwise boards (Bradley-Terry ratings from the votes, with their warnings).
    pub fn pairwise(&mut self) -> Result<JsValue, JsValue> {
        let (_, results) = self.scored()?;
        to_js(&results.human.pairwise).map_err(JsValue::from)
    }

    /// How often the answer shown first, and the longer answer, win the pairwise votes: all
    /// people's, then each rater's (model judges' marked).
    #[wasm_bindgen(unchecked_return_type = "VoteBias[]")]
    pub fn bias(&mut self) -> Result<JsValue, JsValue> {
        let (_, results) = self.scored()?;
        to_js(&results.human.bias).map_err(JsValue::from)
    }

    /// Model judges (opened from their files) beside the people: agreement per criterion,
    /// the judge's leaderboard beside people's, verdict agreement.
    #[wasm_bindgen(unchecked_return_type = "JudgeReport[]")]
    pub fn judges(&mut self) -> Result<JsValue, JsValue> {
        let (_, results) = self.scored()?;
        to_js(&results.human.judges).map_err(JsValue::from)
    }

    /// The self-contained HTML report, in `locale` (else the evaluator's).
    pub fn report(&mut self, locale: Option<String>, created: &str) -> Result<String, JsValue> {
        let locale = locale.as_deref().and_then(|tag| Locale::from_str(tag).ok()).unwrap_or(self.locale);
        let (session, results) = self.scored()?;
        Ok(crate::core::report::html(session, results, locale, created))
    }

    /// The scorebook as the app exports it (JSON text); `created` is its time stamp.
    pub fn scorebook(&mut self, created: &str) -> Result<String, JsValue> {
        let (session, results) = self.scored()?;
        Scorebook::new(session, results, created).to_json().map_err(|e| JsValue::from(JsError::new(&e.to_string())))
    }
}

fn no_suite(locale: Locale) -> JsValue {
    problems_to_js(&[Problem::new("", Location::File, msg!("problem-evaluator-no-suite"))], locale)
}

impl Evaluator {
    fn scored(&mut self) -> Result<(&Session, &Results), JsValue> {
        let locale = self.locale;
        let session = self.session.as_ref().ok_or_else(|| no_suite(locale))?;
        let segmenter = &self.segmenter;
        let results = self.results.get_or_insert_with(|| results::compute(session, segmenter));
        Ok((session, results))
    }

    fn take(&mut self, name: &str, loaded: Loaded) -> Result<JsValue, Vec<Problem>> {
        #[derive(serde::Serialize, Default)]
        #[serde(rename_all = "camelCase")]
        struct Opened {
            kind: &'static str,
            items: usize,
            models: Vec<String>,
            answers: usize,
            #[serde(skip_serializing_if = "Option::is_none")]
            tool: Option<&'static str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            placed_by_id: Option<usize>,
            #[serde(skip_serializing_if = "Option::is_none")]
            placed_by_prompt: Option<usize>,
            #[serde(skip_serializing_if = "Option::is_none")]
            unplaced: Option<Vec<crate::core::io::foreign::Unplaced>>,
        }
        let no_session = || vec![Problem::new(name, Location::File, msg!("problem-evaluator-no-suite"))];
        let mut opened = Opened::default();
        let next = match loaded {
            Loaded::Suite(suite) => {
                opened.kind = "suite";
                Session::new(*suite, Vec::new())
            }
            Loaded::Session(session) => {
                opened.kind = "scorebook";
                *session
            }
            Loaded::Withheld(withheld) => {
                opened.kind = "scorebook";
                withheld.session
            }
            Loaded::Answers(answers) => {
                opened.kind = "answers";
                with_answers(self.session.as_ref().ok_or_else(no_session)?, name, answers)?
            }
            Loaded::Foreign(foreign) => {
                opened.kind = "answers";
                let session = self.session.as_ref().ok_or_else(no_session)?;
                let matched = foreign.answers_for(&session.suite);
                if matched.answers.is_empty() {
                    return Err(vec![crate::core::io::foreign::nothing_placed(name, foreign.tool.name(), foreign.records.len())]);
                }
                opened.tool = Some(foreign.tool.name());
                opened.placed_by_id = Some(matched.by_id);
                opened.placed_by_prompt = Some(matched.by_prompt);
                opened.unplaced = Some(matched.unplaced.clone());
                with_answers(session, name, matched.answers)?
            }
            Loaded::RaterWork(work) => {
                opened.kind = "rater-work";
                let mut session = self.session.clone().ok_or_else(no_session)?;
                let other = |crate::core::human::merge::Refusal::DifferentSuite { loaded, incoming }| {
                    vec![Problem::new(name, Location::File, msg!("problem-link-rater-other-suite", incoming = incoming, loaded = loaded))]
                };
                let incoming = work.into_session(&session.suite).map_err(other)?;
                let problems = incoming.problems(name);
                if !problems.is_empty() {
                    return Err(problems);
                }
                crate::core::human::merge::merge(&mut session, incoming).map_err(other)?;
                session
            }
            Loaded::Judged(work) => {
                opened.kind = "judge";
                let mut session = self.session.clone().ok_or_else(no_session)?;
                let incoming = work.into_session(&session)?;
                let other = |crate::core::human::merge::Refusal::DifferentSuite { loaded, incoming }| {
                    vec![Problem::new(name, Location::File, msg!("problem-merge-different-suite", incoming = incoming, loaded = loaded))]
                };
                crate::core::human::merge::merge(&mut session, incoming).map_err(other)?;
                session
            }
        };
        opened.items = next.suite.items.len();
        opened.models = next.models();
        opened.answers = next.answers.len();
        self.session = Some(next);
        self.results = None;
        to_js(&opened).map_err(|error| vec![Problem::new(name, Location::File, msg!("problem-scorebook-invalid", detail = format!("{error:?}")))])
    }
}

/// `session` with `answers` added (a new answer replaces the old one to the same item), or
/// the problems that keep them out.
fn with_answers(session: &Session, name: &str, answers: Vec<crate::core::model::answers::Answer>) -> Result<Session, Vec<Problem>> {
    let problems = crate::core::model::answers::problems(name, &answers, &session.suite);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut next = session.clone();
    next.add_answers(answers);
    Ok(next)
}
