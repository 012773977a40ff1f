//! The whole document, its record kinds, and the edits that change it.
//!
//! Every record kind is listed once, in `record_kinds!` below; the document's
//! lists, the `Record` enum, the kind names used as table names in the file
//! and the reference rules all come from that list.

use crate::changes::{ChangeSet, ChangedRecord};
use crate::document::*;
use crate::ids::*;
use crate::paperwork::*;
use crate::text::{Language, LocalizedText};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;
use uuid::Uuid;

/// One reference from a record to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub kind: RecordKind,
    pub id: Uuid,
    /// A required reference: the record cannot exist without its target, so
    /// deleting the target deletes the record too (a purpose without its register).
    pub required: bool,
}

fn required(kind: RecordKind, id: impl Into<Uuid>) -> Reference {
    Reference {
        kind,
        id: id.into(),
        required: true,
    }
}

fn optional(kind: RecordKind, id: impl Into<Uuid>) -> Reference {
    Reference {
        kind,
        id: id.into(),
        required: false,
    }
}

fn optionals<I: Into<Uuid> + Copy>(
    kind: RecordKind,
    ids: &[I],
) -> impl Iterator<Item = Reference> + '_ {
    ids.iter().map(move |id| optional(kind, *id))
}

macro_rules! record_kinds {
    ($( $variant:ident($ty:ident, $id:ident) in $field:ident as $name:literal; )+) => {
        /// The kinds of record; the name is the table in the file and the `kind` in JSON.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
        #[serde(rename_all = "snake_case")]
        pub enum RecordKind { Organisation, $($variant),+ }

        impl RecordKind {
            /// In dependency order: a record only refers to kinds listed before it,
            /// except the organisation's DPO (a person), which is optional.
            pub const ALL: &'static [RecordKind] = &[RecordKind::Organisation, $(RecordKind::$variant),+];

            pub fn name(self) -> &'static str {
                match self { RecordKind::Organisation => "organisation", $(RecordKind::$variant => $name),+ }
            }

            /// The document's list of this kind (`people`); the organisation has none.
            pub fn list_name(self) -> &'static str {
                match self { RecordKind::Organisation => "organisation", $(RecordKind::$variant => stringify!($field)),+ }
            }

            /// The name of the kind's id type (`PersonId`), as the JSON Schema names it.
            pub fn id_type_name(self) -> &'static str {
                match self { RecordKind::Organisation => "OrganisationId", $(RecordKind::$variant => stringify!($id)),+ }
            }

            pub fn from_name(name: &str) -> Option<RecordKind> {
                match name {
                    "organisation" => Some(RecordKind::Organisation),
                    $($name => Some(RecordKind::$variant),)+
                    _ => None,
                }
            }
        }

        /// Any one record.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
        #[serde(tag = "kind", content = "record", rename_all = "snake_case")]
        // `Record` is TypeScript's own `Record<K, V>`.
        #[ts(rename = "AnyRecord")]
        // Records move whole between the document, edits and the store; boxing
        // the big ones would add an allocation per record and buy nothing.
        #[allow(clippy::large_enum_variant)]
        pub enum Record { Organisation(Organisation), $($variant($ty)),+ }

        impl Record {
            pub fn kind(&self) -> RecordKind {
                match self {
                    Record::Organisation(_) => RecordKind::Organisation,
                    $(Record::$variant(_) => RecordKind::$variant),+
                }
            }

            pub fn id(&self) -> Uuid {
                match self {
                    Record::Organisation(r) => r.id.into(),
                    $(Record::$variant(r) => r.id.into()),+
                }
            }

            /// Reads a record of `kind` from its own JSON (the `record` part
            /// of `{"kind", "record"}`), straight into its type: how the store
            /// keeps each record.
            pub fn from_data(kind: RecordKind, data: &str) -> serde_json::Result<Record> {
                Ok(match kind {
                    RecordKind::Organisation => Record::Organisation(serde_json::from_str(data)?),
                    $(RecordKind::$variant => Record::$variant(serde_json::from_str(data)?),)+
                })
            }

            /// The record's own JSON, without its kind: what `from_data` reads.
            pub fn data(&self) -> serde_json::Result<String> {
                match self {
                    Record::Organisation(r) => serde_json::to_string(r),
                    $(Record::$variant(r) => serde_json::to_string(r),)+
                }
            }
        }

        /// An organisation's whole GDPR documentation.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
        #[serde(deny_unknown_fields)]
        pub struct Document {
            pub organisation: Organisation,
            $( #[serde(default)] pub $field: Vec<$ty>, )+
        }

        impl Document {
            /// The document of `organisation` with no other records.
            fn of_organisation(organisation: Organisation) -> Document {
                Document { organisation, $( $field: Vec::new(), )+ }
            }

            /// The records with localized texts missing in `language`, each with
            /// the paths of those texts, in `RecordKind::ALL` order and list order.
            /// Only the records found are copied.
            pub fn texts_missing_in(&self, language: Language) -> Vec<(Record, Vec<String>)> {
                let mut found = Vec::new();
                let paths = crate::missing_text::missing_in(&self.organisation, language);
                if !paths.is_empty() {
                    found.push((Record::Organisation(self.organisation.clone()), paths));
                }
                $( for record in &self.$field {
                    let paths = crate::missing_text::missing_in(record, language);
                    if !paths.is_empty() {
                        found.push((Record::$variant(record.clone()), paths));
                    }
                } )+
                found
            }

            /// Every record, in `RecordKind::ALL` order and list order.
            pub fn records(&self) -> Vec<Record> {
                let mut all = vec![Record::Organisation(self.organisation.clone())];
                $( all.extend(self.$field.iter().cloned().map(Record::$variant)); )+
                all
            }

            pub fn get(&self, kind: RecordKind, id: Uuid) -> Option<Record> {
                match kind {
                    RecordKind::Organisation => (Uuid::from(self.organisation.id) == id)
                        .then(|| Record::Organisation(self.organisation.clone())),
                    $(RecordKind::$variant => self.$field.iter()
                        .find(|r| Uuid::from(r.id) == id)
                        .cloned()
                        .map(Record::$variant),)+
                }
            }

            /// Replaces the record with the same id, or appends it.
            fn put_unchecked(&mut self, record: Record) {
                match record {
                    Record::Organisation(organisation) => self.organisation = organisation,
                    $(Record::$variant(new) => {
                        match self.$field.iter_mut().find(|r| r.id == new.id) {
                            Some(slot) => *slot = new,
                            None => self.$field.push(new),
                        }
                    })+
                }
            }

            /// Appends without looking for an existing record of the same id.
            fn push_unchecked(&mut self, record: Record) {
                match record {
                    Record::Organisation(organisation) => self.organisation = organisation,
                    $(Record::$variant(new) => self.$field.push(new),)+
                }
            }

            fn remove_unchecked(&mut self, kind: RecordKind, id: Uuid) {
                match kind {
                    RecordKind::Organisation => {}
                    $(RecordKind::$variant => self.$field.retain(|r| Uuid::from(r.id) != id),)+
                }
            }

            /// The place of the record `kind`/`id` in its kind's list (the
            /// organisation is at 0).
            pub fn index_of(&self, kind: RecordKind, id: Uuid) -> Option<usize> {
                match kind {
                    RecordKind::Organisation => (Uuid::from(self.organisation.id) == id).then_some(0),
                    $(RecordKind::$variant => self.$field.iter().position(|r| Uuid::from(r.id) == id),)+
                }
            }

            /// Applies what an edit changed (see [`ChangeSet`]): the removed
            /// and the changed records leave their lists, then each changed
            /// record goes to its place, lowest place first. The records that
            /// did not change keep their order, so this gives the document after.
            pub fn apply_change_set(&mut self, set: &ChangeSet) {
                let leaving: HashSet<(RecordKind, Uuid)> = set
                    .removed
                    .iter()
                    .map(|r| (r.kind, r.id))
                    .chain(set.changed.iter().map(|c| (c.record.kind(), c.record.id())))
                    .collect();
                let kinds: HashSet<RecordKind> = leaving.iter().map(|(kind, _)| *kind).collect();
                $( if kinds.contains(&RecordKind::$variant) {
                    self.$field.retain(|r| !leaving.contains(&(RecordKind::$variant, Uuid::from(r.id))));
                } )+
                let mut placed: Vec<&ChangedRecord> = set.changed.iter().collect();
                placed.sort_by_key(|c| c.index);
                for change in placed {
                    match &change.record {
                        Record::Organisation(organisation) => self.organisation = organisation.clone(),
                        $(Record::$variant(record) => {
                            let at = change.index.min(self.$field.len());
                            self.$field.insert(at, record.clone());
                        })+
                    }
                }
            }

            fn ids(&self) -> HashSet<(RecordKind, Uuid)> {
                let mut ids = HashSet::new();
                ids.insert((RecordKind::Organisation, Uuid::from(self.organisation.id)));
                $( ids.extend(self.$field.iter().map(|r| (RecordKind::$variant, Uuid::from(r.id)))); )+
                ids
            }
        }

        $(
            impl $ty {
                #[doc = concat!("A new `", stringify!($ty), "` as the editor starts one (`Record::blank`), with the nil id: \
                    construct one as `", stringify!($ty), " { id, …, ..", stringify!($ty), "::blank() }` \
                    so that a field added to the type needs no change here.")]
                pub fn blank() -> $ty {
                    match Record::blank(RecordKind::$variant) {
                        Record::$variant(record) => record,
                        _ => unreachable!("Record::blank gives a record of the kind asked for"),
                    }
                }
            }
        )+

        /// The document's records by id and each register's parts: the one
        /// lookup the checks and both exporters share (`crate::index`). Each
        /// kind's map is built the first time it is asked for, so a check
        /// that needs two kinds pays for two.
        #[derive(Debug)]
        pub struct Index<'d> {
            pub(crate) document: &'d Document,
            pub(crate) parts: std::sync::OnceLock<crate::parts::PartsByRegister<'d>>,
            $( $field: std::sync::OnceLock<std::collections::HashMap<$id, &'d $ty>>, )+
        }

        impl<'d> Index<'d> {
            pub fn new(document: &'d Document) -> Index<'d> {
                Index {
                    document,
                    parts: std::sync::OnceLock::new(),
                    $( $field: std::sync::OnceLock::new(), )+
                }
            }

            $(
                #[doc = concat!("The document's `", stringify!($field), "` by id.")]
                pub fn $field(&self) -> &std::collections::HashMap<$id, &'d $ty> {
                    self.$field.get_or_init(|| self.document.$field.iter().map(|r| (r.id, r)).collect())
                }
            )+
        }
    };
}

