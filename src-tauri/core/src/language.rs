//! The languages of the app's own words (the UI, exports, templates). Text the user
//! typed is never translated.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
        let primary = tag.trim().split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "ru" => Language::Ru,
            "pl" => Language::Pl,
            _ => Language::En,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Pl => "pl",
        }
    }
}

