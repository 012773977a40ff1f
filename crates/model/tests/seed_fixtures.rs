//! The seed documents (`shared/seeds/000`–`003`) as Kirjuri JSON fixtures in
//! `tests/fixtures/`: each parses, round-trips byte for byte, holds every fact
//! its `.facts` file lists in a record of the right kind, and gives the
//! findings its known gaps call for.
//!
//! The fixtures are kept in the exact form `to_json` writes. After editing one
//! by hand, rewrite it in that form with
//! `KIRJURI_BLESS_FIXTURES=1 cargo test -p kirjuri-model --test seed_fixtures`.

use chrono::NaiveDate;
use kirjuri_model::exchange::{from_json, to_json};
use kirjuri_model::{
    check, CheckOptions, Document, Finding, FindingCode, Language, RecordKind, Severity,
};
use std::path::PathBuf;

const FIXTURES: &[&str] = &["btb-plaza", "beebyte", "solteq"];

fn fixture_path(name: &str, extension: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(format!("{name}.{extension}"))
}

fn read(name: &str, extension: &str) -> String {
    let path = fixture_path(name, extension);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn load(name: &str) -> Document {
    from_json(&read(name, "json")).unwrap_or_else(|e| panic!("{name}.json does not parse: {e}"))
}

fn findings(doc: &Document) -> Vec<Finding> {
    check(
        doc,
        CheckOptions {
            as_of: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a valid date"),
            export_language: None,
        },
    )
}

fn errors(findings: &[Finding], code: FindingCode) -> Vec<&Finding> {
    findings
        .iter()
        .filter(|f| f.code == code && f.severity == Severity::Error)
        .collect()
}

/// A notice's findings, checked for its register alone, are the whole
/// check's findings about that register and the organisation, for every
/// register of every fixture and of the examples.
#[test]
fn the_findings_of_a_notice_are_the_whole_checks_for_its_register() {
    let options = CheckOptions {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a valid date"),
        export_language: None,
    };
    let mut documents: Vec<(String, Document)> = FIXTURES
        .iter()
        .map(|name| (name.to_string(), load(name)))
        .collect();
    documents.push(("example".into(), kirjuri_model::example::btb_plaza()));
    documents.push(("synthetic".into(), kirjuri_model::example::synthetic(4)));
    for (name, doc) in documents {
        let whole = check(&doc, options);
        for register in &doc.registers {
            let expected: Vec<Finding> = whole
                .iter()
                .filter(|f| f.concerns_notice_of(register.id))
                .cloned()
                .collect();
            assert!(
                !expected.is_empty(),
                "{name}: the register has findings to compare"
            );
            let own = kirjuri_model::checks::check_for_notice(&doc, register.id, options);
            assert_eq!(own, expected, "{name}: register {}", register.id);
        }
    }
}

#[test]
fn fixtures_parse_and_are_in_canonical_form() {
    let bless = std::env::var_os("KIRJURI_BLESS_FIXTURES").is_some();
    for name in FIXTURES {
        let text = read(name, "json");
        let doc = from_json(&text).unwrap_or_else(|e| panic!("{name}.json does not parse: {e}"));
        let written = to_json(&doc);
        let again = from_json(&written)
            .unwrap_or_else(|e| panic!("{name}: to_json output does not parse: {e}"));
        assert_eq!(doc, again, "{name}: the document changes on a round trip");
        assert_eq!(
            written,
            to_json(&again),
            "{name}: export → import → export is not byte-identical"
        );
        if bless {
            if text != written {
                std::fs::write(fixture_path(name, "json"), &written).expect("fixture is writable");
            }
        } else {
            assert!(
                text == written,
                "{name}.json is not in the form to_json writes; run with KIRJURI_BLESS_FIXTURES=1 to rewrite it"
            );
        }
    }
}

#[test]
fn every_fact_is_in_a_record_of_its_kind() {
    let mut missing = Vec::new();
    for name in FIXTURES {
        let doc = load(name);
        let records: Vec<(RecordKind, String)> = doc
            .records()
            .iter()
            .map(|r| {
                (
                    r.kind(),
                    serde_json::to_string(r).expect("records serialize"),
                )
            })
            .collect();
        let facts = read(name, "facts");
        let mut count = 0;
        for (number, line) in facts.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (kind, text) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{name}.facts:{}: no tab in {line:?}", number + 1));
            let kind = RecordKind::from_name(kind).unwrap_or_else(|| {
                panic!("{name}.facts:{}: unknown record kind {kind:?}", number + 1)
            });
            assert!(
                !text.trim().is_empty(),
                "{name}.facts:{}: empty fact",
                number + 1
            );
            count += 1;
            if !records
                .iter()
                .any(|(k, json)| *k == kind && json.contains(text))
            {
                missing.push(format!(
                    "{name}.facts:{}: no {kind} holds {text:?}",
                    number + 1
                ));
            }
        }
        assert!(count >= 40, "{name}.facts lists only {count} facts");
    }
    assert!(
        missing.is_empty(),
        "facts not found:\n{}",
        missing.join("\n")
    );
}

