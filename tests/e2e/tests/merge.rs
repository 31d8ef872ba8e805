//! Merging a colleague's copy in the real window: File → Merge Another Copy… (Ctrl+Shift+M)
//! with the common version found in the map's git repository, the conflicts panel with a
//! side picked for each conflict, Ctrl+S, and the file on disk. And a map file git left with
//! conflict markers, which opens as the merge of its two versions.

use std::path::Path;
use std::process::Command;

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{fixture, wait_for_file, App, Launch};
use serde_json::Value;

/// Runs git in `dir` with a fixed identity and none of the machine's own config.
fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Anna")
        .env("GIT_AUTHOR_EMAIL", "anna@example.com")
        .env("GIT_COMMITTER_NAME", "Anna")
        .env("GIT_COMMITTER_EMAIL", "anna@example.com")
        .output()
        .expect("git runs (the install step adds it)");
    out
}

fn commit(dir: &Path, message: &str) {
    assert!(git(dir, &["add", "."]).status.success());
    assert!(git(dir, &["commit", "-q", "-m", message]).status.success());
}

fn card<'a>(map: &'a Value, id: &str) -> &'a Value {
    map["touchpoints"].as_array().unwrap().iter().find(|t| t["id"] == id).unwrap()
}

/// A repository with the map at BASE, then our edits committed; the colleague's copy, made
/// from BASE, lies outside it (it came by mail).
fn repository() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("site");
    std::fs::create_dir(&repo).unwrap();
    assert!(git(&repo, &["init", "-q", "-b", "main"]).status.success());
    let file = repo.join("shop.journey.json");
    std::fs::copy(fixture("merge/conflict/base.journey.json"), &file).unwrap();
    commit(&repo, "The shop's journey");
    std::fs::copy(fixture("merge/conflict/ours.journey.json"), &file).unwrap();
    commit(&repo, "After the workshop");
    let theirs = dir.path().join("shop v3_final_Anna.journey.json");
    std::fs::copy(fixture("merge/conflict/theirs.journey.json"), &theirs).unwrap();
    (dir, file, theirs)
}

#[tokio::test]
async fn merge_a_colleagues_copy_pick_a_side_and_save() {
    let (dir, file, theirs) = repository();
    let launch = Launch::file(&file)
        .env("JOURNEY_MAPPER_HOME", dir.path().join("home").to_str().unwrap())
        .env("JOURNEY_MAPPER_TEST_DIALOG_PATH", theirs.to_str().unwrap())
        .env("LANGUAGE", "en");
    let app = App::launch(launch).await;
    app.ready().await;
    app.wait_for("[data-touchpoint-id='tp-delivery'][data-sentiment='negative']").await;

    app.chord(&[Key::Control, Key::Shift], 'm').await;
    // Git had the version the copy was made from: no question, the merge lands at once.
    app.wait_text("[data-toast]", "v3_final_Anna").await;
    app.wait_count("[data-conflicts-panel] [data-conflict]", 3).await;
    app.wait_text("[data-action='show-conflicts']", "3 conflicts").await;
    app.screenshot("80-merge-conflicts").await;
    for (lang, title, shot) in [("ru", "Конфликты слияния", "81-merge-conflicts-russian"), ("pl", "Konflikty scalania", "82-merge-conflicts-polish")] {
        app.wait_for("[data-language]").await.click().await.unwrap();
        app.wait_for(&format!("[data-language] option[value='{lang}']")).await.click().await.unwrap();
        app.wait_text("[data-conflicts-panel] h2", title).await;
        app.wait_text("[data-conflict]", "«").await;
        app.screenshot(shot).await;
    }
    app.wait_for("[data-language]").await.click().await.unwrap();
    app.wait_for("[data-language] option[value='en']").await.click().await.unwrap();
    app.wait_text("[data-conflicts-panel] h2", "Merge conflicts").await;

    // Delivery: take the other copy's sentiment; keep ours for the other two.
    let delivery = app.wait_for("[data-conflict][data-conflict-kind='field'] [data-action='take-theirs']").await;
    delivery.click().await.unwrap();
    app.wait_for("[data-touchpoint-id='tp-delivery'][data-sentiment='positive']").await;
    app.wait_count("[data-conflict]", 2).await;
    for left in [1, 0] {
        app.wait_for("[data-conflict] [data-action='keep-ours']").await.click().await.unwrap();
        app.wait_count("[data-conflict]", left).await;
    }
    app.wait_for("[data-conflicts-done]").await;
    app.screenshot("83-merge-resolved").await;

    app.chord(&[Key::Control], 's').await;
    // The file before the save has no conflicts and positive cards too: wait for the one
    // thing only the save writes, the delivery's sentiment taken from the other copy.
    let saved = wait_for_file(&file, "the merged map saved", |text| {
        !text.contains("\"conflicts\"")
            && serde_json::from_str::<Value>(text).is_ok_and(|map| card(&map, "tp-delivery")["sentiment"] == "positive")
    })
    .await;
    let map: Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(card(&map, "tp-delivery")["sentiment"], "positive", "the side picked");
    assert_eq!(card(&map, "tp-reviews")["stage"], "st-aware", "ours kept");
    assert!(map["touchpoints"].as_array().unwrap().iter().all(|t| t["id"] != "tp-blog"), "our removal kept");
    // What only the other copy changed came in without a question.
    let theirs_map: Value = serde_json::from_str(&std::fs::read_to_string(&theirs).unwrap()).unwrap();
    for t in theirs_map["touchpoints"].as_array().unwrap() {
        if t["id"] == "tp-news" {
            assert_eq!(card(&map, "tp-news"), t, "their change to the newsletter");
        }
    }
    app.close().await;
}

