//! Rubric scoring: multiple-choice extraction, rule checks, and people's Likert ratings.

pub mod checks;
pub mod choice;
pub mod likert;
