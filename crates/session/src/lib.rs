//! One open document being edited, outside any window: the store, the checks
//! kept from edit to edit, the generation of the findings list last shown and
//! the clock. Every edit — apply, undo, redo, delete-and-forget — returns the
//! records it changed with the findings as splices of the list shown before,
//! so the window redraws only what changed. The desktop shell holds one
//! `Session` behind one lock; the command line uses it too.

use chrono::{Local, NaiveDate, NaiveDateTime};
use kirjuri_model::calendar::{self, Due};
use kirjuri_model::changes::splices;
use kirjuri_model::checks::check_at;
use kirjuri_model::{
    ChangeSet, CheckOptions, Checker, Document, Edit, Finding, Language, RecordChange, RecordKind,
    Splice,
};
use kirjuri_store::{ChangeSummary, Store, StoreError};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use uuid::Uuid;

/// The last generation given to a findings list in this process. Generations
/// only grow, across sessions too: a window that held another document's list
/// never takes an older list, or this document's first, for its own.
static GENERATION: AtomicU64 = AtomicU64::new(0);

fn next_generation() -> u64 {
    GENERATION.fetch_add(1, Ordering::Relaxed) + 1
}

/// Where "now" comes from: the system's clock in the app, a fixed moment in tests.
pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> NaiveDateTime;
}

/// The computer's local time.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        Local::now().naive_local()
    }
}

/// Always the same moment.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub NaiveDateTime);

impl Clock for FixedClock {
    fn now(&self) -> NaiveDateTime {
        self.0
    }
}

/// The open document as the window sees it.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct DocumentView {
    #[ts(type = "string")]
    pub path: PathBuf,
    pub file_name: String,
    pub document: Document,
    pub last_changed: Option<NaiveDate>,
    /// The file is open read-only: no edit is saved, "Save a copy…" still works.
    pub read_only: bool,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// What an edit, undo or redo changed: the records changed and removed, the
/// findings as splices of the list shown before, and the document's state
/// beside them. Its size follows the edit, not the document.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ChangesView {
    pub changes: ChangeSet,
    pub findings: FindingsUpdate,
    pub last_changed: Option<NaiveDate>,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// The findings list after a change, as splices of the list of generation
/// `from`; a window that holds another generation asks for the whole list
/// again ([`Session::panel_findings`]).
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct FindingsUpdate {
    pub from: u64,
    pub to: u64,
    pub splices: Vec<Splice<Finding>>,
}

/// The findings list whole, and its generation.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct PanelFindings {
    pub generation: u64,
    pub findings: Vec<Finding>,
}

/// What an undo or a redo did, and what it changed.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct UndoResult {
    /// False when there was nothing to undo (or redo).
    pub undone: bool,
    /// What the user's edit that was undone (or redone) did.
    pub summary: Option<ChangeSummary>,
    pub changed: ChangesView,
}

/// The findings last shown, checked in `language`, and the checks kept edit
/// by edit that found them.
#[derive(Debug, Default)]
struct Shown {
    generation: u64,
    language: Option<Language>,
    list: Vec<Finding>,
    checker: Checker,
}

/// One open document being edited.
#[derive(Debug)]
pub struct Session {
    store: Store,
    shown: Shown,
    clock: Box<dyn Clock>,
}

impl Session {
    /// A session on `store`, its time read from `clock`.
    pub fn new(store: Store, clock: Box<dyn Clock>) -> Session {
        Session {
            store,
            shown: Shown::default(),
            clock,
        }
    }

