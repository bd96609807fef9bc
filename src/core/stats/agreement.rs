//! How much raters agree: Cohen's kappa (two raters; unweighted or quadratic-weighted, as
//! scikit-learn's `cohen_kappa_score`), Fleiss' kappa (many raters, the same number per unit,
//! as statsmodels' `fleiss_kappa`) and Krippendorff's alpha (any raters, missing values,
//! nominal / ordinal / interval distances, as the `krippendorff` package).
//!
//! Every function returns `None` where the statistic is undefined (no data, or a single
//! category so that chance agreement is already perfect) rather than a NaN.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Cohen's kappa weighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weights {
    /// Any disagreement counts fully.
    None,
    /// Disagreement counts by the squared distance between category positions.
    Quadratic,
}

/// Cohen's kappa of two raters' labels for the same units (`pairs[i] = (first, second)`).
///
/// Categories are the distinct labels either rater used, in order; quadratic weights use the
/// distance between their positions in that list (as scikit-learn does), not their values.
pub fn cohen_kappa(pairs: &[(i32, i32)], weights: Weights) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let mut labels: Vec<i32> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    labels.sort_unstable();
    labels.dedup();
    let k = labels.len();
    let index = |label: i32| labels.binary_search(&label).unwrap_or(0);
    let mut observed = vec![vec![0.0; k]; k];
    for &(a, b) in pairs {
        observed[index(a)][index(b)] += 1.0;
    }
    let total = pairs.len() as f64;
    let rows: Vec<f64> = observed.iter().map(|row| row.iter().sum()).collect();
    let columns: Vec<f64> = (0..k).map(|j| observed.iter().map(|row| row[j]).sum()).collect();
    let weight = |i: usize, j: usize| match weights {
        Weights::None => f64::from(u8::from(i != j)),
        Weights::Quadratic => (i as f64 - j as f64).powi(2),
    };
    let (mut disagreement, mut chance) = (0.0, 0.0);
    for i in 0..k {
        for j in 0..k {
            disagreement += weight(i, j) * observed[i][j];
            chance += weight(i, j) * rows[i] * columns[j] / total;
        }
    }
    (chance > 0.0).then(|| 1.0 - disagreement / chance)
}

/// Fleiss' kappa of units that each carry the same number of ratings (`units[u]` = the labels
/// unit `u` received). Returns `None` if units differ in rating count or have fewer than two.
pub fn fleiss_kappa(units: &[Vec<i32>]) -> Option<f64> {
    let raters = units.first()?.len();
    if raters < 2 || units.iter().any(|unit| unit.len() != raters) {
        return None;
    }
    let n = raters as f64;
    let mut category_totals: BTreeMap<i32, f64> = BTreeMap::new();
    let mut agreement = 0.0;
    for unit in units {
        let mut counts: BTreeMap<i32, f64> = BTreeMap::new();
        for &label in unit {
            *counts.entry(label).or_default() += 1.0;
            *category_totals.entry(label).or_default() += 1.0;
        }
        agreement += (counts.values().map(|c| c * c).sum::<f64>() - n) / (n * (n - 1.0));
    }
    let mean_agreement = agreement / units.len() as f64;
    let all = units.len() as f64 * n;
    let chance: f64 = category_totals.values().map(|c| (c / all).powi(2)).sum();
    (chance < 1.0).then(|| (mean_agreement - chance) / (1.0 - chance))
}

/// The level of measurement for Krippendorff's alpha: which distance between two values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Nominal,
    Ordinal,
    Interval,
}

/// Krippendorff's alpha. `units[u]` holds the values unit `u` received (missing ratings are
/// simply absent); units with fewer than two values cannot be paired and are left out.
pub fn krippendorff_alpha(units: &[Vec<f64>], level: Level) -> Option<f64> {
    let mut values: Vec<f64> = units.iter().filter(|u| u.len() >= 2).flatten().copied().collect();
    values.sort_by(f64::total_cmp);
    values.dedup();
    let k = values.len();
    if k == 0 {
        return None;
    }
    let index = |v: f64| values.binary_search_by(|probe| probe.total_cmp(&v)).unwrap_or(0);
    // The coincidence matrix: each ordered pair of values within a unit of m values adds 1/(m-1).
    let mut coincidences = vec![vec![0.0; k]; k];
    for unit in units.iter().filter(|u| u.len() >= 2) {
        let share = 1.0 / (unit.len() as f64 - 1.0);
        for (i, &a) in unit.iter().enumerate() {
            for (j, &b) in unit.iter().enumerate() {
                if i != j {
                    coincidences[index(a)][index(b)] += share;
                }
            }
        }
    }
    let totals: Vec<f64> = coincidences.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = totals.iter().sum();
    let distance = |c: usize, k: usize| -> f64 {
        match level {
            Level::Nominal => f64::from(u8::from(c != k)),
            Level::Interval => (values[c] - values[k]).powi(2),
            Level::Ordinal => {
                let (low, high) = (c.min(k), c.max(k));
                let between: f64 = totals[low..=high].iter().sum();
                (between - (totals[c] + totals[k]) / 2.0).powi(2)
            }
        }
    };
    let (mut observed, mut expected) = (0.0, 0.0);
    for c in 0..k {
        for j in 0..k {
            let d = distance(c, j);
            observed += coincidences[c][j] * d;
            expected += totals[c] * totals[j] * d;
        }
    }
    (expected > 0.0).then(|| 1.0 - (n - 1.0) * observed / expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_agreement_is_one_and_undefined_without_variation() {
        assert_eq!(cohen_kappa(&[(1, 1), (2, 2), (3, 3)], Weights::None), Some(1.0));
        assert_eq!(cohen_kappa(&[(4, 4), (4, 4)], Weights::Quadratic), None);
        assert_eq!(cohen_kappa(&[], Weights::None), None);
        assert_eq!(fleiss_kappa(&[vec![1, 1], vec![2, 2]]), Some(1.0));
        assert_eq!(fleiss_kappa(&[vec![1, 1], vec![2]]), None, "unequal rating counts");
        assert_eq!(krippendorff_alpha(&[vec![1.0, 1.0], vec![2.0, 2.0, 2.0]], Level::Ordinal), Some(1.0));
        assert_eq!(krippendorff_alpha(&[vec![3.0]], Level::Interval), None, "nothing pairable");
    }

    #[test]
    fn systematic_disagreement_is_negative() {
        let kappa = cohen_kappa(&[(1, 2), (2, 1), (1, 2), (2, 1)], Weights::None).unwrap();
        assert!(kappa < 0.0, "{kappa}");
    }
}
