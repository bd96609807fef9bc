//! The app's state and rating desk, driven natively as the browser drives them: actions in,
//! state out. No browser, no Yew: `pingfen::app` is plain Rust.

#![cfg(not(target_arch = "wasm32"))]


use pingfen::app::autosave;
use pingfen::app::export::{self, Context, Export};
use pingfen::app::state::saved_ago;
use pingfen::app::{Action, AppState, Notice, Origin, RateMode, SaveStatus, View};
use pingfen::core::i18n::Locale;
use pingfen::core::io::{files, sample};
use pingfen::core::model::suite::{Criterion, Localized, Scale};
use pingfen::core::model::session::Session;

#[path = "support/engine.rs"]
mod engine;

use engine::clock;

fn start(session: Session) -> AppState {
    engine::ready(AppState::new(Locale::En, None, session, clock))
}

/// The sample with its first open item rated on two criteria: depth on 0–10, clarity on 1–7.
fn two_criteria() -> (Session, String) {
    let mut session = sample::session().unwrap();
    session.suite.scales.insert("ten".into(), Scale { min: 0, max: 10, anchors: Default::default() });
    let name = |en: &str| Localized { en: Some(en.into()), ..Default::default() };
    let item = session.suite.items.iter_mut().find(|i| i.kind == pingfen::core::model::suite::ItemKind::Open).unwrap();
    item.rubric.criteria = vec![
        Criterion { id: "depth".into(), name: name("Depth"), scale: "ten".into() },
        Criterion { id: "clarity".into(), name: name("Clarity"), scale: "likert7".into() },
    ];
    let id = item.id.clone();
    (session, id)
}

fn keys(mut state: AppState, keys: &[&str]) -> AppState {
    for key in keys {
        state = state.reduce(Action::Key((*key).into()));
    }
    state
}

#[test]
fn the_desk_rates_by_keyboard_criterion_by_criterion() {
    let (session, item) = two_criteria();
    let state = start(session).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: " Ana ".into(), seed: 7 });
    assert_eq!(state.rater.as_deref(), Some("Ana"));
    let desk = state.desk().expect("signed in");
    let card = desk.likert.expect("an answer to rate");
    assert_eq!(card.item.id, item, "the first rated item comes first");
    assert_eq!(card.criteria.len(), 2);
    let first_model = card.task.model.clone();

    // "1" then "0" is 10 on the 0–10 scale; the cursor then moves to the next criterion.
    let state = keys(state, &["1"]);
    assert!(state.desk.pending_ten.is_some());
    assert_eq!(state.session.ratings.last().map(|r| r.value), Some(1), "1 is recorded at once");
    let state = keys(state, &["0"]);
    let depth: Vec<_> = state.session.ratings.iter().filter(|r| r.criterion == "depth").collect();
    assert_eq!(depth.len(), 1);
    assert_eq!(depth[0].value, 10);
    assert_eq!(state.desk.criterion, 1, "on to clarity");

    // An 8 is off clarity's 1–7 scale: nothing changes.
    let state = keys(state, &["8"]);
    assert!(!state.session.ratings.iter().any(|r| r.criterion == "clarity"));
    // 6 rates clarity and moves to the next answer, first criterion.
    let state = keys(state, &["6"]);
    assert_eq!(state.session.ratings.iter().find(|r| r.criterion == "clarity").map(|r| r.value), Some(6));
    assert_eq!(state.desk.criterion, 0);
    let next = state.desk().unwrap().likert.unwrap();
    assert_ne!(next.task.model, first_model);
    assert_eq!(state.desk().unwrap().rated, 2);

    // Rated answers leave the queue with "unrated only"; J/K move, and the results follow.
    let all = state.desk().unwrap().queue;
    let state = state.reduce(Action::ToggleUnratedOnly);
    assert_eq!(state.desk().unwrap().queue, all - 1, "the one fully rated answer left the queue");
    assert_eq!(state.desk.position, 0);
    let moved = keys(state.clone(), &["j", "j", "k"]);
    assert_eq!(moved.desk.position, 1);
    let results = moved.results.as_ref().unwrap();
    assert!(results.items.iter().any(|s| s.item == item && s.model == first_model && s.human.is_some()), "ratings reach the results at once");
}

/// Regressions of "1 then 0": the 10 lands on the rating the 1 made, even when that answer
/// has left an "unrated only" queue; "1" then another digit keeps the 1 and rates on; the 1
/// keeps the answer's comment.
#[test]
fn one_then_zero_is_ten_on_the_rating_the_one_made() {
    let (session, _) = two_criteria();
    let state = start(session).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Ana".into(), seed: 7 });
    let first = state.desk().unwrap().likert.unwrap().task;

    // "1" then "5": depth 1, clarity 5.
    let typed = keys(state.clone(), &["1", "5"]);
    let value = |s: &AppState, criterion: &str| s.session.ratings.iter().find(|r| r.model == first.model && r.item == first.item && r.criterion == criterion).map(|r| r.value);
    assert_eq!((value(&typed, "depth"), value(&typed, "clarity")), (Some(1), Some(5)));

    // The comment written after the first rating survives a "1".
    let commented = keys(state.clone(), &["5"]).reduce(Action::Comment("清楚".into()));
    let commented = keys(commented, &["1"]);
    assert!(commented.session.ratings.iter().filter(|r| r.model == first.model && r.item == first.item).all(|r| r.comment.as_deref() == Some("清楚")));

    // With "unrated only", an answer leaves the queue when rated: the "0" still finds it.
    let mut one_criterion = two_criteria().0;
    let open = one_criterion.suite.items.iter_mut().find(|i| i.rubric.criteria.len() == 2).unwrap();
    open.rubric.criteria.truncate(1);
    let state = start(one_criterion).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Ana".into(), seed: 7 }).reduce(Action::ToggleUnratedOnly);
    let first = state.desk().unwrap().likert.unwrap().task;
    let second_before = state.session.ratings.len();
    let state = keys(state, &["1", "0"]);
    assert_eq!(state.session.ratings.len(), second_before + 1, "one rating, not two");
    assert_eq!(state.session.ratings.iter().find(|r| r.model == first.model && r.item == first.item).map(|r| r.value), Some(10));
}

#[test]
fn a_returning_rater_with_unrated_only_starts_at_the_head_of_the_queue() {
    let (session, _) = two_criteria();
    let state = start(session).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Ana".into(), seed: 7 });
    let state = keys(state, &["5", "3", "4", "2"]).reduce(Action::ToggleUnratedOnly).reduce(Action::SignOut);
    let back = state.reduce(Action::SignIn { name: "Ana".into(), seed: 7 });
    assert_eq!(back.desk.position, 0);
    let card = back.desk().unwrap().likert.unwrap();
    assert!(card.criteria.iter().any(|(_, _, value)| value.is_none()), "an unrated answer is shown");
}

