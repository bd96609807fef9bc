//! Chinese word segmentation with jieba-rs, from a dictionary loaded at run time.

use std::io::{BufReader, Read};

use jieba_rs::Jieba;
use serde::Serialize;

use super::lang::is_han;
use crate::core::Error;

/// The segmentation dictionary as the app ships it: jieba's word list in a compact form
/// (sorted, front-coded words, then their frequencies), brotli-compressed. `build.rs` makes it
/// from the pinned jieba-rs crate.
#[derive(Debug, Clone, Copy)]
pub struct Dictionary<'a> {
    pub bytes: &'a [u8],
}

/// The compact dictionary's first line (`build.rs` writes the same).
const COMPACT_HEADER: &str = "pingfen-dict/1";

impl Dictionary<'static> {
    /// The file name under which the web app serves the dictionary. It carries a content
    /// hash, so a browser may cache it for good.
    pub const FILE_NAME: &'static str = env!("PINGFEN_DICTIONARY_FILE");

    /// The dictionary compiled in, for the CLI and tests. The web app never refers to it (the
    /// linker leaves it out) and fetches the same bytes from [`Dictionary::FILE_NAME`].
    pub const EMBEDDED: Dictionary<'static> = Dictionary {
        bytes: include_bytes!(concat!(env!("OUT_DIR"), "/jieba-dict.br")),
    };
}

/// Largest decompressed dictionary accepted: jieba's is ~4 MB, so this only stops a
/// decompression bomb posing as a dictionary.
const MAX_DICTIONARY_BYTES: u64 = 64 << 20;

/// Whether jieba may join characters it has never seen into new words (its HMM), as in
/// `jieba.cut(text, HMM=True)`. On by default, like jieba.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
pub enum Hmm {
    #[default]
    On,
    Off,
}

/// A word cut from a text, borrowing from it. Offsets are in bytes of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token<'t> {
    pub text: &'t str,
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    /// Tokens made only of white space carry no word: tokenizers drop them.
    pub fn is_whitespace(&self) -> bool {
        self.text.chars().all(char::is_whitespace)
    }

    /// What kind of token this is, for display and for metrics that treat kinds apart.
    pub fn kind(&self) -> TokenKind {
        TokenKind::of(self.text)
    }
}

/// The script class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Contains a Han character: 北京, 3月.
    Han,
    /// Letters of another script, typically Latin: Python, émigré.
    Word,
    /// Digits, possibly with separators: 3.14, 1,000.
    Number,
    /// Punctuation, symbols, emoji.
    Symbol,
    /// Only white space.
    Space,
}

impl TokenKind {
    pub fn of(text: &str) -> TokenKind {
        if text.chars().all(char::is_whitespace) {
            TokenKind::Space
        } else if text.chars().any(is_han) {
            TokenKind::Han
        } else if text.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else if text.chars().any(char::is_numeric) {
            TokenKind::Number
        } else {
            TokenKind::Symbol
        }
    }
}

/// jieba-rs with its dictionary loaded: build once, share everywhere.
pub struct Segmenter {
    jieba: Jieba,
    words: usize,
}

/// The compact dictionary back as jieba's word list (`word frequency` lines).
fn expand(compact: &str) -> Result<String, Error> {
    let corrupt = |detail: &str| Error::DictionaryCorrupt { detail: detail.to_owned() };
    let mut lines = compact.lines();
    if lines.next() != Some(COMPACT_HEADER) {
        return Err(corrupt("it is not a Pingfen dictionary"));
    }
    let words: Vec<&str> = lines.by_ref().take_while(|line| !line.is_empty()).collect();
    let frequencies: Vec<&str> = lines.collect();
    if words.len() != frequencies.len() {
        return Err(corrupt("its words and frequencies do not pair up"));
    }
    let mut out = String::with_capacity(compact.len() * 3 / 2);
    let mut previous = String::new();
    for (line, frequency) in words.into_iter().zip(frequencies) {
        let mut chars = line.chars();
        let shared = chars.next().and_then(|c| (c as u32).checked_sub(u32::from(b'0'))).ok_or_else(|| corrupt("a word line is empty"))? as usize;
        let kept: String = previous.chars().take(shared).collect();
        if kept.chars().count() != shared {
            return Err(corrupt("a word shares more than the word before holds"));
        }
        previous = kept + chars.as_str();
        out.push_str(&previous);
        out.push(' ');
        out.push_str(frequency);
        out.push('\n');
    }
    Ok(out)
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segmenter").field("words", &self.words).finish()
    }
}

impl Segmenter {
    /// Builds a segmenter from the compressed dictionary. This is the slow step (~0.1 s native).
    pub fn new(dictionary: Dictionary<'_>) -> Result<Self, Error> {
        let mut text = String::new();
        brotli_decompressor::Decompressor::new(dictionary.bytes, 64 << 10)
            .take(MAX_DICTIONARY_BYTES + 1)
            .read_to_string(&mut text)
            .map_err(|e| Error::DictionaryCorrupt { detail: e.to_string() })?;
        if text.len() as u64 > MAX_DICTIONARY_BYTES {
            let detail = format!("it unpacks to more than {} MB", MAX_DICTIONARY_BYTES >> 20);
            return Err(Error::DictionaryCorrupt { detail });
        }
        Self::from_word_list(&expand(&text)?)
    }

