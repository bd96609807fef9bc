//! Answers from other tools (tests/fixtures/tools, one sample file each; promptfoo's made by
//! running promptfoo): told by their shape, placed on the sample suite's items by id or by
//! prompt, scored; what meets no item is reported; a suite drafted from them scores them.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use pingfen::app::{Action, AppState, Notice};
use pingfen::core::i18n::Locale;
use pingfen::core::io::files::{self, Loaded};
use pingfen::core::io::foreign::{self, Foreign, Tool};
use pingfen::core::io::sample;
use pingfen::core::model::answers::Answer;
use pingfen::core::model::suite::ItemKind;

#[path = "support/engine.rs"]
mod engine;

fn fixture(path: &str) -> (String, Vec<u8>) {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tools").join(path);
    (full.display().to_string(), std::fs::read(&full).unwrap())
}

fn foreign(path: &str) -> Foreign {
    let (name, bytes) = fixture(path);
    match files::read(&name, &bytes) {
        Ok(Loaded::Foreign(foreign)) => *foreign,
        other => panic!("{path}: {other:?}"),
    }
}

const PROMPTFOO: &str = "promptfoo/results.json";
const LM_EVAL: &str = "lm-eval/Qilin-7B/samples_pingfen_zh_2026-12-03T10-00-00.123456.jsonl";
const OPENCOMPASS: &str = "opencompass/predictions/internlm2-chat-7b/pingfen_en.json";
const CHAT: &str = "chat/chat-answers.jsonl";

fn placed(answers: &[Answer], model: &str, item: &str) -> Option<String> {
    answers.iter().find(|a| a.model == model && a.item == item).map(|a| a.answer.clone())
}

#[test]
fn each_tools_file_is_told_by_its_shape_and_names_its_models() {
    let cases = [(PROMPTFOO, Tool::Promptfoo, 10), (LM_EVAL, Tool::LmEval, 4), (OPENCOMPASS, Tool::OpenCompass, 4), (CHAT, Tool::Chat, 5)];
    for (path, tool, records) in cases {
        let read = foreign(path);
        assert_eq!((read.tool, read.records.len()), (tool, records), "{path}");
    }
    let models = |path: &str| {
        let mut models: Vec<String> = foreign(path).records.into_iter().map(|r| r.model).collect();
        models.dedup();
        models.sort();
        models.dedup();
        models
    };
    assert_eq!(models(PROMPTFOO), ["Echo", "Tutor"], "promptfoo's provider labels");
    assert_eq!(models(LM_EVAL), ["Qilin-7B"], "the folder lm-eval wrote to");
    assert_eq!(models(OPENCOMPASS), ["internlm2-chat-7b"], "the folder under predictions/");
    assert_eq!(models(CHAT), ["Qilin-Chat", "chat-answers"], "a line's model, else the file's name");
    // Given alone (as a browser gives a file), lm-eval's file is named by its own name.
    assert_eq!(foreign::model_of_file("samples_gsm8k_2026-01-01.jsonl"), "samples_gsm8k_2026-01-01");
    assert_eq!(foreign::model_of_file("runs/gpt-4o/samples_gsm8k_2026-01-01.jsonl"), "gpt-4o");
}

#[test]
fn answers_meet_the_sample_by_id_or_by_prompt_and_the_rest_is_reported() {
    let suite = sample::session().unwrap().suite;

    let promptfoo = foreign(PROMPTFOO).answers_for(&suite);
    assert_eq!((promptfoo.by_id, promptfoo.by_prompt, promptfoo.unplaced.len()), (2, 6, 2), "{promptfoo:?}");
    assert_eq!(placed(&promptfoo.answers, "Tutor", "en-mid-04").as_deref(), Some("The answer is A."), "the prompt holds the options after the question");
    assert_eq!(placed(&promptfoo.answers, "Tutor", "zh-reason-01").as_deref(), Some("兔有8只。"));
    assert!(promptfoo.unplaced.iter().all(|u| u.prompt.starts_with("What is the boiling point") && u.again.is_none()));

    let lm_eval = foreign(LM_EVAL).answers_for(&suite);
    assert_eq!((lm_eval.by_id, lm_eval.by_prompt, lm_eval.unplaced.len()), (0, 3, 1), "{lm_eval:?}");
    // Few-shot: the example question comes first, the one asked last.
    assert_eq!(placed(&lm_eval.answers, "Qilin-7B", "zh-qa-02").as_deref(), Some("杜甫。"));
    // Log-likelihoods per option: the likeliest option's letter.
    assert_eq!(placed(&lm_eval.answers, "Qilin-7B", "zh-mid-01").as_deref(), Some("C"));
    assert_eq!(lm_eval.unplaced[0].at, 4, "the line");

    let opencompass = foreign(OPENCOMPASS).answers_for(&suite);
    assert_eq!((opencompass.by_prompt, opencompass.unplaced.len()), (3, 1), "{opencompass:?}");
    assert_eq!(placed(&opencompass.answers, "internlm2-chat-7b", "en-mid-04").as_deref(), Some("A"));

    let chat = foreign(CHAT).answers_for(&suite);
    assert_eq!((chat.by_id, chat.by_prompt, chat.unplaced.len()), (1, 3, 1), "{chat:?}");
    // Asked in Traditional characters and 「」 quotes; the item is written in Simplified.
    assert_eq!(placed(&chat.answers, "Qilin-Chat", "zh-qa-02").as_deref(), Some("杜甫。"));
    assert_eq!(placed(&chat.answers, "chat-answers", "en-qa-01").as_deref(), Some("Mars."));
}

