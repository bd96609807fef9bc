//! Prepares jieba's dictionary as a separate, compressed asset.
//!
//! jieba-rs is built without its embedded dictionary so that the web app's first screen does
//! not wait for 2 MB of word list. This script takes the dictionary that ships inside the
//! pinned jieba-rs crate, drops the part-of-speech column (segmentation never reads it), sorts
//! and front-codes the words, puts the frequencies in a column of their own, and writes it
//! brotli-compressed (1.1 MB, against 1.7 MB for the gzip of the plain list), under a name
//! that carries a content hash so browsers may cache it forever. The native CLI embeds that file and writes it out for the web build
//! (`pingfen dictionary --out …`), so native code, the browser and `pkg/` read the same bytes.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// Must equal the `jieba-rs` pin in Cargo.toml.
const JIEBA_VERSION: &str = "0.11.0";
/// The compact dictionary's first line; `src/core/text/segment.rs` reads the same.
const COMPACT_HEADER: &str = "pingfen-dict/1";
/// A shared prefix is counted up to this many characters (longer ones are cut: still correct).
const MAX_SHARED: usize = 70;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PINGFEN_JIEBA_DICT");
    let source = find_dictionary().unwrap_or_else(|why| panic!("{why}"));
    println!("cargo:rerun-if-changed={}", source.display());

    let text = fs::read_to_string(&source)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
    let mut entries: Vec<(&str, &str)> = text
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            Some((fields.next()?, fields.next()?))
        })
        .collect();
    // Sorted, so that each word shares a prefix with the one before (jieba's totals do not
    // depend on the order; the dictionary holds no word twice).
    entries.sort_unstable();
    entries.dedup_by(|a, b| a.0 == b.0);

    // The compact form (read by `Segmenter::new`): a header line; a line per word, its first
    // character saying how many characters it shares with the word before ('0' + n), then the
    // rest of it; an empty line; the words' frequencies, a line each, in the same order.
    let mut compact = String::from(COMPACT_HEADER);
    compact.push('\n');
    let mut previous: Vec<char> = Vec::new();
    for (word, _) in &entries {
        let chars: Vec<char> = word.chars().collect();
        let shared = previous.iter().zip(&chars).take_while(|(a, b)| a == b).count().min(MAX_SHARED);
        compact.push(char::from_u32(u32::from(b'0') + shared as u32).expect("a small code point"));
        compact.extend(&chars[shared..]);
        compact.push('\n');
        previous = chars;
    }
    compact.push('\n');
    for (_, frequency) in &entries {
        compact.push_str(frequency);
        compact.push('\n');
    }

    let mut compressed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, ..Default::default() };
    brotli::BrotliCompress(&mut compact.as_bytes(), &mut compressed, &params).expect("brotli into memory");

    let name = format!("jieba-dict-{JIEBA_VERSION}.{:016x}.br", fnv1a(&compressed));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("jieba-dict.br"), &compressed).expect("write OUT_DIR");
    println!("cargo:rustc-env=PINGFEN_DICTIONARY_FILE={name}");
    println!("cargo:rustc-env=PINGFEN_JIEBA_VERSION={JIEBA_VERSION}");
    // Where the word list came from: tests check that the compact asset cuts text as it does.
    println!("cargo:rustc-env=PINGFEN_JIEBA_DICT_SOURCE={}", source.display());
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
