//! The one error the UI sees: a stable `code` it switches on and a `message`
//! for people. The UI shows its own localized text for each code (`err-<code>`
//! in the text catalogue; a test checks every code) and the message as
//! detail; it never parses the message.

use kirjuri_export::ExportError;
use kirjuri_store::StoreError;
use serde::Serialize;
use std::fmt;

macro_rules! error_codes {
    ($( $(#[$meta:meta])* $variant:ident = $name:literal, )+) => {
        /// What went wrong, as the UI switches on it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
        pub enum ErrorCode {
            $( $(#[$meta])* #[serde(rename = $name)] $variant, )+
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),+];

            /// The code as the UI sees it (`err_<name>` is its text).
            pub fn name(self) -> &'static str {
                match self { $(ErrorCode::$variant => $name),+ }
            }

            /// The code named `name`.
            pub fn named(name: &str) -> Option<ErrorCode> {
                ErrorCode::ALL.iter().copied().find(|code| code.name() == name)
            }
        }
    };
}

error_codes! {
    NotKirjuri = "not_kirjuri",
    NewerVersion = "newer_version",
    Damaged = "damaged",
    UnexpectedSchema = "unexpected_schema",
    FileExists = "file_exists",
    NotFound = "not_found",
    Busy = "busy",
    ReadOnly = "read_only",
    /// Open for editing in another window of this computer.
    InUse = "in_use",
    /// Open for editing elsewhere, and the lock may be broken (the UI offers it).
    InUseBreakable = "in_use_breakable",
    NotWritable = "not_writable",
    ChangedOnDisk = "changed_on_disk",
    LockLost = "lock_lost",
    UnfinishedSave = "unfinished_save",
    DiskFull = "disk_full",
    NotForgettable = "not_forgettable",
    /// The edit log's seals do not match: history, undo and merge are refused.
    BrokenHistory = "broken_history",
    InvalidEdit = "invalid_edit",
    Io = "io",
    Sqlite = "sqlite",
    NoDocument = "no_document",
    Export = "export",
    UnknownRegister = "unknown_register",
    /// Only the files exported in this session may be opened.
    NotExported = "not_exported",
    UnknownCatalogueEntry = "unknown_catalogue_entry",
    NoName = "no_name",
    /// The merge review was given the open file as the other copy.
    SameFile = "same_file",
    /// The other copy is another organisation's document (compared only when the user says so).
    DifferentOrganisation = "different_organisation",
    /// An old description was refused (kirjuri_import::ImportError); nothing was created.
    NotImported = "not_imported",
    /// A failure of the shell or the window itself.
    Internal = "internal",
}

/// The one error every command may answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct UiError {
    pub code: ErrorCode,
    pub message: String,
}

impl UiError {
    pub fn new(code: ErrorCode, message: impl fmt::Display) -> UiError {
        UiError {
            code,
            message: message.to_string(),
        }
    }

    pub fn no_document() -> UiError {
        UiError::new(ErrorCode::NoDocument, "no document is open")
    }
}

impl fmt::Display for UiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.name(), self.message)
    }
}

impl std::error::Error for UiError {}

impl From<&StoreError> for ErrorCode {
    /// The store's own code (`StoreError::code`, the one mapping), and for a
    /// lock the user may break, the code that offers to.
    fn from(error: &StoreError) -> ErrorCode {
        match error {
            StoreError::InUse {
                may_be_broken: true,
                ..
            } => ErrorCode::InUseBreakable,
            error => ErrorCode::named(error.code()).unwrap_or(ErrorCode::Internal),
        }
    }
}

impl From<StoreError> for UiError {
    fn from(error: StoreError) -> UiError {
        UiError::new(ErrorCode::from(&error), &error)
    }
}

impl From<ExportError> for UiError {
    fn from(error: ExportError) -> UiError {
        let code = match error {
            ExportError::UnknownRegister(_) => ErrorCode::UnknownRegister,
            _ => ErrorCode::Export,
        };
        UiError::new(code, &error)
    }
}

