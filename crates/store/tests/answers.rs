//! Three-state answers, qualifiers and answers to findings survive the `.sqlite`
//! file: written, closed, opened again (issue 10). And a record written in
//! format 1's shape (booleans, `not_required`) reads as a person left it.

use kirjuri_model::*;
use kirjuri_store::Store;
use uuid::Uuid;

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

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

const BEFORE_ANSWERS: &str = "kirjuri-v4-before-answers.sqlite";

// The records of the fixture, by the ids it gives them (`src/bin/fixtures.rs`
// writes it).
const REGISTER_DEFAULT: &str = "00000000-0004-4000-8000-00000000000a";
const REGISTER_CHOSEN: &str = "00000000-0004-4000-8000-00000000000b";
const REGISTER_PROCESSOR: &str = "00000000-0004-4000-8000-00000000000c";
const SOURCE_DEFAULT: &str = "00000000-0004-4000-8000-000000000011";
const SOURCE_CHOSEN: &str = "00000000-0004-4000-8000-000000000012";
const SOURCE_OTHER: &str = "00000000-0004-4000-8000-000000000013";
const RECIPIENT_DEFAULT: &str = "00000000-0004-4000-8000-000000000021";
const RECIPIENT_OTHER: &str = "00000000-0004-4000-8000-000000000022";
const MEASURE_DEFAULT: &str = "00000000-0004-4000-8000-000000000031";
const MEASURE_OTHER: &str = "00000000-0004-4000-8000-000000000032";
const MEASURE_CHOSEN: &str = "00000000-0004-4000-8000-000000000033";

fn uuid(id: &str) -> Uuid {
    id.parse().unwrap()
}

/// The old defaults no person chose read as "not answered"; every kind and
/// role a person set, the default included, reads as they left it.
fn assert_upgraded(document: &Document) {
    let register = |id| {
        document
            .registers
            .iter()
            .find(|r| Uuid::from(r.id) == uuid(id))
            .unwrap()
    };
    assert_eq!(register(REGISTER_DEFAULT).role, None);
    assert_eq!(
        register(REGISTER_CHOSEN).role,
        Some(ProcessingRole::Controller)
    );
    assert_eq!(
        register(REGISTER_PROCESSOR).role,
        Some(ProcessingRole::Processor)
    );
    let source = |id| {
        document
            .sources
            .iter()
            .find(|r| Uuid::from(r.id) == uuid(id))
            .unwrap()
            .kinds
            .clone()
    };
    assert_eq!(source(SOURCE_DEFAULT), vec![]);
    assert_eq!(source(SOURCE_CHOSEN), vec![SourceKind::DataSubject]);
    assert_eq!(source(SOURCE_OTHER), vec![SourceKind::CreditBureau]);
    let recipient = |id| {
        document
            .recipients
            .iter()
            .find(|r| Uuid::from(r.id) == uuid(id))
            .unwrap()
            .kind
    };
    assert_eq!(recipient(RECIPIENT_DEFAULT), None);
    assert_eq!(recipient(RECIPIENT_OTHER), Some(RecipientKind::Authority));
    let measure = |id| {
        document
            .security_measures
            .iter()
            .find(|r| Uuid::from(r.id) == uuid(id))
            .unwrap()
            .kind
    };
    assert_eq!(measure(MEASURE_DEFAULT), None);
    assert_eq!(measure(MEASURE_OTHER), Some(MeasureKind::Physical));
    assert_eq!(measure(MEASURE_CHOSEN), Some(MeasureKind::Technical));
    // What format 1's booleans said reads as before (`Answer`'s own rule).
    assert!(
        document
            .registers
            .iter()
            .all(|r| r.automated_decisions == Answer::NotAnswered
                && r.provision_requirement.is_none())
    );
}

