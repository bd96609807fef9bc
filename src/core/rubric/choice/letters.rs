//! Letters in answer position: `B`, `BD`, `B、D`, `(A) and (D)`, `A, B, and C`, `[ C ]`,
//! `"d"` — and not the article "a", the pronoun "I", vitamin C, `C = 5` or C语言.

use regex_lite::Regex;

/// One letter, perhaps bracketed or quoted, spaces allowed inside: `C`, `(c)`, `[ C ]`, `"d"`.
const ONE: &str = r#"[(\["']?[ \t]*[A-Ha-h][ \t]*[)\]"']?"#;
/// Between letters of one list. Not 或/or: "A or B" hedges.
const SEPARATOR: &str = r"[ \t]*(?:,?[ \t]*and\b|,|、|/|&|\+|和|与|及|以及|跟|同埋|同|加)?[ \t]*";

/// A regex from `body` where `LETTERS` stands for a captured letter list and `QUOTED` for a
/// captured bracketed or quoted letter.
pub(super) fn pattern(body: &str) -> Regex {
    let letters = format!("({ONE}(?:{SEPARATOR}{ONE})*)");
    let quoted = r#"([(\["']\s*[A-Ha-h]\s*[)\]"'])"#;
    Regex::new(&body.replace("LETTERS", &letters).replace("QUOTED", quoted)).expect("choice patterns are valid")
}

/// The uppercase letters of a letter list, in order, without repeats.
pub(super) fn letters_of(text: &str) -> Vec<char> {
    // The "and" of "A and B" is a separator, not the letters a, n, d.
    let text = text.replace("and", " ").replace("AND", " ");
    let mut letters = Vec::new();
    for c in text.chars().filter(char::is_ascii_alphabetic) {
        let upper = c.to_ascii_uppercase();
        if !letters.contains(&upper) {
            letters.push(upper);
        }
    }
    letters
}

/// The end of the longest prefix of a letter list that stands in answer position: "A, C,
/// and E" whole, but "A, C, a" (the start of "and …" or "are") cut back to "A, C".
pub(super) fn answer_letters_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let span = &text[start..end];
    let mut ends: Vec<usize> = span
        .char_indices()
        .filter(|&(_, c)| c.is_ascii_alphabetic())
        .map(|(i, c)| {
            let mut stop = start + i + c.len_utf8();
            let rest = &text[stop..end];
            let closing = rest.len() - rest.trim_start_matches(' ').len();
            if text[stop + closing..end].starts_with([')', ']', '"', '\'']) {
                stop += closing + 1;
            }
            stop
        })
        .collect();
    ends.dedup();
    ends.into_iter().rev().find(|&stop| in_answer_position(text, start, stop))
}

/// Chinese words that begin with a letter: C语言, B超, A股, B站, A型血, B计划.
const LETTER_WORDS: [&str; 15] = ["语言", "超", "股", "站", "型", "级", "计划", "轮", "肝", "大调", "小调", "罩", "细胞", "淋巴", "族"];

/// Whether a letter match stands where an answer letter stands.
pub(super) fn in_answer_position(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let next = after.next();
    // A closing bracket or quote ends the letter: "(C)Inca".
    let closed = text[..end].ends_with([')', ']', '"', '\'']);
    // A command-line flag: `git switch -c`, `ls -a`.
    if text[..start].ends_with('-') && text[..start - 1].ends_with(|c: char| c.is_whitespace() || c == '-' || c == '`') {
        return false;
    }
    // "N/A", "w/o", "°C": a letter after a slash that follows a letter, or after a degree sign.
    let slashed = text[..start].ends_with('/') && text[..start - 1].ends_with(|c: char| c.is_ascii_alphabetic());
    if slashed || before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '°')
        || (!closed && next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '\'' || c == '²' || c == '³' || c == '₁' || c == '₂'))
    {
        return false;
    }
    // With or without a space for a bare letter: "C 语言" is C语言.
    let word_start = if closed { &text[end..] } else { text[end..].trim_start_matches(' ') };
    if LETTER_WORDS.iter().any(|word| word_start.starts_with(word)) {
        return false;
    }
    // `A = 3`, `C(5,2)`, `c/a`: a letter in a formula.
    let rest = text[end..].trim_start_matches(' ');
    let operand_follows = rest.char_indices().nth(1).map_or("", |(i, _)| &rest[i..]).trim_start().starts_with(|c: char| c.is_ascii_alphanumeric() || c == '(');
    if rest.starts_with(['=', '+', '×', '^', '/', '<', '>']) && !rest.starts_with("=>") || rest.starts_with('*') && operand_follows {
        return false;
    }
    // `C(5,2)` is a function; `C（1997年7月1日）` is a letter and a gloss.
    if text[start..end].starts_with(|c: char| c.is_ascii_alphabetic())
        && text[end..].starts_with('(')
        && !text[end..].chars().take_while(|&c| c != ')').any(|c| c.len_utf8() >= 3)
    {
        return false;
    }
    // A bare lowercase letter followed by a word is English ("a bit", "a mitochondrion").
    let span = &text[start..end];
    let bare = !span.contains(['(', '[', '"', '\'', ')', ']']);
    let lowercase = span.replace("and", "").chars().any(|c| c.is_ascii_lowercase());
    if lowercase && bare && text[end..].starts_with(' ') {
        let word = rest.split_whitespace().next().unwrap_or("");
        if word.starts_with(|c: char| c.is_ascii_alphabetic()) && !matches!(word, "and" | "or") {
            return false;
        }
    }
    true
}
