//! Which option(s) a free-form Chinese or English answer chose.
//!
//! Rules are tried in tiers, most explicit first; the first tier that finds something
//! decides, and within a tier the last statement wins (so self-corrections count):
//!
//! 1. explicit statements — 答案是B, 故选D, 正确选项为（C）, "The answer is (A)", "Answer: C",
//!    \boxed{D}, "I'd go with (c)", "so B." — or a statement that no option is right;
//! 2. a line that is only a letter (**D**), or an answer that opens with one (B。 / A. …);
//! 3. option-by-option verdicts (A项错误……B项正确 / (A) Incorrect… / | A | √ |);
//! 4. hedges and refusals → no answer;
//! 5. eliminations that leave one option (排除A、B、D);
//! 6. the option whose text the answer states (叶绿体 / "Jupiter").
//!
//! Letters only count in answer position, so the article "A", the pronoun "I", `let A = 3`,
//! vitamin C or Plan B never fire. A letter that is not among the options gives no answer.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex_lite::Regex;
use serde::Serialize;

use crate::core::text::Normalize;

/// The options of a question: their letters and, when known, their texts.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// The option letters offered, e.g. "ABCD".
    pub letters: &'a str,
    /// Option texts by letter, when known: lets the answer name an option by its text.
    pub texts: Option<&'a BTreeMap<String, String>>,
    /// Whether several options may be chosen.
    pub multi: bool,
}

/// What was extracted, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extraction {
    /// The chosen letters, sorted ("B", "BD"), or `None` when the answer picks nothing.
    pub choice: Option<String>,
    /// The rule that decided, e.g. `zh:答案是`, `en:answer-is`, `verdicts`, `hedge`, `none`.
    pub rule: &'static str,
    /// The piece of the answer the rule matched.
    pub evidence: Option<String>,
}

impl Extraction {
    fn none(rule: &'static str, evidence: Option<String>) -> Self {
        Extraction { choice: None, rule, evidence }
    }
}

/// Letters in answer position: `B`, `BD`, `B、D`, `B和D`, `(A) and (D)`, `A, B, and C`.
const LETTERS: &str = r"[(\[]?[A-Ha-h][)\]]?(?:\s*(?:,?\s*and\b|,|、|/|&|和|与|及|或|以及)?\s*[(\[]?[A-Ha-h][)\]]?)*";

fn pattern(body: &str) -> Regex {
    Regex::new(&body.replace("LETTERS", &format!("({LETTERS})"))).expect("choice patterns are valid")
}

/// Explicit answer statements: (rule, pattern with one capture of LETTERS).
static EXPLICIT: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    [
        ("zh:答案", r"答案\s*(?:应该|应当|应|仍然|仍|还是|就是|最终)?\s*(?:是|为|选|:)?\s*:?\s*(?:选项)?\s*LETTERS"),
        ("zh:【答案】", r"【答案】\s*:?\s*LETTERS"),
        ("zh:选", r"(?:故|应|所以|因此|因而|我|本题|则|即|只能|就|可以)\s*(?:应该|应当|应)?\s*选(?:择)?\s*:?\s*(?:选项)?\s*LETTERS"),
        ("zh:选", r"(?:^|[。.\n，,；;!！])\s*选(?:择)?\s*:?\s*LETTERS"),
        ("zh:倾向", r"倾向于?\s*选(?:择)?\s*LETTERS"),
        ("zh:选项正确", r"(?:正确|对应|符合题意的)(?:的)?选项\s*(?:是|为)?\s*:?\s*LETTERS"),
        ("zh:选项正确", r"选项\s*LETTERS\s*(?:是)?(?:正确|符合题意|对)"),
        ("zh:而是", r"而是\s*LETTERS"),
        ("zh:所以是", r"(?:所以|因此|故|因而)\s*(?:应该|应当|应)?\s*(?:是|为)\s*LETTERS"),
        ("zh:都正确", r"(?:所以|因此|故|只有|仅)\s*LETTERS\s*(?:项|选项)?\s*(?:都|均|也)?\s*(?:正确|对)"),
        ("en:answer-is", r"(?i)\b(?:the\s+)?(?:final\s+|correct\s+|right\s+|best\s+|my\s+)?(?:answer|choice|option|selection)s?\s*(?:is|are|would\s+be|should\s+be|will\s+be|stays|remains|:|=)\s*(?:option\s+|choice\s+)?LETTERS"),
        ("en:i-choose", r"(?i)\bI(?:'d|\s+would|\s+will|'ll)?\s+(?:go\s+with|choose|pick|select)\s+(?:option\s+)?LETTERS"),
        ("en:leaning", r"(?i)\bleaning\s+(?:toward|towards)\s+(?:option\s+)?LETTERS"),
        ("en:option-correct", r"(?i)\b(?:option|choice)s?\s+LETTERS\s+(?:is|are)\s+(?:the\s+)?(?:correct|right|true|answer)"),
        ("en:both-correct", r"(?i)\bboth\s+LETTERS\s+are\s+correct"),
        ("en:that's", r"(?i)\bthat'?s\s+(?:choice\s+|option\s+)?LETTERS"),
        ("en:it's", r"(?i)\bit'?s\s+(?:option\s+)?LETTERS"),
        ("en:only", r"(?i)\bonly\s+LETTERS(?:\s*[.!]|\s+is\s+correct)"),
        ("en:so", r"(?i)\b(?:so|thus|therefore|hence)\s*,?\s*(?:option\s+)?LETTERS"),
        ("en:option-end", r"(?i)\boption\s+LETTERS\s*[.!]?\s*$"),
        ("arrow", r"(?:→|=>)\s*LETTERS"),
        ("boxed", r"\\boxed\s*\{\s*(?:\\text\s*\{\s*)?LETTERS\s*\}?\s*\}"),
    ]
    .into_iter()
    .map(|(rule, body)| (rule, pattern(body)))
    .collect()
});

