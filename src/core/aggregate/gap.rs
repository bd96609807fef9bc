//! Is the language gap real? The study Pingfen follows found that models rank differently in
//! Chinese and in English; with a class's few dozen items a shift of a place or two can be
//! noise. For every model scored in both languages: its Chinese composite minus its English
//! one with a bootstrap interval, its rank in each language in the same resamples, and
//! whether the shift of its rank is one the data supports.
//!
//! What is resampled: the items, within each sub-task, with replacement — Chinese and English
//! items on their own (they are different items, so there is no pairing across languages) —
//! and each resample is used for every model (the models answered the same items). A
//! model's shift is *supported* when its interval of rank shifts, at a level corrected for
//! looking at every model at once (Bonferroni: 1 − 0.05 / models), lies wholly on one side of
//! no shift; `tests/aggregate.rs` checks by simulation that classes whose two languages share
//! one true ranking show no supported shift at least 95 % of the time.

use serde::{Deserialize, Serialize};

use super::{Layout, Resampling};
use crate::core::model::rule::Rule;
use crate::core::model::suite::Suite;
use crate::core::stats::bootstrap::{self, Interval};
use crate::core::text::Lang;

/// The family-wise error of the supported shifts: 5 %, shared out between the models.
pub const FAMILY_ERROR: f64 = 0.05;

/// Every model's language gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageGaps {
    pub rounds: usize,
    pub seed: u64,
    /// The level of each model's shift interval: 1 − [`FAMILY_ERROR`] / models.
    pub level: f64,
    /// Models scored in both languages, in the order given.
    pub models: Vec<Gap>,
}

impl LanguageGaps {
    /// The models whose rank shift the data supports.
    pub fn supported(&self) -> impl Iterator<Item = &Gap> {
        self.models.iter().filter(|gap| gap.supported)
    }
}

/// One model's gap between its Chinese and its English composite, and between its ranks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    pub model: String,
    pub zh: f64,
    pub en: f64,
    /// Chinese minus English (0–100 points), with its 95 % bootstrap interval.
    pub difference: f64,
    pub difference_interval: Option<Interval>,
    /// Ranks among the models compared (1 = best; ties share the better rank).
    pub rank_zh: usize,
    pub rank_en: usize,
    /// The 95 % range of each rank over the resamples.
    pub rank_zh_range: (usize, usize),
    pub rank_en_range: (usize, usize),
    /// Places gained in Chinese: English rank minus Chinese rank (> 0: better in Chinese).
    pub shift: i64,
    /// The shift's range over the resamples at [`LanguageGaps::level`].
    pub shift_range: (i64, i64),
    /// Share of resamples in which the model ranks better in Chinese than in English, and worse.
    pub better_in_zh: f64,
    pub worse_in_zh: f64,
    /// The shift's range lies wholly above or wholly below no shift.
    pub supported: bool,
}

