//! A company made from the register templates exports a privacy notice per
//! register in every language, with no text shown in another language's place.
//! Read back with poppler's `pdftotext`.

use chrono::NaiveDate;
use kirjuri_export::{export_notice_pdf, ExportOptions};
use kirjuri_model::templates::{new_document, templates, Jurisdiction, NewDocument};
use kirjuri_model::Language;
use std::process::Command;

fn text_of(pdf: &[u8], name: &str) -> String {
    let path = std::env::temp_dir().join(format!(
        "kirjuri-template-test-{}-{name}.pdf",
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
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn every_template_exports_a_notice_in_every_language_without_fallback_marks() {
    for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
        let document = new_document(&NewDocument {
            name: "Pieni Oy".into(),
            business_id: "1234567-8".into(),
            country,
            templates: templates().iter().map(|t| t.id.clone()).collect(),
            systems: Vec::new(),
            working_language: None,
        })
        .expect("known templates");
        for language in Language::ALL {
            let options = ExportOptions {
                language,
                printed_on: NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date"),
                last_changed: None,
            };
            for register in &document.registers {
                let pdf = export_notice_pdf(&document, register.id, &options)
                    .expect("a notice is written");
                let text = text_of(&pdf, &format!("{}-{language}", country.code()));
                let name = register.name.get(language);
                assert!(
                    text.contains(name.split_whitespace().next().unwrap_or(name)),
                    "{name} in {language}"
                );
                for other in Language::ALL {
                    let mark = format!("[{}] ", other.code());
                    assert!(!text.contains(&mark), "{name} ({language}) shows {mark}");
                }
            }
        }
    }
}

#[test]
fn a_notice_with_unreviewed_template_text_is_a_draft_until_every_section_is_confirmed() {
    let mut document = new_document(&NewDocument {
        name: "Pieni Oy".into(),
        business_id: "1234567-8".into(),
        country: Jurisdiction::Finland,
        templates: vec!["newsletter".into()],
        systems: Vec::new(),
        working_language: None,
    })
    .expect("a known template");
    let options = ExportOptions {
        language: Language::Fi,
        printed_on: NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date"),
        last_changed: None,
    };
    let register = document.registers[0].clone();
    let sections = register.unreviewed_template_text.clone();
    assert!(sections.len() > 1);
    for (confirmed, section) in sections.iter().enumerate() {
        let pdf = export_notice_pdf(&document, register.id, &options).expect("a notice");
        assert!(
            text_of(&pdf, &format!("draft-{confirmed}")).contains("LUONNOS"),
            "{confirmed} of {} sections confirmed: still a draft",
            sections.len()
        );
        let current = document.registers[0].clone();
        document.registers[0] = kirjuri_model::templates::confirm_section(&current, *section);
    }
    assert!(document.registers[0].unreviewed_template_text.is_empty());
    // Every section confirmed, the template's answers are still open questions
    // until a person confirms each where it is asked (issue 21).
    let pdf = export_notice_pdf(&document, register.id, &options).expect("a notice");
    assert!(
        text_of(&pdf, "answers-open").contains("LUONNOS"),
        "suggested answers are not answers: still a draft"
    );
    let current = document.registers[0].clone();
    let mut answered = current.clone();
    for question in current.suggested_answers.questions() {
        answered = kirjuri_model::templates::confirm_answer(&answered, question);
    }
    document.registers[0] = answered;
    // Confirmed template text does not give the company a way to be reached:
    // without contact details and a contact person the notice stays a draft.
    let pdf = export_notice_pdf(&document, register.id, &options).expect("a notice");
    assert!(
        text_of(&pdf, "no-contact").contains("LUONNOS"),
        "no contact details: still a draft"
    );
    document.organisation.email = "info@pieni.fi".into();
    let person = kirjuri_model::Person {
        id: kirjuri_model::PersonId::new(),
        name: "Maija Meikäläinen".into(),
        title: Default::default(),
        phone: String::new(),
        email: "maija@pieni.fi".into(),
    };
    document.registers[0].contact_person = Some(person.id);
    document.people.push(person);
    let pdf = export_notice_pdf(&document, register.id, &options).expect("a notice");
    assert!(
        !text_of(&pdf, "final").contains("LUONNOS"),
        "every section confirmed: the notice is final"
    );
}
