//! Working like a desktop editor: closing with unsaved changes, crash recovery, saves that
//! never overwrite someone else's change, and save failures that keep the map open.
//! Each test gives the app its own config and data folders (JOURNEY_MAPPER_HOME).

use std::path::{Path, PathBuf};
use std::process::Command;

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{fixture, wait_for_file, App, Launch, PATIENCE};
use serde_json::Value;

struct Setup {
    dir: tempfile::TempDir,
    file: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("coffee.journey.json");
        std::fs::copy(fixture("valid/coffee-shop-small.journey.json"), &file).unwrap();
        Setup { dir, file }
    }

    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    fn launch(&self) -> Launch {
        Launch::file(&self.file).env("JOURNEY_MAPPER_HOME", self.home().to_str().unwrap())
    }

    /// Finished copies only: a write in progress is a hidden temporary file beside them.
    fn recovery_copies(&self) -> usize {
        std::fs::read_dir(self.home().join("data/recovery"))
            .map(|d| d.filter(|e| e.as_ref().is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".recovery.json"))).count())
            .unwrap_or(0)
    }
}

async fn tag_negative(app: &App, id: &str) {
    let card = app.wait_for(&format!("[data-touchpoint-id='{id}']")).await;
    card.click().await.unwrap();
    app.chord(&[], '3').await;
    app.wait_for(&format!("[data-touchpoint-id='{id}'][data-sentiment='negative']")).await;
}