/// Statements that no option is right (when no option says so).
static NONE_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)以上(?:选项)?都不(?:对|正确|是)|以上均不|none of the (?:above|options)|not (?:among|listed)|isn't listed|is not listed|not one of the options").expect("valid")
});

/// Hedges and refusals: when nothing explicit was said, they mean no answer.
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)无法确定|不能确定|不确定|记不太清|记不太准|记不清|都有可能|也可能是|无法判断|无法回答|不能回答|不能提供|不能直接告诉|不便回答|请问你需要|not sure|unsure|can ?not answer|can't answer|cannot determine|can't tell|don't know|do not know|won't pick|isn't a single|can't see|cannot see|I'm sorry|let me know if").expect("valid")
});

/// Option-by-option verdicts: a letter (or option text) followed by a verdict.
static VERDICT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?im)(?:^|[\n；;。.]|\|)\s*(?:[-*]\s*|\d+[.)]\s*)?(?:选项|option\s+)?[(\[]?([A-Ha-h])[)\]]?\s*(?:项|选项)?\s*(?:\||[:：—–-]|说法|is|are)?\s*(?:说法)?\s*(正确|错误|不正确|不对|对|错|√|✔|✓|×|✘|✗|correct|incorrect|true|false|wrong|right)")
});

static ELIMINATION: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)(?:排除|eliminate|rule\s+out)\s*(?:选项)?\s*LETTERS")
});

/// Questions that ask for the wrong statement: verdicts then point the other way.
static NEGATIVE_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)错误的一项|说法错误的|不正确的一项|不正确的是|选出.{0,8}错误|which (?:of the following )?(?:is|are) (?:not|false|incorrect)|\bNOT\b|\bEXCEPT\b").expect("valid")
});

