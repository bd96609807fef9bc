//! How numbers read everywhere they are shown — leaderboard, item view, charts, report — so a
//! score cannot print as 82.5 in one place and 82.46 in another.

/// A 0–100 score with one decimal, or an en dash when there is none yet.
pub fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"))
}

/// An agreement statistic with two decimals; values that round to zero print as "0.00",
/// never "-0.00"; an en dash when undefined.
pub fn statistic(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| if v.abs() < 0.005 { "0.00".to_owned() } else { format!("{v:.2}") })
}

/// A count with thousands separators: 12,345 (the interface's three languages all group so).
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_the_same_everywhere() {
        assert_eq!(score(Some(82.46)), "82.5");
        assert_eq!(score(None), "–");
        assert_eq!(statistic(Some(-0.001)), "0.00");
        assert_eq!(statistic(Some(-0.4)), "-0.40");
        assert_eq!(statistic(None), "–");
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1_000), "1,000");
        assert_eq!(count(349_046), "349,046");
    }
}
