//! sacrebleu's `13a` and `zh` tokenizers, reproduced exactly — quirks included — so BLEU and
//! chrF computed here equal sacrebleu 2.x's to the last bit.
//!
//! Both end in the same "regexp" post-tokenizer: four regular-expression substitutions
//! (emulated here by scanning, with the same leftmost, non-overlapping semantics as Python's
//! `re.sub`) and Python's `str.split()`.

/// Python's `str.isspace()` for one character: Unicode White_Space plus U+001C–U+001F, which
/// Python counts as separators. `str.split()`, `strip()` and `rstrip()` use it.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}')
}

/// Python's `str.split()` with no arguments.
pub fn py_split(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_py_space).filter(|word| !word.is_empty())
}

/// Python's `str.strip()` with no arguments.
pub fn py_strip(text: &str) -> &str {
    text.trim_matches(is_py_space)
}

/// Python's `str.rstrip()` with no arguments.
pub fn py_rstrip(text: &str) -> &str {
    text.trim_end_matches(is_py_space)
}

/// sacrebleu's `13a` tokenizer (mteval-v13a, as used by WMT): the tokenized line, tokens
/// separated by single spaces.
pub fn tokenize_13a(line: &str) -> String {
    let mut line = line.replace("<skipped>", "").replace("-\n", "").replace('\n', " ");
    if line.contains('&') {
        line = line
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    }
    post_tokenize(&format!(" {line} "))
}

/// sacrebleu's `zh` tokenizer: every "Chinese" character becomes a token of its own, the rest
/// goes through the `13a` post-tokenizer. "Chinese" is sacrebleu's range list, bug included.
pub fn tokenize_zh(line: &str) -> String {
    let line = py_strip(line);
    let mut spaced = String::with_capacity(line.len() * 2);
    for c in line.chars() {
        if is_sacrebleu_chinese(c) {
            spaced.push(' ');
            spaced.push(c);
            spaced.push(' ');
        } else {
            spaced.push(c);
        }
    }
    post_tokenize(&spaced)
}

/// sacrebleu's `_is_chinese_char`. Its table writes the supplementary-plane ranges as
/// `u'\u20000'`–`u'\u2a6d6'` and `u'\u2f800'`–`u'\u2fa1d'`: Python reads `\u2000` followed by
/// `0`, so the comparisons select U+2001–U+2A6D (general punctuation, letterlike symbols,
/// arrows, math, dingbats…) and U+2F81–U+2FA1, while real Extension-B ideographs (𠀀) are
/// not split. Reproduced deliberately: this is what sacrebleu's numbers mean.
pub fn is_sacrebleu_chinese(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4db5}'
        | '\u{4e00}'..='\u{9fa5}'
        | '\u{9fa6}'..='\u{9fbb}'
        | '\u{f900}'..='\u{fa2d}'
        | '\u{fa30}'..='\u{fa6a}'
        | '\u{fa70}'..='\u{fad9}'
        | '\u{2001}'..='\u{2a6d}'   // sic: see above
        | '\u{2f81}'..='\u{2fa1}'   // sic: see above
        | '\u{ff00}'..='\u{ffef}'
        | '\u{2e80}'..='\u{2eff}'
        | '\u{3000}'..='\u{303f}'
        | '\u{31c0}'..='\u{31ef}'
        | '\u{2f00}'..='\u{2fdf}'
        | '\u{2ff0}'..='\u{2fff}'
        | '\u{3100}'..='\u{312f}'
        | '\u{31a0}'..='\u{31bf}'
        | '\u{fe10}'..='\u{fe1f}'
        | '\u{fe30}'..='\u{fe4f}'
        // (sacrebleu also lists U+2600–U+26FF and U+2700–U+27BF: inside U+2001–U+2A6D.)
        | '\u{3200}'..='\u{32ff}'
        | '\u{3300}'..='\u{33ff}')
}

