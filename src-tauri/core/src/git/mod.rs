//! Maps in git: `journey-mapper git-setup` registers the merge driver and the readable
//! diff for `*.journey.json` in one repository, and [`outline`] is what `journey-mapper
//! textconv` prints for git to diff instead of the JSON (FORMAT.md, "Maps in git"); the app's
//! Merge… finds a map's earlier versions here ([`committed_versions`], [`unmerged_base`]).
//!
//! Git is run as a process (`git rev-parse`, `git check-attr`, `git config --local`), as a
//! person would run it: no git library, and the repository's own rules (which attributes
//! apply, where the config is) are git's to decide.

mod outline;
mod versions;

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::format::SaveError;
use crate::i18n::text;
use crate::language::Language;
use crate::messages::{io_reason, Localize};

pub use outline::outline;
pub use versions::{committed_versions, unmerged_base, Version, VERSIONS_LOOKED_AT};

/// The files `git-setup` registers Journey Mapper for.
pub const PATTERN: &str = "*.journey.json";
/// The name of the merge driver and of the diff driver in the attributes and the config.
pub const DRIVER: &str = "journey-map";
/// The command's name on PATH, written instead of a full path when it is this program.
pub const BARE_NAME: &str = "journey-mapper";
/// A path that [`PATTERN`] matches, to ask git which attributes such a file has.
const PROBE: &str = "map.journey.json";

/// One thing `git-setup` found or did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `line` appended to the work tree's `.gitattributes` (`file`).
    AttributesAdded { file: PathBuf, line: String },
    /// The attributes were already in effect for the maps.
    AttributesKept { attributes: String },
    ConfigSet { key: String, value: String },
    ConfigChanged { key: String, from: String, to: String },
    ConfigKept { key: String, value: String },
}

impl Step {
    pub fn changed(&self) -> bool {
        !matches!(self, Step::AttributesKept { .. } | Step::ConfigKept { .. })
    }
}

impl Localize for Step {
    fn message(&self, lang: Language) -> String {
        match self {
            Step::AttributesAdded { file, line } => {
                text(lang, "git-setup-attributes-added", &[("file", &file.display()), ("line", &line.as_str())])
            }
            Step::AttributesKept { attributes } => {
                text(lang, "git-setup-attributes-kept", &[("attributes", &attributes.as_str())])
            }
            Step::ConfigSet { key, value } => {
                text(lang, "git-setup-config-set", &[("key", &key.as_str()), ("value", &value.as_str())])
            }
            Step::ConfigChanged { key, from, to } => text(
                lang,
                "git-setup-config-changed",
                &[("key", &key.as_str()), ("from", &from.as_str()), ("to", &to.as_str())],
            ),
            Step::ConfigKept { key, value } => {
                text(lang, "git-setup-config-kept", &[("key", &key.as_str()), ("value", &value.as_str())])
            }
        }
    }
}

/// What `git-setup` did in the work tree whose top is `top`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    pub top: PathBuf,
    pub steps: Vec<Step>,
}

impl Setup {
    pub fn changed(&self) -> bool {
        self.steps.iter().any(Step::changed)
    }

    /// One line per step, then whether anything changed.
    pub fn report(&self, lang: Language) -> String {
        let mut out = String::new();
        for step in &self.steps {
            out.push_str(&step.message(lang));
            out.push('\n');
        }
        let id = if self.changed() { "git-setup-done" } else { "git-setup-unchanged" };
        out.push_str(&text(lang, id, &[("dir", &self.top.display())]));
        out.push('\n');
        out
    }
}

