//! `kirjuri apply`, `undo`, `redo`, `copy` and `forget` as a script or a second
//! program uses them (docs/edits.md): an edit, its undo and redo give back the
//! exact documents; a file another live process holds is refused with one line
//! and nothing written, a lock left by a dead process is recovered; a copy
//! without history holds the same document; a forgotten person leaves no byte.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const REGISTER: &str = "6f1c1d2e-0000-4000-8000-000000000001";
const PERSON: &str = "6f1c1d2e-0000-4000-8000-000000000009";

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

fn succeeded(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn refused(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    stderr
}

/// The document as JSON, without the moment it was exported.
fn document(file: &Path) -> serde_json::Value {
    let json = succeeded(&kirjuri(&["export", "json", &text(file)]));
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    if let Some(object) = value.as_object_mut() {
        object.remove("exported_at");
    }
    value
}

fn new_file(dir: &Path) -> PathBuf {
    let file = dir.join("firma.sqlite");
    succeeded(&kirjuri(&["new", &text(&file), "--name", "Firma Ab"]));
    file
}

fn edits(dir: &Path, name: &str, json: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, json).expect("an edits file");
    path
}

fn add_register_and_person(dir: &Path) -> PathBuf {
    edits(
        dir,
        "add.json",
        &format!(
            r#"[
              {{ "op": "put", "record": {{ "kind": "person", "record": {{
                  "id": "{PERSON}", "name": "Ville Vanhatyöntekijä" }} }} }},
              {{ "op": "put", "record": {{ "kind": "register", "record": {{
                  "id": "{REGISTER}", "name": {{ "sv": "Kundregister" }},
                  "contact_person": "{PERSON}" }} }} }}
            ]"#
        ),
    )
}

#[test]
fn apply_undo_and_redo_give_back_the_exact_documents() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = new_file(dir.path());
    let start = document(&file);
    succeeded(&kirjuri(&[
        "apply",
        &text(&file),
        &text(&add_register_and_person(dir.path())),
        "--user",
        "Kristian",
    ]));
    let added = document(&file);
    assert_ne!(added, start);
    let delete = edits(
        dir.path(),
        "delete.json",
        &format!(r#"[{{ "op": "delete", "kind": "register", "id": "{REGISTER}" }}]"#),
    );
    succeeded(&kirjuri(&["apply", &text(&file), &text(&delete)]));
    let deleted = document(&file);
    assert_ne!(deleted, added);

    let said = succeeded(&kirjuri(&["undo", &text(&file)]));
    assert!(said.contains("Kundregister"), "{said}");
    assert_eq!(document(&file), added, "undo restores the deleted register");
    succeeded(&kirjuri(&["undo", &text(&file)]));
    assert_eq!(document(&file), start, "undo all: the start");
    let said = succeeded(&kirjuri(&["undo", &text(&file)]));
    assert!(said.contains("nothing to undo"), "{said}");
    succeeded(&kirjuri(&["redo", &text(&file)]));
    succeeded(&kirjuri(&["redo", &text(&file)]));
    assert_eq!(document(&file), deleted, "redo all: the end");
    let said = succeeded(&kirjuri(&["redo", &text(&file)]));
    assert!(said.contains("nothing to redo"), "{said}");

    // An invalid edit (a purpose of a register that does not exist) saves nothing.
    let invalid = edits(
        dir.path(),
        "invalid.json",
        r#"[{ "op": "put", "record": { "kind": "purpose", "record": {
              "id": "6f1c1d2e-0000-4000-8000-000000000002",
              "register": "6f1c1d2e-0000-4000-8000-0000000000ff",
              "description": { "sv": "Kundkommunikation" } } } }]"#,
    );
    refused(&kirjuri(&["apply", &text(&file), &text(&invalid)]));
    assert_eq!(document(&file), deleted);
}

/// The host name as the store writes it in a lock.
fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .expect("a host name")
        .trim()
        .to_string()
}

