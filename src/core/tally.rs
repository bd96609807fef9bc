//! Results tallied answer by answer, for answer files too large to hold: each answer is
//! checked as it streams past, scored, and only its score is kept, so memory grows with
//! models × items (24 bytes each), not with the answers' text. The numbers are those of
//! [`results::from_automatic`](crate::core::results::from_automatic) on the same answers.
//!
//! The caller reads and scores (in parallel if it likes): [`Tally::check`] places an answer or
//! says what is wrong with it, [`scoring::score_item`] scores it on [`Tally::item`], and
//! [`Tally::record`] keeps the score.

use rustc_hash::FxHashMap;

use crate::core::aggregate::{self, Cell, Resampling};
use crate::core::error::Problem;
use crate::core::model::answers::{self, Answer};
use crate::core::model::rule::Rule;
use crate::core::model::suite::{Item, Suite};
use crate::core::scoring::{self, ItemScore};
use crate::core::text::Segmenter;

/// Where a checked answer's score goes: a model and one of the suite's items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    model: usize,
    item: usize,
}

/// The scores so far of every model on every item of a suite.
pub struct Tally<'s> {
    suite: &'s Suite,
    rule: Rule,
    items: FxHashMap<&'s str, usize>,
    models: Vec<String>,
    model_index: FxHashMap<String, usize>,
    /// Per model, per item: the score (`None` while open or unanswered).
    scores: Vec<Vec<Option<f64>>>,
    /// Per model, per item: which answer holds the place.
    given: Vec<Vec<Given>>,
    /// Files begun: an answer in a later file replaces one in an earlier file.
    files: u32,
    answered: usize,
}

/// The answer that holds a place: its file (from 1; 0: no answer yet) and its position there.
#[derive(Debug, Clone, Copy, Default)]
struct Given {
    file: u32,
    position: u32,
}

impl<'s> Tally<'s> {
    /// Nothing tallied yet on `suite`, to be rolled up by `rule`.
    pub fn new(suite: &'s Suite, rule: Rule) -> Tally<'s> {
        let items = suite.items.iter().enumerate().map(|(index, item)| (item.id.as_str(), index)).collect();
        Tally { suite, rule, items, models: Vec::new(), model_index: FxHashMap::default(), scores: Vec::new(), given: Vec::new(), files: 1, answered: 0 }
    }

    /// Answers from here on come from another file: like a second file loaded in the app, an
    /// answer in it replaces the same model's answer to the same item in an earlier file.
    pub fn next_file(&mut self) {
        self.files += 1;
    }

    /// Checks the `position`th answer of `file` (from 1) as [`answers::problems`] checks a
    /// whole file, and keeps its place for [`Tally::record`].
    pub fn check(&mut self, file: &str, position: usize, answer: &Answer) -> Result<Place, Vec<Problem>> {
        let item = self.items.get(answer.item.as_str()).copied();
        let mut problems = answers::own_problems(file, position, answer, item.is_some());
        let Some(item) = item.filter(|_| problems.is_empty()) else { return Err(problems) };
        let model = match self.model_index.get(answer.model.as_str()) {
            Some(&model) => model,
            None => {
                self.models.push(answer.model.clone());
                self.model_index.insert(answer.model.clone(), self.models.len() - 1);
                self.scores.push(vec![None; self.suite.items.len()]);
                self.given.push(vec![Given::default(); self.suite.items.len()]);
                self.models.len() - 1
            }
        };
        let given = self.given[model][item];
        if given.file == self.files {
            problems.push(answers::duplicate(file, position, answer, given.position as usize));
            return Err(problems);
        }
        if given.file == 0 {
            self.answered += 1;
        }
        // Positions past u32::MAX (four billion answers in one file) only blur a duplicate's note.
        self.given[model][item] = Given { file: self.files, position: u32::try_from(position).unwrap_or(u32::MAX) };
        Ok(Place { model, item })
    }

    /// The item a checked answer answers.
    pub fn item(&self, place: Place) -> &'s Item {
        &self.suite.items[place.item]
    }

