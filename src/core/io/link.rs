//! Share links: a suite, a scorebook or a rater's work carried in a URL's fragment (`#…`),
//! which browsers never send to any server — so a workshop shares by chat message or QR code
//! with no server at all.
//!
//! A link's fragment is `pf1.<kind>.<data>`:
//!
//! - `pf1` names the format and its version (a later format is `pf2`, refused by this build
//!   with a message saying so);
//! - `kind` is `suite` (organiser → participants), `book` (a whole scorebook's inputs: suite,
//!   answers, ratings, votes, overrides, the rule; results are recomputed on opening, as for a
//!   scorebook file), `results` (a scorebook without its answers' text, with the automatic
//!   scores computed from it: the smaller link when a book's is too long) or `rater` (one
//!   rater's work, its suite named by fingerprint);
//! - `data` is base64url (RFC 4648 §5, no padding) of zlib (RFC 1950: deflate with an Adler-32
//!   checksum, so a cut or altered link is told apart from a good one) of the document's
//!   compact JSON — the same serde shape as in a scorebook, read and checked like a file.
//!
//! Reading is bounded: a fragment longer than [`MAX_LINK_CHARS`] or one that inflates past
//! [`MAX_INFLATED_BYTES`] is refused before anything is parsed.

use std::io::{Read, Write};

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::core::error::{Location, Problem};
use crate::core::human::merge::RaterWork;
use crate::core::i18n::msg;
use crate::core::io::files::Loaded;
use crate::core::model::session::Session;
use crate::core::model::suite::Suite;
use crate::core::results::Withheld;

/// The format this build writes and reads.
pub const VERSION: u32 = 1;
/// Longest fragment read: Chromium's limit for a whole URL (2 MB); a longer one never arrives.
pub const MAX_LINK_CHARS: usize = 2 << 20;
/// Most bytes a link may inflate to: a deflate bomb stops here, before any parsing.
pub const MAX_INFLATED_BYTES: usize = 32 << 20;

/// What a link carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Suite,
    Scorebook,
    /// A scorebook without its answers' text.
    Results,
    Rater,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Suite, Kind::Scorebook, Kind::Results, Kind::Rater];

    /// The kind's name in the fragment.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Suite => "suite",
            Kind::Scorebook => "book",
            Kind::Results => "results",
            Kind::Rater => "rater",
        }
    }
}

/// A link's document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Shared {
    Suite(Box<Suite>),
    Scorebook(Box<Session>),
    Results(Box<Withheld>),
    Rater(Box<RaterWork>),
}

impl Shared {
    pub fn kind(&self) -> Kind {
        match self {
            Shared::Suite(_) => Kind::Suite,
            Shared::Scorebook(_) => Kind::Scorebook,
            Shared::Results(_) => Kind::Results,
            Shared::Rater(_) => Kind::Rater,
        }
    }

    /// What the app takes in, as from a file.
    pub fn into_loaded(self) -> Loaded {
        match self {
            Shared::Suite(suite) => Loaded::Suite(suite),
            Shared::Scorebook(session) => Loaded::Session(session),
            Shared::Results(withheld) => Loaded::Withheld(withheld),
            Shared::Rater(work) => Loaded::RaterWork(work),
        }
    }
}

/// The fragment (without `#`) carrying `shared`.
pub fn encode(shared: &Shared) -> Result<String, String> {
    let json = match shared {
        Shared::Suite(suite) => serde_json::to_vec(suite),
        Shared::Scorebook(session) => serde_json::to_vec(session),
        Shared::Results(withheld) => serde_json::to_vec(withheld),
        Shared::Rater(work) => serde_json::to_vec(work),
    }
    .map_err(|e| e.to_string())?;
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&json).map_err(|e| e.to_string())?;
    let packed = zlib.finish().map_err(|e| e.to_string())?;
    let data = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed);
    Ok(format!("pf{VERSION}.{}.{data}", shared.kind().as_str()))
}

/// The fragment of `text`: a whole URL, `#…` or the fragment itself; spaces and line breaks a
/// chat app put into a long link are dropped.
fn fragment(text: &str) -> String {
    let text = text.trim();
    let fragment = text.split_once('#').map_or(text, |(_, after)| after);
    fragment.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A fragment's three parts, `pf<version>.<kind>.<data>`, as far as they are there.
struct Parts<'a> {
    head: &'a str,
    /// The version's digits; `None` when the fragment does not open with `pf` and digits.
    version: Option<&'a str>,
    kind: Option<&'a str>,
    data: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn of(fragment: &'a str) -> Self {
        let mut parts = fragment.splitn(3, '.');
        let head = parts.next().unwrap_or("");
        let version = head.strip_prefix("pf").filter(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()));
        Parts { head, version, kind: parts.next(), data: parts.next() }
    }

    /// The kind, when this build reads the link's version and knows its kind.
    fn known_kind(&self) -> Option<Kind> {
        (self.version? == VERSION.to_string()).then_some(())?;
        Kind::ALL.into_iter().find(|k| Some(k.as_str()) == self.kind)
    }
}

