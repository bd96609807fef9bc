//! Every word a user reads, in one message catalogue with three locales: English, 简体中文 and
//! 繁體中文. The catalogue is Project Fluent (`.ftl` files under `src/core/i18n/<locale>/`),
//! the format translators know; the core, the app, the report, the charts and the CLI all
//! speak through it. Code names a message by its key and hands over arguments; it never
//! words a sentence itself.
//!
//! ```
//! use pingfen::core::i18n::{msg, Locale};
//!
//! let loaded = msg!("notice-suite-loaded", name = "hku.csv", items = 74);
//! assert_eq!(loaded.text(Locale::En), "Loaded suite hku.csv (74 items). Add models' answers next.");
//! assert_eq!(loaded.text(Locale::ZhHant), "已載入評測套件 hku.csv（74 道題）。接著請加入模型的回答。");
//! ```
//!
//! `tests/catalogue.rs` checks that every key exists in all three locales with the same
//! arguments, and that every key the code names exists.

use std::borrow::Cow;
use std::cell::RefCell;
use std::str::FromStr;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::Serialize;

/// An interface language: the language of the words around the content (not of the text
/// being scored, which is [`crate::core::text::Lang`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    /// Simplified Chinese (mainland China, Singapore).
    ZhHans,
    /// Traditional Chinese as written in Hong Kong, Taiwan and Macau.
    ZhHant,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::ZhHans, Locale::ZhHant];

    /// The BCP 47 tag: `en`, `zh-Hans`, `zh-Hant` — for `<html lang>` (it picks CJK glyph
    /// forms), for files and for the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
        }
    }

    /// The locale's own name, as the language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::ZhHans => "简体中文",
            Locale::ZhHant => "繁體中文",
        }
    }

    /// Whether the interface is Chinese (either script).
    pub fn is_chinese(self) -> bool {
        self != Locale::En
    }

    /// The best interface language for a browser's preferred languages, in order:
    /// `zh-TW`, `zh-HK`, `zh-MO` and any `zh-Hant…` pick Traditional; other `zh…` Simplified;
    /// `en…` English. Languages Pingfen does not speak are skipped; English if none fits.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred.into_iter().find_map(Locale::for_tag).unwrap_or(Locale::En)
    }

    /// The locale for one language tag, if Pingfen speaks it.
    pub fn for_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Locale::En),
            "zh" | "yue" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                let simplified = rest.iter().any(|p| matches!(*p, "hans" | "cn" | "sg" | "my"));
                // `yue` (Cantonese) without a script is written in Traditional characters.
                if traditional || (!simplified && tag.starts_with("yue")) { Some(Locale::ZhHant) } else { Some(Locale::ZhHans) }
            }
            _ => None,
        }
    }
}

impl FromStr for Locale {
    type Err = UnknownLocale;

    /// `en`, `zh-Hans`, `zh-Hant` (any case), and the older `zh` for Simplified.
    fn from_str(text: &str) -> Result<Self, UnknownLocale> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Locale::En),
            "zh-hans" | "zh" => Ok(Locale::ZhHans),
            "zh-hant" => Ok(Locale::ZhHant),
            _ => Err(UnknownLocale(text.to_owned())),
        }
    }
}

/// A locale tag that is not `en`, `zh-Hans` or `zh-Hant`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an interface language: use en, zh-Hans or zh-Hant")]
pub struct UnknownLocale(pub String);

/// An argument of a message: text as it is, or a whole number (English plurals pick their
/// form from it). Decimal numbers are formatted first (`core::format`) and passed as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    /// A message inside a message (a location inside a problem), worded in the same locale.
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, u8, i64, i32, isize);

/// A message key with its arguments: what the core returns instead of a worded sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Message {
    /// Borrowed from the code that wrote the message; owned when read back (from the engine
    /// worker).
    pub key: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// `msg!("key", name = value, …)`: a [`Message`]. Values are anything that converts into an
/// [`Arg`]: text, whole numbers, or another message.
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::core::i18n::Message {
            key: ::std::borrow::Cow::Borrowed($key),
            args: vec![$((::std::borrow::Cow::Borrowed(stringify!($name)), $crate::core::i18n::Arg::from($value))),*],
        }
    };
}
pub use crate::msg;

impl Message {
    /// A message without arguments.
    pub const fn plain(key: &'static str) -> Self {
        Message { key: Cow::Borrowed(key), args: Vec::new() }
    }

    /// The message worded in `locale`.
    pub fn text(&self, locale: Locale) -> String {
        format(locale, &self.key, &self.args)
    }
}

/// The text of a message without arguments.
pub fn text(locale: Locale, key: &str) -> String {
    format(locale, key, &[])
}