    /// Keeps the score of the answer checked into `place`.
    pub fn record(&mut self, place: Place, score: Option<f64>) {
        self.scores[place.model][place.item] = score;
    }

    /// The models, in the order their first answers came.
    pub fn models(&self) -> &[String] {
        &self.models
    }

    /// How many places an answer holds.
    pub fn answered(&self) -> usize {
        self.answered
    }

    /// Every item a model did not answer, scored as missing: models in the order they came,
    /// items in the suite's order.
    pub fn missing<'t>(&'t self, segmenter: &'t Segmenter) -> impl Iterator<Item = ItemScore> + 't {
        self.given.iter().enumerate().flat_map(move |(model, given)| {
            given.iter().enumerate().filter(|(_, given)| given.file == 0).map(move |(item, _)| {
                scoring::score_item(segmenter, &self.suite.items[item], self.suite.chinese_script, &self.models[model], None)
            })
        })
    }

    /// The rolled-up table with intervals, as [`aggregate::table_with_intervals`] gives it.
    pub fn table(&self, resampling: Resampling) -> Vec<Cell> {
        aggregate::table_of_matrix(self.suite, &self.scores, &self.models, self.rule, resampling)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::session::Session;
    use crate::core::results;

    fn answer(model: &str, item: &str, text: &str) -> Answer {
        Answer { model: model.into(), item: item.into(), answer: text.into() }
    }

    #[test]
    fn the_tally_of_the_sample_is_the_sessions_table() {
        let segmenter = Segmenter::shared_for_tests();
        let sample = crate::core::io::sample::session().expect("the sample loads");
        let mut tally = Tally::new(&sample.suite, sample.aggregation);
        for (index, answer) in sample.answers.iter().enumerate() {
            let place = tally.check("sample", index + 1, answer).expect("the sample's answers are sound");
            let item = tally.item(place);
            let score = scoring::score_item(segmenter, item, sample.suite.chinese_script, &answer.model, Some(&answer.answer));
            tally.record(place, score.score);
        }
        let whole = results::compute(&Session::new(sample.suite.clone(), sample.answers.clone()), segmenter);
        assert_eq!(tally.models(), whole.models.as_slice());
        assert_eq!(tally.table(Resampling::default()), whole.table);
        assert_eq!(tally.answered(), sample.answers.len());
    }

    #[test]
    fn a_dropped_answer_is_missing_and_a_second_answer_is_a_problem() {
        let segmenter = Segmenter::shared_for_tests();
        let sample = crate::core::io::sample::session().expect("the sample loads");
        let first = &sample.answers[0];
        let mut tally = Tally::new(&sample.suite, sample.aggregation);
        let place = tally.check("a.jsonl", 1, first).expect("a sound answer");
        tally.record(place, Some(50.0));
        let again = tally.check("a.jsonl", 2, first).expect_err("the same model answers the same item twice");
        assert_eq!(again.len(), 1);
        assert!(again[0].describe(crate::core::i18n::Locale::En).contains('1'), "{}", again[0].describe(crate::core::i18n::Locale::En));
        let unknown = tally.check("a.jsonl", 3, &answer(&first.model, "no-such-item", "x")).expect_err("an item the suite lacks");
        assert_eq!(unknown.len(), 1);
        tally.next_file();
        let rerun = tally.check("b.jsonl", 1, first).expect("a later file's answer replaces an earlier file's");
        tally.record(rerun, Some(75.0));
        assert_eq!(tally.answered(), 1);
        let missing: Vec<ItemScore> = tally.missing(segmenter).collect();
        assert_eq!(missing.len(), sample.suite.items.len() - 1);
        assert!(missing.iter().all(|s| s.score.is_none() && s.item != first.item && s.model == first.model));
    }
}
