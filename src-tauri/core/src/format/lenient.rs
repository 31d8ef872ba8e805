//! Fields people type by hand or scripts fill loosely (a sentiment, a channel, a score):
//! read in any spelling we can recognise, and otherwise set to a safe value with a note,
//! in the JSON tree before typed parsing. A map file from version 1.0, where these names
//! were free fields, opens this way too.

use serde_json::{Map as Object, Value};

use super::{Note, Repair};
use crate::model::Sentiment;

/// True when a typed-parse error at `path` is one this module can repair.
pub fn is_lenient_path(path: &str) -> bool {
    if path == "lastReview" || path.starts_with("metricDefinitions") || path.starts_with("criteria") {
        return true;
    }
    let Some(rest) = path.strip_prefix("touchpoints[") else { return false };
    let Some((_, field)) = rest.split_once("].") else { return false };
    let field = field.split(['[', '.']).next().unwrap_or("");
    matches!(
        field,
        "sentiment" | "channel" | "presence" | "control" | "horizon" | "frequency" | "score" | "painPoints" | "delights" | "hypotheses" | "metrics" | "ratings" | "feedback"
    )
}

/// The fields format 1.2 gave a meaning to, on a card and on the map.
const MEASURE_FIELDS: [&str; 3] = ["metrics", "ratings", "feedback"];
const MAP_MEASURE_FIELDS: [&str; 2] = ["metricDefinitions", "criteria"];

/// A field of a file older than 1.2 that has a 1.2 name and not its shape: that file's own
/// unknown field, kept as it is. `card` is the index of its touchpoint, `None` for the map.
pub struct Legacy {
    pub card: Option<usize>,
    pub key: String,
    pub value: Value,
}

/// Takes out of a file older than 1.2 the fields named like those of 1.2 that do not have
/// their shape (a script's `"metrics": {"ctr": 0.031}`), to be put back as unknown fields
/// after the typed parse: in that file they were unknown ones, kept verbatim.
pub fn take_legacy(doc: &mut Value) -> Vec<Legacy> {
    fn fits<T: serde::de::DeserializeOwned>(v: &Value) -> bool {
        serde_json::from_value::<T>(v.clone()).is_ok()
    }
    let mut out = Vec::new();
    let Some(root) = doc.as_object_mut() else { return out };
    for key in MAP_MEASURE_FIELDS {
        let ok = match (key, root.get(key)) {
            (_, None) => true,
            ("metricDefinitions", Some(v)) => fits::<Vec<crate::model::MetricDefinition>>(v),
            (_, Some(v)) => fits::<Vec<crate::model::Criterion>>(v),
        };
        if !ok {
            let value = root.remove(key).unwrap_or_default();
            out.push(Legacy { card: None, key: key.into(), value });
        }
    }
    let Some(touchpoints) = root.get_mut("touchpoints").and_then(Value::as_array_mut) else { return out };
    for (i, tp) in touchpoints.iter_mut().enumerate() {
        let Some(obj) = tp.as_object_mut() else { continue };
        for key in MEASURE_FIELDS {
            let ok = match (key, obj.get(key)) {
                (_, None) => true,
                ("metrics", Some(v)) => fits::<Vec<crate::model::Metric>>(v),
                ("ratings", Some(v)) => fits::<std::collections::BTreeMap<String, u8>>(v),
                (_, Some(v)) => fits::<Vec<crate::model::Feedback>>(v),
            };
            if !ok {
                let value = obj.remove(key).unwrap_or_default();
                out.push(Legacy { card: Some(i), key: key.into(), value });
            }
        }
    }
    out
}

/// For each card (by index) whose metrics lost items here, the file's indices of the
/// metrics that remain, so that later notes name a metric where the file has it.
pub type MetricPlaces = std::collections::HashMap<usize, Vec<usize>>;

