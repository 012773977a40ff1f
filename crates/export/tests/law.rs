//! What Kirjuri lets through is legally right (issue 22, first section): a
//! processor's register gets no controller's notice, a controller without a
//! contact channel and a right without a contact are errors, the processor's
//! record asks for its controllers, breaches follow Art. 33(1), 33(5) and 34,
//! retention that states no end is a finding, and the consequence of not
//! providing mandatory data is printed. Exports read back with `pdftotext`.

use chrono::{NaiveDate, NaiveDateTime};
use kirjuri_export::pdf::export_processor_record_pdf;
use kirjuri_export::{
    export_notice_html, export_notice_pdf, export_record_pdf, notice_draft_reasons,
    processor_record_draft_reasons, ExportError, ExportOptions,
};
use kirjuri_model::templates::{new_document, Jurisdiction, NewDocument};
use kirjuri_model::*;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const PRINTED: (i32, u32, u32) = (2026, 12, 6);

fn printed() -> NaiveDate {
    NaiveDate::from_ymd_opt(PRINTED.0, PRINTED.1, PRINTED.2).unwrap()
}

fn options(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: printed(),
        last_changed: None,
    }
}

fn findings(document: &Document) -> Vec<Finding> {
    check(
        document,
        CheckOptions {
            as_of: printed(),
            export_language: None,
        },
    )
}

fn codes(document: &Document) -> Vec<FindingCode> {
    findings(document)
        .into_iter()
        .filter(|f| f.is_open_error())
        .map(|f| f.code)
        .collect()
}

fn text_of(pdf: &[u8]) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "kirjuri-law-test-{}-{}.pdf",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    std::fs::remove_file(&path).ok();
    assert!(output.status.success());
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A small Finnish company made from templates, as a director makes it: a
/// name and a business ID, nothing else about the company.
fn template_company(templates: &[&str]) -> Document {
    new_document(&NewDocument {
        name: "Pieni Oy".to_string(),
        business_id: "1234567-8".to_string(),
        country: Jurisdiction::Finland,
        templates: templates.iter().map(|t| t.to_string()).collect(),
        systems: Vec::new(),
        working_language: Some(Language::Fi),
    })
    .expect("the templates exist")
}

fn first_register_id(document: &Document) -> RegisterId {
    document.registers[0].id
}

#[test]
fn a_register_kept_as_processor_gets_no_notice_naming_us_controller() {
    let mut document = example::btb_plaza();
    let register = first_register_id(&document);
    document.registers[0].role = Some(ProcessingRole::Processor);
    for language in Language::ALL {
        match export_notice_pdf(&document, register, &options(language)) {
            Err(ExportError::NoticeOfProcessorRegister(name)) => assert!(!name.is_empty()),
            other => panic!(
                "a processor's register got a notice: {:?}",
                other.map(|b| b.len())
            ),
        }
        assert!(matches!(
            export_notice_html(&document, register, &options(language)),
            Err(ExportError::NoticeOfProcessorRegister(_))
        ));
    }
    let message = ExportError::NoticeOfProcessorRegister("Asiakasrekisteri".into()).to_string();
    assert!(message.contains("only the controller informs"), "{message}");
}

#[test]
fn a_company_without_contact_details_has_an_error_and_drafts_its_notices() {
    let mut document = template_company(&["b2b_customers"]);
    // Even with every template section confirmed, as a director would.
    for register in &mut document.registers {
        register.unreviewed_template_text.clear();
    }
    assert!(codes(&document).contains(&FindingCode::ControllerWithoutContact));
    let register = first_register_id(&document);
    let reasons = notice_draft_reasons(&document, register, &options(Language::Fi));
    assert!(reasons
        .iter()
        .any(|f| f.code == FindingCode::ControllerWithoutContact));
    let text = text_of(&export_notice_pdf(&document, register, &options(Language::Fi)).unwrap());
    assert!(text.contains("LUONNOS"), "{text}");

    // One channel is enough.
    document.organisation.email = "info@pieni.fi".into();
    assert!(!codes(&document).contains(&FindingCode::ControllerWithoutContact));
}

#[test]
fn a_right_sent_to_a_contact_person_that_does_not_exist_is_an_error() {
    let mut document = template_company(&["b2b_customers"]);
    document.organisation.email = "info@pieni.fi".into();
    let register = first_register_id(&document);
    let procedure = RightsProcedure {
        id: RightsProcedureId::new(),
        register,
        right: DataSubjectRight::Access,
        channel: LocalizedText::new(
            "Skicka en begäran till registrets kontaktperson.",
            "Lähetä pyyntö rekisterin yhteyshenkilölle.",
            "Send a request to the register's contact person.",
        ),
        identity_check: LocalizedText::default(),
        deadline_days: None,
        format: LocalizedText::default(),
        notes: LocalizedText::default(),
        fee: LocalizedText::default(),
        frequency: LocalizedText::default(),
        refusal_grounds: LocalizedText::default(),
        law_reference: LocalizedText::default(),
    };
    document.registers[0].contact_person = None;
    document.rights_procedures.push(procedure);
    assert!(codes(&document).contains(&FindingCode::RightWithoutContact));

    // A contact person with an e-mail address answers it.
    let person = Person {
        id: PersonId::new(),
        name: "Maija Meikäläinen".into(),
        title: LocalizedText::default(),
        phone: String::new(),
        email: "maija@pieni.fi".into(),
    };
    document.registers[0].contact_person = Some(person.id);
    document.people.push(person);
    assert!(!codes(&document).contains(&FindingCode::RightWithoutContact));
}

