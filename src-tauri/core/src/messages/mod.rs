//! The core's messages to people (why a file does not open, what the reader repaired, why
//! a save, an edit or an export failed) in each language of the app.
//!
//! This module sits just above `i18n` and `language`, and uses nothing else of the crate:
//! it holds the [`Localize`] trait and the wording several messages share (the operating
//! system's and the JSON parser's words, sizes). Each error and note says itself beside
//! its type (`format/`, `edit/apply.rs`, `document.rs`, `export/mod.rs`), so that the
//! modules with errors use this one and never the other way round.
//!
//! The texts are in `locales/*/core.ftl`, read by [`crate::i18n`]: one message per
//! error, with named variables (`$file`, `$line`, `$found`...). Values taken from a file
//! (ids, names, the value a repair replaced) are passed in as they are and never translated.
//!
//! `Display` of each error and note is its English text, so the CLI, logs and tests read as
//! before; the app asks [`Localize::message`] for the UI's language.
//!
//! The `io-*` and `json-*` messages translate what the operating system and the JSON parser
//! say (in English) about a file: English shows their own words unchanged, the other
//! languages use these messages for the cases they know and the original words otherwise.

pub(crate) mod json;

use std::io;

pub(crate) use crate::i18n::text;
pub use crate::language::Language;

/// Something the core tells the user, in any language of the app.
pub trait Localize {
    /// The message in `lang`, a sentence fragment as `Display` gives it in English.
    fn message(&self, lang: Language) -> String;
}

/// What the operating system said: its own words in English, the app's in the other
/// languages for the failures people meet, and its own words for the rest.
pub(crate) fn io_reason(e: &io::Error, lang: Language) -> String {
    let key = match e.kind() {
        _ if lang == Language::En => None,
        io::ErrorKind::NotFound => Some("io-not-found"),
        io::ErrorKind::PermissionDenied => Some("io-permission-denied"),
        io::ErrorKind::IsADirectory => Some("io-is-a-directory"),
        _ => None,
    };
    key.map_or_else(|| e.to_string(), |k| text(lang, k, &[]))
}

/// Bytes as MiB, with a decimal comma where the language writes one.
pub(crate) fn mib(bytes: u64, lang: Language) -> String {
    let m = bytes as f64 / (1024.0 * 1024.0);
    let s = if m.fract() == 0.0 { format!("{m:.0}") } else { format!("{m:.1}") };
    match lang {
        Language::En => s,
        Language::Ru | Language::Pl => s.replace('.', ","),
    }
}

#[cfg(test)]
mod tests;
