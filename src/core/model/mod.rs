//! The domain model: what a session is made of — the suite, models' answers, people's
//! ratings, votes and raters, the aggregation rule — and the checks each must pass. Plain
//! data and its operations; nothing here scores, rolls up or reads files.

pub mod answers;
pub mod circular;
pub mod human;
pub mod limits;
pub mod rubric;
pub mod rule;
pub mod session;
pub mod suite;