record_kinds! {
    Person(Person, PersonId) in people as "person";
    DataSubjectCategory(DataSubjectCategory, DataSubjectCategoryId) in data_subject_categories as "data_subject_category";
    Source(Source, SourceId) in sources as "source";
    Recipient(Recipient, RecipientId) in recipients as "recipient";
    Processor(Processor, ProcessorId) in processors as "processor";
    StorageLocation(StorageLocation, StorageLocationId) in storage_locations as "storage_location";
    SecurityMeasure(SecurityMeasure, SecurityMeasureId) in security_measures as "security_measure";
    Cookie(Cookie, CookieId) in cookies as "cookie";
    Register(Register, RegisterId) in registers as "register";
    DataItemGroup(DataItemGroup, DataItemGroupId) in data_item_groups as "data_item_group";
    DataItem(DataItem, DataItemId) in data_items as "data_item";
    Purpose(Purpose, PurposeId) in purposes as "purpose";
    SystemLink(SystemLink, SystemLinkId) in system_links as "system_link";
    Disclosure(Disclosure, DisclosureId) in disclosures as "disclosure";
    Transfer(Transfer, TransferId) in transfers as "transfer";
    AccessRole(AccessRole, AccessRoleId) in access_roles as "access_role";
    RetentionRule(RetentionRule, RetentionRuleId) in retention_rules as "retention_rule";
    RightsProcedure(RightsProcedure, RightsProcedureId) in rights_procedures as "rights_procedure";
    DpiaScreening(DpiaScreening, DpiaScreeningId) in dpia_screenings as "dpia_screening";
    Breach(Breach, BreachId) in breaches as "breach";
    DataSubjectRequest(DataSubjectRequest, DataSubjectRequestId) in data_subject_requests as "data_subject_request";
    ClientController(ClientController, ClientControllerId) in client_controllers as "client_controller";
}

