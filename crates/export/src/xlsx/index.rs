//! Lookups over the flat document, built once per export: records by id and
//! the parts of each register (`kirjuri_model::PartsByRegister`). The sheets use them so that a document with a
//! thousand registers is written in linear time. Lists keep document order, so
//! the output does not depend on hashing.

use kirjuri_model::*;
use std::collections::HashMap;
use std::hash::Hash;

fn by_id<K: Hash + Eq, T>(records: &[T], key: impl Fn(&T) -> K) -> HashMap<K, &T> {
    records.iter().map(|record| (key(record), record)).collect()
}

pub(super) use kirjuri_model::flows::Flow;

#[derive(Debug)]
pub(super) struct Index<'a> {
    pub document: &'a Document,
    pub people: HashMap<PersonId, &'a Person>,
    pub categories: HashMap<DataSubjectCategoryId, &'a DataSubjectCategory>,
    pub sources: HashMap<SourceId, &'a Source>,
    pub recipients: HashMap<RecipientId, &'a Recipient>,
    pub processors: HashMap<ProcessorId, &'a Processor>,
    pub measures: HashMap<SecurityMeasureId, &'a SecurityMeasure>,
    pub storage: HashMap<StorageLocationId, &'a StorageLocation>,
    pub registers: HashMap<RegisterId, &'a Register>,
    pub groups: HashMap<DataItemGroupId, &'a DataItemGroup>,
    parts: PartsByRegister<'a>,
}

/// Accessors for the parts of a register, by the names the sheets use.
macro_rules! parts {
    ($($name:ident: $field:ident as $ty:ty),+ $(,)?) => {$(
        pub(super) fn $name(&self, register: RegisterId) -> &[&'a $ty] {
            &self.parts.of(register).$field
        }
    )+};
}

impl<'a> Index<'a> {
    pub(super) fn new(document: &'a Document) -> Index<'a> {
        Index {
            document,
            people: by_id(&document.people, |r| r.id),
            categories: by_id(&document.data_subject_categories, |r| r.id),
            sources: by_id(&document.sources, |r| r.id),
            recipients: by_id(&document.recipients, |r| r.id),
            processors: by_id(&document.processors, |r| r.id),
            measures: by_id(&document.security_measures, |r| r.id),
            storage: by_id(&document.storage_locations, |r| r.id),
            registers: by_id(&document.registers, |r| r.id),
            groups: by_id(&document.data_item_groups, |r| r.id),
            parts: PartsByRegister::new(document),
        }
    }

    parts! {
        purposes: purposes as Purpose,
        items: items as DataItem,
        groups_of: groups as DataItemGroup,
        links: system_links as SystemLink,
        disclosures: disclosures as Disclosure,
        rules: retention_rules as RetentionRule,
        rights: rights_procedures as RightsProcedure,
    }

    /// The register's flows to third countries (`kirjuri_model::flows`, the
    /// one rule the checks and the PDFs follow too).
    pub(super) fn flows(&self, register: RegisterId) -> Vec<Flow<'a>> {
        kirjuri_model::flows::third_country_flows(
            self.parts.of(register),
            |id| self.processors.get(&id).copied(),
            |id| self.recipients.get(&id).copied(),
        )
    }
}