#[test]
fn btb_plaza_gaps_are_found() {
    let doc = load("btb-plaza");
    let findings = findings(&doc);

    let transfers = errors(&findings, FindingCode::TransferWithoutMechanism);
    assert!(
        transfers
            .iter()
            .any(|f| f.message.sv.contains("Roger Wilco") && f.message.en.contains("Roger Wilco")),
        "no transfer error for Chatra (Roger Wilco LLC, USA): {transfers:#?}"
    );
    assert_eq!(
        transfers.len(),
        1,
        "only Chatra goes outside the EU/EEA: {transfers:#?}"
    );

    let chat = doc
        .registers
        .iter()
        .find(|r| r.name.sv == "Chat på hemsidan")
        .expect("the chat register");
    let no_retention: Vec<_> = errors(&findings, FindingCode::NoRetentionRule)
        .iter()
        .map(|f| f.register)
        .collect();
    // The personnel file is kept "after the contract ended, when the law in
    // force allows it": no end a reader can use (Art. 5(1)(e), 13(2)(a)).
    let personnel = doc
        .registers
        .iter()
        .find(|r| r.name.sv == "Personalregister")
        .expect("the personnel register");
    assert_eq!(
        no_retention,
        vec![Some(personnel.id), Some(chat.id)],
        "the chat history (kept until deleted) and the personnel file (kept as the law allows) lack a usable retention rule"
    );
    assert!(findings
        .iter()
        .any(|f| f.code == FindingCode::RetentionWithoutLimit && f.register == Some(personnel.id)));

    // The seed states no legal basis for any purpose.
    assert_eq!(
        errors(&findings, FindingCode::PurposeWithoutLegalBasis).len(),
        doc.purposes.len()
    );
}

#[test]
fn beebyte_us_vendors_lack_a_transfer_mechanism() {
    let doc = load("beebyte");
    let findings = findings(&doc);
    let transfers = errors(&findings, FindingCode::TransferWithoutMechanism);

    let us_vendors: Vec<_> = doc
        .processors
        .iter()
        .filter(|p| p.country == "US")
        .collect();
    assert_eq!(
        us_vendors.len(),
        5,
        "Zendesk, Asana, Mailchimp, Copper and Zapier"
    );
    for vendor in us_vendors {
        assert!(
            transfers
                .iter()
                .any(|f| f.message.sv.contains(vendor.vendor.sv.as_str())),
            "no transfer error for {}: {transfers:#?}",
            vendor.vendor.sv
        );
    }
    for in_eea in [
        "Fortnox AB",
        "Google Ireland Ltd",
        "Swedbank AB",
        "Telavox AB",
    ] {
        assert!(
            !transfers.iter().any(|f| f.message.sv.contains(in_eea)),
            "{in_eea} is in the EU/EEA"
        );
    }

    // The legal bases the seed states, including the legitimate interests, are all there.
    assert!(errors(&findings, FindingCode::PurposeWithoutLegalBasis).is_empty());
    assert!(errors(&findings, FindingCode::LegitimateInterestNotStated).is_empty());
    assert!(errors(&findings, FindingCode::NoRetentionRule).is_empty());
}

#[test]
fn solteq_states_no_transfers_and_no_retention() {
    let doc = load("solteq");
    let findings = findings(&doc);
    assert!(doc
        .registers
        .iter()
        .all(|r| r.transfers_outside_eea == kirjuri_model::Answer::No));
    assert!(errors(&findings, FindingCode::TransferWithoutMechanism).is_empty());
    // The register description (2016) says nothing of retention and names only a pre-GDPR law.
    assert_eq!(errors(&findings, FindingCode::NoRetentionRule).len(), 1);
    assert!(findings
        .iter()
        .any(|f| f.code == FindingCode::RegisterNotUpdatedForAYear));
}