impl Record {
    /// The records this one points at.
    pub fn references(&self) -> Vec<Reference> {
        use RecordKind as K;
        match self {
            Record::Organisation(o) => o.dpo.map(|p| optional(K::Person, p)).into_iter().collect(),
            Record::Person(_)
            | Record::DataSubjectCategory(_)
            | Record::Source(_)
            | Record::Recipient(_)
            | Record::Processor(_)
            | Record::SecurityMeasure(_)
            | Record::Cookie(_) => Vec::new(),
            Record::StorageLocation(s) => s
                .processor
                .map(|p| optional(K::Processor, p))
                .into_iter()
                .collect(),
            Record::Register(r) => r
                .contact_person
                .map(|p| optional(K::Person, p))
                .into_iter()
                .chain(optionals(
                    K::DataSubjectCategory,
                    &r.data_subject_categories,
                ))
                .chain(optionals(K::Source, &r.sources))
                .chain(optionals(K::StorageLocation, &r.storage_locations))
                .chain(optionals(K::SecurityMeasure, &r.security_measures))
                .collect(),
            Record::DataItemGroup(g) => vec![required(K::Register, g.register)],
            Record::DataItem(i) => std::iter::once(required(K::Register, i.register))
                .chain(i.group.map(|g| optional(K::DataItemGroup, g)))
                .collect(),
            Record::Purpose(p) => std::iter::once(required(K::Register, p.register))
                .chain(p.legal_bases.iter().flat_map(|claim| {
                    optionals(K::DataSubjectCategory, &claim.data_subject_categories)
                }))
                .collect(),
            Record::SystemLink(l) => [
                required(K::Register, l.register),
                required(K::Processor, l.processor),
            ]
            .into_iter()
            .chain(optionals(K::DataItem, &l.data_items))
            .collect(),
            Record::Disclosure(d) => vec![
                required(K::Register, d.register),
                required(K::Recipient, d.recipient),
            ],
            Record::Transfer(t) => std::iter::once(required(K::Register, t.register))
                .chain(t.processor.map(|p| optional(K::Processor, p)))
                .chain(t.recipient.map(|r| optional(K::Recipient, r)))
                .collect(),
            Record::AccessRole(a) => std::iter::once(required(K::Register, a.register))
                .chain(optionals(K::Person, &a.people))
                .collect(),
            Record::RetentionRule(r) => std::iter::once(required(K::Register, r.register))
                .chain(r.group.map(|g| optional(K::DataItemGroup, g)))
                .chain(r.responsible.map(|p| optional(K::Person, p)))
                .collect(),
            Record::RightsProcedure(r) => vec![required(K::Register, r.register)],
            Record::DpiaScreening(s) => vec![required(K::Register, s.register)],
            Record::Breach(b) => optionals(K::Register, &b.registers)
                .chain(optionals(K::DataItem, &b.data_items))
                .collect(),
            Record::DataSubjectRequest(r) => r
                .register
                .map(|id| optional(K::Register, id))
                .into_iter()
                .collect(),
            Record::ClientController(c) => optionals(K::SecurityMeasure, &c.security_measures)
                .chain(optionals(K::Processor, &c.sub_processors))
                .collect(),
        }
    }

