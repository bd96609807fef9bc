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
//! - **When the votes cannot give a rating** ([`Estimate`]): the maximum-likelihood rating
//!   exists only when, within every group of models that met, each one has won points from
//!   and lost points to the others through some chain of votes (Ford 1957; Hunter 2004). A
//!   model that never lost, or never won, gets a number only from the penalty (about ±1,300
//!   with C = 10⁶): it is shown as a bound, ranked by the order the votes do fix, and kept out
//!   of the interval ranks; models of groups that never met are ranked within their group.

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
    let ln = libm::log(BASE);
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
        let expected_a = 1.0 / (1.0 + libm::pow(BASE, (rb - ra) / SCALE));
        ratings[battle.a] += k * (battle.score_a - expected_a);
        ratings[battle.b] += k * ((1.0 - battle.score_a) - (1.0 - expected_a));
    }
    ratings
}

fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 { 1.0 / (1.0 + libm::exp(-x)) } else { libm::exp(x) / (1.0 + libm::exp(x)) }
}

/// log(1 + eˣ) without overflow.
fn softplus(x: f64) -> f64 {
    if x > 0.0 { x + libm::log1p(libm::exp(-x)) } else { libm::log1p(libm::exp(x)) }
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

/// What the votes say of a model's Bradley-Terry rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Estimate {
    /// A finite estimate, with its interval.
    #[default]
    Rated,
    /// It (with the models it ties with in a cycle) never lost a point to the rest of its group:
    /// above them by more than any number says; the rating shown is only a lower bound.
    AtLeast,
    /// It never won a point from the rest of its group: below them by more than any number
    /// says; the rating shown is only an upper bound.
    AtMost,
    /// Above some of its group and below others, by distances the votes leave unbounded: its
    /// place in the order is known, its rating is not.
    Ordered,
}

/// One model's line of the pairwise leaderboard.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Standing {
    pub model: String,
    pub bradley_terry: f64,
    pub bradley_terry_interval: Option<Interval>,
    /// 1 + models whose whole Bradley-Terry interval lies above this one's, within its group;
    /// when the rating is not estimable, 1 + the models the votes place above it.
    pub rank: Option<usize>,
    /// Whether the rating is an estimate or only a bound.
    #[serde(default, skip_serializing_if = "is_rated")]
    pub estimate: Estimate,
    /// The group of models that met (1, 2, …), when some never met: ranks and ratings compare
    /// only within a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
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

fn is_rated(estimate: &Estimate) -> bool {
    *estimate == Estimate::Rated
}

/// What the votes fix of each model (all `models`, played or not): its group of models that
/// met, whether its rating is estimable, and for models that are not, how many of its group
/// the votes place above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identified {
    /// Group number of each model (0, 1, … by first model), `None` when it has no vote.
    pub group: Vec<Option<usize>>,
    pub groups: usize,
    pub estimate: Vec<Estimate>,
    /// For each model, the models of its group that reach it by "scored a point against"
    /// chains without it reaching them back: those the votes place above it.
    pub above: Vec<usize>,
    /// Each model's tier: the models it reaches and is reached by (itself included), named by
    /// the first of them. Ratings compare within a tier.
    pub tier: Vec<usize>,
}

/// Reads the votes' graph: `a` scored against `b` when it won or tied a vote with `b`.
pub fn identify(models: usize, battles: &[Battle]) -> Identified {
    let mut reach = vec![vec![false; models]; models];
    let mut met = vec![vec![false; models]; models];
    for battle in battles.iter().filter(|b| b.a != b.b && b.a < models && b.b < models) {
        met[battle.a][battle.b] = true;
        met[battle.b][battle.a] = true;
        if battle.score_a > 0.0 {
            reach[battle.a][battle.b] = true;
        }
        if battle.score_a < 1.0 {
            reach[battle.b][battle.a] = true;
        }
    }
    // Transitive closures (Warshall): models are few.
    for closure in [&mut reach, &mut met] {
        for k in 0..models {
            for i in 0..models {
                if closure[i][k] {
                    for j in 0..models {
                        if closure[k][j] {
                            closure[i][j] = true;
                        }
                    }
                }
            }
        }
    }
    let played: Vec<bool> = (0..models).map(|m| met[m].iter().any(|&x| x)).collect();
    let mut group = vec![None; models];
    let mut groups = 0;
    for m in (0..models).filter(|&m| played[m]) {
        if group[m].is_none() {
            for other in (0..models).filter(|&o| o == m || met[m][o]) {
                group[other] = Some(groups);
            }
            groups += 1;
        }
    }
    let same = |a: usize, b: usize| a != b && group[a].is_some() && group[a] == group[b];
    let above: Vec<usize> = (0..models).map(|m| (0..models).filter(|&o| same(o, m) && reach[o][m] && !reach[m][o]).count()).collect();
    let below: Vec<usize> = (0..models).map(|m| (0..models).filter(|&o| same(o, m) && reach[m][o] && !reach[o][m]).count()).collect();
    let estimate = (0..models)
        .map(|m| match (above[m], below[m]) {
            (0, 0) => Estimate::Rated,
            (0, _) => Estimate::AtLeast,
            (_, 0) => Estimate::AtMost,
            _ => Estimate::Ordered,
        })
        .collect();
    let tier = (0..models).map(|m| (0..models).find(|&o| o == m || (reach[m][o] && reach[o][m])).unwrap_or(m)).collect();
    Identified { group, groups, estimate, above, tier }
}

