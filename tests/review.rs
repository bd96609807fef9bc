//! The review queue and overrides in the app, driven natively: answers whose extracted choice
//! needs a person wait in the queue; one key decides each, the leaderboard follows, and undo
//! brings the automatic result back.

#![cfg(not(target_arch = "wasm32"))]

use pingfen::app::{Action, AppState, View};
use pingfen::core::i18n::Locale;
use pingfen::core::io::sample;
use pingfen::core::model::human::{Correction, Target};
use pingfen::core::model::session::Session;
use pingfen::core::scoring::Source;

#[path = "support/engine.rs"]
mod engine;

use engine::clock;

fn start(session: Session) -> AppState {
    engine::ready(AppState::new(Locale::En, None, session, clock))
}

const AT: &str = "2026-12-01T09:00:00Z";

#[test]
fn the_sample_has_answers_to_review_and_keys_clear_them() {
    let mut state = start(sample::session().unwrap()).reduce(Action::SetView(View::Review));
    let queue = state.review_queue();
    assert!(queue.len() >= 2, "the sample shows the queue at work: {}", queue.len());
    let mut decided = 0;
    while let Some(task) = state.review_task() {
        // A key the item does not offer does nothing.
        let same = state.clone().reduce(Action::ReviewKey { key: "z".into(), at: AT.into() });
        assert_eq!(same.review_queue().len(), state.review_queue().len());
        let key = if decided % 2 == 0 { task.expected.chars().next().unwrap().to_string() } else { "n".into() };
        state = state.reduce(Action::ReviewKey { key, at: AT.into() });
        decided += 1;
        assert!(decided <= queue.len(), "every key press decides one answer");
        let results = state.results.clone().unwrap();
        let score = results.items.iter().find(|s| s.model == task.model && s.item == task.item).unwrap();
        assert_eq!(score.source, Source::Override);
        assert_eq!(score.overridden.as_ref().unwrap().reason, if decided % 2 == 1 { "Read in the review queue" } else { "Read in the review queue: the answer chooses no option" });
        assert_eq!(score.overridden.as_ref().unwrap().by, "organiser");
    }
    assert_eq!(decided, queue.len());
    assert_eq!(state.session.overrides.len(), queue.len(), "each decision is in the session (and so saved)");
}

#[test]
fn an_override_with_a_reason_moves_the_leaderboard_and_undo_restores_it() {
    let state = start(sample::session().unwrap()).reduce(Action::SignIn { name: "Ms Chan".into(), seed: 1 });
    let results = state.results.clone().unwrap();
    let score = results.items.iter().find(|s| matches!(s.detail, pingfen::core::scoring::Detail::Choice { .. }) && s.score == Some(100.0)).unwrap();
    let (model, item) = (score.model.clone(), score.item.clone());
    let composite = |state: &AppState| state.results.as_ref().unwrap().table.iter().find(|c| c.model == model && c.lang.is_none() && c.dimension.is_none()).and_then(|c| c.score);
    let before = composite(&state);
    // No reason, no override.
    let unchanged = state.clone().reduce(Action::Override { model: model.clone(), item: item.clone(), value: Correction::Choice { choice: None }, reason: "  ".into(), at: AT.into() });
    assert!(unchanged.session.overrides.is_empty());
    let overridden = state.reduce(Action::Override { model: model.clone(), item: item.clone(), value: Correction::Choice { choice: None }, reason: "It quotes the options and never decides".into(), at: AT.into() });
    assert_eq!(overridden.session.overrides[0].by, "Ms Chan");
    assert!(composite(&overridden) < before, "{:?} → {:?}", before, composite(&overridden));
    let undone = overridden.reduce(Action::UndoOverride { model: model.clone(), item: item.clone(), target: Target::Choice });
    assert!(undone.session.overrides.is_empty());
    assert_eq!(composite(&undone), before);
}
