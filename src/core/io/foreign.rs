//! Answers as the tools people already run write them, told apart by their shape:
//! promptfoo's `-o results.json`, lm-evaluation-harness's `--log_samples` JSONL, OpenCompass's
//! prediction files and chat-style JSONL (`{"messages": […]}` ending in the assistant's
//! reply). Each answer keeps what it was asked, so it can be matched to a suite's item by its
//! id where the tool kept one, else by its prompt's text; a suite can be drafted from the
//! prompts and gold answers too.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::core::text::Normalize;

use crate::core::error::{Location, Problem};
use crate::core::i18n::{msg, Message};
use crate::core::model::answers::Answer;
use crate::core::model::suite::{Dimension, Item, ItemKind, Localized, Rubric, Subtask, Suite, SUITE_SCHEMA};
use crate::core::text::detect;

/// The tool a file came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tool {
    Promptfoo,
    LmEval,
    OpenCompass,
    Chat,
}

impl Tool {
    /// The tool's name as its users write it.
    pub fn name(self) -> &'static str {
        match self {
            Tool::Promptfoo => "promptfoo",
            Tool::LmEval => "lm-evaluation-harness",
            Tool::OpenCompass => "OpenCompass",
            Tool::Chat => "chat JSONL",
        }
    }
}

/// One answer as another tool wrote it, with what it was asked.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    /// Where it is in its file: a line, or an entry (1-based).
    pub at: usize,
    pub model: String,
    /// An item id the tool kept (a promptfoo variable, a chat line's `id`…).
    pub item: Option<String>,
    /// The prompt as the model got it (few-shot examples and options included).
    pub prompt: String,
    /// The question alone, where the tool kept it apart from the prompt (lm-eval's `doc`).
    pub question: Option<String>,
    pub answer: String,
    /// The expected answer, where the tool kept one.
    pub gold: Option<String>,
    /// Options by letter, where the tool kept them apart (lm-eval's `choices`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

/// A file of another tool's answers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Foreign {
    pub file: String,
    pub tool: Tool,
    pub records: Vec<Record>,
    /// The model name taken from the file's name or folder, when its lines name none: said,
    /// so a file saved as `gsm8k.json` is renamed rather than ranked as a model "gsm8k".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_from_name: Option<String>,
}

/// Which tool wrote a `.json` file, by its shape: promptfoo or OpenCompass (lm-eval and
/// chat files are JSONL).
fn json_tool(value: &Value) -> Option<Tool> {
    let object = value.as_object()?;
    let results = object.get("results").and_then(|r| r.get("results").or(Some(r))).and_then(Value::as_array);
    if results.is_some_and(|rows| rows.first().is_some_and(|row| row.get("provider").is_some() && row.get("response").is_some())) {
        return Some(Tool::Promptfoo);
    }
    let numbered = !object.is_empty() && object.keys().all(|key| key.parse::<usize>().is_ok());
    if numbered && object.values().all(|entry| entry.get("prediction").is_some()) {
        return Some(Tool::OpenCompass);
    }
    None
}

/// Which tool wrote a `.jsonl` file, by the shape of its first line (`None`: Pingfen's own).
pub fn jsonl_tool(text: &str) -> Option<Tool> {
    let first = text.trim_start_matches('\u{feff}').lines().find(|line| !line.trim().is_empty())?;
    let value: Value = serde_json::from_str(first).ok()?;
    if value.get("messages").is_some_and(Value::is_array) {
        Some(Tool::Chat)
    } else if value.get("doc").is_some() && (value.get("resps").is_some() || value.get("filtered_resps").is_some()) {
        Some(Tool::LmEval)
    } else {
        None
    }
}

/// The model a file's answers are by when its lines do not say: the folder the tool wrote
/// it to (lm-eval's `<output>/<model>/samples_<task>_<time>.jsonl`, OpenCompass's
/// `predictions/<model>/<dataset>.json`), else the file's name without its extension.
pub fn model_of_file(file: &str) -> String {
    let parts: Vec<&str> = file.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let name = parts.last().copied().unwrap_or(file);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let tool_named = stem.starts_with("samples_") || parts.iter().rev().nth(2).is_some_and(|p| *p == "predictions");
    match (tool_named, parts.len()) {
        (true, 2..) => parts[parts.len() - 2].to_owned(),
        _ => stem.to_owned(),
    }
}

