//! Writes the committed `.sqlite` fixtures of past schema versions that the
//! store's tests open; never a test. Run by hand, only to write a fixture again:
//! `cargo run -p kirjuri-store --bin fixtures -- {v1|v4-before-answers} [DIR]`
//! (DIR is `tests/fixtures/` unless given; the file of the same name there is
//! replaced).
//!
//! - `v1`: `kirjuri-v1.sqlite`, a version-1 file with one register and the
//!   edit that made it.
//! - `v4-before-answers`: `kirjuri-v4-before-answers.sqlite`, a version-4
//!   file as Kirjuri wrote it before answers became three-state, for the
//!   upgrade to version 5 (`src/answers.rs`).
//!
//! Each is written with the schema of its version (`schema::MIGRATIONS` up to
//! it; a released migration never changes) and with records frozen here in
//! format 1's shape, fixed ids and times, so that a run writes the content of
//! the committed file again. The tests hold the ids they look for themselves.

use kirjuri_store::schema;
use rusqlite::Connection;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const USAGE: &str = "usage: fixtures {v1|v4-before-answers} [DIR]";

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let (kind, dir) = match arguments.as_slice() {
        [kind] => (
            kind,
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures"),
        ),
        [kind, dir] => (kind, PathBuf::from(dir)),
        _ => fail(USAGE),
    };
    let (name, write): (&str, fn(&Connection) -> rusqlite::Result<()>) = match kind.as_str() {
        "v1" => ("kirjuri-v1.sqlite", write_version_1),
        "v4-before-answers" => ("kirjuri-v4-before-answers.sqlite", write_before_answers),
        _ => fail(USAGE),
    };
    let path = dir.join(name);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => fail(format!("cannot replace {}: {error}", path.display())),
    }
    if let Err(error) = Connection::open(&path).and_then(|connection| write(&connection)) {
        fail(format!("{}: {error}", path.display()));
    }
    println!("fixtures: wrote {}", path.display());
}

/// An empty file of schema `version`, as Kirjuri made one at that version.
fn create_schema(connection: &Connection, version: u16) -> rusqlite::Result<()> {
    for sql in &schema::MIGRATIONS[..usize::from(version)] {
        connection.execute_batch(sql)?;
    }
    connection.pragma_update(None, "user_version", version)?;
    connection.pragma_update(None, "application_id", schema::APPLICATION_ID)
}

/// `kirjuri-v1.sqlite`: an organisation and one register, and the edit that
/// made the register.
fn write_version_1(connection: &Connection) -> rusqlite::Result<()> {
    const ORGANISATION: &str = "7a794dfe-2020-4db5-b669-ce64e4563bec";
    const REGISTER: &str = "ed6b69c7-a70d-40b5-95db-c625ac2dce5e";
    create_schema(connection, 1)?;
    let organisation = old_organisation(
        ORGANISATION,
        json!({"sv": "BTB Plaza Ab", "fi": "BTB Plaza Oy", "en": "BTB Plaza Ltd"}),
        "",
    );
    let register = json!({
        "id": REGISTER,
        "name": {"sv": "Kundregister", "fi": "Kundregister", "en": "Kundregister"},
        "description": {}, "role": "controller",
        "business_function": {}, "contact_person": null, "data_subject_categories": [],
        "sources": [], "storage_locations": [], "security_measures": [],
        "created": null, "last_updated": null, "version_label": "",
        "automated_decisions": false, "automated_decisions_description": {},
        "provision_requirement": "not_required", "consequence_of_not_providing": {},
        "dpia": "not_assessed", "no_transfers_outside_eea": false
    });
    connection.execute(
        "INSERT INTO organisation (id, position, data) VALUES (?1, 0, ?2)",
        (ORGANISATION, organisation.to_string()),
    )?;
    connection.execute(
        "INSERT INTO register (id, position, data) VALUES (?1, 0, ?2)",
        (REGISTER, register.to_string()),
    )?;
    connection.execute(
        "INSERT INTO edit (at, user) VALUES ('2026-01-05T09:00:00.000Z', 'Jim')",
        [],
    )?;
    connection.execute(
        "INSERT INTO edit_record (edit_id, seq, kind, record_id, before, after) VALUES (1, 0, 'register', ?1, NULL, ?2)",
        (REGISTER, register.to_string()),
    )?;
    Ok(())
}

