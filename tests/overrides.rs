//! A person's last word on an automatic result: overrides change the item score and the
//! leaderboard, travel in the scorebook with who, when and why, can be undone, merge like
//! ratings, and are refused when they do not fit their item.

#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::human::merge::merge;
use pingfen::core::io::{export, sample, scorebook};
use pingfen::core::model::human::{Correction, Override, Target};
use pingfen::core::model::suite::ItemKind;
use pingfen::core::results;
use pingfen::core::scoring::{Detail, Source};
use pingfen::core::text::Segmenter;

fn entry(model: &str, item: &str, value: Correction, by: &str, at: &str) -> Override {
    Override { model: model.into(), item: item.into(), value, reason: "the answer says D in its last line".into(), by: by.into(), at: at.into() }
}

/// A choice item the extraction got wrong or right, and the model that answered it.
fn choice_case(session: &pingfen::core::model::session::Session, segmenter: &Segmenter) -> (String, String, String, bool) {
    let scored = results::compute(session, segmenter);
    let score = scored.items.iter().find(|s| matches!(s.detail, Detail::Choice { .. }) && s.score.is_some()).expect("the sample has choice items");
    let Detail::Choice { expected, .. } = &score.detail else { unreachable!() };
    (score.model.clone(), score.item.clone(), expected.clone(), score.score == Some(100.0))
}

#[test]
fn an_overridden_choice_rescores_the_item_and_moves_the_composite() {
    let segmenter = Segmenter::embedded().unwrap();
    let mut session = sample::session().unwrap();
    let (model, item, expected, was_right) = choice_case(&session, &segmenter);
    let before = results::compute(&session, &segmenter);
    // Override to the opposite of what extraction decided.
    let wrong: String = session.suite.item(&item).unwrap().options.keys().find(|l| **l != expected).unwrap().clone();
    let choice = if was_right { Some(wrong) } else { Some(expected.clone()) };
    session.set_override(entry(&model, &item, Correction::Choice { choice }, "Ms Chan", "2026-12-01T09:00:00Z"));
    assert!(session.problems("book.json").is_empty(), "{:?}", session.problems("book.json"));
    let after = results::compute(&session, &segmenter);
    let score = after.items.iter().find(|s| s.model == model && s.item == item).unwrap();
    assert_eq!(score.source, Source::Override);
    assert_eq!(score.score, Some(if was_right { 0.0 } else { 100.0 }));
    assert_eq!(score.overridden.as_ref().unwrap().by, "Ms Chan");
    let composite = |r: &results::Results| r.table.iter().find(|c| c.model == model && c.lang.is_none() && c.dimension.is_none()).and_then(|c| c.score);
    assert_ne!(composite(&before), composite(&after), "the leaderboard moves");
    assert_eq!(after.overridden(&model), 1);

    // The leaderboard export counts it; the items export marks it with its reason.
    let board = export::leaderboard_as_shown(&session.suite, &after, pingfen::core::i18n::Locale::En, Default::default());
    assert_eq!(board.columns.last().unwrap(), "Overrides");
    let items = export::item_scores(&after);
    let csv = export::to_csv(&items).unwrap();
    assert!(csv.lines().any(|l| l.contains(",override,") && l.contains("the answer says D in its last line") && l.contains("Ms Chan")), "{csv}");

    // Undo: the automatic result counts again.
    assert!(session.undo_override(&model, &item, Target::Choice));
    assert_eq!(results::compute(&session, &segmenter).items, before.items);
}