impl From<kirjuri_model::templates::TemplateError> for UiError {
    fn from(error: kirjuri_model::templates::TemplateError) -> UiError {
        use kirjuri_model::templates::TemplateError;
        let code = match error {
            TemplateError::UnknownTemplate(_) | TemplateError::UnknownSystem(_) => {
                ErrorCode::UnknownCatalogueEntry
            }
            TemplateError::NoName => ErrorCode::NoName,
        };
        UiError::new(code, &error)
    }
}

impl From<kirjuri_store::compare::MergeError> for UiError {
    fn from(error: kirjuri_store::compare::MergeError) -> UiError {
        use kirjuri_store::compare::MergeError;
        match error {
            MergeError::Store(error) => error.into(),
            error => UiError::new(
                ErrorCode::named(error.code()).unwrap_or(ErrorCode::Internal),
                &error,
            ),
        }
    }
}

impl From<std::io::Error> for UiError {
    fn from(error: std::io::Error) -> UiError {
        UiError::new(ErrorCode::Io, &error)
    }
}

impl From<tauri::Error> for UiError {
    fn from(error: tauri::Error) -> UiError {
        UiError::new(ErrorCode::Internal, &error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_keep_their_code_and_the_ui_gets_code_and_message() {
        let error: UiError = StoreError::FileExists("/tmp/Kundregister.sqlite".into()).into();
        assert_eq!(error.code, ErrorCode::FileExists);
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["code"], "file_exists");
        assert!(json["message"]
            .as_str()
            .unwrap()
            .contains("Kundregister.sqlite"));
        assert_eq!(json.as_object().unwrap().len(), 2);
    }

    #[test]
    fn a_lock_that_may_be_broken_has_its_own_code() {
        let error: UiError = StoreError::InUse {
            path: "/tmp/a.sqlite".into(),
            holder: None,
            may_be_broken: true,
        }
        .into();
        assert_eq!(
            serde_json::to_value(&error).unwrap()["code"],
            "in_use_breakable"
        );
    }

    /// The UI's code of a store error is the store's own name for it (a lock
    /// that may be broken aside, which the UI offers to break).
    #[test]
    fn store_errors_have_the_stores_names() {
        let path = std::path::PathBuf::from("/tmp/a.sqlite");
        let errors = [
            StoreError::NotKirjuri {
                path: path.clone(),
                reason: String::new(),
            },
            StoreError::NewerVersion {
                path: path.clone(),
                found: 9,
                supported: 6,
            },
            StoreError::Damaged {
                path: path.clone(),
                reason: String::new(),
            },
            StoreError::UnexpectedSchema {
                path: path.clone(),
                objects: String::new(),
            },
            StoreError::FileExists(path.clone()),
            StoreError::NotFound(path.clone()),
            StoreError::Busy(path.clone()),
            StoreError::ReadOnly,
            StoreError::InUse {
                path: path.clone(),
                holder: None,
                may_be_broken: false,
            },
            StoreError::NotWritable(path.clone()),
            StoreError::ChangedOnDisk(path.clone()),
            StoreError::LockLost(path.clone()),
            StoreError::UnfinishedSave(path.clone()),
            StoreError::DiskFull(path.clone()),
            StoreError::NotForgettable {
                kind: kirjuri_model::RecordKind::Person,
                id: uuid::Uuid::nil(),
            },
            StoreError::BrokenHistory {
                path: path.clone(),
                edit: 3,
            },
            StoreError::InvalidEdit(kirjuri_model::EditError::OrganisationIsPermanent),
            StoreError::Io {
                path,
                source: std::io::Error::other("x"),
            },
        ];
        for error in &errors {
            assert_eq!(ErrorCode::from(error).name(), error.code(), "{error}");
        }
        assert_eq!(ErrorCode::Sqlite.name(), "sqlite");
    }

    /// Each code has its text in the UI, in Swedish, Finnish and English
    /// (`err-<code>` in the catalogue, `err_<code>` in the window's copy),
    /// and each serializes to its name.
    #[test]
    fn every_code_has_its_text_in_the_ui_in_three_languages() {
        for code in ErrorCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.name());
            let key = format!("err-{}", code.name().replace('_', "-"));
            let text = kirjuri_text::Text::from_id(&key)
                .unwrap_or_else(|| panic!("the catalogue has no {key}"));
            // The build makes sure each key has all three languages.
            assert!(!text.get(kirjuri_model::Language::En).is_empty(), "{key}");
        }
    }
}
