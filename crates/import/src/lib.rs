//! Reading an existing register description or privacy notice into registers:
//! the document's text (from .docx, .odt, .pdf, .html or plain text), its
//! sections recognised by their headings in Finnish, Swedish and English, and
//! each passage placed in a field or listed as not placed. Nothing is invented:
//! a yes/no question is answered only by a sentence that states the answer,
//! a legal basis only where the text names one, and everything imported stays
//! marked as unreviewed suggested text until a person confirms it.

pub mod place;
pub mod read;
pub mod sections;
pub mod translate;

use kirjuri_model::imported::{ImportedDescription, ImportedPassage, ImportedSection};
use kirjuri_model::templates::Jurisdiction;
use kirjuri_model::{Document, Edit, Language, Record, RecordKind, TemplateSection};

/// Why a file was not imported. Each says in one sentence what to do.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is {0} MB; a register description is a few pages — is this the right file?")]
    TooLarge(usize),
    #[error("this is {0}")]
    Unsupported(String),
    #[error("the file is damaged: {0}")]
    Damaged(String),
    #[error(
        "the file is encrypted or password-protected: save an unprotected copy and import that"
    )]
    Encrypted,
    #[error("the PDF has no text layer (a scanned page?): export it from the original program as PDF or .docx, or paste the text")]
    NoTextLayer,
    #[error("no register description was found in it: no section of a description (controller, purpose, data content, retention …) is recognised")]
    NoDescription,
    #[error("the text is not in Swedish, Finnish or English{0}")]
    OtherLanguage(String),
    #[error("the description does not match the document's registers ({0}): import it as new registers instead")]
    NotATranslation(String),
    #[error("the document holds an imported description still under review: confirm its sections first, then import the next")]
    ReviewPending,
}

/// What the caller knows that the text may not say.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The organisation's country, when the text does not make it clear.
    pub country: Option<Jurisdiction>,
    /// The language the description is written in, when the text does not make it clear.
    pub language: Option<Language>,
}

/// Where a passage of the old document went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// The passage as the old document has it.
    pub text: String,
    /// The field it was placed in, in words ("Customer register: purpose"),
    /// or `None`: not placed, for the user to put where it belongs.
    pub place: Option<String>,
}

/// A description read into a new document.
#[derive(Debug, Clone)]
pub struct Imported {
    pub document: Document,
    /// The language the description is written in; every text is set in it alone.
    pub language: Language,
    /// Every passage of the old document, in its order, with its place.
    pub passages: Vec<Passage>,
    /// The old document's sections: each a run of `passages`, in order, together all of them.
    pub sections: Vec<OldSection>,
}

/// A section of the old document (the text before the first heading is one too).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OldSection {
    /// Its heading as the document has it; empty before the first heading.
    pub heading: String,
    /// The parts of the registers its text filled (their unreviewed marks).
    pub marks: Vec<TemplateSection>,
    /// Its passages: `passages[first..end]`.
    pub first: usize,
    pub end: usize,
}

impl Imported {
    /// The passages that landed nowhere.
    pub fn not_placed(&self) -> impl Iterator<Item = &Passage> {
        self.passages.iter().filter(|p| p.place.is_none())
    }

    /// The old text as the document keeps it for its review (see
    /// `kirjuri_model::imported`): every passage, by section, with its place.
    pub fn description(&self, file_name: &str) -> ImportedDescription {
        ImportedDescription {
            file_name: file_name.to_string(),
            language: self.language,
            registers: self
                .document
                .registers
                .iter()
                .map(|r| r.id.into())
                .collect(),
            sections: self
                .sections
                .iter()
                .map(|section| ImportedSection {
                    heading: section.heading.clone(),
                    marks: section.marks.clone(),
                    passages: self.passages[section.first..section.end]
                        .iter()
                        .map(|p| ImportedPassage {
                            text: p.text.clone(),
                            place: p.place.clone(),
                        })
                        .collect(),
                    confirmed: false,
                })
                .collect(),
        }
    }

