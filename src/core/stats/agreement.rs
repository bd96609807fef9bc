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

/// Gwet's agreement coefficient for any number of raters with missing ratings, as irrCAC
/// computes it: AC1 with `Weights::None`, AC2 with quadratic weights. It stays meaningful
/// when nearly every rating is the same category (where kappa and alpha collapse towards 0
/// however well the raters agree). `units[u]` holds the values unit `u` received;
/// `categories` is the scale in order (quadratic weights go by position in it); a value
/// outside it is not counted. `None` without a unit two raters rated, or with one category.
pub fn gwet(units: &[Vec<i32>], categories: &[i32], weights: Weights) -> Option<f64> {
    let q = categories.len();
    if q < 2 {
        return None;
    }
    let weight = |k: usize, l: usize| match weights {
        Weights::None => f64::from(u8::from(k == l)),
        Weights::Quadratic => 1.0 - ((k as f64 - l as f64) / (q as f64 - 1.0)).powi(2),
    };
    // Each unit's count of ratings in each category; units nobody rated are left out.
    let counts: Vec<Vec<f64>> = units
        .iter()
        .map(|unit| categories.iter().map(|c| unit.iter().filter(|v| *v == c).count() as f64).collect::<Vec<f64>>())
        .filter(|row| row.iter().sum::<f64>() > 0.0)
        .collect();
    let n = counts.len() as f64;
    let (mut agreement, mut paired) = (0.0, 0usize);
    let mut shares = vec![0.0; q];
    for row in &counts {
        let raters: f64 = row.iter().sum();
        for (k, share) in shares.iter_mut().enumerate() {
            *share += row[k] / raters / n;
        }
        if raters >= 2.0 {
            let within: f64 = (0..q).map(|k| row[k] * ((0..q).map(|l| weight(k, l) * row[l]).sum::<f64>() - 1.0)).sum();
            agreement += within / (raters * (raters - 1.0));
            paired += 1;
        }
    }
    if paired == 0 {
        return None;
    }
    let observed = agreement / paired as f64;
    let total_weight: f64 = (0..q).flat_map(|k| (0..q).map(move |l| (k, l))).map(|(k, l)| weight(k, l)).sum();
    let chance = total_weight * shares.iter().map(|p| p * (1.0 - p)).sum::<f64>() / (q as f64 * (q as f64 - 1.0));
    (chance < 1.0).then(|| (observed - chance) / (1.0 - chance))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gwets_ac1_stays_high_where_nearly_every_rating_is_the_same_and_alpha_collapses() {
        // Twenty harmless answers rated 7 by both raters, one rated 7 and 6: the raters agree
        // on 20 of 21, yet alpha sees almost no variation to explain.
        let mut units: Vec<Vec<i32>> = vec![vec![7, 7]; 20];
        units.push(vec![7, 6]);
        let scale: Vec<i32> = (1..=7).collect();
        let ac1 = gwet(&units, &scale, Weights::None).unwrap();
        let alpha = krippendorff_alpha(&units.iter().map(|u| u.iter().map(|&v| f64::from(v)).collect()).collect::<Vec<_>>(), Level::Nominal).unwrap();
        assert!(ac1 > 0.9 && alpha < 0.1, "AC1 {ac1}, alpha {alpha}");
        assert_eq!(gwet(&[vec![1]], &scale, Weights::None), None, "no unit two raters rated");
        assert_eq!(gwet(&units, &[7], Weights::None), None, "one category");
    }

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
