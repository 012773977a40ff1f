//! What the UI knows of the record kinds, generated from the model so that it
//! is declared once: each kind's list in the document, the record a new one
//! starts from (`Record::blank`), which fields refer to other records, which
//! kinds are parts of a register, and a JSDoc type per record. Written to
//! `ui/app/generated/records.js` (committed; `tests/ui_records.rs` fails
//! when it is stale and says how to regenerate it).

use crate::document::LegalBasisClaim;
use crate::records::{Document, Record, RecordKind};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::fmt::Write;
use uuid::Uuid;

/// The id every blank record carries until the editor gives it its own;
/// a required reference left at it is no reference (`null` in the UI).
const NO_ID: Uuid = Uuid::nil();

/// The fields a new record must hold that have neither a default in the
/// JSON format nor an empty value (a text, a list, a reference): the
/// choice the form shows selected for the user to change.
const CHOSEN: &[(RecordKind, &str, &str)] = &[
    (RecordKind::Processor, "hosting", "third_party"),
    (RecordKind::Cookie, "class", "necessary"),
    (RecordKind::Cookie, "duration", "session"),
    (RecordKind::RetentionRule, "trigger", "inactivity"),
    (RecordKind::RightsProcedure, "right", "access"),
];

/// A required field's empty value: the nil id for a reference, an empty
/// text, list or string; `None` for a field with fixed answers.
fn empty_value(schema: &Value, node: &Value) -> Option<Value> {
    if let Some((name, target)) = node["$ref"].as_str().and_then(|r| definition(schema, r)) {
        if kind_of_id(name).is_some() {
            return Some(Value::String(NO_ID.to_string()));
        }
        return match target["type"].as_str() {
            Some("object") => Some(json!({})),
            _ => None,
        };
    }
    match node["type"].as_str() {
        Some("string") if node.get("enum").is_none() => Some(json!("")),
        Some("array") => Some(json!([])),
        Some("object") => Some(json!({})),
        _ => None,
    }
}

impl Record {
    /// The record the editor starts a new one of `kind` from, as the JSON
    /// format reads a record that holds only its required fields: every
    /// question not answered, every text empty (the format's defaults), the
    /// nil id, a required reference (its register, its system) still to be
    /// given, and the `CHOSEN` value of a field with fixed answers and no
    /// default. A new field with a default needs nothing here.
    pub fn blank(kind: RecordKind) -> Record {
        let schema = schema();
        let field = match kind {
            RecordKind::Organisation => "organisation",
            kind => kind.list_name(),
        };
        let node = &schema["properties"][field];
        let node = node.get("items").unwrap_or(node);
        let (_, record) = node["$ref"]
            .as_str()
            .and_then(|r| definition(schema, r))
            .expect("every record kind has its type in the schema");
        let mut blank = Map::new();
        for name in record["required"].as_array().into_iter().flatten() {
            let name = name.as_str().unwrap_or_default();
            let chosen = CHOSEN
                .iter()
                .find(|(k, field, _)| *k == kind && *field == name)
                .map(|(_, _, code)| json!(code));
            let value = chosen
                .or_else(|| empty_value(schema, &record["properties"][name]))
                .unwrap_or_else(|| panic!("{kind}.{name} has no blank value: add it to CHOSEN"));
            blank.insert(name.to_string(), value);
        }
        Record::from_data(kind, &Value::Object(blank).to_string())
            .unwrap_or_else(|e| panic!("the blank {kind} does not read: {e}"))
    }
}

/// A legal basis of a purpose as the editor adds one: no basis chosen yet.
pub fn blank_legal_basis() -> LegalBasisClaim {
    serde_json::from_value(json!({})).expect("a legal basis claim has defaults for every field")
}

/// One field of a record that refers to another record.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ReferenceField {
    /// The field's path in the record's JSON; `*` stands for every element
    /// of a list (`legal_bases.*.data_subject_categories.*`).
    pub path: String,
    pub target: RecordKind,
    /// Not optional and not a list: the record cannot exist without it.
    pub required: bool,
}

/// The document's JSON Schema with its definitions, from which the
/// reference fields are read (each id type is its own definition).
fn schema() -> &'static Value {
    static SCHEMA: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_json::to_value(schemars::schema_for!(Document)).expect("schemas serialize")
    })
}

fn definition<'s>(schema: &'s Value, reference: &str) -> Option<(&'s str, &'s Value)> {
    let name = reference.strip_prefix("#/$defs/")?;
    let (name, value) = schema["$defs"].as_object()?.get_key_value(name)?;
    Some((name.as_str(), value))
}

/// The record kind whose id type is named `name`.
fn kind_of_id(name: &str) -> Option<RecordKind> {
    RecordKind::ALL
        .iter()
        .copied()
        .find(|kind| kind.id_type_name() == name)
}

