//! Rolling item scores up: item → sub-task → dimension → language → composite, with weights
//! at every level (items, sub-tasks, dimensions, languages). At each level above the sub-task
//! the average is either micro (pooled over the items below, as the HKU study pooled a
//! subject's middle-school and university questions) or macro (the weighted mean of the
//! children, as it averaged the language sub-tasks). The rule travels with every export.
//!
//! Every score gets a seeded bootstrap 95 % interval: items are resampled with replacement
//! within each sub-task (the suite's design is kept), the same resample for every model, and
//! the whole roll-up is recomputed. [`compare`] tests the difference between two models;
//! [`language_gaps`] tells a ranking that changes with the language from noise.

mod circular;
mod gap;

pub use circular::{circular, CircularRow};
pub use gap::{language_gaps, Gap, LanguageGaps, FAMILY_ERROR};
use serde::{Deserialize, Serialize};

use crate::core::model::rule::{Averaging, Rule};
use crate::core::model::suite::Suite;
use crate::core::scoring::ItemScore;
use crate::core::stats::bootstrap::{self, Interval};
use crate::core::text::Lang;

/// One cell of the results table.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Cell {
    pub model: String,
    /// `None` for the composite over both languages.
    pub lang: Option<Lang>,
    /// `None` for a composite (the language's, or the overall one).
    pub dimension: Option<String>,
    /// Set for sub-task cells.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtask: Option<String>,
    /// 0–100; `None` when no item in the group has a score yet.
    pub score: Option<f64>,
    /// Items with a score / items in the group.
    pub scored: usize,
    pub items: usize,
    /// Seeded bootstrap 95 % interval (items resampled within sub-tasks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
}

/// What a cell is about, without the model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Scope {
    pub lang: Option<Lang>,
    pub dimension: Option<String>,
    pub subtask: Option<String>,
}

impl Cell {
    /// `zh`, `en`, or `all` for the composite over both.
    pub fn lang_code(&self) -> &'static str {
        self.lang.map_or("all", Lang::as_str)
    }
}

/// The suite's tree with item indices at the leaves, in suite order; empty groups dropped.
struct Layout {
    /// Per language: its dimensions, each with its sub-tasks (suite indices, items).
    languages: Vec<(Lang, Vec<(usize, Vec<(usize, Vec<usize>)>)>)>,
    item_weights: Vec<f64>,
}

impl Layout {
    fn new(suite: &Suite) -> Layout {
        let mut languages = Vec::new();
        for lang in [Lang::Zh, Lang::En] {
            let mut dimensions = Vec::new();
            for (d, dimension) in suite.dimensions.iter().enumerate() {
                let mut subtasks = Vec::new();
                for (s, subtask) in dimension.subtasks.iter().enumerate() {
                    let items: Vec<usize> = suite
                        .items
                        .iter()
                        .enumerate()
                        .filter(|(_, i)| i.lang == lang && i.dimension == dimension.id && i.subtask == subtask.id)
                        .map(|(index, _)| index)
                        .collect();
                    if !items.is_empty() {
                        subtasks.push((s, items));
                    }
                }
                if !subtasks.is_empty() {
                    dimensions.push((d, subtasks));
                }
            }
            if !dimensions.is_empty() {
                languages.push((lang, dimensions));
            }
        }
        Layout { languages, item_weights: suite.items.iter().map(|i| i.weight).collect() }
    }

    /// The scopes of the cells, in the order [`Layout::evaluate`] returns them.
    fn scopes(&self, suite: &Suite) -> Vec<Scope> {
        let mut scopes = Vec::new();
        for (lang, dimensions) in &self.languages {
            for (d, subtasks) in dimensions {
                let dimension = &suite.dimensions[*d];
                for (s, _) in subtasks {
                    scopes.push(Scope { lang: Some(*lang), dimension: Some(dimension.id.clone()), subtask: Some(dimension.subtasks[*s].id.clone()) });
                }
                scopes.push(Scope { lang: Some(*lang), dimension: Some(dimension.id.clone()), subtask: None });
            }
            scopes.push(Scope { lang: Some(*lang), dimension: None, subtask: None });
        }
        if !self.languages.is_empty() {
            scopes.push(Scope { lang: None, dimension: None, subtask: None });
        }
        scopes
    }

