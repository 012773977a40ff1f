//! Transfer grounds are checked against their validity (issue 21, item 8):
//! the EU–US Privacy Shield and Safe Harbor are errors wherever a transfer's
//! words rely on them; a transfer to the United States on the adequacy
//! decision is an error unless its processor or recipient is answered
//! "certified under the EU–US Data Privacy Framework"; the catalogue's status
//! is a suggestion, not that answer. Special categories left unanswered are a
//! warning, not an error (item 9).

use chrono::NaiveDate;
use kirjuri_model::templates;
use kirjuri_model::*;

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

fn findings(document: &Document) -> Vec<Finding> {
    check(
        document,
        CheckOptions {
            as_of: as_of(),
            export_language: None,
        },
    )
}

fn errors(document: &Document, code: FindingCode) -> Vec<Finding> {
    findings(document)
        .into_iter()
        .filter(|f| f.code == code && f.severity == Severity::Error)
        .collect()
}

/// A register with a processor in the United States and a transfer to it on `mechanism`.
fn us_transfer(mechanism: TransferMechanism) -> Document {
    let mut document = Document::new(LocalizedText::same("Exempel Ab"));
    let register = Register::new(LocalizedText::same("Kunder"));
    let processor = Processor {
        id: ProcessorId::new(),
        vendor: LocalizedText::same("Chat Inc."),
        hosting: Hosting::ThirdParty,
        country: "US".into(),
        ..Processor::blank()
    };
    document.system_links.push(SystemLink {
        id: SystemLinkId::new(),
        register: register.id,
        processor: processor.id,
        data_items: Vec::new(),
        usage: LocalizedText::default(),
    });
    document.transfers.push(Transfer {
        id: TransferId::new(),
        register: register.id,
        country: "US".into(),
        processor: Some(processor.id),
        recipient: None,
        mechanism: Some(mechanism),
        documentation: LocalizedText::default(),
        safeguard_copies: Answer::NotAnswered,
        suggested_mechanism: None,
    });
    document.processors.push(processor);
    document.registers.push(register);
    document.validate().unwrap();
    document
}

#[test]
fn privacy_shield_and_safe_harbor_are_errors_that_name_the_date_and_what_replaces_them() {
    for (words, date, field) in [
        (
            "Privacy Shield-certifierad leverantör",
            "16 juli 2020",
            "documentation",
        ),
        (
            "Överföring enligt Safe Harbor",
            "6 oktober 2015",
            "transfers_qualifier",
        ),
    ] {
        let mut document = us_transfer(TransferMechanism::StandardContractualClauses);
        if field == "documentation" {
            document.transfers[0].documentation = LocalizedText::same(words);
        } else {
            document.registers[0].transfers_qualifier = LocalizedText::same(words);
        }
        let found = errors(&document, FindingCode::InvalidTransferGround);
        assert_eq!(found.len(), 1, "{words}: {found:#?}");
        assert_eq!(found[0].field, field);
        let message = found[0].message.get(Language::Sv);
        assert!(message.contains(date), "{message}");
        assert!(message.contains("Data Privacy Framework"), "{message}");
    }
}

#[test]
fn a_us_adequacy_decision_needs_a_dpf_certified_recipient() {
    // Not answered and "no" are errors on the transfer's mechanism.
    for certified in [Answer::NotAnswered, Answer::No] {
        let mut document = us_transfer(TransferMechanism::AdequacyDecision);
        document.processors[0].dpf.certified = certified;
        let found = errors(&document, FindingCode::UsAdequacyWithoutDpf);
        assert_eq!(found.len(), 1, "{certified:?}");
        assert_eq!(found[0].kind, RecordKind::Transfer);
        assert_eq!(found[0].field, "mechanism");
        assert!(found[0].message.get(Language::En).contains("Chat Inc."));
    }
    // Certified (and when it was checked): no error.
    let mut document = us_transfer(TransferMechanism::AdequacyDecision);
    document.processors[0].dpf = DpfCertification {
        certified: Answer::Yes,
        checked_on: Some(as_of()),
    };
    assert!(errors(&document, FindingCode::UsAdequacyWithoutDpf).is_empty());
    assert!(!findings(&document)
        .iter()
        .any(|f| f.field == "dpf.checked_on"));
    // Certified but with no date of the check: a warning, not an error.
    document.processors[0].dpf.checked_on = None;
    assert!(errors(&document, FindingCode::UsAdequacyWithoutDpf).is_empty());
    assert!(findings(&document)
        .iter()
        .any(|f| f.field == "dpf.checked_on"
            && f.kind == RecordKind::Processor
            && f.severity == Severity::Warning));
    // Another mechanism does not rest on the Framework.
    let document = us_transfer(TransferMechanism::StandardContractualClauses);
    assert!(errors(&document, FindingCode::UsAdequacyWithoutDpf).is_empty());
}