#[test]
fn overrides_travel_in_the_scorebook_and_merge_like_ratings() {
    let segmenter = Segmenter::embedded().unwrap();
    let mut session = sample::session().unwrap();
    let (model, item, expected, _) = choice_case(&session, &segmenter);
    session.set_override(entry(&model, &item, Correction::Choice { choice: Some(expected.clone()) }, "Ms Chan", "2026-12-01T09:00:00Z"));
    let scored = results::compute(&session, &segmenter);
    let json = scorebook::Scorebook::new(&session, &scored, "2026-12-01T09:01:00Z").to_json().unwrap();
    let reopened = scorebook::read("book.json", &json).unwrap();
    assert_eq!(reopened.overrides, session.overrides);
    assert!(json.contains("\"target\": \"choice\"") || json.contains("\"target\":\"choice\""), "the scorebook says what was overridden");

    // Merging the same file twice adds nothing; a later word by the same person replaces theirs;
    // another person's override is kept beside it and the latest counts.
    let mut organiser = sample::session().unwrap();
    let report = merge(&mut organiser, reopened.clone()).unwrap();
    assert_eq!(report.overrides_added, 1);
    let again = merge(&mut organiser, reopened).unwrap();
    assert_eq!((again.overrides_added, again.duplicates), (0, 1));
    let mut later = sample::session().unwrap();
    later.set_override(entry(&model, &item, Correction::Choice { choice: None }, "Ms Chan", "2026-12-01T10:00:00Z"));
    merge(&mut organiser, later).unwrap();
    assert_eq!(organiser.overrides.len(), 1);
    assert_eq!(organiser.override_of(&model, &item, Target::Choice).unwrap().value, Correction::Choice { choice: None });
    let mut other = sample::session().unwrap();
    other.set_override(entry(&model, &item, Correction::Choice { choice: Some(expected) }, "Mr Lee", "2026-12-01T11:00:00Z"));
    merge(&mut organiser, other).unwrap();
    assert_eq!(organiser.overrides.len(), 2);
    assert_eq!(organiser.override_of(&model, &item, Target::Choice).unwrap().by, "Mr Lee");
}

#[test]
fn overrides_that_do_not_fit_their_item_are_refused_with_where_and_why() {
    let mut session = sample::session().unwrap();
    let model = session.models()[0].clone();
    let choice = session.suite.items.iter().find(|i| i.kind == ItemKind::Choice).unwrap().id.clone();
    let reference = session.suite.items.iter().find(|i| i.kind == ItemKind::Reference).unwrap().id.clone();
    session.overrides = vec![
        entry(&model, &choice, Correction::Choice { choice: Some("Z".into()) }, "A", "2026-12-01T09:00:00Z"),
        entry(&model, &reference, Correction::Score { score: 140.0 }, "A", "2026-12-01T09:00:00Z"),
        entry(&model, &reference, Correction::Check { check: 0, pass: true }, "A", "2026-12-01T09:00:00Z"),
        Override { reason: " ".into(), ..entry(&model, &reference, Correction::Score { score: 40.0 }, "A", "2026-12-01T09:00:00Z") },
        entry("nobody", "no-such-item", Correction::Score { score: 40.0 }, "A", "2026-12-01T09:00:00Z"),
    ];
    let problems = session.problems("book.json");
    let worded: Vec<String> = problems.iter().map(|p| p.describe(pingfen::core::i18n::Locale::En)).collect();
    assert_eq!(worded.iter().filter(|w| w.contains("does not fit its item")).count(), 3, "{worded:#?}");
    assert!(worded.iter().any(|w| w.contains("has no reason")), "{worded:#?}");
    assert!(worded.iter().any(|w| w.contains("overrides[4]")), "{worded:#?}");
}

#[test]
fn a_score_override_on_a_reference_item_is_the_score() {
    let segmenter = Segmenter::embedded().unwrap();
    let mut session = sample::session().unwrap();
    let model = session.models()[0].clone();
    let item = session.suite.items.iter().find(|i| i.kind == ItemKind::Reference).unwrap().id.clone();
    session.set_override(entry(&model, &item, Correction::Score { score: 55.5 }, "A", "2026-12-01T09:00:00Z"));
    let scored = results::compute(&session, &segmenter);
    let score = scored.items.iter().find(|s| s.model == model && s.item == item).unwrap();
    assert_eq!((score.score, score.source), (Some(55.5), Source::Override));
    assert!(matches!(score.detail, Detail::Reference { .. }), "the metrics stay for comparison");
}
