//! Choosing and writing files. A path comes either from the UI (typed, or
//! given by the end-to-end tests, which cannot drive a GTK dialog) or from a
//! native dialog shown here. Exports are written whole or not at all
//! (`kirjuri_store::atomic`), so a crash never leaves half a PDF, and never
//! over an existing file the user was not asked about: a native save dialog
//! asks itself, a typed path is replaced only when the window says the user
//! agreed (`ExportPlace`).

use crate::error::{ErrorCode, UiError};
use kirjuri_store::atomic::{self, Placing};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Where to save or what to open, as the UI asks for it.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
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
        // A folder typed ("/home/anna/Documents/", or one that exists) means
        // the suggested name in that folder, never a file named ".pdf".
        Some(path) => in_folder(path, choice.suggested_name.as_deref()),
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

/// Where an export goes, and whether it may replace a file there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPlace {
    pub path: PathBuf,
    pub placing: Placing,
}

/// Where to write an export: the typed path, or the user's choice in a save
/// dialog (`None` when cancelled). A file at a typed path is replaced only
/// with `replace` (the window asked the user); without it the answer is
/// `FileExists`, before anything is exported. A save dialog asks about an
/// existing file itself (GTK, Windows and macOS alike), so its choice replaces.
pub fn export_place<R: Runtime>(
    app: &AppHandle<R>,
    choice: FileChoice,
    kind: FileKind,
    replace: bool,
) -> Result<Option<ExportPlace>, UiError> {
    if choice.path.is_none() {
        return Ok(save_path(app, choice, kind).map(|path| ExportPlace {
            path,
            placing: Placing::Replace,
        }));
    }
    save_path(app, choice, kind)
        .map(|path| typed_place(path, replace))
        .transpose()
}

/// A typed path as a place to export to (see `export_place`).
fn typed_place(path: PathBuf, replace: bool) -> Result<ExportPlace, UiError> {
    if replace {
        return Ok(ExportPlace {
            path,
            placing: Placing::Replace,
        });
    }
    if path.exists() {
        return Err(exists(&path));
    }
    Ok(ExportPlace {
        path,
        placing: Placing::New,
    })
}

fn exists(path: &Path) -> UiError {
    UiError::new(ErrorCode::FileExists, path.display())
}

/// Writes an export whole or not at all, where `place` says; a file that
/// appeared at a place that may not be replaced is `FileExists`.
pub fn write_export(place: &ExportPlace, bytes: &[u8]) -> Result<(), UiError> {
    atomic::write(&place.path, bytes, place.placing).map_err(|error| {
        if error.kind() == std::io::ErrorKind::AlreadyExists {
            exists(&place.path)
        } else {
            error.into()
        }
    })
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

/// `path` itself, or, when it names a folder (it ends with a separator or is
/// an existing directory), `suggested` in that folder.
fn in_folder(path: PathBuf, suggested: Option<&str>) -> PathBuf {
    let typed_folder = path
        .as_os_str()
        .to_string_lossy()
        .ends_with(std::path::MAIN_SEPARATOR);
    if typed_folder || path.is_dir() {
        let name = suggested
            .filter(|n| !n.trim().is_empty())
            .unwrap_or("Kirjuri");
        path.join(name)
    } else {
        path
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_typed_as_the_target_gets_the_suggested_name() {
        let folder = tempfile::tempdir().unwrap();
        let suggested = Some("Seloste - Uutiskirje.pdf");
        assert_eq!(
            in_folder(folder.path().to_path_buf(), suggested),
            folder.path().join("Seloste - Uutiskirje.pdf")
        );
        assert_eq!(
            in_folder("/".into(), suggested),
            PathBuf::from("/Seloste - Uutiskirje.pdf")
        );
        assert_eq!(
            in_folder("/no/such/folder/".into(), suggested),
            PathBuf::from("/no/such/folder/Seloste - Uutiskirje.pdf")
        );
        // A file's path stays as typed.
        let file = folder.path().join("seloste");
        assert_eq!(in_folder(file.clone(), suggested), file);
    }

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
    fn a_typed_path_is_replaced_only_when_the_user_agreed() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("Rekisteriseloste.pdf");
        let new = typed_place(path.clone(), false).unwrap();
        assert_eq!(new.placing, Placing::New);
        write_export(&new, b"notice").unwrap();
        // The same path again, without the user's answer: refused before
        // anything is exported, and the file keeps what it had.
        let refused = typed_place(path.clone(), false).unwrap_err();
        assert_eq!(refused.code, ErrorCode::FileExists);
        assert!(refused.message.contains("Rekisteriseloste.pdf"));
        // A file that appears between the question and the write is not replaced either.
        let error = write_export(&new, b"record").unwrap_err();
        assert_eq!(error.code, ErrorCode::FileExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"notice");
        // With the answer, it is replaced, and no temporary is left behind.
        write_export(&typed_place(path.clone(), true).unwrap(), b"record").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"record");
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
    }
}
