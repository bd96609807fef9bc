//! The engine that runs in the page's worker, driven natively: jobs in, replies out. Scoring
//! in steps gives the same results as scoring at once; a cancel stops it; a rating during a
//! run joins it; replies survive the JSON they travel in; the page takes only current replies.

#![cfg(not(target_arch = "wasm32"))]

use pingfen::app::engine::{Engine, Inputs, Job, People, Purpose, Reply};
use pingfen::app::{Action, AppState, DictionaryStatus, EngineLink, LoadFailure};
use pingfen::core::i18n::Locale;
use pingfen::core::io::files::Loaded;
use pingfen::core::io::sample;
use pingfen::core::model::human::Rating;
use pingfen::core::model::session::Session;
use pingfen::core::results;
use pingfen::core::text::Hmm;

#[path = "support/engine.rs"]
mod support;

use support::{clock, segmenter};

fn inputs(session: &Session, automatic: Option<Vec<pingfen::core::scoring::ItemScore>>) -> Option<Box<Inputs>> {
    Some(Box::new(Inputs { suite: session.suite.clone(), answers: session.answers.clone(), automatic }))
}

fn score_job(ticket: u64, session: &Session) -> Job {
    Job::Score { ticket, inputs: inputs(session, None), people: People::of(session) }
}

/// Steps the engine `budget` answers at a time to the end: the replies in order.
fn drive(engine: &mut Engine, budget: usize) -> Vec<Reply> {
    std::iter::from_fn(|| engine.step(budget)).collect()
}

#[test]
fn scoring_in_steps_gives_what_scoring_at_once_gives_with_progress_on_the_way() {
    let session = sample::session().unwrap();
    let mut engine = Engine::with_segmenter(segmenter(), clock);
    assert!(engine.take(score_job(1, &session)).is_empty(), "scoring starts; results come by steps");
    let replies = drive(&mut engine, 37);
    let total = session.models().len() * session.suite.items.len();
    let progress: Vec<usize> = replies.iter().filter_map(|r| if let Reply::Progress { done, total: t, .. } = r { assert_eq!(*t, total); Some(*done) } else { None }).collect();
    assert_eq!(progress.len(), total.div_ceil(37) - 1);
    assert!(progress.windows(2).all(|w| w[0] < w[1]), "progress only grows");
    let Some(Reply::Scored { ticket: 1, results, automatic: Some(automatic) }) = replies.last() else { panic!("the run ends in results: {:?}", replies.last()) };
    assert_eq!(**results, results::compute(&session, &segmenter()));
    // A session this small is re-aggregated by the page: the automatic scores come along.
    assert_eq!(*automatic, pingfen::core::scoring::score_all(&segmenter(), &session.suite, &session.answers));
    assert!(!engine.busy());
}

#[test]
fn a_cancelled_run_ends_without_results_and_the_next_job_scores_again() {
    let session = sample::session().unwrap();
    let mut engine = Engine::with_segmenter(segmenter(), clock);
    engine.take(score_job(1, &session));
    assert!(matches!(engine.step(10), Some(Reply::Progress { done: 10, .. })));
    assert_eq!(engine.take(Job::Cancel { ticket: 1 }), vec![Reply::Cancelled { ticket: 1 }]);
    assert!(!engine.busy());
    assert_eq!(engine.step(10), None);
    // A cancel for a run that is not under way says nothing.
    assert!(engine.take(Job::Cancel { ticket: 1 }).is_empty());
    // The inputs stay: a job without them scores them again, from the start.
    engine.take(Job::Score { ticket: 2, inputs: None, people: People::of(&session) });
    let replies = drive(&mut engine, usize::MAX);
    assert!(matches!(replies.as_slice(), [Reply::Scored { ticket: 2, .. }]));
}

