//! The UI's record kinds (`ui/app/generated/records.js`) are the ones the
//! model generates, and the references the model declares by hand
//! (`Record::references`, `Record::register`, clearing and cascading a
//! deleted reference) are the ones its types hold.
//! After changing the model, regenerate the file:
//! `KIRJURI_WRITE_UI=1 cargo test -p kirjuri-model --test ui_records`.

use kirjuri_model::ui_records::{records_js, reference_fields, register_parts};
use kirjuri_model::{Document, Record, RecordKind, Uuid};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn committed_ui_records_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/app/generated/records.js");
    let generated = records_js();
    if std::env::var_os("KIRJURI_WRITE_UI").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/app/generated/records.js is stale; regenerate it with KIRJURI_WRITE_UI=1 cargo test -p kirjuri-model --test ui_records"
    );
}

fn fixtures() -> Vec<Document> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut documents: Vec<Document> = ["btb-plaza.json", "beebyte.json", "solteq.json"]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(folder.join(name)).unwrap();
            kirjuri_model::exchange::from_json(&text).unwrap()
        })
        .collect();
    documents.push(kirjuri_model::example::btb_plaza());
    documents.push(kirjuri_model::example::synthetic(3));
    documents
}

/// The ids at `path` in `value` (`*` for every element of a list).
fn ids_at(value: &Value, path: &[&str], found: &mut Vec<Uuid>) {
    let Some((first, rest)) = path.split_first() else {
        if let Some(id) = value.as_str().and_then(|s| Uuid::parse_str(s).ok()) {
            found.push(id);
        }
        return;
    };
    if *first == "*" {
        for item in value.as_array().into_iter().flatten() {
            ids_at(item, rest, found);
        }
    } else if let Some(next) = value.get(first) {
        ids_at(next, rest, found);
    }
}

/// In every record of the fixtures, `Record::references` (written by hand)
/// returns exactly the ids the record's reference fields hold, with their
/// target kind and whether they are required.
#[test]
fn the_hand_written_references_are_the_ones_the_records_hold() {
    let fields = reference_fields();
    for document in fixtures() {
        for record in document.records() {
            let json: Value = serde_json::from_str(&record.data().unwrap()).unwrap();
            let mut from_types = Vec::new();
            for field in &fields[&record.kind()] {
                let path: Vec<&str> = field.path.split('.').collect();
                let mut ids = Vec::new();
                ids_at(&json, &path, &mut ids);
                from_types.extend(ids.into_iter().map(|id| (field.target, id, field.required)));
            }
            let mut declared: Vec<_> = record
                .references()
                .into_iter()
                .map(|r| (r.kind, r.id, r.required))
                .collect();
            from_types.sort();
            declared.sort();
            assert_eq!(
                from_types,
                declared,
                "{} {}: Record::references does not match the record's id fields",
                record.kind(),
                record.id()
            );
        }
    }
}

/// Sets `path` in `value` to `id`, making the lists and objects on the way.
fn fill(value: &mut Value, path: &[&str], id: Uuid) {
    let Some((first, rest)) = path.split_first() else {
        *value = Value::String(id.to_string());
        return;
    };
    if *first == "*" {
        let element = if rest.is_empty() {
            Value::Null
        } else {
            Value::Object(Default::default())
        };
        *value = Value::Array(vec![element]);
        fill(&mut value[0], rest, id);
    } else {
        if !value[*first].is_object() && !rest.is_empty() && rest[0] != "*" {
            value[*first] = Value::Object(Default::default());
        }
        fill(&mut value[*first], rest, id);
    }
}

/// Each reference field of each kind, filled on its own in a blank record,
/// is one more reference `Record::references` returns: a new id field that
/// `references` forgets fails here, whether or not a fixture fills it.
#[test]
fn every_reference_field_is_a_reference() {
    let fields = reference_fields();
    assert!(fields[&RecordKind::Purpose]
        .iter()
        .any(|f| f.path == "legal_bases.*.data_subject_categories.*"));
    for kind in RecordKind::ALL.iter().copied() {
        let blank = Record::blank(kind);
        let before: BTreeSet<_> = blank
            .references()
            .into_iter()
            .map(|r| (r.kind, r.id, r.required))
            .collect();
        for field in &fields[&kind] {
            let mut json: Value = serde_json::from_str(&blank.data().unwrap()).unwrap();
            let id = Uuid::new_v4();
            let path: Vec<&str> = field.path.split('.').collect();
            fill(&mut json, &path, id);
            let record = Record::from_data(kind, &json.to_string())
                .unwrap_or_else(|e| panic!("{kind}.{}: {e}", field.path));
            let after: BTreeSet<_> = record
                .references()
                .into_iter()
                .map(|r| (r.kind, r.id, r.required))
                .collect();
            let added: Vec<_> = after.difference(&before).copied().collect();
            assert_eq!(
                added,
                vec![(field.target, id, field.required)],
                "{kind}.{}: Record::references does not return it",
                field.path
            );
        }
    }
}