#[test]
fn a_file_from_before_three_state_answers_forgets_only_the_defaults_no_person_chose() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("old.sqlite");
    std::fs::copy(fixture(BEFORE_ANSWERS), &path).unwrap();
    let original = std::fs::read(&path).unwrap();

    // Read-only, the file is upgraded in memory and left as it was.
    let read_only = Store::open_read_only(&path).unwrap();
    assert_upgraded(read_only.document());
    assert_eq!(std::fs::read(&path).unwrap(), original);
    drop(read_only);

    let store = Store::open(&path, "Jim").unwrap();
    assert_upgraded(store.document());
    // The upgrade is one edit in the history, by Kirjuri, naming each field.
    let history = store.history().unwrap();
    let newest = history.last().unwrap();
    assert_eq!(newest.user, "Kirjuri");
    drop(store);

    // Opened again, nothing more changes: the upgrade ran once.
    let mut store = Store::open(&path, "Jim").unwrap();
    assert_upgraded(store.document());
    assert_eq!(store.history().unwrap().len(), history.len());
    // A person may take the upgrade back like any edit.
    store
        .undo("Jim")
        .unwrap()
        .expect("the upgrade can be undone");
    let source = store
        .document()
        .sources
        .iter()
        .find(|s| Uuid::from(s.id) == uuid(SOURCE_DEFAULT))
        .unwrap();
    assert_eq!(source.kinds, vec![SourceKind::DataSubject]);
}

#[test]
fn a_file_written_since_then_upgrades_without_a_change() {
    // Today's editor leaves kinds and the role empty until a person chooses;
    // a template or an import may set them, and such a file says what a
    // person or a template author chose. Made at version 4, it must read the same.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("v4.sqlite");
    let mut document = Document::new(LocalizedText::same("Ny Ab"));
    let mut register = Register::new(LocalizedText::same("Kunder"));
    register.role = Some(ProcessingRole::Controller);
    register.automated_decisions = Answer::No;
    let source = Source {
        id: SourceId::new(),
        kinds: vec![SourceKind::DataSubject],
        name: LocalizedText::same("Kunden själv"),
        public: false,
        collection_procedure: LocalizedText::default(),
    };
    let measure = SecurityMeasure {
        id: SecurityMeasureId::new(),
        kind: Some(MeasureKind::Technical),
        description: LocalizedText::same("Kryptering"),
    };
    register.sources.push(source.id);
    register.security_measures.push(measure.id);
    document.sources.push(source);
    document.security_measures.push(measure);
    document.registers.push(register);
    drop(Store::create_from(&path, &document, "Jim").unwrap());
    back_to_version_4(&path);

    let store = Store::open(&path, "Jim").unwrap();
    assert_eq!(store.document(), &document);
    assert!(store.history().unwrap().iter().all(|e| e.user == "Jim"));
}

/// Turns a file this build wrote, whose records were each made once and not
/// changed since, into the version-4 file the editor of then would have
/// written: version 6's log stores no copy of a record's state after its
/// change, version 4's did; version 7's edits carry ids and seals.
fn back_to_version_4(path: &std::path::Path) {
    let raw = rusqlite::Connection::open(path).unwrap();
    for kind in RecordKind::ALL {
        raw.execute(
            &format!(
                "UPDATE edit_record SET after_elsewhere = 0,
                   after = (SELECT data FROM {table} WHERE id = edit_record.record_id)
                 WHERE kind = '{table}' AND after_elsewhere = 1",
                table = kind.name()
            ),
            [],
        )
        .unwrap();
    }
    raw.execute_batch(
        "DROP INDEX edit_by_uid;
         ALTER TABLE edit DROP COLUMN uid;
         ALTER TABLE edit DROP COLUMN hash;
         ALTER TABLE edit DROP COLUMN note;
         DROP INDEX edit_record_by_record;
         ALTER TABLE edit_record DROP COLUMN after_elsewhere;",
    )
    .unwrap();
    raw.pragma_update(None, "user_version", 4).unwrap();
}
