//! What the tests of fixed sentences and qualifiers share: one register
//! answered enough to export, and each export read back as text (the notice
//! and the record with poppler's `pdftotext`, the workbook with calamine).
//! `documents` holds the documents the answers and PDF tests build and the
//! samples command writes.

#![allow(dead_code)] // each test file uses part of it

use calamine::{open_workbook_from_rs, Reader, Xlsx};
use chrono::NaiveDate;
use kirjuri_export::{export_notice_pdf, export_record_pdf, export_xlsx, ExportOptions};
use kirjuri_model::*;
use std::io::Cursor;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

pub mod documents;

pub const CONTACT_EMAIL: &str = "kontakt@example.com";

pub fn options(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
        last_changed: None,
    }
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The text of a PDF (`pdftotext -raw`), without white space, so that a
/// line break cannot hide a sentence.
pub fn pdf_text(pdf: &[u8]) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "kirjuri-sentences-{}-{}.pdf",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils installed?)");
    std::fs::remove_file(&path).ok();
    assert!(output.status.success());
    squeeze(&String::from_utf8_lossy(&output.stdout))
}

pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every cell of the workbook as (sheet name, text).
pub fn workbook_cells(document: &Document, language: Language) -> Vec<(String, String)> {
    let bytes = export_xlsx(document, &options(language)).unwrap();
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let mut cells = Vec::new();
    for (sheet, range) in workbook.worksheets() {
        for (_, _, cell) in range.cells() {
            cells.push((sheet.clone(), cell.to_string()));
        }
    }
    cells
}

/// The three documents of `register` in `language`, as squeezed text.
pub struct Printed {
    pub notice: String,
    pub record: String,
    pub workbook: String,
}

pub fn print(document: &Document, register: RegisterId, language: Language) -> Printed {
    let notice = pdf_text(&export_notice_pdf(document, register, &options(language)).unwrap());
    let record = pdf_text(&export_record_pdf(document, &options(language)).unwrap());
    let workbook = workbook_cells(document, language)
        .into_iter()
        .map(|(_, cell)| squeeze(&cell))
        .collect::<Vec<_>>()
        .join("\n");
    Printed {
        notice,
        record,
        workbook,
    }
}

/// The notice's text from section `from` up to the next numbered section.
pub fn section(notice: &str, from: usize) -> String {
    let start = notice
        .find(&format!("{from}."))
        .unwrap_or_else(|| panic!("no section {from}"));
    let rest = &notice[start..];
    match rest.find(&format!("{}.", from + 1)) {
        Some(end) => rest[..end].to_string(),
        None => rest.to_string(),
    }
}

/// One controller's register, answered enough that every section prints:
/// a contract purpose, customers, one technical measure, a rule, a right
/// with its channel, no transfers and no regular disclosures.
pub fn base() -> (Document, RegisterId) {
    let mut document = Document::new(LocalizedText::new("Namn Ab", "Nimi Oy", "Name Ltd"));
    document.organisation.country = "FI".into();
    document.organisation.email = "info@example.com".into();
    let contact = Person {
        id: PersonId::new(),
        name: "Kim Kontakt".into(),
        title: LocalizedText::default(),
        phone: String::new(),
        email: CONTACT_EMAIL.into(),
    };
    let customers = DataSubjectCategory {
        id: DataSubjectCategoryId::new(),
        name: LocalizedText::new("Kunder", "Asiakkaat", "Customers"),
    };
    let measure = SecurityMeasure {
        id: SecurityMeasureId::new(),
        kind: Some(MeasureKind::Technical),
        description: LocalizedText::new("Krypterad disk", "Salattu levy", "Encrypted disk"),
    };
    let mut register = Register::new(LocalizedText::new("Kunder", "Asiakkaat", "Customers"));
    let id = register.id;
    register.role = Some(ProcessingRole::Controller);
    register.contact_person = Some(contact.id);
    register.automated_decisions = Answer::No;
    register.provision_requirement = Some(ProvisionRequirement::NeededForContract);
    register.dpia = DpiaStatus::NotNeeded;
    register.transfers_outside_eea = Answer::No;
    register.regular_disclosures = Answer::No;
    register.data_subject_categories = vec![customers.id];
    register.security_measures = vec![measure.id];
    document.registers.push(register);
    document.people.push(contact);
    document.data_subject_categories.push(customers);
    document.security_measures.push(measure);
    document.purposes.push(purpose(id, LegalBasis::Contract));
    document.retention_rules.push(RetentionRule {
        id: RetentionRuleId::new(),
        register: id,
        group: None,
        trigger: RetentionTrigger::EndOfCustomerRelationship,
        period: LocalizedText::new("3 år", "3 vuotta", "3 years"),
        deletion_method: None,
        routine: LocalizedText::default(),
        responsible: None,
        review_interval_months: None,
        last_reviewed: None,
    });
    document.rights_procedures.push(procedure(
        id,
        DataSubjectRight::Access,
        LocalizedText::new(
            "Skriv till kundtjänsten via kontaktformuläret",
            "Kirjoita asiakaspalveluun yhteydenottolomakkeella",
            "Write to customer service through the contact form",
        ),
    ));
    document.validate().unwrap();
    (document, id)
}

