//! The PDFs are tagged and accessible: for the record, the processor's
//! record and a notice in Swedish, Finnish and English, poppler reads back a
//! tagged file with a title, PDF/UA-1 (and PDF/A-2) in the XMP metadata, the
//! document language, and a structure tree with headings, lists and — where
//! the document has tables — header cells; the draft mark stays extractable
//! text. (krilla's own validators run inside every export: a violation is an
//! error, never a file; see `pdf::tests`.)

use chrono::NaiveDate;
use kirjuri_export::pdf::export_processor_record_pdf;
use kirjuri_export::{export_notice_pdf, export_record_pdf, ExportOptions};
use kirjuri_model::{example, ClientController, Language, LocalizedText};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

fn options(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
        last_changed: None,
    }
}

/// Runs a poppler tool on the PDF and returns its standard output.
fn poppler(tool: &str, arguments: &[&str], pdf: &[u8]) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "kirjuri-tagged-test-{}-{}.pdf",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::write(&path, pdf).unwrap();
    let mut command = Command::new(tool);
    command.args(arguments).arg(&path);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{tool} could not run (poppler-utils installed?): {e}"));
    std::fs::remove_file(&path).ok();
    assert!(output.status.success(), "{tool} failed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn field(info: &str, name: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

/// The structure elements `pdfinfo -struct` lists, by their tag.
fn tags(structure: &str) -> Vec<String> {
    structure
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(|tag| tag.trim_end_matches(':').to_string())
        .collect()
}

struct Expected<'a> {
    name: &'a str,
    title: String,
    language: Language,
    tables: bool,
    draft: Option<&'a str>,
}

fn check(pdf: &[u8], expected: &Expected<'_>) {
    let name = expected.name;
    let info = poppler("pdfinfo", &[], pdf);
    assert_eq!(field(&info, "Tagged"), "yes", "{name}: {info}");
    assert_eq!(field(&info, "Title"), expected.title, "{name}");

    let xmp = poppler("pdfinfo", &["-meta"], pdf);
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "{name}: the XMP names no PDF/UA-1"
    );
    assert!(
        xmp.contains("<pdfaid:part>2</pdfaid:part>"),
        "{name}: the XMP names no PDF/A-2"
    );
    let code = expected.language.code();
    assert!(
        xmp.contains(&format!("<rdf:li>{code}</rdf:li>")),
        "{name}: the XMP gives no language {code}"
    );
    let raw = String::from_utf8_lossy(pdf);
    assert!(
        raw.contains("/DisplayDocTitle true"),
        "{name}: the window shows no title"
    );

    let structure = poppler("pdfinfo", &["-struct"], pdf);
    let tags = tags(&structure);
    let has = |tag: &str| tags.iter().any(|t| t == tag);
    assert_eq!(tags.first().map(String::as_str), Some("Document"), "{name}");
    assert!(has("H1") || has("H2"), "{name}: no headings\n{structure}");
    assert!(has("L") && has("LI") && has("LBody"), "{name}: no lists");
    assert!(has("P"), "{name}: no paragraphs");
    if expected.tables {
        assert!(has("Table") && has("TR") && has("TD"), "{name}: no tables");
        assert!(
            structure.contains("/Scope /Column") || structure.contains("/Scope /Row"),
            "{name}: no table header cells"
        );
        assert!(has("TH"), "{name}: no table header cells");
    }

    let text = poppler("pdftotext", &["-enc", "UTF-8"], pdf);
    if let Some(mark) = expected.draft {
        // On every page, and once in the structure tree (the first page's; the others are artifacts).
        let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
        assert_eq!(text.matches(mark).count(), pages, "{name}: the draft mark");
        assert!(
            tags.get(1).is_some_and(|t| t == "P"),
            "{name}: the mark is read first"
        );
    }
}

#[test]
fn every_pdf_is_tagged_accessible_and_in_its_language() {
    let mut document = example::btb_plaza();
    // A client with two categories of processing: a list in the processor's record.
    let mut client = ClientController::new(LocalizedText::same("Asiakas Oy"));
    client.categories_of_processing = vec![
        LocalizedText::same("Palkanlaskenta"),
        LocalizedText::same("Kirjanpito"),
    ];
    document.client_controllers.push(client);
    let register = &document.registers[0];
    for language in Language::ALL {
        let options = options(language);
        let organisation =
            kirjuri_export::printable(&document.organisation.name, language).unwrap();
        let register_name = kirjuri_export::printable(&register.name, language).unwrap();
        let draft = match language {
            Language::Sv => "UTKAST",
            Language::Fi => "LUONNOS",
            Language::En => "DRAFT",
        };
        let is_draft =
            |reasons: Vec<kirjuri_model::Finding>| (!reasons.is_empty()).then_some(draft);

        let record = export_record_pdf(&document, &options).unwrap();
        let title = match language {
            Language::Sv => "Register över behandling",
            Language::Fi => "Seloste käsittelytoimista",
            Language::En => "Record of processing activities",
        };
        check(
            &record,
            &Expected {
                name: &format!("record {language:?}"),
                title: format!("{title} – {organisation}"),
                language,
                tables: true,
                draft: is_draft(kirjuri_export::record_draft_reasons(&document, &options)),
            },
        );

        let processor = export_processor_record_pdf(&document, &options).unwrap();
        let info = poppler("pdfinfo", &[], &processor);
        assert!(field(&info, "Title").ends_with(&format!(" – {organisation}")));
        check(
            &processor,
            &Expected {
                name: &format!("processor's record {language:?}"),
                title: field(&info, "Title"),
                language,
                tables: true,
                draft: is_draft(kirjuri_export::processor_record_draft_reasons(
                    &document, &options,
                )),
            },
        );

        let notice = export_notice_pdf(&document, register.id, &options).unwrap();
        let title = match language {
            Language::Sv => "Dataskyddsbeskrivning",
            Language::Fi => "Tietosuojaseloste",
            Language::En => "Privacy notice",
        };
        check(
            &notice,
            &Expected {
                name: &format!("notice {language:?}"),
                title: format!("{title} – {register_name}"),
                language,
                tables: false,
                draft: is_draft(kirjuri_export::notice_draft_reasons(
                    &document,
                    register.id,
                    &options,
                )),
            },
        );
    }
}

#[test]
fn addresses_in_the_text_are_links() {
    let document = example::btb_plaza();
    let register = document.registers[0].id;
    let notice = export_notice_pdf(&document, register, &options(Language::Fi)).unwrap();
    // Read as a viewer finds them: the link annotations and where they lead.
    let urls = poppler("pdfinfo", &["-url"], &notice);
    assert!(
        urls.lines()
            .any(|l| l.contains("Annotation") && l.contains("mailto:")),
        "no mailto: link in the notice\n{urls}"
    );
    let structure = poppler("pdfinfo", &["-struct"], &notice);
    assert!(structure.contains("Link"), "the links are not tagged");
}