    /// Every cell's (score, scored, items) for one model: over all items, or over `draws`, a
    /// resample of each sub-task's items in layout order.
    fn evaluate(&self, suite: &Suite, scores: &[Option<f64>], rule: &Rule, draws: Option<&[Vec<usize>]>) -> Vec<(Option<f64>, usize, usize)> {
        let mut group = 0;
        let mut out = Vec::new();
        let mut overall = Pool::default();
        let mut language_scores = Vec::new();
        for (lang, dimensions) in &self.languages {
            let mut lang_pool = Pool::default();
            let mut dimension_scores = Vec::new();
            for (d, subtasks) in dimensions {
                let dimension = &suite.dimensions[*d];
                let mut dim_pool = Pool::default();
                let mut subtask_scores = Vec::new();
                for (s, items) in subtasks {
                    let mut pool = Pool::default();
                    let chosen: &[usize] = draws.and_then(|d| d.get(group)).map_or(items, Vec::as_slice);
                    group += 1;
                    for &index in chosen {
                        pool.add(scores[index], self.item_weights[index]);
                    }
                    let score = pool.mean();
                    if let Some(score) = score {
                        subtask_scores.push((score, dimension.subtasks[*s].weight));
                    }
                    out.push((score, pool.scored, pool.items));
                    dim_pool.merge(&pool);
                }
                let score = combine(rule.subtasks, &dim_pool, &subtask_scores);
                if let Some(score) = score {
                    dimension_scores.push((score, dimension.weight));
                }
                out.push((score, dim_pool.scored, dim_pool.items));
                lang_pool.merge(&dim_pool);
            }
            let score = combine(rule.dimensions, &lang_pool, &dimension_scores);
            if let Some(score) = score {
                language_scores.push((score, rule.language_weights.of(*lang)));
            }
            out.push((score, lang_pool.scored, lang_pool.items));
            overall.merge(&lang_pool);
        }
        if !self.languages.is_empty() {
            let score = combine(rule.languages, &overall, &language_scores);
            out.push((score, overall.scored, overall.items));
        }
        out
    }
}

#[derive(Default)]
struct Pool {
    weighted: f64,
    weight: f64,
    scored: usize,
    items: usize,
}

impl Pool {
    fn add(&mut self, score: Option<f64>, weight: f64) {
        self.items += 1;
        if let Some(score) = score {
            self.weighted += score * weight;
            self.weight += weight;
            self.scored += 1;
        }
    }

    fn merge(&mut self, other: &Pool) {
        self.weighted += other.weighted;
        self.weight += other.weight;
        self.scored += other.scored;
        self.items += other.items;
    }

    fn mean(&self) -> Option<f64> {
        (self.weight > 0.0).then(|| self.weighted / self.weight)
    }
}

/// A level's score: pooled over its items (micro) or the weighted mean of its children's
/// scores (macro; `children` holds (score, weight) of those that have one).
fn combine(averaging: Averaging, pool: &Pool, children: &[(f64, f64)]) -> Option<f64> {
    match averaging {
        Averaging::Micro => pool.mean(),
        Averaging::Macro => weighted_mean(children),
    }
}

fn weighted_mean(values: &[(f64, f64)]) -> Option<f64> {
    let total: f64 = values.iter().map(|(_, w)| w).sum();
    (total > 0.0).then(|| values.iter().map(|(v, w)| v * w).sum::<f64>() / total)
}

/// Each model's item scores in suite order (`None`: no score yet).
/// Every model's score on every item, in suite order (`None`: missing or not yet rated): what
/// [`table_of_matrix`] and [`language_gaps`] roll up.
pub fn score_matrix(suite: &Suite, scores: &[ItemScore], models: &[String]) -> Vec<Vec<Option<f64>>> {
    let index: rustc_hash::FxHashMap<(&str, &str), Option<f64>> =
        scores.iter().map(|s| ((s.model.as_str(), s.item.as_str()), s.score)).collect();
    models
        .iter()
        .map(|model| suite.items.iter().map(|item| index.get(&(model.as_str(), item.id.as_str())).copied().flatten()).collect())
        .collect()
}