#[test]
fn keys_do_nothing_off_the_rating_screen_or_before_sign_in() {
    let state = start(sample::session().unwrap());
    let after = keys(state.clone(), &["5", "j"]);
    assert!(after.session.ratings.is_empty());
    let rate_view = state.reduce(Action::SetView(View::Rate));
    assert!(keys(rate_view, &["5"]).session.ratings.is_empty(), "nobody signed in");
}

#[test]
fn pairs_are_voted_by_letter_and_swapped_sides_read_back() {
    let state = start(sample::session().unwrap()).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Bo".into(), seed: 3 });
    let state = state.reduce(Action::SetRateMode(RateMode::Pairwise));
    let pair = state.desk().unwrap().pair.expect("a pair");
    let state = keys(state, &["b"]);
    let vote = state.session.votes.last().expect("voted");
    assert_eq!((vote.a.as_str(), vote.b.as_str()), (pair.task.a.as_str(), pair.task.b.as_str()));
    assert_eq!(vote.outcome, pingfen::core::model::human::Outcome::B);
    let back = keys(state, &["k"]).desk().unwrap().pair.unwrap();
    assert_eq!(back.outcome, Some(pingfen::core::model::human::Outcome::B));
}

#[test]
fn a_bad_file_changes_nothing_and_says_where() {
    let state = start(sample::session().unwrap());
    let before = state.session.clone();
    let outcome = files::read("broken.jsonl", b"{\"model\":\"m\",\"item\":\"zh-qa-01\",\"answer\":\"x\"}\n{oops}\n");
    let state = state.reduce(Action::FileLoaded { name: "broken.jsonl".into(), outcome });
    assert_eq!(state.session, before);
    let Notice::NotLoaded { problems, .. } = &state.notices[0] else { panic!("{:?}", state.notices) };
    assert!(!problems.is_empty());
    for locale in Locale::ALL {
        let words = state.notices[0].words(locale);
        assert!(words.error);
        assert!(words.title.contains("broken.jsonl"), "{locale:?}: {}", words.title);
        assert!(words.lines.iter().all(|l| l.starts_with("broken.jsonl")), "{locale:?}: {:?}", words.lines);
    }
    assert_eq!(state.notices[0].words(Locale::ZhHans).lines[0].split('：').next(), Some("broken.jsonl，第 2 行"));
}

#[test]
fn answers_add_a_model_and_merging_another_suite_is_refused() {
    let state = start(sample::session().unwrap());
    let models = state.session.models().len();
    let outcome = files::read("new.csv", "model,item,answer\nNova,zh-qa-01,北京\n".as_bytes());
    let state = state.reduce(Action::FileLoaded { name: "new.csv".into(), outcome });
    assert_eq!(state.session.models().len(), models + 1);
    assert!(matches!(&state.notices[0], Notice::AnswersAdded { models, .. } if models == &["Nova".to_owned()]));

    let mut other = sample::session().unwrap();
    other.suite.id = "another-workshop".into();
    let state = state.reduce(Action::Merge { name: "x.json".into(), outcome: Ok(files::Loaded::Session(Box::new(other))) });
    let words = state.notices[0].words(Locale::En);
    assert!(words.error && words.lines[0].contains("another-workshop"), "{words:?}");
}

#[test]
fn autosave_waits_for_the_restore_and_never_saves_over_an_unrestorable_save() {
    let state = AppState::new(Locale::En, None, sample::session().unwrap(), clock);
    assert_eq!(state.save, SaveStatus::Restoring);
    assert!(!state.save.may_save(), "nothing is written before the saved session is read");

    let kept = state.clone().reduce(Action::KeptAside { key: "unrestorable-x".into(), reason: pingfen::core::i18n::msg!("autosave-not-json", detail = "EOF") });
    assert!(kept.save.may_save(), "the bytes are safe under their own key: autosave may go on");
    assert_eq!(kept.kept_aside, ["unrestorable-x"]);
    assert!(kept.notices[0].is_error());

    let blocked = state.clone().reduce(Action::RestoreBlocked { reason: pingfen::core::i18n::msg!("autosave-not-json", detail = "EOF"), detail: "quota".into() });
    assert_eq!(blocked.save, SaveStatus::Blocked);
    assert!(!blocked.save.may_save(), "keeping the bytes aside failed: nothing may overwrite them");
    assert!(!blocked.clone().reduce(Action::Saved { at_ms: 5.0 }).save.may_save());

    let silent = state.clone().reduce(Action::RestoreTimedOut);
    assert_eq!(silent.save, SaveStatus::TimedOut);
    assert!(!silent.save.may_save(), "storage never answered: nothing unread is overwritten");
    assert!(silent.notices[0].is_error());
    assert!(!silent.clone().reduce(Action::SaveFailed("quota".into())).save.may_save(), "a failure never lifts the guard");
    let late = state.clone().reduce(Action::NothingSaved).reduce(Action::RestoreTimedOut);
    assert_eq!(late.save, SaveStatus::Ready, "a timeout after the restore changes nothing");
    assert!(late.notices.is_empty());

    let saved = state.reduce(Action::NothingSaved).reduce(Action::Saved { at_ms: 1_000.0 });
    assert_eq!(saved.save, SaveStatus::Saved { at_ms: 1_000.0 });
    let later = saved.reduce(Action::Tick { now_ms: 1_000.0 + 125_000.0 });
    assert_eq!(saved_ago(&later.save, later.now_ms).text(Locale::En), "saved · 2 min ago");
    assert_eq!(saved_ago(&later.save, 1_500.0).text(Locale::ZhHant), "已儲存 · 剛剛");
}

/// Regression: a save read after the timeout used to replace what had been done on screen
/// meanwhile (and autosave then wrote over it).
#[test]
fn a_late_restore_never_replaces_work_done_meanwhile() {
    let (session, _) = two_criteria();
    let saved = {
        let mut saved = session.clone();
        saved.suite.title.en = Some("saved earlier".into());
        autosave::decode(&autosave::encode(&Origin::File("old.json".into()), &saved, None, "2026-12-01T00:00:00Z").unwrap()).unwrap()
    };
    let timed_out = start(session).reduce(Action::RestoreTimedOut);

    let untouched = timed_out.clone().reduce(Action::Restored(Box::new(saved.clone())));
    assert_eq!(untouched.save, SaveStatus::Ready, "nothing was done meanwhile: the saved work is taken");
    assert_eq!(untouched.origin, Origin::File("old.json".into()));

    let worked = timed_out.reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Ana".into(), seed: 7 });
    let worked = keys(worked, &["5", "3"]);
    let on_screen = worked.session.clone();
    let late = worked.reduce(Action::Restored(Box::new(saved)));
    assert_eq!(late.session, on_screen, "the ratings on screen stay");
    assert_eq!(late.save, SaveStatus::Blocked, "and the save stays unwritten");
    assert!(matches!(late.notices[0], Notice::RestoredLate));
    assert!(!late.clone().reduce(Action::SaveFailed("x".into())).save.may_save());
    assert!(!late.reduce(Action::NothingSaved).save.may_save());
}

