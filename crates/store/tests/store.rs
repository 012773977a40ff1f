//! The `.sqlite` document against real files: round trips, history, undo,
//! refusing foreign, damaged and newer files without touching them, upgrades,
//! and crash safety under `kill -9`.

use kirjuri_model::*;
use kirjuri_store::{schema, Copy, Store};
use rusqlite::Connection;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn organisation_name() -> LocalizedText {
    LocalizedText::new("BTB Plaza Ab", "BTB Plaza Oy", "BTB Plaza Ltd")
}

fn put(record: Record) -> Edit {
    Edit::Put { record }
}

fn siblings(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_new_document_identifies_itself_and_leaves_no_side_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gdpr.sqlite");
    let mut store = Store::create(&path, organisation_name(), "Jim").unwrap();
    store
        .apply(
            "Jim",
            &[put(Record::Register(Register::new(LocalizedText::same(
                "Kundregister",
            ))))],
        )
        .unwrap();
    assert_eq!(
        siblings(&path),
        vec![
            ".gdpr.sqlite.kirjuri-lock".to_string(),
            "gdpr.sqlite".to_string()
        ],
        "no -journal or -wal beside the file while open, only its lock"
    );
    drop(store);

    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(
        &bytes[68..72],
        &schema::APPLICATION_ID.to_be_bytes(),
        "application_id in the header"
    );
    assert_eq!(
        i32::from_be_bytes(bytes[60..64].try_into().unwrap()) as i64,
        schema::CURRENT_VERSION
    );
    assert_eq!(
        siblings(&path),
        vec!["gdpr.sqlite".to_string()],
        "closing removes the lock"
    );
    let reopened = Store::open_read_only(&path).unwrap();
    assert_eq!(reopened.document().registers[0].name.sv, "Kundregister");
    assert_eq!(siblings(&path), vec!["gdpr.sqlite".to_string()]);
}

#[test]
fn create_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("taken.sqlite");
    std::fs::write(&path, b"precious").unwrap();
    let error = Store::create(&path, organisation_name(), "Jim").unwrap_err();
    assert_eq!(error.code(), "file_exists");
    assert_eq!(std::fs::read(&path).unwrap(), b"precious");
    assert_eq!(
        siblings(&path),
        vec!["taken.sqlite".to_string()],
        "no temporary file left"
    );
}

#[test]
fn history_records_who_when_and_each_field_old_to_new() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.sqlite");
    let mut store = Store::create(&path, organisation_name(), "Jim").unwrap();
    let mut register = Register::new(LocalizedText::same("Kundregister"));
    store
        .apply("Kristian", &[put(Record::Register(register.clone()))])
        .unwrap();
    register.name.fi = "Asiakasrekisteri".into();
    store
        .apply("Kristian", &[put(Record::Register(register.clone()))])
        .unwrap();

    drop(store);
    let history = Store::open(&path, "Jim").unwrap().history().unwrap();
    let last = history.last().unwrap();
    assert_eq!(last.user, "Kristian");
    assert!(chrono::DateTime::parse_from_rfc3339(&last.at).is_ok());
    assert_eq!(last.changes.len(), 1);
    let change = &last.changes[0];
    assert_eq!(
        (change.kind, change.id),
        (RecordKind::Register, register.id.0)
    );
    assert_eq!(change.field, "name.fi");
    assert_eq!(change.old.as_deref(), Some("Kundregister"));
    assert_eq!(change.new.as_deref(), Some("Asiakasrekisteri"));
    assert_eq!(history[0].user, "Jim", "the creation is the first entry");
}

#[test]
fn undo_walks_back_through_edits_and_is_itself_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u.sqlite");
    let mut store = Store::create(&path, organisation_name(), "Jim").unwrap();
    let mut register = Register::new(LocalizedText::same("A"));
    store
        .apply("Jim", &[put(Record::Register(register.clone()))])
        .unwrap();
    register.name = LocalizedText::same("B");
    store
        .apply("Jim", &[put(Record::Register(register.clone()))])
        .unwrap();

    assert!(store.undo("Jim").unwrap().is_some());
    assert_eq!(store.document().registers[0].name.sv, "A");
    assert!(store.undo("Jim").unwrap().is_some());
    assert!(store.document().registers.is_empty());
    assert!(
        store.undo("Jim").unwrap().is_none(),
        "the creation itself is not undone"
    );
    drop(store);
    let store = Store::open(&path, "Jim").unwrap();
    assert!(store.document().registers.is_empty(), "undo is saved");
    assert_eq!(
        store
            .history()
            .unwrap()
            .iter()
            .filter(|e| e.undoes.is_some())
            .count(),
        2
    );
}

