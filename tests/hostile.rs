//! The hostile corpus (`tests/hostile/corpus.json`, written by `make_corpus.py`): every input
//! goes the way a picked file goes in the app — the engine's read (count limit, reader,
//! checks), then the session takes it in — and must have its expected outcome: a clean load,
//! or a refusal naming the file (and the line where one is expected) in every interface
//! language, with the session as it was. `tests/e2e/hostile.spec.mjs` opens the same corpus in
//! the browser.

#![cfg(not(target_arch = "wasm32"))]

#[path = "support/engine.rs"]
mod engine;

use std::io::Write;

use base64::Engine as _;
use pingfen::app::engine::{Engine, Job, Purpose, Reply};
use pingfen::app::{Action, AppState, Notice};
use pingfen::core::i18n::Locale;
use pingfen::core::io::files::Loaded;
use pingfen::core::Location;
use serde_json::Value;

/// A case's bytes: stored, or made by its recipe (the same recipes as the browser spec's).
fn bytes(case: &Value) -> Vec<u8> {
    if let Some(data) = case["base64"].as_str() {
        return base64::engine::general_purpose::STANDARD.decode(data).unwrap();
    }
    let recipe = &case["generate"];
    let number = |key: &str| recipe[key].as_u64().unwrap() as usize;
    match recipe["kind"].as_str().unwrap() {
        "deep_json" => "[".repeat(number("depth")).into_bytes(),
        "deep_suite" => {
            let prompt = "[".repeat(number("depth"));
            format!(r#"{{"schema": "pingfen.suite/1", "id": "deep", "title": {{"en": "x"}}, "dimensions": [], "items": [{{"id": "q", "prompt": {prompt}"#).into_bytes()
        }
        "big_cell" => format!("model,item,answer\nM,zh-qa-01,\"{}\"\n", "答".repeat(number("bytes") / 3)).into_bytes(),
        "rows" => {
            let mut text = String::from("model,item,answer\n");
            for row in 0..number("rows") {
                text.push_str(&format!("M{},zh-qa-01,a\n", row % 1000));
            }
            text.into_bytes()
        }
        "zip_bomb" => {
            // A workbook whose one sheet is valid XML that inflates far past what any file holds.
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
            zip.start_file("[Content_Types].xml", deflated).unwrap();
            zip.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#).unwrap();
            zip.start_file("xl/workbook.xml", deflated).unwrap();
            zip.write_all(br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#).unwrap();
            zip.start_file("xl/_rels/workbook.xml.rels", deflated).unwrap();
            zip.write_all(br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#).unwrap();
            zip.start_file("xl/worksheets/sheet1.xml", deflated).unwrap();
            zip.write_all(br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#).unwrap();
            let chunk = vec![b'a'; 1 << 20];
            for _ in 0..number("inflated_mb") {
                zip.write_all(&chunk).unwrap();
            }
            zip.write_all(b"</t></is></c></row></sheetData></worksheet>").unwrap();
            zip.finish().unwrap().into_inner()
        }
        other => panic!("unknown recipe {other}"),
    }
}

fn corpus() -> Vec<Value> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile/corpus.json")).unwrap();
    serde_json::from_str::<Value>(&text).unwrap()["cases"].as_array().unwrap().clone()
}

/// What the engine's read of `name` gives, as in the browser (the file handed to the worker).
fn read(name: &str, bytes: Vec<u8>) -> (Result<Loaded, Vec<pingfen::core::Problem>>, Option<String>) {
    let mut engine = Engine::with_segmenter(engine::segmenter(), engine::clock);
    let replies = engine.run_to_end(Job::Read { ticket: 1, name: name.to_owned(), purpose: Purpose::Open, held: None, bytes });
    match replies.into_iter().find(|r| matches!(r, Reply::Read { .. })) {
        Some(Reply::Read { outcome, read_as, .. }) => (outcome, read_as),
        _ => panic!("{name}: no reply"),
    }
}

#[test]
fn every_hostile_input_has_its_expected_outcome_and_loses_nothing() {
    let cases = corpus();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let start = engine::ready(AppState::new(Locale::En, None, pingfen::core::io::sample::session().unwrap(), engine::clock)).reduce(Action::NothingSaved);
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["file"].as_str().unwrap();
        let expect = &case["expect"];
        let (outcome, read_as) = read(name, bytes(case));
        if let Some(expected) = expect.get("read_as") {
            if expected.as_str() != read_as.as_deref() {
                failures.push(format!("{name}: read as {read_as:?}, not {expected}"));
            }
        }
        let verdict = match (expect["outcome"].as_str().unwrap(), &outcome) {
            ("loads", Ok(loaded)) => {
                let (holds, count) = match loaded {
                    Loaded::Answers(answers) => ("answers", Some(answers.len())),
                    Loaded::Suite(_) => ("suite", None),
                    Loaded::Session(_) | Loaded::Withheld(_) => ("session", None),
                    Loaded::Foreign(foreign) => ("answers", Some(foreign.records.len())),
                    Loaded::RaterWork(_) => ("rater", None),
                    Loaded::Judged(work) => ("judge", Some(work.ratings.len() + work.votes.len())),
                };
                let counted = expect["count"].as_u64().map(|c| c as usize);
                (holds == expect["holds"].as_str().unwrap() && (counted.is_none() || counted == count))
                    .then_some(())
                    .ok_or_else(|| format!("loaded {holds} ({count:?})"))
            }
            ("refused", Err(problems)) => {
                let key = expect["key"].as_str().unwrap();
                let line = expect["line"].as_u64().map(|l| l as usize);
                let found = problems.iter().find(|p| p.message.key == key);
                match found {
                    None => Err(format!("refused with {:?}", problems.iter().map(|p| p.message.key.to_string()).collect::<Vec<_>>())),
                    Some(problem) => {
                        let at = match problem.location {
                            Location::Line { line } | Location::Row { row: line } => Some(line),
                            _ => None,
                        };
                        if line.is_some() && at != line {
                            Err(format!("at {at:?}, not line {line:?}"))
                        } else {
                            // Worded in every language, naming the file, no key left unworded.
                            problems.iter().flat_map(|p| [Locale::En, Locale::ZhHans, Locale::ZhHant].map(|l| p.describe(l))).try_for_each(|text| {
                                (text.contains(name) && !text.contains("problem-")).then_some(()).ok_or(format!("worded as {text:?}"))
                            })
                        }
                    }
                }
            }
            (_, other) => Err(format!("{}", match other {
                Ok(_) => "loaded".to_owned(),
                Err(problems) => format!("refused: {:?}", problems.iter().map(|p| p.message.key.to_string()).collect::<Vec<_>>()),
            })),
        };
        if let Err(why) = verdict {
            failures.push(format!("{name} ({}): expected {expect}, {why}", case["why"].as_str().unwrap()));
            continue;
        }
        // Taken in by the session: a refusal (or answers for items the suite lacks) changes
        // nothing loaded.
        let next = start.clone().reduce(Action::FileLoaded { name: name.to_owned(), outcome });
        if matches!(next.notices.first(), Some(Notice::NotLoaded { .. })) {
            if next.session != start.session {
                failures.push(format!("{name}: refused, yet the session changed"));
            }
        } else if expect["outcome"] == "refused" {
            failures.push(format!("{name}: the session took it in: {:?}", next.notices.first()));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
