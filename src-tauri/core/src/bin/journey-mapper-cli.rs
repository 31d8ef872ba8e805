//! The headless subcommands alone, without the app's window or Tauri: the same
//! `journey_core::cli::run` the app's binary runs for a subcommand. The tests drive it as a
//! real process where another program must run it (git runs the merge driver and
//! textconv `git-setup` registers), and scripts on machines without the app can use it.

use std::io::Write;

fn main() {
    let (stdout, stderr) = (std::io::stdout(), std::io::stderr());
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = journey_core::cli::run(std::env::args_os(), &mut out, &mut stderr.lock());
    let flushed = out.flush();
    drop(out);
    std::process::exit(if flushed.is_err() && code == 0 { 1 } else { code });
}