#[test]
fn a_rating_during_a_run_joins_it_rather_than_starting_again() {
    let mut session = sample::session().unwrap();
    let mut engine = Engine::with_segmenter(segmenter(), clock);
    engine.take(score_job(1, &session));
    engine.step(50);
    let item = session.suite.items.iter().find(|i| i.kind == pingfen::core::model::suite::ItemKind::Open).unwrap();
    let criterion = item.rubric.criteria.first().map_or_else(|| "overall".to_owned(), |c| c.id.clone());
    session.rate(Rating { rater: "Ana".into(), model: session.models()[0].clone(), item: item.id.clone(), criterion, value: 4, comment: None });
    assert!(engine.take(Job::Score { ticket: 2, inputs: None, people: People::of(&session) }).is_empty());
    let replies = drive(&mut engine, usize::MAX);
    let Some(Reply::Scored { ticket: 2, results, .. }) = replies.last() else { panic!("{replies:?}") };
    assert_eq!(**results, results::compute(&session, &segmenter()), "the rating counts in the run's results");
}

#[test]
fn ratings_go_to_the_engine_without_their_comments_and_score_as_with_them() {
    let mut session = sample::session().unwrap();
    let open: Vec<_> = session.suite.items.iter().filter(|i| i.kind == pingfen::core::model::suite::ItemKind::Open).cloned().collect();
    let comment = "评语很长，".repeat(1_700);
    for (n, item) in open.iter().enumerate() {
        let criterion = item.rubric.criteria.first().map_or_else(|| "overall".to_owned(), |c| c.id.clone());
        for (m, model) in session.models().into_iter().enumerate() {
            let value = 1 + ((n + m) % 5) as i32;
            session.rate(Rating { rater: "Ana".into(), model, item: item.id.clone(), criterion: criterion.clone(), value, comment: Some(comment.clone()) });
        }
    }
    let people = People::of(&session);
    assert_eq!(people.ratings.len(), session.ratings.len());
    assert!(people.ratings.iter().all(|r| r.comment.is_none()), "no comment crosses to the worker");
    let job = serde_json::to_string(&Job::Score { ticket: 1, inputs: None, people: people.clone() }).unwrap();
    assert!(job.len() < comment.len(), "the job is {} bytes; one comment is {}", job.len(), comment.len());
    let mut engine = Engine::with_segmenter(segmenter(), clock);
    let replies = engine.run_to_end(Job::Score { ticket: 1, inputs: inputs(&session, None), people });
    let Some(Reply::Scored { ticket: 1, results, .. }) = replies.last() else { panic!("{replies:?}") };
    assert_eq!(**results, results::compute(&session, &segmenter()), "the results of the session with its comments");
}

#[test]
fn scores_the_page_already_has_are_re_aggregated_without_a_dictionary() {
    let scored = sample::scored().unwrap();
    let mut engine = Engine::new(clock);
    let replies = engine.take(Job::Score { ticket: 3, inputs: inputs(&scored.session, Some(scored.results.items.clone())), people: People::of(&scored.session) });
    let [Reply::Scored { ticket: 3, results, .. }] = replies.as_slice() else { panic!("{replies:?}") };
    assert_eq!(**results, scored.results);
    // Without inputs and without scores, the engine asks for them.
    assert_eq!(Engine::new(clock).take(Job::Score { ticket: 4, inputs: None, people: People::of(&scored.session) }), vec![Reply::NeedInputs { ticket: 4 }]);
}

#[test]
fn segmentation_waits_for_the_dictionary_and_a_damaged_one_is_reported() {
    let mut engine = Engine::new(clock);
    assert!(engine.take(Job::Segment { ticket: 5, text: "我们在香港大学".into(), hmm: Hmm::On }).is_empty(), "parked");
    let replies = engine.take(Job::Dictionary { bytes: b"not gzip".to_vec() });
    assert!(matches!(replies.as_slice(), [Reply::Dictionary(DictionaryStatus::Failed(LoadFailure::Corrupt { .. }))]), "{replies:?}");
    let replies = engine.take(Job::Dictionary { bytes: pingfen::core::text::Dictionary::EMBEDDED.bytes.to_vec() });
    let [Reply::Dictionary(DictionaryStatus::Ready { words, .. }), Reply::Segmented { ticket: 5, segmented }] = replies.as_slice() else { panic!("{replies:?}") };
    assert!(*words > 300_000);
    let chips: Vec<&str> = segmented.chips.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(chips, ["我们", "在", "香港大学"]);
}

