//! A document states only what the user said (issue 10): every fixed sentence
//! of the privacy notice rests on an answer, on records the user entered, or
//! on the law; a register with only a name asserts nothing, shows each
//! unanswered item as "not stated" and carries the draft mark on every page; the
//! same register fully answered is final. Qualifiers and answered findings
//! reach the PDF and the workbook. Read back with poppler's `pdftotext` and calamine.

use calamine::{open_workbook_from_rs, Reader, Xlsx};
use chrono::NaiveDate;
use kirjuri_export::labels::Label;
use kirjuri_export::{export_notice_pdf, export_record_pdf, export_xlsx, ExportOptions};
use kirjuri_model::*;
use std::io::Cursor;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

mod support;
use support::documents::{fully_answered, name_only};

fn options(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        last_changed: None,
    }
}

/// The text of each page, from `pdftotext -raw`.
fn pages(pdf: &[u8]) -> Vec<String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "kirjuri-answers-{}-{}.pdf",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils installed?)");
    std::fs::remove_file(&path).ok();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Without white space, so that line breaks do not hide a sentence.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn workbook_text(bytes: Vec<u8>) -> String {
    let mut all = String::new();
    for (_, cell) in workbook_cells(bytes) {
        all.push_str(&cell);
        all.push('\n');
    }
    all
}

/// Every cell of the workbook as (sheet name, text).
fn workbook_cells(bytes: Vec<u8>) -> Vec<(String, String)> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let mut cells = Vec::new();
    for (sheet, range) in workbook.worksheets() {
        for (_, _, cell) in range.cells() {
            cells.push((sheet.clone(), cell.to_string()));
        }
    }
    cells
}

