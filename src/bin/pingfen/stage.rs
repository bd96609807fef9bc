//! `pingfen stage DIR`: the last step of a web build (Trunk's post-build hook), on the files it
//! is about to publish.
//!
//! 1. jieba's dictionary asset is written beside the app;
//! 2. the engine worker's files get content-hashed names (Trunk names workers plainly, so a
//!    cached old engine could meet a new page), and the page learns the loader's name from a
//!    `<meta name="pingfen-engine">`;
//! 3. the page gets its Content-Security-Policy (a `<meta>`, since GitHub Pages sets no
//!    headers): its own origin only, WebAssembly, and the inline scripts Trunk wrote, by hash;
//! 4. the service worker (`www/sw.js`) is written with the list of every file and a version
//!    derived from their contents: a changed file is a new version, offered as an update.

use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};
use pingfen::core::i18n::{msg, Message};
use pingfen::core::text::Dictionary;

const WORKER: &str = "pingfen-engine";
const SERVICE_WORKER: &str = include_str!("../../../www/sw.js");

// Files are named by content: a changed byte renames.
use pingfen::core::stats::fnv1a;

/// What `stage` did: the loader's name and the service worker's version.
pub struct Staged {
    pub loader: String,
    pub version: String,
    pub files: usize,
}

/// The page's Content-Security-Policy for `index`: nothing but its own origin (no CDN, no
/// other server, ever), WebAssembly compiled, its inline scripts by their SHA-256, images from
/// itself and from `data:`/`blob:` URLs (QR codes, charts as pictures), no plugins, no forms,
/// no other base URL. Styles come from its own stylesheet only: no inline styles.
pub fn policy(index: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let mut hashes = Vec::new();
    let mut rest = index;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else { break };
        if !tag.contains(" src=") {
            let digest = sha2::Sha256::digest(body[..close].as_bytes());
            hashes.push(format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        rest = &body[close..];
    }
    [
        "default-src 'self'".to_owned(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")).trim_end().to_owned(),
        "style-src 'self'".to_owned(),
        // i18n-exempt: a policy directive
        "img-src 'self' data: blob:".to_owned(),
        "connect-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'self'".to_owned(),
        "form-action 'none'".to_owned(),
    ]
    .join("; ")
}

/// `index` with its policy as the first thing in its head (a policy covers only what follows it).
fn with_policy(index: &str) -> Option<String> {
    let policy = policy(index);
    let charset = index.find("<meta charset")?;
    let after = charset + index[charset..].find('>')? + 1;
    Some(format!("{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />{}", &index[..after], &index[after..]))
}

/// `t` words the build's problems in the messages' language.
pub fn stage(dir: &Path, t: &dyn Fn(Message) -> String) -> Result<Staged> {
    let read = |name: &str| fs::read(dir.join(name)).with_context(|| format!("{}", dir.join(name).display()));
    fs::write(dir.join(Dictionary::FILE_NAME), Dictionary::EMBEDDED.bytes).with_context(|| format!("{}", dir.display()))?;

    // The engine's glue and wasm, renamed by their joint content; the loader rewritten to match.
    let (glue, wasm) = (read(&format!("{WORKER}.js"))?, read(&format!("{WORKER}_bg.wasm"))?);
    let hash = format!("{:016x}", fnv1a(&[glue.as_slice(), wasm.as_slice()].concat()));
    let (glue_name, wasm_name, loader) = (format!("{WORKER}-{hash}.js"), format!("{WORKER}-{hash}_bg.wasm"), format!("{WORKER}-{hash}_loader.js"));
    fs::rename(dir.join(format!("{WORKER}.js")), dir.join(&glue_name))?;
    fs::rename(dir.join(format!("{WORKER}_bg.wasm")), dir.join(&wasm_name))?;
    let _ = fs::remove_file(dir.join(format!("{WORKER}_loader.js")));
    fs::write(dir.join(&loader), format!("importScripts(\"./{glue_name}\");\nwasm_bindgen(\"./{wasm_name}\");\n"))?;

    let index = String::from_utf8(read("index.html")?).with_context(|| t(msg!("cli-stage-not-utf8", file = "index.html")))?;
    let Some(head_end) = index.find("</head>") else { bail!(t(msg!("cli-stage-no-head", file = "index.html"))) };
    let index = format!("{}    <meta name=\"pingfen-engine\" content=\"./{loader}\" />\n  {}", &index[..head_end], &index[head_end..]);
    let index = with_policy(&index).with_context(|| t(msg!("cli-stage-no-head", file = "index.html")))?;
    fs::write(dir.join("index.html"), &index)?;

    // Every file published, then the service worker that keeps them.
    let mut names: Vec<String> = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_file() && name != "sw.js" && !name.starts_with('.') {
            names.push(name);
        }
    }
    names.sort();
    let mut contents = Vec::new();
    for name in &names {
        contents.extend_from_slice(name.as_bytes());
        contents.extend_from_slice(&fnv1a(&read(name)?).to_le_bytes());
    }
    let version = format!("{:016x}", fnv1a(&contents));
    let files: Vec<String> = std::iter::once("./".to_owned()).chain(names.iter().map(|name| format!("./{name}"))).collect();
    let script = SERVICE_WORKER.replace("__PINGFEN_VERSION__", &version).replace("__PINGFEN_FILES__", &serde_json::to_string(&files)?);
    fs::write(dir.join("sw.js"), script)?;
    Ok(Staged { loader, version, files: files.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_the_inline_script_by_hash_and_nothing_from_elsewhere() {
        let index = "<html><head><meta charset=\"utf-8\" />\n<script type=\"module\">\nlet a = 1;\n</script><script src=\"x.js\"></script></head></html>";
        let staged = with_policy(index).unwrap();
        let policy = policy(index);
        // sha256 of the script's text, as `python3 -c "hashlib.sha256(b'\nlet a = 1;\n')"` gives.
        assert!(policy.contains("'sha256-wCpX6PRaV2tYabHPuD0EVrhGyeiYQpOhQOJ8OhOtDwA='"), "{policy}");
        assert_eq!(policy.matches("sha256-").count(), 1, "a script with a src is allowed by 'self'");
        assert!(policy.contains("default-src 'self'") && policy.contains("'wasm-unsafe-eval'") && !policy.contains("unsafe-inline"));
        assert!(staged.find("Content-Security-Policy").unwrap() < staged.find("<script").unwrap(), "the policy comes before the scripts");
    }
}
