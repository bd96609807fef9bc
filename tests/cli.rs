//! The native CLI as scripts call it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn pingfen(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pingfen"))
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
    assert_eq!(bytes, pingfen::core::text::Dictionary::EMBEDDED.gzip);
    assert!(path.ends_with(pingfen::core::text::Dictionary::FILE_NAME));
    std::fs::remove_dir_all(dir).unwrap();
}