#[test]
fn texts_missing_in_the_export_language_are_warnings_naming_the_field() {
    let doc = load("btb-plaza");
    let missing_in = |language| {
        check(
            &doc,
            CheckOptions {
                as_of: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a valid date"),
                export_language: Some(language),
            },
        )
        .into_iter()
        .filter(|f| f.code == FindingCode::TextMissingInLanguage)
        .collect::<Vec<_>>()
    };
    // One processor's vendor is written in Swedish only.
    let swedish_only = &doc.processors[2];
    assert!(swedish_only.vendor.fi.is_empty() && !swedish_only.vendor.sv.is_empty());
    for language in [Language::Fi, Language::En] {
        let found = missing_in(language);
        assert_eq!(found.len(), 1, "{language:?}: {found:#?}");
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].kind, RecordKind::Processor);
        assert_eq!(found[0].id, uuid::Uuid::from(swedish_only.id));
        assert_eq!(found[0].field, "vendor");
        assert_eq!(found[0].register, None);
    }
    assert!(missing_in(Language::Sv).is_empty());
}

/// A file of format 1 (the Solteq fixture as it was written before answers
/// became three-state) reads so that what a person said keeps its meaning and
/// what only a default said becomes "not answered".
#[test]
fn a_format_1_file_keeps_what_a_person_said_and_drops_what_a_default_said() {
    use kirjuri_model::{Answer, DpiaStatus};
    let old = read("format-1/solteq", "json");
    assert!(old.contains("\"version\": 1"));
    let doc = from_json(&old).expect("a format 1 file reads");
    let current = load("solteq");
    let register = &doc.registers[0];
    // `no_transfers_outside_eea: true` could only have been set by a person.
    assert_eq!(register.transfers_outside_eea, Answer::No);
    // `false` and `not_required` were what every new register got.
    assert_eq!(register.automated_decisions, Answer::NotAnswered);
    assert_eq!(register.provision_requirement, None);
    assert_eq!(register.dpia, DpiaStatus::NotAssessed);
    assert!(doc
        .cookies
        .iter()
        .all(|c| c.requires_consent == Answer::NotAnswered));
    // The kinds and the role the editor gave every new record are defaults
    // a JSON file cannot tell from a choice: they read as not answered. Any
    // other kind was a person's choice and reads as it was written.
    use kirjuri_model::{MeasureKind, RecipientKind, SourceKind};
    assert_eq!(register.role, None);
    assert_eq!(doc.sources.len(), current.sources.len());
    for (read, today) in doc.sources.iter().zip(&current.sources) {
        let expected: Vec<SourceKind> = today
            .kinds
            .iter()
            .copied()
            .filter(|_| today.kinds != [SourceKind::DataSubject])
            .collect();
        assert_eq!(read.kinds, expected, "{:?}", read.name);
        assert_eq!((&read.name, read.public), (&today.name, today.public));
    }
    assert!(doc
        .sources
        .iter()
        .any(|s| s.kinds.contains(&SourceKind::SocialMediaLogin)));
    for recipient in &doc.recipients {
        assert_ne!(recipient.kind, Some(RecipientKind::IndependentController));
    }
    assert!(
        doc.recipients.iter().all(|r| r.kind.is_some()),
        "none was the default"
    );
    let kinds = |doc: &Document| -> Vec<Option<MeasureKind>> {
        doc.security_measures.iter().map(|m| m.kind).collect()
    };
    let expected: Vec<Option<MeasureKind>> = kinds(&current)
        .into_iter()
        .map(|k| k.filter(|k| *k != MeasureKind::Technical))
        .collect();
    assert_eq!(kinds(&doc), expected);
    assert!(kinds(&doc).contains(&Some(MeasureKind::Physical)));
    // Everything else reads as it did: the same records with the same texts.
    assert_eq!(doc.purposes.len(), current.purposes.len());
    assert_eq!(doc.data_items, current.data_items);
    assert_eq!(doc.disclosures, current.disclosures);
    // Written again, it is the format of today.
    assert!(to_json(&doc).contains("\"version\": 3"));
}

#[test]
fn solteq_has_no_rights_procedures_and_its_questions_are_found() {
    let doc = load("solteq");
    let findings = findings(&doc);
    assert!(findings
        .iter()
        .any(|f| f.code == FindingCode::NoRightsProcedures));
    let unanswered: Vec<&str> = findings
        .iter()
        .filter(|f| f.code == FindingCode::QuestionNotAnswered && f.kind == RecordKind::Register)
        .map(|f| f.field.as_str())
        .collect();
    // The seed says nothing of automated decisions, the duty to give the data
    // or an impact assessment; it does say data do not leave the EEA and are disclosed.
    assert!(unanswered.contains(&"automated_decisions"));
    assert!(unanswered.contains(&"provision_requirement"));
    assert!(!unanswered.contains(&"transfers_outside_eea"));
    assert!(!unanswered.contains(&"regular_disclosures"));
}
