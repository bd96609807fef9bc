//! How a text file's bytes become text. UTF-8 (with or without a byte-order mark) and UTF-16
//! with one are read as they say; UTF-16 without one is told by its zero bytes; anything else
//! is guessed by `chardetng` (Firefox's detector, made for `encoding_rs`): Big5 as Excel saves
//! CSV on Taiwanese and Hong Kong Windows, GB18030 on mainland Chinese Windows, Shift-JIS, and
//! the rest (a Western guess yields to GB18030 when the bytes are well-formed GB18030). A file that is UTF-8 except for a few damaged bytes, or cut in the middle of a
//! character, is not guessed at (that would turn all of it into garbage): it is refused with
//! the line to look at.

use std::borrow::Cow;

use encoding_rs::Encoding;

use crate::core::error::{Location, Problem};
use crate::core::i18n::msg;

/// A file's text and how it was read.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
    /// Guessed from the bytes (no byte-order mark, not UTF-8): the reader says so when what it
    /// read looks wrong.
    pub guessed: bool,
}

impl Decoded<'_> {
    /// When the encoding was guessed: a problem saying which, for a reader to add when what
    /// it read looks wrong (column names it does not know, say).
    pub fn guess_problem(&self, file: &str) -> Option<Problem> {
        self.guessed.then(|| Problem::new(file, Location::File, msg!("problem-encoding-guessed", encoding = self.encoding.name())))
    }
}

/// Decodes `bytes` of the file `file`, or says where it is damaged UTF-8.
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<Decoded<'a>, Problem> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return Ok(Decoded { text: encoding.decode_without_bom_handling(&bytes[bom..]).0, encoding, guessed: false });
    }
    // Before UTF-8: UTF-16 text of ASCII and most CJK letters is also valid UTF-8, with a
    // NUL in every other place.
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(Decoded { text: encoding.decode_without_bom_handling(bytes).0, encoding, guessed: true });
    }
    let error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded { text: Cow::Borrowed(text), encoding: encoding_rs::UTF_8, guessed: false }),
        Err(error) => error,
    };
    if damaged_utf8(bytes) {
        let at = error.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let message = if error.error_len().is_none() {
            msg!("problem-utf8-cut", line = line)
        } else {
            msg!("problem-utf8-damaged", line = line, byte = at + 1)
        };
        return Err(Problem::new(file, Location::Line { line }, message));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, false);
    // A few characters give the detector little to go on, and Pingfen's files are Chinese
    // first: a Western single-byte guess yields to GB18030 when the bytes are well-formed
    // GB18030 (which also holds every emoji and letter a Western encoding has).
    let east_asian = [encoding_rs::GB18030, encoding_rs::GBK, encoding_rs::BIG5, encoding_rs::SHIFT_JIS, encoding_rs::EUC_JP, encoding_rs::ISO_2022_JP, encoding_rs::EUC_KR];
    let encoding = if east_asian.contains(&guess) || encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes).is_none() {
        guess
    } else {
        encoding_rs::GB18030
    };
    Ok(Decoded { text: encoding.decode_without_bom_handling(bytes).0, encoding, guessed: true })
}

/// The text of `bytes` however damaged (to count lines before reading, say): what [`decode`]
/// reads, with damaged UTF-8 replaced.
pub fn decode_lossy(bytes: &[u8]) -> Cow<'_, str> {
    match decode("", bytes) {
        Ok(decoded) => decoded.text,
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// UTF-16 without a byte-order mark: text in the Latin or CJK ranges written as UTF-16 has a
/// zero byte in most of its even (big-endian) or odd (little-endian) places; no other text
/// encoding does.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    // ASCII text: nearly every other byte is zero. CJK text has fewer zeros: the high bytes
    // of its letters are in 0x4E–0x9F, but its punctuation, digits and line breaks still
    // give a steady share on one side and none on the other.
    let steady = |zeros: usize, other: usize| zeros * 5 >= pairs && other * 50 <= pairs;
    if steady(odd, even) {
        Some(encoding_rs::UTF_16LE)
    } else if steady(even, odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Whether `bytes`, not valid UTF-8, are UTF-8 text with a few damaged bytes or cut short:
/// everything before the last character is UTF-8, or it holds at least two well-formed
/// multi-byte UTF-8 characters for every damaged place (a run of broken bytes). Legacy Chinese
/// text forms a well-formed UTF-8 sequence only by chance, about once in ten characters, and
/// breaks nearly everywhere else, so it is not taken for damaged UTF-8.
fn damaged_utf8(bytes: &[u8]) -> bool {
    let cut_short = matches!(std::str::from_utf8(bytes), Err(error) if error.error_len().is_none());
    let (mut multibyte, mut places, mut in_damage) = (0usize, 0usize, false);
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        multibyte += valid.chars().filter(|c| c.len_utf8() > 1).count();
        // Broken bytes with nothing valid between them are one damaged place.
        if !valid.is_empty() {
            in_damage = false;
        }
        if !chunk.invalid().is_empty() && !in_damage {
            places += 1;
            in_damage = true;
        }
    }
    cut_short && places == 1 || multibyte >= 2 && places * 2 <= multibyte
}
