//! Categories of processors and sources of several kinds (issue 26). A
//! category of processors ("cloud service providers") is a recipient that is
//! a category, of kind processor, named by a register's disclosure: no
//! agreement or country is asked of it, it is not a regular disclosure, and
//! the notice prints it with the processors and the record and the workbook
//! as a category. A named recipient of kind processor is still asked for its
//! agreement and country. A source of several kinds prints each of them.

use calamine::{open_workbook_from_rs, Reader, Xlsx};
use chrono::NaiveDate;
use kirjuri_export::{export_notice_html, export_record_pdf, export_xlsx, ExportOptions};
use kirjuri_model::checks::{check, CheckOptions};
use kirjuri_model::*;
use std::io::Cursor;
use std::process::Command;

fn options() -> ExportOptions {
    ExportOptions {
        language: Language::Sv,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        last_changed: None,
    }
}

fn recipient(name: &str, category: bool) -> Recipient {
    Recipient {
        id: RecipientId::new(),
        kind: Some(RecipientKind::Processor),
        name: LocalizedText::same(name),
        category,
        country: String::new(),
        agreement: None,
        dpf: DpfCertification::default(),
    }
}

fn disclosure(register: RegisterId, recipient: &Recipient, purpose: &str) -> Disclosure {
    Disclosure {
        id: DisclosureId::new(),
        register,
        recipient: recipient.id,
        data: LocalizedText::default(),
        purpose: LocalizedText::same(purpose),
        method: LocalizedText::default(),
        condition: LocalizedText::default(),
    }
}

/// A register whose data go to a category of processors, with a mixed source.
fn document() -> (Document, RegisterId, Recipient) {
    let mut document = Document::new(LocalizedText::same("Molnbolaget Ab"));
    document.organisation.email = "info@molnbolaget.se".into();
    let mut register = Register::new(LocalizedText::same("Kundregister"));
    let id = register.id;
    let cloud = recipient("Molntjänstleverantörer", true);
    let source = Source {
        id: SourceId::new(),
        kinds: vec![SourceKind::GroupCompany, SourceKind::PublicRegister],
        name: LocalizedText::same("Koncernbolag och offentliga register"),
        public: false,
        collection_procedure: LocalizedText::default(),
    };
    register.sources.push(source.id);
    document.sources.push(source);
    document.registers.push(register);
    document
        .disclosures
        .push(disclosure(id, &cloud, "Drift av våra system"));
    document.recipients.push(cloud.clone());
    document.validate().unwrap();
    (document, id, cloud)
}

fn findings(document: &Document) -> Vec<Finding> {
    check(
        document,
        CheckOptions {
            as_of: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            export_language: None,
        },
    )
}

fn pdf_text(pdf: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!(
        "kirjuri-processor-categories-{}.pdf",
        std::process::id()
    ));
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils installed?)");
    std::fs::remove_file(&path).ok();
    String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn workbook_text(bytes: Vec<u8>) -> String {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    for (_, range) in workbook.worksheets() {
        for (_, _, cell) in range.cells() {
            text.push_str(&cell.to_string());
            text.push('\n');
        }
    }
    text
}

#[test]
fn a_category_of_processors_needs_no_agreement_or_country_and_is_no_regular_disclosure() {
    let (document, register, cloud) = document();
    let found = findings(&document);
    assert!(
        !found.iter().any(|f| f.id == Uuid::from(cloud.id)),
        "nothing is asked of a category: {found:#?}"
    );
    // The category does not answer whether data are disclosed regularly.
    assert!(found
        .iter()
        .any(|f| f.code == FindingCode::QuestionNotAnswered
            && f.id == Uuid::from(register)
            && f.field == "regular_disclosures"));
}

#[test]
fn a_named_processor_among_the_recipients_is_asked_for_its_agreement_and_country() {
    let (mut document, register, _) = document();
    let named = recipient("Acme Oy", false);
    document
        .disclosures
        .push(disclosure(register, &named, "Lönehantering"));
    document.recipients.push(named.clone());
    let found = findings(&document);
    let about = |code: FindingCode, field: &str| {
        found.iter().any(|f| {
            f.code == code
                && f.kind == RecordKind::Recipient
                && f.id == Uuid::from(named.id)
                && f.field == field
                && f.register == Some(register)
        })
    };
    assert!(about(FindingCode::ProcessorWithoutAgreement, "agreement"));
    assert!(about(FindingCode::ProcessorCountryUnknown, "country"));
}

#[test]
fn the_notice_prints_a_category_with_the_processors_and_the_record_and_workbook_as_a_category() {
    let (document, register, _) = document();
    let notice =
        String::from_utf8(export_notice_html(&document, register, &options()).unwrap()).unwrap();
    let processors = notice
        .find("Vi anlitar följande leverantörer")
        .expect("the processors' intro");
    let category = notice
        .find("Molntjänstleverantörer")
        .expect("the category is named");
    assert!(
        category > processors,
        "the category follows the processors' intro"
    );
    assert!(notice.contains("en kategori av personuppgiftsbiträden"));
    assert!(notice.contains("Drift av våra system"));
    assert!(
        !notice.contains("Vi lämnar regelmässigt ut uppgifter till följande mottagare"),
        "a category of processors is not a regular disclosure"
    );
    // A source of several kinds: both kinds are printed.
    let record = pdf_text(&export_record_pdf(&document, &options()).unwrap());
    assert!(record.contains("Mottagarkategori"), "{record}");
    assert!(
        record.contains("Koncernbolag, Offentligt register"),
        "{record}"
    );
    let workbook = workbook_text(export_xlsx(&document, &options()).unwrap());
    assert!(workbook.contains("Mottagarkategori · Personuppgiftsbiträde"));
    assert!(workbook.contains("Koncernbolag, Offentligt register"));
}
