//! Reading and writing models' answers: JSONL, CSV (UTF-8 with or without BOM, UTF-16,
//! GB18030) and pasted text. Problems name the file, the line or row and the field.

use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::io::columns::{self, Column};
use crate::core::model::answers::Answer;

/// A text file's text however damaged (see [`encoding`](crate::core::io::encoding)): for
/// counting lines; readers use `encoding::decode`, which refuses damaged UTF-8.
pub fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    crate::core::io::encoding::decode_lossy(bytes)
}

/// Reads answers from JSONL: `{"model", "item", "answer"}` per line.
pub fn from_jsonl(file: &str, text: &str) -> Result<Vec<Answer>, Vec<Problem>> {
    let mut answers = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match from_jsonl_line(file, index + 1, line) {
            Ok(answer) => answers.push(answer),
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() { Ok(answers) } else { Err(problems) }
}

/// One line of an answers JSONL file (`line`: its number, from 1), for readers that stream.
pub fn from_jsonl_line(file: &str, line: usize, text: &str) -> Result<Answer, Problem> {
    serde_json::from_str::<Answer>(text)
        .map_err(|error| Problem::new(file, Location::Line { line }, msg!("problem-answers-jsonl-line", detail = error.to_string())))
}

/// Reads answers from CSV bytes with a header row naming the model, item and answer columns
/// (`model`/`模型`, `item`/`id`/`题号`, `answer`/`回答`…).
pub fn from_csv(file: &str, bytes: &[u8]) -> Result<Vec<Answer>, Vec<Problem>> {
    let decoded = crate::core::io::encoding::decode(file, bytes).map_err(|problem| vec![problem])?;
    from_decoded(file, &decoded)
}

/// Reads answers from a CSV file's text, decoded once by whoever read the file.
pub fn from_decoded(file: &str, decoded: &crate::core::io::encoding::Decoded<'_>) -> Result<Vec<Answer>, Vec<Problem>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(decoded.text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| vec![Problem::new(file, Location::Row { row: 1 }, msg!("problem-answers-csv-header", detail = e.to_string()))])?
        .clone();
    let find = |column: Column| column.find(headers.iter());
    let (Some(model), Some(item), Some(answer)) = (find(columns::MODEL), find(columns::ITEM), find(columns::ANSWER)) else {
        let mut problems = vec![Problem::new(
            file,
            Location::Row { row: 1 },
            msg!(
                "problem-answers-csv-columns",
                // Each name as far as a person reads it: a header can be a whole file long.
                header = format!("{:?}", headers.iter().take(20).map(|h| h.chars().take(60).collect::<String>()).collect::<Vec<_>>()),
                model = columns::MODEL.accepted(),
                item = columns::ITEM.accepted(),
                answer = columns::ANSWER.accepted()
            ),
        )];
        problems.extend(decoded.guess_problem(file));
        return Err(problems);
    };
    let mut answers = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        match record {
            Ok(record) => {
                let get = |i: usize| record.get(i).unwrap_or("").to_owned();
                if record.iter().all(|field| field.trim().is_empty()) {
                    continue;
                }
                // A row short of a column, or with more filled fields than the header names (an
                // answer's comma outside quotes), would lose text without a word: it is said.
                let needed = model.max(item).max(answer) + 1;
                let extra = record.iter().skip(headers.len()).any(|field| !field.trim().is_empty());
                if record.len() < needed || extra {
                    let message = msg!("problem-answers-csv-row-fields", fields = record.len(), columns = headers.len());
                    problems.push(Problem::new(file, Location::Row { row }, message));
                    continue;
                }
                answers.push(Answer { model: get(model).trim().to_owned(), item: get(item).trim().to_owned(), answer: get(answer) });
            }
            Err(error) => problems.push(Problem::new(file, Location::Row { row }, msg!("problem-csv-unreadable-row", detail = error.to_string()))),
        }
    }
    if problems.is_empty() { Ok(answers) } else { Err(problems) }
}

