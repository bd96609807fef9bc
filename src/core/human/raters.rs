//! Human scoring sessions: who rates, in which (blind, shuffled) order, which pairs each rater
//! compares, how far each rater has got, how much raters agree, and the pairwise leaderboard.
//!
//! Everything random is drawn from the rater's seed, which the scorebook stores: the same file
//! gives every rater the same order and pairs again, natively and in the browser.

use std::collections::BTreeMap;

use rand::seq::SliceRandom;
use rand::Rng;
use serde::Serialize;

use crate::core::model::human::{Outcome, Rater};
use crate::core::model::session::Session;
use crate::core::stats::agreement::{self, Level, Weights};
use crate::core::stats::bootstrap;
use crate::core::stats::pairwise::{self, Battle, Estimate, Settings, Standing};
use crate::core::i18n::{msg, Message};
use crate::core::model::suite::Item;
use crate::core::text::Lang;

/// The seed of a random stream named by `text`.
fn fnv(text: &str) -> u64 {
    crate::core::stats::fnv1a(text.as_bytes())
}

/// The blind label of the answer at `position`: A, B, … Z, then 27, 28, …
pub fn label(position: usize) -> String {
    u8::try_from(position).ok().filter(|p| *p < 26).map_or_else(|| (position + 1).to_string(), |p| char::from(b'A' + p).to_string())
}

/// Items people rate: those with criteria (their own, or the default for open items).
pub fn rated_items(session: &Session) -> impl Iterator<Item = &Item> {
    session.suite.items.iter().filter(|item| !session.suite.criteria(item).is_empty())
}

/// Models with a non-empty answer to `item`, in order of first appearance.
fn answering<'a>(session: &'a Session, item: &str) -> Vec<&'a str> {
    let mut models: Vec<&str> = Vec::new();
    for answer in session.answers.iter().filter(|a| a.item == item && !a.answer.trim().is_empty()) {
        if !models.contains(&answer.model.as_str()) {
            models.push(answer.model.as_str());
        }
    }
    models
}

/// One answer to rate: the item, the model, and the letter it hides behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LikertTask {
    pub item: String,
    pub model: String,
    pub label: String,
}

/// The rater's Likert tasks: items in suite order, each item's answers shuffled by the rater's
/// seed and labelled A, B, C… in that order.
pub fn likert_tasks(session: &Session, rater: &Rater) -> Vec<LikertTask> {
    let mut tasks = Vec::new();
    for item in rated_items(session) {
        let mut models = answering(session, &item.id);
        models.shuffle(&mut bootstrap::rng(fnv(&format!("{}/{}", rater.seed, item.id))));
        for (position, model) in models.into_iter().enumerate() {
            tasks.push(LikertTask { item: item.id.clone(), model: model.to_owned(), label: label(position) });
        }
    }
    tasks
}

/// One pairwise comparison: the item and the answers shown left (A) and right (B).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairTask {
    pub item: String,
    pub a: String,
    pub b: String,
}

/// The rater's pairwise schedule: `pair_rounds` passes over the rated items in a shuffled
/// order; on each item the pair of models compared least often so far (ties broken at random),
/// sides swapped at random. Over a schedule every model pair comes up about equally often.
pub fn pair_tasks(session: &Session, rater: &Rater) -> Vec<PairTask> {
    let mut rng = bootstrap::rng(fnv(&format!("{}/pairs", rater.seed)));
    let mut items: Vec<(&str, Vec<&str>)> =
        rated_items(session).map(|item| (item.id.as_str(), answering(session, &item.id))).filter(|(_, m)| m.len() >= 2).collect();
    items.shuffle(&mut rng);
    let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut tasks = Vec::new();
    for _ in 0..rater.pair_rounds.clamp(1, 50) {
        for (item, models) in &items {
            let mut pairs: Vec<(&str, &str)> = Vec::new();
            for (i, a) in models.iter().enumerate() {
                for b in &models[i + 1..] {
                    pairs.push(if a < b { (a, b) } else { (b, a) });
                }
            }
            let fewest = pairs.iter().map(|p| seen.get(p).copied().unwrap_or(0)).min().unwrap_or(0);
            pairs.retain(|p| seen.get(p).copied().unwrap_or(0) == fewest);
            let Some(&pair) = pairs.get(rng.random_range(0..pairs.len())) else { continue };
            *seen.entry(pair).or_default() += 1;
            let (a, b) = if rng.random_bool(0.5) { (pair.1, pair.0) } else { pair };
            tasks.push(PairTask { item: (*item).to_owned(), a: a.to_owned(), b: b.to_owned() });
        }
    }
    tasks
}

