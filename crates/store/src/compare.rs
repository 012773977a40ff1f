//! Comparing two copies of a document and merging the other copy into the
//! open one (docs/merge.md).
//!
//! Where the two edit logs share their first edits (`lineage`), the last
//! shared edit is the fork: each side's document as it was there is found by
//! setting back every later edit, and the merge is three-way with that as
//! its base. A record forgotten on one side after the fork is missing from
//! that side's base: it is never brought back (forget wins). Files with no
//! shared edit (a copy without history, an import, another document) are
//! compared record by record, two-way: records on one side only are kept,
//! nothing is deleted, and differing fields are conflicts.
//!
//! Fields merge leaf by leaf in the records' JSON: a localized text per
//! language, any nested object per field, a list of strings (ids, kinds) as a
//! set (both sides' additions kept, theirs after mine); anything else is one
//! value. Taking a merge is one edit of the open file ([`Store::merge`]),
//! with a note naming the other file and what was declined; the other file
//! is only read. It leaves out how the window shows a comparison.

use crate::history::{self, SummaryVerb};
use crate::{lock, Store, StoreError};
use kirjuri_model::{Edit, EditError, LocalizedText, Record, RecordChange, RecordKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use uuid::Uuid;

type Key = (RecordKind, Uuid);
type Records = BTreeMap<Key, Record>;

/// Why two files cannot be compared or merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0} is given twice; compare a document with another copy of it")]
    SameFile(PathBuf),
    #[error("{theirs} is a document of another organisation (\"{theirs_name}\", not \"{mine_name}\"); nothing was compared. To compare them record by record anyway, say so (--different-organisation)")]
    DifferentOrganisation {
        theirs: PathBuf,
        mine_name: String,
        theirs_name: String,
    },
    #[error("a text of your own can only replace a text; {kind} {id} {field} is not one")]
    NotAText {
        kind: RecordKind,
        id: Uuid,
        field: String,
    },
}

impl MergeError {
    /// A stable code the user interface switches on.
    pub fn code(&self) -> &'static str {
        match self {
            MergeError::Store(error) => error.code(),
            MergeError::SameFile(_) => "same_file",
            MergeError::DifferentOrganisation { .. } => "different_organisation",
            MergeError::NotAText { .. } => "invalid_edit",
        }
    }
}

/// Which copy a change was made in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The open file, that a merge writes.
    Mine,
    /// The other copy, only read.
    Theirs,
}

/// How the two histories relate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Lineage {
    /// The logs share their edits up to `fork` (the last shared edit).
    Shared {
        fork_uid: String,
        fork_at: String,
        fork_user: String,
        /// How many edits each side made after the fork.
        mine_since: usize,
        theirs_since: usize,
    },
    /// No shared edit: compared by record id, two-way.
    Unrelated,
}

/// What one side did to one record since the fork (two-way: how theirs differs from mine).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct RecordDiff {
    pub side: Side,
    pub kind: RecordKind,
    pub id: Uuid,
    pub name: Option<LocalizedText>,
    pub verb: SummaryVerb,
    /// Field by field, as the history shows them (`name.fi`: old → new).
    pub fields: Vec<FieldDiff>,
    /// Who last changed the record on that side, and when (RFC 3339).
    pub who: Option<String>,
    pub at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FieldDiff {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
    pub who: Option<String>,
    pub at: Option<String>,
}

/// A record that one side forgot (erased from its history) and the other
/// still has or had: a merge never brings it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Forgotten {
    /// The side that forgot it.
    pub side: Side,
    pub kind: RecordKind,
    pub id: Uuid,
}

/// Two copies compared.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub mine: PathBuf,
    pub theirs: PathBuf,
    pub lineage: Lineage,
    pub different_organisation: bool,
    /// Mine's changes first, then theirs', each in record kind order.
    pub changes: Vec<RecordDiff>,
    pub forgotten: Vec<Forgotten>,
    base: Option<Records>,
    mine_records: Records,
    theirs_records: Records,
}

impl Comparison {
    /// True when the two copies hold the same document.
    pub fn is_same(&self) -> bool {
        self.changes.is_empty() && self.forgotten.is_empty()
    }

    pub fn is_two_way(&self) -> bool {
        self.base.is_none()
    }
}

/// What the caller allows.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompareOptions {
    /// Compare a copy of another organisation record by record.
    pub different_organisation: bool,
}

