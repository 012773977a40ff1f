//! Importing an old register description or privacy notice (a file or pasted
//! text) in the window: into a new document, or into the open one as new
//! registers or as a translation. Thin: `kirjuri_import` reads and places,
//! the store writes; the old text stays on the organisation for the review
//! (`kirjuri_model::imported`).

use crate::contract::{Args, Reply};
use crate::error::{ErrorCode, UiError};
use crate::files::{self, FileChoice, FileKind};
use crate::state::{AppState, ChangesView};
use kirjuri_import::{ImportError, Imported, Options};
use kirjuri_model::templates::Jurisdiction;
use kirjuri_model::Language;
use kirjuri_store::Store;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::{AppHandle, Runtime, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

/// The description to import, as the window gives it: a file's path (typed,
/// or chosen with `pick_description`) or pasted text.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields = nullable)]
pub struct Description {
    pub path: Option<PathBuf>,
    /// Pasted text.
    pub text: Option<String>,
    /// The organisation's country, where the text does not make it clear.
    pub country: Option<Jurisdiction>,
    /// The language the description is written in, where the text does not make it clear.
    pub language: Option<Language>,
}

impl From<ImportError> for UiError {
    fn from(error: ImportError) -> UiError {
        UiError::new(ErrorCode::NotImported, &error)
    }
}

arguments! {
    pub struct PickDescriptionArgs {
        /// The dialog's title, in the UI language.
        pub title: Option<String>,
    }
    pub struct ImportNewDocumentArgs {
        pub target: FileChoice,
        pub description: Description,
    }
    pub struct ImportIntoDocumentArgs {
        pub description: Description,
        /// The description is a translation of the registers already there.
        pub translation: bool,
    }
}

/// Shows the open dialog for a description file; `None` when cancelled.
#[tauri::command]
pub async fn pick_description<R: Runtime>(
    app: AppHandle<R>,
    args: Args<PickDescriptionArgs>,
) -> Reply<PickDescriptionArgs> {
    let mut dialog = app.dialog().file().add_filter(
        "docx, odt, pdf, html, txt, md",
        &["docx", "odt", "pdf", "html", "htm", "txt", "md"],
    );
    if let Some(title) = args.0.title {
        dialog = dialog.set_title(title);
    }
    Ok(dialog
        .blocking_pick_file()
        .and_then(|file| file.into_path().ok()))
}

/// The description read and placed, with the name of the file it came from.
fn read(description: &Description) -> Result<(Imported, String), UiError> {
    let options = Options {
        country: description.country,
        language: description.language,
    };
    if let Some(text) = description.text.as_deref().filter(|t| !t.trim().is_empty()) {
        return Ok((kirjuri_import::import_text(text, &options)?, String::new()));
    }
    let Some(path) = &description.path else {
        return Err(ImportError::NoDescription.into());
    };
    let bytes = std::fs::read(path)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok((kirjuri_import::import(&bytes, &options)?, name))
}

/// Reads a description into a new document saved where the user says, and
/// opens it. Nothing is created when the description is refused.
#[tauri::command]
pub async fn import_new_document<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    args: Args<ImportNewDocumentArgs>,
) -> Reply<ImportNewDocumentArgs> {
    let ImportNewDocumentArgs {
        target,
        description,
    } = args.0;
    let (imported, file_name) = read(&description)?;
    let Some(path) = files::save_path(&app, target, FileKind::Document) else {
        return Ok(None);
    };
    let document = imported.document_for_review(&file_name);
    let store = Store::create_from(&path, &document, &state.user_name())?;
    let view = state.set_store(store);
    let _ = window.set_title(&format!("{} – Kirjuri", view.file_name));
    Ok(Some(view))
}

/// What an import into the open document did: the change, as every edit's
/// (`ChangesView`), and for a translation what it added and what it could not match.
#[derive(Debug, Serialize, TS)]
pub struct ImportedView {
    #[serde(flatten)]
    pub changes: ChangesView,
    /// Texts added in the description's language (a translation).
    pub filled: usize,
    /// The parts of a translation that matched nothing, in words.
    pub unmatched: Vec<String>,
}

/// Reads a description into the open document, as new registers (kept for
/// review) or, with `translation`, as the existing registers' text in its
/// language. One edit, undone in one step.
#[tauri::command]
pub async fn import_into_document(
    state: State<'_, AppState>,
    args: Args<ImportIntoDocumentArgs>,
) -> Reply<ImportIntoDocumentArgs> {
    let ImportIntoDocumentArgs {
        description,
        translation,
    } = args.0;
    let (imported, file_name) = read(&description)?;
    let user = state.user_name();
    state.with_session(|session| {
        let (edits, filled, unmatched) = if translation {
            let made = kirjuri_import::translate::translation(session.document(), &imported)?;
            (made.edits, made.filled, made.unmatched)
        } else {
            (
                imported.into_document(session.document(), &file_name)?,
                0,
                Vec::new(),
            )
        };
        Ok(ImportedView {
            changes: session.apply(&user, &edits)?,
            filled,
            unmatched,
        })
    })
}