#[tokio::test]
async fn a_file_with_conflict_markers_opens_as_a_merge_to_resolve() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    assert!(git(repo, &["init", "-q", "-b", "main"]).status.success());
    let file = repo.join("shop.journey.json");
    std::fs::copy(fixture("merge/conflict/base.journey.json"), &file).unwrap();
    commit(repo, "base");
    assert!(git(repo, &["checkout", "-q", "-b", "anna"]).status.success());
    std::fs::copy(fixture("merge/conflict/theirs.journey.json"), &file).unwrap();
    commit(repo, "Anna's edits");
    assert!(git(repo, &["checkout", "-q", "main"]).status.success());
    std::fs::copy(fixture("merge/conflict/ours.journey.json"), &file).unwrap();
    commit(repo, "Our edits");
    // Without the merge driver, git writes its markers into the JSON.
    assert!(!git(repo, &["merge", "-q", "anna"]).status.success(), "the line merge conflicts");
    assert!(std::fs::read_to_string(&file).unwrap().contains("<<<<<<<"));

    let launch = Launch::file(&file).env("JOURNEY_MAPPER_HOME", dir.path().join("home").to_str().unwrap()).env("LANGUAGE", "en");
    let app = App::launch(launch).await;
    app.ready().await;
    app.wait_text("body", "conflict markers").await;
    // With git's common version, the same three conflicts as the merge driver finds.
    app.wait_count("[data-conflicts-panel] [data-conflict]", 3).await;
    app.screenshot("84-conflict-markers").await;
    for left in [2, 1, 0] {
        app.wait_for("[data-conflict] [data-action='keep-ours']").await.click().await.unwrap();
        app.wait_count("[data-conflict]", left).await;
    }
    app.chord(&[Key::Control], 's').await;
    let saved = wait_for_file(&file, "the resolved map saved", |text| !text.contains("<<<<<<<")).await;
    let map: Value = serde_json::from_str(&saved).expect("a map file again, no markers");
    assert!(map.get("conflicts").is_none());
    assert_eq!(card(&map, "tp-delivery")["sentiment"], "negative", "ours kept");
    app.close().await;
}
