//! A second language of the same description (seeds 000 and 001 are one
//! description in Swedish and in Finnish, as is common in Finland) read into
//! the registers an earlier import made: matched register by register and,
//! within a register, part by part in their order, never as new registers.
//! Only empty texts of the description's language are filled; a part that
//! cannot be matched is reported, not guessed.

use crate::{ImportError, Imported};
use kirjuri_model::*;
use std::collections::HashMap;

/// The edit that adds a description's language to a document, and what of
/// the description found no counterpart.
#[derive(Debug, Clone)]
pub struct Translation {
    /// Puts of the records that received a text: one edit, undone in one step.
    pub edits: Vec<Edit>,
    /// Texts set in the description's language.
    pub filled: usize,
    /// The description's texts that matched no part of the document, in words.
    pub unmatched: Vec<String>,
}

/// The records of `existing` with the texts of `imported` added in its
/// language, matched by position: the n-th register with the n-th register,
/// and within it the n-th purpose, data item, source … with the n-th.
pub fn translation(existing: &Document, imported: &Imported) -> Result<Translation, ImportError> {
    let language = imported.language;
    let new = &imported.document;
    if existing.registers.len() != new.registers.len() {
        return Err(ImportError::NotATranslation(format!(
            "the document has {} register(s) and the description {}",
            existing.registers.len(),
            new.registers.len()
        )));
    }
    let mut work = Work {
        language,
        filled: 0,
        unmatched: Vec::new(),
        changed: HashMap::new(),
    };

    let mut organisation = existing.organisation.clone();
    work.fill(&mut organisation.name, &new.organisation.name);
    work.fill(&mut organisation.address, &new.organisation.address);
    if organisation != existing.organisation {
        work.changed
            .insert(organisation.id.into(), Record::Organisation(organisation));
    }

    for (old, fresh) in existing.registers.iter().zip(&new.registers) {
        let mut register = old.clone();
        work.fill(&mut register.name, &fresh.name);
        work.fill(&mut register.description, &fresh.description);
        work.fill(
            &mut register.transfers_qualifier,
            &fresh.transfers_qualifier,
        );
        work.fill(
            &mut register.disclosures_qualifier,
            &fresh.disclosures_qualifier,
        );
        for section in &fresh.unreviewed_template_text {
            if !register.unreviewed_template_text.contains(section) {
                register.unreviewed_template_text.push(*section);
            }
        }
        if &register != old {
            work.changed
                .insert(register.id.into(), Record::Register(register));
        }
        let of = |id: RegisterId| move |r: &RegisterId| *r == id;
        let name = fresh.name.get(language).to_string();

        work.pair(
            &name,
            "purposes",
            existing
                .purposes
                .iter()
                .filter(|p| of(old.id)(&p.register))
                .collect(),
            new.purposes
                .iter()
                .filter(|p| of(fresh.id)(&p.register))
                .collect(),
            |p| &p.description,
            |p, text| {
                let mut p = p.clone();
                p.description = text;
                (p.id.into(), Record::Purpose(p))
            },
        );
        work.pair(
            &name,
            "groups of data items",
            existing
                .data_item_groups
                .iter()
                .filter(|g| of(old.id)(&g.register))
                .collect(),
            new.data_item_groups
                .iter()
                .filter(|g| of(fresh.id)(&g.register))
                .collect(),
            |g| &g.name,
            |g, text| {
                let mut g = g.clone();
                g.name = text;
                (g.id.into(), Record::DataItemGroup(g))
            },
        );
        work.pair(
            &name,
            "data items",
            existing
                .data_items
                .iter()
                .filter(|i| of(old.id)(&i.register))
                .collect(),
            new.data_items
                .iter()
                .filter(|i| of(fresh.id)(&i.register))
                .collect(),
            |i| &i.name,
            |i, text| {
                let mut i = i.clone();
                i.name = text;
                (i.id.into(), Record::DataItem(i))
            },
        );
        work.pair(
            &name,
            "retention rules",
            existing
                .retention_rules
                .iter()
                .filter(|r| of(old.id)(&r.register))
                .collect(),
            new.retention_rules
                .iter()
                .filter(|r| of(fresh.id)(&r.register))
                .collect(),
            |r| &r.period,
            |r, text| {
                let mut r = r.clone();
                r.period = text;
                (r.id.into(), Record::RetentionRule(r))
            },
        );
        let listed = |ids: &[SourceId], all: &'_ [Source]| -> Vec<Source> {
            ids.iter()
                .filter_map(|id| all.iter().find(|s| s.id == *id))
                .cloned()
                .collect()
        };
        let (old_sources, new_sources) = (
            listed(&old.sources, &existing.sources),
            listed(&fresh.sources, &new.sources),
        );
        work.pair(
            &name,
            "sources",
            old_sources.iter().collect(),
            new_sources.iter().collect(),
            |s| &s.name,
            |s, text| {
                let mut s = s.clone();
                s.name = text;
                (s.id.into(), Record::Source(s))
            },
        );
        let measures =
            |ids: &[SecurityMeasureId], all: &'_ [SecurityMeasure]| -> Vec<SecurityMeasure> {
                ids.iter()
                    .filter_map(|id| all.iter().find(|m| m.id == *id))
                    .cloned()
                    .collect()
            };
        let (old_measures, new_measures) = (
            measures(&old.security_measures, &existing.security_measures),
            measures(&fresh.security_measures, &new.security_measures),
        );
        work.pair(
            &name,
            "security measures",
            old_measures.iter().collect(),
            new_measures.iter().collect(),
            |m| &m.description,
            |m, text| {
                let mut m = m.clone();
                m.description = text;
                (m.id.into(), Record::SecurityMeasure(m))
            },
        );
    }
    let mut changed: Vec<(Uuid, Record)> = work.changed.into_iter().collect();
    // In the document's dependency order, so the edit reads as the user would make it.
    changed.sort_by_key(|(_, record)| {
        RecordKind::ALL
            .iter()
            .position(|k| *k == record.kind())
            .unwrap_or(usize::MAX)
    });
    Ok(Translation {
        edits: changed
            .into_iter()
            .map(|(_, record)| Edit::Put { record })
            .collect(),
        filled: work.filled,
        unmatched: work.unmatched,
    })
}

