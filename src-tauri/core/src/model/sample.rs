use super::Map;

/// The map a new window shows: an online store's journey from first ad to loyalty.
/// Kept as a map file so that it is also a living example of the format.
pub const SAMPLE_JSON: &str = include_str!("sample.journey.json");

pub fn sample_map() -> Map {
    // The sample is in the current version and canonical, so the types read it as they are,
    // without the loader's checks and repairs (a test reads it through the loader too).
    serde_json::from_str(SAMPLE_JSON).expect("the embedded sample map is valid (tested)")
}

/// A new map: the classic five stages, no touchpoints yet.
pub fn empty_map() -> Map {
    let mut map = Map::new("Untitled journey");
    for (id, name) in [
        ("stage-awareness", "Awareness"),
        ("stage-consideration", "Consideration"),
        ("stage-decision", "Decision"),
        ("stage-purchase", "Purchase"),
        ("stage-loyalty", "Loyalty"),
    ] {
        map.stages.push(super::Stage { id: id.into(), name: name.into(), extra: Default::default() });
    }
    map
}
