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
use crate::core::text::{Lang, Normalize, Segmenter};

/// Every standard metric of one item, each with its signature.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
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

/// The name of a standard metric, as it appears in files and on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub enum MetricName {
    #[serde(rename = "bleu")]
    Bleu,
    #[serde(rename = "chrf")]
    Chrf,
    #[serde(rename = "chrf++")]
    ChrfPlusPlus,
    #[serde(rename = "rouge1")]
    Rouge1,
    #[serde(rename = "rouge2")]
    Rouge2,
    #[serde(rename = "rougeL")]
    RougeL,
    #[serde(rename = "rougeLsum")]
    RougeLsum,
    #[serde(rename = "em")]
    Em,
    #[serde(rename = "f1")]
    F1,
    #[serde(rename = "char_f1")]
    CharF1,
    #[serde(rename = "numeric")]
    Numeric,
}

impl MetricName {
    pub const ALL: [MetricName; 11] = [
        MetricName::Bleu,
        MetricName::Chrf,
        MetricName::ChrfPlusPlus,
        MetricName::Rouge1,
        MetricName::Rouge2,
        MetricName::RougeL,
        MetricName::RougeLsum,
        MetricName::Em,
        MetricName::F1,
        MetricName::CharF1,
        MetricName::Numeric,
    ];

    /// The name files and the command line use (`bleu`, `chrf++`, `rougeL`…), as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            MetricName::Bleu => "bleu",
            MetricName::Chrf => "chrf",
            MetricName::ChrfPlusPlus => "chrf++",
            MetricName::Rouge1 => "rouge1",
            MetricName::Rouge2 => "rouge2",
            MetricName::RougeL => "rougeL",
            MetricName::RougeLsum => "rougeLsum",
            MetricName::Em => "em",
            MetricName::F1 => "f1",
            MetricName::CharF1 => "char_f1",
            MetricName::Numeric => "numeric",
        }
    }
}

impl std::str::FromStr for MetricName {
    type Err = ();

    fn from_str(name: &str) -> Result<Self, ()> {
        MetricName::ALL.into_iter().find(|m| m.as_str() == name).ok_or(())
    }
}

/// One standard metric of one item, configured for `lang`, after `normalize` on both sides.
/// BLEU and chrF name the normalisation in their signature as sacrebleu does (`norm:none`);
/// the others gain `norm:` only when a step was applied, so their signatures stay those of
/// their reference implementations when text is scored as written.
pub fn compute(segmenter: &Segmenter, name: MetricName, lang: Lang, hypothesis: &str, references: &[String], normalize: Normalize) -> Score {
    match name {
        MetricName::Bleu => {
            let tokenizer = match lang {
                Lang::Zh => BleuTokenizer::Zh,
                Lang::En => BleuTokenizer::Tok13a,
            };
            let bleu = Bleu { normalize, ..Bleu::sentence_default(tokenizer) };
            return bleu.sentence(Segment { hypothesis, references });
        }
        MetricName::Chrf => return Chrf { normalize, ..Chrf::plain() }.sentence(Segment { hypothesis, references }),
        MetricName::ChrfPlusPlus => {
            return Chrf { normalize, ..Chrf::chrf_plus_plus() }.sentence(Segment { hypothesis, references })
        }
        _ => {}
    }
    if normalize == Normalize::NONE {
        return compute_as_written(segmenter, name, lang, hypothesis, references);
    }
    let hypothesis = normalize.apply(hypothesis);
    let references: Vec<String> = references.iter().map(|r| normalize.apply(r).into_owned()).collect();
    let mut score = compute_as_written(segmenter, name, lang, &hypothesis, &references);
    score.signature = score.signature.with_norm(&normalize);
    score
}

/// A metric on the text as given.
fn compute_as_written(segmenter: &Segmenter, name: MetricName, lang: Lang, hypothesis: &str, references: &[String]) -> Score {
    let segment = Segment { hypothesis, references };
    let rouge = |kind| {
        let tokenizer = match lang {
            Lang::Zh => RougeTokenizer::Chinese(segmenter),
            Lang::En => RougeTokenizer::English { stem: false },
        };
        Rouge { kind, tokenizer }.sentence(segment)
    };
    let nrefs = references.len().to_string();
    let plain = |score: f64, name: &str, fields: &[(&str, String)]| Score {
        score,
        precision: None,
        recall: None,
        signature: Signature::new(name, fields),
    };
    let spans = || match lang {
        Lang::Zh => cmrc(hypothesis, references),
        Lang::En => squad(hypothesis, references),
    };
    let span_definition = match lang {
        Lang::Zh => "cmrc2018",
        Lang::En => "squad-v1.1",
    };
    match name {
        MetricName::Bleu | MetricName::Chrf | MetricName::ChrfPlusPlus => {
            compute(segmenter, name, lang, hypothesis, references, Normalize::NONE)
        }
        MetricName::Rouge1 => rouge(RougeKind::Rouge1),
        MetricName::Rouge2 => rouge(RougeKind::Rouge2),
        MetricName::RougeL => rouge(RougeKind::RougeL),
        MetricName::RougeLsum => rouge(RougeKind::RougeLsum),
        MetricName::Em => plain(spans().exact_match, "EM", &[("nrefs", nrefs), ("def", span_definition.into())]),
        MetricName::F1 => plain(spans().f1, "F1", &[("nrefs", nrefs), ("def", span_definition.into())]),
        MetricName::CharF1 => plain(char_f1(hypothesis, references), "charF1", &[
            ("nrefs", nrefs),
            ("case", "lc".into()),
            ("drop", "space+punct".into()),
        ]),
        MetricName::Numeric => plain(numeric_match(hypothesis, references, DEFAULT_TOLERANCE).score, "Numeric", &[
            ("nrefs", nrefs),
            ("pick", "final".into()),
            ("rtol", format!("{DEFAULT_TOLERANCE:e}")),
        ]),
    }
}

/// Scores `hypothesis` against `references` with the standard set for `lang`.
pub fn score(segmenter: &Segmenter, lang: Lang, hypothesis: &str, references: &[String], normalize: Normalize) -> StandardScores {
    let get = |name| compute(segmenter, name, lang, hypothesis, references, normalize);
    StandardScores {
        bleu: get(MetricName::Bleu),
        chrf: get(MetricName::Chrf),
        chrf_plus_plus: get(MetricName::ChrfPlusPlus),
        rouge1: get(MetricName::Rouge1),
        rouge2: get(MetricName::Rouge2),
        rouge_l: get(MetricName::RougeL),
        rouge_lsum: get(MetricName::RougeLsum),
        em: get(MetricName::Em),
        f1: get(MetricName::F1),
        char_f1: get(MetricName::CharF1),
        numeric: get(MetricName::Numeric),
    }
}

#[cfg(test)]
mod name_tests {
    use super::MetricName;

    #[test]
    fn names_are_those_serde_writes() {
        for name in MetricName::ALL {
            assert_eq!(serde_json::to_value(name).unwrap(), name.as_str());
            assert_eq!(name.as_str().parse::<MetricName>(), Ok(name));
        }
        assert!("BLEU4".parse::<MetricName>().is_err());
    }
}
