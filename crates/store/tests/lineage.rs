//! The edit log's lineage: stable edit ids shared by copies, the seal chain
//! that makes a hand-edited log noticed (history and undo refuse it, the
//! document still opens), and a forget that re-seals what it rewrites.

use kirjuri_model::{Edit, LocalizedText, Record, RecordKind};
use kirjuri_store::{Copy, EditAction, Store};

fn rename(store: &mut Store, name: &str) {
    let mut register = store.document().registers[0].clone();
    register.name.sv = name.to_string();
    store
        .apply(
            "Jim",
            &[Edit::Put {
                record: Record::Register(register),
            }],
        )
        .unwrap();
}

#[test]
fn a_hand_edited_log_is_refused_by_history_and_undo_but_the_document_opens() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("btb.sqlite");
    let mut store = Store::create_from(&path, &kirjuri_model::example::btb_plaza(), "Jim").unwrap();
    rename(&mut store, "Kunder");
    rename(&mut store, "Klienter");
    assert!(store.history().is_ok());
    let document = store.document().clone();
    drop(store);

    let raw = rusqlite::Connection::open(&path).unwrap();
    let changed = raw
        .execute(
            "UPDATE edit_record SET before = json_set(before, '$.name.sv', 'Förfalskat')
             WHERE edit_id = (SELECT MAX(edit_id) FROM edit_record)",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(raw);

    let mut store = Store::open(&path, "Jim").unwrap();
    assert_eq!(store.document(), &document, "the document itself opens");
    let error = store.history().unwrap_err();
    assert_eq!(error.code(), "broken_history");
    assert!(
        error.to_string().contains("changed outside Kirjuri"),
        "{error}"
    );
    assert_eq!(store.undo("Jim").unwrap_err().code(), "broken_history");
    assert_eq!(store.redo("Jim").unwrap_err().code(), "broken_history");
    assert_eq!(store.undo_redo_available().unwrap(), (false, false));
    drop(store);
    let read_only = Store::open_read_only(&path).unwrap();
    assert_eq!(read_only.history().unwrap_err().code(), "broken_history");
}

#[test]
fn copies_share_their_ids_up_to_the_fork() {
    let folder = tempfile::tempdir().unwrap();
    let a_path = folder.path().join("a.sqlite");
    let b_path = folder.path().join("b.sqlite");
    let mut a = Store::create(&a_path, LocalizedText::same("Ab"), "Jim").unwrap();
    let register = kirjuri_model::Register::new(LocalizedText::same("Kunder"));
    a.apply(
        "Jim",
        &[Edit::Put {
            record: Record::Register(register),
        }],
    )
    .unwrap();
    a.save_copy(&b_path, Copy::WithHistory, "Jim").unwrap();
    let plain = folder.path().join("plain.sqlite");
    std::fs::copy(&a_path, &plain).unwrap();
    rename(&mut a, "A");
    let mut b = Store::open(&b_path, "Ann").unwrap();
    rename(&mut b, "B");
    let (la, lb) = (a.lineage().unwrap(), b.lineage().unwrap());
    let lp = Store::open_read_only(&plain).unwrap().lineage().unwrap();
    assert_eq!(la.len(), 3);
    assert_eq!(la[..2], lb[..2], "shared up to the fork");
    assert_eq!(la[..2], lp[..], "a plain file copy too");
    assert_ne!(la[2].uid, lb[2].uid, "parted after it");
    assert!(la.iter().all(|e| uuid::Uuid::parse_str(&e.uid).is_ok()));
}

#[test]
fn a_forget_reseals_what_it_rewrites_and_says_so() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("btb.sqlite");
    let mut store = Store::create_from(&path, &kirjuri_model::example::btb_plaza(), "Jim").unwrap();
    let uids_before: Vec<String> = store
        .lineage()
        .unwrap()
        .into_iter()
        .map(|e| e.uid)
        .collect();
    let person = store.document().people.last().unwrap().id;
    store
        .apply(
            "Jim",
            &[Edit::Delete {
                kind: RecordKind::Person,
                id: person.into(),
            }],
        )
        .unwrap();
    store.forget("Jim", person.into()).unwrap();
    drop(store);
    let store = Store::open(&path, "Jim").unwrap();
    let history = store.history().expect("the re-sealed chain holds");
    let forget = history.last().unwrap();
    assert_eq!(forget.action, EditAction::Forget);
    assert!(
        forget
            .note
            .as_deref()
            .unwrap_or("")
            .starts_with("re-sealed 2 edit(s)"),
        "{:?}",
        forget.note
    );
    let uids: Vec<String> = history.iter().map(|e| e.uid.clone()).collect();
    assert_eq!(
        uids[..uids_before.len()],
        uids_before[..],
        "a forget keeps the ids"
    );
}