    /// A session on `store` with the computer's clock.
    pub fn on(store: Store) -> Session {
        Session::new(store, Box::new(SystemClock))
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The store, for what is not an edit of the document (a copy, the
    /// history, a lock); an edit goes through [`Session::apply`] or is
    /// followed by [`Session::changed`], so the findings follow it.
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn document(&self) -> &Document {
        self.store.document()
    }

    pub fn into_store(self) -> Store {
        self.store
    }

    /// This moment, by the session's clock.
    pub fn now(&self) -> NaiveDateTime {
        self.clock.now()
    }

    /// Today, by the session's clock.
    pub fn today(&self) -> NaiveDate {
        self.now().date()
    }

    /// The checks' options now; texts missing in `language` are reported when it is given.
    pub fn check_options(&self, language: Option<Language>) -> CheckOptions {
        CheckOptions {
            as_of: self.today(),
            export_language: language,
        }
    }

    /// The document as the window shows it.
    pub fn view(&self) -> DocumentView {
        let (can_undo, can_redo) = self.undo_redo();
        DocumentView {
            path: self.store.path().to_path_buf(),
            file_name: file_name(self.store.path()),
            document: self.store.document().clone(),
            last_changed: self.store.last_changed(),
            read_only: self.store.is_read_only(),
            can_undo,
            can_redo,
        }
    }

    /// Every finding as of now (a breach's 72 hours run by the hour), a whole check.
    pub fn findings(&self, language: Option<Language>) -> Vec<Finding> {
        check_at(self.document(), self.check_options(language), self.now())
    }

    /// What falls due, earliest first, as of now.
    pub fn calendar(&self) -> Vec<Due> {
        calendar::due(self.document(), self.now())
    }

    /// The findings list whole, checked in `language`, as a new generation:
    /// the list every later change is spliced into.
    pub fn panel_findings(&mut self, language: Option<Language>) -> PanelFindings {
        let (options, now) = (self.check_options(language), self.now());
        let findings = self
            .shown
            .checker
            .check(self.store.document(), options, now, None);
        self.shown.generation = next_generation();
        self.shown.language = language;
        self.shown.list = findings.clone();
        PanelFindings {
            generation: self.shown.generation,
            findings,
        }
    }

    /// Applies `edits` as one change, saved at once.
    pub fn apply(&mut self, user: &str, edits: &[Edit]) -> Result<ChangesView, StoreError> {
        let changes = self.store.apply(user, edits)?;
        Ok(self.changed(&changes))
    }

    /// Applies `edits` as one change with a note in the history.
    pub fn apply_noted(
        &mut self,
        user: &str,
        edits: &[Edit],
        note: Option<&str>,
    ) -> Result<ChangesView, StoreError> {
        let changes = self.store.apply_noted(user, edits, note)?;
        Ok(self.changed(&changes))
    }

    /// Undoes the user's last edit, if any.
    pub fn undo(&mut self, user: &str) -> Result<UndoResult, StoreError> {
        let reverted = self.store.undo(user)?;
        Ok(self.reverted(reverted))
    }

    /// Redoes the edit last undone, if any.
    pub fn redo(&mut self, user: &str) -> Result<UndoResult, StoreError> {
        let reverted = self.store.redo(user)?;
        Ok(self.reverted(reverted))
    }

    /// Deletes the records `ids` of `kind` in one edit and forgets them from
    /// the history at once (old data-subject requests hold who asked).
    pub fn delete_and_forget(
        &mut self,
        user: &str,
        kind: RecordKind,
        ids: &[Uuid],
    ) -> Result<ChangesView, StoreError> {
        let (changes, _) = self.store.delete_and_forget(user, kind, ids)?;
        Ok(self.changed(&changes))
    }

    /// The view of `changes`, just made to the document by the store: the
    /// registers they did not touch keep their findings, the list shown is
    /// spliced and its generation moves on.
    pub fn changed(&mut self, changes: &[RecordChange]) -> ChangesView {
        let (options, now) = (self.check_options(self.shown.language), self.now());
        let findings = self
            .shown
            .checker
            .check(self.store.document(), options, now, Some(changes));
        let splices = splices(&self.shown.list, &findings);
        let from = self.shown.generation;
        self.shown.generation = next_generation();
        self.shown.list = findings;
        let (can_undo, can_redo) = self.undo_redo();
        ChangesView {
            changes: self.store.document().change_set(changes),
            findings: FindingsUpdate {
                from,
                to: self.shown.generation,
                splices,
            },
            last_changed: self.store.last_changed(),
            can_undo,
            can_redo,
        }
    }

    fn reverted(&mut self, reverted: Option<kirjuri_store::Reverted>) -> UndoResult {
        let (undone, summary, changes) = match reverted {
            Some(r) => (true, r.summary, r.changes),
            None => (false, None, Vec::new()),
        };
        UndoResult {
            undone,
            summary,
            changed: self.changed(&changes),
        }
    }

    fn undo_redo(&self) -> (bool, bool) {
        match self.store.is_read_only() {
            true => (false, false),
            false => self.store.undo_redo_available().unwrap_or((false, false)),
        }
    }
}

/// A file's name as the window shows it.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
