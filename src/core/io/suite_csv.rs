//! Suites from a spreadsheet saved as CSV: one row per item, columns named in Chinese or
//! English (题目/question, 选项/options, 答案/answer, 参考答案/reference…). Dimensions and
//! sub-tasks are taken from the rows, in order, with weight 1.

use std::collections::BTreeMap;

use crate::core::io::columns;
use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;
use crate::core::metrics::standard::MetricName;
use crate::core::model::suite::{Dimension, Item, ItemKind, Level, Localized, Rubric, Subtask, Suite, SUITE_SCHEMA};
use crate::core::text::{detect, Lang};

/// Whether a CSV header looks like a suite (it has a question column).
pub fn is_suite_header(header: &[&str]) -> bool {
    columns::PROMPT.find(header.iter().copied()).is_some()
}

/// Reads a suite from CSV bytes (UTF-8, UTF-16 or GB18030).
pub fn from_csv(file: &str, bytes: &[u8]) -> Result<Suite, Vec<Problem>> {
    let decoded = crate::core::io::encoding::decode(file, bytes).map_err(|problem| vec![problem])?;
    from_decoded(file, &decoded)
}

/// Reads a suite from a CSV file's text, decoded once by whoever read the file.
pub fn from_decoded(file: &str, decoded: &crate::core::io::encoding::Decoded<'_>) -> Result<Suite, Vec<Problem>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(decoded.text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| vec![Problem::new(file, Location::Row { row: 1 }, msg!("problem-suite-csv-header", detail = e.to_string()))])?
        .clone();
    let column = |key: &str| columns::suite_column(key).and_then(|column| column.find(headers.iter()));
    // Options may also come as columns A, B, C… (or 选项A…).
    let option_columns: Vec<(String, usize)> = headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let h = h.trim().trim_start_matches("选项").trim_start_matches("option ");
            (h.len() == 1 && h.chars().all(|c| c.is_ascii_uppercase())).then(|| (h.to_owned(), i))
        })
        .collect();
    let Some(prompt_column) = column("prompt") else {
        let mut problems = vec![Problem::new(file, Location::Row { row: 1 }, msg!("problem-suite-csv-no-question", columns = columns::PROMPT.accepted()))];
        problems.extend(decoded.guess_problem(file));
        return Err(problems);
    };
    let mut problems = Vec::new();
    let mut items = Vec::new();
    let mut dimensions: Vec<Dimension> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(Problem::new(file, Location::Row { row }, msg!("problem-csv-unreadable-row", detail = error.to_string())));
                continue;
            }
        };
        let cell = |column: &str| Location::Cell { row, column: column.to_owned() };
        let get = |key: &str| column(key).and_then(|i| record.get(i)).map(str::trim).unwrap_or("");
        let prompt = record.get(prompt_column).unwrap_or("").trim().to_owned();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let lang = match columns::fold(get("lang")).as_str() {
            "zh" | "中文" | "chinese" | "cn" => Lang::Zh,
            "en" | "英文" | "english" => Lang::En,
            "" => detect(&prompt).tokenizer_lang(),
            other => {
                problems.push(Problem::new(file, cell("lang"), msg!("problem-suite-csv-lang", value = other)));
                continue;
            }
        };
        let mut options: BTreeMap<String, String> =
            option_columns.iter().filter_map(|(letter, i)| record.get(*i).filter(|v| !v.trim().is_empty()).map(|v| (letter.clone(), v.trim().to_owned()))).collect();
        if options.is_empty() {
            options = parse_options(get("options"));
        }
        let references: Vec<String> =
            get("references").split("||").map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned).collect();
        let kind = match columns::fold(get("kind")).as_str() {
            "choice" | "选择题" | "选择" | "单选" | "多选" => ItemKind::Choice,
            "reference" | "参考" | "参考答案" => ItemKind::Reference,
            "open" | "开放" | "开放题" => ItemKind::Open,
            "" if !options.is_empty() => ItemKind::Choice,
            "" if !references.is_empty() => ItemKind::Reference,
            "" => ItemKind::Open,
            other => {
                problems.push(Problem::new(file, cell("kind"), msg!("problem-suite-csv-kind", value = other)));
                continue;
            }
        };
        let metrics: Vec<MetricName> = get("metrics")
            .split([',', '，', ' '])
            .filter(|m| !m.is_empty())
            .filter_map(|m| {
                let parsed = m.parse::<MetricName>().ok();
                if parsed.is_none() {
                    problems.push(Problem::new(file, cell("metrics"), msg!("problem-suite-csv-metric", value = m)));
                }
                parsed
            })
            .collect();
        let dimension_id = if get("dimension").is_empty() { "general".to_owned() } else { get("dimension").to_owned() };
        let subtask_id = if get("subtask").is_empty() { dimension_id.clone() } else { get("subtask").to_owned() };
        let level = match columns::fold(get("level")).as_str() {
            "easy" | "易" | "简单" | "基础" => Some(Level::Easy),
            "hard" | "难" | "困难" | "应用" => Some(Level::Hard),
            _ => None,
        };
        let index = dimensions.iter().position(|d| d.id == dimension_id).unwrap_or_else(|| {
            dimensions.push(Dimension { id: dimension_id.clone(), name: same(&dimension_id), weight: 1.0, subtasks: Vec::new() });
            dimensions.len() - 1
        });
        let dimension = &mut dimensions[index];
        if !dimension.subtasks.iter().any(|s| s.id == subtask_id) {
            dimension.subtasks.push(Subtask { id: subtask_id.clone(), name: same(&subtask_id), weight: 1.0, level });
        }
        let id = if get("id").is_empty() { format!("{}-{row}", if lang == Lang::Zh { "zh" } else { "en" }) } else { get("id").to_owned() };
        let answer = (!get("answer").is_empty()).then(|| {
            let mut letters: Vec<char> = get("answer").chars().filter(char::is_ascii_alphabetic).map(|c| c.to_ascii_uppercase()).collect();
            letters.sort_unstable();
            letters.dedup();
            letters.into_iter().collect()
        });
        items.push(Item {
            id,
            lang,
            dimension: dimension_id,
            subtask: subtask_id,
            kind,
            prompt,
            options,
            answer: if kind == ItemKind::Choice { answer } else { None },
            references,
            metrics,
            rubric: Rubric::default(),
            weight: 1.0,
            rotation: None,
        });
    }
    let title = file.rsplit(['/', '\\']).next().unwrap_or(file).to_owned();
    let suite = Suite {
        schema: SUITE_SCHEMA.to_owned(),
        id: title.trim_end_matches(".csv").to_owned(),
        title: same(&title),
        description: Localized::default(),
        scales: BTreeMap::new(),
        chinese_script: Default::default(),
        dimensions,
        items,
    };
    problems.extend(suite.problems(file));
    if problems.is_empty() { Ok(suite) } else { Err(problems) }
}

