//! Options named by their text rather than their letter: 答案是 Java, "It's Canberra.",
//! 以上皆是 for the option that reads 以上都是.

use std::ops::Range;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::folded::Folded;
use super::Options;

/// What kind of option a text is: one that speaks of the others, or an ordinary one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Summary {
    All,
    None,
}

/// 以上都对 / 以上皆是 / 以上做法都正确 / "All of the above" / "all of them".
pub(super) static ALL_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)以上(?:选项|说法|做法|各项|几项|三项|四项|所有|全部)?(?:都|均|皆|全)(?:对|正确|是|选|符合|可以|成立)|以上全部|以上全对|以上皆是|all\s+of\s+the\s+above|all\s+of\s+(?:these|them)\s+(?:are\s+)?(?:correct|right|true)")
        .expect("valid")
});

/// 以上都不对 / 以上皆非 / 没有正确选项 / "None of the above" / "not listed".
pub(super) static NONE_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)以上(?:选项|说法|做法|各项)?(?:都|均|皆|全)(?:不|非|错)(?:对|正确|是|符合)?|以上皆非|以上均不|没有(?:一个)?正确(?:的)?(?:选项|答案)|(?:选项)?都不(?:对|正确)|none\s+of\s+(?:the\s+)?(?:given\s+|listed\s+|offered\s+)?(?:above|options|choices|answers|these|them)\s+(?:works?|fits?|is\s+(?:right|correct)|are\s+(?:right|correct)|matche?s?)|none\s+of\s+(?:the\s+)?(?:above|options|these|them)(?:\s*[.!,;]|\s*$)|没有任何(?:一个)?(?:选项)?(?:成立|正确|对|符合)|没有一个选项(?:能|可以)?(?:同时)?(?:满足|符合|成立|正确)|(?:四|三|五)个选项都(?:唔|不)(?:成立|正确|对|啱)|not\s+(?:among|listed|one\s+of\s+the\s+options)|isn't\s+listed|is\s+not\s+listed|no\s+correct\s+(?:option|answer)")
        .expect("valid")
});

pub(super) fn summary_of(text: &str) -> Option<Summary> {
    if NONE_OF_THEM.is_match(text) {
        Some(Summary::None)
    } else if ALL_OF_THEM.is_match(text) || text.trim().eq_ignore_ascii_case("all of the above") {
        Some(Summary::All)
    } else {
        None
    }
}

/// Option texts folded like the answer and lowercased, longest first (so "World War II" is
/// tried before "World War I").
pub(super) fn option_texts(options: Options<'_>) -> Vec<(char, String)> {
    let mut texts: Vec<(char, String)> = options
        .texts
        .into_iter()
        .flatten()
        .filter_map(|(letter, text)| {
            let letter = letter.chars().next()?.to_ascii_uppercase();
            let text = Folded::new(text).text.trim().trim_end_matches(['.', '。']).to_ascii_lowercase();
            // "a general rise in the price level" is stated as "…, general rise in the price level".
            let text = ["a ", "an ", "the "].iter().find_map(|article| text.strip_prefix(article)).map_or(text.clone(), str::to_owned);
            (!text.is_empty()).then_some((letter, text))
        })
        .flat_map(|(letter, text)| variants(&text).into_iter().map(move |variant| (letter, variant)))
        .collect();
    texts.sort_by_key(|(_, text)| std::cmp::Reverse(text.chars().count()));
    texts
}

/// An option text and the other ways an answer writes it: 8 as 八, 1000 as 一千, 100°c as
/// 100摄氏度.
fn variants(text: &str) -> Vec<String> {
    let mut all = vec![text.to_owned()];
    if let Some(degrees) = text.strip_suffix("°c").map(str::trim_end) {
        all.push(format!("{degrees}摄氏度"));
        all.push(format!("{degrees}度"));
    }
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty()
        && let Ok(n) = digits.parse::<u32>()
    {
        let rest = text[digits.len()..].trim_start();
        // 90° as 九十度, 1776 as 一七七六, 12 as "twelve", 1914 as "nineteen fourteen".
        let rest_zh = rest.strip_prefix('°').map_or(rest.to_owned(), |r| format!("度{r}"));
        // A lone 一 or "one" is a word in its own right (这是一道题, 一样, "the first one"): not 1.
        if let Some(chinese) = chinese_numeral(n).filter(|_| !rest_zh.is_empty() || n != 1) {
            all.push(format!("{chinese}{rest_zh}"));
        }
        if digits.len() == 4 {
            let by_digit: String = digits.chars().filter_map(|d| d.to_digit(10)).map(|d| ZH_DIGITS[d as usize]).collect();
            all.push(format!("{by_digit}{rest_zh}"));
            if (1000..2100).contains(&n)
                && n % 100 >= 10
                && let (Some(high), Some(low)) = (english_number(n / 100), english_number(n % 100))
            {
                all.push(format!("{high} {low}{}", if rest.is_empty() { String::new() } else { format!(" {rest}") }));
            }
        }
        if let Some(words) = english_number(n).filter(|_| !rest.is_empty() || n > 1) {
            all.push(if rest.is_empty() { words } else { format!("{words} {rest}") });
        }
    }
    all
}