/// Extracts the chosen option(s) of `answer`.
pub fn extract(answer: &str, options: Options<'_>) -> Extraction {
    let text = clean(answer);
    let offered: Vec<char> = options.letters.chars().map(|c| c.to_ascii_uppercase()).collect();

    // 1. Explicit statements: the last one in the text wins.
    let mut last: Option<(usize, &'static str, String)> = None;
    for (rule, regex) in EXPLICIT.iter() {
        for captures in regex.captures_iter(&text) {
            let (Some(whole), Some(letters)) = (captures.get(0), captures.get(1)) else { continue };
            let Some(end) = answer_letters_end(&text, letters.start(), letters.end()) else { continue };
            if text[..whole.start()].ends_with('不') || text[..whole.start()].ends_with("not ") {
                continue;
            }
            if last.as_ref().is_none_or(|(last_end, _, _)| end >= *last_end) {
                last = Some((end, rule, text[letters.start()..end].to_owned()));
            }
        }
    }
    // An explicit statement naming an option by its text: 答案是 Java / "the answer is vitamin D".
    if let Some(found) = explicit_option_text(&text, options)
        && last.as_ref().is_none_or(|(end, _, _)| found.0 > *end) {
            last = Some(found);
        }
    let none_statement = NONE_OF_THEM.find(&text).filter(|_| !option_text_says_none(options));
    if let Some((end, rule, letters)) = last
        && none_statement.as_ref().is_none_or(|m| m.start() < end) {
            return resolve(&letters, &offered, rule);
        }
    if let Some(statement) = none_statement {
        return Extraction::none("none-of-the-options", Some(statement.as_str().to_owned()));
    }

    // 2. A line that is only a letter, or an answer that opens with one.
    if let Some(letters) = standalone_letter(&text) {
        return resolve(&letters, &offered, "standalone-letter");
    }

    // 3. Option-by-option verdicts.
    if let Some(extraction) = verdicts(&text, &offered).or_else(|| text_verdicts(&text, options)) {
        return extraction;
    }

    // 4. Hedges and refusals.
    if let Some(hedge) = HEDGE.find(&text) {
        return Extraction::none("hedge", Some(hedge.as_str().to_owned()));
    }

    // 5. Eliminations leaving one option.
    let mut eliminated: Vec<char> = Vec::new();
    for captures in ELIMINATION.captures_iter(&text) {
        if let Some(letters) = captures.get(1) {
            eliminated.extend(letters_of(letters.as_str()));
        }
    }
    let left: Vec<char> = offered.iter().copied().filter(|c| !eliminated.contains(c)).collect();
    if !eliminated.is_empty() && left.len() == 1 {
        return Extraction { choice: Some(left[0].to_string()), rule: "elimination", evidence: None };
    }

    // 5b. "The remaining option": every option but one is discussed, and the answer says the
    //     one left is right (剩下的那一项 / "except the remaining option").
    if let Some(letter) = remaining_option(&text, &offered, options) {
        return Extraction { choice: Some(letter.to_string()), rule: "remaining-option", evidence: None };
    }

    // 6. The option whose text the answer states.
    if let Some((letters, evidence)) = stated_option_text(&text, options) {
        return Extraction { choice: Some(letters), rule: "option-text", evidence: Some(evidence) };
    }
    Extraction::none("none", None)
}

/// NFKC (full-width letters and brackets), no markdown emphasis, no LaTeX dollar signs.
fn clean(answer: &str) -> String {
    let text = Normalize { nfkc: true, ..Normalize::NONE }.apply(answer);
    text.replace("**", "").replace("__", "").replace('$', "").replace(['“', '”'], "\"")
}

/// The uppercase letters of a LETTERS match, in order, without repeats.
fn letters_of(text: &str) -> Vec<char> {
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

/// The end of the longest prefix of a LETTERS match that stands in answer position: "A, C,
/// and E" whole, but "A, C, a" (the start of "and …" or "are") cut back to "A, C".
fn answer_letters_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let span = &text[start..end];
    let mut ends: Vec<usize> = span
        .char_indices()
        .filter(|&(_, c)| c.is_ascii_alphabetic())
        .map(|(i, c)| {
            let mut stop = start + i + c.len_utf8();
            if text[stop..end].starts_with([')', ']']) {
                stop += 1;
            }
            stop
        })
        .collect();
    ends.dedup();
    ends.into_iter().rev().find(|&stop| in_answer_position(text, start, stop))
}

/// Whether a letter match stands where an answer letter stands: not the start of a word
/// ("A plant", "a bit", "Vitamin C" never reach here), not part of a formula (`C = 5`, `C²`).
fn in_answer_position(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after: String = text[end..].chars().take(3).collect();
    let mut after_chars = after.chars();
    let next = after_chars.next();
    if before.is_some_and(|c| c.is_ascii_alphanumeric()) || next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '\'' || c == '²' || c == '³') {
        return false;
    }
    // `A = 3`, `C(5,2)`, `c/a`: a letter in a formula.
    let rest = text[end..].trim_start_matches(' ');
    if rest.starts_with('=') || rest.starts_with('+') || rest.starts_with('×') || rest.starts_with('^') || rest.starts_with('/') {
        return false;
    }
    if text[start..end].starts_with(|c: char| c.is_ascii_alphabetic()) && rest.starts_with('(') && text[end..].starts_with('(') {
        return false;
    }
    // A lowercase letter followed by a word is an English word ("a bit", "a mitochondrion").
    let lowercase = text[start..end].replace("and", "").chars().any(|c| c.is_ascii_lowercase());
    if lowercase {
        let mut words = rest.split_whitespace();
        if let Some(word) = words.next()
            && word.starts_with(|c: char| c.is_ascii_alphabetic()) && !matches!(word, "and" | "or") && text[end..].starts_with(' ') {
                return false;
            }
    }
    true
}