/// What a fixed sentence of the notice rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
enum RestsOn {
    /// The answer to this question of the register; printed only when answered.
    Answer(&'static str),
    /// Records the user entered (a list's intro, a label inside an entry).
    Records(&'static str),
    /// The regulation itself, whatever the user answered (the rights, the authority).
    Law(&'static str),
    /// A title or the opening of a section: it states nothing about the processing.
    Frame,
}

/// Every fixed sentence the privacy notice can print, with what it rests on.
/// A new sentence must be added here, or `every_notice_sentence_rests_on_something` fails.
fn notice_sentences() -> Vec<(Label, RestsOn)> {
    use RestsOn::*;
    vec![
        (Label::NoticeTitle, Frame),
        (Label::NoticeControllerIntro, Frame),
        (Label::NoticeContactIntro, Frame),
        (Label::NoticePurposeIntro, Frame),
        (Label::NoticeSubjectsIntro, Frame),
        (Label::NoticeItemsIntro, Frame),
        (
            Label::NoticeOurInterest,
            Records("purpose.legal_bases.legitimate_interest"),
        ),
        (
            Label::Art9Condition,
            Records("purpose.legal_bases.special_category_condition"),
        ),
        (
            Label::NoticeDirectMarketing,
            Answer("purpose.direct_marketing"),
        ),
        (
            Label::NoticeSpecialExplained,
            Records("data_item.special_category"),
        ),
        (Label::NoticeNotRequired, Answer("provision_requirement")),
        (Label::NoticeStatutory, Answer("provision_requirement")),
        (Label::NoticeContractual, Answer("provision_requirement")),
        (
            Label::NoticeNeededForContract,
            Answer("provision_requirement"),
        ),
        (
            Label::NoticeIfNotProvided,
            Answer("consequence_of_not_providing"),
        ),
        (Label::NoticeSourcesIntro, Records("register.sources")),
        (Label::NoticeDisclosuresIntro, Records("disclosure")),
        (Label::NoticeProcessorsIntro, Records("system_link")),
        (Label::NoticeTransfersIntro, Records("transfer")),
        (
            Label::NoticeTransfersCopy,
            Answer("transfer.safeguard_copies"),
        ),
        (Label::NoticeTransfersExceptions, Records("transfer")),
        (Label::NoticeRetentionIntro, Records("retention_rule")),
        (
            Label::NoticeSecurityIntro,
            Records("register.security_measures"),
        ),
        (Label::NoticeRightsIntro, Law("Chapter III")),
        (Label::NoticeHow, Records("rights_procedure.channel")),
        (
            Label::NoticeIdentityCheck,
            Records("rights_procedure.identity_check"),
        ),
        (Label::NoticeAnswerPeriod, Law("Art. 12(3)")),
        (Label::NoticeFormat, Records("rights_procedure.format")),
        (Label::NoticeComplaintPointer, Law("Art. 13(2)(d)")),
        (Label::NoticeNoAutomated, Answer("automated_decisions")),
        (Label::NoticeAutomated, Answer("automated_decisions")),
        (Label::NoticeComplaintIntro, Law("Art. 77")),
        (Label::NoticeOurAuthority, Records("organisation.country")),
        (Label::NoTransfers, Answer("transfers_outside_eea")),
        (
            Label::NoticeTransfersAsARule,
            Answer("transfers_outside_eea"),
        ),
        (Label::NoticeTransfersYes, Answer("transfers_outside_eea")),
        (Label::NoticeNoDisclosures, Answer("regular_disclosures")),
        (
            Label::NoticeDisclosuresAsARule,
            Answer("regular_disclosures"),
        ),
        (
            Label::NoticeNoSpecialCategories,
            Answer("special_categories"),
        ),
        (Label::NoticeSpecialCategories, Answer("special_categories")),
        (
            Label::DocumentNoticeChanges,
            Records("register.notice_changes"),
        ),
        (Label::NoticeDisclosuresYes, Answer("regular_disclosures")),
        (
            Label::NoticeBasisExplainedAbove,
            Records("purpose.legal_bases"),
        ),
        (Label::DraftNotice, Frame),
    ]
}

#[test]
fn every_notice_sentence_rests_on_something() {
    let listed = notice_sentences();
    let unlisted: Vec<String> = Label::ALL
        .iter()
        .filter(|label| format!("{label:?}").starts_with("Notice") && !is_heading(**label))
        // The window's words for the notice's form and file, not sentences of it.
        .filter(|label| ![Label::NoticeChanges, Label::NoticeFileName].contains(label))
        .filter(|label| !listed.iter().any(|(l, _)| l == *label))
        .map(|label| format!("{label:?}"))
        .collect();
    assert!(
        unlisted.is_empty(),
        "notice sentences that rest on no answer, record or law: {unlisted:?}"
    );
}

/// Headings 1–13 (`Notice1` … `Notice13`) are frames by themselves.
fn is_heading(label: Label) -> bool {
    let name = format!("{label:?}");
    name.strip_prefix("Notice")
        .is_some_and(|rest| rest.parse::<u32>().is_ok())
}

const DRAFT_MARKS: [(Language, &str); 3] = [
    (Language::Sv, "UTKAST"),
    (Language::Fi, "LUONNOS"),
    (Language::En, "DRAFT"),
];

/// One rule for "draft": the record and the notice carry the mark exactly
/// when their reasons (what the dialog lists and the command line prints)
/// are not empty — also when the only reason is suggested text nobody has
/// confirmed, a warning rather than an error (the record once missed it).
#[test]
fn the_mark_follows_the_draft_reasons_also_for_unconfirmed_suggested_text() {
    let (mut document, register) = fully_answered();
    document.registers[0]
        .unreviewed_template_text
        .push(TemplateSection::Purposes);
    for (language, mark) in DRAFT_MARKS {
        let options = options(language);
        let reasons = kirjuri_export::record_draft_reasons(&document, &options);
        assert!(
            reasons
                .iter()
                .all(|f| f.code == FindingCode::TemplateTextNotReviewed),
            "{reasons:#?}"
        );
        assert!(!reasons.is_empty());
        let record = pages(&export_record_pdf(&document, &options).unwrap());
        assert!(
            record.iter().all(|page| page.contains(mark)),
            "{language:?} record"
        );
        assert!(!kirjuri_export::notice_draft_reasons(&document, register, &options).is_empty());
        let notice = pages(&export_notice_pdf(&document, register, &options).unwrap());
        assert!(
            notice.iter().all(|page| page.contains(mark)),
            "{language:?} notice"
        );
    }
}

#[test]
fn a_register_with_only_a_name_asserts_nothing_and_is_a_draft_on_every_page() {
    let (document, register) = name_only();
    for (language, mark) in DRAFT_MARKS {
        let notice = pages(&export_notice_pdf(&document, register, &options(language)).unwrap());
        let record = pages(&export_record_pdf(&document, &options(language)).unwrap());
        for (what, pages) in [("notice", &notice), ("record", &record)] {
            for (n, page) in pages.iter().enumerate() {
                assert!(
                    page.contains(mark),
                    "{language:?} {what}: page {} has no draft mark",
                    n + 1
                );
            }
        }
        let text = squeeze(&notice.join("\n"));
        for (label, rests_on) in notice_sentences() {
            if matches!(rests_on, RestsOn::Answer(_) | RestsOn::Records(_)) {
                assert!(
                    !text.contains(&squeeze(label.get(language))),
                    "{language:?}: the notice says {:?} ({rests_on:?}), which nobody answered",
                    label.get(language)
                );
            }
        }
        // Each unanswered item is shown as such, never as a bare dash.
        assert!(text.contains(&squeeze(Label::NotStated.get(language))));
        for page in &notice {
            assert!(
                !page.lines().any(|line| line.trim() == "—"),
                "{language:?}: a bare dash in the notice:\n{page}"
            );
        }
        let record_text = squeeze(&record.join("\n"));
        assert!(record_text.contains(&squeeze(Label::NotAnswered.get(language))));
        // The record shows what is unanswered in words too, never as a dash.
        assert!(record_text.contains(&squeeze(Label::NotStated.get(language))));
        assert!(
            !record_text.contains('—'),
            "{language:?}: a bare dash in the record"
        );
        for label in [Label::NoTransfers, Label::NoticeNoDisclosures] {
            assert!(!record_text.contains(&squeeze(label.get(language))));
        }
    }
}

#[test]
fn a_name_only_record_and_workbook_say_not_stated_and_never_a_dash() {
    let (document, _) = name_only();
    for language in Language::ALL {
        let not_stated = Label::NotStated.get(language);
        let record = pages(&export_record_pdf(&document, &options(language)).unwrap());
        // Each table cell and each empty section of the register's pages.
        let register_pages: Vec<&String> = record
            .iter()
            .filter(|page| page.contains(document.registers[0].name.get(language)))
            .collect();
        assert!(!register_pages.is_empty());
        let register_text = register_pages
            .iter()
            .map(|page| page.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let times = register_text.matches(not_stated).count();
        assert!(
            times >= 10,
            "{language:?}: {not_stated:?} {times} times in the register's section:\n{register_text}"
        );
        for page in &record {
            assert!(
                !page
                    .lines()
                    .any(|line| line.split_whitespace().any(|word| word == "—")),
                "{language:?}: a bare dash in the record:\n{page}"
            );
        }
        let cells = workbook_cells(export_xlsx(&document, &options(language)).unwrap());
        for (sheet, cell) in &cells {
            assert_ne!(cell.trim(), "—", "{language:?}: a dash in sheet {sheet}");
            // Nobody said no to anything (an unticked box is not a "no").
            assert_ne!(cell, Label::No.get(language), "{language:?}: sheet {sheet}");
        }
        if language == Language::Sv {
            let words: Vec<&str> = record.iter().flat_map(|p| p.split_whitespace()).collect();
            assert!(
                !words.contains(&"Nej"),
                "a \"no\" nobody said in the record"
            );
        }
        // The register's row alone leaves a dozen answers open.
        let said = cells.iter().filter(|(_, cell)| cell == not_stated).count();
        assert!(
            said >= 10,
            "{language:?}: the workbook says {not_stated:?} only {said} times"
        );
    }
}

#[test]
fn the_same_register_fully_answered_is_final_and_says_what_was_answered() {
    let (document, register) = fully_answered();
    assert!(
        kirjuri_export::notice_draft_reasons(&document, register, &options(Language::Sv))
            .is_empty()
    );
    for (language, mark) in DRAFT_MARKS {
        let notice = pages(&export_notice_pdf(&document, register, &options(language)).unwrap());
        let record = pages(&export_record_pdf(&document, &options(language)).unwrap());
        for page in notice.iter().chain(&record) {
            assert!(
                !page.contains(mark),
                "{language:?}: a final document has the draft mark"
            );
        }
        let text = squeeze(&notice.join("\n"));
        for label in [
            Label::NoticeNeededForContract,
            Label::NoticeNoAutomated,
            Label::NoTransfers,
            Label::NoticeNoDisclosures,
        ] {
            assert!(
                text.contains(&squeeze(label.get(language))),
                "{language:?}: the answered {label:?} is missing"
            );
        }
        let procedure = &document.rights_procedures[0];
        for given in [
            &procedure.fee,
            &procedure.frequency,
            &procedure.refusal_grounds,
        ] {
            assert!(
                text.contains(&squeeze(given.get(language))),
                "{language:?}: the rights procedure's {:?} is missing",
                given.get(language)
            );
        }
    }
}

#[test]
fn qualifiers_reach_the_notice_the_record_and_the_workbook() {
    let (mut document, register) = fully_answered();
    let recipient = Recipient {
        id: RecipientId::new(),
        kind: None,
        name: LocalizedText::same("Inkassobolag"),
        category: true,
        country: "FI".into(),
        agreement: None,
        dpf: DpfCertification::default(),
    };
    let item = DataItem {
        id: DataItemId::new(),
        register,
        group: None,
        name: LocalizedText::same("Namn, adress, telefon"),
        requirement: None,
        consequence_if_not_given: LocalizedText::default(),
        flags: DataItemFlags::default(),
        special_category: None,
        need_for_national_id: LocalizedText::default(),
    };
    document.disclosures.push(Disclosure {
        id: DisclosureId::new(),
        register,
        recipient: recipient.id,
        data: LocalizedText::same("Obetalda fakturor"),
        purpose: LocalizedText::default(),
        method: LocalizedText::default(),
        condition: LocalizedText::same("Endast vid obetald faktura"),
    });
    document.recipients.push(recipient);
    document.data_items.push(item);
    let r = &mut document.registers[0];
    r.transfers_qualifier = LocalizedText::same("support från USA vid behov");
    r.disclosures_qualifier = LocalizedText::same("i övrigt endast med samtycke eller enligt lag");
    r.list_qualifiers.data_items = Some(ListQualifier::AmongOthers);
    r.law_reference = LocalizedText::same("Lag 123/2019 § 4");
    document.validate().unwrap();

    let notice = squeeze(
        &pages(&export_notice_pdf(&document, register, &options(Language::Sv)).unwrap()).join("\n"),
    );
    for expected in [
        Label::NoticeTransfersAsARule.get(Language::Sv),
        "support från USA vid behov",
        "i övrigt endast med samtycke eller enligt lag",
        "Endast vid obetald faktura",
        "bland annat",
        "Lag 123/2019 § 4",
        // Listed as one item: its own commas are kept, not mistaken for separators.
        "Namn, adress, telefon",
    ] {
        assert!(
            notice.contains(&squeeze(expected)),
            "notice lacks {expected:?}"
        );
    }
    assert!(!notice.contains(&squeeze(Label::NoTransfers.get(Language::Sv))));

    let record =
        squeeze(&pages(&export_record_pdf(&document, &options(Language::Sv)).unwrap()).join("\n"));
    for expected in [
        "support från USA vid behov",
        "i övrigt endast med samtycke eller enligt lag",
        "Endast vid obetald faktura",
        "Lag 123/2019 § 4",
        "Kategorier av personuppgifter (bland annat)",
        Label::DocumentRecipientCategory.get(Language::Sv),
    ] {
        assert!(
            record.contains(&squeeze(expected)),
            "record lacks {expected:?}"
        );
    }
    let workbook = workbook_text(export_xlsx(&document, &options(Language::Sv)).unwrap());
    for expected in [
        "support från USA vid behov",
        "i övrigt endast med samtycke eller enligt lag",
        "Endast vid obetald faktura",
        "Lag 123/2019 § 4",
        "Namn, adress, telefon\n(bland annat)",
    ] {
        assert!(workbook.contains(expected), "workbook lacks {expected:?}");
    }
}

#[test]
fn an_answered_finding_leaves_the_count_but_stays_listed_with_its_reason() {
    let (mut document, register) = fully_answered();
    // An open error: the register's role is not answered.
    document.registers[0].role = None;
    let sv = options(Language::Sv);
    let reasons = kirjuri_export::notice_draft_reasons(&document, register, &sv);
    assert_eq!(reasons.len(), 1, "{reasons:#?}");
    assert_eq!(reasons[0].field, "role");
    let finding = reasons[0].clone();
    document.organisation.finding_answers.push(FindingAnswer {
        code: finding.code,
        kind: finding.kind,
        id: finding.id,
        field: finding.field.clone(),
        answer: FindingResolution::Accepted {
            note: LocalizedText::same("Rollen utreds med koncernen"),
            by: "Anna Andersson".into(),
            on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        },
    });
    assert!(kirjuri_export::notice_draft_reasons(&document, register, &sv).is_empty());
    let findings = check(
        &document,
        CheckOptions {
            as_of: sv.printed_on,
            export_language: None,
        },
    );
    let listed = findings
        .iter()
        .find(|f| f.field == "role")
        .expect("the answered finding is still listed");
    assert!(!listed.is_open());

    let json = exchange::to_json(&document);
    assert_eq!(exchange::from_json(&json).unwrap(), document);

    let notice = pages(&export_notice_pdf(&document, register, &options(Language::Sv)).unwrap());
    assert!(notice.iter().all(|page| !page.contains("UTKAST")));
    let record =
        squeeze(&pages(&export_record_pdf(&document, &options(Language::Sv)).unwrap()).join("\n"));
    assert!(!record.contains("UTKAST"));
    for expected in [
        Label::AnsweredFindings.get(Language::Sv),
        Label::AcceptedForNow.get(Language::Sv),
        "Rollen utreds med koncernen",
        "Anna Andersson",
    ] {
        assert!(
            record.contains(&squeeze(expected)),
            "record annex lacks {expected:?}"
        );
    }
    let workbook = workbook_text(export_xlsx(&document, &options(Language::Sv)).unwrap());
    assert!(workbook.contains("Rollen utreds med koncernen"));
}

#[test]
fn a_finding_answered_not_applicable_reads_so_in_the_record_with_its_reason() {
    let (mut document, register) = fully_answered();
    document.rights_procedures.clear();
    document.retention_rules.clear();
    document.registers[0].role = None;
    for (field, code, reason) in [
        (
            "retention_rules",
            FindingCode::NoRetentionRule,
            "Uppgifterna sparas inte efter besöket",
        ),
        (
            "rights_procedures",
            FindingCode::NoRightsProcedures,
            "Registret gäller bara anonyma besökare",
        ),
        (
            "role",
            FindingCode::QuestionNotAnswered,
            "Registret förs av föreningen, inte av oss",
        ),
    ] {
        document.organisation.finding_answers.push(FindingAnswer {
            code,
            kind: RecordKind::Register,
            id: register.into(),
            field: field.into(),
            answer: FindingResolution::NotApplicable {
                reason: LocalizedText::same(reason),
            },
        });
    }
    let record = pages(&export_record_pdf(&document, &options(Language::Sv)).unwrap()).join("\n");
    let not_applicable = Label::NotApplicable.get(Language::Sv);
    // Where the record would say "not stated", it says what the person answered.
    let rights = Label::DocumentRightsProcedures.get(Language::Sv);
    let section = &record[record.rfind(rights).expect("the rights section")..];
    let section = squeeze(&section[..section.find("Bilaga").unwrap_or(section.len())]);
    assert!(
        section.contains(&squeeze(&format!(
            "{not_applicable}: Registret gäller bara anonyma besökare"
        ))),
        "{section}"
    );
    assert!(!section.contains(&squeeze(Label::NotStated.get(Language::Sv))));
    let role = Label::RoleInProcessing.get(Language::Sv);
    let facts = squeeze(&record[record.rfind(role).expect("the role row")..]);
    assert!(
        facts.starts_with(&squeeze(&format!(
            "{role} {not_applicable}: Registret förs av föreningen, inte av oss"
        ))),
        "{}",
        &facts[..200.min(facts.len())]
    );
    // The notice says it too, and is final: every finding is answered.
    let notice = pages(&export_notice_pdf(&document, register, &options(Language::Sv)).unwrap());
    assert!(notice.iter().all(|page| !page.contains("UTKAST")));
    let notice = squeeze(&notice.join("\n"));
    let retention = squeeze(&format!(
        "{not_applicable}: Uppgifterna sparas inte efter besöket"
    ));
    assert!(notice.contains(&retention), "{notice}");
    assert!(squeeze(&record).contains(&retention));
}

#[test]
fn each_three_state_answer_round_trips_through_json_and_reaches_the_documents() {
    let (document, register) = fully_answered();
    for answer in [Answer::Yes, Answer::No, Answer::NotAnswered] {
        let mut changed = document.clone();
        let r = &mut changed.registers[0];
        r.automated_decisions = answer;
        r.transfers_outside_eea = answer;
        r.regular_disclosures = answer;
        let back = exchange::from_json(&exchange::to_json(&changed)).unwrap();
        assert_eq!(back, changed);
        let notice = squeeze(
            &pages(&export_notice_pdf(&changed, register, &options(Language::Fi)).unwrap())
                .join("\n"),
        );
        let (automated, transfers, disclosures) = match answer {
            Answer::Yes => (
                Label::NoticeAutomated,
                Label::NoticeTransfersYes,
                Label::NoticeDisclosuresYes,
            ),
            Answer::No => (
                Label::NoticeNoAutomated,
                Label::NoTransfers,
                Label::NoticeNoDisclosures,
            ),
            Answer::NotAnswered => (Label::NotStated, Label::NotStated, Label::NotStated),
        };
        for label in [automated, transfers, disclosures] {
            assert!(
                notice.contains(&squeeze(label.get(Language::Fi))),
                "{answer:?}: the notice lacks {label:?}"
            );
        }
        let workbook = workbook_text(export_xlsx(&changed, &options(Language::Fi)).unwrap());
        assert!(workbook.contains(answer.label(Language::Fi)));
    }
}

/// The fully answered register with a source, a recipient (disclosed to), a
/// security measure and a cookie, each without a kind or answer yet.
fn with_shared_lists() -> Document {
    let (mut document, register) = fully_answered();
    let source = Source {
        id: SourceId::new(),
        kinds: vec![],
        name: LocalizedText::same("Kundtjänsten"),
        public: false,
        collection_procedure: LocalizedText::default(),
    };
    let recipient = Recipient {
        id: RecipientId::new(),
        kind: None,
        name: LocalizedText::same("Bokföringsbyrån"),
        category: false,
        country: "FI".into(),
        agreement: None,
        dpf: DpfCertification::default(),
    };
    let measure = SecurityMeasure {
        id: SecurityMeasureId::new(),
        kind: None,
        description: LocalizedText::same("Låsta skåp"),
    };
    document.disclosures.push(Disclosure {
        id: DisclosureId::new(),
        register,
        recipient: recipient.id,
        data: LocalizedText::same("Fakturor"),
        purpose: LocalizedText::default(),
        method: LocalizedText::default(),
        condition: LocalizedText::default(),
    });
    document.cookies.push(Cookie {
        id: CookieId::new(),
        name: LocalizedText::same("sessionid"),
        provider: String::new(),
        class: CookieClass::Necessary,
        duration: CookieDuration::Session,
        lifetime: LocalizedText::default(),
        purpose: LocalizedText::default(),
        requires_consent: Answer::NotAnswered,
    });
    let r = &mut document.registers[0];
    r.sources.push(source.id);
    r.security_measures.push(measure.id);
    document.sources.push(source);
    document.recipients.push(recipient);
    document.security_measures.push(measure);
    document.validate().unwrap();
    document
}

/// Each question with fixed answers (the register's role, the duty to provide
/// the data, the DPIA, automated decisions, the kind of a source, recipient
/// and measure, a cookie's consent): an answer survives JSON and shows in the
/// record and in the workbook where "not answered" stood.
#[test]
fn each_chosen_answer_round_trips_and_reaches_the_record_and_the_workbook() {
    let open = with_shared_lists();
    type Answering = fn(&mut Document);
    let cases: [(&str, Answering, &str); 8] = [
        (
            "role",
            |d| d.registers[0].role = Some(ProcessingRole::Processor),
            ProcessingRole::Processor.label(Language::Sv),
        ),
        (
            "provision_requirement",
            |d| d.registers[0].provision_requirement = Some(ProvisionRequirement::Statutory),
            ProvisionRequirement::Statutory.label(Language::Sv),
        ),
        (
            "dpia",
            |d| d.registers[0].dpia = DpiaStatus::Done,
            DpiaStatus::Done.label(Language::Sv),
        ),
        (
            "automated_decisions",
            |d| d.registers[0].automated_decisions = Answer::Yes,
            Answer::Yes.label(Language::Sv),
        ),
        (
            "source kind",
            |d| d.sources[0].kinds = vec![SourceKind::CreditBureau],
            SourceKind::CreditBureau.label(Language::Sv),
        ),
        (
            "recipient kind",
            |d| d.recipients[0].kind = Some(RecipientKind::Authority),
            RecipientKind::Authority.label(Language::Sv),
        ),
        (
            "measure kind",
            |d| d.security_measures[0].kind = Some(MeasureKind::Physical),
            MeasureKind::Physical.label(Language::Sv),
        ),
        (
            "cookie consent",
            |d| d.cookies[0].requires_consent = Answer::Yes,
            Answer::Yes.label(Language::Sv),
        ),
    ];
    let record_of = |document: &Document| {
        squeeze(&pages(&export_record_pdf(document, &options(Language::Sv)).unwrap()).join("\n"))
    };
    let cells_of = |document: &Document| {
        workbook_cells(export_xlsx(document, &options(Language::Sv)).unwrap())
    };
    let before_record = record_of(&open);
    let before_cells = cells_of(&open);
    for (question, answer, label) in cases {
        let mut answered = open.clone();
        answer(&mut answered);
        assert_ne!(answered, open, "{question}");
        let back = exchange::from_json(&exchange::to_json(&answered)).unwrap();
        assert_eq!(back, answered, "{question}: JSON");
        let record = record_of(&answered);
        // A measure's kind is the row it stands in, whose title is always printed.
        let label_squeezed = match question {
            "measure kind" => squeeze("Fysiska åtgärder Låsta skåp"),
            _ => squeeze(label),
        };
        assert!(
            record.matches(&label_squeezed).count()
                > before_record.matches(&label_squeezed).count(),
            "{question}: {label:?} does not reach the record"
        );
        let count =
            |cells: &[(String, String)]| cells.iter().filter(|(_, c)| c.contains(label)).count();
        assert!(
            count(&cells_of(&answered)) > count(&before_cells),
            "{question}: {label:?} does not reach the workbook"
        );
    }
}
