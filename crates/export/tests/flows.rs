//! Where a register's data leave the EU/EEA is decided once
//! (`kirjuri_model::flows`): the checks, the record PDF, the privacy notice
//! and the workbook list the same flows, for every seed fixture and for a
//! system in the USA that no transfer record covers. Read back with poppler's
//! `pdftotext` and calamine.

use calamine::{open_workbook_from_rs, Reader, Xlsx};
use chrono::NaiveDate;
use kirjuri_export::labels::Label;
use kirjuri_export::{export_notice_pdf, export_record_pdf, export_xlsx, ExportOptions};
use kirjuri_model::flows::{third_country_flows, Flow, FlowOrigin};
use kirjuri_model::*;
use std::collections::{BTreeSet, HashMap};
use std::io::Cursor;
use std::path::Path;
use std::process::Command;

fn options() -> ExportOptions {
    ExportOptions {
        language: Language::En,
        printed_on: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        last_changed: None,
    }
}

/// The PDF's text without white space, from `pdftotext -raw`.
fn squeezed_text(pdf: &[u8], name: &str) -> String {
    let path =
        std::env::temp_dir().join(format!("kirjuri-flows-{}-{name}.pdf", std::process::id()));
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

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The seed fixtures, and one with a US system no transfer record covers.
fn documents() -> Vec<(String, Document)> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut documents: Vec<(String, Document)> = ["btb-plaza", "beebyte", "solteq"]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(fixtures.join(format!("{name}.json"))).unwrap();
            (name.to_string(), exchange::from_json(&text).unwrap())
        })
        .collect();
    documents.push(("uncovered".to_string(), with_uncovered_us_system()));
    documents
}

fn with_uncovered_us_system() -> Document {
    let mut document = Document::new(LocalizedText::same("Testbolaget Ab"));
    let mut register = Register::new(LocalizedText::same("Newsletter"));
    register.transfers_outside_eea = Answer::No;
    let processor: Processor = serde_json::from_value(serde_json::json!({
        "id": ProcessorId::new(),
        "vendor": { "en": "Rocket Mail Inc." },
        "hosting": "third_party",
        "country": "US",
    }))
    .unwrap();
    let link: SystemLink = serde_json::from_value(serde_json::json!({
        "id": SystemLinkId::new(),
        "register": register.id,
        "processor": processor.id,
    }))
    .unwrap();
    document.registers.push(register);
    document.processors.push(processor);
    document.system_links.push(link);
    document
}

fn flows_of<'d>(
    document: &'d Document,
    parts: &PartsByRegister<'d>,
    register: RegisterId,
) -> Vec<Flow<'d>> {
    let processors: HashMap<ProcessorId, &Processor> =
        document.processors.iter().map(|p| (p.id, p)).collect();
    let recipients: HashMap<RecipientId, &Recipient> =
        document.recipients.iter().map(|r| (r.id, r)).collect();
    third_country_flows(
        parts.of(register),
        |id| processors.get(&id).copied(),
        |id| recipients.get(&id).copied(),
    )
}

fn origin_id(flow: &Flow) -> Uuid {
    match flow.origin {
        FlowOrigin::Transfer(t) => t.id.into(),
        FlowOrigin::SystemLink(l) => l.id.into(),
        FlowOrigin::Disclosure(d) => d.id.into(),
    }
}

/// The rows of the workbook's transfers sheet, as (register, country).
fn workbook_rows(bytes: Vec<u8>) -> Vec<(String, String)> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    // The sheet's English name (the workbook's labels are the exporter's own).
    let range = workbook
        .worksheet_range("Transfers to third countries")
        .unwrap();
    range
        .rows()
        .skip(1)
        .filter(|row| !row.is_empty() && !row[0].to_string().is_empty())
        .map(|row| (row[0].to_string(), row[1].to_string()))
        .collect()
}

#[test]
fn the_checks_the_record_the_notice_and_the_workbook_list_the_same_flows() {
    let mut uncovered_seen = 0;
    for (name, document) in documents() {
        let parts = PartsByRegister::new(&document);
        let findings = check(
            &document,
            CheckOptions {
                as_of: options().printed_on,
                export_language: None,
            },
        );
        let record = squeezed_text(&export_record_pdf(&document, &options()).unwrap(), &name);
        let rows = workbook_rows(export_xlsx(&document, &options()).unwrap());
        for register in &document.registers {
            let register_name = register
                .name
                .resolve(Language::En)
                .text()
                .unwrap_or_default()
                .to_string();
            let flows = flows_of(&document, &parts, register.id);

            // The checks: one finding for each flow without a mechanism, on the record it comes from.
            let found: BTreeSet<Uuid> = findings
                .iter()
                .filter(|f| {
                    f.code == FindingCode::TransferWithoutMechanism
                        && f.register == Some(register.id)
                })
                .map(|f| f.id)
                .collect();
            let open: BTreeSet<Uuid> = flows
                .iter()
                .filter(|f| f.mechanism().is_none())
                .map(origin_id)
                .collect();
            assert_eq!(
                found, open,
                "{name}, {register_name}: the checks' transfer findings"
            );

            // The workbook: one row per flow.
            let mut listed: Vec<String> = rows
                .iter()
                // A name missing in English shows its fallback language first ("[sv] …").
                .filter(|(r, _)| r.ends_with(&register_name))
                .map(|(_, country)| country.clone())
                .collect();
            let mut expected: Vec<String> = flows
                .iter()
                .map(|f| geography::country_name(&f.country, Language::En))
                .collect();
            listed.sort();
            expected.sort();
            assert_eq!(
                listed, expected,
                "{name}, {register_name}: the workbook's transfers"
            );

            // The notice and the record: each flow's country, and who takes the
            // data there, in the transfers section's order (country, then who).
            let notice = squeezed_text(
                &export_notice_pdf(&document, register.id, &options()).unwrap(),
                &format!("{name}-notice"),
            );
            for flow in &flows {
                let country = squeeze(&geography::country_name(&flow.country, Language::En));
                let who = flow
                    .processor
                    .and_then(|p| p.vendor.resolve(Language::En).text().map(squeeze))
                    .or_else(|| {
                        flow.recipient
                            .and_then(|r| r.name.resolve(Language::En).text().map(squeeze))
                    })
                    .unwrap_or_default();
                assert!(
                    notice.contains(&format!("{country}:")),
                    "{name}, {register_name}: the notice lists the flow to {country}"
                );
                assert!(
                    record.contains(&format!("{country}{who}")),
                    "{name}, {register_name}: the record lists the flow to {country} through {who}"
                );
                if name == "uncovered" {
                    uncovered_seen += 1;
                    let not_stated = squeeze(Label::NotStated.get(Language::En));
                    assert!(
                        notice.contains(&format!("{country}:{not_stated}")),
                        "the notice says the US flow's mechanism is not stated"
                    );
                    assert!(
                        !notice.contains(&squeeze(Label::NoTransfers.get(Language::En))),
                        "the notice does not say there are no transfers"
                    );
                }
            }
        }
    }
    assert_eq!(uncovered_seen, 1, "the uncovered US flow is listed");
}
