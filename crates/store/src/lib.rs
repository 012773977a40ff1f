//! The Kirjuri document as one portable `.sqlite` file: creating, opening
//! (safely: files arrive by e-mail from other people), upgrading, editing with
//! one transaction per user edit by one writer at a time, the change history,
//! undo and redo, forgetting deleted records, and copies with or without history.
//!
//! Invariants:
//! - Between edits the file is whole on its own: rollback journal (never WAL),
//!   so no `-wal`/`-shm` file is left beside it.
//! - A file is validated before anything is written to it: SQLite's quick check,
//!   the application id, the schema version and the exact schema. A refused file's
//!   bytes are never changed.
//! - Read-only opens (check, export) never write, not even to upgrade: an older
//!   file is upgraded in memory. They create no file beside it.
//! - One writer at a time: an open for editing holds the lock file (`lock`), and
//!   every commit first checks that the lock is still its own and that the file
//!   is the one it loaded (its newest edit and, on Unix, its inode).
//! - The store never logs record contents.

mod answers;
pub mod atomic;
pub mod compare;
pub mod conflicted;
mod error;
pub mod history;
pub mod lineage;
pub mod lock;
pub mod schema;

pub use error::StoreError;
pub use history::{ChangeSummary, EditAction, FieldChange, HistoryEntry, SummaryVerb};
pub use lock::LockHolder;

use kirjuri_model::{Document, Edit, LocalizedText, Record, RecordChange, RecordKind};
use lock::Lock;
use rusqlite::config::DbConfig;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use schema::{APPLICATION_ID, CURRENT_VERSION};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// One open Kirjuri document.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    connection: Connection,
    document: Document,
    /// The lock file this store holds while the document is open for
    /// editing; `None` when it is open read-only.
    lock: Option<Lock>,
    /// What the file was when it was loaded or last committed by this store.
    stamp: Stamp,
    /// Whether the log's seals were checked and hold. Checked once, when
    /// first needed: the store's own commits keep the chain, and the stamp
    /// check keeps any other writer out.
    history_sealed: std::cell::Cell<bool>,
}

/// What a file is, to notice that it changed behind the store's back: the
/// newest edit in its log (every writer adds one), and on Unix the file's
/// identity (a sync client replaces a file by renaming another over it).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    last_edit: i64,
    last_at: String,
    identity: Option<(u64, u64)>,
}

/// What an undo or a redo did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reverted {
    /// The edit that was undone, or the undo that was redone.
    pub reverted: i64,
    /// What the user's original edit did, for "Undid: deleted register Kundregister".
    pub summary: Option<ChangeSummary>,
    /// What the undo or redo changed (`Document::change_set` turns it into
    /// the window's change set).
    pub changes: Vec<RecordChange>,
}

type Result<T> = std::result::Result<T, StoreError>;

impl Store {
    /// Creates a new document for an organisation at `path`, which must not exist,
    /// and opens it for editing.
    pub fn create(path: &Path, organisation_name: LocalizedText, user: &str) -> Result<Store> {
        Store::create_from(path, &Document::new(organisation_name), user)
    }

    /// Creates `path` holding `document` (an import) and opens it for editing;
    /// `path` must not exist.
    pub fn create_from(path: &Path, document: &Document, user: &str) -> Result<Store> {
        write_new_file(path, document, user)?;
        Store::open(path, user)
    }