/// Reads a `.json` file as another tool's answers when its shape is one (`None`: it is not).
pub fn from_json(file: &str, value: &Value) -> Option<Result<Foreign, Vec<Problem>>> {
    let tool = json_tool(value)?;
    let records = match tool {
        Tool::OpenCompass => opencompass(file, value),
        _ => promptfoo(file, value),
    };
    Some(records.map(|records| Foreign::new(file, tool, records)))
}

/// Reads a `.jsonl` file `jsonl_tool` recognised.
pub fn from_jsonl(file: &str, tool: Tool, text: &str) -> Result<Foreign, Vec<Problem>> {
    let model = model_of_file(file);
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = index + 1;
        let read = serde_json::from_str::<Value>(line).map_err(|e| e.to_string()).and_then(|value| match tool {
            Tool::Chat => chat_line(at, &model, &value),
            _ => lm_eval_line(at, &model, &value),
        });
        match read {
            Ok(record) => records.push(record),
            Err(detail) => problems.push(Problem::new(file, Location::Line { line: at }, msg!("problem-foreign-line", tool = tool.name(), detail = detail))),
        }
    }
    if problems.is_empty() { Ok(Foreign::new(file, tool, records)) } else { Err(problems) }
}

fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// A chat message's text: a string, or the text parts of a list of parts.
fn content_of(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Array(parts) => {
            let texts: Vec<&str> = parts.iter().filter_map(|p| p.get("text").and_then(Value::as_str).or(p.as_str())).collect();
            (!texts.is_empty()).then(|| texts.join("\n"))
        }
        _ => None,
    }
}

const ID_KEYS: [&str; 5] = ["item", "id", "item_id", "question_id", "qid"];
const GOLD_KEYS: [&str; 7] = ["gold", "answer", "reference", "expected", "target", "label", "ideal"];

fn first_text(object: Option<&Value>, keys: &[&str]) -> Option<String> {
    let object = object?;
    keys.iter().find_map(|key| object.get(key).and_then(text_of)).filter(|t| !t.trim().is_empty())
}

/// `{"messages": [{"role", "content"}…], "model"?, "id"?}`: the last assistant message is the
/// answer, the user messages before it the prompt (the last of them the question).
fn chat_line(at: usize, model: &str, value: &Value) -> Result<Record, String> {
    let messages = value.get("messages").and_then(Value::as_array).ok_or("no \"messages\" list")?;
    let reply = messages.iter().rposition(|m| m.get("role").and_then(Value::as_str) == Some("assistant")).ok_or("no message with the role \"assistant\"")?;
    let answer = content_of(&messages[reply]["content"]).ok_or("the assistant's message has no text")?;
    let asked: Vec<String> = messages[..reply]
        .iter()
        .filter(|m| m.get("role").and_then(Value::as_str) == Some("user"))
        .filter_map(|m| content_of(&m["content"]))
        .collect();
    let question = asked.last().cloned().ok_or("no user message before the assistant's")?;
    let metadata = value.get("metadata");
    Ok(Record {
        at,
        model: value.get("model").and_then(Value::as_str).map_or_else(|| model.to_owned(), str::to_owned),
        item: first_text(Some(value), &ID_KEYS).or_else(|| first_text(metadata, &ID_KEYS)),
        prompt: asked.join("\n\n"),
        question: Some(question),
        answer,
        gold: first_text(Some(value), &GOLD_KEYS).or_else(|| first_text(metadata, &GOLD_KEYS)),
        options: BTreeMap::new(),
    })
}

fn letter(index: usize) -> String {
    char::from(b'A' + (index as u8).min(25)).to_string()
}

/// A log-likelihood response `[logprob, is_greedy]` (numbers or strings).
fn loglikelihood(value: &Value) -> Option<f64> {
    let pair = value.as_array()?;
    let first = pair.first()?;
    first.as_f64().or_else(|| first.as_str()?.parse().ok())
}

