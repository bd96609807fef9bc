//! Statistics over people's judgements and over scores: rater agreement, pairwise ratings
//! (Bradley-Terry, Elo) and seeded bootstrap intervals.

pub mod agreement;
pub mod bootstrap;
pub mod pairwise;
pub mod proportion;

/// FNV-1a, 64 bits: a hash that is the same on every platform and build (std's and Fx's are
/// not), for seeding a rater's random order and for naming content (a suite's fingerprint in a
/// rater's share link, the build's file names). Not a defence against a forger.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv1a_is_the_published_function() {
        // FNV-1a 64 test vectors: "" and "a".
        assert_eq!(super::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