fn sentiment_on_disk(file: &Path, id: &str) -> String {
    let map: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    map["touchpoints"].as_array().unwrap().iter().find(|t| t["id"] == id).unwrap()["sentiment"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn wait_until(what: &str, ok: impl Fn() -> bool) {
    let end = std::time::Instant::now() + PATIENCE;
    while !ok() {
        assert!(std::time::Instant::now() < end, "waited for {what}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn closing_with_unsaved_changes_cancel_keeps_the_window() {
    let s = Setup::new();
    let app = App::launch(s.launch().env("JOURNEY_MAPPER_TEST_UNSAVED_ANSWER", "cancel")).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    app.chord(&[Key::Control], 'w').await;
    // The question was answered "Cancel": the map is still there, still unsaved.
    app.wait_for("[data-unsaved]").await;
    tag_negative(&app, "t-barista").await;
    assert_eq!(sentiment_on_disk(&s.file, "t-ad"), "neutral");
    app.close().await;
}

#[tokio::test]
async fn closing_with_unsaved_changes_save_writes_the_file_then_closes() {
    let s = Setup::new();
    let app = App::launch(s.launch().env("JOURNEY_MAPPER_TEST_UNSAVED_ANSWER", "save")).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    app.chord_closing(&[Key::Control], 'w').await;
    // The file had a negative card before: wait for the one the save makes negative.
    wait_for_file(&s.file, "saved on close", |_| sentiment_on_disk(&s.file, "t-ad") == "negative").await;
    app.wait_gone().await;
    assert_eq!(sentiment_on_disk(&s.file, "t-ad"), "negative");
    wait_until("the recovery copy removed once saved", || s.recovery_copies() == 0).await;
}

#[tokio::test]
async fn closing_with_unsaved_changes_dont_save_leaves_the_file_and_no_copy() {
    let s = Setup::new();
    let before = std::fs::read(&s.file).unwrap();
    let app = App::launch(s.launch().env("JOURNEY_MAPPER_TEST_UNSAVED_ANSWER", "discard")).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    wait_until("a recovery copy while unsaved", || s.recovery_copies() == 1).await;
    app.chord_closing(&[Key::Control], 'w').await;
    app.wait_gone().await;
    assert_eq!(std::fs::read(&s.file).unwrap(), before);
    wait_until("the recovery copy removed once discarded", || s.recovery_copies() == 0).await;
}

#[tokio::test]
async fn after_a_crash_the_next_start_restores_unsaved_changes() {
    let s = Setup::new();
    let before = std::fs::read(&s.file).unwrap();
    let app = App::launch(s.launch()).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    // The copy is written from the core's map within a moment of the edit.
    wait_until("a recovery copy", || s.recovery_copies() == 1).await;
    app.crash();
    assert_eq!(std::fs::read(&s.file).unwrap(), before, "the crash did not touch the file");

    let app = App::launch(s.launch()).await;
    app.ready().await;
    app.wait_for("[data-touchpoint-id='t-ad'][data-sentiment='negative']").await;
    app.wait_for("[data-unsaved]").await;
    let notes = app.wait_for("[data-notes]").await.text().await.unwrap();
    assert!(notes.contains("restored"), "{notes}");
    app.screenshot("20-restored-after-crash").await;
    app.chord(&[Key::Control], 's').await;
    wait_for_file(&s.file, "the restored map saved", |_| sentiment_on_disk(&s.file, "t-ad") == "negative").await;
    wait_until("the recovery copy removed once saved", || s.recovery_copies() == 0).await;
    app.close().await;
}

#[tokio::test]
async fn a_save_never_overwrites_a_change_made_on_disk_meanwhile() {
    let s = Setup::new();
    let app = App::launch(s.launch()).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    let theirs = std::fs::read_to_string(&s.file).unwrap().replace("Instagram ad", "Instagram ad (their edit)");
    std::fs::write(&s.file, &theirs).unwrap();
    app.chord(&[Key::Control], 's').await;
    let toast = app.wait_text("[data-toast]", "changed on disk").await;
    assert!(toast.contains("coffee.journey.json"), "{toast}");
    assert_eq!(std::fs::read_to_string(&s.file).unwrap(), theirs);
    app.wait_for("[data-unsaved]").await;
    app.close().await;
}

#[tokio::test]
async fn a_failed_save_says_why_and_keeps_the_map_and_its_changes() {
    let s = Setup::new();
    let gone = s.dir.path().join("no-such-folder/map.journey.json");
    let app = App::launch(s.launch().env("JOURNEY_MAPPER_TEST_DIALOG_PATH", gone.to_str().unwrap())).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    app.chord(&[Key::Control, Key::Shift], 's').await;
    let toast = app.wait_text("[data-toast]", "Could not save").await;
    assert!(toast.contains("folder no longer exists"), "{toast}");
    app.wait_for("[data-touchpoint-id='t-ad'][data-sentiment='negative']").await;
    app.wait_for("[data-unsaved]").await;
    assert!(!gone.exists());
    app.screenshot("21-save-failed").await;
    app.close().await;
}

#[tokio::test]
async fn opened_and_saved_files_are_remembered_in_the_recent_list() {
    let s = Setup::new();
    let app = App::launch(s.launch()).await;
    app.ready().await;
    app.close().await;
    let list = std::fs::read_to_string(s.home().join("config/recent.json")).unwrap();
    let canonical = std::fs::canonicalize(&s.file).unwrap();
    assert!(list.contains(canonical.to_str().unwrap()), "{list}");
}

#[tokio::test]
async fn open_via_the_dialog_reuses_an_untouched_window() {
    let s = Setup::new();
    let launch = Launch::default()
        .env("JOURNEY_MAPPER_HOME", s.home().to_str().unwrap())
        .env("JOURNEY_MAPPER_TEST_DIALOG_PATH", s.file.to_str().unwrap());
    let app = App::launch(launch).await;
    app.ready().await;
    app.wait_count("[data-stage-id]", 5).await;
    app.chord(&[Key::Control], 'o').await;
    app.wait_for("[data-stage-id='s-during'] [data-touchpoint-id='t-barista']").await;
    app.wait_text("[data-file-name]", "coffee.journey.json").await;
    assert_eq!(app.client.windows().await.unwrap().len(), 1);
    app.close().await;
}

#[tokio::test]
async fn opening_a_second_map_with_unsaved_changes_opens_a_second_window() {
    let s = Setup::new();
    let other = s.dir.path().join("online-store.journey.json");
    std::fs::copy(fixture("valid/online-store.journey.json"), &other).unwrap();
    let app = App::launch(s.launch().env("JOURNEY_MAPPER_TEST_DIALOG_PATH", other.to_str().unwrap())).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    app.chord(&[Key::Control], 'o').await;
    let end = std::time::Instant::now() + PATIENCE;
    let handles = loop {
        let handles = app.client.windows().await.unwrap();
        if handles.len() == 2 {
            break handles;
        }
        assert!(std::time::Instant::now() < end, "a second window");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    // The first window keeps its map and its unsaved change.
    app.wait_for("[data-touchpoint-id='t-ad'][data-sentiment='negative']").await;
    let first = app.client.window().await.unwrap();
    let second = handles.into_iter().find(|h| *h != first).unwrap();
    app.client.switch_to_window(second).await.unwrap();
    app.ready().await;
    app.wait_text("[data-file-name]", "online-store.journey.json").await;
    app.wait_count("[data-stage-id]", 5).await;
    app.close().await;
}

#[tokio::test]
async fn the_recent_list_survives_a_restart_and_marks_missing_files() {
    let s = Setup::new();
    let gone = s.dir.path().join("gone.journey.json");
    std::fs::copy(&s.file, &gone).unwrap();
    for file in [&gone, &s.file] {
        let app = App::launch(Launch::file(file).env("JOURNEY_MAPPER_HOME", s.home().to_str().unwrap())).await;
        app.ready().await;
        app.close().await;
    }
    std::fs::remove_file(&gone).unwrap();

    let app = App::launch(Launch::default().env("JOURNEY_MAPPER_HOME", s.home().to_str().unwrap())).await;
    app.ready().await;
    app.wait_for("[data-action='open-recent']").await.click().await.unwrap();
    let newest = app.wait_for("[data-recent-menu] [data-recent-index='0']").await;
    app.wait_text("[data-recent-menu] [data-recent-index='0']", "coffee.journey.json").await;
    app.wait_for("[data-recent-menu] [data-recent-index='1'][data-missing='true']").await;
    app.wait_text("[data-recent-menu] [data-recent-index='1']", "gone.journey.json").await;
    app.screenshot("22-open-recent").await;
    newest.click().await.unwrap();
    // The untouched sample window is reused for the chosen map.
    app.wait_text("[data-file-name]", "coffee.journey.json").await;
    app.wait_for("[data-stage-id='s-during']").await;
    app.close().await;
}

fn their_edit(file: &Path) -> String {
    let theirs = std::fs::read_to_string(file).unwrap().replace("Friendly barista", "Barista knows my name");
    std::fs::write(file, &theirs).unwrap();
    theirs
}

#[tokio::test]
async fn an_outside_change_reloads_a_map_without_unsaved_changes() {
    let s = Setup::new();
    let app = App::launch(s.launch()).await;
    app.ready().await;
    their_edit(&s.file);
    app.wait_text("[data-touchpoint-id='t-barista']", "Barista knows my name").await;
    app.wait_text("[data-toast]", "reloaded").await;
    assert_eq!(app.count("[data-unsaved]").await, 0);
    app.close().await;
}

#[tokio::test]
async fn an_outside_change_with_unsaved_changes_asks_keep_mine_overwrites_on_save() {
    let s = Setup::new();
    let app = App::launch(s.launch()).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    their_edit(&s.file);
    app.wait_for("[data-disk-conflict]").await;
    app.screenshot("23-changed-on-disk").await;
    app.wait_for("[data-action='keep-mine']").await.click().await.unwrap();
    app.wait_count("[data-disk-conflict]", 0).await;
    app.wait_for("[data-touchpoint-id='t-ad'][data-sentiment='negative']").await;
    app.chord(&[Key::Control], 's').await;
    wait_for_file(&s.file, "mine written over theirs", |t| t.contains("Friendly barista") && t.contains("\"negative\"")).await;
    app.close().await;
}

#[tokio::test]
async fn an_outside_change_with_unsaved_changes_asks_load_theirs_discards_mine() {
    let s = Setup::new();
    let app = App::launch(s.launch()).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    let theirs = their_edit(&s.file);
    app.wait_for("[data-action='load-theirs']").await.click().await.unwrap();
    app.wait_text("[data-touchpoint-id='t-barista']", "Barista knows my name").await;
    app.wait_for("[data-touchpoint-id='t-ad'][data-sentiment='neutral']").await;
    assert_eq!(app.count("[data-unsaved]").await, 0);
    assert_eq!(std::fs::read_to_string(&s.file).unwrap(), theirs);
    app.close().await;
}

#[tokio::test]
async fn an_outside_change_with_unsaved_changes_can_save_mine_as_a_copy() {
    let s = Setup::new();
    let copy = s.dir.path().join("mine.journey.json");
    let app = App::launch(s.launch().env("JOURNEY_MAPPER_TEST_DIALOG_PATH", copy.to_str().unwrap())).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    let theirs = their_edit(&s.file);
    app.wait_for("[data-action='save-copy']").await.click().await.unwrap();
    wait_for_file(&copy, "mine saved as a copy", |t| t.contains("\"negative\"") && t.contains("Friendly barista")).await;
    app.wait_text("[data-file-name]", "mine.journey.json").await;
    assert_eq!(std::fs::read_to_string(&s.file).unwrap(), theirs, "theirs untouched");
    app.close().await;
}

/// Makes a folder read-only for the duration of a test, for root too (CI runs as root,
/// and root ignores permission bits): the immutable attribute where permissions are not
/// enough.
struct ReadOnly(PathBuf);

impl ReadOnly {
    fn new(dir: &Path) -> ReadOnly {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
        if std::fs::File::create(dir.join(".probe")).is_ok() {
            let _ = std::fs::remove_file(dir.join(".probe"));
            let ok = Command::new("chattr").arg("+i").arg(dir).status().is_ok_and(|s| s.success());
            assert!(ok, "chattr +i {} (e2fsprogs) makes the folder read-only for root", dir.display());
        }
        ReadOnly(dir.to_path_buf())
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
    }
}

#[tokio::test]
async fn saving_into_a_read_only_folder_says_so_and_keeps_the_map() {
    let s = Setup::new();
    let folder = s.dir.path().join("shared-drive");
    std::fs::create_dir(&folder).unwrap();
    let file = folder.join("coffee.journey.json");
    std::fs::copy(&s.file, &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let app = App::launch(Launch::file(&file).env("JOURNEY_MAPPER_HOME", s.home().to_str().unwrap())).await;
    app.ready().await;
    tag_negative(&app, "t-ad").await;
    let guard = ReadOnly::new(&folder);
    app.chord(&[Key::Control], 's').await;
    let toast = app.wait_text("[data-toast]", "Could not save").await;
    assert!(toast.contains("read-only"), "{toast}");
    app.wait_for("[data-unsaved]").await;
    app.wait_for("[data-touchpoint-id='t-ad'][data-sentiment='negative']").await;
    assert_eq!(std::fs::read(&file).unwrap(), before, "the file is intact");
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1, "no temporary file left");
    drop(guard);
    app.close().await;
}
