//! What the app holds between commands: the open document, the settings and
//! the files it exported (the only files the UI may ask it to open).

use crate::error::UiError;
use crate::settings::Settings;
use chrono::{Local, NaiveDate, NaiveDateTime};
use kirjuri_model::changes::splices;
use kirjuri_model::checks::check_at;
use kirjuri_model::{
    ChangeSet, CheckOptions, Checker, Document, Finding, Language, RecordChange, Splice,
};
use kirjuri_store::{LockHolder, Store};
use serde::Serialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

#[derive(Debug)]
pub struct AppState {
    store: Mutex<Option<Store>>,
    /// The last file refused because another Kirjuri holds it, with the
    /// holder the user was told about: the one lock they may choose to break.
    refused: Mutex<Option<(PathBuf, Option<LockHolder>)>>,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
    exported: Mutex<HashSet<PathBuf>>,
    /// The findings the window's panel shows, to send it only what changes.
    shown: Mutex<ShownFindings>,
    /// The file named on the command line, opened by the UI once it is up.
    pub startup_file: Option<PathBuf>,
}

/// The open document as the UI sees it.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct DocumentView {
    pub path: PathBuf,
    pub file_name: String,
    pub document: Document,
    pub last_changed: Option<NaiveDate>,
    /// The file is open read-only: no edit is saved, "Save a copy…" still works.
    pub read_only: bool,
    pub can_undo: bool,
    pub can_redo: bool,
}

impl DocumentView {
    pub fn of(store: &Store) -> DocumentView {
        let (can_undo, can_redo) = undo_redo(store);
        DocumentView {
            path: store.path().to_path_buf(),
            file_name: file_name(store.path()),
            document: store.document().clone(),
            last_changed: store.last_changed(),
            read_only: store.is_read_only(),
            can_undo,
            can_redo,
        }
    }
}

/// What an edit, undo or redo changed, as the window takes it: the records
/// changed and removed, the findings as splices of the panel's list, and the
/// document's state beside them. Its size follows the edit, not the document.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ChangesView {
    pub changes: ChangeSet,
    pub findings: FindingsUpdate,
    pub last_changed: Option<NaiveDate>,
    pub can_undo: bool,
    pub can_redo: bool,
}

impl ChangesView {
    /// The view of `changes`, just made to `store`'s document.
    pub fn of(state: &AppState, store: &Store, changes: &[RecordChange]) -> ChangesView {
        let (can_undo, can_redo) = undo_redo(store);
        ChangesView {
            changes: store.document().change_set(changes),
            findings: state.update_findings(store.document(), changes),
            last_changed: store.last_changed(),
            can_undo,
            can_redo,
        }
    }
}

/// The findings panel's list after a change, as splices of the list the
/// window was sent last (generation `from`); a window that holds another
/// generation asks for the whole list again (`panel_findings`).
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct FindingsUpdate {
    pub from: u64,
    pub to: u64,
    pub splices: Vec<Splice<Finding>>,
}

/// The findings panel's whole list and its generation.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct PanelFindings {
    pub generation: u64,
    pub findings: Vec<Finding>,
}

/// The findings last sent to the window's panel, checked in `language`, and
/// the checks kept edit by edit that found them.
#[derive(Debug, Default)]
struct ShownFindings {
    generation: u64,
    language: Option<Language>,
    list: Vec<Finding>,
    checker: Checker,
}

/// The options and the moment of a check now (a breach's 72 hours run by the
/// hour); texts missing in `language` are reported when it is given.
fn now_and_options(language: Option<Language>) -> (NaiveDateTime, CheckOptions) {
    let now = Local::now().naive_local();
    let options = CheckOptions {
        as_of: now.date(),
        export_language: language,
    };
    (now, options)
}

/// The findings as of this moment, texts missing in `language` included when it is given.
pub fn findings_now(document: &Document, language: Option<Language>) -> Vec<Finding> {
    let (now, options) = now_and_options(language);
    check_at(document, options, now)
}

