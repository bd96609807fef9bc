//! CircularEval (as OpenCompass runs it for multiple choice): each choice item is asked once
//! per option, its options turned one letter further each time, so a model that favours a
//! letter or a position cannot pass by it. An item counts as correct only when every turn is.
//! [`expand`] makes the suite the models answer; `aggregate::circular` scores it both ways.

use crate::core::model::suite::{ItemKind, Rotation, Suite};

/// `suite` with every choice item of two or more options asked in each of its turns: turn 0
/// keeps the item's id and options; turn `k` (id `<id>@c<k>`) moves each option `k` letters
/// up — the option written at the i-th letter is shown at letter i − k, wrapping — and its
/// answer letters with them. Other items, and suites expanded already, are left as they are.
pub fn expand(suite: &Suite) -> Suite {
    let mut expanded = suite.clone();
    expanded.items = Vec::with_capacity(suite.items.len() * 4);
    for item in &suite.items {
        let letters: Vec<&String> = item.options.keys().collect();
        let turns = letters.len();
        if item.kind != ItemKind::Choice || turns < 2 || item.rotation.is_some() {
            expanded.items.push(item.clone());
            continue;
        }
        for turn in 0..turns {
            let mut rotated = item.clone();
            if turn > 0 {
                rotated.id = format!("{}@c{turn}", item.id);
                // The text written at letter i goes to letter (i - turn) mod n.
                rotated.options = letters.iter().enumerate().map(|(i, _)| (letters[(i + turns - turn) % turns].clone(), item.options[letters[i]].clone())).collect();
                let moved = |letter: char| -> char {
                    let i = letters.iter().position(|l| l.chars().next() == Some(letter)).unwrap_or(0);
                    letters[(i + turns - turn) % turns].chars().next().unwrap_or(letter)
                };
                rotated.answer = item.answer.as_ref().map(|answer| {
                    let mut moved: Vec<char> = answer.chars().map(moved).collect();
                    moved.sort_unstable();
                    moved.into_iter().collect()
                });
            }
            rotated.rotation = Some(Rotation { of: item.id.clone(), turn, turns });
            expanded.items.push(rotated);
        }
    }
    expanded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_turn_moves_the_options_and_the_answer_together() {
        let suite = crate::core::io::sample::session().expect("the sample").suite;
        let expanded = expand(&suite);
        let original = suite.items.iter().find(|i| i.kind == ItemKind::Choice && i.options.len() == 4 && i.answer.as_deref().is_some_and(|a| a.len() == 1)).expect("a four-option item");
        let turns: Vec<_> = expanded.items.iter().filter(|i| i.rotation.as_ref().is_some_and(|r| r.of == original.id)).collect();
        assert_eq!(turns.len(), 4);
        assert_eq!(turns[0].id, original.id);
        assert_eq!(turns[0].options, original.options);
        let right = &original.options[original.answer.as_ref().unwrap()];
        let mut letters = std::collections::BTreeSet::new();
        for turn in &turns {
            // The correct text is still behind the correct letter, at a new letter each turn.
            assert_eq!(&turn.options[turn.answer.as_ref().unwrap()], right, "{turn:?}");
            letters.insert(turn.answer.clone().unwrap());
            let mut texts: Vec<&String> = turn.options.values().collect();
            texts.sort();
            let mut written: Vec<&String> = original.options.values().collect();
            written.sort();
            assert_eq!(texts, written, "the same options, moved");
        }
        assert_eq!(letters.len(), 4, "the answer visits every letter");
        // Non-choice items stay; expanding again changes nothing.
        let others = suite.items.iter().filter(|i| i.kind != ItemKind::Choice).count();
        assert_eq!(expanded.items.iter().filter(|i| i.rotation.is_none()).count(), others);
        assert_eq!(expand(&expanded), expanded);
        // A multiple-answer item keeps its answers sorted.
        let mut multi = original.clone();
        multi.answer = Some("AC".into());
        let mut one = suite.clone();
        one.items = vec![multi];
        let turned = expand(&one);
        assert_eq!(turned.items[1].answer.as_deref(), Some("BD"), "A → D and C → B one letter up, sorted");
    }
}