fn write_lock(file: &Path, pid: u32) {
    let name = file.file_name().and_then(|n| n.to_str()).expect("a name");
    let lock = file.with_file_name(format!(".{name}.kirjuri-lock"));
    let holder = serde_json::json!({
        "user": "Anna",
        "host": host(),
        "pid": pid,
        "since": "2026-12-02T08:00:00Z",
        "token": "another-program",
    });
    std::fs::write(lock, holder.to_string()).expect("a lock");
}

#[test]
fn a_file_another_live_process_holds_is_refused_and_a_dead_ones_lock_is_recovered() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = new_file(dir.path());
    let add = add_register_and_person(dir.path());
    let before = std::fs::read(&file).expect("the file");

    // Another program (here: a process that is alive) has the file open.
    let mut other = Command::new("sleep").arg("30").spawn().expect("sleep runs");
    write_lock(&file, other.id());
    for args in [
        vec!["apply", file.to_str().unwrap(), add.to_str().unwrap()],
        vec!["undo", file.to_str().unwrap()],
        vec!["forget", file.to_str().unwrap(), PERSON],
    ] {
        let said = refused(&kirjuri(&args));
        assert!(
            said.contains("Anna"),
            "the refusal names who has it: {said}"
        );
    }
    assert_eq!(
        std::fs::read(&file).expect("the file"),
        before,
        "nothing written"
    );
    // Reading is never refused.
    assert!(document(&file)["document"].is_object());

    // The other program ends without letting go (killed): its lock is recovered.
    other.kill().expect("kill");
    other.wait().expect("wait");
    succeeded(&kirjuri(&["apply", &text(&file), &text(&add)]));
    assert_eq!(document(&file)["document"]["registers"][0]["id"], REGISTER);
}

#[test]
fn a_copy_without_history_holds_the_document_and_forget_leaves_no_byte() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = new_file(dir.path());
    succeeded(&kirjuri(&[
        "apply",
        &text(&file),
        &text(&add_register_and_person(dir.path())),
    ]));
    let name = "Ville Vanhatyöntekijä";
    let contains = |path: &Path| {
        let bytes = std::fs::read(path).expect("a file");
        bytes.windows(name.len()).any(|w| w == name.as_bytes())
    };

    // The person leaves: the register no longer names him, then he is deleted.
    let leave = edits(
        dir.path(),
        "leave.json",
        &format!(
            r#"[{{ "op": "put", "record": {{ "kind": "register", "record": {{
                  "id": "{REGISTER}", "name": {{ "sv": "Kundregister" }} }} }} }},
               {{ "op": "delete", "kind": "person", "id": "{PERSON}" }}]"#
        ),
    );
    succeeded(&kirjuri(&["apply", &text(&file), &text(&leave)]));
    assert!(contains(&file), "the history still holds him");

    let with = dir.path().join("with.sqlite");
    let without = dir.path().join("without.sqlite");
    succeeded(&kirjuri(&["copy", &text(&file), &text(&with)]));
    succeeded(&kirjuri(&[
        "copy",
        &text(&file),
        &text(&without),
        "--without-history",
    ]));
    assert_eq!(document(&with), document(&file));
    assert_eq!(document(&without), document(&file));
    assert!(contains(&with), "a copy with history keeps the history");
    assert!(!contains(&without), "a copy without history does not");
    let history = succeeded(&kirjuri(&["history", &text(&without)]));
    let entries = history.lines().filter(|line| line.starts_with('#')).count();
    assert_eq!(entries, 1, "one entry, the copy itself: {history}");

    // A copy is refused where a file already is.
    refused(&kirjuri(&["copy", &text(&file), &text(&with)]));

    // A record that still exists is not forgotten.
    refused(&kirjuri(&["forget", &text(&file), REGISTER]));
    succeeded(&kirjuri(&["forget", &text(&file), PERSON]));
    assert!(!contains(&file), "no byte of the forgotten name is left");
    assert_eq!(document(&file), document(&without));
}