#[test]
fn a_second_tab_does_not_save_over_the_first() {
    let state = start(sample::session().unwrap()).reduce(Action::NothingSaved).reduce(Action::OtherTabOpen);
    assert_eq!(state.save, SaveStatus::Blocked);
    assert!(matches!(state.notices[0], Notice::OtherTabOpen));
    assert!(!state.clone().reduce(Action::Saved { at_ms: 1.0 }).save.may_save());
    assert_eq!(state.reduce(Action::OtherTabOpen).notices.len(), 1, "told once");
}

#[test]
fn a_restored_session_comes_back_with_its_ratings_and_the_rater_picks_up_where_they_were() {
    let (session, _) = two_criteria();
    let state = start(session).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Ana".into(), seed: 7 });
    let state = keys(state, &["5", "3"]);
    let text = autosave::encode(&state.origin, &state.session, None, "2026-12-01T00:00:00Z").unwrap();
    let restored = autosave::decode(&text).unwrap();
    let (fresh, _) = two_criteria();
    let reopened = start(fresh).with_rater(Some("Ana".into())).reduce(Action::Restored(Box::new(restored)));
    assert_eq!(reopened.session.ratings, state.session.ratings);
    assert_eq!(reopened.desk.position, 1, "the first answer not fully rated");
    assert!(matches!(reopened.notices[0], Notice::Restored { ratings_and_votes: 2 }));
    assert_eq!(reopened.save, SaveStatus::Ready);
}

#[test]
fn exports_are_files_that_open_again() {
    let state = start(sample::session().unwrap());
    let results = state.results.clone().unwrap();
    let context = Context { locale: Locale::ZhHant, created: "2026-12-01T00:00:00Z", rater: Some("陳 大文"), board: Default::default(), withheld: None };
    let book = export::produce(Export::Scorebook, &state.session, Some(&results), &context).unwrap();
    assert_eq!(book.name, "hku-bilingual-sample.scorebook.json".replace("hku-bilingual-sample", &state.session.suite.id));
    match files::read(&book.name, &book.bytes).unwrap() {
        files::Loaded::Session(session) => assert_eq!(*session, *state.session),
        other => panic!("{other:?}"),
    }
    let rater = export::produce(Export::RaterFile, &state.session, Some(&results), &context).unwrap();
    assert!(rater.name.ends_with(".rater-陳_大文.json"), "{}", rater.name);
    let csv = export::produce(Export::ScoresLongCsv, &state.session, Some(&results), &context).unwrap();
    assert!(csv.bytes.starts_with(b"\xEF\xBB\xBFmodel,lang,"));
    let report = export::produce(Export::Report, &state.session, Some(&results), &context).unwrap();
    assert!(String::from_utf8(report.bytes).unwrap().contains("lang=\"zh-Hant\""));
    let workbook = export::produce(Export::Workbook, &state.session, Some(&results), &context).unwrap();
    assert_eq!(&workbook.bytes[..2], b"PK");
    // Before the dictionary is ready there are no scores: a rater's file still leaves the
    // browser (and opens again); the tables say why they cannot be made yet.
    let unscored = AppState::new(Locale::En, None, sample::session().unwrap(), clock);
    assert!(unscored.results.is_none());
    let early = export::produce(Export::RaterFile, &unscored.session, None, &context).unwrap();
    assert!(matches!(files::read(&early.name, &early.bytes).unwrap(), files::Loaded::Session(_)));
    let refused = export::produce(Export::LeaderboardCsv, &unscored.session, None, &context).unwrap_err();
    assert!(refused.detail.contains("詞典"), "{}", refused.detail);
    // Every export bar button has a label in every language.
    for kind in Export::BAR {
        for locale in Locale::ALL {
            assert_ne!(kind.label().text(locale), kind.label().key, "{kind:?} {locale:?}");
        }
    }
}

#[test]
fn switching_the_language_rewords_the_notices_on_screen() {
    let state = start(sample::session().unwrap());
    let outcome = files::read("new.csv", "model,item,answer\nNova,zh-qa-01,北京\n".as_bytes());
    let state = state.reduce(Action::FileLoaded { name: "new.csv".into(), outcome });
    let en = state.notices[0].words(Locale::En).title;
    let state = state.reduce(Action::SetLocale(Locale::ZhHant));
    let hant = state.notices[0].words(state.locale).title;
    assert_ne!(en, hant);
    assert!(hant.contains("加入") && hant.contains("Nova"), "{hant}");
    assert_eq!(state.origin, Origin::Sample);
}

#[test]
fn pasted_answers_follow_the_suite_order_of_one_language() {
    let state = start(sample::session().unwrap());
    let chinese: Vec<String> = state.session.suite.items.iter().filter(|i| i.lang == pingfen::core::text::Lang::Zh).map(|i| i.id.clone()).collect();
    let text: String = (1..=chinese.len()).map(|n| format!("{n}. 回答{n}\n")).collect();
    let state = state.reduce(Action::Paste { model: " Nova ".into(), lang: Some(pingfen::core::text::Lang::Zh), text });
    let pasted: Vec<_> = state.session.answers.iter().filter(|a| a.model == "Nova").collect();
    assert_eq!(pasted.iter().map(|a| a.item.clone()).collect::<Vec<_>>(), chinese);
    assert_eq!(pasted[1].answer, "回答2");
    assert!(matches!(&state.notices[0], Notice::AnswersAdded { origin: Origin::Pasted { model }, .. } if model == "Nova"));

    let before = state.session.clone();
    let state = state.reduce(Action::Paste { model: "Nova".into(), lang: None, text: "only one".into() });
    assert_eq!(state.session, before, "a miscounted paste changes nothing");
    let words = state.notices[0].words(Locale::ZhHant);
    assert!(words.error && words.lines[0].starts_with("貼上的文字（Nova）"), "{words:?}");
}

