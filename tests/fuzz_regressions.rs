//! The fuzz targets' checks (`fuzz/checks.rs`) under `cargo test`: on every input a fuzzer
//! once failed on (`fuzz/regressions/<target>/`, kept after the fix) and on the project's own
//! files and a few hostile seeds, so a regression shows without the nightly toolchain.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

type Check = fn(&[u8]);

const TARGETS: [(&str, Check); 6] = [
    ("read_file", checks::read_file),
    ("link", checks::link),
    ("pasted", checks::pasted),
    ("choice", checks::choice),
    ("metrics", checks::metrics),
    ("tokenizers", checks::tokenizers),
];

/// The files a fuzzer started from: every sample and fixture.
fn seeds() -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"\x00".to_vec(),
        b"pf1.book.".to_vec(),
        "答案是B\0答案是B".as_bytes().to_vec(),
        "Scoring models fairly matters greatly everywhere".as_bytes().to_vec(),
        "评测模型需要公平公正地对待每一种语言".as_bytes().to_vec(),
        "1. A\n2. B\n\n3. 以上都对\0".as_bytes().to_vec(),
        vec![0xFF; 64],
        [&[2u8][..], "模型,題號,回答\n甲,q1,\"=1+1\"\n".as_bytes()].concat(),
    ];
    for dir in ["www/samples", "tests/fixtures"] {
        let mut paths: Vec<_> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).unwrap().flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.is_file()) {
            let bytes = std::fs::read(&path).unwrap();
            if bytes.len() < 400_000 {
                seeds.push(bytes);
            }
        }
    }
    seeds
}

#[test]
fn every_fuzz_check_holds_on_the_inputs_kept_and_the_seeds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut kept = 0;
    for (target, check) in TARGETS {
        if let Ok(entries) = std::fs::read_dir(root.join(target)) {
            // `.keep` holds an empty directory in git; it is not an input.
            for path in entries.flatten().map(|e| e.path()).filter(|p| p.file_name().is_some_and(|n| n != ".keep")) {
                check(&std::fs::read(&path).unwrap());
                kept += 1;
            }
        }
        for seed in seeds() {
            // The metrics check reads the first NUL as the split: a whole file is a hypothesis.
            check(&seed[..seed.len().min(4_000)]);
        }
    }
    eprintln!("{kept} kept inputs checked");
}
