//! Seeded bootstrap: resample, recompute, read the 2.5th and 97.5th percentiles. Same seed,
//! same intervals — natively and in the browser.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// Rounds used unless a caller asks for more.
pub const DEFAULT_ROUNDS: usize = 1_000;
/// The seed used unless a file records another.
pub const DEFAULT_SEED: u64 = 2024;

/// A 95 % percentile interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}


/// The random number generator every Pingfen resampling uses.
pub fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// `count` indices drawn uniformly with replacement from `0..len`.
pub fn resample(rng: &mut ChaCha8Rng, len: usize, count: usize) -> Vec<usize> {
    (0..count).map(|_| rng.random_range(0..len)).collect()
}

/// The `q`-th quantile (0–1) of sorted values, interpolating linearly between closest ranks
/// (numpy's default, "type 7"). `None` when there are no values.
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let position = q.clamp(0.0, 1.0) * last as f64;
    let below = position.floor() as usize;
    let above = (below + 1).min(last);
    let fraction = position - below as f64;
    Some(sorted[below] + (sorted[above] - sorted[below]) * fraction)
}

/// The 95 % percentile interval of bootstrap estimates (NaNs ignored).
pub fn interval(estimates: &[f64]) -> Option<Interval> {
    let mut sorted: Vec<f64> = estimates.iter().copied().filter(|v| !v.is_nan()).collect();
    sorted.sort_by(f64::total_cmp);
    Some(Interval { low: quantile(&sorted, 0.025)?, high: quantile(&sorted, 0.975)? })
}

/// Ranks that admit uncertainty: 1 + the number of others whose whole interval lies above
/// this one's. Overlapping intervals share a rank (as Chatbot Arena ranks).
pub fn ranks(intervals: &[Option<Interval>]) -> Vec<Option<usize>> {
    intervals
        .iter()
        .map(|own| {
            own.map(|own| 1 + intervals.iter().flatten().filter(|other| other.low > own.high).count())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_like_numpy() {
        // numpy.percentile([1, 2, 3, 4], [2.5, 50, 97.5]) = [1.075, 2.5, 3.925]
        let values = [1.0, 2.0, 3.0, 4.0];
        assert!((quantile(&values, 0.025).unwrap() - 1.075).abs() < 1e-12);
        assert_eq!(quantile(&values, 0.5), Some(2.5));
        assert!((quantile(&values, 0.975).unwrap() - 3.925).abs() < 1e-12);
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[7.0], 0.975), Some(7.0));
    }

    #[test]
    fn overlapping_intervals_share_a_rank() {
        let i = |low, high| Some(Interval { low, high });
        assert_eq!(ranks(&[i(10.0, 20.0), i(15.0, 25.0), i(0.0, 5.0), None]), vec![Some(1), Some(1), Some(3), None]);
    }

    #[test]
    fn same_seed_same_draws() {
        assert_eq!(resample(&mut rng(7), 100, 50), resample(&mut rng(7), 100, 50));
        assert_ne!(resample(&mut rng(7), 100, 50), resample(&mut rng(8), 100, 50));
    }
}
