//! The standard metric set for a reference-scored item, chosen by the item's language:
//! BLEU (sacrebleu sentence BLEU, tokenizer `zh` or `13a`), chrF, chrF++, ROUGE-1/2/L/Lsum,
//! exact match and F1 (SQuAD v1.1 for English, CMRC 2018 for Chinese), character F1 and
//! numeric match.

use serde::Serialize;

use super::bleu::BleuTokenizer;
use super::f1::{char_f1, cmrc, squad};
use super::numeric::{numeric_match, DEFAULT_TOLERANCE};
use super::rouge::RougeTokenizer;
use super::{Bleu, Chrf, Metric, Rouge, RougeKind, Score, Segment, Signature};
use crate::core::text::{Lang, Segmenter};

/// Every standard metric of one item, each with its signature.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardScores {
    pub bleu: Score,
    pub chrf: Score,
    #[serde(rename = "chrf++")]
    pub chrf_plus_plus: Score,
    pub rouge1: Score,
    pub rouge2: Score,
    #[serde(rename = "rougeL")]
    pub rouge_l: Score,
    #[serde(rename = "rougeLsum")]
    pub rouge_lsum: Score,
    pub em: Score,
    pub f1: Score,
    pub char_f1: Score,
    pub numeric: Score,
}

/// Scores `hypothesis` against `references` with the standard set for `lang`.
pub fn score(segmenter: &Segmenter, lang: Lang, hypothesis: &str, references: &[String]) -> StandardScores {
    let segment = Segment { hypothesis, references };
    let tokenizer = match lang {
        Lang::Zh => BleuTokenizer::Zh,
        Lang::En => BleuTokenizer::Tok13a,
    };
    let rouge_tokenizer = match lang {
        Lang::Zh => RougeTokenizer::Chinese(segmenter),
        Lang::En => RougeTokenizer::English,
    };
    let rouge = |kind| Rouge { kind, tokenizer: rouge_tokenizer }.sentence(segment);
    let nrefs = references.len().to_string();
    let plain = |score: f64, name: &str, fields: &[(&str, String)]| Score {
        score,
        precision: None,
        recall: None,
        signature: Signature::new(name, fields),
    };
    let spans = match lang {
        Lang::Zh => cmrc(hypothesis, references),
        Lang::En => squad(hypothesis, references),
    };
    let span_definition = match lang {
        Lang::Zh => "cmrc2018",
        Lang::En => "squad-v1.1",
    };
    let numeric = numeric_match(hypothesis, references, DEFAULT_TOLERANCE);
    StandardScores {
        bleu: Bleu::sentence_default(tokenizer).sentence(segment),
        chrf: Chrf::plain().sentence(segment),
        chrf_plus_plus: Chrf::chrf_plus_plus().sentence(segment),
        rouge1: rouge(RougeKind::Rouge1),
        rouge2: rouge(RougeKind::Rouge2),
        rouge_l: rouge(RougeKind::RougeL),
        rouge_lsum: rouge(RougeKind::RougeLsum),
        em: plain(spans.exact_match, "EM", &[("nrefs", nrefs.clone()), ("def", span_definition.into())]),
        f1: plain(spans.f1, "F1", &[("nrefs", nrefs.clone()), ("def", span_definition.into())]),
        char_f1: plain(char_f1(hypothesis, references), "charF1", &[
            ("nrefs", nrefs.clone()),
            ("case", "lc".into()),
            ("drop", "space+punct".into()),
        ]),
        numeric: plain(numeric.score, "Numeric", &[
            ("nrefs", nrefs),
            ("pick", "final".into()),
            ("rtol", format!("{DEFAULT_TOLERANCE:e}")),
        ]),
    }
}
