//! The words of the documents, shared by the record, the processor's record
//! and the notice: [`Words`] (labels, dates, countries and what stands for a
//! value left empty, "not stated" / "not answered", in the export language)
//! and the small builders of content blocks (key–value tables, tables,
//! headings, paragraphs). No output format: the PDF and the HTML draw the
//! blocks these make.

use crate::content::{Block, Cell, Column, Face, Ink, Para, Span, Style, Table, TABLE_SIZE};
use crate::labels::{self, Label};
use crate::printable;
use chrono::NaiveDate;
use kirjuri_model::*;

/// Text in a table cell.
pub(crate) const CELL: Style = Style::new(Face::Regular, TABLE_SIZE, Ink::Body);
pub(crate) const CELL_MUTED: Style = CELL.with_ink(Ink::Muted);
pub(crate) const CELL_STRONG: Style = CELL.with_face(Face::Bold);
/// The label column of a key–value table.
pub(crate) const CELL_KEY: Style = Style::new(Face::Bold, TABLE_SIZE, Ink::Muted);
pub(crate) const BODY: Style = Style::BODY;
pub(crate) const BODY_MUTED: Style = BODY.with_ink(Ink::Muted);
pub(crate) const BODY_STRONG: Style = BODY.with_face(Face::Bold);

/// The words of one export language (and, for Swedish, of the organisation's country).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words {
    pub(crate) language: Language,
    pub(crate) tongue: labels::Tongue,
}

impl Words {
    pub(crate) fn new(document: &Document, language: Language) -> Words {
        Words {
            language,
            tongue: labels::Tongue::new(language, &document.organisation.country),
        }
    }

    pub(crate) fn label(self, label: Label) -> &'static str {
        self.tongue.label(label)
    }

    /// A localized text, marked "[sv] …" when it falls back to another language.
    pub(crate) fn text(self, text: &LocalizedText) -> Option<String> {
        printable(text, self.language)
    }

    /// A name: another language's stands in unmarked (`printable_name`).
    pub(crate) fn name(self, text: &LocalizedText) -> Option<String> {
        crate::printable_name(text, self.language)
    }

    pub(crate) fn vocabulary<V: Vocabulary>(self, value: V) -> &'static str {
        value.label(self.language)
    }

    pub(crate) fn date(self, date: NaiveDate) -> String {
        self.tongue.date(date)
    }

    pub(crate) fn country(self, code: &str) -> String {
        geography::country_name(code.trim(), self.language)
    }

    /// A checkbox: ticked is a person's yes; unticked cannot be told from
    /// never asked, so it reads "not answered" (`Answer::from_legacy`).
    pub(crate) fn ticked(self, value: bool) -> Para {
        self.answered(Answer::from_legacy(value), CELL)
    }

    /// A three-state answer; "not answered" muted, like every missing value.
    pub(crate) fn answered(self, value: Answer, style: Style) -> Para {
        match value {
            Answer::NotAnswered => Para::plain(self.answer(value), style.with_ink(Ink::Muted)),
            _ => Para::plain(self.answer(value), style),
        }
    }

    /// A value chosen from a vocabulary, or "not answered", muted.
    pub(crate) fn chosen<V: Vocabulary>(self, value: Option<V>, style: Style) -> Para {
        match value {
            Some(value) => Para::plain(self.vocabulary(value), style),
            None => Para::plain(self.label(Label::NotAnswered), style.with_ink(Ink::Muted)),
        }
    }

    /// The answers chosen from a list of several (a source's kinds), in the
    /// order chosen, or plainly "not answered" when none is.
    pub(crate) fn chosen_all<V: Vocabulary>(self, values: &[V], style: Style) -> Para {
        if values.is_empty() {
            return self.chosen(None::<V>, style);
        }
        let labels: Vec<&str> = values.iter().map(|v| self.vocabulary(*v)).collect();
        Para::plain(labels.join(", "), style)
    }

    /// A three-state answer: yes, no, or plainly "not answered".
    pub(crate) fn answer(self, value: Answer) -> &'static str {
        self.label(match value {
            Answer::Yes => Label::Yes,
            Answer::No => Label::No,
            Answer::NotAnswered => Label::NotAnswered,
        })
    }

    /// What stands for a value the user left empty: "not stated", muted —
    /// said plainly, never a bare dash, so a reader sees what is unanswered.
    pub(crate) fn not_stated(self, style: Style) -> Para {
        Para::plain(self.label(Label::NotStated), style.with_ink(Ink::Muted))
    }

    /// "Not stated" as text, for a name in a heading or a list entry.
    pub(crate) fn not_stated_text(self) -> String {
        self.label(Label::NotStated).to_string()
    }

    /// A cell with one value, or "not stated".
    pub(crate) fn stated(self, value: Option<String>) -> Cell {
        vec![value.map_or_else(|| self.not_stated(CELL), |v| Para::plain(v, CELL))]
    }

    /// A cell with one paragraph per value, or "not stated" when there are none.
    pub(crate) fn stated_lines(self, values: Vec<String>) -> Cell {
        if values.is_empty() {
            return vec![self.not_stated(CELL)];
        }
        values.into_iter().map(|v| Para::plain(v, CELL)).collect()
    }

    /// A cell listing values: one plainly, several as bullets, none as "not stated".
    pub(crate) fn stated_list(self, values: Vec<String>) -> Cell {
        match values.len() {
            0 => vec![self.not_stated(CELL)],
            1 => values.into_iter().map(|v| Para::plain(v, CELL)).collect(),
            _ => values
                .into_iter()
                .map(|v| Para::plain(v, CELL).bulleted().after(1.0))
                .collect(),
        }
    }

    /// "Label: value" inside a cell, the label muted; no value reads "not stated".
    pub(crate) fn labelled(self, label: &str, value: Option<String>, style: Style) -> Para {
        let value = match value {
            Some(value) => Span::new(value, style),
            None => Span::new(self.label(Label::NotStated), style.with_ink(Ink::Muted)),
        };
        Para::new(vec![
            Span::new(format!("{label}: "), style.with_ink(Ink::Muted)),
            value,
        ])
    }

    /// A vocabulary value, or "not answered" when none was chosen.
    pub(crate) fn vocabulary_or_not_answered<V: Vocabulary>(self, value: Option<V>) -> String {
        value.map_or_else(
            || self.label(Label::NotAnswered).to_string(),
            |v| self.vocabulary(v).to_string(),
        )
    }
}