#[test]
fn files_are_read_by_the_engine_and_bad_ones_say_why() {
    let mut engine = Engine::new(clock);
    let csv = "model,item,answer\nM,zh-qa-01,造纸术\n".as_bytes().to_vec();
    let replies = engine.take(Job::Read { ticket: 6, name: "a.csv".into(), purpose: Purpose::Open, held: None, bytes: csv });
    assert!(matches!(replies.as_slice(), [Reply::Read { ticket: 6, purpose: Purpose::Open, outcome: Ok(Loaded::Answers(answers)), .. }] if answers.len() == 1), "{replies:?}");
    let replies = engine.take(Job::Read { ticket: 7, name: "b.json".into(), purpose: Purpose::Merge, held: None, bytes: b"{oops".to_vec() });
    let [Reply::Read { outcome: Err(problems), .. }] = replies.as_slice() else { panic!("{replies:?}") };
    assert!(problems[0].to_string().contains("b.json"), "{}", problems[0]);
}

#[test]
fn a_picked_file_goes_to_the_worker_as_itself_and_one_the_browser_refuses_is_the_files_problem() {
    let session = sample::session().unwrap();
    let state = AppState::new(Locale::En, None, session, clock).with_engine(EngineLink::default());
    state.engine.drain();
    let state = state.reduce(Action::FileHeld { name: "answers.jsonl".into(), purpose: Purpose::Merge, file: 7 });
    let jobs = state.engine.drain();
    let [Job::Read { ticket, name, purpose: Purpose::Merge, held: Some(7), bytes }] = jobs.as_slice() else { panic!("{jobs:?}") };
    assert!(bytes.is_empty(), "the page holds no bytes of it");
    assert_eq!(name, "answers.jsonl");
    // The number travels in the job's JSON; the bytes never do.
    let json = serde_json::to_string(&jobs[0]).unwrap();
    assert!(json.contains("\"held\":7"), "{json}");
    // The worker could not read it: the person is told which file and why, and nothing loads.
    let reply = Reply::unreadable(*ticket, name.clone(), Purpose::Merge, "NotReadableError".into());
    let before = state.session.clone();
    let state = state.reduce(Action::Engine(reply));
    let said = format!("{:?}", state.notices);
    assert!(said.contains("answers.jsonl") && said.contains("NotReadableError"), "{said}");
    assert_eq!(state.session, before);
}

#[test]
fn replies_and_jobs_arrive_whole_through_json() {
    let session = sample::session().unwrap();
    let mut engine = Engine::with_segmenter(segmenter(), clock);
    let replies = engine.run_to_end(score_job(1, &session));
    for reply in replies {
        let json = serde_json::to_string(&reply).unwrap();
        assert_eq!(serde_json::from_str::<Reply>(&json).unwrap(), reply);
    }
    let job = score_job(2, &session);
    assert_eq!(serde_json::from_str::<Job>(&serde_json::to_string(&job).unwrap()).unwrap(), job);
}