/// A kind is a part of a register exactly when its type has a required
/// `register` field; `Record::register` says so for those kinds only.
#[test]
fn the_parts_of_a_register_are_the_kinds_with_a_required_register() {
    let parts = register_parts();
    assert!(parts.contains(&RecordKind::Purpose));
    assert!(!parts.contains(&RecordKind::Breach));
    for kind in RecordKind::ALL.iter().copied() {
        let record = Record::blank(kind);
        assert_eq!(
            record.register().is_some(),
            parts.contains(&kind),
            "Record::register disagrees for {kind}"
        );
    }
}

/// A blank record is what the JSON format reads, and what `Record::blank`
/// starts from is a record of its kind.
#[test]
fn blank_records_read_back_as_their_kind() {
    for kind in RecordKind::ALL.iter().copied() {
        let record = Record::blank(kind);
        assert_eq!(record.kind(), kind);
        let again = Record::from_data(kind, &record.data().unwrap()).unwrap();
        assert_eq!(again, record);
    }
}

/// A blank record of `kind` with a fresh id and its required references
/// filled with records made for it (added to `made`), in `register`.
fn made_record(kind: RecordKind, register: Uuid, made: &mut Vec<Record>) -> Record {
    let mut json: Value = serde_json::from_str(&Record::blank(kind).data().unwrap()).unwrap();
    json["id"] = Value::String(Uuid::new_v4().to_string());
    for field in &reference_fields()[&kind] {
        if !field.required {
            continue;
        }
        let target = if field.target == RecordKind::Register {
            register
        } else {
            let target = made_record(field.target, register, made);
            let id = target.id();
            made.push(target);
            id
        };
        json[&field.path] = Value::String(target.to_string());
    }
    Record::from_data(kind, &json.to_string()).unwrap()
}

/// Deleting the record a reference field names either deletes the record
/// holding it (a required reference) or clears the field (an optional one):
/// a field `Record::clear_reference` forgets leaves a dangling reference,
/// which the edit refuses, and fails here.
#[test]
fn deleting_the_target_of_every_reference_field_clears_it_or_deletes_the_holder() {
    let fields = reference_fields();
    for kind in RecordKind::ALL.iter().copied() {
        for field in &fields[&kind] {
            let base = Document::new(kirjuri_model::LocalizedText::same("X"));
            let mut made = Vec::new();
            let register = made_record(RecordKind::Register, Uuid::nil(), &mut made);
            let register_id = register.id();
            made.push(register);
            let target = made_record(field.target, register_id, &mut made);
            let target_id = target.id();
            let target_kind = target.kind();
            made.push(target);
            let holder = if kind == RecordKind::Organisation {
                Record::Organisation(base.organisation.clone())
            } else {
                made_record(kind, register_id, &mut made)
            };
            let mut json: Value = serde_json::from_str(&holder.data().unwrap()).unwrap();
            let path: Vec<&str> = field.path.split('.').collect();
            fill(&mut json, &path, target_id);
            let holder = Record::from_data(kind, &json.to_string()).unwrap();
            let holder_id = holder.id();
            made.push(holder);
            let edits: Vec<kirjuri_model::Edit> = made
                .into_iter()
                .map(|record| kirjuri_model::Edit::Put { record })
                .collect();
            let (document, _) = base
                .plan(&edits)
                .unwrap_or_else(|e| panic!("{kind}.{}: {e}", field.path));
            let delete = kirjuri_model::Edit::Delete {
                kind: target_kind,
                id: target_id,
            };
            let (after, _) = document
                .plan(&[delete])
                .unwrap_or_else(|e| panic!("{kind}.{}: deleting its target: {e}", field.path));
            let left = after.get(kind, holder_id);
            if field.required {
                assert_eq!(left, None, "{kind}.{} is required", field.path);
            } else {
                let left =
                    left.unwrap_or_else(|| panic!("{kind}.{} deleted its holder", field.path));
                assert!(
                    left.references().iter().all(|r| r.id != target_id),
                    "{kind}.{} still names the deleted record",
                    field.path
                );
            }
        }
    }
}

/// The window's `FindingCode` type (TypeScript, from ts-rs) names every code
/// of the JSON Schema, also those written as a `const` of their own (a
/// variant with its own doc comment), and is no plain `string`: a misspelt
/// code is a type error, not a silent miss.
#[test]
fn the_generated_finding_code_names_every_code() {
    use ts_rs::TS;
    let union = kirjuri_model::FindingCode::inline(&ts_rs::Config::new());
    let schema: Value = serde_json::from_str(&kirjuri_model::exchange::json_schema()).unwrap();
    let mut codes: Vec<String> = Vec::new();
    for variant in schema["$defs"]["FindingCode"]["oneOf"].as_array().unwrap() {
        if let Some(constant) = variant["const"].as_str() {
            codes.push(constant.to_string());
        }
        for value in variant["enum"].as_array().into_iter().flatten() {
            codes.push(value.as_str().unwrap().to_string());
        }
    }
    assert!(codes.iter().any(|c| c == "question_not_answered"));
    assert!(codes.len() > 10);
    let named: Vec<&str> = union.split(" | ").map(|c| c.trim_matches('"')).collect();
    codes.sort();
    let mut sorted = named.clone();
    sorted.sort();
    assert_eq!(sorted, codes, "{union}");
}
