//! The JSON Schema of the format, generated from the Rust types the loader uses, so that
//! the published schema cannot drift from what the app reads.

/// Where the committed schema lives, relative to the core crate.
pub const SCHEMA_PATH: &str = "schema/journey-map.schema.json";

pub fn generate() -> String {
    let schema = schemars::schema_for!(crate::model::Map);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