    /// Opens a document for editing by `user`: takes its lock (see `lock`), so
    /// that no other Kirjuri writes it meanwhile. An older file is upgraded after
    /// a backup copy (`NAME.vN-backup.sqlite`) is written beside it.
    pub fn open(path: &Path, user: &str) -> Result<Store> {
        check_regular_file(path)?;
        let read_only_file = std::fs::metadata(path)
            .map(|m| m.permissions().readonly())
            .unwrap_or(false);
        if read_only_file {
            return Err(StoreError::NotWritable(path.to_path_buf()));
        }
        let lock = Lock::acquire(path, user)?;
        let connection = open_connection(path, false)?;
        if connection.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
            return Err(StoreError::NotWritable(path.to_path_buf()));
        }
        let version = validate(&connection, path)?;
        if version < CURRENT_VERSION {
            let backup = backup_path(path, version);
            if backup.exists() {
                return Err(StoreError::FileExists(backup));
            }
            // Whole or not at all, so a crash here leaves no half backup
            // that would refuse the next opening.
            let pending = pending_beside(&backup)?;
            connection
                .execute("VACUUM INTO ?1", [pending.path().to_string_lossy()])
                .map_err(|e| StoreError::sqlite(path, e))?;
            place_new(pending, &backup)?;
            upgrade(&connection, version, path)?;
        }
        // A file someone switched to WAL would leave -wal/-shm files beside it.
        connection
            .pragma_update(None, "journal_mode", "DELETE")
            .map_err(|e| StoreError::sqlite(path, e))?;
        let document = load(&connection, path)?;
        let stamp = read_stamp(&connection, path)?;
        Ok(Store {
            path: path.to_path_buf(),
            connection,
            document,
            lock: Some(lock),
            stamp,
            history_sealed: std::cell::Cell::new(false),
        })
    }

    /// Opens a document for editing after breaking the lock the user was shown
    /// (`seen`, from `StoreError::InUse`) and agreed to break. A lock taken
    /// since is not broken: that is reported as `InUse` again.
    pub fn open_breaking_lock(path: &Path, user: &str, seen: Option<&LockHolder>) -> Result<Store> {
        check_regular_file(path)?;
        lock::break_lock(path, seen)?;
        Store::open(path, user)
    }

    /// Opens a document to read it; the file is never written and no file is
    /// created beside it. An older file is upgraded in a copy in memory.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        check_regular_file(path)?;
        let file_connection = if is_wal_mode(path) {
            // SQLite would create -wal and -shm files to read it. Unless a
            // -wal holds changes not yet in the file, the file alone is the
            // document and can be read as an immutable file, without side files.
            let wal = sibling(path, "-wal");
            if std::fs::metadata(&wal)
                .map(|m| m.len() > 0)
                .unwrap_or(false)
            {
                return Err(StoreError::UnfinishedSave(path.to_path_buf()));
            }
            open_immutable(path)?
        } else {
            open_connection(path, true)?
        };
        let version = validate(&file_connection, path)?;
        let connection = if version < CURRENT_VERSION {
            let mut memory =
                Connection::open_in_memory().map_err(|e| StoreError::sqlite(path, e))?;
            let copy = rusqlite::backup::Backup::new(&file_connection, &mut memory)
                .map_err(|e| StoreError::sqlite(path, e))?;
            copy.run_to_completion(1024, std::time::Duration::ZERO, None)
                .map_err(|e| StoreError::sqlite(path, e))?;
            drop(copy);
            upgrade(&memory, version, path)?;
            memory
        } else {
            file_connection
        };
        let document = load(&connection, path)?;
        let stamp = read_stamp(&connection, path)?;
        Ok(Store {
            path: path.to_path_buf(),
            connection,
            document,
            lock: None,
            stamp,
            history_sealed: std::cell::Cell::new(false),
        })
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Who holds the document for editing: this store, when it is open for editing.
    pub fn lock_holder(&self) -> Option<&LockHolder> {
        self.lock.as_ref().map(Lock::holder)
    }

    /// Applies one user edit (any number of record changes) in one transaction.
    /// When this returns `Ok`, the change is on disk.
    pub fn apply(&mut self, user: &str, edits: &[Edit]) -> Result<Vec<RecordChange>> {
        self.apply_noted(user, edits, None)
    }

    /// Applies one edit as [`Store::apply`] does, with a note in its log
    /// entry (a merge: the file it came from and what it declined).
    pub fn apply_noted(
        &mut self,
        user: &str,
        edits: &[Edit],
        note: Option<&str>,
    ) -> Result<Vec<RecordChange>> {
        let (changes, after) = match self.document.plan_puts(edits) {
            // Puts alone (the window's edits) are made in place: no copy of the document.
            Some(planned) => (planned?, After::InPlace),
            None => {
                let (next, changes) = self.document.plan(edits)?;
                // A record deleted and put again in one edit moves to the end of its
                // list in the plan but keeps its row's place in the file: read the
                // order back from the file then, so that both agree.
                let moved = edits.iter().any(|e| matches!(e, Edit::Delete { .. }))
                    && edits.iter().any(|e| matches!(e, Edit::Put { .. }));
                let after = if moved {
                    After::ReadBack
                } else {
                    After::Planned(Box::new(next))
                };
                (changes, after)
            }
        };
        if !changes.is_empty() {
            self.commit(
                user,
                EditAction::Edit,
                None,
                &changes,
                &HashMap::new(),
                after,
                note,
            )?;
        }
        Ok(changes)
    }

    /// Checks that the edit log still matches its seals (`lineage`): history,
    /// undo and merge trust nothing else. `BrokenHistory` names the first
    /// edit that does not.
    pub fn check_history(&self) -> Result<()> {
        if self.history_sealed.get() {
            return Ok(());
        }
        match lineage::first_broken(&self.connection)
            .map_err(|e| StoreError::sqlite(&self.path, e))?
        {
            Some(edit) => Err(StoreError::BrokenHistory {
                path: self.path.clone(),
                edit,
            }),
            None => {
                self.history_sealed.set(true);
                Ok(())
            }
        }
    }

    /// Every edit of the log with its stable id, oldest first; refused when
    /// the log's seals do not hold.
    pub fn lineage(&self) -> Result<Vec<lineage::LogEntry>> {
        self.check_history()?;
        lineage::entries(&self.connection).map_err(|e| StoreError::sqlite(&self.path, e))
    }

    /// Whether there is an edit to undo and an undo to redo.
    /// A log whose seals do not hold offers neither (undo and redo say why).
    pub fn undo_redo_available(&self) -> Result<(bool, bool)> {
        if self.check_history().is_err() {
            return Ok((false, false));
        }
        let state = undo_state(&self.connection).map_err(|e| StoreError::sqlite(&self.path, e))?;
        Ok((!state.done.is_empty(), !state.undone.is_empty()))
    }

    /// Undoes the newest edit not yet undone (a redo counts as an edit).
    /// Returns `None` when there is nothing to undo.
    pub fn undo(&mut self, user: &str) -> Result<Option<Reverted>> {
        self.check_history()?;
        let state = undo_state(&self.connection).map_err(|e| StoreError::sqlite(&self.path, e))?;
        match state.done.last() {
            Some(&target) => self.revert(user, EditAction::Undo, target).map(Some),
            None => Ok(None),
        }
    }

    /// Redoes the newest undo, unless an edit was made after it (a new edit
    /// drops what could be redone). Returns `None` when there is nothing to redo.
    pub fn redo(&mut self, user: &str) -> Result<Option<Reverted>> {
        self.check_history()?;
        let state = undo_state(&self.connection).map_err(|e| StoreError::sqlite(&self.path, e))?;
        match state.undone.last() {
            Some(&target) => self.revert(user, EditAction::Redo, target).map(Some),
            None => Ok(None),
        }
    }

    /// Sets every record that edit `target` changed back to its state before
    /// it, in its place in its list, as a new edit of kind `action`.
    fn revert(&mut self, user: &str, action: EditAction, target: i64) -> Result<Reverted> {
        let path = self.path.clone();
        let logged = read_edit_records(&self.connection, target)
            .map_err(|e| StoreError::sqlite(&path, e))?;
        let positions: HashMap<(RecordKind, Uuid), i64> = logged
            .iter()
            .filter_map(|l| l.position.map(|p| ((l.change.kind, l.change.id), p)))
            .collect();
        let changes: Vec<RecordChange> = logged.into_iter().map(|l| l.change).collect();
        // An edit that only changed records is reverted in place; one that
        // added or removed records is read back, so that each is in its place.
        let (after, reverted) = match self.document.plan_revert_in_place(&changes) {
            Some(planned) => (After::InPlace, planned?),
            None => (After::ReadBack, self.document.plan_revert(&changes)?.1),
        };
        let summary = self
            .summary_of(target)
            .map_err(|e| StoreError::sqlite(&path, e))?;
        self.commit(
            user,
            action,
            Some(target),
            &reverted,
            &positions,
            after,
            None,
        )?;
        Ok(Reverted {
            reverted: target,
            summary,
            changes: reverted,
        })
    }

    /// What the user's own edit behind `edit` did: an undo or a redo is
    /// followed back to the edit it finally stands for.
    fn summary_of(&self, edit: i64) -> rusqlite::Result<Option<ChangeSummary>> {
        let mut current = edit;
        // Each step goes to an older edit, so this ends; the bound guards a tampered log.
        for _ in 0..64 {
            let (action, undoes): (String, Option<i64>) = self.connection.query_row(
                "SELECT action, undoes FROM edit WHERE id = ?1",
                [current],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?;
            match (action.as_str(), undoes) {
                // A redo stands for what its undo undid; an undo for what it undid.
                ("redo" | "undo", Some(older)) if older < current => current = older,
                ("edit", _) => {
                    let changes: Vec<RecordChange> = read_edit_records(&self.connection, current)?
                        .into_iter()
                        .map(|l| l.change)
                        .collect();
                    return Ok(history::summary(&changes));
                }
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    /// Checks that this store may still write the file and that the file is
    /// the one it loaded; the caller then writes within `transaction`.
    fn check_still_ours(&self) -> Result<()> {
        let Some(lock) = &self.lock else {
            return Err(StoreError::ReadOnly);
        };
        if !lock.is_held() {
            return Err(StoreError::LockLost(self.path.clone()));
        }
        if file_identity(&self.path) != self.stamp.identity {
            return Err(StoreError::ChangedOnDisk(self.path.clone()));
        }
        Ok(())
    }

    /// Writes one edit of the log and its record changes in one transaction,
    /// after making sure that the file is still the one this store loaded;
    /// `after` says how the document after it is had.
    #[allow(clippy::too_many_arguments)] // the log entry's fields, and how the document after is had
    fn commit(
        &mut self,
        user: &str,
        action: EditAction,
        undoes: Option<i64>,
        changes: &[RecordChange],
        positions: &HashMap<(RecordKind, Uuid), i64>,
        after: After,
        note: Option<&str>,
    ) -> Result<()> {
        self.check_still_ours()?;
        let path = self.path.clone();
        let sqlite = |e| StoreError::sqlite(&path, e);
        let transaction = begin_unchanged(&mut self.connection, &path, &self.stamp)?;
        let (edit, at) = write_edit(&transaction, user, action, undoes, changes, positions, note)
            .map_err(sqlite)?;
        let next = match after {
            After::Planned(next) => Some(*next),
            After::InPlace => None,
            After::ReadBack => Some(load(&transaction, &path)?),
        };
        transaction.commit().map_err(sqlite)?;
        match next {
            Some(next) => self.document = next,
            None => self.document.apply_changes(changes),
        }
        self.stamp.last_edit = edit;
        self.stamp.last_at = at;
        Ok(())
    }

    /// Forgets a deleted record: its states are removed from the edit log
    /// (and, for a register, those of its deleted parts), the log records that
    /// something was forgotten, by whom and when, and the file is vacuumed so
    /// that the removed bytes are gone from it. Edits before this can no
    /// longer be undone. Returns how many records were forgotten.
    pub fn forget(&mut self, user: &str, id: Uuid) -> Result<usize> {
        self.forget_all(user, &[id])
    }

    /// Deletes the records `ids` (of `kind`) in one edit and forgets them at
    /// once: what the user confirms for records that hold personal data and
    /// are no longer needed (old data-subject requests). Returns what the
    /// deletion changed and how many records were forgotten.
    pub fn delete_and_forget(
        &mut self,
        user: &str,
        kind: RecordKind,
        ids: &[Uuid],
    ) -> Result<(Vec<RecordChange>, usize)> {
        if ids.is_empty() {
            return Ok((Vec::new(), 0));
        }
        let deletes: Vec<Edit> = ids.iter().map(|&id| Edit::Delete { kind, id }).collect();
        let changes = self.apply(user, &deletes)?;
        let forgotten = self.forget_all(user, ids)?;
        Ok((changes, forgotten))
    }

    /// Forgets every one of `ids` (see [`Store::forget`]) in one transaction,
    /// one entry of the log and one vacuum; nothing is forgotten when one of
    /// them cannot be.
    pub fn forget_all(&mut self, user: &str, ids: &[Uuid]) -> Result<usize> {
        self.check_still_ours()?;
        let path = self.path.clone();
        let sqlite = |e| StoreError::sqlite(&path, e);
        let mut targets = Vec::with_capacity(ids.len());
        for &id in ids {
            let kind: Option<String> = self
                .connection
                .query_row(
                    "SELECT kind FROM edit_record WHERE record_id = ?1 LIMIT 1",
                    [id.to_string()],
                    |row| row.get(0),
                )
                .optional()
                .map_err(sqlite)?;
            let present = self.document.records().iter().any(|r| r.id() == id);
            match kind.as_deref().and_then(RecordKind::from_name) {
                Some(kind) if !present => targets.push((id, kind)),
                found => {
                    return Err(StoreError::NotForgettable {
                        kind: found
                            .or_else(|| {
                                self.document
                                    .records()
                                    .iter()
                                    .find(|r| r.id() == id)
                                    .map(Record::kind)
                            })
                            .unwrap_or(RecordKind::Organisation),
                        id,
                    })
                }
            }
        }
        if targets.is_empty() {
            return Ok(0);
        }
        let live: std::collections::HashSet<String> = self
            .document
            .records()
            .iter()
            .map(|r| r.id().to_string())
            .collect();
        let transaction = begin_unchanged(&mut self.connection, &path, &self.stamp)?;
        let mut forgotten = std::collections::BTreeSet::new();
        for (id, kind) in targets {
            forgotten.insert(id.to_string());
            if kind == RecordKind::Register {
                // The parts deleted with the register.
                let mut statement = transaction
                    .prepare(
                        "SELECT DISTINCT record_id FROM edit_record
                         WHERE json_extract(COALESCE(before, after), '$.register') = ?1",
                    )
                    .map_err(sqlite)?;
                let parts: Vec<String> = statement
                    .query_map([id.to_string()], |row| row.get(0))
                    .and_then(|rows| rows.collect())
                    .map_err(sqlite)?;
                drop(statement);
                forgotten.extend(parts.into_iter().filter(|p| !live.contains(p)));
            }
        }
        // The oldest edit whose logged states change: from there on the log is sealed again.
        let mut rewritten_from: Option<i64> = None;
        for record in &forgotten {
            let oldest: Option<i64> = transaction
                .query_row(
                    "SELECT MIN(edit_id) FROM edit_record WHERE record_id = ?1",
                    [record],
                    |row| row.get(0),
                )
                .map_err(sqlite)?;
            rewritten_from = match (rewritten_from, oldest) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            transaction
                .execute("DELETE FROM edit_record WHERE record_id = ?1", [record])
                .map_err(sqlite)?;
        }
        let note = match rewritten_from {
            Some(first) => {
                let resealed = lineage::reseal_from(&transaction, first).map_err(sqlite)?;
                Some(format!(
                    "re-sealed {resealed} edit(s) from #{first} on, whose forgotten states were removed"
                ))
            }
            None => None,
        };
        let (edit, at) = write_edit(
            &transaction,
            user,
            EditAction::Forget,
            None,
            &[],
            &HashMap::new(),
            note.as_deref(),
        )
        .map_err(sqlite)?;
        transaction.commit().map_err(sqlite)?;
        self.stamp.last_edit = edit;
        self.stamp.last_at = at;
        // Rebuilds the file from the rows that remain: freed pages keep no old bytes.
        self.connection.execute_batch("VACUUM").map_err(sqlite)?;
        Ok(forgotten.len())
    }

    /// Every edit, oldest first, with the fields each one changed.
    pub fn history(&self) -> Result<Vec<HistoryEntry>> {
        self.check_history()?;
        let path = &self.path;
        let mut statement = self
            .connection
            .prepare("SELECT id, at, user, undoes, action, uid, note FROM edit ORDER BY id")
            .map_err(|e| StoreError::sqlite(path, e))?;
        type Row = (
            i64,
            String,
            String,
            Option<i64>,
            String,
            String,
            Option<String>,
        );
        let edits: Vec<Row> = statement
            .query_map([], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get::<_, Option<String>>(5)?.unwrap_or_default(),
                    row.get(6)?,
                ))
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::sqlite(path, e))?;
        edits
            .into_iter()
            .map(|(edit, at, user, undoes, action, uid, note)| {
                let records = read_edit_records(&self.connection, edit)
                    .map_err(|e| StoreError::sqlite(path, e))?;
                let changes = records
                    .iter()
                    .flat_map(|l| {
                        let c = &l.change;
                        history::field_changes(c.kind, c.id, c.before.as_ref(), c.after.as_ref())
                    })
                    .collect();
                Ok(HistoryEntry {
                    edit,
                    at,
                    user,
                    action: EditAction::from_name(&action).unwrap_or(EditAction::Edit),
                    undoes,
                    changes,
                    uid,
                    note,
                })
            })
            .collect()
    }

    /// The time of the newest edit (RFC 3339, UTC).
    pub fn last_changed_at(&self) -> Result<Option<String>> {
        self.connection
            .query_row("SELECT MAX(at) FROM edit", [], |row| row.get(0))
            .map_err(|e| StoreError::sqlite(&self.path, e))
    }

    /// The date of the newest edit.
    pub fn last_changed(&self) -> Option<chrono::NaiveDate> {
        let at = self.last_changed_at().ok().flatten()?;
        chrono::DateTime::parse_from_rfc3339(&at)
            .ok()
            .map(|t| t.date_naive())
    }

    /// Writes a consistent copy of the document to `target`, which must not
    /// exist: with its whole history, or (`Copy::WithoutHistory`, for sending)
    /// the current document only, its log holding just the copy's creation by `user`.
    pub fn save_copy(&self, target: &Path, copy: Copy, user: &str) -> Result<()> {
        match copy {
            Copy::WithoutHistory => {
                // A copy to send holds the document as it is: not the old
                // description still under review (it is kept only until its
                // review is finished).
                let mut document = self.document.clone();
                document.organisation.imported_description = None;
                write_new_file(target, &document, user)
            }
            Copy::WithHistory => {
                if target.exists() {
                    return Err(StoreError::FileExists(target.to_path_buf()));
                }
                let pending = pending_beside(target)?;
                self.connection
                    .execute("VACUUM INTO ?1", [pending.path().to_string_lossy()])
                    .map_err(|e| StoreError::sqlite(target, e))?;
                place_new(pending, target)
            }
        }
    }

    /// Limits the file to `pages` pages of the database, as a full disk would
    /// (for tests of what a failed write leaves).
    #[doc(hidden)]
    pub fn limit_file_size(&self, pages: u32) -> Result<()> {
        self.connection
            .pragma_update(None, "max_page_count", pages)
            .map_err(|e| StoreError::sqlite(&self.path, e))
    }
}

/// Whether a copy keeps the edit history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Copy {
    WithHistory,
    WithoutHistory,
}

