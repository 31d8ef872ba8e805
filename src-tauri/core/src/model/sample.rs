use super::Map;

/// The map a new window shows: an online store's journey from first ad to loyalty.
/// Kept as a map file so that it is also a living example of the format.
pub const SAMPLE_JSON: &str = include_str!("sample.journey.json");

pub fn sample_map() -> Map {
    crate::format::parse(SAMPLE_JSON.as_bytes()).expect("the embedded sample map is valid (tested)").map
}
