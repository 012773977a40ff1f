//! The data step of schema version 5: in a file that Kirjuri wrote before
//! answers became three-state, the kinds and the register role that the
//! editor of then set by default, which no person is known to have chosen,
//! become "not answered" (`kirjuri_model::upgrade`). The file's edit log tells
//! them apart: a field some edit changed was set by a person. The step is one
//! logged edit by "Kirjuri", so the history shows it and undo can take it back.
//! It leaves files written since alone (no register, now or in the log,
//! carries format 1's booleans), and a new file has nothing to change.

use super::{load, write_edit, Result, StoreError};
use crate::history::EditAction;
use kirjuri_model::{upgrade, RecordChange, RecordKind};
use rusqlite::{Connection, OptionalExtension};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use uuid::Uuid;

/// Who the upgrade's edit is logged as.
pub const UPGRADE_USER: &str = "Kirjuri";

pub(crate) fn forget_unset_defaults(connection: &Connection, path: &Path) -> Result<()> {
    let sqlite = |e| StoreError::sqlite(path, e);
    if !written_before_answers(connection).map_err(sqlite)? {
        return Ok(());
    }
    let mut document = load(connection, path)?;
    let failed = RefCell::new(None);
    let changed = upgrade::forget_unset_defaults(&mut document, |kind, id, field| {
        set_by_person(connection, kind, id, field).unwrap_or_else(|e| {
            failed.borrow_mut().get_or_insert(e);
            true
        })
    });
    if let Some(error) = failed.into_inner() {
        return Err(sqlite(error));
    }
    if changed.is_empty() {
        return Ok(());
    }
    let changes: Vec<RecordChange> = changed
        .into_iter()
        .map(|(before, after)| RecordChange {
            kind: after.kind(),
            id: after.id(),
            before: Some(before),
            after: Some(after),
        })
        .collect();
    write_edit(
        connection,
        UPGRADE_USER,
        EditAction::Edit,
        None,
        &changes,
        &HashMap::new(),
        None,
    )
    .map_err(sqlite)?;
    Ok(())
}

/// Whether some register, as it is now or in any state the log keeps, was
/// written before answers became three-state.
fn written_before_answers(connection: &Connection) -> rusqlite::Result<bool> {
    let mut statement = connection.prepare(
        "SELECT data FROM register
         UNION ALL SELECT before FROM edit_record WHERE kind = 'register' AND before IS NOT NULL
         UNION ALL SELECT after FROM edit_record WHERE kind = 'register' AND after IS NOT NULL",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let data: String = row.get(0)?;
        // A state that does not parse is not this step's to judge (loading reports it).
        if serde_json::from_str::<serde_json::Value>(&data)
            .is_ok_and(|value| upgrade::written_before_answers(&value))
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether an edit in the log changed `field` of the record: only a person
/// changes a field after the record was made.
fn set_by_person(
    connection: &Connection,
    kind: RecordKind,
    id: Uuid,
    field: &str,
) -> rusqlite::Result<bool> {
    let path = format!("$.{field}");
    connection
        .query_row(
            "SELECT 1 FROM edit_record
             WHERE kind = ?1 AND record_id = ?2 AND before IS NOT NULL AND after IS NOT NULL
               AND json_extract(before, ?3) IS NOT json_extract(after, ?3)
             LIMIT 1",
            (kind.name(), id.to_string(), path),
            |_| Ok(()),
        )
        .optional()
        .map(|found| found.is_some())
}
