//! The words an export adds around the map's own text, in each language of the app.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use crate::language::Language;

/// One language's words. Every field must be present in every catalogue (tested).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// The catalogue's language tag ("en", "ru", "pl"), for `<html lang>`.
    pub lang: String,
    pub positive: String,
    pub neutral: String,
    pub negative: String,
    /// Heading of the legend.
    pub legend: String,
    /// Shown in a stage with no touchpoints.
    pub no_touchpoints: String,
    /// Shown in a stage of the web page when a sentiment filter hides all its cards.
    pub no_matching: String,
    /// Used as "Touchpoints: 21".
    pub touchpoints: String,
    /// The filter that shows every card.
    pub all: String,
    /// Label before the sentiment filters.
    pub show: String,
    /// CSV column names.
    pub col_stage: String,
    pub col_stage_number: String,
    pub col_order: String,
    pub col_title: String,
    pub col_sentiment: String,
    pub col_id: String,
    pub col_stage_id: String,
    pub col_lane: String,
    pub col_description: String,
    pub col_channel: String,
    pub col_presence: String,
    pub col_owner: String,
    pub col_control: String,
    pub col_horizon: String,
    pub col_frequency: String,
    pub col_score: String,
    pub col_pain_points: String,
    pub col_delights: String,
    pub col_hypotheses: String,
    /// Names of the details' values, keyed `channel.website`, `status.testing`...
    pub values: std::collections::BTreeMap<String, String>,
    /// The fold that holds a card's details in the web page.
    pub details: String,
    pub personas: String,
    pub customer_goals: String,
    pub business_goals: String,
    pub notes: String,
    pub last_review: String,
    /// A card's score: "{score} of 5".
    pub score_of: String,
    /// The heading of the emotion curve above the grid.
    pub emotion_curve: String,
    /// "Page {page} of {pages}"
    pub page_of: String,
    /// Footer of exports: "Made with Journey Mapper".
    pub made_with: String,
    /// Title used when the map has none.
    pub untitled: String,
}

impl Labels {
    pub fn get(language: Language) -> &'static Labels {
        static CATALOGUES: OnceLock<[Labels; 3]> = OnceLock::new();
        let all = CATALOGUES.get_or_init(|| {
            [
                parse(include_str!("labels/en.json")),
                parse(include_str!("labels/ru.json")),
                parse(include_str!("labels/pl.json")),
            ]
        });
        &all[Language::ALL.iter().position(|l| *l == language).unwrap_or(0)]
    }

    /// The name of a detail's value: `value("channel", &Channel::Website)`.
    pub fn value<T: Serialize>(&self, kind: &str, v: &T) -> String {
        let key = serde_json::to_value(v).ok().and_then(|v| v.as_str().map(|s| format!("{kind}.{s}")));
        key.and_then(|k| self.values.get(&k).cloned()).unwrap_or_default()
    }

    pub fn page_of(&self, page: usize, pages: usize) -> String {
        self.page_of.replace("{page}", &page.to_string()).replace("{pages}", &pages.to_string())
    }
}

fn parse(text: &str) -> Labels {
    serde_json::from_str(text).expect("export label catalogues are valid (tested)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_has_every_label_and_none_is_empty() {
        for language in Language::ALL {
            let labels = Labels::get(language);
            let value = serde_json::to_value(serde_json::from_str::<serde_json::Value>(match language {
                Language::En => include_str!("labels/en.json"),
                Language::Ru => include_str!("labels/ru.json"),
                Language::Pl => include_str!("labels/pl.json"),
            }).unwrap()).unwrap();
            for (key, v) in value.as_object().unwrap() {
                if key == "values" {
                    continue;
                }
                assert!(!v.as_str().unwrap().trim().is_empty(), "{language:?}: {key} is empty");
            }
            use crate::model::{Channel, Control, Frequency, Horizon, HypothesisStatus, Presence};
            for c in Channel::ALL {
                assert!(!labels.value("channel", &c).is_empty(), "{language:?}: {c:?}");
            }
            for (kind, v) in [
                ("presence", serde_json::to_value(Presence::Online).unwrap()),
                ("presence", serde_json::to_value(Presence::Offline).unwrap()),
                ("control", serde_json::to_value(Control::Brand).unwrap()),
                ("control", serde_json::to_value(Control::ThirdParty).unwrap()),
                ("horizon", serde_json::to_value(Horizon::ShortTerm).unwrap()),
                ("horizon", serde_json::to_value(Horizon::LongTerm).unwrap()),
                ("frequency", serde_json::to_value(Frequency::OneOff).unwrap()),
                ("frequency", serde_json::to_value(Frequency::Recurring).unwrap()),
                ("status", serde_json::to_value(HypothesisStatus::Idea).unwrap()),
                ("status", serde_json::to_value(HypothesisStatus::Testing).unwrap()),
                ("status", serde_json::to_value(HypothesisStatus::Confirmed).unwrap()),
                ("status", serde_json::to_value(HypothesisStatus::Rejected).unwrap()),
            ] {
                assert!(!labels.value(kind, &v).is_empty(), "{language:?}: {kind} {v}");
            }
            assert_eq!(labels.values.len(), 27, "{language:?}: no stray values");
            assert!(labels.page_of.contains("{page}") && labels.page_of.contains("{pages}"));
            assert_eq!(labels.lang, language.code());
        }
        assert_ne!(Labels::get(Language::Ru), Labels::get(Language::En));
        assert_ne!(Labels::get(Language::Pl), Labels::get(Language::En));
    }

    #[test]
    fn language_tags_are_read_leniently() {
        assert_eq!(Language::from_tag("ru_RU.UTF-8"), Language::Ru);
        assert_eq!(Language::from_tag("pl-PL"), Language::Pl);
        assert_eq!(Language::from_tag("PL"), Language::Pl);
        assert_eq!(Language::from_tag("de_DE"), Language::En);
        assert_eq!(Language::from_tag(""), Language::En);
    }
}
