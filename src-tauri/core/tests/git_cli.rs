//! Maps in a real git repository: `git-setup` registers Journey Mapper, then git itself
//! merges maps with the merge driver and shows their changes through `textconv`. Git runs
//! the headless binary (journey-mapper-cli, the same subcommands as the app's binary) by
//! the absolute path `git-setup` wrote, since it is not on PATH here.
//!
//! Every git run gets its own HOME, no system config and a fixed identity, so that the
//! machine's git config plays no part.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use journey_core::format;
use journey_core::model::Sentiment;

const BIN: &str = env!("CARGO_BIN_EXE_journey-mapper-cli");
/// The map of the repositories below, in a subfolder and with a space in its name, as git
/// must hand such a path to the merge driver.
const MAP: &str = "maps/the map.journey.json";

/// A temporary folder with a HOME and a repository (`repo`) in it.
struct World {
    root: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        let world = World { root: tempfile::tempdir().unwrap() };
        std::fs::create_dir_all(world.home()).unwrap();
        std::fs::create_dir_all(world.repo()).unwrap();
        world
    }

    fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }

    fn repo(&self) -> PathBuf {
        self.root.path().join("repo")
    }

    fn command(&self, program: &str, dir: &Path, args: &[&str]) -> Command {
        let mut cmd = Command::new(program);
        cmd.args(args).current_dir(dir);
        for var in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_CONFIG_GLOBAL", "GIT_CONFIG", "GIT_EXTERNAL_DIFF"] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.home().join(".config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CEILING_DIRECTORIES", self.root.path())
            .env("GIT_AUTHOR_NAME", "Ann Author")
            .env("GIT_AUTHOR_EMAIL", "ann@example.com")
            .env("GIT_COMMITTER_NAME", "Ann Author")
            .env("GIT_COMMITTER_EMAIL", "ann@example.com")
            .env("GIT_MERGE_AUTOEDIT", "no")
            .env("GIT_PAGER", "cat")
            .env("PAGER", "cat")
            .env("LC_ALL", "C")
            .env("LANGUAGE", "en");
        cmd
    }

    /// Runs `program` in `dir`: exit code, stdout, stderr.
    fn run(&self, program: &str, dir: &Path, args: &[&str]) -> (i32, String, String) {
        let Output { status, stdout, stderr } = self.command(program, dir, args).output().unwrap();
        let (out, err) = (String::from_utf8(stdout).unwrap(), String::from_utf8(stderr).unwrap());
        assert!(!err.contains("panicked"), "{program} {args:?}: {err}");
        (status.code().expect("exited"), out, err)
    }

    /// git in the repository; it must succeed.
    fn git(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run("git", &self.repo(), args);
        assert_eq!(code, 0, "git {args:?}: {out}{err}");
        out
    }

    fn jm(&self, dir: &Path, args: &[&str]) -> (i32, String, String) {
        self.run(BIN, dir, args)
    }

    /// A repository on branch main, set up with git-setup, with the sample map committed.
    fn with_map() -> World {
        let world = World::new();
        world.git(&["init", "-q", "-b", "main"]);
        let (code, out, err) = world.jm(&world.repo(), &["git-setup"]);
        assert_eq!(code, 0, "{out}{err}");
        std::fs::create_dir_all(world.repo().join("maps")).unwrap();
        let (code, _, err) = world.jm(&world.repo(), &["new", MAP]);
        assert_eq!(code, 0, "{err}");
        world.git(&["add", "-A"]);
        world.git(&["commit", "-q", "-m", "A map"]);
        world
    }

    fn map_file(&self) -> PathBuf {
        self.repo().join(MAP)
    }

    fn edit(&self, change: impl FnOnce(&mut journey_core::model::Map)) {
        let mut map = format::load_file(&self.map_file()).unwrap().map;
        change(&mut map);
        format::save_map(&map, &self.map_file()).unwrap();
    }

    fn commit_on(&self, branch: &str, message: &str, change: impl FnOnce(&mut journey_core::model::Map)) {
        self.git(&["checkout", "-q", "-B", branch, "main"]);
        self.edit(change);
        self.git(&["commit", "-q", "-a", "-m", message]);
    }
}

fn config(world: &World) -> String {
    world.git(&["config", "--local", "--get-regexp", "journey-map"])
}

