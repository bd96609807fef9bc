//! The native CLI as scripts call it.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The variables that choose the CLI's language.
const LOCALE_VARS: [&str; 4] = ["PINGFEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// Runs the CLI in English, whatever the machine's locale.
fn pingfen(args: &[&str], stdin: &[u8]) -> Output {
    pingfen_with(args, stdin, &[])
}

/// Runs the CLI with only `locale` of the language variables set.
fn pingfen_with(args: &[&str], stdin: &[u8], locale: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pingfen"));
    for name in LOCALE_VARS {
        command.env_remove(name);
    }
    let mut child = command
        .envs(locale.iter().copied())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn help_and_version() {
    let help = pingfen(&["--help"], b"");
    assert!(help.status.success());
    for command in ["tokenize", "detect", "dictionary"] {
        assert!(stdout(&help).contains(command), "{}", stdout(&help));
    }
    let version = pingfen(&["--version"], b"");
    assert_eq!(stdout(&version).trim(), format!("pingfen {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_speaks_the_language_of_the_environment() {
    let help = |locale: &[(&str, &str)]| stdout(&pingfen_with(&["--help"], b"", locale));
    let english = help(&[]);
    assert!(english.contains("Write the self-contained HTML report of a scorebook"), "{english}");
    assert!(english.contains("Split text into words: jieba-rs for Chinese, word boundaries for English"), "{english}");
    assert!(english.contains("Print version"), "{english}");
    // Taiwan's locale: Traditional, as written there; the names of commands stay.
    let traditional = help(&[("LANG", "zh_TW.UTF-8")]);
    assert!(traditional.contains("report          寫出評分簿的獨立 HTML 報告"), "{traditional}");
    assert!(traditional.contains("為大型語言模型的中英文回答評分"), "{traditional}");
    assert!(!traditional.contains("scorebook"), "{traditional}");
    let simplified = help(&[("LANG", "zh_TW.UTF-8"), ("PINGFEN_LANG", "zh-Hans")]);
    assert!(simplified.contains("report          写出评分簿的独立 HTML 报告"), "{simplified}");
    assert!(simplified.contains("显示版本"), "{simplified}");
    // A command's options, and the values of an option, are described too.
    let out = pingfen_with(&["tokenize", "--help"], b"", &[("LANG", "zh_HK.UTF-8")]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("--tokenizer <TOKENIZER>"), "{}", stdout(&out));
    assert!(stdout(&out).contains("rouge-zh: Pingfen 的中文 ROUGE 詞元"), "{}", stdout(&out));
    assert!(stdout(&out).contains("每行輸出一個 JSON 物件"), "{}", stdout(&out));
    // Mistakes on the command line still fail as clap makes them fail.
    let out = pingfen_with(&["report"], b"", &[("LANG", "zh_TW.UTF-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--out <OUT>"), "{}", stderr(&out));
}

#[test]
fn tokenize_plain_and_jsonl() {
    let out = pingfen(&["tokenize"], "我来到北京清华大学\nDon't panic!\n".as_bytes());
    assert!(out.status.success());
    assert_eq!(stdout(&out), "我 来到 北京 清华大学\nDon't panic !\n");

    let out = pingfen(&["tokenize", "--jsonl"], "What does 你好 mean?\n".as_bytes());
    let line: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(line["detected"], "mixed");
    assert_eq!(line["lang"], "zh");
    assert_eq!(line["tokens"], serde_json::json!(["What", "does", "你好", "mean", "?"]));
}

#[test]
fn raw_cut_follows_the_hmm_switch() {
    let text = "他来到了网易杭研大厦\n".as_bytes();
    assert_eq!(stdout(&pingfen(&["tokenize", "--cut", "hmm"], text)), "他 来到 了 网易 杭研 大厦\n");
    assert_eq!(stdout(&pingfen(&["tokenize", "--cut", "no-hmm"], text)), "他 来到 了 网易 杭 研 大厦\n");
}

#[test]
fn detect_each_line() {
    let out = pingfen(&["detect"], "香港大學\nhello world\n12345\n".as_bytes());
    assert_eq!(stdout(&out), "zh\nen\nnone\n");
}

#[test]
fn non_utf8_input_is_a_clear_error() {
    let gbk = [0xc4, 0xe3, 0xba, 0xc3, b'\n']; // 你好 in GBK
    let out = pingfen(&["tokenize"], &gbk);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not UTF-8"), "{stderr}");
}

#[test]
fn dictionary_writes_the_asset() {
    let dir = std::env::temp_dir().join(format!("pingfen-cli-{}", std::process::id()));
    let out = pingfen(&["dictionary", "--out-dir", dir.to_str().unwrap()], b"");
    assert!(out.status.success());
    let path = stdout(&out).trim().to_owned();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(bytes, pingfen::core::text::Dictionary::EMBEDDED.bytes);
    assert!(path.ends_with(pingfen::core::text::Dictionary::FILE_NAME));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn metrics_scores_each_line_and_names_bad_lines() {
    let input = concat!(
        r#"{"id": "a", "lang": "zh", "hypothesis": "北京是中国的首都。", "references": ["中国的首都是北京。"]}"#, "\n",
        "this is not json\n",
        r#"{"id": "b", "lang": "en", "hypothesis": "The answer is 42.", "references": ["42"]}"#, "\n",
        r#"{"id": "c", "lang": "en", "hypothesis": "x", "references": []}"#, "\n",
    );
    let out = pingfen(&["metrics"], input.as_bytes());
    assert!(!out.status.success(), "bad lines make the exit code non-zero");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 2:") && stderr.contains("line 4:"), "{stderr}");
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "the good lines still ran");
    assert_eq!(lines[0]["id"], "a");
    let metrics = &lines[0]["metrics"];
    for name in ["bleu", "chrf", "chrf++", "rouge1", "rouge2", "rougeL", "rougeLsum", "em", "f1", "char_f1", "numeric"] {
        let score = metrics[name]["score"].as_f64().unwrap_or_else(|| panic!("{name} missing"));
        assert!((0.0..=100.0).contains(&score), "{name} = {score}");
        assert!(metrics[name]["signature"].as_str().unwrap().contains("version:pingfen-"));
    }
    assert!(metrics["rougeL"]["precision"].is_number() && metrics["rougeL"]["recall"].is_number());
    assert!(metrics["bleu"]["signature"].as_str().unwrap().contains("tok:zh"));
    assert_eq!(lines[1]["metrics"]["numeric"]["score"], 100.0);
    assert!(lines[1]["metrics"]["bleu"]["signature"].as_str().unwrap().contains("tok:13a"));
}

#[test]
fn extract_choice_reports_choice_and_rule() {
    let input = concat!(
        r#"{"id": 1, "text": "综上，选B。", "options": "ABCD"}"#, "\n",
        r#"{"id": 2, "text": "Answer: A, C", "options": "ABCD", "multi": true}"#, "\n",
        r#"{"id": 3, "text": "I'm not sure.", "options": "ABCD"}"#, "\n",
        r#"{"id": 4, "options": "ABCD"}"#, "\n",
    );
    let out = pingfen(&["extract-choice"], input.as_bytes());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 4:"));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["choice"], "B");
    assert_eq!(lines[1]["choice"], "AC");
    assert!(lines[2]["choice"].is_null());
    assert!(lines.iter().all(|l| l["rule"].is_string()));
    assert_eq!(lines[0]["confidence"], "decision", "{}", lines[0]);
    assert_eq!(lines[1]["confidence"], "explicit");
    let span = lines[0]["span"].as_array().expect("a span");
    assert!(span[0].as_u64() < span[1].as_u64());
    assert!(lines[0]["evidence"].as_str().unwrap().contains('B'));
}

#[test]
fn merge_combines_rater_files_and_reports_agreement() {
    let dir = std::env::temp_dir().join(format!("pingfen-merge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let golden: serde_json::Value = serde_json::from_str(include_str!("../www/samples/sample.scorebook.json")).unwrap();
    let models: Vec<String> = golden["results"]["models"].as_array().unwrap().iter().map(|m| m.as_str().unwrap().to_owned()).collect();
    let rater_file = |name: &str, value: &dyn Fn(usize) -> i64| {
        let mut book = golden.clone();
        book["raters"] = serde_json::json!([{ "name": name, "seed": 7 }]);
        let mut ratings = Vec::new();
        for (n, model) in models.iter().enumerate() {
            for item in ["zh-create-01", "en-create-01", "zh-role-01"] {
                ratings.push(serde_json::json!({ "rater": name, "model": model, "item": item, "criterion": "quality", "value": value(n) }));
            }
        }
        book["ratings"] = serde_json::Value::Array(ratings);
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, book.to_string()).unwrap();
        path.display().to_string()
    };
    let bob = rater_file("Bob", &|n| 1 + n as i64);
    let carol = rater_file("Carol", &|n| 1 + n as i64);
    let out = dir.join("merged.json").display().to_string();
    let output = pingfen(&["merge", &bob, &carol, "--out", &out], b"");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("15 ratings, 0 votes, 0 answers added"), "{stderr}");
    assert!(stderr.contains("Carol: 15 / 90 ratings"), "{stderr}");
    assert!(stderr.contains("agreement on quality (1–7), 2 raters, 15 answers: alpha nominal 1.000"), "{stderr}");
    let merged: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(merged["ratings"].as_array().unwrap().len(), 30);
    let human = merged["results"]["items"].as_array().unwrap().iter().filter(|s| s["source"] == "human").count();
    assert_eq!(human, 15);

    // A conflicting file is merged with the conflict listed; a suite file is refused.
    let carol_again = rater_file("Carol", &|n| 7 - n as i64);
    let output = pingfen(&["merge", &out, &carol_again, "--out", &out], b"");
    assert!(String::from_utf8_lossy(&output.stderr).contains("conflict (rating) Carol"), "{}", String::from_utf8_lossy(&output.stderr));
    let suite = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample-suite.json");
    let output = pingfen(&["merge", &out, suite, "--out", &out], b"");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a scorebook"));
    std::fs::remove_dir_all(&dir).ok();
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn messages_follow_the_system_locale() {
    let input = concat!(r#"{"id": "a", "lang": "en", "hypothesis": "x", "references": []}"#, "\n");
    // Taiwan's locale: Traditional Chinese, as written there.
    let out = pingfen_with(&["metrics"], input.as_bytes(), &[("LANG", "zh_TW.UTF-8")]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("pingfen metrics：第 1 行：\"references\" 是空的；請至少提供一則參考答案"), "{}", stderr(&out));
    assert!(stderr(&out).contains("有 1 行無法處理（見上方）"), "{}", stderr(&out));
    let gbk = [0xc4, 0xe3, 0xba, 0xc3, b'\n'];
    let out = pingfen_with(&["tokenize"], &gbk, &[("LANG", "zh_TW.UTF-8")]);
    assert!(stderr(&out).contains("標準輸入不是 UTF-8 文字"), "{}", stderr(&out));
    // Mainland China's: Simplified. LC_ALL outranks LANG; PINGFEN_LANG outranks both.
    let out = pingfen_with(&["tokenize"], &gbk, &[("LANG", "en_US.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")]);
    assert!(stderr(&out).contains("标准输入不是 UTF-8 文本"), "{}", stderr(&out));
    let out = pingfen_with(&["tokenize"], &gbk, &[("LANG", "zh_CN.UTF-8"), ("PINGFEN_LANG", "zh-Hant")]);
    assert!(stderr(&out).contains("標準輸入不是 UTF-8 文字"), "{}", stderr(&out));
    let out = pingfen_with(&["tokenize"], &gbk, &[("LANG", "zh_TW.UTF-8"), ("LC_ALL", "C")]);
    assert!(stderr(&out).contains("stdin is not UTF-8 text"), "{}", stderr(&out));
}

#[test]
fn problems_in_input_files_are_described_in_the_locale() {
    let dir = std::env::temp_dir().join(format!("pingfen-cli-problems-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let answers = dir.join("broken.jsonl");
    std::fs::write(&answers, "{\"model\": \"M\", \"item\": \"zh-01\", \"answer\": \"B\"}\n{oops}\n").unwrap();
    let suite = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample-suite.json");
    let out_file = dir.join("out.json");
    let args = ["score", "--suite", suite, "--answers", answers.to_str().unwrap(), "--out", out_file.to_str().unwrap()];
    let out = pingfen_with(&args, b"", &[("LANG", "zh_TW.UTF-8")]);
    assert!(!out.status.success());
    let text = stderr(&out);
    assert!(text.contains(&format!("pingfen score：{}，第 2 行：無法解析", answers.display())), "{text}");
    assert!(text.contains(&format!("{}：有 1 個問題（見上方）；未寫入任何檔案", answers.display())), "{text}");
    assert!(!out_file.exists(), "nothing was written");
    let out = pingfen(&args, b"");
    assert!(stderr(&out).contains(&format!("pingfen score: {}, line 2: ", answers.display())), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("{}: 1 problem (see above); nothing was written", answers.display())), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn report_speaks_the_language_of_lang() {
    let dir = std::env::temp_dir().join(format!("pingfen-cli-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let book = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample.scorebook.json");
    let html = dir.join("report.html");
    let html_path = html.to_str().unwrap();
    // --lang outranks the environment.
    let out = pingfen_with(&["report", book, "--out", html_path, "--lang", "zh-Hant"], b"", &[("LANG", "en_US.UTF-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out).trim(), format!("pingfen report：{book} → {html_path}"));
    assert!(std::fs::read_to_string(&html).unwrap().contains(r#"<html lang="zh-Hant">"#));
    // The old `--lang zh` still means Simplified; an unknown language is refused by name.
    let out = pingfen(&["report", book, "--out", html_path, "--lang", "zh"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&html).unwrap().contains(r#"<html lang="zh-Hans">"#));
    let out = pingfen(&["report", book, "--out", html_path, "--lang", "fr"], b"");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("en, zh-Hans or zh-Hant"), "{}", stderr(&out));
    // Problems in the file are worded in the report's language too.
    let suite = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample-suite.json");
    let out = pingfen(&["report", suite, "--out", html_path, "--lang", "zh-Hant"], b"");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("不是評分簿（評分者檔案）"), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn link_encode_and_decode_round_trip_suites_and_rater_work() {
    let dir = std::env::temp_dir().join(format!("pingfen-link-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = |name: &str| dir.join(name).display().to_string();
    // A suite: the link opens the page given, and reads back to a file that links the same.
    let output = pingfen(&["link", "encode", "www/samples/sample-suite.json", "--base", "https://example.org/pingfen/"], b"");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let url = stdout(&output).trim().to_owned();
    assert!(url.starts_with("https://example.org/pingfen/#pf1.suite."), "{url}");
    assert!(String::from_utf8_lossy(&output.stderr).contains(&format!("{} characters", thousands(url.len()))));
    assert!(pingfen(&["link", "decode", &url, "--out", &path("suite.json")], b"").status.success());
    let again = pingfen(&["link", "encode", &path("suite.json"), "--base", "https://example.org/pingfen/"], b"");
    assert_eq!(stdout(&again).trim(), url);

    // One rater's work out of a scorebook, back as a rater file of the suite given.
    let mut book: serde_json::Value = serde_json::from_str(include_str!("../www/samples/sample.scorebook.json")).unwrap();
    let model = book["results"]["models"][0].as_str().unwrap().to_owned();
    book["raters"] = serde_json::json!([{ "name": "Dana", "seed": 3 }, { "name": "Eli", "seed": 4 }]);
    book["ratings"] = serde_json::json!([
        { "rater": "Dana", "model": model, "item": "zh-create-01", "criterion": "quality", "value": 6, "comment": "清楚" },
        { "rater": "Eli", "model": model, "item": "zh-create-01", "criterion": "quality", "value": 2 },
    ]);
    std::fs::write(path("book.json"), book.to_string()).unwrap();
    let output = pingfen(&["link", "encode", &path("book.json"), "--rater", "Dana"], b"");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let rater_url = stdout(&output).trim().to_owned();
    assert!(rater_url.contains("#pf1.rater."), "{rater_url}");
    assert!(rater_url.len() < url.len() / 4, "a rater's link names the suite, it does not carry it: {}", rater_url.len());
    let without_suite = pingfen(&["link", "decode", &rater_url], b"");
    assert!(!without_suite.status.success());
    assert!(String::from_utf8_lossy(&without_suite.stderr).contains("--suite"));
    let decoded = pingfen(&["link", "decode", &rater_url, "--suite", "www/samples/sample-suite.json", "--out", &path("dana.json")], b"");
    assert!(decoded.status.success(), "{}", String::from_utf8_lossy(&decoded.stderr));
    let dana: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path("dana.json")).unwrap()).unwrap();
    assert_eq!(dana["ratings"].as_array().unwrap().len(), 1, "Eli's rating stays out of Dana's link");
    assert_eq!(dana["ratings"][0]["comment"], "清楚");
    assert_eq!(dana["raters"][0]["name"], "Dana");
    // The book's results without its answers' text: a smaller link, read back as a scorebook
    // with the same leaderboard that keeps its scores (and links the same again).
    let whole = stdout(&pingfen(&["link", "encode", &path("book.json")], b"")).trim().to_owned();
    let output = pingfen(&["link", "encode", &path("book.json"), "--without-answers"], b"");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let results_url = stdout(&output).trim().to_owned();
    assert!(results_url.contains("#pf1.results.") && results_url.len() < whole.len(), "{} against {}", results_url.len(), whole.len());
    assert!(pingfen(&["link", "decode", &results_url, "--out", &path("results.json")], b"").status.success());
    let results: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path("results.json")).unwrap()).unwrap();
    let scored = pingfen(&["link", "decode", &whole, "--out", &path("whole.json")], b"");
    assert!(scored.status.success());
    let whole_book: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path("whole.json")).unwrap()).unwrap();
    assert_eq!(results["results"]["table"], whole_book["results"]["table"], "the same leaderboard");
    assert!(results["automatic"].as_array().is_some_and(|a| !a.is_empty()), "its scores are kept");
    assert!(results["answers"].as_array().unwrap().iter().all(|a| a["answer"] == "…" || a["answer"] == ""));
    let again = pingfen(&["link", "encode", &path("results.json")], b"");
    assert_eq!(stdout(&again).trim(), results_url);
    // Unknown rater, hostile link: refused, saying why.
    let nobody = pingfen(&["link", "encode", &path("book.json"), "--rater", "Zed"], b"");
    assert!(!nobody.status.success() && String::from_utf8_lossy(&nobody.stderr).contains("Zed"));
    let cut = pingfen(&["link", "decode", &url[..url.len() - 30]], b"");
    assert!(!cut.status.success() && String::from_utf8_lossy(&cut.stderr).contains("incomplete"), "{}", String::from_utf8_lossy(&cut.stderr));
}

fn thousands(n: usize) -> String {
    pingfen::core::format::count(n)
}

mod pipeline {
    //! `pingfen score` in a CI job: any suite format, other tools' answers, tables in three
    //! formats, the leaderboard on stdout, exit codes a job can act on.

    use super::{pingfen, stderr};

    fn dir(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("pingfen-pipeline-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    const SUITE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample-suite.json");
    const ANSWERS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample-answers.jsonl");
    const PROMPTFOO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tools/promptfoo/results.json");

    #[test]
    fn a_csv_suite_scores_and_the_leaderboard_goes_to_stdout() {
        let dir = dir("csv");
        let suite = dir.join("課堂.csv");
        std::fs::write(&suite, "题号,题目,选项,答案\nq1,1+1=?,A. 1|B. 2,B\nq2,首都?,A. 北京|B. 上海,A\n").unwrap();
        let answers = dir.join("a.csv");
        std::fs::write(&answers, "model,item,answer\nM1,q1,B\nM1,q2,A\nM2,q1,A\nM2,q2,A\n").unwrap();
        let out = pingfen(&["score", "--suite", suite.to_str().unwrap(), "--answers", answers.to_str().unwrap()], b"");
        assert!(out.status.success(), "{}", stderr(&out));
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines[0], "Rank\tBoth languages\tChinese\tEnglish\tModel");
        // 1+1=? is an English item (no Chinese in it): M2 missed it.
        assert_eq!(lines[1], "1\t100.0\t100.0\t100.0\tM1");
        assert_eq!(lines[2], "2\t50.0\t100.0\t0.0\tM2");
    }

    #[test]
    fn tables_are_written_in_the_format_asked_and_numbers_stay_numbers() {
        let dir = dir("formats");
        let path = |name: &str| dir.join(name).display().to_string();
        let args = [
            "score", "--suite", SUITE, "--answers", ANSWERS, "--out", &path("book.json"),
            "--leaderboard", &path("board.json"), "--items", &path("items.xlsx"), "--report", &path("report.html"),
        ];
        let out = pingfen(&args, b"");
        assert!(out.status.success(), "{}", stderr(&out));
        let board: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path("board.json")).unwrap()).unwrap();
        let rows = board.as_array().unwrap();
        assert_eq!(rows.len(), 5, "one row per sample model");
        assert!(rows[0]["Both languages"].is_number() && rows[0]["Model"].is_string(), "{}", rows[0]);
        let items = std::fs::read(path("items.xlsx")).unwrap();
        assert_eq!(&items[..2], b"PK", "a workbook");
        assert!(std::fs::read_to_string(path("report.html")).unwrap().contains("<html"));
        // --format wins over the extension.
        let args = ["score", "--suite", SUITE, "--answers", ANSWERS, "--items", &path("items.txt"), "--format", "csv"];
        assert!(pingfen(&args, b"").status.success());
        assert!(std::fs::read_to_string(path("items.txt")).unwrap().starts_with("model,item,score,source"));
        // The same stdout table as the scorebook's leaderboard: the sample's best model first.
        let book: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path("book.json")).unwrap()).unwrap();
        assert!(book["results"]["models"].as_array().unwrap().iter().any(|m| m == rows[0]["Model"].as_str().unwrap()));
    }

    #[test]
    fn exit_codes_tell_input_problems_usage_and_a_failed_gate_apart() {
        let ok = pingfen(&["score", "--suite", SUITE, "--answers", ANSWERS, "--fail-under", "0"], b"");
        assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
        let gate = pingfen(&["score", "--suite", SUITE, "--answers", ANSWERS, "--fail-under", "99.5"], b"");
        assert_eq!(gate.status.code(), Some(3));
        assert!(stderr(&gate).contains("below --fail-under 99.5"), "{}", stderr(&gate));
        let usage = pingfen(&["score", "--suite", SUITE], b"");
        assert_eq!(usage.status.code(), Some(2));
        let dir = dir("codes");
        let bad = dir.join("bad.jsonl");
        std::fs::write(&bad, "{oops}\n").unwrap();
        let input = pingfen(&["score", "--suite", SUITE, "--answers", bad.to_str().unwrap()], b"");
        assert_eq!(input.status.code(), Some(1));
        assert!(stderr(&input).contains("line 1"), "{}", stderr(&input));
        let not_suite = pingfen(&["score", "--suite", ANSWERS, "--answers", ANSWERS], b"");
        assert_eq!(not_suite.status.code(), Some(1));
        assert!(stderr(&not_suite).contains("not a suite"), "{}", stderr(&not_suite));
    }

    #[test]
    fn other_tools_answers_score_and_what_meets_no_item_is_listed() {
        let out = pingfen(&["score", "--suite", SUITE, "--answers", PROMPTFOO], b"");
        assert!(out.status.success(), "{}", stderr(&out));
        let stdout = String::from_utf8(out.stdout.clone()).unwrap();
        assert!(stdout.lines().any(|l| l.ends_with("\tTutor")) && stdout.lines().any(|l| l.ends_with("\tEcho")), "{stdout}");
        let err = stderr(&out);
        assert!(err.contains("2 placed by item id, 6 by prompt text; 2 left out"), "{err}");
        assert_eq!(err.matches("What is the boiling point").count(), 2, "{err}");
    }

    #[test]
    fn help_and_messages_follow_lang() {
        let help = pingfen(&["score", "--help", "--lang", "zh-Hant"], b"");
        let text = String::from_utf8(help.stdout).unwrap();
        assert!(text.contains("結束代碼") && text.contains("評測套件"), "{text}");
        let help = pingfen(&["--lang=zh-Hans", "--help"], b"");
        assert!(String::from_utf8(help.stdout).unwrap().contains("用其他工具的回答文件起草评测套件"));
        let gate = pingfen(&["score", "--suite", SUITE, "--answers", ANSWERS, "--fail-under", "99.5", "--lang", "zh-Hans"], b"");
        assert!(stderr(&gate).contains("低于 --fail-under 99.5"), "{}", stderr(&gate));
    }

    #[test]
    fn a_suite_drafted_from_a_tools_file_scores_that_file() {
        let dir = dir("draft");
        let suite = dir.join("draft.json");
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tools/opencompass/predictions/internlm2-chat-7b/pingfen_en.json");
        let drafted = pingfen(&["draft-suite", file, "--out", suite.to_str().unwrap()], b"");
        assert!(drafted.status.success(), "{}", stderr(&drafted));
        assert!(stderr(&drafted).contains("4 items from OpenCompass (1 multiple choice, 3 reference, 0 open)"), "{}", stderr(&drafted));
        let scored = pingfen(&["score", "--suite", suite.to_str().unwrap(), "--answers", file], b"");
        assert!(scored.status.success(), "{}", stderr(&scored));
        assert!(stderr(&scored).contains("0 left out") || !stderr(&scored).contains("left out"), "{}", stderr(&scored));
        let not_tool = pingfen(&["draft-suite", ANSWERS, "--out", suite.to_str().unwrap()], b"");
        assert_eq!(not_tool.status.code(), Some(1));
    }

    #[test]
    fn a_suite_expanded_for_circular_eval_is_scored_both_ways_in_the_report() {
        let dir = dir("circular");
        let expanded = dir.join("circular.json");
        let out = pingfen(&["circular", SUITE, "--out", expanded.to_str().unwrap()], b"");
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("24 multiple-choice items in 96 turns"), "{}", stderr(&out));
        let suite: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&expanded).unwrap()).unwrap();
        let items = suite["items"].as_array().unwrap();
        assert_eq!(items.len(), 74 - 24 + 96);
        // Two models on every turn: one always says A, one knows every answer.
        let mut lines = Vec::new();
        for item in items.iter().filter(|i| i.get("rotation").is_some()) {
            let (id, answer) = (item["id"].as_str().unwrap(), item["answer"].as_str().unwrap());
            lines.push(serde_json::json!({"model": "always-a", "item": id, "answer": "The answer is A."}).to_string());
            lines.push(serde_json::json!({"model": "knows", "item": id, "answer": format!("The answer is {answer}.")}).to_string());
        }
        let answers = dir.join("answers.jsonl");
        std::fs::write(&answers, lines.join("\n")).unwrap();
        let report = dir.join("report.html");
        let scored = pingfen(&["score", "--suite", expanded.to_str().unwrap(), "--answers", answers.to_str().unwrap(), "--report", report.to_str().unwrap()], b"");
        assert!(scored.status.success(), "{}", stderr(&scored));
        let html = std::fs::read_to_string(&report).unwrap();
        assert!(html.contains("CircularEval"), "the report has the section");
        assert!(html.contains(r#"data-model="always-a"><th scope="row">always-a</th>"#) && html.contains(r#"data-circular-score="0.0""#), "always A passes no item in every turn");
        assert!(html.contains(r#"data-circular-score="100.0""#), "knowing every answer passes every item");
        assert!(html.contains("A (100 %)"), "always A's letter");
    }

    /// The sample's answers as lines, to cut, reorder and spoil.
    fn sample_lines() -> Vec<String> {
        std::fs::read_to_string(ANSWERS).unwrap().lines().filter(|l| !l.trim().is_empty()).map(str::to_owned).collect()
    }

    /// `score` with `answers` written as files in `dir`: streamed (no --out), then through
    /// the whole session (--out); each run's leaderboard, long table, item scores and stdout.
    fn both_ways(dir: &std::path::Path, answers: &[Vec<String>], items: &str) -> [(String, String, String, String); 2] {
        let mut args: Vec<String> = vec!["score".into(), "--suite".into(), SUITE.into()];
        for (n, lines) in answers.iter().enumerate() {
            let file = dir.join(format!("answers-{n}.jsonl"));
            std::fs::write(&file, lines.join("\n") + "\n").unwrap();
            args.extend(["--answers".into(), file.display().to_string()]);
        }
        [false, true].map(|whole| {
            let path = |name: &str| dir.join(format!("{}-{name}", if whole { "whole" } else { "streamed" })).display().to_string();
            let mut args = args.clone();
            args.extend(["--leaderboard".into(), path("board.csv"), "--table-csv".into(), path("long.csv"), "--items".into(), path(items)]);
            if whole {
                args.extend(["--out".into(), path("book.json")]);
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = pingfen(&args, b"");
            assert!(out.status.success(), "{}", stderr(&out));
            let read = |name: &str| std::fs::read_to_string(path(name)).unwrap();
            (read("board.csv"), read("long.csv"), read(items), String::from_utf8(out.stdout).unwrap())
        })
    }

    #[test]
    fn streamed_answers_score_as_the_whole_session_does() {
        let dir = dir("streamed");
        let [streamed, whole] = both_ways(&dir, &[sample_lines()], "items.json");
        assert_eq!(streamed, whole, "the sample in its own order: the same tables, row for row");
        assert!(streamed.2.contains("\"source\": \"metric\""), "{}", &streamed.2[..200]);
        // Lines left out and the rest reversed: the numbers are the same, and the rows are the
        // same rows in the answers' order, the unanswered items last.
        let mut lines = sample_lines();
        let dropped: Vec<String> = lines.iter().step_by(7).cloned().collect();
        lines.retain(|line| !dropped.contains(line));
        lines.reverse();
        let [streamed, whole] = both_ways(&dir, &[lines.clone()], "items.csv");
        assert_eq!((&streamed.0, &streamed.1, &streamed.3), (&whole.0, &whole.1, &whole.3));
        let rows = |text: &str| {
            let mut rows: Vec<String> = text.lines().skip(1).map(str::to_owned).collect();
            rows.sort();
            rows
        };
        assert_eq!(rows(&streamed.2), rows(&whole.2));
        let streamed_rows: Vec<&str> = streamed.2.lines().skip(1).collect();
        let missing = streamed_rows.iter().filter(|row| row.contains(",missing")).count();
        assert!(missing >= dropped.len(), "{missing} missing rows for {} dropped answers", dropped.len());
        assert!(streamed_rows[..lines.len()].iter().all(|row| !row.contains("missing")), "answered rows first");
        assert!(streamed_rows[lines.len()..].iter().all(|row| row.contains("missing")), "then the unanswered items");
    }

    #[test]
    fn a_later_file_answers_again_as_in_the_app() {
        let dir = dir("rerun");
        let lines = sample_lines();
        // A second file re-runs one model with every answer blanked: its answers replace the first's.
        let model = "Aurora-7B (sample)";
        let rerun: Vec<String> = lines
            .iter()
            .filter(|line| line.contains(model))
            .map(|line| {
                let mut answer: serde_json::Value = serde_json::from_str(line).unwrap();
                answer["answer"] = serde_json::Value::from("");
                answer.to_string()
            })
            .collect();
        let [streamed, whole] = both_ways(&dir, &[lines, rerun], "items.csv");
        assert_eq!((&streamed.0, &streamed.1, &streamed.3), (&whole.0, &whole.1, &whole.3));
        let line = streamed.3.lines().find(|l| l.ends_with(model)).unwrap();
        let both: f64 = line.split('\t').nth(1).unwrap().parse().unwrap();
        assert!(both < 30.0, "the blank re-run scores, not the first run's 77.6: {}", streamed.3);
    }

    #[test]
    fn a_streamed_file_with_problems_names_each_and_leaves_nothing_written() {
        let dir = dir("stream-problems");
        let mut lines = sample_lines();
        lines.insert(3, lines[1].clone());
        lines.insert(10, r#"{"model": "M", "item": "no-such-item", "answer": "x"}"#.to_owned());
        lines.insert(20, format!(r#"{{"model": "M", "item": "x", "answer": "{}"}}"#, "长".repeat(700_000)));
        lines.push("not json".to_owned());
        let answers = dir.join("answers.jsonl");
        std::fs::write(&answers, lines.join("\n")).unwrap();
        let items = dir.join("items.csv");
        let args = ["score", "--suite", SUITE, "--answers", answers.to_str().unwrap(), "--items", items.to_str().unwrap()];
        let out = pingfen(&args, b"");
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        for expected in ["repeats answer 2", "no-such-item", "line 21", "bytes", &format!("line {}", lines.len()), "4 problems"] {
            assert!(err.contains(expected), "{expected:?} in {err}");
        }
        assert!(!items.exists() && !dir.join("items.csv.part").exists(), "nothing is left written");
    }
}

#[test]
fn the_readmes_pipeline_block_runs() {
    let readme = include_str!("../README.md");
    let section = &readme[readme.find("## Use in a pipeline").expect("the section")..];
    let block = &section[section.find("```sh\n").unwrap() + 6..];
    let block = &block[..block.find("```").unwrap()];
    // Commands as written: continuation lines joined, comments dropped.
    let joined = block.replace("\\\n", " ");
    let commands: Vec<&str> = joined.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert!(commands.len() >= 4, "{commands:?}");
    for command in commands {
        let args: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(args[0], "pingfen", "{command}");
        let out = Command::new(env!("CARGO_BIN_EXE_pingfen")).args(&args[1..]).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
        assert!(out.status.success(), "{command}: {}", String::from_utf8_lossy(&out.stderr));
        if args[1] == "score" {
            assert!(String::from_utf8_lossy(&out.stdout).lines().count() >= 2, "{command}: a leaderboard on stdout");
        }
    }
    let board = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/target/leaderboard.xlsx")).unwrap();
    assert_eq!(&board[..2], b"PK");
}
