//! A model judge as one more rater: its files are read in every shape they come in, it joins
//! marked as a judge, people's numbers do not move, and what is set beside them measures what
//! it should (a judge that rates as people do agrees; one that rates at random does not; a
//! judge that favours the left answer is flagged).

#![cfg(not(target_arch = "wasm32"))]

use pingfen::core::human::judge;
use pingfen::core::human::merge::merge;
use pingfen::core::io::files::{self, Loaded};
use pingfen::core::io::judge::JudgeWork;
use pingfen::core::model::human::{Outcome, Rating, Vote};
use pingfen::core::model::session::Session;
use pingfen::core::results::{self, Results};
use pingfen::core::stats::bootstrap;
use pingfen::core::stats::pairwise::Settings;
use pingfen::core::text::Segmenter;
use rand::Rng;

const SAMPLE_JUDGE: &str = include_str!("../www/samples/sample-judge.jsonl");
const COLUMNS: &str = include_str!("fixtures/judge/judge-columns.csv");

fn rated() -> Session {
    pingfen::core::io::sample::rated_session().expect("the sample with its raters")
}

fn work(name: &str, bytes: &[u8]) -> JudgeWork {
    match files::read(name, bytes) {
        Ok(Loaded::Judged(work)) => *work,
        other => panic!("{name}: not a judge's file: {other:?}"),
    }
}

fn with_judge(session: &Session, work: JudgeWork) -> Session {
    let mut merged = session.clone();
    let incoming = work.into_session(session).expect("the judge fits the sample");
    merge(&mut merged, incoming).expect("the same suite");
    merged
}

fn compute(session: &Session) -> Results {
    results::compute(session, &Segmenter::embedded().unwrap())
}

#[test]
fn the_sample_judge_joins_as_a_judge_and_moves_none_of_the_peoples_numbers() {
    let people = rated();
    let judged = with_judge(&people, work("sample-judge.jsonl", SAMPLE_JUDGE.as_bytes()));
    assert!(judged.is_judge("Judge-LM (sample)"));
    assert!(!judged.is_judge("Lin (sample)"));
    let (before, after) = (compute(&people), compute(&judged));
    assert_eq!(before.table, after.table, "the leaderboard is people's and the automatic scores'");
    assert_eq!(before.items, after.items);
    assert_eq!(before.human.agreement, after.human.agreement);
    assert_eq!(before.human.pairwise, after.human.pairwise);
    assert_eq!(before.human.progress, after.human.progress, "a judge has no progress to show");
    assert!(before.human.judges.is_empty());

    let report = &after.human.judges[0];
    assert_eq!(report.judge, "Judge-LM (sample)");
    assert_eq!((report.ratings, report.verdicts), (SAMPLE_JUDGE.matches("\"criterion\"").count(), SAMPLE_JUDGE.matches("\"outcome\"").count()));
    let criteria: Vec<&str> = report.criteria.iter().map(|c| c.criterion.as_str()).collect();
    assert_eq!(criteria.len(), 2, "{criteria:?}");
    for criterion in &report.criteria {
        // The sample judge follows the people's consensus, a point high two times in five —
        // where the scale leaves room: harmless answers the people rated 7 stay 7.
        assert!(criterion.units > 0);
        let difference = criterion.mean_difference.unwrap();
        let lenient = if criterion.criterion == "quality" { 0.1..0.6 } else { -0.2..0.6 };
        assert!(lenient.contains(&difference), "{criterion:?}");
        assert!(criterion.quadratic.unwrap() > 0.4, "{criterion:?}");
    }
    assert_eq!(report.board.len(), people.models().len());
    assert!(report.rank_correlation.unwrap() > 0.5, "{report:?}");
    let verdicts = report.verdicts_agreement.expect("the judge decided the voted pairs");
    assert_eq!(verdicts.compared, people.votes.len(), "every person's vote meets the judge's verdict on its pair");
    assert!(verdicts.share > 0.4 && verdicts.share < 1.0, "{verdicts:?}");
    assert_eq!(report.pairwise[0].votes, report.verdicts);
    // The judge's verdicts have their own bias row, marked; people's overall row is people's.
    let row = after.human.bias.iter().find(|b| b.rater.as_deref() == Some("Judge-LM (sample)")).expect("a bias row for the judge");
    assert!(row.judge);
    assert_eq!(before.human.bias[0], after.human.bias[0]);
}

