//! Why a file could not be opened, created or changed; each error has a stable code for the UI.

use crate::lock::LockHolder;
use std::path::PathBuf;

fn holder_text(holder: &Option<Box<LockHolder>>) -> String {
    match holder {
        Some(h) => format!(
            "by {} on {} (process {}) since {}",
            h.user, h.host, h.pid, h.since
        ),
        None => "by another Kirjuri (its lock file cannot be read)".to_string(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path} is not a Kirjuri document: {reason}. The file was not changed")]
    NotKirjuri { path: PathBuf, reason: String },
    #[error("{path} was saved by a newer Kirjuri (file version {found}, this Kirjuri knows up to {supported}). Update Kirjuri to open it; the file was not changed")]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path} is damaged: {reason}. The file was not changed")]
    Damaged { path: PathBuf, reason: String },
    #[error("{path} holds database objects Kirjuri did not create ({objects}); it is refused for safety. The file was not changed")]
    UnexpectedSchema { path: PathBuf, objects: String },
    #[error("{0} already exists; choose another name")]
    FileExists(PathBuf),
    #[error("{0} does not exist")]
    NotFound(PathBuf),
    #[error("{0} is open in another program; close it there first")]
    Busy(PathBuf),
    #[error("this document is open read-only")]
    ReadOnly,
    #[error("{path} is open for editing {}", holder_text(.holder))]
    InUse {
        path: PathBuf,
        holder: Option<Box<LockHolder>>,
        /// False when the holder is a window on this computer that is still open.
        may_be_broken: bool,
    },
    #[error("{0} cannot be written (no write permission, or read-only media); it can be opened read-only")]
    NotWritable(PathBuf),
    #[error("{0} was changed by someone else after it was opened; nothing was saved. Reopen it to see the changes")]
    ChangedOnDisk(PathBuf),
    #[error("{0}: this window no longer holds the file for editing (someone broke its lock); nothing was saved. Reopen it")]
    LockLost(PathBuf),
    #[error("an unfinished save lies beside {0}; opening it for editing completes the recovery")]
    UnfinishedSave(PathBuf),
    #[error(
        "{0}: the disk is full; the change was not saved and the file holds the last saved state"
    )]
    DiskFull(PathBuf),
    #[error("{kind} {id} is not a deleted record of this file's history; only deleted records can be forgotten")]
    NotForgettable {
        kind: kirjuri_model::RecordKind,
        id: uuid::Uuid,
    },
    #[error("the history of {path} was changed outside Kirjuri (edit #{edit} no longer matches its seal); history, undo and merge are refused. The document itself can still be opened, read and exported")]
    BrokenHistory { path: PathBuf, edit: i64 },
    #[error("the change was not saved: {0}")]
    InvalidEdit(#[from] kirjuri_model::EditError),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: the database failed: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

impl StoreError {
    /// A stable code the user interface switches on.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotKirjuri { .. } => "not_kirjuri",
            StoreError::NewerVersion { .. } => "newer_version",
            StoreError::Damaged { .. } => "damaged",
            StoreError::UnexpectedSchema { .. } => "unexpected_schema",
            StoreError::FileExists(_) => "file_exists",
            StoreError::NotFound(_) => "not_found",
            StoreError::Busy(_) => "busy",
            StoreError::ReadOnly => "read_only",
            StoreError::InUse { .. } => "in_use",
            StoreError::NotWritable(_) => "not_writable",
            StoreError::ChangedOnDisk(_) => "changed_on_disk",
            StoreError::LockLost(_) => "lock_lost",
            StoreError::UnfinishedSave(_) => "unfinished_save",
            StoreError::DiskFull(_) => "disk_full",
            StoreError::NotForgettable { .. } => "not_forgettable",
            StoreError::BrokenHistory { .. } => "broken_history",
            StoreError::InvalidEdit(_) => "invalid_edit",
            StoreError::Io { .. } => "io",
            StoreError::Sqlite { .. } => "sqlite",
        }
    }

    pub(crate) fn sqlite(path: &std::path::Path, source: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        let path = path.to_path_buf();
        match source.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotKirjuri {
                path,
                reason: "it is not an SQLite database".into(),
            },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
                path,
                reason: "SQLite reports the database as corrupt".into(),
            },
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
                StoreError::Busy(path)
            }
            Some(ErrorCode::DiskFull) => StoreError::DiskFull(path),
            // SQLITE_READONLY_ROLLBACK: a hot journal that a read-only connection cannot roll back.
            Some(ErrorCode::ReadOnly) if matches!(&source, rusqlite::Error::SqliteFailure(e, _) if e.extended_code == 776) => {
                StoreError::UnfinishedSave(path)
            }
            Some(ErrorCode::ReadOnly) => StoreError::NotWritable(path),
            _ => StoreError::Sqlite { path, source },
        }
    }
}
