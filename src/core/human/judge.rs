//! A language model as one more rater: its imported scores and verdicts set beside people's.
//! For each judge, per criterion, how well it agrees with the people who rated the same
//! answers (Cohen's kappa against their consensus, and Krippendorff's alpha of the people
//! with and without it), the leaderboard its ratings give beside people's on the same
//! answers, and how often its pairwise verdicts match people's votes on the same pair.
//!
//! The people's consensus on an answer is their lower median rating (the middle value; of an
//! even count, the lower of the two middle ones: a value on the scale, as kappa needs).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::human::likert;
use crate::core::human::raters::{self, Board};
use crate::core::model::human::{Outcome, Rating, Vote};
use crate::core::model::session::Session;
use crate::core::stats::agreement::{self, Level, Weights};
use crate::core::stats::pairwise::Settings;

/// What one model judge said, and how it compares with people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JudgeReport {
    pub judge: String,
    pub ratings: usize,
    pub verdicts: usize,
    /// Per criterion the judge rated, in the suite's order of first use.
    pub criteria: Vec<JudgeAgreement>,
    /// Every model the judge rated, best first by the judge's scores, with people's beside.
    pub board: Vec<JudgeStanding>,
    /// Spearman's rank correlation of people's and the judge's scores over the answers both
    /// rated (`None` under three such models, or when one side scores every model alike).
    pub rank_correlation: Option<f64>,
    /// The judge's verdicts against people's votes on the same item and pair.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdicts_agreement: Option<VerdictAgreement>,
    /// The pairwise leaderboards the judge's verdicts alone give.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pairwise: Vec<Board>,
}

/// A judge against the people on one criterion, over the answers both rated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JudgeAgreement {
    pub criterion: String,
    pub min: i32,
    pub max: i32,
    /// Answers the judge and at least one person rated.
    pub units: usize,
    /// Cohen's kappa, judge against the people's consensus: unweighted and quadratic.
    pub kappa: Option<f64>,
    pub quadratic: Option<f64>,
    /// Krippendorff's ordinal alpha over those answers: people alone (where two or more rated
    /// one), and with the judge as one more rater. A judge that rates like the people leaves it
    /// where it was; one that does not lowers it.
    pub alpha_people: Option<f64>,
    pub alpha_with_judge: Option<f64>,
    /// The judge's mean rating minus the people's consensus mean, on the criterion's scale: a
    /// lenient judge is above zero.
    pub mean_difference: Option<f64>,
}

/// One model on the judge's board, beside people's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JudgeStanding {
    pub model: String,
    /// Answers the judge rated, and its mean score (0–100) over them.
    pub answers: usize,
    pub judge: f64,
    pub judge_rank: usize,
    /// Answers both the judge and people rated: people's mean score over them, and the
    /// judge's over the same answers (what compares like with like).
    pub shared: usize,
    pub people: Option<f64>,
    pub judge_shared: Option<f64>,
    pub people_rank: Option<usize>,
}

/// A judge's verdicts against people's votes: each person's vote on a pair the judge also
/// decided is one comparison.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct VerdictAgreement {
    pub compared: usize,
    pub agreed: usize,
    pub share: f64,
    /// Cohen's kappa over first wins / second wins / neither (a tie or both bad).
    pub kappa: Option<f64>,
}

/// The lower median of `values` (not empty).
fn lower_median(values: &mut [i32]) -> i32 {
    values.sort_unstable();
    values[(values.len() - 1) / 2]
}

/// Each judge's report, in the order the judges joined; nothing without judges. `people` is
/// [`Session::people`] of `session`, which the caller has computed already.
pub fn reports(session: &Session, people: &Session, settings: Settings) -> Vec<JudgeReport> {
    session.raters.iter().filter(|r| r.judge).map(|judge| report(session, people, &judge.name, settings)).collect()
}