#[test]
fn the_processors_record_needs_its_controllers_agreement_transfers_and_measures() {
    let mut document = example::btb_plaza();
    document.client_controllers.clear();
    document.registers[0].role = Some(ProcessingRole::Processor);
    assert!(codes(&document).contains(&FindingCode::ProcessorRecordWithoutController));
    assert!(!processor_record_draft_reasons(&document, &options(Language::Fi)).is_empty());
    let text = text_of(&export_processor_record_pdf(&document, &options(Language::Fi)).unwrap());
    assert!(text.contains("LUONNOS"), "{text}");

    document
        .client_controllers
        .push(ClientController::new(LocalizedText::same("Asiakas Oy")));
    let incomplete: Vec<String> = findings(&document)
        .into_iter()
        .filter(|f| f.code == FindingCode::ClientControllerIncomplete && f.is_open_error())
        .map(|f| f.field)
        .collect();
    assert_eq!(
        incomplete,
        ["agreement", "transfers_outside_eea", "security_measures"]
    );

    let client = &mut document.client_controllers[0];
    client.agreement = Some(Agreement {
        kind: AgreementKind::ProcessorAgreement,
        signed: NaiveDate::from_ymd_opt(2025, 1, 1),
        reference: String::new(),
    });
    client.transfers_outside_eea = Answer::No;
    client.security_measures = vec![document.security_measures[0].id];
    assert!(!findings(&document)
        .iter()
        .any(|f| f.code == FindingCode::ClientControllerIncomplete));
    let text = text_of(&export_processor_record_pdf(&document, &options(Language::En)).unwrap());
    assert!(
        text.contains("No personal data are transferred outside the EU/EEA."),
        "{text}"
    );
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

#[test]
fn an_unlikely_risk_breach_needs_reasoning_not_a_notification() {
    let mut document = example::btb_plaza();
    document.breaches.clear();
    let mut breach = Breach::new(LocalizedText::same("Misaddressed e-mail"));
    breach.discovered = Some(at("2026-11-01 09:00"));
    breach.risk = Some(BreachRisk::Unlikely);
    document.breaches.push(breach);
    let open = codes(&document);
    assert!(
        !open.contains(&FindingCode::BreachNotificationMissed),
        "{open:?}"
    );
    assert!(
        open.contains(&FindingCode::BreachRiskNotReasoned),
        "{open:?}"
    );

    document.breaches[0].risk_assessment =
        LocalizedText::same("One recipient, a colleague at a partner firm, deleted it at once.");
    assert!(!codes(&document).contains(&FindingCode::BreachRiskNotReasoned));

    // Without an assessment, the 72 hours still run.
    document.breaches[0].risk = None;
    assert!(codes(&document).contains(&FindingCode::BreachNotificationMissed));
}

#[test]
fn a_high_risk_breach_without_telling_the_people_or_a_reason_is_an_error() {
    let mut document = example::btb_plaza();
    document.breaches.clear();
    let mut breach = Breach::new(LocalizedText::same("Stolen laptop"));
    breach.discovered = Some(at("2026-12-05 09:00"));
    breach.authority_notified = Some(at("2026-12-05 15:00"));
    breach.risk = Some(BreachRisk::HighRisk);
    document.breaches.push(breach);
    assert!(codes(&document).contains(&FindingCode::BreachDataSubjectsNotInformed));
    document.breaches[0].data_subjects_informed = NaiveDate::from_ymd_opt(2026, 12, 6);
    assert!(!codes(&document).contains(&FindingCode::BreachDataSubjectsNotInformed));
}

#[test]
fn the_pdf_breach_log_has_the_data_the_reasoning_and_the_art_34_answer() {
    let mut document = example::btb_plaza();
    document.breaches.clear();
    let item = document.data_items[0].clone();
    let mut breach = Breach::new(LocalizedText::same("Stolen laptop"));
    breach.discovered = Some(at("2026-12-05 09:00"));
    breach.registers = vec![item.register];
    breach.data_items = vec![item.id];
    breach.risk = Some(BreachRisk::Risk);
    breach.risk_assessment = LocalizedText::same("Disk encrypted; password not stored with it.");
    breach.not_informed_reason = LocalizedText::same("Encrypted, so no high risk (Art. 34(3)(a)).");
    document.breaches.push(breach);
    let text = text_of(&export_record_pdf(&document, &options(Language::Fi)).unwrap());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("dokumentointi"),
        "the fi breach log is documentation, not bookkeeping"
    );
    assert!(
        flat.contains("Disk encrypted"),
        "the reasoning of the assessment is printed"
    );
    assert!(
        flat.contains("Encrypted, so no high"),
        "why the people are not told is printed"
    );
    let item_name = item
        .name
        .get(Language::Fi)
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    assert!(
        flat.contains(&item_name),
        "the data concerned are printed: {item_name}"
    );
    assert!(
        flat.contains("Ei merkitty"),
        "an empty cell reads 'not recorded'"
    );
}

