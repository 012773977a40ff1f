//! `kirjuri diff` and `kirjuri merge` on the example company (docs/merge.md):
//! two copies edited apart by the director and the accountant are compared
//! and merged field by field (a conflict beside changes that do not conflict,
//! a per-language change, a delete against an edit, `--keep-mine`,
//! `--take-theirs`), a copy without history two-way, an older file, and each
//! bad input refused with one line and nothing written.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CUSTOMERS: &str = "00000000-0001-4000-8000-001000000001";
const STAFF: &str = "00000000-0001-4000-8000-001000000002";
const RETENTION: &str = "00000000-0001-4000-8000-001800000001";

fn kirjuri(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kirjuri"))
        .args(args)
        .env("USER", "tester")
        .output()
        .expect("kirjuri runs")
}

fn text(path: &Path) -> String {
    path.to_str().expect("a UTF-8 path").to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn succeeded(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    stdout(output)
}

fn refused(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    stderr
}

/// The document as JSON.
fn document(file: &Path) -> Value {
    let json = succeeded(&kirjuri(&["export", "json", &text(file)]));
    let value: Value = serde_json::from_str(&json).expect("JSON");
    value["document"].clone()
}

fn record(file: &Path, list: &str, id: &str) -> Value {
    document(file)[list]
        .as_array()
        .expect("a list")
        .iter()
        .find(|r| r["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("{list} {id}"))
}

/// Applies one edit as `user`.
fn apply(file: &Path, user: &str, edits: Value) {
    let path = file.with_extension(format!("edit-{}.json", uuid::Uuid::new_v4()));
    std::fs::write(&path, edits.to_string()).unwrap();
    succeeded(&kirjuri(&[
        "apply",
        &text(file),
        &text(&path),
        "--user",
        user,
    ]));
}

/// Sets `field` (a path of keys) of a record to `value`, as `user`.
fn set(file: &Path, user: &str, kind: &str, list: &str, id: &str, field: &[&str], value: Value) {
    let mut record = record(file, list, id);
    let mut place = &mut record;
    for key in field {
        place = &mut place[*key];
    }
    *place = value;
    apply(
        file,
        user,
        json!([{ "op": "put", "record": { "kind": kind, "record": record } }]),
    );
}

fn example(folder: &Path) -> (PathBuf, PathBuf) {
    let mine = folder.join("btb.sqlite");
    let theirs = folder.join("btb-accountant.sqlite");
    succeeded(&kirjuri(&["example", &text(&mine), "--user", "Kristian"]));
    succeeded(&kirjuri(&["copy", &text(&mine), &text(&theirs)]));
    (mine, theirs)
}

fn code(output: &Output) -> Option<i32> {
    output.status.code()
}

#[test]
fn a_conflict_beside_changes_that_do_not_conflict_and_a_per_language_change() {
    let folder = tempfile::tempdir().unwrap();
    let (mine, theirs) = example(folder.path());
    assert_eq!(
        code(&kirjuri(&["diff", &text(&mine), &text(&theirs)])),
        Some(0)
    );

    set(
        &mine,
        "Director",
        "register",
        "registers",
        CUSTOMERS,
        &["name", "sv"],
        json!("Kunder (direktören)"),
    );
    set(
        &mine,
        "Director",
        "register",
        "registers",
        STAFF,
        &["description", "en"],
        json!("Staff, by the director"),
    );
    set(
        &theirs,
        "Accountant",
        "register",
        "registers",
        CUSTOMERS,
        &["name", "sv"],
        json!("Kunder (revisorn)"),
    );
    set(
        &theirs,
        "Accountant",
        "register",
        "registers",
        CUSTOMERS,
        &["name", "fi"],
        json!("Asiakkaat (tilintarkastaja)"),
    );
    set(
        &theirs,
        "Accountant",
        "retention_rule",
        "retention_rules",
        RETENTION,
        &["period", "en"],
        json!("Ten years"),
    );
    let theirs_bytes = std::fs::read(&theirs).unwrap();
    let before = document(&mine);

    let diff = kirjuri(&["diff", &text(&mine), &text(&theirs)]);
    assert_eq!(code(&diff), Some(1), "{diff:?}");
    let out = stdout(&diff);
    assert!(out.contains("share their history"), "{out}");
    assert!(out.contains("B (Accountant,"), "who on their side: {out}");
    assert!(
        out.contains("changed register \"Customer register\""),
        "{out}"
    );
    assert!(
        out.contains("name.fi: Asiakasrekisteri → Asiakkaat (tilintarkastaja)"),
        "{out}"
    );
    assert!(out.contains("period.en:"), "{out}");
    assert!(out.contains("A (Director,"), "{out}");

    let merge = kirjuri(&["merge", &text(&mine), &text(&theirs), "--user", "Director"]);
    assert_eq!(code(&merge), Some(1), "a conflict remains: {merge:?}");
    let out = stdout(&merge);
    assert!(
        out.contains("name.sv: mine \"Kunder (direktören)\" | theirs \"Kunder (revisorn)\""),
        "{out}"
    );
    assert_eq!(
        out.matches("conflict:").count(),
        1,
        "only the Swedish name: {out}"
    );
    let customers = record(&mine, "registers", CUSTOMERS);
    assert_eq!(
        customers["name"]["sv"], "Kunder (direktören)",
        "no conflicting field applied"
    );
    assert_eq!(
        customers["name"]["fi"], "Asiakkaat (tilintarkastaja)",
        "per language"
    );
    assert_eq!(
        record(&mine, "registers", STAFF)["description"]["en"],
        "Staff, by the director"
    );
    assert_eq!(
        record(&mine, "retention_rules", RETENTION)["period"]["en"],
        "Ten years"
    );
    assert_eq!(
        std::fs::read(&theirs).unwrap(),
        theirs_bytes,
        "theirs is never written"
    );

    let history = succeeded(&kirjuri(&["history", &text(&mine)]));
    assert!(history.contains("Director"), "{history}");
    let undo = succeeded(&kirjuri(&["undo", &text(&mine)]));
    assert!(undo.starts_with("undid:"), "{undo}");
    assert_eq!(
        document(&mine),
        before,
        "one undo takes the whole merge back"
    );
}

#[test]
fn take_theirs_and_keep_mine_settle_every_conflict() {
    let folder = tempfile::tempdir().unwrap();
    let (mine, theirs) = example(folder.path());
    set(
        &mine,
        "Director",
        "register",
        "registers",
        CUSTOMERS,
        &["name", "sv"],
        json!("A"),
    );
    set(
        &theirs,
        "Accountant",
        "register",
        "registers",
        CUSTOMERS,
        &["name", "sv"],
        json!("B"),
    );
    let copy = folder.path().join("mine-again.sqlite");
    std::fs::copy(&mine, &copy).unwrap();

    let keep = kirjuri(&["merge", &text(&mine), &text(&theirs), "--keep-mine"]);
    assert_eq!(code(&keep), Some(0), "{keep:?}");
    assert!(stdout(&keep).contains("kept mine"), "{keep:?}");
    assert_eq!(record(&mine, "registers", CUSTOMERS)["name"]["sv"], "A");

    let take = kirjuri(&["merge", &text(&copy), &text(&theirs), "--take-theirs"]);
    assert_eq!(code(&take), Some(0), "{take:?}");
    assert!(stdout(&take).contains("took theirs"), "{take:?}");
    assert_eq!(record(&copy, "registers", CUSTOMERS)["name"]["sv"], "B");

    let both = kirjuri(&[
        "merge",
        &text(&copy),
        &text(&theirs),
        "--take-theirs",
        "--keep-mine",
    ]);
    refused(&both);
}

#[test]
fn a_delete_against_an_edit_is_a_conflict() {
    let folder = tempfile::tempdir().unwrap();
    let (mine, theirs) = example(folder.path());
    let rule = record(&mine, "retention_rules", RETENTION);
    apply(
        &mine,
        "Director",
        json!([{ "op": "delete", "kind": "retention_rule", "id": RETENTION }]),
    );
    set(
        &theirs,
        "Accountant",
        "retention_rule",
        "retention_rules",
        RETENTION,
        &["period", "sv"],
        json!("Tio år"),
    );
    let merge = kirjuri(&["merge", &text(&mine), &text(&theirs)]);
    assert_eq!(code(&merge), Some(1), "{merge:?}");
    assert!(
        stdout(&merge).contains("mine deleted it, theirs changed it"),
        "{merge:?}"
    );
    assert!(document(&mine)["retention_rules"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["id"] != RETENTION));

    let take = kirjuri(&["merge", &text(&mine), &text(&theirs), "--take-theirs"]);
    assert_eq!(code(&take), Some(0), "{take:?}");
    let back = record(&mine, "retention_rules", RETENTION);
    assert_eq!(back["period"]["sv"], "Tio år");
    assert_eq!(back["register"], rule["register"]);
}

#[test]
fn a_copy_without_history_is_compared_two_way_and_nothing_is_deleted() {
    let folder = tempfile::tempdir().unwrap();
    let mine = folder.path().join("btb.sqlite");
    let theirs = folder.path().join("sent.sqlite");
    succeeded(&kirjuri(&["example", &text(&mine)]));
    succeeded(&kirjuri(&[
        "copy",
        &text(&mine),
        &text(&theirs),
        "--without-history",
    ]));
    let person = "6f1c1d2e-0000-4000-8000-0000000000aa";
    apply(
        &theirs,
        "Accountant",
        json!([{ "op": "put", "record": { "kind": "person",
            "record": { "id": person, "name": "Bo Bokförare" } } }]),
    );
    set(
        &theirs,
        "Accountant",
        "register",
        "registers",
        CUSTOMERS,
        &["name", "en"],
        json!("Clients"),
    );
    apply(
        &mine,
        "Director",
        json!([{ "op": "delete", "kind": "retention_rule", "id": RETENTION }]),
    );
    let diff = kirjuri(&["diff", &text(&mine), &text(&theirs)]);
    assert_eq!(code(&diff), Some(1));
    assert!(stdout(&diff).contains("no common history"), "{diff:?}");

    let merge = kirjuri(&["merge", &text(&mine), &text(&theirs)]);
    assert_eq!(
        code(&merge),
        Some(1),
        "the differing name is a conflict: {merge:?}"
    );
    let out = stdout(&merge);
    assert!(out.contains("two-way"), "{out}");
    assert!(
        out.contains("name.en: mine \"Customer register\" | theirs \"Clients\""),
        "{out}"
    );
    record(&mine, "people", person);
    // Without a shared history a delete cannot be told from an addition:
    // the rule only theirs holds is kept, as every record on one side only.
    record(&mine, "retention_rules", RETENTION);
    assert_eq!(
        record(&mine, "registers", CUSTOMERS)["name"]["en"],
        "Customer register"
    );
}

#[test]
fn an_older_file_is_upgraded_and_merged_a_newer_one_refused() {
    let folder = tempfile::tempdir().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/kirjuri-v1.sqlite");
    let mine = folder.path().join("v1.sqlite");
    let theirs = folder.path().join("v1-copy.sqlite");
    std::fs::copy(&fixture, &mine).unwrap();
    std::fs::copy(&fixture, &theirs).unwrap();
    let org = document(&theirs)["organisation"].clone();
    let mut changed = org.clone();
    changed["phone"] = json!("+358 40 000 0000");
    // Theirs is upgraded by this edit; mine is upgraded when the merge opens it.
    apply(
        &theirs,
        "Accountant",
        json!([{ "op": "put", "record": { "kind": "organisation", "record": changed } }]),
    );
    let merge = kirjuri(&["merge", &text(&mine), &text(&theirs)]);
    assert_eq!(code(&merge), Some(0), "{merge:?}");
    assert!(
        stdout(&merge).contains("share their history"),
        "copies upgraded apart share their ids: {merge:?}"
    );
    assert_eq!(document(&mine)["organisation"]["phone"], "+358 40 000 0000");

    let newer = folder.path().join("newer.sqlite");
    std::fs::copy(&fixture, &newer).unwrap();
    rusqlite_version(&newer, 99);
    let before = std::fs::read(&mine).unwrap();
    let line = refused(&kirjuri(&["merge", &text(&mine), &text(&newer)]));
    assert!(line.contains("newer Kirjuri"), "{line}");
    assert_eq!(std::fs::read(&mine).unwrap(), before, "nothing written");
}

/// Sets a file's schema version by hand, as a newer Kirjuri would have written it.
fn rusqlite_version(path: &Path, version: i64) {
    let status = Command::new("sqlite3")
        .arg(path)
        .arg(format!("PRAGMA user_version = {version};"))
        .status();
    if !matches!(status, Ok(s) if s.success()) {
        // No sqlite3 program: write the header's user_version (bytes 60..64, big-endian).
        let mut bytes = std::fs::read(path).unwrap();
        bytes[60..64].copy_from_slice(&(version as u32).to_be_bytes());
        std::fs::write(path, bytes).unwrap();
    }
}

#[test]
fn bad_input_is_refused_with_one_line_and_nothing_written() {
    let folder = tempfile::tempdir().unwrap();
    let (mine, theirs) = example(folder.path());
    set(
        &theirs,
        "Accountant",
        "register",
        "registers",
        CUSTOMERS,
        &["name", "sv"],
        json!("B"),
    );
    let before = std::fs::read(&mine).unwrap();
    let unchanged = |what: &str| {
        assert_eq!(
            std::fs::read(&mine).unwrap(),
            before,
            "{what}: mine was written"
        );
    };

    let not_kirjuri = folder.path().join("notes.sqlite");
    std::fs::write(&not_kirjuri, "not a database at all, just some notes").unwrap();
    let line = refused(&kirjuri(&["merge", &text(&mine), &text(&not_kirjuri)]));
    assert!(line.contains("not a Kirjuri document"), "{line}");
    refused(&kirjuri(&["diff", &text(&mine), &text(&not_kirjuri)]));
    unchanged("not Kirjuri");

    let line = refused(&kirjuri(&["merge", &text(&mine), &text(&mine)]));
    assert!(line.contains("given twice"), "{line}");
    let line = refused(&kirjuri(&["diff", &text(&mine), &text(&mine)]));
    assert!(line.contains("given twice"), "{line}");
    unchanged("the same file");

    let other = folder.path().join("other.sqlite");
    succeeded(&kirjuri(&["new", &text(&other), "--name", "Another Oy"]));
    let line = refused(&kirjuri(&["merge", &text(&mine), &text(&other)]));
    assert!(line.contains("another organisation"), "{line}");
    unchanged("another organisation");
    let diff = kirjuri(&[
        "diff",
        &text(&mine),
        &text(&other),
        "--different-organisation",
    ]);
    assert_eq!(code(&diff), Some(1), "{diff:?}");
    assert!(
        stdout(&diff).contains("different organisations"),
        "{diff:?}"
    );

    // Theirs held open for editing on another machine.
    let name = theirs.file_name().unwrap().to_string_lossy().into_owned();
    let lock = theirs.with_file_name(format!(".{name}.kirjuri-lock"));
    let holder = json!({ "user": "Accountant", "host": "another-host", "pid": 4242,
        "since": "2026-01-05T10:00:00Z", "token": "t" });
    std::fs::write(&lock, holder.to_string()).unwrap();
    let line = refused(&kirjuri(&["merge", &text(&mine), &text(&theirs)]));
    assert!(line.contains("open for editing by Accountant"), "{line}");
    std::fs::remove_file(&lock).unwrap();
    unchanged("theirs locked");

    // Mine held open for editing.
    let name = mine.file_name().unwrap().to_string_lossy().into_owned();
    let lock = mine.with_file_name(format!(".{name}.kirjuri-lock"));
    std::fs::write(&lock, holder.to_string()).unwrap();
    let line = refused(&kirjuri(&["merge", &text(&mine), &text(&theirs)]));
    assert!(line.contains("open for editing by Accountant"), "{line}");
    std::fs::remove_file(&lock).unwrap();
    unchanged("mine locked");

    let merge = kirjuri(&["merge", &text(&mine), &text(&theirs)]);
    assert_eq!(
        code(&merge),
        Some(0),
        "after all that, the merge itself works: {merge:?}"
    );
}