#[test]
fn an_invalid_edit_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("i.sqlite");
    let mut store = Store::create(&path, organisation_name(), "Jim").unwrap();
    let orphan = Purpose {
        id: PurposeId::new(),
        register: RegisterId::new(),
        description: LocalizedText::default(),
        legal_bases: Vec::new(),
        direct_marketing: false,
    };
    let error = store
        .apply(
            "Jim",
            &[
                put(Record::Register(Register::new(LocalizedText::same("ok")))),
                put(Record::Purpose(orphan)),
            ],
        )
        .unwrap_err();
    assert_eq!(error.code(), "invalid_edit");
    assert!(store.document().registers.is_empty());
    drop(store);
    assert!(Store::open(&path, "Jim")
        .unwrap()
        .document()
        .registers
        .is_empty());
}

#[test]
fn save_as_writes_a_whole_copy_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.sqlite");
    let mut store = Store::create(&path, organisation_name(), "Jim").unwrap();
    store
        .apply(
            "Jim",
            &[put(Record::Register(Register::new(LocalizedText::same(
                "Kundregister",
            ))))],
        )
        .unwrap();
    let copy = dir.path().join("copy.sqlite");
    store.save_copy(&copy, Copy::WithHistory, "Jim").unwrap();
    let copied = Store::open(&copy, "Jim").unwrap();
    assert_eq!(copied.document(), store.document());
    assert_eq!(copied.history().unwrap(), store.history().unwrap());
    assert_eq!(
        store
            .save_copy(&copy, Copy::WithHistory, "Jim")
            .unwrap_err()
            .code(),
        "file_exists"
    );
}

/// Opens `path` expecting a refusal with `code`, and checks the bytes did not change.
fn assert_refused_untouched(path: &Path, code: &str) -> String {
    let before = std::fs::read(path).unwrap();
    let error = Store::open(path, "Jim").unwrap_err();
    assert_eq!(error.code(), code, "{error}");
    let read_only_error = Store::open_read_only(path).unwrap_err();
    assert_eq!(read_only_error.code(), code);
    assert_eq!(std::fs::read(path).unwrap(), before, "bytes unchanged");
    error.to_string()
}

#[test]
fn a_garbage_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.sqlite");
    let garbage: Vec<u8> = (0..10_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&path, &garbage).unwrap();
    let message = assert_refused_untouched(&path, "not_kirjuri");
    assert!(message.contains("not an SQLite database"), "{message}");
    assert_eq!(siblings(&path), vec!["garbage.sqlite".to_string()]);
}

#[test]
fn another_applications_sqlite_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firefox.sqlite");
    let other = Connection::open(&path).unwrap();
    other.execute_batch("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('x');").unwrap();
    drop(other);
    let message = assert_refused_untouched(&path, "not_kirjuri");
    assert!(message.contains("another application"), "{message}");
}

#[test]
fn a_file_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite");
    drop(Store::create(&path, organisation_name(), "Jim").unwrap());
    let raw = Connection::open(&path).unwrap();
    raw.pragma_update(None, "user_version", schema::CURRENT_VERSION + 1)
        .unwrap();
    drop(raw);
    let message = assert_refused_untouched(&path, "newer_version");
    assert!(message.contains("newer Kirjuri"), "{message}");
}

#[test]
fn a_file_with_an_extra_trigger_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trigger.sqlite");
    drop(Store::create(&path, organisation_name(), "Jim").unwrap());
    let raw = Connection::open(&path).unwrap();
    raw.execute_batch(
        "CREATE TRIGGER evil AFTER INSERT ON register BEGIN DELETE FROM person; END;",
    )
    .unwrap();
    drop(raw);
    let message = assert_refused_untouched(&path, "unexpected_schema");
    assert!(message.contains("trigger evil"), "{message}");
}

