//! The answer as the rules read it: NFKC (full-width Ｂ and （ → B and (), Traditional →
//! Simplified (選項 → 选项, 係 → 系), every bracket and quote folded to `[ ] ( ) " '`, and
//! markup that only dresses a letter removed (`**C**`, `$\mathrm{C}$`, `` `C` ``,
//! `\textbf{(C)}`). Each byte of the folded text remembers where it came from, so what a rule
//! matched is shown in the answer's own characters.

use std::ops::Range;
use std::sync::LazyLock;

use regex_lite::Regex;
use unicode_normalization::UnicodeNormalization;

use crate::core::text::normalize::to_simplified;

pub(super) struct Folded<'a> {
    original: &'a str,
    /// The folded text: what every rule matches against.
    pub text: String,
    /// For each byte of `text` (and one past its end), the byte of `original` it came from.
    origin: Vec<usize>,
}

/// Markup around a letter: emphasis, code, math delimiters, LaTeX font commands.
static MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\*\*|__|`|\$|\\\(|\\\)|\\\[|\\\]|\\(?:text|textbf|textrm|texttt|textit|mathrm|mathbf|mathit|mathsf|mathtt|operatorname)\s*\{")
        .expect("valid")
});

impl<'a> Folded<'a> {
    pub fn new(original: &'a str) -> Self {
        let dropped = markup_ranges(original);
        // One piece per original character: its folded form and where it starts.
        let mut pieces: Vec<(usize, String)> = Vec::with_capacity(original.len());
        let mut skip = dropped.iter().peekable();
        for (at, c) in original.char_indices() {
            while skip.peek().is_some_and(|r| r.end <= at) {
                skip.next();
            }
            if skip.peek().is_some_and(|r| r.contains(&at)) {
                continue;
            }
            pieces.push((at, fold_char(c)));
        }
        // Traditional → Simplified over the whole text (phrases convert better than single
        // characters); per character only where the whole conversion changed the length.
        let joined: String = pieces.iter().map(|(_, s)| s.as_str()).collect();
        let converted = to_simplified(&joined);
        if converted.chars().count() == joined.chars().count() {
            let mut chars = converted.chars();
            for (_, piece) in &mut pieces {
                let n = piece.chars().count();
                *piece = chars.by_ref().take(n).collect();
            }
        } else {
            for (_, piece) in &mut pieces {
                if piece.chars().any(|c| c.len_utf8() >= 3) {
                    *piece = to_simplified(piece);
                }
            }
        }
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (at, piece) in pieces {
            text.push_str(&piece);
            origin.extend(std::iter::repeat_n(at, piece.len()));
        }
        origin.push(original.len());
        Folded { original, text, origin }
    }

    /// The original text behind `range` of the folded text.
    pub fn original(&self, range: Range<usize>) -> &'a str {
        &self.original[self.original_range(range)]
    }

    /// The byte range of the original text behind `range` of the folded text.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.origin[range.start.min(self.text.len())];
        let end = if range.end == 0 {
            start
        } else {
            // The original character the folded text's last byte came from, whole.
            let last = self.origin[(range.end - 1).min(self.text.len())];
            last + self.original[last..].chars().next().map_or(0, char::len_utf8)
        };
        start..end.max(start)
    }

    /// Character offsets in the original answer: what a view highlights.
    pub fn char_span(&self, range: Range<usize>) -> (usize, usize) {
        let bytes = self.original_range(range);
        (self.original[..bytes.start].chars().count(), self.original[..bytes.end].chars().count())
    }
}

/// Byte ranges of markup to drop: the markers, and the closing brace of a font command.
fn markup_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for found in MARKUP.find_iter(text) {
        ranges.push(found.range());
        if found.as_str().ends_with('{') {
            // Its closing brace, when the content has no braces of its own: \textbf{(C)}.
            if let Some(close) = text[found.end()..].find(['{', '}']).filter(|&i| text[found.end() + i..].starts_with('}')) {
                let at = found.end() + close;
                ranges.push(at..at + 1);
            }
        }
    }
    // `_B_`: markdown emphasis around a single letter.
    static UNDERSCORED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"_[A-Ha-h]_").expect("valid"));
    for found in UNDERSCORED.find_iter(text) {
        ranges.push(found.start()..found.start() + 1);
        ranges.push(found.end() - 1..found.end());
    }
    ranges.sort_by_key(|r| r.start);
    ranges
}

/// One character as the rules read it.
fn fold_char(c: char) -> String {
    match c {
        '【' | '〖' | '〔' | '［' | '〘' => "[".into(),
        '】' | '〗' | '〕' | '］' | '〙' => "]".into(),
        '「' | '」' | '『' | '』' | '“' | '”' | '„' | '＂' | '«' | '»' => "\"".into(),
        '‘' | '’' | '＇' => "'".into(),
        '⇒' | '⟹' | '⟶' | '➔' | '➜' | '➡' => "=>".into(),
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => String::new(),
        c if c.is_ascii() => c.to_string(),
        c => c.nfkc().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_traditional_and_markup_fold_but_evidence_stays_original() {
        let folded = Folded::new("答案係【 Ｄ 】");
        assert_eq!(folded.text, "答案系[ D ]");
        let at = folded.text.find('D').unwrap();
        assert_eq!(folded.original(at..at + 1), "Ｄ");
        assert_eq!(folded.original(0..folded.text.len()), "答案係【 Ｄ 】");
        assert_eq!(Folded::new(r"故选 \(\textbf{A}\)。").text, "故选 A。");
        assert_eq!(Folded::new("**Answer: C**").text, "Answer: C");
        assert_eq!(Folded::new("Pick “B”: it’s").text, "Pick \"B\": it's");
        assert_eq!(Folded::new(r"$\boxed{\mathbf{E}}$").text, r"\boxed{E}");
    }

    #[test]
    fn spans_are_in_characters_of_the_original() {
        let folded = Folded::new("選項（Ｂ）");
        let at = folded.text.find('B').unwrap();
        assert_eq!(folded.char_span(at..at + 1), (3, 4));
    }
}
