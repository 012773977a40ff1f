//! What an import leaves for its review: the old document's sections, which
//! together hold every passage in order, each with the register parts its
//! text filled; the old text kept on the organisation of a new document; and
//! an import into an open document made as one edit that the model accepts,
//! refused while an earlier import is still under review.

use kirjuri_import::{import, ImportError, Options};
use kirjuri_model::*;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = root().join("../shared/seeds");
    let mut all: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".txt"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    all.sort();
    all
}

#[test]
fn the_sections_hold_every_passage_in_order_and_the_marks_of_the_registers() {
    for (name, bytes) in seeds() {
        let imported =
            import(&bytes, &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let description = imported.description(&name);
        let kept: Vec<&str> = description
            .sections
            .iter()
            .flat_map(|s| &s.passages)
            .map(|p| p.text.as_str())
            .collect();
        let read: Vec<&str> = imported.passages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            kept, read,
            "{name}: the sections hold every passage, in order"
        );
        assert!(description.sections.len() >= 5, "{name}: its sections");
        assert!(description
            .sections
            .iter()
            .skip(1)
            .all(|s| !s.heading.is_empty()));
        // Every unreviewed mark of a register comes from a section, so
        // confirming every section clears them all.
        let marks: Vec<TemplateSection> = description
            .sections
            .iter()
            .flat_map(|s| s.marks.clone())
            .collect();
        for register in &imported.document.registers {
            for mark in &register.unreviewed_template_text {
                assert!(
                    marks.contains(mark),
                    "{name}: {mark:?} belongs to a section"
                );
            }
        }
        assert_eq!(
            description.registers,
            imported
                .document
                .registers
                .iter()
                .map(|r| Uuid::from(r.id))
                .collect::<Vec<_>>()
        );
        assert_eq!(description.not_placed(), imported.not_placed().count());
        assert!(!description.review_finished());
    }
}

#[test]
fn a_new_document_keeps_the_old_text_for_its_review_and_it_round_trips_in_json() {
    let (name, bytes) = seeds().remove(3);
    let imported = import(&bytes, &Options::default()).unwrap();
    let document = imported.document_for_review(&name);
    let kept = document.organisation.imported_description.clone().unwrap();
    assert_eq!(kept.file_name, name);
    let json = exchange::to_json(&document);
    let back = exchange::from_json(&json).unwrap();
    assert_eq!(back.organisation.imported_description, Some(kept));
    // A document without one writes no such field.
    assert!(!exchange::to_json(&imported.document).contains("imported_description"));
}

#[test]
fn an_import_into_an_open_document_is_one_edit_and_waits_for_the_review_before_the_next() {
    let (name, bytes) = seeds().remove(2);
    let mut existing = Document::new(LocalizedText::new("Oma Oy", "Oma Oy", "Oma Oy"));
    existing.organisation.email = "tietosuoja@oma.fi".into();
    let imported = import(&bytes, &Options::default()).unwrap();
    let edits = imported.into_document(&existing, &name).unwrap();
    let (after, _) = existing
        .plan(&edits)
        .expect("the edit refers only to its own records");
    assert_eq!(after.registers.len(), imported.document.registers.len());
    assert_eq!(
        after.organisation.name, existing.organisation.name,
        "the open document's name stays"
    );
    assert_eq!(
        after.organisation.email, "tietosuoja@oma.fi",
        "a detail it has is not replaced"
    );
    // The name and e-mail the document has are kept: the passages that
    // stated others are listed as not placed, not said to be placed.
    let kept = after.organisation.imported_description.clone().unwrap();
    let organisation_passages: Vec<_> =
        kept.sections
            .iter()
            .flat_map(|s| &s.passages)
            .filter(|p| {
                imported.passages.iter().any(|q| {
                    q.text == p.text && q.place.as_deref() == Some("the organisation: name")
                })
            })
            .collect();
    assert!(
        !organisation_passages.is_empty(),
        "{name} names its controller"
    );
    assert!(organisation_passages.iter().all(|p| p.place.is_none()));
    assert!(kept.not_placed() >= imported.not_placed().count() + organisation_passages.len());
    assert!(matches!(
        imported.into_document(&after, &name),
        Err(ImportError::ReviewPending)
    ));
}
