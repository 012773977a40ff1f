//! How a document written before answers became three-state is read so that
//! nothing it says changes meaning. It leaves out the store's history (the
//! store asks it) and the reading of format 1's booleans (`Answer`).
//!
//! Before then, every new source, recipient and security measure got a kind,
//! and every new register the role "controller", without a person choosing
//! them: the editor set them silently and offered no empty choice. A kind
//! other than that default was chosen by a person. The default itself cannot
//! be told from a person's choice in the record alone, so it reads as "not
//! answered" unless the caller knows a person set it (the store's edit log
//! shows the field changed).

use crate::records::{Document, Record, RecordKind};
use crate::terminology::{MeasureKind, ProcessingRole, RecipientKind, SourceKind};
use uuid::Uuid;

/// Whether a register's JSON was written before answers became three-state:
/// it then carries format 1's `no_transfers_outside_eea` or a boolean
/// `automated_decisions`, which every register had.
pub fn written_before_answers(register: &serde_json::Value) -> bool {
    register.get("no_transfers_outside_eea").is_some()
        || register
            .get("automated_decisions")
            .is_some_and(serde_json::Value::is_boolean)
}

/// Turns each old default that no person is known to have set into "not
/// answered": a source of the data subject, an independent controller as
/// recipient, a technical measure, a register as controller.
/// `set_by_person(kind, id, field)` says whether a person set that field of
/// that record. Returns each changed record as it was and as it is now.
pub fn forget_unset_defaults(
    document: &mut Document,
    set_by_person: impl Fn(RecordKind, Uuid, &str) -> bool,
) -> Vec<(Record, Record)> {
    let mut changed = Vec::new();
    for source in &mut document.sources {
        // The default was one kind, written as `kind` then.
        if source.kinds == [SourceKind::DataSubject]
            && !set_by_person(RecordKind::Source, source.id.into(), "kind")
        {
            let before = Record::Source(source.clone());
            source.kinds.clear();
            changed.push((before, Record::Source(source.clone())));
        }
    }
    for recipient in &mut document.recipients {
        if recipient.kind == Some(RecipientKind::IndependentController)
            && !set_by_person(RecordKind::Recipient, recipient.id.into(), "kind")
        {
            let before = Record::Recipient(recipient.clone());
            recipient.kind = None;
            changed.push((before, Record::Recipient(recipient.clone())));
        }
    }
    for measure in &mut document.security_measures {
        if measure.kind == Some(MeasureKind::Technical)
            && !set_by_person(RecordKind::SecurityMeasure, measure.id.into(), "kind")
        {
            let before = Record::SecurityMeasure(measure.clone());
            measure.kind = None;
            changed.push((before, Record::SecurityMeasure(measure.clone())));
        }
    }
    for register in &mut document.registers {
        if register.role == Some(ProcessingRole::Controller)
            && !set_by_person(RecordKind::Register, register.id.into(), "role")
        {
            let before = Record::Register(register.clone());
            register.role = None;
            changed.push((before, Record::Register(register.clone())));
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_register_of_format_1_is_told_from_one_of_today() {
        let old =
            serde_json::json!({"automated_decisions": false, "no_transfers_outside_eea": false});
        let new = serde_json::json!({"automated_decisions": "not_answered", "transfers_outside_eea": "no"});
        assert!(written_before_answers(&old));
        assert!(!written_before_answers(&new));
    }
}