#[test]
fn a_transfer_on_adequacy_to_a_recipient_in_the_us_needs_its_certification_too() {
    let mut document = us_transfer(TransferMechanism::AdequacyDecision);
    let recipient = Recipient {
        id: RecipientId::new(),
        kind: Some(RecipientKind::IndependentController),
        name: LocalizedText::same("Partner LLC"),
        category: false,
        country: "US".into(),
        agreement: None,
        dpf: DpfCertification::default(),
    };
    document.transfers[0].processor = None;
    document.transfers[0].recipient = Some(recipient.id);
    document.recipients.push(recipient);
    let found = errors(&document, FindingCode::UsAdequacyWithoutDpf);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.get(Language::Fi).contains("Partner LLC"));
    document.recipients[0].dpf.certified = Answer::Yes;
    assert!(errors(&document, FindingCode::UsAdequacyWithoutDpf).is_empty());
}

#[test]
fn the_catalogues_dpf_status_is_a_dated_suggestion_not_an_answer() {
    let stripe = templates::system("stripe").expect("Stripe is in the catalogue");
    let dpf = stripe.dpf.as_ref().expect("Stripe carries its DPF status");
    assert!(dpf.certified);
    assert!(NaiveDate::parse_from_str(&dpf.checked, "%Y-%m-%d").is_ok());
    assert!(stripe.sources.iter().any(|s| s.url == dpf.source));
    // Every catalogued transfer to the United States on adequacy carries a status.
    for system in templates::systems() {
        if let Some(transfer) = &system.transfer {
            if transfer.country == "US" && transfer.mechanism == TransferMechanism::AdequacyDecision
            {
                assert!(
                    system.dpf.is_some(),
                    "{} has no dated DPF status",
                    system.id
                );
            }
        }
    }
    // Copied into a document, the status is not the processor's answer: the
    // transfer on adequacy is an error until a person confirms it.
    let mut document = Document::new(LocalizedText::same("Exempel Ab"));
    let register = Register::new(LocalizedText::same("Kunder"));
    let id = register.id;
    document.registers.push(register);
    let edits: Vec<Edit> = stripe
        .records_for(id)
        .into_iter()
        .map(|record| Edit::Put { record })
        .collect();
    let document = document
        .plan(&edits)
        .expect("the catalogue's records fit")
        .0;
    // The catalogue's ground is a suggestion: the user takes it on the transfer.
    let transfer = document.transfers[0].clone();
    assert_eq!(transfer.mechanism, None);
    assert_eq!(
        transfer.suggested_mechanism,
        Some(TransferMechanism::AdequacyDecision)
    );
    let taken = Edit::Put {
        record: Record::Transfer(Transfer {
            mechanism: transfer.suggested_mechanism,
            ..transfer
        }),
    };
    let document = document.plan(&[taken]).expect("taken").0;
    assert_eq!(document.processors[0].dpf, DpfCertification::default());
    assert_eq!(
        errors(&document, FindingCode::UsAdequacyWithoutDpf).len(),
        1
    );
}

#[test]
fn special_categories_unanswered_are_a_warning_and_none_against_an_item_an_error() {
    let mut document = us_transfer(TransferMechanism::StandardContractualClauses);
    let asked = |document: &Document| {
        findings(document)
            .into_iter()
            .filter(|f| f.field == "special_categories")
            .map(|f| (f.code, f.severity))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        asked(&document),
        [(FindingCode::QuestionNotAnswered, Severity::Warning)]
    );
    document.registers[0].special_categories = Answer::Yes;
    assert!(findings(&document)
        .iter()
        .any(|f| f.field == "special_categories_which" && f.severity == Severity::Warning));
    document.registers[0].special_categories_which = vec![SpecialCategory::Health];
    assert!(!findings(&document)
        .iter()
        .any(|f| f.field.starts_with("special_categories")));
    document.registers[0].special_categories_which.clear();
    document.registers[0].special_categories = Answer::No;
    assert!(asked(&document).is_empty());
    document.data_items.push(DataItem {
        id: DataItemId::new(),
        register: document.registers[0].id,
        group: None,
        name: LocalizedText::same("Allergier"),
        requirement: None,
        consequence_if_not_given: LocalizedText::default(),
        flags: DataItemFlags::default(),
        special_category: Some(SpecialCategory::Health),
        need_for_national_id: LocalizedText::default(),
    });
    assert_eq!(
        asked(&document),
        [(FindingCode::SpecialCategoriesContradicted, Severity::Error)]
    );
}
