//! Words of a text for its language: jieba for Chinese, Unicode word boundaries for English.

use unicode_segmentation::UnicodeSegmentation;

use super::{Hmm, Lang, Segmenter, Token};

/// The words of `text` as the language's tokenizer sees them, white space dropped.
///
/// Chinese (and mixed text) goes through jieba with its HMM on, as `jieba.lcut(text)` does;
/// English is split at Unicode word boundaries (UAX #29), so `don't` and `3.14` stay whole and
/// punctuation marks are tokens of their own. Metrics that define their own tokenizer (BLEU's
/// `13a`, ROUGE's) do not use this: they reproduce their reference implementation.
pub fn tokenize<'t>(segmenter: &Segmenter, text: &'t str, lang: Lang) -> Vec<Token<'t>> {
    match lang {
        Lang::Zh => segmenter.words(text, Hmm::On),
        Lang::En => text
            .split_word_bound_indices()
            .map(|(start, word)| Token { text: word, start, end: start + word.len() })
            .filter(|token| !token.is_whitespace())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, lang: Lang) -> Vec<&str> {
        tokenize(Segmenter::shared_for_tests(), text, lang).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn chinese_drops_spaces_and_keeps_punctuation() {
        assert_eq!(words("你好， 世界！", Lang::Zh), ["你好", "，", "世界", "！"]);
    }

    #[test]
    fn mixed_text_keeps_latin_runs_whole() {
        let tokens = words("我用Python3.12写了一个web爬虫", Lang::Zh);
        assert!(tokens.contains(&"Python3.12") && tokens.contains(&"web"), "{tokens:?}");
        assert!(tokens.contains(&"爬虫"), "{tokens:?}");
    }

    #[test]
    fn english_uses_word_boundaries() {
        assert_eq!(
            words("Don't panic: pi is 3.14, isn't it?", Lang::En),
            ["Don't", "panic", ":", "pi", "is", "3.14", ",", "isn't", "it", "?"]
        );
    }

    #[test]
    fn empty_and_blank_text_give_no_tokens() {
        for lang in [Lang::Zh, Lang::En] {
            assert!(words("", lang).is_empty());
            assert!(words(" \n\t\u{3000}", lang).is_empty());
        }
    }

    #[test]
    fn offsets_point_into_the_text() {
        let segmenter = Segmenter::shared_for_tests();
        let text = "émigré 香港 👋🏽 test";
        for lang in [Lang::Zh, Lang::En] {
            for token in tokenize(segmenter, text, lang) {
                assert_eq!(&text[token.start..token.end], token.text);
            }
        }
    }
}
