//! Each change as one sentence a marketer understands, from the `diff-*` messages of
//! `locales/*/diff.ftl`. Titles and names are the maps' own and never translated; the
//! names of fields and of the values the format knows (sentiments, channels...) are the
//! words exports already use (`label-*` in export.ftl).

use serde_json::Value;

use super::{Change, Place, Section};
use crate::i18n::{text, try_text};
use crate::language::Language;
use crate::model::Sentiment;

/// Longer values (a description, notes) are cut here, with an ellipsis: the sentence says
/// what changed, the map says the whole text.
const MAX_CHARS: usize = 60;

impl Change {
    /// The change as one sentence in `lang`, without a final full stop.
    pub fn sentence(&self, lang: Language) -> String {
        let t = |id: &str, args: &[(&str, &dyn crate::i18n::Arg)]| text(lang, id, args);
        match self {
            Change::MapChanged { field, from, to } => t(
                "diff-map-changed",
                &[
                    ("field", &field_name(field, lang)),
                    ("from", &value(field, from, lang)),
                    ("to", &value(field, to, lang)),
                ],
            ),
            Change::LaneAdded { lane, .. } => {
                t("diff-lane-added", &[("name", &lane.name.as_str())])
            }
            Change::LaneRemoved { lane, .. } => {
                t("diff-lane-removed", &[("name", &lane.name.as_str())])
            }
            Change::LaneRenamed { from, to, .. } => t(
                "diff-lane-renamed",
                &[("from", &from.as_str()), ("to", &to.as_str())],
            ),
            Change::LaneMoved { name, from, to, .. } => t(
                "diff-lane-moved",
                &[
                    ("name", &name.as_str()),
                    ("from", &(from + 1)),
                    ("to", &(to + 1)),
                ],
            ),
            Change::LaneChanged {
                name,
                field,
                from,
                to,
                ..
            } => t(
                "diff-lane-changed",
                &[
                    ("name", &name.as_str()),
                    ("field", &field_name(field, lang)),
                    ("from", &value(field, from, lang)),
                    ("to", &value(field, to, lang)),
                ],
            ),
            Change::StageAdded { stage, .. } => {
                t("diff-stage-added", &[("name", &stage.name.as_str())])
            }
            Change::StageRemoved { stage, .. } => {
                t("diff-stage-removed", &[("name", &stage.name.as_str())])
            }
            Change::StageRenamed { from, to, .. } => t(
                "diff-stage-renamed",
                &[("from", &from.as_str()), ("to", &to.as_str())],
            ),
            Change::StageMoved { name, from, to, .. } => t(
                "diff-stage-moved",
                &[
                    ("name", &name.as_str()),
                    ("from", &(from + 1)),
                    ("to", &(to + 1)),
                ],
            ),
            Change::StageChanged {
                name,
                field,
                from,
                to,
                ..
            } => t(
                "diff-stage-changed",
                &[
                    ("name", &name.as_str()),
                    ("field", &field_name(field, lang)),
                    ("from", &value(field, from, lang)),
                    ("to", &value(field, to, lang)),
                ],
            ),
            Change::TouchpointAdded { to, touchpoint, .. } => t(
                "diff-card-added",
                &[
                    ("title", &touchpoint.title.as_str()),
                    ("place", &place(to, lang)),
                ],
            ),
            Change::TouchpointRemoved {
                from, touchpoint, ..
            } => t(
                "diff-card-removed",
                &[
                    ("title", &touchpoint.title.as_str()),
                    ("place", &place(from, lang)),
                ],
            ),
            Change::TouchpointMoved {
                title, from, to, ..
            } if from.stage == to.stage && from.lane == to.lane => t(
                "diff-card-reordered",
                &[
                    ("title", &title.as_str()),
                    ("place", &place(to, lang)),
                    ("from", &(from.index + 1)),
                    ("to", &(to.index + 1)),
                ],
            ),
            Change::TouchpointMoved {
                title, from, to, ..
            } => t(
                "diff-card-moved",
                &[
                    ("title", &title.as_str()),
                    ("from", &place(from, lang)),
                    ("to", &place(to, lang)),
                ],
            ),
            Change::TouchpointRenamed { from, to, .. } => t(
                "diff-card-renamed",
                &[("from", &from.as_str()), ("to", &to.as_str())],
            ),
            Change::TouchpointSentimentChanged {
                title, from, to, ..
            } => t(
                "diff-card-sentiment",
                &[
                    ("title", &title.as_str()),
                    ("from", &sentiment(*from, lang)),
                    ("to", &sentiment(*to, lang)),
                ],
            ),
            Change::TouchpointChanged {
                title,
                field,
                from,
                to,
                ..
            } => t(
                "diff-card-changed",
                &[
                    ("title", &title.as_str()),
                    ("field", &field_name(field, lang)),
                    ("from", &value(field, from, lang)),
                    ("to", &value(field, to, lang)),
                ],
            ),
        }
    }
}

impl Section {
    /// The heading a section's sentences are shown under.
    pub fn heading(&self, lang: Language) -> String {
        match self {
            Section::Map => text(lang, "diff-heading-map", &[]),
            Section::Lanes => text(lang, "diff-heading-lanes", &[]),
            Section::Stage { name, .. } => {
                text(lang, "diff-heading-stage", &[("name", &name.as_str())])
            }
        }
    }
}