/// Why `git-setup` could not do its work. `Display` is the English text.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub enum GitError {
    /// The `git` program could not be started.
    NoGit(#[source] io::Error),
    /// `dir` is in no git work tree (or git refused to say which); `said` is git's words.
    NotAWorkTree { dir: PathBuf, said: String },
    /// `git ARGS` failed with `said`.
    Failed { args: String, said: String },
    ReadAttributes { file: PathBuf, source: io::Error },
    WriteAttributes(#[source] SaveError),
}

impl GitError {
    /// The exit code: 2 when there is no repository to set up (as for wrong usage), 1 when
    /// setting it up failed.
    pub fn exit_code(&self) -> i32 {
        match self {
            GitError::NoGit(_) | GitError::NotAWorkTree { .. } => 2,
            _ => 1,
        }
    }
}

impl Localize for GitError {
    fn message(&self, lang: Language) -> String {
        match self {
            GitError::NoGit(e) => text(lang, "git-error-no-git", &[("reason", &io_reason(e, lang))]),
            GitError::NotAWorkTree { dir, said } => {
                text(lang, "git-error-not-a-work-tree", &[("dir", &dir.display()), ("said", &said.as_str())])
            }
            GitError::Failed { args, said } => {
                text(lang, "git-error-failed", &[("args", &args.as_str()), ("said", &said.as_str())])
            }
            GitError::ReadAttributes { file, source } => text(
                lang,
                "git-error-read-attributes",
                &[("file", &file.display()), ("reason", &io_reason(source, lang))],
            ),
            GitError::WriteAttributes(e) => e.message(lang),
        }
    }
}

/// The config `git-setup` writes for `program` (the command that runs Journey Mapper, as
/// git's shell reads it): key and value, in the order they are set.
pub fn config_for(program: &str) -> Vec<(String, String)> {
    vec![
        (format!("merge.{DRIVER}.name"), "Journey Mapper: merges maps by card, stage, lane and field".to_owned()),
        // %A is a temporary file; %P, the map's path (git quotes it for the shell), names it
        // in what the merge says about conflicts.
        (format!("merge.{DRIVER}.driver"), format!("{program} merge %O %A %B -o %A --name %P")),
        (format!("diff.{DRIVER}.textconv"), format!("{program} textconv")),
    ]
}

/// Registers Journey Mapper for the maps of the git work tree that `dir` is in: the
/// attributes in the `.gitattributes` at its top (lines appended only for what is not in
/// effect yet; what is there stays), and the merge and diff drivers in the repository's
/// own config, run as `program`. Run again, it finds everything in place and changes
/// nothing.
pub fn setup(dir: &Path, program: &str) -> Result<Setup, GitError> {
    let top = match git(dir, &["rev-parse", "--show-toplevel"])? {
        Ok(out) if !out.trim().is_empty() => PathBuf::from(out.trim_end_matches(['\n', '\r'])),
        Ok(_) => return Err(GitError::NotAWorkTree { dir: dir.to_path_buf(), said: String::new() }),
        Err(said) => return Err(GitError::NotAWorkTree { dir: dir.to_path_buf(), said }),
    };
    let mut steps = vec![attributes(&top)?];
    for (key, value) in config_for(program) {
        let current = git(&top, &["config", "--local", "--get-all", &key])?.ok();
        let current = current.map(|c| c.trim_end_matches(['\n', '\r']).to_owned());
        match current {
            Some(c) if c == value => steps.push(Step::ConfigKept { key, value }),
            _ => {
                git(&top, &["config", "--local", "--replace-all", &key, &value])?
                    .map_err(|said| GitError::Failed { args: format!("config --local {key}"), said })?;
                steps.push(match current {
                    Some(from) if !from.is_empty() => Step::ConfigChanged { key, from, to: value },
                    _ => Step::ConfigSet { key, value },
                });
            }
        }
    }
    Ok(Setup { top, steps })
}

/// The attributes a map needs, as `git check-attr` finds them for a map at the top of
/// the work tree; the missing ones appended to `.gitattributes` on one line.
fn attributes(top: &Path) -> Result<Step, GitError> {
    let wanted = ["merge", "diff"];
    let said = git(top, &["check-attr", "-z", "merge", "diff", "--", PROBE])?
        .map_err(|said| GitError::Failed { args: format!("check-attr merge diff -- {PROBE}"), said })?;
    // -z: path, attribute, value, each ended by a NUL.
    let fields: Vec<&str> = said.split('\0').collect();
    let in_effect = |attr: &str| fields.chunks(3).any(|f| f.len() == 3 && f[1] == attr && f[2] == DRIVER);
    let missing: Vec<String> = wanted.iter().filter(|a| !in_effect(a)).map(|a| format!("{a}={DRIVER}")).collect();
    if missing.is_empty() {
        let attributes = wanted.map(|a| format!("{a}={DRIVER}")).join(" ");
        return Ok(Step::AttributesKept { attributes: format!("{PATTERN} {attributes}") });
    }
    let file = top.join(".gitattributes");
    let mut content = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(source) => return Err(GitError::ReadAttributes { file, source }),
    };
    let newline: &[u8] = if content.windows(2).any(|w| w == b"\r\n") { b"\r\n" } else { b"\n" };
    if !content.is_empty() && !content.ends_with(b"\n") {
        content.extend_from_slice(newline);
    }
    let line = format!("{PATTERN} {}", missing.join(" "));
    content.extend_from_slice(line.as_bytes());
    content.extend_from_slice(newline);
    crate::format::save_atomic(&file, &content).map_err(GitError::WriteAttributes)?;
    Ok(Step::AttributesAdded { file, line })
}

/// Runs git in `dir`, never with a prompt for credentials or a pager (nobody would see them).
fn run(dir: &Path, args: &[&str]) -> Result<std::process::Output, GitError> {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_PAGER", "cat")
        .output()
        .map_err(GitError::NoGit)
}

/// Runs git in `dir`: its output when it succeeded, its error output when it failed, and
/// an error when it could not be started.
fn git(dir: &Path, args: &[&str]) -> Result<Result<String, String>, GitError> {
    let out = run(dir, args)?;
    if out.status.success() {
        Ok(Ok(String::from_utf8_lossy(&out.stdout).into_owned()))
    } else {
        let said = String::from_utf8_lossy(&out.stderr);
        let said = said.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ");
        Ok(Err(said))
    }
}

/// How git's shell should run this program: the bare command name when `journey-mapper` on
/// PATH is this very file (so a repository keeps working when the package is upgraded or
/// moved), else its full path, quoted for the shell.
pub fn program_of_this_process() -> String {
    match std::env::current_exe() {
        Ok(exe) => program_for(&exe, std::env::var_os("PATH").as_deref()),
        Err(_) => BARE_NAME.to_owned(),
    }
}

/// The command for the executable `exe`, given the search path `path` (PATH's value).
pub fn program_for(exe: &Path, path: Option<&OsStr>) -> String {
    let same = |candidate: &Path| match (candidate.canonicalize(), exe.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    let on_path = path.and_then(|p| std::env::split_paths(p).map(|d| d.join(BARE_NAME)).find(|c| c.is_file()));
    if on_path.is_some_and(|c| same(&c)) {
        return BARE_NAME.to_owned();
    }
    shell_quoted(&exe.to_string_lossy())
}

/// `word` as one word for a POSIX shell: as it is when it has only characters the shell
/// takes literally, else in single quotes (a quote inside written `'\''`).
pub fn shell_quoted(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+,:@%=".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests;
