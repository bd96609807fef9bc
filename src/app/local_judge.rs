//! A judge on the person's own computer: an OpenAI-compatible chat endpoint on localhost (a
//! llama.cpp or Ollama server, say) asked to rate each answer on a criterion, with a prompt
//! template the person sees and may edit. Off by default; each run is consented to; it can be
//! cancelled, and what was scored by then is kept. Only a loopback address is ever called:
//! [`endpoint_problem`] refuses any other, and the page's own policy allows none (the calls go
//! through a frame of its own, made only when this is turned on).
//!
//! Here: the settings, the requests a run makes, reading a score from a reply, and the run's
//! progress — plain Rust. The frame and its messages are `ui::local_judge`'s.

use serde::{Deserialize, Serialize};

use crate::core::i18n::{msg, text, Locale, Message};
use crate::core::io::judge::JudgeWork;
use crate::core::model::answers::WITHHELD;
use crate::core::model::human::Rating;
use crate::core::model::session::Session;
use crate::core::text::Lang;

/// llama.cpp's server and Ollama both answer OpenAI's chat completions here.
pub const DEFAULT_ENDPOINT: &str = "http://127.0.0.1:8080/v1/chat/completions";
/// The placeholders a template may use, each replaced by the item's or the answer's text.
pub const PLACEHOLDERS: [&str; 7] = ["question", "answer", "reference", "criterion", "min", "max", "anchors"];

/// What the person set: where the judge is, which model it serves, what it is asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub enabled: bool,
    pub endpoint: String,
    /// The model name the server expects (Ollama needs one; llama.cpp takes any).
    pub model: String,
    /// The criterion to rate; `None`: every criterion of every rated item.
    pub criterion: Option<String>,
    pub template: String,
}

impl Settings {
    /// Off, with the default endpoint and the template in the interface's language.
    pub fn new(locale: Locale) -> Self {
        Settings { enabled: false, endpoint: DEFAULT_ENDPOINT.to_owned(), model: String::new(), criterion: None, template: default_template(locale) }
    }

    /// Whether a run rates criterion `id`.
    fn asks(&self, id: &str) -> bool {
        self.criterion.as_deref().is_none_or(|c| c == id)
    }

    /// The name the judge's ratings go under: the model's, or a name saying it is local.
    pub fn judge_name(&self, locale: Locale) -> String {
        let model = self.model.trim();
        if model.is_empty() { msg!("local-judge-unnamed").text(locale) } else { model.to_owned() }
    }
}

/// The default prompt template, in the interface's language.
pub fn default_template(locale: Locale) -> String {
    text(locale, "local-judge-template")
}

/// Why `endpoint` may not be called, or `None` when it is an http(s) address on this computer
/// (`localhost`, or any 127.x.y.z). Not `[::1]`: a page's policy cannot name an IPv6 address.
pub fn endpoint_problem(endpoint: &str) -> Option<Message> {
    let endpoint = endpoint.trim();
    let Some((scheme, rest)) = endpoint.split_once("://") else { return Some(msg!("local-judge-bad-endpoint")) };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Some(msg!("local-judge-bad-endpoint"));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Some(msg!("local-judge-not-local"));
    }
    let host = if let Some(v6) = authority.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        authority.rsplit_once(':').map_or(authority, |(host, port)| if port.chars().all(|c| c.is_ascii_digit()) { host } else { authority })
    };
    let host = host.to_ascii_lowercase();
    let loopback_v4 = host.split('.').count() == 4 && host.starts_with("127.") && host.split('.').all(|part| part.parse::<u8>().is_ok());
    if host == "localhost" || loopback_v4 { None } else { Some(msg!("local-judge-not-local")) }
}

/// One request of a run: an answer, a criterion, the request's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub id: usize,
    pub model: String,
    pub item: String,
    pub criterion: String,
    pub min: i32,
    pub max: i32,
    pub prompt: String,
}

impl Task {
    /// The chat completions request: the prompt as the user's message, greedy decoding.
    pub fn body(&self, model: &str) -> String {
        serde_json::json!({
            "model": model,
            "messages": [{"role": "user", "content": self.prompt}],
            "temperature": 0,
            "stream": false,
        })
        .to_string()
    }
}

