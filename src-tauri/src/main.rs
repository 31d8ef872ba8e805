// No console window on Windows release builds; the CLI still prints when run from one.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod dialogs;
mod documents;
mod exports;
mod i18n;
mod locale;
mod menu;
mod paths;
mod services;
mod windows;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let first = args.get(1).and_then(|a| a.to_str());
    if journey_core::cli::is_cli_invocation(first) {
        let code = journey_core::cli::run(args, &mut std::io::stdout(), &mut std::io::stderr());
        return ExitCode::from(code as u8);
    }
    let files: Vec<PathBuf> = args.iter().skip(1).map(PathBuf::from).collect();
    match windows::run(files) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("journey-mapper: could not start the window: {e}");
            ExitCode::FAILURE
        }
    }
}
