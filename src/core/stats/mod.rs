//! Statistics over people's judgements and over scores: rater agreement, pairwise ratings
//! (Bradley-Terry, Elo) and seeded bootstrap intervals.

pub mod agreement;
pub mod bootstrap;
pub mod pairwise;