/// Whether `text` is (or holds) a Pingfen share link: its fragment opens with `pf` and a
/// version number. One of an unknown version or kind is a link too: reading it says so.
pub fn is_link(text: &str) -> bool {
    Parts::of(&fragment(text)).version.is_some()
}

/// The kind of a link this build reads; `None` for anything else.
pub fn kind_of(text: &str) -> Option<Kind> {
    Parts::of(&fragment(text)).known_kind()
}

/// Reads the link in `text` (a URL, `#…` or the fragment) as the file `name` would be read:
/// bounded, then checked; a problem says what is wrong and what to do.
pub fn decode(name: &str, text: &str) -> Result<Shared, Vec<Problem>> {
    let problem = |message| vec![Problem::new(name, Location::File, message)];
    let fragment = fragment(text);
    if fragment.len() > MAX_LINK_CHARS {
        return Err(problem(msg!("problem-link-too-long", length = crate::core::format::count(fragment.len()), limit = crate::core::format::count(MAX_LINK_CHARS))));
    }
    let parts = Parts::of(&fragment);
    let Some(version) = parts.version else {
        return Err(problem(msg!("problem-link-not-pingfen")));
    };
    if version != VERSION.to_string() {
        return Err(problem(msg!("problem-link-version", found = format!("pf{version}"), expected = format!("pf{VERSION}"))));
    }
    let Some(kind) = parts.known_kind() else {
        return Err(problem(msg!("problem-link-kind", found = parts.kind.unwrap_or("").chars().take(20).collect::<String>())));
    };
    let head = parts.head;
    let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(parts.data.unwrap_or("")).map_err(|error| match error {
        base64::DecodeError::InvalidByte(at, byte) => {
            // The position in the fragment, counted as a person reads it (1-based).
            let at = head.len() + kind.as_str().len() + 2 + at + 1;
            problem(msg!("problem-link-damaged", at = at, character = char::from(byte).to_string()))
        }
        _ => problem(msg!("problem-link-cut")),
    })?;
    let mut json = Vec::new();
    let read = flate2::read::ZlibDecoder::new(packed.as_slice()).take(MAX_INFLATED_BYTES as u64 + 1).read_to_end(&mut json);
    match read {
        Err(_) => return Err(problem(msg!("problem-link-cut"))),
        Ok(_) if json.len() > MAX_INFLATED_BYTES => {
            return Err(problem(msg!("problem-link-too-big", limit = MAX_INFLATED_BYTES >> 20)));
        }
        Ok(_) => {}
    }
    let invalid = |error: serde_json::Error| problem(msg!("problem-link-invalid", detail = error.to_string()));
    let shared = match kind {
        Kind::Suite => Shared::Suite(serde_json::from_slice(&json).map_err(invalid)?),
        Kind::Scorebook => Shared::Scorebook(serde_json::from_slice(&json).map_err(invalid)?),
        Kind::Results => Shared::Results(serde_json::from_slice(&json).map_err(invalid)?),
        Kind::Rater => Shared::Rater(serde_json::from_slice(&json).map_err(invalid)?),
    };
    // Checked as its file would be; a rater's work is checked against the organiser's suite
    // when it is merged (the link names the suite, it does not carry it).
    let problems = match &shared {
        Shared::Suite(suite) => suite.problems(name),
        Shared::Scorebook(session) => session.problems(name),
        Shared::Results(withheld) => withheld.problems(name),
        Shared::Rater(_) => Vec::new(),
    };
    if problems.is_empty() { Ok(shared) } else { Err(problems) }
}

/// A link ready to send: the URL, its length in characters, and its QR code when it fits one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Made {
    pub kind: Kind,
    pub url: String,
    pub chars: usize,
    /// The QR code as an SVG document (drawn by the `qrcode` crate), `None` when the link is
    /// longer than a QR code holds.
    pub qr: Option<String>,
}

/// The link to the page at `base` carrying `shared`, with its QR code when it fits one.
pub fn make(base: &str, shared: &Shared) -> Result<Made, String> {
    let base = base.split('#').next().unwrap_or(base);
    let url = format!("{base}#{}", encode(shared)?);
    let chars = url.chars().count();
    let qr = (url.len() <= crate::core::model::limits::QR_MAX_BYTES).then(|| qr_svg(&url)).flatten();
    Ok(Made { kind: shared.kind(), url, chars, qr })
}

/// `text` as a QR code in SVG: error correction M (15 % of the code may be lost) when it fits,
/// else L, so a long link still fits and a short one survives a dim projector.
pub fn qr_svg(text: &str) -> Option<String> {
    use qrcode::{render::svg, EcLevel, QrCode};
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L))
        .ok()?;
    Some(code.render::<svg::Color<'_>>().min_dimensions(320, 320).quiet_zone(true).build())
}

/// Reads a link for the app: what it carries, as from a file.
pub fn read(name: &str, text: &str) -> Result<Loaded, Vec<Problem>> {
    decode(name, text).map(Shared::into_loaded)
}