#[test]
fn notices_do_not_pile_up() {
    let state = start(sample::session().unwrap());
    let broken = |state: AppState| state.reduce(Action::FileLoaded { name: "a.csv".into(), outcome: files::read("a.csv", b"name,text\nx,y\n") });
    let state = broken(broken(state));
    assert_eq!(state.notices.len(), 1, "the same file refused twice is one notice");
    // The corrected file replaces the error it fixes.
    let state = state.reduce(Action::FileLoaded { name: "a.csv".into(), outcome: files::read("a.csv", "model,item,answer\nNova,zh-qa-01,北京\n".as_bytes()) });
    assert_eq!(state.notices.len(), 1);
    assert!(matches!(state.notices[0], Notice::AnswersAdded { .. }));
    // A merge notice does not outlive its session.
    let state = state.reduce(Action::Merge { name: "s.json".into(), outcome: sample::rated_session().map(|s| files::Loaded::Session(Box::new(s))) });
    assert!(state.notices.iter().any(|n| matches!(n, Notice::Merged { .. })));
    let state = state.reduce(Action::LoadSample(Box::new(sample::scored().unwrap())));
    assert!(state.notices.is_empty(), "{:?}", state.notices);
}

#[test]
fn an_empty_desk_says_why() {
    use pingfen::app::rating::EmptyDesk;
    use pingfen::core::model::suite::ItemKind;
    let sign_in = |session: Session| start(session).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Ana".into(), seed: 1 });
    // Only multiple-choice items: answers are loaded, but nothing is for people to rate.
    let mut choices = sample::session().unwrap();
    choices.suite.items.retain(|item| item.kind == ItemKind::Choice);
    let ids: Vec<String> = choices.suite.items.iter().map(|i| i.id.clone()).collect();
    choices.answers.retain(|a| ids.contains(&a.item));
    assert_eq!(sign_in(choices).desk().unwrap().empty, Some(EmptyDesk::NothingToRate));
    // Items to rate, no answers yet.
    let mut unanswered = sample::session().unwrap();
    unanswered.answers.clear();
    assert_eq!(sign_in(unanswered).desk().unwrap().empty, Some(EmptyDesk::NoAnswers));
    // A card on the desk: nothing to explain.
    assert_eq!(sign_in(sample::session().unwrap()).desk().unwrap().empty, None);
}

/// The leaderboard export is the table on screen: a row per model in the leaderboard's
/// order, the suite's dimensions named in the reader's language, the same ranks; the long
/// file keeps its columns for scripts; the workbook holds both and the item scores.
#[test]
fn the_leaderboard_exports_as_shown_and_all_scores_stay_in_the_long_file() {
    use pingfen::core::aggregate::{leaderboard, side, SortKey};
    use pingfen::core::text::Lang;
    let state = start(sample::session().unwrap());
    let results = state.results.clone().unwrap();
    let suite = &state.session.suite;
    let shown = leaderboard(suite, &results.table, &results.models, SortKey::Composite(Lang::Zh));
    let produce = |kind: Export, session: &Session, locale: Locale| {
        let context = Context { locale, created: "2026-12-01T00:00:00Z", rater: None, board: Default::default(), withheld: None };
        export::produce(kind, session, Some(&results), &context).unwrap()
    };
    let read_csv = |bytes: &[u8]| -> (Vec<String>, Vec<Vec<String>>) {
        let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a byte-order mark for Excel")).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header = reader.headers().unwrap().iter().map(str::to_owned).collect();
        let rows = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        (header, rows)
    };
    let at = |header: &[String], name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name:?} in {header:?}"));

    let csv = produce(Export::LeaderboardCsv, &state.session, Locale::En);
    assert!(csv.name.ends_with(".leaderboard.csv"), "{}", csv.name);
    let (header, rows) = read_csv(&csv.bytes);
    let dimensions = suite.dimensions.len();
    assert_eq!(header.len(), 1 + 2 * (5 + dimensions) + 3 + 1, "{header:?}");
    assert_eq!(header[0], "Model");
    assert_eq!(&header[1..6], ["Chinese · Composite", "Chinese · Composite (95 % low)", "Chinese · Composite (95 % high)", "Chinese · Rank", "Chinese · Rank range"]);
    assert_eq!(&header[header.len() - 4..], ["Both languages", "Both languages (95 % low)", "Both languages (95 % high)", "Overrides"]);
    for dimension in &suite.dimensions {
        at(&header, &format!("English · {}", dimension.name.in_locale(Locale::En)));
    }
    // One row per model, in the leaderboard's order, with its numbers and ranks.
    assert_eq!(rows.len(), results.models.len());
    assert_eq!(rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), shown.iter().map(|r| r.model.as_str()).collect::<Vec<_>>());
    for (row, expected) in rows.iter().zip(&shown) {
        for (lang, name) in [(Lang::Zh, "Chinese"), (Lang::En, "English")] {
            let scores = side(expected, lang);
            assert_eq!(row[at(&header, &format!("{name} · Rank"))], scores.rank.unwrap().to_string(), "{} {name}", expected.model);
            let (best, worst) = scores.rank_range.unwrap();
            let range = if best == worst { best.to_string() } else { format!("{best}–{worst}") };
            assert_eq!(row[at(&header, &format!("{name} · Rank range"))], range);
            assert_eq!(row[at(&header, &format!("{name} · Composite"))], format!("{:.4}", scores.composite.unwrap()));
            assert_eq!(row[at(&header, &format!("{name} · Composite (95 % low)"))], format!("{:.4}", scores.interval.unwrap().low));
            let first = &suite.dimensions[0];
            assert_eq!(row[at(&header, &format!("{name} · {}", first.name.in_locale(Locale::En)))], format!("{:.4}", scores.dimensions[0].unwrap()));
        }
        assert_eq!(row[at(&header, "Both languages")], format!("{:.4}", expected.overall.unwrap()));
        assert_eq!(row[at(&header, "Overrides")], "0", "nobody overrode anything here");
    }

    // In Simplified Chinese the headers, dimensions included, are Chinese, not the suite's ids.
    let (hans, hans_rows) = read_csv(&produce(Export::LeaderboardCsv, &state.session, Locale::ZhHans).bytes);
    assert_eq!(hans[0], "模型");
    assert_eq!(&hans[1..5], ["中文 · 综合", "中文 · 综合（95% 区间下限）", "中文 · 综合（95% 区间上限）", "中文 · 排名"]);
    assert_eq!(hans[header.len() - 4], "中英综合");
    for dimension in &suite.dimensions {
        let name = dimension.name.in_locale(Locale::ZhHans);
        assert!(name.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}: {name}", dimension.id);
        at(&hans, &format!("中文 · {name}"));
        at(&hans, &format!("英文 · {name}"));
        assert!(!hans.iter().any(|h| h.contains(&dimension.id)), "{} left as an id: {hans:?}", dimension.id);
    }
    assert_eq!(hans_rows, rows, "the same numbers in every language");

    // The long file: every cell of the results table, its columns unchanged.
    assert_eq!(Export::BAR.iter().position(|k| *k == Export::ScoresLongCsv), Export::BAR.iter().position(|k| *k == Export::LeaderboardCsv).map(|i| i + 1));
    assert_eq!((Export::LeaderboardCsv.as_str(), Export::ScoresLongCsv.as_str()), ("table", "long"));
    let long = produce(Export::ScoresLongCsv, &state.session, Locale::ZhHans);
    assert!(long.name.ends_with(".scores-long.csv"), "{}", long.name);
    let (long_header, long_rows) = read_csv(&long.bytes);
    assert_eq!(long_header, ["model", "lang", "dimension", "subtask", "score", "low", "high", "scored", "items"]);
    assert_eq!(long_rows.len(), results.table.len());
    assert_eq!(Export::LeaderboardCsv.label().text(Locale::En), "Leaderboard (CSV)");
    assert_eq!(Export::ScoresLongCsv.label().text(Locale::ZhHant), "全部分數（長表 CSV）");

    // The workbook: the leaderboard as shown, all scores (long), the item scores; numbers as numbers.
    use calamine::{Data, Reader};
    for (locale, sheets) in [(Locale::En, ["Leaderboard", "All scores (long)", "Items"]), (Locale::ZhHans, ["排行榜", "全部分数（长表）", "逐题得分"])] {
        let bytes = produce(Export::Workbook, &state.session, locale).bytes;
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), sheets, "{locale:?}");
        let board = book.worksheet_range(sheets[0]).unwrap();
        assert_eq!(board.height(), 1 + results.models.len());
        assert_eq!(board.get((0, 0)), Some(&Data::String(if locale == Locale::En { "Model" } else { "模型" }.into())));
        assert_eq!(board.get((1, 0)), Some(&Data::String(shown[0].model.clone())));
        assert_eq!(board.get((1, 1)), Some(&Data::Float(shown[0].zh.composite.unwrap())), "a score is a number");
        assert_eq!(board.get((1, 4)), Some(&Data::Float(1.0)), "the first row holds rank 1 in Chinese");
        let long = book.worksheet_range(sheets[1]).unwrap();
        assert_eq!(long.height(), 1 + results.table.len());
        assert_eq!(long.get((0, 1)), Some(&Data::String("lang".into())));
        assert_eq!(book.worksheet_range(sheets[2]).unwrap().height(), 1 + results.items.len());
    }
}

