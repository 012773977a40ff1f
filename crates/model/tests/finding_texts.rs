//! The findings' fixed texts come from the text catalogue (`assets/text/`):
//! a finding names a field with the words of the window's form, a kind of
//! record with the window's name for it, and the model's code writes none of
//! the documents' headings itself.

use chrono::NaiveDate;
use kirjuri_model::exchange::from_json;
use kirjuri_model::*;
use kirjuri_text::Text;
use std::path::PathBuf;

fn documents() -> Vec<(String, Document)> {
    let mut documents = vec![("example".to_string(), example::btb_plaza())];
    for name in ["btb-plaza", "beebyte", "solteq"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures")
            .join(format!("{name}.json"));
        let json = std::fs::read_to_string(&path).expect("a fixture");
        documents.push((
            name.to_string(),
            from_json(&json).expect("a fixture parses"),
        ));
    }
    documents
}

#[test]
fn a_text_missing_in_a_language_names_its_field_with_the_forms_label() {
    let mut named = 0;
    for (name, document) in documents() {
        for language in Language::ALL {
            let options = CheckOptions {
                as_of: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a valid date"),
                export_language: Some(language),
            };
            for finding in check(&document, options)
                .iter()
                .filter(|f| f.code == FindingCode::TextMissingInLanguage)
            {
                let label = field_label(finding.kind, &finding.field).unwrap_or_else(|| {
                    panic!("{name}: {:?} {} has no label", finding.kind, finding.field)
                });
                for in_language in Language::ALL {
                    let message = finding.message.get(in_language);
                    assert!(
                        message.contains(label.get(in_language)),
                        "{name}: {message}"
                    );
                }
                named += 1;
            }
        }
    }
    assert!(named > 100, "only {named} findings name a field");
}

/// The labels that read differently in the form and in the findings.
#[test]
fn a_finding_and_the_form_call_a_field_and_a_kind_the_same() {
    assert_eq!(
        field_label(RecordKind::DataItem, "need_for_national_id"),
        Some(Text::NeedForNationalId)
    );
    assert_eq!(
        field_label(RecordKind::Purpose, "legal_bases[0].legitimate_interest"),
        Some(Text::LegitimateInterest)
    );
    assert_eq!(
        field_label(RecordKind::Disclosure, "purpose"),
        Some(Text::DisclosurePurpose)
    );
    assert_eq!(field_label(RecordKind::Breach, "review_answers[0]"), None);
    for language in Language::ALL {
        assert_eq!(
            RecordKind::Source.label(language),
            Text::KindSource.get(language)
        );
    }
    assert_eq!(RecordKind::Source.label(Language::Sv), "Källa");
}

/// The documents' headings come from the catalogue, never from the model's
/// code (its tests, comments, templates and example data apart).
#[test]
fn the_model_writes_no_heading_of_the_documents_itself() {
    const WORDS: [&str; 8] = [
        "Personuppgiftsansvarig",
        "Rekisterinpitäjä",
        "Dataskyddsbeskrivning",
        "Tietosuojaseloste",
        "Rättslig grund",
        "Oikeusperuste",
        "Lagringstid",
        "Säilytysaika",
    ];
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&source).expect("the model's sources") {
        let path = entry.expect("a source file").path();
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !file.ends_with(".rs") || ["templates.rs", "example.rs"].contains(&file) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a source file");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (number, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for word in WORDS {
                assert!(
                    !line.contains(word),
                    "{file}:{}: {word} belongs in assets/text",
                    number + 1
                );
            }
        }
    }
}
