//! The message catalogue (src/core/i18n/<locale>/<area>.ftl) is complete and the code speaks
//! only through it:
//!
//! - every file parses, in every locale;
//! - every key exists in all three locales, with the same arguments;
//! - no key is defined twice;
//! - every key the code names exists;
//! - the interface code (src/ui, src/app) holds no user-visible literal text.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

#[path = "support/sources.rs"]
mod sources;
use sources::{code, rust_files};
use pingfen::core::i18n::{sources, Locale, AREAS};

type Catalogue = BTreeMap<String, BTreeSet<String>>;

/// The variables a pattern uses, nested selects and placeables included.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                inline_variables(positional, out);
            }
        }
        _ => {}
    }
}

/// Key → variables, for one locale; problems (syntax errors, duplicates) collected.
fn catalogue(locale: Locale, problems: &mut Vec<String>) -> Catalogue {
    let mut keys = Catalogue::new();
    for (area, source) in AREAS.iter().zip(sources(locale)) {
        let file = format!("src/core/i18n/{}/{area}.ftl", locale.as_str());
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(format!("{file}: syntax error {:?} at bytes {:?}", error.kind, error.pos));
                }
                resource
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut used = BTreeSet::new();
                    if let Some(value) = &message.value {
                        variables(value, &mut used);
                    } else {
                        problems.push(format!("{file}: {} has no value", message.id.name));
                    }
                    if keys.insert(message.id.name.to_owned(), used).is_some() {
                        problems.push(format!("{file}: {} is defined twice in {}", message.id.name, locale.as_str()));
                    }
                }
                ast::Entry::Junk { content } => problems.push(format!("{file}: cannot parse {content:?}")),
                _ => {}
            }
        }
    }
    keys
}

#[test]
fn every_key_is_in_every_locale_with_the_same_arguments() {
    let mut problems = Vec::new();
    let english = catalogue(Locale::En, &mut problems);
    assert!(english.len() > 100, "the catalogue holds the app's words ({} keys)", english.len());
    for locale in [Locale::ZhHans, Locale::ZhHant] {
        let other = catalogue(locale, &mut problems);
        for (key, arguments) in &english {
            match other.get(key) {
                None => problems.push(format!("{key}: missing in {}", locale.as_str())),
                Some(theirs) if theirs != arguments => {
                    problems.push(format!("{key}: arguments {arguments:?} in en, {theirs:?} in {}", locale.as_str()))
                }
                Some(_) => {}
            }
        }
        for key in other.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("{key}: in {} but not in en", locale.as_str()));
        }
    }
    assert!(problems.is_empty(), "{} catalogue problems:\n{}", problems.len(), problems.join("\n"));
}

/// The Traditional table is written as Traditional: its text has no character that exists
/// only in Simplified (a sample of common ones a converted or copied string would keep).
#[test]
fn the_traditional_table_is_traditional() {
    const SIMPLIFIED_ONLY: &str = "们个这为说时会对发过还进么经关点开长问题应该实现话语请让认识东车马门见书读写学习买卖钱电脑网络数据设计选项错误输载览页复评论计统显图标库设备确认删据档录环简体";
    let mut problems = Vec::new();
    for (area, source) in AREAS.iter().zip(sources(Locale::ZhHant)) {
        for (n, line) in source.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let found: String = line.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).collect();
            if !found.is_empty() {
                problems.push(format!("zh-Hant/{area}.ftl:{}: {found} in {line}", n + 1));
            }
        }
    }
    assert!(problems.is_empty(), "Simplified characters in the Traditional table:\n{}", problems.join("\n"));
}

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn every_key_the_code_names_exists() {
    let mut problems = Vec::new();
    let english = catalogue(Locale::En, &mut problems);
    let named = regex_lite::Regex::new(
        r#"(?:msg!\(\s*|i18n::text\([^,()]+,\s*|\btext\([^,()]+,\s*|Message::plain\(\s*|Message \{ key: |key: |failed\(|\{ )"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#,
    )
    .unwrap();
    let files = rust_files(&project("src"));
    let mut count = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (line, code) in code(&text) {
            for capture in named.captures_iter(&code) {
                count += 1;
                let key = &capture[1];
                if !english.contains_key(key) {
                    problems.push(format!("{}:{line}: key {key:?} is not in the catalogue", file.display()));
                }
            }
        }
    }
    assert!(count > 100, "the code names its messages ({count} found)");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What counts as words in interface code: Chinese characters in a string, English words in