/// Walks one field's schema for references to records.
fn walk(schema: &Value, node: &Value, path: &str, required: bool, found: &mut Vec<ReferenceField>) {
    if let Some(reference) = node["$ref"].as_str() {
        let Some((name, target)) = definition(schema, reference) else {
            return;
        };
        match kind_of_id(name) {
            Some(kind) => found.push(ReferenceField {
                path: path.to_string(),
                target: kind,
                required,
            }),
            None => walk_object(schema, target, path, found),
        }
        return;
    }
    for alternatives in ["anyOf", "oneOf"] {
        for alternative in node[alternatives].as_array().into_iter().flatten() {
            walk(schema, alternative, path, false, found);
        }
    }
    if let Some(items) = node.get("items") {
        walk(schema, items, &format!("{path}.*"), false, found);
    }
    if node.get("properties").is_some() {
        walk_object(schema, node, path, found);
    }
}

fn walk_object(schema: &Value, object: &Value, path: &str, found: &mut Vec<ReferenceField>) {
    for (field, node) in object["properties"].as_object().into_iter().flatten() {
        let path = if path.is_empty() {
            field.clone()
        } else {
            format!("{path}.{field}")
        };
        let nullable = node["type"]
            .as_array()
            .is_some_and(|types| types.iter().any(|t| t == "null"));
        walk(schema, node, &path, !nullable, found);
    }
}

/// The fields of each kind that refer to other records, read from the
/// model's JSON Schema (each record's own `id` left out).
pub fn reference_fields() -> BTreeMap<RecordKind, Vec<ReferenceField>> {
    let schema = schema();
    let document = schema; // the root is the document
    let mut all = BTreeMap::new();
    for kind in RecordKind::ALL.iter().copied() {
        let field = match kind {
            RecordKind::Organisation => "organisation".to_string(),
            kind => kind.list_name().to_string(),
        };
        let node = &document["properties"][&field];
        let node = node.get("items").unwrap_or(node);
        let mut found = Vec::new();
        if let Some((_, record)) = node["$ref"].as_str().and_then(|r| definition(schema, r)) {
            walk_object(schema, record, "", &mut found);
        }
        found.retain(|f| f.path != "id");
        all.insert(kind, found);
    }
    all
}

/// The kinds that are parts of one register: their record has a required
/// `register` field (the store gives their tables a `register_id` that
/// cascades, `Record::register` and `PartsByRegister` list them).
pub fn register_parts() -> Vec<RecordKind> {
    reference_fields()
        .into_iter()
        .filter(|(_, fields)| {
            fields
                .iter()
                .any(|f| f.path == "register" && f.target == RecordKind::Register && f.required)
        })
        .map(|(kind, _)| kind)
        .collect()
}

/// A blank record's JSON as the UI starts from it: the nil id and the
/// required references still to be given are `null`.
fn blank_json(kind: RecordKind) -> Value {
    let record = Record::blank(kind);
    let mut value: Value = serde_json::from_str(&record.data().expect("records serialize"))
        .expect("records serialize");
    null_nil_ids(&mut value);
    value
}

fn null_nil_ids(value: &mut Value) {
    match value {
        Value::String(s) if s.as_str() == NO_ID.to_string() => *value = Value::Null,
        Value::Array(items) => items.iter_mut().for_each(null_nil_ids),
        Value::Object(fields) => fields.values_mut().for_each(null_nil_ids),
        _ => {}
    }
}

/// A JSDoc type for one field's schema.
fn js_type(schema: &Value, node: &Value) -> String {
    if let Some(reference) = node["$ref"].as_str() {
        return match definition(schema, reference) {
            Some((name, target))
                if kind_of_id(name).is_some() || target.get("properties").is_some() =>
            {
                name.to_string()
            }
            Some((_, target)) => js_type(schema, target),
            None => "*".into(),
        };
    }
    // A variant with its own doc comment is a `const` of its own.
    if let Some(value) = node.get("const") {
        return value.to_string().replace('"', "'");
    }
    if let Some(values) = node["enum"].as_array() {
        return values
            .iter()
            .map(|v| v.to_string().replace('"', "'"))
            .collect::<Vec<_>>()
            .join("|");
    }
    for alternatives in ["anyOf", "oneOf"] {
        if let Some(list) = node[alternatives].as_array() {
            let mut types: Vec<String> = list.iter().map(|n| js_type(schema, n)).collect();
            types.dedup();
            return types.join("|");
        }
    }
    let one = |t: &str| match t {
        "string" => "string".to_string(),
        "integer" | "number" => "number".to_string(),
        "boolean" => "boolean".to_string(),
        "null" => "null".to_string(),
        "array" => format!("Array<{}>", js_type(schema, &node["items"])),
        "object" => match node.get("additionalProperties") {
            Some(values) if values.is_object() => {
                format!("Object<string, {}>", js_type(schema, values))
            }
            _ => "Object".to_string(),
        },
        _ => "*".to_string(),
    };
    match &node["type"] {
        Value::String(t) => one(t),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .map(one)
            .collect::<Vec<_>>()
            .join("|"),
        _ => "*".into(),
    }
}