pub fn purpose(register: RegisterId, basis: LegalBasis) -> Purpose {
    Purpose {
        id: PurposeId::new(),
        register,
        description: LocalizedText::new("Leveranser", "Toimitukset", "Deliveries"),
        legal_bases: vec![LegalBasisClaim {
            basis: Some(basis),
            data_subject_categories: Vec::new(),
            legitimate_interest: LocalizedText::new("Intresse", "Etu", "Interest"),
            special_category_condition: None,
            law_reference: LocalizedText::default(),
        }],
        direct_marketing: false,
    }
}

pub fn procedure(
    register: RegisterId,
    right: DataSubjectRight,
    channel: LocalizedText,
) -> RightsProcedure {
    RightsProcedure {
        id: RightsProcedureId::new(),
        register,
        right,
        channel,
        identity_check: LocalizedText::default(),
        deadline_days: None,
        format: LocalizedText::default(),
        notes: LocalizedText::default(),
        fee: LocalizedText::default(),
        frequency: LocalizedText::default(),
        refusal_grounds: LocalizedText::default(),
        law_reference: LocalizedText::default(),
    }
}

/// A processor in the United States, linked to the register, and the
/// register's transfer to it on `mechanism`.
pub fn us_transfer(
    document: &mut Document,
    register: RegisterId,
    mechanism: TransferMechanism,
) -> (ProcessorId, TransferId) {
    let processor = Processor {
        id: ProcessorId::new(),
        vendor: LocalizedText::same("Chat Inc."),
        product: "Chat".into(),
        hosting: Hosting::ThirdParty,
        country: "US".into(),
        agreement: Some(Agreement {
            kind: AgreementKind::ProcessorAgreement,
            signed: Some(date(2025, 1, 1)),
            reference: String::new(),
        }),
        ..Processor::blank()
    };
    let link = SystemLink {
        id: SystemLinkId::new(),
        register,
        processor: processor.id,
        data_items: Vec::new(),
        usage: LocalizedText::default(),
    };
    let transfer = Transfer {
        id: TransferId::new(),
        register,
        country: "US".into(),
        processor: Some(processor.id),
        recipient: None,
        mechanism: Some(mechanism),
        documentation: LocalizedText::new("Avtalets bilaga 2", "Sopimuksen liite 2", "Annex 2"),
        safeguard_copies: Answer::NotAnswered,
        suggested_mechanism: None,
    };
    let ids = (processor.id, transfer.id);
    document.processors.push(processor);
    document.system_links.push(link);
    document.transfers.push(transfer);
    ids
}

/// A named recipient in Finland and the register's regular disclosure to it.
pub fn disclosure(document: &mut Document, register: RegisterId) {
    let recipient = Recipient {
        id: RecipientId::new(),
        kind: Some(RecipientKind::Authority),
        name: LocalizedText::new("Skatteverket", "Verohallinto", "Tax Administration"),
        category: false,
        country: "FI".into(),
        agreement: None,
        dpf: DpfCertification::default(),
    };
    document.disclosures.push(Disclosure {
        id: DisclosureId::new(),
        register,
        recipient: recipient.id,
        data: LocalizedText::new("Löneuppgifter", "Palkkatiedot", "Pay data"),
        purpose: LocalizedText::default(),
        method: LocalizedText::default(),
        condition: LocalizedText::default(),
    });
    document.recipients.push(recipient);
}