/// How many bootstrap rounds, from which seed. `rounds: 0` skips the intervals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resampling {
    pub rounds: usize,
    pub seed: u64,
}

impl Default for Resampling {
    fn default() -> Self {
        Resampling { rounds: bootstrap::DEFAULT_ROUNDS, seed: bootstrap::DEFAULT_SEED }
    }
}

/// The results table without intervals: for each model, every sub-task, dimension and
/// language composite, then the composite over both languages.
pub fn table(suite: &Suite, scores: &[ItemScore], models: &[String], rule: Rule) -> Vec<Cell> {
    table_with_intervals(suite, scores, models, rule, Resampling { rounds: 0, seed: 0 })
}

/// The results table with bootstrap intervals.
pub fn table_with_intervals(suite: &Suite, scores: &[ItemScore], models: &[String], rule: Rule, resampling: Resampling) -> Vec<Cell> {
    table_of_matrix(suite, &score_matrix(suite, scores, models), models, rule, resampling)
}

/// [`table_with_intervals`] from the scores alone: `matrix[m][i]` is `models[m]`'s score on
/// the suite's `i`th item (`None`: missing or not yet rated).
pub fn table_of_matrix(suite: &Suite, matrix: &[Vec<Option<f64>>], models: &[String], rule: Rule, resampling: Resampling) -> Vec<Cell> {
    let layout = Layout::new(suite);
    let scopes = layout.scopes(suite);
    let point: Vec<Vec<(Option<f64>, usize, usize)>> =
        matrix.iter().map(|row| layout.evaluate(suite, row, &rule, None)).collect();
    let intervals = bootstrap_cells(&layout, suite, matrix, &rule, resampling, scopes.len());
    let mut cells = Vec::with_capacity(models.len() * scopes.len());
    for (m, model) in models.iter().enumerate() {
        for (c, scope) in scopes.iter().enumerate() {
            let (score, scored, items) = point[m][c];
            cells.push(Cell {
                model: model.clone(),
                lang: scope.lang,
                dimension: scope.dimension.clone(),
                subtask: scope.subtask.clone(),
                score,
                scored,
                items,
                interval: intervals.get(m).and_then(|row| row[c]),
            });
        }
    }
    cells
}

/// Per model, per cell: the bootstrap interval (resamples shared by all models).
fn bootstrap_cells(layout: &Layout, suite: &Suite, matrix: &[Vec<Option<f64>>], rule: &Rule, resampling: Resampling, cells: usize) -> Vec<Vec<Option<Interval>>> {
    if resampling.rounds == 0 || matrix.is_empty() {
        return Vec::new();
    }
    let mut estimates: Vec<Vec<Vec<f64>>> = vec![vec![Vec::with_capacity(resampling.rounds); cells]; matrix.len()];
    let mut rng = bootstrap::rng(resampling.seed);
    for _ in 0..resampling.rounds {
        // One resample of every sub-task, drawn in layout order, used for every model.
        let draws = layout.resample(&mut rng);
        for (m, row) in matrix.iter().enumerate() {
            let values = layout.evaluate(suite, row, rule, Some(&draws));
            for (c, (score, _, _)) in values.into_iter().enumerate() {
                if let Some(score) = score {
                    estimates[m][c].push(score);
                }
            }
        }
    }
    estimates.iter().map(|row| row.iter().map(|values| bootstrap::interval(values)).collect()).collect()
}

/// The difference between two models on one scope, with a paired test.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Comparison {
    pub first: String,
    pub second: String,
    /// first − second, on the items both have scores for.
    pub difference: f64,
    /// Paired bootstrap 95 % interval of the difference.
    pub interval: Option<Interval>,
    /// Two-sided p-value of the paired permutation test (scores swapped between the two
    /// models item by item); exact when it can enumerate every swap.
    pub p_value: f64,
    pub exact: bool,
    /// Items both models have scores for (the test's pairs), and those where they differ.
    pub pairs: usize,
    pub differing: usize,
}

