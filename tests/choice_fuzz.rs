//! Choice extraction never panics and always answers in the terms of the question, whatever the
//! answer holds: answers built from the fragments its rules look for (letters, ordinals,
//! verdicts, option texts, multi-byte punctuation, markup) in any order.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use pingfen::core::rubric::choice::{extract, Options};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "答案是", "答案係", "我选", "揀", "应选", "选", "第三个", "第一、二项", "最后一项", "倒数第二个", "最尾嗰個", "中间那个", "。", "，", "、", "：",
    "；", "？", "！", "…", "\n", "\n\n", " ", "\u{3000}", "A", "B", "C", "D", "E", "a", "Ｂ", "（", "）", "【", "】", "「", "」", "(", ")", "[", "]",
    "\"", "'", "不是", "排除", "剩下", "都对", "以上都对", "以上皆非", "很难说", "不确定", "如果", "很多人", "正确", "错误", "唔啱", "✅", "❌", "**",
    "`", "$", "\\boxed{", "\\text{", "}", "_", "Answer:", "The answer is", "I'd pick", "not", "or", "the first one", "the last option",
    "option #2", "second from the bottom", "is wrong", "both", "depending on", "A.", "B)", "C:", "蛋白質", "脂肪酸", "Law I", "Law III", "1894",
    "九十度", "°C", "😀", "é", "ß", "\u{200b}", "\u{feff}", "ǅ", "İ",
];

fn answer() -> impl Strategy<Value = String> {
    proptest::collection::vec(prop_oneof![4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned), 1 => any::<char>().prop_map(String::from)], 0..40)
        .prop_map(|parts| parts.concat())
}

fn options() -> impl Strategy<Value = (String, BTreeMap<String, String>, bool)> {
    (2usize..=8, proptest::collection::vec(proptest::sample::select(FRAGMENTS), 8), any::<bool>()).prop_map(|(count, texts, multi)| {
        let letters: String = "ABCDEFGH".chars().take(count).collect();
        let texts = letters.chars().zip(texts).map(|(l, t)| (l.to_string(), t.to_owned())).collect();
        (letters, texts, multi)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_answer_reads_without_panic_and_in_the_questions_terms(answer in answer(), (letters, texts, multi) in options(), with_texts in any::<bool>()) {
        let got = extract(&answer, Options { letters: &letters, texts: with_texts.then_some(&texts), multi });
        if let Some(choice) = &got.choice {
            prop_assert!(!choice.is_empty() && choice.chars().all(|c| letters.contains(c)), "{choice:?} not of {letters}");
        }
        if let Some([start, end]) = got.span {
            prop_assert!(start <= end && end <= answer.chars().count(), "span {start}..{end} of {} chars", answer.chars().count());
            let shown: String = answer.chars().skip(start).take(end - start).collect();
            prop_assert_eq!(shown.trim(), got.evidence.as_deref().unwrap_or(""));
        }
    }
}