#[test]
fn a_judges_scores_read_from_an_answers_table_column_carry_the_answers_too() {
    let work = work("judge-columns.csv", COLUMNS.as_bytes());
    assert_eq!(work.judges, ["Judge-LM (sample)"]);
    assert_eq!(work.answers.len(), work.ratings.len());
    assert!(work.ratings.iter().all(|r| r.criterion == "quality" && r.item.starts_with("zh-create")));
    let from_jsonl = self::work("sample-judge.jsonl", SAMPLE_JUDGE.as_bytes());
    for rating in &work.ratings {
        assert!(from_jsonl.ratings.contains(rating), "the column holds the JSONL's scores: {rating:?}");
    }
    let merged = with_judge(&rated(), work);
    assert_eq!(compute(&merged).human.judges[0].criteria.len(), 1);
}

#[test]
fn verdict_tables_and_outcome_spellings_are_read() {
    let table = "judge,item,model_a,model_b,winner\nJ,zh-create-01,Qilin-Chat (sample),Aurora-7B (sample),Aurora-7B (sample)\nJ,zh-create-02,Qilin-Chat (sample),Aurora-7B (sample),TIE\n";
    let work = work("verdicts.csv", table.as_bytes());
    assert_eq!(work.votes.iter().map(|v| v.outcome).collect::<Vec<_>>(), [Outcome::B, Outcome::Tie]);
    let merged = with_judge(&rated(), work);
    assert!(merged.is_judge("J"));
}

#[test]
fn bad_judge_files_say_where_and_what_and_load_nothing() {
    let people = rated();
    let lines = [
        "{\"model\":\"Qilin-Chat (sample)\",\"item\":\"zh-create-01\",\"criterion\":\"quality\",\"value\":4.5,\"judge\":\"J\"}",
        "{\"model\":\"Qilin-Chat (sample)\",\"item\":\"zh-create-01\",\"criterion\":\"quality\",\"value\":4,\"judge\":\"J\"}",
        "{oops",
        "{\"item\":\"zh-create-01\",\"a\":\"Qilin-Chat (sample)\",\"b\":\"Aurora-7B (sample)\",\"outcome\":\"left\",\"judge\":\"J\"}",
    ];
    let problems = files::read("judge.jsonl", lines.join("\n").as_bytes()).expect_err("three bad lines");
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 3, "{said:#?}");
    assert!(said[0].starts_with("judge.jsonl, line 1") && said[0].contains("4.5"), "{}", said[0]);
    assert!(said[1].contains("line 3"), "{}", said[1]);
    assert!(said[2].contains("line 4") && said[2].contains("left"), "{}", said[2]);

    // Off the scale, an unknown model, a person's name: refused against the session.
    let misfit = [
        "{\"model\":\"Qilin-Chat (sample)\",\"item\":\"zh-create-01\",\"criterion\":\"quality\",\"value\":9,\"judge\":\"J\"}",
        "{\"model\":\"Nobody\",\"item\":\"zh-create-01\",\"criterion\":\"quality\",\"value\":4,\"judge\":\"J\"}",
        "{\"model\":\"Qilin-Chat (sample)\",\"item\":\"zh-create-01\",\"criterion\":\"quality\",\"value\":4,\"judge\":\"Lin (sample)\"}",
    ];
    let refused = work("judge.jsonl", misfit.join("\n").as_bytes()).into_session(&people).expect_err("misfits");
    let said: Vec<String> = refused.iter().map(ToString::to_string).collect();
    assert!(said.iter().any(|s| s.contains("a person")), "{said:#?}");
    assert!(said.iter().any(|s| s.contains("outside the scale")), "{said:#?}");
    assert!(said.iter().any(|s| s.contains("Nobody")), "{said:#?}");
}