/// Rewrites every loose value of the document in place.
pub fn repair_tree(doc: &mut Value, notes: &mut Vec<Note>) -> MetricPlaces {
    let mut places = MetricPlaces::new();
    repair_values(doc, notes, &mut places);
    places
}

fn repair_values(doc: &mut Value, notes: &mut Vec<Note>, places: &mut MetricPlaces) {
    let Some(root) = doc.as_object_mut() else { return };
    if let Some(v) = root.get("lastReview") {
        if !v.is_string() && !v.is_null() {
            notes.push(Note::repaired("lastReview".into(), Repair::NotADate { found: shorten(&v.to_string()) }));
            root.remove("lastReview");
        }
    }
    let Some(touchpoints) = root.get_mut("touchpoints").and_then(Value::as_array_mut) else { return };
    for (i, tp) in touchpoints.iter_mut().enumerate() {
        let Some(obj) = tp.as_object_mut() else { continue };
        let at = |field: &str| format!("touchpoints[{i}].{field}");
        sentiment(obj, &at("sentiment"), notes);
        choice(obj, "channel", &at("channel"), CHANNELS, Some("other"), notes);
        choice(obj, "presence", &at("presence"), PRESENCE, None, notes);
        choice(obj, "control", &at("control"), CONTROL, None, notes);
        choice(obj, "horizon", &at("horizon"), HORIZON, None, notes);
        choice(obj, "frequency", &at("frequency"), FREQUENCY, None, notes);
        score(obj, &at("score"), notes);
        text_list(obj, "painPoints", &at("painPoints"), notes);
        text_list(obj, "delights", &at("delights"), notes);
        hypotheses(obj, &at("hypotheses"), notes);
        let card = obj.get("title").and_then(Value::as_str).map(shorten).unwrap_or_default();
        if let Some(kept) = metrics(obj, &card, &at("metrics"), notes) {
            places.insert(i, kept);
        }
        ratings(obj, &card, &at("ratings"), notes);
        feedback(obj, &card, &at("feedback"), notes);
    }
}

/// A number as people write it in a file: a JSON number, or a text holding one (with a
/// decimal comma too).
fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite()),
        _ => None,
    }
}

/// Gives the file's indices of the metrics kept, when some were removed.
fn metrics(obj: &mut Object<String, Value>, card: &str, path: &str, notes: &mut Vec<Note>) -> Option<Vec<usize>> {
    let value = obj.get_mut("metrics")?;
    let Value::Array(items) = value else {
        if !value.is_null() {
            notes.push(Note::repaired(path.into(), Repair::NotAMetricList { card: card.into(), found: shorten(&value.to_string()) }));
        }
        obj.remove("metrics");
        return None;
    };
    let total = items.len();
    let mut kept = Vec::with_capacity(items.len());
    let mut places = Vec::with_capacity(items.len());
    for (j, item) in std::mem::take(items).into_iter().enumerate() {
        let at = format!("{path}[{j}]");
        let Value::Object(mut m) = item else {
            notes.push(Note::repaired(at, Repair::NotAMetric { card: card.into(), found: shorten(&item.to_string()) }));
            continue;
        };
        let name = match m.get("name") {
            Some(Value::String(s)) => shorten(s),
            Some(Value::Null) | None => String::new(),
            Some(other) => {
                let text = other.to_string();
                m.insert("name".into(), Value::String(text.clone()));
                shorten(&text)
            }
        };
        for key in ["target", "min", "max"] {
            if let Some(v) = m.get(key) {
                match number(v) {
                    Some(n) if !v.is_number() => {
                        m.insert(key.into(), Value::from(n));
                    }
                    Some(_) => {}
                    None => {
                        m.remove(key);
                    }
                }
            }
        }
        match m.get("value") {
            Some(v) if v.is_number() => {}
            Some(v) if !v.is_null() => match number(v) {
                Some(n) => {
                    m.insert("value".into(), Value::from(n));
                }
                None => {
                    let found = shorten(&v.to_string());
                    notes.push(Note::repaired(format!("{at}.value"), Repair::MetricNotANumber { card: card.into(), name, found }));
                    continue;
                }
            },
            _ => {
                let repair = match m.get("target").and_then(Value::as_f64) {
                    Some(t) => Repair::TargetWithoutValue { card: card.into(), name, target: number_text(t) },
                    None => Repair::MetricWithoutValue { card: card.into(), name },
                };
                notes.push(Note::repaired(format!("{at}.value"), repair));
                continue;
            }
        }
        kept.push(Value::Object(m));
        places.push(j);
    }
    *items = kept;
    (places.len() < total).then_some(places)
}

