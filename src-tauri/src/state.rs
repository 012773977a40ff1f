//! What the app holds between commands: the open document's edit session
//! (`kirjuri_session`, behind one lock), the settings and the files it
//! exported (the only files the UI may ask it to open).

use crate::error::UiError;
use crate::settings::Settings;
use kirjuri_session::Session;
pub use kirjuri_session::{file_name, ChangesView, DocumentView, PanelFindings, UndoResult};
use kirjuri_store::{LockHolder, Store};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

#[derive(Debug)]
pub struct AppState {
    session: Mutex<Option<Session>>,
    /// The last file refused because another Kirjuri holds it, with the
    /// holder the user was told about: the one lock they may choose to break.
    refused: Mutex<Option<(PathBuf, Option<LockHolder>)>>,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
    exported: Mutex<HashSet<PathBuf>>,
    /// The file named on the command line, opened by the UI once it is up.
    pub startup_file: Option<PathBuf>,
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
            session: Mutex::new(None),
            refused: Mutex::new(None),
            settings: Mutex::new(Settings::load(&settings_path)),
            settings_path,
            exported: Mutex::new(HashSet::new()),
            startup_file,
        }
    }

    /// Runs `action` on the open document's session.
    pub fn with_session<T>(
        &self,
        action: impl FnOnce(&mut Session) -> Result<T, UiError>,
    ) -> Result<T, UiError> {
        let mut session = lock(&self.session);
        action(session.as_mut().ok_or_else(UiError::no_document)?)
    }

    /// Runs `action` on the open document's store, for what is not an edit
    /// (a copy, the history, an export); an edit goes through the session.
    pub fn with_store<T>(
        &self,
        action: impl FnOnce(&mut Store) -> Result<T, UiError>,
    ) -> Result<T, UiError> {
        self.with_session(|session| action(session.store_mut()))
    }

    /// Makes `store` the open document, checked from the start in a new
    /// session, and remembers it among the recent files.
    pub fn set_store(&self, store: Store) -> DocumentView {
        let session = Session::on(store);
        let view = session.view();
        *lock(&self.session) = Some(session);
        self.update_settings(|settings| settings.remember(&view.path));
        view
    }

    pub fn close_store(&self) {
        *lock(&self.session) = None;
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

    pub fn remember_export(&self, path: &Path) {
        lock(&self.exported).insert(path.to_path_buf());
    }

    pub fn was_exported(&self, path: &Path) -> bool {
        lock(&self.exported).contains(path)
    }
}