    /// The register a record belongs to, for the parts of a register.
    pub fn register(&self) -> Option<RegisterId> {
        match self {
            Record::DataItemGroup(r) => Some(r.register),
            Record::DataItem(r) => Some(r.register),
            Record::Purpose(r) => Some(r.register),
            Record::SystemLink(r) => Some(r.register),
            Record::Disclosure(r) => Some(r.register),
            Record::Transfer(r) => Some(r.register),
            Record::AccessRole(r) => Some(r.register),
            Record::RetentionRule(r) => Some(r.register),
            Record::RightsProcedure(r) => Some(r.register),
            Record::DpiaScreening(r) => Some(r.register),
            _ => None,
        }
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One change the user asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(tag = "op", rename_all = "snake_case")]
#[allow(clippy::large_enum_variant)] // see `Record`
pub enum Edit {
    /// Create the record, or replace the one with the same id.
    Put { record: Record },
    /// Delete a record; the records that cannot exist without it go too, and
    /// optional references to it are cleared.
    Delete { kind: RecordKind, id: Uuid },
}

/// What one edit did to one record: `before` is `None` for a new record,
/// `after` is `None` for a deleted one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
pub struct RecordChange {
    pub kind: RecordKind,
    pub id: Uuid,
    pub before: Option<Record>,
    pub after: Option<Record>,
}

/// An edit that would leave the document inconsistent; the document is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{kind} {id} refers to {target_kind} {target_id}, which does not exist")]
    DanglingReference {
        kind: RecordKind,
        id: Uuid,
        target_kind: RecordKind,
        target_id: Uuid,
    },
    #[error("there is no {kind} with id {id}")]
    NotFound { kind: RecordKind, id: Uuid },
    #[error("the organisation cannot be deleted")]
    OrganisationIsPermanent,
    #[error("the organisation of this document has id {expected}, not {given}")]
    OtherOrganisation { expected: Uuid, given: Uuid },
    #[error("the id {id} is used twice ({first} and {second})")]
    DuplicateId {
        id: Uuid,
        first: RecordKind,
        second: RecordKind,
    },
}

impl Document {
    /// A new, empty document for an organisation.
    pub fn new(name: LocalizedText) -> Document {
        Document::of_organisation(Organisation {
            id: OrganisationId::new(),
            name,
            business_id: String::new(),
            vat_number: String::new(),
            address: LocalizedText::default(),
            phone: String::new(),
            email: String::new(),
            website: String::new(),
            country: String::new(),
            staff_count: None,
            dpo: None,
            joint_controllers: LocalizedText::default(),
            representative: LocalizedText::default(),
            version_label: String::new(),
            supervisory_authority: None,
            incident_routine: IncidentRoutine::default(),
            document_created: None,
            document_updated: None,
            finding_answers: Vec::new(),
            working_language: None,
            imported_description: None,
        })
    }