fn undo_redo(store: &Store) -> (bool, bool) {
    match store.is_read_only() {
        true => (false, false),
        false => store.undo_redo_available().unwrap_or((false, false)),
    }
}

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves data that is still whole (every
    // change is one store call), so a poisoned lock is safe to go on with.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    pub fn new(settings_path: PathBuf, startup_file: Option<PathBuf>) -> AppState {
        AppState {
            store: Mutex::new(None),
            refused: Mutex::new(None),
            settings: Mutex::new(Settings::load(&settings_path)),
            settings_path,
            exported: Mutex::new(HashSet::new()),
            shown: Mutex::new(ShownFindings::default()),
            startup_file,
        }
    }

    /// Runs `action` on the open document.
    pub fn with_store<T>(
        &self,
        action: impl FnOnce(&mut Store) -> Result<T, UiError>,
    ) -> Result<T, UiError> {
        let mut store = lock(&self.store);
        action(store.as_mut().ok_or_else(UiError::no_document)?)
    }

    /// Makes `store` the open document and remembers it among the recent files.
    pub fn set_store(&self, store: Store) -> DocumentView {
        let view = DocumentView::of(&store);
        {
            // Another document: its registers are checked from the start. The
            // store's lock is held first, as every command takes them, so no
            // edit of the old document comes between.
            let mut slot = lock(&self.store);
            *slot = Some(store);
            lock(&self.shown).checker = Checker::default();
        }
        self.update_settings(|settings| settings.remember(&view.path));
        view
    }

    pub fn close_store(&self) {
        let mut slot = lock(&self.store);
        *slot = None;
        lock(&self.shown).checker = Checker::default();
    }

    /// Remembers the file another Kirjuri holds, and who it was said to be.
    pub fn remember_refused(&self, path: &Path, holder: Option<LockHolder>) {
        *lock(&self.refused) = Some((path.to_path_buf(), holder));
    }

    /// The file last refused as in use, for "open read-only" or "break the lock".
    pub fn take_refused(&self) -> Option<(PathBuf, Option<LockHolder>)> {
        lock(&self.refused).take()
    }

    pub fn settings(&self) -> Settings {
        lock(&self.settings).clone()
    }

    pub fn user_name(&self) -> String {
        lock(&self.settings).effective_user_name()
    }

    /// Changes the settings and saves them; a settings file that cannot be
    /// written costs only convenience, so that error is not the user's problem.
    pub fn update_settings(&self, change: impl FnOnce(&mut Settings)) {
        let mut settings = lock(&self.settings);
        change(&mut settings);
        let _ = settings.save(&self.settings_path);
    }

    /// Checks `document` for the window's panel, in `language`, and
    /// remembers the list as what the panel shows.
    pub fn panel_findings(&self, document: &Document, language: Option<Language>) -> PanelFindings {
        let (now, options) = now_and_options(language);
        let mut shown = lock(&self.shown);
        let findings = shown.checker.check(document, options, now, None);
        shown.generation += 1;
        shown.language = language;
        shown.list = findings.clone();
        PanelFindings {
            generation: shown.generation,
            findings,
        }
    }

    /// Checks `document`, just changed by `changes`, in the panel's
    /// language (the registers the changes did not touch keep their
    /// findings) and returns how the panel's list changed.
    fn update_findings(&self, document: &Document, changes: &[RecordChange]) -> FindingsUpdate {
        let mut shown = lock(&self.shown);
        let (now, options) = now_and_options(shown.language);
        let findings = shown.checker.check(document, options, now, Some(changes));
        let splices = splices(&shown.list, &findings);
        let from = shown.generation;
        shown.generation += 1;
        shown.list = findings;
        FindingsUpdate {
            from,
            to: shown.generation,
            splices,
        }
    }

    pub fn remember_export(&self, path: &Path) {
        lock(&self.exported).insert(path.to_path_buf());
    }

    pub fn was_exported(&self, path: &Path) -> bool {
        lock(&self.exported).contains(path)
    }
}
