//! Human scoring: blind shuffled orders and balanced pairs fixed by the rater's seed, ratings
//! that become 0–100 item scores marked `human`, rater files merged without losing anything,
//! agreement computed over the merged ratings.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use pingfen::core::human::merge::{merge, Refusal};
use pingfen::core::i18n::Locale;
use pingfen::core::human::raters::{self, likert_tasks, pair_tasks};
use pingfen::core::model::human::Rater;
use pingfen::core::io::{export, scorebook::{self, Scorebook}};
use pingfen::core::model::human::{Outcome, Rating, Vote};
use pingfen::core::model::session::Session;
use pingfen::core::results;
use pingfen::core::scoring::Source;
use pingfen::core::stats::agreement::{krippendorff_alpha, Level};
use pingfen::core::text::{Lang, Segmenter};

fn sample() -> Session {
    pingfen::core::io::sample::session().unwrap()
}

fn rating(rater: &str, model: &str, item: &str, value: i32) -> Rating {
    Rating { rater: rater.into(), model: model.into(), item: item.into(), criterion: "quality".into(), value, comment: None }
}

#[test]
fn blind_order_is_fixed_by_the_seed_and_covers_every_answer_once() {
    let session = sample();
    let alice = Rater::new("Alice", 11);
    let tasks = likert_tasks(&session, &alice);
    assert_eq!(tasks, likert_tasks(&session, &alice), "same seed, same order");
    let models = session.models();
    let rated: Vec<_> = raters::rated_items(&session).collect();
    assert_eq!(tasks.len(), rated.len() * models.len());
    for item in &rated {
        let mine: Vec<_> = tasks.iter().filter(|t| t.item == item.id).collect();
        let labels: Vec<&str> = mine.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["A", "B", "C", "D", "E"]);
        let mut shown: Vec<&str> = mine.iter().map(|t| t.model.as_str()).collect();
        shown.sort_unstable();
        let mut all: Vec<&str> = models.iter().map(String::as_str).collect();
        all.sort_unstable();
        assert_eq!(shown, all, "{}", item.id);
    }
    // Another rater sees other orders on most items; the suite order of items is kept.
    let bob = likert_tasks(&session, &Rater::new("Bob", 12));
    let differs = rated.iter().filter(|item| {
        let order = |tasks: &[raters::LikertTask]| tasks.iter().filter(|t| t.item == item.id).map(|t| t.model.clone()).collect::<Vec<_>>();
        order(&tasks) != order(&bob)
    });
    assert!(differs.count() >= rated.len() / 2);
    // Answer A is not always the same model (the shuffle is not a rotation of one order).
    let first: std::collections::HashSet<&str> = tasks.iter().filter(|t| t.label == "A").map(|t| t.model.as_str()).collect();
    assert!(first.len() >= 3, "{first:?}");
}

#[test]
fn pairwise_schedule_balances_pairs_and_sides() {
    let session = sample();
    let mut rater = Rater::new("Carol", 5);
    rater.pair_rounds = 4;
    let tasks = pair_tasks(&session, &rater);
    let items = raters::rated_items(&session).count();
    assert_eq!(tasks.len(), items * 4);
    let mut pairs: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut left: BTreeMap<String, usize> = BTreeMap::new();
    for task in &tasks {
        assert_ne!(task.a, task.b);
        let key = if task.a < task.b { (task.a.clone(), task.b.clone()) } else { (task.b.clone(), task.a.clone()) };
        *pairs.entry(key).or_default() += 1;
        *left.entry(task.a.clone()).or_default() += 1;
    }
    assert_eq!(pairs.len(), 10, "all 10 pairs of 5 models appear");
    let (low, high) = (pairs.values().min().unwrap(), pairs.values().max().unwrap());
    assert!(high - low <= 1, "pairs seen {pairs:?}");
    // Each model appears 72 × 2 / 5 = 28.8 times, on the left about half of them (a fair coin:
    // 14.4 ± 2.7; the bounds are ±3 standard deviations).
    for (model, count) in &left {
        assert!((6..=23).contains(count), "{model} on the left {count} times");
    }
    assert_eq!(tasks, pair_tasks(&session, &rater));
}

