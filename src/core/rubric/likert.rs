//! People's Likert ratings turned into item scores: each criterion's mean rating over raters,
//! rescaled from its scale to 0–100, then the mean over the criteria that have ratings.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::core::scorebook::Rating;
use crate::core::suite::{Criterion, Item, ItemKind, Localized, Scale, Suite};

/// The criterion an open item without listed criteria is rated on.
pub const DEFAULT_CRITERION: &str = "quality";

/// The HKU study's 1–7 scale, used when an open item names no criteria.
pub fn default_scale() -> Scale {
    let anchor = |en: &str, zh: &str| Localized { en: Some(en.into()), zh: Some(zh.into()) };
    Scale {
        min: 1,
        max: 7,
        anchors: BTreeMap::from([
            ("1".into(), anchor("Very poor", "很差")),
            ("4".into(), anchor("Acceptable", "一般")),
            ("7".into(), anchor("Excellent", "优秀")),
        ]),
    }
}

/// The criteria an item is rated on, each with its scale: the item's own, or for an open item
/// without any, overall quality on 1–7. Items of other kinds without criteria are not rated.
pub fn criteria(suite: &Suite, item: &Item) -> Vec<(Criterion, Scale)> {
    let listed: Vec<(Criterion, Scale)> = item
        .rubric
        .criteria
        .iter()
        .filter_map(|c| suite.scales.get(&c.scale).map(|s| (c.clone(), s.clone())))
        .collect();
    if listed.is_empty() && item.kind == ItemKind::Open {
        let name = Localized { en: Some("Overall quality".into()), zh: Some("整体质量".into()) };
        return vec![(Criterion { id: DEFAULT_CRITERION.into(), name, scale: String::new() }, default_scale())];
    }
    listed
}

/// A rating's position on its scale, 0–100.
pub fn rescale(value: i32, scale: &Scale) -> f64 {
    if scale.max <= scale.min {
        return 0.0;
    }
    (f64::from(value.clamp(scale.min, scale.max) - scale.min) / f64::from(scale.max - scale.min)) * 100.0
}

/// What people said about one model's answer to one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HumanScore {
    /// 0–100: the mean over rated criteria of the rescaled mean rating.
    pub score: f64,
    /// Per criterion: id, mean rating on its own scale, number of ratings.
    pub criteria: Vec<CriterionScore>,
    pub raters: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
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
        for (criterion, scale) in criteria(suite, item) {
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
