//! Exporters: document data in, bytes out. The record of processing and the
//! privacy notices as PDF, the notice also as HTML for a website, the record
//! of processing as an Excel workbook.
//! Exporters are pure: they never read files or the clock; the date, the
//! language and the version come in through `ExportOptions`, so the same input
//! gives the same bytes.

use chrono::NaiveDate;
use kirjuri_model::{Language, LocalizedText, Resolved};

pub mod change_report;
pub(crate) mod content;
pub mod html;
pub mod labels;
pub(crate) mod notice;
mod parallel;
pub mod pdf;
mod words;
pub mod xlsx;
pub use html::{export_notice_html, notice_html};
pub use pdf::{export_notice_pdf, export_record_pdf, notice_pdf, processor_record_pdf, record_pdf};
pub use xlsx::export_xlsx;

/// An exported file and the reasons it is a draft, decided once by the export
/// itself (the one rule below): the document's mark, the export dialog and
/// the command line's message all read these reasons. No reasons: final.
#[derive(Debug)]
pub struct Exported {
    pub bytes: Vec<u8>,
    pub draft_reasons: Vec<kirjuri_model::Finding>,
}

impl Exported {
    /// Whether the document carries the draft mark.
    pub fn is_draft(&self) -> bool {
        !self.draft_reasons.is_empty()
    }
}

/// What an export needs besides the document.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub language: Language,
    /// The date printed as "printed on"; the caller reads the clock, not the exporter.
    pub printed_on: NaiveDate,
    /// The date of the document's last change (from its history), if known.
    pub last_changed: Option<NaiveDate>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the register '{0}' does not exist in this document")]
    UnknownRegister(String),
    /// Only the controller informs the people whose data it is (Art. 13, 28(3)(a), 29).
    #[error("'{0}' is kept as a processor for other controllers, so it has no privacy notice of ours: only the controller informs the people whose data it is (GDPR Art. 13, 28). Export the record of processing as processor instead.")]
    NoticeOfProcessorRegister(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    #[error("the Excel workbook could not be written: {0}")]
    Xlsx(String),
}

// One rule for "draft", in every export: a document is a draft while the
// checks of the document, in the export's language, leave findings open that
// mark a draft (errors, unconfirmed suggested text, out-of-date translations:
// `Finding::marks_draft`). The document's mark, the export dialog and the
// command line's message all come from these three functions.

/// The open findings that make the privacy notice of `register` in
/// `options.language` a draft: those about the register and its parts, and
/// those about the organisation. None means the notice is final.
pub fn notice_draft_reasons(
    document: &kirjuri_model::Document,
    register: kirjuri_model::RegisterId,
    options: &ExportOptions,
) -> Vec<kirjuri_model::Finding> {
    // Only this register is checked, with what is the organisation's.
    marking_draft(kirjuri_model::checks::check_for_notice(
        document,
        register,
        check_options(options),
    ))
}

/// The open findings that make the record of processing in
/// `options.language` a draft: every one.
pub fn record_draft_reasons(
    document: &kirjuri_model::Document,
    options: &ExportOptions,
) -> Vec<kirjuri_model::Finding> {
    record_draft_reasons_of(kirjuri_model::check(document, check_options(options)))
}

/// [`record_draft_reasons`] of findings already checked with [`check_options`].
pub(crate) fn record_draft_reasons_of(
    findings: Vec<kirjuri_model::Finding>,
) -> Vec<kirjuri_model::Finding> {
    marking_draft(findings)
}

/// The open findings that make the processor's record (Art. 30(2)) in
/// `options.language` a draft: those about the controllers it is kept for,
/// about registers kept as processor with no controller, and about the
/// organisation itself.
pub fn processor_record_draft_reasons(
    document: &kirjuri_model::Document,
    options: &ExportOptions,
) -> Vec<kirjuri_model::Finding> {
    use kirjuri_model::{FindingCode, RecordKind};
    marking_draft(kirjuri_model::check(document, check_options(options)))
        .into_iter()
        .filter(|f| {
            matches!(
                f.kind,
                RecordKind::ClientController | RecordKind::Organisation
            ) && f.register.is_none()
                || f.code == FindingCode::ProcessorRecordWithoutController
        })
        .collect()
}

/// The checks' options of an export: its date and its language.
pub(crate) fn check_options(options: &ExportOptions) -> kirjuri_model::CheckOptions {
    kirjuri_model::CheckOptions {
        as_of: options.printed_on,
        export_language: Some(options.language),
    }
}

/// The findings still open that make a document a draft.
fn marking_draft(findings: Vec<kirjuri_model::Finding>) -> Vec<kirjuri_model::Finding> {
    findings
        .into_iter()
        .filter(|f| f.is_open() && f.marks_draft())
        .collect()
}

/// A name (a register's, the organisation's) as printed in `language`: names
/// need no translation and are never marked with another language's code.
pub fn printable_name(text: &LocalizedText, language: Language) -> Option<String> {
    text.name_in(language).map(str::to_string)
}

/// A localized text as printed in `language`: its own value, or the value of
/// another language marked with that language's code (`[sv] Kundregister`), so a
/// missing translation is visible and never silent. `None` when no language has it.
pub fn printable(text: &LocalizedText, language: Language) -> Option<String> {
    match text.resolve(language) {
        Resolved::Own(own) => Some(own.to_string()),
        Resolved::Fallback(other, fallback) => Some(format!("[{}] {}", other.code(), fallback)),
        Resolved::Empty => None,
    }
}
