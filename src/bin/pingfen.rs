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
#[path = "pingfen/stage.rs"]
mod stage;

#[cfg(not(target_arch = "wasm32"))]
#[path = "pingfen/stream.rs"]
mod stream;

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use super::{stage, stream};
    use std::ffi::OsStr;
    use std::io::{self, BufRead, Read, Write};
    use std::path::PathBuf;
    use std::process::ExitCode;

    use anyhow::{anyhow, Context, Result};
    use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
    use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
    use pingfen::core::metrics::bleu::BleuTokenizer;
    use pingfen::core::metrics::rouge::RougeTokenizer;
    use pingfen::core::metrics::standard;
    use pingfen::core::i18n::{msg, Locale, Message};
    use pingfen::core::rubric::choice::{self, Options};
    use pingfen::core::io::{export, scorebook::Scorebook};
    use pingfen::core::model::session::Session;
    use pingfen::core::results;
    use pingfen::core::model::suite::Suite;
    use pingfen::core::text::{count, detect, tokenize, Dictionary, Hmm, Lang, Segmenter};
    use serde::Serialize;

    // The help texts are the catalogue's (`cli-help-*`), set by `command` in the messages'
    // language; the derive gives only the shape: names, types, defaults.
    #[derive(Parser)]
    #[command(name = "pingfen", version)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
        #[command(flatten)]
        language: Language,
    }

    /// `--lang`: the messages' language, read before parsing (see `lang_in_args`); each
    /// command that speaks has it (`tokenize --lang` names the text's language instead).
    #[derive(clap::Args)]
    struct Language {
        #[arg(long = "lang", value_parser = |tag: &str| tag.parse::<Locale>())]
        _lang: Option<Locale>,
    }

    #[derive(Subcommand)]
    enum Command {
        Tokenize {
            #[arg(long, value_enum, default_value_t = LangArg::Auto)]
            lang: LangArg,
            #[arg(long, value_enum)]
            cut: Option<HmmArg>,
            #[arg(long, value_enum, conflicts_with = "cut")]
            tokenizer: Option<TokenizerArg>,
            #[arg(long)]
            json_input: bool,
            #[arg(long)]
            jsonl: bool,
        },
        Metrics {
            #[command(flatten)]
            language: Language,
            #[arg(long, default_value = "none")]
            norm: pingfen::core::text::Normalize,
        },
        Score {
            #[command(flatten)]
            language: Language,
            #[arg(long)]
            suite: PathBuf,
            #[arg(long, num_args = 1.., required = true)]
            answers: Vec<PathBuf>,
            #[arg(long)]
            out: Option<PathBuf>,
            #[arg(long)]
            leaderboard: Option<PathBuf>,
            #[arg(long)]
            items: Option<PathBuf>,
            #[arg(long, value_enum)]
            format: Option<FormatArg>,
            #[arg(long)]
            report: Option<PathBuf>,
            #[arg(long)]
            fail_under: Option<f64>,
            #[arg(long, hide = true)]
            table_csv: Option<PathBuf>,
        },
        DraftSuite {
            #[command(flatten)]
            language: Language,
            file: PathBuf,
            #[arg(long)]
            out: PathBuf,
        },
        Circular {
            #[command(flatten)]
            language: Language,
            suite: PathBuf,
            #[arg(long)]
            out: PathBuf,
        },
        Merge {
            #[command(flatten)]
            language: Language,
            #[arg(num_args = 2.., required = true)]
            files: Vec<PathBuf>,
            #[arg(long)]
            out: PathBuf,
        },
        Report {
            #[command(flatten)]
            language: Language,
            scorebook: PathBuf,
            #[arg(long)]
            out: PathBuf,
        },
        ExtractChoice {
            #[command(flatten)]
            language: Language,
        },
        Detect,
        Dictionary {
            #[arg(long)]
            out_dir: PathBuf,
        },
        Stage {
            dir: PathBuf,
        },
        Link {
            #[command(subcommand)]
            action: LinkAction,
        },
    }

    #[derive(Subcommand)]
    enum LinkAction {
        Encode {
            #[command(flatten)]
            language: Language,
            file: PathBuf,
            #[arg(long)]
            rater: Option<String>,
            #[arg(long, conflicts_with = "rater")]
            without_answers: bool,
            #[arg(long, default_value = PAGES_URL)]
            base: String,
        },
        Decode {
            #[command(flatten)]
            language: Language,
            link: String,
            #[arg(long)]
            suite: Option<PathBuf>,
            #[arg(long)]
            out: Option<PathBuf>,
        },
    }

    /// Where Pingfen is published: the page a link opens unless `--base` says otherwise.
    const PAGES_URL: &str = "https://pingfen.github.io/pingfen/";

    /// How `score` writes its tables (else told by each file's extension).
    #[derive(Clone, Copy, PartialEq, ValueEnum)]
    enum FormatArg {
        Csv,
        Xlsx,
        Json,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum LangArg {
        Auto,
        Zh,
        En,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum TokenizerArg {
        #[value(name = "13a")]
        Tok13a,
        Zh,
        Char,
        RougeEn,
        RougeZh,
    }

    /// What a `--tokenizer` value is, for the help.
    fn tokenizer_help(tokenizer: &TokenizerArg) -> Message {
        match tokenizer {
            TokenizerArg::Tok13a => msg!("cli-help-tokenizer-13a"),
            TokenizerArg::Zh => msg!("cli-help-tokenizer-zh"),
            TokenizerArg::Char => msg!("cli-help-tokenizer-char"),
            TokenizerArg::RougeEn => msg!("cli-help-tokenizer-rouge-en"),
            TokenizerArg::RougeZh => msg!("cli-help-tokenizer-rouge-zh"),
        }
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum HmmArg {
        Hmm,
        NoHmm,
    }

    pub fn main() -> ExitCode {
        // The help is built before parsing, so `--lang` is looked for first by hand.
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        let locale = lang_in_args(&args).unwrap_or_else(|| environment_locale(|name| std::env::var(name).ok()));
        let mut command = command(locale);
        // Errors, `--help` and `--version` print and exit as `Cli::parse` would (usage: 2).
        let matches = command.try_get_matches_from_mut(args).unwrap_or_else(|error| error.exit());
        let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.format(&mut command).exit());
        match run(cli, locale) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{}", msg!("cli-failed", error = format!("{error:#}")).text(locale));
                // A gate that did not pass is told apart from input that could not be read.
                if error.downcast_ref::<BelowGate>().is_some() { ExitCode::from(3) } else { ExitCode::FAILURE }
            }
        }
    }

    /// `score --fail-under` found models below the bar (exit code 3), as worded.
    #[derive(Debug)]
    struct BelowGate(String);

    impl std::fmt::Display for BelowGate {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for BelowGate {}

    /// The locale `--lang TAG` or `--lang=TAG` names, wherever it is among `args` (not for
    /// `tokenize`, whose `--lang` is the text's).
    fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Locale> {
        let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
        if args.iter().skip(1).find(|a| !a.starts_with('-')) == Some(&"tokenize") {
            return None;
        }
        args.iter().enumerate().find_map(|(i, arg)| {
            let tag = if *arg == "--lang" { args.get(i + 1).copied()? } else { arg.strip_prefix("--lang=")? };
            tag.parse().ok()
        })
    }

    /// The command line with its help worded in `locale`.
    fn command(locale: Locale) -> clap::Command {
        let t = |message: Message| message.text(locale);
        let command = Cli::command()
            .about(t(msg!("cli-help-about")))
            .long_about(t(msg!("cli-help-about-long")))
            .mut_subcommand("tokenize", |c| {
                c.about(t(msg!("cli-help-tokenize")))
                    .long_about(t(msg!("cli-help-tokenize-long")))
                    .mut_arg("lang", |a| a.help(t(msg!("cli-help-tokenize-lang"))))
                    .mut_arg("cut", |a| a.help(t(msg!("cli-help-tokenize-cut"))))
                    .mut_arg("tokenizer", |a| {
                        a.help(t(msg!("cli-help-tokenize-tokenizer")))
                            .value_parser(Described::new(|value: &TokenizerArg| t(tokenizer_help(value))))
                    })
                    .mut_arg("json_input", |a| a.help(t(msg!("cli-help-tokenize-json-input"))))
                    .mut_arg("jsonl", |a| a.help(t(msg!("cli-help-tokenize-jsonl"))))
            })
            .mut_subcommand("metrics", |c| {
                let long = msg!("cli-help-metrics-long", input = METRICS_INPUT, output = METRICS_OUTPUT, metric = METRIC_SCORE);
                c.about(t(msg!("cli-help-metrics")))
                    .long_about(t(long))
                    .mut_arg("norm", |a| {
                        a.help(t(msg!("cli-help-metrics-norm"))).value_parser(move |text: &str| {
                            text.parse::<pingfen::core::text::Normalize>()
                                .map_err(|step| msg!("cli-metrics-norm-unknown", step = step).text(locale))
                        })
                    })
            })
            .mut_subcommand("score", |c| {
                c.about(t(msg!("cli-help-score")))
                    .long_about(t(msg!("cli-help-score-long", line = ANSWERS_LINE)))
                    .mut_arg("suite", |a| a.help(t(msg!("cli-help-score-suite"))))
                    .mut_arg("answers", |a| a.help(t(msg!("cli-help-score-answers"))))
                    .mut_arg("out", |a| a.help(t(msg!("cli-help-score-out"))))
                    .mut_arg("leaderboard", |a| a.help(t(msg!("cli-help-score-leaderboard"))))
                    .mut_arg("items", |a| a.help(t(msg!("cli-help-score-items"))))
                    .mut_arg("format", |a| a.help(t(msg!("cli-help-score-format"))))
                    .mut_arg("report", |a| a.help(t(msg!("cli-help-score-report"))))
                    .mut_arg("fail_under", |a| a.help(t(msg!("cli-help-score-fail-under"))))
                    .mut_arg("table_csv", |a| a.help(t(msg!("cli-help-score-table-csv"))))
            })
            .mut_subcommand("circular", |c| {
                c.about(t(msg!("cli-help-circular")))
                    .long_about(t(msg!("cli-help-circular-long")))
                    .mut_arg("suite", |a| a.help(t(msg!("cli-help-circular-suite"))))
                    .mut_arg("out", |a| a.help(t(msg!("cli-help-circular-out"))))
            })
            .mut_subcommand("draft-suite", |c| {
                c.about(t(msg!("cli-help-draft-suite")))
                    .long_about(t(msg!("cli-help-draft-suite-long")))
                    .mut_arg("file", |a| a.help(t(msg!("cli-help-draft-suite-file"))))
                    .mut_arg("out", |a| a.help(t(msg!("cli-help-draft-suite-out"))))
            })
            .mut_subcommand("merge", |c| {
                c.about(t(msg!("cli-help-merge")))
                    .long_about(t(msg!("cli-help-merge-long")))
                    .mut_arg("files", |a| a.help(t(msg!("cli-help-merge-files"))))
                    .mut_arg("out", |a| a.help(t(msg!("cli-help-merge-out"))))
            })
            .mut_subcommand("report", |c| {
                c.about(t(msg!("cli-help-report")))
                    .mut_arg("scorebook", |a| a.help(t(msg!("cli-help-report-scorebook"))))
                    .mut_arg("out", |a| a.help(t(msg!("cli-help-report-out"))))
            })
            .mut_subcommand("extract-choice", |c| {
                let long = msg!(
                    "cli-help-extract-choice-long",
                    input = CHOICE_INPUT,
                    texts = CHOICE_TEXTS,
                    multi = CHOICE_MULTI,
                    output = CHOICE_OUTPUT
                );
                c.about(t(msg!("cli-help-extract-choice"))).long_about(t(long))
            })
            .mut_subcommand("detect", |c| c.about(t(msg!("cli-help-detect"))))
            .mut_subcommand("dictionary", |c| {
                c.about(t(msg!("cli-help-dictionary")))
                    .mut_arg("out_dir", |a| a.help(t(msg!("cli-help-dictionary-out-dir"))))
            })
            .mut_subcommand("stage", |c| c.about(t(msg!("cli-help-stage"))).mut_arg("dir", |a| a.help(t(msg!("cli-help-stage-dir")))))
            .mut_subcommand("link", |c| {
                c.about(t(msg!("cli-help-link")))
                    .long_about(t(msg!("cli-help-link-long")))
                    .mut_subcommand("encode", |c| {
                        c.about(t(msg!("cli-help-link-encode")))
                            .mut_arg("file", |a| a.help(t(msg!("cli-help-link-encode-file"))))
                            .mut_arg("rater", |a| a.help(t(msg!("cli-help-link-encode-rater"))))
                            .mut_arg("without_answers", |a| a.help(t(msg!("cli-help-link-encode-without-answers"))))
                            .mut_arg("base", |a| a.help(t(msg!("cli-help-link-encode-base"))))
                    })
                    .mut_subcommand("decode", |c| {
                        c.about(t(msg!("cli-help-link-decode")))
                            .mut_arg("link", |a| a.help(t(msg!("cli-help-link-decode-link"))))
                            .mut_arg("suite", |a| a.help(t(msg!("cli-help-link-decode-suite"))))
                            .mut_arg("out", |a| a.help(t(msg!("cli-help-link-decode-out"))))
                    })
                    .mut_subcommands(|c| help_flag(c, locale))
            });
        // clap's own --help and --version, and the `help` command, speak English: ours replace
        // them, with the same names and actions.
        let version = clap::Arg::new("version")
            .short('V')
            .long("version")
            .action(clap::ArgAction::Version)
            .help(t(msg!("cli-help-flag-version")));
        let mut command = help_flag(command, locale).mut_subcommands(|c| help_flag(c, locale)).disable_version_flag(true).arg(version);
        // The `help` command exists only once the command is built; building is what parsing
        // would do first anyway.
        command.build();
        let help = t(msg!("cli-help-command-help"));
        command.mut_subcommand("help", |c| {
            // Under `help` come the commands again (their words already set) and `help` itself.
            c.about(help.clone()).mut_subcommands(|c| if c.get_name() == "help" { c.about(help.clone()) } else { c })
        })
    }

    /// `command` with a `-h, --help` flag worded in `locale`. As clap's, it says what `-h` and
    /// `--help` show when they differ.
    fn help_flag(command: clap::Command, locale: Locale) -> clap::Command {
        let t = |message: Message| message.text(locale);
        let long = command.get_long_about().is_some()
            || command.get_arguments().any(|arg| {
                arg.get_long_help().is_some() || arg.get_possible_values().iter().any(|value| value.get_help().is_some())
            });
        let help = clap::Arg::new("help").short('h').long("help").action(clap::ArgAction::Help);
        let help = if long {
            help.help(t(msg!("cli-help-flag-help-short"))).long_help(t(msg!("cli-help-flag-help-long")))
        } else {
            help.help(t(msg!("cli-help-flag-help")))
        };
        let command = if command.get_arguments().any(|arg| arg.get_id() == "_lang") {
            command.mut_arg("_lang", |a| a.help(t(msg!("cli-help-lang"))))
        } else {
            command
        };
        command.disable_help_flag(true).arg(help)
    }

    /// A value enum's parser whose values are described in the messages' language (the
    /// derive's descriptions would be fixed at compile time).
    #[derive(Clone)]
    struct Described<E: ValueEnum + Clone + Send + Sync + 'static> {
        values: Vec<PossibleValue>,
        parser: EnumValueParser<E>,
    }

    impl<E: ValueEnum + Clone + Send + Sync + 'static> Described<E> {
        fn new(describe: impl Fn(&E) -> String) -> Self {
            let values = E::value_variants().iter().filter_map(|v| Some(v.to_possible_value()?.help(describe(v)))).collect();
            Described { values, parser: EnumValueParser::new() }
        }
    }

    impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Described<E> {
        type Value = E;

        fn parse_ref(&self, command: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<E, clap::Error> {
            self.parser.parse_ref(command, arg, value)
        }

        fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
            Some(Box::new(self.values.iter().cloned()))
        }
    }

    /// The messages' language from the environment: PINGFEN_LANG (`en`, `zh-Hans`, `zh-Hant`
    /// or any tag such as `zh-TW`), else the POSIX locale, where the first of LC_ALL,
    /// LC_MESSAGES and LANG that is set decides (`zh_TW.UTF-8` is Traditional, `zh_CN.UTF-8`
    /// Simplified, `C` English), else English.
    fn environment_locale(var: impl Fn(&str) -> Option<String>) -> Locale {
        let set = |name: &str| var(name).filter(|value| !value.trim().is_empty());
        if let Some(locale) = set("PINGFEN_LANG").and_then(|tag| tag.parse().ok().or_else(|| Locale::for_tag(&tag))) {
            return locale;
        }
        let posix = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set);
        // `language_TERRITORY.codeset@modifier`: the tag is what comes before the codeset.
        posix.and_then(|value| value.split(['.', '@']).next().and_then(Locale::for_tag)).unwrap_or(Locale::En)
    }

    /// An error worded in the messages' language.
    fn fail(locale: Locale, message: Message) -> anyhow::Error {
        anyhow!(message.text(locale))
    }

    fn segmenter(locale: Locale) -> Result<Segmenter> {
        Segmenter::embedded().map_err(|e| fail(locale, msg!("cli-dictionary-failed", detail = e.to_string())))
    }

    fn run(cli: Cli, locale: Locale) -> Result<()> {
        let t = |message: Message| message.text(locale);
        match cli.command {
            Command::Tokenize { lang, cut, tokenizer, json_input, jsonl } => {
                tokenize_lines(locale, lang, cut, tokenizer, json_input, jsonl)
            }
            Command::Metrics { norm, .. } => metrics_lines(locale, norm),
            Command::ExtractChoice { .. } => extract_choice_lines(locale),
            Command::Score { suite, answers, out, leaderboard, items, format, report, fail_under, table_csv, .. } => {
                let outputs = Outputs { scorebook: out, leaderboard, items, format, report, table_csv };
                score_files(locale, &suite, &answers, &outputs, fail_under)
            }
            Command::DraftSuite { file, out, .. } => draft_suite(locale, &file, &out),
            Command::Circular { suite, out, .. } => circular_suite(locale, &suite, &out),
            Command::Merge { files, out, .. } => merge_files(locale, &files, &out),
            Command::Report { scorebook, out, .. } => {
                let file = scorebook.display().to_string();
                let session = read_scorebook(locale, &scorebook, "report")?;
                let results = results::compute(&session, &segmenter(locale)?);
                std::fs::write(&out, pingfen::core::report::html(&session, &results, locale, &now_iso8601()))
                    .with_context(|| t(msg!("cli-cannot-write", file = out.display().to_string())))?;
                eprintln!("{}", t(msg!("cli-report-written", file = file, out = out.display().to_string())));
                Ok(())
            }
            Command::Detect => {
                let stdout = io::stdout();
                let mut out = stdout.lock();
                for line in io::stdin().lock().lines() {
                    let line = line.with_context(|| t(msg!("cli-stdin-not-utf8")))?;
                    writeln!(out, "{}", detect(&line).as_str())?;
                }
                Ok(())
            }
            Command::Dictionary { out_dir } => {
                std::fs::create_dir_all(&out_dir)
                    .with_context(|| t(msg!("cli-cannot-create", dir = out_dir.display().to_string())))?;
                let path = out_dir.join(Dictionary::FILE_NAME);
                std::fs::write(&path, Dictionary::EMBEDDED.bytes)
                    .with_context(|| t(msg!("cli-cannot-write", file = path.display().to_string())))?;
                println!("{}", path.display());
                Ok(())
            }
            Command::Link { action: LinkAction::Encode { file, rater, without_answers, base, .. } } => {
                let part = if without_answers { Part::WithoutAnswers } else { rater.as_deref().map_or(Part::Whole, Part::Rater) };
                encode_link(locale, &file, part, &base)
            }
            Command::Link { action: LinkAction::Decode { link, suite, out, .. } } => decode_link(locale, &link, suite.as_deref(), out.as_deref()),
            Command::Stage { dir } => {
                let staged = stage::stage(&dir, &t).with_context(|| t(msg!("cli-stage-failed", dir = dir.display().to_string())))?;
                println!("{}", t(msg!("cli-staged", files = staged.files, version = staged.version, engine = staged.loader)));
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

    fn tokenize_lines(
        locale: Locale,
        lang: LangArg,
        cut: Option<HmmArg>,
        tokenizer: Option<TokenizerArg>,
        json_input: bool,
        jsonl: bool,
    ) -> Result<()> {
        let segmenter = segmenter(locale)?;
        let mut input = String::new();
        io::stdin().read_to_string(&mut input).with_context(|| msg!("cli-stdin-not-utf8").text(locale))?;
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        for (number, line) in input.lines().enumerate() {
            let decoded: String;
            let line = if json_input {
                decoded = serde_json::from_str(line)
                    .with_context(|| msg!("cli-line-not-json-string", line = number + 1).text(locale))?;
                decoded.as_str()
            } else {
                line
            };
            if let Some(tokenizer) = tokenizer {
                let tokens = metric_tokens(&segmenter, tokenizer, line);
                if jsonl {
                    serde_json::to_writer(&mut out, &serde_json::json!({ "tokens": tokens }))?;
                    writeln!(out)?;
                } else {
                    writeln!(out, "{}", tokens.join(" "))?;
                }
                continue;
            }
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

    fn metric_tokens(segmenter: &Segmenter, tokenizer: TokenizerArg, text: &str) -> Vec<String> {
        let words = |line: String| line.split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
        match tokenizer {
            TokenizerArg::Tok13a => words(BleuTokenizer::Tok13a.apply(text)),
            TokenizerArg::Zh => words(BleuTokenizer::Zh.apply(text)),
            TokenizerArg::Char => words(BleuTokenizer::Char.apply(text)),
            TokenizerArg::RougeEn => RougeTokenizer::English { stem: false }.tokens(text),
            TokenizerArg::RougeZh => RougeTokenizer::Chinese(segmenter).tokens(text),
        }
    }

    /// The JSON shapes of `pingfen metrics`, for its help and its errors: field names are
    /// the same in every language.
    const METRICS_INPUT: &str = "{\"id\", \"lang\": \"zh\"|\"en\", \"hypothesis\", \"references\": [..]}";
    const METRICS_OUTPUT: &str = "{\"id\", \"metrics\": {\"bleu\", \"chrf\", \"chrf++\", \"rouge1\", \"rouge2\", \"rougeL\", \"rougeLsum\", \"em\", \"f1\", \"char_f1\", \"numeric\"}}";
    const METRIC_SCORE: &str = "{\"score\" (0-100), \"signature\"}";
    /// A line of a JSONL answers file.
    const ANSWERS_LINE: &str = "{\"model\", \"item\", \"answer\"}";
    /// The JSON shapes of `pingfen extract-choice`.
    const CHOICE_INPUT: &str = "{\"id\", \"text\", \"options\": \"ABCD\"}";
    const CHOICE_TEXTS: &str = "\"option_texts\": {\"A\": \"…\"}";
    const CHOICE_MULTI: &str = "\"multi\": true";
    const CHOICE_OUTPUT: &str = "{\"id\", \"choice\": \"B\" | \"BD\" | null, \"rule\", \"confidence\": \"explicit\" | \"decision\" | \"ordinal\" | \"inferred\" | null, \"evidence\", \"span\": [start, end], \"normalized\", \"conflicting\"}";

    /// One line of `pingfen metrics` input.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct MetricsInput {
        id: serde_json::Value,
        lang: Lang,
        hypothesis: String,
        references: Vec<String>,
    }

    /// What `pingfen score` writes besides the leaderboard on stdout.
    struct Outputs {
        scorebook: Option<PathBuf>,
        leaderboard: Option<PathBuf>,
        items: Option<PathBuf>,
        format: Option<FormatArg>,
        report: Option<PathBuf>,
        table_csv: Option<PathBuf>,
    }

    /// `pingfen score`: reads the suite (any format the app reads) and the answers (any format,
    /// other tools' too), scores with progress on stderr, writes what `outputs` asks for,
    /// prints the leaderboard, and with `--fail-under` fails (exit 3) when a model is below.
    /// Answers in JSONL stream (see `stream`) unless the scorebook or the report, which hold
    /// every answer, are asked for.
    fn score_files(locale: Locale, suite_path: &std::path::Path, answer_paths: &[PathBuf], outputs: &Outputs, fail_under: Option<f64>) -> Result<()> {
        use pingfen::core::io::files::Loaded;
        let t = |message: Message| message.text(locale);
        let suite = match read_any(locale, suite_path, "score")? {
            Loaded::Suite(suite) => *suite,
            _ => return Err(fail(locale, msg!("cli-not-suite", file = suite_path.display().to_string()))),
        };
        let segmenter = segmenter(locale)?;
        let write = |path: &std::path::Path, bytes: &[u8]| -> Result<()> {
            std::fs::write(path, bytes).with_context(|| t(msg!("cli-cannot-write", file = path.display().to_string())))
        };
        let streamed = outputs.scorebook.is_none() && outputs.report.is_none() && answer_paths.iter().all(|path| stream::streams(path));
        let (table, models) = if streamed {
            let items = outputs.items.as_deref().map(|path| match table_format(path, outputs.format) {
                FormatArg::Csv => stream::ItemsFile::Csv(path),
                FormatArg::Json => stream::ItemsFile::Json(path),
                FormatArg::Xlsx => stream::ItemsFile::Xlsx(path),
            });
            let tallied = stream::score(locale, &suite, &segmenter, answer_paths, items, progress(locale))?;
            (tallied.table, tallied.models)
        } else {
            let limit = pingfen::core::model::limits::MAX_FILE_BYTES;
            for path in answer_paths {
                let large = std::fs::metadata(path).is_ok_and(|meta| meta.len() > limit as u64);
                if large && stream::streams(path) {
                    eprintln!("{}", t(msg!("cli-score-stream-hint", file = path.display().to_string(), limit = limit >> 20)));
                }
            }
            let mut all = Vec::new();
            for path in answer_paths {
                let file = path.display().to_string();
                let parsed = match read_any(locale, path, "score")? {
                    Loaded::Answers(answers) => answers,
                    Loaded::Foreign(foreign) => placed(locale, &file, &foreign, &suite)?,
                    _ => return Err(fail(locale, msg!("cli-not-answers", file = file))),
                };
                let problems = pingfen::core::model::answers::problems(&file, &parsed, &suite);
                if !problems.is_empty() {
                    return Err(input_problems(locale, "score", &file, &problems));
                }
                all.extend(parsed);
            }
            let session = Session::new(suite.clone(), all);
            let automatic = pingfen::core::scoring::score_all_with(&segmenter, &session.suite, &session.answers, progress(locale));
            let results = results::from_automatic(&session, automatic);
            let created = now_iso8601();
            if let Some(path) = &outputs.scorebook {
                write(path, Scorebook::new(&session, &results, &created).to_json()?.as_bytes())?;
            }
            if let Some(path) = &outputs.items {
                write(path, &table_bytes(&export::item_scores(&results), path, outputs.format)?)?;
            }
            if let Some(path) = &outputs.report {
                write(path, pingfen::core::report::html(&session, &results, locale, &created).as_bytes())?;
            }
            (results.table, results.models)
        };
        // Answers carry no overrides: only a person in the app overrides a score.
        let overridden = |_: &str| 0;
        if let Some(path) = &outputs.leaderboard {
            let view = pingfen::core::aggregate::BoardView::default();
            write(path, &table_bytes(&export::leaderboard_of_table(&suite, &table, &models, overridden, locale, view), path, outputs.format)?)?;
        }
        if let Some(path) = &outputs.table_csv {
            write(path, export::to_csv(&export::scores_long(&table))?.as_bytes())?;
        }
        let rows = pingfen::core::aggregate::leaderboard(&suite, &table, &models, pingfen::core::aggregate::SortKey::Overall);
        print_leaderboard(locale, &rows)?;
        let written = outputs.scorebook.as_ref().map_or_else(|| "-".to_owned(), |p| p.display().to_string());
        eprintln!("{}", t(msg!("cli-scored", models = models.len(), items = suite.items.len(), out = written)));
        if let Some(bar) = fail_under {
            let below: Vec<String> = rows
                .iter()
                .filter(|row| row.overall.is_none_or(|score| score < bar))
                .map(|row| format!("{} ({})", row.model, row.overall.map_or_else(|| "–".to_owned(), |s| format!("{s:.1}"))))
                .collect();
            if !below.is_empty() {
                let message = t(msg!("cli-below-gate", bar = format!("{bar}"), count = below.len(), models = below.join(", ")));
                return Err(anyhow::Error::new(BelowGate(message)));
            }
        }
        Ok(())
    }

    /// Another tool's answers placed on `suite`'s items; what was left out is listed on stderr.
    fn placed(locale: Locale, file: &str, foreign: &pingfen::core::io::foreign::Foreign, suite: &Suite) -> Result<Vec<pingfen::core::model::answers::Answer>> {
        let t = |message: Message| message.text(locale);
        let matched = foreign.answers_for(suite);
        if matched.answers.is_empty() {
            let problem = pingfen::core::io::foreign::nothing_placed(file, foreign.tool.name(), foreign.records.len());
            return Err(input_problems(locale, "score", file, &[problem]));
        }
        eprintln!(
            "pingfen score: {}", // i18n-exempt: the command's name before a worded line
            t(msg!("notice-foreign-placed", name = file, tool = foreign.tool.name(), by_id = matched.by_id, by_prompt = matched.by_prompt, unplaced = matched.unplaced.len()))
        );
        for note in pingfen::core::io::foreign::notes(&matched.unplaced, foreign.model_from_name.as_deref()) {
            eprintln!("pingfen score: {file}: {}", t(note)); // i18n-exempt: command and file before a worded line
        }
        Ok(matched.answers)
    }

    /// Progress on stderr for runs long enough to wait for: every tenth of the answers.
    fn progress(locale: Locale) -> impl FnMut(usize, usize) {
        let mut shown = 0;
        move |done, total| {
            if total >= 2_000 && done * 10 / total > shown {
                shown = done * 10 / total;
                eprintln!("{}", msg!("cli-score-progress", done = done, total = total).text(locale));
            }
        }
    }

    /// A table as the file `path` asks for (`format`, else its extension; CSV otherwise).
    fn table_bytes(table: &export::Table, path: &std::path::Path, format: Option<FormatArg>) -> Result<Vec<u8>> {
        Ok(match table_format(path, format) {
            FormatArg::Csv => export::to_csv(table)?.into_bytes(),
            FormatArg::Xlsx => export::to_xlsx(std::slice::from_ref(table))?,
            FormatArg::Json => export::to_json(table)?.into_bytes(),
        })
    }

    /// The format a table is written in: `format`, else the extension of `path`; CSV otherwise.
    fn table_format(path: &std::path::Path, format: Option<FormatArg>) -> FormatArg {
        let extension = path.extension().and_then(OsStr::to_str).map(str::to_ascii_lowercase);
        format.unwrap_or(match extension.as_deref() {
            Some("xlsx") => FormatArg::Xlsx,
            Some("json") => FormatArg::Json,
            _ => FormatArg::Csv,
        })
    }

    /// The leaderboard on stdout, best first: rank, the score over both languages, each
    /// language's composite, the model.
    fn print_leaderboard(locale: Locale, rows: &[pingfen::core::aggregate::Row]) -> Result<()> {
        use pingfen::core::i18n::text;
        let score = |s: Option<f64>| s.map_or_else(|| "–".to_owned(), |s| format!("{s:.1}"));
        let stdout = io::stdout();
        let mut out = stdout.lock();
        let header = [text(locale, "leaderboard-rank"), text(locale, "leaderboard-both"), text(locale, "language-zh"), text(locale, "language-en"), text(locale, "leaderboard-model")];
        writeln!(out, "{}", header.join("\t"))?;
        let mut rank = 0;
        let mut previous = None;
        for (index, row) in rows.iter().enumerate() {
            if previous != Some(row.overall) {
                rank = index + 1;
                previous = Some(row.overall);
            }
            let shown = if row.overall.is_some() { rank.to_string() } else { "–".to_owned() };
            writeln!(out, "{shown}\t{}\t{}\t{}\t{}", score(row.overall), score(row.zh.composite), score(row.en.composite), row.model)?;
        }
        Ok(())
    }

    /// `pingfen circular SUITE --out FILE`: the suite with every choice item asked in each turn
    /// of its options, for CircularEval (the report then scores it both ways).
    fn circular_suite(locale: Locale, path: &std::path::Path, out: &std::path::Path) -> Result<()> {
        use pingfen::core::io::files::Loaded;
        let suite = match read_any(locale, path, "circular")? {
            Loaded::Suite(suite) => *suite,
            _ => return Err(fail(locale, msg!("cli-not-suite", file = path.display().to_string()))),
        };
        let expanded = pingfen::core::model::circular::expand(&suite);
        let json = serde_json::to_string_pretty(&expanded)?;
        std::fs::write(out, json + "\n").with_context(|| msg!("cli-cannot-write", file = out.display().to_string()).text(locale))?;
        let turned = expanded.items.iter().filter(|i| i.rotation.as_ref().is_some_and(|r| r.turn == 0)).count();
        eprintln!("{}", msg!("cli-circular-written", items = turned, turns = expanded.items.len() - suite.items.len() + turned, out = out.display().to_string()).text(locale));
        Ok(())
    }

    /// `pingfen draft-suite FILE`: a suite from another tool's answers file (its prompts and
    /// gold answers), written as suite JSON to review and edit.
    fn draft_suite(locale: Locale, path: &std::path::Path, out: &std::path::Path) -> Result<()> {
        use pingfen::core::io::files::Loaded;
        let file = path.display().to_string();
        let foreign = match read_any(locale, path, "draft-suite")? {
            Loaded::Foreign(foreign) => foreign,
            _ => return Err(fail(locale, msg!("cli-not-foreign", file = file))),
        };
        let suite = foreign.draft_suite().map_err(|problems| input_problems(locale, "draft-suite", &file, &problems))?;
        let json = serde_json::to_string_pretty(&suite)?;
        std::fs::write(out, json + "\n").with_context(|| msg!("cli-cannot-write", file = out.display().to_string()).text(locale))?;
        let kinds = |kind| suite.items.iter().filter(|i| i.kind == kind).count();
        use pingfen::core::model::suite::ItemKind;
        let message = msg!(
            "cli-drafted",
            items = suite.items.len(),
            choice = kinds(ItemKind::Choice),
            reference = kinds(ItemKind::Reference),
            open = kinds(ItemKind::Open),
            tool = foreign.tool.name(),
            out = out.display().to_string()
        );
        eprintln!("{}", message.text(locale));
        Ok(())
    }

    /// A scorebook (rater file) from disk; its problems are printed under `command`'s name.
    fn read_scorebook(locale: Locale, path: &std::path::Path, command: &str) -> Result<Session> {
        match read_any(locale, path, command)? {
            pingfen::core::io::files::Loaded::Session(session) => Ok(*session),
            _ => Err(fail(locale, msg!("cli-not-scorebook", file = path.display().to_string()))),
        }
    }

    /// Prints `problems` under `command`'s name and returns the error that ends the command.
    pub(crate) fn input_problems(locale: Locale, command: &str, file: &str, problems: &[pingfen::core::Problem]) -> anyhow::Error {
        for problem in problems {
            eprintln!("{}", msg!("cli-problem", command = command, problem = problem.describe(locale)).text(locale));
        }
        fail(locale, msg!("cli-file-problems", file = file, count = problems.len()))
    }

    /// Any file Pingfen opens: a suite, answers or a scorebook.
    fn read_any(locale: Locale, path: &std::path::Path, command: &str) -> Result<pingfen::core::io::files::Loaded> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).with_context(|| msg!("cli-cannot-read", file = file.as_str()).text(locale))?;
        pingfen::core::io::files::read(&file, &bytes).map_err(|problems| input_problems(locale, command, &file, &problems))
    }

    /// What of a file a link carries.
    #[derive(Clone, Copy)]
    enum Part<'a> {
        Whole,
        /// A scorebook's results, without its answers' text.
        WithoutAnswers,
        /// One rater's work in a scorebook.
        Rater(&'a str),
    }

    /// `pingfen link encode FILE`: the share link of a suite, of a scorebook, of its results
    /// without the answers' text (`--without-answers`) or of one rater's work in it
    /// (`--rater`), printed on stdout.
    fn encode_link(locale: Locale, path: &std::path::Path, part: Part<'_>, base: &str) -> Result<()> {
        use pingfen::core::io::files::Loaded;
        use pingfen::core::io::link::{self, Shared};
        let t = |message: Message| message.text(locale);
        let file = path.display().to_string();
        let shared = match (read_any(locale, path, "link")?, part) {
            (Loaded::Suite(suite), Part::Whole) => Shared::Suite(suite),
            (Loaded::Session(session), Part::Whole) => Shared::Scorebook(session),
            (Loaded::Session(session), Part::WithoutAnswers) => {
                let automatic = pingfen::core::scoring::score_all(&segmenter(locale)?, &session.suite, &session.answers);
                Shared::Results(Box::new(pingfen::core::results::Withheld::of(&session, &automatic)))
            }
            (Loaded::Withheld(withheld), Part::Whole | Part::WithoutAnswers) => Shared::Results(withheld),
            (Loaded::Session(session), Part::Rater(rater)) => {
                if !session.raters.iter().any(|r| r.name == rater) && !session.ratings.iter().any(|r| r.rater == rater) {
                    return Err(fail(locale, msg!("cli-link-no-such-rater", file = file, rater = rater)));
                }
                let work = pingfen::core::human::merge::RaterWork::of(&session, rater)?;
                Shared::Rater(Box::new(work))
            }
            (Loaded::Suite(_), _) => return Err(fail(locale, msg!("cli-not-scorebook", file = file))),
            (Loaded::Withheld(_), Part::Rater(_)) => return Err(fail(locale, msg!("cli-link-not-shareable", file = file))),
            (Loaded::Answers(_) | Loaded::RaterWork(_) | Loaded::Foreign(_) | Loaded::Judged(_), _) => return Err(fail(locale, msg!("cli-link-not-shareable", file = file))),
        };
        let fragment = link::encode(&shared).map_err(|detail| fail(locale, msg!("cli-link-failed", detail = detail)))?;
        let url = format!("{base}#{fragment}");
        println!("{url}");
        eprintln!("{}", t(msg!("cli-link-written", file = file, length = pingfen::core::format::count(url.chars().count()))));
        Ok(())
    }

    /// `pingfen link decode URL`: what a link carries, written as the file it came from (a
    /// rater's work as a rater file, which needs its suite: `--suite`).
    fn decode_link(locale: Locale, text: &str, suite: Option<&std::path::Path>, out: Option<&std::path::Path>) -> Result<()> {
        use pingfen::core::io::files::Loaded;
        use pingfen::core::io::link::{self, Shared};
        let t = |message: Message| message.text(locale);
        let name = t(msg!("link-name"));
        let shared = link::decode(&name, text).map_err(|problems| input_problems(locale, "link", &name, &problems))?;
        let json = match shared {
            Shared::Suite(suite) => serde_json::to_string_pretty(&suite)?,
            Shared::Scorebook(session) => {
                let results = results::compute(&session, &segmenter(locale)?);
                Scorebook::new(&session, &results, &now_iso8601()).to_json()?
            }
            Shared::Results(withheld) => Scorebook::new(&withheld.session, &withheld.results(), &now_iso8601()).withheld(Some(&withheld.automatic)).to_json()?,
            Shared::Rater(work) => {
                let Some(path) = suite else { return Err(fail(locale, msg!("cli-link-needs-suite"))) };
                let suite = match read_any(locale, path, "link")? {
                    Loaded::Suite(suite) => *suite,
                    Loaded::Session(session) => session.suite,
                    Loaded::Withheld(withheld) => withheld.session.suite,
                    Loaded::Answers(_) | Loaded::RaterWork(_) | Loaded::Foreign(_) | Loaded::Judged(_) => {
                        return Err(fail(locale, msg!("cli-link-not-a-suite", file = path.display().to_string())));
                    }
                };
                let session = match work.into_session(&suite) {
                    Ok(session) => session,
                    Err(pingfen::core::human::merge::Refusal::DifferentSuite { loaded, incoming }) => {
                        let file = path.display().to_string();
                        return Err(fail(locale, msg!("cli-different-suite", file = name, incoming = incoming, loaded = format!("{loaded} ({file})"))));
                    }
                };
                let problems = session.problems(&name);
                if !problems.is_empty() {
                    return Err(input_problems(locale, "link", &name, &problems));
                }
                let results = results::compute(&session, &segmenter(locale)?);
                Scorebook::new(&session, &results, &now_iso8601()).to_json()?
            }
        };
        match out {
            Some(out) => {
                std::fs::write(out, json).with_context(|| t(msg!("cli-cannot-write", file = out.display().to_string())))?;
                eprintln!("{}", t(msg!("cli-link-read", out = out.display().to_string())));
            }
            None => println!("{json}"),
        }
        Ok(())
    }

    fn merge_files(locale: Locale, paths: &[PathBuf], out: &std::path::Path) -> Result<()> {
        let t = |message: Message| message.text(locale);
        let read = |path: &PathBuf| read_scorebook(locale, path, "merge");
        let mut session = read(&paths[0])?;
        for path in &paths[1..] {
            let file = path.display().to_string();
            match pingfen::core::human::merge::merge(&mut session, read(path)?) {
                Err(pingfen::core::human::merge::Refusal::DifferentSuite { loaded, incoming }) => {
                    return Err(fail(locale, msg!("cli-different-suite", file = file, incoming = incoming, loaded = loaded)));
                }
                Ok(report) => {
                    eprintln!(
                        "{}",
                        t(msg!("cli-merged-file", file = file.as_str(), counts = report.counts()))
                    );
                    for conflict in &report.conflicts {
                        eprintln!("  {}", t(conflict_message(conflict)));
                    }
                }
            }
        }
        let results = results::compute(&session, &segmenter(locale)?);
        std::fs::write(out, Scorebook::new(&session, &results, &now_iso8601()).to_json()?)
            .with_context(|| t(msg!("cli-cannot-write", file = out.display().to_string())))?;
        for progress in &results.human.progress {
            let line = msg!(
                "cli-progress",
                rater = progress.rater.as_str(),
                rated = progress.rated,
                to_rate = progress.to_rate,
                voted = progress.voted,
                to_vote = progress.to_vote
            );
            eprintln!("  {}", t(line));
        }
        // Three decimals: the CLI is for the organiser checking agreement closely.
        let stat = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.3}"));
        for agreement in &results.human.agreement {
            let line = msg!(
                "cli-agreement",
                criterion = agreement.criterion.as_str(),
                min = agreement.min,
                max = agreement.max,
                raters = agreement.raters.len(),
                answers = agreement.pairable,
                nominal = stat(agreement.alpha_nominal),
                ordinal = stat(agreement.alpha_ordinal),
                interval = stat(agreement.alpha_interval),
                fleiss = stat(agreement.fleiss),
                fleiss_answers = agreement.fleiss_units
            );
            eprintln!("  {}", t(line));
        }
        eprintln!("{}", t(msg!("cli-merged", files = paths.len(), out = out.display().to_string())));
        Ok(())
    }

    /// One merge conflict, worded.
    fn conflict_message(conflict: &pingfen::core::human::merge::Conflict) -> Message {
        let (kind, kept, ignored) = conflict.worded();
        msg!("cli-conflict", kind = kind, key = conflict.key.as_str(), kept = kept, ignored = ignored)
    }

    /// The current time as ISO 8601 UTC (the core has no clock; the CLI does).
    fn now_iso8601() -> String {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let (days, rest) = (seconds / 86_400, seconds % 86_400);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// One line of `pingfen extract-choice` input.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct ChoiceInput {
        id: serde_json::Value,
        text: String,
        options: String,
        #[serde(default)]
        option_texts: Option<std::collections::BTreeMap<String, String>>,
        #[serde(default)]
        multi: bool,
    }

    #[derive(Serialize)]
    struct ChoiceOutput<'a> {
        id: &'a serde_json::Value,
        #[serde(flatten)]
        extraction: choice::Extraction,
    }

    fn extract_choice_lines(locale: Locale) -> Result<()> {
        each_jsonl_line(locale, "extract-choice", CHOICE_INPUT, |input: ChoiceInput, out| {
            let letters = input.options.trim();
            if letters.is_empty() || !letters.chars().all(|c| c.is_ascii_alphabetic()) {
                return Err(msg!("cli-choice-bad-options").text(locale));
            }
            let options = Options { letters, texts: input.option_texts.as_ref(), multi: input.multi };
            let extraction = choice::extract(&input.text, options);
            let output = ChoiceOutput { id: &input.id, extraction };
            serde_json::to_writer(&mut *out, &output).map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())
        })
    }

    /// Runs `handle` on every JSONL line of stdin; a bad line is reported with its number and
    /// skipped, and the command then fails at the end.
    fn each_jsonl_line<T: serde::de::DeserializeOwned>(
        locale: Locale,
        command: &str,
        shape: &str,
        mut handle: impl FnMut(T, &mut dyn Write) -> std::result::Result<(), String>,
    ) -> Result<()> {
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        let mut failures = 0usize;
        for (index, line) in io::stdin().lock().lines().enumerate() {
            let number = index + 1;
            let outcome = match line {
                Err(error) => Err(msg!("cli-line-not-utf8", detail = error.to_string()).text(locale)),
                Ok(line) if line.trim().is_empty() => continue,
                Ok(line) => serde_json::from_str::<T>(&line)
                    .map_err(|error| msg!("cli-line-bad-json", detail = error.to_string(), shape = shape).text(locale))
                    .and_then(|input| handle(input, &mut out)),
            };
            if let Err(message) = outcome {
                eprintln!("{}", msg!("cli-line-failed", command = command, line = number, message = message).text(locale));
                failures += 1;
            }
        }
        out.flush()?;
        if failures > 0 {
            return Err(fail(locale, msg!("cli-lines-failed", count = failures)));
        }
        Ok(())
    }

    #[derive(Serialize)]
    struct MetricsOutput<'a> {
        id: &'a serde_json::Value,
        metrics: &'a standard::StandardScores,
    }

    fn metrics_lines(locale: Locale, norm: pingfen::core::text::Normalize) -> Result<()> {
        let segmenter = segmenter(locale)?;
        each_jsonl_line(locale, "metrics", METRICS_INPUT, |input: MetricsInput, out| {
            if input.references.is_empty() {
                return Err(msg!("cli-metrics-no-references").text(locale));
            }
            let scores = standard::score(&segmenter, input.lang, &input.hypothesis, &input.references, norm);
            serde_json::to_writer(&mut *out, &MetricsOutput { id: &input.id, metrics: &scores })
                .map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn every_command_and_option_is_described_in_every_language() {
            for locale in Locale::ALL {
                let root = command(locale);
                let english = command(Locale::En);
                let mut commands = vec![(&root, &english)];
                commands.extend(root.get_subcommands().zip(english.get_subcommands()));
                for (command, english) in commands {
                    let name = command.get_name();
                    let about = command.get_about().map(|about| about.to_string());
                    assert!(about.as_deref().is_some_and(|about| !about.starts_with("cli-help-")), "{name} in {locale:?}");
                    if locale.is_chinese() {
                        assert_ne!(about, english.get_about().map(|about| about.to_string()), "{name} in {locale:?}");
                    }
                    for arg in command.get_arguments() {
                        let help = arg.get_help().map(|help| help.to_string());
                        assert!(help.is_some_and(|help| !help.starts_with("cli-help-")), "{name} {} in {locale:?}", arg.get_id());
                        for value in arg.get_possible_values().iter().filter(|value| value.get_help().is_some()) {
                            assert!(!value.get_help().unwrap().to_string().starts_with("cli-help-"), "{name} {}", value.get_name());
                        }
                    }
                }
            }
        }

        #[test]
        fn the_described_tokenizer_values_still_parse() {
            let matches = command(Locale::ZhHant).try_get_matches_from(["pingfen", "tokenize", "--tokenizer", "rouge-zh"]).unwrap();
            let cli = Cli::from_arg_matches(&matches).unwrap();
            assert!(matches!(cli.command, Command::Tokenize { tokenizer: Some(TokenizerArg::RougeZh), .. }));
            assert!(command(Locale::En).try_get_matches_from(["pingfen", "tokenize", "--tokenizer", "rouge"]).is_err());
        }

        #[test]
        fn the_environment_picks_the_language() {
            let locale = |vars: &[(&str, &str)]| {
                environment_locale(|name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned()))
            };
            assert_eq!(locale(&[]), Locale::En);
            assert_eq!(locale(&[("LANG", "zh_TW.UTF-8")]), Locale::ZhHant);
            assert_eq!(locale(&[("LANG", "zh_HK.UTF-8@stroke")]), Locale::ZhHant);
            assert_eq!(locale(&[("LANG", "zh_CN.UTF-8")]), Locale::ZhHans);
            assert_eq!(locale(&[("LANG", "zh_TW.UTF-8"), ("LC_MESSAGES", "zh_CN.GB18030")]), Locale::ZhHans);
            assert_eq!(locale(&[("LANG", "zh_TW.UTF-8"), ("LC_ALL", "C")]), Locale::En, "the first set variable decides");
            assert_eq!(locale(&[("LANG", "zh_TW.UTF-8"), ("LC_ALL", "")]), Locale::ZhHant, "an empty variable is not set");
            assert_eq!(locale(&[("LANG", "fr_FR.UTF-8")]), Locale::En);
            assert_eq!(locale(&[("LANG", "zh_CN.UTF-8"), ("PINGFEN_LANG", "zh-Hant")]), Locale::ZhHant);
            assert_eq!(locale(&[("LANG", "zh_CN.UTF-8"), ("PINGFEN_LANG", "zh-TW")]), Locale::ZhHant);
            assert_eq!(locale(&[("LANG", "zh_TW.UTF-8"), ("PINGFEN_LANG", "zh")]), Locale::ZhHans);
            assert_eq!(locale(&[("LANG", "zh_TW.UTF-8"), ("PINGFEN_LANG", "klingon")]), Locale::ZhHant, "unknown: ignored");
        }
    }
}
