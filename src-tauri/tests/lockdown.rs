//! The web view is locked down: a strict CSP, no global Tauri object, and capabilities that
//! grant only the app's own commands. These read the configuration the binary is built from.

use serde_json::Value;

fn read(rel: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn commands_in_build_rs() -> Vec<String> {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("build.rs")).unwrap();
    let list = text.split("const COMMANDS: &[&str] = &[").nth(1).unwrap().split(']').next().unwrap();
    list.split(',').map(|s| s.trim().trim_matches('"').to_owned()).filter(|s| !s.is_empty()).collect()
}

#[test]
fn the_csp_allows_only_the_apps_own_scripts_and_styles() {
    let conf = read("tauri.conf.json");
    let csp = conf["app"]["security"]["csp"].as_object().expect("a CSP is set");
    for directive in ["default-src", "script-src", "style-src"] {
        assert_eq!(csp[directive], "'self'", "{directive}");
    }
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        for banned in ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "blob:", "*", "https:", "http://localhost"] {
            assert!(!value.split_whitespace().any(|v| v == banned), "{directive} allows {banned}");
        }
        if directive != "img-src" {
            assert!(!value.contains("data:"), "{directive} allows data: URLs");
        }
    }
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(csp["base-uri"], "'none'");
    assert!(conf["app"]["security"].get("devCsp").is_none(), "no looser CSP hides behind dev mode");
    assert!(conf["app"]["security"].get("dangerousDisableAssetCspModification").is_none());
}

#[test]
fn there_is_no_global_tauri_object() {
    assert_eq!(read("tauri.conf.json")["app"]["withGlobalTauri"], false);
}

#[test]
fn capabilities_grant_only_the_apps_own_commands() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let expected: Vec<String> = commands_in_build_rs().iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
    let mut granted = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let cap: Value = serde_json::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        assert!(cap.get("remote").is_none(), "no remote origin may call commands");
        for p in cap["permissions"].as_array().unwrap() {
            let p = p.as_str().expect("plain permission names, no scoped plugin grants");
            // Listening to the app's own events is the one core permission; nothing that
            // reaches files, the shell, windows or other plugins.
            if p == "core:event:allow-listen" || p == "core:event:allow-unlisten" {
                continue;
            }
            assert!(!p.contains(':'), "{p}: no plugin or core permissions (fs, shell, window …)");
            granted.push(p.to_owned());
        }
    }
    granted.sort();
    let mut expected = expected;
    expected.sort();
    assert_eq!(granted, expected);
}

#[test]
fn no_command_takes_a_path_from_the_web_view() {
    // Paths come only from a native dialog (or its test hook), never from the web view.
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands.rs")).unwrap();
    for signature in text.split("#[tauri::command]").skip(1) {
        let params = signature.split('{').next().unwrap();
        for banned in ["PathBuf", "&Path", "path: String", "file: String"] {
            assert!(!params.contains(banned), "a command takes {banned}: {params}");
        }
    }
}
