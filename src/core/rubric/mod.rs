//! Automatic rubric scoring: multiple-choice extraction and rule checks.

pub mod checks;
pub mod choice;
