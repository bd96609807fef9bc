//! Ratings from pairwise votes, as Chatbot Arena computes them.
//!
//! - **Bradley-Terry**: the maximum-likelihood logistic model P(a beats b) =
//!   1 / (1 + 10^((R_b − R_a) / 400)), fitted like Arena's `compute_mle_elo` — logistic
//!   regression without intercept, an L2 penalty of 1/(2C)·‖β‖² with C = 10⁶ (which keeps an
//!   unbeaten model finite and centres the ratings), ratings R = 1000 + 400·β. A tie (or "both
//!   bad") counts as half a win for each side.
//! - **Elo**: the online update in vote order, K = 4 by default, scale 400, base 10, initial 1000.
//! - Both with seeded bootstrap 95 % intervals over resampled votes and ranks that share a
//!   place when intervals overlap.

use serde::Serialize;

use super::bootstrap::{self, Interval};

pub const SCALE: f64 = 400.0;
pub const BASE: f64 = 10.0;
pub const INITIAL: f64 = 1000.0;
/// Arena's K for the online Elo.
pub const DEFAULT_K: f64 = 4.0;
/// The inverse strength of the L2 penalty in the Bradley-Terry fit (scikit-learn's `C`).
pub const C: f64 = 1e6;

/// One vote: models `a` and `b` (indices) and `a`'s result: 1 win, 0 loss, ½ tie.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Battle {
    pub a: usize,
    pub b: usize,
    pub score_a: f64,
}

/// Bradley-Terry ratings of `models` models (Elo scale). Models without votes stay at 1000.
pub fn bradley_terry(models: usize, battles: &[Battle]) -> Vec<f64> {
    // Votes collapse to (pair → count, A's points): the fit costs O(pairs), not O(votes).
    let mut pairs: rustc_hash::FxHashMap<(usize, usize), (f64, f64)> = Default::default();
    for battle in battles.iter().filter(|b| b.a != b.b && b.a < models && b.b < models) {
        let entry = pairs.entry((battle.a, battle.b)).or_default();
        entry.0 += 1.0;
        entry.1 += battle.score_a;
    }
    let mut pairs: Vec<((usize, usize), (f64, f64))> = pairs.into_iter().collect();
    pairs.sort_by(|x, y| x.0.cmp(&y.0));
    let ln = BASE.ln();
    let objective = |beta: &[f64]| -> f64 {
        let mut total = beta.iter().map(|b| b * b).sum::<f64>() / (2.0 * C);
        for &((a, b), (count, points)) in &pairs {
            let d = ln * (beta[a] - beta[b]);
            // −[y·log σ(d) + (1−y)·log σ(−d)], summed over the pair's votes, computed stably.
            total += points * softplus(-d) + (count - points) * softplus(d);
        }
        total
    };
    let mut beta = vec![0.0; models];
    for _ in 0..100 {
        let mut gradient: Vec<f64> = beta.iter().map(|b| b / C).collect();
        let mut hessian = vec![vec![0.0; models]; models];
        for (i, row) in hessian.iter_mut().enumerate() {
            row[i] = 1.0 / C;
        }
        for &((a, b), (count, points)) in &pairs {
            let p = sigmoid(ln * (beta[a] - beta[b]));
            let g = ln * (count * p - points);
            gradient[a] += g;
            gradient[b] -= g;
            let h = ln * ln * count * p * (1.0 - p);
            hessian[a][a] += h;
            hessian[b][b] += h;
            hessian[a][b] -= h;
            hessian[b][a] -= h;
        }
        let Some(step) = solve(hessian, gradient) else { break };
        // Newton with backtracking: near-separable data (a model that never loses) would
        // otherwise overshoot.
        let before = objective(&beta);
        let mut t = 1.0;
        let mut next: Vec<f64>;
        loop {
            next = beta.iter().zip(&step).map(|(b, s)| b - t * s).collect();
            if objective(&next) <= before || t < 1e-6 {
                break;
            }
            t /= 2.0;
        }
        let change = beta.iter().zip(&next).map(|(x, y)| (x - y).abs()).fold(0.0, f64::max);
        beta = next;
        if change < 1e-12 {
            break;
        }
    }
    beta.iter().map(|b| INITIAL + SCALE * b).collect()
}