/// One model's answers pasted as text, in the suite's item order (optionally only `lang`'s
/// items): a numbered list (`1. …`, `2) …`, `(3) …`, `第4题 …`) or blocks separated by blank
/// lines.
pub fn from_pasted(model: &str, text: &str, item_ids: &[&str]) -> Result<Vec<Answer>, Vec<Problem>> {
    let blocks = numbered_blocks(text).unwrap_or_else(|| {
        text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()).map(str::to_owned).collect()
    });
    if blocks.len() != item_ids.len() {
        return Err(vec![Problem::new(
            model,
            Location::Pasted { answers: blocks.len() },
            msg!("problem-answers-pasted-count", expected = item_ids.len()),
        )]);
    }
    Ok(item_ids
        .iter()
        .zip(blocks)
        .map(|(item, answer)| Answer { model: model.to_owned(), item: (*item).to_owned(), answer })
        .collect())
}

/// Splits `1. a\n2. b` into ["a", "b"] when the numbers run 1, 2, 3… from the first line.
fn numbered_blocks(text: &str) -> Option<Vec<String>> {
    let mut blocks: Vec<String> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let expected = blocks.len() + 1;
        if let Some(rest) = strip_number(trimmed, expected) {
            blocks.push(rest.trim().to_owned());
        } else if let Some(last) = blocks.last_mut() {
            last.push('\n');
            last.push_str(line);
        } else if !trimmed.is_empty() {
            return None;
        }
    }
    (!blocks.is_empty()).then(|| blocks.into_iter().map(|b| b.trim().to_owned()).collect())
}

/// The rest of `line` after its number marker, when the marker numbers it `number`: `1.`,
/// `1)`, `1、`, `1:`, full-width `１．` or `1：` (what a Chinese keyboard types), `(1)` or
/// `（1）`, `[1]`, `第1题` / `第1題`, `Q1:` / `Q1.`.
fn strip_number(line: &str, number: usize) -> Option<&str> {
    const OPENINGS: [(&str, &[char]); 6] = [("(", &[')', '）']), ("（", &['）', ')']), ("[", &[']']), ("【", &['】']), ("Q", &[]), ("q", &[])];
    let (opening, closings, rest) = match line.strip_prefix('第') {
        Some(rest) => ("第", &[][..], rest),
        None => OPENINGS
            .iter()
            .find_map(|(open, close)| line.strip_prefix(open).map(|rest| (*open, *close, rest)))
            .unwrap_or(("", &[][..], line)),
    };
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).collect();
    let value: usize = digits.chars().map(|c| if c.is_ascii_digit() { c } else { char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or('x') }).collect::<String>().parse().ok()?;
    if value != number {
        return None;
    }
    let rest = &rest[digits.len()..];
    let after = |rest: &'_ str, marks: &[char]| -> Option<usize> { rest.chars().next().filter(|c| marks.contains(c)).map(char::len_utf8) };
    let end = match opening {
        "第" => {
            let suffix = after(rest, &['题', '題'])?;
            suffix + after(&rest[suffix..], &[':', '：', '.', '．', '、']).unwrap_or(0)
        }
        "(" | "（" | "[" | "【" => after(rest, closings)?,
        _ => after(rest, &['.', '．', ')', '）', '、', ':', '：'])?,
    };
    Some(&rest[end..])
}

/// Answers as JSONL, one `{"model", "item", "answer"}` per line (files for reading back, not
/// for spreadsheets: the text is as it was).
pub fn to_jsonl(answers: &[Answer]) -> Result<String, serde_json::Error> {
    answers.iter().map(|a| serde_json::to_string(a).map(|line| line + "\n")).collect()
}

