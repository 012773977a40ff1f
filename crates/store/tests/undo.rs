//! Undo and redo through the store restore the document exactly: random
//! sequences of puts and deletes of every record kind (with the cascades a
//! delete brings), undone to the start and redone to the end, compared as the
//! JSON export, in memory and as read back from the file. Every edit, undo
//! and redo answers with a change set that names exactly the records it
//! changed and removed, and that turns the document before into the one after;
//! the document the store holds in memory is the one its file holds, and the
//! window's checks kept edit by edit (`Checker`) find what a whole check finds.

use kirjuri_model::*;
use kirjuri_store::{Store, SummaryVerb};
use serde_json::Value;

/// A small deterministic generator (xorshift64*), so that a failing sequence can be replayed by its seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

fn json(document: &Document) -> String {
    exchange::to_json(document)
}

/// Asserts two JSON exports are equal, showing the first lines that differ (the whole export is long).
fn assert_same(actual: &str, expected: &str, what: &str) {
    if actual == expected {
        return;
    }
    let actual: Vec<&str> = actual.lines().collect();
    let expected: Vec<&str> = expected.lines().collect();
    let first = (0..actual.len().max(expected.len()))
        .find(|&i| actual.get(i) != expected.get(i))
        .unwrap_or(0);
    let from = first.saturating_sub(6);
    panic!(
        "{what}: the documents differ at line {first}\n--- actual\n{}\n--- expected\n{}",
        actual[from.min(actual.len())..(first + 6).min(actual.len())].join("\n"),
        expected[from.min(expected.len())..(first + 6).min(expected.len())].join("\n"),
    );
}

/// A new record like a random existing one of the same kind, with a new id and a changed text.
fn new_record_like(random: &mut Random, record: &Record) -> Option<Record> {
    let mut value = serde_json::to_value(record).ok()?;
    value["record"]["id"] = Value::String(Uuid::new_v4().to_string());
    change_text(random, &mut value["record"]);
    serde_json::from_value(value).ok()
}

/// The record with its name or description changed.
fn changed(random: &mut Random, record: &Record) -> Option<Record> {
    let mut value = serde_json::to_value(record).ok()?;
    change_text(random, &mut value["record"]);
    serde_json::from_value(value).ok()
}

fn change_text(random: &mut Random, record: &mut Value) {
    let text = format!("text {}", random.next() % 100_000);
    for field in ["name", "description", "vendor"] {
        match &mut record[field] {
            Value::String(name) => {
                *name = text;
                return;
            }
            Value::Object(localized) => {
                localized.insert("sv".into(), Value::String(text));
                return;
            }
            _ => {}
        }
    }
}

/// The change set of `changes` (as the window gets it) names exactly the
/// records that differ between `before` and `after`, and applied to `before`
/// it gives `after`, order of every list included.
fn assert_change_set(before: &Document, after: &Document, changes: &[RecordChange], what: &str) {
    let set = after.change_set(changes);
    let old: std::collections::HashMap<(RecordKind, Uuid), Record> = before
        .records()
        .into_iter()
        .map(|r| ((r.kind(), r.id()), r))
        .collect();
    let new: std::collections::HashMap<(RecordKind, Uuid), Record> = after
        .records()
        .into_iter()
        .map(|r| ((r.kind(), r.id()), r))
        .collect();
    let mut differing: Vec<(RecordKind, Uuid)> = new
        .iter()
        .filter(|(key, record)| old.get(key) != Some(record))
        .map(|(key, _)| *key)
        .collect();
    let mut named: Vec<(RecordKind, Uuid)> = set
        .changed
        .iter()
        .map(|c| (c.record.kind(), c.record.id()))
        .collect();
    differing.sort();
    named.sort();
    assert_eq!(named, differing, "{what}: the changed records");
    let mut gone: Vec<(RecordKind, Uuid)> = old
        .keys()
        .filter(|key| !new.contains_key(key))
        .copied()
        .collect();
    let mut removed: Vec<(RecordKind, Uuid)> = set.removed.iter().map(|r| (r.kind, r.id)).collect();
    gone.sort();
    removed.sort();
    assert_eq!(removed, gone, "{what}: the removed records");
    let mut applied = before.clone();
    applied.apply_change_set(&set);
    assert_same(&json(&applied), &json(after), &format!("{what}: applied"));
    // The window reads it from JSON.
    let sent: ChangeSet = serde_json::from_str(&serde_json::to_string(&set).unwrap()).unwrap();
    assert_eq!(sent, set, "{what}: as JSON");
}