/// Online Elo ratings after the votes in order.
pub fn elo(models: usize, battles: &[Battle], k: f64) -> Vec<f64> {
    let mut ratings = vec![INITIAL; models];
    for battle in battles.iter().filter(|b| b.a != b.b && b.a < models && b.b < models) {
        let (ra, rb) = (ratings[battle.a], ratings[battle.b]);
        let expected_a = 1.0 / (1.0 + BASE.powf((rb - ra) / SCALE));
        ratings[battle.a] += k * (battle.score_a - expected_a);
        ratings[battle.b] += k * ((1.0 - battle.score_a) - (1.0 - expected_a));
    }
    ratings
}

fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 { 1.0 / (1.0 + (-x).exp()) } else { x.exp() / (1.0 + x.exp()) }
}

/// log(1 + eˣ) without overflow.
fn softplus(x: f64) -> f64 {
    if x > 0.0 { x + (-x).exp().ln_1p() } else { x.exp().ln_1p() }
}

/// Solves `a·x = b` for a symmetric positive-definite `a` (Cholesky).
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for j in 0..n {
        let diagonal = a[j][j] - (0..j).map(|k| a[j][k] * a[j][k]).sum::<f64>();
        if diagonal <= 0.0 || !diagonal.is_finite() {
            return None;
        }
        a[j][j] = diagonal.sqrt();
        for i in j + 1..n {
            a[i][j] = (a[i][j] - (0..j).map(|k| a[i][k] * a[j][k]).sum::<f64>()) / a[j][j];
        }
    }
    for i in 0..n {
        b[i] = (b[i] - (0..i).map(|k| a[i][k] * b[k]).sum::<f64>()) / a[i][i];
    }
    for i in (0..n).rev() {
        b[i] = (b[i] - (i + 1..n).map(|k| a[k][i] * b[k]).sum::<f64>()) / a[i][i];
    }
    Some(b)
}

/// One model's line of the pairwise leaderboard.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Standing {
    pub model: String,
    pub bradley_terry: f64,
    pub bradley_terry_interval: Option<Interval>,
    /// 1 + models whose whole Bradley-Terry interval lies above this one's.
    pub rank: Option<usize>,
    pub elo: f64,
    pub elo_interval: Option<Interval>,
    pub wins: usize,
    pub losses: usize,
    pub ties: usize,
}

/// How the pairwise leaderboard was computed (travels with exports).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
pub struct Settings {
    pub rounds: usize,
    pub seed: u64,
    pub k: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { rounds: bootstrap::DEFAULT_ROUNDS, seed: bootstrap::DEFAULT_SEED, k: DEFAULT_K }
    }
}

