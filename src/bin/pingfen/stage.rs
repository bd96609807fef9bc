//! `pingfen stage DIR`: the last step of a web build (Trunk's post-build hook), on the files it
//! is about to publish.
//!
//! 1. jieba's dictionary asset is written beside the app;
//! 2. the engine worker's files get content-hashed names (Trunk names workers plainly, so a
//!    cached old engine could meet a new page), and the page learns the loader's name from a
//!    `<meta name="pingfen-engine">`;
//! 3. the service worker (`www/sw.js`) is written with the list of every file and a version
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