/// Compares the open document `mine` with the other copy `theirs`. Both
/// logs must hold their seals; `theirs` must not be open for editing elsewhere.
pub fn compare(
    mine: &Store,
    theirs: &Store,
    options: CompareOptions,
) -> Result<Comparison, MergeError> {
    if same_file(mine.path(), theirs.path()) {
        return Err(MergeError::SameFile(theirs.path().to_path_buf()));
    }
    lock::check_not_in_use(theirs.path())?;
    let mine_log = mine.lineage()?;
    let theirs_log = theirs.lineage()?;
    let mine_org = &mine.document().organisation;
    let theirs_org = &theirs.document().organisation;
    let different_organisation = mine_org.id != theirs_org.id;
    if different_organisation && !options.different_organisation {
        let name = |text: &LocalizedText| {
            LocalizedText::resolve(text, kirjuri_model::Language::En)
                .text()
                .unwrap_or("")
                .to_string()
        };
        return Err(MergeError::DifferentOrganisation {
            theirs: theirs.path().to_path_buf(),
            mine_name: name(&mine_org.name),
            theirs_name: name(&theirs_org.name),
        });
    }
    let shared = if different_organisation {
        0
    } else {
        mine_log
            .iter()
            .zip(&theirs_log)
            .take_while(|(a, b)| !a.uid.is_empty() && a.uid == b.uid)
            .count()
    };
    let mine_records = records_of(mine, None);
    let theirs_records = records_of(theirs, different_organisation.then_some(mine_org.id.into()));
    let (lineage, base, forgotten, mine_from, theirs_from) = if shared == 0 {
        (Lineage::Unrelated, None, Vec::new(), i64::MIN, i64::MIN)
    } else {
        let mine_fork = &mine_log[shared - 1];
        let theirs_fork = &theirs_log[shared - 1];
        let base_mine = records_at(mine, &mine_records, mine_fork.edit)?;
        let base_theirs = records_at(theirs, &theirs_records, theirs_fork.edit)?;
        let mut forgotten = Vec::new();
        for key in base_theirs.keys().filter(|k| !base_mine.contains_key(k)) {
            forgotten.push(Forgotten {
                side: Side::Mine,
                kind: key.0,
                id: key.1,
            });
        }
        for key in base_mine.keys().filter(|k| !base_theirs.contains_key(k)) {
            forgotten.push(Forgotten {
                side: Side::Theirs,
                kind: key.0,
                id: key.1,
            });
        }
        let lineage = Lineage::Shared {
            fork_uid: mine_fork.uid.clone(),
            fork_at: mine_fork.at.clone(),
            fork_user: mine_fork.user.clone(),
            mine_since: mine_log.len() - shared,
            theirs_since: theirs_log.len() - shared,
        };
        (
            lineage,
            Some(base_mine),
            forgotten,
            mine_fork.edit + 1,
            theirs_fork.edit + 1,
        )
    };
    let mine_who = attribution(mine, mine_from)?;
    let theirs_who = attribution(theirs, theirs_from)?;
    let forgotten_by_mine: BTreeSet<Key> = forgotten
        .iter()
        .filter(|f| f.side == Side::Mine)
        .map(|f| (f.kind, f.id))
        .collect();
    let mut changes = Vec::new();
    match &base {
        Some(base) => {
            for (side, records, who) in [
                (Side::Mine, &mine_records, &mine_who),
                (Side::Theirs, &theirs_records, &theirs_who),
            ] {
                let keys: BTreeSet<&Key> = base.keys().chain(records.keys()).collect();
                for key in keys {
                    if side == Side::Theirs && forgotten_by_mine.contains(key) {
                        continue;
                    }
                    if let Some(diff) =
                        diff_record(side, *key, base.get(key), records.get(key), who)
                    {
                        changes.push(diff);
                    }
                }
            }
        }
        None => {
            for key in mine_records
                .keys()
                .filter(|k| !theirs_records.contains_key(k))
            {
                changes.extend(diff_record(
                    Side::Mine,
                    *key,
                    None,
                    mine_records.get(key),
                    &mine_who,
                ));
            }
            for (key, record) in &theirs_records {
                changes.extend(diff_record(
                    Side::Theirs,
                    *key,
                    mine_records.get(key),
                    Some(record),
                    &theirs_who,
                ));
            }
        }
    }
    Ok(Comparison {
        mine: mine.path().to_path_buf(),
        theirs: theirs.path().to_path_buf(),
        lineage,
        different_organisation,
        changes,
        forgotten,
        base,
        mine_records,
        theirs_records,
    })
}