fn ratings(obj: &mut Object<String, Value>, card: &str, path: &str, notes: &mut Vec<Note>) {
    let Some(value) = obj.get_mut("ratings") else { return };
    let Value::Object(ratings) = value else {
        if !value.is_null() {
            notes.push(Note::repaired(path.into(), Repair::NotRatings { card: card.into(), found: shorten(&value.to_string()) }));
        }
        obj.remove("ratings");
        return;
    };
    let keys: Vec<String> = ratings.keys().cloned().collect();
    for key in keys {
        let v = &ratings[&key];
        match number(v) {
            Some(n) if n.fract() == 0.0 && (1.0..=5.0).contains(&n) => {
                ratings.insert(key, Value::from(n as u64));
            }
            _ => {
                let found = shorten(&v.to_string());
                notes.push(Note::repaired(
                    format!("{path}.{key}"),
                    Repair::NotARating { card: card.into(), criterion: shorten(&key), found },
                ));
                ratings.remove(&key);
            }
        }
    }
}

/// A list of quotes; a text is one quote.
fn feedback(obj: &mut Object<String, Value>, card: &str, path: &str, notes: &mut Vec<Note>) {
    let Some(value) = obj.get_mut("feedback") else { return };
    let quote = |s: String| serde_json::json!({ "quote": s });
    match value {
        Value::Null => {
            obj.remove("feedback");
        }
        Value::String(s) => *value = Value::Array(vec![quote(std::mem::take(s))]),
        Value::Array(items) => {
            for item in items.iter_mut() {
                match item {
                    Value::String(s) => *item = quote(std::mem::take(s)),
                    Value::Object(f) => {
                        if let Some(q) = f.get("quote").filter(|q| !q.is_string()) {
                            let text = if q.is_null() { String::new() } else { q.to_string() };
                            f.insert("quote".into(), Value::String(text));
                        }
                        for key in ["source", "date"] {
                            if f.get(key).is_some_and(|v| !v.is_string()) {
                                let v = f.remove(key).unwrap_or_default();
                                if !v.is_null() {
                                    f.insert(key.into(), Value::String(v.to_string()));
                                }
                            }
                        }
                    }
                    other => *other = quote(other.to_string()),
                }
            }
        }
        other => {
            let text = other.to_string();
            notes.push(Note::repaired(path.into(), Repair::NotAFeedbackList { card: card.into(), found: shorten(&text) }));
            *other = Value::Array(vec![quote(text)]);
        }
    }
}

/// A number as a note says it: whole numbers without a decimal point.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { n.to_string() }
}

type Choices = &'static [(&'static str, &'static [&'static str])];

