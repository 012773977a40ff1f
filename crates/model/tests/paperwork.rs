//! The breach log, the request log, the DPIA screening and the processor's
//! record as the user meets them: the findings they raise on a given day, the
//! calendar, their texts in all three languages and their round trip through JSON.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use kirjuri_model::calendar::{self, DueKind};
use kirjuri_model::checks::check_at;
use kirjuri_model::*;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 2)
        .and_then(|d| d.and_hms_opt(4, 0, 0))
        .expect("a valid moment")
}

fn options() -> CheckOptions {
    CheckOptions {
        as_of: now().date(),
        export_language: None,
    }
}

fn document() -> (Document, RegisterId) {
    let mut document = Document::new(LocalizedText::new(
        "Testbolaget Ab",
        "Testiyhtiö Oy",
        "Test Ltd",
    ));
    document.organisation.country = "FI".into();
    let register = Register::new(LocalizedText::new(
        "Kundregister",
        "Asiakasrekisteri",
        "Customers",
    ));
    let id = register.id;
    document.registers.push(register);
    (document, id)
}

fn codes(document: &Document) -> Vec<(Severity, FindingCode)> {
    check_at(document, options(), now())
        .into_iter()
        .map(|f| (f.severity, f.code))
        .collect()
}

fn breach_discovered_hours_ago(hours: i64) -> Breach {
    let mut breach = Breach::new(LocalizedText::new(
        "Borttappad bärbar dator",
        "Kadonnut kannettava tietokone",
        "Lost laptop",
    ));
    breach.discovered = Some(now() - TimeDelta::hours(hours));
    breach
}

#[test]
fn a_breach_discovered_80_hours_ago_and_not_notified_is_an_error_naming_the_deadline() {
    let (mut document, _) = document();
    document.breaches.push(breach_discovered_hours_ago(80));
    let findings = check_at(&document, options(), now());
    let finding = findings
        .iter()
        .find(|f| f.code == FindingCode::BreachNotificationMissed)
        .expect("the missed deadline is a finding");
    assert_eq!(finding.severity, Severity::Error);
    // Discovered 2026-11-28 20:00; 72 hours later is 2026-12-01 20:00.
    assert!(
        finding.message.sv.contains("2026-12-01 kl. 20.00"),
        "{}",
        finding.message.sv
    );
    assert!(
        finding.message.fi.contains("1.12.2026 klo 20.00"),
        "{}",
        finding.message.fi
    );
    assert!(
        finding.message.en.contains("2026-12-01 20:00"),
        "{}",
        finding.message.en
    );
}

#[test]
fn a_breach_notified_in_time_or_with_a_reason_is_not_an_error() {
    let (mut document, _) = document();
    let mut in_time = breach_discovered_hours_ago(80);
    in_time.authority_notified = Some(now() - TimeDelta::hours(20));
    let mut reasoned = breach_discovered_hours_ago(100);
    reasoned.notification_reason =
        LocalizedText::same("Unlikely to result in a risk: the disk was encrypted.");
    let fresh = breach_discovered_hours_ago(10);
    document.breaches.extend([in_time, reasoned, fresh]);
    let found = codes(&document);
    assert!(
        !found.contains(&(Severity::Error, FindingCode::BreachNotificationMissed)),
        "{found:?}"
    );
    // Each is still open until closed.
    assert_eq!(
        found
            .iter()
            .filter(|(_, c)| *c == FindingCode::BreachOpen)
            .count(),
        3
    );
    for breach in &mut document.breaches {
        breach.closed = Some(now().date());
    }
    assert!(!codes(&document)
        .iter()
        .any(|(_, c)| *c == FindingCode::BreachOpen));
}

