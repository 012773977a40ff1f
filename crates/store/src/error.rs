//! Why a file could not be opened, created or changed; each error has a stable code for the UI.

use std::path::PathBuf;

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
            _ => StoreError::Sqlite { path, source },
        }
    }
}