/// The text of `key` in `locale` with `args`. A key missing from the catalogue (a bug the
/// catalogue test catches) comes out as the key itself rather than panicking the page.
pub fn format(locale: Locale, key: &str, args: &[(Cow<'static, str>, Arg)]) -> String {
    // Nested messages are worded first: the bundles are borrowed one message at a time.
    let nested: Vec<Option<String>> =
        args.iter().map(|(_, value)| if let Arg::Message(message) = value { Some(message.text(locale)) } else { None }).collect();
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let bundle = bundles.get_or_insert_with(build).get(locale);
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else { return key.to_owned() };
        let mut fluent_args = FluentArgs::new();
        for ((name, value), nested) in args.iter().zip(&nested) {
            match (value, nested) {
                (Arg::Number(n), _) => fluent_args.set(name.as_ref(), FluentValue::from(n)),
                (Arg::Text(text), _) => fluent_args.set(name.as_ref(), FluentValue::from(text.as_str())),
                (Arg::Message(_), worded) => fluent_args.set(name.as_ref(), FluentValue::from(worded.clone().unwrap_or_default())),
            }
        }
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    })
}

/// The catalogue's files, one per area of the product, the same in every locale
/// (`src/core/i18n/<locale>/<area>.ftl`): translators work area by area.
pub const AREAS: [&str; 12] = ["common", "problems", "session", "app", "results", "items", "rate", "report", "cli", "playground", "share", "learn"];

/// The `.ftl` sources of one locale, in the order of [`AREAS`].
pub fn sources(locale: Locale) -> [&'static str; AREAS.len()] {
    match locale {
        Locale::En => [include_str!("en/common.ftl"), include_str!("en/problems.ftl"), include_str!("en/session.ftl"), include_str!("en/app.ftl"), include_str!("en/results.ftl"), include_str!("en/items.ftl"), include_str!("en/rate.ftl"), include_str!("en/report.ftl"), include_str!("en/cli.ftl"), include_str!("en/playground.ftl"), include_str!("en/share.ftl"), include_str!("en/learn.ftl")],
        Locale::ZhHans => [include_str!("zh-Hans/common.ftl"), include_str!("zh-Hans/problems.ftl"), include_str!("zh-Hans/session.ftl"), include_str!("zh-Hans/app.ftl"), include_str!("zh-Hans/results.ftl"), include_str!("zh-Hans/items.ftl"), include_str!("zh-Hans/rate.ftl"), include_str!("zh-Hans/report.ftl"), include_str!("zh-Hans/cli.ftl"), include_str!("zh-Hans/playground.ftl"), include_str!("zh-Hans/share.ftl"), include_str!("zh-Hans/learn.ftl")],
        Locale::ZhHant => [include_str!("zh-Hant/common.ftl"), include_str!("zh-Hant/problems.ftl"), include_str!("zh-Hant/session.ftl"), include_str!("zh-Hant/app.ftl"), include_str!("zh-Hant/results.ftl"), include_str!("zh-Hant/items.ftl"), include_str!("zh-Hant/rate.ftl"), include_str!("zh-Hant/report.ftl"), include_str!("zh-Hant/cli.ftl"), include_str!("zh-Hant/playground.ftl"), include_str!("zh-Hant/share.ftl"), include_str!("zh-Hant/learn.ftl")],
    }
}

struct Bundles([FluentBundle<FluentResource>; 3]);

impl Bundles {
    fn get(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        &self.0[locale as usize]
    }
}

thread_local! {
    /// Built on first use, once per thread (the browser has one).
    static BUNDLES: RefCell<Option<Bundles>> = const { RefCell::new(None) };
}

fn build() -> Bundles {
    Bundles(Locale::ALL.map(|locale| {
        let langid = locale.as_str().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // No Unicode isolation marks around arguments: they would end up in file names,
        // copied text and tests.
        bundle.set_use_isolating(false);
        for source in sources(locale) {
            // A resource with a syntax error still yields its good messages; the catalogue
            // test fails on the error itself.
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
        }
        bundle
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_languages_pick_the_script_people_read() {
        for (tags, expected) in [
            (&["zh-TW"][..], Locale::ZhHant),
            (&["zh-HK", "en"][..], Locale::ZhHant),
            (&["zh-MO"][..], Locale::ZhHant),
            (&["zh-Hant-HK"][..], Locale::ZhHant),
            (&["zh_hant"][..], Locale::ZhHant),
            (&["yue"][..], Locale::ZhHant),
            (&["zh-CN"][..], Locale::ZhHans),
            (&["zh"][..], Locale::ZhHans),
            (&["zh-Hans-SG"][..], Locale::ZhHans),
            (&["fr-FR", "zh-TW", "en"][..], Locale::ZhHant),
            (&["en-GB", "zh-CN"][..], Locale::En),
            (&["fr", "de"][..], Locale::En),
            (&[][..], Locale::En),
        ] {
            assert_eq!(Locale::negotiate(tags.iter().copied()), expected, "{tags:?}");
        }
    }

    #[test]
    fn tags_round_trip_and_the_old_zh_still_reads() {
        for locale in Locale::ALL {
            assert_eq!(locale.as_str().parse::<Locale>(), Ok(locale));
        }
        assert_eq!("zh".parse::<Locale>(), Ok(Locale::ZhHans));
        assert!("fr".parse::<Locale>().is_err());
    }

    #[test]
    fn a_missing_key_comes_out_as_itself() {
        assert_eq!(text(Locale::En, "no-such-key"), "no-such-key");
    }
}
