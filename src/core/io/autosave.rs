//! The autosave envelope: a session as the browser keeps it, versioned — `pingfen.autosave/2`
//! (IndexedDB) and the schema-less version 1 of Pingfen 0.1 (localStorage). A save kept aside
//! and downloaded opens again like any file: a session.

use serde::{Deserialize, Serialize};

use crate::core::i18n::{msg, Message};
use crate::core::model::session::Session;
use crate::core::scoring::ItemScore;

/// The envelope this build writes.
pub const SCHEMA: &str = "pingfen.autosave/2";
/// What every version's schema starts with (version 1 has none).
pub const SCHEMA_PREFIX: &str = "pingfen.autosave/";

/// Where a saved session came from, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SavedOrigin {
    Sample,
    /// A file, by name (empty: no longer known).
    File { name: String },
    Pasted { model: String },
}

/// The envelope as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub schema: String,
    /// When it was written (ISO 8601, UTC).
    pub saved_at: String,
    pub origin: SavedOrigin,
    pub session: Session,
    /// Present when the session came without its answers' text (a results link): the
    /// automatic scores that stand for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automatic: Option<Vec<ItemScore>>,
}

/// Version 1 (localStorage, Pingfen 0.1): no schema, the origin as a plain string where
/// `"sample"` meant the built-in sample.
#[derive(Deserialize)]
struct SavedV1 {
    source: String,
    session: Session,
}

/// The text of a save of `session` (with `withheld`, the scores standing for its answers'
/// text, when that was left out).
pub fn encode(origin: &SavedOrigin, session: &Session, withheld: Option<&[ItemScore]>, saved_at: &str) -> Result<String, serde_json::Error> {
    #[derive(Serialize)]
    struct Borrowed<'a> {
        schema: &'static str,
        saved_at: &'a str,
        origin: &'a SavedOrigin,
        session: &'a Session,
        #[serde(skip_serializing_if = "Option::is_none")]
        automatic: Option<&'a [ItemScore]>,
    }
    serde_json::to_string(&Borrowed { schema: SCHEMA, saved_at, origin, session, automatic: withheld })
}

/// A save read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub origin: SavedOrigin,
    pub session: Session,
    /// The scores standing for the answers' text, when the session came without it.
    pub automatic: Option<Vec<ItemScore>>,
    /// The version it was written in, when older than this build's: it was migrated.
    pub migrated_from: Option<u32>,
}

/// Whether `text` is a version 1 save: no schema, a `source` and a `session`.
pub fn is_version_1(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Header {
        schema: Option<String>,
        source: Option<String>,
        session: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Header>(text.trim_start_matches('\u{feff}'))
        .is_ok_and(|h| h.schema.is_none() && h.source.is_some() && h.session.is_some())
}

/// Reads a save of any version this build knows; `Err` says why it cannot be restored.
pub fn decode(text: &str) -> Result<Read, Message> {
    #[derive(Deserialize)]
    struct Header {
        schema: Option<String>,
    }
    let text = text.trim_start_matches('\u{feff}');
    let header: Header = serde_json::from_str(text).map_err(|e| msg!("autosave-not-json", detail = e.to_string()))?;
    let (origin, session, automatic, migrated_from) = match header.schema.as_deref() {
        Some(SCHEMA) => {
            let saved: Saved = serde_json::from_str(text).map_err(|e| msg!("autosave-damaged", detail = e.to_string()))?;
            (saved.origin, saved.session, saved.automatic, None)
        }
        None => {
            let saved: SavedV1 = serde_json::from_str(text).map_err(|e| msg!("autosave-damaged", detail = e.to_string()))?;
            let origin = if saved.source == "sample" { SavedOrigin::Sample } else { SavedOrigin::File { name: saved.source } };
            (origin, saved.session, None, Some(1))
        }
        Some(other) => return Err(msg!("autosave-newer", schema = other)),
    };
    let (session, automatic) = match automatic {
        None => (session, None),
        Some(automatic) => {
            let withheld = crate::core::results::Withheld { session, automatic };
            let problems = withheld.problems("autosave");
            if let Some(first) = problems.first() {
                return Err(msg!("autosave-invalid", count = problems.len(), first = first.full_message()));
            }
            (withheld.session, Some(withheld.automatic))
        }
    };
    let problems = if automatic.is_some() { Vec::new() } else { session.problems("autosave") };
    if let Some(first) = problems.first() {
        return Err(msg!("autosave-invalid", count = problems.len(), first = first.full_message()));
    }
    Ok(Read { origin, session, automatic, migrated_from })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_save_downloaded_opens_as_a_session() {
        let session = crate::core::io::sample::session().unwrap();
        let text = encode(&SavedOrigin::Sample, &session, None, "2026-12-01T00:00:00Z").unwrap();
        match crate::core::io::files::read("pingfen-unrestorable-x.json", text.as_bytes()).unwrap() {
            crate::core::io::files::Loaded::Session(read) => assert_eq!(*read, session),
            other => panic!("{other:?}"),
        }
        let v1 = serde_json::json!({ "source": "sample", "session": session }).to_string();
        assert!(is_version_1(&v1));
        assert!(matches!(crate::core::io::files::read("old.json", v1.as_bytes()), Ok(crate::core::io::files::Loaded::Session(_))));
        // Damaged: one clear problem for the whole file, not a suite's missing fields.
        let problems = crate::core::io::files::read("cut.json", &text.as_bytes()[..text.len() / 2]).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].message.key, "autosave-not-json");
    }
}
