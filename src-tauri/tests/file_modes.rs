//! The files the command line writes (a new map, the exports) get the user's usual
//! permissions, 0666 less the umask, not a temporary file's private 0600. Each umask is set
//! in the shell that runs the binary, so the test process's own umask never changes.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_journey-mapper");

fn run_with_umask(umask: u32, dir: &Path, args: &[&str]) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask:03o}; exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .env("LANGUAGE", "en")
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_new_map_and_its_exports_get_the_users_usual_permissions() {
    for umask in [0o022, 0o027] {
        let dir = tempfile::tempdir().unwrap();
        run_with_umask(umask, dir.path(), &["new", "map.journey.json"]);
        for out in ["map.png", "map.csv", "map.svg", "map.pdf"] {
            run_with_umask(umask, dir.path(), &["export", "map.journey.json", "-o", out]);
        }
        for file in ["map.journey.json", "map.png", "map.csv", "map.svg", "map.pdf"] {
            assert_eq!(mode(&dir.path().join(file)), 0o666 & !umask, "{file} under umask {umask:03o}");
        }
    }
}
