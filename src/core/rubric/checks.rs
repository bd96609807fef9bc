//! Rule checks of an answer, without references: key points (with synonyms and weights),
//! forbidden content, a regular expression, length bounds (characters for Chinese, words for
//! English), valid JSON, and the language of the answer. Each gives a 0–100 score and says
//! what it found: `note` in the English stored in scorebooks, [`CheckResult::note_message`] in
//! any interface language.

use regex_lite::RegexBuilder;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

pub use crate::core::model::rubric::{Check, KeyPoint};
use crate::core::i18n::{msg, Message};
use crate::core::text::{detect, Detected, Hmm, Lang, Normalize, Segmenter};

/// What a check found.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct CheckResult {
    /// 0–100.
    pub score: f64,
    pub passed: bool,
    /// Human-readable evidence: points found and missed, terms found, the length measured…
    pub found: Vec<String>,
    pub missed: Vec<String>,
    /// What was measured, in English. Scorebooks store it as it is: the interface words it
    /// from `measure` instead.
    pub note: String,
    /// What was measured, typed: the check it came from and its figures.
    pub measure: Measure,
}

/// What a check measured, one variant per kind of check, so that the interface can name the
/// check and word its note in any locale.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Measure {
    /// Key points: the weight of the points found, of the total weight.
    Weight { got: f64, total: f64 },
    /// Forbidden content: the terms found are in `found`.
    Forbidden,
    /// A regular expression the answer must (or must not) match.
    Pattern { must_match: bool },
    /// Length of a Chinese answer: characters without white space.
    Characters { count: usize },
    /// Length of an English answer: words.
    Words { count: usize },
    /// Valid JSON, or where the parser gave up.
    Json { error: Option<JsonError> },
    /// The language the answer is written in.
    Language { detected: Detected },
}

/// Where an answer stops being JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    /// The text ended before the JSON did.
    pub end: bool,
}

impl CheckResult {
    /// The note worded for the interface ("3 of 3 weight", "12 characters"), or `None` when
    /// the check has nothing to add to its found and missed lists.
    pub fn note_message(&self) -> Option<Message> {
        Some(match &self.measure {
            Measure::Weight { got, total } => msg!("check-note-weight", got = format!("{got}"), total = format!("{total}")),
            Measure::Characters { count } => msg!("check-note-characters", count = *count),
            Measure::Words { count } => msg!("check-note-words", count = *count),
            Measure::Json { error: Some(JsonError { line, column, end: true }) } => msg!("check-note-json-end", line = *line, column = *column),
            Measure::Json { error: Some(JsonError { line, column, end: false }) } => msg!("check-note-json-invalid", line = *line, column = *column),
            Measure::Language { detected } => msg!("check-note-detected", language = Message::plain(detected_key(*detected))),
            Measure::Forbidden | Measure::Pattern { .. } | Measure::Json { error: None } => return None,
        })
    }

    /// The kind of check this result came from, e.g. "Key points".
    pub fn kind_message(&self) -> Message {
        Message::plain(match self.measure {
            Measure::Weight { .. } => "check-kind-key-points",
            Measure::Forbidden => "check-kind-forbidden",
            Measure::Pattern { must_match: true } => "check-kind-pattern",
            Measure::Pattern { must_match: false } => "check-kind-pattern-absent",
            Measure::Characters { .. } | Measure::Words { .. } => "check-kind-length",
            Measure::Json { .. } => "check-kind-json",
            Measure::Language { .. } => "check-kind-language",
        })
    }
}

