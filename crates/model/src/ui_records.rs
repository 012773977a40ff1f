//! What the UI knows of the record kinds, generated from the model so that it
//! is declared once: each kind's list in the document, the record a new one
//! starts from (`Record::blank`), which fields refer to other records, which
//! kinds are parts of a register, and a JSDoc type per record. Written to
//! `ui/app/generated/records.js` (committed; `tests/ui_records.rs` fails
//! when it is stale and says how to regenerate it).

use crate::document::*;
use crate::ids::*;
use crate::paperwork::*;
use crate::records::{Document, Record, RecordKind};
use crate::terminology::*;
use crate::text::LocalizedText;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::fmt::Write;
use uuid::Uuid;

/// The id every blank record carries until the editor gives it its own;
/// a required reference left at it is no reference (`null` in the UI).
const NO_ID: Uuid = Uuid::nil();

impl Record {
    /// The record the editor starts a new one of `kind` from: every question
    /// not answered, every text empty, the nil id, and a required reference
    /// (its register, its system) still to be given. Where a field has no
    /// "not answered" (a processor's hosting, a cookie's class and duration,
    /// a retention rule's trigger, a rights procedure's right) the form shows
    /// the value below selected for the user to change.
    pub fn blank(kind: RecordKind) -> Record {
        let register = RegisterId(NO_ID);
        let text = LocalizedText::default;
        match kind {
            RecordKind::Organisation => Record::Organisation(Organisation {
                id: OrganisationId(NO_ID),
                ..Document::new(text()).organisation
            }),
            RecordKind::Person => Record::Person(Person {
                id: PersonId(NO_ID),
                name: String::new(),
                title: text(),
                phone: String::new(),
                email: String::new(),
            }),
            RecordKind::DataSubjectCategory => Record::DataSubjectCategory(DataSubjectCategory {
                id: DataSubjectCategoryId(NO_ID),
                name: text(),
            }),
            RecordKind::Source => Record::Source(Source {
                id: SourceId(NO_ID),
                kind: None,
                name: text(),
                public: false,
                collection_procedure: text(),
            }),
            RecordKind::Recipient => Record::Recipient(Recipient {
                id: RecipientId(NO_ID),
                kind: None,
                name: text(),
                category: false,
                country: String::new(),
                agreement: None,
            }),
            RecordKind::Processor => Record::Processor(Processor {
                id: ProcessorId(NO_ID),
                vendor: text(),
                product: String::new(),
                hosting: Hosting::ThirdParty,
                country: String::new(),
                address: text(),
                function: text(),
                data_location: text(),
                data_location_country: String::new(),
                data_held: text(),
                agreement: None,
            }),
            RecordKind::StorageLocation => Record::StorageLocation(StorageLocation {
                id: StorageLocationId(NO_ID),
                description: text(),
                processor: None,
                paper: false,
            }),
            RecordKind::SecurityMeasure => Record::SecurityMeasure(SecurityMeasure {
                id: SecurityMeasureId(NO_ID),
                kind: None,
                description: text(),
            }),
            RecordKind::Cookie => Record::Cookie(Cookie {
                id: CookieId(NO_ID),
                name: text(),
                provider: String::new(),
                class: CookieClass::Necessary,
                duration: CookieDuration::Session,
                lifetime: text(),
                purpose: text(),
                requires_consent: Answer::NotAnswered,
            }),
            RecordKind::Register => Record::Register(Register {
                id: register,
                ..Register::new(text())
            }),
            RecordKind::DataItemGroup => Record::DataItemGroup(DataItemGroup {
                id: DataItemGroupId(NO_ID),
                register,
                name: text(),
                personal_data: true,
            }),
            RecordKind::DataItem => Record::DataItem(DataItem {
                id: DataItemId(NO_ID),
                register,
                group: None,
                name: text(),
                requirement: None,
                consequence_if_not_given: text(),
                flags: DataItemFlags::default(),
                special_category: None,
                need_for_national_id: text(),
            }),
            RecordKind::Purpose => Record::Purpose(Purpose {
                id: PurposeId(NO_ID),
                register,
                description: text(),
                legal_bases: Vec::new(),
                direct_marketing: false,
            }),
            RecordKind::SystemLink => Record::SystemLink(SystemLink {
                id: SystemLinkId(NO_ID),
                register,
                processor: ProcessorId(NO_ID),
                data_items: Vec::new(),
                usage: text(),
            }),
            RecordKind::Disclosure => Record::Disclosure(Disclosure {
                id: DisclosureId(NO_ID),
                register,
                recipient: RecipientId(NO_ID),
                data: text(),
                purpose: text(),
                method: text(),
                condition: text(),
            }),
            RecordKind::Transfer => Record::Transfer(Transfer {
                id: TransferId(NO_ID),
                register,
                country: String::new(),
                processor: None,
                recipient: None,
                mechanism: None,
                documentation: text(),
            }),
            RecordKind::AccessRole => Record::AccessRole(AccessRole {
                id: AccessRoleId(NO_ID),
                register,
                name: text(),
                people: Vec::new(),
                permissions: Vec::new(),
                change_logging: None,
                granted_by: text(),
            }),
            RecordKind::RetentionRule => Record::RetentionRule(RetentionRule {
                id: RetentionRuleId(NO_ID),
                register,
                group: None,
                trigger: RetentionTrigger::Inactivity,
                period: text(),
                deletion_method: None,
                routine: text(),
                responsible: None,
                review_interval_months: None,
                last_reviewed: None,
            }),
            RecordKind::RightsProcedure => Record::RightsProcedure(RightsProcedure {
                id: RightsProcedureId(NO_ID),
                register,
                right: DataSubjectRight::Access,
                channel: text(),
                identity_check: text(),
                deadline_days: None,
                format: text(),
                notes: text(),
                fee: text(),
                frequency: text(),
                refusal_grounds: text(),
                law_reference: text(),
            }),
            RecordKind::DpiaScreening => Record::DpiaScreening(DpiaScreening {
                id: DpiaScreeningId(NO_ID),
                ..DpiaScreening::new(register)
            }),
            RecordKind::Breach => Record::Breach(Breach {
                id: BreachId(NO_ID),
                ..Breach::new(text())
            }),
            RecordKind::DataSubjectRequest => Record::DataSubjectRequest(DataSubjectRequest {
                id: DataSubjectRequestId(NO_ID),
                ..DataSubjectRequest::new()
            }),
            RecordKind::ClientController => Record::ClientController(ClientController {
                id: ClientControllerId(NO_ID),
                ..ClientController::new(text())
            }),
        }
    }
}

/// A legal basis of a purpose as the editor adds one: no basis chosen yet.
pub fn blank_legal_basis() -> LegalBasisClaim {
    LegalBasisClaim {
        basis: None,
        data_subject_categories: Vec::new(),
        legitimate_interest: LocalizedText::default(),
        special_category_condition: None,
        law_reference: LocalizedText::default(),
    }
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
fn schema() -> Value {
    serde_json::to_value(schemars::schema_for!(Document)).expect("schemas serialize")
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
    let document = &schema; // the root is the document
    let mut all = BTreeMap::new();
    for kind in RecordKind::ALL.iter().copied() {
        let field = match kind {
            RecordKind::Organisation => "organisation".to_string(),
            kind => kind.list_name().to_string(),
        };
        let node = &document["properties"][&field];
        let node = node.get("items").unwrap_or(node);
        let mut found = Vec::new();
        if let Some((_, record)) = node["$ref"].as_str().and_then(|r| definition(&schema, r)) {
            walk_object(&schema, record, "", &mut found);
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
    out.push_str(&typedefs(&schema));
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