/// Writes `path` holding `document`, with its creation by `user` as the one
/// edit in its log; `path` must not exist. The file appears whole or not at
/// all: it is written under a temporary name in the same folder and then
/// linked into place.
fn write_new_file(path: &Path, document: &Document, user: &str) -> Result<()> {
    document.validate()?;
    if path.exists() {
        return Err(StoreError::FileExists(path.to_path_buf()));
    }
    let pending = pending_beside(path)?;
    {
        let mut connection = Connection::open_with_flags(
            pending.path(),
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_NOFOLLOW
                | OpenFlags::SQLITE_OPEN_EXRESCODE,
        )
        .map_err(|e| StoreError::sqlite(path, e))?;
        configure(&connection).map_err(|e| StoreError::sqlite(path, e))?;
        let transaction = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::sqlite(path, e))?;
        schema::migrate(&transaction, 0).map_err(|e| StoreError::sqlite(path, e))?;
        let changes: Vec<RecordChange> = document
            .records()
            .into_iter()
            .map(|record| RecordChange {
                kind: record.kind(),
                id: record.id(),
                before: None,
                after: Some(record),
            })
            .collect();
        write_edit(
            &transaction,
            user,
            EditAction::Edit,
            None,
            &changes,
            &HashMap::new(),
            None,
        )
        .map_err(|e| StoreError::sqlite(path, e))?;
        transaction
            .commit()
            .map_err(|e| StoreError::sqlite(path, e))?;
    }
    place_new(pending, path)
}

