//! The labelled answer set for choice extraction (tests/golden/choice-set/): well formed, big
//! enough in each language, and split into a development and a test half that together are
//! the whole set. The extractor is scored on the test half once, when its rules are done.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    lang: String,
    options: String,
    option_texts: BTreeMap<String, String>,
    multi: bool,
    #[allow(dead_code)]
    text: String,
    expected: Option<String>,
    family: String,
    #[allow(dead_code)]
    why: String,
}

#[derive(Deserialize)]
struct Split {
    dev: Vec<String>,
    test: Vec<String>,
}

fn cases() -> Vec<Case> {
    [
        include_str!("golden/choice-set/raw-zh-Hans.jsonl"),
        include_str!("golden/choice-set/raw-zh-Hant.jsonl"),
        include_str!("golden/choice-set/raw-en.jsonl"),
    ]
    .iter()
    .flat_map(|file| file.lines().filter(|l| !l.trim().is_empty()))
    .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
    .collect()
}

#[test]
fn every_case_is_well_formed_and_each_language_is_large_enough() {
    let cases = cases();
    let mut ids = BTreeSet::new();
    let mut per_lang: BTreeMap<&str, usize> = BTreeMap::new();
    for case in &cases {
        assert!(ids.insert(case.id.as_str()), "duplicate id {}", case.id);
        *per_lang.entry(case.lang.as_str()).or_default() += 1;
        assert!(["zh-Hans", "zh-Hant", "en"].contains(&case.lang.as_str()), "{}: lang {}", case.id, case.lang);
        let letters: Vec<char> = case.options.chars().collect();
        assert!(letters.len() >= 2 && letters.iter().zip("ABCDEFGH".chars()).all(|(a, b)| *a == b), "{}: options {}", case.id, case.options);
        assert_eq!(case.option_texts.keys().map(String::as_str).collect::<String>(), case.options, "{}: option texts", case.id);
        assert!(!case.family.is_empty(), "{}: family", case.id);
        if let Some(expected) = &case.expected {
            let chosen: Vec<char> = expected.chars().collect();
            assert!(!chosen.is_empty() && chosen.iter().all(|c| letters.contains(c)), "{}: expected {expected}", case.id);
            assert!(chosen.windows(2).all(|w| w[0] < w[1]), "{}: expected letters sorted, once each", case.id);
            // A single-answer question may still be answered with two letters ("A and C"):
            // the label is what the answer commits to, which then scores as wrong.
        }
    }
    assert!(cases.len() >= 600, "{} cases", cases.len());
    assert!(per_lang["zh-Hans"] >= 200 && per_lang["zh-Hant"] >= 150 && per_lang["en"] >= 200, "{per_lang:?}");
    assert!(cases.iter().filter(|c| c.multi).count() >= 30);
    assert!(cases.iter().filter(|c| c.expected.is_none()).count() >= 40, "no-answer, hedged and refused cases");
}

#[test]
fn the_halves_partition_the_set_and_share_every_phrasing_family() {
    let cases = cases();
    let split: Split = serde_json::from_str(include_str!("golden/choice-set/split.json")).unwrap();
    let dev: BTreeSet<&str> = split.dev.iter().map(String::as_str).collect();
    let test: BTreeSet<&str> = split.test.iter().map(String::as_str).collect();
    let all: BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    assert!(dev.is_disjoint(&test));
    assert_eq!(dev.union(&test).copied().collect::<BTreeSet<_>>(), all, "re-run split.py after adding cases");
    assert!(dev.len().abs_diff(test.len()) <= 6, "dev {} test {}", dev.len(), test.len());
    let mut strata: BTreeMap<(&str, &str), (usize, usize)> = BTreeMap::new();
    for case in &cases {
        let entry = strata.entry((case.lang.as_str(), case.family.as_str())).or_default();
        if dev.contains(case.id.as_str()) { entry.0 += 1 } else { entry.1 += 1 }
    }
    for (stratum, (in_dev, in_test)) in strata {
        assert!(in_dev.abs_diff(in_test) <= 1, "{stratum:?}: dev {in_dev}, test {in_test}");
    }
}

/// The held-out sets, each with its size, and the files of each: one list, so a new set is
/// one line here (and its floor below).
macro_rules! held_out_sets {
    ($($set:literal: $size:literal),* $(,)?) => {
        const HELD_OUT: &[(&str, usize)] = &[$(($set, $size)),*];

        fn held_out_files(set: &str) -> [&'static str; 3] {
            match set {
                $($set => [
                    include_str!(concat!("golden/choice-set/", $set, "/zh-Hans.jsonl")),
                    include_str!(concat!("golden/choice-set/", $set, "/zh-Hant.jsonl")),
                    include_str!(concat!("golden/choice-set/", $set, "/en.jsonl")),
                ],)*
                other => panic!("no held-out set {other}"),
            }
        }
    };
}

