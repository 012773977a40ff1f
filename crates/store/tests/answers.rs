//! Three-state answers, qualifiers and answers to findings survive the `.sqlite`
//! file: written, closed, opened again (issue 10). And a record written in
//! format 1's shape (booleans, `not_required`) reads as a person left it.

use kirjuri_model::*;
use kirjuri_store::Store;

#[test]
fn answers_qualifiers_and_finding_answers_survive_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("answers.sqlite");
    let mut document = Document::new(LocalizedText::same("Svar Ab"));
    let mut register = Register::new(LocalizedText::same("Kunder"));
    register.automated_decisions = Answer::No;
    register.transfers_outside_eea = Answer::No;
    register.transfers_qualifier = LocalizedText::same("utom support från USA");
    register.regular_disclosures = Answer::Yes;
    register.disclosures_qualifier = LocalizedText::same("enligt avtal, samtycke eller lag");
    register.provision_requirement = Some(ProvisionRequirement::NotRequired);
    register.list_qualifiers.sources = Some(ListQualifier::Mainly);
    register.law_reference = LocalizedText::same("Lag 1/2000");
    document.organisation.finding_answers.push(FindingAnswer {
        code: FindingCode::NoRightsProcedures,
        kind: RecordKind::Register,
        id: register.id.into(),
        field: "rights_procedures".into(),
        answer: FindingResolution::NotApplicable {
            reason: LocalizedText::same("Registret gäller bara anonyma besökare"),
        },
    });
    document.cookies.push(Cookie {
        id: CookieId::new(),
        name: LocalizedText::same("lang"),
        provider: String::new(),
        class: CookieClass::Functional,
        duration: CookieDuration::Persistent,
        lifetime: LocalizedText::default(),
        purpose: LocalizedText::default(),
        requires_consent: Answer::No,
    });
    document.registers.push(register);

    drop(Store::create_from(&path, &document, "test").unwrap());
    let reopened = Store::open(&path, "test").unwrap();
    assert_eq!(reopened.document(), &document);
}

#[test]
fn a_record_in_format_1_shape_reads_as_a_person_left_it() {
    let id = RegisterId::new();
    let old = serde_json::json!({
        "id": id,
        "name": {"sv": "Kunder"},
        "role": "controller",
        "automated_decisions": false,
        "provision_requirement": "not_required",
        "dpia": "not_assessed",
        "no_transfers_outside_eea": true,
    });
    let register: Register = serde_json::from_value(old).unwrap();
    assert_eq!(register.automated_decisions, Answer::NotAnswered);
    assert_eq!(register.provision_requirement, None);
    assert_eq!(register.transfers_outside_eea, Answer::No);
    assert_eq!(register.role, Some(ProcessingRole::Controller));
    let deliberate: Register = serde_json::from_value(serde_json::json!({
        "id": id,
        "name": {"sv": "Kunder"},
        "role": "controller",
        "automated_decisions": true,
        "provision_requirement": "statutory",
    }))
    .unwrap();
    assert_eq!(deliberate.automated_decisions, Answer::Yes);
    assert_eq!(
        deliberate.provision_requirement,
        Some(ProvisionRequirement::Statutory)
    );
}
