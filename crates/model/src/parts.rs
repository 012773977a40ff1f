//! The records that belong to each register, grouped once: checks and
//! exporters that visit every register look its parts up here instead of
//! scanning the whole document for each one. Lists keep document order.

use crate::document::*;
use crate::ids::RegisterId;
use crate::paperwork::DpiaScreening;
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
    pub dpia_screenings: Vec<&'d DpiaScreening>,
}

impl RegisterParts<'_> {
    /// How many parts the register has, of every kind.
    pub fn len(&self) -> usize {
        // Destructured, so that a new kind of part cannot be left uncounted.
        let RegisterParts {
            groups,
            items,
            purposes,
            system_links,
            disclosures,
            transfers,
            access_roles,
            retention_rules,
            rights_procedures,
            dpia_screenings,
        } = self;
        groups.len()
            + items.len()
            + purposes.len()
            + system_links.len()
            + disclosures.len()
            + transfers.len()
            + access_roles.len()
            + retention_rules.len()
            + rights_procedures.len()
            + dpia_screenings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
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
    dpia_screenings: Vec::new(),
};

/// Every register's parts, by register id.
#[derive(Debug, Default)]
pub struct PartsByRegister<'d> {
    parts: HashMap<RegisterId, RegisterParts<'d>>,
}

impl<'d> PartsByRegister<'d> {
    pub fn new(document: &'d Document) -> PartsByRegister<'d> {
        PartsByRegister::grouped(document, |_| true)
    }

    /// The parts of `registers` alone, grouped as [`PartsByRegister::new`] groups them.
    pub fn of_registers(
        document: &'d Document,
        registers: &std::collections::HashSet<RegisterId>,
    ) -> PartsByRegister<'d> {
        PartsByRegister::grouped(document, |register| registers.contains(&register))
    }

    fn grouped(document: &'d Document, wanted: impl Fn(RegisterId) -> bool) -> PartsByRegister<'d> {
        let mut parts: HashMap<RegisterId, RegisterParts<'d>> = HashMap::new();
        macro_rules! group {
            ($($list:ident => $field:ident),+) => {$(
                for record in document.$list.iter().filter(|r| wanted(r.register)) {
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
            rights_procedures => rights_procedures,
            dpia_screenings => dpia_screenings
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

    /// Every kind that is a part of a register (a required `register` in its
    /// type, `ui_records::register_parts`) is grouped here.
    #[test]
    fn every_kind_of_part_is_grouped() {
        let register = crate::Register::new(crate::LocalizedText::same("Kunder"));
        for kind in crate::ui_records::register_parts() {
            let mut document = Document::new(crate::LocalizedText::same("X"));
            document.registers.push(register.clone());
            let mut part: serde_json::Value =
                serde_json::from_str(&crate::Record::blank(kind).data().unwrap()).unwrap();
            part["register"] = serde_json::json!(register.id);
            let mut json = serde_json::to_value(&document).unwrap();
            json[kind.list_name()] = serde_json::json!([part]);
            let document: Document = serde_json::from_value(json).unwrap();
            assert_eq!(
                PartsByRegister::new(&document).of(register.id).len(),
                1,
                "{kind} is not grouped by PartsByRegister"
            );
        }
    }
}