/// The language gaps of `models` (`matrix[m][i]`: model `m`'s score on item `i`), resampled
/// `resampling.rounds` times from its seed.
pub fn language_gaps(suite: &Suite, matrix: &[Vec<Option<f64>>], models: &[String], rule: Rule, resampling: Resampling) -> LanguageGaps {
    let layout = Layout::new(suite);
    let scopes = layout.scopes(suite);
    let at = |lang: Lang| scopes.iter().position(|s| s.lang == Some(lang) && s.dimension.is_none() && s.subtask.is_none());
    let composites = |draws: Option<&[Vec<usize>]>| -> Vec<Option<(f64, f64)>> {
        matrix
            .iter()
            .map(|row| {
                let cells = layout.evaluate(suite, row, &rule, draws);
                let of = |lang| at(lang).and_then(|c| cells[c].0);
                of(Lang::Zh).zip(of(Lang::En))
            })
            .collect()
    };
    let point = composites(None);
    let compared: Vec<usize> = (0..models.len()).filter(|&m| point[m].is_some()).collect();
    let level = 1.0 - FAMILY_ERROR / compared.len().max(1) as f64;
    let mut differences: Vec<Vec<f64>> = vec![Vec::with_capacity(resampling.rounds); compared.len()];
    let mut ranks_zh: Vec<Vec<usize>> = vec![Vec::with_capacity(resampling.rounds); compared.len()];
    let mut ranks_en: Vec<Vec<usize>> = vec![Vec::with_capacity(resampling.rounds); compared.len()];
    let mut rng = bootstrap::rng(resampling.seed);
    for _ in 0..resampling.rounds {
        let draws = layout.resample(&mut rng);
        let round = composites(Some(&draws));
        // A resample can leave a model without a score in a language (every drawn item open):
        // it is ranked last there.
        let scores: Vec<(f64, f64)> = compared.iter().map(|&m| round[m].unwrap_or((f64::NEG_INFINITY, f64::NEG_INFINITY))).collect();
        let zh: Vec<f64> = scores.iter().map(|s| s.0).collect();
        let en: Vec<f64> = scores.iter().map(|s| s.1).collect();
        for (c, &(z, e)) in scores.iter().enumerate() {
            if z.is_finite() && e.is_finite() {
                differences[c].push(z - e);
            }
            ranks_zh[c].push(rank(&zh, z));
            ranks_en[c].push(rank(&en, e));
        }
    }
    let zh_points: Vec<f64> = compared.iter().map(|&m| point[m].map_or(f64::NAN, |p| p.0)).collect();
    let en_points: Vec<f64> = compared.iter().map(|&m| point[m].map_or(f64::NAN, |p| p.1)).collect();
    let gaps = compared
        .iter()
        .enumerate()
        .map(|(c, &m)| {
            let (zh, en) = (zh_points[c], en_points[c]);
            let (rank_zh, rank_en) = (rank(&zh_points, zh), rank(&en_points, en));
            let shifts: Vec<i64> = ranks_en[c].iter().zip(&ranks_zh[c]).map(|(&e, &z)| e as i64 - z as i64).collect();
            let share = |keep: fn(i64) -> bool| if shifts.is_empty() { 0.0 } else { shifts.iter().filter(|&&s| keep(s)).count() as f64 / shifts.len() as f64 };
            let shift_range = range(&shifts, level).unwrap_or((0, 0));
            Gap {
                model: models[m].clone(),
                zh,
                en,
                difference: zh - en,
                difference_interval: bootstrap::interval(&differences[c]),
                rank_zh,
                rank_en,
                rank_zh_range: range(&ranks_zh[c], 0.95).unwrap_or((rank_zh, rank_zh)),
                rank_en_range: range(&ranks_en[c], 0.95).unwrap_or((rank_en, rank_en)),
                shift: rank_en as i64 - rank_zh as i64,
                shift_range,
                better_in_zh: share(|s| s > 0),
                worse_in_zh: share(|s| s < 0),
                supported: !shifts.is_empty() && (shift_range.0 > 0 || shift_range.1 < 0),
            }
        })
        .collect();
    LanguageGaps { rounds: resampling.rounds, seed: resampling.seed, level, models: gaps }
}

/// 1 + how many of `all` are strictly better than `own`.
fn rank(all: &[f64], own: f64) -> usize {
    1 + all.iter().filter(|&&other| other > own).count()
}

/// The central `level` range of whole-number values: the order statistics that leave at most
/// (1 − level) / 2 of them out on each side.
fn range<T: Copy + Ord>(values: &[T], level: f64) -> Option<(T, T)> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let last = sorted.len().checked_sub(1)?;
    let tail = (1.0 - level) / 2.0;
    let low = ((tail * sorted.len() as f64).floor() as usize).min(last);
    let high = last - ((tail * sorted.len() as f64).floor() as usize).min(last);
    Some((sorted[low], sorted[high.max(low)]))
}