/// How far a rater has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Progress {
    pub rater: String,
    /// Ratings given / ratings asked for (answers × criteria).
    pub rated: usize,
    pub to_rate: usize,
    /// Pairs voted on / pairs scheduled.
    pub voted: usize,
    pub to_vote: usize,
}

/// Every rater's progress: raters registered in the session and anyone who left a rating or
/// a vote, in order of appearance.
pub fn progress(session: &Session) -> Vec<Progress> {
    let mut names: Vec<&str> = session.raters.iter().map(|r| r.name.as_str()).collect();
    for name in session.ratings.iter().map(|r| r.rater.as_str()).chain(session.votes.iter().map(|v| v.rater.as_str())) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let asked: usize = rated_items(session).map(|item| answering(session, &item.id).len() * session.suite.criteria(item).len()).sum();
    names
        .into_iter()
        .map(|name| {
            let rater = session.raters.iter().find(|r| r.name == name).cloned().unwrap_or_else(|| Rater::new(name, 0));
            let schedule = pair_tasks(session, &rater);
            Progress {
                rater: name.to_owned(),
                rated: session.ratings.iter().filter(|r| r.rater == name).count(),
                to_rate: asked,
                voted: schedule.iter().filter(|task| session.vote_for(name, &task.item, &task.a, &task.b).is_some()).count(),
                to_vote: schedule.len(),
            }
        })
        .collect()
}

/// Agreement between raters on one criterion.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Agreement {
    pub criterion: String,
    pub min: i32,
    pub max: i32,
    pub raters: Vec<String>,
    /// Answers rated on this criterion by anyone / by at least two raters.
    pub units: usize,
    pub pairable: usize,
    pub alpha_nominal: Option<f64>,
    pub alpha_ordinal: Option<f64>,
    pub alpha_interval: Option<f64>,
    /// Fleiss' kappa over the answers every rater rated (`fleiss_units` of them).
    pub fleiss: Option<f64>,
    pub fleiss_units: usize,
    /// Gwet's AC1 (any disagreement counts) and AC2 (quadratic weights over the scale): they
    /// stay meaningful when nearly every rating is the same (a harmless answer rated 7 by all).
    #[serde(default)]
    pub ac1: Option<f64>,
    #[serde(default)]
    pub ac2: Option<f64>,
    /// The same criterion's agreement within each sub-task.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subtasks: Vec<SubtaskAgreement>,
    pub pairs: Vec<PairAgreement>,
}

/// A criterion's agreement over one sub-task's answers.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct SubtaskAgreement {
    pub dimension: String,
    pub subtask: String,
    /// Answers at least two raters rated.
    pub pairable: usize,
    pub alpha_ordinal: Option<f64>,
    pub ac2: Option<f64>,
}

/// Cohen's kappa between two raters over the answers both rated.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct PairAgreement {
    pub first: String,
    pub second: String,
    pub units: usize,
    pub kappa: Option<f64>,
    pub quadratic: Option<f64>,
}

/// An answer raters judged differently.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Disagreement {
    pub item: String,
    pub model: String,
    pub criterion: String,
    /// Rater and value, by rater name.
    pub values: Vec<(String, i32)>,
    /// Highest minus lowest value, as a share of the scale (0–1).
    pub spread: f64,
}

/// Ratings by criterion → (item, model) → rater → value.
type Units<'a> = BTreeMap<(&'a str, i32, i32), BTreeMap<(&'a str, &'a str), BTreeMap<&'a str, i32>>>;

