//! Numeric answer match: the final number of the answer equals the reference's number within
//! a relative tolerance. Understands full-width digits, thousands separators, decimals,
//! exponents, fractions (3/4), percents (50% = 0.5 or 50), and the minus signs − and -.

use serde::Serialize;

use crate::core::text::Normalize;

/// A number found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
pub struct Number {
    pub value: f64,
    pub percent: bool,
}

impl Number {
    /// The values this number may stand for: 50% is 50 or 0.5.
    fn readings(self) -> impl Iterator<Item = f64> {
        let percent = self.percent.then_some(self.value / 100.0);
        std::iter::once(self.value).chain(percent)
    }
}

/// The outcome of a numeric comparison.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
pub struct NumericResult {
    /// 100 when the numbers match, else 0.
    pub score: f64,
    pub hypothesis: Option<Number>,
    /// The reference number that matched, or the first one found.
    pub reference: Option<Number>,
}

/// Default relative tolerance.
pub const DEFAULT_TOLERANCE: f64 = 1e-6;

/// The last number in `text`, if any.
pub fn final_number(text: &str) -> Option<Number> {
    numbers(text).pop()
}

/// Every number in `text`, in order.
pub fn numbers(text: &str) -> Vec<Number> {
    let text = Normalize { nfkc: true, ..Normalize::NONE }.apply(text).replace('−', "-");
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_ascii_digit()
            || (chars[i] == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts_number {
            i += 1;
            continue;
        }
        let negative = i > 0
            && chars[i - 1] == '-'
            && (i < 2 || !chars[i - 2].is_alphanumeric());
        let (mut value, end) = scan_decimal(&chars, i);
        let mut end = end;
        // A fraction: 3/4 (but not a date like 2024/3/15: then only the last part counts).
        let after_slash = i > 0 && chars[i - 1] == '/';
        if !after_slash && chars.get(end) == Some(&'/') && chars.get(end + 1).is_some_and(char::is_ascii_digit) {
            let (denominator, after) = scan_decimal(&chars, end + 1);
            if chars.get(after) != Some(&'/') && denominator != 0.0 {
                value /= denominator;
                end = after;
            }
        }
        let percent = matches!(chars.get(end), Some('%' | '‰'));
        if chars.get(end) == Some(&'‰') {
            value /= 10.0;
        }
        found.push(Number { value: if negative { -value } else { value }, percent });
        i = end.max(i + 1);
    }
    found
}

/// Digits with optional thousands separators, decimals and exponent, from `start`.
fn scan_decimal(chars: &[char], start: usize) -> (f64, usize) {
    let mut text = String::new();
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            text.push(c);
            i += 1;
        } else if c == ','
            && !text.is_empty()
            && chars.get(i + 1..i + 4).is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit)
        {
            i += 1; // thousands separator: exactly three digits follow
        } else if c == '.' && !text.contains('.') && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
            text.push('.');
            i += 1;
        } else {
            break;
        }
    }
    if matches!(chars.get(i), Some('e' | 'E')) {
        let sign = matches!(chars.get(i + 1), Some('+' | '-')) as usize;
        if chars.get(i + 1 + sign).is_some_and(char::is_ascii_digit) {
            let mut j = i + 1 + sign;
            let mut exponent: String = chars[i + 1..j].iter().collect();
            while chars.get(j).is_some_and(char::is_ascii_digit) {
                exponent.push(chars[j]);
                j += 1;
            }
            text.push('e');
            text.push_str(&exponent);
            i = j;
        }
    }
    (text.parse().unwrap_or(0.0), i)
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance * a.abs().max(b.abs()) || (a - b).abs() <= 1e-12
}

/// Whether the final number of `hypothesis` matches the (final) number of any reference.
pub fn numeric_match(hypothesis: &str, references: &[String], tolerance: f64) -> NumericResult {
    let hypothesis = final_number(hypothesis);
    let candidates: Vec<Number> = references.iter().filter_map(|r| final_number(r)).collect();
    let matched = hypothesis.and_then(|h| {
        candidates
            .iter()
            .copied()
            .find(|r| h.readings().any(|a| r.readings().any(|b| close(a, b, tolerance))))
    });
    NumericResult {
        score: if matched.is_some() { 100.0 } else { 0.0 },
        hypothesis,
        reference: matched.or(candidates.first().copied()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<f64> {
        final_number(text).map(|n| n.value)
    }

    #[test]
    fn finds_the_final_number() {
        assert_eq!(value("First 3 apples, then the answer is 42."), Some(42.0));
        assert_eq!(value("答案是 1,000 元"), Some(1000.0));
        assert_eq!(value("１２３"), Some(123.0));
        assert_eq!(value("x = −2.5"), Some(-2.5));
        assert_eq!(value("3/4 of them"), Some(0.75));
        assert_eq!(value("about 1.5e-3 mol"), Some(1.5e-3));
        assert_eq!(value("2024/3/15"), Some(15.0));
        assert_eq!(value("GPT-4"), Some(4.0), "a hyphen after a letter is not a minus");
        assert_eq!(value("no numbers"), None);
        assert_eq!(value("1,2,3"), Some(3.0));
    }

    #[test]
    fn percents_match_either_reading() {
        let refs = vec!["0.5".to_owned()];
        assert_eq!(numeric_match("增长了50%", &refs, DEFAULT_TOLERANCE).score, 100.0);
        let refs = vec!["50%".to_owned()];
        assert_eq!(numeric_match("50", &refs, DEFAULT_TOLERANCE).score, 100.0);
    }

    #[test]
    fn tolerance_is_relative() {
        let refs = vec!["3.14159".to_owned()];
        assert_eq!(numeric_match("π ≈ 3.1416", &refs, 1e-4).score, 100.0);
        assert_eq!(numeric_match("π ≈ 3.1416", &refs, 1e-6).score, 0.0);
        assert_eq!(numeric_match("", &refs, 1e-4).score, 0.0);
    }
}
