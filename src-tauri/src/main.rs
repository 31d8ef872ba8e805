// No console window on Windows release builds; the CLI still prints when run from one.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;
mod bindings;
mod commands;
mod compare;
mod dialogs;
mod documents;
mod error;
mod exports;
mod imports;
mod locale;
mod menu;
mod paths;
mod services;
mod windows;
mod workspace;

use std::process::ExitCode;

fn main() -> ExitCode {
    use journey_core::cli::{self, Launch};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Decided before Tauri or GTK is touched: without a display GTK would panic.
    let files = match cli::front_door(&args, &cli::Surroundings::of_this_process()) {
        Launch::Subcommand => {
            let code = cli::run(args, &mut std::io::stdout(), &mut std::io::stderr());
            return ExitCode::from(code as u8);
        }
        Launch::Refuse { code, message } => {
            eprint!("{message}");
            return ExitCode::from(code);
        }
        Launch::Window(files) => files,
    };
    match app::run(files) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("journey-mapper: could not start the window: {e}");
            ExitCode::FAILURE
        }
    }
}
