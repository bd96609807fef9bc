//! The core's errors: what went wrong, where, and what to do about it.

use serde::Serialize;
use thiserror::Error;

/// Errors of the core. Messages are complete sentences a user can act on.
#[derive(Debug, Error)]
pub enum Error {
    /// The segmentation dictionary could not be decompressed (truncated or not gzip).
    #[error(
        "the Chinese dictionary is damaged ({detail}); reload the page, or rebuild the dictionary asset"
    )]
    DictionaryCorrupt { detail: String },
    /// A line of the segmentation dictionary is malformed.
    #[error("the Chinese dictionary has a bad entry: {0}")]
    DictionaryEntry(String),
}

impl From<jieba_rs::Error> for Error {
    fn from(error: jieba_rs::Error) -> Self {
        match error {
            jieba_rs::Error::Io(io) => Error::DictionaryCorrupt { detail: io.to_string() },
            other => Error::DictionaryEntry(other.to_string()),
        }
    }
}

/// A problem in a file a user gave: which file, where in it, what is wrong and what to do —
/// in English and in Chinese, so the interface can speak its user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Error)]
#[error("{file}, {location}: {message}")]
pub struct Problem {
    pub file: String,
    /// `line 12`, `row 3`, `item "zh-qa-01", field "options"`.
    pub location: String,
    pub message: String,
    pub location_zh: String,
    pub message_zh: String,
}

impl Problem {
    /// A problem described in English; [`Problem::zh`] adds the Chinese.
    pub fn new(file: &str, location: impl Into<String>, message: String) -> Self {
        let location = location.into();
        Problem { file: file.to_owned(), location_zh: zh_location(&location), message_zh: message.clone(), location, message }
    }

    /// The same problem, described in Chinese too.
    pub fn zh(mut self, message: impl Into<String>) -> Self {
        self.message_zh = message.into();
        self
    }

    /// `file, location: message` in Chinese or English.
    pub fn describe(&self, chinese: bool) -> String {
        if chinese {
            format!("{}，{}：{}", self.file, self.location_zh, self.message_zh)
        } else {
            self.to_string()
        }
    }
}

/// `line 3, column 5` → `第 3 行第 5 列`; `row 2` → `第 2 行`; `item "x", field "y"` →
/// `题目 "x" 的 "y" 字段`; `answer 4 (…)` → `第 4 条回答（…）`.
fn zh_location(location: &str) -> String {
    let number_after = |prefix: &str| -> Option<(String, String)> {
        let rest = location.strip_prefix(prefix)?;
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        (!digits.is_empty()).then(|| (digits.clone(), rest[digits.len()..].to_owned()))
    };
    if let Some((line, rest)) = number_after("line ") {
        if let Some(column) = rest.strip_prefix(", column ") {
            return format!("第 {line} 行第 {column} 列");
        }
        return format!("第 {line} 行{rest}");
    }
    if let Some((row, rest)) = number_after("row ") {
        return match rest.strip_prefix(", column ") {
            Some(column) => format!("第 {row} 行的 {column} 列"),
            None => format!("第 {row} 行{rest}"),
        };
    }
    if let Some((answer, rest)) = number_after("answer ") {
        let rest = rest.trim_start().replace("(model ", "（模型 ").replace(", item ", "，题目 ").replace(')', "）");
        return format!("第 {answer} 条回答{rest}");
    }
    if let Some(rest) = location.strip_prefix("item ")
        && let Some((item, field)) = rest.split_once(", field ") {
            return format!("题目 {item} 的 {field} 字段");
        }
    if let Some(field) = location.strip_prefix("field ") {
        return format!("{field} 字段");
    }
    match location {
        "size" => "文件大小".into(),
        "file type" => "文件类型".into(),
        "reading" => "读取".into(),
        other => other.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_in_chinese() {
        assert_eq!(zh_location("line 3, column 5"), "第 3 行第 5 列");
        assert_eq!(zh_location("row 2"), "第 2 行");
        assert_eq!(zh_location("row 2, column lang"), "第 2 行的 lang 列");
        assert_eq!(zh_location("item \"q1\", field \"answer\""), "题目 \"q1\" 的 \"answer\" 字段");
        assert_eq!(zh_location("answer 4 (model \"M\", item \"q\")"), "第 4 条回答（模型 \"M\"，题目 \"q\"）");
        let problem = Problem::new("a.csv", "row 1", "bad".into()).zh("不对");
        assert_eq!(problem.describe(true), "a.csv，第 1 行：不对");
        assert_eq!(problem.describe(false), "a.csv, row 1: bad");
    }
}