#[test]
fn a_request_35_days_old_and_unanswered_is_an_error_unless_extended_with_a_reason() {
    let (mut document, register) = document();
    let mut request = DataSubjectRequest::new();
    request.right = Some(DataSubjectRight::Access);
    request.register = Some(register);
    request.received = Some(now().date() - TimeDelta::days(35));
    document.data_subject_requests.push(request);
    let findings = check_at(&document, options(), now());
    let overdue = findings
        .iter()
        .find(|f| f.code == FindingCode::RequestOverdue)
        .expect("an overdue request is a finding");
    assert_eq!(overdue.severity, Severity::Error);
    assert!(
        overdue.message.en.contains("2026-11-28"),
        "{}",
        overdue.message.en
    );

    document.data_subject_requests[0].extended = true;
    let found = codes(&document);
    assert!(
        found.contains(&(Severity::Error, FindingCode::RequestOverdue)),
        "an extension needs its reason"
    );
    assert!(found.contains(&(
        Severity::Warning,
        FindingCode::RequestExtensionWithoutReason
    )));

    document.data_subject_requests[0].extension_reason =
        LocalizedText::same("The request covers ten years of records.");
    let found = codes(&document);
    assert!(
        !found.iter().any(|(_, c)| matches!(
            c,
            FindingCode::RequestOverdue | FindingCode::RequestExtensionWithoutReason
        )),
        "{found:?}"
    );

    document.data_subject_requests[0].extended = false;
    document.data_subject_requests[0].answered = Some(now().date());
    assert!(!codes(&document)
        .iter()
        .any(|(_, c)| *c == FindingCode::RequestOverdue));
}

#[test]
fn an_answered_request_is_offered_for_forgetting_after_five_years_and_not_before() {
    let (mut document, register) = document();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a valid day");
    let request = |answered: Option<NaiveDate>| {
        let mut request = DataSubjectRequest::new();
        request.right = Some(DataSubjectRight::Erasure);
        request.register = Some(register);
        request.received = Some(day(2021, 11, 1));
        request.answered = answered;
        request
    };
    // Answered five years ago today, a day short of five years, and never answered
    // (that one is overdue, which is another finding, but never "old").
    let old = request(Some(day(2021, 12, 2)));
    let recent = request(Some(day(2021, 12, 3)));
    let unanswered = request(None);
    let old_id = old.id;
    document.data_subject_requests = vec![old, recent, unanswered];
    let findings = check_at(&document, options(), now());
    let offered: Vec<_> = findings
        .iter()
        .filter(|f| f.code == FindingCode::AnsweredRequestOld)
        .collect();
    assert_eq!(offered.len(), 1, "{offered:?}");
    assert_eq!(offered[0].id, Uuid::from(old_id));
    assert_eq!(offered[0].severity, Severity::Warning);
    assert!(
        offered[0].message.en.contains("5 years"),
        "{}",
        offered[0].message.en
    );
    assert!(
        offered[0].message.fi.contains("2.12.2021"),
        "{}",
        offered[0].message.fi
    );
}

#[test]
fn a_register_meeting_two_criteria_needs_a_dpia_until_one_is_recorded() {
    let (mut document, register) = document();
    let mut screening = DpiaScreening::new(register);
    screening
        .criteria
        .insert(DpiaCriterion::SystematicMonitoring, true);
    screening.criteria.insert(DpiaCriterion::LargeScale, false);
    document.dpia_screenings.push(screening);
    assert!(
        !codes(&document)
            .iter()
            .any(|(_, c)| *c == FindingCode::DpiaRequired),
        "one criterion is not enough"
    );

    document.dpia_screenings[0]
        .criteria
        .insert(DpiaCriterion::VulnerableDataSubjects, true);
    let findings = check_at(&document, options(), now());
    let finding = findings
        .iter()
        .find(|f| f.code == FindingCode::DpiaRequired)
        .expect("two criteria require a DPIA");
    assert_eq!(finding.severity, Severity::Error);
    assert_eq!(finding.register, Some(register));

    document.dpia_screenings[0].dpia_done = NaiveDate::from_ymd_opt(2026, 11, 1);
    document.dpia_screenings[0].dpia_reference = "DPIA-2026-01".into();
    assert!(!codes(&document)
        .iter()
        .any(|(_, c)| *c == FindingCode::DpiaRequired));
}

#[test]
fn a_listed_kind_of_processing_needs_a_dpia_on_its_own() {
    let (mut document, register) = document();
    let mut screening = DpiaScreening::new(register);
    screening
        .listed
        .insert(DpiaListedProcessing::Whistleblowing, true);
    document.dpia_screenings.push(screening);
    assert!(codes(&document).contains(&(Severity::Error, FindingCode::DpiaRequired)));
}