#[test]
fn git_setup_registers_the_drivers_from_a_subfolder_and_a_second_run_changes_nothing() {
    let world = World::new();
    world.git(&["init", "-q", "-b", "main"]);
    let sub = world.repo().join("maps").join("2026");
    std::fs::create_dir_all(&sub).unwrap();
    // A line of the team's own, without a final line break: kept as it is.
    std::fs::write(world.repo().join(".gitattributes"), "*.png binary").unwrap();

    let (code, out, err) = world.jm(&sub, &["git-setup"]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    let top = world.repo().canonicalize().unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            format!("{}: added «*.journey.json merge=journey-map diff=journey-map»", top.join(".gitattributes").display()),
            "git config: set merge.journey-map.name to «Journey Mapper: merges maps by card, stage, lane and field»".to_owned(),
            format!("git config: set merge.journey-map.driver to «{BIN} merge %O %A %B -o %A --name %P»"),
            format!("git config: set diff.journey-map.textconv to «{BIN} textconv»"),
            format!("git now merges the maps (*.journey.json) of {} with Journey Mapper and shows their changes as outlines", top.display()),
        ],
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(world.repo().join(".gitattributes")).unwrap(),
        "*.png binary\n*.journey.json merge=journey-map diff=journey-map\n"
    );
    assert_eq!(
        config(&world),
        format!(
            "merge.journey-map.name Journey Mapper: merges maps by card, stage, lane and field\n\
             merge.journey-map.driver {BIN} merge %O %A %B -o %A --name %P\n\
             diff.journey-map.textconv {BIN} textconv\n"
        )
    );
    assert_eq!(world.git(&["check-attr", "merge", "diff", "--", "maps/x.journey.json"]), "maps/x.journey.json: merge: journey-map\nmaps/x.journey.json: diff: journey-map\n");

    let attributes = std::fs::read(world.repo().join(".gitattributes")).unwrap();
    let before = config(&world);
    let (code, out, err) = world.jm(&world.repo(), &["git-setup"]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.lines().last().unwrap().starts_with("Nothing changed: Journey Mapper was already set up"), "{out}");
    assert!(out.contains(".gitattributes: already in effect: «*.journey.json merge=journey-map diff=journey-map»"), "{out}");
    assert_eq!(out.matches(" is already «").count(), 3, "{out}");
    assert!(!out.contains("added") && !out.contains(": set "), "{out}");
    assert_eq!(std::fs::read(world.repo().join(".gitattributes")).unwrap(), attributes);
    assert_eq!(config(&world), before);
    let (code, russian, _) = world.jm(&world.repo(), &["git-setup", "--lang", "ru"]);
    assert_eq!(code, 0);
    assert!(russian.lines().last().unwrap().starts_with("Ничего не изменилось"), "{russian}");
}

