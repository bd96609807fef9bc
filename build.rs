//! Prepares jieba's dictionary as a separate, compressed asset.
//!
//! jieba-rs is built without its embedded dictionary so that the web app's first screen does
//! not wait for 2 MB of word list. This script takes the dictionary that ships inside the
//! pinned jieba-rs crate, drops the part-of-speech column (segmentation never reads it) and
//! writes `$OUT_DIR/<name>` gzip-compressed, where `<name>` carries a content hash so browsers
//! may cache it forever. The native CLI embeds that file and writes it out for the web build
//! (`pingfen dictionary --out …`), so native code, the browser and `pkg/` read the same bytes.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Must equal the `jieba-rs` pin in Cargo.toml.
const JIEBA_VERSION: &str = "0.11.0";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PINGFEN_JIEBA_DICT");
    let source = find_dictionary().unwrap_or_else(|why| panic!("{why}"));
    println!("cargo:rerun-if-changed={}", source.display());

    let text = fs::read_to_string(&source)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
    let mut slim = String::with_capacity(text.len());
    for line in text.lines() {
        let mut fields = line.split_whitespace();
        if let (Some(word), Some(freq)) = (fields.next(), fields.next()) {
            slim.push_str(word);
            slim.push(' ');
            slim.push_str(freq);
            slim.push('\n');
        }
    }

    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    encoder.write_all(slim.as_bytes()).expect("gzip into memory");
    let compressed = encoder.finish().expect("gzip into memory");

    let name = format!("jieba-dict-{JIEBA_VERSION}.{:016x}.txt.gz", fnv1a(&compressed));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("jieba-dict.txt.gz"), &compressed).expect("write OUT_DIR");
    println!("cargo:rustc-env=PINGFEN_DICTIONARY_FILE={name}");
    println!("cargo:rustc-env=PINGFEN_JIEBA_VERSION={JIEBA_VERSION}");
}

/// `PINGFEN_JIEBA_DICT` (for vendored builds), else the crate's copy in Cargo's registry.
fn find_dictionary() -> Result<PathBuf, String> {
    if let Some(path) = env::var_os("PINGFEN_JIEBA_DICT") {
        return Ok(PathBuf::from(path));
    }
    let cargo_home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let registry = cargo_home.join("registry").join("src");
    let entries = fs::read_dir(&registry)
        .map_err(|e| format!("cannot list {}: {e}", registry.display()))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|index| {
            index
                .path()
                .join(format!("jieba-rs-{JIEBA_VERSION}"))
                .join("src/data/dict.txt")
        })
        .filter(|path| path.is_file())
        .collect();
    found.sort();
    found.pop().ok_or_else(|| {
        format!(
            "jieba-rs {JIEBA_VERSION}'s dict.txt not found under {}; run `cargo fetch`, or set \
             PINGFEN_JIEBA_DICT to the file",
            registry.display()
        )
    })
}

/// 64-bit FNV-1a: a stable content hash for the asset's file name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
