//! Rolling item scores up: item → sub-task → dimension → language → composite, each level
//! weighted; at each level the average is either micro (pooled over items) or macro (mean of
//! the children). The rule travels with every export.

use serde::{Deserialize, Serialize};

use crate::core::scoring::ItemScore;
use crate::core::suite::Suite;
use crate::core::text::Lang;

/// Micro: every item of the group weighs the same. Macro: every child group weighs its weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Averaging {
    Micro,
    Macro,
}

/// How scores roll up at each level (the HKU study: micro within subjects, macro over the
/// language sub-tasks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// Sub-tasks within a dimension.
    pub subtasks: Averaging,
    /// Dimensions within a language.
    pub dimensions: Averaging,
}

impl Default for Rule {
    fn default() -> Self {
        Rule { subtasks: Averaging::Macro, dimensions: Averaging::Macro }
    }
}

/// One cell of the results table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub model: String,
    pub lang: Lang,
    /// `None` for the language's composite over all dimensions.
    pub dimension: Option<String>,
    /// 0–100; `None` when no item in the group has a score yet.
    pub score: Option<f64>,
    /// Items with a score / items in the group.
    pub scored: usize,
    pub items: usize,
}

struct Group {
    sum: f64,
    scored: usize,
    items: usize,
}

/// The results table: for each model and language, each dimension and the composite.
pub fn table(suite: &Suite, scores: &[ItemScore], models: &[String], rule: Rule) -> Vec<Cell> {
    let mut cells = Vec::new();
    for model in models {
        for lang in [Lang::Zh, Lang::En] {
            let mut dimension_scores: Vec<(f64, f64, usize, usize)> = Vec::new(); // (score, weight, scored, items)
            let mut pooled = Group { sum: 0.0, scored: 0, items: 0 };
            for dimension in &suite.dimensions {
                let mut subtask_scores: Vec<(f64, f64)> = Vec::new();
                let mut dim_pooled = Group { sum: 0.0, scored: 0, items: 0 };
                for subtask in &dimension.subtasks {
                    let mut group = Group { sum: 0.0, scored: 0, items: 0 };
                    for item in suite.items.iter().filter(|i| i.lang == lang && i.dimension == dimension.id && i.subtask == subtask.id) {
                        group.items += 1;
                        if let Some(score) = scores.iter().find(|s| &s.model == model && s.item == item.id).and_then(|s| s.score) {
                            group.sum += score;
                            group.scored += 1;
                        }
                    }
                    if group.scored > 0 {
                        subtask_scores.push((group.sum / group.scored as f64, subtask.weight));
                    }
                    dim_pooled.sum += group.sum;
                    dim_pooled.scored += group.scored;
                    dim_pooled.items += group.items;
                }
                if dim_pooled.items == 0 {
                    continue;
                }
                let score = match rule.subtasks {
                    Averaging::Micro => (dim_pooled.scored > 0).then(|| dim_pooled.sum / dim_pooled.scored as f64),
                    Averaging::Macro => weighted_mean(&subtask_scores),
                };
                if let Some(score) = score {
                    dimension_scores.push((score, dimension.weight, dim_pooled.scored, dim_pooled.items));
                }
                pooled.sum += dim_pooled.sum;
                pooled.scored += dim_pooled.scored;
                pooled.items += dim_pooled.items;
                cells.push(Cell {
                    model: model.clone(),
                    lang,
                    dimension: Some(dimension.id.clone()),
                    score,
                    scored: dim_pooled.scored,
                    items: dim_pooled.items,
                });
            }
            if pooled.items == 0 {
                continue;
            }
            let composite = match rule.dimensions {
                Averaging::Micro => (pooled.scored > 0).then(|| pooled.sum / pooled.scored as f64),
                Averaging::Macro => weighted_mean(&dimension_scores.iter().map(|d| (d.0, d.1)).collect::<Vec<_>>()),
            };
            cells.push(Cell { model: model.clone(), lang, dimension: None, score: composite, scored: pooled.scored, items: pooled.items });
        }
    }
    cells
}

fn weighted_mean(values: &[(f64, f64)]) -> Option<f64> {
    let total: f64 = values.iter().map(|(_, w)| w).sum();
    (total > 0.0).then(|| values.iter().map(|(v, w)| v * w).sum::<f64>() / total)
}

/// One model's line of the leaderboard: per language, the composite, its rank, and each
/// dimension's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub model: String,
    pub zh: LangScores,
    pub en: LangScores,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LangScores {
    pub composite: Option<f64>,
    /// 1 = best; equal scores share a rank.
    pub rank: Option<usize>,
    /// In the suite's dimension order.
    pub dimensions: Vec<Option<f64>>,
}

/// What the leaderboard is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Model,
    Composite(Lang),
    Dimension(Lang, usize),
}

/// The leaderboard rows, sorted by `key` (scores descending, missing last; models A–Z).
pub fn leaderboard(suite: &Suite, table: &[Cell], models: &[String], key: SortKey) -> Vec<Row> {
    let lang_scores = |model: &str, lang: Lang| LangScores {
        composite: table.iter().find(|c| c.model == model && c.lang == lang && c.dimension.is_none()).and_then(|c| c.score),
        rank: None,
        dimensions: suite
            .dimensions
            .iter()
            .map(|d| {
                table
                    .iter()
                    .find(|c| c.model == model && c.lang == lang && c.dimension.as_deref() == Some(&d.id))
                    .and_then(|c| c.score)
            })
            .collect(),
    };
    let mut rows: Vec<Row> =
        models.iter().map(|m| Row { model: m.clone(), zh: lang_scores(m, Lang::Zh), en: lang_scores(m, Lang::En) }).collect();
    for lang in [Lang::Zh, Lang::En] {
        let composites: Vec<Option<f64>> = rows.iter().map(|r| side(r, lang).composite).collect();
        for (row, own) in rows.iter_mut().zip(&composites) {
            let rank = own.map(|own| 1 + composites.iter().flatten().filter(|&&other| other > own).count());
            side_mut(row, lang).rank = rank;
        }
    }
    let value = |row: &Row| -> Option<f64> {
        match key {
            SortKey::Model => None,
            SortKey::Composite(lang) => side(row, lang).composite,
            SortKey::Dimension(lang, i) => side(row, lang).dimensions.get(i).copied().flatten(),
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

fn side(row: &Row, lang: Lang) -> &LangScores {
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