/// One `--log_samples` line: `doc`, `target`, `arguments`, `resps`, `filtered_resps`. A
/// generated answer is the first filtered response; for a multiple-choice task (one
/// log-likelihood per option) the answer is the letter of the likeliest option.
fn lm_eval_line(at: usize, model: &str, value: &Value) -> Result<Record, String> {
    let responses = value.get("filtered_resps").or_else(|| value.get("resps")).and_then(Value::as_array).ok_or("no \"filtered_resps\" or \"resps\" list")?;
    // `resps` nests each response in a list of its own: [[…], […]].
    let flat: Vec<&Value> = responses.iter().map(|r| if value.get("filtered_resps").is_none() { r.get(0).unwrap_or(r) } else { r }).collect();
    // A multiple-choice task: one log-likelihood per option.
    let likelihoods: Option<Vec<f64>> = flat.iter().map(|r| loglikelihood(r)).collect::<Option<Vec<f64>>>().filter(|l| l.len() > 1);
    let doc = value.get("doc");
    let choices: Vec<String> = doc
        .and_then(|d| d.get("choices").or_else(|| d.get("options")))
        .and_then(Value::as_array)
        .map(|c| c.iter().filter_map(text_of).collect())
        .unwrap_or_default();
    let answer = match &likelihoods {
        Some(likelihoods) => {
            let best = likelihoods.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).map_or(0, |(i, _)| i);
            letter(best)
        }
        None => flat.first().and_then(|r| text_of(r).or_else(|| r.get(0).and_then(text_of))).ok_or("its first response is not text")?,
    };
    let arguments = value.get("arguments");
    // Newer versions: {"gen_args_0": {"arg_0": prompt, …}}; older: [[prompt, …], …].
    let prompt = arguments
        .and_then(|a| a.get("gen_args_0").and_then(|g| g.get("arg_0")).or_else(|| a.get(0).and_then(|g| g.get(0))))
        .and_then(text_of)
        .unwrap_or_default();
    let question = first_text(doc, &["question", "query", "problem", "input", "prompt", "instruction", "text"]);
    let target = value.get("target");
    let gold = match target {
        Some(Value::Number(n)) if !choices.is_empty() || likelihoods.is_some() => n.as_u64().map(|i| letter(i as usize)),
        Some(other) => text_of(other),
        None => None,
    };
    Ok(Record {
        at,
        model: model.to_owned(),
        item: first_text(doc, &ID_KEYS),
        prompt: if prompt.is_empty() { question.clone().unwrap_or_default() } else { prompt },
        question,
        answer,
        gold,
        options: choices.into_iter().enumerate().map(|(i, c)| (letter(i), c)).collect(),
    })
}


/// promptfoo's `results.json`: `results.results[]` with `provider`, `prompt.raw`,
/// `response.output`, `vars` and `testCase.assert`.
fn promptfoo(file: &str, value: &Value) -> Result<Vec<Record>, Vec<Problem>> {
    let rows = value["results"].get("results").unwrap_or(&value["results"]).as_array().cloned().unwrap_or_default();
    // Several prompts per provider are several columns in promptfoo's table: here, models.
    // (`promptIdx` counts prompt × provider; `promptId` is the prompt's own hash.)
    let prompts: std::collections::BTreeSet<String> =
        rows.iter().filter_map(|row| row.get("promptId").or_else(|| row["prompt"].get("label")).and_then(text_of)).collect();
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let at = index + 1;
        let provider = &row["provider"];
        let model = provider.get("label").and_then(Value::as_str).filter(|l| !l.is_empty()).or_else(|| provider.get("id").and_then(Value::as_str)).or(provider.as_str());
        let output = row.get("response").and_then(|r| r.get("output"));
        let answer = match output {
            Some(Value::String(text)) => Some(text.clone()),
            Some(other @ (Value::Object(_) | Value::Array(_))) => Some(other.to_string()),
            Some(other) => text_of(other),
            // A failed call: no answer, said as one.
            None => None,
        };
        let (Some(model), Some(answer)) = (model, answer) else {
            let detail = if model.is_none() { "no provider" } else { "no response output (did the call fail?)" };
            problems.push(Problem::new(file, Location::Field { field: format!("results.results[{index}]") }, msg!("problem-foreign-line", tool = Tool::Promptfoo.name(), detail = detail)));
            continue;
        };
        let vars = row.get("vars").or_else(|| row["testCase"].get("vars"));
        let asserted = row["testCase"]["assert"].as_array().and_then(|asserts| {
            asserts.iter().find_map(|a| {
                let kind = a.get("type").and_then(Value::as_str)?;
                matches!(kind, "equals" | "contains" | "icontains" | "starts-with" | "similar" | "levenshtein" | "rouge-n" | "bleu").then(|| a.get("value").and_then(text_of)).flatten()
            })
        });
        let model = match row["prompt"].get("label").and_then(Value::as_str) {
            Some(label) if prompts.len() > 1 => format!("{model} [{label}]"),
            _ => model.to_owned(),
        };
        records.push(Record {
            at,
            model,
            item: first_text(vars, &ID_KEYS).or_else(|| first_text(row["testCase"].get("metadata"), &ID_KEYS)),
            prompt: row["prompt"].get("raw").and_then(text_of).unwrap_or_default(),
            question: first_text(vars, &["question", "prompt", "query", "input"]),
            answer,
            gold: first_text(vars, &GOLD_KEYS).or(asserted),
            options: BTreeMap::new(),
        });
    }
    if problems.is_empty() { Ok(records) } else { Err(problems) }
}

