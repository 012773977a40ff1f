//! The edit session without a window: every edit, undo, redo and
//! delete-and-forget answers with splices that turn the list shown before into
//! exactly what a whole check finds now, the generations follow each other,
//! and the clock is the session's.

use chrono::{NaiveDate, NaiveDateTime};
use kirjuri_model::{
    example, Breach, DataSubjectRequest, Edit, Finding, FindingCode, Language, LocalizedText,
    Record, RecordKind, Splice,
};
use kirjuri_session::{ChangesView, FixedClock, Session};
use kirjuri_store::Store;
use uuid::Uuid;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn session(dir: &tempfile::TempDir, now: &str) -> Session {
    let path = dir.path().join("session.sqlite");
    let store = Store::create_from(&path, &example::btb_plaza(), "Jim").unwrap();
    Session::new(store, Box::new(FixedClock(at(now))))
}

/// The window's list after `splices`, as `ui/app/changes.js` applies them.
fn spliced(list: &[Finding], splices: &[Splice<Finding>]) -> Vec<Finding> {
    let mut out = list.to_vec();
    for splice in splices.iter().rev() {
        out.splice(
            splice.at..splice.at + splice.remove,
            splice.insert.iter().cloned(),
        );
    }
    out
}

/// Follows one change as the window does and checks it against a whole check.
fn follow(
    session: &Session,
    shown: &mut (u64, Vec<Finding>),
    view: &ChangesView,
    language: Language,
) {
    assert_eq!(
        view.findings.from, shown.0,
        "the splices are of the list shown"
    );
    assert!(view.findings.to > shown.0, "a new generation per change");
    shown.1 = spliced(&shown.1, &view.findings.splices);
    shown.0 = view.findings.to;
    assert_eq!(
        shown.1,
        session.findings(Some(language)),
        "the kept checks and a whole check agree"
    );
}

fn rename_register(session: &Session, index: usize, name: &str) -> Edit {
    let mut register = session.document().registers[index].clone();
    register.name.set(Language::Fi, name);
    Edit::Put {
        record: Record::Register(register),
    }
}

#[test]
fn apply_undo_and_redo_splice_the_shown_list_into_a_whole_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = session(&dir, "2026-12-06 12:00");
    let panel = session.panel_findings(Some(Language::Fi));
    assert_eq!(panel.findings, session.findings(Some(Language::Fi)));
    let mut shown = (panel.generation, panel.findings);

    // An emptied name is an error of that register alone.
    let view = session
        .apply("Jim", &[rename_register(&session, 0, "")])
        .unwrap();
    assert_eq!(view.changes.changed.len(), 1);
    assert!(view.can_undo);
    follow(&session, &mut shown, &view, Language::Fi);
    assert!(shown.1.iter().any(|f| f.field.starts_with("name")));

    // Two registers in one edit, then undo and redo.
    let edits = [
        rename_register(&session, 1, "Asiakkaat"),
        rename_register(&session, 2, ""),
    ];
    let view = session.apply("Jim", &edits).unwrap();
    assert_eq!(view.changes.changed.len(), 2);
    follow(&session, &mut shown, &view, Language::Fi);

    let undone = session.undo("Jim").unwrap();
    assert!(undone.undone);
    assert!(undone.summary.is_some(), "the undo names what it undid");
    follow(&session, &mut shown, &undone.changed, Language::Fi);
    assert!(!session.document().registers[2]
        .name
        .get(Language::Fi)
        .is_empty());

    let redone = session.redo("Jim").unwrap();
    assert!(redone.undone);
    assert!(redone.changed.can_undo);
    follow(&session, &mut shown, &redone.changed, Language::Fi);

    // Nothing left to redo: still an answer, still a generation.
    let nothing = session.redo("Jim").unwrap();
    assert!(!nothing.undone);
    assert!(nothing.changed.changes.changed.is_empty());
    follow(&session, &mut shown, &nothing.changed, Language::Fi);
}

#[test]
fn the_whole_list_again_starts_a_new_generation_in_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = session(&dir, "2026-12-06 12:00");
    let first = session.panel_findings(None);
    let again = session.panel_findings(Some(Language::En));
    assert!(again.generation > first.generation);
    assert_eq!(again.findings, session.findings(Some(Language::En)));
    // Changes follow the language the list was last asked in.
    let mut shown = (again.generation, again.findings);
    let view = session
        .apply("Jim", &[rename_register(&session, 0, "Kunder")])
        .unwrap();
    follow(&session, &mut shown, &view, Language::En);
}

#[test]
fn delete_and_forget_takes_the_requests_out_of_the_list_and_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = session(&dir, "2026-12-06 12:00");
    let mut old = DataSubjectRequest::new();
    old.requester = "Olle Frågeström".into();
    old.received = NaiveDate::from_ymd_opt(2019, 3, 1);
    old.answered = NaiveDate::from_ymd_opt(2019, 3, 20);
    let id: Uuid = old.id.into();
    let panel = session.panel_findings(Some(Language::Sv));
    let mut shown = (panel.generation, panel.findings);
    let view = session
        .apply(
            "Jim",
            &[Edit::Put {
                record: Record::DataSubjectRequest(old),
            }],
        )
        .unwrap();
    follow(&session, &mut shown, &view, Language::Sv);
    assert!(
        shown.1.iter().any(|f| f.id == id),
        "an answered request five years old is a finding: delete it"
    );

    let view = session
        .delete_and_forget("Kristian", RecordKind::DataSubjectRequest, &[id])
        .unwrap();
    assert_eq!(view.changes.removed.len(), 1);
    assert!(!view.can_undo, "a forget ends what can be undone");
    follow(&session, &mut shown, &view, Language::Sv);
    assert!(!shown.1.iter().any(|f| f.id == id));
    let path = session.store().path().to_path_buf();
    drop(session);
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes
        .windows(10)
        .any(|w| w == "Frågeström".as_bytes()[..10].as_ref()));
}

#[test]
fn the_clock_is_the_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let mut breach = Breach::new(LocalizedText::same("Lost laptop"));
    breach.discovered = Some(at("2026-12-01 09:00"));
    let edit = Edit::Put {
        record: Record::Breach(breach.clone()),
    };
    let missed = |session: &Session| {
        session.findings(None).iter().any(|f| {
            f.id == Uuid::from(breach.id) && f.code == FindingCode::BreachNotificationMissed
        })
    };
    // 71 hours after discovery the notification is not late yet; 73 hours after, it is.
    let mut early = session(&dir, "2026-12-04 08:00");
    early.apply("Jim", std::slice::from_ref(&edit)).unwrap();
    assert!(!missed(&early));
    assert!(early
        .calendar()
        .iter()
        .any(|due| due.id == Uuid::from(breach.id)));
    drop(early);
    let store = Store::open(&dir.path().join("session.sqlite"), "Jim").unwrap();
    let late = Session::new(store, Box::new(FixedClock(at("2026-12-04 10:00"))));
    assert!(missed(&late));
}

#[test]
fn a_new_session_never_gives_a_generation_already_given() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = session(&dir, "2026-12-06 12:00");
    let mut last = first.panel_findings(None).generation;
    last = last.max(
        first
            .apply("Jim", &[rename_register(&first, 0, "A")])
            .unwrap()
            .findings
            .to,
    );
    drop(first);
    let store = Store::open(&dir.path().join("session.sqlite"), "Jim").unwrap();
    let mut second = Session::new(store, Box::new(FixedClock(at("2026-12-06 12:00"))));
    assert!(
        second.panel_findings(None).generation > last,
        "the window takes the next document's list for new"
    );
}
