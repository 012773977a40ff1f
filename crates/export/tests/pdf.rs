//! The PDF exports seen from outside: real files read back with poppler's
//! `pdftotext`, `pdffonts` and `pdfinfo`, built from the seed fixtures in
//! `tests/fixtures/` and from small documents made here. The tests check what
//! a reader sees (facts, headings in the right language, page footers, fonts),
//! never timings.

use chrono::NaiveDate;
use kirjuri_export::pdf::export_processor_record_pdf;
use kirjuri_export::{export_notice_pdf, export_record_pdf, ExportError, ExportOptions};
use kirjuri_model::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

mod support;
use support::documents::{awkward_document, small_document};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn options(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        last_changed: NaiveDate::from_ymd_opt(2026, 10, 2),
    }
}

/// The seed fixtures that exist (another helper writes them), by name.
fn fixture_documents() -> Vec<(String, Document)> {
    let mut documents = Vec::new();
    for name in ["btb-plaza", "beebyte", "solteq"] {
        let path = fixtures().join(format!("{name}.json"));
        if let Ok(text) = std::fs::read_to_string(&path) {
            let document =
                exchange::from_json(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            documents.push((name.to_string(), document));
        }
    }
    if documents.is_empty() {
        documents.push(("small".to_string(), small_document()));
    }
    documents
}

/// Runs a poppler tool on the PDF and returns its standard output.
fn poppler(tool: &str, arguments: &[&str], pdf: &[u8]) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "kirjuri-pdf-test-{}-{}.pdf",
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
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Lossy: poppler writes metadata it cannot decode as it finds it.
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The text of the PDF in content-stream order, one string per page.
fn pages(pdf: &[u8]) -> Vec<String> {
    let text = poppler("pdftotext", &["-raw", "-enc", "UTF-8"], pdf);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

fn text(pdf: &[u8]) -> String {
    unhyphenate(&pages(pdf).join("\n"))
}

/// The text as a reader reads it: a word broken at a line's end with a
/// hyphen ("suostu-\nmuksen") joined again.
fn unhyphenate(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut joined = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '-' && i > 0 && chars[i - 1].is_alphabetic() {
            let mut next = i + 1;
            while next < chars.len() && chars[next] == ' ' {
                next += 1;
            }
            if next < chars.len() && chars[next] == '\n' {
                let mut k = next + 1;
                while k < chars.len() && chars[k].is_whitespace() {
                    k += 1;
                }
                if k < chars.len() && chars[k].is_lowercase() {
                    i = k;
                    continue;
                }
            }
        }
        joined.push(chars[i]);
        i += 1;
    }
    joined
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn page_count(pdf: &[u8]) -> usize {
    let info = poppler("pdfinfo", &[], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn fixture_facts_appear_in_the_swedish_record() {
    for (name, document) in fixture_documents() {
        let Ok(facts) = std::fs::read_to_string(fixtures().join(format!("{name}.facts"))) else {
            continue;
        };
        let pdf = export_record_pdf(&document, &options(Language::Sv)).unwrap();
        let printed = squeeze(&text(&pdf));
        // The facts are written against the JSON: JSON fragments (`"kind":"processor"`)
        // and values that exist only in Finnish or English are not for the Swedish PDF.
        let swedish = squeeze(&swedish_strings(&document));
        let mut missing = Vec::new();
        let mut checked = 0;
        for line in facts
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let Some((_, fact)) = line.split_once('\t') else {
                continue;
            };
            let fact = squeeze(fact);
            if fact.contains("\":") || !swedish.contains(&fact) {
                continue;
            }
            checked += 1;
            // A Finnish organisation's Swedish writes dates as 21.5.2018.
            let fact = match NaiveDate::parse_from_str(&fact, "%Y-%m-%d") {
                Ok(day) if document.organisation.country == "FI" => {
                    day.format("%-d.%-m.%Y").to_string()
                }
                _ => fact,
            };
            if !printed.contains(&fact) {
                missing.push(line.to_string());
            }
        }
        assert!(checked > 10, "{name}: only {checked} facts checked");
        assert!(
            missing.is_empty(),
            "{name}: facts missing from the Swedish record PDF:\n{}",
            missing.join("\n")
        );
    }
}

/// Every string of the document as the Swedish export would read it.
fn swedish_strings(document: &Document) -> String {
    fn walk(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(list) => list.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(map) => {
                let localized =
                    map.keys().all(|k| matches!(k.as_str(), "sv" | "fi" | "en")) && !map.is_empty();
                if localized {
                    // As printed: the Swedish value, or the fallback the export would use.
                    let pick = ["sv", "fi", "en"].iter().find_map(|k| {
                        map.get(*k)
                            .and_then(|v| v.as_str())
                            .filter(|s| !s.trim().is_empty())
                    });
                    if let Some(text) = pick {
                        out.push_str(text);
                        out.push('\n');
                    }
                } else {
                    map.values().for_each(|v| walk(v, out));
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    walk(&serde_json::to_value(document).unwrap(), &mut out);
    out
}

#[test]
fn headings_are_in_the_export_language() {
    let expected = [
        (
            Language::Sv,
            [
                "Register över behandling",
                "Innehåll",
                "Bilaga A.",
                "Ändamål och rättslig grund",
                "Lagring och radering",
            ],
        ),
        (
            Language::Fi,
            [
                "Seloste käsittelytoimista",
                "Sisällys",
                "Liite A.",
                "Käsittelyn tarkoitus ja oikeusperuste",
                "Säilytys ja poistaminen",
            ],
        ),
        (
            Language::En,
            [
                "Record of processing activities",
                "Contents",
                "Annex A.",
                "Purposes and legal basis",
                "Retention and deletion",
            ],
        ),
    ];
    for (name, document) in fixture_documents() {
        for (language, headings) in &expected {
            let pdf = export_record_pdf(&document, &options(*language)).unwrap();
            let printed = text(&pdf);
            for heading in headings {
                assert!(
                    printed.contains(heading),
                    "{name} {language}: no '{heading}'"
                );
            }
            for (other, other_headings) in &expected {
                if other != language {
                    assert!(
                        !printed.contains(other_headings[1]),
                        "{name} {language}: contains the {other} heading '{}'",
                        other_headings[1]
                    );
                }
            }
        }
    }
}

#[test]
fn every_language_names_the_organisation_and_its_registers() {
    for (name, document) in fixture_documents() {
        for language in Language::ALL {
            let pdf = export_record_pdf(&document, &options(language)).unwrap();
            let printed = squeeze(&text(&pdf));
            let organisation =
                kirjuri_export::printable_name(&document.organisation.name, language).unwrap();
            assert!(
                printed.contains(&squeeze(&organisation)),
                "{name} {language}: no '{organisation}'"
            );
            for register in &document.registers {
                let title = kirjuri_export::printable_name(&register.name, language).unwrap();
                assert!(
                    printed.contains(&squeeze(&title)),
                    "{name} {language}: no '{title}'"
                );
                let notice = export_notice_pdf(&document, register.id, &options(language)).unwrap();
                assert!(
                    squeeze(&text(&notice)).contains(&squeeze(&title)),
                    "{name} {language}: notice lacks '{title}'"
                );
            }
            // The outline: contents, controller, one entry per register, seven annexes.
            let outline = poppler("pdftohtml", &["-i", "-xml", "-stdout", "-q"], &pdf);
            assert_eq!(
                outline.matches("<item ").count(),
                document.registers.len() + 9,
                "{name} {language}: outline"
            );
        }
    }
}

#[test]
fn dates_take_the_form_of_the_language() {
    let mut document = small_document();
    for (country, language, printed_on) in [
        ("SE", Language::Sv, "2026-11-23"),
        ("FI", Language::Sv, "23.11.2026"),
        ("FI", Language::Fi, "23.11.2026"),
        ("FI", Language::En, "23 November 2026"),
    ] {
        document.organisation.country = country.into();
        let pdf = export_record_pdf(&document, &options(language)).unwrap();
        assert!(
            text(&pdf).contains(printed_on),
            "{language}: no {printed_on}"
        );
    }
}

#[test]
fn every_page_but_the_cover_has_a_consistent_footer() {
    for (name, document) in fixture_documents() {
        for language in Language::ALL {
            let pdf = export_record_pdf(&document, &options(language)).unwrap();
            let pages = pages(&pdf);
            let total = page_count(&pdf);
            assert_eq!(pages.len(), total, "{name} {language}");
            let word = match language {
                Language::Sv => "sida",
                Language::Fi => "sivu",
                Language::En => "page",
            };
            assert!(
                !pages[0].contains(&format!("{word} 1 / {total}")),
                "{name}: the cover has a footer"
            );
            for (index, page) in pages.iter().enumerate().skip(1) {
                let footer = format!("{word} {} / {total}", index + 1);
                assert!(
                    page.contains(&footer),
                    "{name} {language}: page {} lacks '{footer}'",
                    index + 1
                );
            }
        }
    }
}

#[test]
fn the_contents_give_the_page_each_register_starts_on() {
    for (name, document) in fixture_documents() {
        let pdf = export_record_pdf(&document, &options(Language::En)).unwrap();
        let pages = pages(&pdf);
        for register in &document.registers {
            let title = register.name.en.trim();
            if title.is_empty() {
                continue;
            }
            let contents_line = pages[1]
                .lines()
                .find(|l| l.starts_with(title))
                .unwrap_or_else(|| panic!("{name}: '{title}' not in the contents"));
            let number: usize = contents_line
                .split_whitespace()
                .last()
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("{name}: no page number in '{contents_line}'"));
            assert!(
                pages[number - 1]
                    .lines()
                    .next()
                    .is_some_and(|l| l.starts_with(title)),
                "{name}: '{title}' does not start page {number}"
            );
        }
    }
}

#[test]
fn fonts_are_embedded_as_subsets() {
    let pdf = export_record_pdf(&small_document(), &options(Language::Sv)).unwrap();
    let fonts = poppler("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        assert!(columns[0].contains("+DejaVuSans"), "{row}");
        // name, type (two words), encoding, emb, sub, uni, object, id
        let flags = &columns[columns.len() - 5..columns.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "{row}");
    }
    assert!(
        pdf.len() < 200_000,
        "{} bytes: fonts not subset?",
        pdf.len()
    );
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let document = fixture_documents().remove(0).1;
    let first = export_record_pdf(&document, &options(Language::Sv)).unwrap();
    let again = export_record_pdf(&document, &options(Language::Sv)).unwrap();
    assert!(first == again, "the record differs between two exports");
    let register = document.registers[0].id;
    let first = export_notice_pdf(&document, register, &options(Language::Fi)).unwrap();
    let again = export_notice_pdf(&document, register, &options(Language::Fi)).unwrap();
    assert!(first == again, "the notice differs between two exports");
    let info = poppler("pdfinfo", &[], &first);
    assert!(info.contains("CreationDate:"), "{info}");
    assert!(
        info.contains("2026"),
        "the creation date is not the printing date: {info}"
    );
}

#[test]
fn the_metadata_names_title_author_and_language() {
    let document = small_document();
    let pdf = export_record_pdf(&document, &options(Language::Sv)).unwrap();
    let info = poppler("pdfinfo", &[], &pdf);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    assert_eq!(field("Title"), "Register över behandling – Exempel Ab");
    assert_eq!(field("Author"), "Exempel Ab");
    assert!(field("Subject").contains("artikel 30"));
    assert!(field("CreationDate").contains("Nov 23") && field("CreationDate").contains("2026"));
    assert!(
        field("PDF subtype").is_empty() || field("PDF subtype") == "none",
        "not PDF/X: {info}"
    );
    let raw = String::from_utf8_lossy(&pdf);
    assert!(
        raw.contains("/Lang(sv)") || raw.contains("/Lang (sv)"),
        "no /Lang in the catalog"
    );
    assert!(raw.contains("/Outlines"), "no outline");
}

#[test]
fn user_text_is_printed_literally() {
    let mut document = small_document();
    let hostile = "<img src=x onerror=alert(1)>";
    document.registers[0].name = LocalizedText::same(hostile);
    for language in Language::ALL {
        let record = export_record_pdf(&document, &options(language)).unwrap();
        assert!(text(&record).contains(hostile), "{language} record");
        let notice =
            export_notice_pdf(&document, document.registers[0].id, &options(language)).unwrap();
        assert!(text(&notice).contains(hostile), "{language} notice");
    }
}

/// A missing translation of a text is printed marked with the language it
/// comes from; a name needs no translation and is printed as it is.
#[test]
fn a_missing_translation_is_marked_with_the_language_it_comes_from() {
    let mut document = small_document();
    document.registers[0].name = LocalizedText::new("Kundregister", "", "");
    document.registers[0].description = LocalizedText::new("Våra kunder", "", "");
    let pdf = text(&export_record_pdf(&document, &options(Language::Fi)).unwrap());
    let notice = text(
        &export_notice_pdf(&document, document.registers[0].id, &options(Language::Fi)).unwrap(),
    );
    for printed in [&pdf, &notice] {
        assert!(printed.contains("[sv] Våra kunder"));
        assert!(printed.contains("Kundregister"));
        assert!(
            !printed.contains("[sv] Kundregister"),
            "a name is never marked"
        );
    }
}

/// A vendor's name is a name: printed as it is in every language, in the
/// notice and the record, never tagged with the language it was typed in.
#[test]
fn a_vendor_is_named_without_a_language_tag() {
    let mut document = kirjuri_model::example::btb_plaza();
    for processor in &mut document.processors {
        let typed = processor.vendor.sv.clone();
        if !typed.is_empty() {
            processor.vendor = LocalizedText::new(typed, "", "");
        }
    }
    let linked = document.system_links[0].processor;
    let register = document.system_links[0].register;
    let vendor = document
        .processors
        .iter()
        .find(|p| p.id == linked)
        .map(|p| p.vendor.sv.clone())
        .unwrap();
    assert!(!vendor.is_empty());
    for language in [Language::Fi, Language::En] {
        let notice = text(&export_notice_pdf(&document, register, &options(language)).unwrap());
        let record = text(&export_record_pdf(&document, &options(language)).unwrap());
        for printed in [&notice, &record] {
            assert!(printed.contains(&vendor), "{language}: {vendor}");
            assert!(
                !printed.contains(&format!("[sv] {vendor}")),
                "{language}: a vendor tagged"
            );
        }
    }
}

/// A word's box from `pdftotext -bbox` with the size of its page.
#[derive(Debug)]
struct WordBox {
    word: String,
    x: (f32, f32),
    y: (f32, f32),
    page: (f32, f32),
}

fn word_boxes(pdf: &[u8]) -> Vec<WordBox> {
    let html = poppler("pdftotext", &["-bbox"], pdf);
    let attribute = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse().unwrap()
    };
    let mut page = (0.0, 0.0);
    let mut boxes = Vec::new();
    for line in html.lines().map(str::trim_start) {
        if line.starts_with("<page ") {
            page = (attribute(line, "width"), attribute(line, "height"));
        } else if line.starts_with("<word ") {
            boxes.push(WordBox {
                word: line
                    .split('>')
                    .nth(1)
                    .unwrap_or("")
                    .split('<')
                    .next()
                    .unwrap_or("")
                    .to_string(),
                x: (attribute(line, "xMin"), attribute(line, "xMax")),
                y: (attribute(line, "yMin"), attribute(line, "yMax")),
                page,
            });
        }
    }
    boxes
}

#[test]
fn awkward_text_never_runs_off_the_page() {
    let document = awkward_document();
    for language in Language::ALL {
        let record = export_record_pdf(&document, &options(language)).unwrap();
        let mut pdfs = vec![record];
        // A register kept as processor has no notice of ours (Art. 13, 28).
        for register in document
            .registers
            .iter()
            .filter(|r| r.role != Some(ProcessingRole::Processor))
        {
            pdfs.push(export_notice_pdf(&document, register.id, &options(language)).unwrap());
        }
        for pdf in pdfs {
            let boxes = word_boxes(&pdf);
            assert!(!boxes.is_empty());
            for b in boxes {
                // Inside the page's margins (about 50 pt), with a little slack for glyph overhang.
                let inside = b.x.0 >= 50.0
                    && b.x.1 <= b.page.0 - 45.0
                    && b.y.0 >= 20.0
                    && b.y.1 <= b.page.1 - 20.0;
                assert!(inside, "'{}' runs off the page: {b:?}", b.word);
            }
        }
    }
    // The long word is all there, only broken over lines (and pages: leave out
    // the footers and the draft mark the page carries).
    let record = export_record_pdf(&document, &options(Language::Sv)).unwrap();
    let body: String = pages(&record)
        .iter()
        .flat_map(|page| {
            page.lines()
                .filter(|l| !l.contains(" / ") || !l.contains("sida "))
                .filter(|l| l.trim() != "UTKAST")
        })
        .collect();
    assert!(squeeze(&body).contains(&"x".repeat(5000)));
}

#[test]
fn an_empty_document_still_exports() {
    let document = Document::new(LocalizedText::default());
    for language in Language::ALL {
        let pdf = export_record_pdf(&document, &options(language)).unwrap();
        assert!(
            page_count(&pdf) >= 6,
            "cover, contents, controller, four annexes"
        );
        // What is missing says so in words, never as a bare dash.
        let printed = text(&pdf);
        assert!(!printed.contains('—'), "a bare dash in {language:?}");
        let not_stated = kirjuri_export::labels::Label::NotStated.get(language);
        assert!(
            squeeze(&printed).contains(&squeeze(not_stated)),
            "{language:?}: no {not_stated:?}"
        );
    }
}

#[test]
fn an_unknown_register_is_an_error() {
    let document = small_document();
    let result = export_notice_pdf(&document, RegisterId::new(), &options(Language::Sv));
    assert!(matches!(result, Err(ExportError::UnknownRegister(_))));
}

#[test]
fn the_notice_has_the_numbered_sections_and_the_authority() {
    let document = small_document();
    let register = document.registers[0].id;
    for language in Language::ALL {
        let pdf = export_notice_pdf(&document, register, &options(language)).unwrap();
        let printed = text(&pdf);
        for number in 1..=13 {
            let heading = format!(
                "{number}. {}",
                kirjuri_export::labels::notice_heading(
                    number,
                    kirjuri_export::labels::Tongue::new(language, "FI")
                )
            );
            assert!(
                squeeze(&printed).contains(&squeeze(&heading)),
                "{language}: no '{heading}'"
            );
        }
        let authority = geography::supervisory_authority(&document.organisation).unwrap();
        let name = authority.name.resolve(language).text().unwrap();
        assert!(printed.contains(name), "{language}: no authority '{name}'");
        assert!(
            printed.contains(&authority.phone),
            "{language}: no authority phone"
        );
        // No internal access details in a notice.
        assert!(!printed.contains("Behörigheter") && !printed.contains("Käyttöoikeudet"));
    }
    let sv = text(&export_notice_pdf(&document, register, &options(Language::Sv)).unwrap());
    assert!(sv.contains("Dataskyddsbeskrivning"));
    // A Finnish organisation's Swedish: Finland-Swedish dates.
    assert!(sv.contains("Upprättad 1.3.2024 · Senast uppdaterad 4.5.2026 · Version 2.0"));
    let fi = text(&export_notice_pdf(&document, register, &options(Language::Fi)).unwrap());
    assert!(fi.contains("Tietosuojaseloste"));
    assert!(fi.contains("Laadittu 1.3.2024 · Päivitetty 4.5.2026 · Versio 2.0"));
}

#[test]
fn the_notice_lists_the_rights_of_its_legal_bases() {
    let mut document = small_document();
    let register = document.registers[0].id;
    // Contract: portability, no objection, no consent to withdraw.
    let sv = text(&export_notice_pdf(&document, register, &options(Language::Sv)).unwrap());
    assert!(sv.contains("Rätt till dataportabilitet"));
    assert!(!sv.contains("Rätt att göra invändningar"));
    assert!(!sv.contains("Rätt att återkalla samtycke"));
    // Legitimate interests: objection, no portability.
    document.purposes[0].legal_bases[0].basis = Some(LegalBasis::LegitimateInterests);
    document.purposes[0].legal_bases[0].legitimate_interest = LocalizedText::same("Kundvård");
    document.rights_procedures.push(RightsProcedure {
        id: RightsProcedureId::new(),
        register,
        right: DataSubjectRight::Objection,
        channel: LocalizedText::same("Skriv till invandning@example.com"),
        identity_check: LocalizedText::default(),
        deadline_days: Some(14),
        format: LocalizedText::default(),
        notes: LocalizedText::default(),
        fee: LocalizedText::default(),
        frequency: LocalizedText::default(),
        refusal_grounds: LocalizedText::default(),
        law_reference: LocalizedText::default(),
    });
    let sv = text(&export_notice_pdf(&document, register, &options(Language::Sv)).unwrap());
    assert!(sv.contains("Rätt att göra invändningar"));
    assert!(sv.contains("Skriv till invandning@example.com"));
    assert!(sv.contains("Vi svarar inom 14 dagar."));
    assert!(!sv.contains("Rätt till dataportabilitet"));
}

#[test]
fn fixture_notices_export_in_every_language() {
    for (name, document) in fixture_documents() {
        for register in &document.registers {
            for language in Language::ALL {
                let pdf = export_notice_pdf(&document, register.id, &options(language))
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                let pages = page_count(&pdf);
                assert!((1..=8).contains(&pages), "{name}: {pages} pages");
            }
        }
    }
}

/// Whether the squeezed `printed` text holds `needle` (whitespace aside).
fn has(printed: &str, needle: &str) -> bool {
    printed.contains(&squeeze(needle))
}

/// The notice of `document`'s first register in `language`, without whitespace.
fn notice_text(document: &Document, language: Language) -> String {
    let register = document.registers[0].id;
    squeeze(&text(
        &export_notice_pdf(document, register, &options(language)).unwrap(),
    ))
}

/// A document whose register rests on every basis that brings a conditional
/// right: consent (withdrawal, portability), legitimate interests (objection
/// under Art. 21(1)), direct marketing (Art. 21(2)) and automated decisions.
fn document_with_every_right() -> Document {
    let mut document = small_document();
    let register = document.registers[0].id;
    document.registers[0].automated_decisions = Answer::Yes;
    let claim = |basis: LegalBasis| LegalBasisClaim {
        basis: Some(basis),
        data_subject_categories: Vec::new(),
        legitimate_interest: LocalizedText::same("Kundvård"),
        special_category_condition: None,
        law_reference: LocalizedText::default(),
    };
    document.purposes.push(Purpose {
        id: PurposeId::new(),
        register,
        description: LocalizedText::same("Nyhetsbrev"),
        legal_bases: vec![
            claim(LegalBasis::Consent),
            claim(LegalBasis::LegitimateInterests),
        ],
        direct_marketing: true,
    });
    document
}

#[test]
fn the_notice_states_the_rights_in_the_words_of_the_regulation() {
    let document = document_with_every_right();
    // (language, Art. 22(1), 21(1), 21(2), 20(1), 12(3), 77(1), 7(3))
    let expected = [
        (
            Language::Sv,
            [
                "om beslutet har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig",
                "av skäl som hänför sig till din specifika situation",
                "tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter",
                "Du har rätt att när som helst invända mot att dina uppgifter behandlas för direktmarknadsföring",
                "Om behandlingen grundar sig på ditt samtycke eller på ett avtal med dig och sker automatiserat",
                "i ett strukturerat, allmänt använt och maskinläsbart format",
                "utan onödigt dröjsmål och senast en månad efter att vi har tagit emot den",
                "förlängas med högst två månader till",
                "särskilt i det EU- eller EES-land där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks",
                "Återkallelsen påverkar inte lagligheten av den behandling som grundade sig på samtycket innan det återkallades.",
            ],
        ),
        (
            Language::Fi,
            [
                "jolla on sinua koskevia oikeusvaikutuksia tai joka vaikuttaa sinuun vastaavalla tavalla merkittävästi",
                "henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella",
                "käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi",
                "Sinulla on oikeus milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia varten",
                "Jos käsittely perustuu suostumukseesi tai kanssasi tehtyyn sopimukseen ja se tehdään automaattisesti",
                "jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa",
                "ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa sen vastaanottamisesta",
                "määräaikaa voidaan jatkaa enintään kahdella kuukaudella",
                "erityisesti siinä EU- tai ETA-maassa, jossa on vakinainen asuinpaikkasi tai työpaikkasi tai jossa väitetty rikkominen on tapahtunut",
                "Peruuttaminen ei vaikuta suostumuksen perusteella ennen peruuttamista tehdyn käsittelyn lainmukaisuuteen.",
            ],
        ),
        (
            Language::En,
            [
                "which produces legal effects concerning you or similarly significantly affects you",
                "on grounds relating to your particular situation",
                "compelling legitimate grounds for the processing which override your interests, rights and freedoms",
                "You have the right to object at any time to the processing of your data for direct marketing",
                "Where the processing is based on your consent or on a contract with you and is carried out by automated means",
                "in a structured, commonly used and machine-readable format",
                "without undue delay and at the latest within one month of receiving it",
                "extended by up to two further months",
                "in particular in the EU or EEA country of your habitual residence or place of work or of the alleged infringement",
                "The withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.",
            ],
        ),
    ];
    for (language, sentences) in expected {
        let printed = notice_text(&document, language);
        for sentence in sentences {
            assert!(has(&printed, sentence), "{language}: no '{sentence}'");
        }
    }
    // The objection is never stated as unconditional, nor as "the public interest".
    let sv = notice_text(&document, Language::Sv);
    assert!(!has(&sv, "eller ett allmänt intresse, och alltid"));
    let fi = notice_text(&document, Language::Fi);
    assert!(!has(&fi, "kieltää"));
}

#[test]
fn an_objection_without_direct_marketing_or_interests_is_only_what_applies() {
    // Direct marketing on consent alone: the unconditional objection only.
    let mut document = document_with_every_right();
    document.purposes[1].legal_bases.truncate(1);
    let sv = notice_text(&document, Language::Sv);
    assert!(has(&sv, "Rätt att göra invändningar"));
    assert!(has(
        &sv,
        "invända mot att dina uppgifter behandlas för direktmarknadsföring"
    ));
    assert!(!has(
        &sv,
        "av skäl som hänför sig till din specifika situation"
    ));
    // Consent, not direct marketing: no objection at all.
    document.purposes[1].direct_marketing = false;
    let sv = notice_text(&document, Language::Sv);
    assert!(!has(&sv, "Rätt att göra invändningar"));
    assert!(has(&sv, "Rätt att återkalla samtycke"));
    assert!(has(&sv, "Rätt till dataportabilitet"));
}

#[test]
fn an_answer_time_beyond_the_legal_period_is_not_promised() {
    let mut document = small_document();
    let register = document.registers[0].id;
    for days in [14, 45] {
        document.rights_procedures = vec![RightsProcedure {
            id: RightsProcedureId::new(),
            register,
            right: DataSubjectRight::Access,
            channel: LocalizedText::same("Skriv till oss"),
            identity_check: LocalizedText::default(),
            deadline_days: Some(days),
            format: LocalizedText::default(),
            notes: LocalizedText::default(),
            fee: LocalizedText::default(),
            frequency: LocalizedText::default(),
            refusal_grounds: LocalizedText::default(),
            law_reference: LocalizedText::default(),
        }];
        for language in Language::ALL {
            let printed = notice_text(&document, language);
            let promise = kirjuri_export::labels::answer_within_days(days, language);
            assert_eq!(promise.is_some(), days == 14);
            let printed_days = ["dagar", "päivän", "days"]
                .iter()
                .any(|unit| has(&printed, &format!("{days} {unit}")));
            assert_eq!(printed_days, days == 14, "{language}: {days} days");
            // The legal period is stated whatever the procedure says.
            let legal = kirjuri_export::labels::Label::NoticeAnswerPeriod.get(language);
            assert!(has(&printed, legal), "{language}: no Art. 12(3) sentence");
        }
        let findings = kirjuri_model::checks::check(
            &document,
            kirjuri_model::checks::CheckOptions {
                as_of: date(2026, 6, 1),
                export_language: None,
            },
        );
        let warned = findings
            .iter()
            .any(|f| f.code == kirjuri_model::checks::FindingCode::AnswerPeriodBeyondOneMonth);
        assert_eq!(warned, days == 45);
    }
}

#[test]
fn the_complaint_section_names_every_authority_the_person_may_turn_to() {
    let document = small_document();
    let sv = notice_text(&document, Language::Sv);
    let general = sv
        .find(&squeeze("särskilt i det EU- eller EES-land"))
        .expect("Art. 77 sentence");
    let ours = sv
        .find(&squeeze(
            "Tillsynsmyndigheten i det land där vi är etablerade är:",
        ))
        .expect("our authority");
    let name = sv
        .find(&squeeze("Dataombudsmannens byrå"))
        .expect("authority name");
    assert!(general < ours && ours < name);
}

#[test]
fn swedish_follows_the_organisations_country() {
    let mut document = small_document();
    let finnish = notice_text(&document, Language::Sv);
    document.organisation.country = "SE".into();
    let swedish = notice_text(&document, Language::Sv);

    // Finland-Swedish, as the Data Protection Ombudsman writes it.
    assert!(has(&finnish, "Dataskyddsbeskrivning"));
    assert!(has(&finnish, "5. Registrets datainnehåll"));
    assert!(has(&finnish, "FO-nummer: 1234567-8"));
    assert!(has(&finnish, "Upprättad 1.3.2024"));
    assert!(!has(
        &finnish,
        "Information om behandling av personuppgifter"
    ));
    // Sweden's Swedish, as IMY writes it.
    assert!(has(
        &swedish,
        "Information om behandling av personuppgifter"
    ));
    assert!(has(&swedish, "5. Personuppgifter som behandlas"));
    assert!(has(&swedish, "Organisationsnummer: 1234567-8"));
    assert!(has(&swedish, "Upprättad 2024-03-01"));
    assert!(!has(&swedish, "Dataskyddsbeskrivning"));
    assert!(!has(&swedish, "FO-nummer"));
    // The law's own sentences are the same in both.
    let answer = squeeze(kirjuri_export::labels::Label::NoticeAnswerPeriod.get(Language::Sv));
    assert!(finnish.contains(&answer) && swedish.contains(&answer));
}

#[test]
fn a_right_the_user_wrote_a_procedure_for_is_in_the_notice() {
    // BTB Plaza's newsletter: no legal basis entered, but a procedure for
    // withdrawing consent says consent is used.
    let mut document = small_document();
    let register = document.registers[0].id;
    document.rights_procedures.push(RightsProcedure {
        id: RightsProcedureId::new(),
        register,
        right: DataSubjectRight::WithdrawConsent,
        channel: LocalizedText::same("Avregistreringslänken i nyhetsbrevet"),
        identity_check: LocalizedText::default(),
        deadline_days: None,
        format: LocalizedText::default(),
        notes: LocalizedText::default(),
        fee: LocalizedText::default(),
        frequency: LocalizedText::default(),
        refusal_grounds: LocalizedText::default(),
        law_reference: LocalizedText::default(),
    });
    let sv = notice_text(&document, Language::Sv);
    assert!(has(&sv, "Rätt att återkalla samtycke"));
    assert!(has(&sv, "Avregistreringslänken i nyhetsbrevet"));
    assert!(has(&sv, "Återkallelsen påverkar inte lagligheten"));
}

/// The small document with a breach, a request (with the requester's name),
/// a DPIA screening and a controller it processes for.
fn paperwork_document() -> Document {
    let mut document = small_document();
    let register = document.registers[0].id;
    let mut breach = Breach::new(LocalizedText::new(
        "Borttappad bärbar dator",
        "Kadonnut kannettava tietokone",
        "Lost laptop",
    ));
    breach.registers = vec![register];
    breach.discovered = date(2026, 11, 2).and_hms_opt(9, 30, 0);
    breach.authority_notified = date(2026, 11, 3).and_hms_opt(15, 0, 0);
    breach.risk = Some(BreachRisk::Risk);
    document.breaches.push(breach);
    let mut request = DataSubjectRequest::new();
    request.right = Some(DataSubjectRight::Access);
    request.requester = "Maija Meikäläinen".into();
    request.register = Some(register);
    request.received = Some(date(2026, 11, 10));
    document.data_subject_requests.push(request);
    let mut screening = DpiaScreening::new(register);
    screening.criteria.insert(DpiaCriterion::LargeScale, true);
    screening
        .criteria
        .insert(DpiaCriterion::MatchingOrCombining, true);
    document.dpia_screenings.push(screening);
    let mut client = ClientController::new(LocalizedText::same("Kundbolaget Ab"));
    client.categories_of_processing = vec![LocalizedText::new(
        "Webbhotell",
        "Webhotelli",
        "Web hosting",
    )];
    document.client_controllers.push(client);
    document
        .client_controllers
        .push(ClientController::new(LocalizedText::same(
            "Toinen Asiakas Oy",
        )));
    document
}

/// The printed text from `start` up to `end` (or the end), as pdftotext gives it.
fn between<'t>(text: &'t str, start: &str, end: Option<&str>) -> &'t str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("no '{start}' in the text"));
    let rest = &text[from..];
    match end.and_then(|end| rest.find(end)) {
        Some(to) => &rest[..to],
        None => rest,
    }
}

#[test]
fn the_record_has_the_breach_and_request_logs_without_the_requesters_names() {
    let document = paperwork_document();
    let english = squeeze(&text(
        &export_record_pdf(&document, &options(Language::En)).unwrap(),
    ));
    for expected in [
        "Log of personal data breaches (Art. 33(5))",
        "Lost laptop",
        "2 November 2026 09:30",
        "5 November 2026 09:30",
        "3 November 2026 15:00",
        "Log of data subject requests (Art. 12(3))",
        "Right of access",
        "10 December 2026",
        "DPIA screening and last review of each register",
        "Data processed on a large scale",
    ] {
        assert!(
            english.contains(&squeeze(expected)),
            "{expected} in the record"
        );
    }
    assert!(
        !english.contains("Meikäläinen"),
        "the requester's name is left out"
    );
    let finnish = squeeze(&text(
        &export_record_pdf(&document, &options(Language::Fi)).unwrap(),
    ));
    assert!(finnish.contains("Tietoturvaloukkaustendokumentointi"));
    assert!(finnish.contains("Kadonnutkannettavatietokone"));
}

#[test]
fn the_annexes_say_not_stated_for_what_the_user_left_open() {
    // A breach and a request with nothing but their description and right.
    let mut document = small_document();
    document
        .breaches
        .push(Breach::new(LocalizedText::same("Phishing email")));
    let mut request = DataSubjectRequest::new();
    request.right = Some(DataSubjectRight::Erasure);
    document.data_subject_requests.push(request);
    let register = document.registers[0].id;
    let mut screening = DpiaScreening::new(register);
    screening
        .criteria
        .insert(DpiaCriterion::SystematicMonitoring, true);
    document.dpia_screenings.push(screening);
    let printed = text(&export_record_pdf(&document, &options(Language::En)).unwrap());
    let annexes = between(&printed, "Annex E.", None);
    // The contents page names the annexes too; the annexes' own pages come last.
    let annexes = &annexes[annexes.rfind("Annex E.").unwrap_or(0)..];
    // The breach log says "not recorded": an empty cell there is not "no".
    for (annex, empty) in [
        (between(annexes, "Annex E.", Some("Annex F.")), "Not stated"),
        (
            between(annexes, "Annex F.", Some("Annex G.")),
            "Not recorded",
        ),
        (between(annexes, "Annex G.", None), "Not stated"),
    ] {
        assert!(annex.contains(empty), "{annex}");
        assert!(!annex.contains('—'), "a bare dash in {annex}");
        // Nothing the user did not say: no "not notified", "open", "no".
        for invented in ["Not notified", "Open", "No\n"] {
            assert!(!annex.contains(invented), "'{invented}' in {annex}");
        }
    }
    // One criterion of nine answered: whether a DPIA is needed is not yet known.
    let dpia = between(annexes, "Annex E.", Some("Annex F."));
    assert!(dpia.contains("Not answered"), "{dpia}");
    // The request's right is stated; no received date means no deadline.
    let requests = between(annexes, "Annex G.", None);
    assert!(requests.contains("Right to erasure"), "{requests}");
    let breaches = between(annexes, "Annex F.", Some("Annex G."));
    assert!(breaches.contains("Phishing email"), "{breaches}");
}

#[test]
fn the_processor_record_lists_the_controllers_in_each_language() {
    let document = paperwork_document();
    for (language, title, category, organisation, not_stated) in [
        (
            Language::Sv,
            "Register över behandling som personuppgiftsbiträde",
            "Webbhotell",
            "Exempel Ab",
            "Inte angivet",
        ),
        (
            Language::Fi,
            "Seloste käsittelytoimista henkilötietojen käsittelijänä",
            "Webhotelli",
            "Esimerkki Oy",
            "Ei ilmoitettu",
        ),
        (
            Language::En,
            "Record of processing activities as processor",
            "Web hosting",
            "Example Ltd",
            "Not stated",
        ),
    ] {
        let pdf = export_processor_record_pdf(&document, &options(language)).unwrap();
        let printed = text(&pdf);
        let all = squeeze(&printed);
        for expected in [
            title,
            "Kundbolaget Ab",
            "Toinen Asiakas Oy",
            category,
            organisation,
            not_stated,
        ] {
            assert!(all.contains(&squeeze(expected)), "{expected} in {language}");
        }
        assert!(!printed.contains('—'), "a bare dash in {language}");
    }
    // A document that processes for nobody says so.
    let pdf = export_processor_record_pdf(&small_document(), &options(Language::En)).unwrap();
    assert!(squeeze(&text(&pdf)).contains(&squeeze("No controllers listed.")));
}