/// 0–99 in English words: 12 → "twelve", 42 → "forty-two".
pub(super) fn english_number(n: u32) -> Option<String> {
    const ONES: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    match n {
        0..=19 => Some(ONES[n as usize].to_owned()),
        20..=99 if n.is_multiple_of(10) => Some(TENS[(n / 10) as usize].to_owned()),
        20..=99 => Some(format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize])),
        _ => None,
    }
}

/// The Chinese digits 0–9.
const ZH_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// 0–9999 in Chinese numerals: 8 → 八, 12 → 十二, 105 → 一百零五, 1000 → 一千.
fn chinese_numeral(n: u32) -> Option<String> {
    if n >= 10_000 {
        return None;
    }
    if n < 10 {
        return Some(ZH_DIGITS[n as usize].to_string());
    }
    if n < 20 {
        return Some(format!("十{}", if n.is_multiple_of(10) { String::new() } else { ZH_DIGITS[(n % 10) as usize].to_string() }));
    }
    let mut out = String::new();
    let mut zero = false;
    for (unit, value) in [('千', 1000), ('百', 100), ('十', 10), (' ', 1)] {
        let digit = n / value % 10;
        if digit == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        out.push(ZH_DIGITS[digit as usize]);
        if unit != ' ' {
            out.push(unit);
        }
    }
    Some(out)
}

/// The letter of the option that reads "all of the above" (or "none …").
pub(super) fn summary_option(options: Options<'_>, kind: Summary) -> Option<char> {
    option_texts(options).into_iter().find(|(_, text)| summary_of(text) == Some(kind)).map(|(letter, _)| letter)
}

/// Where each option text occurs in `haystack` (folded, lowercase), longer texts claiming
/// their span; restated option lists (`A. 烧杯`, `(B) meiosis`) do not count.
pub(super) fn occurrences(haystack: &str, options: Options<'_>) -> Vec<(Range<usize>, char)> {
    occurrences_of(haystack, &option_texts(options))
}

/// `occurrences` of option texts already folded by `option_texts`.
fn occurrences_of(haystack: &str, needles: &[(char, String)]) -> Vec<(Range<usize>, char)> {
    let mut taken: Vec<(Range<usize>, char)> = Vec::new();
    for (letter, needle) in needles.iter().map(|(l, t)| (*l, t.as_str())) {
        let mut from = 0;
        while let Some(offset) = haystack[from..].find(needle) {
            let (start, end) = (from + offset, from + offset + needle.len());
            let word_edge = |c: Option<char>| c.is_none_or(|c| !c.is_ascii_alphanumeric());
            // A number is not part of a longer number: "2" is not in "12" or "1/2".
            let number = needle.starts_with(|c: char| c.is_ascii_digit());
            let digit_edge = |c: Option<char>| !number || c.is_none_or(|c| !matches!(c, '/' | '²' | '^'));
            let decimal = number && (haystack[end..].starts_with('.') && haystack[end + 1..].starts_with(|c: char| c.is_ascii_digit()) || haystack[..start].ends_with('.') && haystack[..start.saturating_sub(1)].ends_with(|c: char| c.is_ascii_digit()));
            // "blanch" is stated as "blanching", "mitochondrion" not as "mitochondrions"
            let suffix = ["ing", "ed", "es", "s", "d"]
                .iter()
                .find(|s| needle.ends_with(|c: char| c.is_ascii_alphabetic()) && haystack[end..].starts_with(*s) && word_edge(haystack[end + s.len()..].chars().next()))
                .map_or(0, |s| s.len());
            let whole = word_edge(haystack[..start].chars().next_back())
                && word_edge(haystack[end + suffix..].chars().next())
                && digit_edge(haystack[..start].chars().next_back())
                && digit_edge(haystack[end..].chars().next())
                && !decimal;
            let free = taken.iter().all(|(r, _)| end <= r.start || start >= r.end);
            if whole && free && !restated(haystack, start, letter) {
                taken.push((start..end, letter));
            }
            from = end;
        }
    }
    taken.sort_by_key(|(r, _)| r.start);
    taken
}