#[test]
fn the_page_posts_jobs_and_takes_only_the_replies_it_still_waits_for() {
    let session = sample::session().unwrap();
    let state = AppState::new(Locale::En, None, session.clone(), clock).with_engine(EngineLink::default());
    let jobs = state.engine.drain();
    let [Job::Score { ticket, inputs: Some(_), .. }, Job::Segment { .. }] = jobs[..] else { panic!("{jobs:?}") };
    assert!(state.engine.drain().is_empty(), "drained once");
    assert!(state.results.is_none(), "nothing to show before the engine answers");
    // Progress, then a cancel: nothing is awaited any more.
    let state = state.reduce(Action::Engine(Reply::Progress { ticket, done: 10, total: 370 }));
    assert_eq!(state.scoring.map(|s| (s.done, s.total)), Some((10, 370)));
    let state = state.reduce(Action::CancelScoring);
    assert!(state.scoring.is_none() && state.stale);
    assert!(matches!(state.engine.drain().as_slice(), [Job::Cancel { ticket: t }] if *t == ticket));
    // A late reply to the cancelled ticket changes nothing.
    let mut engine = Engine::with_segmenter(segmenter(), clock);
    let scored = engine.run_to_end(score_job(99, &session)).pop().unwrap();
    let Reply::Scored { results, automatic, .. } = scored else { panic!() };
    let state = state.reduce(Action::Engine(Reply::Scored { ticket, results: results.clone(), automatic: automatic.clone() }));
    assert!(state.results.is_none());
    // Score again: a new ticket, whose reply is taken, with the automatic scores.
    let state = state.reduce(Action::Rescore);
    let [Job::Score { ticket: again, inputs: Some(_), .. }] = state.engine.drain()[..] else { panic!("a rescore sends the inputs") };
    let state = state.reduce(Action::Engine(Reply::Scored { ticket: again, results: results.clone(), automatic }));
    assert!(!state.stale && state.scoring.is_none());
    assert_eq!(state.results.as_deref(), Some(&*results));
    // A small session is re-aggregated on the page, at once: another rule, no scoring job —
    // only the language gaps of the results shown are asked for (they resample in the engine).
    let rule = pingfen::core::model::rule::Rule { subtasks: pingfen::core::model::rule::Averaging::Micro, ..session.aggregation };
    let state = state.reduce(Action::SetRule(rule));
    let jobs = state.engine.drain();
    assert!(!jobs.is_empty() && jobs.iter().all(|job| matches!(job, Job::Gaps { .. })), "{jobs:?}");
    let mut micro = session.clone();
    micro.aggregation = rule;
    assert_eq!(state.results.as_deref(), Some(&results::compute(&micro, &segmenter())));
    // The worker stopped: the header says so; the session and results stay.
    let state = state.reduce(Action::EngineStopped { detail: "crashed".into() });
    assert!(matches!(&state.dictionary, DictionaryStatus::Failed(LoadFailure::Stopped { detail }) if detail == "crashed"));
    assert!(state.results.is_some());
}

#[test]
fn large_results_travel_in_parts_through_json_and_arrive_whole_and_a_stale_runs_parts_are_dropped() {
    use pingfen::app::engine::{in_parts, Parts};

    let session = sample::session().unwrap();
    let mut engine = Engine::with_segmenter(segmenter(), clock);
    let scored = engine.run_to_end(score_job(7, &session)).pop().unwrap();
    let Reply::Scored { results, .. } = &scored else { panic!("{scored:?}") };
    let items = results.items.len();
    assert!(items > 200, "{items} item scores");

    let parts = in_parts(scored.clone(), 100);
    assert_eq!(parts.len(), items.div_ceil(100), "parts of 100, the last with the results");
    assert!(parts[..parts.len() - 1].iter().all(|p| matches!(p, Reply::ScoredItems { items, .. } if items.len() == 100)));

    // An older run's parts, then this run's: only this run's make up the results.
    let stale = Reply::ScoredItems { ticket: 6, items: results.items[..3].to_vec() };
    let mut assembler = Parts::default();
    assert_eq!(assembler.take(stale), None);
    let mut whole = None;
    for part in parts {
        let json = serde_json::to_string(&part).unwrap();
        let back: Reply = serde_json::from_str(&json).unwrap();
        if let Some(reply) = assembler.take(back) {
            assert!(whole.is_none(), "one reply in the end");
            whole = Some(reply);
        }
    }
    assert_eq!(whole, Some(scored), "the same results, item scores in order");

    // Small results and other replies go as they are.
    let small = Reply::Progress { ticket: 1, done: 1, total: 2 };
    assert_eq!(in_parts(small.clone(), 100), vec![small.clone()]);
    assert_eq!(assembler.take(small.clone()), Some(small));
}

