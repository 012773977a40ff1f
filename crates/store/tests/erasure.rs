//! Erasure: a deleted record forgotten is gone from the file's bytes, the
//! history says that something was forgotten (by whom, when, not what), and a
//! copy without history holds the current document only.

use kirjuri_model::*;
use kirjuri_store::{Copy, EditAction, Store};

fn person(name: &str) -> Person {
    Person {
        id: PersonId::new(),
        name: name.into(),
        title: LocalizedText::same("Anställd"),
        phone: "+358 40 000 0000".into(),
        email: "greta@example.com".into(),
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

#[test]
fn a_forgotten_person_leaves_no_byte_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("btb.sqlite");
    let mut store = Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap();
    let mut greta = person("Greta Glömdsdotter");
    let role: AccessRole = serde_json::from_value(serde_json::json!({
        "id": AccessRoleId::new(),
        "register": store.document().registers[0].id,
        "name": {"sv": "Kundtjänst"},
        "people": [greta.id],
    }))
    .unwrap();
    store
        .apply(
            "Jim",
            &[
                Edit::Put {
                    record: Record::Person(greta.clone()),
                },
                Edit::Put {
                    record: Record::AccessRole(role),
                },
            ],
        )
        .unwrap();
    greta.name = "Greta Glömdsdotter-Ek".into();
    store
        .apply(
            "Jim",
            &[Edit::Put {
                record: Record::Person(greta.clone()),
            }],
        )
        .unwrap();
    store
        .apply(
            "Jim",
            &[Edit::Delete {
                kind: RecordKind::Person,
                id: greta.id.into(),
            }],
        )
        .unwrap();
    drop(store);
    assert!(
        contains(&std::fs::read(&path).unwrap(), "Glömdsdotter"),
        "the history keeps the deleted person until forgotten"
    );
    let size_before = std::fs::metadata(&path).unwrap().len();

    let mut store = Store::open(&path, "Kristian").unwrap();
    let document = store.document().clone();
    assert_eq!(store.forget("Kristian", greta.id.into()).unwrap(), 1);
    assert_eq!(store.document(), &document, "the document is unchanged");
    drop(store);

    let bytes = std::fs::read(&path).unwrap();
    assert!(
        !contains(&bytes, "Glömdsdotter"),
        "no byte of the name is left"
    );
    assert!(!contains(&bytes, "greta@example.com"));
    assert!(bytes.len() as u64 <= size_before);
    let store = Store::open(&path, "Kristian").unwrap();
    let history = store.history().unwrap();
    let last = history.last().unwrap();
    assert_eq!(last.action, EditAction::Forget);
    assert_eq!(last.user, "Kristian");
    assert!(last.changes.is_empty(), "what was forgotten is not said");
    assert!(history
        .iter()
        .flat_map(|e| &e.changes)
        .all(|c| c.id != Uuid::from(greta.id)));
}

#[test]
fn only_a_deleted_record_can_be_forgotten_and_undo_stops_at_a_forget() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.sqlite");
    let mut store = Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap();
    let live = store.document().people[0].id;
    let error = store.forget("Jim", live.into()).unwrap_err();
    assert_eq!(error.code(), "not_forgettable");
    let error = store.forget("Jim", Uuid::new_v4()).unwrap_err();
    assert_eq!(error.code(), "not_forgettable");

    let register = store.document().registers[0].clone();
    let parts = store
        .document()
        .records()
        .iter()
        .filter(|r| r.register() == Some(register.id))
        .count();
    store
        .apply(
            "Jim",
            &[Edit::Delete {
                kind: RecordKind::Register,
                id: register.id.into(),
            }],
        )
        .unwrap();
    assert_eq!(
        store.forget("Jim", register.id.into()).unwrap(),
        1 + parts,
        "a register's deleted parts are forgotten with it"
    );
    assert!(
        store.undo("Jim").unwrap().is_none(),
        "a forget ends what can be undone"
    );
    let bytes = std::fs::read(&path).unwrap();
    assert!(!contains(&bytes, &register.name.sv));
}