/// OpenCompass's `predictions/<model>/<dataset>.json`: `{"0": {"origin_prompt", "prediction",
/// "gold"}, …}`; `origin_prompt` is text, or a list of `{"role", "prompt"}` turns.
fn opencompass(file: &str, value: &Value) -> Result<Vec<Record>, Vec<Problem>> {
    let model = model_of_file(file);
    let mut entries: Vec<(usize, &Value)> = value.as_object().into_iter().flatten().filter_map(|(k, v)| Some((k.parse().ok()?, v))).collect();
    entries.sort_by_key(|(index, _)| *index);
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for (index, entry) in entries {
        let prompt = match &entry["origin_prompt"] {
            Value::Array(turns) => {
                let human: Vec<String> = turns
                    .iter()
                    .filter(|t| t.get("role").and_then(Value::as_str).is_none_or(|r| r.eq_ignore_ascii_case("human") || r == "user"))
                    .filter_map(|t| t.get("prompt").or_else(|| t.get("content")).and_then(text_of))
                    .collect();
                human.join("\n\n")
            }
            other => text_of(other).unwrap_or_default(),
        };
        let Some(answer) = entry.get("prediction").and_then(|p| text_of(p).or_else(|| p.get(0).and_then(text_of))) else {
            problems.push(Problem::new(file, Location::Field { field: index.to_string() }, msg!("problem-foreign-line", tool = Tool::OpenCompass.name(), detail = "\"prediction\" is not text")));
            continue;
        };
        records.push(Record {
            at: index + 1,
            model: model.clone(),
            item: first_text(Some(entry), &["id", "item"]),
            prompt,
            question: None,
            answer,
            gold: entry.get("gold").and_then(|g| text_of(g).or_else(|| g.get(0).and_then(text_of))),
            options: BTreeMap::new(),
        });
    }
    if problems.is_empty() { Ok(records) } else { Err(problems) }
}

/// Text as prompts are compared: compatibility forms folded (full-width letters, ideographic
/// spaces), Traditional Chinese as Simplified (a Taiwanese teacher's 「詩聖」 asks what “诗圣”
/// asks), quotation marks as one, lower case, every run of white space one space.
pub fn normalized(text: &str) -> String {
    const STEPS: Normalize = Normalize { nfkc: true, t2s: true, lowercase: true, collapse_whitespace: true };
    STEPS.apply(text).chars().map(|c| if matches!(c, '「' | '」' | '『' | '』' | '“' | '”' | '‘' | '’' | '\'') { '"' } else { c }).collect()
}

/// How a prompt starts, on one line: what a person needs to find it in the file.
fn opening(prompt: &str) -> String {
    prompt.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(60).collect()
}

/// How a file's answers met a suite's items.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Matched {
    pub answers: Vec<Answer>,
    /// Answers placed by the item id their tool kept.
    pub by_id: usize,
    /// Answers placed by their prompt's text.
    pub by_prompt: usize,
    /// Answers placed nowhere.
    pub unplaced: Vec<Unplaced>,
}