    /// Builds a document from its records (as read from a file), then validates it.
    pub fn from_records(
        records: impl IntoIterator<Item = Record>,
    ) -> Result<Document, AssembleError> {
        let records: Vec<Record> = records.into_iter().collect();
        let mut organisations = records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind() == RecordKind::Organisation)
            .map(|(at, _)| at);
        let at = match (organisations.next(), organisations.next()) {
            (None, _) => return Err(AssembleError::NoOrganisation),
            (Some(_), Some(_)) => return Err(AssembleError::SeveralOrganisations),
            (Some(at), None) => at,
        };
        // Checked as they come, before they are moved: no copy of every record.
        validate_records(&records)?;
        let Record::Organisation(organisation) = records[at].clone() else {
            unreachable!("the record at {at} is the organisation")
        };
        let mut document = Document::of_organisation(organisation);
        for (place, record) in records.into_iter().enumerate() {
            if place != at {
                document.push_unchecked(record);
            }
        }
        Ok(document)
    }

    /// Works out the document with every changed record set back to its
    /// `before` state (the undo of `changes`), checking that it stays consistent.
    pub fn plan_revert(
        &self,
        changes: &[RecordChange],
    ) -> Result<(Document, Vec<RecordChange>), EditError> {
        let mut next = self.clone();
        for change in changes.iter().rev() {
            match &change.before {
                Some(record) => next.put_unchecked(record.clone()),
                None => next.remove_unchecked(change.kind, change.id),
            }
        }
        let ids = next.ids();
        let mut reverted = Vec::new();
        for change in changes.iter().rev() {
            let after = next.get(change.kind, change.id);
            if let Some(record) = &after {
                check_references(record, &ids)?;
            }
            let before = self.get(change.kind, change.id);
            if before != after {
                reverted.push(RecordChange {
                    kind: change.kind,
                    id: change.id,
                    before,
                    after,
                });
            }
        }
        // A deleted record may still be referenced by one that stayed.
        next.validate()?;
        order_for_writing(&mut reverted);
        Ok((next, reverted))
    }

    /// Checks that ids are unique and every reference has its target.
    pub fn validate(&self) -> Result<(), EditError> {
        validate_records(&self.records())
    }

    /// What `edits` change when every one of them puts a record (what the
    /// window sends): the changes [`Document::plan`] gives, worked out
    /// without copying the document, so that an edit costs what it changes;
    /// [`Document::apply_changes`] then makes them. `None` when an edit
    /// deletes (a delete cascades and clears references: `plan` does that).
    pub fn plan_puts(&self, edits: &[Edit]) -> Option<Result<Vec<RecordChange>, EditError>> {
        let mut puts = Vec::with_capacity(edits.len());
        let edits = &self.following_text_rules(edits);
        for edit in edits {
            match edit {
                Edit::Put { record } => puts.push(record),
                Edit::Delete { .. } => return None,
            }
        }
        Some(self.changes_of_puts(&puts))
    }

    /// What reverting `changes` (one edit's, as logged) changes when that
    /// edit only changed records that are all still here, so that the revert
    /// adds and removes none: the changes [`Document::plan_revert`] gives,
    /// without copying the document. `None` otherwise.
    pub fn plan_revert_in_place(
        &self,
        changes: &[RecordChange],
    ) -> Option<Result<Vec<RecordChange>, EditError>> {
        let only_changed = changes.iter().all(|c| {
            c.before.is_some() && c.after.is_some() && self.index_of(c.kind, c.id).is_some()
        });
        if !only_changed {
            return None;
        }
        // The oldest state of a record is what it goes back to: put last.
        let states: Vec<&Record> = changes
            .iter()
            .rev()
            .filter_map(|c| c.before.as_ref())
            .collect();
        Some(self.changes_of_puts(&states).map(|mut reverted| {
            order_for_writing(&mut reverted);
            reverted
        }))
    }

    /// Makes the changes planned by [`Document::plan_puts`] or
    /// [`Document::plan_revert_in_place`]: a changed record keeps its place,
    /// a new one goes last, a removed one leaves its list.
    pub fn apply_changes(&mut self, changes: &[RecordChange]) {
        for change in changes {
            match &change.after {
                Some(record) => self.put_unchecked(record.clone()),
                None => self.remove_unchecked(change.kind, change.id),
            }
        }
    }

    /// The changes of putting `puts` in order (the last put of a record is
    /// its state after), checked as `plan` checks them: the organisation is
    /// this one, an id is one record's, and every reference has its target.
    fn changes_of_puts(&self, puts: &[&Record]) -> Result<Vec<RecordChange>, EditError> {
        let mut last: HashMap<(RecordKind, Uuid), &Record> = HashMap::new();
        let mut order = Vec::new();
        for &record in puts {
            if let Record::Organisation(o) = record {
                if o.id != self.organisation.id {
                    return Err(EditError::OtherOrganisation {
                        expected: self.organisation.id.into(),
                        given: o.id.into(),
                    });
                }
            }
            let (kind, id) = (record.kind(), record.id());
            let other = RecordKind::ALL.iter().copied().find(|&k| {
                k != kind && (last.contains_key(&(k, id)) || self.index_of(k, id).is_some())
            });
            if let Some(first) = other {
                return Err(EditError::DuplicateId {
                    id,
                    first,
                    second: kind,
                });
            }
            if last.insert((kind, id), record).is_none() {
                order.push((kind, id));
            }
        }
        let exists = |kind: RecordKind, id: Uuid| {
            last.contains_key(&(kind, id)) || self.index_of(kind, id).is_some()
        };
        let mut changes = Vec::new();
        for (kind, id) in order {
            let after = last[&(kind, id)];
            if let Some(missing) = after
                .references()
                .into_iter()
                .find(|r| !exists(r.kind, r.id))
            {
                return Err(EditError::DanglingReference {
                    kind,
                    id,
                    target_kind: missing.kind,
                    target_id: missing.id,
                });
            }
            let before = self.get(kind, id);
            if before.as_ref() != Some(after) {
                changes.push(RecordChange {
                    kind,
                    id,
                    before,
                    after: Some(after.clone()),
                });
            }
        }
        Ok(changes)
    }

    /// Works out what `edits` do, without changing `self`: the new document and
    /// the changed records. Either every edit applies or none does.
    pub fn plan(&self, edits: &[Edit]) -> Result<(Document, Vec<RecordChange>), EditError> {
        let edits = &self.following_text_rules(edits);
        let mut next = self.clone();
        let mut touched: Vec<(RecordKind, Uuid)> = Vec::new();
        for edit in edits {
            match edit {
                Edit::Put { record } => {
                    if let Record::Organisation(o) = record {
                        if o.id != self.organisation.id {
                            return Err(EditError::OtherOrganisation {
                                expected: self.organisation.id.into(),
                                given: o.id.into(),
                            });
                        }
                    }
                    if let Some((other_kind, _)) = next
                        .ids()
                        .into_iter()
                        .find(|(kind, id)| *id == record.id() && *kind != record.kind())
                    {
                        return Err(EditError::DuplicateId {
                            id: record.id(),
                            first: other_kind,
                            second: record.kind(),
                        });
                    }
                    touched.push((record.kind(), record.id()));
                    next.put_unchecked(record.clone());
                }
                Edit::Delete { kind, id } => next.delete(*kind, *id, &mut touched)?,
            }
        }
        let ids = next.ids();
        let mut changes = Vec::new();
        let mut done = HashSet::new();
        for (kind, id) in touched {
            if !done.insert((kind, id)) {
                continue;
            }
            let before = self.get(kind, id);
            let after = next.get(kind, id);
            if let Some(record) = &after {
                check_references(record, &ids)?;
            }
            if before != after {
                changes.push(RecordChange {
                    kind,
                    id,
                    before,
                    after,
                });
            }
        }
        Ok((next, changes))
    }

    fn delete(
        &mut self,
        kind: RecordKind,
        id: Uuid,
        touched: &mut Vec<(RecordKind, Uuid)>,
    ) -> Result<(), EditError> {
        if kind == RecordKind::Organisation {
            return Err(EditError::OrganisationIsPermanent);
        }
        if self.get(kind, id).is_none() {
            return Err(EditError::NotFound { kind, id });
        }
        self.remove_unchecked(kind, id);
        touched.push((kind, id));
        for record in self.records() {
            let hits: Vec<Reference> = record
                .references()
                .into_iter()
                .filter(|r| r.kind == kind && r.id == id)
                .collect();
            if hits.is_empty() || self.get(record.kind(), record.id()).is_none() {
                continue;
            }
            if hits.iter().any(|r| r.required) {
                self.delete(record.kind(), record.id(), touched)?;
            } else {
                touched.push((record.kind(), record.id()));
                let mut cleared = record;
                cleared.clear_reference(kind, id);
                self.put_unchecked(cleared);
            }
        }
        Ok(())
    }
}

