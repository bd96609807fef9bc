//! The `wasm-bindgen` facade published as `pkg/`: an opaque handle over `core`, no logic.
//!
//! ```js
//! import init, { Pingfen } from "./pingfen.js";
//! await init();
//! const dict = new Uint8Array(await (await fetch(Pingfen.dictionaryFileName())).arrayBuffer());
//! const pingfen = new Pingfen(dict);
//! pingfen.tokenize("我来到北京清华大学", "zh"); // ["我", "来到", "北京", "清华大学"]
//! ```

use wasm_bindgen::prelude::*;

mod evaluator;

use std::collections::BTreeMap;

use crate::core::metrics::standard::{self, MetricName};
use crate::core::rubric::choice::{self, Options};
use crate::core::text::{self, Dictionary, Lang, Segmenter};

#[wasm_bindgen(inline_js = "export function words_at(text, ends) { const words = new Array(ends.length); let from = 0; for (let i = 0; i < ends.length; i++) { words[i] = text.slice(from, ends[i]); from = ends[i]; } return words; }")]
extern "C" {
    /// The words of `text` that end at `ends` (UTF-16 offsets), each starting where the one
    /// before ends: a JavaScript array of strings.
    fn words_at(text: &JsValue, ends: &[u32]) -> JsValue;
}

/// Words as a JavaScript array, made in one crossing: their text joined goes over once, and
/// JavaScript slices it at the ends computed here. One string per word through wasm-bindgen
/// spends most of a cut's time on the crossings.
fn words_to_js<'t>(words: impl Iterator<Item = &'t str>) -> JsValue {
    let mut joined = String::new();
    let mut ends = Vec::new();
    let mut at = 0u32;
    for word in words {
        joined.push_str(word);
        at += word.encode_utf16().count() as u32;
        ends.push(at);
    }
    words_at(&JsValue::from_str(&joined), &ends)
}

/// A loaded segmenter. Build one per page: construction takes ~0.5 s.
#[wasm_bindgen]
pub struct Pingfen {
    segmenter: Segmenter,
}

#[wasm_bindgen]
impl Pingfen {
    /// Builds the segmenter from the dictionary asset's bytes.
    #[wasm_bindgen(constructor)]
    pub fn new(dictionary: &[u8]) -> Result<Pingfen, JsError> {
        let segmenter = Segmenter::new(Dictionary { bytes: dictionary })?;
        Ok(Pingfen { segmenter })
    }

    /// The file name of the dictionary asset that belongs to this build.
    #[wasm_bindgen(js_name = dictionaryFileName)]
    pub fn dictionary_file_name() -> String {
        Dictionary::FILE_NAME.to_owned()
    }

    /// The app version.
    pub fn version() -> String {
        crate::VERSION.to_owned()
    }

    /// Words of `text`; `lang` is "zh", "en" or "auto" (detect).
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn tokenize(&self, text: &str, lang: &str) -> Result<JsValue, JsError> {
        let lang = parse_lang(text, lang)?;
        Ok(words_to_js(text::tokenize(&self.segmenter, text, lang).iter().map(|t| t.text)))
    }

    /// How many words `tokenize` would return, without handing them to JavaScript.
    #[wasm_bindgen(js_name = wordCount)]
    pub fn word_count(&self, text: &str, lang: &str) -> Result<usize, JsError> {
        let lang = parse_lang(text, lang)?;
        Ok(text::tokenize(&self.segmenter, text, lang).len())
    }

    /// jieba's raw cut (white space kept), with or without its HMM.
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn cut(&self, text: &str, hmm: bool) -> JsValue {
        let hmm = if hmm { text::Hmm::On } else { text::Hmm::Off };
        words_to_js(self.segmenter.cut(text, hmm).iter().map(|t| t.text))
    }

    /// Scores one answer: `metrics` names any of "bleu", "chrf", "chrf++", "rouge1", "rouge2",
    /// "rougeL", "rougeLsum", "em", "f1", "char_f1", "numeric" (all when empty). Returns
    /// `{name: {score, precision?, recall?, signature}}`, scores 0–100.
    pub fn score(
        &self,
        lang: &str,
        hypothesis: &str,
        references: Vec<String>,
        metrics: Vec<String>,
    ) -> Result<JsValue, JsError> {
        let lang: Lang = lang.parse().map_err(|()| JsError::new(&format!("lang must be zh or en, not {lang:?}")))?;
        let names: Vec<MetricName> = if metrics.is_empty() {
            MetricName::ALL.to_vec()
        } else {
            metrics
                .iter()
                .map(|m| {
                    m.parse::<MetricName>().map_err(|()| JsError::new(&format!("unknown metric {m:?}")))
                })
                .collect::<Result<_, _>>()?
        };
        let scores: std::collections::BTreeMap<String, _> = names
            .into_iter()
            .map(|name| {
                (name.as_str().to_owned(), standard::compute(&self.segmenter, name, lang, hypothesis, &references, text::Normalize::NONE))
            })
            .collect();
        to_js(&scores)
    }

    /// The option(s) a multiple-choice answer chose: `{choice: "B" | "BD" | null, rule,
    /// confidence: "explicit" | "decision" | "ordinal" | "inferred" | null, evidence (the
    /// answer's own words), span: [start, end] (characters of the answer), normalized (the
    /// same words as the rules read them), conflicting}`. `optionTexts` maps letters to option
    /// texts (or is undefined).
    #[wasm_bindgen(js_name = extractChoice)]
    pub fn extract_choice(text: &str, options: &str, option_texts: JsValue, multi: bool) -> Result<JsValue, JsError> {
        let texts: Option<BTreeMap<String, String>> = if option_texts.is_undefined() || option_texts.is_null() {
            None
        } else {
            Some(serde_wasm_bindgen::from_value(option_texts).map_err(|e| JsError::new(&format!("optionTexts: {e}")))?)
        };
        let extraction = choice::extract(text, Options { letters: options, texts: texts.as_ref(), multi });
        to_js(&extraction)
    }

    /// "zh", "en", "mixed", "other" or "none".
    pub fn detect(text: &str) -> String {
        text::detect(text).as_str().to_owned()
    }
}

fn parse_lang(text: &str, lang: &str) -> Result<Lang, JsError> {
    match lang {
        "auto" => Ok(text::detect(text).tokenizer_lang()),
        code => code.parse().map_err(|()| JsError::new(&format!("lang must be zh, en or auto, not {code:?}"))),
    }
}

/// Plain JavaScript objects (not `Map`s), `null` for missing values: what JSON would give.
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