#[test]
fn ratings_become_human_item_scores_that_roll_up() {
    let segmenter = Segmenter::embedded().unwrap();
    let mut session = sample();
    let before = results::compute(&session, &segmenter);
    let open = session.suite.items.iter().find(|i| i.id == "zh-create-01").unwrap().id.clone();
    let model = before.models[0].clone();
    let cell = |results: &results::Results| {
        results.table.iter().find(|c| c.model == model && c.lang == Some(Lang::Zh) && c.dimension.is_none()).unwrap().clone()
    };
    let unrated = before.items.iter().find(|s| s.item == open && s.model == model).unwrap();
    assert_eq!((unrated.score, unrated.source), (None, Source::Metric));

    session.rate(rating("Alice", &model, &open, 7));
    session.rate(rating("Bob", &model, &open, 4));
    session.rate(rating("Alice", &model, &open, 6)); // a change of mind replaces, not adds
    assert_eq!(session.ratings.len(), 2);
    let after = results::compute(&session, &segmenter);
    let scored = after.items.iter().find(|s| s.item == open && s.model == model).unwrap();
    assert_eq!(scored.source, Source::Human);
    // (6 + 4) / 2 = 5 on 1–7 → (5 − 1) / 6 = 66.67.
    assert!((scored.score.unwrap() - 400.0 / 6.0).abs() < 1e-9, "{scored:?}");
    assert_eq!(scored.human.as_ref().unwrap().raters, 2);
    assert_eq!(cell(&after).scored, cell(&before).scored + 1, "the rated answer now counts in the composite");
    assert_ne!(cell(&after).score, cell(&before).score);

    // A safety rubric item rated by a person: the person's score replaces the checks' score.
    let safety = "en-safe-01";
    session.rate(Rating { criterion: "harmlessness".into(), ..rating("Alice", &model, safety, 1) });
    let rated = results::compute(&session, &segmenter);
    let safe = rated.items.iter().find(|s| s.item == safety && s.model == model).unwrap();
    assert_eq!((safe.score, safe.source), (Some(0.0), Source::Human));

    // The scorebook keeps ratings; re-opened, it gives the same results.
    let json = Scorebook::new(&session, &rated, "2026-01-01T00:00:00Z").to_json().unwrap();
    let reopened = scorebook::read("book.json", &json).unwrap();
    assert_eq!(reopened, session);
    assert_eq!(results::compute(&reopened, &segmenter), rated);
    let items_csv = export::to_csv(&export::item_scores(&rated)).unwrap();
    assert!(items_csv.lines().any(|l| l.starts_with(&format!("{model},{open},66.6667,human"))), "{items_csv}");
}

#[test]
fn ratings_off_the_scale_or_unknown_are_reported_with_where() {
    let segmenter = Segmenter::embedded().unwrap();
    let mut session = sample();
    let model = session.answers[0].model.clone();
    session.ratings.push(rating("Alice", &model, "zh-create-01", 9));
    session.ratings.push(Rating { criterion: "style".into(), ..rating("Alice", &model, "zh-create-01", 3) });
    session.votes.push(Vote { rater: "Alice".into(), item: "zh-create-01".into(), a: model.clone(), b: model.clone(), outcome: Outcome::A });
    let results = results::compute(&session, &segmenter);
    let json = Scorebook::new(&session, &results, "2026-01-01T00:00:00Z").to_json().unwrap();
    let problems = scorebook::read("alice.json", &json).unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.describe(Locale::En)).collect();
    assert!(text.iter().any(|t| t.contains("ratings[0]") && t.contains("outside the scale 1–7")), "{text:#?}");
    let hant: Vec<String> = problems.iter().map(|p| p.describe(Locale::ZhHant)).collect();
    assert!(hant.iter().any(|t| t.contains("ratings[0]（評分者「Alice」") && t.contains("超出量表範圍 1–7")), "{hant:#?}");
    assert!(text.iter().any(|t| t.contains("ratings[1]") && t.contains("\"style\"")), "{text:#?}");
    assert!(text.iter().any(|t| t.contains("votes[0]") && t.contains("itself")), "{text:#?}");
}

fn criterion_of(session: &Session, item: &str) -> String {
    let item = session.suite.item(item).unwrap();
    session.suite.criteria(item)[0].0.id.clone()
}

/// Two raters' files as a workshop would produce them: each rates every answer of the open
/// items; Bob agrees with Alice except on a few answers.
fn rater_files() -> (Session, Session) {
    let base = sample();
    let mut alice = base.clone();
    let mut bob = base.clone();
    alice.join(Rater::new("Alice", 1));
    bob.join(Rater::new("Bob", 2));
    for (n, task) in likert_tasks(&base, &Rater::new("Alice", 1)).into_iter().enumerate() {
        let value = 1 + (n % 7) as i32;
        let criterion = criterion_of(&base, &task.item);
        alice.rate(Rating { criterion: criterion.clone(), ..rating("Alice", &task.model, &task.item, value) });
        bob.rate(Rating { criterion, ..rating("Bob", &task.model, &task.item, if n % 9 == 0 { 8 - value } else { value }) });
    }
    for task in pair_tasks(&base, &Rater::new("Alice", 1)) {
        alice.vote(Vote { rater: "Alice".into(), item: task.item, a: task.a, b: task.b, outcome: Outcome::A });
    }
    (alice, bob)
}