/// The store's document is its file's, and the findings kept edit by edit
/// are those of a whole check.
fn assert_kept(
    store: &Store,
    path: &std::path::Path,
    checker: &mut Checker,
    changes: &[RecordChange],
    what: &str,
) {
    let read_back = Store::open_read_only(path).unwrap();
    assert_same(
        &json(store.document()),
        &json(read_back.document()),
        &format!("{what}: in memory and in the file"),
    );
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let options = CheckOptions {
        as_of,
        export_language: None,
    };
    let now = as_of.and_hms_opt(12, 0, 0).unwrap();
    let kept = checker.check(store.document(), options, now, Some(changes));
    let whole = checks::check_at(store.document(), options, now);
    assert_eq!(kept, whole, "{what}: the findings kept edit by edit");
}

fn random_edit(random: &mut Random, document: &Document) -> Vec<Edit> {
    let records = document.records();
    let parts: Vec<&Record> = records.iter().filter(|r| r.register().is_some()).collect();
    let others: Vec<&Record> = records
        .iter()
        .filter(|r| r.kind() != RecordKind::Organisation)
        .collect();
    let count = 1 + random.below(3);
    let mut edits = Vec::new();
    for _ in 0..count {
        let edit = match random.below(10) {
            // Deleting a register cascades to its parts: make that common.
            0 | 1 => document
                .registers
                .get(random.below(document.registers.len().max(1)))
                .map(|r| Edit::Delete {
                    kind: RecordKind::Register,
                    id: r.id.into(),
                }),
            2 | 3 => random.pick(&others).map(|r| Edit::Delete {
                kind: r.kind(),
                id: r.id(),
            }),
            4 | 5 => random
                .pick(&others)
                .and_then(|r| new_record_like(random, r))
                .map(|record| Edit::Put { record }),
            6 => random
                .pick(&parts)
                .and_then(|r| new_record_like(random, r))
                .map(|record| Edit::Put { record }),
            _ => random
                .pick(&records)
                .and_then(|r| changed(random, r))
                .map(|record| Edit::Put { record }),
        };
        edits.extend(edit);
    }
    edits
}

