//! Which words of an answer also occur in a reference: what the item view highlights, so a
//! student sees what the overlap metrics counted.

use std::collections::HashSet;

use serde::Serialize;
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
use unicode_segmentation::UnicodeSegmentation;

use crate::core::text::{Hmm, Lang, Normalize, Segmenter};

/// A piece of the answer, in order; together they are the whole answer text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Piece {
    pub text: String,
    /// The word (case- and width-folded) occurs in at least one reference.
    pub matched: bool,
}

/// Words meet across case, width and script (學 = 学), as the scores compared them.
const FOLD: Normalize = Normalize { nfkc: true, t2s: true, lowercase: true, collapse_whitespace: false };

fn pieces<'t>(segmenter: &Segmenter, text: &'t str, lang: Lang) -> Vec<&'t str> {
    match lang {
        Lang::Zh => segmenter.cut(text, Hmm::On).into_iter().map(|t| t.text).collect(),
        Lang::En => text.split_word_bounds().collect(),
    }
}

fn is_word(piece: &str) -> bool {
    piece.chars().any(|c| {
        !c.is_whitespace()
            && !matches!(c.general_category_group(), GeneralCategoryGroup::Punctuation | GeneralCategoryGroup::Symbol)
    })
}

/// The answer cut into words (jieba for Chinese, word boundaries for English), each marked
/// when a reference has the same word.
pub fn highlight(segmenter: &Segmenter, lang: Lang, answer: &str, references: &[String]) -> Vec<Piece> {
    let known: HashSet<String> = references
        .iter()
        .flat_map(|r| pieces(segmenter, r, lang).into_iter().map(|p| FOLD.apply(p).into_owned()).collect::<Vec<_>>())
        .collect();
    pieces(segmenter, answer, lang)
        .into_iter()
        .map(|piece| Piece {
            text: piece.to_owned(),
            matched: is_word(piece) && known.contains(FOLD.apply(piece).as_ref()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_shared_words_and_keeps_the_text_whole() {
        let segmenter = Segmenter::shared_for_tests();
        let answer = "中国的首都是北京，对吧？";
        let pieces = highlight(segmenter, Lang::Zh, answer, &["北京是中国的首都。".to_owned()]);
        assert_eq!(pieces.iter().map(|p| p.text.as_str()).collect::<String>(), answer);
        let matched: Vec<&str> = pieces.iter().filter(|p| p.matched).map(|p| p.text.as_str()).collect();
        assert_eq!(matched, ["中国", "的", "首都", "是", "北京"]);
        let english = highlight(segmenter, Lang::En, "The CAT sat.", &["a cat".to_owned()]);
        assert_eq!(english.iter().filter(|p| p.matched).map(|p| p.text.as_str()).collect::<Vec<_>>(), ["CAT"]);
    }
}
