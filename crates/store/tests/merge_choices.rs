//! The merge review's choices (docs/merge.md): a change of the other copy
//! the user leaves stays out, a conflict takes the side the user picked or a
//! text they wrote, the review lists the changes by register with conflicts
//! first, and the merge with choices is still one edit that one undo takes back.

use kirjuri_model::{Edit, ProcessingRole, Record, RecordKind};
use kirjuri_store::compare::{
    plan_merge_with, Choice, Choices, CompareOptions, ConflictChoice, MergeError, Policy, RecordRef,
};
use kirjuri_store::{Copy, Store};

struct Copies {
    _folder: tempfile::TempDir,
    mine: Store,
    theirs: Store,
}

fn put(store: &mut Store, user: &str, record: Record) {
    store.apply(user, &[Edit::Put { record }]).unwrap();
}

/// The example; the accountant's copy renames the first register (sv),
/// changes the second register's description (fi) and the first retention
/// rule; mine renames the first register (sv) too: one conflict beside two
/// changes that do not conflict.
fn copies() -> Copies {
    let folder = tempfile::tempdir().unwrap();
    let mine_path = folder.path().join("btb.sqlite");
    let theirs_path = folder.path().join("btb-accountant.sqlite");
    let mut mine =
        Store::create_from(&mine_path, &kirjuri_model::example::btb_plaza(), "Director").unwrap();
    mine.save_copy(&theirs_path, Copy::WithHistory, "Director")
        .unwrap();
    let mut theirs = Store::open(&theirs_path, "Accountant").unwrap();
    let mut first = theirs.document().registers[0].clone();
    first.name.sv = "Kunder (bokföring)".into();
    put(&mut theirs, "Accountant", Record::Register(first));
    let mut second = theirs.document().registers[1].clone();
    second.description.fi = "Kirjanpitäjän kuvaus".into();
    put(&mut theirs, "Accountant", Record::Register(second));
    let mut rule = theirs.document().retention_rules[0].clone();
    rule.period.sv = "10 år".into();
    put(&mut theirs, "Accountant", Record::RetentionRule(rule));
    drop(theirs);
    let theirs = Store::open_read_only(&theirs_path).unwrap();
    let mut first = mine.document().registers[0].clone();
    first.name.sv = "Kunder (direktör)".into();
    put(&mut mine, "Director", Record::Register(first));
    Copies {
        _folder: folder,
        mine,
        theirs,
    }
}

fn conflict_choice(id: uuid::Uuid, field: &str, choice: Choice) -> ConflictChoice {
    ConflictChoice {
        kind: RecordKind::Register,
        id,
        field: field.into(),
        choice,
    }
}

#[test]
fn the_review_groups_by_register_with_the_conflict_first_and_offers_the_rest() {
    let c = copies();
    let plan = plan_merge_with(
        &c.mine,
        &c.theirs,
        Policy::Ask,
        &Choices::default(),
        CompareOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.open_conflicts(), 1);
    let groups = plan.review();
    let first = c.mine.document().registers[0].id;
    assert_eq!(
        groups[0].register,
        Some(first.into()),
        "the group with the conflict comes first"
    );
    assert_eq!(groups[0].items[0].conflicts.len(), 1);
    assert_eq!(groups[0].items[0].conflicts[0].field, "name.sv");
    assert!(!groups[0].items[0].conflicts[0].chosen);
    let all: Vec<_> = groups.iter().flat_map(|g| &g.items).collect();
    assert_eq!(
        all.len(),
        3,
        "three records the accountant changed: {all:#?}"
    );
    // What only the other copy changed is taken unless the user leaves it.
    for item in all.iter().filter(|i| i.conflicts.is_empty()) {
        assert!(item.taken && !item.left, "{item:#?}");
    }
    // A part sits with its register.
    let rule = &c.theirs.document().retention_rules[0];
    let rule_group = groups
        .iter()
        .find(|g| g.items.iter().any(|i| i.id == uuid::Uuid::from(rule.id)))
        .unwrap();
    assert_eq!(rule_group.register, Some(rule.register.into()));
}

