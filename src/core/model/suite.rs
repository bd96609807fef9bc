//! Suites: what is asked, how it is scored, and how scores roll up.
//!
//! A suite file is parsed into `Raw*` serde types, then checked into [`Suite`]: views and
//! scoring only ever see checked suites. Errors name the file, the item and the field, and say
//! what to do.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::core::error::{Location, Problem};
use crate::core::i18n::{msg, Locale, Message};
use crate::core::model::limits::MAX_ANSWER_CHARS;
use crate::core::metrics::standard::MetricName;
use crate::core::model::rubric::Check;
use crate::core::text::{Lang, Normalize};

/// The letters a choice item's options may have: the ones the answer extractor
/// (`core::rubric::choice`) recognises in "答案是B" or "The answer is (C)" — a suite with an
/// option it could never pick is refused, not silently scored 0.
pub const OPTION_LETTERS: &str = "ABCDEFGH";

/// Whether `key` is one of [`OPTION_LETTERS`].
pub fn is_option_letter(key: &str) -> bool {
    let mut chars = key.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if OPTION_LETTERS.contains(c))
}

/// The suite schema this build reads and writes.
pub const SUITE_SCHEMA: &str = "pingfen.suite/1";

/// Text in the interface languages: `{"en": "…", "zh": "…", "zh-Hant": "…"}` (any may be
/// missing; `zh` is Simplified, `zh-Hant` Traditional).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    #[serde(default, rename = "zh-Hant", skip_serializing_if = "Option::is_none")]
    pub zh_hant: Option<String>,
}

impl Localized {
    /// The text in `lang`, falling back to the other language.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Zh => (&self.zh, &self.en),
            Lang::En => (&self.en, &self.zh),
        };
        first.as_deref().or(second.as_deref()).unwrap_or("")
    }

    /// The text for an interface in `locale`: Traditional falls back to `zh`, then English.
    pub fn in_locale(&self, locale: Locale) -> &str {
        match locale {
            Locale::ZhHant => self.zh_hant.as_deref().unwrap_or_else(|| self.get(Lang::Zh)),
            Locale::ZhHans => self.get(Lang::Zh),
            Locale::En => self.get(Lang::En),
        }
    }
}

/// Easy or hard, as the HKU framework grades sub-tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Easy,
    Hard,
}

/// How an item is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// Multiple choice: the extracted option set must equal `answer`.
    Choice,
    /// Reference metrics against `references` (the first metric listed is the item's score).
    Reference,
    /// Rubric checks (key points, forbidden content, length…), averaged.
    Rubric,
    /// Open-ended: scored by people (Likert ratings, pairwise votes).
    Open,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subtask {
    pub id: String,
    pub name: Localized,
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    pub id: String,
    pub name: Localized,
    #[serde(default = "one")]
    pub weight: f64,
    pub subtasks: Vec<Subtask>,
}

fn one() -> f64 {
    1.0
}

/// A human rating criterion on a scale, with anchored descriptions of its points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: String,
    pub name: Localized,
    /// The scale's id in [`Suite::scales`].
    pub scale: String,
}

/// A rating scale: `min`..=`max`, with anchors for some points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    pub min: i32,
    pub max: i32,
    #[serde(default)]
    pub anchors: BTreeMap<String, Localized>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rubric {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub lang: Lang,
    pub dimension: String,
    pub subtask: String,
    pub kind: ItemKind,
    pub prompt: String,
    /// Choice items: option texts by letter.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
    /// Choice items: the correct letters, e.g. "B" or "BD".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
    /// Reference items: the metrics to compute; the first is the item's score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<MetricName>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub rubric: Rubric,
    /// The item's weight in micro (pooled) averages and in its sub-task's mean.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: f64,
    /// CircularEval: this item is one turn of another's options (see `model::circular`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<Rotation>,
}

/// Which turn of which item's options a CircularEval item asks: turn 0 is the item as written,
/// turn `k` has each option moved `k` letters up (the last ones wrapping to the front).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotation {
    pub of: String,
    pub turn: usize,
    pub turns: usize,
}

impl Item {
    /// References of a few words, where sentence BLEU is harsh (one extra token costs it a
    /// whole n-gram order, so "Hello, world!" against "Hello, world" gets 59.5 and chrF 97.6):
    /// under 8 words in English, under 12 characters in Chinese.
    pub fn has_short_references(&self) -> bool {
        !self.references.is_empty()
            && self.references.iter().all(|r| match self.lang {
                Lang::En => r.split_whitespace().count() < 8,
                Lang::Zh => r.chars().filter(|c| !c.is_whitespace()).count() < 12,
            })
    }
}

