//! The Kirjuri desktop shell: a Tauri window over the model, store and export
//! crates. It holds the open document and the app settings, shows native file
//! dialogs and hands everything else to the libraries; the UI in `ui/app`
//! does the presenting. This is the only crate that depends on Tauri.

mod commands;
mod error;
mod files;
mod settings;
mod state;

pub use error::UiError;
pub use state::AppState;

use std::path::PathBuf;
use tauri::Manager;

/// The first argument that is not an option: `kirjuri-desktop FILE`. Relative
/// paths are made absolute now, while the working directory is still the user's.
fn startup_file() -> Option<PathBuf> {
    let argument = std::env::args_os()
        .skip(1)
        .find(|arg| !arg.to_string_lossy().starts_with('-'))?;
    let path = PathBuf::from(argument);
    Some(std::path::absolute(&path).unwrap_or(path))
}

/// Where the settings live: `$KIRJURI_CONFIG_DIR` (tests use it to keep away
/// from the user's own settings), else the app's config folder.
fn settings_path(app: &tauri::App) -> tauri::Result<PathBuf> {
    let folder = match std::env::var_os("KIRJURI_CONFIG_DIR") {
        Some(folder) => PathBuf::from(folder),
        None => app.path().app_config_dir()?,
    };
    Ok(folder.join("settings.json"))
}

pub fn run() {
    let file = startup_file();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            app.manage(AppState::new(settings_path(app)?, file));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::new_document,
            commands::open_document,
            commands::open_example,
            commands::save_copy,
            commands::close_document,
            commands::startup_file,
            commands::recent_documents,
            commands::get_document,
            commands::apply_edits,
            commands::undo,
            commands::get_findings,
            commands::get_history,
            commands::get_vocabularies,
            commands::get_settings,
            commands::set_settings,
            commands::export_record_pdf,
            commands::export_notice_pdf,
            commands::export_xlsx,
            commands::open_path,
        ])
        .run(tauri::generate_context!("../tauri.conf.json"))
        .expect("Kirjuri's window could not start");
}