fn units(session: &Session) -> Units<'_> {
    let mut units: Units = BTreeMap::new();
    for rating in &session.ratings {
        let Some(item) = session.suite.item(&rating.item) else { continue };
        let Some((criterion, scale)) = session.suite.criteria(item).into_iter().find(|(c, _)| c.id == rating.criterion) else {
            continue;
        };
        let key = (rating.criterion.as_str(), scale.min, scale.max);
        let _ = criterion;
        units.entry(key).or_default().entry((rating.item.as_str(), rating.model.as_str())).or_default().insert(rating.rater.as_str(), rating.value);
    }
    units
}

/// Agreement per criterion, and the answers with the widest disagreement first.
pub fn agreement(session: &Session) -> (Vec<Agreement>, Vec<Disagreement>) {
    let mut report = Vec::new();
    let mut disagreements = Vec::new();
    for ((criterion, min, max), answers) in units(session) {
        let mut raters: Vec<&str> = answers.values().flat_map(|by| by.keys().copied()).collect();
        raters.sort_unstable();
        raters.dedup();
        let values: Vec<Vec<f64>> = answers.values().map(|by| by.values().map(|&v| f64::from(v)).collect()).collect();
        let complete: Vec<Vec<i32>> =
            answers.values().filter(|by| by.len() == raters.len()).map(|by| by.values().copied().collect()).collect();
        let mut pairs = Vec::new();
        for (i, first) in raters.iter().enumerate() {
            for second in &raters[i + 1..] {
                let shared: Vec<(i32, i32)> =
                    answers.values().filter_map(|by| Some((*by.get(first)?, *by.get(second)?))).collect();
                pairs.push(PairAgreement {
                    first: (*first).to_owned(),
                    second: (*second).to_owned(),
                    units: shared.len(),
                    kappa: agreement::cohen_kappa(&shared, Weights::None),
                    quadratic: agreement::cohen_kappa(&shared, Weights::Quadratic),
                });
            }
        }
        for ((item, model), by) in &answers {
            let (Some(low), Some(high)) = (by.values().min(), by.values().max()) else { continue };
            if by.len() >= 2 && high > low {
                disagreements.push(Disagreement {
                    item: (*item).to_owned(),
                    model: (*model).to_owned(),
                    criterion: criterion.to_owned(),
                    values: by.iter().map(|(r, v)| ((*r).to_owned(), *v)).collect(),
                    spread: f64::from(high - low) / f64::from((max - min).max(1)),
                });
            }
        }
        let scale: Vec<i32> = (min..=max).collect();
        let ints: Vec<Vec<i32>> = answers.values().map(|by| by.values().copied().collect()).collect();
        // Sub-tasks in the suite's order, each with the answers to its items.
        let mut subtasks = Vec::new();
        for dimension in &session.suite.dimensions {
            for subtask in &dimension.subtasks {
                let within: Vec<&BTreeMap<&str, i32>> = answers
                    .iter()
                    .filter(|((item, _), _)| session.suite.item(item).is_some_and(|i| i.dimension == dimension.id && i.subtask == subtask.id))
                    .map(|(_, by)| by)
                    .collect();
                let pairable = within.iter().filter(|by| by.len() >= 2).count();
                if pairable == 0 {
                    continue;
                }
                let values: Vec<Vec<f64>> = within.iter().map(|by| by.values().map(|&v| f64::from(v)).collect()).collect();
                let ints: Vec<Vec<i32>> = within.iter().map(|by| by.values().copied().collect()).collect();
                subtasks.push(SubtaskAgreement {
                    dimension: dimension.id.clone(),
                    subtask: subtask.id.clone(),
                    pairable,
                    alpha_ordinal: agreement::krippendorff_alpha(&values, Level::Ordinal),
                    ac2: agreement::gwet(&ints, &scale, Weights::Quadratic),
                });
            }
        }
        report.push(Agreement {
            criterion: criterion.to_owned(),
            min,
            max,
            raters: raters.iter().map(|r| (*r).to_owned()).collect(),
            units: answers.len(),
            pairable: answers.values().filter(|by| by.len() >= 2).count(),
            alpha_nominal: agreement::krippendorff_alpha(&values, Level::Nominal),
            alpha_ordinal: agreement::krippendorff_alpha(&values, Level::Ordinal),
            alpha_interval: agreement::krippendorff_alpha(&values, Level::Interval),
            fleiss: if complete.len() >= 2 { agreement::fleiss_kappa(&complete) } else { None },
            fleiss_units: complete.len(),
            ac1: agreement::gwet(&ints, &scale, Weights::None),
            ac2: agreement::gwet(&ints, &scale, Weights::Quadratic),
            subtasks,
            pairs,
        });
    }
    disagreements.sort_by(|x, y| y.spread.total_cmp(&x.spread).then_with(|| (&x.item, &x.model).cmp(&(&y.item, &y.model))));
    (report, disagreements)
}