/// Whether the option text at `start` follows its own letter, as in a restated option list.
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

/// An option label in a line: "A) ", "(b) ", "c: ".
static OTHER_LABEL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[\s,;，；(（])\(?[a-h][).:、）]\s").expect("valid"));

/// Where an answer that ends on a letter and its own option text, "**C. The Enlightenment**",
/// "…：B）胰岛素", would end without the text: just after the letter (and its bracket).
pub(super) fn restated_at_end(lower: &str, options: Options<'_>) -> Option<usize> {
    let tail = lower.trim_end().trim_end_matches(['*', '_', '.', '。', '!', '！', ' ']);
    option_texts(options).into_iter().find_map(|(letter, text)| {
        let before = tail.strip_suffix(text.as_str())?.trim_end();
        let before = ["the", "a", "an"].iter().find_map(|article| before.strip_suffix(article).filter(|b| b.ends_with([' ', '.', ')', ':']))).unwrap_or(before).trim_end();
        let lower_letter = letter.to_ascii_lowercase();
        let label = before.trim_end_matches(['.', ')', ':', '、', '）', '：']);
        let bracketed = label.len() < before.len();
        let label = label.strip_suffix(lower_letter)?;
        let alone = label.chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric());
        // "Here are the options again: A) 12, B) 15, C) 18, D) 21." restates them all.
        let line = &label[label.rfind('\n').map_or(0, |i| i + 1)..];
        let listed = OTHER_LABEL.find_iter(line).any(|m| m.as_str().trim_start_matches(|c: char| !c.is_ascii_alphabetic()).starts_with(|c: char| c != lower_letter));
        (bracketed && alone && !listed).then(|| label.len() + 1 + usize::from(before[label.len() + 1..].starts_with(')')))
    })
}

/// `答案是 Java`, "the answer is vitamin D", 应选"以上都对": an answer cue, then an option text.
pub(super) fn explicit_option_text(lower: &str, options: Options<'_>) -> Option<(Range<usize>, char)> {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?:答案\s*(?:是|为|选|系|:)|应选|故选|所以选|我选|选择|正确的是|the answer is|answer:|i'd go with|i'd pick|i choose|it's)\s*["']?"#).expect("valid")
    });
    let found = occurrences(lower, options);
    let mut best = None;
    for cue in CUE.find_iter(lower) {
        if let Some((range, letter)) = found.iter().find(|(range, _)| range.start == cue.end()) {
            best = Some((cue.start()..range.end, *letter));
        }
    }
    best
}

/// Words that set an option up as the foil of another: a contrast (相反, 则, "unlike"), a
/// denial (不能, "don't", "neither") or a counterfactual ("would").
static FOIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)相反|反而|不同|而非|则|却|但|不过|反之|唔同|混淆|区别|不能|不会|不是|不属于|不可|没有|并不|无法|唔|冇|\bunlike\b|\bwhereas\b|\bwhile\b|\bbut\b|\bhowever\b|\bin\s+contrast\b|\bby\s+contrast\b|\bopposite\b|\binstead\b|\bnot\b|n't\b|\bneither\b|\bnor\b|\bnever\b|\bwould\b|confus|mistak").expect("valid")
});

