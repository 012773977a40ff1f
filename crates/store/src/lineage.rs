//! Lineage of the edit log: every edit's stable id (`edit.uid`, a UUID) and
//! its seal (`edit.hash`), a SHA-256 over the seal of the edit before it, its
//! id, its own fields and every record state it logged, as audit logs chain
//! their entries.
//!
//! The ids tell where two copies of one file parted: a copy (plain file copy
//! or `Store::save_copy` with history) keeps them, and a forget, which
//! rewrites what older edits logged, keeps them too. The seals make the log
//! tamper-evident: a log changed outside Kirjuri no longer matches its seals,
//! and history, undo and merge refuse it (`StoreError::BrokenHistory`); the
//! document itself still opens. A forget re-seals the edits it rewrote and
//! says so in its own entry's note.
//!
//! It leaves out who may write the file (`lock.rs`) and what the ids are used
//! for (`compare.rs`).

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The seal of one edit, fed in a fixed order: the edit's own fields
/// (`new`), then each record state it logged, by `seq` (`record`).
pub(crate) struct Seal(Sha256);

/// One edit's own fields, as the seal reads them.
pub(crate) struct EditFields<'a> {
    pub previous: Option<&'a str>,
    pub uid: &'a str,
    pub at: &'a str,
    pub user: &'a str,
    pub action: &'a str,
    pub undoes: Option<i64>,
    pub note: Option<&'a str>,
}

/// One logged record state, as the seal reads it.
pub(crate) struct RowFields<'a> {
    pub seq: i64,
    pub kind: &'a str,
    pub record_id: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    pub after_elsewhere: bool,
    pub position: Option<i64>,
}

impl Seal {
    pub(crate) fn new(edit: &EditFields) -> Seal {
        let mut seal = Seal(Sha256::new());
        seal.text(Some("kirjuri-edit-v1"));
        seal.text(edit.previous);
        seal.text(Some(edit.uid));
        seal.text(Some(edit.at));
        seal.text(Some(edit.user));
        seal.text(Some(edit.action));
        seal.number(edit.undoes);
        seal.text(edit.note);
        seal
    }

    pub(crate) fn record(&mut self, row: &RowFields) {
        self.number(Some(row.seq));
        self.text(Some(row.kind));
        self.text(Some(row.record_id));
        self.text(row.before);
        self.text(row.after);
        self.number(Some(i64::from(row.after_elsewhere)));
        self.number(row.position);
    }

    pub(crate) fn finish(self) -> String {
        self.0
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }

    /// Absent and empty differ, and no value runs into the next: a tag and a length before each.
    fn text(&mut self, value: Option<&str>) {
        match value {
            None => self.0.update([0u8]),
            Some(text) => {
                self.0.update([1u8]);
                self.0.update((text.len() as u64).to_le_bytes());
                self.0.update(text.as_bytes());
            }
        }
    }

    fn number(&mut self, value: Option<i64>) {
        match value {
            None => self.0.update([0u8]),
            Some(number) => {
                self.0.update([2u8]);
                self.0.update(number.to_le_bytes());
            }
        }
    }
}

