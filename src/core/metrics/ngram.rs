//! The one n-gram counter: BLEU, chrF and ROUGE all count n-grams of tokens or characters
//! here, keyed by slices of the sequence they came from.

use std::hash::Hash;

use rustc_hash::FxHashMap;

/// How often each n-gram of order `n` occurs in `items`. (FxHash: n-gram counting is the hot
/// loop of every metric, and the keys are not attacker-chosen hash-flooding material.)
pub type Counts<'a, T> = FxHashMap<&'a [T], u64>;

/// Counts the n-grams of order `n` (`n` ≥ 1) of `items`.
pub fn count<T: Eq + Hash>(items: &[T], n: usize) -> Counts<'_, T> {
    let windows = (items.len() + 1).saturating_sub(n);
    let mut counts = FxHashMap::with_capacity_and_hasher(windows, Default::default());
    if n > 0 && items.len() >= n {
        for window in items.windows(n) {
            *counts.entry(window).or_insert(0) += 1;
        }
    }
    counts
}

/// Total n-grams in `counts`.
pub fn total<T>(counts: &Counts<'_, T>) -> u64 {
    counts.values().sum()
}

/// Matches of `hypothesis` n-grams in `reference`, each clipped to the reference's count.
pub fn clipped_matches<T: Eq + Hash>(hypothesis: &Counts<'_, T>, reference: &Counts<'_, T>) -> u64 {
    hypothesis
        .iter()
        .map(|(ngram, &count)| reference.get(ngram).map_or(0, |&r| count.min(r)))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_clips() {
        let hyp = ["the", "the", "the", "cat"];
        let reference = ["the", "cat", "the", "mat"];
        let h = count(&hyp, 1);
        let r = count(&reference, 1);
        assert_eq!(total(&h), 4);
        assert_eq!(clipped_matches(&h, &r), 3); // "the" clipped to 2, "cat" 1
        assert_eq!(clipped_matches(&count(&hyp, 2), &count(&reference, 2)), 1); // the cat
    }

    #[test]
    fn short_sequences_have_no_long_ngrams() {
        assert!(count(&['a'], 2).is_empty());
        assert!(count::<char>(&[], 1).is_empty());
        assert!(count(&['a', 'b'], 0).is_empty());
    }
}
