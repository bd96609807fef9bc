//! How much Pingfen takes in at once. The limits keep a phone's tab responsive: metrics grow
//! with the product of lengths, and a browser tab has limited memory.

/// Longest answer (and reference) scored, in characters: LLM answers are far shorter, and
/// longest-common-subsequence metrics grow with the product of the lengths, so a pasted book
/// would freeze the page.
pub const MAX_ANSWER_CHARS: usize = 100_000;

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: usize = 64 << 20;

/// Most answers a session scores (models × items): 16 models × 3,000 items. Every score comes
/// back to the page with its evidence, and a phone's tab holds a few hundred MB; a larger
/// session is refused up front, saying so, rather than freezing or closing the tab.
pub const MAX_SCORED_ANSWERS: usize = 48_000;

/// The problem of `file` when it would have a session score `count` answers, more than
/// [`MAX_SCORED_ANSWERS`].
pub fn too_many_answers(file: &str, count: usize) -> Option<crate::core::Problem> {
    (count > MAX_SCORED_ANSWERS).then(|| {
        let message = crate::core::i18n::msg!("problem-too-many-answers", count = count, limit = MAX_SCORED_ANSWERS);
        crate::core::Problem::new(file, crate::core::Location::File, message)
    })
}

/// Most passes over the items a rater's pairwise schedule makes.
pub const MAX_PAIR_ROUNDS: usize = 50;
