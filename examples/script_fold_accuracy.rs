//! How often Traditional → Simplified gives the Simplified form OpenCC's own phrase list
//! expects: the conversion Pingfen scores with (OpenCC's Taiwan then Hong Kong tables) against
//! fast2s (character by character), on every phrase of OpenCC's `STPhrases.txt` whose two
//! forms differ. On demand, from `scripts/bench.sh`:
//!
//! `cargo run --release --example script_fold_accuracy -- PATH/TO/STPhrases.txt`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: script_fold_accuracy STPhrases.txt")?;
    let text = std::fs::read_to_string(&path)?;
    let (mut phrases, mut ours, mut characters) = (0usize, 0usize, 0usize);
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(simplified), Some(traditional)) = (fields.next(), fields.next().and_then(|t| t.split(' ').next())) else {
            continue;
        };
        if simplified == traditional {
            continue;
        }
        phrases += 1;
        ours += usize::from(pingfen::core::text::normalize::to_simplified(traditional) == simplified);
        characters += usize::from(fast2s::convert(traditional) == simplified);
    }
    let percent = |n: usize| 100.0 * n as f64 / phrases.max(1) as f64;
    println!(
        "{{\"phrases\":{phrases},\"opencc_tw_hk_percent\":{:.2},\"fast2s_percent\":{:.2},\"errors_ratio\":{:.3}}}",
        percent(ours),
        percent(characters),
        (phrases - ours) as f64 / (phrases - characters).max(1) as f64
    );
    Ok(())
}