/// A temporary file beside `path` for a new document (`atomic::Pending`).
fn pending_beside(path: &Path) -> Result<atomic::Pending> {
    atomic::Pending::beside(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Puts a new document in place, never over an existing file.
fn place_new(pending: atomic::Pending, path: &Path) -> Result<()> {
    pending
        .place(atomic::Placing::New)
        .map_err(|source| match source.kind() {
            std::io::ErrorKind::AlreadyExists => StoreError::FileExists(path.to_path_buf()),
            _ => StoreError::Io {
                path: path.to_path_buf(),
                source,
            },
        })
}

/// Which edits can be undone and redone, worked out by walking the log: a
/// user's edit can be undone and drops what could be redone; an undo can be
/// redone; a redo can be undone again. A forget, or a log that does not add
/// up (tampered), ends what can be undone.
#[derive(Debug, Default)]
struct UndoState {
    /// Edits to revert for undo, newest last.
    done: Vec<i64>,
    /// Undos to revert for redo, newest last.
    undone: Vec<i64>,
}

fn undo_state(connection: &Connection) -> rusqlite::Result<UndoState> {
    let mut statement = connection.prepare("SELECT id, action, undoes FROM edit ORDER BY id")?;
    let rows: Vec<(i64, String, Option<i64>)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut state = UndoState::default();
    // The first edit creates the document and is never undone.
    for (id, action, undoes) in rows.into_iter().skip(1) {
        match (action.as_str(), undoes) {
            ("edit", None) => {
                state.done.push(id);
                state.undone.clear();
            }
            ("undo", Some(target)) if state.done.last() == Some(&target) => {
                state.done.pop();
                state.undone.push(id);
            }
            ("redo", Some(target)) if state.undone.last() == Some(&target) => {
                state.undone.pop();
                state.done.push(id);
            }
            _ => state = UndoState::default(),
        }
    }
    Ok(state)
}

/// Starts the write transaction of an edit: immediate, so no other writer
/// gets in between, and only when the file's newest edit is still the one this
/// store read (`ChangedOnDisk` otherwise: another program wrote to the file).
fn begin_unchanged<'c>(
    connection: &'c mut Connection,
    path: &Path,
    stamp: &Stamp,
) -> Result<rusqlite::Transaction<'c>> {
    let transaction = connection
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| StoreError::sqlite(path, e))?;
    let on_disk = read_stamp(&transaction, path)?;
    if (on_disk.last_edit, &on_disk.last_at) != (stamp.last_edit, &stamp.last_at) {
        return Err(StoreError::ChangedOnDisk(path.to_path_buf()));
    }
    Ok(transaction)
}

