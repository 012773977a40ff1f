//! Choosing and writing files. A path comes either from the UI (typed, or
//! given by the end-to-end tests, which cannot drive a GTK dialog) or from a
//! native dialog shown here. Exports are written whole or not at all
//! (`kirjuri_store::atomic`), so a crash never leaves half a PDF.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Where to save or what to open, as the UI asks for it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FileChoice {
    /// A path given by the UI; when set, no dialog is shown.
    pub path: Option<PathBuf>,
    /// The dialog's title, in the UI language.
    pub title: Option<String>,
    /// The file name the save dialog suggests.
    pub suggested_name: Option<String>,
}

/// The kind of file a dialog offers.
#[derive(Debug, Clone, Copy)]
pub enum FileKind {
    Document,
    Pdf,
    Html,
    Xlsx,
}

impl FileKind {
    fn extension(self) -> &'static str {
        match self {
            FileKind::Document => "sqlite",
            FileKind::Pdf => "pdf",
            FileKind::Html => "html",
            FileKind::Xlsx => "xlsx",
        }
    }
}

/// The path to save to: the given one, or the user's choice in a save dialog
/// (`None` when cancelled). Blocks, so call it off the main thread.
pub fn save_path<R: Runtime>(
    app: &AppHandle<R>,
    choice: FileChoice,
    kind: FileKind,
) -> Option<PathBuf> {
    let path = match choice.path {
        Some(path) => path,
        None => {
            let mut dialog = app
                .dialog()
                .file()
                .add_filter(kind.extension(), &[kind.extension()]);
            if let Some(title) = choice.title {
                dialog = dialog.set_title(title);
            }
            if let Some(name) = choice.suggested_name {
                dialog = dialog.set_file_name(name);
            }
            dialog.blocking_save_file()?.into_path().ok()?
        }
    };
    Some(with_extension(path, kind))
}

/// The path to open: the given one, or the user's choice in an open dialog.
pub fn open_path<R: Runtime>(
    app: &AppHandle<R>,
    choice: FileChoice,
    kind: FileKind,
) -> Option<PathBuf> {
    if let Some(path) = choice.path {
        return Some(path);
    }
    let mut dialog = app
        .dialog()
        .file()
        .add_filter(kind.extension(), &[kind.extension()]);
    if let Some(title) = choice.title {
        dialog = dialog.set_title(title);
    }
    dialog.blocking_pick_file()?.into_path().ok()
}

/// Adds the extension when the user typed a name without one.
fn with_extension(path: PathBuf, kind: FileKind) -> PathBuf {
    match path.extension() {
        Some(ext) if ext.eq_ignore_ascii_case(kind.extension()) => path,
        _ => {
            let mut name = path.clone().into_os_string();
            name.push(".");
            name.push(kind.extension());
            PathBuf::from(name)
        }
    }
}

/// Writes `bytes` to `path` whole or not at all, replacing an older file
/// (`kirjuri_store::atomic`).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    kirjuri_store::atomic::write(path, bytes, kirjuri_store::atomic::Placing::Replace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_extension_is_added_and_a_present_one_kept() {
        assert_eq!(
            with_extension("/t/a".into(), FileKind::Pdf),
            PathBuf::from("/t/a.pdf")
        );
        assert_eq!(
            with_extension("/t/a.PDF".into(), FileKind::Pdf),
            PathBuf::from("/t/a.PDF")
        );
        assert_eq!(
            with_extension("/t/a.v2".into(), FileKind::Xlsx),
            PathBuf::from("/t/a.v2.xlsx")
        );
    }

    #[test]
    fn writing_replaces_the_file_and_leaves_no_temporary() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("out.pdf");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
    }
}
