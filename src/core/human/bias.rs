//! Are the votes biased? In pairwise votes, how often the answer shown first (on the left:
//! the vote's `a`) wins, and how often the longer answer wins, each with its Wilson 95 %
//! interval, over all votes and for each rater (an imported judge's verdicts are a rater's
//! too). A tie or "both bad" is a win for neither side and is left out, and so, for the
//! length rate, is a pair of answers of the same length, or of unknown length (shared
//! results withhold the text). A rate whose interval excludes one
//! half is flagged: the side or the length, not the answers alone, may be deciding.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::core::model::answers::WITHHELD;
use crate::core::model::human::{Outcome, Vote};
use crate::core::model::session::Session;
use crate::core::stats::bootstrap::Interval;
use crate::core::stats::proportion;

/// How often one kind of answer won.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    pub wins: usize,
    pub votes: usize,
    pub share: f64,
    pub interval: Interval,
    /// The interval excludes one half.
    pub flagged: bool,
}

impl Rate {
    fn of(wins: usize, votes: usize) -> Option<Rate> {
        let interval = proportion::wilson(wins, votes)?;
        Some(Rate { wins, votes, share: wins as f64 / votes as f64, interval, flagged: interval.low > 0.5 || interval.high < 0.5 })
    }
}

/// One rater's (or, with `rater: None`, all people's) first-shown and longer-answer rates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoteBias {
    pub rater: Option<String>,
    /// The rater is a model judge (its verdicts were imported).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub judge: bool,
    /// Votes that chose a side.
    pub decisive: usize,
    pub first_shown: Option<Rate>,
    pub longer: Option<Rate>,
}

/// All people's rates (a model judge's verdicts are not a person's), then each rater's,
/// judges too, in the order their first votes came; nothing without votes.
pub fn vote_bias(session: &Session) -> Vec<VoteBias> {
    if session.votes.is_empty() {
        return Vec::new();
    }
    // Shared results carry no answer text (it is withheld): no length is known then.
    let lengths: FxHashMap<(&str, &str), usize> = session
        .answers
        .iter()
        .filter(|a| a.answer != WITHHELD)
        .map(|a| ((a.model.as_str(), a.item.as_str()), a.answer.trim().chars().count()))
        .collect();
    let mut raters: Vec<&str> = Vec::new();
    for vote in &session.votes {
        if !raters.contains(&vote.rater.as_str()) {
            raters.push(&vote.rater);
        }
    }
    let of = |rater: Option<&str>| {
        let votes: Vec<&Vote> =
            session.votes.iter().filter(|v| rater.map_or_else(|| !session.is_judge(&v.rater), |r| v.rater == r)).collect();
        let decisive: Vec<(&Vote, bool)> = votes
            .iter()
            .filter_map(|v| match v.outcome {
                Outcome::A => Some((*v, true)),
                Outcome::B => Some((*v, false)),
                Outcome::Tie | Outcome::BothBad => None,
            })
            .collect();
        let first = decisive.iter().filter(|(_, a_won)| *a_won).count();
        let (mut longer, mut compared) = (0, 0);
        for (vote, a_won) in &decisive {
            let length = |model: &str| lengths.get(&(model, vote.item.as_str())).copied();
            if let (Some(a), Some(b)) = (length(&vote.a), length(&vote.b))
                && a != b
            {
                compared += 1;
                longer += usize::from((a > b) == *a_won);
            }
        }
        VoteBias {
            rater: rater.map(str::to_owned),
            judge: rater.is_some_and(|r| session.is_judge(r)),
            decisive: decisive.len(), first_shown: Rate::of(first, decisive.len()), longer: Rate::of(longer, compared),
        }
    };
    std::iter::once(of(None)).chain(raters.iter().map(|r| of(Some(r)))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;
    use crate::core::model::suite::Suite;

    /// Two models, 60 items; model "long" always answers at length, "short" in a word.
    fn session(votes: impl Fn(usize) -> (String, bool, Outcome)) -> Session {
        let items: Vec<serde_json::Value> = (0..60)
            .map(|n| serde_json::json!({"id": format!("q{n}"), "lang": "en", "dimension": "d", "subtask": "s", "kind": "open", "prompt": format!("Q{n}")}))
            .collect();
        let suite = serde_json::json!({"schema": "pingfen.suite/1", "id": "bias", "title": {"en": "Bias"},
            "dimensions": [{"id": "d", "name": {"en": "D"}, "subtasks": [{"id": "s", "name": {"en": "S"}}]}], "items": items});
        let suite = Suite::from_json("bias", &suite.to_string()).expect("a sound suite");
        let mut answers = Vec::new();
        for n in 0..60 {
            answers.push(Answer { model: "long".into(), item: format!("q{n}"), answer: "a long and careful answer".into() });
            answers.push(Answer { model: "short".into(), item: format!("q{n}"), answer: "short".into() });
        }
        let mut session = Session::new(suite, answers);
        for n in 0..60 {
            let (rater, long_left, outcome) = votes(n);
            let (a, b) = if long_left { ("long", "short") } else { ("short", "long") };
            session.votes.push(Vote { rater, item: format!("q{n}"), a: a.into(), b: b.into(), outcome });
        }
        session
    }

    #[test]
    fn a_rater_who_always_picks_the_left_answer_is_flagged_and_one_who_reads_is_not() {
        // "left" picks A whatever is shown; "reader" picks the long answer, shown left half the time.
        let session = session(|n| {
            let long_left = n % 4 < 2;
            if n % 2 == 0 { ("left".into(), long_left, Outcome::A) } else { ("reader".into(), long_left, if long_left { Outcome::A } else { Outcome::B }) }
        });
        let bias = vote_bias(&session);
        assert_eq!(bias.iter().map(|b| b.rater.as_deref()).collect::<Vec<_>>(), [None, Some("left"), Some("reader")]);
        let left = &bias[1];
        let first = left.first_shown.expect("decisive votes");
        assert_eq!((first.wins, first.votes, first.flagged), (30, 30, true));
        let reader = &bias[2];
        let first = reader.first_shown.expect("decisive votes");
        assert_eq!((first.wins, first.votes, first.flagged), (15, 30, false));
        // The reader always prefers the longer answer: that is flagged too.
        let longer = reader.longer.expect("lengths differ");
        assert_eq!((longer.wins, longer.votes, longer.flagged), (30, 30, true));
        assert!(longer.interval.low > 0.88, "{longer:?}");
    }

    #[test]
    fn ties_and_both_bad_are_no_win_and_no_votes_give_nothing() {
        let session = session(|n| ("r".into(), n % 2 == 0, if n % 3 == 0 { Outcome::Tie } else if n % 3 == 1 { Outcome::BothBad } else { Outcome::B }));
        let bias = vote_bias(&session);
        assert_eq!(bias[0].decisive, 20);
        assert_eq!(bias[0].first_shown.map(|r| r.wins), Some(0));
        let mut none = session.clone();
        none.votes.clear();
        assert!(vote_bias(&none).is_empty());
    }
}
