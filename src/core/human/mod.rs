//! Human scoring: people's Likert ratings as item scores, raters' blind orders and pair
//! schedules, their progress and agreement, pairwise leaderboards, and the organiser's merge.

pub mod bias;
pub mod likert;
pub mod merge;
pub mod raters;
