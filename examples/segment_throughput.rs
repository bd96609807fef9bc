//! Native segmentation throughput, for `scripts/bench.sh`: reads a UTF-8 text file, builds
//! the segmenter, cuts the whole text (HMM on, white space dropped) and prints JSON figures.
//!
//! `cargo run --release --example segment_throughput -- FILE`

use std::time::Instant;

use pingfen::core::text::{tokenize, Lang, Segmenter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: segment_throughput FILE")?;
    let text = std::fs::read_to_string(&path)?;

    let started = Instant::now();
    let segmenter = Segmenter::embedded()?;
    let build_ms = started.elapsed().as_secs_f64() * 1e3;

    // Best of three, like the other runners.
    let mut best = f64::INFINITY;
    let mut words = 0;
    for _ in 0..3 {
        let started = Instant::now();
        words = tokenize(&segmenter, &text, Lang::Zh).len();
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "{{\"runner\":\"native\",\"bytes\":{},\"words\":{words},\"build_ms\":{build_ms:.1},\"seconds\":{best:.4},\"mb_per_s\":{:.3}}}",
        text.len(),
        text.len() as f64 / 1e6 / best
    );
    Ok(())
}