/// Swaps are enumerated exactly up to this many differing items (2^16 roll-ups), sampled
/// beyond.
pub const EXACT_LIMIT: usize = 16;
/// Random swaps when the test cannot be exact.
pub const PERMUTATIONS: usize = 10_000;

/// Compares `first` and `second` on `scope` (items where both have a score).
pub fn compare(suite: &Suite, scores: &[ItemScore], first: &str, second: &str, scope: &Scope, rule: Rule, resampling: Resampling) -> Option<Comparison> {
    let [a, b] = compared_rows(suite, scores, first, second);
    compare_rows(suite, Pairing { first, second, a: &a, b: &b }, scope, rule, resampling)
}

/// The item scores of two models in suite order (`None`: no score), all [`compare_rows`]
/// needs of a session's scores: what the page sends the engine to compare them.
pub fn compared_rows(suite: &Suite, scores: &[ItemScore], first: &str, second: &str) -> [Vec<Option<f64>>; 2] {
    let mut matrix = score_matrix(suite, scores, &[first.to_owned(), second.to_owned()]);
    let b = matrix.pop().unwrap_or_default();
    let a = matrix.pop().unwrap_or_default();
    [a, b]
}

/// Two models' item scores in suite order, from [`compared_rows`].
#[derive(Debug, Clone, Copy)]
pub struct Pairing<'a> {
    pub first: &'a str,
    pub second: &'a str,
    pub a: &'a [Option<f64>],
    pub b: &'a [Option<f64>],
}

/// [`compare`] over two rows of item scores.
pub fn compare_rows(suite: &Suite, pairing: Pairing<'_>, scope: &Scope, rule: Rule, resampling: Resampling) -> Option<Comparison> {
    let Pairing { first, second, a, b } = pairing;
    if a.len() != suite.items.len() || b.len() != suite.items.len() {
        return None;
    }
    // Paired: only items both models have a score for.
    let paired: Vec<bool> = a.iter().zip(b).map(|(x, y)| x.is_some() && y.is_some()).collect();
    let keep = |row: &[Option<f64>]| row.iter().zip(&paired).map(|(s, &p)| if p { *s } else { None }).collect::<Vec<_>>();
    let (a, b) = (keep(a), keep(b));
    let layout = Layout::new(suite);
    let position = layout.scopes(suite).iter().position(|s| s == scope)?;
    let statistic = |a: &[Option<f64>], b: &[Option<f64>]| -> Option<f64> {
        let x = layout.evaluate(suite, a, &rule, None)[position].0?;
        let y = layout.evaluate(suite, b, &rule, None)[position].0?;
        Some(x - y)
    };
    let observed = statistic(&a, &b)?;
    let in_scope: Vec<usize> = layout.scope_items(suite, scope);
    let differing: Vec<usize> = in_scope.iter().copied().filter(|&i| paired[i] && a[i] != b[i]).collect();
    let pairs = in_scope.iter().filter(|&&i| paired[i]).count();
    let mut null = Vec::new();
    let swapped = |mask: &dyn Fn(usize) -> bool| {
        let (mut x, mut y) = (a.clone(), b.clone());
        for (n, &i) in differing.iter().enumerate() {
            if mask(n) {
                std::mem::swap(&mut x[i], &mut y[i]);
            }
        }
        statistic(&x, &y)
    };
    let exact = differing.len() <= EXACT_LIMIT;
    if exact {
        for bits in 0u32..(1u32 << differing.len()) {
            null.extend(swapped(&|n| bits >> n & 1 == 1));
        }
    } else {
        let mut rng = bootstrap::rng(resampling.seed ^ 0x5eed);
        // Each item's swap is a fair coin: one random word gives 64 of them.
        let mut flips = vec![0u64; differing.len().div_ceil(64)];
        for _ in 0..PERMUTATIONS {
            flips.iter_mut().for_each(|word| *word = rand::Rng::random(&mut rng));
            null.extend(swapped(&|n| flips[n / 64] >> (n % 64) & 1 == 1));
        }
    }
    let p_value = permutation_p_value(&null, observed, exact);
    // Paired bootstrap of the difference: the same resample for both models.
    let mut differences = Vec::with_capacity(resampling.rounds);
    let mut rng = bootstrap::rng(resampling.seed);
    for _ in 0..resampling.rounds {
        let draws = layout.resample(&mut rng);
        let x = layout.evaluate(suite, &a, &rule, Some(&draws))[position].0;
        let y = layout.evaluate(suite, &b, &rule, Some(&draws))[position].0;
        if let (Some(x), Some(y)) = (x, y) {
            differences.push(x - y);
        }
    }
    Some(Comparison {
        first: first.to_owned(),
        second: second.to_owned(),
        difference: observed,
        interval: bootstrap::interval(&differences),
        p_value,
        exact,
        pairs,
        differing: differing.len(),
    })
}