fn is_one(value: &f64) -> bool {
    *value == 1.0
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suite {
    pub schema: String,
    pub id: String,
    pub title: Localized,
    #[serde(default, skip_serializing_if = "is_default")]
    pub description: Localized,
    #[serde(default)]
    pub scales: BTreeMap<String, Scale>,
    /// How Chinese answers meet their references: folded to one script (the default) or
    /// as written.
    #[serde(default, skip_serializing_if = "is_default")]
    pub chinese_script: ChineseScript,
    pub dimensions: Vec<Dimension>,
    pub items: Vec<Item>,
}

/// How a Chinese item's answer and references are compared by the reference metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChineseScript {
    /// NFKC, then Traditional → Simplified on both sides (`norm:nfkc+t2s`): the same answer
    /// in 繁體 or 简体 scores the same.
    #[default]
    Fold,
    /// As written (`norm:none`), as sacrebleu scores raw text: 繁體 and 简体 differ.
    AsWritten,
}

impl ChineseScript {
    /// The normalisation the reference metrics apply to an item in `lang`.
    pub fn normalize(self, lang: Lang) -> Normalize {
        match (self, lang) {
            (ChineseScript::Fold, Lang::Zh) => Normalize::CHINESE_SCRIPT,
            _ => Normalize::NONE,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ChineseScript::Fold => "fold",
            ChineseScript::AsWritten => "as-written",
        }
    }
}


/// The criterion an open item without listed criteria is rated on.
pub const DEFAULT_CRITERION: &str = "quality";

/// The HKU study's 1–7 scale, used when an open item names no criteria.
pub fn default_scale() -> Scale {
    let anchor = |en: &str, zh: &str, zh_hant: &str| Localized { en: Some(en.into()), zh: Some(zh.into()), zh_hant: Some(zh_hant.into()) };
    Scale {
        min: 1,
        max: 7,
        anchors: BTreeMap::from([
            ("1".into(), anchor("Very poor", "很差", "很差")),
            ("4".into(), anchor("Acceptable", "一般", "尚可")),
            ("7".into(), anchor("Excellent", "优秀", "優秀")),
        ]),
    }
}

