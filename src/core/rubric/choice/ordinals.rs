//! Options named by their place rather than their letter: 第四个, 最后一项, 倒数第二个,
//! 第一、二、四项, "the first one", "the last option", "option #2", "the middle one" —
//! mapped through the item's option count, and only where the answer uses them to choose.

use std::ops::Range;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::{negated, Confidence, Says, Statement};

/// Options named by their place: 第四个, 最后一项, 倒数第二个, "the first one", "the last
/// option", "the first, third and fourth are correct" — mapped through the option count.
pub(super) fn ordinals(text: &str, count: usize) -> Vec<Statement> {
    static ZH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:(倒数)?第\s*([一二三四五六七八1-8])|(最后|最末|最尾|尾)\s*(?:一|那|嗰)?|(头|首)\s*(?:一)?|(最上面|最前面)\s*(?:的)?\s*(?:一|那)?)\s*(?:个|项|种|组|条|句|位)\s*(?:选项|答案)?").expect("valid")
    });
    static EN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|last|final|top|bottom|penultimate|second[- ]to[- ]last)\s+(?:one|option|choice|answer|item|alternative)s?\b").expect("valid")
    });
    static EN_LIST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bthe\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|last)(?:\s*,\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last))*\s*,?\s*and\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last))\s+(?:ones?\s+|options?\s+|choices?\s+)?(?:are|is)\s+(?:correct|right|true)").expect("valid")
    });
    static CUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:选|拣|是|系|为|答案|就是|应该是|只有|唯有|里面|之中|当中|\bonly|go(?:ing)?\s+with|pick(?:ing)?|choose|select|say|it's|is|\bbe|answer\s+is|:)\s*(?:the\s+)?$").expect("valid")
    });
    static CUE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:$|[.。!,:;—–-]|呀|啦|吧|啊|喇|咯|嘅|就是|便是|就系|先系|才是|符合|(?:就|才|都|也|先)?(?:是|系)?(?:正确|对|啱)|(?:is|was)\s+(?:correct|right|the\s+answer|true|it)|qualif(?:y|ies)|fits|works|applies|in\s+(?:the|your)\s+list|on\s+(?:the|your)\s+list|listed)").expect("valid")
    });
    let letter_at = |place: usize| -> Option<char> { (1..=count).contains(&place).then(|| (b'A' + (place - 1) as u8) as char) };
    let place_of_word = |word: &str| -> Option<usize> {
        Some(match word.to_ascii_lowercase().replace('-', " ").as_str() {
            "first" | "top" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            "fifth" | "5th" => 5,
            "sixth" | "6th" => 6,
            "seventh" | "7th" => 7,
            "eighth" | "8th" => 8,
            "last" | "final" | "bottom" => count,
            "penultimate" | "second to last" => count.checked_sub(1)?,
            _ => return None,
        })
    };
    let zh_number = |s: &str| -> Option<usize> { "一二三四五六七八".chars().position(|c| s.starts_with(c)).map(|i| i + 1).or_else(|| s.parse().ok()) };
    let in_context = |range: &Range<usize>| {
        let sentence_start = super::after_last(&text[..range.start], &['。', '.', '!', '?', '\n', ',', '，', ';']);
        let at_start = text[sentence_start..range.start].trim().is_empty() || text[sentence_start..range.start].trim().eq_ignore_ascii_case("the");
        CUE_BEFORE.is_match(&text[..range.start]) || (at_start && CUE_AFTER.is_match(&text[range.end..]))
    };
    static EN_FROM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(first|second|third|fourth|fifth)\s+(?:one\s+|option\s+)?from\s+the\s+(bottom|end|top|start|last)\b").expect("valid")
    });
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:option|choice|answer|number|no\.?|#)\s*(?:number\s*|no\.?\s*|#\s*)?([1-8]|one|two|three|four|five|six|seven|eight)\b").expect("valid")
    });
    static MIDDLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bthe\s+middle\s+(?:one|option|choice)\b|中间(?:那|的)?(?:一)?(?:个|项)").expect("valid"));
    static ZH_LIST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"第\s*([一二三四五六七八1-8](?:\s*(?:、|,|和|及|与|同|跟|以及)\s*(?:第)?\s*[一二三四五六七八1-8])+)\s*(?:个|项|种|组|条|句)").expect("valid")
    });
    static EN_LIST_ONES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bthe\s+((?:1st|2nd|3rd|[4-8]th|first|second|third|fourth|fifth|sixth|seventh|eighth)(?:\s*,\s*(?:the\s+)?(?:1st|2nd|3rd|[4-8]th|first|second|third|fourth|fifth|sixth|seventh|eighth))*\s*,?\s*and\s+(?:the\s+)?(?:1st|2nd|3rd|[4-8]th|first|second|third|fourth|fifth|sixth|seventh|eighth))\s+(?:ones?|options?|choices?)\b").expect("valid")
    });
    // "first, third and fourth": every place named, or none when one is not an option.
    let words_to_letters = |list: &str| -> Option<Vec<char>> {
        list.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty() && !matches!(w.to_ascii_lowercase().as_str(), "and" | "the"))
            .map(|w| place_of_word(w).and_then(letter_at))
            .collect()
    };
    // "第一个元素", "第二個踏落月面嘅": the place of something else; "the first one removed".
    // A word after the place that CUE_AFTER (or one of these particles) reads is the option's.
    static ZH_NOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\x{4e00}-\x{9fff}]").expect("valid"));
    static ZH_PARTICLE_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:就|便|才|是|系|都|也|先|了|啰|喔|哦|嚟|咧|罢|选项|答案|选择|最)").expect("valid"));
    static EN_MODIFIER_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+(?:[a-z]+ed|to|that|who|which)\b").expect("valid"));
    let of_something_else = |end: usize, chinese: bool| {
        let after = &text[end..];
        let modified = if chinese { ZH_NOUN_AFTER.is_match(after) && !ZH_PARTICLE_AFTER.is_match(after) } else { EN_MODIFIER_AFTER.is_match(after) };
        modified && !CUE_AFTER.is_match(after)
    };
    let mut found = Vec::new();
    for captures in ZH_LIST.captures_iter(text) {
        let (Some(whole), Some(list)) = (captures.get(0), captures.get(1)) else { continue };
        let letters: Option<Vec<char>> = list.as_str().chars().filter_map(|c| zh_number(&c.to_string())).map(letter_at).collect();
        if let Some(letters) = letters
            && (in_context(&whole.range()) || CUE_AFTER.is_match(&text[whole.end()..]))
        {
            found.push(named(whole.range(), letters));
        }
    }
    for captures in EN_LIST_ONES.captures_iter(text) {
        let (Some(whole), Some(list)) = (captures.get(0), captures.get(1)) else { continue };
        let letters = words_to_letters(list.as_str());
        if let Some(letters) = letters
            && (in_context(&whole.range()) || CUE_AFTER.is_match(&text[whole.end()..]))
        {
            found.push(named(whole.range(), letters));
        }
    }
    for captures in EN_FROM.captures_iter(text) {
        let (Some(whole), Some(word), Some(end)) = (captures.get(0), captures.get(1), captures.get(2)) else { continue };
        let Some(k) = place_of_word(word.as_str()) else { continue };
        let place = if matches!(end.as_str().to_ascii_lowercase().as_str(), "top" | "start") { Some(k) } else { (count + 1).checked_sub(k) };
        if let Some(letter) = place.and_then(letter_at)
            && (in_context(&whole.range()) || CUE_AFTER.is_match(&text[whole.end()..]))
        {
            found.push(named(whole.range(), vec![letter]));
        }
    }
    for captures in NUMBERED.captures_iter(text) {
        let (Some(whole), Some(n)) = (captures.get(0), captures.get(1)) else { continue };
        let place = n.as_str().parse().ok().or_else(|| (1..=8).find(|&k| super::texts::english_number(k as u32).is_some_and(|w| w.eq_ignore_ascii_case(n.as_str()))));
        if let Some(letter) = place.and_then(letter_at)
            && in_context(&whole.range())
            && !negated(text, whole.start())
        {
            found.push(named(whole.range(), vec![letter]));
        }
    }
    if count % 2 == 1 {
        for whole in MIDDLE.find_iter(text) {
            if let Some(letter) = letter_at(count.div_ceil(2))
                && in_context(&whole.range())
            {
                found.push(named(whole.range(), vec![letter]));
            }
        }
    }
    for captures in ZH.captures_iter(text) {
        let Some(whole) = captures.get(0) else { continue };
        let place = if let Some(n) = captures.get(2) {
            let n = zh_number(n.as_str());
            if captures.get(1).is_some() { n.and_then(|n| (count + 1).checked_sub(n)) } else { n }
        } else if captures.get(3).is_some() {
            Some(count)
        } else {
            Some(1)
        };
        if let Some(letter) = place.and_then(letter_at)
            && in_context(&whole.range())
            && !negated(text, whole.start())
            && !of_something_else(whole.end(), true)
        {
            found.push(named(whole.range(), vec![letter]));
        }
    }
    for captures in EN.captures_iter(text) {
        let (Some(whole), Some(word)) = (captures.get(0), captures.get(1)) else { continue };
        if let Some(letter) = place_of_word(word.as_str()).and_then(letter_at)
            && in_context(&whole.range())
            && !negated(text, whole.start())
            && !of_something_else(whole.end(), false)
        {
            found.push(named(whole.range(), vec![letter]));
        }
    }
    for captures in EN_LIST.captures_iter(text) {
        let (Some(whole), Some(list)) = (captures.get(0), captures.get(1)) else { continue };
        let letters = words_to_letters(list.as_str());
        if let Some(letters) = letters {
            found.push(named(whole.range(), letters));
        }
    }
    found
}


fn named(range: Range<usize>, letters: Vec<char>) -> Statement {
    Statement { range, says: Says::Letters(letters), class: Confidence::Ordinal, rule: "ordinal" }
}