#[test]
fn the_calendar_lists_what_falls_due_earliest_first() {
    let (mut document, register) = document();
    document.registers[0].last_updated = NaiveDate::from_ymd_opt(2026, 3, 1);
    document.breaches.push(breach_discovered_hours_ago(10));
    let mut request = DataSubjectRequest::new();
    request.right = Some(DataSubjectRight::Erasure);
    request.register = Some(register);
    request.received = NaiveDate::from_ymd_opt(2026, 11, 20);
    document.data_subject_requests.push(request);
    let mut rule = RetentionRule {
        id: RetentionRuleId::new(),
        register,
        group: None,
        trigger: RetentionTrigger::Inactivity,
        period: LocalizedText::same("5 år"),
        deletion_method: None,
        routine: LocalizedText::default(),
        responsible: None,
        review_interval_months: Some(6),
        last_reviewed: NaiveDate::from_ymd_opt(2026, 5, 1),
    };
    document.retention_rules.push(rule.clone());
    rule.id = RetentionRuleId::new();
    rule.review_interval_months = None;
    document.retention_rules.push(rule);

    let due = calendar::due(&document, now());
    let kinds: Vec<DueKind> = due.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds,
        [
            DueKind::DeletionRoutine,
            DueKind::BreachNotification,
            DueKind::RequestAnswer,
            DueKind::RegisterReview
        ]
    );
    assert!(due[0].overdue, "the routine was due on 2026-11-01");
    assert_eq!(due[1].date, NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
    assert_eq!(due[1].time, chrono::NaiveTime::from_hms_opt(18, 0, 0));
    assert!(!due[1].overdue);
    assert_eq!(due[2].date, NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
    assert_eq!(due[3].date, NaiveDate::from_ymd_opt(2027, 3, 1).unwrap());
    for entry in &due {
        for language in Language::ALL {
            assert!(
                !entry.what.get(language).trim().is_empty(),
                "{entry:?} in {language}"
            );
        }
    }
}

#[test]
fn every_new_text_is_in_swedish_finnish_and_english() {
    fn all<V: Vocabulary + std::fmt::Debug>() {
        for value in V::all() {
            for language in Language::ALL {
                assert!(
                    !value.label(language).trim().is_empty(),
                    "{value:?} in {language}"
                );
            }
        }
    }
    all::<BreachRisk>();
    all::<DpiaCriterion>();
    all::<DpiaListedProcessing>();
    assert_eq!(
        DpiaCriterion::all().len(),
        9,
        "WP248 rev.01 has nine criteria"
    );

    let (mut document, register) = document();
    document.breaches.push(breach_discovered_hours_ago(80));
    let mut request = DataSubjectRequest::new();
    request.received = Some(now().date() - TimeDelta::days(40));
    request.extended = true;
    document.data_subject_requests.push(request);
    let mut answered = DataSubjectRequest::new();
    answered.answered = Some(now().date() - TimeDelta::days(6 * 365));
    document.data_subject_requests.push(answered);
    let mut screening = DpiaScreening::new(register);
    screening
        .listed
        .insert(DpiaListedProcessing::LocationData, true);
    document.dpia_screenings.push(screening);
    let new_codes = [
        FindingCode::BreachNotificationMissed,
        FindingCode::BreachOpen,
        FindingCode::RequestOverdue,
        FindingCode::RequestExtensionWithoutReason,
        FindingCode::AnsweredRequestOld,
        FindingCode::DpiaRequired,
    ];
    let findings = check_at(&document, options(), now());
    for code in new_codes {
        let finding = findings
            .iter()
            .find(|f| f.code == code)
            .unwrap_or_else(|| panic!("no {code:?}"));
        let texts = [
            &finding.message.sv,
            &finding.message.fi,
            &finding.message.en,
        ];
        for text in texts {
            assert!(!text.trim().is_empty(), "{code:?}");
        }
        assert!(
            finding.message.sv != finding.message.en && finding.message.fi != finding.message.en,
            "{code:?} is translated"
        );
    }
}

#[test]
fn the_new_records_round_trip_through_json() {
    let (mut document, register) = document();
    let mut breach = breach_discovered_hours_ago(80);
    breach.registers = vec![register];
    breach.risk = Some(BreachRisk::HighRisk);
    breach.review_answers = vec![LocalizedText::same("Encrypt every laptop.")];
    document.breaches.push(breach);
    let mut request = DataSubjectRequest::new();
    request.right = Some(DataSubjectRight::Portability);
    request.requester = "Maija Meikäläinen".into();
    request.register = Some(register);
    request.received = NaiveDate::from_ymd_opt(2026, 11, 20);
    document.data_subject_requests.push(request);
    let mut screening = DpiaScreening::new(register);
    screening
        .criteria
        .insert(DpiaCriterion::EvaluationOrScoring, true);
    screening.criteria.insert(DpiaCriterion::LargeScale, false);
    screening
        .listed
        .insert(DpiaListedProcessing::Whistleblowing, false);
    document.dpia_screenings.push(screening);
    let mut client = ClientController::new(LocalizedText::same("Kund Ab"));
    client.categories_of_processing = vec![LocalizedText::same("Hosting")];
    client.transfers = vec![ProcessorTransfer {
        country: "US".into(),
        mechanism: Some(TransferMechanism::StandardContractualClauses),
        documentation: LocalizedText::default(),
    }];
    document.client_controllers.push(client);

    let json = exchange::to_json(&document);
    assert!(json.contains("\"version\": 3"));
    assert!(json.contains("\"evaluation_or_scoring\": true"));
    let back = exchange::from_json(&json).expect("it reads back");
    assert_eq!(back, document);
    assert_eq!(exchange::to_json(&back), json);
}

#[test]
fn a_version_1_document_reads_with_empty_logs() {
    let (document, _) = document();
    let json = exchange::to_json(&document)
        .replace("\"version\": 2", "\"version\": 1")
        .replace(",\n    \"dpia_screenings\": []", "")
        .replace(",\n    \"breaches\": []", "")
        .replace(",\n    \"data_subject_requests\": []", "")
        .replace(",\n    \"client_controllers\": []", "");
    assert!(!json.contains("breaches"));
    let back = exchange::from_json(&json).expect("version 1 reads");
    assert!(back.breaches.is_empty() && back.client_controllers.is_empty());
}

#[test]
fn a_dated_screening_answers_whether_a_dpia_is_needed() {
    let (mut document, register) = document();
    let asked = |document: &Document| {
        check_at(document, options(), now())
            .iter()
            .any(|f| f.code == FindingCode::QuestionNotAnswered && f.field == "dpia")
    };
    assert!(asked(&document), "nobody has assessed it yet");
    let mut screening = DpiaScreening::new(register);
    document.dpia_screenings.push(screening.clone());
    assert!(asked(&document), "an undated screening is not done yet");
    screening.screened = NaiveDate::from_ymd_opt(2026, 11, 30);
    document.dpia_screenings[0] = screening;
    assert!(!asked(&document), "the screening is the answer");
}

/// A record without a name, or a request without its right, is named in words
/// in the findings and the calendar, never as a bare dash.
#[test]
fn nameless_records_are_called_unnamed_not_a_dash() {
    let mut document = Document::new(LocalizedText::same("Namnlösa Ab"));
    let register = Register::new(LocalizedText::default());
    document.registers.push(register);
    let mut breach = Breach::new(LocalizedText::default());
    breach.discovered = Some(now() - TimeDelta::hours(80));
    document.breaches.push(breach);
    document
        .data_subject_requests
        .push(DataSubjectRequest::new());
    let findings = check_at(&document, options(), now());
    assert!(!findings.is_empty());
    for finding in &findings {
        for language in Language::ALL {
            let message = finding.message.get(language);
            assert!(!message.contains('—'), "{language:?}: {message}");
        }
    }
    for (language, word) in [
        (Language::Sv, "utan namn"),
        (Language::Fi, "nimetön"),
        (Language::En, "unnamed"),
    ] {
        assert!(
            findings
                .iter()
                .any(|f| f.message.get(language).contains(word)),
            "{language:?}: no finding says {word:?}"
        );
    }
    for due in calendar::due(&document, now()) {
        for language in Language::ALL {
            assert!(!due.what.get(language).contains('—'), "{:?}", due.what);
        }
    }
}
