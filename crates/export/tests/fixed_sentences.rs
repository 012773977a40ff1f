//! Every fixed sentence depends on an answer (issue 21, item 7). Each case
//! below is one sentence of the notice, the record or the workbook and the
//! answer behind it: the same document is printed without the answer and with
//! it, and the sentence must be absent from the first and present in the
//! second. What decides is what is printed, not a list the exporters keep.

mod support;

use kirjuri_export::labels::Label;
use kirjuri_model::*;
use support::*;

/// One fixed sentence and the answer it rests on.
struct Case {
    name: &'static str,
    /// Makes the document lack the answer (on top of `support::base`).
    without: fn(&mut Document, RegisterId),
    /// Gives the answer.
    with: fn(&mut Document, RegisterId),
    /// What the notice, the record and the workbook print only with the answer.
    notice: fn(Language) -> Vec<String>,
    record: fn(Language) -> Vec<String>,
    workbook: fn(Language) -> Vec<String>,
}

fn none(_: Language) -> Vec<String> {
    Vec::new()
}

fn nothing(_: &mut Document, _: RegisterId) {}

fn register(document: &mut Document, id: RegisterId) -> &mut Register {
    document.registers.iter_mut().find(|r| r.id == id).unwrap()
}

fn add_measure(document: &mut Document, id: RegisterId, kind: MeasureKind) {
    let measure = SecurityMeasure {
        id: SecurityMeasureId::new(),
        kind: Some(kind),
        description: LocalizedText::new(
            "Låst rum och rutin",
            "Lukittu huone ja ohje",
            "Locked room and rule",
        ),
    };
    register(document, id).security_measures.push(measure.id);
    document.security_measures.push(measure);
}

fn by_language(language: Language, sv: &str, fi: &str, en: &str) -> Vec<String> {
    vec![match language {
        Language::Sv => sv,
        Language::Fi => fi,
        Language::En => en,
    }
    .to_string()]
}

fn label(label: Label) -> fn(Language) -> Vec<String> {
    // A function pointer per label keeps the table below plain data.
    match label {
        Label::NoticeTransfersCopy => |l| vec![Label::NoticeTransfersCopy.get(l).to_string()],
        Label::NoticeNoSpecialCategories => {
            |l| vec![Label::NoticeNoSpecialCategories.get(l).to_string()]
        }
        Label::NoticeTransfersAsARule => |l| vec![Label::NoticeTransfersAsARule.get(l).to_string()],
        Label::NoticeHow => |l| vec![format!("{}:", Label::NoticeHow.get(l))],
        _ => unreachable!("add the label here"),
    }
}

const CHANGES: [&str; 3] = [
    "Vi uppdaterar informationen när tjänsten ändras.",
    "Päivitämme selosteen, kun palvelu muuttuu.",
    "We update this notice when the service changes.",
];

