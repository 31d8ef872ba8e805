//! The words an export adds around the map's own text, in each language of the app.

use std::sync::OnceLock;

use serde::Serialize;

use crate::i18n::{text, try_text};
pub use crate::language::Language;

/// One language's words, from `locales/*/export.ftl` (`label-*`), formatted once.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    language: Language,
    /// The language tag ("en", "ru", "pl"), for `<html lang>`.
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
    /// The fold that holds a card's details in the web page.
    pub details: String,
    pub personas: String,
    pub customer_goals: String,
    pub business_goals: String,
    pub notes: String,
    pub last_review: String,
    /// The heading of the emotion curve above the grid.
    pub emotion_curve: String,
    /// Footer of exports: "Made with Journey Mapper".
    pub made_with: String,
    /// Title used when the map has none.
    pub untitled: String,
    /// Headings of a card's measures.
    pub metrics: String,
    pub ratings: String,
    pub feedback: String,
    /// Said beside a metric that meets its target, and one that misses it (a sign beside
    /// the words, never colour alone).
    pub on_target: String,
    pub off_target: String,
    /// The web page's heat view toggle and its legend's ends.
    pub heat_view: String,
    pub heat_worse: String,
    pub heat_better: String,
    pub heat_none: String,
    /// The names of the XLSX export's sheets (at most 31 characters, none of `[]:*?/\\`).
    pub sheet_touchpoints: String,
    pub sheet_details: String,
}

macro_rules! labels {
    ($language:expr; $($field:ident),* $(,)?) => {{
        let language = $language;
        let label = |name: &str| text(language, &format!("label-{name}"), &[]);
        Labels { language, lang: language.code().to_owned(), $($field: label(&stringify!($field).replace('_', "-")),)* }
    }};
}

impl Labels {
    pub fn get(language: Language) -> &'static Labels {
        static ALL: OnceLock<[Labels; 3]> = OnceLock::new();
        let all = ALL.get_or_init(|| Language::ALL.map(Labels::new));
        &all[Language::ALL.iter().position(|l| *l == language).unwrap_or(0)]
    }

    fn new(language: Language) -> Labels {
        labels!(language;
            positive, neutral, negative, legend, no_touchpoints, no_matching, touchpoints, all, show,
            col_stage, col_stage_number, col_order, col_title, col_sentiment, col_id, col_stage_id,
            col_lane, col_description, col_channel, col_presence, col_owner, col_control,
            col_horizon, col_frequency, col_score, col_pain_points, col_delights, col_hypotheses,
            details, personas, customer_goals, business_goals, notes, last_review, emotion_curve,
            made_with, untitled, metrics, ratings, feedback, on_target, off_target, sheet_touchpoints, sheet_details,
            heat_view, heat_worse, heat_better, heat_none,
        )
    }

    /// The name of a detail's value: `value("channel", &Channel::Website)`, from
    /// `label-channel-website`; empty for a value with no name.
    pub fn value<T: Serialize>(&self, kind: &str, v: &T) -> String {
        let id = serde_json::to_value(v).ok().and_then(|v| v.as_str().map(|s| format!("label-{kind}-{s}")));
        id.and_then(|id| try_text(self.language, &id, &[])).unwrap_or_default()
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// A metric's target: "target 30".
    pub fn target_of(&self, target: &str) -> String {
        text(self.language, "label-target-of", &[("target", &target)])
    }

    /// A card's score: "4 of 5".
    pub fn score_of(&self, score: u8) -> String {
        text(self.language, "label-score-of", &[("score", &score)])
    }

    /// A measured value as this language writes it: a decimal comma in Russian and Polish,
    /// no grouping (as the app's board does), at most `digits` decimals, none trailing.
    pub fn number(&self, n: f64, digits: usize) -> String {
        // Halves round away from zero, as the board's Intl.NumberFormat does (22.5 → 23);
        // `format!` alone would round them to even.
        let scale = 10f64.powi(digits.min(15) as i32);
        let rounded = (n * scale).round() / scale;
        let n = if rounded.is_finite() { rounded } else { n };
        let mut s = format!("{n:.digits$}");
        if s.contains('.') {
            s.truncate(s.trim_end_matches('0').trim_end_matches('.').len());
        }
        if s == "-0" {
            s = "0".to_owned();
        }
        match self.language {
            Language::En => s,
            Language::Ru | Language::Pl => s.replace('.', ","),
        }
    }

    /// "{ $name }, mean: { $value }" and its kin: `key` is `stage-measure-mean`, `-sum`,
    /// `-rating` or `-none`; `card-metric`, `-on-target`, `-off-target` or `card-rating`.
    pub fn measure_text(&self, key: &str, name: &str, value: &str, target: &str) -> String {
        text(self.language, &format!("label-{key}"), &[("name", &name), ("value", &value), ("target", &target)])
    }

    /// "NPS, from worse to better".
    pub fn heat_legend(&self, name: &str) -> String {
        text(self.language, "label-heat-legend", &[("name", &name)])
    }

    /// "Page 2 of 3".
    pub fn page_of(&self, page: usize, pages: usize) -> String {
        text(self.language, "label-page-of", &[("page", &page), ("pages", &pages)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_has_every_label_and_none_is_empty() {
        for language in Language::ALL {
            let labels = Labels::get(language);
            for word in [&labels.positive, &labels.legend, &labels.col_stage, &labels.col_hypotheses, &labels.made_with, &labels.untitled] {
                assert!(!word.trim().is_empty() && !word.starts_with("label-"), "{language:?}: {word}");
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
            let (_, files) = crate::i18n::SOURCES.iter().find(|(l, _)| *l == language).unwrap();
            let export = files.iter().find(|(name, _)| *name == "export.ftl").unwrap().1;
            let values = ["channel", "presence", "control", "horizon", "frequency", "status"];
            let named = export.lines().filter(|l| values.iter().any(|k| l.starts_with(&format!("label-{k}-")))).count();
            assert_eq!(named, 27, "{language:?}: no stray values");
            assert!(labels.page_of(2, 7).contains('2') && labels.page_of(2, 7).contains('7'));
            assert!(labels.score_of(4).contains('4'));
            assert_eq!(labels.value("channel", &"no-such-channel"), "");
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
        assert_eq!(Language::pick(&["de-DE".into(), "pl-PL".into(), "ru".into()]), Language::Pl);
        assert_eq!(Language::pick(&[]), Language::En);
    }
}
