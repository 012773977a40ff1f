//! What an edit changed, in the shape the window takes it: the records added
//! or changed (whole, with their kind and place), the records removed, and
//! the findings as splices of the list the window already has. An edit then
//! costs what it changed, not what the document holds. Also the rules every
//! edit follows before it is planned ([`Document::following_text_rules`]):
//! template text has one owner, translations know what they translate, and a
//! confirmed section or an answered question is no longer a suggestion.

use crate::missing_text::texts_of;
use crate::records::{Document, Edit, Record, RecordChange, RecordKind};
use crate::templates::{section_fields, section_records};
use crate::text::LocalizedText;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use uuid::Uuid;

/// The records one edit (or undo, or redo) changed. Applied to the document
/// before it ([`Document::apply_change_set`]) it gives the document after.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
pub struct ChangeSet {
    /// Records added or changed, each whole, with its place after the edit.
    pub changed: Vec<ChangedRecord>,
    /// Records that are gone (a deleted register takes its parts along).
    pub removed: Vec<RemovedRecord>,
}

/// A record as it is after an edit, and its place in its kind's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
pub struct ChangedRecord {
    /// The record's index in its kind's list in the document after the edit.
    pub index: usize,
    /// `{"kind": …, "record": {…}}`, as in an edit.
    #[serde(flatten)]
    pub record: Record,
}

/// A record an edit removed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
pub struct RemovedRecord {
    pub kind: RecordKind,
    pub id: Uuid,
}

impl ChangeSet {
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty()
    }
}

impl Document {
    /// The change set of `changes`, where `self` is the document after them
    /// (the places are read from it).
    pub fn change_set(&self, changes: &[RecordChange]) -> ChangeSet {
        let mut set = ChangeSet::default();
        for change in changes {
            match (&change.after, self.index_of(change.kind, change.id)) {
                (Some(record), Some(index)) => set.changed.push(ChangedRecord {
                    index,
                    record: record.clone(),
                }),
                _ => set.removed.push(RemovedRecord {
                    kind: change.kind,
                    id: change.id,
                }),
            }
        }
        set
    }
}

impl Document {
    /// `edits` as the rules of texts and suggestions make them, for
    /// [`Document::plan`] and [`Document::plan_puts`] (so the window,
    /// `kirjuri apply` and an import follow them alike). A put of a record
    /// that exists keeps each of its texts by [`LocalizedText::after_edit`]
    /// against the record before; a register put that confirms a template
    /// section confirms the section's texts too (extra puts), and one that
    /// answers a question drops that question's suggested answer. A new
    /// record and a delete pass as they are.
    pub fn following_text_rules(&self, edits: &[Edit]) -> Vec<Edit> {
        let working = edits
            .iter()
            .rev()
            .find_map(|edit| match edit {
                Edit::Put {
                    record: Record::Organisation(o),
                } => Some(o.working_language),
                _ => None,
            })
            .unwrap_or(self.organisation.working_language);
        let mut latest: HashMap<(RecordKind, Uuid), Option<Record>> = HashMap::new();
        let mut out = Vec::with_capacity(edits.len());
        for edit in edits {
            let record = match edit {
                Edit::Put { record } => record,
                Edit::Delete { kind, id } => {
                    latest.insert((*kind, *id), None);
                    out.push(edit.clone());
                    continue;
                }
            };
            let key = (record.kind(), record.id());
            let before = match latest.get(&key) {
                Some(state) => state.clone(),
                None => self.get(key.0, key.1),
            };
            let Some(before) = before else {
                latest.insert(key, Some(record.clone()));
                out.push(edit.clone());
                continue;
            };
            let old_texts: HashMap<String, LocalizedText> = texts_of(&before).into_iter().collect();
            let mut after = rewrite_texts(record, |path, text| {
                old_texts
                    .get(path)
                    .cloned()
                    .unwrap_or_default()
                    .after_edit(text, working)
            });
            let mut confirmations = Vec::new();
            // A mechanism answered takes the catalogue's suggestion away.
            if let Record::Transfer(transfer) = &mut after {
                if transfer.mechanism.is_some() {
                    transfer.suggested_mechanism = None;
                }
            }
            if let (Record::Register(old), Record::Register(new)) = (&before, &mut after) {
                new.suggested_answers = new.suggested_answers.left_after(old, new);
                let confirmed: Vec<_> = old
                    .unreviewed_template_text
                    .iter()
                    .filter(|s| !new.unreviewed_template_text.contains(s))
                    .copied()
                    .collect();
                for section in confirmed {
                    for field in section_fields(section) {
                        if let Some(text) = register_text(new, field) {
                            *text = text.clone().confirmed(working);
                        }
                    }
                    for part in section_records(self, old, section) {
                        let part_key = (part.kind(), part.id());
                        let current = match latest.get(&part_key) {
                            Some(Some(state)) => state.clone(),
                            Some(None) => continue,
                            None => part,
                        };
                        let confirmed =
                            rewrite_texts(&current, |_, text| text.clone().confirmed(working));
                        if confirmed != current {
                            latest.insert(part_key, Some(confirmed.clone()));
                            confirmations.push(Edit::Put { record: confirmed });
                        }
                    }
                }
            }
            latest.insert(key, Some(after.clone()));
            out.push(Edit::Put { record: after });
            out.extend(confirmations);
        }
        out
    }
}

