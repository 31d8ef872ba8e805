//! The one list of the commands the web view may call. Tauri's invoke handler is built from
//! it, and so are the UI's TypeScript bindings (`ui/src/lib/generated/bindings.ts`): the
//! command names, their arguments and results, and every type that crosses IPC, generated
//! from the Rust types by tauri-specta. The app never writes that file; the test below
//! does, and fails when the committed one is out of date. After changing a command or a
//! type that crosses IPC, regenerate it with:
//!   UPDATE_BINDINGS=1 cargo test -p journey-mapper bindings

use journey_core::export::Format;
use journey_core::import::Role;
use journey_core::model::{Channel, HypothesisStatus, Sentiment};
use tauri_specta::{collect_commands, Builder, ErrorHandlingMode};

use crate::commands;

/// The commands, with the types they carry.
pub fn builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(collect_commands![
            commands::load_document,
            commands::apply_edit,
            commands::undo,
            commands::redo,
            commands::save,
            commands::save_as,
            commands::open,
            commands::open_sample,
            commands::close_window,
            commands::set_full_screen,
            commands::recent_files,
            commands::open_recent,
            commands::keep_mine,
            commands::load_theirs,
            commands::preferred_languages,
            commands::set_language,
            commands::export_map,
            commands::cancel_export,
            commands::other_maps,
            commands::touchpoint_library,
            commands::measure_presets,
            commands::merge_begin,
            commands::merge_finish,
            commands::merge_conflicts,
            commands::resolve_conflict,
            commands::start_comparison,
            commands::comparison,
            commands::end_comparison,
            commands::pick_import_file,
            commands::import_preview,
            commands::import_finish,
            commands::metrics_preview,
            commands::metrics_finish,
        ])
        // The core's own lists of the choices, so that the UI offers exactly what the core
        // accepts, in the core's order.
        .constant("SENTIMENTS", Sentiment::ALL)
        .constant("CHANNELS", Channel::ALL)
        .constant("EXPORT_FORMATS", Format::ALL)
        .constant("HYPOTHESIS_STATUSES", HypothesisStatus::ALL)
        .constant("IMPORT_ROLES", Role::ALL)
        // A failed command rejects its promise, as a plain `invoke` does: the UI's api.ts
        // turns every rejection into one `CommandError`, whatever the command.
        .error_handling(ErrorHandlingMode::Throw)
        // Indices and a millisecond timestamp: far below 2^53, where a JavaScript number
        // stays exact, so they cross as numbers rather than strings.
        .dangerously_cast_bigints_to_number()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use journey_core::document::Document;
    use journey_core::edit::{Edit, MapField, TouchpointField};
    use journey_core::language::Language;
    use journey_core::model::{Channel, Hypothesis, HypothesisStatus, Persona, Sentiment};
    use serde_json::Value;

    use crate::documents::Slot;

    /// Relative to this crate's directory.
    const BINDINGS_PATH: &str = "../ui/src/lib/generated/bindings.ts";

    const HEADER: &str = "// Generated from the Rust types by tauri-specta (src-tauri/src/bindings.rs): do not edit.\n\
        // Regenerate with: UPDATE_BINDINGS=1 cargo test -p journey-mapper bindings";

    fn generate() -> String {
        let dir = tempfile::tempdir().expect("temporary directory");
        let file = dir.path().join("bindings.ts");
        super::builder()
            .export(specta_typescript::Typescript::default().header(HEADER), &file)
            .expect("the bindings export");
        std::fs::read_to_string(&file).expect("the exported bindings")
    }

    /// Every key and every tag of JSON the core really sends or accepts, found in `ts` as a
    /// field or a tag value: a serde rename the generator missed would show here.
    fn assert_described(ts: &str, value: &Value, what: &str) {
        match value {
            Value::Object(fields) => {
                for (key, v) in fields {
                    let field =
                        [format!("\t{key}: "), format!("\t{key}?: "), format!(" {key}: "), format!(" {key}?: ")];
                    assert!(field.iter().any(|f| ts.contains(f)), "{what}: the bindings have no field `{key}`");
                    if let (true, Value::String(tag)) = (["type", "op", "field"].contains(&key.as_str()), v) {
                        assert!(
                            ts.contains(&format!("{key}: \"{tag}\"")),
                            "{what}: the bindings have no `{key}: \"{tag}\"`"
                        );
                    }
                    // A card's ratings are keyed by the map's criterion ids: data, not fields.
                    if key != "ratings" {
                        assert_described(ts, v, what);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| assert_described(ts, v, what)),
            _ => {}
        }
    }

    #[test]
    fn the_bindings_describe_the_json_the_core_sends() {
        let ts = generate();
        let mut doc = Document::sample();
        let stage = doc.map().stages[0].id.clone();
        let card = doc.map().touchpoints[0].id.clone();
        let edits = [
            Edit::AddLane { index: 0, name: "Customer actions".into() },
            Edit::AddTouchpoint {
                stage: stage.clone(),
                index: 0,
                title: "Newsletter".into(),
                sentiment: Sentiment::Positive,
                lane: None,
                channel: Some(Channel::Email),
            },
            Edit::MoveTouchpoint { id: card.clone(), to_stage: stage, index: 1, lane: None },
            Edit::SetTouchpointField { id: card.clone(), field: TouchpointField::Score(Some(4)) },
            Edit::SetTouchpointField {
                id: card.clone(),
                field: TouchpointField::Hypotheses(vec![Hypothesis {
                    text: "A shorter form converts better".into(),
                    status: HypothesisStatus::Testing,
                    extra: Default::default(),
                }]),
            },
            Edit::SetMapField { field: MapField::LastReview(Some("2026-11-25".into())) },
            Edit::SetMetric {
                id: card.clone(),
                metric: journey_core::model::Metric {
                    unit: Some("%".into()),
                    target: Some(3.0),
                    better: Some(journey_core::model::Better::Higher),
                    date: Some("2026-11-25".into()),
                    period: Some("2026-11".into()),
                    source: Some("analytics".into()),
                    ..journey_core::model::Metric::new("Conversion rate", 2.5)
                },
            },
            Edit::SetRating { id: card.clone(), criterion: "design".into(), rating: Some(4) },
            Edit::AddFeedback {
                id: card.clone(),
                index: 0,
                feedback: journey_core::model::Feedback {
                    quote: "Too many fields".into(),
                    source: Some("survey".into()),
                    date: Some("2026-11-20".into()),
                    extra: Default::default(),
                },
            },
            Edit::SetMapField {
                field: MapField::MetricDefinitions(vec![
                    journey_core::model::METRIC_PRESETS[0].definition(Language::En),
                ]),
            },
            Edit::SetMapField {
                field: MapField::Personas(vec![Persona {
                    name: "First-time buyer".into(),
                    description: "Compares prices".into(),
                    goals: vec!["A fair price".into()],
                    extra: Default::default(),
                }]),
            },
            Edit::DeleteTouchpoint { id: card },
        ];
        for edit in edits {
            assert_described(&ts, &serde_json::to_value(&edit).unwrap(), "an edit");
            let update = doc.apply(edit).expect("the edit applies");
            assert_described(&ts, &serde_json::to_value(&update).unwrap(), "an update");
        }
        assert_described(&ts, &serde_json::to_value(doc.undo()).unwrap(), "an undo");
        let view = Slot::with_doc(doc).view(Language::En);
        assert_described(&ts, &serde_json::to_value(&view).unwrap(), "a document view");
        let library = journey_core::model::library(Language::En);
        assert_described(&ts, &serde_json::to_value(&library).unwrap(), "the touchpoint library");
        let options = journey_core::export::Options::default();
        assert_described(&ts, &serde_json::to_value(&options).unwrap(), "export options");
    }

    /// build.rs must name each command too (Tauri makes their permissions at build time,
    /// before this list exists): the two lists are one.
    #[test]
    fn the_build_script_declares_exactly_these_commands() {
        let invoked = |ts: &str| -> Vec<String> {
            let mut names: Vec<String> = ts
                .split("__TAURI_INVOKE<")
                .skip(1)
                .filter_map(|call| call.split("(\"").nth(1)?.split('"').next().map(str::to_owned))
                .collect();
            names.sort();
            names
        };
        let build_rs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("build.rs")).unwrap();
        let list = build_rs.split("const COMMANDS: &[&str] = &[").nth(1).unwrap().split(']').next().unwrap();
        let mut declared: Vec<String> =
            list.split(',').map(|s| s.trim().trim_matches('"').to_owned()).filter(|s| !s.is_empty()).collect();
        declared.sort();
        assert_eq!(invoked(&generate()), declared);
    }

    #[test]
    fn the_committed_bindings_are_up_to_date() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        let generated = generate();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is out of date; run UPDATE_BINDINGS=1 cargo test -p journey-mapper bindings",
            path.display()
        );
    }
}
