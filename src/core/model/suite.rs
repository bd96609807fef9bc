//! Suites: what is asked, how it is scored, and how scores roll up.
//!
//! A suite file is parsed into `Raw*` serde types, then checked into [`Suite`]: views and
//! scoring only ever see checked suites. Errors name the file, the item and the field, and say
//! what to do.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::core::error::Problem;
use crate::core::model::limits::MAX_ANSWER_CHARS;
use crate::core::metrics::standard::MetricName;
use crate::core::model::rubric::Check;
use crate::core::text::Lang;

/// The suite schema this build reads and writes.
pub const SUITE_SCHEMA: &str = "pingfen.suite/1";

/// Text in the interface languages: `{"en": "…", "zh": "…"}` (either may be missing).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
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
    pub dimensions: Vec<Dimension>,
    pub items: Vec<Item>,
}


/// The criterion an open item without listed criteria is rated on.
pub const DEFAULT_CRITERION: &str = "quality";

/// The HKU study's 1–7 scale, used when an open item names no criteria.
pub fn default_scale() -> Scale {
    let anchor = |en: &str, zh: &str| Localized { en: Some(en.into()), zh: Some(zh.into()) };
    Scale {
        min: 1,
        max: 7,
        anchors: BTreeMap::from([
            ("1".into(), anchor("Very poor", "很差")),
            ("4".into(), anchor("Acceptable", "一般")),
            ("7".into(), anchor("Excellent", "优秀")),
        ]),
    }
}

impl Suite {
    /// Parses and checks a suite in JSON. Every problem is reported, not just the first.
    pub fn from_json(file: &str, text: &str) -> Result<Suite, Vec<Problem>> {
        let suite: Suite = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
            vec![Problem::new(
                file,
                format!("line {}, column {}", e.line(), e.column()),
                format!("{e}; check the file against www/schema/suite.schema.json"),
            )
            .zh(format!("JSON 格式有误（{e}）；请对照 www/schema/suite.schema.json 检查文件"))]
        })?;
        let problems = suite.problems(file);
        if problems.is_empty() { Ok(suite) } else { Err(problems) }
    }

    /// Everything wrong with the suite: unknown schema, duplicate ids, unknown dimensions,
    /// choice items without options or a valid answer, reference items without references…
    pub fn problems(&self, file: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |location: String, (message, zh): (String, String)| {
            problems.push(Problem::new(file, location, message).zh(zh))
        };
        if self.schema != SUITE_SCHEMA {
            problem("field \"schema\"".into(), (
                format!("is {:?}; this version of Pingfen reads {SUITE_SCHEMA:?}", self.schema),
                format!("为 {:?}；此版本的 Pingfen 读取 {SUITE_SCHEMA:?}", self.schema),
            ));
        }
        if self.items.is_empty() {
            problem("field \"items\"".into(), ("is empty: a suite needs at least one item".into(), "为空：评测套件至少需要一道题".into()));
        }
        let mut subtasks = HashSet::new();
        for dimension in &self.dimensions {
            for subtask in &dimension.subtasks {
                subtasks.insert((dimension.id.as_str(), subtask.id.as_str()));
            }
            if dimension.weight.is_nan() || dimension.weight < 0.0 {
                problem(format!("dimension {:?}", dimension.id), ("has a negative weight".into(), "权重为负数".into()));
            }
        }
        let mut seen = HashSet::new();
        for item in &self.items {
            let at = |field: &str| format!("item {:?}, field {field:?}", item.id);
            if item.id.trim().is_empty() {
                problem(at("id"), ("is empty: give every item a unique id".into(), "为空：请为每道题设置唯一的编号".into()));
            } else if !seen.insert(item.id.as_str()) {
                problem(at("id"), ("is used by another item too: ids must be unique".into(), "与另一道题重复：编号必须唯一".into()));
            }
            if !subtasks.contains(&(item.dimension.as_str(), item.subtask.as_str())) {
                problem(at("subtask"), (
                    format!("{:?}/{:?} is not a sub-task listed under \"dimensions\"", item.dimension, item.subtask),
                    format!("{:?}/{:?} 不是 \"dimensions\" 中列出的子任务", item.dimension, item.subtask),
                ));
            }
            let longest = item.references.iter().map(|r| r.chars().count()).max().unwrap_or(0);
            if longest > MAX_ANSWER_CHARS {
                problem(at("references"), (
                    format!("has a reference of {longest} characters; references may have up to {} characters", MAX_ANSWER_CHARS),
                    format!("有一条参考答案长达 {longest} 个字符；参考答案最多 {} 个字符", MAX_ANSWER_CHARS),
                ));
            }
            if !(item.weight >= 0.0 && item.weight.is_finite()) {
                problem(at("weight"), ("must be a number ≥ 0".into(), "必须是不小于 0 的数".into()));
            }
            if item.prompt.trim().is_empty() {
                problem(at("prompt"), ("is empty".into(), "为空".into()));
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
                let (en, zh) = match item.lang {
                    Lang::Zh => ("is zh, but the references are English: set \"lang\": \"en\" or fix the references", "为中文，但参考答案是英文：请改为 \"lang\": \"en\" 或修改参考答案"),
                    Lang::En => ("is en, but the references are Chinese: set \"lang\": \"zh\" or fix the references", "为英文，但参考答案是中文：请改为 \"lang\": \"zh\" 或修改参考答案"),
                };
                problem(at("lang"), (en.into(), zh.into()));
            }
            match item.kind {
                ItemKind::Choice => {
                    if item.options.len() < 2 {
                        problem(at("options"), ("a choice item needs at least two options (\"A\", \"B\", …)".into(), "选择题至少需要两个选项（\"A\"、\"B\"……）".into()));
                    }
                    match &item.answer {
                        None => problem(at("answer"), ("a choice item needs the correct letter(s), e.g. \"B\"".into(), "选择题需要正确答案的字母，例如 \"B\"".into())),
                        Some(answer) if answer.is_empty() || !answer.chars().all(|c| item.options.contains_key(&c.to_string())) => {
                            problem(at("answer"), (
                                format!("{answer:?} is not among the options {:?}", item.options.keys().collect::<Vec<_>>()),
                                format!("{answer:?} 不在选项 {:?} 之中", item.options.keys().collect::<Vec<_>>()),
                            ))
                        }
                        Some(_) => {}
                    }
                }
                ItemKind::Reference => {
                    if item.references.iter().all(|r| r.trim().is_empty()) {
                        problem(at("references"), ("a reference item needs at least one non-empty reference".into(), "参考答案题至少需要一条非空的参考答案".into()));
                    }
                }
                ItemKind::Rubric => {
                    if item.rubric.checks.is_empty() {
                        problem(at("rubric"), ("a rubric item needs at least one check".into(), "评分细则题至少需要一项检查".into()));
                    }
                }
                ItemKind::Open => {}
            }
            for criterion in &item.rubric.criteria {
                if !self.scales.contains_key(&criterion.scale) {
                    problem(at("rubric"), (
                        format!("criterion {:?} uses scale {:?}, which \"scales\" does not define", criterion.id, criterion.scale),
                        format!("评分项 {:?} 使用的量表 {:?} 未在 \"scales\" 中定义", criterion.id, criterion.scale),
                    ));
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
            let name = Localized { en: Some("Overall quality".into()), zh: Some("整体质量".into()) };
            return vec![(Criterion { id: DEFAULT_CRITERION.into(), name, scale: String::new() }, default_scale())];
        }
        listed
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.id == id)
    }
}