#[test]
fn choosing_how_chinese_script_is_compared_rescores_and_is_saved_with_the_suite() {
    use pingfen::core::model::answers::Answer;
    use pingfen::core::model::suite::ChineseScript;
    let mut session = sample::session().unwrap();
    session.answers.push(Answer { model: "港大".into(), item: "zh-tr-01".into(), answer: "早起的鳥兒有蟲吃，但第二隻老鼠才能吃到奶酪。".into() });
    let score = |state: &AppState| {
        state.results.as_ref().unwrap().items.iter().find(|s| s.model == "港大" && s.item == "zh-tr-01").unwrap().score.unwrap()
    };
    let state = start(session);
    assert!((score(&state) - 100.0).abs() < 1e-9, "folded by default: {}", score(&state));
    let state = state.reduce(Action::SetChineseScript(ChineseScript::AsWritten));
    assert!(score(&state) < 60.0, "as written: {}", score(&state));
    assert_eq!(state.session.suite.chinese_script, ChineseScript::AsWritten);
    let text = autosave::encode(&state.origin, &state.session, None, "2026-12-01T00:00:00Z").unwrap();
    assert_eq!(autosave::decode(&text).unwrap().session.suite.chinese_script, ChineseScript::AsWritten, "kept in the save");
}

#[test]
fn a_comment_typed_before_the_rating_waits_as_a_draft_and_joins_the_rating() {
    let state = start(sample::session().unwrap()).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Mei".into(), seed: 3 });
    let card = state.desk().unwrap().likert.unwrap();
    let state = state.reduce(Action::Comment("先寫評語".into()));
    assert!(state.session.ratings.is_empty(), "no rating made up for a comment");
    assert_eq!(state.drafts.comment("Mei", &card.task.item, &card.task.model), Some("先寫評語"));
    assert_eq!(state.desk().unwrap().likert.unwrap().comment, "先寫評語", "shown on the card");
    let state = keys(state, &["6"]);
    let rating = state.session.ratings.iter().find(|r| r.rater == "Mei").unwrap();
    assert_eq!((rating.value, rating.comment.as_deref()), (6, Some("先寫評語")));
    assert!(state.drafts.comments.is_empty(), "the draft is spent");
}

#[test]
fn a_reload_returns_to_the_screen_item_and_answer_once_the_save_is_read() {
    let session = sample::session().unwrap();
    let state = start(session.clone()).reduce(Action::NothingSaved).reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Kit".into(), seed: 9 });
    let state = keys(state, &["j", "j", "j"]);
    let place = state.place();
    let card = state.desk().unwrap().likert.unwrap();
    assert_eq!(place.view, "rate");
    assert_eq!(place.answer, Some((card.task.item.clone(), card.task.model.clone())));
    let text = autosave::encode(&state.origin, &state.session, None, "2026-12-01T00:00:00Z").unwrap();
    // The page opens again: the place waits for the saved session, then the desk is there.
    let reopened = start(session).with_rater(Some("Kit".into())).returning_to(Some(place.clone()), Default::default());
    assert_eq!(reopened.view, View::Results, "not before the save is read");
    let reopened = reopened.reduce(Action::Restored(Box::new(autosave::decode(&text).unwrap())));
    assert_eq!(reopened.view, View::Rate);
    assert_eq!(reopened.desk().unwrap().likert.unwrap().task, card.task);
    assert_eq!(reopened.place(), place);
    // A place naming an item the suite no longer has keeps the screen, drops the item.
    let gone = pingfen::app::Place { view: "items".into(), item: Some("no-such-item".into()), answer: None };
    let state = start(sample::session().unwrap()).returning_to(Some(gone), Default::default()).reduce(Action::NothingSaved);
    assert_eq!((state.view, state.selected_item.clone()), (View::Items, None));
}

