//! Fields people type by hand or scripts fill loosely (a sentiment, a channel, a score):
//! read in any spelling we can recognise, and otherwise set to a safe value with a note,
//! in the JSON tree before typed parsing. A map file from version 1.0, where these names
//! were free fields, opens this way too.

use serde_json::{Map as Object, Value};

use super::{Note, Repair};
use crate::model::Sentiment;

/// True when a typed-parse error at `path` is one this module can repair.
pub fn is_lenient_path(path: &str) -> bool {
    if path == "lastReview" {
        return true;
    }
    let Some(rest) = path.strip_prefix("touchpoints[") else { return false };
    let Some((_, field)) = rest.split_once("].") else { return false };
    let field = field.split(['[', '.']).next().unwrap_or("");
    matches!(
        field,
        "sentiment" | "channel" | "presence" | "control" | "horizon" | "frequency" | "score" | "painPoints" | "delights" | "hypotheses"
    )
}

/// Rewrites every loose value of the document in place.
pub fn repair_tree(doc: &mut Value, notes: &mut Vec<Note>) {
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
        choice(obj, "presence", &at("presence"), &[("online", &["web", "digital"]), ("offline", &["physical"])], None, notes);
        choice(obj, "control", &at("control"), &[("brand", &["own", "owned", "us"]), ("third-party", &["partner", "external", "3rd-party"])], None, notes);
        choice(obj, "horizon", &at("horizon"), &[("short-term", &["short"]), ("long-term", &["long"])], None, notes);
        choice(obj, "frequency", &at("frequency"), &[("one-off", &["once", "one-time", "single"]), ("recurring", &["repeat", "repeated", "regular"])], None, notes);
        score(obj, &at("score"), notes);
        text_list(obj, "painPoints", &at("painPoints"), notes);
        text_list(obj, "delights", &at("delights"), notes);
        hypotheses(obj, &at("hypotheses"), notes);
    }
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