#[test]
fn a_copy_without_history_holds_the_same_document_and_only_its_creation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("btb.sqlite");
    let mut store = Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap();
    let greta = person("Greta Glömdsdotter");
    store
        .apply(
            "Jim",
            &[Edit::Put {
                record: Record::Person(greta.clone()),
            }],
        )
        .unwrap();
    store
        .apply(
            "Jim",
            &[Edit::Delete {
                kind: RecordKind::Person,
                id: greta.id.into(),
            }],
        )
        .unwrap();
    let copy = dir.path().join("to-send.sqlite");
    store
        .save_copy(&copy, Copy::WithoutHistory, "Kristian")
        .unwrap();
    assert_eq!(
        store
            .save_copy(&copy, Copy::WithoutHistory, "Kristian")
            .unwrap_err()
            .code(),
        "file_exists"
    );
    let copied = Store::open(&copy, "Kristian").unwrap();
    assert_eq!(
        exchange::to_json(copied.document()),
        exchange::to_json(store.document())
    );
    let history = copied.history().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].user, "Kristian");
    assert!(!contains(&std::fs::read(&copy).unwrap(), "Glömdsdotter"));
}

#[test]
fn old_requests_are_deleted_and_forgotten_in_one_go() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("requests.sqlite");
    let mut store = Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap();
    let requests: Vec<DataSubjectRequest> = ["Olle Frågeström", "Tiina Kysyjä"]
        .into_iter()
        .map(|name| {
            let mut request = DataSubjectRequest::new();
            request.requester = name.into();
            request.answered = chrono::NaiveDate::from_ymd_opt(2019, 5, 2);
            request
        })
        .collect();
    let kept = DataSubjectRequest {
        requester: "Kalle Kvar".into(),
        ..DataSubjectRequest::new()
    };
    let edits: Vec<Edit> = requests
        .iter()
        .chain([&kept])
        .map(|r| Edit::Put {
            record: Record::DataSubjectRequest(r.clone()),
        })
        .collect();
    store.apply("Jim", &edits).unwrap();
    let ids: Vec<Uuid> = requests.iter().map(|r| r.id.into()).collect();

    let (changes, forgotten) = store
        .delete_and_forget("Kristian", RecordKind::DataSubjectRequest, &ids)
        .unwrap();
    assert_eq!(forgotten, 2);
    assert_eq!(changes.len(), 2, "the deletion names what it took");
    assert_eq!(store.document().data_subject_requests, vec![kept]);
    drop(store);

    let bytes = std::fs::read(&path).unwrap();
    assert!(
        !contains(&bytes, "Frågeström"),
        "no byte of a forgotten requester"
    );
    assert!(!contains(&bytes, "Kysyjä"));
    assert!(contains(&bytes, "Kalle Kvar"), "the kept request stays");
    let store = Store::open(&path, "Kristian").unwrap();
    let history = store.history().unwrap();
    let actions: Vec<_> = history.iter().rev().take(2).map(|e| e.action).collect();
    assert_eq!(actions, [EditAction::Forget, EditAction::Edit]);
    assert_eq!(
        store.undo_redo_available().unwrap(),
        (false, false),
        "a forget ends what can be undone"
    );
}

#[test]
fn nothing_is_forgotten_when_one_record_cannot_be() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mixed.sqlite");
    let mut store = Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap();
    let live: Uuid = store.document().registers[0].id.into();
    let gone = store.document().registers[1].id;
    store
        .apply(
            "Jim",
            &[Edit::Delete {
                kind: RecordKind::Register,
                id: gone.into(),
            }],
        )
        .unwrap();
    let edits = store.history().unwrap().len();
    let error = store.forget_all("Jim", &[gone.into(), live]).unwrap_err();
    assert_eq!(error.code(), "not_forgettable");
    assert_eq!(
        store.history().unwrap().len(),
        edits,
        "no forget was written"
    );
    assert!(store.forget_all("Jim", &[gone.into()]).unwrap() >= 1);
}
