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

/// Share links up to this many characters fit a message in every common chat app (Discord's
/// limit is 2,000 characters, Telegram's 4,096, an SMS far less but phones send longer ones
/// as one).
pub const SHORT_LINK_CHARS: usize = 2_000;

/// Longest share link Pingfen offers: WhatsApp's message limit is 65,536 characters, and most
/// chat apps cut or refuse longer messages; past it the share dialog offers the file.
pub const MAX_SHARED_LINK_CHARS: usize = 65_000;

/// The most a QR code holds: 2,953 bytes (version 40, the largest, at error correction L).
pub const QR_MAX_BYTES: usize = 2_953;
