//! Answer-span metrics: SQuAD v1.1 exact match and F1 (English), CMRC 2018-style exact match
//! and F1 (Chinese), and a character-bag F1. All take the best over the references and are
//! on the 0–100 scale.

use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

use super::ngram;
use crate::core::text::mteval::py_split;

/// Exact match and F1 of one answer, both 0–100.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SpanScores {
    pub exact_match: f64,
    pub f1: f64,
}

/// SQuAD v1.1's `normalize_answer`: lowercase, drop ASCII punctuation, drop the articles
/// a/an/the, collapse white space.
pub fn squad_normalize(text: &str) -> String {
    let lower = text.to_lowercase();
    let no_punctuation: String = lower.chars().filter(|c| !c.is_ascii_punctuation()).collect();
    // `re.sub(r'\b(a|an|the)\b', ' ', text)`: whole runs of word characters.
    let mut no_articles = String::with_capacity(no_punctuation.len());
    let mut run_start: Option<usize> = None;
    let flush = |out: &mut String, run: &str| {
        if matches!(run, "a" | "an" | "the") { out.push(' ') } else { out.push_str(run) }
    };
    for (i, c) in no_punctuation.char_indices() {
        if is_py_word_char(c) {
            run_start.get_or_insert(i);
        } else {
            if let Some(start) = run_start.take() {
                flush(&mut no_articles, &no_punctuation[start..i]);
            }
            no_articles.push(c);
        }
    }
    if let Some(start) = run_start {
        flush(&mut no_articles, &no_punctuation[start..]);
    }
    py_split(&no_articles).collect::<Vec<_>>().join(" ")
}

/// Python's `\w` for `str` patterns: letters, numbers, underscore.
fn is_py_word_char(c: char) -> bool {
    c == '_'
        || matches!(c.general_category_group(), GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number)
}

/// SQuAD v1.1 exact match and F1 against the best reference.
pub fn squad(prediction: &str, references: &[String]) -> SpanScores {
    let prediction = squad_normalize(prediction);
    let prediction_tokens: Vec<&str> = py_split(&prediction).collect();
    let mut best = SpanScores { exact_match: 0.0, f1: 0.0 };
    for reference in references {
        let reference = squad_normalize(reference);
        let reference_tokens: Vec<&str> = py_split(&reference).collect();
        if prediction == reference {
            best.exact_match = 100.0;
        }
        best.f1 = best.f1.max(100.0 * bag_f1(&prediction_tokens, &reference_tokens));
    }
    best
}

/// F1 of two token multisets (SQuAD's `f1_score`): 0 when nothing is shared.
fn bag_f1<T: Eq + std::hash::Hash>(prediction: &[T], reference: &[T]) -> f64 {
    let shared = ngram::clipped_matches(&ngram::count(prediction, 1), &ngram::count(reference, 1));
    if shared == 0 {
        return 0.0;
    }
    let precision = shared as f64 / prediction.len() as f64;
    let recall = shared as f64 / reference.len() as f64;
    (2.0 * precision * recall) / (precision + recall)
}

/// Punctuation the CMRC 2018 evaluation script removes.
const CMRC_PUNCTUATION: &[char] = &[
    '-', ':', '_', '*', '^', '/', '\\', '~', '`', '+', '=', '，', '。', '：', '？', '！', '“', '”',
    '；', '’', '《', '》', '…', '·', '、', '「', '」', '（', '）', '－', '～', '『', '』',
];

/// CMRC 2018's mixed segmentation: each CJK ideograph (U+4E00–U+9FA5) a token, other runs
/// split on white space, its punctuation list removed. (The official script splits the
/// non-Chinese runs with NLTK's word tokenizer, which needs downloaded models; white space
/// is what those runs hold in Chinese answers.)
pub fn cmrc_segments(text: &str) -> Vec<String> {
    let text = text.to_lowercase();
    let text = text.trim();
    let mut segments = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        if CMRC_PUNCTUATION.contains(&c) {
            continue;
        }
        if ('\u{4e00}'..='\u{9fa5}').contains(&c) {
            segments.extend(py_split(&run).map(str::to_owned));
            run.clear();
            segments.push(c.to_string());
        } else {
            run.push(c);
        }
    }
    segments.extend(py_split(&run).map(str::to_owned));
    segments
}