#[test]
fn a_prompt_that_two_items_share_or_a_second_answer_is_left_out_not_guessed() {
    let mut suite = sample::session().unwrap().suite;
    let twin = suite.items.iter().find(|i| i.id == "en-qa-01").unwrap().clone();
    suite.items.push(pingfen::core::model::suite::Item { id: "en-qa-01-twin".into(), ..twin });
    let chat = foreign(CHAT).answers_for(&suite);
    assert!(placed(&chat.answers, "chat-answers", "en-qa-01").is_none(), "two items ask it: neither is guessed");
    assert!(chat.unplaced.iter().any(|u| u.prompt.starts_with("Which planet")));

    let suite = sample::session().unwrap().suite;
    let mut twice = foreign(CHAT);
    let again = twice.records[0].clone();
    twice.records.push(pingfen::core::io::foreign::Record { at: 6, answer: "another".into(), ..again });
    let matched = twice.answers_for(&suite);
    assert_eq!(placed(&matched.answers, "Qilin-Chat", "zh-qa-01").as_deref(), Some("造纸术、指南针、火药、印刷术。"), "the first is kept");
    assert!(matched.unplaced.iter().any(|u| u.at == 6 && u.again.as_deref() == Some("zh-qa-01")));
}

#[test]
fn placed_answers_score_as_the_suite_says() {
    let session = sample::session().unwrap();
    let answers = foreign(LM_EVAL).answers_for(&session.suite).answers;
    let scored = pingfen::core::scoring::score_all(&pingfen::core::text::Segmenter::embedded().unwrap(), &session.suite, &answers);
    let score = |item: &str| scored.iter().find(|s| s.model == "Qilin-7B" && s.item == item).and_then(|s| s.score);
    assert_eq!(score("zh-mid-01"), Some(100.0), "C is the answer");
    assert_eq!(score("zh-reason-01"), Some(100.0), "8 is the number");
}

#[test]
fn a_suite_drafted_from_a_tools_file_holds_its_questions_and_gold_answers() {
    let read = foreign(LM_EVAL);
    let suite = read.draft_suite().unwrap();
    assert_eq!(suite.items.len(), 4);
    let choice = suite.items.iter().find(|i| i.kind == ItemKind::Choice).expect("the log-likelihood task");
    assert_eq!((choice.answer.as_deref(), choice.options.len()), (Some("C"), 4));
    assert_eq!(choice.prompt, "方程 3x − 5 = 10 的解是（　）", "the question, not the few-shot prompt");
    let reference = suite.items.iter().find(|i| i.prompt.contains("诗圣")).unwrap();
    assert_eq!((reference.kind, reference.references.as_slice()), (ItemKind::Reference, &["杜甫".to_owned()][..]));
    // Its own answers all meet it.
    let matched = read.answers_for(&suite);
    assert_eq!((matched.answers.len(), matched.unplaced.len()), (4, 0));

    // A file without gold answers drafts open items; options listed in the prompt make a
    // choice item when the gold is one of their letters.
    let chat = foreign(CHAT).draft_suite().unwrap();
    assert_eq!(chat.items.iter().filter(|i| i.kind == ItemKind::Open).count(), 4);
    assert_eq!(chat.items.iter().filter(|i| i.kind == ItemKind::Reference).count(), 1, "the line with metadata.reference");
    let opencompass = foreign(OPENCOMPASS).draft_suite().unwrap();
    let salt = opencompass.items.iter().find(|i| i.prompt.contains("table salt")).unwrap();
    assert_eq!((salt.kind, salt.answer.as_deref(), salt.options.get("A").map(String::as_str)), (ItemKind::Choice, Some("A"), Some("NaCl")));
}

