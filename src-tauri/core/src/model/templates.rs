//! Starting points for a new map, and the touchpoint library: the common touchpoints of
//! each kind of stage, to drag onto a map. Their structure (which stages a template has,
//! each touchpoint's channel) is in templates/templates.json; their words, in every
//! language of the app, in `locales/*/templates.ftl` and `library.ftl`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Channel, Map, Stage};
use crate::i18n::text;
use crate::language::Language;

#[derive(Debug, Deserialize)]
struct Data {
    templates: Vec<TemplateData>,
    library: BTreeMap<String, Vec<ItemData>>,
    library_aliases: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct TemplateData {
    /// Also names its text: `template-{id}`.
    id: String,
    /// Kinds of stage, each named `template-stage-{kind}`.
    stages: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ItemData {
    /// Names its title in the section of `kind`: `library-item-{kind}-{id}`.
    id: String,
    channel: Channel,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| serde_json::from_str(include_str!("templates/templates.json")).expect("templates.json is valid (tested)"))
}

fn stage_name(kind: &str, language: Language) -> String {
    text(language, &format!("template-stage-{kind}"), &[])
}

/// Every kind of stage the templates make, sorted.
fn stage_kinds() -> BTreeSet<&'static str> {
    data().templates.iter().flat_map(|t| t.stages.iter().map(String::as_str)).collect()
}

/// A template as the New from Template menu lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Template {
    pub id: String,
    pub name: String,
}

/// The templates, in menu order, named in `language`.
pub fn templates(language: Language) -> Vec<Template> {
    data()
        .templates
        .iter()
        .map(|t| Template { id: t.id.clone(), name: text(language, &format!("template-{}", t.id), &[]) })
        .collect()
}

/// A new map from the template `id`, its title and stage names in `language`; `None` for
/// an unknown template. Stage ids name the kind of stage (`stage-awareness`), so the
/// touchpoint library knows what to offer for each.
pub fn from_template(id: &str, language: Language) -> Option<Map> {
    let d = data();
    let template = d.templates.iter().find(|t| t.id == id)?;
    let mut map = Map::new(text(language, "template-untitled", &[]));
    for kind in &template.stages {
        map.stages.push(Stage { id: format!("stage-{kind}"), name: stage_name(kind, language), ..Default::default() });
    }
    Some(map)
}

/// A common touchpoint, ready to become a card.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct LibraryItem {
    pub title: String,
    pub channel: Channel,
}

/// The common touchpoints of a kind of stage.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LibrarySection {
    /// `awareness`, `purchase`...: also the end of the template stages' ids.
    pub kind: String,
    pub name: String,
    pub items: Vec<LibraryItem>,
    /// The ids of the stages this section suits (`stage-awareness`, `stage-before`,
    /// `stage-need`): [`library_kinds_for`] the other way round, so that the UI offers
    /// the right sections for a stage without a rule of its own.
    pub stage_ids: Vec<String>,
}

/// The whole touchpoint library in `language`, one section per kind of stage of the
/// classic funnel, in journey order.
pub fn library(language: Language) -> Vec<LibrarySection> {
    let d = data();
    ["awareness", "consideration", "decision", "purchase", "loyalty"]
        .iter()
        .map(|&kind| LibrarySection {
            kind: kind.to_owned(),
            name: stage_name(kind, language),
            items: d.library[kind]
                .iter()
                .map(|i| LibraryItem { title: text(language, &format!("library-item-{kind}-{}", i.id), &[]), channel: i.channel })
                .collect(),
            stage_ids: stage_kinds()
                .into_iter()
                .map(|stage| format!("stage-{stage}"))
                .filter(|id| library_kinds_for(id).iter().any(|k| k == kind))
                .collect(),
        })
        .collect()
}

/// The library sections that suit a stage, from its id (`stage-before` suits awareness and
/// consideration); empty for stages that are not from a template.
pub fn library_kinds_for(stage_id: &str) -> Vec<String> {
    let d = data();
    let Some(kind) = stage_id.strip_prefix("stage-") else { return Vec::new() };
    if d.library.contains_key(kind) {
        return vec![kind.to_owned()];
    }
    d.library_aliases.get(kind).cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_and_library_entry_is_in_every_language() {
        let d = data();
        for language in Language::ALL {
            assert_eq!(templates(language).len(), 4);
            for t in templates(language) {
                assert!(!t.name.trim().is_empty() && !t.name.starts_with("template-"), "{}", t.id);
            }
            for t in &d.templates {
                for kind in &t.stages {
                    let name = stage_name(kind, language);
                    assert!(!name.trim().is_empty() && !name.starts_with("template-"), "{kind}");
                    assert!(!library_kinds_for(&format!("stage-{kind}")).is_empty(), "{kind} has library sections");
                }
            }
            for section in library(language) {
                assert!(section.items.len() >= 4, "{}", section.kind);
                assert!(section.items.iter().all(|i| !i.title.trim().is_empty() && !i.title.starts_with("library-")));
            }
        }
        for kinds in d.library_aliases.values() {
            assert!(kinds.iter().all(|k| d.library.contains_key(k)));
        }
    }

    #[test]
    fn each_section_names_the_stages_it_suits_as_library_kinds_for_does() {
        let sections = library(Language::En);
        let suits = |kind: &str| sections.iter().find(|s| s.kind == kind).unwrap().stage_ids.clone();
        assert_eq!(suits("awareness"), ["stage-awareness", "stage-before", "stage-need"]);
        assert_eq!(suits("loyalty"), ["stage-after", "stage-loyalty"]);
        // The same rule both ways, for every stage of every template.
        for template in &data().templates {
            for kind in &template.stages {
                let id = format!("stage-{kind}");
                let from_sections: Vec<String> =
                    sections.iter().filter(|s| s.stage_ids.contains(&id)).map(|s| s.kind.clone()).collect();
                assert_eq!(from_sections, library_kinds_for(&id), "{id}");
            }
        }
        assert!(sections.iter().all(|s| !s.stage_ids.iter().any(|id| id == "stage-1")));
    }

    #[test]
    fn templates_make_the_stages_the_issue_names_in_each_language() {
        let names = |id, lang| -> Vec<String> { from_template(id, lang).unwrap().stages.into_iter().map(|s| s.name).collect() };
        assert_eq!(names("funnel", Language::En), ["Awareness", "Consideration", "Decision", "Purchase", "Loyalty"]);
        assert_eq!(names("purchase", Language::Ru), ["До покупки", "Во время покупки", "После покупки"]);
        assert_eq!(names("decision", Language::Pl), ["Potrzeba", "Szukanie informacji", "Porównanie", "Decyzja", "Zakup"]);
        assert!(names("empty", Language::En).is_empty());
        assert!(from_template("nope", Language::En).is_none());
        let map = from_template("funnel", Language::Pl).unwrap();
        assert_eq!(map.title, "Nowa mapa ścieżki klienta");
        // That it saves and reads back unchanged is tested with the format (tests/format.rs).
    }
}