/// Whether two paths name one file (also through a link).
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(a), Ok(b)) = (a.canonicalize(), b.canonicalize()) {
        if a == b {
            return true;
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    false
}

/// The document's records by kind and id; `organisation` gives another
/// organisation's record this document's id, so that the two compare.
fn records_of(store: &Store, organisation: Option<Uuid>) -> Records {
    store
        .document()
        .records()
        .into_iter()
        .map(|record| match (&record, organisation) {
            (Record::Organisation(o), Some(id)) => {
                let mut o = o.clone();
                o.id = kirjuri_model::OrganisationId(id);
                Record::Organisation(o)
            }
            _ => record,
        })
        .map(|record| ((record.kind(), record.id()), record))
        .collect()
}

/// The records as they were after edit `fork`: every later edit set back,
/// newest first. A record a later forget erased cannot be set back and is
/// missing (the caller finds it by comparing both sides).
fn records_at(store: &Store, now: &Records, fork: i64) -> Result<Records, StoreError> {
    let mut records = now.clone();
    let organisation = now
        .keys()
        .find(|k| k.0 == RecordKind::Organisation)
        .copied();
    for (_, changes) in store.logged_since(fork + 1)?.into_iter().rev() {
        for change in changes.into_iter().rev() {
            let key = match (change.kind, organisation) {
                // Another organisation's record is known by this one's id (`records_of`).
                (RecordKind::Organisation, Some(org)) => org,
                _ => (change.kind, change.id),
            };
            match change.before {
                Some(mut record) => {
                    if let (Record::Organisation(o), Some(org)) = (&mut record, organisation) {
                        o.id = kirjuri_model::OrganisationId(org.1);
                    }
                    records.insert(key, record);
                }
                None => {
                    records.remove(&key);
                }
            }
        }
    }
    Ok(records)
}

/// Who changed what on one side since `from`: for each record, its
/// changed fields with the user and time of the last edit that changed each.
type Attribution = HashMap<Key, Vec<(String, String, String)>>;

fn attribution(store: &Store, from: i64) -> Result<Attribution, StoreError> {
    let mut who: Attribution = HashMap::new();
    for (entry, changes) in store.logged_since(from)? {
        for change in changes {
            let fields = history::field_changes(
                change.kind,
                change.id,
                change.before.as_ref(),
                change.after.as_ref(),
            );
            let list = who.entry((change.kind, change.id)).or_default();
            if fields.is_empty() {
                list.push((String::new(), entry.user.clone(), entry.at.clone()));
            }
            for field in fields {
                list.push((field.field, entry.user.clone(), entry.at.clone()));
            }
        }
    }
    Ok(who)
}

/// The last edit on a side that changed `field` (a leaf path or a prefix of
/// one), else the last that changed the record.
fn who_changed(
    who: &Attribution,
    key: Key,
    field: Option<&str>,
) -> (Option<String>, Option<String>) {
    let Some(list) = who.get(&key) else {
        return (None, None);
    };
    let found = match field {
        Some(field) => list
            .iter()
            .rev()
            .find(|(path, _, _)| {
                path == field
                    || path.starts_with(&format!("{field}."))
                    || path.starts_with(&format!("{field}["))
            })
            .or(list.last()),
        None => list.last(),
    };
    match found {
        Some((_, user, at)) => (Some(user.clone()), Some(at.clone())),
        None => (None, None),
    }
}

fn diff_record(
    side: Side,
    key: Key,
    before: Option<&Record>,
    after: Option<&Record>,
    who: &Attribution,
) -> Option<RecordDiff> {
    if before == after {
        return None;
    }
    let verb = match (before, after) {
        (None, _) => SummaryVerb::Created,
        (Some(_), None) => SummaryVerb::Deleted,
        (Some(_), Some(_)) => SummaryVerb::Changed,
    };
    let fields = history::field_changes(key.0, key.1, before, after)
        .into_iter()
        .map(|change| {
            let (who, at) = who_changed(who, key, Some(&change.field));
            FieldDiff {
                field: change.field,
                old: change.old,
                new: change.new,
                who,
                at,
            }
        })
        .collect();
    let (who, at) = who_changed(who, key, None);
    Some(RecordDiff {
        side,
        kind: key.0,
        id: key.1,
        name: after.or(before).and_then(history::record_name),
        verb,
        fields,
        who,
        at,
    })
}

/// What a merge does with a field both sides changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Policy {
    /// Keep mine and report the conflict as open (the caller asks the user).
    #[default]
    Ask,
    /// Keep mine: the conflict is declined.
    KeepMine,
    /// Take theirs.
    TakeTheirs,
}

/// Why a field or record is a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictReason {
    /// Both sides changed the field, to different values.
    BothChanged,
    /// Mine deleted the record, theirs changed it.
    DeletedInMine,
    /// Theirs deleted (or forgot) the record, mine changed it or a record that refers to it.
    DeletedInTheirs,
    /// No shared history: the field differs.
    Differs,
}

/// One conflict, with both values (and the fork's, when there is one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Conflict {
    pub kind: RecordKind,
    pub id: Uuid,
    pub name: Option<LocalizedText>,
    /// The field's path (`name.fi`, `sources`); empty for the whole record.
    pub field: String,
    pub reason: ConflictReason,
    pub base: Option<String>,
    pub mine: Option<String>,
    pub theirs: Option<String>,
    /// Whether the merge took theirs (else mine stays, or `written`).
    pub took_theirs: bool,
    /// The text the user wrote instead of either side's.
    pub written: Option<String>,
    /// Whether the user chose (else the policy decided).
    pub chosen: bool,
}

/// What the user chose for one conflict: a side, or a text of their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "take", rename_all = "snake_case")]
pub enum Choice {
    Mine,
    Theirs,
    /// A third text, in place of a text both sides changed.
    Text {
        text: String,
    },
}

/// The choice for the conflict on `field` of one record (`""`: the whole record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ConflictChoice {
    pub kind: RecordKind,
    pub id: Uuid,
    #[serde(default)]
    pub field: String,
    pub choice: Choice,
}

/// A record whose changes in the other copy the user leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub id: Uuid,
}

