//! The aggregation rule a session is scored by: how scores roll up at each level, and how
//! much each language weighs. It is part of the session (and of every export), so the same
//! file always gives the same table.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::core::i18n::{msg, Message};
use crate::core::text::Lang;

/// Micro: every item below weighs its own weight. Macro: every child weighs its weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Averaging {
    Micro,
    Macro,
}

fn macro_() -> Averaging {
    Averaging::Macro
}

/// The weight of each language in the composite over both.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LanguageWeights {
    pub zh: f64,
    pub en: f64,
}

impl Default for LanguageWeights {
    fn default() -> Self {
        LanguageWeights { zh: 1.0, en: 1.0 }
    }
}

impl LanguageWeights {
    pub fn of(&self, lang: Lang) -> f64 {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// How scores roll up at each level (default: macro everywhere, languages weighed equally).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// A dimension from its sub-tasks.
    pub subtasks: Averaging,
    /// A language's composite from its dimensions.
    pub dimensions: Averaging,
    /// The overall composite from the two languages.
    #[serde(default = "macro_")]
    pub languages: Averaging,
    #[serde(default)]
    pub language_weights: LanguageWeights,
}

impl Default for Rule {
    fn default() -> Self {
        Rule { subtasks: Averaging::Macro, dimensions: Averaging::Macro, languages: Averaging::Macro, language_weights: LanguageWeights::default() }
    }
}

impl Rule {
    /// `subtasks:macro|dimensions:macro|languages:macro|zh:1|en:1`, for reports.
    pub fn signature(&self) -> String {
        format!(
            "subtasks:{}|dimensions:{}|languages:{}|zh:{}|en:{}",
            self.subtasks.as_str(),
            self.dimensions.as_str(),
            self.languages.as_str(),
            self.language_weights.zh,
            self.language_weights.en
        )
    }
}

impl Rule {
    /// The rule in words, level by level ("a dimension is the mean of its sub-tasks; …"):
    /// what the interface shows, with [`Rule::signature`] for those who want it exact.
    pub fn worded(&self) -> Message {
        msg!(
            "rule-worded",
            subtasks = msg!("rule-worded-subtasks", how = self.subtasks.as_str()),
            dimensions = msg!("rule-worded-dimensions", how = self.dimensions.as_str()),
            languages = msg!(
                "rule-worded-languages",
                how = self.languages.as_str(),
                zh = format!("{}", self.language_weights.zh),
                en = format!("{}", self.language_weights.en),
            ),
        )
    }
}

impl Averaging {
    pub fn as_str(self) -> &'static str {
        match self {
            Averaging::Micro => "micro",
            Averaging::Macro => "macro",
        }
    }
}

impl FromStr for Averaging {
    type Err = ();

    fn from_str(text: &str) -> Result<Self, ()> {
        match text {
            "micro" => Ok(Averaging::Micro),
            "macro" => Ok(Averaging::Macro),
            _ => Err(()),
        }
    }
}
