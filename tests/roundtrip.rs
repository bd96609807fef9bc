//! Round trips: whatever answers, suites and scorebooks hold — quotes, commas, newlines, CJK,
//! emoji, byte-order marks — export → import gives them back identical.

#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::i18n::Locale;
use pingfen::core::io::answers;
use pingfen::core::model::answers::Answer;
use pingfen::core::model::suite::Suite;
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
        let text = answers::to_jsonl(&answers).unwrap();
        prop_assert_eq!(answers::from_jsonl("a.jsonl", &text).unwrap(), answers);
    }

    #[test]
    fn answers_survive_csv_in_utf8_utf16_and_gb18030(answers in proptest::collection::vec(answer(), 1..12)) {
        let csv = answers::to_csv(&answers).unwrap();
        prop_assert_eq!(&answers::from_csv("a.csv", csv.as_bytes()).unwrap(), &answers);
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat();
        prop_assert_eq!(&answers::from_csv("a.csv", &with_bom).unwrap(), &answers);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(csv.encode_utf16().flat_map(u16::to_le_bytes));
        prop_assert_eq!(&answers::from_csv("a.csv", &utf16).unwrap(), &answers);
        // GB18030 covers all of Unicode, emoji included. A GB18030 file whose bytes also form
        // valid UTF-8 (only possible for a few characters, e.g. 模 = C4 A3 = "ģ") is read as
        // UTF-8, like every other tool does: those inputs are ambiguous, not wrong.
        let (gb, _, lossy) = encoding_rs::GB18030.encode(&csv);
        prop_assert!(!lossy);
        prop_assume!(std::str::from_utf8(&gb).is_err() || gb.as_ref() == csv.as_bytes());
        // Likewise GB18030 bytes that are also well-formed Big5 (éé中答 is 谷谷笢湘 in Big5):
        // a few characters cannot tell the two apart, and the detector may take either.
        // Real Chinese files are told apart: csv_in_gb18030_with_chinese_headers and
        // csv_in_big5_from_a_hong_kong_or_taiwan_spreadsheet in src/core/io/answers.rs.
        let big5_too = encoding_rs::BIG5.decode_without_bom_handling_and_without_replacement(&gb).is_some();
        prop_assume!(!big5_too || gb.as_ref() == csv.as_bytes());
        prop_assert_eq!(&answers::from_csv("a.csv", &gb).unwrap(), &answers);
    }

    #[test]
    fn suites_survive_json(prompt in text(), reference in text()) {
        let mut suite: Suite = serde_json::from_str(include_str!("fixtures/mini-suite.json")).unwrap();
        suite.items[0].prompt = format!("这是一道关于翻译的中文题目：{prompt}");
        suite.items[0].references = vec![format!("参考答案：{reference}")];
        let json = serde_json::to_string_pretty(&suite).unwrap();
        prop_assert_eq!(Suite::from_json("s.json", &json).unwrap(), suite);
    }
}

#[test]
fn answers_survive_an_xlsx_workbook() {
    let answers = vec![
        Answer { model: "模型A".into(), item: "zh-01".into(), answer: "答案是B，因为……\n第二行 \"引号\", 逗号".into() },
        Answer { model: "Model B".into(), item: "42".into(), answer: "The answer is (C). 😀".into() },
    ];
    let workbook = pingfen::core::io::export::to_xlsx(&[pingfen::core::io::export::answers(&answers)]).unwrap();
    match pingfen::core::io::files::read("answers.xlsx", &workbook).unwrap() {
        pingfen::core::io::files::Loaded::Answers(read) => assert_eq!(read, answers),
        other => panic!("read as {other:?}"),
    }
    // The committed fixture the browser journey uploads holds the same answers.
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures/new-model.xlsx");
    if std::env::var_os("PINGFEN_BLESS").is_some() {
        let session = pingfen::core::io::sample::session().unwrap();
        let mingjing: Vec<Answer> = session
            .answers
            .iter()
            .filter(|a| a.model.starts_with("Mingjing"))
            .map(|a| Answer { model: "Excel-Model".into(), ..a.clone() })
            .collect();
        std::fs::write(fixture, pingfen::core::io::export::to_xlsx(&[pingfen::core::io::export::answers(&mingjing)]).unwrap()).unwrap();
    }
    let bytes = std::fs::read(fixture).unwrap();
    let pingfen::core::io::files::Loaded::Answers(read) = pingfen::core::io::files::read("new-model.xlsx", &bytes).unwrap() else {
        panic!("the fixture is answers");
    };
    assert_eq!(read.len(), 74);
    assert!(read.iter().all(|a| a.model == "Excel-Model"));
}

#[test]
fn a_broken_workbook_is_a_clear_problem() {
    let problems = pingfen::core::io::files::read("book.xlsx", b"PK\x03\x04 not really a zip").unwrap_err();
    assert!(problems[0].to_string().contains("save it again"), "{:?}", problems[0]);
    assert!(problems[0].describe(Locale::ZhHans).contains("另存为"), "{}", problems[0].describe(Locale::ZhHans));
    assert!(problems[0].describe(Locale::ZhHant).contains("另存為"), "{}", problems[0].describe(Locale::ZhHant));
}
