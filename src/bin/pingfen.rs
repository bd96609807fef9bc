//! `pingfen`: the native command line over the same core as the web app.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The CLI is native only; web builds turn the `cli` feature off.
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{self, BufRead, Read, Write};
    use std::path::PathBuf;
    use std::process::ExitCode;

    use anyhow::{Context, Result};
    use clap::{Parser, Subcommand, ValueEnum};
    use pingfen::core::text::{count, detect, tokenize, Dictionary, Hmm, Lang, Segmenter};
    use serde::Serialize;

    /// Score answers of large language models in Chinese and English.
    #[derive(Parser)]
    #[command(name = "pingfen", version, about, long_about = None)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Split text into words: jieba-rs for Chinese, word boundaries for English.
        ///
        /// Reads stdin. Plain mode prints one line of space-separated words per input line;
        /// --jsonl prints one JSON object per input line with the words and detected language.
        Tokenize {
            /// Tokenizer language; `auto` detects it per line.
            #[arg(long, value_enum, default_value_t = LangArg::Auto)]
            lang: LangArg,
            /// Raw jieba cut (white space kept) instead of tokenize; choose the HMM.
            #[arg(long, value_enum)]
            cut: Option<HmmArg>,
            /// One JSON object per line instead of plain words.
            #[arg(long)]
            jsonl: bool,
        },
        /// Detect the language of each line of stdin (zh, en, mixed, other, none).
        Detect,
        /// Write the segmentation dictionary asset that the web app fetches.
        Dictionary {
            /// Directory to write it into, under its content-hashed name.
            #[arg(long)]
            out_dir: PathBuf,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum LangArg {
        Auto,
        Zh,
        En,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum HmmArg {
        Hmm,
        NoHmm,
    }

    pub fn main() -> ExitCode {
        match run(Cli::parse()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("pingfen: {error:#}");
                ExitCode::FAILURE
            }
        }
    }

    fn run(cli: Cli) -> Result<()> {
        match cli.command {
            Command::Tokenize { lang, cut, jsonl } => tokenize_lines(lang, cut, jsonl),
            Command::Detect => {
                let stdout = io::stdout();
                let mut out = stdout.lock();
                for line in io::stdin().lock().lines() {
                    let line = line.context("stdin is not UTF-8 text")?;
                    let detected = serde_json::to_string(&detect(&line))?;
                    writeln!(out, "{}", detected.trim_matches('"'))?;
                }
                Ok(())
            }
            Command::Dictionary { out_dir } => {
                std::fs::create_dir_all(&out_dir)
                    .with_context(|| format!("cannot create {}", out_dir.display()))?;
                let path = out_dir.join(Dictionary::FILE_NAME);
                std::fs::write(&path, Dictionary::EMBEDDED.gzip)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                println!("{}", path.display());
                Ok(())
            }
        }
    }

    #[derive(Serialize)]
    struct TokenLine<'t> {
        lang: Lang,
        detected: pingfen::core::text::Detected,
        han_chars: usize,
        latin_words: usize,
        tokens: Vec<&'t str>,
    }

    fn tokenize_lines(lang: LangArg, cut: Option<HmmArg>, jsonl: bool) -> Result<()> {
        let segmenter = Segmenter::embedded()?;
        let mut input = String::new();
        io::stdin().read_to_string(&mut input).context("stdin is not UTF-8 text")?;
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        for line in input.lines() {
            let detected = detect(line);
            let lang = match lang {
                LangArg::Auto => detected.tokenizer_lang(),
                LangArg::Zh => Lang::Zh,
                LangArg::En => Lang::En,
            };
            let tokens: Vec<&str> = match cut {
                Some(hmm) => {
                    let hmm = if matches!(hmm, HmmArg::Hmm) { Hmm::On } else { Hmm::Off };
                    segmenter.cut(line, hmm).into_iter().map(|t| t.text).collect()
                }
                None => tokenize(&segmenter, line, lang).into_iter().map(|t| t.text).collect(),
            };
            if jsonl {
                let counts = count(line);
                let record = TokenLine {
                    lang,
                    detected,
                    han_chars: counts.han_chars,
                    latin_words: counts.latin_words,
                    tokens,
                };
                serde_json::to_writer(&mut out, &record)?;
                writeln!(out)?;
            } else {
                writeln!(out, "{}", tokens.join(" "))?;
            }
        }
        out.flush()?;
        Ok(())
    }
}