/// The pairwise leaderboard of `models` from `battles`, best Bradley-Terry rating first.
pub fn standings(models: &[String], battles: &[Battle], settings: Settings) -> Vec<Standing> {
    let n = models.len();
    let bt = bradley_terry(n, battles);
    let online = elo(n, battles, settings.k);
    let mut bt_rounds: Vec<Vec<f64>> = vec![Vec::with_capacity(settings.rounds); n];
    let mut elo_rounds: Vec<Vec<f64>> = vec![Vec::with_capacity(settings.rounds); n];
    if !battles.is_empty() {
        let mut rng = bootstrap::rng(settings.seed);
        for _ in 0..settings.rounds {
            let sample: Vec<Battle> =
                bootstrap::resample(&mut rng, battles.len(), battles.len()).into_iter().map(|i| battles[i]).collect();
            for (model, rating) in bradley_terry(n, &sample).into_iter().enumerate() {
                bt_rounds[model].push(rating);
            }
            for (model, rating) in elo(n, &sample, settings.k).into_iter().enumerate() {
                elo_rounds[model].push(rating);
            }
        }
    }
    let played = |model: usize| battles.iter().any(|b| b.a == model || b.b == model);
    let bt_intervals: Vec<Option<Interval>> =
        (0..n).map(|m| if played(m) { bootstrap::interval(&bt_rounds[m]) } else { None }).collect();
    let ranks = bootstrap::ranks(&bt_intervals);
    let mut rows: Vec<Standing> = (0..n)
        .filter(|&m| played(m))
        .map(|m| {
            let as_a = battles.iter().filter(|b| b.a == m);
            let as_b = battles.iter().filter(|b| b.b == m);
            let points: Vec<f64> = as_a.map(|b| b.score_a).chain(as_b.map(|b| 1.0 - b.score_a)).collect();
            Standing {
                model: models[m].clone(),
                bradley_terry: bt[m],
                bradley_terry_interval: bt_intervals[m],
                rank: ranks[m],
                elo: online[m],
                elo_interval: bootstrap::interval(&elo_rounds[m]),
                wins: points.iter().filter(|&&p| p == 1.0).count(),
                losses: points.iter().filter(|&&p| p == 0.0).count(),
                ties: points.iter().filter(|&&p| p == 0.5).count(),
            }
        })
        .collect();
    rows.sort_by(|x, y| y.bradley_terry.total_cmp(&x.bradley_terry).then_with(|| x.model.cmp(&y.model)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn battle(a: usize, b: usize, score_a: f64) -> Battle {
        Battle { a, b, score_a }
    }

    #[test]
    fn equal_records_give_equal_ratings_centred_on_1000() {
        let battles = [battle(0, 1, 1.0), battle(1, 0, 1.0), battle(0, 1, 0.5)];
        let ratings = bradley_terry(2, &battles);
        assert!((ratings[0] - 1000.0).abs() < 1e-6 && (ratings[1] - 1000.0).abs() < 1e-6, "{ratings:?}");
    }

    #[test]
    fn three_wins_in_four_is_191_points() {
        // P = 0.75 ⇒ R_a − R_b = 400·log10(3) ≈ 190.85 (the penalty moves it by < 0.001).
        let battles = [battle(0, 1, 1.0), battle(0, 1, 1.0), battle(0, 1, 1.0), battle(0, 1, 0.0)];
        let ratings = bradley_terry(2, &battles);
        assert!((ratings[0] - ratings[1] - 400.0 * 3f64.log10()).abs() < 1e-3, "{ratings:?}");
        assert!((ratings[0] + ratings[1] - 2000.0).abs() < 1e-9);
    }

    #[test]
    fn an_unbeaten_model_stays_finite() {
        let battles = vec![battle(0, 1, 1.0); 20];
        let ratings = bradley_terry(2, &battles);
        assert!(ratings.iter().all(|r| r.is_finite()) && ratings[0] > ratings[1], "{ratings:?}");
    }

    #[test]
    fn elo_moves_by_half_k_from_equal_ratings() {
        assert_eq!(elo(2, &[battle(0, 1, 1.0)], 4.0), vec![1002.0, 998.0]);
    }

    #[test]
    fn standings_are_seeded_and_intervals_hold_the_estimate() {
        let names = ["a".to_string(), "b".to_string(), "c".to_string()];
        let battles: Vec<Battle> = (0..60).map(|i| battle(i % 3, (i + 1) % 3, [1.0, 0.5, 0.0, 1.0][i % 4])).collect();
        let settings = Settings { rounds: 200, ..Settings::default() };
        let first = standings(&names, &battles, settings);
        assert_eq!(first, standings(&names, &battles, settings));
        for row in &first {
            let interval = row.bradley_terry_interval.unwrap();
            assert!(interval.low <= row.bradley_terry && row.bradley_terry <= interval.high, "{row:?}");
        }
    }
}