#[test]
fn the_paste_form_keeps_its_draft_until_the_answers_are_in() {
    use pingfen::app::PasteDraft;
    use pingfen::core::text::Lang;
    let state = start(sample::session().unwrap()).reduce(Action::TogglePaste);
    let draft = PasteDraft { model: "Nova".into(), lang: Some(Lang::En), text: "1. only one".into() };
    let state = state.reduce(Action::PasteDraft(draft.clone())).reduce(Action::Paste { model: draft.model.clone(), lang: draft.lang, text: draft.text.clone() });
    assert!(state.paste_open && state.drafts.paste == draft, "a refused paste keeps the form and the draft");
    let english = state.session.suite.items.iter().filter(|i| i.lang == Lang::En).count();
    let text: String = (1..=english).map(|n| format!("{n}. answer {n}\n")).collect();
    let state = state.reduce(Action::Paste { model: "Nova".into(), lang: Some(Lang::En), text });
    assert!(!state.paste_open, "the form closes once the answers are in");
    assert_eq!(state.drafts.paste, PasteDraft::default());
    // A draft left from before a reload opens the form again.
    let reopened = start(sample::session().unwrap()).returning_to(None, pingfen::app::Drafts { paste: draft, ..Default::default() });
    assert!(reopened.paste_open);
    // Switching screens closes the form but keeps what was typed.
    let moved = reopened.reduce(Action::SetView(View::Items));
    assert!(!moved.paste_open && !moved.drafts.paste.text.is_empty());
}

#[test]
fn news_goes_with_a_change_of_screen_and_errors_stay() {
    let state = start(sample::session().unwrap());
    let english = state.session.suite.items.iter().filter(|i| i.lang == pingfen::core::text::Lang::En).count();
    let text: String = (1..=english).map(|n| format!("{n}. answer {n}\n")).collect();
    let state = state
        .reduce(Action::Paste { model: "Nova".into(), lang: Some(pingfen::core::text::Lang::En), text })
        .reduce(Action::FileLoaded { name: "bad.jsonl".into(), outcome: files::read("bad.jsonl", b"{not json") });
    assert_eq!(state.notices.len(), 2);
    let state = state.reduce(Action::SetView(View::Items));
    assert_eq!(state.notices.len(), 1);
    assert!(state.notices[0].is_error(), "the error stays until fixed or dismissed");
}

#[test]
fn the_items_behind_a_score_list_that_models_score_and_sort_by_it() {
    use pingfen::app::{item_list, ItemFilter, ItemOrder};
    use pingfen::core::text::Lang;
    let state = start(sample::session().unwrap());
    let suite = &state.session.suite;
    let results = state.results.as_deref();
    assert_eq!(item_list(suite, results, None, ItemOrder::LowestFirst).len(), suite.items.len(), "no filter: every item, no scores");
    let filter = ItemFilter { model: "Tiny-Helper (sample)".into(), lang: Lang::Zh, dimension: Some("language".into()) };
    let in_suite = item_list(suite, results, Some(&filter), ItemOrder::Suite);
    assert!(!in_suite.is_empty() && in_suite.iter().all(|(item, _)| item.lang == Lang::Zh && item.dimension == "language"));
    let low = item_list(suite, results, Some(&filter), ItemOrder::LowestFirst);
    let high = item_list(suite, results, Some(&filter), ItemOrder::HighestFirst);
    let scored = |list: &[(&pingfen::core::model::suite::Item, Option<f64>)]| list.iter().map_while(|(_, s)| *s).collect::<Vec<f64>>();
    let (low_scores, high_scores) = (scored(&low), scored(&high));
    assert!(low_scores.windows(2).all(|w| w[0] <= w[1]), "{low_scores:?}");
    assert!(high_scores.windows(2).all(|w| w[0] >= w[1]), "{high_scores:?}");
    assert!(low.iter().skip(low_scores.len()).all(|(_, s)| s.is_none()), "unscored (open) items last");
    let model_score = |id: &str| state.results.as_ref().unwrap().items.iter().find(|s| s.item == id && s.model == filter.model).unwrap().score;
    assert!(low.iter().all(|(item, score)| *score == model_score(&item.id)), "each item's score is that model's");
}

#[test]
fn the_leaderboard_export_follows_the_order_and_languages_on_screen() {
    use pingfen::core::aggregate::{BoardView, SortKey};
    use pingfen::core::text::Lang;
    let state = start(sample::session().unwrap());
    let english_only = state.board.showing(Some(Lang::En));
    assert_eq!(english_only, BoardView { sort: SortKey::Composite(Lang::En), only: Some(Lang::En) });
    let state = state.reduce(Action::ShowBoard(english_only));
    let results = state.results.clone().unwrap();
    let context = Context { locale: Locale::En, created: "2026-12-01T00:00:00Z", rater: None, board: state.board, withheld: None };
    let csv = export::produce(Export::LeaderboardCsv, &state.session, Some(&results), &context).unwrap();
    let text = String::from_utf8(csv.bytes).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header = lines.next().unwrap();
    assert!(header.contains("English") && !header.contains("Chinese") && !header.contains("Both languages"), "{header}");
    let composites: Vec<f64> = lines.map(|l| l.split(',').nth(1).unwrap().parse().unwrap()).collect();
    assert_eq!(composites.len(), results.models.len());
    assert!(composites.windows(2).all(|w| w[0] >= w[1]), "sorted by the English composite, as on screen: {composites:?}");
    // Both languages again: the order chosen is kept, the composite over both comes back.
    let both = state.board.showing(None);
    assert_eq!(both.sort, SortKey::Composite(Lang::En));
    assert!(both.shows(Lang::Zh) && both.shows(Lang::En));
}

#[test]
fn the_comparison_panel_asks_the_engine_and_shows_its_answer_for_the_results_on_screen() {
    use pingfen::app::state::ComparePick;
    use pingfen::core::aggregate::{compare, Resampling, Scope};
    use pingfen::core::text::Lang;

    let state = start(sample::session().unwrap());
    let results = state.results.clone().expect("the sample is scored");
    let (first, second) = (results.models[0].clone(), results.models[1].clone());
    let scope = Scope { lang: Some(Lang::Zh), dimension: None, subtask: None };
    let pick = ComparePick { first: first.clone(), second: second.clone(), scope: scope.clone() };
    let state = state.reduce(Action::Compare(pick.clone()));
    let compared = state.comparison.clone().expect("asked");
    assert!(compared.answers(&pick, &results));
    let expected = compare(&state.session.suite, &results.items, &first, &second, &scope, state.session.aggregation, Resampling::default());
    assert!(expected.is_some());
    assert_eq!(compared.answer, Some(expected), "the engine's answer is the core's comparison");

    // The same model twice cannot be compared; the answer says so rather than a number.
    let same = ComparePick { first: first.clone(), second: first.clone(), scope };
    assert_eq!(state.reduce(Action::Compare(same)).comparison.and_then(|c| c.answer), Some(None));
}