#[test]
fn git_setup_adds_only_what_is_missing_and_corrects_an_old_path() {
    let world = World::new();
    world.git(&["init", "-q", "-b", "main"]);
    std::fs::write(world.repo().join(".gitattributes"), "# maps\r\n*.journey.json diff=journey-map text eol=lf\r\n").unwrap();
    world.git(&["config", "--local", "diff.journey-map.textconv", "/old/place/journey-mapper textconv"]);

    let (code, out, err) = world.jm(&world.repo(), &["git-setup"]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert_eq!(
        std::fs::read_to_string(world.repo().join(".gitattributes")).unwrap(),
        "# maps\r\n*.journey.json diff=journey-map text eol=lf\r\n*.journey.json merge=journey-map\r\n"
    );
    assert!(
        out.contains(&format!("git config: changed diff.journey-map.textconv from «/old/place/journey-mapper textconv» to «{BIN} textconv»")),
        "{out}"
    );
}

#[test]
fn git_setup_outside_a_work_tree_says_so_and_exits_2() {
    let world = World::new();
    let (code, out, err) = world.jm(&world.repo(), &["git-setup"]);
    assert_eq!(code, 2, "{out}{err}");
    assert_eq!(out, "");
    assert!(
        err.starts_with(&format!("journey-mapper: {} is not in a git work tree; run git-setup in a folder of a repository", world.repo().display())),
        "{err}"
    );
    assert!(!world.repo().join(".gitattributes").exists());
}

#[test]
fn git_merges_edits_to_different_cards_and_fields_cleanly() {
    let world = World::with_map();
    let first = format::load_file(&world.map_file()).unwrap().map.touchpoints[0].clone();
    assert_ne!(first.sentiment, Sentiment::Negative);
    // The title and the sentiment of one card are neighbouring lines of the JSON, which a
    // merge by lines would call a conflict; so is the second card's title, one line on.
    world.commit_on("retitle", "Retitle the first card", |map| map.touchpoints[0].title = "Retitled on one branch".into());
    world.commit_on("feelings", "A worse first card, a new second title", |map| {
        map.touchpoints[0].sentiment = Sentiment::Negative;
        map.touchpoints[1].title = "Second card, other branch".into();
    });
    world.git(&["checkout", "-q", "retitle"]);
    let (code, out, err) = world.run("git", &world.repo(), &["merge", "--no-edit", "feelings"]);
    assert_eq!(code, 0, "{out}{err}");

    let merged = format::load_file(&world.map_file()).unwrap().map;
    assert_eq!(merged.touchpoints[0].title, "Retitled on one branch");
    assert_eq!(merged.touchpoints[0].sentiment, Sentiment::Negative);
    assert_eq!(merged.touchpoints[1].title, "Second card, other branch");
    assert!(!merged.extra.contains_key("conflicts"));
    let (code, said, err) = world.jm(&world.repo(), &["check", MAP]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(said.starts_with(&format!("{MAP}: ok")), "{said}");
    assert_eq!(world.git(&["status", "--porcelain"]), "");
    assert_eq!(world.git(&["log", "--format=%s", "-1"]), "Merge branch 'feelings' into retitle\n");
}

#[test]
fn a_conflicting_merge_stops_and_leaves_a_valid_map_recording_both_titles() {
    let world = World::with_map();
    world.commit_on("ours", "Our title", |map| map.touchpoints[0].title = "Our title".into());
    world.commit_on("theirs", "Their title", |map| map.touchpoints[0].title = "Their title".into());
    world.git(&["checkout", "-q", "ours"]);
    let (code, out, err) = world.run("git", &world.repo(), &["merge", "--no-edit", "theirs"]);
    assert_ne!(code, 0, "{out}{err}");
    assert!(out.contains("CONFLICT") && out.contains(MAP), "{out}");
    // What the driver said about the conflict reaches the person running git, naming the
    // map (not git's temporary file).
    assert!(err.contains("1 conflict; our value is kept in maps/the map.journey.json and the conflict recorded there:"), "{err}");
    assert!(err.contains("«Our title»") && err.contains("«Their title»"), "{err}");

    let text = std::fs::read_to_string(world.map_file()).unwrap();
    assert!(!text.contains("<<<<<<<"), "{text}");
    let (code, said, err) = world.jm(&world.repo(), &["check", MAP]);
    assert_eq!((code, err.as_str()), (0, ""), "the file is a valid map");
    assert!(said.contains("merge conflict"), "{said}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["touchpoints"][0]["title"], "Our title");
    let conflicts = json["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0]["field"], "title");
    assert_eq!(conflicts[0]["ours"], "Our title");
    assert_eq!(conflicts[0]["theirs"], "Their title");
    assert!(world.git(&["status", "--porcelain"]).contains(&format!("UU \"{MAP}\"")));
}

#[test]
fn git_diff_log_and_show_read_as_the_maps_outline() {
    let world = World::with_map();
    // The fourth card of the first stage: the three lines of context above it are cards.
    let map = format::load_file(&world.map_file()).unwrap().map;
    let card = map.cards_of(&map.stages[0].id)[3];
    let (old_title, stage) = (map.touchpoints[card].title.clone(), format!("Stage 1 «{}»", map.stages[0].name));
    world.edit(|map| map.touchpoints[card].title = "A clearer title".into());

    let check = |said: &str| {
        let removed: Vec<&str> = said.lines().filter(|l| l.starts_with('-') && !l.starts_with("---")).collect();
        let added: Vec<&str> = said.lines().filter(|l| l.starts_with('+') && !l.starts_with("+++")).collect();
        assert_eq!(removed.len(), 1, "{said}");
        assert_eq!(added.len(), 1, "{said}");
        assert!(removed[0].starts_with(&format!("-  • «{old_title}» · ")), "{said}");
        assert!(added[0].starts_with("+  • «A clearer title» · "), "{said}");
        assert!(!said.contains('{') && !said.contains("\"title\""), "no JSON: {said}");
        // The hunk names the stage, the outline's unindented line above the card.
        assert!(said.lines().any(|l| l.starts_with("@@ ") && l.ends_with(&stage)), "{said}");
    };
    check(&world.git(&["diff"]));
    world.git(&["commit", "-q", "-a", "-m", "Clearer"]);
    check(&world.git(&["log", "-p", "-1"]));
    check(&world.git(&["show", "HEAD"]));
    // The raw JSON is still there for whoever asks for it.
    assert!(world.git(&["log", "-p", "-1", "--no-textconv"]).contains("\"title\": \"A clearer title\""));
}

#[test]
fn textconv_prints_the_outline_in_the_sessions_language_and_a_broken_file_as_it_is() {
    let world = World::with_map();
    let mut cmd = world.command(BIN, &world.repo(), &["textconv", MAP]);
    let out = cmd.env("LANGUAGE", "ru").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let map = format::load_file(&world.map_file()).unwrap().map;
    assert_eq!(text, journey_core::git::outline(&map, journey_core::language::Language::Ru));
    assert!(text.starts_with("Карта «") && text.contains("\nЭтап 1 «"), "{text}");
    let (code, polish, _) = world.jm(&world.repo(), &["textconv", MAP, "--lang", "pl"]);
    assert_eq!(code, 0);
    assert_eq!(polish, journey_core::git::outline(&map, journey_core::language::Language::Pl));

    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/invalid");
    for name in ["merge-conflict.journey.json", "truncated.journey.json", "not-json.journey.json"] {
        let file = fixtures.join(name);
        let (code, out, err) = world.jm(&world.repo(), &["textconv", &file.to_string_lossy()]);
        assert_eq!((code, err.as_str()), (0, ""), "{name}");
        assert_eq!(out.as_bytes(), std::fs::read(&file).unwrap(), "{name}");
    }
    let (code, out, err) = world.jm(&world.repo(), &["textconv", "missing.journey.json"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.starts_with("missing.journey.json cannot be read: "), "{err}");
}