/// The option the answer states by its text. Several candidates: in the last paragraph that
/// names an option, the last one after a copula (是/为/= /is), else the first when it stands
/// alone, leads a one-line answer or has only foils beside it; for a multiple-answer
/// question, every option named in that paragraph's first sentence.
pub(super) fn stated_option_text(lower: &str, options: Options<'_>) -> Option<(Range<usize>, Vec<char>)> {
    // Denied options are not stated: 这叫做升华，不是汽化 / "not poaching".
    let found: Vec<(Range<usize>, char)> = occurrences(lower, options)
        .into_iter()
        .filter(|(r, _)| {
            let before = lower[..r.start].trim_end();
            let clause_end = lower[r.end..].find(['。', '.', ';', '\n', '!', '?']).map_or(lower.len(), |i| r.end + i);
            let after = &lower[r.end..clause_end];
            let denied_after = ["排除", "唔啱", "唔好", "不对", "错误", "is wrong", "is out", "ruled out", "can be ruled out"].iter().any(|cue| after.contains(cue));
            !denied_after && !["不是", "并非", "而非", "唔系", "not", "isn't", "非"].iter().any(|cue| before.ends_with(cue))
        })
        .collect();
    if found.is_empty() {
        return None;
    }
    let paragraph_start = |at: usize| lower[..at].rfind("\n\n").map_or(0, |p| p + 2);
    let last_start = paragraph_start(found.last()?.0.start);
    let in_paragraph: Vec<&(Range<usize>, char)> = found.iter().filter(|(r, _)| r.start >= last_start).collect();
    if options.multi {
        let first = in_paragraph.first()?.0.clone();
        // Searched from the option's end: an option's own text may hold a full stop.
        let sentence_end = lower[first.end..].find(['。', '.', '\n', ';']).map_or(lower.len(), |p| first.end + p);
        let mut letters: Vec<char> = in_paragraph.iter().filter(|(r, _)| r.start < sentence_end).map(|(_, l)| *l).collect();
        letters.sort_unstable();
        letters.dedup();
        return Some((first.start..sentence_end, letters));
    }
    // A sentence that lists three options or more restates the question ("选项有英国、法国、德国和美国").
    let sentence = |at: usize| {
        let start = super::after_last(&lower[..at], &['。', '.', '\n', ';', '!', '?']);
        let end = lower[at..].find(['。', '.', '\n', ';', '!', '?']).map_or(lower.len(), |p| at + p);
        start..end
    };
    let in_paragraph: Vec<&(Range<usize>, char)> = in_paragraph
        .into_iter()
        .filter(|(r, _)| {
            let here = sentence(r.start);
            let mut named: Vec<char> = found.iter().filter(|(o, _)| here.contains(&o.start)).map(|(_, l)| *l).collect();
            named.sort_unstable();
            named.dedup();
            named.len() < 3
        })
        .collect();
    let copula = |start: usize| {
        let before = lower[..start].trim_end();
        // "which is Newton's Law III": a possessive may stand between.
        let before = before.rsplit_once(' ').filter(|(_, word)| word.ends_with("'s") || word.ends_with("’s")).map_or(before, |(head, _)| head);
        ["是", "为", "即", "系", "就是", " is", " are", " was", "called", "叫", "叫做", "称为", "叫作", "=", "等于"].iter().any(|cue| before.ends_with(cue))
    };
    // "好多人以为系悉尼" names an option as others see it.
    if let Some((range, letter)) = in_paragraph.iter().rev().find(|(r, _)| copula(r.start) && !super::reported(lower, r.start)) {
        return Some((range.clone(), vec![*letter]));
    }
    // Without a copula, the one option named is the answer, and so is the first when every
    // other is brought in as its foil: contrasted ("队列是先进先出；栈恰好相反"), denied or
    // counterfactual ("量筒和集气瓶都不能加热", "type O would carry neither"). Options
    // described side by side are an explanation, not a choice ("蛋白质由氨基酸组成，脂肪酸是脂质的成分").
    let (range, letter) = in_paragraph.first()?;
    let clause_after = |at: usize| &lower[at..lower[at..].find(['，', ',', '；', ';', '。', '.', '\n']).map_or(lower.len(), |p| at + p)];
    let foil = |at: usize| {
        let here = sentence(at);
        lower.get(here.start.max(range.end).min(here.end)..here.end).is_some_and(|clause| FOIL.is_match(clause))
    };
    let stands = !FOIL.is_match(clause_after(range.end));
    // A one-line paragraph that leads with one option states it ("试管可以直接加热；烧杯需要…");
    // in a list, one line per option, the first line is only the first of them.
    let one_line = !lower[last_start..].trim_end().contains('\n');
    let leads = one_line && sentence(range.start).start <= last_start;
    let alone = in_paragraph.iter().all(|(_, l)| l == letter);
    (alone || stands && (leads || in_paragraph.iter().all(|(r, l)| l == letter || foil(r.start)))).then(|| (range.clone(), vec![*letter]))
}

/// Verdict marks on lines that name an option by its text: "- `GET` — standard ✔".
pub(super) fn text_verdicts(lower: &str, options: Options<'_>) -> Option<(Vec<char>, Range<usize>)> {
    let mut positive = Vec::new();
    let mut marked = 0;
    let mut offset = 0;
    let mut span: Option<Range<usize>> = None;
    let needles = option_texts(options);
    for line in lower.split_inclusive('\n') {
        let found = occurrences_of(line, &needles);
        if let [(_, letter)] = found[..] {
            let good = line.contains(['✔', '✓', '√', '✅', '☑']);
            let bad = line.contains(['✘', '✗', '×', '❌', '☐', '❎']);
            if good != bad {
                marked += 1;
                span = Some(span.map_or(offset..offset + line.len(), |s| s.start..offset + line.len()));
                if good && !positive.contains(&letter) {
                    positive.push(letter);
                }
            }
        }
        offset += line.len();
    }
    (marked >= 2 && !positive.is_empty()).then(|| (positive, span.unwrap_or(0..0)))
}
