//! The Kirjuri document as one portable `.sqlite` file: creating, opening
//! (safely: files arrive by e-mail from other people), upgrading, editing with
//! one transaction per user edit, the change history, undo and "save as".
//!
//! Invariants:
//! - Between edits the file is whole on its own: rollback journal (never WAL),
//!   so no `-wal`/`-shm` file is left beside it.
//! - A file is validated before anything is written to it: SQLite's quick check,
//!   the application id, the schema version and the exact schema. A refused file's
//!   bytes are never changed.
//! - Read-only opens (check, export) never write, not even to upgrade: an older
//!   file is upgraded in memory.
//! - The store never logs record contents.

mod error;
pub mod history;
pub mod schema;

pub use error::StoreError;
pub use history::{FieldChange, HistoryEntry};

use kirjuri_model::{Document, Edit, LocalizedText, Record, RecordChange, RecordKind};
use rusqlite::config::DbConfig;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use schema::{APPLICATION_ID, CURRENT_VERSION};
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// One open Kirjuri document.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    connection: Connection,
    document: Document,
    read_only: bool,
}

type Result<T> = std::result::Result<T, StoreError>;

impl Store {
    /// Creates a new document for an organisation at `path`, which must not exist.
    pub fn create(path: &Path, organisation_name: LocalizedText, user: &str) -> Result<Store> {
        Store::create_from(path, &Document::new(organisation_name), user)
    }

    /// Creates `path` holding `document` (an import); `path` must not exist.
    /// The file appears whole or not at all: it is written under a temporary
    /// name in the same folder and then linked into place.
    pub fn create_from(path: &Path, document: &Document, user: &str) -> Result<Store> {
        document.validate()?;
        if path.exists() {
            return Err(StoreError::FileExists(path.to_path_buf()));
        }
        let temporary = temporary_sibling(path);
        let written = (|| -> Result<()> {
            let connection = Connection::open_with_flags(
                &temporary,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
                    | OpenFlags::SQLITE_OPEN_NOFOLLOW
                    | OpenFlags::SQLITE_OPEN_EXRESCODE,
            )
            .map_err(|e| StoreError::sqlite(path, e))?;
            configure(&connection).map_err(|e| StoreError::sqlite(path, e))?;
            let mut store = Store {
                path: temporary.clone(),
                connection,
                document: Document::new(LocalizedText::default()),
                read_only: false,
            };
            let transaction = store
                .connection
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
            write_edit(&transaction, user, None, &changes)
                .map_err(|e| StoreError::sqlite(path, e))?;
            transaction
                .commit()
                .map_err(|e| StoreError::sqlite(path, e))?;
            drop(store);
            std::fs::File::open(&temporary)
                .and_then(|f| f.sync_all())
                .map_err(|source| StoreError::Io {
                    path: path.to_path_buf(),
                    source,
                })
        })();
        let placed = written.and_then(|()| place_without_overwriting(&temporary, path));
        let _ = std::fs::remove_file(&temporary);
        placed?;
        Store::open(path)
    }

    /// Opens a document for editing. An older file is upgraded after a backup
    /// copy (`NAME.vN-backup.sqlite`) is written beside it.
    pub fn open(path: &Path) -> Result<Store> {
        let connection = open_connection(path, false)?;
        let version = validate(&connection, path)?;
        if version < CURRENT_VERSION {
            let backup = backup_path(path, version);
            if backup.exists() {
                return Err(StoreError::FileExists(backup));
            }
            connection
                .execute("VACUUM INTO ?1", [backup.to_string_lossy()])
                .map_err(|e| StoreError::sqlite(path, e))?;
            upgrade(&connection, version).map_err(|e| StoreError::sqlite(path, e))?;
        }
        // A file someone switched to WAL would leave -wal/-shm files beside it.
        connection
            .pragma_update(None, "journal_mode", "DELETE")
            .map_err(|e| StoreError::sqlite(path, e))?;
        let document = load(&connection, path)?;
        Ok(Store {
            path: path.to_path_buf(),
            connection,
            document,
            read_only: false,
        })
    }

    /// Opens a document to read it; the file is never written. An older file is
    /// upgraded in a copy in memory.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let file_connection = open_connection(path, true)?;
        let version = validate(&file_connection, path)?;
        let connection = if version < CURRENT_VERSION {
            let mut memory =
                Connection::open_in_memory().map_err(|e| StoreError::sqlite(path, e))?;
            let copy = rusqlite::backup::Backup::new(&file_connection, &mut memory)
                .map_err(|e| StoreError::sqlite(path, e))?;
            copy.run_to_completion(1024, std::time::Duration::ZERO, None)
                .map_err(|e| StoreError::sqlite(path, e))?;
            drop(copy);
            upgrade(&memory, version).map_err(|e| StoreError::sqlite(path, e))?;
            memory
        } else {
            file_connection
        };
        let document = load(&connection, path)?;
        Ok(Store {
            path: path.to_path_buf(),
            connection,
            document,
            read_only: true,
        })
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Applies one user edit (any number of record changes) in one transaction.
    /// When this returns `Ok`, the change is on disk.
    pub fn apply(&mut self, user: &str, edits: &[Edit]) -> Result<Vec<RecordChange>> {
        let (next, changes) = self.document.plan(edits)?;
        self.commit(user, None, next, changes)
    }

