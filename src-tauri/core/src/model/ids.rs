/// A new random id such as `tp-3f9c2a7b1d04`. Random rather than sequential so that two
/// copies of a map edited apart do not mint the same id for different touchpoints.
pub fn new_id(prefix: &str) -> String {
    let uuid = uuid::Uuid::new_v4().simple().to_string();
    format!("{prefix}-{}", &uuid[..12])
}
