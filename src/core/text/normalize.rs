//! Text normalisation before scoring. Every step a score depends on is named in its
//! signature (`norm:nfkc+t2s`), so two numbers are only compared when they were made alike.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Which normalisation steps to apply, in this order: NFKC, Traditional → Simplified,
/// lowercase, white-space collapsing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Normalize {
    /// Unicode NFKC: full-width ＡＢＣ１２３ → ABC123, ﬁ → fi, compatibility ideographs → unified.
    #[serde(default)]
    pub nfkc: bool,
    /// Traditional → Simplified Chinese, character by character (fast2s), so that 香港 answers
    /// in 繁體 match 简体 references.
    #[serde(default)]
    pub t2s: bool,
    /// Unicode lowercase.
    #[serde(default)]
    pub lowercase: bool,
    /// Runs of white space → one space, trimmed at both ends.
    #[serde(default)]
    pub collapse_whitespace: bool,
}

impl Normalize {
    /// No normalisation: what reference implementations see when given raw text.
    pub const NONE: Normalize =
        Normalize { nfkc: false, t2s: false, lowercase: false, collapse_whitespace: false };

    /// Applies the steps; borrows when nothing changes.
    pub fn apply<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut text = Cow::Borrowed(text);
        if self.nfkc && is_nfkc_quick(text.chars()) != IsNormalized::Yes {
            text = Cow::Owned(text.nfkc().collect());
        }
        if self.t2s && text.chars().any(|c| c.len_utf8() == 3) {
            let converted = fast2s::convert(&text);
            if converted != *text {
                text = Cow::Owned(converted);
            }
        }
        if self.lowercase && text.chars().any(|c| c.is_uppercase()) {
            text = Cow::Owned(text.to_lowercase());
        }
        if self.collapse_whitespace {
            let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if collapsed != *text {
                text = Cow::Owned(collapsed);
            }
        }
        text
    }

    /// The signature fragment: `none`, or the steps joined by `+` (`nfkc+t2s+lc+ws`).
    pub fn signature(&self) -> String {
        let steps: Vec<&str> = [
            (self.nfkc, "nfkc"),
            (self.t2s, "t2s"),
            (self.lowercase, "lc"),
            (self.collapse_whitespace, "ws"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
        if steps.is_empty() { "none".to_owned() } else { steps.join("+") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfkc_folds_full_width_forms() {
        let nfkc = Normalize { nfkc: true, ..Normalize::NONE };
        assert_eq!(nfkc.apply("ＡＢＣ１２３，Ｈｅｌｌｏ！"), "ABC123,Hello!");
        assert_eq!(nfkc.apply("\u{3000}全角空格"), " 全角空格");
    }

    #[test]
    fn traditional_becomes_simplified() {
        let t2s = Normalize { t2s: true, ..Normalize::NONE };
        assert_eq!(t2s.apply("香港大學經管學院評測了語言模型"), "香港大学经管学院评测了语言模型");
        assert_eq!(t2s.apply("English stays"), "English stays");
    }

    #[test]
    fn steps_compose_and_borrow_when_unchanged() {
        let all = Normalize { nfkc: true, t2s: true, lowercase: true, collapse_whitespace: true };
        assert_eq!(all.apply("  ＧＰＴ－４ 與  ERNIE\n說明  "), "gpt-4 与 ernie 说明");
        assert!(matches!(all.apply("already plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn signature_names_every_step() {
        assert_eq!(Normalize::NONE.signature(), "none");
        let n = Normalize { nfkc: true, t2s: true, lowercase: false, collapse_whitespace: true };
        assert_eq!(n.signature(), "nfkc+t2s+ws");
    }
}