/// `template` with each `{placeholder}` replaced; anything else in braces stays as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)).and_then(|(name, close)| {
            values.iter().find(|(key, _)| *key == name.trim()).map(|(_, value)| (*value, close))
        }) {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The requests a run makes: every answer with text, to every item with the criterion (or
/// with any criterion, `settings.criterion: None`), in suite order. The criterion's name and
/// anchors are in the item's language.
pub fn tasks(session: &Session, settings: &Settings, locale: Locale) -> Vec<Task> {
    let mut tasks = Vec::new();
    for item in &session.suite.items {
        let words = match item.lang {
            Lang::Zh if locale == Locale::ZhHant => Locale::ZhHant,
            Lang::Zh => Locale::ZhHans,
            Lang::En => Locale::En,
        };
        for (criterion, scale) in session.suite.criteria(item) {
            if !settings.asks(&criterion.id) {
                continue;
            }
            let anchors: Vec<String> = scale.anchors.iter().map(|(value, name)| format!("{value} = {}", name.in_locale(words))).collect();
            let name = criterion.name.in_locale(words);
            let name = if name.is_empty() { criterion.id.as_str() } else { name };
            let (min, max) = (scale.min.to_string(), scale.max.to_string());
            let references = item.references.join("\n");
            for answer in judged_answers(session, &item.id) {
                let prompt = fill(
                    &settings.template,
                    &[
                        ("question", &item.prompt),
                        ("answer", &answer.answer),
                        ("reference", &references),
                        ("criterion", name),
                        ("min", &min),
                        ("max", &max),
                        ("anchors", &anchors.join("; ")),
                    ],
                );
                tasks.push(Task { id: tasks.len(), model: answer.model.clone(), item: item.id.clone(), criterion: criterion.id.clone(), min: scale.min, max: scale.max, prompt });
            }
        }
    }
    tasks
}

/// The answers to `item` a judge can read: those with text (a results link withholds it).
fn judged_answers<'a>(session: &'a Session, item: &'a str) -> impl Iterator<Item = &'a crate::core::model::answers::Answer> + 'a {
    session.answers.iter().filter(move |a| a.item == item && !a.answer.trim().is_empty() && a.answer != WITHHELD)
}

/// How many requests a run of `settings` would make on `session` (what the person consents to).
pub fn count(session: &Session, settings: &Settings) -> usize {
    session
        .suite
        .items
        .iter()
        .map(|item| {
            let criteria = session.suite.criteria(item).iter().filter(|(c, _)| settings.asks(&c.id)).count();
            criteria * judged_answers(session, &item.id).count()
        })
        .sum()
}

/// The criteria a run may rate, with their names: every criterion the suite's items use, in
/// order of first use.
pub fn criteria(session: &Session) -> Vec<(String, crate::core::model::suite::Localized)> {
    let mut out: Vec<(String, crate::core::model::suite::Localized)> = Vec::new();
    for item in &session.suite.items {
        for (criterion, _) in session.suite.criteria(item) {
            if !out.iter().any(|(id, _)| *id == criterion.id) {
                out.push((criterion.id, criterion.name));
            }
        }
    }
    out
}

/// The score in a chat completions reply: the message's `{"score": n}`, or a message that is
/// the number alone, or the number after "score"/"评分"/"分数"; on the scale or refused.
pub fn score_in(reply: &str, min: i32, max: i32) -> Result<i32, Message> {
    let value: serde_json::Value = serde_json::from_str(reply).map_err(|_| msg!("local-judge-reply-unreadable"))?;
    let content = value
        .pointer("/choices/0/message/content")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| msg!("local-judge-reply-unreadable"))?;
    let found = score_of(content).ok_or_else(|| msg!("local-judge-no-score", reply = excerpt(content)))?;
    if (min..=max).contains(&found) { Ok(found) } else { Err(msg!("local-judge-off-scale", score = found, min = min, max = max)) }
}

fn score_of(content: &str) -> Option<i32> {
    let number = |text: &str| -> Option<i32> {
        let digits: String = text.trim_start().chars().take_while(|c| c.is_ascii_digit() || *c == '-').collect();
        digits.parse().ok()
    };
    // A JSON object anywhere in the message (models like to wrap it in a code fence).
    for (start, _) in content.match_indices('{') {
        if let Some(end) = content[start..].find('}')
            && let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(&content[start..=start + end])
            && let Some(score) = fields.get("score")
        {
            return score.as_i64().and_then(|s| i32::try_from(s).ok()).or_else(|| score.as_str().and_then(number));
        }
    }
    let trimmed = content.trim().trim_end_matches(['.', '。']);
    if let Ok(alone) = trimmed.parse() {
        return Some(alone);
    }
    let lower = content.to_lowercase();
    // i18n-exempt: words a judge's reply may put before its score, not interface words
    ["score", "评分", "評分", "分数", "分數"].iter().find_map(|word| {
        let at = lower.find(word)? + word.len();
        number(lower[at..].trim_start_matches([':', '：', ' ', '*', '=']))
    })
}

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// Where a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Running,
    Cancelled,
    Finished,
}