fn read_stamp(connection: &Connection, path: &Path) -> Result<Stamp> {
    let (last_edit, last_at) = connection
        .query_row(
            "SELECT id, at FROM edit ORDER BY id DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
        .map_err(|e| StoreError::sqlite(path, e))?
        .unwrap_or((0, String::new()));
    Ok(Stamp {
        last_edit,
        last_at,
        identity: file_identity(path),
    })
}

/// The device and inode of the file at `path` (a `stat`, which opens no file
/// descriptor that could drop SQLite's locks).
fn file_identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

fn check_regular_file(path: &Path) -> Result<()> {
    if !path.exists() {
        return Err(StoreError::NotFound(path.to_path_buf()));
    }
    if !path.is_file() {
        return Err(StoreError::NotKirjuri {
            path: path.to_path_buf(),
            reason: "it is not a regular file".into(),
        });
    }
    Ok(())
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether the file's header says WAL mode (bytes 18 and 19 are 2). Read
/// before SQLite opens the file in this process.
fn is_wal_mode(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 20];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .map(|()| header[18] == 2 || header[19] == 2)
        .unwrap_or(false)
}

/// How a store has the document after an edit it commits.
enum After {
    /// The document the plan gave.
    Planned(Box<Document>),
    /// The changes made to the document it holds (records that stay in
    /// their places, or new ones that go last).
    InPlace,
    /// Read back from the file in the edit's transaction (records put back
    /// in their old places).
    ReadBack,
}

/// Opens a file read-only as immutable: no locks and no side files.
fn open_immutable(path: &Path) -> Result<Connection> {
    let mut uri = String::from("file:");
    for byte in path.to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-_.~".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    let connection = Connection::open_with_flags(
        &uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_EXRESCODE,
    )
    .map_err(|e| StoreError::sqlite(path, e))?;
    configure(&connection).map_err(|e| StoreError::sqlite(path, e))?;
    Ok(connection)
}