/// Answers as CSV with the header `model,item,answer` (quoted as needed), for reading back.
pub fn to_csv(answers: &[Answer]) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(["model", "item", "answer"])?;
    for a in answers {
        out.write_record([a.model.as_str(), a.item.as_str(), a.answer.as_str()])?;
    }
    let bytes = out.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
    String::from_utf8(bytes).map_err(|e| csv::Error::from(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Locale;
    use crate::core::model::answers::{problems, MAX_ANSWER_CHARS};
    use crate::core::model::suite::Suite;

    #[test]
    fn csv_in_gb18030_with_chinese_headers() {
        let text = "模型,题号,回答\nQilin,zh-01,答案是B\n";
        let (bytes, _, _) = encoding_rs::GB18030.encode(text);
        let answers = from_csv("a.csv", &bytes).unwrap();
        assert_eq!(answers, [Answer { model: "Qilin".into(), item: "zh-01".into(), answer: "答案是B".into() }]);
    }

    #[test]
    fn csv_in_big5_from_a_hong_kong_or_taiwan_spreadsheet() {
        let text = "模型,題號,回答\nQilin,zh-01,答案是B。香港大學的研究團隊認為這個選項最合適。\n";
        let (bytes, _, unmappable) = encoding_rs::BIG5.encode(text);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err());
        let answers = from_csv("課堂.csv", &bytes).unwrap();
        assert_eq!(answers[0].answer, "答案是B。香港大學的研究團隊認為這個選項最合適。");
    }

    #[test]
    fn csv_in_utf16_and_utf8_bom() {
        let text = "model,item,answer\nM,1,\"multi\nline\"\n";
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(from_csv("u16.csv", &utf16).unwrap()[0].answer, "multi\nline");
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(from_csv("bom.csv", &bom).unwrap()[0].model, "M");
    }

    #[test]
    fn csv_without_the_columns_says_which_are_needed() {
        let error = from_csv("x.csv", b"name,text\na,b\n").unwrap_err();
        assert!(error[0].to_string().contains("x.csv, row 1"), "{}", error[0]);
        assert!(error[0].to_string().contains("model / 模型"), "{}", error[0]);
        assert!(error[0].describe(Locale::ZhHant).contains("模型欄"), "{}", error[0].describe(Locale::ZhHant));
    }

    #[test]
    fn jsonl_names_the_bad_line() {
        let error = from_jsonl("a.jsonl", "{\"model\":\"m\",\"item\":\"i\",\"answer\":\"x\"}\n{oops}\n").unwrap_err();
        assert_eq!(error[0].location, Location::Line { line: 2 });
    }

    #[test]
    fn huge_answers_are_reported_not_scored() {
        let suite: Suite = serde_json::from_str(include_str!("../../../tests/fixtures/mini-suite.json")).unwrap();
        let huge = Answer { model: "M".into(), item: "zh-tr-1".into(), answer: "字".repeat(MAX_ANSWER_CHARS + 1) };
        let problems = problems("big.jsonl", &[huge], &suite);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().contains("shorten"), "{}", problems[0]);
    }

    #[test]
    fn pasted_numbering_as_chinese_and_english_keyboards_type_it() {
        let ids = ["a", "b", "c"];
        for text in [
            "１．北京\n２．上海\n３．广州",
            "1．北京\n2．上海\n3．广州",
            "1：北京\n2：上海\n3：广州",
            "（1）北京\n（2）上海\n（3）广州",
            "(1) 北京\n(2) 上海\n(3) 广州",
            "第1題 北京\n第2題 上海\n第3題 广州",
            "第１题：北京\n第２题：上海\n第３题：广州",
            "Q1: 北京\nQ2: 上海\nQ3: 广州",
            "q1. 北京\nq2. 上海\nq3. 广州",
            "[1] 北京\n[2] 上海\n[3] 广州",
            "【1】北京\n【2】上海\n【3】广州",
        ] {
            let answers = from_pasted("M", text, &ids).unwrap_or_else(|p| panic!("{text:?}: {p:?}"));
            assert_eq!(answers.iter().map(|a| a.answer.as_str()).collect::<Vec<_>>(), ["北京", "上海", "广州"], "{text:?}");
        }
        // Numbers that do not run 1, 2, 3 from the first line are not a list: blocks it is.
        assert!(from_pasted("M", "2020年的答案\n\n第二段\n\n第三段", &ids).is_ok());
        assert!(from_pasted("M", "1. a\n3. b\n4. c", &ids).is_err(), "a gap in the numbering is not three answers");
    }

    #[test]
    fn pasted_numbered_list_and_blocks() {
        let ids = ["a", "b", "c"];
        let numbered = from_pasted("M", "1. 北京\n2) 第二个回答\n继续第二个\n3、C", &ids).unwrap();
        assert_eq!(numbered[1].answer, "第二个回答\n继续第二个");
        assert_eq!(numbered[2].item, "c");
        let blocks = from_pasted("M", "one\n\ntwo\nmore\n\nthree", &ids).unwrap();
        assert_eq!(blocks[1].answer, "two\nmore");
        let miscounted = from_pasted("M", "only one", &ids).unwrap_err();
        assert_eq!(miscounted[0].to_string(), "pasted text (M), 1 answer: expected 3 answers, one per item, as a numbered list (1. … 2. …) or blocks separated by blank lines");
        assert!(miscounted[0].describe(Locale::ZhHant).starts_with("貼上的文字（M），共 1 則回答：需要 3 則回答"), "{}", miscounted[0].describe(Locale::ZhHant));
    }
}