/// sacrebleu's `TokenizerRegexp`, the common tail of `13a` and `zh`.
fn post_tokenize(line: &str) -> String {
    // 1. `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `: ASCII punctuation (and space) but for
    //    `'`, `,`, `-`, `.`.
    let mut spaced = String::with_capacity(line.len() * 2);
    for c in line.chars() {
        if matches!(c, '{'..='~' | '['..='`' | ' '..='&' | '('..='+' | ':'..='@' | '/') {
            spaced.push(' ');
            spaced.push(c);
            spaced.push(' ');
        } else {
            spaced.push(c);
        }
    }
    let digit = |c: char| c.is_ascii_digit();
    let period_or_comma = |c: char| c == '.' || c == ',';
    // 2. `([^0-9])([\.,])` → `\1 \2 `: period and comma unless preceded by a digit.
    let step = substitute_pairs(&spaced, |a| !digit(a), period_or_comma, |out, a, b| {
        out.push(a);
        out.push(' ');
        out.push(b);
        out.push(' ');
    });
    // 3. `([\.,])([^0-9])` → ` \1 \2`: period and comma unless followed by a digit.
    let step = substitute_pairs(&step, period_or_comma, |b| !digit(b), |out, a, b| {
        out.push(' ');
        out.push(a);
        out.push(' ');
        out.push(b);
    });
    // 4. `([0-9])(-)` → `\1 \2 `: a dash after a digit.
    let step = substitute_pairs(&step, digit, |b| b == '-', |out, a, b| {
        out.push(a);
        out.push(' ');
        out.push(b);
        out.push(' ');
    });
    py_split(&step).collect::<Vec<_>>().join(" ")
}

/// `re.sub` of a two-character pattern `(A)(B)`: leftmost, non-overlapping matches.
fn substitute_pairs(
    text: &str,
    first: impl Fn(char) -> bool,
    second: impl Fn(char) -> bool,
    replace: impl Fn(&mut String, char, char),
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        if i + 1 < chars.len() && first(chars[i]) && second(chars[i + 1]) {
            replace(&mut out, chars[i], chars[i + 1]);
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteen_a_splits_punctuation_but_not_numbers() {
        assert_eq!(tokenize_13a("Hello, world! It costs $1,000.50."), "Hello , world ! It costs $ 1,000.50 .");
        // Checked against sacrebleu 2.6.0: periods between letters are split too.
        assert_eq!(tokenize_13a("don't 2-3 e.g. U.S."), "don't 2 - 3 e . g . U . S .");
        assert_eq!(tokenize_13a("a &amp; b &lt;i&gt;"), "a & b < i >");
        assert_eq!(tokenize_13a("line-\nbreak\nnext"), "linebreak next");
    }

    #[test]
    fn zh_splits_every_chinese_character() {
        assert_eq!(tokenize_zh("我来到北京，GPT-4很好。"), "我 来 到 北 京 ， GPT-4 很 好 。");
    }

    #[test]
    fn zh_reproduces_sacrebleus_range_bug() {
        // “ ” — € are in U+2001–U+2A6D: split off like Chinese characters.
        assert_eq!(tokenize_zh("a“b”c—d€e"), "a “ b ” c — d € e");
        // Extension-B ideographs are not in the (buggy) table: they stay joined.
        assert_eq!(tokenize_zh("𠀀𠀁是"), "𠀀𠀁 是");
        assert!(!is_sacrebleu_chinese('\u{2000}'));
        assert!(is_sacrebleu_chinese('\u{2001}'));
        assert!(is_sacrebleu_chinese('\u{2a6d}'));
        assert!(!is_sacrebleu_chinese('\u{2a6e}'));
    }

    #[test]
    fn python_whitespace_includes_file_separators() {
        assert_eq!(py_split("a\u{1c}b\u{3000}c\u{200b}d").collect::<Vec<_>>(), ["a", "b", "c\u{200b}d"]);
    }
}
