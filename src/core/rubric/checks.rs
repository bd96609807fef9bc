//! Rule checks of an answer, without references: key points (with synonyms and weights),
//! forbidden content, a regular expression, length bounds (characters for Chinese, words for
//! English), valid JSON, and the language of the answer. Each gives a 0–100 score and says
//! what it found.

use regex_lite::RegexBuilder;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

pub use crate::core::model::rubric::{Check, KeyPoint};
use crate::core::text::{detect, Detected, Hmm, Lang, Normalize, Segmenter};

/// What a check found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckResult {
    /// 0–100.
    pub score: f64,
    pub passed: bool,
    /// Human-readable evidence: points found and missed, terms found, the length measured…
    pub found: Vec<String>,
    pub missed: Vec<String>,
    pub note: String,
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
    let pass = |passed: bool, found: Vec<String>, missed: Vec<String>, note: String| CheckResult {
        score: if passed { 100.0 } else { 0.0 },
        passed,
        found,
        missed,
        note,
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
            CheckResult { score, passed: missed.is_empty(), found, missed, note: format!("{got} of {total} weight") }
        }
        Check::Forbidden { terms } => {
            let prepared = prepare(segmenter, answer, lang);
            let found: Vec<String> = terms.iter().filter(|t| prepared.contains(t)).cloned().collect();
            pass(found.is_empty(), found, Vec::new(), String::new())
        }
        Check::Regex { pattern, must_match } => {
            let regex = RegexBuilder::new(pattern)
                .size_limit(1 << 20)
                .nest_limit(64)
                .build()
                .map_err(|e| CheckError(format!("the pattern {pattern:?} is not a valid regular expression: {e}")))?;
            let found: Vec<String> = regex.find_iter(answer).take(5).map(|m| m.as_str().to_owned()).collect();
            pass(found.is_empty() != *must_match, found, Vec::new(), String::new())
        }
        Check::Length { min, max } => {
            let (length, unit) = length(answer, lang);
            let passed = min.is_none_or(|m| length >= m) && max.is_none_or(|m| length <= m);
            pass(passed, Vec::new(), Vec::new(), format!("{length} {unit}"))
        }
        Check::ValidJson => {
            let candidate = fenced_json(answer).unwrap_or(answer).trim();
            match serde_json::from_str::<serde_json::Value>(candidate) {
                Ok(_) => pass(true, Vec::new(), Vec::new(), String::new()),
                Err(error) => pass(false, Vec::new(), Vec::new(), error.to_string()),
            }
        }
        Check::Language { expected } => {
            let detected = detect(answer);
            let passed = matches!((expected, detected), (Lang::Zh, Detected::Zh) | (Lang::En, Detected::En));
            let name = serde_json::to_string(&detected).unwrap_or_default();
            pass(passed, Vec::new(), Vec::new(), format!("detected {}", name.trim_matches('"')))
        }
    })
}

/// Characters without white space for Chinese; words (with a letter or digit) for English.
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
}
