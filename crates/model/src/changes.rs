//! What an edit changed, in the shape the window takes it: the records added
//! or changed (whole, with their kind and place), the records removed, and
//! the findings as splices of the list the window already has. An edit then
//! costs what it changed, not what the document holds.

use crate::records::{Document, Record, RecordChange, RecordKind};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The records one edit (or undo, or redo) changed. Applied to the document
/// before it ([`Document::apply_change_set`]) it gives the document after.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ChangeSet {
    /// Records added or changed, each whole, with its place after the edit.
    pub changed: Vec<ChangedRecord>,
    /// Records that are gone (a deleted register takes its parts along).
    pub removed: Vec<RemovedRecord>,
}

/// A record as it is after an edit, and its place in its kind's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ChangedRecord {
    /// The record's index in its kind's list in the document after the edit.
    pub index: usize,
    /// `{"kind": …, "record": {…}}`, as in an edit.
    #[serde(flatten)]
    pub record: Record,
}

/// A record an edit removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

/// One change to a list: at `at` (an index in the list before any splice),
/// `remove` items go and `insert` come in their place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
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