/// A session of 40 answers per model rated 1–7 by two people, and a judge whose score is the
/// people's (when `faithful`) or drawn at random.
fn simulated(faithful: bool, seed: u64) -> Session {
    let mut session = rated();
    session.ratings.clear();
    session.votes.clear();
    let mut rng = bootstrap::rng(seed);
    let open: Vec<String> = session.suite.items.iter().filter(|i| !session.suite.criteria(i).is_empty()).map(|i| i.id.clone()).collect();
    let mut judge = Vec::new();
    for model in session.models() {
        let base: i32 = rng.random_range(2..=6);
        for item in &open {
            let Some((criterion, _)) = session.suite.criteria(session.suite.item(item).unwrap()).into_iter().next() else { continue };
            let truth = (base + rng.random_range(-1..=1)).clamp(1, 7);
            for person in ["Lin (sample)", "Sam (sample)"] {
                let value = (truth + rng.random_range(0..=1) * if rng.random_bool(0.5) { 1 } else { -1 }).clamp(1, 7);
                session.ratings.push(Rating { rater: person.into(), model: model.clone(), item: item.clone(), criterion: criterion.id.clone(), value, comment: None });
            }
            let value = if faithful { truth } else { rng.random_range(1..=7) };
            judge.push(Rating { rater: "J".into(), model: model.clone(), item: item.clone(), criterion: criterion.id.clone(), value, comment: None });
        }
    }
    session.raters.retain(|r| r.name != "Mei (sample)");
    let work = JudgeWork { file: "sim".into(), judges: vec!["J".into()], answers: Vec::new(), ratings: judge, votes: Vec::new() };
    with_judge(&session, work)
}

#[test]
fn a_faithful_judge_agrees_and_a_random_one_does_not_by_simulation() {
    for seed in 0..20 {
        let (faithful, random) = (simulated(true, seed), simulated(false, seed));
        let faithful = &judge::reports(&faithful, &faithful.people(), Settings::default())[0];
        let random = &judge::reports(&random, &random.people(), Settings::default())[0];
        for (f, r) in faithful.criteria.iter().zip(&random.criteria) {
            assert!(f.quadratic.unwrap() > 0.5, "seed {seed}: {f:?}");
            assert!(r.quadratic.unwrap() < 0.4, "seed {seed}: {r:?}");
            // A faithful judge does not lower people's alpha; a random one does.
            assert!(f.alpha_with_judge.unwrap() >= f.alpha_people.unwrap() - 0.05, "seed {seed}: {f:?}");
            assert!(r.alpha_with_judge.unwrap() < r.alpha_people.unwrap(), "seed {seed}: {r:?}");
        }
        assert!(faithful.rank_correlation.unwrap() > 0.6, "seed {seed}: {:?}", faithful.board);
    }
}

#[test]
fn a_judge_that_always_picks_the_left_answer_is_flagged_and_kept_out_of_peoples_rates() {
    let mut session = rated();
    let people_votes = session.votes.clone();
    let verdicts: Vec<Vote> = people_votes.iter().map(|v| Vote { rater: "J".into(), outcome: Outcome::A, ..v.clone() }).collect();
    let work = JudgeWork { file: "left".into(), judges: vec!["J".into()], answers: Vec::new(), ratings: Vec::new(), votes: verdicts };
    session = with_judge(&session, work);
    let bias = pingfen::core::human::bias::vote_bias(&session);
    let judge = bias.iter().find(|b| b.rater.as_deref() == Some("J")).unwrap();
    assert!(judge.judge && judge.first_shown.unwrap().flagged, "{judge:?}");
    assert!(!bias[0].first_shown.unwrap().flagged, "people's rate is people's: {:?}", bias[0]);
}