fn resolve(letters: &str, offered: &[char], rule: &'static str) -> Extraction {
    let mut chosen = letters_of(letters);
    if chosen.is_empty() {
        return Extraction::none(rule, Some(letters.to_owned()));
    }
    if chosen.iter().any(|c| !offered.contains(c)) {
        return Extraction::none("letter-not-offered", Some(letters.to_owned()));
    }
    chosen.sort_unstable();
    Extraction { choice: Some(chosen.into_iter().collect()), rule, evidence: Some(letters.trim().to_owned()) }
}

fn standalone_letter(text: &str) -> Option<String> {
    static LINE: LazyLock<Regex> = LazyLock::new(|| {
        pattern(r"(?m)^\s*(?:#+\s*)?(?:answer\s*:)?\s*LETTERS\s*[.。!]?\s*$")
    });
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        pattern(r"^\s*(?:#+\s*)?[(\[]?([A-H])[)\]]?\s*(?:[.。:：、,，]|\s[—–-]\s|\s*\n|\s*$)")
    });
    let mut found = None;
    for captures in LINE.captures_iter(text) {
        let letters = captures.get(1)?;
        if letters.as_str().chars().filter(char::is_ascii_alphabetic).count() <= 8 {
            found = Some(letters.as_str().to_owned());
        }
    }
    found.or_else(|| OPENING.captures(text).and_then(|c| c.get(1)).map(|m| m.as_str().to_owned()))
}

fn verdicts(text: &str, offered: &[char]) -> Option<Extraction> {
    let mut positive: Vec<char> = Vec::new();
    let mut negative: Vec<char> = Vec::new();
    for captures in VERDICT.captures_iter(text) {
        let (Some(letter), Some(verdict)) = (captures.get(1), captures.get(2)) else { continue };
        let letter = letter.as_str().chars().next()?.to_ascii_uppercase();
        if !offered.contains(&letter) {
            continue;
        }
        let good = matches!(verdict.as_str().to_lowercase().as_str(), "正确" | "对" | "√" | "✔" | "✓" | "correct" | "true" | "right");
        let (list, other) = if good { (&mut positive, &mut negative) } else { (&mut negative, &mut positive) };
        other.retain(|&c| c != letter);
        if !list.contains(&letter) {
            list.push(letter);
        }
    }
    if positive.len() + negative.len() < 2 {
        return None;
    }
    let mut chosen = if NEGATIVE_QUESTION.is_match(text) { negative } else { positive };
    if chosen.is_empty() {
        return None;
    }
    chosen.sort_unstable();
    Some(Extraction { choice: Some(chosen.into_iter().collect()), rule: "verdicts", evidence: None })
}

/// Option texts, lowercased, longest first (so "World War II" is tried before "World War I").
fn option_texts(options: Options<'_>) -> Vec<(char, String)> {
    let mut texts: Vec<(char, String)> = options
        .texts
        .into_iter()
        .flatten()
        .filter_map(|(letter, text)| {
            let letter = letter.chars().next()?.to_ascii_uppercase();
            let text = clean(text).trim().trim_end_matches(['.', '。']).to_lowercase();
            // "a general rise in the price level" is stated as "…, general rise in the price level".
            let text = ["a ", "an ", "the "]
                .iter()
                .find_map(|article| text.strip_prefix(article))
                .map_or(text.clone(), str::to_owned);
            (!text.is_empty()).then_some((letter, text))
        })
        .collect();
    texts.sort_by_key(|(_, text)| std::cmp::Reverse(text.chars().count()));
    texts
}

fn option_text_says_none(options: Options<'_>) -> bool {
    option_texts(options).iter().any(|(_, text)| NONE_OF_THEM.is_match(text))
}

