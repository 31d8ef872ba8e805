//! A comparison of two copies of a map, as the app shows it: the changes in the order and
//! under the headings [`sections`] gives them, each said in the reader's language, each
//! change's old and new value worded for the card's details, and the old map's emotion
//! curve set out over the new map's stages. The app's window and the UI's tests get this
//! one value; nothing of it is worded again in the page.

use std::collections::HashMap;

use serde::Serialize;

use super::say::{field_name, place, value};
use super::{diff, sections, Change, Place, Section};
use crate::i18n::text;
use crate::language::Language;
use crate::model::{CurveSummary, Map};

/// What the window shows while it compares its map (NEW) with another copy (OLD).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// How the old copy is named to the reader: its file name, or "the saved version".
    pub old_name: String,
    /// The changes from the old copy to the new one, grouped as [`sections`] groups them.
    pub sections: Vec<ComparedSection>,
    /// All the changes.
    pub count: usize,
    /// The old copy's emotion curve: its title, stage names and values in its own order.
    pub old_curve: CurveSummary,
    /// The old copy's curve value at each stage of the new map, by stage id; `None` where
    /// the old copy has no such stage or no cards in it. Drawn behind the new curve.
    pub old_curve_here: Vec<Option<f32>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ComparedSection {
    pub heading: String,
    /// The stage the section is about; `None` for the map's own fields and the lanes.
    pub stage: Option<String>,
    pub changes: Vec<ComparedChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ComparedChange {
    pub change: Change,
    /// The change as one sentence in the reader's language.
    pub sentence: String,
    /// What the change is about, for the board to find it.
    pub subject: Subject,
    /// The field that changed and its old and new value in words; `None` for an added or
    /// removed card, stage or lane.
    pub detail: Option<ChangeDetail>,
}

/// What a change is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Subject {
    Map,
    Lane { id: String },
    Stage { id: String },
    Card { id: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChangeDetail {
    /// The name of the field, as the details panel labels it.
    pub field: String,
    pub from: String,
    pub to: String,
}

impl Comparison {
    /// Compares `new` (the window's map) with `old` (another copy, or the saved version),
    /// named `old_name` to the reader, in `lang`.
    pub fn of(old: &Map, new: &Map, old_name: impl Into<String>, lang: Language) -> Self {
        let changes = diff(old, new);
        let sections = sections(old, new, &changes)
            .into_iter()
            .map(|(section, list)| ComparedSection {
                heading: section.heading(lang),
                stage: match section {
                    Section::Stage { id, .. } => Some(id),
                    Section::Map | Section::Lanes => None,
                },
                changes: list.into_iter().map(|c| compared(c, lang)).collect(),
            })
            .collect();
        let old_curve = CurveSummary::of(old);
        let by_id: HashMap<&str, Option<f32>> = old
            .stages
            .iter()
            .zip(&old_curve.curve)
            .map(|(s, v)| (s.id.as_str(), *v))
            .collect();
        let old_curve_here = new
            .stages
            .iter()
            .map(|s| by_id.get(s.id.as_str()).copied().flatten())
            .collect();
        Comparison {
            old_name: old_name.into(),
            sections,
            count: changes.len(),
            old_curve,
            old_curve_here,
        }
    }
}

fn compared(change: &Change, lang: Language) -> ComparedChange {
    ComparedChange {
        change: change.clone(),
        sentence: change.sentence(lang),
        subject: subject(change),
        detail: detail(change, lang),
    }
}

fn subject(change: &Change) -> Subject {
    match change {
        Change::MapChanged { .. } => Subject::Map,
        Change::LaneAdded { id, .. }
        | Change::LaneRemoved { id, .. }
        | Change::LaneRenamed { id, .. }
        | Change::LaneMoved { id, .. }
        | Change::LaneChanged { id, .. } => Subject::Lane { id: id.clone() },
        Change::StageAdded { id, .. }
        | Change::StageRemoved { id, .. }
        | Change::StageRenamed { id, .. }
        | Change::StageMoved { id, .. }
        | Change::StageChanged { id, .. } => Subject::Stage { id: id.clone() },
        Change::TouchpointAdded { id, .. }
        | Change::TouchpointRemoved { id, .. }
        | Change::TouchpointMoved { id, .. }
        | Change::TouchpointRenamed { id, .. }
        | Change::TouchpointSentimentChanged { id, .. }
        | Change::TouchpointChanged { id, .. } => Subject::Card { id: id.clone() },
    }
}

fn detail(change: &Change, lang: Language) -> Option<ChangeDetail> {
    let field = |name: &str, from: &Option<serde_json::Value>, to: &Option<serde_json::Value>| {
        Some(ChangeDetail {
            field: field_name(name, lang),
            from: value(name, from, lang),
            to: value(name, to, lang),
        })
    };
    let renamed = |from: &str, to: &str| ChangeDetail {
        field: field_name("title", lang),
        from: format!("«{from}»"),
        to: format!("«{to}»"),
    };
    let moved = |from: usize, to: usize| ChangeDetail {
        field: text(lang, "diff-field-position", &[]),
        from: (from + 1).to_string(),
        to: (to + 1).to_string(),
    };
    match change {
        Change::MapChanged { field: f, from, to }
        | Change::LaneChanged {
            field: f, from, to, ..
        }
        | Change::StageChanged {
            field: f, from, to, ..
        }
        | Change::TouchpointChanged {
            field: f, from, to, ..
        } => field(f, from, to),
        Change::LaneRenamed { from, to, .. }
        | Change::StageRenamed { from, to, .. }
        | Change::TouchpointRenamed { from, to, .. } => Some(renamed(from, to)),
        Change::LaneMoved { from, to, .. } | Change::StageMoved { from, to, .. } => {
            Some(moved(*from, *to))
        }
        Change::TouchpointSentimentChanged { from, to, .. } => field(
            "sentiment",
            &Some(serde_json::Value::String(from.as_str().to_owned())),
            &Some(serde_json::Value::String(to.as_str().to_owned())),
        ),
        Change::TouchpointMoved { from, to, .. } => Some(ChangeDetail {
            field: text(lang, "diff-field-place", &[]),
            from: spot(from, lang),
            to: spot(to, lang),
        }),
        Change::LaneAdded { .. }
        | Change::LaneRemoved { .. }
        | Change::StageAdded { .. }
        | Change::StageRemoved { .. }
        | Change::TouchpointAdded { .. }
        | Change::TouchpointRemoved { .. } => None,
    }
}

/// A card's cell and its position there, counted from 1.
fn spot(p: &Place, lang: Language) -> String {
    text(
        lang,
        "diff-place-spot",
        &[("place", &place(p, lang)), ("index", &(p.index + 1))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::parse;

    fn fixture(name: &str) -> Map {
        let path = format!(
            "{}/../../tests/fixtures/compare/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        parse(&std::fs::read(&path).unwrap()).unwrap().map
    }

    fn kinds(c: &Comparison) -> Vec<String> {
        c.sections
            .iter()
            .flat_map(|s| &s.changes)
            .map(|c| {
                serde_json::to_value(&c.change).unwrap()["kind"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn a_comparison_has_the_diffs_changes_in_order_said_and_grouped() {
        let (old, new) = (fixture("old.journey.json"), fixture("new.journey.json"));
        let c = Comparison::of(&old, &new, "old.journey.json", Language::En);
        let changes = diff(&old, &new);
        assert_eq!(c.count, changes.len());
        let flat: Vec<&Change> = c
            .sections
            .iter()
            .flat_map(|s| &s.changes)
            .map(|c| &c.change)
            .collect();
        assert_eq!(flat, changes.iter().collect::<Vec<_>>(), "the diff's order");
        let grouped = sections(&old, &new, &changes);
        assert_eq!(c.sections.len(), grouped.len());
        for (shown, (section, list)) in c.sections.iter().zip(&grouped) {
            assert_eq!(shown.heading, section.heading(Language::En));
            assert_eq!(shown.changes.len(), list.len());
            for (s, change) in shown.changes.iter().zip(list) {
                assert_eq!(s.sentence, change.sentence(Language::En));
            }
        }
        assert_eq!(c.old_name, "old.journey.json");
        assert_eq!(c.old_curve, CurveSummary::of(&old));
        assert_eq!(c.old_curve_here.len(), new.stages.len());
        let k = kinds(&c);
        for kind in [
            "touchpointAdded",
            "touchpointRemoved",
            "touchpointMoved",
            "touchpointRenamed",
            "touchpointSentimentChanged",
            "touchpointChanged",
            "laneAdded",
            "laneRenamed",
            "stageRenamed",
            "stageAdded",
        ] {
            assert!(
                k.iter().any(|x| x == kind),
                "the fixture has a {kind}: {k:?}"
            );
        }
    }

    #[test]
    fn each_change_names_its_subject_and_its_old_and_new_value() {
        let (old, new) = (fixture("old.journey.json"), fixture("new.journey.json"));
        let c = Comparison::of(&old, &new, "old", Language::En);
        for s in &c.sections {
            for ch in &s.changes {
                match (&ch.change, &ch.subject, &ch.detail) {
                    (
                        Change::TouchpointMoved { id, from, .. },
                        Subject::Card { id: s },
                        Some(d),
                    ) => {
                        assert_eq!(id, s);
                        assert_eq!(d.field, "Place");
                        assert!(d.from.contains(&from.stage_name), "{d:?}");
                    }
                    (Change::TouchpointRenamed { from, to, .. }, Subject::Card { .. }, Some(d)) => {
                        assert_eq!(d.field, "Title");
                        assert_eq!(
                            (d.from.as_str(), d.to.as_str()),
                            (&*format!("«{from}»"), &*format!("«{to}»"))
                        );
                    }
                    (Change::TouchpointSentimentChanged { .. }, Subject::Card { .. }, Some(d)) => {
                        assert_eq!(d.field, "Sentiment");
                        assert_ne!(d.from, d.to);
                    }
                    (
                        Change::TouchpointAdded { .. } | Change::TouchpointRemoved { .. },
                        Subject::Card { .. },
                        None,
                    ) => {}
                    (
                        Change::StageAdded { .. } | Change::StageRenamed { .. },
                        Subject::Stage { .. },
                        _,
                    ) => {}
                    (
                        Change::LaneAdded { .. }
                        | Change::LaneRenamed { .. }
                        | Change::LaneRemoved { .. },
                        Subject::Lane { .. },
                        _,
                    ) => {}
                    (Change::TouchpointChanged { .. }, Subject::Card { .. }, Some(d)) => {
                        assert_ne!(d.from, d.to)
                    }
                    (Change::MapChanged { .. }, Subject::Map, Some(_)) => {}
                    other => panic!("unexpected {other:?}"),
                }
            }
        }
    }

    #[test]
    fn the_old_curve_is_set_out_over_the_new_maps_stages() {
        let (old, new) = (fixture("old.journey.json"), fixture("new.journey.json"));
        let c = Comparison::of(&old, &new, "old", Language::En);
        for (stage, here) in new.stages.iter().zip(&c.old_curve_here) {
            let at = old.stages.iter().position(|s| s.id == stage.id);
            assert_eq!(
                *here,
                at.and_then(|i| c.old_curve.curve[i]),
                "{}",
                stage.name
            );
        }
        assert!(
            new.stages
                .iter()
                .any(|s| !old.stages.iter().any(|o| o.id == s.id)),
            "the fixture adds a stage"
        );
    }

    #[test]
    fn an_identical_copy_has_no_changes() {
        let map = fixture("new.journey.json");
        let c = Comparison::of(&map, &map.clone(), "same", Language::Ru);
        assert_eq!(c.count, 0);
        assert!(c.sections.is_empty());
        assert_eq!(c.old_curve_here, map.emotion_curve());
    }

    #[test]
    fn the_sentences_and_details_are_in_the_readers_language() {
        let (old, new) = (fixture("old.journey.json"), fixture("new.journey.json"));
        for lang in [Language::Ru, Language::Pl] {
            let c = Comparison::of(&old, &new, "old", lang);
            let en = Comparison::of(&old, &new, "old", Language::En);
            for (a, b) in c
                .sections
                .iter()
                .flat_map(|s| &s.changes)
                .zip(en.sections.iter().flat_map(|s| &s.changes))
            {
                assert_eq!(a.change, b.change);
                assert_eq!(a.sentence, a.change.sentence(lang));
                if let (Some(x), Some(y)) = (&a.detail, &b.detail) {
                    assert_ne!(x.field, y.field, "{lang:?}: {} untranslated", y.field);
                }
            }
        }
    }
}
