//! The edit log keeps each state of a record once: a change's state after it
//! is read from the record's next change or its row, so a new document is not
//! stored twice, and history and undo still see every state.

use kirjuri_model::*;
use kirjuri_store::Store;
use rusqlite::Connection;

fn rename(store: &mut Store, register: &Register, name: &str) {
    let mut renamed = register.clone();
    renamed.name = LocalizedText::same(name);
    store
        .apply(
            "Jim",
            &[Edit::Put {
                record: Record::Register(renamed),
            }],
        )
        .unwrap();
}

/// The name changes of the register, oldest first, as the history reads them.
fn name_changes(store: &Store) -> Vec<(Option<String>, Option<String>)> {
    store
        .history()
        .unwrap()
        .into_iter()
        .flat_map(|entry| entry.changes)
        .filter(|change| change.kind == RecordKind::Register && change.field == "name.sv")
        .map(|change| (change.old, change.new))
        .collect()
}

#[test]
fn a_new_file_holds_its_records_once_and_is_barely_larger_than_its_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("synthetic.sqlite");
    let document = example::synthetic(300);
    drop(Store::create_from(&path, &document, "Jim").unwrap());

    let raw = Connection::open(&path).unwrap();
    let (rows, copies): (i64, i64) = raw
        .query_row(
            "SELECT COUNT(*), COUNT(after) FROM edit_record",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    drop(raw);
    assert_eq!(
        rows as usize,
        document.records().len(),
        "one logged change per record"
    );
    assert_eq!(copies, 0, "the log copies no record's state");

    let file = std::fs::metadata(&path).unwrap().len() as f64;
    let json = exchange::to_json(&document).len() as f64;
    assert!(
        file <= 1.3 * json,
        "the file is {:.2} times its JSON export ({file} bytes for {json})",
        file / json
    );
    let reopened = Store::open_read_only(&path).unwrap();
    assert_eq!(reopened.document(), &document);
}

#[test]
fn history_and_undo_read_each_state_from_the_next_change_or_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("names.sqlite");
    let mut store = Store::create(&path, LocalizedText::same("Testbolaget Ab"), "Jim").unwrap();
    let register = Register::new(LocalizedText::same("A"));
    store
        .apply(
            "Jim",
            &[Edit::Put {
                record: Record::Register(register.clone()),
            }],
        )
        .unwrap();
    for name in ["B", "C", "D"] {
        rename(&mut store, &register, name);
    }
    let some = |s: &str| Some(s.to_string());
    let expected = vec![
        (None, some("A")),
        (some("A"), some("B")),
        (some("B"), some("C")),
        (some("C"), some("D")),
    ];
    assert_eq!(name_changes(&store), expected);

    // Undo reads the newest edit's state after it from the row, the ones
    // before from the next change; the undos themselves are logged the same way.
    store.undo("Jim").unwrap().unwrap();
    store.undo("Jim").unwrap().unwrap();
    assert_eq!(store.document().registers[0].name.sv, "B");
    store.redo("Jim").unwrap().unwrap();
    assert_eq!(store.document().registers[0].name.sv, "C");
    drop(store);

    let reopened = Store::open(&path, "Jim").unwrap();
    let mut expected = expected;
    expected.extend([
        (some("D"), some("C")),
        (some("C"), some("B")),
        (some("B"), some("C")),
    ]);
    assert_eq!(name_changes(&reopened), expected);
}
