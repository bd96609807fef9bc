//! The metric golden vectors (tests/golden/metrics/, made by tests/golden/generate.py from
//! sacrebleu 2.6.0 and rouge-score 0.1.2), checked by the native test (tests/golden.rs) and
//! the browser test (tests/web.rs) alike.

use pingfen::core::metrics::bleu::{BleuStats, BleuTokenizer};
use pingfen::core::metrics::f1::{cmrc, squad};
use pingfen::core::metrics::rouge::RougeTokenizer;
use pingfen::core::metrics::{Bleu, Chrf, Metric, Rouge, RougeKind, Segment, Smoothing};
use pingfen::core::text::{Hmm, Normalize, Segmenter};
use serde::Deserialize;
use serde_json::Value;

pub const CORPUS: &str = include_str!("../golden/metrics/corpus.jsonl");
pub const EXPECTED: &str = include_str!("../golden/metrics/expected.jsonl");

/// Reference numbers and ours agree to this absolute tolerance (scores are 0–100).
pub const TOLERANCE: f64 = 1e-9;

#[derive(Deserialize)]
pub struct Item {
    pub id: String,
    pub lang: String,
    pub hypothesis: String,
    pub references: Vec<String>,
}

pub fn items() -> Vec<Item> {
    CORPUS.lines().map(|line| serde_json::from_str(line).expect("corpus line parses")).collect()
}

pub fn expected() -> Vec<Value> {
    EXPECTED.lines().map(|line| serde_json::from_str(line).expect("expected line parses")).collect()
}

/// The BLEU settings behind a generator name such as `zh-add-k-noeff` or `13a-exp-eff-lc`.
pub fn bleu_setting(name: &str) -> Bleu {
    let mut parts = name.split('-').collect::<Vec<_>>();
    let lowercase = parts.last() == Some(&"lc");
    if lowercase {
        parts.pop();
    }
    let effective_order = parts.pop() == Some("eff");
    let tokenizer = match parts[0] {
        "13a" => BleuTokenizer::Tok13a,
        "zh" => BleuTokenizer::Zh,
        "char" => BleuTokenizer::Char,
        "none" => BleuTokenizer::None,
        other => panic!("unknown tokenizer {other}"),
    };
    let smoothing = match &parts[1..].join("-")[..] {
        "exp" => Smoothing::Exp,
        "floor" => Smoothing::Floor(0.1),
        "floor0.05" => Smoothing::Floor(0.05),
        "add-k" => Smoothing::AddK(1.0),
        "add-k2" => Smoothing::AddK(2.0),
        "none" => Smoothing::None,
        other => panic!("unknown smoothing {other}"),
    };
    Bleu { tokenizer, smoothing, effective_order, normalize: Normalize { lowercase, ..Normalize::NONE } }
}

fn close(ours: f64, theirs: &Value) -> bool {
    (ours - theirs.as_f64().expect("a number")).abs() <= TOLERANCE
}

fn counts(values: &Value) -> Vec<u64> {
    values.as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as u64).collect()
}