/// Two-sided p-value as SciPy's `permutation_test` defines it: twice the smaller tail, with
/// a relative tolerance for ties in floating point and, for sampled nulls, the +1 correction
/// that counts the observed arrangement.
pub fn permutation_p_value(null: &[f64], observed: f64, exact: bool) -> f64 {
    if null.is_empty() {
        return 1.0;
    }
    let gamma = (observed * f64::EPSILON * 100.0).abs();
    let adjustment = if exact { 0.0 } else { 1.0 };
    let n = null.len() as f64;
    let less = (null.iter().filter(|&&v| v <= observed + gamma).count() as f64 + adjustment) / (n + adjustment);
    let greater = (null.iter().filter(|&&v| v >= observed - gamma).count() as f64 + adjustment) / (n + adjustment);
    (2.0 * less.min(greater)).clamp(0.0, 1.0)
}

impl Layout {
    /// One bootstrap resample of every sub-task's items (with replacement, same size), in
    /// layout order.
    fn resample(&self, rng: &mut rand_chacha::ChaCha8Rng) -> Vec<Vec<usize>> {
        let mut draws = Vec::new();
        for (_, dimensions) in &self.languages {
            for (_, subtasks) in dimensions {
                for (_, items) in subtasks {
                    draws.push(bootstrap::resample(rng, items.len(), items.len()).into_iter().map(|i| items[i]).collect());
                }
            }
        }
        draws
    }

    /// The suite indices of the items under `scope`.
    fn scope_items(&self, suite: &Suite, scope: &Scope) -> Vec<usize> {
        let mut out = Vec::new();
        for (lang, dimensions) in &self.languages {
            if scope.lang.is_some_and(|l| l != *lang) {
                continue;
            }
            for (d, subtasks) in dimensions {
                let dimension = &suite.dimensions[*d];
                if scope.dimension.as_ref().is_some_and(|id| *id != dimension.id) {
                    continue;
                }
                for (s, items) in subtasks {
                    if scope.subtask.as_ref().is_some_and(|id| *id != dimension.subtasks[*s].id) {
                        continue;
                    }
                    out.extend(items);
                }
            }
        }
        out
    }
}

/// One model's line of the leaderboard: per language, the composite, its ranks, and each
/// dimension's score.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Row {
    pub model: String,
    pub zh: LangScores,
    pub en: LangScores,
    /// The composite over both languages.
    pub overall: Option<f64>,
    pub overall_interval: Option<Interval>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, serde::Deserialize)]
pub struct LangScores {
    pub composite: Option<f64>,
    pub interval: Option<Interval>,
    /// 1 = best; equal scores share a rank.
    pub rank: Option<usize>,
    /// The ranks the model could plausibly hold: from 1 + the models whose whole interval lies
    /// above its interval, to the number of models minus those whose interval lies wholly below.
    pub rank_range: Option<(usize, usize)>,
    /// In the suite's dimension order.
    pub dimensions: Vec<Option<f64>>,
    pub dimension_intervals: Vec<Option<Interval>>,
}

/// What the leaderboard is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Model,
    Composite(Lang),
    Dimension(Lang, usize),
    Overall,
}

impl SortKey {
    /// The order the leaderboard opens in: the Chinese composite, best first.
    pub const OPENING: SortKey = SortKey::Composite(Lang::Zh);
}