/// `kirjuri-v4-before-answers.sqlite`: records in format 1's shape, each
/// made by the editor of then with its default kind or role and some changed
/// later by a person, one edit per change as the editor logged them.
fn write_before_answers(connection: &Connection) -> rusqlite::Result<()> {
    create_schema(connection, 4)?;
    let mut records = vec![(
        "organisation",
        ORGANISATION,
        vec![old_organisation(
            ORGANISATION,
            json!({"sv": "Gamla Filen Ab"}),
            "SE",
        )],
    )];
    records.extend(old_records());
    let mut edit = 0;
    let mut positions = HashMap::new();
    for (kind, id, states) in records {
        let position = positions.entry(kind).or_insert(-1_i64);
        *position += 1;
        for (n, state) in states.iter().enumerate() {
            edit += 1;
            connection.execute(
                "INSERT INTO edit (id, at, user, action) VALUES (?1, ?2, 'Jim', 'edit')",
                (edit, format!("2025-03-{edit:02}T09:00:00.000Z")),
            )?;
            let before = (n > 0).then(|| states[n - 1].to_string());
            let place = (n > 0).then_some(*position);
            connection.execute(
                "INSERT INTO edit_record (edit_id, seq, kind, record_id, before, after, position) VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6)",
                (edit, kind, id, before, state.to_string(), place),
            )?;
        }
        let last = states.last().expect("a record has a state").to_string();
        connection.execute(
            &format!("INSERT INTO {kind} (id, position, data) VALUES (?1, ?2, ?3)"),
            (id, *position, last),
        )?;
    }
    Ok(())
}

// The records of `kirjuri-v4-before-answers.sqlite`, by the ids it gives them.
const ORGANISATION: &str = "00000000-0004-4000-8000-000000000001";
const REGISTER_DEFAULT: &str = "00000000-0004-4000-8000-00000000000a";
const REGISTER_CHOSEN: &str = "00000000-0004-4000-8000-00000000000b";
const REGISTER_PROCESSOR: &str = "00000000-0004-4000-8000-00000000000c";
const SOURCE_DEFAULT: &str = "00000000-0004-4000-8000-000000000011";
const SOURCE_CHOSEN: &str = "00000000-0004-4000-8000-000000000012";
const SOURCE_OTHER: &str = "00000000-0004-4000-8000-000000000013";
const RECIPIENT_DEFAULT: &str = "00000000-0004-4000-8000-000000000021";
const RECIPIENT_OTHER: &str = "00000000-0004-4000-8000-000000000022";
const MEASURE_DEFAULT: &str = "00000000-0004-4000-8000-000000000031";
const MEASURE_OTHER: &str = "00000000-0004-4000-8000-000000000032";
const MEASURE_CHOSEN: &str = "00000000-0004-4000-8000-000000000033";

/// The organisation record as Kirjuri wrote it through schema version 4.
fn old_organisation(id: &str, name: Value, country: &str) -> Value {
    json!({
        "id": id, "name": name,
        "business_id": "", "vat_number": "", "address": {}, "phone": "", "email": "",
        "website": "", "country": country, "staff_count": null, "dpo": null,
        "joint_controllers": {}, "representative": {}, "version_label": "",
        "supervisory_authority": null,
        "incident_routine": {"steps": [], "decided_by": {}, "notify_authority_within_72_hours": false,
            "inform_data_subjects_on_high_risk": false, "breach_log": {}, "post_incident_review": []}
    })
}

fn old_register(id: &str, name: &str, role: &str, description: &str) -> Value {
    json!({
        "id": id, "name": {"sv": name}, "description": {"sv": description}, "role": role,
        "business_function": {}, "contact_person": null, "data_subject_categories": [],
        "sources": [SOURCE_DEFAULT, SOURCE_CHOSEN, SOURCE_OTHER],
        "storage_locations": [],
        "security_measures": [MEASURE_DEFAULT, MEASURE_OTHER, MEASURE_CHOSEN],
        "created": null, "last_updated": null, "version_label": "",
        "automated_decisions": false, "automated_decisions_description": {},
        "provision_requirement": "not_required", "consequence_of_not_providing": {},
        "dpia": "not_assessed", "no_transfers_outside_eea": false
    })
}

