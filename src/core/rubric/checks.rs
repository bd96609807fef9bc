//! Rubric checks.