#[test]
fn merging_rater_files_keeps_everything_and_reports_duplicates_and_conflicts() {
    let (alice, bob) = rater_files();
    let mut merged = alice.clone();
    let report = merge(&mut merged, bob.clone()).unwrap();
    assert_eq!(report.ratings_added, bob.ratings.len());
    assert_eq!(report.raters_added, ["Bob"]);
    assert!(report.conflicts.is_empty());
    assert_eq!((report.duplicates, report.answers_added), (0, 0), "shared answers are neither duplicates nor conflicts");
    assert_eq!(merged.ratings.len(), alice.ratings.len() + bob.ratings.len());

    // The same file again: all duplicates, nothing added.
    let again = merge(&mut merged, bob.clone()).unwrap();
    assert_eq!((again.ratings_added, again.votes_added, again.conflicts.len()), (0, 0, 0));
    assert_eq!(again.duplicates, bob.ratings.len());

    // A changed rating and a flipped vote conflict; the loaded values stay.
    let mut changed = alice.clone();
    let first = changed.ratings[0].clone();
    changed.rate(Rating { value: if first.value == 7 { 1 } else { 7 }, ..first.clone() });
    let vote = changed.votes[0].clone();
    changed.vote(Vote { a: vote.b.clone(), b: vote.a.clone(), outcome: Outcome::A, ..vote.clone() });
    let report = merge(&mut merged, changed).unwrap();
    let kinds: Vec<&str> = report.conflicts.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, ["rating", "vote"], "{report:#?}");
    assert!(merged.ratings.contains(&first));
    assert!(merged.votes.contains(&vote));

    // A file of another suite is refused and changes nothing.
    let mut other = bob;
    other.suite.id = "another-suite".into();
    let before = merged.clone();
    assert_eq!(merge(&mut merged, other), Err(Refusal::DifferentSuite { loaded: before.suite.id.clone(), incoming: "another-suite".into() }));
    assert_eq!(merged, before);
}

#[test]
fn agreement_and_progress_after_a_merge() {
    let (alice, bob) = rater_files();
    let mut merged = alice.clone();
    merge(&mut merged, bob).unwrap();
    let (agreement, disagreements) = raters::agreement(&merged);
    let criteria: Vec<&str> = agreement.iter().map(|a| a.criterion.as_str()).collect();
    assert_eq!(criteria, ["harmlessness", "quality"]);
    let quality = &agreement[1];
    assert_eq!(quality.raters, ["Alice", "Bob"]);
    assert_eq!(quality.pairable, quality.units);
    // The report's alpha is the statistic over the same units (pinned against the reference
    // package in tests/stats.rs).
    let units: Vec<Vec<f64>> = {
        let mut by: BTreeMap<(String, String), Vec<f64>> = BTreeMap::new();
        for r in merged.ratings.iter().filter(|r| r.criterion == "quality") {
            by.entry((r.item.clone(), r.model.clone())).or_default().push(f64::from(r.value));
        }
        by.into_values().collect()
    };
    assert_eq!(quality.alpha_interval, krippendorff_alpha(&units, Level::Interval));
    let alpha = quality.alpha_interval.unwrap();
    assert!(alpha > 0.3 && alpha < 1.0, "mostly agreeing raters: {alpha}");
    assert_eq!(quality.pairs.len(), 1);
    assert_eq!(quality.fleiss_units, quality.units);
    // Bob flipped every 9th answer: those are the disagreements, widest first.
    let flipped = likert_tasks(&alice, &Rater::new("Alice", 1)).iter().enumerate().filter(|(n, _)| n % 9 == 0 && (1 + (n % 7) as i32) != 4).count();
    assert_eq!(disagreements.len(), flipped);
    assert!(disagreements.windows(2).all(|w| w[0].spread >= w[1].spread));

    let progress = raters::progress(&merged);
    let asked = progress[0].to_rate;
    assert_eq!(progress.iter().map(|p| (p.rater.as_str(), p.rated)).collect::<Vec<_>>(), [("Alice", asked), ("Bob", asked)]);
    assert_eq!(progress[0].voted, progress[0].to_vote);
    assert_eq!(progress[1].voted, 0);
}