pub(crate) fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// A two-column key–value table.
pub(crate) fn key_values(rows: Vec<(&str, Cell)>) -> Block {
    Block::Table(Table {
        columns: vec![
            Column {
                title: String::new(),
                share: 0.3,
            },
            Column {
                title: String::new(),
                share: 0.7,
            },
        ],
        header: false,
        rows: rows
            .into_iter()
            .map(|(key, value)| vec![vec![Para::plain(key, CELL_KEY)], value])
            .collect(),
    })
}

/// A table with a header row; `columns` are (title, share of the width).
pub(crate) fn table(columns: &[(&str, f32)], rows: Vec<Vec<Cell>>) -> Block {
    Block::Table(Table {
        columns: columns
            .iter()
            .map(|(title, share)| Column {
                title: title.to_string(),
                share: *share,
            })
            .collect(),
        header: true,
        rows,
    })
}

pub(crate) fn heading(level: u8, text: impl Into<String>) -> Block {
    Block::Heading {
        level,
        text: text.into(),
        bookmark: false,
        anchor: None,
    }
}

pub(crate) fn paragraph(text: impl Into<String>, style: Style) -> Block {
    Block::Para(Para::plain(text, style).after(4.0))
}

/// A person's name with title, and their contact details, as lines.
pub(crate) fn person_lines(person: &Person, words: Words) -> Vec<String> {
    let mut first = non_empty(&person.name).unwrap_or_else(|| words.not_stated_text());
    if let Some(title) = words.text(&person.title) {
        first = format!("{first}, {title}");
    }
    let mut lines = vec![first];
    lines.extend(non_empty(&person.email));
    lines.extend(non_empty(&person.phone));
    lines
}

/// "Not applicable: reason" where a person answered the finding on this
/// field of the register so (`organisation.finding_answers`); `None` where
/// the field is simply open, or only accepted for now.
pub(crate) fn not_applicable(
    document: &Document,
    register: &Register,
    field: &str,
    words: Words,
    style: Style,
) -> Option<Para> {
    let id = Uuid::from(register.id);
    let answer = document
        .organisation
        .finding_answers
        .iter()
        .find(|a| a.kind == RecordKind::Register && a.id == id && a.field == field)?;
    let FindingResolution::NotApplicable { reason } = &answer.answer else {
        return None;
    };
    let label = words.label(Label::NotApplicable);
    Some(match words.text(reason) {
        Some(reason) => words.labelled(label, Some(reason), style),
        None => Para::plain(label, style),
    })
}

/// The data protection officer, or "not stated": the file has no answer
/// that none is appointed, so the record does not claim it.
pub(crate) fn dpo_cell(index: &Index<'_>, organisation: &Organisation, words: Words) -> Cell {
    let lines = index
        .person(organisation.dpo)
        .map(|person| person_lines(person, words))
        .unwrap_or_default();
    words.stated_lines(lines)
}

/// The organisation's name in the export language.
pub(crate) fn organisation_name(document: &Document, words: Words) -> String {
    words
        .name(&document.organisation.name)
        .unwrap_or_else(|| words.not_stated_text())
}
