//! Choice extraction on the labelled answer set (tests/golden/choice-set/), by half, beside
//! two peers run on the same cases (their picks in tests/golden/choice-set/peers/picks.jsonl,
//! made by OpenCompass 0.5.4 and lm-evaluation-harness with `peers/setup.sh`): exact option
//! set overall, per language, on multi-select questions, and picks made where the answer
//! commits to nothing. Each set was scored once before any rule was written against it: the
//! test half after the rules written on the development half, the first held-out set
//! (holdout/) after rules written on the test half's misses, the second (holdout2/) after
//! rules written on the first's, the third (holdout3/) after rules written on the second's,
//! the fourth (holdout4/) after rules written on the third's, and so on; the README gives
//! each first scoring. Any held-out folder is read by its name (`--half holdout5`).
//!
//! `cargo run --release --example choice_eval -- [--half dev|test|holdout|holdout2|…] [--misses] [--rule option-text]`

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

#[derive(serde::Deserialize)]
struct PeerPicks {
    id: String,
    opencompass: Option<String>,
    lm_eval: Option<String>,
}

#[derive(Default, Clone)]
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

/// One extractor's figures on one half.
#[derive(Default)]
struct Figures {
    all: Tally,
    per_lang: BTreeMap<String, Tally>,
    multi: Tally,
    /// Answers that commit to nothing: right = no pick made.
    nothing: Tally,
}

impl Figures {
    fn add(&mut self, case: &Case, got: &Option<String>) {
        let right = *got == case.expected;
        self.all.add(right);
        self.per_lang.entry(case.lang.clone()).or_default().add(right);
        if case.multi {
            self.multi.add(right);
        }
        if case.expected.is_none() {
            self.nothing.add(got.is_none());
        }
    }
}

const PEERS: [&str; 3] = ["Pingfen", "OpenCompass 0.5.4", "lm-eval 0.4.13"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let half = args.iter().position(|a| a == "--half").and_then(|i| args.get(i + 1)).map_or("dev", String::as_str);
    let misses = args.iter().any(|a| a == "--misses");
    let rule_shown = args.iter().position(|a| a == "--rule").and_then(|i| args.get(i + 1));
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/choice-set");
    let split: Split = serde_json::from_str(&std::fs::read_to_string(format!("{dir}/split.json"))?)?;
    let held_out: [String; 3] = ["zh-Hans", "zh-Hant", "en"].map(|lang| format!("{half}/{lang}.jsonl"));
    let raw: [String; 3] = ["zh-Hans", "zh-Hant", "en"].map(|lang| format!("raw-{lang}.jsonl"));
    let (files, picks, chosen): ([String; 3], String, Option<BTreeSet<String>>) = match half {
        "dev" => (raw, "picks.jsonl".into(), Some(split.dev.into_iter().collect())),
        "test" => (raw, "picks.jsonl".into(), Some(split.test.into_iter().collect())),
        set if set.starts_with("holdout") && std::path::Path::new(&format!("{dir}/{set}")).is_dir() => (held_out, format!("{set}-picks.jsonl"), None),
        other => return Err(format!("--half dev, test or a held-out set's folder (holdout, holdout2, …), not {other}").into()),
    };
    let mut peers: BTreeMap<String, PeerPicks> = BTreeMap::new();
    for line in std::fs::read_to_string(format!("{dir}/peers/{picks}"))?.lines().filter(|l| !l.trim().is_empty()) {
        let picks: PeerPicks = serde_json::from_str(line)?;
        peers.insert(picks.id.clone(), picks);
    }
    let mut figures: [Figures; 3] = Default::default();
    let mut per_family: BTreeMap<String, Tally> = BTreeMap::new();
    let mut per_class: BTreeMap<String, Tally> = BTreeMap::new();
    let mut per_rule: BTreeMap<String, Tally> = BTreeMap::new();
    for name in files {
        for line in std::fs::read_to_string(format!("{dir}/{name}"))?.lines().filter(|l| !l.trim().is_empty()) {
            let case: Case = serde_json::from_str(line)?;
            if chosen.as_ref().is_some_and(|chosen| !chosen.contains(&case.id)) {
                continue;
            }
            let got = extract(&case.text, Options { letters: &case.options, texts: Some(&case.option_texts), multi: case.multi });
            let peer = peers.get(&case.id).ok_or_else(|| format!("{}: no peer picks; run peers/setup.sh", case.id))?;
            figures[0].add(&case, &got.choice);
            figures[1].add(&case, &peer.opencompass);
            figures[2].add(&case, &peer.lm_eval);
            let right = got.choice == case.expected;
            per_family.entry(case.family.clone()).or_default().add(right);
            per_class.entry(got.confidence.map_or("no pick", |c| c.as_str()).to_owned()).or_default().add(right);
            per_rule.entry(got.rule.to_string()).or_default().add(right);
            if rule_shown.is_some_and(|rule| *rule == got.rule) {
                println!("{}\t{}\t{:?} expected {:?}\t{}\t{}", case.id, if right { "right" } else { "WRONG" }, got.choice, case.expected, serde_json::to_string(&case.option_texts)?, case.text.replace('\n', " ⏎ "));
            }
            if misses && !right {
                println!("{}\t{:?} expected {:?} ({})\t{}", case.id, got.choice, case.expected, got.rule, case.text.replace('\n', " ⏎ "));
            }
        }
    }
    println!("{half} half, {} answers: exact option set (picks where the answer commits to nothing)\n", figures[0].all.total);
    println!("| | {} | {} | {} |", PEERS[0], PEERS[1], PEERS[2]);
    println!("|---|---:|---:|---:|");
    let row = |label: &str, cell: &dyn Fn(&Figures) -> String| {
        println!("| {label} | {} | {} | {} |", cell(&figures[0]), cell(&figures[1]), cell(&figures[2]));
    };
    row("all", &|f| format!("{:.1} % of {}", f.all.percent(), f.all.total));
    for lang in ["zh-Hans", "zh-Hant", "en"] {
        row(lang, &|f| f.per_lang.get(lang).map_or("—".into(), |t| format!("{:.1} % of {}", t.percent(), t.total)));
    }
    row("multi-select", &|f| format!("{:.1} % of {}", f.multi.percent(), f.multi.total));
    row("picks on no answer / hedge / refusal", &|f| format!("{} of {}", f.nothing.total - f.nothing.right, f.nothing.total));
    println!("\nPingfen by confidence class (share right):");
    for (class, tally) in &per_class {
        println!("  {class:10} {:5.1} % of {}", tally.percent(), tally.total);
    }
    println!("Pingfen by the rule that decided (share right):");
    for (rule, tally) in &per_rule {
        println!("  {rule:26} {:5.1} % of {}", tally.percent(), tally.total);
    }
    println!("Pingfen by phrasing family:");
    for (family, tally) in &per_family {
        println!("  {family:26} {:5.1} % of {}", tally.percent(), tally.total);
    }
    Ok(())
}