fn same(text: &str) -> Localized {
    Localized { en: Some(text.to_owned()), zh: Some(text.to_owned()), zh_hant: None }
}

/// "A. 线粒体\nB. 叶绿体" or "A. x | B. y" or "A、x；B、y" → {"A": …, "B": …}.
pub(crate) fn parse_options(text: &str) -> BTreeMap<String, String> {
    let mut options = BTreeMap::new();
    for part in text.split(['\n', '|', '；', ';']) {
        let part = part.trim();
        let mut chars = part.chars();
        if let (Some(letter), Some(separator)) = (chars.next(), chars.next())
            && letter.is_ascii_uppercase() && matches!(separator, '.' | '、' | ')' | ':' | '：' | '．') {
                options.insert(letter.to_string(), chars.as_str().trim().to_owned());
            }
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_traditional_chinese_spreadsheet_becomes_a_suite() {
        let csv = "題號,語言,題型,難度,題目,選項,答案\nq1,中文,選擇題,困難,光合作用的場所是？,\"A. 粒線體\nB. 葉綠體\",B\n";
        let suite = from_csv("課堂.csv", csv.as_bytes()).unwrap();
        assert_eq!(suite.items[0].kind, ItemKind::Choice);
        assert_eq!(suite.items[0].lang, Lang::Zh);
        assert_eq!(suite.dimensions[0].subtasks[0].level, Some(Level::Hard));
        assert_eq!(suite.items[0].options["B"], "葉綠體", "values are kept as written");
    }

    #[test]
    fn a_chinese_spreadsheet_becomes_a_suite() {
        let csv = "题号,语言,维度,子任务,题目,选项,答案,参考答案\n\
                   q1,中文,学科,初中,光合作用的场所是？,\"A. 线粒体\nB. 叶绿体\",B,\n\
                   q2,英文,language,translation,Translate: 你好,,,Hello||Hi\n";
        let (gb, _, _) = encoding_rs::GB18030.encode(csv);
        let suite = from_csv("课堂.csv", &gb).unwrap();
        assert_eq!(suite.items.len(), 2);
        assert_eq!(suite.items[0].kind, ItemKind::Choice);
        assert_eq!(suite.items[0].options["B"], "叶绿体");
        assert_eq!(suite.items[0].answer.as_deref(), Some("B"));
        assert_eq!(suite.items[1].kind, ItemKind::Reference);
        assert_eq!(suite.items[1].references, ["Hello", "Hi"]);
        assert_eq!(suite.dimensions.len(), 2);
        assert!(is_suite_header(&["题号", "题目"]));
    }

    #[test]
    fn a_language_that_contradicts_the_prompt_is_reported() {
        let csv = "question,lang,reference\n中国的首都是哪座城市？,en,北京是中国的首都\n";
        let problems = from_csv("s.csv", csv.as_bytes()).unwrap_err();
        assert!(problems.iter().any(|p| matches!(&p.location, Location::ItemField { field, .. } if field == "lang")), "{problems:?}");
    }

    #[test]
    fn option_columns_and_problems() {
        let csv = "question,A,B,C,answer\nWhich gas?,O2,N2,H2,A\nBroken,x,y,,E\n";
        let error = from_csv("s.csv", csv.as_bytes()).unwrap_err();
        let at_answer = Location::ItemField { item: "en-3".into(), field: "answer".into() };
        assert!(error.iter().any(|p| p.location == at_answer && p.to_string().contains("\"E\" is not among the options")), "{error:?}");
        let ok = from_csv("s.csv", b"question,A,B,answer\nWhich gas?,O2,N2,a\n").unwrap();
        assert_eq!(ok.items[0].answer.as_deref(), Some("A"));
    }
}