/// CMRC 2018-style exact match (answer equal after removing punctuation) and F1 (longest
/// common substring of segments), best over the references.
pub fn cmrc(prediction: &str, references: &[String]) -> SpanScores {
    let strip = |text: &str| -> String {
        text.to_lowercase().trim().chars().filter(|c| !CMRC_PUNCTUATION.contains(c)).collect()
    };
    let prediction_plain = strip(prediction);
    let prediction_segments = cmrc_segments(prediction);
    let mut best = SpanScores { exact_match: 0.0, f1: 0.0 };
    for reference in references {
        if strip(reference) == prediction_plain {
            best.exact_match = 100.0;
        }
        let reference_segments = cmrc_segments(reference);
        let common = longest_common_substring(&reference_segments, &prediction_segments);
        if common > 0 {
            let precision = common as f64 / prediction_segments.len() as f64;
            let recall = common as f64 / reference_segments.len() as f64;
            best.f1 = best.f1.max(100.0 * (2.0 * precision * recall) / (precision + recall));
        }
    }
    best
}

fn longest_common_substring(a: &[String], b: &[String]) -> usize {
    let mut previous = vec![0usize; b.len() + 1];
    let mut longest = 0;
    for x in a {
        let mut current = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            if x == y {
                current[j + 1] = previous[j] + 1;
                longest = longest.max(current[j + 1]);
            }
        }
        previous = current;
    }
    longest
}

/// F1 over the bags of characters (white space and punctuation left out), best over the
/// references; 0–100. Language-neutral, so it suits short Chinese answers.
pub fn char_f1(prediction: &str, references: &[String]) -> f64 {
    let chars = |text: &str| -> Vec<char> {
        text.to_lowercase()
            .chars()
            .filter(|&c| !c.is_whitespace() && c.general_category_group() != GeneralCategoryGroup::Punctuation)
            .collect()
    };
    let prediction = chars(prediction);
    references.iter().map(|r| 100.0 * bag_f1(&prediction, &chars(r))).fold(0.0, f64::max)
}


#[cfg(test)]
mod tests {
    use super::*;

    fn refs(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn squad_normalisation() {
        assert_eq!(squad_normalize("The  Eiffel Tower!"), "eiffel tower");
        assert_eq!(squad_normalize("an apple, a day"), "apple day");
        assert_eq!(squad_normalize("theatre"), "theatre");
    }

    #[test]
    fn squad_scores_take_the_best_reference() {
        let scores = squad("the Eiffel tower", &refs(&["Tower of London", "Eiffel Tower"]));
        assert_eq!(scores, SpanScores { exact_match: 100.0, f1: 100.0 });
        let partial = squad("Paris, France", &refs(&["Paris"]));
        assert_eq!(partial.exact_match, 0.0);
        assert!((partial.f1 - 100.0 * 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn cmrc_segments_chinese_by_character() {
        assert_eq!(cmrc_segments("《红楼梦》的作者是曹雪芹 Cao Xueqin"), ["红", "楼", "梦", "的", "作", "者", "是", "曹", "雪", "芹", "cao", "xueqin"]);
        let scores = cmrc("曹雪芹。", &refs(&["曹雪芹"]));
        assert_eq!(scores, SpanScores { exact_match: 100.0, f1: 100.0 });
        let partial = cmrc("作者曹雪芹", &refs(&["曹雪芹"]));
        assert!((partial.f1 - 100.0 * 2.0 * 0.6 / 1.6).abs() < 1e-9);
    }

    #[test]
    fn char_f1_ignores_spaces_and_punctuation() {
        assert_eq!(char_f1("北 京！", &refs(&["北京"])), 100.0);
        assert_eq!(char_f1("", &refs(&["北京"])), 0.0);
    }
}