/// What a person is told of a file's placement beyond its counts: that the model was named
/// after the file (as `model_from_name`), then each answer left out.
pub fn notes(unplaced: &[Unplaced], model_from_name: Option<&str>) -> Vec<Message> {
    let named = model_from_name.map(|model| msg!("notice-foreign-model-named", model = model));
    let left_out = unplaced.iter().map(|u| match &u.again {
        Some(item) => msg!("notice-foreign-again", at = u.at, prompt = u.prompt.as_str(), item = item.as_str()),
        None => msg!("notice-foreign-unplaced", at = u.at, prompt = u.prompt.as_str()),
    });
    named.into_iter().chain(left_out).collect()
}

/// The problem of a file of `tool`'s `count` answers none of which met the suite's items.
pub fn nothing_placed(file: &str, tool: &str, count: usize) -> Problem {
    Problem::new(file, Location::File, msg!("problem-foreign-none-placed", tool = tool, count = count))
}

/// An answer left out, where it is in its file and how its prompt starts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Unplaced {
    pub at: usize,
    pub prompt: String,
    /// The item it met, when its model had answered that item already (the first is kept).
    pub again: Option<String>,
}

impl Foreign {
    fn new(file: &str, tool: Tool, records: Vec<Record>) -> Foreign {
        let named = model_of_file(file);
        let model_from_name = records.iter().any(|r| r.model == named).then_some(named);
        Foreign { file: file.to_owned(), tool, records, model_from_name }
    }