/// Opens the file with SQLite's settings for untrusted database files.
fn open_connection(path: &Path, read_only: bool) -> Result<Connection> {
    check_regular_file(path)?;
    let access = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    };
    let connection = Connection::open_with_flags(
        path,
        access
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_NOFOLLOW
            | OpenFlags::SQLITE_OPEN_EXRESCODE,
    )
    .map_err(|e| StoreError::sqlite(path, e))?;
    configure(&connection).map_err(|e| StoreError::sqlite(path, e))?;
    Ok(connection)
}

/// Defensive settings, before the file's content is looked at.
fn configure(connection: &Connection) -> rusqlite::Result<()> {
    connection.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    connection.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    // Kirjuri's schema has no triggers or views: none of a file author's may run.
    connection.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    connection.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false)?;
    connection.pragma_update(None, "cell_size_check", true)?;
    connection.pragma_update(None, "mmap_size", 0)?;
    connection.pragma_update(None, "foreign_keys", true)?;
    connection.busy_timeout(std::time::Duration::from_secs(2))?;
    Ok(())
}

/// Checks that the file is a healthy Kirjuri document this build can read; returns its version.
/// Reads only.
fn validate(connection: &Connection, path: &Path) -> Result<i64> {
    let not_kirjuri = |reason: &str| StoreError::NotKirjuri {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let application_id: i32 = connection
        .pragma_query_value(None, "application_id", |row| row.get(0))
        .map_err(|e| StoreError::sqlite(path, e))?;
    let version: i64 = connection
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|e| StoreError::sqlite(path, e))?;
    let quick_check: String = connection
        .pragma_query_value(None, "quick_check", |row| row.get(0))
        .map_err(|e| StoreError::sqlite(path, e))?;
    if quick_check != "ok" {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            reason: format!("SQLite's check reports: {quick_check}"),
        });
    }
    if application_id != APPLICATION_ID {
        let tables: i64 = connection
            .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
            .map_err(|e| StoreError::sqlite(path, e))?;
        return Err(not_kirjuri(if tables == 0 {
            "it is an empty database"
        } else {
            "it is an SQLite database of another application"
        }));
    }
    if version > CURRENT_VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    if version < 1 {
        return Err(not_kirjuri("it has no schema version"));
    }
    let expected = schema::expected_schema(version).map_err(|e| StoreError::sqlite(path, e))?;
    let actual = schema::schema_objects(connection).map_err(|e| StoreError::sqlite(path, e))?;
    if actual != expected {
        let mut odd: Vec<String> = actual
            .iter()
            .filter(|object| !expected.contains(object))
            .map(|(ty, name, _, _)| format!("{ty} {name}"))
            .collect();
        odd.extend(
            expected
                .iter()
                .filter(|object| !actual.contains(object))
                .map(|(ty, name, _, _)| format!("missing or altered {ty} {name}")),
        );
        return Err(StoreError::UnexpectedSchema {
            path: path.to_path_buf(),
            objects: odd.join(", "),
        });
    }
    Ok(version)
}

/// Brings a file from version `from` to the current one in one transaction:
/// the schema's migrations, then the data steps that need the model.
fn upgrade(connection: &Connection, from: i64, path: &Path) -> Result<()> {
    let sqlite = |e| StoreError::sqlite(path, e);
    connection
        .execute_batch("BEGIN IMMEDIATE")
        .map_err(sqlite)?;
    let steps = || -> Result<()> {
        schema::migrate(connection, from).map_err(sqlite)?;
        if from < schema::ANSWERS_VERSION {
            answers::forget_unset_defaults(connection, path)?;
        }
        if from < schema::LINEAGE_VERSION {
            // Every edit, the upgrade's own too, gets the id made from the
            // log (not a random one), so copies upgraded apart still agree.
            connection
                .execute("UPDATE edit SET uid = NULL", [])
                .map_err(sqlite)?;
            lineage::reseal_from(connection, i64::MIN).map_err(sqlite)?;
        }
        Ok(())
    };
    match steps() {
        Ok(()) => connection.execute_batch("COMMIT").map_err(sqlite),
        Err(error) => {
            let _ = connection.execute_batch("ROLLBACK");
            Err(error)
        }
    }
}

