//! Which language a text is written in: Chinese, English, a mix, or neither.

use serde::{Deserialize, Serialize};

/// The language of an item, a reference or an answer: picks tokenizers and metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// `zh` or `en`: the code files, URLs and exports use (the one mapping in Pingfen).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];
}

impl std::str::FromStr for Lang {
    type Err = ();

    fn from_str(code: &str) -> Result<Self, ()> {
        Lang::ALL.into_iter().find(|lang| lang.as_str() == code).ok_or(())
    }
}

/// What [`detect`] concluded about a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Detected {
    /// Mostly Chinese (Han characters), Traditional or Simplified.
    Zh,
    /// Mostly English (Latin-script words).
    En,
    /// Chinese and English both carry a real share of the text.
    Mixed,
    /// Mostly another script (Japanese kana, Hangul, Cyrillic…).
    Other,
    /// No letters at all: empty, digits, punctuation, emoji.
    None,
}

impl Detected {
    pub fn as_str(self) -> &'static str {
        match self {
            Detected::Zh => "zh",
            Detected::En => "en",
            Detected::Mixed => "mixed",
            Detected::Other => "other",
            Detected::None => "none",
        }
    }

    /// The tokenizer language for this text: jieba copes with mixed text (it keeps Latin runs
    /// whole), so everything that contains Chinese goes to it.
    pub fn tokenizer_lang(self) -> Lang {
        match self {
            Detected::Zh | Detected::Mixed => Lang::Zh,
            Detected::En | Detected::Other | Detected::None => Lang::En,
        }
    }
}

/// The evidence [`detect`] weighs. A Han character and a Latin word carry about the same
/// information, so those are the units compared.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct LangCounts {
    pub han_chars: usize,
    pub latin_words: usize,
    /// Kana and Hangul characters plus words in other alphabets.
    pub other: usize,
}

/// Below this share of the text, the minority language does not make the text "mixed":
/// 「请用Python实现快速排序」 is Chinese with one English term.
const MINORITY_SHARE: f64 = 0.2;

/// Detects the language of `text`.
///
/// ```
/// use pingfen::core::text::{detect, Detected};
/// assert_eq!(detect("請用繁體中文回答"), Detected::Zh);
/// assert_eq!(detect("The answer is (B)."), Detected::En);
/// assert_eq!(detect("What does 你好 mean?"), Detected::Mixed);
/// assert_eq!(detect("12 + 30 = 42 ✓"), Detected::None);
/// ```
pub fn detect(text: &str) -> Detected {
    let counts = count(text);
    let zh = counts.han_chars as f64;
    let en = counts.latin_words as f64;
    if counts.han_chars + counts.latin_words + counts.other == 0 {
        return Detected::None;
    }
    if counts.other as f64 > zh + en {
        return Detected::Other;
    }
    let zh_share = zh / (zh + en);
    if zh_share >= 1.0 - MINORITY_SHARE {
        Detected::Zh
    } else if zh_share <= MINORITY_SHARE {
        Detected::En
    } else {
        Detected::Mixed
    }
}

/// Counts Han characters, Latin words and other-script letters in `text`.
pub fn count(text: &str) -> LangCounts {
    #[derive(PartialEq)]
    enum Run {
        Gap,
        Latin,
        OtherWord,
    }
    let mut counts = LangCounts::default();
    let mut run = Run::Gap;
    for c in text.chars() {
        let next = if is_han(c) {
            counts.han_chars += 1;
            Run::Gap
        } else if is_kana_or_hangul(c) {
            counts.other += 1;
            Run::Gap
        } else if is_latin_letter(c) {
            if run != Run::Latin {
                counts.latin_words += 1;
            }
            Run::Latin
        } else if c.is_alphabetic() {
            if run != Run::OtherWord {
                counts.other += 1;
            }
            Run::OtherWord
        } else if (c == '\'' || c == '’' || c == '-') && run == Run::Latin {
            Run::Latin // don't, state-of-the-art: one word
        } else {
            Run::Gap
        };
        run = next;
    }
    counts
}

/// Han ideographs: the unified blocks and extensions, compatibility ideographs, and 〇.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3007}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}'
        | '\u{30000}'..='\u{323AF}')
}

fn is_kana_or_hangul(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{FF66}'..='\u{FF9D}'
        | '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{AC00}'..='\u{D7AF}')
}

/// Latin letters, including accented ones and full-width forms (ＡＢＣ).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c,
            '\u{00C0}'..='\u{00D6}'
            | '\u{00D8}'..='\u{00F6}'
            | '\u{00F8}'..='\u{024F}'
            | '\u{1E00}'..='\u{1EFF}'
            | '\u{FF21}'..='\u{FF3A}'
            | '\u{FF41}'..='\u{FF5A}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_with_an_english_term_is_chinese() {
        assert_eq!(detect("请用Python实现快速排序算法"), Detected::Zh);
    }

    #[test]
    fn traditional_chinese_is_chinese() {
        assert_eq!(detect("香港大學的研究團隊評估了十六個大型語言模型"), Detected::Zh);
    }

    #[test]
    fn english_with_a_chinese_name_is_english() {
        assert_eq!(
            detect("The study was run by the HKU Business School team in 香港 last year."),
            Detected::En
        );
    }

    #[test]
    fn balanced_text_is_mixed() {
        assert_eq!(detect("I love 北京 and 上海"), Detected::Mixed);
        assert_eq!(Detected::Mixed.tokenizer_lang(), Lang::Zh);
    }

    #[test]
    fn full_width_latin_counts_as_english() {
        assert_eq!(detect("Ｔｈｅ ａｎｓｗｅｒ ｉｓ Ｂ"), Detected::En);
    }

    #[test]
    fn contractions_and_hyphens_are_one_word() {
        assert_eq!(count("don't state-of-the-art").latin_words, 2);
    }

    #[test]
    fn japanese_and_korean_are_other() {
        assert_eq!(detect("これはペンです"), Detected::Other);
        assert_eq!(detect("안녕하세요 여러분"), Detected::Other);
        assert_eq!(detect("Привет, как дела?"), Detected::Other);
    }

    #[test]
    fn no_letters_is_none() {
        assert_eq!(detect(""), Detected::None);
        assert_eq!(detect("   \n\t"), Detected::None);
        assert_eq!(detect("3.14159 😀 !!!"), Detected::None);
    }

    #[test]
    fn extension_b_characters_are_han() {
        assert!(is_han('𠀀'));
        assert!(is_han('〇'));
        assert!(!is_han('。'));
    }
}
