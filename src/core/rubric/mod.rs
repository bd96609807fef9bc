//! Rubric scoring without references: multiple-choice extraction and rule checks.

pub mod checks;
pub mod choice;