/// How the leaderboard is shown: its order and its languages (`None`: both, side by side,
/// with the composite over both). Its export is the same table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoardView {
    pub sort: SortKey,
    pub only: Option<Lang>,
}

impl Default for BoardView {
    fn default() -> Self {
        BoardView { sort: SortKey::OPENING, only: None }
    }
}

impl BoardView {
    /// Whether `lang`'s columns are shown.
    pub fn shows(&self, lang: Lang) -> bool {
        self.only.is_none_or(|only| only == lang)
    }

    /// One language only (sorted by its composite), or both again (the order kept).
    pub fn showing(self, only: Option<Lang>) -> BoardView {
        match only {
            Some(lang) => BoardView { sort: SortKey::Composite(lang), only },
            None => BoardView { only, ..self },
        }
    }
}

fn find<'a>(table: &'a [Cell], model: &str, lang: Option<Lang>, dimension: Option<&str>) -> Option<&'a Cell> {
    table.iter().find(|c| c.model == model && c.lang == lang && c.dimension.as_deref() == dimension && c.subtask.is_none())
}

/// The leaderboard rows, sorted by `key` (scores descending, missing last; models A–Z).
pub fn leaderboard(suite: &Suite, table: &[Cell], models: &[String], key: SortKey) -> Vec<Row> {
    let lang_scores = |model: &str, lang: Lang| {
        let composite = find(table, model, Some(lang), None);
        let dimensions: Vec<Option<&Cell>> = suite.dimensions.iter().map(|d| find(table, model, Some(lang), Some(&d.id))).collect();
        LangScores {
            composite: composite.and_then(|c| c.score),
            interval: composite.and_then(|c| c.interval),
            rank: None,
            rank_range: None,
            dimensions: dimensions.iter().map(|c| c.and_then(|c| c.score)).collect(),
            dimension_intervals: dimensions.iter().map(|c| c.and_then(|c| c.interval)).collect(),
        }
    };
    let mut rows: Vec<Row> = models
        .iter()
        .map(|m| {
            let overall = find(table, m, None, None);
            Row {
                model: m.clone(),
                zh: lang_scores(m, Lang::Zh),
                en: lang_scores(m, Lang::En),
                overall: overall.and_then(|c| c.score),
                overall_interval: overall.and_then(|c| c.interval),
            }
        })
        .collect();
    for lang in [Lang::Zh, Lang::En] {
        let composites: Vec<Option<f64>> = rows.iter().map(|r| side(r, lang).composite).collect();
        let intervals: Vec<Option<Interval>> = rows.iter().map(|r| side(r, lang).interval).collect();
        let best = bootstrap::ranks(&intervals);
        let scored = intervals.iter().flatten().count();
        for (i, row) in rows.iter_mut().enumerate() {
            let own = composites[i];
            let side = side_mut(row, lang);
            side.rank = own.map(|own| 1 + composites.iter().flatten().filter(|&&other| other > own).count());
            side.rank_range = intervals[i].zip(best[i]).map(|(interval, best)| {
                let below = intervals.iter().flatten().filter(|other| other.high < interval.low).count();
                (best, scored - below)
            });
        }
    }
    let value = |row: &Row| -> Option<f64> {
        match key {
            SortKey::Model => None,
            SortKey::Composite(lang) => side(row, lang).composite,
            SortKey::Dimension(lang, i) => side(row, lang).dimensions.get(i).copied().flatten(),
            SortKey::Overall => row.overall,
        }
    };
    rows.sort_by(|a, b| match key {
        SortKey::Model => a.model.cmp(&b.model),
        _ => match (value(a), value(b)) {
            (Some(x), Some(y)) => y.total_cmp(&x).then_with(|| a.model.cmp(&b.model)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.model.cmp(&b.model),
        },
    });
    rows
}

pub fn side(row: &Row, lang: Lang) -> &LangScores {
    match lang {
        Lang::Zh => &row.zh,
        Lang::En => &row.en,
    }
}

fn side_mut(row: &mut Row, lang: Lang) -> &mut LangScores {
    match lang {
        Lang::Zh => &mut row.zh,
        Lang::En => &mut row.en,
    }
}