fn changes(language: Language) -> Vec<String> {
    by_language(language, CHANGES[0], CHANGES[1], CHANGES[2])
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "the security intro names organisational measures only when there is one",
            without: nothing,
            with: |d, r| add_measure(d, r, MeasureKind::Organisational),
            notice: |l| by_language(l, "organisatoriska", "organisatorisin", "organisational"),
            record: none,
            workbook: none,
        },
        Case {
            name: "the security intro names physical measures only when there is one",
            without: nothing,
            with: |d, r| add_measure(d, r, MeasureKind::Physical),
            notice: |l| by_language(l, "fysiska", "fyysisin", "physical"),
            record: none,
            workbook: none,
        },
        Case {
            name: "the portability condition names consent only when a purpose rests on it",
            without: nothing,
            with: |d, r| d.purposes.push(purpose(r, LegalBasis::Consent)),
            notice: |l| {
                by_language(
                    l,
                    "grundar sig på ditt samtycke",
                    "perustuu suostumukseesi",
                    "based on your consent",
                )
            },
            record: none,
            workbook: none,
        },
        Case {
            name: "the portability condition names a contract only when a purpose rests on one",
            without: |d, _| {
                d.purposes[0].legal_bases[0].basis = Some(LegalBasis::Consent);
            },
            with: |d, r| d.purposes.push(purpose(r, LegalBasis::Contract)),
            notice: |l| {
                by_language(
                    l,
                    "ett avtal med dig och sker automatiserat",
                    "kanssasi tehtyyn sopimukseen ja se tehdään automaattisesti",
                    "a contract with you and is carried out by automated means",
                )
            },
            record: none,
            workbook: none,
        },
        Case {
            name: "\"how to\" is printed only where the procedure's channel is given",
            without: |d, _| d.rights_procedures[0].channel = LocalizedText::default(),
            with: |d, _| d.rights_procedures[0].channel = LocalizedText::same(CONTACT_EMAIL),
            notice: label(Label::NoticeHow),
            record: none,
            workbook: none,
        },
        Case {
            name: "the copy of the safeguards is offered only where copies are given",
            without: |d, r| {
                register(d, r).transfers_outside_eea = Answer::Yes;
                us_transfer(d, r, TransferMechanism::StandardContractualClauses);
            },
            with: |d, _| d.transfers[0].safeguard_copies = Answer::Yes,
            notice: label(Label::NoticeTransfersCopy),
            record: |l| vec![Label::DocumentSafeguardCopies.get(l).to_string()],
            workbook: none,
        },
        Case {
            name: "\"no special categories\" is said only when answered",
            without: nothing,
            with: |d, r| register(d, r).special_categories = Answer::No,
            notice: label(Label::NoticeNoSpecialCategories),
            // The row and the next one's label: "No" alone is the start of "Not answered".
            record: |l| {
                vec![format!(
                    "{}{}{}",
                    Label::SpecialCategories.get(l),
                    Label::No.get(l),
                    Label::Dpia.get(l)
                )]
            },
            workbook: none,
        },
        Case {
            name: "the special categories are listed only when answered yes",
            without: nothing,
            with: |d, r| {
                let register = register(d, r);
                register.special_categories = Answer::Yes;
                register.special_categories_which = vec![SpecialCategory::Health];
            },
            notice: |l| {
                vec![
                    Label::NoticeSpecialCategories.get(l).to_string(),
                    SpecialCategory::Health.label(l).to_string(),
                ]
            },
            record: |l| vec![SpecialCategory::Health.label(l).to_string()],
            workbook: |l| vec![SpecialCategory::Health.label(l).to_string()],
        },
        Case {
            name: "\"as a rule not transferred\" is said only when answered so",
            without: nothing,
            with: |d, r| register(d, r).transfers_as_a_rule = true,
            notice: label(Label::NoticeTransfersAsARule),
            record: label(Label::NoticeTransfersAsARule),
            workbook: label(Label::NoticeTransfersAsARule),
        },
        Case {
            name: "\"as a rule not disclosed\" is said only when answered so",
            without: nothing,
            with: |d, r| register(d, r).disclosures_as_a_rule = true,
            notice: |l| vec![Label::NoticeDisclosuresAsARule.get(l).to_string()],
            record: |l| vec![Label::NoticeDisclosuresAsARule.get(l).to_string()],
            workbook: |l| vec![Label::NoticeDisclosuresAsARule.get(l).to_string()],
        },
        Case {
            name: "a recipient's DPF certification is printed as answered",
            without: |d, r| {
                disclosure(d, r);
                let recipient = d.recipients.last_mut().unwrap();
                recipient.country = "US".into();
            },
            with: |d, _| {
                d.recipients.last_mut().unwrap().dpf = DpfCertification {
                    certified: Answer::Yes,
                    checked_on: Some(date(2026, 12, 1)),
                }
            },
            notice: none,
            record: |l| {
                vec![format!(
                    "{}: {}",
                    Label::DocumentDpfCertified.get(l),
                    Label::Yes.get(l)
                )]
            },
            workbook: |l| {
                vec![format!(
                    "{}: {}",
                    Label::DocumentDpfCertified.get(l),
                    Label::Yes.get(l)
                )]
            },
        },
        Case {
            name: "the changes to the notice are printed only when written",
            without: nothing,
            with: |d, r| {
                register(d, r).notice_changes =
                    LocalizedText::new(CHANGES[0], CHANGES[1], CHANGES[2]);
            },
            notice: |l| {
                let mut words = changes(l);
                words.push(Label::DocumentNoticeChanges.get(l).to_string());
                words
            },
            record: changes,
            workbook: changes,
        },
        Case {
            name: "the DPF certification is printed as answered",
            without: |d, r| {
                register(d, r).transfers_outside_eea = Answer::Yes;
                us_transfer(d, r, TransferMechanism::AdequacyDecision);
            },
            with: |d, _| {
                d.processors[0].dpf = DpfCertification {
                    certified: Answer::Yes,
                    checked_on: Some(date(2026, 12, 1)),
                }
            },
            notice: none,
            record: |l| {
                vec![format!(
                    "{}: {}, {}",
                    Label::DocumentDpfCertified.get(l),
                    Label::Yes.get(l),
                    Label::CheckedOn.get(l)
                )]
            },
            workbook: none,
        },
    ]
}