#[test]
fn a_damaged_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.sqlite");
    let mut store = Store::create(&path, organisation_name(), "Jim").unwrap();
    for n in 0..200 {
        store
            .apply(
                "Jim",
                &[put(Record::Register(Register::new(LocalizedText::same(
                    format!("Register {n}"),
                ))))],
            )
            .unwrap();
    }
    drop(store);
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    for byte in &mut bytes[page * 3..page * 3 + 600] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    assert_refused_untouched(&path, "damaged");
}

#[test]
fn a_record_that_is_not_kirjuri_json_is_reported_as_damage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad-record.sqlite");
    drop(Store::create(&path, organisation_name(), "Jim").unwrap());
    let raw = Connection::open(&path).unwrap();
    raw.execute(
        "INSERT INTO register (id, position, data) VALUES ('x', 0, '{\"id\":\"x\"}')",
        [],
    )
    .unwrap();
    drop(raw);
    assert_refused_untouched(&path, "damaged");
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// The committed version-1 file (`src/bin/fixtures.rs` writes it) is upgraded
/// on open, after a backup copy.
#[test]
fn a_version_1_file_is_upgraded_after_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    std::fs::copy(fixture("kirjuri-v1.sqlite"), &path).unwrap();
    let original = std::fs::read(&path).unwrap();

    // Reading does not upgrade the file.
    let read_only = Store::open_read_only(&path).unwrap();
    assert_eq!(read_only.document().registers.len(), 1);
    assert_eq!(std::fs::read(&path).unwrap(), original);
    drop(read_only);

    let mut store = Store::open(&path, "Jim").unwrap();
    assert_eq!(store.document().registers[0].name.sv, "Kundregister");
    let backup = dir.path().join("old.v1-backup.sqlite");
    let backed_up = Connection::open(&backup).unwrap();
    let version: i64 = backed_up
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the backup is the old version");
    drop(backed_up);
    store
        .apply(
            "Jim",
            &[put(Record::Register(Register::new(LocalizedText::same(
                "Personalregister",
            ))))],
        )
        .unwrap();
    assert!(
        store.undo("Jim").unwrap().is_some(),
        "the upgraded file supports undo"
    );
    drop(store);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(
        i32::from_be_bytes(bytes[60..64].try_into().unwrap()) as i64,
        schema::CURRENT_VERSION
    );
}

/// A version-2 file (before the breach log) gains the new tables on open and
/// then keeps breaches, requests, screenings and client controllers like any record.
#[test]
fn a_version_2_file_is_upgraded_and_keeps_the_paperwork() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.sqlite");
    let document = Document::new(organisation_name());
    let register = Register::new(LocalizedText::same("Kundregister"));
    {
        let connection = Connection::open(&path).unwrap();
        for sql in &schema::MIGRATIONS[..2] {
            connection.execute_batch(sql).unwrap();
        }
        connection.pragma_update(None, "user_version", 2).unwrap();
        connection
            .pragma_update(None, "application_id", schema::APPLICATION_ID)
            .unwrap();
        connection
            .execute(
                "INSERT INTO organisation (id, position, data) VALUES (?1, 0, ?2)",
                (
                    document.organisation.id.to_string(),
                    serde_json::to_string(&document.organisation).unwrap(),
                ),
            )
            .unwrap();
        connection
            .execute(
                "INSERT INTO register (id, position, data) VALUES (?1, 0, ?2)",
                (
                    register.id.to_string(),
                    serde_json::to_string(&register).unwrap(),
                ),
            )
            .unwrap();
    }
    let mut store = Store::open(&path, "Jim").unwrap();
    assert!(dir.path().join("v2.v2-backup.sqlite").exists());

    let mut breach = Breach::new(LocalizedText::same("Lost laptop"));
    breach.registers = vec![register.id];
    breach.discovered =
        chrono::NaiveDate::from_ymd_opt(2026, 11, 28).and_then(|d| d.and_hms_opt(20, 0, 0));
    let mut request = DataSubjectRequest::new();
    request.right = Some(DataSubjectRight::Access);
    request.register = Some(register.id);
    request.received = chrono::NaiveDate::from_ymd_opt(2026, 10, 28);
    let mut screening = DpiaScreening::new(register.id);
    screening
        .criteria
        .insert(DpiaCriterion::SystematicMonitoring, true);
    let client = ClientController::new(LocalizedText::same("Kund Ab"));
    store
        .apply(
            "Jim",
            &[
                put(Record::Breach(breach.clone())),
                put(Record::DataSubjectRequest(request.clone())),
                put(Record::DpiaScreening(screening.clone())),
                put(Record::ClientController(client.clone())),
            ],
        )
        .unwrap();
    drop(store);

    let mut store = Store::open(&path, "Jim").unwrap();
    assert_eq!(store.document().breaches, vec![breach]);
    assert_eq!(store.document().data_subject_requests, vec![request]);
    assert_eq!(store.document().dpia_screenings, vec![screening]);
    assert_eq!(store.document().client_controllers, vec![client]);

    // The screening is a part of its register; the logs outlive it.
    store
        .apply(
            "Jim",
            &[Edit::Delete {
                kind: RecordKind::Register,
                id: register.id.into(),
            }],
        )
        .unwrap();
    drop(store);
    let store = Store::open(&path, "Jim").unwrap();
    assert!(store.document().dpia_screenings.is_empty());
    assert!(store.document().breaches[0].registers.is_empty());
    assert_eq!(store.document().data_subject_requests[0].register, None);
}

