//! The file's schema as a list of migrations, and what a Kirjuri file must look like.
//!
//! A new file is made by running every migration, so a file created today and
//! one upgraded from version 1 have the same schema, byte for byte in
//! `sqlite_schema`. A migration, once released, never changes: a new schema is
//! a new migration at the end of the list.

use rusqlite::Connection;

/// `PRAGMA application_id` of a Kirjuri file: "KIRJ" in ASCII.
pub const APPLICATION_ID: i32 = 0x4B49_524A;

/// Migration `n` (1-based) brings a file from version `n - 1` to `n`.
pub const MIGRATIONS: &[&str] = &[
    // Version 1: one table per record kind, each record as JSON; the edit log.
    r#"
CREATE TABLE organisation (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE TABLE person (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE data_subject_category (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE source (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE recipient (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE processor (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE storage_location (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE security_measure (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE cookie (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE register (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE data_item_group (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE data_item (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE purpose (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE system_link (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE disclosure (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE transfer (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE access_role (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE retention_rule (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE rights_procedure (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE edit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL
) STRICT;
CREATE TABLE edit_record (
    edit_id INTEGER NOT NULL REFERENCES edit(id),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    before TEXT CHECK (before IS NULL OR json_valid(before)),
    after TEXT CHECK (after IS NULL OR json_valid(after)),
    PRIMARY KEY (edit_id, seq)
) STRICT;
"#,
    // Version 2: an edit can be the undo of an earlier one, so that undo walks back through the log.
    r#"
ALTER TABLE edit ADD COLUMN undoes INTEGER REFERENCES edit(id);
CREATE INDEX edit_undoes ON edit(undoes);
"#,
    // Version 3: the breach log, the request log, the DPIA screening of each
    // register and the controllers the organisation processes for (Art. 30(2)).
    r#"
CREATE TABLE dpia_screening (id TEXT PRIMARY KEY NOT NULL, register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE breach (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE data_subject_request (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
CREATE TABLE client_controller (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data))) STRICT;
"#,
    // Version 4: what an edit is (a user's edit, an undo, a redo, or the mark
    // that deleted records were forgotten), and where each changed record
    // stood in its list, so that undo and redo put it back in its place.
    r#"
ALTER TABLE edit ADD COLUMN action TEXT NOT NULL DEFAULT 'edit' CHECK (action IN ('edit', 'undo', 'redo', 'forget'));
UPDATE edit SET action = 'undo' WHERE undoes IS NOT NULL;
ALTER TABLE edit_record ADD COLUMN position INTEGER;
"#,
    // Version 5: the schema is unchanged; a file written before answers became
    // three-state gets its old default kinds and role read as "not answered"
    // (`answers.rs`, run by the store after this step, as it needs the model).
    r#"
-- No change to the schema.
"#,
    // Version 6: each state of a record is kept once. A change's state after
    // it is, from now on, not copied into the log (`after_elsewhere`): it is
    // the `before` of the record's next change, or the record's row while no
    // later change exists. A 1000-register document is no longer stored
    // twice. Older rows keep their copies.
    r#"
ALTER TABLE edit_record ADD COLUMN after_elsewhere INTEGER NOT NULL DEFAULT 0 CHECK (after_elsewhere IN (0, 1) AND (after_elsewhere = 0 OR after IS NULL));
CREATE INDEX edit_record_by_record ON edit_record (record_id, edit_id, seq);
"#,
    // Version 7: lineage. Each edit has a stable id (`uid`, a UUID) that copies
    // of the file share up to where they parted, and a seal (`hash`) over its
    // id, its content and the seal of the edit before it, so that a log edited
    // outside Kirjuri is noticed (`lineage.rs`, which seals older files after
    // this step). `note` says what an edit's records do not: the file a merge
    // came from and what it declined, or what a forget re-sealed.
    r#"
ALTER TABLE edit ADD COLUMN uid TEXT;
ALTER TABLE edit ADD COLUMN hash TEXT;
ALTER TABLE edit ADD COLUMN note TEXT;
CREATE UNIQUE INDEX edit_by_uid ON edit (uid);
"#,
];

/// The version whose upgrade forgets the old default kinds and role (`answers.rs`).
pub const ANSWERS_VERSION: i64 = 5;

/// The version that gives every edit its id and seal (`lineage.rs`).
pub const LINEAGE_VERSION: i64 = 7;

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Runs the migrations that bring a file at `from` to the current version, and records the version.
/// The caller holds a transaction.
pub fn migrate(connection: &Connection, from: i64) -> rusqlite::Result<()> {
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        connection.execute_batch(sql)?;
        connection.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    connection.pragma_update(None, "application_id", APPLICATION_ID)?;
    Ok(())
}

/// One row of `sqlite_schema`.
pub type SchemaObject = (String, String, String, Option<String>);

pub fn schema_objects(connection: &Connection) -> rusqlite::Result<Vec<SchemaObject>> {
    let mut statement = connection
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")?;
    let rows = statement.query_map([], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
    })?;
    rows.collect()
}

/// The schema a Kirjuri file of `version` has: made by running the migrations in memory.
pub fn expected_schema(version: i64) -> rusqlite::Result<Vec<SchemaObject>> {
    let connection = Connection::open_in_memory()?;
    for sql in MIGRATIONS.iter().take(version as usize) {
        connection.execute_batch(sql)?;
    }
    schema_objects(&connection)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kirjuri_model::RecordKind;

    #[test]
    fn every_record_kind_has_its_table() {
        let schema = expected_schema(CURRENT_VERSION).unwrap();
        for kind in RecordKind::ALL {
            assert!(
                schema
                    .iter()
                    .any(|(ty, name, _, _)| ty == "table" && name == kind.name()),
                "no table for {kind}: add a migration"
            );
        }
    }

    /// The parts of a register (the kinds whose type has a required
    /// `register`) are exactly the tables whose rows go with their register.
    #[test]
    fn the_parts_of_a_register_are_the_tables_that_cascade_with_it() {
        let parts = kirjuri_model::ui_records::register_parts();
        let schema = expected_schema(CURRENT_VERSION).unwrap();
        for kind in RecordKind::ALL {
            let sql = schema
                .iter()
                .find(|(ty, name, _, _)| ty == "table" && name == kind.name())
                .and_then(|(_, _, _, sql)| sql.clone())
                .unwrap_or_default();
            let cascades =
                sql.contains("register_id TEXT NOT NULL REFERENCES register(id) ON DELETE CASCADE");
            assert_eq!(
                cascades,
                parts.contains(kind),
                "{kind}: the table's register_id and the model's register disagree"
            );
        }
    }
}
