//! One column-name matcher for every table Pingfen reads (answers, suites, spreadsheets):
//! a column is known by any of its names, in Chinese (Simplified or Traditional: a Hong Kong
//! teacher's 題目 is 题目) or English, in any case, full-width or not, with the spaces around
//! it ignored.

use crate::core::text::Normalize;

/// How headers and names are compared: NFKC (full-width ＩＤ is ID), Traditional → Simplified,
/// lowercase, spaces trimmed.
const FOLD: Normalize = Normalize { nfkc: true, t2s: true, lowercase: true, collapse_whitespace: true };

/// A header or a cell value as the matcher compares it.
pub fn fold(text: &str) -> String {
    FOLD.apply(text).into_owned()
}

/// A column a table may have, and the names it goes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The name problems and documentation use.
    pub key: &'static str,
    pub names: &'static [&'static str],
}

impl Column {
    /// Whether `header` names this column.
    pub fn matches(&self, header: &str) -> bool {
        let header = fold(header);
        self.names.iter().any(|name| fold(name) == header)
    }

    /// The position of this column among `headers`, the first that matches.
    pub fn find<'a>(&self, headers: impl IntoIterator<Item = &'a str>) -> Option<usize> {
        headers.into_iter().position(|header| self.matches(header))
    }

    /// `model / 模型 / 模型名称 / system`: what a problem lists as accepted names.
    pub fn accepted(&self) -> String {
        self.names.join(" / ")
    }
}

/// Answers tables.
pub const MODEL: Column = Column { key: "model", names: &["model", "模型", "模型名称", "system"] };
pub const ITEM: Column = Column { key: "item", names: &["item", "id", "item_id", "question_id", "题号", "题目编号", "编号"] };
pub const ANSWER: Column = Column { key: "answer", names: &["answer", "response", "output", "回答", "模型回答", "输出"] };

/// Suite tables.
pub const SUITE: &[Column] = &[
    Column { key: "id", names: &["id", "item", "编号", "题号"] },
    Column { key: "lang", names: &["lang", "language", "语言"] },
    Column { key: "dimension", names: &["dimension", "维度"] },
    Column { key: "subtask", names: &["subtask", "sub_task", "task", "子任务", "任务"] },
    Column { key: "level", names: &["level", "difficulty", "难度"] },
    Column { key: "kind", names: &["kind", "type", "题型"] },
    PROMPT,
    Column { key: "options", names: &["options", "选项"] },
    Column { key: "answer", names: &["answer", "correct", "答案", "正确答案"] },
    Column { key: "references", names: &["reference", "references", "参考答案"] },
    Column { key: "metrics", names: &["metrics", "指标"] },
];
/// The column that makes a table a suite rather than answers.
pub const PROMPT: Column = Column { key: "prompt", names: &["question", "prompt", "题目", "问题"] };

/// The suite column known by `key`.
pub fn suite_column(key: &str) -> Option<&'static Column> {
    SUITE.iter().find(|column| column.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_in_any_case_and_with_spaces() {
        assert!(MODEL.matches(" Model "));
        assert!(MODEL.matches("模型名称"));
        assert!(!MODEL.matches("models"));
        assert_eq!(ANSWER.find(["模型", "题号", "回答"]), Some(2));
        assert_eq!(suite_column("prompt").map(|c| c.find(["编号", "题目"])), Some(Some(1)));
    }

    #[test]
    fn traditional_and_full_width_headers_match() {
        assert_eq!(PROMPT.find(["編號", "題目"]), Some(1));
        assert!(suite_column("references").is_some_and(|c| c.matches("參考答案")));
        assert!(suite_column("options").is_some_and(|c| c.matches("選項")));
        assert!(MODEL.matches("ＭＯＤＥＬ"));
        assert!(ANSWER.matches("模型回答"));
    }

    #[test]
    fn every_suite_key_is_listed_once() {
        let mut keys: Vec<&str> = SUITE.iter().map(|c| c.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), SUITE.len());
    }
}
