//! A file the app creates gets the user's usual permissions (0666 less the umask), as any
//! program's would, not a temporary file's private 0600; a file it overwrites keeps its own.
//! Each umask is set in a child process (this test binary run again under `sh -c 'umask …'`),
//! so that the test process's own umask, shared by the other tests, never changes.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use journey_core::document::Document;
use journey_core::model::sample_map;

/// Set in the child: the folder to save into.
const CHILD_DIR: &str = "JOURNEY_MAPPER_TEST_MODE_DIR";

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Runs the test named `test` again in a child process under `umask`, with `dir` to work in.
fn in_child_with_umask(test: &str, umask: u32, dir: &Path) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask:03o}; exec \"$0\" \"$@\""))
        .arg(std::env::current_exe().unwrap())
        .args(["--exact", test, "--test-threads=1", "--quiet"])
        .env(CHILD_DIR, dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the child under umask {umask:03o} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_first_save_as_gets_the_users_usual_permissions() {
    if let Some(dir) = std::env::var_os(CHILD_DIR) {
        let mut doc = Document::untitled(sample_map());
        doc.save_as(&Path::new(&dir).join("first.journey.json")).unwrap();
        return;
    }
    for umask in [0o022, 0o027] {
        let dir = tempfile::tempdir().unwrap();
        in_child_with_umask("a_first_save_as_gets_the_users_usual_permissions", umask, dir.path());
        assert_eq!(mode(&dir.path().join("first.journey.json")), 0o666 & !umask, "umask {umask:03o}");
    }
}

#[test]
fn an_overwritten_file_keeps_its_own_permissions_whatever_the_umask() {
    if let Some(dir) = std::env::var_os(CHILD_DIR) {
        for name in ["private.journey.json", "shared.journey.json"] {
            Document::open(&Path::new(&dir).join(name)).unwrap().save().unwrap();
        }
        return;
    }
    for umask in [0o022, 0o027] {
        let dir = tempfile::tempdir().unwrap();
        for (name, own) in [("private.journey.json", 0o600), ("shared.journey.json", 0o664)] {
            let file = dir.path().join(name);
            journey_core::format::save_map(&sample_map(), &file).unwrap();
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(own)).unwrap();
        }
        in_child_with_umask("an_overwritten_file_keeps_its_own_permissions_whatever_the_umask", umask, dir.path());
        assert_eq!(mode(&dir.path().join("private.journey.json")), 0o600, "umask {umask:03o}");
        assert_eq!(mode(&dir.path().join("shared.journey.json")), 0o664, "umask {umask:03o}");
    }
}