struct Work {
    language: Language,
    filled: usize,
    unmatched: Vec<String>,
    changed: HashMap<Uuid, Record>,
}

impl Work {
    /// Sets `target`'s text in the language from `source`, where it is empty.
    fn fill(&mut self, target: &mut LocalizedText, source: &LocalizedText) {
        let text = source.get(self.language);
        if !text.trim().is_empty() && target.get(self.language).trim().is_empty() {
            target.set(self.language, text);
            self.filled += 1;
        }
    }

    /// Pairs two lists of one register's parts by position when they are as
    /// long; otherwise reports the description's parts as unmatched.
    fn pair<T>(
        &mut self,
        register: &str,
        what: &str,
        old: Vec<&T>,
        new: Vec<&T>,
        text: impl Fn(&T) -> &LocalizedText,
        put: impl Fn(&T, LocalizedText) -> (Uuid, Record),
    ) {
        if old.len() != new.len() {
            let (theirs, ours) = (new.len(), old.len());
            for part in new {
                let words = text(part).get(self.language);
                if !words.is_empty() {
                    self.unmatched.push(format!(
                        "{register}: {what} (the description has {theirs}, the document {ours}): {words}"
                    ));
                }
            }
            return;
        }
        for (old, new) in old.into_iter().zip(new) {
            let mut localized = text(old).clone();
            self.fill(&mut localized, text(new));
            if &localized != text(old) {
                let (id, record) = put(old, localized);
                self.changed.insert(id, record);
            }
        }
    }
}