/// The pairwise leaderboard of one language (or of all votes, `lang: None`).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Board {
    pub lang: Option<Lang>,
    pub votes: usize,
    pub standings: Vec<Standing>,
}

impl Board {
    /// What a reader must know before comparing the board's ratings, worded: models that never
    /// won or never lost against the rest (their ratings are bounds the penalty set), models
    /// the votes only place in order, and groups of models that never met.
    pub fn warnings(&self) -> Vec<Message> {
        let named = |estimate: Estimate| {
            let models: Vec<&str> = self.standings.iter().filter(|s| s.estimate == estimate).map(|s| s.model.as_str()).collect();
            (!models.is_empty()).then(|| (models.len(), models.join(", ")))
        };
        let mut warnings = Vec::new();
        if let Some((count, models)) = named(Estimate::AtMost) {
            warnings.push(msg!("pairwise-never-won", count = count, models = models));
        }
        if let Some((count, models)) = named(Estimate::AtLeast) {
            warnings.push(msg!("pairwise-never-lost", count = count, models = models));
        }
        if let Some((count, models)) = named(Estimate::Ordered) {
            warnings.push(msg!("pairwise-ordered", count = count, models = models));
        }
        let groups = self.standings.iter().filter_map(|s| s.group).max().unwrap_or(0);
        if groups > 1 {
            warnings.push(msg!("pairwise-groups", groups = groups));
        }
        warnings
    }
}

/// A standing's Bradley-Terry rating as shown: the number, or the bound it only is (`≥`, `≤`),
/// or `—` where the votes fix only the order.
pub fn rating_shown(standing: &Standing) -> String {
    let rating = format!("{:.0}", standing.bradley_terry);
    match standing.estimate {
        Estimate::Rated => rating,
        Estimate::AtLeast => format!("≥ {rating}"),
        Estimate::AtMost => format!("≤ {rating}"),
        Estimate::Ordered => "—".to_owned(),
    }
}

/// Pairwise leaderboards from the session's votes: all votes, then Chinese, then English
/// items (boards without votes are left out).
pub fn boards(session: &Session, settings: Settings) -> Vec<Board> {
    let models = session.models();
    let index = |name: &str| models.iter().position(|m| m == name);
    let mut out = Vec::new();
    for lang in [None, Some(Lang::Zh), Some(Lang::En)] {
        let battles: Vec<Battle> = session
            .votes
            .iter()
            .filter(|vote| lang.is_none() || session.suite.item(&vote.item).map(|item| item.lang) == lang)
            .filter_map(|vote| {
                let score_a = match vote.outcome {
                    Outcome::A => 1.0,
                    Outcome::B => 0.0,
                    Outcome::Tie | Outcome::BothBad => 0.5,
                };
                Some(Battle { a: index(&vote.a)?, b: index(&vote.b)?, score_a })
            })
            .collect();
        if !battles.is_empty() {
            out.push(Board { lang, votes: battles.len(), standings: pairwise::standings(&models, &battles, settings) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_run_past_z() {
        assert_eq!([label(0), label(25), label(26)], ["A".to_string(), "Z".into(), "27".into()]);
    }
}