mod links {
    use super::*;
    use pingfen::core::human::merge::RaterWork;
    use pingfen::core::io::link::{self, Kind, Shared};

    const BASE: &str = "https://example.org/pingfen/";

    fn url(shared: Shared) -> String {
        format!("{BASE}#{}", link::encode(&shared).unwrap())
    }

    #[test]
    fn a_link_at_start_waits_for_the_saved_session_then_opens() {
        let suite = pingfen::core::io::sample::session().unwrap().suite;
        let mut small = suite.clone();
        small.items.truncate(5);
        let state = start(sample::session().unwrap()).with_link(Some(url(Shared::Suite(Box::new(small.clone())))));
        assert!(state.opening.is_some());
        assert_eq!(state.session.suite, suite, "nothing replaced while the saved session is read");
        let state = state.reduce(Action::NothingSaved);
        assert!(state.opening.is_none(), "read once, then done with (the address bar is cleared)");
        assert_eq!(state.session.suite, small);
        assert!(state.session.answers.is_empty());
        assert_eq!(state.origin, Origin::Link);
        let words = state.notices[0].words(Locale::En);
        assert!(words.title.contains("Opened the shared suite") && words.title.contains("5 items"), "{}", words.title);
    }

    #[test]
    fn a_scorebook_link_opens_with_the_same_numbers() {
        let rated = sample::rated_session().unwrap();
        let direct = start(rated.clone()).reduce(Action::NothingSaved);
        let state = start(sample::session().unwrap()).reduce(Action::NothingSaved).reduce(Action::OpenLink(url(Shared::Scorebook(Box::new(rated.clone())))));
        assert_eq!(*state.session, rated);
        let (a, b) = (state.results.as_deref().unwrap(), direct.results.as_deref().unwrap());
        assert_eq!(a.table, b.table);
        assert_eq!(a.items, b.items);
    }

    #[test]
    fn rater_links_pasted_together_merge_in_order_and_garbage_is_refused() {
        let rated = sample::rated_session().unwrap();
        let names: Vec<String> = rated.raters.iter().map(|r| r.name.clone()).collect();
        let links: Vec<String> = names.iter().map(|name| url(Shared::Rater(Box::new(RaterWork::of(&rated, name).unwrap())))).collect();
        let state = start(sample::session().unwrap()).reduce(Action::NothingSaved).reduce(Action::SetView(View::Raters));
        let state = state.reduce(Action::MergeLinks(format!("  {}\n\n{}{}", links[0], links[1], links[2..].join(" "))));
        let merged: Vec<String> = state.session.raters.iter().map(|r| r.name.clone()).collect();
        assert_eq!(merged, names, "every rater, in the order pasted");
        assert_eq!(state.session.ratings.len(), rated.ratings.len());
        assert_eq!(state.session.votes.len(), rated.votes.len());
        let progress = &state.results.as_deref().unwrap().human.progress;
        assert_eq!(progress.len(), names.len());

        let before = state.session.clone();
        let state = state.reduce(Action::MergeLinks("see you tomorrow".into()));
        assert_eq!(state.session, before);
        assert!(state.notices[0].words(Locale::En).lines[0].contains("not a Pingfen share link"));
        let cut = &links[0][..links[0].len() - 12];
        let state = state.reduce(Action::MergeLinks(cut.to_owned()));
        assert_eq!(state.session, before, "a cut link changes nothing");
        assert!(state.notices[0].words(Locale::En).lines[0].contains("incomplete"), "{:?}", state.notices[0].words(Locale::En));
    }

    #[test]
    fn a_rater_link_of_another_suite_changes_nothing_and_says_which() {
        let mut other = sample::rated_session().unwrap();
        other.suite.id = "another-class".into();
        let work = RaterWork::of(&other, &other.raters[0].name.clone()).unwrap();
        let state = start(sample::session().unwrap()).reduce(Action::NothingSaved);
        let before = state.session.clone();
        let state = state.reduce(Action::OpenLink(url(Shared::Rater(Box::new(work)))));
        assert_eq!(state.session, before);
        let words = state.notices[0].words(Locale::En);
        assert!(words.lines[0].contains("another-class") && words.lines[0].contains("open that suite first"), "{words:?}");
    }

    #[test]
    fn the_share_dialog_gets_its_link_and_qr_code_from_the_engine() {
        let state = start(sample::session().unwrap()).reduce(Action::NothingSaved);
        let refused = state.clone().reduce(Action::Share { kind: Kind::Rater, base: BASE.into() });
        assert!(matches!(refused.sharing.as_ref().and_then(|s| s.made.clone()), Some(Err(_))), "no rater signed in");

        let state = state.reduce(Action::SetView(View::Rate)).reduce(Action::SignIn { name: "Kit".into(), seed: 5 });
        let state = keys(state, &["5"]);
        let state = state.reduce(Action::Share { kind: Kind::Rater, base: BASE.into() });
        let made = state.sharing.as_ref().unwrap().made.clone().unwrap().unwrap();
        assert!(made.url.starts_with(&format!("{BASE}#pf1.rater.")), "{}", made.url);
        assert_eq!(made.chars, made.url.chars().count());
        let svg = made.qr.expect("a one-rating link fits a QR code");
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"), "{}", &svg[..60]);
        let state = state.reduce(Action::Present(true));
        assert!(state.sharing.as_ref().unwrap().presenting);
        assert!(state.reduce(Action::CloseShare).sharing.is_none());

        // The sample's whole scorebook is over a QR code's capacity but within a link's.
        let book = start(sample::rated_session().unwrap()).reduce(Action::NothingSaved).reduce(Action::Share { kind: Kind::Scorebook, base: BASE.into() });
        let made = book.sharing.unwrap().made.unwrap().unwrap();
        assert!(made.qr.is_none());
        assert_eq!(pingfen::app::share::Fit::of(made.chars), pingfen::app::share::Fit::Long, "{} characters", made.chars);
    }

    /// `session`'s results without its answers' text, as a link (its automatic scores computed
    /// here, as the page holds them).
    fn results_url(session: &Session) -> String {
        let segmenter = pingfen::core::text::Segmenter::embedded().unwrap();
        let automatic = pingfen::core::scoring::score_all(&segmenter, &session.suite, &session.answers);
        url(Shared::Results(Box::new(pingfen::core::results::Withheld::of(session, &automatic))))
    }