/// The id an edit of an older file gets when the file is upgraded: made from
/// the id of the edit before it and the edit's own fields (never its records,
/// which a forget may rewrite), so that two copies of one older file upgraded
/// apart still share their ids up to where they parted.
fn derived_uid(previous: Option<&str>, edit: i64, fields: &EditFields) -> String {
    let mut hash = Sha256::new();
    for part in [
        previous.unwrap_or(""),
        &edit.to_string(),
        fields.at,
        fields.user,
        fields.action,
        &fields.undoes.map(|n| n.to_string()).unwrap_or_default(),
    ] {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_sha1_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// A new edit's id.
pub(crate) fn new_uid() -> String {
    Uuid::new_v4().to_string()
}

/// The seal of the newest edit before `edit` (`None` for the first edit).
pub(crate) fn previous_hash(
    connection: &Connection,
    edit: i64,
) -> rusqlite::Result<Option<String>> {
    connection
        .query_row(
            "SELECT hash FROM edit WHERE id < ?1 ORDER BY id DESC LIMIT 1",
            [edit],
            |row| row.get(0),
        )
        .optional()
        .map(Option::flatten)
}

/// One edit's row as the seal and the lineage read it.
struct EditRow {
    id: i64,
    uid: Option<String>,
    hash: Option<String>,
    at: String,
    user: String,
    action: String,
    undoes: Option<i64>,
    note: Option<String>,
}

fn edits_from(connection: &Connection, first: i64) -> rusqlite::Result<Vec<EditRow>> {
    let mut statement = connection.prepare(
        "SELECT id, uid, hash, at, user, action, undoes, note FROM edit WHERE id >= ?1 ORDER BY id",
    )?;
    let rows = statement.query_map([first], |row| {
        Ok(EditRow {
            id: row.get(0)?,
            uid: row.get(1)?,
            hash: row.get(2)?,
            at: row.get(3)?,
            user: row.get(4)?,
            action: row.get(5)?,
            undoes: row.get(6)?,
            note: row.get(7)?,
        })
    })?;
    rows.collect()
}

/// The seal an edit should carry, computed from what the file holds.
fn compute(
    connection: &Connection,
    previous: Option<&str>,
    uid: &str,
    edit: &EditRow,
) -> rusqlite::Result<String> {
    let mut seal = Seal::new(&EditFields {
        previous,
        uid,
        at: &edit.at,
        user: &edit.user,
        action: &edit.action,
        undoes: edit.undoes,
        note: edit.note.as_deref(),
    });
    let mut statement = connection.prepare_cached(
        "SELECT seq, kind, record_id, before, after, after_elsewhere, position
         FROM edit_record WHERE edit_id = ?1 ORDER BY seq",
    )?;
    let mut rows = statement.query([edit.id])?;
    while let Some(row) = rows.next()? {
        let before = row.get_ref(3)?.as_str_or_null()?;
        let after = row.get_ref(4)?.as_str_or_null()?;
        seal.record(&RowFields {
            seq: row.get(0)?,
            kind: row.get_ref(1)?.as_str()?,
            record_id: row.get_ref(2)?.as_str()?,
            before,
            after,
            after_elsewhere: row.get(5)?,
            position: row.get(6)?,
        });
    }
    Ok(seal.finish())
}

/// Seals again every edit from `first` on (what a forget rewrote, or the
/// whole log of a file being upgraded), giving an id to each edit without
/// one. Returns how many edits were sealed.
pub(crate) fn reseal_from(connection: &Connection, first: i64) -> rusqlite::Result<usize> {
    let mut previous = previous_hash(connection, first)?;
    let mut previous_uid: Option<String> = connection
        .query_row(
            "SELECT uid FROM edit WHERE id < ?1 ORDER BY id DESC LIMIT 1",
            [first],
            |row| row.get(0),
        )
        .optional()?
        .flatten();
    let edits = edits_from(connection, first)?;
    for edit in &edits {
        let uid = match &edit.uid {
            Some(uid) => uid.clone(),
            None => derived_uid(
                previous_uid.as_deref(),
                edit.id,
                &EditFields {
                    previous: None,
                    uid: "",
                    at: &edit.at,
                    user: &edit.user,
                    action: &edit.action,
                    undoes: edit.undoes,
                    note: None,
                },
            ),
        };
        let hash = compute(connection, previous.as_deref(), &uid, edit)?;
        connection.execute(
            "UPDATE edit SET uid = ?1, hash = ?2 WHERE id = ?3",
            params![uid, hash, edit.id],
        )?;
        previous = Some(hash);
        previous_uid = Some(uid);
    }
    Ok(edits.len())
}

/// The first edit whose seal does not match what the file holds (or that
/// has no id or seal), or `None` when the whole chain holds.
pub(crate) fn first_broken(connection: &Connection) -> rusqlite::Result<Option<i64>> {
    let mut previous: Option<String> = None;
    for edit in edits_from(connection, i64::MIN)? {
        let (Some(uid), Some(stored)) = (&edit.uid, &edit.hash) else {
            return Ok(Some(edit.id));
        };
        let computed = compute(connection, previous.as_deref(), uid, &edit)?;
        if &computed != stored {
            return Ok(Some(edit.id));
        }
        previous = Some(computed);
    }
    Ok(None)
}

/// One edit of the log as the lineage sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    pub edit: i64,
    pub uid: String,
    pub at: String,
    pub user: String,
    pub action: String,
    pub note: Option<String>,
}

/// Every edit, oldest first, with its id.
pub(crate) fn entries(connection: &Connection) -> rusqlite::Result<Vec<LogEntry>> {
    Ok(edits_from(connection, i64::MIN)?
        .into_iter()
        .map(|edit| LogEntry {
            edit: edit.id,
            uid: edit.uid.unwrap_or_default(),
            at: edit.at,
            user: edit.user,
            action: edit.action,
            note: edit.note,
        })
        .collect())
}
