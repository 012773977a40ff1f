//! One writer at a time: a second opening is refused and told who holds the
//! file, a commit never writes over a file that changed behind the store's
//! back, and a lock from another computer is broken only on request. (A lock
//! left by a process killed with `kill -9` is recovered in store.rs's crash
//! test; a second process is refused in the CLI's tests.)

use kirjuri_model::*;
use kirjuri_store::{lock, LockHolder, Store, StoreError};
use std::path::Path;

fn register(name: &str) -> Edit {
    Edit::Put {
        record: Record::Register(Register::new(LocalizedText::same(name))),
    }
}

fn new_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("gdpr.sqlite");
    drop(Store::create(&path, LocalizedText::same("BTB Plaza Ab"), "Jim").unwrap());
    path
}

fn holder_of(error: StoreError) -> (Option<LockHolder>, bool) {
    match error {
        StoreError::InUse {
            holder,
            may_be_broken,
            ..
        } => (holder.map(|h| *h), may_be_broken),
        other => panic!("expected in_use, got {other}"),
    }
}

fn names(store: &Store) -> Vec<String> {
    store
        .document()
        .registers
        .iter()
        .map(|r| r.name.sv.clone())
        .collect()
}

#[test]
fn a_second_store_on_an_open_file_is_told_who_has_it_and_may_read_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(dir.path());
    let mut first = Store::open(&path, "Jim").unwrap();
    first.apply("Jim", &[register("Kundregister")]).unwrap();

    let error = Store::open(&path, "Kristian").unwrap_err();
    assert_eq!(error.code(), "in_use");
    assert!(error.to_string().contains("by Jim on"), "{error}");
    let (holder, may_be_broken) = holder_of(error);
    let holder = holder.unwrap();
    assert_eq!(holder.user, "Jim");
    assert_eq!(holder.pid, std::process::id());
    assert!(
        !may_be_broken,
        "a window on this computer that is still open keeps its lock"
    );

    let mut reader = Store::open_read_only(&path).unwrap();
    assert_eq!(names(&reader), ["Kundregister"]);
    assert_eq!(
        reader
            .apply("Kristian", &[register("X")])
            .unwrap_err()
            .code(),
        "read_only"
    );
    drop(first);
    Store::open(&path, "Kristian").expect("free once the first store closes");
}

#[test]
fn a_store_whose_lock_was_broken_saves_nothing_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(dir.path());
    let mut a = Store::open(&path, "Jim").unwrap();
    let seen = holder_of(Store::open(&path, "Kristian").unwrap_err()).0;
    // Kristian, on another machine, was shown Jim's lock and chose to break it.
    let mut b = Store::open_breaking_lock(&path, "Kristian", seen.as_ref()).unwrap();
    b.apply("Kristian", &[register("Kristians register")])
        .unwrap();

    let error = a.apply("Jim", &[register("Jims register")]).unwrap_err();
    assert_eq!(error.code(), "lock_lost");
    assert!(
        names(&a).is_empty(),
        "the refused edit is not shown as saved"
    );
    drop(a);
    assert!(
        !b.is_read_only() && lock::lock_path(&path).exists(),
        "dropping A leaves B's lock"
    );
    drop(b);
    assert_eq!(
        names(&Store::open_read_only(&path).unwrap()),
        ["Kristians register"]
    );
}

#[test]
fn a_commit_is_refused_when_another_writer_changed_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(dir.path());
    let mut a = Store::open(&path, "Jim").unwrap();
    // Another program (or a Kirjuri that ignored the lock) writes the file meanwhile.
    let lock_file = lock::lock_path(&path);
    let lock_bytes = std::fs::read(&lock_file).unwrap();
    std::fs::remove_file(&lock_file).unwrap();
    let mut b = Store::open(&path, "Kristian").unwrap();
    b.apply("Kristian", &[register("B")]).unwrap();
    drop(b);
    std::fs::write(&lock_file, lock_bytes).unwrap();

    let error = a.apply("Jim", &[register("A")]).unwrap_err();
    assert_eq!(error.code(), "changed_on_disk", "{error}");
    drop(a);
    assert_eq!(names(&Store::open_read_only(&path).unwrap()), ["B"]);
}

#[test]
fn a_commit_is_refused_when_a_sync_client_replaced_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(dir.path());
    let mut a = Store::open(&path, "Jim").unwrap();
    // The copy from another machine arrives and is renamed over the file.
    let arriving = dir.path().join("arriving.sqlite");
    std::fs::copy(&path, &arriving).unwrap();
    std::fs::rename(&arriving, &path).unwrap();

    let error = a.apply("Jim", &[register("A")]).unwrap_err();
    assert_eq!(error.code(), "changed_on_disk", "{error}");
}

#[test]
fn a_lock_from_another_computer_is_broken_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(dir.path());
    let other = LockHolder {
        user: "Kristian".into(),
        host: "kontoret-pc".into(),
        pid: 4242,
        since: "2026-11-30T08:00:00Z".into(),
        started: None,
        token: "t-1".into(),
    };
    std::fs::write(lock::lock_path(&path), serde_json::to_vec(&other).unwrap()).unwrap();

    let error = Store::open(&path, "Jim").unwrap_err();
    assert!(
        error.to_string().contains("by Kristian on kontoret-pc"),
        "{error}"
    );
    let (holder, may_be_broken) = holder_of(error);
    assert_eq!(holder.as_ref(), Some(&other));
    assert!(may_be_broken);

    let mut newer = other.clone();
    newer.token = "t-2".into();
    let error = Store::open_breaking_lock(&path, "Jim", Some(&newer)).unwrap_err();
    assert_eq!(
        error.code(),
        "in_use",
        "a lock other than the one shown stays"
    );

    let store = Store::open_breaking_lock(&path, "Jim", Some(&other)).unwrap();
    assert_eq!(store.lock_holder().unwrap().user, "Jim");
}

#[test]
fn an_unreadable_lock_is_reported_and_can_be_broken() {
    let dir = tempfile::tempdir().unwrap();
    let path = new_file(dir.path());
    // A crash between creating the lock file and writing it leaves it empty.
    std::fs::write(lock::lock_path(&path), b"").unwrap();
    let (holder, may_be_broken) = holder_of(Store::open(&path, "Jim").unwrap_err());
    assert_eq!(holder, None);
    assert!(may_be_broken);
    Store::open_breaking_lock(&path, "Jim", None).unwrap();
}