#[test]
fn an_answers_file_over_the_limit_is_refused_on_its_count_before_it_is_parsed() {
    use pingfen::core::io::files::answer_count;
    use pingfen::core::model::limits::MAX_SCORED_ANSWERS;

    // Lines that are not even JSON: counted, not parsed, so the refusal names the limit
    // rather than 48,001 broken lines.
    let over = "not json\n\n".repeat(MAX_SCORED_ANSWERS + 1);
    assert_eq!(answer_count("big.jsonl", over.as_bytes()), Some(MAX_SCORED_ANSWERS + 1), "blank lines do not count");
    let mut engine = Engine::with_segmenter(segmenter(), clock);
    let replies = engine.take(Job::Read { ticket: 3, name: "big.jsonl".into(), purpose: Purpose::Open, held: None, bytes: over.into_bytes() });
    let [Reply::Read { outcome: Err(problems), .. }] = replies.as_slice() else { panic!("{replies:?}") };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].message.key, "problem-too-many-answers");

    // At the limit the file is read as usual (here: its broken lines are reported).
    let at = "not json\n".repeat(3);
    let replies = engine.take(Job::Read { ticket: 4, name: "small.jsonl".into(), purpose: Purpose::Open, held: None, bytes: at.into_bytes() });
    let [Reply::Read { outcome: Err(problems), .. }] = replies.as_slice() else { panic!("{replies:?}") };
    assert_eq!(problems.len(), 3);
    assert_eq!(problems[0].message.key, "problem-answers-jsonl-line");

    // CSV: rows, not lines (a quoted answer may span lines); empty rows do not count; a
    // suite (it has a question column) is not counted here.
    let csv = "model,item,answer\nm1,q1,\"two\nlines\"\n,,\nm1,q2,b\n";
    assert_eq!(answer_count("a.csv", csv.as_bytes()), Some(2));
    assert_eq!(answer_count("s.csv", "id,question,answer\nq1,1+1?,2\n".as_bytes()), None);
    assert_eq!(answer_count("book.json", b"{}"), None);
}

#[test]
fn a_read_file_with_many_answers_travels_in_parts_and_arrives_whole_and_an_older_files_parts_are_dropped() {
    use pingfen::app::engine::{in_parts, Parts};

    let session = sample::session().unwrap();
    let answers = session.answers.len();
    assert!(answers > 250, "{answers} answers");
    let read = |ticket: u64, loaded: Loaded| Reply::Read { ticket, name: "book.json".into(), purpose: Purpose::Open, outcome: Ok(loaded), read_as: None };
    let book = read(9, Loaded::Session(Box::new(session.clone())));
    let parts = in_parts(book.clone(), 100);
    assert_eq!(parts.len(), answers.div_ceil(100), "parts of 100 answers, the last with the rest of the file");
    assert!(parts[..parts.len() - 1].iter().all(|p| matches!(p, Reply::ReadAnswers { answers, .. } if answers.len() == 100)));
    // Through JSON, as the worker posts them, then put together on the page.
    let mut page = Parts::default();
    let mut taken = Vec::new();
    for part in parts {
        let json = serde_json::to_string(&part).unwrap();
        taken.extend(page.take(serde_json::from_str(&json).unwrap()));
    }
    assert_eq!(taken, vec![book]);

    // An answers file the same way; the parts of an older file whose end never came are dropped.
    let mut older = in_parts(read(10, Loaded::Answers(session.answers[..250].to_vec())), 100);
    older.pop();
    for part in older {
        assert!(page.take(part).is_none());
    }
    let loose = read(11, Loaded::Answers(session.answers.clone()));
    let taken: Vec<Reply> = in_parts(loose.clone(), 100).into_iter().filter_map(|part| page.take(part)).collect();
    assert_eq!(taken, vec![loose]);
    // A small file, or a suite, travels whole.
    let suite = read(12, Loaded::Suite(Box::new(session.suite.clone())));
    assert_eq!(in_parts(suite.clone(), 100), vec![suite.clone()]);
    assert_eq!(page.take(suite.clone()), Some(suite));
}
