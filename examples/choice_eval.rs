//! Choice extraction on the labelled answer set (tests/golden/choice-set/), by half: exact
//! option set overall, per language, on multi-select questions, and picks made where the
//! answer commits to nothing. The development half is for writing rules against; the test
//! half is scored once, when they are done (`--half test`).
//!
//! `cargo run --release --example choice_eval -- [--half dev|test] [--misses]`

use std::collections::{BTreeMap, BTreeSet};

use pingfen::core::rubric::choice::{extract, Options};

#[derive(serde::Deserialize)]
struct Case {
    id: String,
    lang: String,
    options: String,
    option_texts: BTreeMap<String, String>,
    multi: bool,
    text: String,
    expected: Option<String>,
    family: String,
}

#[derive(serde::Deserialize)]
struct Split {
    dev: Vec<String>,
    test: Vec<String>,
}

#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.right += usize::from(right);
        self.total += 1;
    }
    fn percent(&self) -> f64 {
        100.0 * self.right as f64 / self.total.max(1) as f64
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let half = args.iter().position(|a| a == "--half").and_then(|i| args.get(i + 1)).map_or("dev", String::as_str);
    let misses = args.iter().any(|a| a == "--misses");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/choice-set");
    let split: Split = serde_json::from_str(&std::fs::read_to_string(format!("{dir}/split.json"))?)?;
    let chosen: BTreeSet<String> = match half {
        "dev" => split.dev.into_iter().collect(),
        "test" => split.test.into_iter().collect(),
        other => return Err(format!("--half dev or test, not {other}").into()),
    };
    let (mut all, mut multi, mut committed_to_nothing) = (Tally::default(), Tally::default(), Tally::default());
    let mut per_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut per_family: BTreeMap<String, Tally> = BTreeMap::new();
    for name in ["raw-zh-Hans.jsonl", "raw-zh-Hant.jsonl", "raw-en.jsonl"] {
        for line in std::fs::read_to_string(format!("{dir}/{name}"))?.lines().filter(|l| !l.trim().is_empty()) {
            let case: Case = serde_json::from_str(line)?;
            if !chosen.contains(&case.id) {
                continue;
            }
            let got = extract(&case.text, Options { letters: &case.options, texts: Some(&case.option_texts), multi: case.multi });
            let right = got.choice == case.expected;
            all.add(right);
            per_lang.entry(case.lang.clone()).or_default().add(right);
            per_family.entry(case.family.clone()).or_default().add(right);
            if case.multi {
                multi.add(right);
            }
            if case.expected.is_none() {
                committed_to_nothing.add(got.choice.is_none());
            }
            if misses && !right {
                println!("{}\t{:?} expected {:?} ({})\t{}", case.id, got.choice, case.expected, got.rule, case.text.replace('\n', " ⏎ "));
            }
        }
    }
    println!("{half} half: {}/{} exact ({:.1} %)", all.right, all.total, all.percent());
    for (lang, tally) in &per_lang {
        println!("  {lang:8} {:5.1} % of {}", tally.percent(), tally.total);
    }
    println!("  multi    {:5.1} % of {}", multi.percent(), multi.total);
    println!("  picks where the answer commits to nothing: {} of {}", committed_to_nothing.total - committed_to_nothing.right, committed_to_nothing.total);
    for (family, tally) in &per_family {
        println!("  {family:26} {:5.1} % of {}", tally.percent(), tally.total);
    }
    Ok(())
}
