//! The languages of the app's own words (the UI, exports, templates). Text the user
//! typed is never translated.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Ru,
    Pl,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::Ru, Language::Pl];

    /// Reads a language tag or locale name leniently: "ru", "ru-RU", "pl_PL.UTF-8".
    /// Anything else is English.
    pub fn from_tag(tag: &str) -> Language {
        Language::known(tag).unwrap_or_default()
    }

    /// The app's language a tag names, if it names one of them.
    pub fn known(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of `preferred` ("de-DE", "pl-PL", "ru") that the app speaks, else English:
    /// the choice the web page makes from the same list.
    pub fn pick(preferred: &[String]) -> Language {
        preferred.iter().find_map(|tag| Language::known(tag)).unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Pl => "pl",
        }
    }
}