const CHANNELS: Choices = &[
    ("website", &["web", "site", "web-site", "landing-page", "app", "mobile-app"]),
    ("social-media", &["social", "socials", "instagram", "facebook", "tiktok", "vk", "linkedin", "youtube"]),
    ("search", &["seo", "google", "yandex", "search-engine"]),
    ("online-ad", &["ad", "ads", "advertising", "display", "banner", "ppc", "sem", "online-ads"]),
    ("email", &["e-mail", "mail", "newsletter"]),
    ("messenger", &["chat", "whatsapp", "telegram", "messengers", "live-chat"]),
    ("phone", &["call", "call-centre", "call-center", "sms", "hotline"]),
    ("store", &["shop", "point-of-sale", "pos", "store-pos", "retail", "branch"]),
    ("print-outdoor", &["print", "outdoor", "ooh", "billboard", "flyer", "print-and-outdoor"]),
    ("reviews", &["review", "review-site", "reviews-third-party", "third-party-sites", "marketplace"]),
    ("partner", &["partners", "reseller", "dealer"]),
    ("referral", &["word-of-mouth", "recommendation", "friends", "referrals"]),
    ("packaging", &["package", "unboxing"]),
    ("billing", &["invoice", "payment", "payments", "bill"]),
    ("other", &[]),
];

/// The value of a detail of fixed values (`channel`, `presence`, `control`, `horizon`,
/// `frequency`) that a text names, by the value's name or a synonym, as the loader reads it:
/// what a spreadsheet's import reads its cells with too.
pub fn recognise_choice(key: &str, text: &str) -> Option<&'static str> {
    let choices: Choices = match key {
        "channel" => CHANNELS,
        "presence" => PRESENCE,
        "control" => CONTROL,
        "horizon" => HORIZON,
        "frequency" => FREQUENCY,
        _ => return None,
    };
    recognise(text, choices)
}

const PRESENCE: Choices = &[("online", &["web", "digital"]), ("offline", &["physical"])];
const CONTROL: Choices = &[("brand", &["own", "owned", "us"]), ("third-party", &["partner", "external", "3rd-party"])];
const HORIZON: Choices = &[("short-term", &["short"]), ("long-term", &["long"])];
const FREQUENCY: Choices = &[("one-off", &["once", "one-time", "single"]), ("recurring", &["repeat", "repeated", "regular"])];

/// "Social Media", "social_media" and "social" all read as "social-media".
fn normalise(s: &str) -> String {
    s.trim().to_lowercase().replace([' ', '_', '/'], "-").replace("--", "-")
}

fn recognise(s: &str, choices: Choices) -> Option<&'static str> {
    let n = normalise(s);
    choices.iter().find(|(name, synonyms)| *name == n || synonyms.contains(&n.as_str())).map(|(name, _)| *name)
}

fn choice(obj: &mut Object<String, Value>, key: &str, path: &str, choices: Choices, fallback: Option<&str>, notes: &mut Vec<Note>) {
    let Some(value) = obj.get(key) else { return };
    let found = match value {
        Value::Null => return,
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => match recognise(s, choices) {
            Some(name) if name == s => return,
            Some(name) => Some(name),
            None => {
                notes.push(Note::repaired(path.into(), unknown(s, choices, fallback)));
                fallback
            }
        },
        other => {
            notes.push(Note::repaired(path.into(), unknown(&other.to_string(), choices, fallback)));
            fallback
        }
    };
    match found {
        Some(name) => obj.insert(key.into(), Value::String(name.into())),
        None => obj.remove(key),
    };
}

fn unknown(found: &str, choices: Choices, fallback: Option<&str>) -> Repair {
    let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
    Repair::NotOneOf { found: format!("\"{}\"", shorten(found)), choices: names.join(", "), fallback: fallback.map(str::to_owned) }
}

fn sentiment(obj: &mut Object<String, Value>, path: &str, notes: &mut Vec<Note>) {
    let Some(value) = obj.get("sentiment") else { return };
    let fixed = match value {
        Value::String(s) => match Sentiment::parse_lenient(s) {
            Some(v) if v.as_str() == s => return,
            Some(v) => v,
            None => {
                notes.push(Note::repaired(path.into(), Repair::NotASentiment { found: format!("\"{}\"", shorten(s)) }));
                Sentiment::Neutral
            }
        },
        Value::Null => Sentiment::Neutral,
        other => {
            notes.push(Note::repaired(path.into(), Repair::NotASentiment { found: shorten(&other.to_string()) }));
            Sentiment::Neutral
        }
    };
    obj.insert("sentiment".into(), Value::String(fixed.as_str().into()));
}