/// `@typedef`s for every object type a record holds, in the schema's order.
fn typedefs(schema: &Value) -> String {
    let mut out = String::new();
    for (name, node) in schema["$defs"].as_object().into_iter().flatten() {
        if name == "Document" {
            continue;
        }
        if kind_of_id(name).is_some() {
            let _ = writeln!(
                out,
                "/** @typedef {{string}} {name} The id (UUID) of a record. */"
            );
            continue;
        }
        let Some(properties) = node["properties"].as_object() else {
            continue;
        };
        let required: Vec<&str> = node["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let _ = writeln!(out, "/**\n * @typedef {{Object}} {name}");
        for (field, property) in properties {
            let ty = js_type(schema, property);
            let field = if required.contains(&field.as_str()) {
                field.clone()
            } else {
                format!("[{field}]")
            };
            let _ = writeln!(out, " * @property {{{ty}}} {field}");
        }
        out.push_str(" */\n");
    }
    out
}

/// The text of `ui/app/generated/records.js`.
pub fn records_js() -> String {
    let schema = schema();
    let kinds: Vec<RecordKind> = RecordKind::ALL
        .iter()
        .copied()
        .filter(|k| *k != RecordKind::Organisation)
        .collect();
    let list_of: Map<String, Value> = kinds
        .iter()
        .map(|k| (k.name().to_string(), k.list_name().into()))
        .collect();
    let blanks: Map<String, Value> = RecordKind::ALL
        .iter()
        .map(|k| (k.name().to_string(), blank_json(*k)))
        .collect();
    let references: Map<String, Value> = reference_fields()
        .into_iter()
        .map(|(kind, fields)| {
            let fields: Vec<Value> = fields
                .into_iter()
                .map(|f| json!({"path": f.path, "kind": f.target.name(), "required": f.required}))
                .collect();
            (kind.name().to_string(), fields.into())
        })
        .collect();
    let parts: Vec<&str> = register_parts().into_iter().map(RecordKind::name).collect();
    let mut legal_basis = serde_json::to_value(blank_legal_basis()).expect("claims serialize");
    null_nil_ids(&mut legal_basis);
    let pretty = |value: &Value| serde_json::to_string_pretty(value).expect("JSON serializes");
    let kind_union = RecordKind::ALL
        .iter()
        .map(|k| format!("'{}'", k.name()))
        .collect::<Vec<_>>()
        .join("|");
    let mut out = String::new();
    out.push_str(
        "// Generated from the Rust model (crates/model/src/ui_records.rs); do not edit.\n\
         // Regenerate: KIRJURI_WRITE_UI=1 cargo test -p kirjuri-model --test ui_records\n\n",
    );
    let _ = writeln!(out, "/** @typedef {{{kind_union}}} RecordKind */\n");
    out.push_str(&typedefs(schema));
    let _ = writeln!(
        out,
        "\n/** The record kinds with a list in the document, in dependency order. @type {{RecordKind[]}} */\nexport const KINDS = {};\n",
        pretty(&kinds.iter().map(|k| k.name()).collect::<Vec<_>>().into())
    );
    let _ = writeln!(
        out,
        "/** The document's list of each record kind. @type {{Object<RecordKind, string>}} */\nexport const LIST_OF = {};\n",
        pretty(&list_of.into())
    );
    let _ = writeln!(
        out,
        "/** The kinds that are parts of one register (a `register` field; deleting the register deletes them). */\nexport const REGISTER_PARTS = {};\n",
        pretty(&parts.into())
    );
    let _ = writeln!(
        out,
        "/** Each kind's fields that refer to other records (`*`: every element of a list; required: deleting the target deletes the record). */\nexport const REFERENCES = {};\n",
        pretty(&references.into())
    );
    let _ = writeln!(
        out,
        "/** The record a new one of each kind starts from (`Record::blank`): `id` and the required references are null until given. */\nexport const BLANK_RECORD = {};\n",
        pretty(&blanks.into())
    );
    let _ = writeln!(
        out,
        "/** A purpose's new legal basis. @type {{LegalBasisClaim}} */\nexport const BLANK_LEGAL_BASIS = {};",
        pretty(&legal_basis)
    );
    out
}