/// The user's choices in the merge review: the other copy's record changes
/// left (everything theirs did to that record, conflicts included, is
/// declined) and a side or text per conflict. What is not chosen follows
/// the policy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct Choices {
    pub leave: Vec<RecordRef>,
    pub conflicts: Vec<ConflictChoice>,
}

/// How the conflicts of one plan are decided: the user's choice, else the policy.
struct Resolver<'a> {
    policy: Policy,
    chosen: HashMap<(Key, &'a str), &'a Choice>,
}

impl<'a> Resolver<'a> {
    fn new(policy: Policy, choices: &'a Choices) -> Resolver<'a> {
        let chosen = choices
            .conflicts
            .iter()
            .map(|c| (((c.kind, c.id), c.field.as_str()), &c.choice))
            .collect();
        Resolver { policy, chosen }
    }

    /// The choice for `field` of `key`, and whether the user made it.
    fn get(&self, key: Key, field: &str) -> (Choice, bool) {
        match self.chosen.get(&(key, field)) {
            Some(choice) => ((*choice).clone(), true),
            None if self.policy == Policy::TakeTheirs => (Choice::Theirs, false),
            None => (Choice::Mine, false),
        }
    }

    /// A conflict as decided; a text for a whole record is refused.
    fn conflict(&self, mut conflict: Conflict) -> Result<Conflict, MergeError> {
        let (choice, chosen) = self.get((conflict.kind, conflict.id), &conflict.field);
        conflict.chosen = chosen;
        match choice {
            Choice::Mine => {}
            Choice::Theirs => conflict.took_theirs = true,
            Choice::Text { text } => {
                if conflict.field.is_empty() {
                    return Err(MergeError::NotAText {
                        kind: conflict.kind,
                        id: conflict.id,
                        field: "(record)".to_string(),
                    });
                }
                conflict.written = Some(text);
            }
        }
        Ok(conflict)
    }
}

/// A change of theirs a merge could not take, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct NotMerged {
    pub kind: RecordKind,
    pub id: Uuid,
    pub reason: String,
}

/// What merging theirs into mine does, before it is taken.
#[derive(Debug, Clone)]
pub struct MergePlan {
    pub comparison: Comparison,
    pub policy: Policy,
    /// The one edit that takes the merge (deletes first, then puts).
    pub edits: Vec<Edit>,
    /// Theirs' changes taken, as records put or deleted.
    pub taken: Vec<(Key, SummaryVerb)>,
    pub conflicts: Vec<Conflict>,
    /// Records of theirs brought along because a merged record refers to them.
    pub brought_along: Vec<Key>,
    pub not_merged: Vec<NotMerged>,
    /// Records whose changes in theirs the user left.
    pub left: Vec<Key>,
}

impl MergePlan {
    /// Conflicts left to the user: all of them when the policy is to ask.
    pub fn open_conflicts(&self) -> usize {
        match self.policy {
            Policy::Ask => self.conflicts.iter().filter(|c| !c.chosen).count(),
            Policy::KeepMine | Policy::TakeTheirs => 0,
        }
    }

    /// The note of the merge's log entry: the other file, and everything
    /// declined, so that it can be found again.
    pub fn note(&self) -> String {
        let file = self
            .comparison
            .theirs
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.comparison.theirs.display().to_string());
        let mut note = format!(
            "merged from {file}{}: {} change(s) taken",
            if self.comparison.is_two_way() {
                " (no shared history: compared two-way)"
            } else {
                ""
            },
            self.taken.len()
        );
        let declined: Vec<String> = self
            .left
            .iter()
            .map(|(kind, id)| format!("left theirs' change of {kind} {id}"))
            .chain(self.conflicts.iter().filter(|c| !c.took_theirs).map(|c| {
                let field = if c.field.is_empty() {
                    "(record)"
                } else {
                    &c.field
                };
                match &c.written {
                    Some(_) => format!("wrote a text of mine for {} {} {field}", c.kind, c.id),
                    None => format!("kept mine for {} {} {field}", c.kind, c.id),
                }
            }))
            .chain(
                self.not_merged
                    .iter()
                    .map(|n| format!("not merged {} {}: {}", n.kind, n.id, n.reason)),
            )
            .chain(self.comparison.forgotten.iter().map(|f| {
                format!(
                    "not brought back {} {} ({} forgot it)",
                    f.kind,
                    f.id,
                    match f.side {
                        Side::Mine => "mine",
                        Side::Theirs => "theirs",
                    }
                )
            }))
            .collect();
        if !declined.is_empty() {
            note.push_str("; declined: ");
            note.push_str(&declined.join("; "));
        }
        note
    }
}

/// One record the other copy changed, as the review shows it: what theirs
/// did, its conflicts, and what the plan does with it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ReviewItem {
    pub kind: RecordKind,
    pub id: Uuid,
    pub name: Option<LocalizedText>,
    /// Theirs' change, field by field (none for a conflict on a record only mine changed).
    pub change: Option<RecordDiff>,
    pub conflicts: Vec<Conflict>,
    /// The plan takes theirs' change (in part, when a conflict kept mine).
    pub taken: bool,
    /// The user left it.
    pub left: bool,
    /// Why the plan cannot take it, when it cannot.
    pub not_merged: Option<String>,
}

