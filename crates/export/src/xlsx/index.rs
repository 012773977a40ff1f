//! Lookups over the flat document, built once per export: records by id and
//! the parts of each register (`kirjuri_model::PartsByRegister`). The sheets use them so that a document with a
//! thousand registers is written in linear time. Lists keep document order, so
//! the output does not depend on hashing.

use kirjuri_model::geography;
use kirjuri_model::*;
use std::collections::HashMap;
use std::hash::Hash;

fn by_id<K: Hash + Eq, T>(records: &[T], key: impl Fn(&T) -> K) -> HashMap<K, &T> {
    records.iter().map(|record| (key(record), record)).collect()
}

/// A flow of a register's data to a third country: a transfer record, or a
/// system or recipient outside the EU/EEA that no transfer record covers.
#[derive(Debug, Clone)]
pub(super) struct Flow<'a> {
    pub country: String,
    pub processor: Option<&'a Processor>,
    pub recipient: Option<&'a Recipient>,
    pub mechanism: Option<TransferMechanism>,
    pub documentation: Option<&'a LocalizedText>,
}

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
        transfers: transfers as Transfer,
        rules: retention_rules as RetentionRule,
        rights: rights_procedures as RightsProcedure,
    }

    /// The register's flows to third countries: its transfer records first,
    /// then the systems and recipients outside the EU/EEA they leave out.
    pub(super) fn flows(&self, register: RegisterId) -> Vec<Flow<'a>> {
        let transfers = self.transfers(register);
        let mut flows: Vec<Flow<'a>> = transfers
            .iter()
            .map(|t| Flow {
                country: t.country.clone(),
                processor: t.processor.and_then(|id| self.processors.get(&id).copied()),
                recipient: t.recipient.and_then(|id| self.recipients.get(&id).copied()),
                mechanism: t.mechanism,
                documentation: Some(&t.documentation),
            })
            .collect();
        let recorded =
            |country: &str, processor: Option<ProcessorId>, recipient: Option<RecipientId>| {
                transfers.iter().any(|t| {
                    (processor.is_some() && t.processor == processor)
                        || (recipient.is_some() && t.recipient == recipient)
                        || (t.processor.is_none()
                            && t.recipient.is_none()
                            && t.country.eq_ignore_ascii_case(country))
                })
            };
        let mut unrecorded: Vec<Flow<'a>> = Vec::new();
        let mut push = |flow: Flow<'a>| {
            let same = |other: &Flow<'a>| {
                other.country.eq_ignore_ascii_case(&flow.country)
                    && other.processor.map(|p| p.id) == flow.processor.map(|p| p.id)
                    && other.recipient.map(|r| r.id) == flow.recipient.map(|r| r.id)
            };
            if !unrecorded.iter().any(same) {
                unrecorded.push(flow);
            }
        };
        for link in self.links(register) {
            let Some(processor) = self.processors.get(&link.processor).copied() else {
                continue;
            };
            for country in processor.countries() {
                if geography::is_third_country(country)
                    && !recorded(country, Some(processor.id), None)
                {
                    push(Flow {
                        country: country.to_string(),
                        processor: Some(processor),
                        recipient: None,
                        mechanism: None,
                        documentation: None,
                    });
                }
            }
        }
        for disclosure in self.disclosures(register) {
            let Some(recipient) = self.recipients.get(&disclosure.recipient).copied() else {
                continue;
            };
            if geography::is_third_country(&recipient.country)
                && !recorded(&recipient.country, None, Some(recipient.id))
            {
                push(Flow {
                    country: recipient.country.clone(),
                    processor: None,
                    recipient: Some(recipient),
                    mechanism: None,
                    documentation: None,
                });
            }
        }
        flows.extend(unrecorded);
        flows
    }
}
