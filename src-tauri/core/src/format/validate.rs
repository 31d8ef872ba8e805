//! Checks that typed parsing cannot express: unique ids and references that resolve.

use std::collections::HashMap;

use super::error::LoadError;
use crate::model::Map;

pub fn check(map: &Map) -> Result<(), LoadError> {
    let invalid = |path: String, message: String| Err(LoadError::Invalid { path, message });

    let mut stages: HashMap<&str, usize> = HashMap::with_capacity(map.stages.len());
    for (i, stage) in map.stages.iter().enumerate() {
        if stage.id.is_empty() {
            return invalid(format!("stages[{i}].id"), "expected a non-empty id".into());
        }
        if let Some(first) = stages.insert(&stage.id, i) {
            return invalid(
                format!("stages[{i}].id"),
                format!("the stage id \"{}\" is already used by stages[{first}]; ids must be unique", stage.id),
            );
        }
    }

    let mut touchpoints: HashMap<&str, usize> = HashMap::with_capacity(map.touchpoints.len());
    for (i, tp) in map.touchpoints.iter().enumerate() {
        if tp.id.is_empty() {
            return invalid(format!("touchpoints[{i}].id"), "expected a non-empty id".into());
        }
        if let Some(first) = touchpoints.insert(&tp.id, i) {
            return invalid(
                format!("touchpoints[{i}].id"),
                format!("the touchpoint id \"{}\" is already used by touchpoints[{first}]; ids must be unique", tp.id),
            );
        }
        if !stages.contains_key(tp.stage.as_str()) {
            return invalid(
                format!("touchpoints[{i}].stage"),
                format!("expected the id of one of the map's stages, found \"{}\"", tp.stage),
            );
        }
    }
    Ok(())
}