/// The review's items of one register (its parts with it), or of the
/// organisation and what registers share (`register` none).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ReviewGroup {
    pub register: Option<Uuid>,
    pub name: Option<LocalizedText>,
    pub items: Vec<ReviewItem>,
}

impl MergePlan {
    /// Theirs' changes grouped by register: the groups with conflicts
    /// first, and in each group the records with conflicts first; otherwise
    /// in the order of the comparison (record kind, then id). The window's
    /// review and the change report both show this.
    pub fn review(&self) -> Vec<ReviewGroup> {
        let comparison = &self.comparison;
        let find = |key: &Key| {
            comparison
                .theirs_records
                .get(key)
                .or(comparison.mine_records.get(key))
                .or(comparison.base.as_ref().and_then(|b| b.get(key)))
        };
        let register_of = |key: &Key| -> Option<Uuid> {
            if key.0 == RecordKind::Register {
                return Some(key.1);
            }
            find(key).and_then(Record::register).map(Into::into)
        };
        let mut keys: Vec<Key> = comparison
            .changes
            .iter()
            .filter(|c| c.side == Side::Theirs)
            .map(|c| (c.kind, c.id))
            .collect();
        for conflict in &self.conflicts {
            let key = (conflict.kind, conflict.id);
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        let taken: BTreeSet<Key> = self
            .taken
            .iter()
            .map(|(key, _)| *key)
            .chain(self.brought_along.iter().copied())
            .collect();
        let mut groups: Vec<ReviewGroup> = Vec::new();
        for key in keys {
            let change = comparison
                .changes
                .iter()
                .find(|c| c.side == Side::Theirs && (c.kind, c.id) == key)
                .cloned();
            let conflicts: Vec<Conflict> = self
                .conflicts
                .iter()
                .filter(|c| (c.kind, c.id) == key)
                .cloned()
                .collect();
            let not_merged = self
                .not_merged
                .iter()
                .find(|n| (n.kind, n.id) == key)
                .map(|n| n.reason.clone());
            let item = ReviewItem {
                kind: key.0,
                id: key.1,
                name: change
                    .as_ref()
                    .and_then(|c| c.name.clone())
                    .or_else(|| find(&key).and_then(history::record_name)),
                taken: !self.left.contains(&key)
                    && not_merged.is_none()
                    && (conflicts.is_empty()
                        || taken.contains(&key)
                        || conflicts
                            .iter()
                            .any(|c| c.took_theirs || c.written.is_some())),
                left: self.left.contains(&key),
                change,
                conflicts,
                not_merged,
            };
            let register = register_of(&key);
            match groups.iter_mut().find(|g| g.register == register) {
                Some(group) => group.items.push(item),
                None => groups.push(ReviewGroup {
                    register,
                    name: register
                        .and_then(|id| find(&(RecordKind::Register, id)))
                        .and_then(history::record_name),
                    items: vec![item],
                }),
            }
        }
        for group in &mut groups {
            group.items.sort_by_key(|item| item.conflicts.is_empty());
        }
        groups.sort_by_key(|group| group.items.iter().all(|i| i.conflicts.is_empty()));
        groups
    }
}

/// Works out the merge of `theirs` into `mine` (nothing is written).
pub fn plan_merge(
    mine: &Store,
    theirs: &Store,
    policy: Policy,
    options: CompareOptions,
) -> Result<MergePlan, MergeError> {
    plan_merge_with(mine, theirs, policy, &Choices::default(), options)
}

/// Works out the merge of `theirs` into `mine` with the user's choices:
/// the record changes they leave, and a side or a text per conflict (the
/// rest follows `policy`). Nothing is written.
pub fn plan_merge_with(
    mine: &Store,
    theirs: &Store,
    policy: Policy,
    choices: &Choices,
    options: CompareOptions,
) -> Result<MergePlan, MergeError> {
    let comparison = compare(mine, theirs, options)?;
    let resolver = Resolver::new(policy, choices);
    let leave: BTreeSet<Key> = choices.leave.iter().map(|r| (r.kind, r.id)).collect();
    let changed_by_theirs: BTreeSet<Key> = comparison
        .changes
        .iter()
        .filter(|c| c.side == Side::Theirs)
        .map(|c| (c.kind, c.id))
        .collect();
    let left: Vec<Key> = leave
        .iter()
        .filter(|key| changed_by_theirs.contains(key))
        .copied()
        .collect();
    let two_way = comparison.is_two_way();
    let empty = Records::new();
    let base = comparison.base.as_ref().unwrap_or(&empty);
    let mine_records = &comparison.mine_records;
    let theirs_records = &comparison.theirs_records;
    let forgotten: BTreeMap<Key, Side> = comparison
        .forgotten
        .iter()
        .map(|f| ((f.kind, f.id), f.side))
        .collect();
    let mut conflicts = Vec::new();
    let mut puts: BTreeMap<Key, Record> = BTreeMap::new();
    let mut deletes: BTreeSet<Key> = BTreeSet::new();
    let mut taken: Vec<(Key, SummaryVerb)> = Vec::new();
    let keys: BTreeSet<&Key> = base
        .keys()
        .chain(mine_records.keys())
        .chain(theirs_records.keys())
        .collect();
    for &key in keys {
        if forgotten.get(&key) == Some(&Side::Mine) || leave.contains(&key) {
            continue;
        }
        let b = base.get(&key);
        let m = mine_records.get(&key);
        let t = theirs_records.get(&key);
        let name = m.or(t).or(b).and_then(history::record_name);
        let whole = |reason| {
            resolver.conflict(Conflict {
                kind: key.0,
                id: key.1,
                name: name.clone(),
                field: String::new(),
                reason,
                base: b.map(record_label),
                mine: m.map(record_label),
                theirs: t.map(record_label),
                took_theirs: false,
                written: None,
                chosen: false,
            })
        };
        if two_way {
            match (m, t) {
                (None, Some(t)) => {
                    puts.insert(key, t.clone());
                    taken.push((key, SummaryVerb::Created));
                }
                (Some(m), Some(t)) if m != t => {
                    if let Some(merged) =
                        merge_fields(key, None, m, t, true, &resolver, &name, &mut conflicts)?
                    {
                        puts.insert(key, merged);
                    }
                }
                _ => {}
            }
            continue;
        }
        if t == b || m == t {
            continue;
        }
        if m == b {
            match t {
                Some(t) => {
                    puts.insert(key, t.clone());
                    taken.push((
                        key,
                        if m.is_some() {
                            SummaryVerb::Changed
                        } else {
                            SummaryVerb::Created
                        },
                    ));
                }
                None => {
                    if m.is_some() {
                        deletes.insert(key);
                    }
                }
            }
            continue;
        }
        match (m, t) {
            (None, Some(t)) => {
                let conflict = whole(ConflictReason::DeletedInMine)?;
                if conflict.took_theirs {
                    puts.insert(key, t.clone());
                    taken.push((key, SummaryVerb::Created));
                }
                conflicts.push(conflict);
            }
            (Some(_), None) => {
                let conflict = whole(ConflictReason::DeletedInTheirs)?;
                if conflict.took_theirs {
                    deletes.insert(key);
                    taken.push((key, SummaryVerb::Deleted));
                }
                conflicts.push(conflict);
            }
            (Some(m), Some(t)) => {
                if let Some(merged) =
                    merge_fields(key, b, m, t, false, &resolver, &name, &mut conflicts)?
                {
                    puts.insert(key, merged);
                    taken.push((key, SummaryVerb::Changed));
                }
            }
            (None, None) => {}
        }
    }
    // A delete of theirs that would take a change of mine with it (a part
    // mine added to a register theirs deleted, a reference mine set) is a
    // conflict on the deleted record.
    let changed_by_mine = |key: &Key| mine_records.get(key) != base.get(key);
    for key in deletes.clone() {
        if conflicts
            .iter()
            .any(|c| (c.kind, c.id) == key && c.field.is_empty())
        {
            continue;
        }
        let takes_mine = mine_records.iter().any(|(other, record)| {
            *other != key
                && changed_by_mine(other)
                && record.references().iter().any(|r| (r.kind, r.id) == key)
        });
        if takes_mine || changed_by_mine(&key) {
            let (b, m) = (base.get(&key), mine_records.get(&key));
            let conflict = resolver.conflict(Conflict {
                kind: key.0,
                id: key.1,
                name: m.or(b).and_then(history::record_name),
                field: String::new(),
                reason: ConflictReason::DeletedInTheirs,
                base: b.map(record_label),
                mine: m.map(record_label),
                theirs: None,
                took_theirs: false,
                written: None,
                chosen: false,
            })?;
            if !conflict.took_theirs {
                deletes.remove(&key);
            }
            conflicts.push(conflict);
        }
    }
    for key in &deletes {
        if !taken.iter().any(|(k, _)| k == key) {
            taken.push((*key, SummaryVerb::Deleted));
        }
    }
    // A record deleted with its register needs no delete of its own.
    let cascaded: BTreeSet<Key> = deletes
        .iter()
        .filter(|key| {
            mine_records.get(key).is_some_and(|record| {
                record
                    .references()
                    .iter()
                    .any(|r| r.required && deletes.contains(&(r.kind, r.id)))
            })
        })
        .copied()
        .collect();
    let mut brought_along = Vec::new();
    let mut not_merged = Vec::new();
    let edits = loop {
        let edits: Vec<Edit> = deletes
            .iter()
            .filter(|key| !cascaded.contains(key))
            .map(|&(kind, id)| Edit::Delete { kind, id })
            .chain(puts.values().map(|record| Edit::Put {
                record: record.clone(),
            }))
            .collect();
        match mine.document().plan(&edits) {
            Ok(_) => break edits,
            Err(EditError::DanglingReference {
                kind,
                id,
                target_kind,
                target_id,
            }) => {
                let target = (target_kind, target_id);
                let deleted_by_mine =
                    base.contains_key(&target) && !mine_records.contains_key(&target);
                let gone = forgotten.contains_key(&target)
                    || deleted_by_mine
                    || deletes.contains(&target)
                    || leave.contains(&target);
                match theirs_records.get(&target) {
                    Some(record) if !gone && !puts.contains_key(&target) => {
                        puts.insert(target, record.clone());
                        brought_along.push(target);
                    }
                    _ => {
                        let why = if forgotten.contains_key(&target) {
                            "was forgotten"
                        } else if deleted_by_mine {
                            "mine deleted"
                        } else if deletes.contains(&target) {
                            "the merge deletes"
                        } else if leave.contains(&target) {
                            "was left"
                        } else {
                            "neither copy has"
                        };
                        if puts.remove(&(kind, id)).is_none() {
                            return Err(StoreError::InvalidEdit(EditError::DanglingReference {
                                kind,
                                id,
                                target_kind,
                                target_id,
                            })
                            .into());
                        }
                        taken.retain(|(k, _)| *k != (kind, id));
                        not_merged.push(NotMerged {
                            kind,
                            id,
                            reason: format!("it refers to {target_kind} {target_id}, which {why}"),
                        });
                    }
                }
            }
            Err(error) => return Err(StoreError::InvalidEdit(error).into()),
        }
    };
    Ok(MergePlan {
        comparison,
        policy,
        edits,
        taken,
        conflicts,
        brought_along,
        not_merged,
        left,
    })
}

/// A record's name (or description) as the history shows it, for a
/// comparison's readers (the change report names references by it).
pub fn record_name(record: &Record) -> Option<LocalizedText> {
    history::record_name(record)
}

/// A whole record in a conflict line: its name, else its id.
fn record_label(record: &Record) -> String {
    history::record_name(record)
        .and_then(|name| {
            name.resolve(kirjuri_model::Language::En)
                .text()
                .map(str::to_string)
        })
        .unwrap_or_else(|| format!("{} {}", record.kind(), record.id()))
}

/// Merges one record both sides hold, field by field; `None` when the
/// result is mine as it is. A result the model cannot read (fields that only
/// make sense together) is a conflict on the whole record.
#[allow(clippy::too_many_arguments)] // the three states, how to merge, and where conflicts go
fn merge_fields(
    key: Key,
    base: Option<&Record>,
    mine: &Record,
    theirs: &Record,
    two_way: bool,
    resolver: &Resolver,
    name: &Option<LocalizedText>,
    conflicts: &mut Vec<Conflict>,
) -> Result<Option<Record>, MergeError> {
    let json = |record: &Record| -> Value {
        record
            .data()
            .ok()
            .and_then(|data| serde_json::from_str(&data).ok())
            .unwrap_or(Value::Null)
    };
    let (b, m, t) = (base.map(json), json(mine), json(theirs));
    let mut found = Vec::new();
    let resolve = |field: &str| resolver.get(key, field).0;
    let merged = merge_value(
        "",
        b.as_ref(),
        Some(&m),
        Some(&t),
        two_way,
        &resolve,
        &mut found,
    );
    let reason = if two_way {
        ConflictReason::Differs
    } else {
        ConflictReason::BothChanged
    };
    let conflict = |field: String, base, mine, theirs| Conflict {
        kind: key.0,
        id: key.1,
        name: name.clone(),
        field,
        reason,
        base,
        mine,
        theirs,
        took_theirs: false,
        written: None,
        chosen: false,
    };
    // A text of the user's in place of something that is not a text is refused by name.
    if let Some((field, ..)) = found
        .iter()
        .find(|(field, .., texts)| !texts && matches!(resolve(field), Choice::Text { .. }))
    {
        return Err(MergeError::NotAText {
            kind: key.0,
            id: key.1,
            field: field.clone(),
        });
    }
    let record = merged
        .as_ref()
        .and_then(|value| serde_json::to_string(value).ok())
        .and_then(|data| Record::from_data(key.0, &data).ok());
    let record = match record {
        Some(record) => record,
        None => {
            // A text of the user's the record cannot hold (a code) is refused by name.
            if let Some((field, ..)) = found
                .iter()
                .find(|(field, ..)| matches!(resolve(field), Choice::Text { .. }))
            {
                return Err(MergeError::NotAText {
                    kind: key.0,
                    id: key.1,
                    field: field.clone(),
                });
            }
            let whole = resolver.conflict(conflict(
                String::new(),
                base.map(record_label),
                Some(record_label(mine)),
                Some(record_label(theirs)),
            ))?;
            let took_theirs = whole.took_theirs;
            conflicts.push(whole);
            return Ok(took_theirs.then(|| theirs.clone()));
        }
    };
    for (field, base, mine, theirs, _) in found {
        conflicts.push(resolver.conflict(conflict(field, base, mine, theirs))?);
    }
    Ok((record != *mine).then_some(record))
}

/// A field both sides changed: its path, the base's, mine's and theirs'
/// values as shown, and whether both sides hold a text there.
type FoundConflict = (String, Option<String>, Option<String>, Option<String>, bool);

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn shown(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::Null => None,
        Value::String(text) => Some(text.clone()),
        other => Some(other.to_string()),
    }
}