/// The register's own text field of that JSON name.
fn register_text<'r>(
    register: &'r mut crate::document::Register,
    field: &str,
) -> Option<&'r mut LocalizedText> {
    Some(match field {
        "name" => &mut register.name,
        "description" => &mut register.description,
        "consequence_of_not_providing" => &mut register.consequence_of_not_providing,
        "automated_decisions_description" => &mut register.automated_decisions_description,
        "disclosures_qualifier" => &mut register.disclosures_qualifier,
        "transfers_qualifier" => &mut register.transfers_qualifier,
        _ => return None,
    })
}

/// `record` with each of its texts replaced by what `rule` makes of it
/// (given the text's path, as the JSON format names it under `record`).
fn rewrite_texts(
    record: &Record,
    mut rule: impl FnMut(&str, &LocalizedText) -> LocalizedText,
) -> Record {
    let fixes: Vec<(String, LocalizedText)> = texts_of(record)
        .into_iter()
        .filter_map(|(path, text)| {
            let fixed = rule(&path, &text);
            (fixed != text).then_some((path, fixed))
        })
        .collect();
    if fixes.is_empty() {
        return record.clone();
    }
    let Ok(mut value) = serde_json::to_value(record) else {
        return record.clone();
    };
    for (path, text) in fixes {
        if let (Some(slot), Ok(text)) = (at_path(&mut value, &path), serde_json::to_value(&text)) {
            *slot = text;
        }
    }
    // The value came from a record and only texts changed in it.
    serde_json::from_value(value).unwrap_or_else(|_| record.clone())
}

/// The value at `path` (`record.legal_bases[0].legitimate_interest`).
fn at_path<'v>(value: &'v mut serde_json::Value, path: &str) -> Option<&'v mut serde_json::Value> {
    let mut current = value;
    for piece in path.split('.') {
        let (name, indices) = piece.split_at(piece.find('[').unwrap_or(piece.len()));
        if !name.is_empty() {
            current = current.get_mut(name)?;
        }
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            let index: usize = index.trim_end_matches(']').parse().ok()?;
            current = current.get_mut(index)?;
        }
    }
    Some(current)
}

/// One change to a list: at `at` (an index in the list before any splice),
/// `remove` items go and `insert` come in their place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
pub struct Splice<T> {
    pub at: usize,
    pub remove: usize,
    pub insert: Vec<T>,
}

/// How far apart, in items skipped on both sides, a change in the list may
/// end before the rest of the list is sent whole.
const RESYNC_LIMIT: usize = 512;

/// The splices, in list order, that turn `old` into `new`. Made for lists
/// that differ in a few places (the findings before and after an edit): an
/// equal run is kept, and after a difference the nearest item both lists
/// share again ends the splice. Whatever `old` and `new` are, applying the
/// splices to `old` gives `new` ([`apply_splices`]).
pub fn splices<T: PartialEq + Clone>(old: &[T], new: &[T]) -> Vec<Splice<T>> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            i += 1;
            j += 1;
            continue;
        }
        let (left_old, left_new) = (old.len() - i, new.len() - j);
        let mut found = None;
        if left_old > 0 && left_new > 0 {
            'search: for distance in 1..=RESYNC_LIMIT.min(left_old + left_new) {
                for a in distance.saturating_sub(left_new - 1)..=distance.min(left_old - 1) {
                    let b = distance - a;
                    if old[i + a] == new[j + b] {
                        found = Some((a, b));
                        break 'search;
                    }
                }
            }
        }
        let (a, b) = found.unwrap_or((left_old, left_new));
        out.push(Splice {
            at: i,
            remove: a,
            insert: new[j..j + b].to_vec(),
        });
        i += a;
        j += b;
    }
    out
}

/// `old` with `splices` applied (as the window does it).
pub fn apply_splices<T: Clone>(old: &[T], splices: &[Splice<T>]) -> Vec<T> {
    let mut out = Vec::with_capacity(old.len());
    let mut i = 0;
    for splice in splices {
        let at = splice.at.min(old.len());
        out.extend_from_slice(&old[i.min(at)..at]);
        out.extend(splice.insert.iter().cloned());
        i = (at + splice.remove).min(old.len());
    }
    out.extend_from_slice(&old[i.min(old.len())..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splices_turn_the_old_list_into_the_new_one() {
        let cases: &[(&[u32], &[u32])] = &[
            (&[], &[]),
            (&[], &[1, 2]),
            (&[1, 2], &[]),
            (&[1, 2, 3], &[1, 2, 3]),
            (&[1, 2, 3], &[1, 9, 3]),
            (&[1, 2, 3, 4, 5], &[1, 3, 4, 7, 5, 8]),
            (&[5, 5, 5], &[5, 5]),
            (&[1, 2], &[3, 4, 5]),
        ];
        for (old, new) in cases {
            let found = splices(old, new);
            assert_eq!(&apply_splices(old, &found), new, "{old:?} → {new:?}");
        }
        // An unchanged list needs no splice; one changed item, one splice of one.
        assert!(splices(&[1, 2, 3], &[1, 2, 3]).is_empty());
        assert_eq!(
            splices(&[1, 2, 3], &[1, 9, 3]),
            vec![Splice {
                at: 1,
                remove: 1,
                insert: vec![9]
            }]
        );
    }

    #[test]
    fn splices_agree_on_pseudo_random_lists() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let old: Vec<u64> = (0..next() % 60).map(|_| next() % 8).collect();
            let mut new = old.clone();
            for _ in 0..next() % 6 {
                let at = (next() as usize) % (new.len() + 1);
                match next() % 3 {
                    0 => new.insert(at, next() % 8),
                    1 if at < new.len() => {
                        new.remove(at);
                    }
                    _ if at < new.len() => new[at] = next() % 8,
                    _ => {}
                }
            }
            assert_eq!(apply_splices(&old, &splices(&old, &new)), new);
        }
    }
}