fn report(session: &Session, people: &Session, judge: &str, settings: Settings) -> JudgeReport {
    let ratings: Vec<Rating> = session.ratings.iter().filter(|r| r.rater == judge).cloned().collect();
    let verdicts: Vec<Vote> = session.votes.iter().filter(|v| v.rater == judge).cloned().collect();
    let criteria = criteria(session, people, &ratings);
    let board = board(session, people, &ratings);
    let rank_correlation = spearman(&board);
    let verdicts_agreement = verdicts_agreement(people, &verdicts);
    let alone = Session { votes: verdicts.clone(), ratings: Vec::new(), ..Session::new(session.suite.clone(), session.answers.clone()) };
    let pairwise = if verdicts.is_empty() { Vec::new() } else { raters::boards(&alone, settings) };
    JudgeReport { judge: judge.to_owned(), ratings: ratings.len(), verdicts: verdicts.len(), criteria, board, rank_correlation, verdicts_agreement, pairwise }
}

/// People's values by criterion → answer, and the scale, for the criteria the judge rated.
fn criteria(session: &Session, people: &Session, ratings: &[Rating]) -> Vec<JudgeAgreement> {
    type ByAnswer<'a> = BTreeMap<(&'a str, &'a str), (i32, Vec<i32>)>;
    let mut order: Vec<(&str, i32, i32)> = Vec::new();
    let mut by_criterion: BTreeMap<&str, ByAnswer<'_>> = BTreeMap::new();
    for rating in ratings {
        let Some(item) = session.suite.item(&rating.item) else { continue };
        let Some((_, scale)) = session.suite.criteria(item).into_iter().find(|(c, _)| c.id == rating.criterion) else { continue };
        if !order.iter().any(|(c, _, _)| *c == rating.criterion) {
            order.push((rating.criterion.as_str(), scale.min, scale.max));
        }
        by_criterion.entry(&rating.criterion).or_default().insert((&rating.item, &rating.model), (rating.value, Vec::new()));
    }
    for rating in &people.ratings {
        if let Some(entry) = by_criterion.get_mut(rating.criterion.as_str()).and_then(|m| m.get_mut(&(rating.item.as_str(), rating.model.as_str()))) {
            entry.1.push(rating.value);
        }
    }
    order
        .into_iter()
        .map(|(criterion, min, max)| {
            let shared: Vec<(i32, Vec<i32>)> = by_criterion[criterion].values().filter(|(_, people)| !people.is_empty()).cloned().collect();
            let consensus: Vec<(i32, i32)> = shared.iter().map(|(judge, people)| (*judge, lower_median(&mut people.clone()))).collect();
            let people_units: Vec<Vec<f64>> = shared.iter().map(|(_, people)| people.iter().map(|&v| f64::from(v)).collect()).collect();
            let with_judge: Vec<Vec<f64>> =
                shared.iter().map(|(judge, people)| people.iter().chain(std::iter::once(judge)).map(|&v| f64::from(v)).collect()).collect();
            let mean_difference = (!consensus.is_empty())
                .then(|| consensus.iter().map(|(judge, people)| f64::from(judge - people)).sum::<f64>() / consensus.len() as f64);
            JudgeAgreement {
                criterion: criterion.to_owned(),
                min,
                max,
                units: shared.len(),
                kappa: agreement::cohen_kappa(&consensus, Weights::None),
                quadratic: agreement::cohen_kappa(&consensus, Weights::Quadratic),
                alpha_people: agreement::krippendorff_alpha(&people_units, Level::Ordinal),
                alpha_with_judge: agreement::krippendorff_alpha(&with_judge, Level::Ordinal),
                mean_difference,
            }
        })
        .collect()
}

