//! A template text the person emptied or rewrote in the working language
//! leaves nothing of the template in any language of any export (notice PDF
//! and HTML, record PDF, workbook), and a translation made from an earlier
//! source text makes the export in its language a draft (issue 21).
//! PDFs are read back with poppler's `pdftotext`, the workbook with calamine.

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use chrono::NaiveDate;
use kirjuri_export::{
    export_notice_html, export_notice_pdf, export_record_pdf, export_xlsx, ExportOptions,
};
use kirjuri_model::templates::{
    confirm_answer, confirm_section, new_document, Jurisdiction, NewDocument,
};
use kirjuri_model::{Document, Edit, Language, LegalBasis, Person, PersonId, Record};
use std::io::Cursor;
use std::process::Command;

fn options(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date"),
        last_changed: None,
    }
}

/// Words separated by single spaces, so that a line break of the PDF does not hide a phrase.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_text(pdf: &[u8], name: &str) -> String {
    let path = std::env::temp_dir().join(format!(
        "kirjuri-template-marks-{}-{name}.pdf",
        std::process::id()
    ));
    std::fs::write(&path, pdf).expect("a temporary file");
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext could not run (poppler-utils installed?): {e}"));
    std::fs::remove_file(&path).ok();
    assert!(output.status.success());
    // pdftotext -raw joins a hyphenated break; undo the soft hyphen joins too.
    flat(&String::from_utf8_lossy(&output.stdout).replace("-\n", ""))
}

fn xlsx_text(bytes: Vec<u8>) -> String {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("a readable xlsx");
    let mut all = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).expect("a readable sheet");
        for (_, _, cell) in range.cells() {
            if let Data::String(s) = cell {
                all.push(s.clone());
            }
        }
    }
    flat(&all.join("\n"))
}

/// Every export of the document's first register in `language`, as flat text.
fn exports(document: &Document, language: Language) -> Vec<(&'static str, String)> {
    let register = document.registers[0].id;
    let options = options(language);
    let notice = export_notice_pdf(document, register, &options).expect("a notice");
    let record = export_record_pdf(document, &options).expect("a record");
    let html = export_notice_html(document, register, &options).expect("an HTML notice");
    let workbook = export_xlsx(document, &options).expect("a workbook");
    vec![
        (
            "notice PDF",
            pdf_text(&notice, &format!("notice-{language}")),
        ),
        (
            "record PDF",
            pdf_text(&record, &format!("record-{language}")),
        ),
        ("notice HTML", flat(&String::from_utf8_lossy(&html))),
        ("workbook", xlsx_text(workbook)),
    ]
}

/// A Finnish company writing in Finnish, reachable, with one register from `template`.
fn company(template: &str) -> Document {
    let mut document = new_document(&NewDocument {
        name: "Pieni Oy".into(),
        business_id: "1234567-8".into(),
        country: Jurisdiction::Finland,
        templates: vec![template.into()],
        systems: Vec::new(),
        working_language: Some(Language::Fi),
    })
    .expect("a known template");
    document.organisation.email = "info@pieni.fi".into();
    let person = Person {
        id: PersonId::new(),
        name: "Maija Meikäläinen".into(),
        title: Default::default(),
        phone: String::new(),
        email: "maija@pieni.fi".into(),
    };
    document.registers[0].contact_person = Some(person.id);
    document.people.push(person);
    document
}

fn put(document: &Document, record: Record) -> Document {
    document
        .plan(&[Edit::Put { record }])
        .expect("a valid edit")
        .0
}

/// The first few words of a text: what is searched for in an export.
fn phrase(text: &str) -> String {
    text.split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_template_text_emptied_in_the_working_language_is_in_no_export_in_any_language() {
    let document = company("b2b_customers");
    let index = document
        .purposes
        .iter()
        .position(|p| {
            p.legal_bases
                .iter()
                .any(|c| c.basis == Some(LegalBasis::LegitimateInterests))
        })
        .expect("a purpose on legitimate interests");
    let template_text = document.purposes[index].legal_bases[0]
        .legitimate_interest
        .clone();
    let phrases: Vec<String> = Language::ALL
        .iter()
        .map(|l| phrase(template_text.get(*l)))
        .collect();
    // Before: the Finnish notice states the template's interest.
    let before = exports(&document, Language::Fi);
    assert!(
        before[0].1.contains(&phrases[1]),
        "the phrase is found when it is there"
    );

    // The person empties the Finnish text, as the window sends it.
    let mut purpose = document.purposes[index].clone();
    purpose.legal_bases[0]
        .legitimate_interest
        .set(Language::Fi, "");
    let after = put(&document, Record::Purpose(purpose));

    for language in Language::ALL {
        for (name, text) in exports(&after, language) {
            for phrase in &phrases {
                assert!(
                    !text.contains(phrase.as_str()),
                    "{name} ({language}) still says {phrase:?}"
                );
            }
        }
    }
    let findings = kirjuri_model::check(
        &after,
        kirjuri_model::CheckOptions {
            as_of: NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date"),
            export_language: None,
        },
    );
    assert!(findings.iter().any(|f| f.code
        == kirjuri_model::FindingCode::LegitimateInterestNotStated
        && f.is_open_error()));
}

#[test]
fn a_working_language_edit_makes_the_other_languages_drafts_until_translated() {
    let mut document = company("newsletter");
    let register = document.registers[0].clone();
    let mut confirmed = register.clone();
    for section in register.unreviewed_template_text.clone() {
        confirmed = confirm_section(&confirmed, section);
    }
    for question in register.suggested_answers.questions() {
        confirmed = confirm_answer(&confirmed, question);
    }
    document = put(&document, Record::Register(confirmed));
    let draft = |document: &Document, language: Language| {
        let notice = export_notice_pdf(document, document.registers[0].id, &options(language))
            .expect("a notice");
        let text = pdf_text(&notice, &format!("draft-{language}"));
        ["UTKAST", "LUONNOS", "DRAFT"]
            .iter()
            .any(|w| text.contains(w))
    };
    for language in Language::ALL {
        assert!(
            !draft(&document, language),
            "{language}: final once everything is confirmed"
        );
    }

    let mut purpose = document.purposes[0].clone();
    purpose
        .description
        .set(Language::Fi, "Lähetämme uutiskirjeen kerran kuussa.");
    let edited = put(&document, Record::Purpose(purpose));
    assert!(
        !draft(&edited, Language::Fi),
        "the source language is up to date"
    );
    assert!(
        draft(&edited, Language::Sv),
        "the Swedish translation is out of date"
    );
    assert!(
        draft(&edited, Language::En),
        "the English translation is out of date"
    );

    let mut translated = edited.purposes[0].clone();
    translated
        .description
        .set(Language::Sv, "Vi skickar nyhetsbrevet en gång i månaden.");
    let translated = put(&edited, Record::Purpose(translated));
    assert!(!draft(&translated, Language::Sv), "translated again");
    assert!(draft(&translated, Language::En));
}