/// What a check asks of an answer, worded for the interface: "3 key points: 造纸术, 指南针,
/// 火药", "between 50 and 200 characters", "none of: …".
pub fn expected_message(check: &Check, lang: Lang) -> Message {
    let unit = match lang {
        Lang::Zh => "chars",
        Lang::En => "words",
    };
    match check {
        Check::KeyPoints { points } => msg!(
            "check-expect-key-points",
            count = points.len(),
            points = points.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(", "),
        ),
        Check::Forbidden { terms } => msg!("check-expect-forbidden", terms = terms.join(", ")),
        Check::Regex { pattern, must_match: true } => msg!("check-expect-pattern", pattern = pattern.as_str()),
        Check::Regex { pattern, must_match: false } => msg!("check-expect-pattern-absent", pattern = pattern.as_str()),
        Check::Length { min: Some(min), max: Some(max) } => msg!("check-expect-length-between", min = *min, max = *max, unit = unit),
        Check::Length { min: Some(min), max: None } => msg!("check-expect-length-min", min = *min, unit = unit),
        Check::Length { min: None, max: Some(max) } => msg!("check-expect-length-max", max = *max, unit = unit),
        Check::Length { min: None, max: None } => msg!("check-expect-length-any"),
        Check::ValidJson => msg!("check-expect-json"),
        Check::Language { expected } => msg!(
            "check-expect-language",
            language = Message::plain(match expected {
                Lang::Zh => "check-detected-zh",
                Lang::En => "check-detected-en",
            })
        ),
    }
}

fn detected_key(detected: Detected) -> &'static str {
    match detected {
        Detected::Zh => "check-detected-zh",
        Detected::En => "check-detected-en",
        Detected::Mixed => "check-detected-mixed",
        Detected::Other => "check-detected-other",
        Detected::None => "check-detected-none",
    }
}

/// A check that cannot run as written (a bad regular expression): the suite must be fixed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rubric check cannot run: {0}")]
pub struct CheckError(pub String);