/// Orders changes so that a store with immediate foreign keys can write them
/// one by one: removals first, the parts of a register before the register;
/// then the records that stay, a register before its parts.
/// `RecordKind::ALL` is in dependency order.
fn order_for_writing(changes: &mut [RecordChange]) {
    let rank =
        |kind: RecordKind| RecordKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as i64;
    // A stable sort: records of one kind keep their order.
    changes.sort_by_key(|change| match change.after {
        None => (0, -rank(change.kind)),
        Some(_) => (1, rank(change.kind)),
    });
}

/// Records that do not make up a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssembleError {
    #[error("the document has no organisation")]
    NoOrganisation,
    #[error("the document has more than one organisation")]
    SeveralOrganisations,
    #[error(transparent)]
    Inconsistent(#[from] EditError),
}

/// Checks that the ids of `records` are unique and that every reference
/// among them has its target.
fn validate_records(records: &[Record]) -> Result<(), EditError> {
    let mut seen = HashMap::with_capacity(records.len());
    for record in records {
        if let Some(first) = seen.insert(record.id(), record.kind()) {
            return Err(EditError::DuplicateId {
                id: record.id(),
                first,
                second: record.kind(),
            });
        }
    }
    let ids: HashSet<(RecordKind, Uuid)> = seen.into_iter().map(|(id, kind)| (kind, id)).collect();
    records
        .iter()
        .try_for_each(|record| check_references(record, &ids))
}

