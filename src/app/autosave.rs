//! What autosave writes and how it reads it back: a versioned envelope around the session.
//!
//! The browser side (`ui::storage`) only moves text in and out of IndexedDB; everything that
//! decides — which versions are read, how an older save is migrated, when a save is
//! unrestorable — is here, tested natively. A save that cannot be restored is never dropped:
//! the caller keeps its bytes under [`unrestorable_key`] and offers them for download.

use crate::app::notice::Origin;
use crate::core::i18n::Message;
use crate::core::io::autosave as io;
use crate::core::model::session::Session;
use crate::core::scoring::ItemScore;

/// Where the current session is kept.
pub const SESSION_KEY: &str = "session";
/// Saves kept aside start with this.
pub const UNRESTORABLE_PREFIX: &str = "unrestorable-";
/// Where versions up to 0.1 kept the session, in localStorage (moved over on first start).
pub const LEGACY_LOCAL_STORAGE_KEY: &str = "pingfen.session";

pub use crate::core::io::autosave::{SavedOrigin, SCHEMA};

fn saved_origin(origin: &Origin) -> SavedOrigin {
    match origin {
        Origin::Sample => SavedOrigin::Sample,
        Origin::File(name) => SavedOrigin::File { name: name.clone() },
        Origin::Pasted { model } => SavedOrigin::Pasted { model: model.clone() },
        // A restored session keeps saying where it first came from; failing that, "saved".
        Origin::Saved | Origin::Link => SavedOrigin::File { name: String::new() },
    }
}

fn origin(saved: SavedOrigin) -> Origin {
    match saved {
        SavedOrigin::Sample => Origin::Sample,
        SavedOrigin::File { name } if name.is_empty() => Origin::Saved,
        SavedOrigin::File { name } => Origin::File(name),
        SavedOrigin::Pasted { model } => Origin::Pasted { model },
    }
}

/// The text autosave writes for `session` (with the scores standing for its answers' text,
/// when that was withheld).
pub fn encode(origin: &Origin, session: &Session, withheld: Option<&[ItemScore]>, saved_at: &str) -> Result<String, serde_json::Error> {
    io::encode(&saved_origin(origin), session, withheld, saved_at)
}

/// A save read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub origin: Origin,
    pub session: Session,
    /// The scores standing for the answers' text, when the session came without it.
    pub automatic: Option<Vec<ItemScore>>,
    /// The version it was written in, when older than this build's: it was migrated.
    pub migrated_from: Option<u32>,
}

/// Reads a save of any version this build knows. `Err` says, as a message, why it cannot be
/// restored; the caller keeps the text aside.
pub fn decode(text: &str) -> Result<Restored, Message> {
    let read = io::decode(text)?;
    Ok(Restored { origin: origin(read.origin), session: read.session, automatic: read.automatic, migrated_from: read.migrated_from })
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
        let text = encode(&Origin::File("hku.json".into()), &session, None, "2026-12-01T10:00:00Z").unwrap();
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
        let text = encode(&Origin::Sample, &rated_sample(), None, "2026-12-01T10:00:00Z").unwrap();
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
