//! Files as spreadsheets and editors save them: the same answers file in UTF-8 (with and
//! without a byte-order mark), UTF-16 (both orders, with and without one), GB18030, Big5
//! (Excel's "CSV" on Taiwanese and Hong Kong Windows) and Shift-JIS reads back the same; UTF-8
//! with a damaged byte or cut mid-character is refused with the line to look at, not read as
//! garbage; a header that does not name the columns says which encoding was guessed.

#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::io::answers;
use pingfen::core::io::encoding;

/// Answers files in Traditional and Simplified Chinese, English and Japanese, of several
/// lengths (the detector has little to go on in a short file).
fn files() -> Vec<(&'static str, String)> {
    let rows = |rows: &[(&str, &str, &str)]| {
        let mut text = String::from("模型,題號,回答\r\n");
        for (model, item, answer) in rows {
            text.push_str(&format!("{model},{item},\"{answer}\"\r\n"));
        }
        text
    };
    vec![
        ("big5-short", rows(&[("甲模型", "q1", "香港的天氣很潮濕。")])),
        ("big5-long", rows(&[
            ("臺灣大模型", "zh-01", "我認為這個問題的答案是「乙」，因為題目說明了兩個條件。"),
            ("臺灣大模型", "zh-02", "颱風來臨時，應該留在室內，並準備足夠的食物與飲用水。"),
            ("港式模型", "zh-01", "答案是乙，因為第二個選項才符合題目的要求。"),
            ("港式模型", "zh-02", "颳颱風時最好留在家裡，不要外出。"),
        ])),
        ("gb18030", rows(&[
            ("大模型", "zh-01", "我认为这个问题的答案是乙，因为题目说明了两个条件。"),
            ("大模型", "zh-02", "台风来临时，应该留在室内，并准备足够的食物与饮用水。"),
        ])),
        ("shift-jis", rows(&[("モデル", "ja-01", "東京の天気は晴れです。明日は雨が降るでしょう。"), ("モデル", "ja-02", "答えはイです。")])),
        ("english", rows(&[("Model A", "en-01", "The answer is B, because the second condition holds.")])),
        ("western", rows(&[("Modèle", "fr-01", "La réponse est B : le café crème est servi à 8 h."), ("Modèle", "de-01", "Die Größe ist ausreichend, sagt Jürgen.")])),
    ]
}

fn encoded(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "{} cannot hold {text}", encoding.name());
    bytes.into_owned()
}

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut bytes = if bom { if little { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] } } else { Vec::new() };
    for unit in text.encode_utf16() {
        bytes.extend(if little { unit.to_le_bytes() } else { unit.to_be_bytes() });
    }
    bytes
}