const BURST_FILE: &str = "KIRJURI_TEST_BURST_FILE";

/// Not a test on its own: the writer process of the crash test. It creates
/// registers one edit at a time and prints each one's id after its commit.
#[test]
fn burst_writer_child() {
    let Ok(path) = std::env::var(BURST_FILE) else {
        return;
    };
    let mut store = Store::open(Path::new(&path), "burst").unwrap();
    for n in 0..100_000 {
        let register = Register::new(LocalizedText::same(format!("Register {n}")));
        let id = register.id;
        store
            .apply("burst", &[put(Record::Register(register))])
            .unwrap();
        println!("committed {id}");
    }
}

#[test]
fn a_writer_killed_mid_burst_leaves_a_whole_file_with_every_reported_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.sqlite");
    drop(Store::create(&path, organisation_name(), "Jim").unwrap());
    let test_binary = std::env::current_exe().unwrap();
    // More rounds with KIRJURI_KILL_ROUNDS=N (1000 is the release check).
    let rounds: u64 = std::env::var("KIRJURI_KILL_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(12);
    for round in 0..rounds {
        let mut child = Command::new(&test_binary)
            .args([
                "--exact",
                "burst_writer_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(BURST_FILE, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut committed = Vec::new();
        // Kill after a varying number of commits so the kill lands at different moments.
        let wanted = 5 + (round * 7) % 23;
        while let Some(Ok(line)) = lines.next() {
            if let Some(id) = line.strip_prefix("committed ") {
                committed.push(id.to_string());
                if committed.len() as u64 >= wanted {
                    break;
                }
            }
        }
        Command::new("kill")
            .args(["-9", &child.id().to_string()])
            .status()
            .unwrap();
        let _ = child.wait();
        // Lines already printed after the break were committed too.
        for line in lines.map_while(Result::ok) {
            if let Some(id) = line.strip_prefix("committed ") {
                committed.push(id.to_string());
            }
        }

        assert!(
            path.with_file_name(".crash.sqlite.kirjuri-lock").exists(),
            "round {round}: the killed writer's lock is left behind"
        );
        let raw = Connection::open(&path).unwrap();
        let integrity: String = raw
            .pragma_query_value(None, "integrity_check", |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "round {round}");
        drop(raw);
        // Its process is gone, so its lock is stale and broken without asking.
        let store = Store::open(&path, "Jim").unwrap();
        let ids: std::collections::HashSet<String> = store
            .document()
            .registers
            .iter()
            .map(|r| r.id.to_string())
            .collect();
        for id in &committed {
            assert!(
                ids.contains(id),
                "round {round}: committed register {id} is missing"
            );
        }
    }
}