held_out_sets! {
    "holdout": 300, "holdout2": 300, "holdout3": 300, "holdout4": 300, "holdout5": 180, "holdout6": 300, "holdout7": 300,
    "holdout8": 300, "holdout9": 300, "holdout10": 300, "holdout11": 300, "holdout12": 300, "holdout13": 300,
}

fn held_out(set: &str) -> Vec<Case> {
    let files = held_out_files(set);
    files.iter().flat_map(|f| f.lines().filter(|l| !l.trim().is_empty())).map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"))).collect()
}

/// (right, total, picks where the answer commits to nothing) of the extractor on `cases`.
fn score(cases: &[&Case]) -> (usize, usize, usize) {
    use pingfen::core::rubric::choice::{extract, Options};
    let mut right = 0;
    let mut false_picks = 0;
    for case in cases {
        let got = extract(&case.text, Options { letters: &case.options, texts: Some(&case.option_texts), multi: case.multi });
        right += usize::from(got.choice == case.expected);
        false_picks += usize::from(case.expected.is_none() && got.choice.is_some());
    }
    (right, cases.len(), false_picks)
}

/// Every set has been scored once before rules were written against it (README, "How exact
/// the numbers are"); since then they guard against regressions. Pins, not targets: a change
/// that moves one must say so here.
#[test]
fn the_extractor_keeps_its_figures_on_every_set() {
    let cases = cases();
    let split: Split = serde_json::from_str(include_str!("golden/choice-set/split.json")).unwrap();
    let half = |ids: &[String]| -> Vec<&Case> { cases.iter().filter(|c| ids.contains(&c.id)).collect() };
    let (dev, test) = (half(&split.dev), half(&split.test));
    let sets: Vec<(&str, Vec<Case>)> = HELD_OUT.iter().map(|&(s, _)| (s, held_out(s))).collect();
    let mut figures = vec![("dev", score(&dev)), ("test", score(&test))];
    figures.extend(sets.iter().map(|(name, set)| (*name, score(&set.iter().collect::<Vec<_>>()))));
    for (name, (right, total, _)) in &figures {
        println!("{name}: {right}/{total}");
    }
    // Floors (right answers, picks where the answer commits to nothing), each set's first
    // scoring in the README: holdout4 290/300, holdout5 178/180, holdout6 275/300 and holdout7 288/300 before
    // rules were written against their misses, holdout8 286/300 (8 picks on 82), holdout9
    // 293/300 (3 picks on 78), holdout10 275/300 (21 picks on 93) and holdout11 275/300 (15
    // picks on 89) and holdout12 276/300 (17 picks on 94); holdout13 as first scored (no rule
    // written against it yet).
    let floors = [("dev", 307, 0), ("test", 301, 0), ("holdout", 297, 0), ("holdout2", 297, 0), ("holdout3", 284, 0), ("holdout4", 300, 0), ("holdout5", 180, 0), ("holdout6", 298, 0), ("holdout7", 296, 1), ("holdout8", 293, 2), ("holdout9", 300, 0), ("holdout10", 299, 1), ("holdout11", 292, 3), ("holdout12", 294, 5), ("holdout13", 279, 12)];
    for ((name, (right, total, false_picks)), (floor_name, floor, most_false)) in figures.iter().zip(floors) {
        assert_eq!(*name, floor_name);
        assert!(*total >= 180, "{name}: {total} cases");
        assert!(right >= &floor, "{name}: {right}/{total} fell below {floor}");
        assert!(false_picks <= &most_false, "{name}: {false_picks} picks where the answer commits to nothing");
    }
}

#[test]
fn held_out_sets_are_well_formed() {
    for &(set, size) in HELD_OUT {
        let cases = held_out(set);
        assert_eq!(cases.len(), size, "{set}");
        for lang in ["zh-Hans", "zh-Hant", "en"] {
            assert_eq!(cases.iter().filter(|c| c.lang == lang).count(), size / 3, "{set} {lang}");
        }
        for case in &cases {
            let letters: Vec<char> = case.options.chars().collect();
            assert_eq!(case.option_texts.keys().map(String::as_str).collect::<String>(), case.options, "{}", case.id);
            if let Some(expected) = &case.expected {
                assert!(expected.chars().all(|c| letters.contains(&c)), "{}", case.id);
            }
        }
    }
}
