//! Share links: what a link carries comes back exactly (the sample's suite, a rated scorebook
//! with the same leaderboard and item scores, one rater's work merged as their file would
//! be), and hostile links — a deflate bomb, garbage, cut, altered, of another version, too
//! long, nested past reason — are refused with a message saying what to do, never a panic.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;

use base64::Engine as _;
use pingfen::core::human::merge::{merge, RaterWork, Refusal};
use pingfen::core::i18n::Locale;
use pingfen::core::io::link::{self, Kind, Shared, MAX_INFLATED_BYTES};
use pingfen::core::model::session::Session;
use pingfen::core::results;
use pingfen::core::text::Segmenter;

fn rated_sample() -> Session {
    pingfen::core::io::sample::rated_session().unwrap()
}

/// The fragment of `json` packed as a link of `kind`, however it was made.
fn packed(kind: &str, json: &[u8]) -> String {
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(json).unwrap();
    format!("pf1.{kind}.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(zlib.finish().unwrap()))
}

/// The message key of the one problem reading `text` gives.
fn refused(text: &str) -> String {
    let problems = link::decode("link", text).expect_err(text.get(..60).unwrap_or(text));
    assert_eq!(problems.len(), 1, "{problems:?}");
    // Worded in every locale, naming the link first.
    for locale in [Locale::En, Locale::ZhHans, Locale::ZhHant] {
        let text = problems[0].describe(locale);
        assert!(text.starts_with("link"), "{text}");
        assert!(!text.contains("problem-link"), "a key left unworded: {text}");
    }
    problems[0].message.key.to_string()
}

#[test]
fn a_suite_link_brings_back_the_same_suite() {
    let suite = rated_sample().suite;
    let fragment = link::encode(&Shared::Suite(Box::new(suite.clone()))).unwrap();
    assert!(fragment.starts_with("pf1.suite."), "{}", &fragment[..20]);
    assert_eq!(link::kind_of(&fragment), Some(Kind::Suite));
    match link::decode("link", &format!("https://example.org/pingfen/#{fragment}")).unwrap() {
        Shared::Suite(back) => assert_eq!(*back, suite),
        other => panic!("{:?}", other.kind()),
    }
}

#[test]
fn a_scorebook_link_gives_the_same_leaderboard_and_item_scores() {
    let session = rated_sample();
    let segmenter = Segmenter::embedded().unwrap();
    let before = results::compute(&session, &segmenter);
    let fragment = link::encode(&Shared::Scorebook(Box::new(session.clone()))).unwrap();
    let Shared::Scorebook(back) = link::decode("link", &fragment).unwrap() else { panic!("not a scorebook") };
    assert_eq!(*back, session, "ratings, votes, comments, raters and the rule all come back");
    let after = results::compute(&back, &segmenter);
    assert_eq!(after.table, before.table);
    assert_eq!(after.items, before.items);
    assert_eq!(after.human, before.human);
}

#[test]
fn a_rater_link_merges_as_the_rater_file_would() {
    let rated = rated_sample();
    let rater = rated.raters[0].name.clone();
    let work = RaterWork::of(&rated, &rater).unwrap();
    assert!(work.ratings.iter().all(|r| r.rater == rater) && !work.ratings.is_empty());
    assert!(work.answers.len() < rated.answers.len(), "only the answers the rater's work is about travel");
    let fragment = link::encode(&Shared::Rater(Box::new(work))).unwrap();
    assert_eq!(link::kind_of(&fragment), Some(Kind::Rater));
    let Shared::Rater(back) = link::decode("link", &fragment).unwrap() else { panic!("not a rater link") };

    // The organiser holds the sample without anyone's work; the link adds exactly this rater's.
    let organiser = pingfen::core::io::sample::session().unwrap();
    let mut by_link = organiser.clone();
    let report = merge(&mut by_link, back.into_session(&organiser.suite).unwrap()).unwrap();
    assert_eq!(report.raters_added, vec![rater.clone()]);
    assert_eq!(report.answers_added, 0, "the organiser has every answer already");
    let mut by_file = organiser.clone();
    let mut file = rated.clone();
    file.ratings.retain(|r| r.rater == rater);
    file.votes.retain(|v| v.rater == rater);
    file.raters.retain(|r| r.name == rater);
    merge(&mut by_file, file).unwrap();
    assert_eq!(by_link.ratings, by_file.ratings);
    assert_eq!(by_link.votes, by_file.votes);
    assert_eq!(by_link.raters, by_file.raters);
}

#[test]
fn a_rater_link_of_another_suite_is_refused_by_name() {
    let rated = rated_sample();
    let work = RaterWork::of(&rated, &rated.raters[0].name).unwrap();
    let mut other = rated.suite.clone();
    other.items[0].prompt.push('!');
    match work.into_session(&other) {
        Err(Refusal::DifferentSuite { incoming, .. }) => assert_eq!(incoming, rated.suite.id),
        Ok(_) => panic!("a changed suite must not take the work"),
    }
}

#[test]
fn links_survive_what_chat_apps_do_to_them() {
    let fragment = link::encode(&Shared::Suite(Box::new(rated_sample().suite))).unwrap();
    // Line breaks and spaces inserted, the whole URL pasted, surrounding blanks.
    let wrapped: String = fragment.chars().enumerate().flat_map(|(i, c)| if i % 70 == 69 { vec![c, '\n'] } else { vec![c] }).collect();
    assert!(link::decode("link", &format!("  https://x.test/p/?a=1#{wrapped} \n")).is_ok());
    assert!(link::is_link(&format!("https://x.test/#{fragment}")));
    assert!(!link::is_link("https://x.test/#results") && !link::is_link("pfx.suite.abc"));
}

#[test]
fn a_deflate_bomb_is_refused_without_inflating_it() {
    // 40 MB of spaces packs to a few dozen KB: past the cap, whatever it would hold.
    let bomb = packed("book", &vec![b' '; MAX_INFLATED_BYTES + (8 << 20)]);
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    assert_eq!(refused(&bomb), "problem-link-too-big");
}

#[test]
fn garbage_cut_altered_and_foreign_links_are_refused_with_what_to_do() {
    let good = link::encode(&Shared::Suite(Box::new(rated_sample().suite))).unwrap();
    assert_eq!(refused("hello"), "problem-link-not-pingfen");
    assert_eq!(refused("#results"), "problem-link-not-pingfen");
    assert_eq!(refused(&good.replacen("pf1", "pf2", 1)), "problem-link-version");
    assert_eq!(refused(&good.replacen("suite", "sweets", 1)), "problem-link-kind");
    assert_eq!(refused(&good[..good.len() - 40]), "problem-link-cut");
    assert_eq!(refused(&good[..good.len() - 1]), "problem-link-cut");
    // A character no base64url link has, where a chat app might put one.
    let at = good.len() / 2;
    let altered = format!("{}!{}", &good[..at], &good[at + 1..]);
    let problems = link::decode("link", &altered).unwrap_err();
    assert_eq!(problems[0].message.key, "problem-link-damaged");
    assert!(problems[0].describe(Locale::En).contains(&format!("character {}", at + 1)), "{}", problems[0].describe(Locale::En));
    // One letter changed: still base64url, but the checksum (or the deflate stream) notices.
    let flipped: String = good.char_indices().map(|(i, c)| if i == at { if c == 'A' { 'B' } else { 'A' } } else { c }).collect();
    assert!(matches!(refused(&flipped).as_str(), "problem-link-cut" | "problem-link-invalid"));
    assert_eq!(refused("pf1.suite."), "problem-link-cut");
}

#[test]
fn what_a_link_holds_is_checked_like_a_file() {
    assert_eq!(refused(&packed("suite", b"not json")), "problem-link-invalid");
    assert_eq!(refused(&packed("book", br#"{"suite": 3}"#)), "problem-link-invalid");
    // 200,000 brackets: serde's depth limit answers, not the stack.
    assert_eq!(refused(&packed("book", &vec![b'['; 200_000])), "problem-link-invalid");
    // A well-formed suite that breaks a rule gets the rule's own problem, as its file would.
    let mut suite = rated_sample().suite;
    let first = suite.items[0].id.clone();
    suite.items[1].id = first;
    let problems = link::decode("link", &packed("suite", &serde_json::to_vec(&suite).unwrap())).unwrap_err();
    assert!(problems.iter().any(|p| p.message.key == "problem-item-id-duplicate"), "{problems:?}");
}

#[test]
fn a_link_longer_than_any_browser_keeps_is_refused_before_reading() {
    let long = format!("pf1.book.{}", "A".repeat(link::MAX_LINK_CHARS));
    assert_eq!(refused(&long), "problem-link-too-long");
}

/// The inflated JSON of a link's fragment.
fn inflated(fragment: &str) -> String {
    use std::io::Read;
    let data = fragment.splitn(3, '.').nth(2).unwrap();
    let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(data).unwrap();
    let mut json = String::new();
    flate2::read::ZlibDecoder::new(packed.as_slice()).read_to_string(&mut json).unwrap();
    json
}

/// `session`'s results link, made as the app makes it, read back.
fn through_results_link(session: &Session, segmenter: &Segmenter) -> (String, results::Withheld) {
    let automatic = pingfen::core::scoring::score_all(segmenter, &session.suite, &session.answers);
    let fragment = link::encode(&Shared::Results(Box::new(results::Withheld::of(session, &automatic)))).unwrap();
    assert_eq!(link::kind_of(&fragment), Some(Kind::Results));
    let Shared::Results(back) = link::decode("link", &fragment).unwrap() else { panic!("not a results link") };
    (fragment, *back)
}

#[test]
fn a_results_link_gives_the_same_numbers_without_the_answers_text() {
    let segmenter = Segmenter::embedded().unwrap();
    for session in [pingfen::core::io::sample::session().unwrap(), rated_sample()] {
        let before = results::compute(&session, &segmenter);
        let (fragment, back) = through_results_link(&session, &segmenter);
        let after = back.results();
        assert_eq!(after.table, before.table, "the same leaderboard, every cell and interval");
        assert_eq!(after.human.progress, before.human.progress, "the same progress");
        assert_eq!(after.human.agreement, before.human.agreement, "the same agreement");
        assert_eq!(after.human.disagreements, before.human.disagreements, "the same disagreements");
        assert_eq!(after.human.pairwise, before.human.pairwise, "the same pairwise boards");
        assert_eq!(after.models, before.models);
        let scores = |r: &results::Results| r.items.iter().map(|s| (s.model.clone(), s.item.clone(), s.score, s.source)).collect::<Vec<_>>();
        assert_eq!(scores(&after), scores(&before), "the same item scores, by the same sources");
        // People's work travels whole; the answers' text does not, nor words quoted from it.
        assert_eq!(back.session.ratings, session.ratings);
        assert_eq!(back.session.votes, session.votes);
        assert_eq!(back.session.suite, session.suite);
        assert!(back.session.answers.iter().all(|a| a.answer == results::WITHHELD || a.answer.trim().is_empty()));
        // (An answer that repeats its reference word for word is in the suite, which travels.)
        let json = inflated(&fragment);
        let suite = serde_json::to_string(&session.suite).unwrap();
        let pieces: Vec<String> = session.answers.iter().map(|a| a.answer.chars().take(12).collect::<String>()).filter(|p| p.chars().count() == 12 && !suite.contains(p.as_str())).collect();
        assert!(pieces.len() > 100, "{}", pieces.len());
        for piece in pieces {
            assert!(!json.contains(&piece), "the answer {piece:?}… is in the link");
        }
        let whole = link::encode(&Shared::Scorebook(Box::new(session.clone()))).unwrap();
        assert!(fragment.len() * 3 < whole.len() * 2, "smaller: {} against {}", fragment.len(), whole.len());
    }
}

#[test]
fn results_whose_scores_do_not_match_their_session_are_refused() {
    let segmenter = Segmenter::embedded().unwrap();
    let session = pingfen::core::io::sample::session().unwrap();
    let (_, back) = through_results_link(&session, &segmenter);
    let mut short = back.clone();
    short.automatic.pop();
    let mut swapped = back.clone();
    swapped.automatic.swap(0, 1);
    let mut rated = back.clone();
    rated.automatic[0].source = pingfen::core::scoring::Source::Human;
    rated.automatic[0].human = results::compute(&rated_sample(), &segmenter).items.into_iter().find_map(|s| s.human);
    for bad in [short, swapped, rated] {
        let fragment = packed("results", &serde_json::to_vec(&bad).unwrap());
        assert_eq!(refused(&fragment), "problem-withheld-scores");
    }
}

#[test]
fn results_without_the_answers_text_keep_their_scores_in_a_scorebook_and_a_save() {
    let segmenter = Segmenter::embedded().unwrap();
    let session = rated_sample();
    let before = results::compute(&session, &segmenter);
    let (_, withheld) = through_results_link(&session, &segmenter);
    let shown = withheld.results();
    let book = pingfen::core::io::scorebook::Scorebook::new(&withheld.session, &shown, "2026-12-03T00:00:00Z").withheld(Some(&withheld.automatic)).to_json().unwrap();
    let reopened = match pingfen::core::io::files::read("results.scorebook.json", book.as_bytes()).unwrap() {
        pingfen::core::io::files::Loaded::Withheld(reopened) => reopened,
        other => panic!("a scorebook without its answers' text must open as one, not as {other:?}"),
    };
    assert_eq!(*reopened, withheld);
    assert_eq!(reopened.results().table, before.table);
    let save = pingfen::core::io::autosave::encode(&pingfen::core::io::autosave::SavedOrigin::Sample, &withheld.session, Some(&withheld.automatic), "2026-12-03T00:00:00Z").unwrap();
    let read = pingfen::core::io::autosave::decode(&save).unwrap();
    assert_eq!(read.automatic.as_ref(), Some(&withheld.automatic));
    assert_eq!(read.session, withheld.session);
    // A save whose scores were cut is not restored as if whole.
    let mut cut = withheld.automatic.clone();
    cut.truncate(10);
    let save = pingfen::core::io::autosave::encode(&pingfen::core::io::autosave::SavedOrigin::Sample, &withheld.session, Some(&cut), "2026-12-03T00:00:00Z").unwrap();
    assert_eq!(pingfen::core::io::autosave::decode(&save).unwrap_err().key, "autosave-invalid");
}