/// A run: its requests, the scores read so far and what failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub judge: String,
    pub endpoint: String,
    pub tasks: Vec<Task>,
    pub replies: usize,
    pub ratings: Vec<Rating>,
    /// Model, item and why no score came.
    pub failures: Vec<(String, String, Message)>,
    pub phase: Phase,
}

impl Run {
    pub fn new(judge: String, endpoint: String, tasks: Vec<Task>) -> Self {
        Run { judge, endpoint, tasks, replies: 0, ratings: Vec::new(), failures: Vec::new(), phase: Phase::Running }
    }

    /// Takes in the reply to request `id`: the server's body, or why the request failed.
    /// Replies after a cancel, or to no request, change nothing.
    pub fn reply(&mut self, id: usize, outcome: Result<String, String>) {
        if self.phase != Phase::Running {
            return;
        }
        let Some(task) = self.tasks.get(id) else { return };
        self.replies += 1;
        match outcome.map_err(|detail| msg!("local-judge-request-failed", detail = detail)).and_then(|body| score_in(&body, task.min, task.max)) {
            Ok(value) => self.ratings.push(Rating {
                rater: self.judge.clone(),
                model: task.model.clone(),
                item: task.item.clone(),
                criterion: task.criterion.clone(),
                value,
                comment: None,
            }),
            Err(why) => self.failures.push((task.model.clone(), task.item.clone(), why)),
        }
        if self.replies == self.tasks.len() {
            self.phase = Phase::Finished;
        }
    }

    pub fn cancel(&mut self) {
        if self.phase == Phase::Running {
            self.phase = Phase::Cancelled;
        }
    }

    /// The scores read, as a judge's file would bring them.
    pub fn work(&self) -> JudgeWork {
        JudgeWork {
            file: self.endpoint.clone(),
            judges: vec![self.judge.clone()],
            answers: Vec::new(),
            ratings: self.ratings.clone(),
            votes: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_computer_may_be_called() {
        for local in ["http://127.0.0.1:8080/v1/chat/completions", "http://localhost:11434/v1/chat/completions", "https://127.0.0.1:9/x", "http://127.0.0.2/"] {
            assert_eq!(endpoint_problem(local), None, "{local}");
        }
        for other in [
            "http://example.com/v1",
            "http://127.0.0.1.example.com/",
            "http://localhost@evil.example/",
            "http://10.0.0.2:8080/",
            "ftp://127.0.0.1/",
            "127.0.0.1:8080",
            "http://[::2]/",
            "http://[::1]:8080/",
            "http://localhost.evil/",
        ] {
            assert!(endpoint_problem(other).is_some(), "{other}");
        }
    }

    #[test]
    fn placeholders_are_filled_and_other_braces_kept() {
        let filled = fill("Q: {question}\nA: { answer }\nReply {\"score\": n} from {min}", &[("question", "1+1?"), ("answer", "2"), ("min", "1")]);
        assert_eq!(filled, "Q: 1+1?\nA: 2\nReply {\"score\": n} from 1");
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
    }

    #[test]
    fn scores_are_read_as_judges_write_them() {
        let reply = |content: &str| serde_json::json!({"choices": [{"message": {"role": "assistant", "content": content}}]}).to_string();
        assert_eq!(score_in(&reply("{\"score\": 5}"), 1, 7), Ok(5));
        assert_eq!(score_in(&reply("```json\n{\"score\": \"6\"}\n```"), 1, 7), Ok(6));
        assert_eq!(score_in(&reply("4"), 1, 7), Ok(4));
        assert_eq!(score_in(&reply("Score: 3. The answer is thin."), 1, 7), Ok(3));
        assert_eq!(score_in(&reply("评分：6"), 1, 7), Ok(6));
        assert!(score_in(&reply("{\"score\": 9}"), 1, 7).is_err(), "off the scale");
        assert!(score_in(&reply("A fine answer."), 1, 7).is_err(), "no score");
        assert!(score_in("<html>", 1, 7).is_err());
    }

    #[test]
    fn a_run_keeps_what_came_before_a_cancel() {
        let task = |id| Task { id, model: "M".into(), item: format!("q{id}"), criterion: "quality".into(), min: 1, max: 7, prompt: String::new() };
        let mut run = Run::new("J".into(), DEFAULT_ENDPOINT.into(), (0..3).map(task).collect());
        let reply = serde_json::json!({"choices": [{"message": {"content": "{\"score\": 4}"}}]}).to_string();
        run.reply(0, Ok(reply.clone()));
        run.reply(1, Err("connection refused".into()));
        run.cancel();
        run.reply(2, Ok(reply));
        assert_eq!((run.ratings.len(), run.failures.len(), run.phase), (1, 1, Phase::Cancelled));
        assert_eq!(run.work().ratings[0].item, "q0");
    }
}
