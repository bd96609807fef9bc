//! Reading the project's own Rust sources, for the tests that check how code is written
//! (tests/layers.rs, tests/catalogue.rs).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, in a stable order.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(dir, &mut out);
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).expect("the sources are readable").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's code lines (1-based numbers): comments left out, and everything from its test
/// module on (tests may reach anywhere). A `#[cfg(test)]` on a single item does not end it.
pub fn code(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]")
            && lines[index + 1..].iter().find(|l| !l.trim().is_empty()).is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            break;
        }
        if line.trim_start().starts_with("//") {
            out.push((index + 1, String::new()));
            continue;
        }
        // A trailing comment (not inside a string: good enough for this code base's style).
        let code = match line.find(" //") {
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        };
        out.push((index + 1, code.to_owned()));
    }
    out
}