/// Where each option text occurs in `haystack` (lowercase), longer texts claiming their span.
fn occurrences(haystack: &str, options: Options<'_>) -> Vec<(usize, usize, char)> {
    let mut taken: Vec<(usize, usize, char)> = Vec::new();
    for (letter, needle) in option_texts(options) {
        let mut from = 0;
        while let Some(offset) = haystack[from..].find(&needle) {
            let (start, end) = (from + offset, from + offset + needle.len());
            let word_edge = |c: Option<char>| c.is_none_or(|c| !c.is_ascii_alphanumeric());
            let whole = word_edge(haystack[..start].chars().next_back()) && word_edge(haystack[end..].chars().next());
            let free = taken.iter().all(|&(s, e, _)| end <= s || start >= e);
            if whole && free && !restated(haystack, start, letter) {
                taken.push((start, end, letter));
            }
            from = end;
        }
    }
    taken.sort_unstable();
    taken
}

/// Whether the option text at `start` follows its own letter, as in a restated option list:
/// `A. 烧杯`, `(B) meiosis`, `C) Jupiter`.
fn restated(haystack: &str, start: usize, letter: char) -> bool {
    let before: String = haystack[..start].chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
    let before = before.trim_end();
    let lower = letter.to_ascii_lowercase();
    [format!("{lower}."), format!("{lower})"), format!("{lower}、"), format!("{lower}:"), format!("({lower})"), format!("[{lower}]")]
        .iter()
        .any(|prefix| {
            before.ends_with(prefix.as_str())
                && before[..before.len() - prefix.len()].chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric())
        })
}

/// Option texts that speak of the others: 以上都对, "All of the above", "None of the above".
fn is_summary_option(text: &str) -> bool {
    text.starts_with("以上") || text.starts_with("all of the") || text.starts_with("none of the") || text.starts_with("both ")
}

/// "The remaining option": all options but one are mentioned, and the answer says the one left
/// is the answer.
fn remaining_option(text: &str, offered: &[char], options: Options<'_>) -> Option<char> {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)剩下的(?:那)?(?:一)?(?:项|个)|唯一剩下|剩余的(?:那)?(?:一)?(?:项|个)|(?:except|but) the remaining|the remaining option|the only option left|the one left").expect("valid")
    });
    if !CUE.is_match(text) {
        return None;
    }
    static MENTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(([A-H])\)|([A-H])项").expect("valid"));
    let mut mentioned: Vec<char> = MENTION
        .captures_iter(text)
        .filter_map(|c| c.get(1).or(c.get(2)))
        .filter_map(|m| m.as_str().chars().next())
        .collect();
    mentioned.extend(occurrences(&text.to_lowercase(), options).into_iter().map(|(_, _, letter)| letter));
    let left: Vec<char> = offered.iter().copied().filter(|c| !mentioned.contains(c)).collect();
    (left.len() == 1).then(|| left[0])
}

/// Verdict marks on lines that name an option by its text: "- `GET` — standard ✔".
fn text_verdicts(text: &str, options: Options<'_>) -> Option<Extraction> {
    let mut positive = Vec::new();
    let mut marked = 0;
    for line in text.to_lowercase().lines() {
        let found = occurrences(line, options);
        let [(_, _, letter)] = found[..] else { continue };
        let good = line.contains(['✔', '✓', '√']);
        let bad = line.contains(['✘', '✗', '×']);
        if good != bad {
            marked += 1;
            if good && !positive.contains(&letter) {
                positive.push(letter);
            }
        }
    }
    if marked < 2 || positive.is_empty() {
        return None;
    }
    positive.sort_unstable();
    Some(Extraction { choice: Some(positive.into_iter().collect()), rule: "verdicts", evidence: None })
}

/// `答案是 Java`, "the answer is vitamin D", 应选"以上都对": an answer cue then an option text.
fn explicit_option_text(text: &str, options: Options<'_>) -> Option<(usize, &'static str, String)> {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)(?:答案\s*(?:是|为|选)|应选|故选|所以选|the answer is|answer:)\s*["'“]?"#).expect("valid")
    });
    let lower = text.to_lowercase();
    let found = occurrences(&lower, options);
    let mut best = None;
    for cue in CUE.find_iter(&lower) {
        if let Some(&(_, end, letter)) = found.iter().find(|(start, _, _)| *start == cue.end()) {
            best = Some((end, "option-text-stated", letter.to_string()));
        }
    }
    best
}

