//! The change history read back from the edit log: when, who, and what changed,
//! field by field (old → new), computed from each record's before and after state.

use kirjuri_model::{LocalizedText, Record, RecordChange, RecordKind};
use serde::Serialize;
use uuid::Uuid;

/// What an entry of the edit log is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum EditAction {
    /// A user's edit (the first one creates the document).
    Edit,
    /// Sets back what `undoes` changed.
    Undo,
    /// Sets back what the undo `undoes` changed.
    Redo,
    /// Deleted records were forgotten: their states left the log. Which ones
    /// is not said, on purpose.
    Forget,
}

impl EditAction {
    pub fn name(self) -> &'static str {
        match self {
            EditAction::Edit => "edit",
            EditAction::Undo => "undo",
            EditAction::Redo => "redo",
            EditAction::Forget => "forget",
        }
    }

    pub fn from_name(name: &str) -> Option<EditAction> {
        [
            EditAction::Edit,
            EditAction::Undo,
            EditAction::Redo,
            EditAction::Forget,
        ]
        .into_iter()
        .find(|action| action.name() == name)
    }
}

/// One edit the user made, an undo or redo of one, or a forget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct HistoryEntry {
    pub edit: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub user: String,
    pub action: EditAction,
    /// The edit this one undid (an undo), or the undo it reverted (a redo).
    pub undoes: Option<i64>,
    pub changes: Vec<FieldChange>,
    /// The edit's stable id, shared by the copies of the file (`lineage`).
    pub uid: String,
    /// What the records do not say: the file a merge came from and what it
    /// declined, or what a forget re-sealed.
    pub note: Option<String>,
}

/// What a user's edit did, in a few words: the verb, the main record and how
/// many other records changed with it (the parts of a deleted register).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ChangeSummary {
    pub verb: SummaryVerb,
    pub kind: RecordKind,
    pub id: Uuid,
    /// The record's name (or description), when it has one.
    pub name: Option<LocalizedText>,
    pub others: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SummaryVerb {
    Created,
    Changed,
    Deleted,
}

/// The summary of an edit's changes: the first change is the record the
/// user acted on (the edit lists it before what cascaded from it).
pub fn summary(changes: &[RecordChange]) -> Option<ChangeSummary> {
    let first = changes.first()?;
    let verb = match (&first.before, &first.after) {
        (None, _) => SummaryVerb::Created,
        (Some(_), None) => SummaryVerb::Deleted,
        (Some(_), Some(_)) => SummaryVerb::Changed,
    };
    let record = first.after.as_ref().or(first.before.as_ref());
    Some(ChangeSummary {
        verb,
        kind: first.kind,
        id: first.id,
        name: record.and_then(record_name),
        others: changes.len() - 1,
    })
}

/// A record's name as the user knows it: its `name`, else its `description`, else `vendor`.
pub(crate) fn record_name(record: &Record) -> Option<LocalizedText> {
    let json = serde_json::to_value(record).ok()?;
    ["name", "description", "vendor"]
        .iter()
        .find_map(|field| match &json["record"][field] {
            serde_json::Value::String(text) if !text.is_empty() => {
                Some(LocalizedText::same(text.clone()))
            }
            value @ serde_json::Value::Object(_) => {
                serde_json::from_value::<LocalizedText>(value.clone())
                    .ok()
                    .filter(|text| !text.is_empty())
            }
            _ => None,
        })
}

/// One field of one record, before and after. `None` means absent (a new or deleted record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
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
            if let Ok(json) = serde_json::to_value(record) {
                leaves_of(&json["record"], String::new(), &mut leaves);
            }
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
