//! The committed JSON Schema must match the one generated from the Rust types.
//! After changing the model, regenerate it with:
//!   UPDATE_SCHEMA=1 cargo test -p journey-mapper-core --test schema

use std::path::Path;

use journey_core::format::schema;

#[test]
fn the_committed_schema_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(schema::SCHEMA_PATH);
    let generated = schema::generate();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is out of date; run UPDATE_SCHEMA=1 cargo test -p journey-mapper-core --test schema",
        path.display()
    );
}

#[test]
fn the_schema_describes_the_format() {
    let v: serde_json::Value = serde_json::from_str(&schema::generate()).unwrap();
    let props = &v["properties"];
    for key in ["format", "version", "id", "title", "stages", "touchpoints"] {
        assert!(props.get(key).is_some(), "schema has {key}");
    }
    let text = v.to_string();
    assert!(text.contains("\"positive\"") && text.contains("\"negative\""));
}