/// The option the answer states by its text (restated option lists do not count). Several
/// candidates: a summary option (以上都对, "None of the above") first; else, in the last
/// paragraph that names an option, the one right after a copula (是/为/is/are) or the first;
/// for a multiple-answer question, every option named in that paragraph's first sentence.
fn stated_option_text(text: &str, options: Options<'_>) -> Option<(String, String)> {
    let lower = text.to_lowercase();
    let found = occurrences(&lower, options);
    if found.is_empty() {
        return None;
    }
    let texts = option_texts(options);
    let summary = found.iter().rev().find(|&&(_, _, letter)| {
        texts.iter().any(|(l, t)| *l == letter && is_summary_option(t))
    });
    if let Some(&(s, e, letter)) = summary {
        return Some((letter.to_string(), lower[s..e].to_owned()));
    }
    // The last paragraph that names an option.
    let paragraph_start = |at: usize| lower[..at].rfind("\n\n").map_or(0, |p| p + 2);
    let last_start = paragraph_start(found.last()?.0);
    let in_paragraph: Vec<(usize, usize, char)> = found.iter().copied().filter(|&(s, _, _)| s >= last_start).collect();
    if options.multi {
        let first = in_paragraph.first()?.0;
        let sentence_end = lower[first..].find(['。', '.', '\n', ';', '；']).map_or(lower.len(), |p| first + p);
        let mut letters: Vec<char> = in_paragraph.iter().filter(|&&(s, _, _)| s < sentence_end).map(|&(_, _, l)| l).collect();
        letters.sort_unstable();
        letters.dedup();
        return Some((letters.into_iter().collect(), lower[first..sentence_end].to_owned()));
    }
    let copula = |start: usize| {
        let before = lower[..start].trim_end();
        ["是", "为", "即", "就是", " is", " are", " was", "called", "叫"].iter().any(|cue| before.ends_with(cue))
    };
    in_paragraph
        .iter()
        .find(|&&(s, _, _)| copula(s))
        .or(in_paragraph.first())
        .map(|&(s, e, l)| (l.to_string(), lower[s..e].to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(answer: &str) -> Option<String> {
        extract(answer, Options { letters: "ABCD", texts: None, multi: false }).choice
    }

    #[test]
    fn explicit_statements() {
        assert_eq!(pick("光合作用发生在叶绿体中。答案是B。").as_deref(), Some("B"));
        assert_eq!(pick("所以答案选（Ｂ）。").as_deref(), Some("B"));
        assert_eq!(pick("The answer is (A).").as_deref(), Some("A"));
        assert_eq!(pick("**Answer: C**").as_deref(), Some("C"));
        assert_eq!(pick("x = 4, so \\boxed{D}").as_deref(), Some("D"));
        assert_eq!(pick("答案：BD").as_deref(), Some("BD"));
    }

    #[test]
    fn the_last_statement_wins() {
        assert_eq!(pick("答案是A。不对，应该是C。所以应该是C。").as_deref(), Some("C"));
        assert_eq!(pick("So A. Wait: the correct choice is B.").as_deref(), Some("B"));
    }

    #[test]
    fn articles_pronouns_and_formulas_do_not_fire() {
        assert_eq!(pick("A plant cell has a wall. I think so."), None);
        assert_eq!(pick("Let A = 3 and B = 4, then C = 5."), None);
        assert_eq!(pick("Vitamin C deficiency causes scurvy."), None);
        assert_eq!(pick("The answer is a bit tricky."), None);
    }

    #[test]
    fn letters_not_offered_and_hedges_give_nothing() {
        assert_eq!(pick("The answer is E."), None);
        assert_eq!(pick("It could be A or B, I'm not sure."), None);
        assert_eq!(pick("以上都不对。"), None);
    }
}

#[cfg(test)]
mod letters_tests {
    use super::*;
    use crate::core::model::suite::OPTION_LETTERS;

    /// The extractor reads exactly the letters a suite may offer: every one of them, and none
    /// beyond (validation refuses options it could never pick).
    #[test]
    fn the_extractor_reads_the_letters_validation_allows() {
        let offered: String = ('A'..='Z').collect();
        for letter in 'A'..='Z' {
            let picked = extract(&format!("答案是{letter}"), Options { letters: &offered, texts: None, multi: false }).choice;
            let readable = OPTION_LETTERS.contains(letter);
            assert_eq!(picked.as_deref() == Some(letter.to_string().as_str()), readable, "{letter}: {picked:?}");
        }
    }
}