    /// The edit that adds this description to `existing` as new registers:
    /// every record it made, the organisation's details only where
    /// `existing` has none, and its old text kept for the review. One edit,
    /// undone in one step.
    pub fn into_document(
        &self,
        existing: &Document,
        file_name: &str,
    ) -> Result<Vec<Edit>, ImportError> {
        if existing.organisation.imported_description.is_some() {
            return Err(ImportError::ReviewPending);
        }
        let mut organisation = existing.organisation.clone();
        let new = &self.document.organisation;
        // The fields the description filled (in the importer's words); a
        // detail the document already has stays, and its passage is listed
        // as not placed, for the person to see.
        let mut filled: Vec<&str> = Vec::new();
        let mut fill = |word: &'static str, old: &mut String, new: &str| {
            if old.trim().is_empty() && !new.is_empty() {
                *old = new.to_string();
                filled.push(word);
            }
        };
        fill(
            "business ID",
            &mut organisation.business_id,
            &new.business_id,
        );
        fill("VAT number", &mut organisation.vat_number, &new.vat_number);
        fill("phone", &mut organisation.phone, &new.phone);
        fill("e-mail", &mut organisation.email, &new.email);
        fill("website", &mut organisation.website, &new.website);
        fill("country", &mut organisation.country, &new.country);
        for (word, old, new) in [
            ("name", &mut organisation.name, &new.name),
            ("address", &mut organisation.address, &new.address),
        ] {
            let language = self.language;
            if old.get(language).trim().is_empty() && !new.get(language).is_empty() {
                old.set(language, new.get(language).to_string());
                filled.push(word);
            }
        }
        if organisation.working_language.is_none() {
            organisation.working_language = Some(self.language);
        }
        let mut description = self.description(file_name);
        for passage in description
            .sections
            .iter_mut()
            .flat_map(|s| &mut s.passages)
        {
            let Some(words) = passage
                .place
                .as_deref()
                .and_then(|p| p.strip_prefix("the organisation: "))
            else {
                continue;
            };
            if !words.split(", ").any(|word| filled.contains(&word)) {
                passage.place = None;
            }
        }
        organisation.imported_description = Some(description);
        let mut edits = vec![Edit::Put {
            record: Record::Organisation(organisation),
        }];
        edits.extend(
            self.document
                .records()
                .into_iter()
                .filter(|r| r.kind() != RecordKind::Organisation)
                .map(|record| Edit::Put { record }),
        );
        Ok(edits)
    }

    /// The new document with its old text kept for the review: what an
    /// import into a new file writes.
    pub fn document_for_review(&self, file_name: &str) -> Document {
        let mut document = self.document.clone();
        document.organisation.imported_description = Some(self.description(file_name));
        document
    }
}

/// Reads `bytes` (any supported kind, told by the content) into a new document.
pub fn import(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    let kind = read::detect(bytes)?;
    let paragraphs = read::paragraphs(bytes, kind)?;
    import_paragraphs(&paragraphs, options)
}

/// Reads pasted text into a new document.
pub fn import_text(text: &str, options: &Options) -> Result<Imported, ImportError> {
    import(text.as_bytes(), options)
}

fn import_paragraphs(
    paragraphs: &[read::Paragraph],
    options: &Options,
) -> Result<Imported, ImportError> {
    let all: String = paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let language = match options.language {
        Some(language) => language,
        None => detect_language(&all)?,
    };
    let recognised = sections::headings(paragraphs)
        .iter()
        .filter(|h| h.is_some())
        .count();
    if recognised < 2 {
        return Err(ImportError::NoDescription);
    }
    Ok(place::place(paragraphs, language, options.country))
}

/// The language most of the text's common words belong to. Text in none of
/// the three (or too little to tell) is refused unless the caller says.
pub fn detect_language(text: &str) -> Result<Language, ImportError> {
    const SV: &[&str] = &[
        "och",
        "att",
        "som",
        "för",
        "av",
        "på",
        "med",
        "är",
        "till",
        "vi",
        "de",
        "om",
        "uppgifter",
        "inte",
    ];
    const FI: &[&str] = &[
        "ja",
        "on",
        "että",
        "tai",
        "tiedot",
        "tietoja",
        "sekä",
        "kun",
        "ei",
        "rekisterin",
        "voidaan",
        "henkilötietoja",
        "myös",
    ];
    const EN: &[&str] = &[
        "the", "and", "of", "to", "is", "we", "for", "with", "are", "your", "data", "or", "not",
    ];
    const OTHER: &[&str] = &[
        "und", "der", "die", "das", "ist", "nicht", "mit", "les", "des", "est", "pour", "avec",
        "og", "ikke", "til", "er",
    ];
    let mut counts = [0usize; 4];
    let mut words = 0usize;
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let word = word.to_lowercase();
        for (index, list) in [SV, FI, EN, OTHER].iter().enumerate() {
            if list.contains(&word.as_str()) {
                counts[index] += 1;
            }
        }
    }
    let (best, &count) = counts[..3]
        .iter()
        .enumerate()
        .max_by_key(|(_, c)| **c)
        .expect("three languages");
    if counts[3] > count || count < 5 || count * 40 < words {
        return Err(ImportError::OtherLanguage(
            ": if it is one of them, name the language it is written in (sv, fi or en; --lang on the command line)".into(),
        ));
    }
    Ok([Language::Sv, Language::Fi, Language::En][best])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_read_from_the_words() {
        let fi = "Rekisterin tiedot ovat asiakkaan nimi ja osoite. Tietoja ei luovuteta, ja ne poistetaan kun asiakkuus päättyy. Henkilötietoja käsitellään myös laskutuksessa.";
        assert_eq!(detect_language(fi).unwrap(), Language::Fi);
        let sv = "Vi sparar uppgifter om kunder och de som är intresserade av våra tjänster för att kunna skicka nyhetsbrev till dem som vill det.";
        assert_eq!(detect_language(sv).unwrap(), Language::Sv);
        let de = "Wir speichern die Daten der Kunden und die Daten ist nicht mit der Adresse und der Nummer verbunden, und das ist gut.";
        assert!(matches!(
            detect_language(de),
            Err(ImportError::OtherLanguage(_))
        ));
    }
}