fn strings(value: Option<&Value>) -> Option<Vec<&Value>> {
    match value {
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
            Some(items.iter().collect())
        }
        _ => None,
    }
}

/// Merges one value of a record's JSON: unchanged on one side takes the
/// other; objects merge key by key (a localized text per language); lists of
/// strings as sets; else both changed is a conflict (mine kept, or theirs
/// taken). `None` is an absent key.
fn merge_value(
    path: &str,
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    two_way: bool,
    resolve: &dyn Fn(&str) -> Choice,
    found: &mut Vec<FoundConflict>,
) -> Option<Value> {
    fn absent(value: Option<&Value>) -> Option<&Value> {
        value.filter(|v| !v.is_null())
    }
    let (base, mine, theirs) = (absent(base), absent(mine), absent(theirs));
    if mine == theirs {
        return mine.cloned();
    }
    if !two_way {
        if theirs == base {
            return mine.cloned();
        }
        if mine == base {
            return theirs.cloned();
        }
    }
    if let (Some(Value::Object(m)), Some(Value::Object(t))) = (mine, theirs) {
        let b = match base {
            Some(Value::Object(b)) => Some(b),
            _ => None,
        };
        if base.is_none() || b.is_some() {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.extend(t.keys().filter(|k| !m.contains_key(*k)));
            let mut out = serde_json::Map::new();
            for key in keys {
                let merged = merge_value(
                    &join(path, key),
                    b.and_then(|b| b.get(key)),
                    m.get(key),
                    t.get(key),
                    two_way,
                    resolve,
                    found,
                );
                if let Some(value) = merged {
                    out.insert(key.clone(), value);
                }
            }
            return Some(Value::Object(out));
        }
    }
    if !two_way {
        if let (Some(m), Some(t)) = (strings(mine), strings(theirs)) {
            let b = if base.is_none() {
                Some(Vec::new())
            } else {
                strings(base)
            };
            if let Some(b) = b {
                let removed: Vec<&Value> = b.iter().filter(|x| !t.contains(x)).copied().collect();
                let mut out: Vec<Value> = m
                    .iter()
                    .filter(|x| !removed.contains(x))
                    .map(|x| (*x).clone())
                    .collect();
                for added in t.iter().filter(|x| !b.contains(x)) {
                    if !out.contains(added) {
                        out.push((*added).clone());
                    }
                }
                return Some(Value::Array(out));
            }
        }
    }
    let texts = [mine, theirs]
        .into_iter()
        .flatten()
        .all(|value| value.is_string());
    // A translation's mark of its source (`name.translated_from.fi`:
    // "sv:1a2b3c4d") follows the choice made for that source text, and the
    // edit rule makes it again from the merged texts: it is no conflict of its own.
    if let Some((text, _)) = path.split_once(".translated_from.") {
        let source = theirs
            .or(mine)
            .and_then(Value::as_str)
            .and_then(|mark| mark.split_once(':'))
            .map(|(language, _)| join(text, language));
        return match source.map(|source| resolve(&source)) {
            Some(Choice::Theirs) => theirs.cloned(),
            _ => mine.cloned(),
        };
    }
    found.push((
        path.to_string(),
        shown(base),
        shown(mine),
        shown(theirs),
        texts,
    ));
    match resolve(path) {
        Choice::Mine => mine.cloned(),
        Choice::Theirs => theirs.cloned(),
        // Only a text takes a text; anything else is refused by the caller,
        // which finds that the record does not read.
        Choice::Text { text } if texts => Some(Value::String(text)),
        // Refused by the caller (`merge_fields`), which sees `texts`.
        Choice::Text { .. } => mine.cloned(),
    }
}