    /// Its answers to `suite`'s items: by the item id the tool kept when the suite has it, else
    /// by prompt — the item whose prompt equals the answer's question or prompt, else the
    /// item whose prompt the answer's prompt contains (few-shot examples come first, so the
    /// one found last; the longest where several end there). Text is compared `normalized`.
    pub fn answers_for(&self, suite: &Suite) -> Matched {
        let ids: HashMap<&str, usize> = suite.items.iter().enumerate().map(|(i, item)| (item.id.as_str(), i)).collect();
        let prompts: Vec<String> = suite.items.iter().map(|item| normalized(&item.prompt)).collect();
        let mut exact: HashMap<&str, Option<usize>> = HashMap::new();
        for (i, prompt) in prompts.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
            // Two items with one prompt: neither can be told by it.
            exact.entry(prompt.as_str()).and_modify(|found| *found = None).or_insert(Some(i));
        }
        let patterns: Vec<&str> = prompts.iter().map(String::as_str).collect();
        let finder = aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::Standard).build(patterns.iter().map(|p| if p.is_empty() { "\u{0}\u{0}" } else { p })).ok();
        let mut matched = Matched::default();
        let mut taken: std::collections::HashSet<(&str, usize)> = std::collections::HashSet::new();
        for record in &self.records {
            let place = |item: usize| Answer { model: record.model.clone(), item: suite.items[item].id.clone(), answer: record.answer.clone() };
            if let Some(&item) = record.item.as_deref().and_then(|id| ids.get(id)) {
                if taken.insert((record.model.as_str(), item)) {
                    matched.answers.push(place(item));
                    matched.by_id += 1;
                } else {
                    matched.unplaced.push(Unplaced { at: record.at, prompt: opening(&record.prompt), again: Some(record.item.clone().unwrap_or_default()) });
                }
                continue;
            }
            let asked = normalized(&record.prompt);
            let question = record.question.as_deref().map(normalized);
            let same = [question.as_deref(), Some(asked.as_str())].into_iter().flatten().find_map(|text| exact.get(text).copied().flatten());
            let contained = || {
                let finder = finder.as_ref()?;
                let mut best: Option<(usize, usize, usize)> = None; // (end, length, item)
                let mut tied = false;
                for found in finder.find_overlapping_iter(asked.as_str()) {
                    let candidate = (found.end(), found.len(), found.pattern().as_usize());
                    match best {
                        Some(b) if (candidate.0, candidate.1) < (b.0, b.1) => {}
                        Some(b) if (candidate.0, candidate.1) == (b.0, b.1) => tied |= prompts[b.2] != prompts[candidate.2] || b.2 != candidate.2,
                        _ => {
                            best = Some(candidate);
                            tied = false;
                        }
                    }
                }
                best.filter(|_| !tied).map(|(_, _, item)| item)
            };
            let unplaced = |again: Option<String>| Unplaced { at: record.at, prompt: opening(&record.prompt), again };
            match same.or_else(contained) {
                Some(item) if !taken.insert((record.model.as_str(), item)) => matched.unplaced.push(unplaced(Some(suite.items[item].id.clone()))),
                Some(item) => {
                    matched.answers.push(place(item));
                    matched.by_prompt += 1;
                }
                None => matched.unplaced.push(unplaced(None)),
            }
        }
        matched
    }

    /// A suite drafted from its prompts and gold answers, one item per distinct question (in
    /// the order first asked): multiple choice where the gold answer is a letter of options
    /// the tool kept or the prompt lists ("A. …" lines), reference where there is another
    /// gold answer, open (for people to rate) where there is none.
    pub fn draft_suite(&self) -> Result<Suite, Vec<Problem>> {
        let title = self.file.rsplit(['/', '\\']).next().unwrap_or(&self.file);
        let title = title.rsplit_once('.').map_or(title, |(stem, _)| stem).to_owned();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut items: Vec<Item> = Vec::new();
        let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
        for record in &self.records {
            let prompt = record.question.clone().filter(|q| !q.trim().is_empty()).unwrap_or_else(|| record.prompt.clone());
            let key = normalized(&prompt);
            if key.is_empty() || seen.contains_key(&key) {
                continue;
            }
            seen.insert(key, items.len());
            // The answer's language is the gold answer's ("Translate into English: 这家餐厅…").
            let worded = record.gold.as_deref().filter(|g| detect(g).tokenizer_lang() != detect(&prompt).tokenizer_lang() && { let c = crate::core::text::count(g); c.han_chars + c.latin_words > 1 });
            let lang = detect(worded.unwrap_or(&prompt)).tokenizer_lang();
            let mut options = record.options.clone();
            if options.is_empty() {
                options = crate::core::io::suite_csv::parse_options(&record.prompt);
            }
            let gold = record.gold.as_deref().map(str::trim).filter(|g| !g.is_empty());
            let letters = gold.map(|g| g.nfkc().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_uppercase()).collect::<String>());
            let is_letters = gold.is_some_and(|g| {
                let kept: String = g.nfkc().filter(|c| !matches!(c, '(' | ')' | '（' | '）' | '.' | ',' | '，' | ' ')).collect();
                !kept.is_empty() && kept.chars().all(|c| c.is_ascii_alphabetic()) && kept.len() <= options.len().max(1)
            });
            let choice = is_letters && !options.is_empty() && letters.as_deref().is_some_and(|l| l.chars().all(|c| options.contains_key(&c.to_string())));
            let kind = if choice {
                ItemKind::Choice
            } else if gold.is_some() {
                ItemKind::Reference
            } else {
                ItemKind::Open
            };
            let base = record.item.clone().unwrap_or_else(|| format!("{}-{:03}", lang.as_str(), items.len() + 1));
            let mut id = base.clone();
            let mut n = 2;
            while !ids.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            items.push(Item {
                id,
                lang,
                dimension: "imported".into(),
                subtask: "imported".into(),
                kind,
                prompt,
                options: if choice { options } else { BTreeMap::new() },
                answer: choice.then(|| {
                    let mut l: Vec<char> = letters.clone().unwrap_or_default().chars().collect();
                    l.sort_unstable();
                    l.dedup();
                    l.into_iter().collect()
                }),
                references: if kind == ItemKind::Reference { gold.map(str::to_owned).into_iter().collect() } else { Vec::new() },
                metrics: Vec::new(),
                rubric: Rubric::default(),
                weight: 1.0,
                rotation: None,
            });
        }
        let same = |text: &str| Localized { en: Some(text.to_owned()), zh: Some(text.to_owned()), zh_hant: None };
        let suite = Suite {
            schema: SUITE_SCHEMA.to_owned(),
            id: title.clone(),
            title: same(&title),
            description: Localized::default(),
            scales: BTreeMap::new(),
            chinese_script: Default::default(),
            dimensions: vec![Dimension {
                id: "imported".into(),
                name: same(self.tool.name()),
                weight: 1.0,
                subtasks: vec![Subtask { id: "imported".into(), name: same(self.tool.name()), weight: 1.0, level: None }],
            }],
            items,
        };
        let problems = suite.problems(&self.file);
        if problems.is_empty() { Ok(suite) } else { Err(problems) }
    }
}
