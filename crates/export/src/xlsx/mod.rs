//! The record of processing activities (GDPR Art. 30) as an Excel workbook:
//! an organisation sheet (with the incident routine), then one table sheet
//! each for registers (one row per register × purpose), data items, sources,
//! recipients and disclosures, processors and systems, transfers to third
//! countries, the access matrix, the retention schedule, rights procedures,
//! people, cookies and the open findings; then the DPIA screening and last
//! review of each register, the breach log, the request log and the record
//! kept as processor (Art. 30(2)). Every text of the document appears
//! in some cell, so the workbook is a complete, filterable copy of the record.
//!
//! The output depends only on the document and the options: the creation date
//! in the file's properties is `printed_on`, so the same input gives the same
//! bytes. Privacy notices are not part of it (they are PDF documents).

mod labels;
mod sheets;
mod table;

use crate::{printable, ExportError, ExportOptions};
use kirjuri_model::Document;
use labels::Label;
use rust_xlsxwriter::{DocProperties, Workbook, XlsxError};
use sheets::Sheets;
use table::Styles;

/// The record of processing activities as `.xlsx` bytes, in `options.language`.
pub fn export_xlsx(document: &Document, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    build(document, options).map_err(|error| ExportError::Xlsx(error.to_string()))
}

fn build(document: &Document, options: &ExportOptions) -> Result<Vec<u8>, XlsxError> {
    // Dates in the form of the organisation's Swedish (see `labels::Tongue`).
    let tongue = crate::labels::Tongue::new(options.language, &document.organisation.country);
    let missing = [
        crate::labels::Label::NotStated,
        crate::labels::Label::NotAnswered,
        crate::labels::Label::NotApplicable,
    ]
    .map(|label| tongue.label(label));
    let styles = Styles::new(tongue.date_form(), missing);
    let sheets = Sheets::new(document, options, &styles);
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(document, options)?);
    // Level 3 halves the time spent compressing (the default, 6, took a third
    // of the export of 1000 registers) for a file about 7 % larger.
    workbook.set_zip_compression_level(3);
    // The sheets are independent: they are built over the cores (the findings
    // run the checks, the biggest piece) and added in the workbook's order.
    let builders: [&SheetBuilder<'_>; 17] = [
        &|| sheets.organisation(),
        &|| sheets.registers(),
        &|| sheets.data_items(),
        &|| sheets.sources(),
        &|| sheets.disclosures(),
        &|| sheets.processors(),
        &|| sheets.transfers(),
        &|| sheets.access(),
        &|| sheets.retention(),
        &|| sheets.rights(),
        &|| sheets.people(),
        &|| sheets.cookies(),
        &|| sheets.findings(),
        &|| sheets.dpia(),
        &|| sheets.breaches(),
        &|| sheets.requests(),
        &|| sheets.processor_record(),
    ];
    let built = crate::parallel::map_in_order(builders.to_vec(), |build| build());
    for sheet in built {
        workbook.push_worksheet(sheet?);
    }
    workbook.save_to_buffer()
}

/// Builds one sheet of the workbook.
type SheetBuilder<'s> = dyn Fn() -> Result<rust_xlsxwriter::Worksheet, XlsxError> + Sync + 's;

/// Title, author (the organisation), subject, keywords, language, and a
/// creation date taken from the options rather than the clock.
fn properties(document: &Document, options: &ExportOptions) -> Result<DocProperties, XlsxError> {
    let language = options.language;
    let organisation = printable(&document.organisation.name, language).unwrap_or_default();
    let title = crate::labels::Label::RecordTitle.get(language);
    let title = if organisation.is_empty() {
        title.to_string()
    } else {
        format!("{title} – {organisation}")
    };
    let created = table::excel_date(options.printed_on)?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_subject(Label::Subject.get(language))
        .set_author(organisation.as_str())
        .set_company(organisation.as_str())
        .set_keywords(format!(
            "{}, {}",
            Label::Keywords.get(language),
            language.code()
        ))
        .set_custom_property("Language", language.code())
        .set_creation_datetime(&created))
}