impl Store {
    /// Every edit from `from` on, oldest first, with the record changes it logged.
    pub(crate) fn logged_since(
        &self,
        from: i64,
    ) -> Result<Vec<(crate::lineage::LogEntry, Vec<RecordChange>)>, StoreError> {
        let sqlite = |e| StoreError::sqlite(&self.path, e);
        let entries = crate::lineage::entries(&self.connection).map_err(sqlite)?;
        entries
            .into_iter()
            .filter(|entry| entry.edit >= from)
            .map(|entry| {
                let changes = crate::read_edit_records(&self.connection, entry.edit)
                    .map_err(sqlite)?
                    .into_iter()
                    .map(|logged| logged.change)
                    .collect();
                Ok((entry, changes))
            })
            .collect()
    }

    /// Takes a planned merge (`plan_merge` of this store and the other copy)
    /// as one edit, undoable in one step, whose note names the other file and
    /// what was declined. Nothing is written when the plan changes nothing.
    pub fn merge(&mut self, user: &str, plan: &MergePlan) -> Result<Vec<RecordChange>, StoreError> {
        if !same_file(&plan.comparison.mine, self.path()) {
            return Err(StoreError::ChangedOnDisk(self.path().to_path_buf()));
        }
        self.check_history()?;
        let note = plan.note();
        self.apply_noted(user, &plan.edits, Some(&note))
    }
}
