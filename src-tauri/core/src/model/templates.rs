//! Starting points for a new map, and the touchpoint library: the common touchpoints of
//! each kind of stage, to drag onto a map. Both in every language of the app; the data is
//! in templates/templates.json.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Channel, Map, Stage};
use crate::language::Language;

/// Text in each language.
#[derive(Debug, Clone, Deserialize)]
struct Words {
    en: String,
    ru: String,
    pl: String,
}

impl Words {
    fn get(&self, language: Language) -> &str {
        match language {
            Language::En => &self.en,
            Language::Ru => &self.ru,
            Language::Pl => &self.pl,
        }
    }
}

#[derive(Debug, Deserialize)]
struct Data {
    untitled: Words,
    templates: Vec<TemplateData>,
    stages: BTreeMap<String, Words>,
    library: BTreeMap<String, Vec<ItemData>>,
    library_aliases: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct TemplateData {
    id: String,
    name: Words,
    stages: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ItemData {
    channel: Channel,
    title: Words,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| serde_json::from_str(include_str!("templates/templates.json")).expect("templates.json is valid (tested)"))
}

/// A template as the New from Template menu lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Template {
    pub id: String,
    pub name: String,
}

/// The templates, in menu order, named in `language`.
pub fn templates(language: Language) -> Vec<Template> {
    data().templates.iter().map(|t| Template { id: t.id.clone(), name: t.name.get(language).to_owned() }).collect()
}

/// A new map from the template `id`, its title and stage names in `language`; `None` for
/// an unknown template. Stage ids name the kind of stage (`stage-awareness`), so the
/// touchpoint library knows what to offer for each.
pub fn from_template(id: &str, language: Language) -> Option<Map> {
    let d = data();
    let template = d.templates.iter().find(|t| t.id == id)?;
    let mut map = Map::new(d.untitled.get(language));
    for kind in &template.stages {
        let name = d.stages.get(kind).map(|w| w.get(language).to_owned()).unwrap_or_else(|| kind.clone());
        map.stages.push(Stage { id: format!("stage-{kind}"), name, ..Default::default() });
    }
    Some(map)
}

/// A common touchpoint, ready to become a card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LibraryItem {
    pub title: String,
    pub channel: Channel,
}

/// The common touchpoints of a kind of stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
            name: d.stages[kind].get(language).to_owned(),
            items: d.library[kind]
                .iter()
                .map(|i| LibraryItem { title: i.title.get(language).to_owned(), channel: i.channel })
                .collect(),
            stage_ids: d
                .stages
                .keys()
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
            for t in &d.templates {
                assert!(!t.name.get(language).trim().is_empty());
                for kind in &t.stages {
                    assert!(!d.stages[kind].get(language).trim().is_empty(), "{kind}");
                    assert!(!library_kinds_for(&format!("stage-{kind}")).is_empty(), "{kind} has library sections");
                }
            }
            for section in library(language) {
                assert!(section.items.len() >= 4, "{}", section.kind);
                assert!(section.items.iter().all(|i| !i.title.trim().is_empty()));
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
        // A new map is a valid map: it saves and reads back unchanged.
        let text = crate::format::to_canonical_json(&map);
        assert_eq!(crate::format::parse(text.as_bytes()).unwrap().map, map);
    }
}