/// an `html!` text node, a user-facing attribute or a sentence-like literal. Brand names,
/// metric names and identifiers are not words; a line may say why it is exempt with
/// `i18n-exempt: <reason>`.
fn literal_text(code: &str) -> Vec<String> {
    let strings = regex_lite::Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let mut found = Vec::new();
    for capture in strings.captures_iter(code) {
        let literal = &capture[1];
        let whole = capture.get(0).unwrap();
        let before = code[..whole.start()].trim_end();
        let han = literal.chars().any(|c| ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c));
        let words = regex_lite::Regex::new(r"[A-Za-z]{2,}").unwrap();
        // Words separated by white space (with punctuation before it): "two words", "Done. Next";
        // not "pingfen.session" or "text/html;charset=utf-8".
        let spaced_words = regex_lite::Regex::new(r"[A-Za-z]{2,}[,.:;!?]?\s+[A-Za-z]{2,}").unwrap();
        // Placeholders and markup are not words: `{}`, `<th class=\"num\">`, a tag cut in two
        // by a format argument (`"><td class="`).
        let without_placeholders = regex_lite::Regex::new(r"\{[^}]*\}").unwrap().replace_all(literal, "");
        let without_placeholders = regex_lite::Regex::new(r"<[^>]*>|^[^<]*>|<[^>]*$").unwrap().replace_all(&without_placeholders, " ");
        let attribute = ["title=", "aria-label=", "placeholder=", "alt=", "aria-description=", "label="].iter().any(|a| before.ends_with(a));
        // `<p>{ "text" }</p>`, or `{ "text" }` on a line of its own inside `html!` — not the
        // branches of `if x { "a" } else { "b" }`.
        let text_node = before.strip_suffix('{').is_some_and(|b| {
            let b = b.trim_end();
            b.is_empty() || b.ends_with('>')
        }) && code[whole.end()..].trim_start().starts_with('}');
        let css_or_id = ["class=", "id=", "data-testid=", "type=", "role=", "href=", "lang=", "for=", "name=", "key="].iter().any(|a| before.ends_with(a))
            || literal.contains("--")
            || literal.contains("__");
        if han
            || (attribute && words.is_match(literal))
            || (text_node && words.is_match(literal))
            || (!css_or_id && spaced_words.is_match(&without_placeholders) && !literal.contains("::"))
        {
            found.push(literal.to_owned());
        }
    }
    found
}

#[test]
fn interface_code_holds_no_literal_text() {
    let mut files = rust_files(&project("src/ui"));
    files.extend(rust_files(&project("src/app")));
    files.extend(rust_files(&project("src/bin")));
    files.extend(["src/core/report.rs", "src/core/charts.rs"].iter().map(|f| project(f)).filter(|f| f.exists()));
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (line, code) in code(&text) {
            let raw = |n: usize| text.lines().nth(n).is_some_and(|l| l.contains("i18n-exempt:"));
            if raw(line - 1) || raw(line.saturating_sub(2)) {
                continue;
            }
            if code.contains(".tr(") || code.contains("Legacy") {
                problems.push(format!("{}:{line}: the old two-language mechanism: {}", file.display(), code.trim()));
            }
            for literal in literal_text(&code) {
                problems.push(format!("{}:{line}: {literal:?}", file.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{} user-visible literals outside the catalogue:\n{}", problems.len(), problems.join("\n"));
}

/// The detector itself, on lines of the kinds it must catch and must let through.
#[test]
fn the_literal_detector_tells_words_from_identifiers() {
    for caught in [
        r#"<p>{ "Nothing loaded yet" }</p>"#,
        r#"<button title="Close the notice">"#,
        r#"let label = "导出评分簿";"#,
        r#"format!("{} ratings and {} votes", a, b)"#,
        r#"<span>{ "Retry" }</span>"#,
    ] {
        assert!(!literal_text(caught).is_empty(), "{caught}");
    }
    for passed in [
        r#"let class = if trouble { "badge badge--trouble" } else { "badge" };"#,
        r#"const KEY: &str = "pingfen.ui-lang";"#,
        r#"<div class="card card--wide" data-testid="save-status">"#,
        r#"text(l, "storage-title")"#,
        r#"format!("{} · {}", a, b)"#,
        r#"use crate::core::i18n::Locale;"#,
        r#"let url = format!("./{}", Dictionary::FILE_NAME);"#,
    ] {
        assert!(literal_text(passed).is_empty(), "{passed}: {:?}", literal_text(passed));
    }
}
