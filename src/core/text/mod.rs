//! The text pipeline: language detection, Chinese segmentation (jieba-rs) and tokenization.
//!
//! One [`Segmenter`] is built per page (or process) and shared: building jieba's dictionary
//! trie is the expensive part (~0.1 s natively, ~0.5 s in wasm), cutting text is cheap.

mod lang;
pub mod mteval;
pub mod normalize;
pub mod porter;
mod segment;
mod tokenize;

pub use lang::{count, detect, is_han, Detected, Lang, LangCounts};
pub use normalize::{Normalize, Script};
pub use segment::{Dictionary, Hmm, Segmenter, Token, TokenKind};
pub use tokenize::tokenize;