fn old_source(id: &str, name: &str, kind: &str) -> Value {
    json!({"id": id, "kind": kind, "name": {"sv": name}, "public": false, "collection_procedure": {}})
}

fn old_recipient(id: &str, name: &str, kind: &str) -> Value {
    json!({"id": id, "kind": kind, "name": {"sv": name}, "country": "SE"})
}

fn old_measure(id: &str, description: &str, kind: &str) -> Value {
    json!({"id": id, "kind": kind, "description": {"sv": description}})
}

/// Each record's states in the order a person made them; the first is its creation.
fn old_records() -> Vec<(&'static str, &'static str, Vec<Value>)> {
    vec![
        (
            "register",
            REGISTER_DEFAULT,
            vec![
                old_register(REGISTER_DEFAULT, "Kunder", "controller", ""),
                old_register(
                    REGISTER_DEFAULT,
                    "Kunder",
                    "controller",
                    "Kunder och prospekt",
                ),
            ],
        ),
        (
            "register",
            REGISTER_CHOSEN,
            vec![
                old_register(REGISTER_CHOSEN, "Leverantörer", "controller", ""),
                old_register(REGISTER_CHOSEN, "Leverantörer", "processor", ""),
                old_register(REGISTER_CHOSEN, "Leverantörer", "controller", ""),
            ],
        ),
        (
            "register",
            REGISTER_PROCESSOR,
            vec![
                old_register(REGISTER_PROCESSOR, "Kundernas löner", "controller", ""),
                old_register(REGISTER_PROCESSOR, "Kundernas löner", "processor", ""),
            ],
        ),
        (
            "source",
            SOURCE_DEFAULT,
            vec![
                old_source(SOURCE_DEFAULT, "", "data_subject"),
                old_source(SOURCE_DEFAULT, "Beställningar", "data_subject"),
            ],
        ),
        (
            "source",
            SOURCE_CHOSEN,
            vec![
                old_source(SOURCE_CHOSEN, "Kunden själv", "data_subject"),
                old_source(SOURCE_CHOSEN, "Kunden själv", "other"),
                old_source(SOURCE_CHOSEN, "Kunden själv", "data_subject"),
            ],
        ),
        (
            "source",
            SOURCE_OTHER,
            vec![
                old_source(SOURCE_OTHER, "Kreditupplysning", "data_subject"),
                old_source(SOURCE_OTHER, "Kreditupplysning", "credit_bureau"),
            ],
        ),
        (
            "recipient",
            RECIPIENT_DEFAULT,
            vec![old_recipient(
                RECIPIENT_DEFAULT,
                "Inkassobolaget",
                "independent_controller",
            )],
        ),
        (
            "recipient",
            RECIPIENT_OTHER,
            vec![
                old_recipient(RECIPIENT_OTHER, "Skatteverket", "independent_controller"),
                old_recipient(RECIPIENT_OTHER, "Skatteverket", "authority"),
            ],
        ),
        (
            "security_measure",
            MEASURE_DEFAULT,
            vec![
                old_measure(MEASURE_DEFAULT, "", "technical"),
                old_measure(MEASURE_DEFAULT, "Kryptering", "technical"),
            ],
        ),
        (
            "security_measure",
            MEASURE_OTHER,
            vec![
                old_measure(MEASURE_OTHER, "Låsta dörrar", "technical"),
                old_measure(MEASURE_OTHER, "Låsta dörrar", "physical"),
            ],
        ),
        (
            "security_measure",
            MEASURE_CHOSEN,
            vec![
                old_measure(MEASURE_CHOSEN, "Brandvägg", "technical"),
                old_measure(MEASURE_CHOSEN, "Brandvägg", "organisational"),
                old_measure(MEASURE_CHOSEN, "Brandvägg", "technical"),
            ],
        ),
    ]
}

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("fixtures: {message}");
    std::process::exit(1)
}
