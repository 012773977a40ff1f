//! Kirjuri's domain model: an organisation's GDPR documentation as plain data,
//! the sv/fi/en terminology, the JSON exchange format and the completeness checks.
//! The model knows no SQL, no files and no clock.

pub mod calendar;
pub mod changes;
pub mod checks;
pub mod document;
pub mod example;
pub mod exchange;
pub mod findings;
pub mod flows;
pub mod geography;
pub mod ids;
pub mod imported;
pub mod index;
pub mod missing_text;
pub mod paperwork;
pub mod parts;
pub mod records;
pub mod retention;
pub mod templates;
pub mod terminology;
pub mod text;
pub mod ui_records;
pub mod upgrade;

pub use changes::{ChangeSet, ChangedRecord, RemovedRecord, Splice};
pub use checks::{check, CheckOptions, Checker};
pub use document::*;
pub use findings::{Finding, FindingCode, Severity};
pub use ids::*;
pub use index::Index;
pub use paperwork::*;
pub use parts::{PartsByRegister, RegisterParts};
pub use records::{
    AssembleError, Document, Edit, EditError, Record, RecordChange, RecordKind, Reference,
};
pub use terminology::*;
pub use text::{Language, LocalizedText, Resolved};
/// Record ids are UUIDs; findings and references carry them as this type.
pub use uuid::Uuid;
