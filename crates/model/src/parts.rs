//! The records that belong to each register, grouped once: checks and
//! exporters that visit every register look its parts up here instead of
//! scanning the whole document for each one. Lists keep document order.

use crate::document::*;
use crate::ids::RegisterId;
use crate::records::Document;
use std::collections::HashMap;

/// The parts of one register, in document order.
#[derive(Debug, Default)]
pub struct RegisterParts<'d> {
    pub groups: Vec<&'d DataItemGroup>,
    pub items: Vec<&'d DataItem>,
    pub purposes: Vec<&'d Purpose>,
    pub system_links: Vec<&'d SystemLink>,
    pub disclosures: Vec<&'d Disclosure>,
    pub transfers: Vec<&'d Transfer>,
    pub access_roles: Vec<&'d AccessRole>,
    pub retention_rules: Vec<&'d RetentionRule>,
    pub rights_procedures: Vec<&'d RightsProcedure>,
}

/// What a register without parts (or an unknown register) has.
static NO_PARTS: RegisterParts<'static> = RegisterParts {
    groups: Vec::new(),
    items: Vec::new(),
    purposes: Vec::new(),
    system_links: Vec::new(),
    disclosures: Vec::new(),
    transfers: Vec::new(),
    access_roles: Vec::new(),
    retention_rules: Vec::new(),
    rights_procedures: Vec::new(),
};

/// Every register's parts, by register id.
#[derive(Debug, Default)]
pub struct PartsByRegister<'d> {
    parts: HashMap<RegisterId, RegisterParts<'d>>,
}

impl<'d> PartsByRegister<'d> {
    pub fn new(document: &'d Document) -> PartsByRegister<'d> {
        let mut parts: HashMap<RegisterId, RegisterParts<'d>> = HashMap::new();
        macro_rules! group {
            ($($list:ident => $field:ident),+) => {$(
                for record in &document.$list {
                    parts.entry(record.register).or_default().$field.push(record);
                }
            )+};
        }
        group!(
            data_item_groups => groups,
            data_items => items,
            purposes => purposes,
            system_links => system_links,
            disclosures => disclosures,
            transfers => transfers,
            access_roles => access_roles,
            retention_rules => retention_rules,
            rights_procedures => rights_procedures
        );
        PartsByRegister { parts }
    }

    /// The register's parts; none for a register the document does not have.
    pub fn of(&self, register: RegisterId) -> &RegisterParts<'d> {
        self.parts.get(&register).unwrap_or(&NO_PARTS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_grouped_by_register_in_document_order() {
        let document = crate::example::synthetic(3);
        let parts = PartsByRegister::new(&document);
        let first = document.registers[0].id;
        let purposes: Vec<_> = document
            .purposes
            .iter()
            .filter(|p| p.register == first)
            .collect();
        assert_eq!(purposes.len(), 3);
        assert_eq!(parts.of(first).purposes, purposes);
        assert!(parts.of(RegisterId::new()).purposes.is_empty());
    }
}