#[test]
fn random_edits_undone_give_the_start_and_redone_give_the_end() {
    let dir = tempfile::tempdir().unwrap();
    // Every commit is synced to disk, which is what takes the time: more
    // sequences with KIRJURI_UNDO_SEEDS=N.
    let seeds: u64 = std::env::var("KIRJURI_UNDO_SEEDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(6);
    let first: u64 = std::env::var("KIRJURI_UNDO_FIRST_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    for seed in first..first + seeds {
        let path = dir.path().join(format!("seed-{seed}.sqlite"));
        let mut store = Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap();
        let start = json(store.document());
        let mut checker = Checker::default();
        assert_kept(
            &store,
            &path,
            &mut checker,
            &[],
            &format!("seed {seed}: start"),
        );
        let mut random = Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut applied = 0;
        for _ in 0..25 {
            let edits = random_edit(&mut random, store.document());
            let before = store.document().clone();
            match store.apply("Jim", &edits) {
                Ok(changes) if !changes.is_empty() => {
                    applied += 1;
                    assert_change_set(
                        &before,
                        store.document(),
                        &changes,
                        &format!("seed {seed}: edit"),
                    );
                    assert_kept(
                        &store,
                        &path,
                        &mut checker,
                        &changes,
                        &format!("seed {seed}: edit"),
                    );
                }
                Ok(_) => {}
                // Two deletes of one record in one edit, for instance: nothing is written.
                Err(error) => assert_eq!(error.code(), "invalid_edit", "seed {seed}: {error}"),
            }
        }
        assert!(applied > 8, "seed {seed}: only {applied} edits applied");
        let end = json(store.document());

        for n in 0..applied {
            let before = store.document().clone();
            let undone = store.undo("Jim").unwrap();
            let what = format!("seed {seed}: undo {n} of {applied}");
            assert!(undone.is_some(), "{what}");
            let changes = undone.unwrap().changes;
            assert_change_set(&before, store.document(), &changes, &what);
            assert_kept(&store, &path, &mut checker, &changes, &what);
        }
        assert!(store.undo("Jim").unwrap().is_none(), "seed {seed}");
        assert_same(
            &json(store.document()),
            &start,
            &format!("seed {seed}: undone"),
        );
        let read_back = Store::open_read_only(&path).unwrap();
        assert_same(
            &json(read_back.document()),
            &start,
            &format!("seed {seed}: file"),
        );
        drop(read_back);

        for n in 0..applied {
            let before = store.document().clone();
            let redone = store.redo("Jim").unwrap();
            let what = format!("seed {seed}: redo {n} of {applied}");
            assert!(redone.is_some(), "{what}");
            let changes = redone.unwrap().changes;
            assert_change_set(&before, store.document(), &changes, &what);
            assert_kept(&store, &path, &mut checker, &changes, &what);
        }
        assert!(store.redo("Jim").unwrap().is_none(), "seed {seed}");
        assert_same(
            &json(store.document()),
            &end,
            &format!("seed {seed}: redone"),
        );
        drop(store);
        let reopened = Store::open(&path, "Jim").unwrap();
        assert_same(
            &json(reopened.document()),
            &end,
            &format!("seed {seed}: file"),
        );
    }
}

#[test]
fn undo_after_deleting_a_register_brings_back_its_parts_in_their_places() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("btb.sqlite");
    let mut store = Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap();
    let start = json(store.document());
    let register = store.document().registers[0].clone();
    let parts_before = store
        .document()
        .records()
        .iter()
        .filter(|r| r.register() == Some(register.id))
        .count();
    assert!(parts_before > 5);
    store
        .apply(
            "Jim",
            &[Edit::Delete {
                kind: RecordKind::Register,
                id: register.id.into(),
            }],
        )
        .unwrap();

    let undone = store.undo("Jim").unwrap().unwrap();
    let summary = undone.summary.unwrap();
    assert_eq!(summary.verb, SummaryVerb::Deleted);
    assert_eq!(summary.kind, RecordKind::Register);
    assert_eq!(summary.name, Some(register.name.clone()));
    assert_eq!(summary.others, parts_before);
    assert_eq!(json(store.document()), start);

    let redone = store.redo("Jim").unwrap().unwrap();
    assert_eq!(redone.summary.unwrap().verb, SummaryVerb::Deleted);
    assert!(store
        .document()
        .registers
        .iter()
        .all(|r| r.id != register.id));
    store.undo("Jim").unwrap().unwrap();
    assert_eq!(json(store.document()), start, "undo, redo, undo");
    drop(store);
    assert_eq!(
        json(Store::open_read_only(&path).unwrap().document()),
        start
    );
}

#[test]
fn a_new_edit_after_an_undo_drops_what_could_be_redone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sqlite");
    let mut store = Store::create(&path, LocalizedText::same("X Ab"), "Jim").unwrap();
    let first = Register::new(LocalizedText::same("A"));
    store
        .apply(
            "Jim",
            &[Edit::Put {
                record: Record::Register(first),
            }],
        )
        .unwrap();
    store.undo("Jim").unwrap().unwrap();
    assert_eq!(store.undo_redo_available().unwrap(), (false, true));
    store
        .apply(
            "Jim",
            &[Edit::Put {
                record: Record::Register(Register::new(LocalizedText::same("B"))),
            }],
        )
        .unwrap();
    assert_eq!(store.undo_redo_available().unwrap(), (true, false));
    assert!(store.redo("Jim").unwrap().is_none());
    assert_eq!(store.document().registers.len(), 1);
    assert_eq!(store.document().registers[0].name.sv, "B");
}
