//! What git shows instead of a map's JSON (`journey-mapper textconv`): the map as an
//! outline, one line per thing, so that a line diff of two outlines reads as the map's
//! changes. The title and the map's details first (one line per persona, goal, field),
//! then each stage, lane by lane when the map has lanes, with one line per card: its
//! title, sentiment and every detail that is set, unknown fields included, so that no
//! change to what a person wrote is invisible. Ids are left out: they are what `diff`
//! and `merge` pair things by, not what people read.
//!
//! The words are the exports' (`label-*`) and `git-outline-*` of `locales/*/git.ftl`;
//! the map's own text is never translated. The same map always gives the same bytes.

use serde_json::Value;

use crate::i18n::{text, try_text};
use crate::language::Language;
use crate::merge::recorded_conflicts;
use crate::model::{Extra, Hypothesis, Map, Persona, Touchpoint};
use crate::format::CONFLICTS_FIELD;

/// Between the parts of one line.
const SEPARATOR: &str = " · ";

/// The outline of `map` in `lang`, each line ended by a line break.
pub fn outline(map: &Map, lang: Language) -> String {
    let mut lines = Vec::new();
    let t = |id: &str, args: &[(&str, &dyn crate::i18n::Arg)]| text(lang, id, args);
    lines.push(t("git-outline-map", &[("title", &one_line(&map.title))]));
    // The version this build writes for this map is no news; an older or newer one is.
    if map.version != map.fitting_version() {
        lines.push(t("git-outline-version", &[("version", &one_line(&map.version))]));
    }
    for persona in &map.personas {
        lines.push(persona_line(persona, lang));
    }
    for goal in &map.customer_goals {
        lines.push(t("git-outline-customer-goal", &[("text", &one_line(goal))]));
    }
    for goal in &map.business_goals {
        lines.push(t("git-outline-business-goal", &[("text", &one_line(goal))]));
    }
    if !map.notes.is_empty() {
        lines.push(labelled(lang, "label-notes", &quoted(&map.notes)));
    }
    if let Some(date) = &map.last_review {
        lines.push(labelled(lang, "label-last-review", &one_line(date)));
    }
    // A merge's conflicts, each as the merge said it; the record itself is in the file.
    let conflicts = recorded_conflicts(map);
    let conflicts_read = !conflicts.is_empty();
    for conflict in &conflicts {
        lines.push(t("git-outline-conflict", &[("sentence", &conflict.sentence(lang))]));
    }
    for (name, value) in &map.extra {
        if name == CONFLICTS_FIELD && conflicts_read {
            continue;
        }
        lines.push(unknown(lang, name, value));
    }
    for (i, lane) in map.lanes.iter().enumerate() {
        lines.push(t("git-outline-lane", &[("number", &(i + 1)), ("name", &one_line(&lane.name))]));
        lines.extend(map_extra(&lane.extra, lang, "  "));
    }

    for (i, stage) in map.stages.iter().enumerate() {
        lines.push(String::new());
        lines.push(t("git-outline-stage", &[("number", &(i + 1)), ("name", &one_line(&stage.name))]));
        lines.extend(map_extra(&stage.extra, lang, "  "));
        let cards: Vec<&Touchpoint> = map.touchpoints.iter().filter(|c| c.stage == stage.id).collect();
        if map.lanes.is_empty() {
            lines.extend(cards.iter().map(|c| format!("  {}", card_line(c, lang))));
            continue;
        }
        for lane in &map.lanes {
            lines.push(format!("  {}", t("git-outline-cell-lane", &[("name", &one_line(&lane.name))])));
            let here = cards.iter().filter(|c| c.lane == lane.id);
            lines.extend(here.map(|c| format!("    {}", card_line(c, lang))));
        }
        // Cards of no lane the map has (the loader gives each card a lane; a map made in
        // code may not): shown all the same, under their own heading.
        let stray: Vec<&&Touchpoint> = cards.iter().filter(|c| !map.lanes.iter().any(|l| l.id == c.lane)).collect();
        if !stray.is_empty() {
            lines.push(format!("  {}", t("git-outline-no-lane", &[])));
            lines.extend(stray.iter().map(|c| format!("    {}", card_line(c, lang))));
        }
    }
    // Cards of a stage the map does not have, likewise.
    let stray: Vec<&Touchpoint> = map.touchpoints.iter().filter(|c| map.stage_index(&c.stage).is_none()).collect();
    if !stray.is_empty() {
        lines.push(String::new());
        lines.push(t("git-outline-no-stage", &[]));
        lines.extend(stray.iter().map(|c| format!("  {}", card_line(c, lang))));
    }

    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// One card: `• «title» · Positive · Channel: Website · Owner: Sales …`.
fn card_line(card: &Touchpoint, lang: Language) -> String {
    let mut parts = vec![format!("• {}", quoted(&card.title)), text(lang, &format!("label-{}", card.sentiment.as_str()), &[])];
    let mut detail = |label: &str, value: String| parts.push(labelled(lang, label, &value));
    if !card.description.is_empty() {
        detail("label-col-description", quoted(&card.description));
    }
    if let Some(v) = &card.channel {
        detail("label-col-channel", named(lang, "channel", v));
    }
    if let Some(v) = &card.presence {
        detail("label-col-presence", named(lang, "presence", v));
    }
    if !card.owner.is_empty() {
        detail("label-col-owner", quoted(&card.owner));
    }
    if let Some(v) = &card.control {
        detail("label-col-control", named(lang, "control", v));
    }
    if let Some(v) = &card.horizon {
        detail("label-col-horizon", named(lang, "horizon", v));
    }
    if let Some(v) = &card.frequency {
        detail("label-col-frequency", named(lang, "frequency", v));
    }
    if let Some(score) = card.score {
        detail("label-col-score", text(lang, "label-score-of", &[("score", &score)]));
    }
    if !card.pain_points.is_empty() {
        detail("label-col-pain-points", quoted_list(&card.pain_points));
    }
    if !card.delights.is_empty() {
        detail("label-col-delights", quoted_list(&card.delights));
    }
    if !card.hypotheses.is_empty() {
        let said: Vec<String> = card.hypotheses.iter().map(|h| hypothesis(h, lang)).collect();
        detail("label-col-hypotheses", said.join(", "));
    }
    parts.extend(card.extra.iter().map(|(name, value)| unknown(lang, name, value)));
    parts.join(SEPARATOR)
}

fn persona_line(persona: &Persona, lang: Language) -> String {
    let mut parts = vec![text(lang, "git-outline-persona", &[("name", &one_line(&persona.name))])];
    if !persona.description.is_empty() {
        parts.push(quoted(&persona.description));
    }
    if !persona.goals.is_empty() {
        parts.push(text(lang, "git-outline-persona-goals", &[("goals", &quoted_list(&persona.goals))]));
    }
    parts.extend(persona.extra.iter().map(|(name, value)| unknown(lang, name, value)));
    parts.join(SEPARATOR)
}

/// «text» (Testing), and its unknown fields in parentheses after it.
fn hypothesis(h: &Hypothesis, lang: Language) -> String {
    let mut said = format!("{} ({})", quoted(&h.text), named(lang, "status", &h.status));
    if !h.extra.is_empty() {
        let extra: Vec<String> = h.extra.iter().map(|(name, value)| unknown(lang, name, value)).collect();
        said.push_str(&format!(" ({})", extra.join(SEPARATOR)));
    }
    said
}

/// The unknown fields of a stage or lane, one line each.
fn map_extra(extra: &Extra, lang: Language, indent: &str) -> Vec<String> {
    extra.iter().map(|(name, value)| format!("{indent}{}", unknown(lang, name, value))).collect()
}

/// `Field «name»: value`, the value as compact JSON (its keys in the file's order).
fn unknown(lang: Language, name: &str, value: &Value) -> String {
    let label = text(lang, "diff-field-unknown", &[("name", &one_line(name))]);
    // A JSON value always serialises.
    format!("{label}: {}", serde_json::to_string(value).unwrap_or_default())
}

fn labelled(lang: Language, label: &str, value: &str) -> String {
    format!("{}: {value}", text(lang, label, &[]))
}

/// The name the exports give a value of the format (`label-channel-website`), else the
/// value as the file has it.
fn named<T: serde::Serialize>(lang: Language, kind: &str, v: &T) -> String {
    let raw = serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    try_text(lang, &format!("label-{kind}-{raw}"), &[]).unwrap_or(raw)
}

fn quoted(s: &str) -> String {
    format!("«{}»", one_line(s))
}

fn quoted_list(items: &[String]) -> String {
    items.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(", ")
}

/// The text on one line, whole: a line break, a tab or another control character is
/// written as its escape (`\n`), so that it neither splits the outline's line nor hides.
pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