#[test]
fn pingfens_own_answers_and_broken_tool_files_are_read_as_before_or_refused_saying_where() {
    let own = files::read("a.jsonl", b"{\"model\":\"m\",\"item\":\"zh-qa-01\",\"answer\":\"x\"}\n");
    assert!(matches!(own, Ok(Loaded::Answers(_))));
    let chat = files::read("c.jsonl", b"{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"yo\"}]}\n{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n");
    let problems = chat.unwrap_err();
    assert_eq!(problems.len(), 1);
    let text = problems[0].describe(Locale::En);
    assert!(text.contains("line 2") && text.contains("assistant"), "{text}");
    let failed = files::read("r.json", br#"{"results":{"results":[{"provider":{"id":"openai:gpt-4o"},"prompt":{"raw":"hi"},"response":{"error":"timeout"}}]}}"#);
    let text = failed.unwrap_err()[0].describe(Locale::ZhHant);
    assert!(text.contains("promptfoo") && text.contains("results.results[0]"), "{text}");
    let unknown = files::read("x.json", br#"{"rows":[1,2]}"#).unwrap_err();
    assert_eq!(unknown[0].message.key, "problem-json-no-schema");
}

#[test]
fn the_app_adds_a_tools_answers_and_says_what_it_left_out() {
    let state = engine::ready(AppState::new(Locale::ZhHant, None, sample::session().unwrap(), engine::clock));
    let models = state.session.models().len();
    let (name, bytes) = fixture(PROMPTFOO);
    let state = state.reduce(Action::FileLoaded { name: "results.json".into(), outcome: files::read(&name, &bytes) });
    assert_eq!(state.session.models().len(), models + 2, "Echo and Tutor");
    let Notice::ForeignPlaced { by_id, by_prompt, unplaced, .. } = &state.notices[0] else { panic!("{:?}", state.notices) };
    assert_eq!((*by_id, *by_prompt, unplaced.len()), (2, 6, 2));
    let words = state.notices[0].words(Locale::ZhHant);
    assert!(words.title.contains("promptfoo") && words.lines.len() == 2 && words.lines[0].contains("What is the boiling"), "{words:?}");

    // Nothing placed: nothing changes, and the notice says what to do.
    let before = state.session.clone();
    let (name, bytes) = fixture(CHAT);
    let mut other = sample::session().unwrap();
    other.suite.items.retain(|i| i.lang == pingfen::core::text::Lang::Zh && i.id != "zh-qa-01" && i.id != "zh-qa-02");
    let state = engine::ready(AppState::new(Locale::En, None, other, engine::clock));
    let held = state.session.clone();
    let state = state.reduce(Action::FileLoaded { name: "chat.jsonl".into(), outcome: files::read(&name, &bytes) });
    assert_eq!(state.session, held);
    let words = state.notices[0].words(Locale::En);
    assert!(words.error && words.lines[0].contains("draft") && matches!(state.notices[0], Notice::NothingPlaced { .. }), "{words:?}");
    drop(before);
}

#[test]
fn a_tools_file_that_meets_no_item_can_become_a_drafted_suite_in_the_app() {
    let state = engine::ready(AppState::new(Locale::En, None, sample::session().unwrap(), engine::clock));
    let held = state.session.clone();
    let (name, bytes) = fixture("lm-eval/Qilin-7B/samples_pingfen_zh_2026-12-03T10-00-00.123456.jsonl");
    let mut other = sample::session().unwrap();
    other.suite.items.retain(|i| i.lang == pingfen::core::text::Lang::En);
    let state = engine::ready(AppState::new(Locale::ZhHans, None, other, engine::clock));
    let before = state.session.clone();
    let state = state.reduce(Action::FileLoaded { name: "samples.jsonl".into(), outcome: files::read(&name, &bytes) });
    assert_eq!(state.session, before, "nothing changed");
    assert!(matches!(state.notices[0], Notice::NothingPlaced { count: 4, .. }), "{:?}", state.notices);
    assert!(state.notices[0].words(Locale::ZhHans).error);
    let state = state.reduce(Action::DraftSuite);
    assert_eq!(state.session.suite.items.len(), 4);
    assert_eq!(state.session.answers.len(), 4, "the file's answers, on the drafted items");
    assert_eq!(state.session.models(), ["Qilin-7B"]);
    assert!(matches!(state.notices[0], Notice::SuiteDrafted { items: 4, .. }), "{:?}", state.notices);
    // Asked again with nothing kept, it does nothing.
    let again = state.clone().reduce(Action::DraftSuite);
    assert_eq!(again.session, state.session);
    drop(held);
}