#[test]
fn retention_that_states_no_end_is_a_finding() {
    let mut document = example::btb_plaza();
    let register = first_register_id(&document);
    document.retention_rules.retain(|r| r.register != register);
    document.retention_rules.push(RetentionRule {
        id: RetentionRuleId::new(),
        register,
        group: None,
        trigger: RetentionTrigger::RequestOfDataSubject,
        period: LocalizedText::same(
            "Tietoja ei pääsääntöisesti poisteta, jos yhteyshenkilö ei sitä aktiivisesti pyydä.",
        ),
        deletion_method: None,
        routine: LocalizedText::default(),
        responsible: None,
        review_interval_months: None,
        last_reviewed: None,
    });
    let all = findings(&document);
    assert!(all
        .iter()
        .any(|f| f.code == FindingCode::RetentionWithoutLimit && f.register == Some(register)));
    assert!(all.iter().any(|f| f.code == FindingCode::NoRetentionRule
        && f.register == Some(register)
        && f.is_open_error()));
    document.retention_rules.last_mut().unwrap().period = LocalizedText::same(
        "3 vuotta asiakassuhteen päättymisestä, minkä jälkeen tiedot poistetaan.",
    );
    let all = findings(&document);
    assert!(!all.iter().any(|f| f.register == Some(register)
        && matches!(
            f.code,
            FindingCode::RetentionWithoutLimit | FindingCode::NoRetentionRule
        )));
}

#[test]
fn the_notice_prints_the_consequence_of_not_providing_a_mandatory_item() {
    let mut document = example::btb_plaza();
    let register = first_register_id(&document);
    let consequence = "Ilman sähköpostiosoitetta emme voi vastata.";
    let item = document
        .data_items
        .iter_mut()
        .find(|i| i.register == register)
        .unwrap();
    item.requirement = Some(ItemRequirement::Mandatory);
    item.consequence_if_not_given = LocalizedText::same(consequence);
    document.registers[0].provision_requirement = Some(ProvisionRequirement::NeededForContract);
    let text = text_of(&export_notice_pdf(&document, register, &options(Language::Fi)).unwrap());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(consequence), "{flat}");

    // "Not required" beside a mandatory item contradicts itself.
    document.registers[0].provision_requirement = Some(ProvisionRequirement::NotRequired);
    assert!(codes(&document).contains(&FindingCode::ProvisionContradictsMandatoryItem));
}

#[test]
fn a_retention_rule_prints_a_starting_point_only_when_it_has_one() {
    let mut document = example::btb_plaza();
    let register = first_register_id(&document);
    document.retention_rules.retain(|r| r.register != register);
    for (trigger, period) in [
        (
            RetentionTrigger::StatutoryPeriod,
            "6 vuotta tilikauden päättymisestä",
        ),
        (RetentionTrigger::EndOfEmployment, "2 vuotta"),
    ] {
        document.retention_rules.push(RetentionRule {
            id: RetentionRuleId::new(),
            register,
            group: None,
            trigger,
            period: LocalizedText::same(period),
            deletion_method: None,
            routine: LocalizedText::default(),
            responsible: None,
            review_interval_months: None,
            last_reviewed: None,
        });
    }
    let text = text_of(&export_notice_pdf(&document, register, &options(Language::Fi)).unwrap());
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.contains("lakisääteinen aika"), "{flat}");
    assert!(
        flat.contains("alkamisperuste: työsuhteen päättyminen"),
        "{flat}"
    );
}

#[test]
fn a_transfer_relying_on_the_privacy_shield_or_safe_harbor_is_an_error_naming_it() {
    let mut document = example::btb_plaza();
    let register = first_register_id(&document);
    document.registers[0].transfers_qualifier = LocalizedText::same(
        "Tiedot siirretään Yhdysvaltoihin EU–US Privacy Shield -järjestelyn perusteella.",
    );
    let found: Vec<Finding> = findings(&document)
        .into_iter()
        .filter(|f| f.code == FindingCode::InvalidTransferGround && f.register == Some(register))
        .collect();
    assert_eq!(found.len(), 1);
    assert!(found[0].is_open_error());
    assert!(
        found[0].message.en.contains("16 July 2020"),
        "{}",
        found[0].message.en
    );
    assert!(found[0].message.en.contains("Data Privacy Framework"));
    document.registers[0].transfers_qualifier =
        LocalizedText::same("Transfers rely on Safe Harbor certification.");
    let message = findings(&document)
        .into_iter()
        .find(|f| f.code == FindingCode::InvalidTransferGround)
        .expect("Safe Harbor is an error")
        .message;
    assert!(message.en.contains("6 October 2015"), "{}", message.en);
    document.registers[0].transfers_qualifier =
        LocalizedText::same("Transfers rely on standard contractual clauses.");
    assert!(!findings(&document)
        .iter()
        .any(|f| f.code == FindingCode::InvalidTransferGround));
}
