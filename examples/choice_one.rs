//! Extracts one answer's choice and prints how it was read: `cargo run --example choice_one -- ABCD "answer"`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(letters), Some(text)) = (args.first(), args.get(1)) else {
        eprintln!("usage: choice_one LETTERS ANSWER [multi]");
        std::process::exit(2);
    };
    let multi = args.get(2).is_some_and(|a| a == "multi");
    let got = pingfen::core::rubric::choice::extract(text, pingfen::core::rubric::choice::Options { letters, texts: None, multi });
    println!("{got:#?}");
}