#[test]
fn a_change_left_stays_out_and_the_picked_side_is_taken_in_one_undoable_edit() {
    let mut c = copies();
    let before = c.mine.document().clone();
    let first = before.registers[0].id;
    let rule = c.theirs.document().retention_rules[0].id;
    let choices = Choices {
        leave: vec![RecordRef {
            kind: RecordKind::RetentionRule,
            id: rule.into(),
        }],
        conflicts: vec![conflict_choice(first.into(), "name.sv", Choice::Theirs)],
    };
    let plan = plan_merge_with(
        &c.mine,
        &c.theirs,
        Policy::Ask,
        &choices,
        CompareOptions::default(),
    )
    .unwrap();
    assert_eq!(
        plan.open_conflicts(),
        0,
        "the user decided the one conflict"
    );
    assert!(plan.conflicts[0].chosen && plan.conflicts[0].took_theirs);
    let note = plan.note();
    assert!(
        note.contains("left theirs' change of retention_rule"),
        "{note}"
    );
    assert!(note.contains("btb-accountant.sqlite"), "{note}");
    c.mine.merge("Director", &plan).unwrap();
    let after = c.mine.document();
    assert_eq!(after.registers[0].name.sv, "Kunder (bokföring)");
    assert_eq!(after.registers[1].description.fi, "Kirjanpitäjän kuvaus");
    assert_eq!(
        after.retention_rules.iter().find(|r| r.id == rule),
        before.retention_rules.iter().find(|r| r.id == rule),
        "the rule left keeps mine"
    );
    c.mine.undo("Director").unwrap();
    assert_eq!(
        c.mine.document(),
        &before,
        "one undo takes the whole merge back"
    );
}

#[test]
fn a_text_of_ones_own_replaces_both_sides_and_is_named_in_the_note() {
    let mut c = copies();
    let first = c.mine.document().registers[0].id;
    let choices = Choices {
        leave: Vec::new(),
        conflicts: vec![conflict_choice(
            first.into(),
            "name.sv",
            Choice::Text {
                text: "Kunder".into(),
            },
        )],
    };
    let plan = plan_merge_with(
        &c.mine,
        &c.theirs,
        Policy::Ask,
        &choices,
        CompareOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.conflicts[0].written.as_deref(), Some("Kunder"));
    assert!(
        plan.note().contains("wrote a text of mine for register"),
        "{}",
        plan.note()
    );
    c.mine.merge("Director", &plan).unwrap();
    assert_eq!(c.mine.document().registers[0].name.sv, "Kunder");
    // The rest of the accountant's changes came along.
    assert_eq!(
        c.mine.document().registers[1].description.fi,
        "Kirjanpitäjän kuvaus"
    );
}

#[test]
fn a_text_where_the_record_holds_a_code_is_refused_and_nothing_is_planned() {
    let folder = tempfile::tempdir().unwrap();
    let mine_path = folder.path().join("a.sqlite");
    let theirs_path = folder.path().join("b.sqlite");
    let mut mine =
        Store::create_from(&mine_path, &kirjuri_model::example::btb_plaza(), "Director").unwrap();
    mine.save_copy(&theirs_path, Copy::WithHistory, "Director")
        .unwrap();
    let set_role = |store: &mut Store, role| {
        let mut register = store.document().registers[0].clone();
        register.role = Some(role);
        put(store, "x", Record::Register(register));
    };
    let mut theirs = Store::open(&theirs_path, "Accountant").unwrap();
    set_role(&mut theirs, ProcessingRole::JointController);
    drop(theirs);
    set_role(&mut mine, ProcessingRole::Processor);
    let theirs = Store::open_read_only(&theirs_path).unwrap();
    let id = mine.document().registers[0].id;
    let plan = plan_merge_with(
        &mine,
        &theirs,
        Policy::Ask,
        &Choices::default(),
        CompareOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(plan.conflicts[0].field, "role");
    let choices = Choices {
        leave: Vec::new(),
        conflicts: vec![conflict_choice(
            id.into(),
            "role",
            Choice::Text {
                text: "anything".into(),
            },
        )],
    };
    let refused = plan_merge_with(
        &mine,
        &theirs,
        Policy::Ask,
        &choices,
        CompareOptions::default(),
    );
    match refused {
        Err(MergeError::NotAText { field, .. }) => assert_eq!(field, "role"),
        other => panic!("a text in place of a role was not refused: {other:?}"),
    }
    assert_eq!(
        mine.document().registers[0].role,
        Some(ProcessingRole::Processor),
        "nothing was written"
    );
}