    /// Builds a segmenter from an uncompressed jieba word list (`word [frequency [tag]]` lines).
    pub fn from_word_list(text: &str) -> Result<Self, Error> {
        let words = text.lines().filter(|line| !line.trim().is_empty()).count();
        if words == 0 {
            return Err(Error::DictionaryCorrupt { detail: "it holds no words".into() });
        }
        let jieba = Jieba::with_dict(&mut BufReader::new(text.as_bytes()))?;
        Ok(Segmenter { jieba, words })
    }

    /// The segmenter over the compiled-in dictionary (CLI, tests).
    pub fn embedded() -> Result<Self, Error> {
        Self::new(Dictionary::EMBEDDED)
    }

    /// One segmenter for all of a test binary's tests: building one is the slow part.
    #[cfg(test)]
    pub(crate) fn shared_for_tests() -> &'static Segmenter {
        static SHARED: std::sync::OnceLock<Segmenter> = std::sync::OnceLock::new();
        SHARED.get_or_init(|| Segmenter::embedded().expect("the embedded dictionary loads"))
    }

    /// How many words the dictionary holds.
    pub fn dictionary_words(&self) -> usize {
        self.words
    }

    /// The words of `text`: [`Segmenter::cut`] without white-space tokens.
    pub fn words<'t>(&self, text: &'t str, hmm: Hmm) -> Vec<Token<'t>> {
        let mut tokens = self.cut(text, hmm);
        tokens.retain(|token| !token.is_whitespace());
        tokens
    }

    /// Cuts `text` into words exactly as jieba's default mode does, white space included.
    pub fn cut<'t>(&self, text: &'t str, hmm: Hmm) -> Vec<Token<'t>> {
        self.jieba
            .cut(text, hmm == Hmm::On)
            .into_iter()
            .map(|token| Token { text: token.word, start: token.byte_start, end: token.byte_end })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'t>(tokens: &[Token<'t>]) -> Vec<&'t str> {
        tokens.iter().map(|t| t.text).collect()
    }

    #[test]
    fn embedded_dictionary_has_jiebas_word_list() {
        let segmenter = Segmenter::shared_for_tests();
        assert!(segmenter.dictionary_words() > 340_000, "{}", segmenter.dictionary_words());
    }

    #[test]
    fn cut_gives_jiebas_words_with_byte_offsets() {
        let segmenter = Segmenter::shared_for_tests();
        let text = "我来到北京清华大学";
        let tokens = segmenter.cut(text, Hmm::Off);
        assert_eq!(words(&tokens), ["我", "来到", "北京", "清华大学"]);
        for token in &tokens {
            assert_eq!(&text[token.start..token.end], token.text);
        }
    }

    #[test]
    fn hmm_joins_unknown_words() {
        let segmenter = Segmenter::shared_for_tests();
        // 杭研 is in no dictionary: the HMM joins it, the dictionary alone cannot.
        assert_eq!(
            words(&segmenter.cut("他来到了网易杭研大厦", Hmm::On)),
            ["他", "来到", "了", "网易", "杭研", "大厦"]
        );
        assert_eq!(
            words(&segmenter.cut("他来到了网易杭研大厦", Hmm::Off)),
            ["他", "来到", "了", "网易", "杭", "研", "大厦"]
        );
    }

    #[test]
    fn damaged_dictionary_is_an_error_not_a_panic() {
        let err = Segmenter::new(Dictionary { bytes: b"not brotli at all" }).unwrap_err();
        assert!(matches!(err, Error::DictionaryCorrupt { .. }), "{err}");
        let truncated = &Dictionary::EMBEDDED.bytes[..1000];
        assert!(Segmenter::new(Dictionary { bytes: truncated }).is_err());
    }

    #[test]
    fn empty_or_malformed_word_lists_are_errors() {
        assert!(Segmenter::from_word_list("\n  \n").is_err());
        let err = Segmenter::from_word_list("北京 many\n").unwrap_err();
        assert!(matches!(err, Error::DictionaryEntry(_)), "{err}");
    }

    #[test]
    fn token_kinds() {
        let kinds: Vec<TokenKind> =
            ["北京", "3月", "Python", "3.14", "，", "😀", " \u{3000}"].map(TokenKind::of).into();
        use TokenKind::*;
        assert_eq!(kinds, [Han, Han, Word, Number, Symbol, Symbol, Space]);
    }

    #[test]
    fn asset_name_carries_version_and_hash() {
        let name = Dictionary::FILE_NAME;
        assert!(name.starts_with("jieba-dict-0.11.0.") && name.ends_with(".br"), "{name}");
    }
}