impl Suite {
    /// Parses and checks a suite in JSON. Every problem is reported, not just the first.
    pub fn from_json(file: &str, text: &str) -> Result<Suite, Vec<Problem>> {
        let suite: Suite = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
            vec![Problem::new(file, Location::LineColumn { line: e.line(), column: e.column() }, msg!("problem-suite-json", detail = e.to_string()))]
        })?;
        let problems = suite.problems(file);
        if problems.is_empty() { Ok(suite) } else { Err(problems) }
    }

    /// Everything wrong with the suite: unknown schema, duplicate ids, unknown dimensions,
    /// choice items without options or a valid answer, reference items without references…
    pub fn problems(&self, file: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |location: Location, message: Message| problems.push(Problem::new(file, location, message));
        let field = |field: &str| Location::Field { field: field.to_owned() };
        if self.schema != SUITE_SCHEMA {
            problem(field("schema"), msg!("problem-suite-schema", found = self.schema.as_str(), expected = SUITE_SCHEMA));
        }
        if self.items.is_empty() {
            problem(field("items"), msg!("problem-suite-no-items"));
        }
        let mut subtasks = HashSet::new();
        for dimension in &self.dimensions {
            for subtask in &dimension.subtasks {
                subtasks.insert((dimension.id.as_str(), subtask.id.as_str()));
            }
            if dimension.weight.is_nan() || dimension.weight < 0.0 {
                problem(Location::Dimension { dimension: dimension.id.clone() }, msg!("problem-dimension-negative-weight"));
            }
        }
        let mut seen = HashSet::new();
        for item in &self.items {
            let at = |field: &str| Location::ItemField { item: item.id.clone(), field: field.to_owned() };
            if item.id.trim().is_empty() {
                problem(at("id"), msg!("problem-item-id-empty"));
            } else if !seen.insert(item.id.as_str()) {
                problem(at("id"), msg!("problem-item-id-duplicate"));
            }
            if !subtasks.contains(&(item.dimension.as_str(), item.subtask.as_str())) {
                problem(at("subtask"), msg!("problem-item-subtask-unknown", dimension = item.dimension.as_str(), subtask = item.subtask.as_str()));
            }
            let longest = item.references.iter().map(|r| r.chars().count()).max().unwrap_or(0);
            if longest > MAX_ANSWER_CHARS {
                problem(at("references"), msg!("problem-item-reference-too-long", length = longest, limit = MAX_ANSWER_CHARS));
            }
            if !(item.weight >= 0.0 && item.weight.is_finite()) {
                problem(at("weight"), msg!("problem-item-weight-invalid"));
            }
            if item.prompt.trim().is_empty() {
                problem(at("prompt"), msg!("problem-item-prompt-empty"));
            }
            // References plainly in the other language: the item's `lang` (the language answers
            // are written and tokenized in) is probably wrong. Prompts are not checked: a
            // translation prompt is in the other language by design.
            let other = |text: &String| {
                matches!(
                    (item.lang, crate::core::text::detect(text)),
                    (Lang::Zh, crate::core::text::Detected::En) | (Lang::En, crate::core::text::Detected::Zh)
                )
            };
            if !item.references.is_empty() && item.references.iter().all(other) {
                problem(at("lang"), match item.lang {
                    Lang::Zh => msg!("problem-item-lang-zh-references-en"),
                    Lang::En => msg!("problem-item-lang-en-references-zh"),
                });
            }
            match item.kind {
                ItemKind::Choice => {
                    if item.options.len() < 2 {
                        problem(at("options"), msg!("problem-choice-few-options"));
                    }
                    let unreadable: Vec<&str> = item.options.keys().map(String::as_str).filter(|key| !is_option_letter(key)).collect();
                    if !unreadable.is_empty() {
                        problem(at("options"), msg!("problem-choice-option-letters", options = unreadable.join(", "), letters = OPTION_LETTERS));
                    }
                    match &item.answer {
                        None => problem(at("answer"), msg!("problem-choice-no-answer")),
                        Some(answer) if answer.is_empty() || !answer.chars().all(|c| item.options.contains_key(&c.to_string())) => {
                            let options = format!("{:?}", item.options.keys().collect::<Vec<_>>());
                            problem(at("answer"), msg!("problem-choice-answer-not-an-option", answer = answer.as_str(), options = options))
                        }
                        Some(_) => {}
                    }
                }
                ItemKind::Reference => {
                    if item.references.iter().all(|r| r.trim().is_empty()) {
                        problem(at("references"), msg!("problem-reference-none"));
                    }
                }
                ItemKind::Rubric => {
                    if item.rubric.checks.is_empty() {
                        problem(at("rubric"), msg!("problem-rubric-no-checks"));
                    }
                }
                ItemKind::Open => {}
            }
            for criterion in &item.rubric.criteria {
                if !self.scales.contains_key(&criterion.scale) {
                    problem(at("rubric"), msg!("problem-criterion-scale-unknown", criterion = criterion.id.as_str(), scale = criterion.scale.as_str()));
                }
            }
        }
        problems
    }

    /// The criteria an item is rated on, each with its scale: the item's own, or for an open item
    /// without any, overall quality on 1–7. Items of other kinds without criteria are not rated.
    pub fn criteria(&self, item: &Item) -> Vec<(Criterion, Scale)> {
        let listed: Vec<(Criterion, Scale)> = item
            .rubric
            .criteria
            .iter()
            .filter_map(|c| self.scales.get(&c.scale).map(|s| (c.clone(), s.clone())))
            .collect();
        if listed.is_empty() && item.kind == ItemKind::Open {
            let name = Localized { en: Some("Overall quality".into()), zh: Some("整体质量".into()), zh_hant: Some("整體品質".into()) };
            return vec![(Criterion { id: DEFAULT_CRITERION.into(), name, scale: String::new() }, default_scale())];
        }
        listed
    }

    /// The name of criterion `id` as the suite's items define it (the default criterion of
    /// open items included); `None` for a criterion no item has.
    pub fn criterion_name(&self, id: &str) -> Option<Localized> {
        self.items.iter().flat_map(|item| self.criteria(item)).find(|(c, _)| c.id == id).map(|(c, _)| c.name)
    }

    /// The suite without its items' texts (prompts, options, references): all that
    /// aggregation reads of it, and a fraction of its size to send to the engine.
    pub fn outline(&self) -> Suite {
        let items = self
            .items
            .iter()
            .map(|item| Item { prompt: String::new(), options: BTreeMap::new(), references: Vec::new(), ..item.clone() })
            .collect();
        Suite {
            schema: self.schema.clone(),
            id: self.id.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            scales: self.scales.clone(),
            chinese_script: self.chinese_script,
            dimensions: self.dimensions.clone(),
            items,
        }
    }

    /// How many items are in `lang`: what a paste for that language must hold.
    pub fn items_in(&self, lang: Lang) -> usize {
        self.items.iter().filter(|item| item.lang == lang).count()
    }

    /// The names of an item's dimension and sub-task in `locale`, their ids where unnamed.
    pub fn place_names(&self, item: &Item, locale: Locale) -> (String, String) {
        let named = |name: &Localized, id: &str| Some(name.in_locale(locale)).filter(|n| !n.is_empty()).unwrap_or(id).to_owned();
        let dimension = self.dimensions.iter().find(|d| d.id == item.dimension);
        let subtask = dimension.and_then(|d| d.subtasks.iter().find(|s| s.id == item.subtask));
        (
            dimension.map_or_else(|| item.dimension.clone(), |d| named(&d.name, &d.id)),
            subtask.map_or_else(|| item.subtask.clone(), |s| named(&s.name, &s.id)),
        )
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.id == id)
    }

    /// A fingerprint of everything the suite says (16 hex digits of FNV-1a over its JSON):
    /// what a rater's share link names its suite by, instead of carrying it. Equal suites
    /// have equal fingerprints in every build; a changed word changes it.
    pub fn fingerprint(&self) -> Result<String, serde_json::Error> {
        Ok(format!("{:016x}", crate::core::stats::fnv1a(&serde_json::to_vec(self)?)))
    }
}