    /// Undoes the newest edit that is not an undo and not yet undone.
    /// Returns false when there is nothing to undo.
    pub fn undo(&mut self, user: &str) -> Result<bool> {
        let path = self.path.clone();
        let target: Option<i64> = self
            .connection
            .query_row(
                "SELECT e.id FROM edit e WHERE e.undoes IS NULL
                   AND NOT EXISTS (SELECT 1 FROM edit u WHERE u.undoes = e.id)
                   AND e.id > (SELECT MIN(id) FROM edit)
                 ORDER BY e.id DESC LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| StoreError::sqlite(&path, e))?;
        let Some(target) = target else {
            return Ok(false);
        };
        let changes = read_edit_records(&self.connection, target)
            .map_err(|e| StoreError::sqlite(&path, e))?;
        let (next, reverted) = self.document.plan_revert(&changes)?;
        self.commit(user, Some(target), next, reverted)?;
        Ok(true)
    }

    fn commit(
        &mut self,
        user: &str,
        undoes: Option<i64>,
        next: Document,
        changes: Vec<RecordChange>,
    ) -> Result<Vec<RecordChange>> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        if changes.is_empty() {
            return Ok(changes);
        }
        let path = self.path.clone();
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::sqlite(&path, e))?;
        write_edit(&transaction, user, undoes, &changes)
            .map_err(|e| StoreError::sqlite(&path, e))?;
        transaction
            .commit()
            .map_err(|e| StoreError::sqlite(&path, e))?;
        self.document = next;
        Ok(changes)
    }

    /// Every edit, oldest first, with the fields each one changed.
    pub fn history(&self) -> Result<Vec<HistoryEntry>> {
        let path = &self.path;
        let mut statement = self
            .connection
            .prepare("SELECT id, at, user, undoes FROM edit ORDER BY id")
            .map_err(|e| StoreError::sqlite(path, e))?;
        let edits: Vec<(i64, String, String, Option<i64>)> = statement
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| StoreError::sqlite(path, e))?;
        edits
            .into_iter()
            .map(|(edit, at, user, undoes)| {
                let records = read_edit_records(&self.connection, edit)
                    .map_err(|e| StoreError::sqlite(path, e))?;
                let changes = records
                    .iter()
                    .flat_map(|c| {
                        history::field_changes(c.kind, c.id, c.before.as_ref(), c.after.as_ref())
                    })
                    .collect();
                Ok(HistoryEntry {
                    edit,
                    at,
                    user,
                    undoes,
                    changes,
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

    /// Writes a consistent copy of the document to `target`, which must not exist.
    pub fn save_as(&self, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(StoreError::FileExists(target.to_path_buf()));
        }
        let temporary = temporary_sibling(target);
        let written = self
            .connection
            .execute("VACUUM INTO ?1", [temporary.to_string_lossy()])
            .map_err(|e| StoreError::sqlite(target, e))
            .and_then(|_| {
                std::fs::File::open(&temporary)
                    .and_then(|f| f.sync_all())
                    .map_err(|source| StoreError::Io {
                        path: target.to_path_buf(),
                        source,
                    })
            });
        let placed = written.and_then(|()| place_without_overwriting(&temporary, target));
        let _ = std::fs::remove_file(&temporary);
        placed
    }
}

/// Opens the file with SQLite's settings for untrusted database files.
fn open_connection(path: &Path, read_only: bool) -> Result<Connection> {
    if !path.exists() {
        return Err(StoreError::NotFound(path.to_path_buf()));
    }
    if !path.is_file() {
        return Err(StoreError::NotKirjuri {
            path: path.to_path_buf(),
            reason: "it is not a regular file".into(),
        });
    }
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

fn upgrade(connection: &Connection, from: i64) -> rusqlite::Result<()> {
    connection.execute_batch("BEGIN IMMEDIATE")?;
    match schema::migrate(connection, from) {
        Ok(()) => connection.execute_batch("COMMIT"),
        Err(error) => {
            let _ = connection.execute_batch("ROLLBACK");
            Err(error)
        }
    }
}

/// Reads every record and builds the document.
fn load(connection: &Connection, path: &Path) -> Result<Document> {
    let damaged = |reason: String| StoreError::Damaged {
        path: path.to_path_buf(),
        reason,
    };
    let mut records = Vec::new();
    for kind in RecordKind::ALL {
        let mut statement = connection
            .prepare(&format!(
                "SELECT id, data FROM {} ORDER BY position, rowid",
                kind.name()
            ))
            .map_err(|e| StoreError::sqlite(path, e))?;
        let mut rows = statement
            .query([])
            .map_err(|e| StoreError::sqlite(path, e))?;
        while let Some(row) = rows.next().map_err(|e| StoreError::sqlite(path, e))? {
            let id: String = row.get(0).map_err(|e| StoreError::sqlite(path, e))?;
            let data: String = row.get(1).map_err(|e| StoreError::sqlite(path, e))?;
            let record = parse_record(*kind, &data)
                .map_err(|e| damaged(format!("the {kind} record {id} cannot be read ({e})")))?;
            if record.id().to_string() != id {
                return Err(damaged(format!(
                    "the {kind} record {id} carries another id"
                )));
            }
            records.push(record);
        }
    }
    Document::from_records(records).map_err(|e| damaged(e.to_string()))
}

fn parse_record(kind: RecordKind, data: &str) -> serde_json::Result<Record> {
    let value: serde_json::Value = serde_json::from_str(data)?;
    serde_json::from_value(serde_json::json!({ "kind": kind.name(), "record": value }))
}

fn record_json(record: &Record) -> String {
    let value = serde_json::to_value(record).expect("records serialize");
    value["record"].to_string()
}

/// Writes the changed records and the edit log entry. The caller holds the transaction.
fn write_edit(
    connection: &Connection,
    user: &str,
    undoes: Option<i64>,
    changes: &[RecordChange],
) -> rusqlite::Result<()> {
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    connection.execute(
        "INSERT INTO edit (at, user, undoes) VALUES (?1, ?2, ?3)",
        params![at, user, undoes],
    )?;
    let edit_id = connection.last_insert_rowid();
    for (seq, change) in changes.iter().enumerate() {
        let table = change.kind.name();
        match &change.after {
            Some(record) => {
                let data = record_json(record);
                let id = change.id.to_string();
                match record.register() {
                    Some(register) => connection.execute(
                        &format!(
                            "INSERT INTO {table} (id, register_id, position, data)
                             VALUES (?1, ?2, (SELECT COALESCE(MAX(position), -1) + 1 FROM {table}), ?3)
                             ON CONFLICT(id) DO UPDATE SET register_id = excluded.register_id, data = excluded.data"
                        ),
                        params![id, register.to_string(), data],
                    )?,
                    None => connection.execute(
                        &format!(
                            "INSERT INTO {table} (id, position, data)
                             VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM {table}), ?2)
                             ON CONFLICT(id) DO UPDATE SET data = excluded.data"
                        ),
                        params![id, data],
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
        connection.execute(
            "INSERT INTO edit_record (edit_id, seq, kind, record_id, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                edit_id,
                seq as i64,
                change.kind.name(),
                change.id.to_string(),
                change.before.as_ref().map(record_json),
                change.after.as_ref().map(record_json),
            ],
        )?;
    }
    Ok(())
}

fn read_edit_records(connection: &Connection, edit: i64) -> rusqlite::Result<Vec<RecordChange>> {
    let mut statement = connection.prepare(
        "SELECT kind, record_id, before, after FROM edit_record WHERE edit_id = ?1 ORDER BY seq",
    )?;
    let rows = statement.query_map([edit], |row| {
        let kind: String = row.get(0)?;
        let id: String = row.get(1)?;
        let before: Option<String> = row.get(2)?;
        let after: Option<String> = row.get(3)?;
        Ok((kind, id, before, after))
    })?;
    let mut changes = Vec::new();
    for row in rows {
        let (kind, id, before, after) = row?;
        let bad = |what: &str| {
            rusqlite::Error::InvalidColumnType(0, what.to_string(), rusqlite::types::Type::Text)
        };
        let kind = RecordKind::from_name(&kind).ok_or_else(|| bad("kind"))?;
        let id = Uuid::parse_str(&id).map_err(|_| bad("record_id"))?;
        let parse = |data: Option<String>| -> rusqlite::Result<Option<Record>> {
            data.map(|d| parse_record(kind, &d).map_err(|_| bad("record")))
                .transpose()
        };
        changes.push(RecordChange {
            kind,
            id,
            before: parse(before)?,
            after: parse(after)?,
        });
    }
    Ok(changes)
}

fn temporary_sibling(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.partial", std::process::id()))
}

fn backup_path(path: &Path, version: i64) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.v{version}-backup.sqlite"))
}

/// Moves `from` to `to` unless `to` exists: a hard link fails rather than overwrite.
fn place_without_overwriting(from: &Path, to: &Path) -> Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(StoreError::FileExists(to.to_path_buf()))
        }
        Err(_) if !to.exists() => {
            // File systems without hard links (FAT on a USB stick): a rename after the check.
            std::fs::rename(from, to).map_err(|source| StoreError::Io {
                path: to.to_path_buf(),
                source,
            })
        }
        Err(_) => Err(StoreError::FileExists(to.to_path_buf())),
    }
}
