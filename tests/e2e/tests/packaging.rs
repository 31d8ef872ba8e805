//! The Debian package registers the app for *.journey.json with its icon, so that opening a
//! map from the desktop (a double-click is `gio open` underneath) opens it in Journey
//! Mapper. The package is unpacked into a temporary root, not installed.
//! Needs the package built first: `bash .ci/package --debug` (.ci/test does it).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use journey_mapper_e2e::{fixture, window_titles, workspace_root, Display, PATIENCE};

fn the_deb() -> PathBuf {
    let dir = workspace_root().join("target/debug/bundle/deb");
    std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("{} missing: run `bash .ci/package --debug` first", dir.display()))
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "deb"))
        .expect("a .deb was built")
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_package_opens_map_files_in_the_app() {
    let deb = the_deb();
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    run(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&root));
    let share = root.join("usr/share");

    let desktop = std::fs::read_to_string(share.join("applications/journey-mapper.desktop")).expect("desktop entry");
    assert!(desktop.lines().any(|l| l.starts_with("Exec=") && l.ends_with(" %F")), "takes files: {desktop}");
    assert!(desktop.contains("MimeType=application/x-journey-map;"), "{desktop}");
    assert!(desktop.contains("Icon=journey-mapper"), "{desktop}");
    assert!(desktop.contains("Name=Journey Mapper"), "{desktop}");
    for size in ["32x32", "128x128", "512x512"] {
        assert!(share.join(format!("icons/hicolor/{size}/apps/journey-mapper.png")).exists(), "{size} icon");
    }
    assert!(share.join("icons/hicolor/scalable/apps/journey-mapper.svg").exists());
    let mime = std::fs::read_to_string(share.join("mime/packages/journey-mapper.xml")).unwrap();
    assert!(mime.contains("pattern=\"*.journey.json\""), "{mime}");

    // What the package's triggers do on install, done on the unpacked tree.
    run(Command::new("update-mime-database").arg(share.join("mime")));
    run(Command::new("update-desktop-database").arg(share.join("applications")));

    let home = tmp.path().join("home");
    let file = tmp.path().join("coffee.journey.json");
    std::fs::copy(fixture("valid/coffee-shop-small.journey.json"), &file).unwrap();
    let display = Display::start();
    let env = |cmd: &mut Command| {
        let path = format!("{}:{}", root.join("usr/bin").display(), std::env::var("PATH").unwrap_or_default());
        cmd.env("PATH", path)
            .env("XDG_DATA_DIRS", format!("{}:/usr/share", share.display()))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("JOURNEY_MAPPER_HOME", &home)
            .env("DISPLAY", format!(":{}", display.number))
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    };
    let mut query = Command::new("gio");
    query.args(["info", "-a", "standard::content-type"]).arg(&file);
    env(&mut query);
    assert!(run(&mut query).contains("application/x-journey-map"), "a map file is recognised");
    let mut default = Command::new("gio");
    default.args(["mime", "application/x-journey-map"]);
    env(&mut default);
    let default = run(&mut default);
    assert!(default.lines().next().unwrap_or_default().contains("journey-mapper.desktop"), "{default}");

    // The app outlives `gio open`, so its output must not be a pipe we wait on.
    let mut open = Command::new("gio");
    open.arg("open").arg(&file).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
    env(&mut open);
    assert!(open.status().unwrap().success(), "gio open");
    let app = root.join("usr/bin/journey-mapper");
    let want = "coffee.journey.json — Journey Mapper";
    let end = Instant::now() + PATIENCE;
    let found = loop {
        let titles = window_titles(&format!(":{}", display.number));
        if titles.iter().any(|t| t == want) {
            break true;
        }
        if Instant::now() > end {
            break false;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = Command::new("pkill").arg("-f").arg(app.as_os_str()).status();
    assert!(found, "a window titled {want:?} on the display: {:?}", window_titles(&format!(":{}", display.number)));
}
