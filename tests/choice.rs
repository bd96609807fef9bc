//! Multiple-choice extraction against 184 hand-labelled zh/en answers
//! (tests/golden/choice/answers.jsonl, each tricky one with a `why`).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use pingfen::core::rubric::choice::{extract, Options};
use serde::Deserialize;

#[derive(Deserialize)]
struct Labelled {
    id: String,
    options: String,
    option_texts: BTreeMap<String, String>,
    text: String,
    multi: bool,
    expected: Option<String>,
    #[serde(default)]
    why: Option<String>,
}

fn labelled() -> Vec<Labelled> {
    include_str!("golden/choice/answers.jsonl")
        .lines()
        .map(|line| serde_json::from_str(line).expect("answers.jsonl line parses"))
        .collect()
}

#[test]
fn extraction_accuracy_is_at_least_97_percent_and_never_picks_on_no_answer() {
    let cases = labelled();
    assert!(cases.len() >= 150);
    let mut wrong = Vec::new();
    let mut false_picks = Vec::new();
    for case in &cases {
        let options = Options { letters: &case.options, texts: Some(&case.option_texts), multi: case.multi };
        let got = extract(&case.text, options);
        if got.choice != case.expected {
            let line = format!(
                "{}: got {:?} by {} ({:?}), expected {:?} — {}",
                case.id, got.choice, got.rule, got.evidence, case.expected, case.why.as_deref().unwrap_or("")
            );
            if case.expected.is_none() {
                false_picks.push(line.clone());
            }
            wrong.push(line);
        }
    }
    let accuracy = 100.0 * (cases.len() - wrong.len()) as f64 / cases.len() as f64;
    println!("accuracy {accuracy:.1}% ({} of {})", cases.len() - wrong.len(), cases.len());
    let singles: Vec<&Labelled> = cases.iter().filter(|c| !c.multi).collect();
    let single_wrong = singles.iter().filter(|c| wrong.iter().any(|w| w.starts_with(&format!("{}:", c.id)))).count();
    println!(
        "single-choice accuracy {:.1}% ({} items)",
        100.0 * (singles.len() - single_wrong) as f64 / singles.len() as f64,
        singles.len()
    );
    for line in &wrong {
        println!("  {line}");
    }
    assert!(false_picks.is_empty(), "picked an option on no-answer cases:\n{}", false_picks.join("\n"));
    assert!(accuracy >= 97.0, "accuracy {accuracy:.1}% < 97%:\n{}", wrong.join("\n"));
    // Pinned, so that tests/web.rs proves the browser picks exactly the same: update both.
    assert_eq!(cases.len() - wrong.len(), 180, "update the pin here and in tests/web.rs");
}