#[test]
fn every_encoding_spreadsheets_save_reads_back_the_same_answers() {
    for (name, text) in files() {
        let expected = answers::from_csv("x.csv", text.as_bytes()).unwrap();
        let mut forms: Vec<(String, Vec<u8>)> = vec![
            ("UTF-8".into(), text.as_bytes().to_vec()),
            ("UTF-8 with BOM".into(), [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()),
            ("UTF-16LE with BOM".into(), utf16(&text, true, true)),
            ("UTF-16BE with BOM".into(), utf16(&text, false, true)),
            ("UTF-16LE".into(), utf16(&text, true, false)),
            ("UTF-16BE".into(), utf16(&text, false, false)),
        ];
        match name {
            "big5-short" | "big5-long" => forms.push(("Big5".into(), encoded(&text, encoding_rs::BIG5))),
            "gb18030" => forms.push(("GB18030".into(), encoded(&text, encoding_rs::GB18030))),
            "shift-jis" => forms.push(("Shift_JIS".into(), encoded(&text, encoding_rs::SHIFT_JIS))),
            "western" => {
                // The header is Chinese, which Western Windows cannot save: an English one.
                let header_end = text.find('\n').unwrap() + 1;
                let english = format!("model,item,answer\r\n{}", &text[header_end..]);
                let expected = answers::from_csv("x.csv", english.as_bytes()).unwrap();
                let western = [b"model,item,answer\r\n".as_slice(), &encoded(&text[header_end..], encoding_rs::WINDOWS_1252)].concat();
                assert_eq!(answers::from_csv("x.csv", &western).unwrap(), expected, "Western text in windows-1252");
            }
            _ => {}
        }
        for (form, bytes) in forms {
            let read = answers::from_csv("x.csv", &bytes).unwrap_or_else(|p| panic!("{name} in {form}: {p:?}"));
            assert_eq!(read, expected, "{name} in {form}");
        }
    }
}

#[test]
fn damaged_or_cut_utf8_is_refused_at_its_line_not_read_as_garbage() {
    let text = files().into_iter().find(|(name, _)| *name == "big5-long").unwrap().1;
    let bytes = text.as_bytes();
    // A byte changed in the third line.
    let third = bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').nth(1).unwrap().0 + 6;
    let mut damaged = bytes.to_vec();
    damaged[third] = 0xFF;
    let problem = encoding::decode("a.csv", &damaged).unwrap_err();
    assert_eq!(problem.message.key, "problem-utf8-damaged");
    assert_eq!(problem.location, pingfen::core::Location::Line { line: 3 });
    assert!(problem.describe(pingfen::core::i18n::Locale::ZhHant).contains("UTF-8"));
    // Cut in the middle of the last character.
    let cut = &bytes[..bytes.len() - 4];
    assert!(std::str::from_utf8(cut).is_err());
    assert_eq!(encoding::decode("a.csv", cut).unwrap_err().message.key, "problem-utf8-cut");
    assert!(answers::from_csv("a.csv", cut).is_err());
}

#[test]
fn a_header_read_in_a_guessed_encoding_says_which() {
    // No column names Pingfen knows, in Big5: the problem names the guess and what to do.
    let bytes = encoded("名稱,內容\r\n甲,乙\r\n", encoding_rs::BIG5);
    let problems = answers::from_csv("b.csv", &bytes).unwrap_err();
    assert!(problems.iter().any(|p| p.message.key == "problem-encoding-guessed"), "{problems:?}");
    let text = problems.iter().map(|p| p.describe(pingfen::core::i18n::Locale::En)).collect::<Vec<_>>().join("\n");
    assert!(text.contains("Big5") && text.contains("UTF-8"), "{text}");
}

#[test]
fn a_file_is_decoded_once_and_its_guessed_encoding_comes_with_what_was_read() {
    use pingfen::core::io::files::{self, Loaded};
    let text = "model,item,answer\r\n甲,zh-qa-01,臺灣的首都是臺北\r\n乙,zh-qa-01,臺北\r\n";
    let big5 = encoded(text, encoding_rs::BIG5);
    let none = |_| None;
    let read = files::read_counted("課堂.csv", &big5, none).unwrap();
    assert_eq!(read.read_as, Some("Big5"));
    let Loaded::Answers(answers) = &read.loaded else { panic!("{:?}", read.loaded) };
    assert_eq!(answers[0].answer, "臺灣的首都是臺北");
    assert_eq!(files::read_counted("課堂.csv", text.as_bytes(), none).unwrap().read_as, None, "UTF-8 is not a guess");

    // The count a limit is checked on is taken from the decoded text: UTF-16 JSONL without
    // a byte-order mark has no b'\n' of its own.
    let lines = "{\"model\":\"m\",\"item\":\"q\",\"answer\":\"甲\"}\n".repeat(5);
    let utf16: Vec<u8> = lines.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let seen = std::cell::Cell::new(0);
    let refused = files::read_counted("a.jsonl", &utf16, |count| {
        seen.set(count);
        (count > 4).then(|| pingfen::core::Problem::new("a.jsonl", pingfen::core::Location::File, pingfen::core::i18n::msg!("problem-file-type")))
    });
    assert_eq!(seen.get(), 5);
    assert!(refused.is_err());
}