fn score(obj: &mut Object<String, Value>, path: &str, notes: &mut Vec<Note>) {
    let Some(value) = obj.get("score") else { return };
    let number = match value {
        Value::Null => return,
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    match number {
        Some(n) if n.fract() == 0.0 && (1.0..=5.0).contains(&n) => {
            if !value.is_u64() {
                obj.insert("score".into(), Value::from(n as u64));
            }
        }
        _ => {
            notes.push(Note::repaired(path.into(), Repair::NotAScore { found: shorten(&value.to_string()) }));
            obj.remove("score");
        }
    }
}

/// A list of short texts; a single text is read as a list of one.
fn text_list(obj: &mut Object<String, Value>, key: &str, path: &str, notes: &mut Vec<Note>) {
    let Some(value) = obj.get_mut(key) else { return };
    match value {
        Value::Null => {
            obj.remove(key);
        }
        Value::String(s) => {
            let s = std::mem::take(s);
            obj.insert(key.into(), if s.trim().is_empty() { Value::Array(vec![]) } else { Value::Array(vec![Value::String(s)]) });
        }
        Value::Array(items) => {
            for (j, item) in items.iter_mut().enumerate() {
                if !item.is_string() {
                    let text = if item.is_null() { String::new() } else { item.to_string() };
                    notes.push(Note::repaired(format!("{path}[{j}]"), Repair::NotText { found: shorten(&text) }));
                    *item = Value::String(text);
                }
            }
        }
        other => {
            notes.push(Note::repaired(path.into(), Repair::NotATextList { found: shorten(&other.to_string()) }));
            let text = other.to_string();
            obj.insert(key.into(), Value::Array(vec![Value::String(text)]));
        }
    }
}

fn hypotheses(obj: &mut Object<String, Value>, path: &str, notes: &mut Vec<Note>) {
    let Some(value) = obj.get_mut("hypotheses") else { return };
    if value.is_null() {
        obj.remove("hypotheses");
        return;
    }
    let statuses: Choices = &[
        ("idea", &["new", "draft", "open"]),
        ("testing", &["test", "in-progress", "running"]),
        ("confirmed", &["validated", "proven", "true", "yes"]),
        ("rejected", &["refuted", "disproven", "false", "no"]),
    ];
    // One hypothesis as a text, as a person would write it; anything else that is not a
    // list is kept as the text of one.
    if !value.is_array() {
        let text = match &mut *value {
            Value::String(s) => std::mem::take(s),
            other => {
                let text = other.to_string();
                notes.push(Note::repaired(path.into(), Repair::NotAHypothesisList { found: shorten(&text) }));
                text
            }
        };
        *value = Value::Array(vec![serde_json::json!({ "text": text })]);
        return;
    }
    let Value::Array(items) = &mut *value else { return };
    for (j, item) in items.iter_mut().enumerate() {
        if let Value::String(s) = item {
            let text = std::mem::take(s);
            *item = serde_json::json!({ "text": text });
            continue;
        }
        let Some(h) = item.as_object_mut() else {
            notes.push(Note::repaired(format!("{path}[{j}]"), Repair::NotAHypothesis { found: shorten(&item.to_string()) }));
            let text = item.to_string();
            *item = serde_json::json!({ "text": text });
            continue;
        };
        if let Some(t) = h.get("text") {
            if !t.is_string() {
                let text = if t.is_null() { String::new() } else { t.to_string() };
                h.insert("text".into(), Value::String(text));
            }
        }
        choice(h, "status", &format!("{path}[{j}].status"), statuses, Some("idea"), notes);
    }
}

/// Values from a file are quoted in messages; a hostile one can be huge.
pub fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() > MAX { format!("{}…", s.chars().take(MAX).collect::<String>()) } else { s.to_owned() }
}
