//! The committed JSON Schemas (www/schema/) describe what Pingfen reads and writes: the sample
//! suite and the golden scorebook validate, and broken files do not.

#![cfg(not(target_arch = "wasm32"))]

use jsonschema::Registry;
use serde_json::{json, Value};

fn load(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
}

fn errors(schema: &Value, instance: &Value) -> Vec<String> {
    let suite_schema = load("www/schema/suite.schema.json");
    let registry = Registry::new()
        .add("https://pingfen.github.io/schema/suite.schema.json", suite_schema)
        .unwrap()
        .prepare()
        .unwrap();
    let validator = jsonschema::options().with_registry(&registry).build(schema).expect("the schema compiles");
    validator.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

#[test]
fn the_sample_suite_matches_the_suite_schema() {
    let wrong = errors(&load("www/schema/suite.schema.json"), &load("www/samples/sample-suite.json"));
    assert!(wrong.is_empty(), "{wrong:#?}");
    let wrong = errors(&load("www/schema/suite.schema.json"), &load("tests/fixtures/mini-suite.json"));
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn exported_scorebooks_match_the_scorebook_schema() {
    let wrong = errors(&load("www/schema/scorebook.schema.json"), &load("www/samples/sample.scorebook.json"));
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_schemas_reject_broken_suites() {
    let schema = load("www/schema/suite.schema.json");
    let mut suite = load("tests/fixtures/mini-suite.json");
    suite["items"][4]["answer"] = json!("b");
    suite["items"][0]["metrics"] = json!(["bleu", "meteor"]);
    suite["items"][1]["lang"] = json!("fr");
    suite["schema"] = json!("pingfen.suite/9");
    let wrong = errors(&schema, &suite);
    assert!(wrong.len() >= 4, "{wrong:#?}");
}
