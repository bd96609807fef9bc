//! The core's layers, read from its sources: every `crate::core::…` path (and `super::…` path
//! outside tests) names the module it depends on. Two rules, each failure naming the lines:
//!
//! 1. no module imports a module of a higher layer (the map in `src/core/mod.rs`);
//! 2. no cycle between modules (files), within a layer too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[path = "support/sources.rs"]
mod sources;
use sources::{code, rust_files};

/// Top-level core modules by layer, bottom first: the same map as `src/core/mod.rs`.
const LAYERS: &[&[&str]] = &[
    &["error", "i18n", "format", "text", "metrics", "stats"],
    &["model"],
    &["rubric", "scoring", "human", "aggregate"],
    &["results", "tally", "explain"],
    &["io"],
    &["report", "charts"],
];

fn layer_of(module: &str) -> Option<usize> {
    let top = module.split("::").next()?;
    LAYERS.iter().position(|layer| layer.contains(&top))
}

/// `src/core/model/session.rs` → `model::session`; `src/core/text/mod.rs` → `text`.
fn module_of(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).expect("under src/core").with_extension("");
    let parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).filter(|p| p != "mod").collect();
    parts.join("::")
}

/// The modules a line refers to, resolved against the set of known modules: the longest known
/// prefix of each `crate::core::a::b::c` path (or `super::x` relative to `module`).
fn references(line: &str, module: &str, known: &BTreeSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    let mut paths: Vec<Vec<String>> = Vec::new();
    let segments = |rest: &str| -> Vec<String> {
        rest.split("::")
            .map(|s| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
            .take_while(|s| !s.is_empty())
            .collect()
    };
    for (start, _) in line.match_indices("crate::core::") {
        let rest = &line[start + "crate::core::".len()..];
        // `use crate::core::model::{suite::Suite, answers}` — a group names several modules.
        let head = segments(rest);
        let after = &rest[head.iter().map(|s| s.len() + 2).sum::<usize>().min(rest.len())..];
        if let Some(group) = after.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or("");
            for part in inner.split(',') {
                let mut path = head.clone();
                path.extend(segments(part.trim()));
                paths.push(path);
            }
        }
        paths.push(head);
    }
    for (start, _) in line.match_indices("super::") {
        if line[..start].ends_with("::") {
            continue;
        }
        let mut base: Vec<String> = module.split("::").map(str::to_owned).collect();
        let mut rest = &line[start..];
        while let Some(next) = rest.strip_prefix("super::") {
            rest = next;
            base.pop();
        }
        let mut path = base;
        path.extend(segments(rest));
        paths.push(path);
    }
    for path in paths {
        for length in (1..=path.len()).rev() {
            let candidate = path[..length].join("::");
            if known.contains(&candidate) {
                if candidate != module {
                    found.push(candidate);
                }
                break;
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

struct Edge {
    to: String,
    file: String,
    line: usize,
    text: String,
}

fn graph() -> BTreeMap<String, Vec<Edge>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let files = rust_files(&root);
    let known: BTreeSet<String> = files.iter().map(|f| module_of(&root, f)).filter(|m| !m.is_empty()).collect();
    let mut graph = BTreeMap::new();
    for path in &files {
        let module = module_of(&root, path);
        if module.is_empty() {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("source is readable");
        let mut edges = Vec::new();
        for (line, code) in code(&text) {
            for to in references(&code, &module, &known) {
                // A module's own children (`text` → `text::lang` through `mod.rs`) are part of it.
                if to.starts_with(&format!("{module}::")) {
                    continue;
                }
                let file = path.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_or(path).display().to_string();
                edges.push(Edge { to, file, line, text: code.trim().to_owned() });
            }
        }
        graph.insert(module, edges);
    }
    graph
}

#[test]
fn every_core_module_belongs_to_a_layer() {
    let unplaced: Vec<String> = graph().into_keys().filter(|m| layer_of(m).is_none()).collect();
    assert!(unplaced.is_empty(), "modules missing from the layer map in tests/layers.rs and src/core/mod.rs: {unplaced:?}");
}

#[test]
fn no_import_points_to_a_higher_layer() {
    let mut upward = Vec::new();
    for (module, edges) in graph() {
        let Some(own) = layer_of(&module) else { continue };
        for edge in edges {
            if layer_of(&edge.to).is_some_and(|layer| layer > own) {
                upward.push(format!("{}:{}: {module} (layer {own}) uses {} (layer {:?}): {}", edge.file, edge.line, edge.to, layer_of(&edge.to), edge.text));
            }
        }
    }
    assert!(upward.is_empty(), "imports pointing upward:\n{}", upward.join("\n"));
}

/// Every cycle in `graph`, each as its steps with the lines that make them.
fn cycles(graph: &BTreeMap<String, Vec<Edge>>) -> Vec<String> {
    // Depth-first search; a back edge closes a cycle, reported with the lines of every step.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut marks: BTreeMap<&str, Mark> = graph.keys().map(|k| (k.as_str(), Mark::New)).collect();
    let mut cycles = Vec::new();
    fn visit<'a>(
        node: &'a str,
        graph: &'a BTreeMap<String, Vec<Edge>>,
        marks: &mut BTreeMap<&'a str, Mark>,
        stack: &mut Vec<(&'a str, &'a Edge)>,
        cycles: &mut Vec<String>,
    ) {
        marks.insert(node, Mark::Open);
        for edge in graph.get(node).into_iter().flatten() {
            let to = edge.to.as_str();
            match marks.get(to).copied().unwrap_or(Mark::Done) {
                Mark::New => {
                    stack.push((node, edge));
                    visit(to, graph, marks, stack, cycles);
                    stack.pop();
                }
                Mark::Open => {
                    let start = stack.iter().position(|(from, _)| *from == to).unwrap_or(stack.len());
                    let mut steps: Vec<String> =
                        stack[start..].iter().map(|(from, e)| format!("  {from} → {} ({}:{}: {})", e.to, e.file, e.line, e.text)).collect();
                    steps.push(format!("  {node} → {to} ({}:{}: {})", edge.file, edge.line, edge.text));
                    cycles.push(steps.join("\n"));
                }
                Mark::Done => {}
            }
        }
        marks.insert(node, Mark::Done);
    }
    let nodes: Vec<&str> = graph.keys().map(String::as_str).collect();
    for node in nodes {
        if marks[node] == Mark::New {
            visit(node, graph, &mut marks, &mut Vec::new(), &mut cycles);
        }
    }
    cycles
}

#[test]
fn no_cycles_between_core_modules() {
    let found = cycles(&graph());
    assert!(found.is_empty(), "cycles between core modules:\n{}", found.join("\n\n"));
}

#[test]
fn a_cycle_is_found_and_named() {
    let edge = |to: &str, line| Edge { to: to.into(), file: "f.rs".into(), line, text: format!("use crate::core::{to};") };
    let graph: BTreeMap<String, Vec<Edge>> = [
        ("a".to_owned(), vec![edge("b", 1)]),
        ("b".to_owned(), vec![edge("c", 2)]),
        ("c".to_owned(), vec![edge("a", 3), edge("d", 4)]),
        ("d".to_owned(), vec![]),
    ]
    .into_iter()
    .collect();
    let found = cycles(&graph);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("a → b (f.rs:1") && found[0].contains("c → a (f.rs:3"), "{}", found[0]);
    let acyclic: BTreeMap<String, Vec<Edge>> = [("a".to_owned(), vec![edge("b", 1)]), ("b".to_owned(), vec![])].into_iter().collect();
    assert!(cycles(&acyclic).is_empty());
}

/// The reader itself: plain paths, groups, `super::` and comments.
#[test]
fn the_reader_resolves_paths_groups_and_super() {
    let known: BTreeSet<String> = ["model", "model::suite", "model::answers", "io", "io::files", "text", "text::lang"].iter().map(|s| s.to_string()).collect();
    assert_eq!(references("use crate::core::model::suite::{Suite, Item};", "io::files", &known), ["model::suite"]);
    let mut group = references("use crate::core::model::{suite::Suite, answers};", "io::files", &known);
    group.sort();
    assert_eq!(group, ["model", "model::answers", "model::suite"]);
    assert_eq!(references("use super::lang::Lang;", "text::tokenize", &known), ["text::lang"]);
    assert_eq!(references("let x = crate::core::text::detect(t);", "model::suite", &known), ["text"]);
    assert_eq!(code("use a;\n// crate::core::io\n#[cfg(test)]\nmod tests {\nuse crate::core::io;")[1].1, "");
    assert_eq!(code("#[cfg(test)]\nfn helper() {}\nuse crate::core::io;").len(), 3, "an item under cfg(test) does not end the code");
}

/// The app's state is plain Rust: nothing in `src/app` reaches for Yew, the browser or `ui`
/// (that is what lets `cargo test` drive the rating desk), and the core never uses the app.
#[test]
fn app_state_has_no_web_layer_and_core_has_no_app() {
    let mut problems = Vec::new();
    for (dir, forbidden) in [("src/app", &["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys", "crate::ui"][..]), ("src/core", &["crate::app", "crate::ui", "yew", "web_sys"][..])] {
        let files = rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir));
        for file in files {
            let text = std::fs::read_to_string(&file).expect("readable");
            for (line, code) in code(&text) {
                for word in forbidden {
                    if code.contains(word) {
                        problems.push(format!("{}:{line}: {word}: {}", file.display(), code.trim()));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What the page's own code must leave to the engine's worker: placing other tools' answers
/// and drafting suites fold Traditional into Simplified Chinese, and OpenCC's tables would
/// come with them into the page's wasm — the first download on a phone (they added 510 KB to
/// it once, when the page placed answers itself). `src/app/engine.rs` runs in the worker.
#[test]
fn the_page_leaves_script_folding_to_the_engine() {
    let forbidden = [".answers_for(", ".draft_suite(", "normalized(", "to_simplified(", "fold_script("];
    let mut problems = Vec::new();
    for dir in ["src/app", "src/ui"] {
        for file in rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)) {
            if file.ends_with("app/engine.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&file).expect("readable");
            for (line, code) in code(&text) {
                for word in forbidden.iter().filter(|word| code.contains(*word)) {
                    problems.push(format!("{}:{line}: {word}: {}", file.display(), code.trim()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
