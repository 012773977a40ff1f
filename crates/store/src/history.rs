//! The change history read back from the edit log: when, who, and what changed,
//! field by field (old → new), computed from each record's before and after state.

use kirjuri_model::{Record, RecordKind};
use serde::Serialize;
use uuid::Uuid;

/// One edit the user made (or an undo of one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    pub edit: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub user: String,
    /// The edit this one undid.
    pub undoes: Option<i64>,
    pub changes: Vec<FieldChange>,
}

/// One field of one record, before and after. `None` means absent (a new or deleted record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub kind: RecordKind,
    pub id: Uuid,
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The fields that differ between two states of one record.
pub fn field_changes(
    kind: RecordKind,
    id: Uuid,
    before: Option<&Record>,
    after: Option<&Record>,
) -> Vec<FieldChange> {
    let flatten = |record: Option<&Record>| {
        let mut leaves = std::collections::BTreeMap::new();
        if let Some(record) = record {
            let json = serde_json::to_value(record).expect("records serialize");
            leaves_of(&json["record"], String::new(), &mut leaves);
        }
        leaves
    };
    let old = flatten(before);
    let new = flatten(after);
    let mut fields: Vec<&String> = old.keys().chain(new.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|field| old.get(*field) != new.get(*field))
        .map(|field| FieldChange {
            kind,
            id,
            field: field.clone(),
            old: old.get(field).cloned(),
            new: new.get(field).cloned(),
        })
        .collect()
}

fn leaves_of(
    value: &serde_json::Value,
    path: String,
    out: &mut std::collections::BTreeMap<String, String>,
) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        serde_json::Value::Object(fields) => {
            for (key, field) in fields {
                leaves_of(field, join(key), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                leaves_of(item, format!("{path}[{index}]"), out);
            }
        }
        serde_json::Value::Null => {}
        serde_json::Value::String(text) => {
            out.insert(path, text.clone());
        }
        other => {
            out.insert(path, other.to_string());
        }
    }
}
