//! Human scoring: people's Likert ratings as item scores, raters' blind orders and pair
//! schedules, their progress and agreement, pairwise leaderboards, the organiser's merge, and
//! model judges set beside the people.

pub mod bias;
pub mod judge;
pub mod likert;
pub mod merge;
pub mod raters;