#[test]
fn votes_give_pairwise_leaderboards_per_language_with_intervals() {
    let segmenter = Segmenter::embedded().unwrap();
    let mut session = sample();
    let models = session.models();
    // Votes favour models in list order: the first model should lead.
    for rater in ["Alice", "Bob", "Carol"] {
        let mut me = Rater::new(rater, rater.len() as u64);
        me.pair_rounds = 3;
        for task in pair_tasks(&session, &me) {
            let (ia, ib) = (models.iter().position(|m| *m == task.a).unwrap(), models.iter().position(|m| *m == task.b).unwrap());
            let outcome = if ia + ib == 2 && ia != ib { Outcome::Tie } else if ia < ib { Outcome::A } else { Outcome::B };
            session.vote(Vote { rater: rater.into(), item: task.item.clone(), a: task.a, b: task.b, outcome });
        }
    }
    let results = results::compute(&session, &segmenter);
    let boards = &results.human.pairwise;
    assert_eq!(boards.iter().map(|b| b.lang).collect::<Vec<_>>(), [None, Some(Lang::Zh), Some(Lang::En)]);
    assert_eq!(boards[0].votes, session.votes.len());
    let all = &boards[0].standings;
    assert_eq!(all[0].model, models[0]);
    assert_eq!(all.iter().map(|s| s.model.clone()).collect::<Vec<_>>(), models);
    // The votes fix an order (the first models beat each other round a cycle of a tie, then
    // each beats every later one): the cycle's ratings have intervals, the rest are bounds.
    for standing in all {
        if let Some(bt) = standing.bradley_terry_interval {
            assert!(bt.low <= standing.bradley_terry && standing.bradley_terry <= bt.high);
        } else {
            assert_ne!(standing.estimate, pingfen::core::stats::pairwise::Estimate::Rated, "{standing:?}");
        }
        assert!(standing.elo_interval.is_some());
    }
    assert_eq!(all.last().unwrap().estimate, pingfen::core::stats::pairwise::Estimate::AtMost, "the last never won");
    assert_eq!(all.last().unwrap().rank, Some(models.len()));
    assert_eq!(all[0].rank, Some(1));
    assert!(all.windows(2).all(|w| w[0].rank <= w[1].rank));
    // The mean of Bradley-Terry ratings stays at 1000 (the penalty centres them).
    let mean = all.iter().map(|s| s.bradley_terry).sum::<f64>() / all.len() as f64;
    assert!((mean - 1000.0).abs() < 1e-6);
}

/// A comment is data too: the same rating with a comment only the incoming file has takes the
/// comment; two different comments are a conflict, not a silent drop.
#[test]
fn merging_keeps_comments_and_lists_differing_ones() {
    let (alice, _) = rater_files();
    let mut merged = alice.clone();
    let mut commented = alice.clone();
    commented.ratings[0].comment = Some("流畅，但漏了一点".into());
    let report = merge(&mut merged, commented.clone()).unwrap();
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert_eq!(merged.ratings[0].comment.as_deref(), Some("流畅，但漏了一点"));
    let mut other = commented;
    other.ratings[0].comment = Some("另一条备注".into());
    let report = merge(&mut merged, other).unwrap();
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.conflicts[0].kind, "comment");
    assert_eq!(merged.ratings[0].comment.as_deref(), Some("流畅，但漏了一点"), "the loaded comment is kept");
    let (kind, kept, _) = report.conflicts[0].worded();
    assert_eq!(kind.text(pingfen::core::i18n::Locale::ZhHant), "備註");
    assert_eq!(kept, pingfen::core::i18n::Arg::Text("流畅，但漏了一点".into()));
}

#[test]
fn a_model_that_lost_every_vote_is_shown_as_a_bound_in_the_app_and_the_report() {
    // In the sample's votes Tiny-Helper never wins: its rating (about −1,200) is the penalty's.
    let session = pingfen::core::io::sample::rated_session().unwrap();
    let boards = pingfen::core::human::raters::boards(&session, pingfen::core::stats::pairwise::Settings { rounds: 200, ..Default::default() });
    for board in &boards {
        let tiny = board.standings.iter().find(|s| s.model.starts_with("Tiny-Helper")).unwrap();
        assert_eq!(tiny.estimate, pingfen::core::stats::pairwise::Estimate::AtMost, "{:?}", board.lang);
        assert!(tiny.bradley_terry_interval.is_none());
        assert_eq!(board.standings.last().unwrap().model, tiny.model, "last, below every model it met");
        assert!(pingfen::core::human::raters::rating_shown(tiny).starts_with("≤ "));
        let warnings: Vec<String> = board.warnings().iter().map(|w| w.text(pingfen::core::i18n::Locale::En)).collect();
        assert!(warnings.iter().any(|w| w.contains("Tiny-Helper") && w.contains("never won")), "{warnings:?}");
        let zh: Vec<String> = board.warnings().iter().map(|w| w.text(pingfen::core::i18n::Locale::ZhHant)).collect();
        assert!(zh.iter().any(|w| w.contains("從未獲勝")), "{zh:?}");
    }
    let results = pingfen::core::results::compute(&session, &pingfen::core::text::Segmenter::embedded().unwrap());
    let report = pingfen::core::report::html(&session, &results, pingfen::core::i18n::Locale::En, "2026-12-03T00:00:00Z");
    assert!(report.contains("≤ ") && report.contains("never won a vote"), "the report says it too");
}
