//! People's Likert ratings turned into item scores: each criterion's mean rating over raters,
//! rescaled from its scale to 0–100, then the mean over the criteria that have ratings.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::core::model::human::Rating;
use crate::core::model::suite::{Scale, Suite};

/// A rating's position on its scale, 0–100.
pub fn rescale(value: i32, scale: &Scale) -> f64 {
    if scale.max <= scale.min {
        return 0.0;
    }
    (f64::from(value.clamp(scale.min, scale.max) - scale.min) / f64::from(scale.max - scale.min)) * 100.0
}

/// What people said about one model's answer to one item.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct HumanScore {
    /// 0–100: the mean over rated criteria of the rescaled mean rating.
    pub score: f64,
    /// Per criterion: id, mean rating on its own scale, number of ratings.
    pub criteria: Vec<CriterionScore>,
    pub raters: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct CriterionScore {
    pub criterion: String,
    pub mean: f64,
    pub ratings: usize,
}

/// Human scores by (model, item), for answers with at least one valid rating.
pub fn scores(suite: &Suite, ratings: &[Rating]) -> BTreeMap<(String, String), HumanScore> {
    let mut by_answer: BTreeMap<(&str, &str), Vec<&Rating>> = BTreeMap::new();
    for rating in ratings {
        by_answer.entry((rating.model.as_str(), rating.item.as_str())).or_default().push(rating);
    }
    let mut out = BTreeMap::new();
    for ((model, item_id), ratings) in by_answer {
        let Some(item) = suite.item(item_id) else { continue };
        let mut per_criterion = Vec::new();
        let mut rescaled = Vec::new();
        let mut raters: Vec<&str> = Vec::new();
        for (criterion, scale) in suite.criteria(item) {
            let values: Vec<&Rating> = ratings.iter().copied().filter(|r| r.criterion == criterion.id).collect();
            if values.is_empty() {
                continue;
            }
            let mean = values.iter().map(|r| f64::from(r.value)).sum::<f64>() / values.len() as f64;
            rescaled.push(values.iter().map(|r| rescale(r.value, &scale)).sum::<f64>() / values.len() as f64);
            raters.extend(values.iter().map(|r| r.rater.as_str()));
            per_criterion.push(CriterionScore { criterion: criterion.id.clone(), mean, ratings: values.len() });
        }
        if rescaled.is_empty() {
            continue;
        }
        raters.sort_unstable();
        raters.dedup();
        out.insert(
            (model.to_owned(), item_id.to_owned()),
            HumanScore {
                score: rescaled.iter().sum::<f64>() / rescaled.len() as f64,
                criteria: per_criterion,
                raters: raters.len(),
            },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_map_onto_0_to_100() {
        let scale = |min, max| Scale { min, max, anchors: BTreeMap::new() };
        assert_eq!(rescale(1, &scale(1, 7)), 0.0);
        assert_eq!(rescale(4, &scale(1, 7)), 50.0);
        assert_eq!(rescale(7, &scale(1, 7)), 100.0);
        assert_eq!(rescale(1, &scale(0, 1)), 100.0);
        assert_eq!(rescale(3, &scale(0, 10)), 30.0);
        assert_eq!(rescale(9, &scale(1, 5)), 100.0, "out-of-scale values are clamped");
    }
}
