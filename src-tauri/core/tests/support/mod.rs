//! What the CLI tests share: the CLI run in-process, as `main` runs it.

/// Runs `journey-mapper ARGS…` and gives its exit code, stdout and stderr.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut argv = vec!["journey-mapper"];
    argv.extend_from_slice(args);
    let code = journey_core::cli::run(argv, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}
