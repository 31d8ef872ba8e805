//! The JSON parser's description of what is wrong ("expected value", "invalid type:
//! integer `42`, expected a string") in the other languages. English keeps the parser's
//! own words; a description this module does not know stays as the parser wrote it.

use super::{text, Language};

/// The parser's fixed messages and their keys.
const FIXED: &[(&str, &str)] = &[
    ("expected value", "json-expected-value"),
    ("expected ident", "json-expected-ident"),
    ("expected `:`", "json-expected-colon"),
    ("expected `,` or `]`", "json-expected-comma-or-bracket"),
    ("expected `,` or `}`", "json-expected-comma-or-brace"),
    ("trailing comma", "json-trailing-comma"),
    ("trailing characters", "json-trailing-characters"),
    ("key must be a string", "json-key-must-be-string"),
    ("invalid escape", "json-invalid-escape"),
    ("invalid number", "json-invalid-number"),
    ("number out of range", "json-number-out-of-range"),
    ("invalid unicode code point", "json-invalid-unicode"),
    ("control character (\\u0000-\\u001F) found while parsing a string", "json-control-character"),
    ("lone leading surrogate in hex escape", "json-lone-surrogate"),
    ("unexpected end of hex escape", "json-hex-escape-end"),
];

/// What a value was, as serde names it, longest first ("floating point `1.5`").
const FOUND: &[(&str, &str)] = &[
    ("floating point", "json-type-float"),
    ("integer", "json-type-integer"),
    ("string", "json-type-string"),
    ("boolean", "json-type-boolean"),
    ("sequence", "json-type-sequence"),
    ("map", "json-type-map"),
];

/// The parser's description of `message` in `lang`.
pub fn detail(message: &str, lang: Language) -> String {
    if lang == Language::En {
        return message.to_owned();
    }
    translate(message, lang).unwrap_or_else(|| message.to_owned())
}

fn translate(message: &str, lang: Language) -> Option<String> {
    if let Some((_, key)) = FIXED.iter().find(|(en, _)| *en == message) {
        return Some(text(lang, key, &[]));
    }
    if let Some(field) = message.strip_prefix("missing field `").and_then(|r| r.strip_suffix('`')) {
        return Some(text(lang, "json-missing-field", &[("field", &field)]));
    }
    if let Some(field) = message.strip_prefix("duplicate field `").and_then(|r| r.strip_suffix('`')) {
        return Some(text(lang, "json-duplicate-field", &[("field", &field)]));
    }
    // The value described comes from the file and may contain anything; the expectation
    // comes from our own types, so the message is split at its last ", expected ".
    let (head, expected) = message.rsplit_once(", expected ")?;
    let expected = expectation(expected, lang);
    if let Some(found) = head.strip_prefix("invalid type: ") {
        return Some(text(lang, "json-invalid-type", &[("found", &found_value(found, lang)), ("expected", &expected)]));
    }
    if let Some(found) = head.strip_prefix("invalid value: ") {
        return Some(text(lang, "json-invalid-value", &[("found", &found_value(found, lang)), ("expected", &expected)]));
    }
    if let Some(length) = head.strip_prefix("invalid length ") {
        return Some(text(lang, "json-invalid-length", &[("length", &length), ("expected", &expected)]));
    }
    if let Some(found) = head.strip_prefix("unknown variant `").and_then(|r| r.strip_suffix('`')) {
        return Some(text(lang, "json-unknown-variant", &[("found", &found), ("expected", &expected)]));
    }
    None
}

/// "integer `42`" → "целое число `42`": the kind in words, the value as it is.
fn found_value(found: &str, lang: Language) -> String {
    for (en, key) in FOUND {
        if let Some(rest) = found.strip_prefix(en) {
            if rest.is_empty() || rest.starts_with(' ') {
                return format!("{}{rest}", text(lang, key, &[]));
            }
        }
    }
    found.to_owned()
}

/// What serde says our types expect: "a string", "u8", "struct Lane", "one of `a`, `b`".
fn expectation(expected: &str, lang: Language) -> String {
    let key = match expected {
        "a string" | "a borrowed string" => "json-expect-string",
        "a sequence" => "json-expect-sequence",
        "a map" => "json-expect-map",
        "a boolean" => "json-expect-boolean",
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => {
            "json-expect-integer"
        }
        "f32" | "f64" => "json-expect-number",
        e if e.starts_with("struct ") => "json-expect-object",
        e => {
            return match e.strip_prefix("one of ") {
                Some(list) => text(lang, "json-one-of", &[("list", &list)]),
                None => e.to_owned(),
            }
        }
    };
    text(lang, key, &[])
}
