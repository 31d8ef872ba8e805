//! What a marketer records about a touchpoint and about the map beyond the grid itself
//! (format 1.1): channel, owner, score, pain points, hypotheses; lanes; personas and
//! goals; the date of the last review.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Extra;

/// Where the customer meets the brand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "kebab-case")]
// A type's own name never appears in the JSON. In the UI's generated bindings `Channel` is
// Tauri's IPC channel, so this one is exported as `TouchpointChannel`; the JSON Schema keeps
// the name it always had.
#[serde(rename = "TouchpointChannel")]
#[schemars(rename = "Channel")]
pub enum Channel {
    Website,
    SocialMedia,
    Search,
    OnlineAd,
    Email,
    Messenger,
    Phone,
    Store,
    PrintOutdoor,
    Reviews,
    Partner,
    Referral,
    Packaging,
    Billing,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 15] = [
        Channel::Website,
        Channel::SocialMedia,
        Channel::Search,
        Channel::OnlineAd,
        Channel::Email,
        Channel::Messenger,
        Channel::Phone,
        Channel::Store,
        Channel::PrintOutdoor,
        Channel::Reviews,
        Channel::Partner,
        Channel::Referral,
        Channel::Packaging,
        Channel::Billing,
        Channel::Other,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum Presence {
    Online,
    Offline,
}

/// Who controls the touchpoint: the brand itself, or a third party (a review site, a
/// marketplace, a courier).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum Control {
    Brand,
    ThirdParty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum Horizon {
    ShortTerm,
    LongTerm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    OneOff,
    Recurring,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum HypothesisStatus {
    #[default]
    Idea,
    Testing,
    Confirmed,
    Rejected,
}

impl HypothesisStatus {
    /// In the order a test goes through them, which is the order the UI offers them in.
    pub const ALL: [HypothesisStatus; 4] =
        [HypothesisStatus::Idea, HypothesisStatus::Testing, HypothesisStatus::Confirmed, HypothesisStatus::Rejected];
}

/// An idea about the touchpoint to test, and where the test stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct Hypothesis {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub status: HypothesisStatus,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = super::ExtraFields)]
    pub extra: Extra,
}

/// A row across the stages: Customer actions, Touchpoints, Thoughts, Pain points...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct Lane {
    /// Stable id, unique among the map's lanes.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = super::ExtraFields)]
    pub extra: Extra,
}

/// A persona or segment the map is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct Persona {
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = super::ExtraFields)]
    pub extra: Extra,
}

/// A score is a whole number from 1 to 5.
pub fn valid_score(score: u8) -> bool {
    (1..=5).contains(&score)
}

/// A review date is a calendar date written `YYYY-MM-DD`.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    if !s[0..4].bytes().chain(s[5..7].bytes()).chain(s[8..10].bytes()).all(|c| c.is_ascii_digit()) {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1900 && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_calendar_dates() {
        assert!(valid_date("2026-11-25"));
        assert!(valid_date("2024-02-29"));
        assert!(!valid_date("2025-02-29"));
        assert!(!valid_date("2026-13-01"));
        assert!(!valid_date("2026-1-01"));
        assert!(!valid_date("26-11-2025"));
        assert!(!valid_date("2026-11-2a"));
        assert!(!valid_date("+026-11-25"));
    }

    #[test]
    fn enums_are_written_in_kebab_case() {
        assert_eq!(serde_json::to_string(&Channel::PrintOutdoor).unwrap(), "\"print-outdoor\"");
        assert_eq!(serde_json::to_string(&Control::ThirdParty).unwrap(), "\"third-party\"");
        assert_eq!(serde_json::to_string(&Frequency::OneOff).unwrap(), "\"one-off\"");
        assert_eq!(Channel::ALL.len(), 15);
    }
}
