//! The old description an import read (a register description, a privacy
//! notice), kept on the organisation while its review is unfinished: its
//! sections' passages, where each was placed (or not placed), and which
//! sections a person has confirmed. It goes in the edit that finishes the
//! review; a copy without history never carries it.

use crate::{Language, TemplateSection};
use serde::{Deserialize, Serialize};

/// An imported description under review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ImportedDescription {
    /// The file's name ("rekisteriseloste.docx"); empty for pasted text.
    #[serde(default)]
    pub file_name: String,
    /// The language the description is written in.
    pub language: Language,
    /// The ids of the registers the import made. Not references: a register
    /// deleted during the review is simply no longer among the document's,
    /// and a confirmation passes it by.
    #[serde(default)]
    pub registers: Vec<uuid::Uuid>,
    /// The old document's sections in its order, the text before the first heading first.
    #[serde(default)]
    pub sections: Vec<ImportedSection>,
}

/// One section of the old document: its heading and passages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ImportedSection {
    /// The heading as the old document has it; empty before the first heading.
    #[serde(default)]
    pub heading: String,
    /// The parts of the registers this section's text filled: confirming the
    /// section clears their unreviewed mark.
    #[serde(default)]
    pub marks: Vec<TemplateSection>,
    #[serde(default)]
    pub passages: Vec<ImportedPassage>,
    /// A person has read the section beside what was made of it.
    #[serde(default)]
    pub confirmed: bool,
}

/// A passage of the old document and where it went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ImportedPassage {
    pub text: String,
    /// Where it was placed, in words ("Customer register: purpose"); `None`:
    /// not placed, for the person to put where it belongs.
    #[serde(default)]
    pub place: Option<String>,
}

impl ImportedDescription {
    /// The passages that landed nowhere.
    pub fn not_placed(&self) -> usize {
        self.sections
            .iter()
            .flat_map(|s| &s.passages)
            .filter(|p| p.place.is_none())
            .count()
    }

    /// Every section confirmed and every passage placed: the old text may go.
    pub fn review_finished(&self) -> bool {
        self.sections.iter().all(|s| s.confirmed) && self.not_placed() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn description() -> ImportedDescription {
        ImportedDescription {
            file_name: "seloste.docx".into(),
            language: Language::Fi,
            registers: vec![uuid::Uuid::new_v4()],
            sections: vec![ImportedSection {
                heading: "1. Yhteystiedot".into(),
                marks: vec![TemplateSection::Description],
                passages: vec![
                    ImportedPassage {
                        text: "Yritys Oy".into(),
                        place: Some("the organisation: name".into()),
                    },
                    ImportedPassage {
                        text: "Kuvaamaton kappale".into(),
                        place: None,
                    },
                ],
                confirmed: false,
            }],
        }
    }

    #[test]
    fn the_review_is_finished_only_when_every_section_is_confirmed_and_every_passage_placed() {
        let mut imported = description();
        assert_eq!(imported.not_placed(), 1);
        assert!(!imported.review_finished());
        imported.sections[0].confirmed = true;
        assert!(!imported.review_finished(), "a passage is still not placed");
        imported.sections[0].passages[1].place = Some("register: purpose".into());
        assert!(imported.review_finished());
    }

    #[test]
    fn it_round_trips_in_json() {
        let imported = description();
        let json = serde_json::to_string(&imported).unwrap();
        let back: ImportedDescription = serde_json::from_str(&json).unwrap();
        assert_eq!(back, imported);
    }
}