#[test]
fn each_fixed_sentence_is_printed_only_with_its_answer() {
    let mut failures = Vec::new();
    for case in cases() {
        let (mut without, id) = base();
        (case.without)(&mut without, id);
        let mut with = without.clone();
        (case.with)(&mut with, id);
        with.validate().unwrap();
        for language in Language::ALL {
            let absent = print(&without, id, language);
            let present = print(&with, id, language);
            for (what, words, before, after) in [
                (
                    "notice",
                    (case.notice)(language),
                    &absent.notice,
                    &present.notice,
                ),
                (
                    "record",
                    (case.record)(language),
                    &absent.record,
                    &present.record,
                ),
                (
                    "workbook",
                    (case.workbook)(language),
                    &absent.workbook,
                    &present.workbook,
                ),
            ] {
                for word in words {
                    let word = squeeze(&word);
                    if before.contains(&word) {
                        failures.push(format!(
                            "{}: the {what} ({language:?}) says {word:?} without the answer",
                            case.name
                        ));
                    }
                    if !after.contains(&word) {
                        failures.push(format!(
                            "{}: the {what} ({language:?}) lacks {word:?} with the answer",
                            case.name
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The security intro of the base register (one technical measure) names
/// that kind alone; a measure of no kind leaves the kinds unnamed.
#[test]
fn the_security_intro_names_exactly_the_kinds_present() {
    let (mut document, id) = base();
    let notice = print(&document, id, Language::Sv).notice;
    assert!(notice.contains(&squeeze("Vi skyddar uppgifterna med tekniska åtgärder:")));
    let unknown = SecurityMeasure {
        id: SecurityMeasureId::new(),
        kind: None,
        description: LocalizedText::new("Rutin", "Ohje", "Rule"),
    };
    register(&mut document, id)
        .security_measures
        .push(unknown.id);
    document.security_measures.push(unknown);
    let notice = print(&document, id, Language::Sv).notice;
    let section = section(&notice, 10);
    assert!(section.contains(&squeeze("Vi skyddar uppgifterna med följande åtgärder:")));
    assert!(!section.contains("tekniska"), "{section}");
}

/// Without a channel, the contact person's address is not put in the rights
/// section as "how to": it is copied there only by a person.
#[test]
fn the_contact_address_is_not_a_silent_channel() {
    let (mut document, id) = base();
    document.rights_procedures[0].channel = LocalizedText::default();
    for language in Language::ALL {
        let notice = print(&document, id, language).notice;
        let rights = section(&notice, 11);
        assert!(!rights.contains(CONTACT_EMAIL), "{language:?}: {rights}");
        // The contact stays where it was given: section 2.
        assert!(section(&notice, 2).contains(CONTACT_EMAIL));
    }
    let findings = check(
        &document,
        CheckOptions {
            as_of: options(Language::Sv).printed_on,
            export_language: None,
        },
    );
    assert!(
        findings
            .iter()
            .any(|f| f.kind == RecordKind::RightsProcedure && f.field == "channel"),
        "a procedure without a channel is a finding"
    );
}