/// Reads every record and builds the document. A row and its JSON must
/// agree on the record's id and, for the parts of a register, the register
/// (the foreign key cascades on the row's), or the file is damaged.
fn load(connection: &Connection, path: &Path) -> Result<Document> {
    let damaged = |reason: String| StoreError::Damaged {
        path: path.to_path_buf(),
        reason,
    };
    let mut records = Vec::new();
    for kind in RecordKind::ALL {
        // Ordered here rather than by SQLite, whose sorter would copy every
        // row's JSON once more: a table is read in its rows' order.
        let mut statement = connection
            .prepare(&format!("SELECT *, rowid FROM {}", kind.name()))
            .map_err(|e| StoreError::sqlite(path, e))?;
        let rowid_column = statement.column_count() - 1;
        let column = |name: &str| statement.column_index(name).ok();
        let (Some(id_column), Some(data_column), Some(position_column)) =
            (column("id"), column("data"), column("position"))
        else {
            return Err(damaged(format!("the {kind} table lacks its columns")));
        };
        let mut placed: Vec<((i64, i64), Record)> = Vec::new();
        let register_column = column("register_id");
        let mut rows = statement
            .query([])
            .map_err(|e| StoreError::sqlite(path, e))?;
        while let Some(row) = rows.next().map_err(|e| StoreError::sqlite(path, e))? {
            let id: String = row
                .get(id_column)
                .map_err(|e| StoreError::sqlite(path, e))?;
            // Parsed where SQLite holds it, not copied out first.
            let data = row
                .get_ref(data_column)
                .map_err(|e| StoreError::sqlite(path, e))?
                .as_str()
                .map_err(|e| damaged(format!("the {kind} record {id} is not text ({e})")))?;
            let record = parse_record(*kind, data)
                .map_err(|e| damaged(format!("the {kind} record {id} cannot be read ({e})")))?;
            if record.id().to_string() != id {
                return Err(damaged(format!(
                    "the {kind} record {id} carries another id"
                )));
            }
            let row_register: Option<String> = match register_column {
                Some(column) => row.get(column).map_err(|e| StoreError::sqlite(path, e))?,
                None => None,
            };
            if row_register != record.register().map(|r| r.to_string()) {
                return Err(damaged(format!(
                    "the {kind} record {id} names another register than its row"
                )));
            }
            let position: i64 = row
                .get(position_column)
                .map_err(|e| StoreError::sqlite(path, e))?;
            let rowid: i64 = row
                .get(rowid_column)
                .map_err(|e| StoreError::sqlite(path, e))?;
            placed.push(((position, rowid), record));
        }
        placed.sort_by_key(|(place, _)| *place);
        records.extend(placed.into_iter().map(|(_, record)| record));
    }
    Document::from_records(records).map_err(|e| damaged(e.to_string()))
}

fn parse_record(kind: RecordKind, data: &str) -> serde_json::Result<Record> {
    Record::from_data(kind, data)
}

