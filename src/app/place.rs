//! What a reload must not lose besides the session: where the person was (screen, item,
//! the answer being rated) and what they were typing (a paste, a comment before its rating).
//! The web layer keeps both in the browser as they change and hands them back at start.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::text::Lang;

/// The screen, item and answer someone was on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// `results`, `items`, `rate`, `raters` or `tokenizer`.
    pub view: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The answer on the rating desk: (item, model).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<(String, String)>,
}

/// Text typed and not yet part of the session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drafts {
    #[serde(default)]
    pub paste: PasteDraft,
    /// Comments typed before their answer was rated, by rater, then `item` + `\u{1f}` + model.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<String, BTreeMap<String, String>>,
}

/// The paste form as last typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasteDraft {
    #[serde(default)]
    pub model: String,
    /// `None`: all items.
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub text: String,
}

impl Drafts {
    pub fn comment_key(item: &str, model: &str) -> String {
        format!("{item}\u{1f}{model}")
    }

    pub fn comment(&self, rater: &str, item: &str, model: &str) -> Option<&str> {
        self.comments.get(rater)?.get(&Drafts::comment_key(item, model)).map(String::as_str)
    }

    pub fn set_comment(&mut self, rater: &str, item: &str, model: &str, text: Option<String>) {
        let key = Drafts::comment_key(item, model);
        match text {
            Some(text) => {
                self.comments.entry(rater.to_owned()).or_default().insert(key, text);
            }
            None => {
                if let Some(own) = self.comments.get_mut(rater) {
                    own.remove(&key);
                    if own.is_empty() {
                        self.comments.remove(rater);
                    }
                }
            }
        }
    }
}