/// Text prepared for matching: NFKC, Traditional → Simplified, lowercase; plus its token
/// boundaries (jieba for Chinese, word boundaries for English) so that "cat" does not match
/// inside "category".
struct Prepared {
    text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

const MATCHING: Normalize = Normalize { nfkc: true, t2s: true, lowercase: true, collapse_whitespace: false };

fn prepare(segmenter: &Segmenter, text: &str, lang: Lang) -> Prepared {
    let text = MATCHING.apply(text).into_owned();
    let spans: Vec<(usize, usize)> = match lang {
        Lang::Zh => segmenter.cut(&text, Hmm::On).iter().map(|t| (t.start, t.end)).collect(),
        Lang::En => text.split_word_bound_indices().map(|(i, w)| (i, i + w.len())).collect(),
    };
    Prepared {
        starts: spans.iter().map(|s| s.0).collect(),
        ends: spans.iter().map(|s| s.1).collect(),
        text,
    }
}

impl Prepared {
    /// Whether `phrase` occurs on token boundaries. Chinese phrases of two or more characters
    /// may also sit inside a longer word (北京 in 北京市): segmentation varies with context.
    fn contains(&self, phrase: &str) -> bool {
        let phrase = MATCHING.apply(phrase);
        let phrase = phrase.trim();
        if phrase.is_empty() {
            return false;
        }
        let chinese = phrase.chars().filter(|c| crate::core::text::is_han(*c)).count();
        if chinese >= 2 && chinese == phrase.chars().filter(|c| !c.is_whitespace()).count() {
            return self.text.contains(phrase);
        }
        self.text.match_indices(phrase).any(|(start, _)| {
            self.starts.binary_search(&start).is_ok() && self.ends.binary_search(&(start + phrase.len())).is_ok()
        })
    }
}

/// Runs `check` on `answer`, an answer to an item in `lang`.
pub fn run(segmenter: &Segmenter, check: &Check, answer: &str, lang: Lang) -> Result<CheckResult, CheckError> {
    let pass = |passed: bool, found: Vec<String>, missed: Vec<String>, note: String, measure: Measure| CheckResult {
        score: if passed { 100.0 } else { 0.0 },
        passed,
        found,
        missed,
        note,
        measure,
    };
    Ok(match check {
        Check::KeyPoints { points } => {
            let prepared = prepare(segmenter, answer, lang);
            let (mut found, mut missed, mut got, mut total) = (Vec::new(), Vec::new(), 0.0, 0.0);
            for point in points {
                total += point.weight.max(0.0);
                let hit = std::iter::once(&point.text).chain(&point.synonyms).find(|p| prepared.contains(p));
                match hit {
                    Some(phrase) => {
                        got += point.weight.max(0.0);
                        found.push(if phrase == &point.text { phrase.clone() } else { format!("{} ({phrase})", point.text) });
                    }
                    None => missed.push(point.text.clone()),
                }
            }
            let score = if total > 0.0 { 100.0 * got / total } else { 0.0 };
            CheckResult { score, passed: missed.is_empty(), found, missed, note: format!("{got} of {total} weight"), measure: Measure::Weight { got, total } }
        }
        Check::Forbidden { terms } => {
            let prepared = prepare(segmenter, answer, lang);
            let found: Vec<String> = terms.iter().filter(|t| prepared.contains(t)).cloned().collect();
            pass(found.is_empty(), found, Vec::new(), String::new(), Measure::Forbidden)
        }
        Check::Regex { pattern, must_match } => {
            let regex = RegexBuilder::new(pattern)
                .size_limit(1 << 20)
                .nest_limit(64)
                .build()
                .map_err(|e| CheckError(format!("the pattern {pattern:?} is not a valid regular expression: {e}")))?;
            let found: Vec<String> = regex.find_iter(answer).take(5).map(|m| m.as_str().to_owned()).collect();
            pass(found.is_empty() != *must_match, found, Vec::new(), String::new(), Measure::Pattern { must_match: *must_match })
        }
        Check::Length { min, max } => {
            let (length, unit) = length(answer, lang);
            let passed = min.is_none_or(|m| length >= m) && max.is_none_or(|m| length <= m);
            let measure = if lang == Lang::Zh { Measure::Characters { count: length } } else { Measure::Words { count: length } };
            pass(passed, Vec::new(), Vec::new(), format!("{length} {unit}"), measure)
        }
        Check::ValidJson => {
            let candidate = fenced_json(answer).unwrap_or(answer).trim();
            match serde_json::from_str::<serde_json::Value>(candidate) {
                Ok(_) => pass(true, Vec::new(), Vec::new(), String::new(), Measure::Json { error: None }),
                Err(error) => {
                    let at = JsonError { line: error.line(), column: error.column(), end: error.is_eof() };
                    pass(false, Vec::new(), Vec::new(), error.to_string(), Measure::Json { error: Some(at) })
                }
            }
        }
        Check::Language { expected } => {
            let detected = detect(answer);
            let passed = matches!((expected, detected), (Lang::Zh, Detected::Zh) | (Lang::En, Detected::En));
            pass(passed, Vec::new(), Vec::new(), format!("detected {}", detected.as_str()), Measure::Language { detected })
        }
    })
}

/// Characters without white space for Chinese; words (with a letter or digit) for English;
/// with the unit as scorebooks' notes name it.
pub fn length(answer: &str, lang: Lang) -> (usize, &'static str) {
    match lang {
        Lang::Zh => (answer.chars().filter(|c| !c.is_whitespace()).count(), "characters"),
        Lang::En => (answer.unicode_words().count(), "words"),
    }
}

/// The body of the first ```json (or plain ```) fence, if the answer has one.
fn fenced_json(answer: &str) -> Option<&str> {
    let start = answer.find("```")?;
    let after = &answer[start + 3..];
    let body_start = after.find('\n')? + 1;
    let body = &after[body_start..];
    Some(&body[..body.find("```")?])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(check: &Check, answer: &str, lang: Lang) -> CheckResult {
        run(Segmenter::shared_for_tests(), check, answer, lang).unwrap()
    }

    #[test]
    fn key_points_with_synonyms_weights_and_traditional_text() {
        let rubric = Check::KeyPoints {
            points: vec![
                KeyPoint { text: "叶绿体".into(), synonyms: vec![], weight: 2.0 },
                KeyPoint { text: "光能".into(), synonyms: vec!["阳光".into()], weight: 1.0 },
                KeyPoint { text: "氧气".into(), synonyms: vec![], weight: 1.0 },
            ],
        };
        let result = check(&rubric, "光合作用在葉綠體中進行，需要陽光。", Lang::Zh);
        assert_eq!(result.score, 75.0);
        assert_eq!(result.found, ["叶绿体", "光能 (阳光)"]);
        assert_eq!(result.missed, ["氧气"]);
    }

    #[test]
    fn english_key_points_respect_word_boundaries() {
        let rubric = Check::KeyPoints { points: vec![KeyPoint { text: "cat".into(), synonyms: vec![], weight: 1.0 }] };
        assert_eq!(check(&rubric, "A category error.", Lang::En).score, 0.0);
        assert_eq!(check(&rubric, "The CAT sat.", Lang::En).score, 100.0);
    }

    #[test]
    fn forbidden_regex_length_json_language() {
        let forbidden = Check::Forbidden { terms: vec!["炸药".into(), "explosive".into()] };
        assert!(!check(&forbidden, "制作炸药的方法是……", Lang::Zh).passed);
        assert!(check(&forbidden, "我不能提供这类信息。", Lang::Zh).passed);

        let regex = Check::Regex { pattern: r"\d{4}年".into(), must_match: true };
        assert!(check(&regex, "成立于1949年。", Lang::Zh).passed);
        let bad = Check::Regex { pattern: "(".into(), must_match: true };
        assert!(run(Segmenter::shared_for_tests(), &bad, "x", Lang::En).is_err());

        let short = Check::Length { min: Some(3), max: Some(5) };
        assert!(check(&short, "one two three four", Lang::En).passed);
        assert!(!check(&short, "一二", Lang::Zh).passed);
        assert_eq!(check(&short, "一 二 三", Lang::Zh).note, "3 characters");

        assert!(check(&Check::ValidJson, "Here:\n```json\n{\"a\": [1, 2]}\n```", Lang::En).passed);
        assert!(!check(&Check::ValidJson, "{\"a\": }", Lang::En).passed);

        assert!(check(&Check::Language { expected: Lang::Zh }, "这是中文回答。", Lang::Zh).passed);
        assert!(!check(&Check::Language { expected: Lang::Zh }, "This is English.", Lang::Zh).passed);
    }

    #[test]
    fn notes_are_worded_from_what_was_measured_and_the_stored_note_stays_english() {
        use crate::core::i18n::Locale;
        let key_points = Check::KeyPoints { points: vec![KeyPoint { text: "cat".into(), synonyms: vec![], weight: 1.5 }] };
        let length = Check::Length { min: None, max: None };
        for (result, en, hans, hant) in [
            (check(&key_points, "A cat.", Lang::En), "1.5 of 1.5 weight", "命中权重 1.5 / 1.5", "命中權重 1.5 / 1.5"),
            (check(&length, "一 二 三", Lang::Zh), "3 characters", "3 个字符", "3 個字元"),
            (check(&length, "one two", Lang::En), "2 words", "2 个单词", "2 個單字"),
        ] {
            let message = result.note_message().unwrap();
            assert_eq!(result.note, en);
            assert_eq!(message.text(Locale::En), en, "the English message reads as the stored note");
            assert_eq!(message.text(Locale::ZhHans), hans);
            assert_eq!(message.text(Locale::ZhHant), hant);
        }
        assert_eq!(check(&length, "word", Lang::En).note_message().unwrap().text(Locale::En), "1 word");

        let json = check(&Check::ValidJson, "{\"a\": ", Lang::En);
        assert_eq!(json.note_message().unwrap().text(Locale::En), "the JSON ends too early (line 1, column 5)");
        assert!(!json.note.is_empty(), "the stored note keeps the parser's words");
        let language = check(&Check::Language { expected: Lang::Zh }, "This is English.", Lang::Zh);
        assert_eq!(language.note, "detected en");
        assert_eq!(language.note_message().unwrap().text(Locale::ZhHant), "偵測到：英文");
        assert_eq!(language.kind_message().text(Locale::En), "Language");

        let forbidden = check(&Check::Forbidden { terms: vec!["x".into()] }, "y", Lang::En);
        assert_eq!(forbidden.note_message(), None, "nothing to add to found and missed");
    }
}