    #[test]
    fn a_results_link_opens_the_same_numbers_and_nothing_asks_for_the_missing_text() {
        let rated = sample::rated_session().unwrap();
        let direct = start(rated.clone()).reduce(Action::NothingSaved);
        let state = start(sample::session().unwrap()).reduce(Action::NothingSaved).reduce(Action::OpenLink(results_url(&rated)));
        assert!(state.answers_withheld());
        assert!(state.notices[0].words(Locale::En).title.contains("shared results"), "{:?}", state.notices[0].words(Locale::En));
        let (a, b) = (state.results.as_deref().unwrap(), direct.results.as_deref().unwrap());
        assert_eq!(a.table, b.table, "the same leaderboard");
        // The same progress, agreement, boards and side bias; the length bias needs the
        // answers' text, which a results link does not carry.
        let mut direct_human = b.human.clone();
        assert!(a.human.bias.iter().all(|bias| bias.longer.is_none()), "no text, no length rate");
        direct_human.bias.iter_mut().for_each(|bias| bias.longer = None);
        assert_eq!(a.human, direct_human, "the same progress, agreement and boards");
        let scores = |r: &pingfen::core::results::Results| r.items.iter().map(|s| (s.model.clone(), s.item.clone(), s.score)).collect::<Vec<_>>();
        assert_eq!(scores(a), scores(b));

        // What needs the text is refused and changes nothing: pasting, rating, another script,
        // a rater's file; a rescore keeps the scores that came.
        let before = state.session.clone();
        let table = a.table.clone();
        let refused = |state: AppState, action: Action| {
            let state = state.reduce(action);
            assert_eq!(state.session, before);
            assert!(matches!(state.notices[0], Notice::AnswersWithheld), "{:?}", state.notices[0]);
            assert!(state.notices[0].words(Locale::ZhHant).title.contains("完整的評分簿"));
            state
        };
        let state = refused(state, Action::Paste { model: "New".into(), lang: None, text: "1. A\n2. B".into() });
        let state = refused(state, Action::SetChineseScript(pingfen::core::model::suite::ChineseScript::AsWritten));
        let state = refused(state, Action::SignIn { name: "Kit".into(), seed: 5 });
        let state = refused(state, Action::Merge { name: "r.json".into(), outcome: Ok(files::Loaded::Session(Box::new(rated.clone()))) });
        // A rater this device remembers, of this very session, rates nothing either.
        let state = keys(state.with_rater(Some(rated.raters[0].name.clone())).reduce(Action::SetView(View::Rate)), &["5", "a", "j", "4"]);
        assert_eq!(state.session, before, "keys rate nothing");
        let state = state.reduce(Action::Rescore);
        assert_eq!(state.results.as_deref().unwrap().table, table, "a rescore keeps the shared scores");
        // Another rule re-aggregates over them.
        let state = state.reduce(Action::SetRule(pingfen::core::model::rule::Rule::default()));
        assert_eq!(state.results.as_deref().unwrap().table, table);

        // Shared on, it goes as it came; saved, it keeps its scores; the sample replaces it whole.
        let shared = state.clone().reduce(Action::Share { kind: Kind::Scorebook, base: BASE.into() }).sharing.unwrap();
        assert_eq!(shared.kind, Kind::Results);
        assert!(shared.made.unwrap().unwrap().url.contains("#pf1.results."));
        let withheld = state.withheld_scores().unwrap();
        let text = autosave::encode(&state.origin, &state.session, Some(&withheld), "2026-12-03T00:00:00Z").unwrap();
        let restored = autosave::decode(&text).unwrap();
        let reloaded = engine::ready(AppState::new(Locale::En, None, sample::session().unwrap(), clock)).reduce(Action::Restored(Box::new(restored)));
        assert!(reloaded.answers_withheld());
        assert_eq!(reloaded.results.as_deref().unwrap().table, table, "a reload shows the same numbers");
        let context = Context { locale: Locale::En, created: "2026-12-03T00:00:00Z", rater: None, board: state.board, withheld: Some(&withheld) };
        let book = export::produce(Export::Scorebook, &state.session, state.results.as_deref(), &context).unwrap();
        let reopened = start(sample::session().unwrap()).reduce(Action::NothingSaved).reduce(Action::FileLoaded { name: book.name.clone(), outcome: files::read(&book.name, &book.bytes) });
        assert!(reopened.answers_withheld());
        assert_eq!(reopened.results.as_deref().unwrap().table, table, "its scorebook opens with the same numbers");
        let state = state.reduce(Action::LoadSample(Box::new(sample::scored().unwrap())));
        assert!(!state.answers_withheld());
    }

    /// Letters no compressor can pack: `n` of them, from `seed`.
    fn noise(seed: u64, n: usize) -> String {
        let mut x = seed | 1;
        (0..n)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if i % 6 == 5 { ' ' } else { char::from(b'a' + (x % 26) as u8) }
            })
            .collect()
    }

    #[test]
    fn a_scorebook_too_long_for_a_link_offers_the_smaller_one_beside_its_file() {
        let mut session = sample::session().unwrap();
        for (i, answer) in session.answers.iter_mut().enumerate() {
            answer.answer.push_str(&noise(i as u64, 600));
        }
        let state = start(session.clone()).reduce(Action::NothingSaved).reduce(Action::Share { kind: Kind::Scorebook, base: BASE.into() });
        let sharing = state.sharing.clone().unwrap();
        let whole = sharing.made.clone().unwrap().unwrap();
        assert_eq!(pingfen::app::share::Fit::of(whole.chars), pingfen::app::share::Fit::TooLong, "{} characters", whole.chars);
        let lighter = sharing.lighter().expect("the smaller link is offered").clone();
        assert_ne!(pingfen::app::share::Fit::of(lighter.chars), pingfen::app::share::Fit::TooLong, "{} characters", lighter.chars);
        assert!(lighter.url.contains("#pf1.results."));
        // It opens elsewhere with the numbers the whole session gives.
        let there = start(sample::session().unwrap()).reduce(Action::NothingSaved).reduce(Action::OpenLink(lighter.url.clone()));
        assert_eq!(there.results.as_deref().unwrap().table, state.results.as_deref().unwrap().table);
        assert!(!there.session.answers.iter().any(|a| a.answer.contains(&noise(0, 600)[..30])));

        // A link that fits anyway is offered alone: nothing smaller is needed.
        let small = start(sample::session().unwrap()).reduce(Action::NothingSaved).reduce(Action::Share { kind: Kind::Suite, base: BASE.into() });
        assert!(small.sharing.unwrap().lighter().is_none());
    }
}
