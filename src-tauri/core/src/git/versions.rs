//! The earlier versions of a map's file that git has, for a merge's common ancestor in the
//! app: the version a stopped `git merge` started from, or the committed versions of the
//! file. Without git, or outside a repository, there is simply no version to offer.

use std::path::Path;
#[cfg(test)]
use std::process::Command;

/// How far back Merge… looks for the version a colleague's copy was made from.
pub const VERSIONS_LOOKED_AT: usize = 30;

/// One committed version of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The commit's full hash.
    pub commit: String,
    /// The commit's date, `YYYY-MM-DD`.
    pub date: String,
    pub subject: String,
    pub bytes: Vec<u8>,
}

/// Runs git in `dir`; its output when it succeeded.
fn git(dir: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let out = super::run(dir, args).ok()?;
    out.status.success().then_some(out.stdout)
}

/// The file's folder and its name as git's `./name` path relative to that folder.
fn parts(path: &Path) -> Option<(&Path, String)> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name()?.to_str()?;
    Some((dir, format!("./{name}")))
}

/// While a `git merge` that conflicted on this file is not concluded: the common
/// ancestor's version of it (index stage 1).
pub fn unmerged_base(path: &Path) -> Option<Vec<u8>> {
    let (dir, name) = parts(path)?;
    git(dir, &["show", &format!(":1:{name}")])
}

/// The committed versions of the file, newest first, at most `limit`.
pub fn committed_versions(path: &Path, limit: usize) -> Vec<Version> {
    let Some((dir, name)) = parts(path) else { return Vec::new() };
    let Some(log) = git(dir, &["log", &format!("-n{limit}"), "--format=%H%x1f%cs%x1f%s", "--", &name]) else {
        return Vec::new();
    };
    String::from_utf8_lossy(&log)
        .lines()
        .filter_map(|line| {
            let mut fields = line.splitn(3, '\u{1f}');
            let (commit, date, subject) = (fields.next()?, fields.next()?, fields.next().unwrap_or_default());
            let bytes = git(dir, &["show", &format!("{commit}:{name}")])?;
            Some(Version { commit: commit.to_owned(), date: date.to_owned(), subject: subject.to_owned(), bytes })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(dir: &Path, args: &[&str]) {
        let status = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_NAME", "Test")
            .env("GIT_AUTHOR_EMAIL", "test@example.com")
            .env("GIT_COMMITTER_NAME", "Test")
            .env("GIT_COMMITTER_EMAIL", "test@example.com")
            .status()
            .expect("git runs (the install step adds it)");
        assert!(status.success(), "git {args:?}");
    }

    #[test]
    fn the_committed_versions_of_a_file_come_newest_first() {
        let repo = tempfile::tempdir().unwrap();
        let file = repo.path().join("m.journey.json");
        run(repo.path(), &["init", "-q", "-b", "main"]);
        for (text, message) in [("one", "First"), ("two", "Second")] {
            std::fs::write(&file, text).unwrap();
            run(repo.path(), &["add", "."]);
            run(repo.path(), &["commit", "-q", "-m", message]);
        }
        let versions = committed_versions(&file, 10);
        let got: Vec<(&str, &[u8])> = versions.iter().map(|v| (v.subject.as_str(), v.bytes.as_slice())).collect();
        assert_eq!(got, vec![("Second", &b"two"[..]), ("First", &b"one"[..])]);
        assert_eq!(versions[0].date.len(), 10, "YYYY-MM-DD: {}", versions[0].date);
        assert_eq!(committed_versions(&file, 1).len(), 1);
        assert_eq!(unmerged_base(&file), None, "no merge is under way");

        let elsewhere = tempfile::tempdir().unwrap();
        assert!(committed_versions(&elsewhere.path().join("m.journey.json"), 10).is_empty(), "not in a repository");
    }

    #[test]
    fn a_stopped_merge_gives_the_version_it_started_from() {
        let repo = tempfile::tempdir().unwrap();
        let file = repo.path().join("m.journey.json");
        run(repo.path(), &["init", "-q", "-b", "main"]);
        std::fs::write(&file, "base\n").unwrap();
        run(repo.path(), &["add", "."]);
        run(repo.path(), &["commit", "-q", "-m", "base"]);
        run(repo.path(), &["checkout", "-q", "-b", "other"]);
        std::fs::write(&file, "theirs\n").unwrap();
        run(repo.path(), &["commit", "-q", "-am", "theirs"]);
        run(repo.path(), &["checkout", "-q", "main"]);
        std::fs::write(&file, "ours\n").unwrap();
        run(repo.path(), &["commit", "-q", "-am", "ours"]);
        let merged = Command::new("git")
            .arg("-C")
            .arg(repo.path())
            .args(["-c", "user.name=T", "-c", "user.email=t@example.com", "merge", "-q", "other"])
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .unwrap();
        assert!(!merged.status.success(), "the merge stops on the conflict");
        assert_eq!(unmerged_base(&file).as_deref(), Some(&b"base\n"[..]));
    }
}