fn check_references(record: &Record, ids: &HashSet<(RecordKind, Uuid)>) -> Result<(), EditError> {
    match record
        .references()
        .into_iter()
        .find(|r| !ids.contains(&(r.kind, r.id)))
    {
        Some(missing) => Err(EditError::DanglingReference {
            kind: record.kind(),
            id: record.id(),
            target_kind: missing.kind,
            target_id: missing.id,
        }),
        None => Ok(()),
    }
}

impl Record {
    /// Clears every optional reference to the record `kind`/`id`: removed from
    /// id lists, `None` in single fields. Only reference fields are touched
    /// (one arm per kind, as in `references`), so a text that happens to hold
    /// the id stays as the user wrote it.
    fn clear_reference(&mut self, kind: RecordKind, id: Uuid) {
        use RecordKind as K;
        fn clear_one<T: Into<Uuid> + Copy>(field: &mut Option<T>, id: Uuid) {
            if field.map(Into::into) == Some(id) {
                *field = None;
            }
        }
        fn clear_all<T: Into<Uuid> + Copy>(list: &mut Vec<T>, id: Uuid) {
            list.retain(|item| (*item).into() != id);
        }
        match self {
            Record::Organisation(o) if kind == K::Person => clear_one(&mut o.dpo, id),
            Record::StorageLocation(s) if kind == K::Processor => clear_one(&mut s.processor, id),
            Record::Register(r) => match kind {
                K::Person => clear_one(&mut r.contact_person, id),
                K::DataSubjectCategory => clear_all(&mut r.data_subject_categories, id),
                K::Source => clear_all(&mut r.sources, id),
                K::StorageLocation => clear_all(&mut r.storage_locations, id),
                K::SecurityMeasure => clear_all(&mut r.security_measures, id),
                _ => {}
            },
            Record::DataItem(i) if kind == K::DataItemGroup => clear_one(&mut i.group, id),
            Record::Purpose(p) if kind == K::DataSubjectCategory => {
                for claim in &mut p.legal_bases {
                    clear_all(&mut claim.data_subject_categories, id);
                }
            }
            Record::SystemLink(l) if kind == K::DataItem => clear_all(&mut l.data_items, id),
            Record::Transfer(t) => match kind {
                K::Processor => clear_one(&mut t.processor, id),
                K::Recipient => clear_one(&mut t.recipient, id),
                _ => {}
            },
            Record::AccessRole(a) if kind == K::Person => clear_all(&mut a.people, id),
            Record::RetentionRule(r) => match kind {
                K::DataItemGroup => clear_one(&mut r.group, id),
                K::Person => clear_one(&mut r.responsible, id),
                _ => {}
            },
            Record::Breach(b) => match kind {
                K::Register => clear_all(&mut b.registers, id),
                K::DataItem => clear_all(&mut b.data_items, id),
                _ => {}
            },
            Record::DataSubjectRequest(r) if kind == K::Register => clear_one(&mut r.register, id),
            Record::ClientController(c) => match kind {
                K::SecurityMeasure => clear_all(&mut c.security_measures, id),
                K::Processor => clear_all(&mut c.sub_processors, id),
                _ => {}
            },
            _ => {}
        }
    }
}