fn record_json(record: &Record) -> rusqlite::Result<String> {
    record
        .data()
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

/// Writes the changed records and the edit log entry; returns the entry's id
/// and time. The caller holds the transaction. A record that comes back (an
/// undo of its deletion) takes its old place from `positions`; each change's
/// place before it is logged, for its own undo.
#[allow(clippy::too_many_arguments)] // one per column of the log entry; called from three places
fn write_edit(
    connection: &Connection,
    user: &str,
    action: EditAction,
    undoes: Option<i64>,
    changes: &[RecordChange],
    positions: &HashMap<(RecordKind, Uuid), i64>,
    note: Option<&str>,
) -> rusqlite::Result<(i64, String)> {
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let uid = lineage::new_uid();
    let previous = lineage::previous_hash(connection, i64::MAX)?;
    connection.execute(
        "INSERT INTO edit (at, user, undoes, action, uid, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![at, user, undoes, action.name(), uid, note],
    )?;
    let edit_id = connection.last_insert_rowid();
    let mut seal = lineage::Seal::new(&lineage::EditFields {
        previous: previous.as_deref(),
        uid: &uid,
        at: &at,
        user,
        action: action.name(),
        undoes,
        note,
    });
    // Before anything changes: a deleted register takes its parts with it.
    let mut places = Vec::with_capacity(changes.len());
    for change in changes {
        let place: Option<i64> = connection
            .query_row(
                &format!("SELECT position FROM {} WHERE id = ?1", change.kind.name()),
                [change.id.to_string()],
                |row| row.get(0),
            )
            .optional()?;
        places.push(place);
    }
    // The changes may come in any order (a part before its register); the
    // foreign keys are checked at the commit.
    connection.pragma_update(None, "defer_foreign_keys", true)?;
    // The next free place at the end of each table, looked up once per edit:
    // `MAX(position)` scans its table, and a new file inserts every record.
    let mut ends: HashMap<RecordKind, i64> = HashMap::new();
    for ((seq, change), place) in changes.iter().enumerate().zip(places) {
        let table = change.kind.name();
        let wanted = positions.get(&(change.kind, change.id)).copied();
        match &change.after {
            Some(record) => {
                // A row that exists keeps its place (the upsert leaves it);
                // one that comes back takes its old place; a new one goes last.
                let position = match (wanted, place) {
                    (Some(position), _) | (None, Some(position)) => position,
                    (None, None) => {
                        let end = match ends.get(&change.kind) {
                            Some(&end) => end,
                            None => connection.query_row(
                                &format!("SELECT COALESCE(MAX(position), -1) + 1 FROM {table}"),
                                [],
                                |row| row.get(0),
                            )?,
                        };
                        ends.insert(change.kind, end + 1);
                        end
                    }
                };
                if let Some(end) = ends.get_mut(&change.kind) {
                    *end = (*end).max(position + 1);
                }
                let data = record_json(record)?;
                let id = change.id.to_string();
                match record.register() {
                    Some(register) => connection.execute(
                        &format!(
                            "INSERT INTO {table} (id, register_id, position, data)
                             VALUES (?1, ?2, ?4, ?3)
                             ON CONFLICT(id) DO UPDATE SET register_id = excluded.register_id, data = excluded.data"
                        ),
                        params![id, register.to_string(), data, position],
                    )?,
                    None => connection.execute(
                        &format!(
                            "INSERT INTO {table} (id, position, data)
                             VALUES (?1, ?3, ?2)
                             ON CONFLICT(id) DO UPDATE SET data = excluded.data"
                        ),
                        params![id, data, position],
                    )?,
                };
            }
            None => {
                connection.execute(
                    &format!("DELETE FROM {table} WHERE id = ?1"),
                    [change.id.to_string()],
                )?;
            }
        }
        let before = change.before.as_ref().map(record_json).transpose()?;
        let record_id = change.id.to_string();
        connection.execute(
            // The state after the change is not copied: it is the record's
            // row now, and the `before` of its next change later (schema v5).
            "INSERT INTO edit_record (edit_id, seq, kind, record_id, before, after, after_elsewhere, position) VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7)",
            params![
                edit_id,
                seq as i64,
                change.kind.name(),
                record_id,
                before,
                change.after.is_some(),
                place,
            ],
        )?;
        seal.record(&lineage::RowFields {
            seq: seq as i64,
            kind: change.kind.name(),
            record_id: &record_id,
            before: before.as_deref(),
            after: None,
            after_elsewhere: change.after.is_some(),
            position: place,
        });
    }
    connection.execute(
        "UPDATE edit SET hash = ?1 WHERE id = ?2",
        params![seal.finish(), edit_id],
    )?;
    Ok((edit_id, at))
}

/// One record's change as logged, with its place in its list before the change.
#[derive(Debug)]
struct LoggedChange {
    change: RecordChange,
    position: Option<i64>,
}

fn read_edit_records(connection: &Connection, edit: i64) -> rusqlite::Result<Vec<LoggedChange>> {
    let mut statement = connection.prepare_cached(
        "SELECT kind, record_id, before, after, after_elsewhere, seq, position FROM edit_record WHERE edit_id = ?1 ORDER BY seq",
    )?;
    let rows = statement.query_map([edit], |row| {
        let kind: String = row.get(0)?;
        let id: String = row.get(1)?;
        let before: Option<String> = row.get(2)?;
        let after: Option<String> = row.get(3)?;
        let elsewhere: bool = row.get(4)?;
        let seq: i64 = row.get(5)?;
        let position: Option<i64> = row.get(6)?;
        Ok((kind, id, before, after, elsewhere, seq, position))
    })?;
    let mut changes = Vec::new();
    for row in rows {
        let (kind, id, before, after, elsewhere, seq, position) = row?;
        let bad = |what: &str| {
            rusqlite::Error::InvalidColumnType(0, what.to_string(), rusqlite::types::Type::Text)
        };
        let kind = RecordKind::from_name(&kind).ok_or_else(|| bad("kind"))?;
        let after = match (after, elsewhere) {
            (None, true) => {
                Some(state_after(connection, kind, &id, edit, seq)?.ok_or_else(|| bad("after"))?)
            }
            (after, _) => after,
        };
        let id = Uuid::parse_str(&id).map_err(|_| bad("record_id"))?;
        let parse = |data: Option<String>| -> rusqlite::Result<Option<Record>> {
            data.map(|d| parse_record(kind, &d).map_err(|_| bad("record")))
                .transpose()
        };
        changes.push(LoggedChange {
            change: RecordChange {
                kind,
                id,
                before: parse(before)?,
                after: parse(after)?,
            },
            position,
        });
    }
    Ok(changes)
}

/// A record's state after its change at (`edit`, `seq`), when the log did not
/// copy it: the state before the record's next change, or else its row.
fn state_after(
    connection: &Connection,
    kind: RecordKind,
    id: &str,
    edit: i64,
    seq: i64,
) -> rusqlite::Result<Option<String>> {
    let next: Option<Option<String>> = connection
        .prepare_cached(
            "SELECT before FROM edit_record
             WHERE record_id = ?1 AND (edit_id > ?2 OR (edit_id = ?2 AND seq > ?3))
             ORDER BY edit_id, seq LIMIT 1",
        )?
        .query_row(params![id, edit, seq], |row| row.get(0))
        .optional()?;
    match next {
        Some(before) => Ok(before),
        None => connection
            .prepare_cached(&format!("SELECT data FROM {} WHERE id = ?1", kind.name()))?
            .query_row([id], |row| row.get(0))
            .optional(),
    }
}

fn backup_path(path: &Path, version: i64) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.v{version}-backup.sqlite"))
}
