//! The one lookup over a document for the checks and both exporters:
//! `Index` (declared with the record kinds in `records.rs`, one map by id per
//! kind) plus each register's parts (`PartsByRegister`) and its flows to third
//! countries (`flows::third_country_flows`), built once per check or export
//! so that a document with a thousand registers is never searched a thousand
//! times.

use crate::flows::{third_country_flows, Flow};
use crate::ids::{PersonId, RegisterId};
use crate::parts::{PartsByRegister, RegisterParts};
use crate::records::Document;
pub use crate::records::Index;

impl<'d> Index<'d> {
    /// The document the index is over.
    pub fn document(&self) -> &'d Document {
        self.document
    }

    /// The register's parts, in document order; none for an unknown register.
    pub fn parts(&self, register: RegisterId) -> &RegisterParts<'d> {
        self.parts
            .get_or_init(|| PartsByRegister::new(self.document))
            .of(register)
    }

    /// An index whose register parts are grouped for `registers` alone (the
    /// others have none): what checking only those registers needs.
    pub fn for_registers(
        document: &'d Document,
        registers: &std::collections::HashSet<RegisterId>,
    ) -> Index<'d> {
        let index = Index::new(document);
        let _ = index
            .parts
            .set(PartsByRegister::of_registers(document, registers));
        index
    }

    /// The register's flows of data to third countries: the one rule the
    /// checks, the record, the notice and the workbook follow.
    pub fn flows(&self, register: RegisterId) -> Vec<Flow<'d>> {
        third_country_flows(
            self.parts(register),
            |id| self.processors().get(&id).copied(),
            |id| self.recipients().get(&id).copied(),
        )
    }

    /// The person an optional reference names, if it names one.
    pub fn person(&self, id: Option<PersonId>) -> Option<&'d crate::document::Person> {
        id.and_then(|id| self.people().get(&id).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_found_by_id_and_parts_by_register() {
        let document = crate::example::synthetic(3);
        let index = Index::new(&document);
        let processor = &document.processors[1];
        assert_eq!(index.processors().get(&processor.id), Some(&processor));
        assert_eq!(index.processors().len(), document.processors.len());
        let register = document.registers[2].id;
        assert_eq!(
            index.parts(register).purposes,
            document
                .purposes
                .iter()
                .filter(|p| p.register == register)
                .collect::<Vec<_>>()
        );
        assert!(index.parts(RegisterId::new()).items.is_empty());
        assert_eq!(index.person(None), None);
        assert_eq!(index.person(Some(PersonId::new())), None);
    }
}
