//! Files as they arrive: rows that disagree with their JSON are damage,
//! reading never creates files beside the document, a leftover journal is
//! explained and recovered by opening for editing, a read-only file opens
//! read-only, and a full disk loses nothing.

use kirjuri_model::*;
use kirjuri_store::Store;
use rusqlite::Connection;
use std::path::Path;

fn siblings(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn btb(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("btb.sqlite");
    drop(Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap());
    path
}

#[test]
fn a_part_whose_json_names_another_register_than_its_row_is_refused_as_damage() {
    let dir = tempfile::tempdir().unwrap();
    let path = btb(dir.path());
    let document = example::btb_plaza();
    let (first, second) = (document.registers[0].id, document.registers[1].id);
    let purpose = document
        .purposes
        .iter()
        .find(|p| p.register == first)
        .unwrap();
    let raw = Connection::open(&path).unwrap();
    raw.execute(
        "UPDATE purpose SET register_id = ?1 WHERE id = ?2",
        (second.to_string(), purpose.id.to_string()),
    )
    .unwrap();
    drop(raw);
    let before = std::fs::read(&path).unwrap();
    for error in [
        Store::open(&path, "Jim").unwrap_err(),
        Store::open_read_only(&path).unwrap_err(),
    ] {
        assert_eq!(error.code(), "damaged");
        assert!(
            error.to_string().contains("names another register"),
            "{error}"
        );
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_wal_mode_file_is_read_without_side_files_and_edited_back_in_rollback_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = btb(dir.path());
    let raw = Connection::open(&path).unwrap();
    let mode: String = raw
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(raw);
    assert_eq!(siblings(&path), ["btb.sqlite"]);

    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(reader.document().registers.len(), 4);
    assert_eq!(reader.history().unwrap().len(), 1);
    drop(reader);
    assert_eq!(siblings(&path), ["btb.sqlite"], "no -wal or -shm left");

    let store = Store::open(&path, "Jim").unwrap();
    drop(store);
    assert_eq!(siblings(&path), ["btb.sqlite"]);
    assert_eq!(
        std::fs::read(&path).unwrap()[18],
        1,
        "back in rollback mode"
    );
}

/// Leaves `path` with a hot journal beside it, as a save killed half-way does.
fn interrupt_a_save(path: &Path) {
    let scratch = path.with_file_name("scratch.sqlite");
    std::fs::copy(path, &scratch).unwrap();
    let raw = Connection::open(&scratch).unwrap();
    raw.pragma_update(None, "cache_size", 1).unwrap();
    // Enough pages that some are written to the file before the commit.
    raw.execute_batch(
        "BEGIN; UPDATE register SET data = json_set(data, '$.name.sv', 'half-saved');
         UPDATE edit_record SET before = after;",
    )
    .unwrap();
    // The journal and the half-written file as they are at this moment.
    std::fs::copy(&scratch, path).unwrap();
    std::fs::copy(
        scratch.with_file_name("scratch.sqlite-journal"),
        path.with_file_name("btb.sqlite-journal"),
    )
    .unwrap();
    raw.execute_batch("ROLLBACK").unwrap();
    drop(raw);
    std::fs::remove_file(&scratch).unwrap();
}

#[test]
fn a_leftover_journal_is_explained_and_opening_for_editing_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let path = btb(dir.path());
    let names = |store: &Store| -> Vec<String> {
        store
            .document()
            .registers
            .iter()
            .map(|r| r.name.sv.clone())
            .collect()
    };
    let saved = names(&Store::open_read_only(&path).unwrap());
    interrupt_a_save(&path);
    assert_eq!(siblings(&path), ["btb.sqlite", "btb.sqlite-journal"]);

    let Err(error) = Store::open_read_only(&path) else {
        panic!("a file with an unfinished save beside it is not read as it is");
    };
    assert_eq!(error.code(), "unfinished_save", "{error}");
    assert!(error
        .to_string()
        .contains("opening it for editing completes the recovery"));
    assert_eq!(siblings(&path), ["btb.sqlite", "btb.sqlite-journal"]);

    let store = Store::open(&path, "Jim").unwrap();
    assert_eq!(names(&store), saved, "the last committed state");
    drop(store);
    assert_eq!(siblings(&path), ["btb.sqlite"]);
}

#[test]
fn a_file_without_write_permission_opens_read_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = btb(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let error = Store::open(&path, "Jim").unwrap_err();
    assert_eq!(error.code(), "not_writable", "{error}");
    let reader = Store::open_read_only(&path).unwrap();
    assert!(reader.is_read_only());
    assert_eq!(reader.document().registers.len(), 4);
    assert_eq!(siblings(&path), ["btb.sqlite"]);
}

#[test]
fn a_full_disk_reports_the_failure_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = btb(dir.path());
    let mut store = Store::open(&path, "Jim").unwrap();
    let pages = std::fs::metadata(&path).unwrap().len() / 4096;
    store.limit_file_size(pages as u32 + 3).unwrap();
    let mut saved = Vec::new();
    let error = loop {
        let mut register = Register::new(LocalizedText::same(format!("R{}", saved.len())));
        register.description = LocalizedText::same("x".repeat(3000));
        match store.apply(
            "Jim",
            &[Edit::Put {
                record: Record::Register(register.clone()),
            }],
        ) {
            Ok(_) => saved.push(register.id),
            Err(error) => break error,
        }
        assert!(saved.len() < 100, "the limit is never reached");
    };
    assert_eq!(error.code(), "disk_full", "{error}");
    assert!(error.to_string().contains("the change was not saved"));
    let in_memory = exchange::to_json(store.document());
    drop(store);

    let store = Store::open(&path, "Jim").unwrap();
    assert_eq!(exchange::to_json(store.document()), in_memory);
    for id in saved {
        assert!(store.document().registers.iter().any(|r| r.id == id));
    }
    assert_eq!(siblings(&path), [".btb.sqlite.kirjuri-lock", "btb.sqlite"]);
}
