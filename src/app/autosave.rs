//! What autosave writes and how it reads it back: a versioned envelope around the session.
//!
//! The browser side (`ui::storage`) only moves text in and out of IndexedDB; everything that
//! decides — which versions are read, how an older save is migrated, when a save is
//! unrestorable — is here, tested natively. A save that cannot be restored is never dropped:
//! the caller keeps its bytes under [`unrestorable_key`] and offers them for download.

use serde::{Deserialize, Serialize};

use crate::app::notice::Origin;
use crate::core::i18n::{msg, Message};
use crate::core::model::session::Session;

/// The envelope this build writes.
pub const SCHEMA: &str = "pingfen.autosave/2";
/// Where the current session is kept.
pub const SESSION_KEY: &str = "session";
/// Saves kept aside start with this.
pub const UNRESTORABLE_PREFIX: &str = "unrestorable-";
/// Where versions up to 0.1 kept the session, in localStorage (moved over on first start).
pub const LEGACY_LOCAL_STORAGE_KEY: &str = "pingfen.session";

/// Where a saved session came from, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SavedOrigin {
    Sample,
    File { name: String },
    Pasted { model: String },
}

impl SavedOrigin {
    pub fn of(origin: &Origin) -> SavedOrigin {
        match origin {
            Origin::Sample => SavedOrigin::Sample,
            Origin::File(name) => SavedOrigin::File { name: name.clone() },
            Origin::Pasted { model } => SavedOrigin::Pasted { model: model.clone() },
            // A restored session keeps saying where it first came from; failing that, "saved".
            Origin::Saved => SavedOrigin::File { name: String::new() },
        }
    }

    pub fn origin(&self) -> Origin {
        match self {
            SavedOrigin::Sample => Origin::Sample,
            SavedOrigin::File { name } if name.is_empty() => Origin::Saved,
            SavedOrigin::File { name } => Origin::File(name.clone()),
            SavedOrigin::Pasted { model } => Origin::Pasted { model: model.clone() },
        }
    }
}

/// The envelope as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub schema: String,
    /// When it was written (ISO 8601, UTC).
    pub saved_at: String,
    pub origin: SavedOrigin,
    pub session: Session,
}

/// Version 1 (localStorage, Pingfen 0.1): no schema, the origin as a plain string where
/// `"sample"` meant the built-in sample.
#[derive(Deserialize)]
struct SavedV1 {
    source: String,
    session: Session,
}

/// The text autosave writes for `session`.
pub fn encode(origin: &Origin, session: &Session, saved_at: &str) -> Result<String, serde_json::Error> {
    #[derive(Serialize)]
    struct Borrowed<'a> {
        schema: &'static str,
        saved_at: &'a str,
        origin: SavedOrigin,
        session: &'a Session,
    }
    serde_json::to_string(&Borrowed { schema: SCHEMA, saved_at, origin: SavedOrigin::of(origin), session })
}

/// A save read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub origin: Origin,
    pub session: Session,
    /// The version it was written in, when older than this build's: it was migrated.
    pub migrated_from: Option<u32>,
}

/// Reads a save of any version this build knows. `Err` says, as a message, why it cannot be
/// restored; the caller keeps the text aside.
pub fn decode(text: &str) -> Result<Restored, Message> {
    #[derive(Deserialize)]
    struct Header {
        schema: Option<String>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| msg!("autosave-not-json", detail = e.to_string()))?;
    let (origin, session, migrated_from) = match header.schema.as_deref() {
        Some(SCHEMA) => {
            let saved: Saved = serde_json::from_str(text).map_err(|e| msg!("autosave-damaged", detail = e.to_string()))?;
            (saved.origin.origin(), saved.session, None)
        }
        None => {
            let saved: SavedV1 = serde_json::from_str(text).map_err(|e| msg!("autosave-damaged", detail = e.to_string()))?;
            let origin = if saved.source == "sample" { Origin::Sample } else { Origin::File(saved.source) };
            (origin, saved.session, Some(1))
        }
        Some(other) => return Err(msg!("autosave-newer", schema = other)),
    };
    let problems = session.problems("autosave");
    if let Some(first) = problems.first() {
        return Err(msg!("autosave-invalid", count = problems.len(), first = first.message.clone()));
    }
    Ok(Restored { origin, session, migrated_from })
}

/// The key a save that cannot be restored is kept under: its own, never reused.
pub fn unrestorable_key(now_iso: &str, existing: &[String]) -> String {
    let base = format!("{UNRESTORABLE_PREFIX}{now_iso}");
    let mut key = base.clone();
    let mut n = 1;
    while existing.contains(&key) {
        n += 1;
        key = format!("{base}-{n}");
    }
    key
}

/// Sessions up to this size are written on every change; larger ones once the changes
/// pause (serialising 50 MB on every keystroke would freeze the page).
pub const SAVE_AT_ONCE_BYTES: usize = 2_000_000;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Locale;
    use crate::core::model::human::Rating;

    fn rated_sample() -> Session {
        let mut session = crate::core::io::sample::session().unwrap();
        let item = session.suite.items.iter().find(|i| !session.suite.criteria(i).is_empty()).unwrap().clone();
        let criterion = session.suite.criteria(&item)[0].0.id.clone();
        let model = session.models()[0].clone();
        session.rate(Rating { rater: "Ana".into(), model, item: item.id, criterion, value: 5, comment: Some("清楚".into()) });
        session
    }

    #[test]
    fn a_save_reads_back_as_it_was() {
        let session = rated_sample();
        let text = encode(&Origin::File("hku.json".into()), &session, "2026-12-01T10:00:00Z").unwrap();
        let restored = decode(&text).unwrap();
        assert_eq!(restored.session, session);
        assert_eq!(restored.origin, Origin::File("hku.json".into()));
        assert_eq!(restored.migrated_from, None);
    }

    #[test]
    fn a_localstorage_save_of_version_1_is_migrated() {
        let session = rated_sample();
        let v1 = serde_json::json!({ "source": "sample", "session": session }).to_string();
        let restored = decode(&v1).unwrap();
        assert_eq!(restored.session.ratings, session.ratings);
        assert_eq!(restored.origin, Origin::Sample);
        assert_eq!(restored.migrated_from, Some(1));
    }

    #[test]
    fn truncated_newer_and_invalid_saves_say_why() {
        let text = encode(&Origin::Sample, &rated_sample(), "2026-12-01T10:00:00Z").unwrap();
        let truncated = decode(&text[..text.len() / 2]).unwrap_err();
        assert_eq!(truncated.key, "autosave-not-json");
        let newer = decode(&text.replace(SCHEMA, "pingfen.autosave/9")).unwrap_err();
        assert!(newer.text(Locale::En).contains("pingfen.autosave/9"), "{}", newer.text(Locale::En));
        // A hand-edited value off the scale.
        let edited = text.replacen("\"value\":5", "\"value\":99", 1);
        let invalid = decode(&edited).unwrap_err();
        assert_eq!(invalid.key, "autosave-invalid");
        assert!(invalid.text(Locale::En).contains("99"), "{}", invalid.text(Locale::En));
    }

    #[test]
    fn kept_aside_saves_never_share_a_key() {
        let existing = vec!["unrestorable-2026-12-01T10:00:00Z".to_owned()];
        assert_eq!(unrestorable_key("2026-12-01T10:00:00Z", &existing), "unrestorable-2026-12-01T10:00:00Z-2");
        assert_eq!(unrestorable_key("2026-12-02T10:00:00Z", &existing), "unrestorable-2026-12-02T10:00:00Z");
    }
}
