//! Round trips: whatever answers, suites and scorebooks hold — quotes, commas, newlines, CJK,
//! emoji, byte-order marks — export → import gives them back identical.

#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::answers::{self, Answer};
use pingfen::core::suite::Suite;
use proptest::prelude::*;

/// Text as users paste it: ASCII, CSV metacharacters, CJK, emoji, line breaks.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z0-9 ,\"'\\n\\r\\t;|中文答案。，“”！？😀👍🏽éß\\u{3000}\\u{200b}-]{0,40}").unwrap()
}

fn name() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Z0-9中文模型 ._()-]{1,16}").unwrap().prop_map(|s| s.trim().to_owned()).prop_filter("non-empty", |s| !s.is_empty())
}

fn answer() -> impl Strategy<Value = Answer> {
    (name(), name(), text()).prop_map(|(model, item, answer)| Answer { model, item, answer })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn answers_survive_jsonl(answers in proptest::collection::vec(answer(), 0..12)) {
        let text = answers::to_jsonl(&answers);
        prop_assert_eq!(answers::from_jsonl("a.jsonl", &text).unwrap(), answers);
    }

    #[test]
    fn answers_survive_csv_in_utf8_utf16_and_gb18030(answers in proptest::collection::vec(answer(), 1..12)) {
        let csv = answers::to_csv(&answers);
        prop_assert_eq!(&answers::from_csv("a.csv", csv.as_bytes()).unwrap(), &answers);
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat();
        prop_assert_eq!(&answers::from_csv("a.csv", &with_bom).unwrap(), &answers);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(csv.encode_utf16().flat_map(u16::to_le_bytes));
        prop_assert_eq!(&answers::from_csv("a.csv", &utf16).unwrap(), &answers);
        // GB18030 covers all of Unicode, emoji included.
        let (gb, _, lossy) = encoding_rs::GB18030.encode(&csv);
        prop_assert!(!lossy);
        prop_assert_eq!(&answers::from_csv("a.csv", &gb).unwrap(), &answers);
    }

    #[test]
    fn suites_survive_json(prompt in text(), reference in text()) {
        let mut suite: Suite = serde_json::from_str(include_str!("fixtures/mini-suite.json")).unwrap();
        suite.items[0].prompt = format!("Q {prompt}");
        suite.items[0].references = vec![format!("R {reference}")];
        let json = serde_json::to_string_pretty(&suite).unwrap();
        prop_assert_eq!(Suite::from_json("s.json", &json).unwrap(), suite);
    }
}
