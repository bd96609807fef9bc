//! CircularEval scored both ways: accuracy over every turn of every choice item, and the
//! share of items answered correctly in all their turns (see `model::circular`), with each
//! model's most chosen letter — a model that favours one letter shows it here.

use serde::{Deserialize, Serialize};

use crate::core::model::suite::Suite;
use crate::core::scoring::{Detail, ItemScore};

/// One model's CircularEval figures (percentages).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CircularRow {
    pub model: String,
    /// Items asked in turns, and of them those answered in every turn.
    pub items: usize,
    pub complete: usize,
    /// Correct turns over all turns answered.
    pub per_turn: Option<f64>,
    /// Items correct in every turn over items answered in every turn.
    pub circular: Option<f64>,
    /// The letter the model chose most often over all turns, and its share of its choices.
    pub preferred: Option<(String, f64)>,
}

/// The CircularEval figures of `models` on `suite`'s turned items; empty when it has none.
pub fn circular(suite: &Suite, scores: &[ItemScore], models: &[String]) -> Vec<CircularRow> {
    let turned: Vec<&crate::core::model::suite::Item> = suite.items.iter().filter(|i| i.rotation.is_some()).collect();
    if turned.is_empty() {
        return Vec::new();
    }
    let mut origins: Vec<&str> = turned.iter().filter_map(|i| i.rotation.as_ref()).map(|r| r.of.as_str()).collect();
    origins.dedup();
    let by_key: rustc_hash::FxHashMap<(&str, &str), &ItemScore> = scores.iter().map(|s| ((s.model.as_str(), s.item.as_str()), s)).collect();
    models
        .iter()
        .map(|model| {
            let (mut correct_turns, mut answered_turns, mut complete, mut all_correct) = (0usize, 0usize, 0usize, 0usize);
            let mut letters: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
            for origin in &origins {
                let turns: Vec<Option<f64>> = turned
                    .iter()
                    .filter(|i| i.rotation.as_ref().is_some_and(|r| r.of == *origin))
                    .map(|i| by_key.get(&(model.as_str(), i.id.as_str())).and_then(|s| {
                        if let Detail::Choice { extraction, .. } = &s.detail
                            && let Some(choice) = &extraction.choice
                        {
                            *letters.entry(choice.clone()).or_default() += 1;
                        }
                        s.score
                    }))
                    .collect();
                let answered: Vec<f64> = turns.iter().flatten().copied().collect();
                answered_turns += answered.len();
                correct_turns += answered.iter().filter(|&&s| s >= 100.0).count();
                if answered.len() == turns.len() {
                    complete += 1;
                    all_correct += usize::from(answered.iter().all(|&s| s >= 100.0));
                }
            }
            let chosen: usize = letters.values().sum();
            let preferred = letters.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0))).map(|(letter, n)| (letter.clone(), 100.0 * *n as f64 / chosen as f64));
            CircularRow {
                model: model.clone(),
                items: origins.len(),
                complete,
                per_turn: (answered_turns > 0).then(|| 100.0 * correct_turns as f64 / answered_turns as f64),
                circular: (complete > 0).then(|| 100.0 * all_correct as f64 / complete as f64),
                preferred,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::Answer;

    #[test]
    fn a_model_that_always_says_a_passes_a_quarter_of_the_turns_and_no_item() {
        let suite = crate::core::model::circular::expand(&crate::core::io::sample::session().expect("the sample").suite);
        let segmenter = crate::core::text::Segmenter::shared_for_tests();
        let choice: Vec<&crate::core::model::suite::Item> = suite.items.iter().filter(|i| i.rotation.is_some()).collect();
        let mut answers = Vec::new();
        for item in &choice {
            answers.push(Answer { model: "always-a".into(), item: item.id.clone(), answer: "The answer is A.".into() });
            answers.push(Answer { model: "knows".into(), item: item.id.clone(), answer: format!("The answer is {}.", item.answer.clone().unwrap()) });
        }
        let scores = crate::core::scoring::score_all(segmenter, &suite, &answers);
        let models = vec!["always-a".to_owned(), "knows".to_owned()];
        let rows = circular(&suite, &scores, &models);
        let (a, knows) = (&rows[0], &rows[1]);
        assert_eq!(a.preferred.as_ref().map(|(l, share)| (l.as_str(), share.round())), Some(("A", 100.0)));
        assert_eq!(a.circular, Some(0.0), "no item has its answer at A in every turn");
        assert!(a.per_turn.is_some_and(|p| p > 10.0 && p < 45.0), "{a:?}");
        assert_eq!((knows.circular, knows.per_turn), (Some(100.0), Some(100.0)));
        assert_eq!(knows.complete, knows.items);
        assert!(circular(&crate::core::io::sample::session().unwrap().suite, &scores, &models).is_empty(), "no turns, no figures");
    }
}