/// A stage, or a stage and a lane, as the sentences name a card's cell.
pub(crate) fn place(p: &Place, lang: Language) -> String {
    if p.lane.is_empty() {
        text(
            lang,
            "diff-place-stage",
            &[("stage", &p.stage_name.as_str())],
        )
    } else {
        text(
            lang,
            "diff-place-cell",
            &[
                ("stage", &p.stage_name.as_str()),
                ("lane", &p.lane_name.as_str()),
            ],
        )
    }
}

/// A sentiment as the legend names it, in lower case: mid-sentence it is an adjective
/// ("changed from neutral to negative"), in every language of the app.
fn sentiment(s: Sentiment, lang: Language) -> String {
    text(lang, &format!("label-{}", s.as_str()), &[]).to_lowercase()
}

/// The name of a field as exports label it; a field this version does not know by its
/// JSON name.
pub(crate) fn field_name(field: &str, lang: Language) -> String {
    let id = match field {
        "title" => "label-col-title",
        "sentiment" => "label-col-sentiment",
        "id" => "diff-field-id",
        "description" => "label-col-description",
        "channel" => "label-col-channel",
        "presence" => "label-col-presence",
        "owner" => "label-col-owner",
        "control" => "label-col-control",
        "horizon" => "label-col-horizon",
        "frequency" => "label-col-frequency",
        "score" => "label-col-score",
        "painPoints" => "label-col-pain-points",
        "delights" => "label-col-delights",
        "hypotheses" => "label-col-hypotheses",
        "personas" => "label-personas",
        "customerGoals" => "label-customer-goals",
        "businessGoals" => "label-business-goals",
        "notes" => "label-notes",
        "lastReview" => "label-last-review",
        "metrics" => "diff-field-metrics",
        "ratings" => "diff-field-ratings",
        "feedback" => "diff-field-feedback",
        "metricDefinitions" => "diff-field-metric-definitions",
        "criteria" => "diff-field-criteria",
        other => return text(lang, "diff-field-unknown", &[("name", &other)]),
    };
    text(lang, id, &[])
}

/// A field's value in words: the format's names of values as exports say them, text in
/// guillemets (cut when long), lists joined; nothing as `diff-nothing`.
pub(crate) fn value(field: &str, v: &Option<Value>, lang: Language) -> String {
    let nothing = || text(lang, "diff-nothing", &[]);
    let Some(v) = v else { return nothing() };
    match (field, v) {
        (_, Value::Null) => nothing(),
        (_, Value::String(s)) if s.is_empty() => nothing(),
        (_, Value::Array(items)) if items.is_empty() => nothing(),
        ("sentiment", Value::String(s)) => {
            try_text(lang, &format!("label-{s}"), &[]).unwrap_or_else(|| quoted(s))
        }
        ("channel" | "presence" | "control" | "horizon" | "frequency", Value::String(s)) => {
            try_text(lang, &format!("label-{field}-{s}"), &[]).unwrap_or_else(|| quoted(s))
        }
        ("hypotheses", Value::Array(items)) => joined(items.iter().map(|h| {
            let said = quoted(h.get("text").and_then(Value::as_str).unwrap_or(""));
            match h
                .get("status")
                .and_then(Value::as_str)
                .and_then(|s| try_text(lang, &format!("label-status-{s}"), &[]))
            {
                Some(status) => format!("{said} ({status})"),
                None => said,
            }
        })),
        ("personas", Value::Array(items)) => joined(
            items
                .iter()
                .map(|p| quoted(p.get("name").and_then(Value::as_str).unwrap_or(""))),
        ),
        ("metrics", Value::Array(items)) => joined(items.iter().map(|m| {
            let name = quoted(m.get("name").and_then(Value::as_str).unwrap_or(""));
            let value = m.get("value").map(|v| v.to_string()).unwrap_or_default();
            match m.get("unit").and_then(Value::as_str) {
                Some(unit) => format!("{name} {value} {}", cut(unit)),
                None => format!("{name} {value}"),
            }
        })),
        ("ratings", Value::Object(ratings)) if ratings.is_empty() => nothing(),
        ("ratings", Value::Object(ratings)) => {
            joined(ratings.iter().map(|(criterion, r)| format!("{} {r}", quoted(criterion))))
        }
        ("feedback", Value::Array(items)) => {
            joined(items.iter().map(|f| quoted(f.get("quote").and_then(Value::as_str).unwrap_or(""))))
        }
        ("metricDefinitions" | "criteria", Value::Array(items)) => {
            joined(items.iter().map(|d| quoted(d.get("name").and_then(Value::as_str).unwrap_or(""))))
        }
        (_, Value::String(s)) => quoted(s),
        (_, Value::Number(n)) => n.to_string(),
        (_, Value::Array(items)) if items.iter().all(Value::is_string) => {
            joined(items.iter().map(|s| quoted(s.as_str().unwrap_or(""))))
        }
        (_, other) => cut(&other.to_string()),
    }
}

fn joined(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

fn quoted(s: &str) -> String {
    format!("«{}»", cut(s))
}

fn cut(s: &str) -> String {
    // One line: a line break inside a sentence would split the CLI's output.
    let s: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if s.chars().count() <= MAX_CHARS {
        s
    } else {
        let mut short: String = s
            .chars()
            .take(MAX_CHARS - 1)
            .collect::<String>()
            .trim_end()
            .to_owned();
        short.push('…');
        short
    }
}