/// The judge's mean item score per model over the answers it rated, and people's and the
/// judge's over the answers both rated; best first by the judge's.
fn board(session: &Session, people: &Session, ratings: &[Rating]) -> Vec<JudgeStanding> {
    let by_judge = likert::scores(&session.suite, ratings);
    let by_people = likert::scores(&session.suite, &people.ratings);
    // Per model: judge's (count, sum), shared (count, people's sum, judge's sum).
    let mut sums: BTreeMap<&str, ((usize, f64), (usize, f64, f64))> = BTreeMap::new();
    for ((model, item), judged) in &by_judge {
        let entry = sums.entry(model.as_str()).or_default();
        entry.0 .0 += 1;
        entry.0 .1 += judged.score;
        if let Some(rated) = by_people.get(&(model.clone(), item.clone())) {
            entry.1 .0 += 1;
            entry.1 .1 += rated.score;
            entry.1 .2 += judged.score;
        }
    }
    let mut standings: Vec<JudgeStanding> = session
        .models()
        .into_iter()
        .filter_map(|model| {
            let &((answers, judge), (shared, people, judge_shared)) = sums.get(model.as_str())?;
            let mean = |sum: f64, n: usize| (n > 0).then(|| sum / n as f64);
            Some(JudgeStanding {
                model,
                answers,
                judge: judge / answers as f64,
                judge_rank: 0,
                shared,
                people: mean(people, shared),
                judge_shared: mean(judge_shared, shared),
                people_rank: None,
            })
        })
        .collect();
    let judged: Vec<f64> = standings.iter().map(|s| s.judge).collect();
    let rated: Vec<Option<f64>> = standings.iter().map(|s| s.people).collect();
    for standing in &mut standings {
        standing.judge_rank = 1 + judged.iter().filter(|o| **o > standing.judge).count();
        standing.people_rank = standing.people.map(|mine| 1 + rated.iter().flatten().filter(|o| **o > mine).count());
    }
    standings.sort_by(|a, b| a.judge_rank.cmp(&b.judge_rank).then_with(|| a.model.cmp(&b.model)));
    standings
}

/// Spearman's rho of people's and the judge's scores: Pearson's correlation of their ranks,
/// ties given their mean rank.
fn spearman(board: &[JudgeStanding]) -> Option<f64> {
    let pairs: Vec<(f64, f64)> = board.iter().filter_map(|s| Some((s.people?, s.judge_shared?))).collect();
    if pairs.len() < 3 {
        return None;
    }
    let mean_ranks = |values: Vec<f64>| -> Vec<f64> {
        values
            .iter()
            .map(|v| {
                let below = values.iter().filter(|o| *o < v).count() as f64;
                let equal = values.iter().filter(|o| *o == v).count() as f64;
                below + (equal + 1.0) / 2.0
            })
            .collect()
    };
    let x = mean_ranks(pairs.iter().map(|p| p.0).collect());
    let y = mean_ranks(pairs.iter().map(|p| p.1).collect());
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(&y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let vx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    (vx > 0.0 && vy > 0.0).then(|| cov / (vx * vy).sqrt())
}

/// A vote's outcome seen with the pair's models in name order: 0 the first wins, 1 the
/// second, 2 neither.
fn ordered_outcome(vote: &Vote) -> (&str, &str, i32) {
    let code = |outcome: Outcome| match outcome {
        Outcome::A => 0,
        Outcome::B => 1,
        Outcome::Tie | Outcome::BothBad => 2,
    };
    if vote.a <= vote.b { (&vote.a, &vote.b, code(vote.outcome)) } else { (&vote.b, &vote.a, code(vote.outcome.swapped())) }
}

fn verdicts_agreement(people: &Session, verdicts: &[Vote]) -> Option<VerdictAgreement> {
    let judged: BTreeMap<(&str, &str, &str), i32> = verdicts
        .iter()
        .map(|v| {
            let (first, second, outcome) = ordered_outcome(v);
            ((v.item.as_str(), first, second), outcome)
        })
        .collect();
    let pairs: Vec<(i32, i32)> = people
        .votes
        .iter()
        .filter_map(|v| {
            let (first, second, outcome) = ordered_outcome(v);
            Some((*judged.get(&(v.item.as_str(), first, second))?, outcome))
        })
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let agreed = pairs.iter().filter(|(j, p)| j == p).count();
    Some(VerdictAgreement { compared: pairs.len(), agreed, share: agreed as f64 / pairs.len() as f64, kappa: agreement::cohen_kappa(&pairs, Weights::None) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lower_median_is_a_value_on_the_scale() {
        assert_eq!(lower_median(&mut [5]), 5);
        assert_eq!(lower_median(&mut [7, 3]), 3);
        assert_eq!(lower_median(&mut [4, 1, 6]), 4);
        assert_eq!(lower_median(&mut [2, 6, 4, 5]), 4);
    }
}
