//! A proportion's confidence interval: Wilson's score interval, which stays inside 0–1 and
//! keeps its coverage for small counts and shares near 0 or 1 (where the normal
//! approximation fails), as statsmodels' `proportion_confint(method="wilson")` computes it.

use crate::core::stats::bootstrap::Interval;

/// The standard normal's 97.5th percentile (scipy's `norm.isf(0.025)`).
const Z: f64 = 1.959_963_984_540_054;

/// The 95 % Wilson interval of `count` successes in `total` trials; `None` without trials.
pub fn wilson(count: usize, total: usize) -> Option<Interval> {
    if total == 0 {
        return None;
    }
    let (n, share) = (total as f64, count as f64 / total as f64);
    let z2 = Z * Z;
    let denominator = 1.0 + z2 / n;
    let centre = (share + z2 / (2.0 * n)) / denominator;
    let half = Z * (share * (1.0 - share) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Some(Interval { low: centre - half, high: centre + half })
}
