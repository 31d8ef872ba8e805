//! The core's messages to people (why a file does not open, what the reader repaired, why
//! a save, an edit or an export failed) in each language of the app.
//!
//! The texts are in `en.json`, `ru.json` and `pl.json` beside this file: one key per
//! message, with named parameters (`{file}`, `{line}`, `{found}`...). Every language has
//! every key with the same parameters (tested). Values taken from a file (ids, names, the
//! value a repair replaced) are passed in as they are and never translated.
//!
//! `Display` of each error and note is its English text, so the CLI, logs and tests read as
//! before; the app asks [`Localize::message`] for the UI's language.
//!
//! The `io.*` and `json.*` keys translate what the operating system and the JSON parser
//! say (in English) about a file: English shows their own words unchanged, the other
//! languages use these keys for the cases they know and the original words otherwise.

mod json;
mod render;

use std::collections::HashMap;
use std::fmt::Display;
use std::sync::OnceLock;

pub use crate::language::Language;

/// Something the core tells the user, in any language of the app.
pub trait Localize {
    /// The message in `lang`, a sentence fragment as `Display` gives it in English.
    fn message(&self, lang: Language) -> String;
}

const SOURCES: [(Language, &str); 3] = [
    (Language::En, include_str!("en.json")),
    (Language::Ru, include_str!("ru.json")),
    (Language::Pl, include_str!("pl.json")),
];

type Catalogue = HashMap<String, String>;

fn catalogue(lang: Language) -> &'static Catalogue {
    static ALL: OnceLock<[Catalogue; 3]> = OnceLock::new();
    // The catalogues are part of the binary and tested; a broken one would be empty, and
    // its texts then fall back to English rather than fail.
    let all = ALL.get_or_init(|| SOURCES.map(|(_, text)| serde_json::from_str(text).unwrap_or_default()));
    &all[SOURCES.iter().position(|(l, _)| *l == lang).unwrap_or(0)]
}

/// The text of `key` in `lang` (else in English, else the key itself) with its
/// `{name}` parameters filled from `params`.
pub fn text(lang: Language, key: &str, params: &[(&str, &dyn Display)]) -> String {
    let template = catalogue(lang)
        .get(key)
        .or_else(|| catalogue(Language::En).get(key))
        .map(String::as_str)
        .unwrap_or(key);
    fill(template, params)
}

/// Replaces each `{name}` of the template in one pass, so that a value that itself looks
/// like `{name}` (a file can contain anything) is left as it is.
fn fill(template: &str, params: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name = after.find('}').map(|close| &after[..close]).filter(|n| is_param_name(n));
        match name.and_then(|n| params.iter().find(|(p, _)| *p == n)) {
            Some((n, value)) => {
                use std::fmt::Write;
                let _ = write!(out, "{value}");
                rest = &after[n.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_param_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The `{name}` parameters a template uses, sorted.
#[cfg(test)]
fn params_of(template: &str) -> Vec<String> {
    let mut names: Vec<String> = template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(n, _)| n))
        .filter(|n| is_param_name(n))
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests;
