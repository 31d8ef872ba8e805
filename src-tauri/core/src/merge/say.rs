//! Each conflict as one sentence, from the `merge-*` messages of `locales/*/merge.ftl`,
//! with the diff's words for fields, values and places.

use serde_json::Value;

use super::{Conflict, ConflictKind, Entity};
use crate::diff::{field_name, place_words, value_words, Place};
use crate::i18n::text;
use crate::language::Language;

impl Conflict {
    /// The conflict as one sentence in `lang`, without a final full stop.
    pub fn sentence(&self, lang: Language) -> String {
        let what = match self.entity {
            Entity::Map => text(lang, "merge-what-map", &[]),
            Entity::Stage => text(lang, "merge-what-stage", &[("name", &self.name.as_str())]),
            Entity::Lane => text(lang, "merge-what-lane", &[("name", &self.name.as_str())]),
            Entity::Touchpoint => text(lang, "merge-what-card", &[("name", &self.name.as_str())]),
        };
        let what = what.as_str();
        match self.kind {
            ConflictKind::Field => {
                let field = self.field.as_deref().unwrap_or_default();
                text(
                    lang,
                    "merge-field",
                    &[
                        ("what", &what),
                        ("field", &lower_first(&field_name(field, lang))),
                        ("ours", &value_of(field, &self.ours, lang)),
                        ("theirs", &value_of(field, &self.theirs, lang)),
                    ],
                )
            }
            ConflictKind::RemovedHere => text(lang, "merge-removed-here", &[("what", &what)]),
            ConflictKind::RemovedThere => text(lang, "merge-removed-there", &[("what", &what)]),
            ConflictKind::Moved => text(
                lang,
                "merge-moved",
                &[
                    ("what", &what),
                    ("ours", &where_words(self.entity, &self.ours, lang)),
                    ("theirs", &where_words(self.entity, &self.theirs, lang)),
                ],
            ),
            ConflictKind::CellRemoved => match &self.ours {
                Some(place) => text(
                    lang,
                    "merge-cell-removed-kept",
                    &[
                        ("what", &what),
                        (
                            "place",
                            &where_words(self.entity, &Some(place.clone()), lang),
                        ),
                    ],
                ),
                None => text(lang, "merge-cell-removed-left-out", &[("what", &what)]),
            },
            ConflictKind::OnlyOurs => text(lang, "merge-only-ours", &[("what", &what)]),
            ConflictKind::OnlyTheirs => text(lang, "merge-only-theirs", &[("what", &what)]),
            ConflictKind::IdClash => text(
                lang,
                "merge-id-clash",
                &[("what", &what), ("id", &self.id.as_str())],
            ),
        }
    }
}

impl Conflict {
    /// What one side (ours when `ours`) has, in words, for the choice between them: a
    /// field's value, a place, or whether the thing is there at all.
    pub fn side_words(&self, ours: bool, lang: Language) -> String {
        let value = if ours { &self.ours } else { &self.theirs };
        let present = || text(lang, if value.is_some() { "merge-side-present" } else { "merge-side-absent" }, &[]);
        match self.kind {
            ConflictKind::Field => value_of(self.field.as_deref().unwrap_or_default(), value, lang),
            ConflictKind::Moved => where_words(self.entity, value, lang),
            ConflictKind::RemovedHere | ConflictKind::RemovedThere | ConflictKind::OnlyOurs | ConflictKind::OnlyTheirs => {
                present()
            }
            ConflictKind::CellRemoved if ours => match value {
                Some(_) => where_words(self.entity, value, lang),
                None => text(lang, "merge-side-left-out", &[]),
            },
            ConflictKind::CellRemoved => text(lang, "merge-side-first-stage", &[]),
            ConflictKind::IdClash if ours => text(lang, "merge-side-left-out", &[]),
            ConflictKind::IdClash => present(),
        }
    }
}

/// A place in words: a card's cell with its place there, a stage's column or a lane's row.
fn where_words(entity: Entity, v: &Option<Value>, lang: Language) -> String {
    let Some(v) = v else {
        return text(lang, "diff-nothing", &[]);
    };
    match entity {
        Entity::Touchpoint => match serde_json::from_value::<Place>(v.clone()) {
            Ok(place) => text(
                lang,
                "merge-place-card",
                &[
                    ("place", &place_words(&place, lang)),
                    ("index", &(place.index + 1)),
                ],
            ),
            Err(_) => text(lang, "diff-nothing", &[]),
        },
        Entity::Stage | Entity::Lane | Entity::Map => {
            let index = v.get("index").and_then(Value::as_u64).unwrap_or(0) as usize + 1;
            let id = if entity == Entity::Lane {
                "merge-place-row"
            } else {
                "merge-place-column"
            };
            text(lang, id, &[("index", &index)])
        }
    }
}

/// Mid-sentence a field's name starts in lower case ("sentiment set to …"); the rest, which
/// may be a name from the file, stays as it is.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A value in words; a sentiment in lower case, as the diff says it mid-sentence.
fn value_of(field: &str, v: &Option<Value>, lang: Language) -> String {
    let said = value_words(field, v, lang);
    if field == "sentiment" {
        said.to_lowercase()
    } else {
        said
    }
}