/// Every metric value that differs from the reference implementations, described.
pub fn mismatches(segmenter: &Segmenter) -> Vec<String> {
    let items = items();
    let expected = expected();
    let mut wrong = Vec::new();
    let mut report = |id: &str, what: &str, ours: String, theirs: String| {
        wrong.push(format!("{id} {what}: ours {ours}, reference {theirs}"));
    };

    for (item, row) in items.iter().zip(&expected) {
        assert_eq!(row["id"], item.id.as_str(), "expected.jsonl is out of step with corpus.jsonl");
        let segment = Segment { hypothesis: &item.hypothesis, references: &item.references };

        for (name, theirs) in row["bleu"].as_object().unwrap() {
            let bleu = bleu_setting(name);
            let stats: BleuStats = bleu.stats(segment);
            let score = bleu.score(&stats).score;
            let same_stats = stats.hypothesis_len == theirs["sys_len"].as_u64().unwrap()
                && stats.reference_len == theirs["ref_len"].as_u64().unwrap()
                && stats.matches.to_vec() == counts(&theirs["counts"])[..4]
                && stats.totals.to_vec() == counts(&theirs["totals"])[..4];
            // add-k adds k to the counts it reports; compare those only for the other methods.
            let stats_comparable = !name.contains("add-k");
            if !close(score, &theirs["score"]) || (stats_comparable && !same_stats) {
                report(&item.id, &format!("BLEU {name}"), format!("{score} {stats:?}"), theirs.to_string());
            }
        }
        for (key, chrf) in [("chrf", Chrf::plain()), ("chrf++", Chrf::chrf_plus_plus())] {
            let score = chrf.sentence(segment).score;
            if !close(score, &row[key]) {
                report(&item.id, key, score.to_string(), row[key].to_string());
            }
        }
        for (key, tokenizer) in [
            ("rouge_en", RougeTokenizer::English { stem: false }),
            ("rouge_en_stem", RougeTokenizer::English { stem: true }),
            ("rouge_zh", RougeTokenizer::Chinese(segmenter)),
        ] {
            for kind in [RougeKind::Rouge1, RougeKind::Rouge2, RougeKind::RougeL, RougeKind::RougeLsum] {
                let score = Rouge { kind, tokenizer }.sentence(segment);
                let theirs = &row[key][kind.name()];
                let ours = [score.precision.unwrap(), score.recall.unwrap(), score.score];
                if !ours.iter().zip(theirs.as_array().unwrap()).all(|(o, t)| close(*o, t)) {
                    report(&item.id, &format!("{key} {}", kind.name()), format!("{ours:?}"), theirs.to_string());
                }
            }
        }
        for (key, scores) in [("squad", squad(&item.hypothesis, &item.references)), ("cmrc", cmrc(&item.hypothesis, &item.references))] {
            if !close(scores.exact_match, &row[key]["em"]) || !close(scores.f1, &row[key]["f1"]) {
                report(&item.id, key, format!("{scores:?}"), row[key].to_string());
            }
        }
        for (text, theirs) in row["jieba"].as_object().unwrap() {
            let ours: Vec<&str> = segmenter.cut(text, Hmm::Off).iter().map(|t| t.text).collect();
            let reference: Vec<&str> = theirs["no_hmm"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            if ours != reference {
                report(&item.id, "jieba HMM off", format!("{ours:?}"), format!("{reference:?}"));
            }
        }
    }

    // Corpus level: scores of summed statistics.
    for row in &expected[items.len()..] {
        let lang = row["corpus"].as_str().unwrap();
        let chosen: Vec<&Item> = items.iter().filter(|i| lang == "all" || i.lang == lang).collect();
        let segments: Vec<Segment<'_>> =
            chosen.iter().map(|i| Segment { hypothesis: &i.hypothesis, references: &i.references }).collect();
        for (name, theirs) in row["bleu"].as_object().unwrap() {
            let score = bleu_setting(name).corpus(segments.iter().copied()).score;
            if !close(score, theirs) {
                report(lang, &format!("corpus BLEU {name}"), score.to_string(), theirs.to_string());
            }
        }
        for (key, chrf) in [("chrf", Chrf::plain()), ("chrf++", Chrf::chrf_plus_plus())] {
            let score = chrf.corpus(segments.iter().copied()).score;
            if !close(score, &row[key]) {
                report(lang, &format!("corpus {key}"), score.to_string(), row[key].to_string());
            }
        }
    }
    wrong
}

/// Texts whose jieba-rs cut with the HMM on differs from Python jieba's.
pub fn hmm_differences(segmenter: &Segmenter) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut differences = Vec::new();
    for row in &expected()[..items().len()] {
        for (text, theirs) in row["jieba"].as_object().unwrap() {
            let ours: Vec<String> = segmenter.cut(text, Hmm::On).iter().map(|t| t.text.to_owned()).collect();
            let reference: Vec<String> = theirs["hmm"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
            if ours != reference && !differences.iter().any(|(t, _, _)| t == text) {
                differences.push((text.clone(), ours, reference));
            }
        }
    }
    differences
}
