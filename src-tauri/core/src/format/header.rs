//! A first, cheap pass over the document that reads only `format` and `version`, so that a
//! file of another kind or a newer major version gets its own message instead of a
//! confusing shape error deep inside.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

pub enum Header {
    Object { format: Option<Value>, version: Option<Value> },
    NotObject,
}

impl<'de> de::Deserialize<'de> for Header {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(HeaderVisitor)
    }
}

struct HeaderVisitor;

impl<'de> Visitor<'de> for HeaderVisitor {
    type Value = Header;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
        let (mut format, mut version) = (None, None);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "format" => format = Some(map.next_value::<Value>()?),
                "version" => version = Some(map.next_value::<Value>()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Header::Object { format, version })
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Header, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Header::NotObject)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Header, E> { Ok(Header::NotObject) }
    fn visit_i64<E>(self, _: i64) -> Result<Header, E> { Ok(Header::NotObject) }
    fn visit_u64<E>(self, _: u64) -> Result<Header, E> { Ok(Header::NotObject) }
    fn visit_f64<E>(self, _: f64) -> Result<Header, E> { Ok(Header::NotObject) }
    fn visit_str<E>(self, _: &str) -> Result<Header, E> { Ok(Header::NotObject) }
    fn visit_unit<E>(self) -> Result<Header, E> { Ok(Header::NotObject) }
}

/// `"1.0"` → (1, 0). Whole numbers (`1`) are accepted too: people write them by hand.
pub fn parse_version(v: &Value) -> Option<(u64, u64)> {
    match v {
        Value::String(s) => {
            let (major, minor) = s.split_once('.').unwrap_or((s, "0"));
            let ok = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
            if !ok(major) || !ok(minor) {
                return None;
            }
            Some((major.parse().ok()?, minor.parse().ok()?))
        }
        Value::Number(n) => n.as_u64().map(|m| (m, 0)),
        _ => None,
    }
}