impl Document {
    /// The register whose id, or name in any of the three languages, is `name_or_id`.
    /// Names are compared ignoring case and surrounding space.
    pub fn find_register(&self, name_or_id: &str) -> Option<&Register> {
        let wanted = name_or_id.trim();
        if let Ok(id) = Uuid::parse_str(wanted) {
            return self.registers.iter().find(|r| Uuid::from(r.id) == id);
        }
        let wanted = wanted.to_lowercase();
        self.registers.iter().find(|r| {
            crate::text::Language::ALL
                .iter()
                .any(|language| r.name.get(*language).trim().to_lowercase() == wanted)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn register(doc: &Document) -> Register {
        Register {
            contact_person: doc.people.first().map(|p| p.id),
            ..Register::new(LocalizedText::same("Kundregister"))
        }
    }

    #[test]
    fn deleting_a_register_deletes_its_parts_and_clearing_a_person_keeps_the_register() {
        let mut doc = Document::new(LocalizedText::same("BTB Plaza Ab"));
        let person = Person {
            id: PersonId::new(),
            name: "Kristian Östman".into(),
            title: LocalizedText::default(),
            phone: String::new(),
            email: String::new(),
        };
        doc.people.push(person.clone());
        let reg = register(&doc);
        let purpose = Purpose {
            id: PurposeId::new(),
            register: reg.id,
            description: LocalizedText::same("Kommunikation"),
            legal_bases: Vec::new(),
            direct_marketing: false,
        };
        let (doc, _) = doc
            .plan(&[
                Edit::Put {
                    record: Record::Register(reg.clone()),
                },
                Edit::Put {
                    record: Record::Purpose(purpose.clone()),
                },
            ])
            .unwrap();

        let (after_person, changes) = doc
            .plan(&[Edit::Delete {
                kind: RecordKind::Person,
                id: person.id.into(),
            }])
            .unwrap();
        assert_eq!(after_person.registers[0].contact_person, None);
        assert_eq!(changes.len(), 2);

        let (after_register, changes) = doc
            .plan(&[Edit::Delete {
                kind: RecordKind::Register,
                id: reg.id.into(),
            }])
            .unwrap();
        assert!(after_register.purposes.is_empty());
        assert_eq!(changes.len(), 2);
    }

    /// Deleting a person once panicked when a text field held the person's id:
    /// the references were cleared by nulling every equal string in the JSON.
    #[test]
    fn deleting_a_record_whose_id_is_written_in_a_text_keeps_the_text() {
        let mut doc = Document::new(LocalizedText::same("BTB Plaza Ab"));
        let person = Person {
            id: PersonId::new(),
            name: "Kristian Östman".into(),
            title: LocalizedText::default(),
            phone: String::new(),
            email: String::new(),
        };
        let id = Uuid::from(person.id).to_string();
        doc.people.push(person.clone());
        let mut reg = register(&doc);
        reg.version_label = id.clone();
        reg.description = LocalizedText::same(id.clone());
        let other = Person {
            id: PersonId::new(),
            name: id.clone(),
            title: LocalizedText::default(),
            phone: id.clone(),
            email: String::new(),
        };
        let (doc, _) = doc
            .plan(&[
                Edit::Put {
                    record: Record::Register(reg.clone()),
                },
                Edit::Put {
                    record: Record::Person(other.clone()),
                },
            ])
            .unwrap();
        let (after, _) = doc
            .plan(&[Edit::Delete {
                kind: RecordKind::Person,
                id: person.id.into(),
            }])
            .unwrap();
        assert_eq!(after.registers[0].contact_person, None);
        assert_eq!(after.registers[0].version_label, id);
        assert_eq!(after.registers[0].description.sv, id);
        assert_eq!(after.people, vec![other]);
    }

    #[test]
    fn a_dangling_reference_is_refused() {
        let doc = Document::new(LocalizedText::same("X"));
        let purpose = Purpose {
            id: PurposeId::new(),
            register: RegisterId::new(),
            description: LocalizedText::default(),
            legal_bases: Vec::new(),
            direct_marketing: false,
        };
        let error = doc
            .plan(&[Edit::Put {
                record: Record::Purpose(purpose),
            }])
            .unwrap_err();
        assert!(matches!(
            error,
            EditError::DanglingReference {
                target_kind: RecordKind::Register,
                ..
            }
        ));
    }
}