/// The pairwise leaderboard of `models` from `battles`, best Bradley-Terry rating first (by
/// group, then by the order the votes fix when ratings are not estimable).
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
    let identified = identify(n, battles);
    // Ratings compare within a tier (models that beat each other round a cycle): a model alone
    // in its tier has a rating the penalty made, with no interval worth showing.
    let tier_size = |m: usize| (0..n).filter(|&o| identified.tier[o] == identified.tier[m]).count();
    let bt_intervals: Vec<Option<Interval>> = (0..n)
        .map(|m| if played(m) && (identified.estimate[m] == Estimate::Rated || tier_size(m) > 1) { bootstrap::interval(&bt_rounds[m]) } else { None })
        .collect();
    // Interval ranks within each tier, below the models the votes place above it.
    let ranks: Vec<Option<usize>> = (0..n)
        .map(|m| {
            identified.group[m]?;
            let alike = |o: usize| identified.tier[o] == identified.tier[m];
            let within = match bt_intervals[m] {
                Some(own) => (0..n).filter(|&o| alike(o)).filter_map(|o| bt_intervals[o]).filter(|other| other.low > own.high).count(),
                None => 0,
            };
            Some(1 + identified.above[m] + within)
        })
        .collect();
    let several = identified.groups > 1;
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
                estimate: identified.estimate[m],
                group: identified.group[m].filter(|_| several).map(|g| g + 1),
                elo: online[m],
                elo_interval: bootstrap::interval(&elo_rounds[m]),
                wins: points.iter().filter(|&&p| p == 1.0).count(),
                losses: points.iter().filter(|&&p| p == 0.0).count(),
                ties: points.iter().filter(|&&p| p == 0.5).count(),
            }
        })
        .collect();
    // By group, then tier (the models the votes place above), then rating.
    let placed_below = |model: &str| models.iter().position(|m| m == model).map_or(0, |m| identified.above[m]);
    rows.sort_by(|x, y| {
        (x.group, placed_below(&x.model))
            .cmp(&(y.group, placed_below(&y.model)))
            .then_with(|| y.bradley_terry.total_cmp(&x.bradley_terry))
            .then_with(|| x.model.cmp(&y.model))
    });
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
    fn a_model_that_never_won_is_below_the_rest_not_at_a_number() {
        // 0, 1, 2 beat each other round a cycle; 3 lost every vote.
        let mut battles = Vec::new();
        for _ in 0..4 {
            battles.extend([battle(0, 1, 1.0), battle(1, 2, 1.0), battle(2, 0, 1.0), battle(0, 1, 0.0), battle(3, 0, 0.0), battle(3, 1, 0.0), battle(2, 3, 1.0)]);
        }
        let names: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
        let rows = standings(&names, &battles, Settings { rounds: 100, ..Settings::default() });
        let d = rows.iter().find(|r| r.model == "d").unwrap();
        assert_eq!(d.estimate, Estimate::AtMost);
        assert!(d.bradley_terry_interval.is_none(), "no interval for a rating the penalty made");
        assert_eq!(d.rank, Some(4), "below the three it never beat");
        assert_eq!(rows.last().unwrap().model, "d");
        for top in rows.iter().filter(|r| r.model != "d") {
            assert_eq!(top.estimate, Estimate::AtLeast);
            assert!(top.bradley_terry_interval.is_some(), "the cycle's ratings compare among themselves");
            assert!(top.rank.unwrap() <= 3);
        }
        assert!(rows.iter().all(|r| r.group.is_none()), "one group: they all met");
    }

    #[test]
    fn groups_that_never_met_are_ranked_apart() {
        // 0–1 and 2–3 never met: each pair is its own group, each with a winner.
        let battles: Vec<Battle> = (0..6).flat_map(|i| [battle(0, 1, [1.0, 0.0, 1.0][i % 3]), battle(2, 3, [0.0, 1.0, 0.5][i % 3])]).collect();
        let names: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
        let identified = identify(4, &battles);
        assert_eq!(identified.groups, 2);
        assert!(identified.estimate.iter().all(|e| *e == Estimate::Rated), "within each group every model won and lost");
        let rows = standings(&names, &battles, Settings { rounds: 100, ..Settings::default() });
        let groups: Vec<Option<usize>> = rows.iter().map(|r| r.group).collect();
        assert_eq!(groups, vec![Some(1), Some(1), Some(2), Some(2)]);
        assert!(rows.iter().all(|r| r.rank == Some(1)), "{rows:?}");
    }

    #[test]
    fn one_strongly_connected_group_is_rated_as_before() {
        let battles: Vec<Battle> = (0..60).map(|i| battle(i % 3, (i + 1) % 3, [1.0, 0.5, 0.0, 1.0][i % 4])).collect();
        let identified = identify(3, &battles);
        assert_eq!((identified.groups, identified.estimate.clone()), (1, vec![Estimate::Rated; 3]));
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
