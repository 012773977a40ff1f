//! Each passage of a recognised description put where it belongs: the
//! controller's details on the organisation, the contact person, and per
//! register its name, purposes, data items, sources, recipients, retention,
//! security measures and rights — or listed as not placed. A yes/no answer
//! only from a sentence that states it; texts only in the description's language.

use crate::read::{Paragraph, Style};
use crate::sections::{self, Topic};
use crate::Passage;
use chrono::NaiveDate;
use kirjuri_model::templates::Jurisdiction;
use kirjuri_model::*;

/// One register being filled, and the sections it got text in.
struct Draft {
    register: Register,
    sections: Vec<TemplateSection>,
}

struct Placer {
    language: Language,
    document: Document,
    registers: Vec<Draft>,
    current: usize,
    passages: Vec<Passage>,
    contact: Option<usize>,
    /// The group the next data items join (a sub-heading of the data content).
    group: Option<DataItemGroupId>,
    /// The old document's sections so far, the text before the first heading first.
    sections: Vec<crate::OldSection>,
}

/// Places `paragraphs`, written in `language`, into a new document.
pub fn place(
    paragraphs: &[Paragraph],
    language: Language,
    country: Option<Jurisdiction>,
) -> crate::Imported {
    let mut placer = Placer {
        language,
        document: Document::new(LocalizedText::default()),
        registers: Vec::new(),
        current: 0,
        passages: Vec::new(),
        contact: None,
        group: None,
        sections: vec![crate::OldSection::default()],
    };
    placer.document.organisation.working_language = Some(language);
    // The registers a list names (seed 000 §1); else the one the document describes.
    let headings = sections::headings(paragraphs);
    let mut names = register_list(paragraphs);
    if names.is_empty() {
        names = recurring_registers(paragraphs, &headings);
    }
    if names.is_empty() {
        placer.new_register(String::new());
    } else {
        for name in &names {
            placer.new_register(name.clone());
        }
    }
    let mut topic: Option<Topic> = None;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        // The document's own title ("REKISTERISELOSTE") above its first
        // section opens no section: its dates and name follow it.
        if topic.is_none()
            && sections::is_document_title(&paragraph.text)
            && paragraph.text.split_whitespace().count() <= 6
        {
            placer.preamble(paragraph);
            continue;
        }
        if let Some(heading) = headings[index].filter(|_| !is_contents_line(&paragraph.text)) {
            topic = Some(heading);
            placer.group = None;
            placer.sections.push(crate::OldSection {
                heading: paragraph.text.trim().to_string(),
                first: placer.passages.len(),
                ..Default::default()
            });
            placer.placed(paragraph, "section heading");
            continue;
        }
        let next = paragraphs.get(index + 1);
        if is_contents_line(&paragraph.text) {
            placer.placed(paragraph, "the old document's table of contents");
            continue;
        }
        // Systems the catalogue knows, named anywhere: their identity only.
        placer.systems_named(paragraph);
        // A page's running head or foot ("DATASKYDDSBESKRIVNING v. 1.0 - 21.5.2018").
        if topic.is_some()
            && sections::is_document_title(&paragraph.text)
            && paragraph.text.split_whitespace().count() <= 10
        {
            placer.placed(paragraph, "the old document's running title");
            continue;
        }
        match topic {
            None => placer.preamble(paragraph),
            Some(Topic::RegisterList) => {
                if names.iter().any(|n| n == paragraph.text.trim()) {
                    placer.placed(paragraph, "a register of its own");
                } else {
                    placer.not_placed(paragraph);
                }
            }
            Some(topic) => {
                if placer.switch_register(paragraph, &names) {
                    continue;
                }
                placer.in_section(topic, paragraph, next);
            }
        }
    }
    placer.finish(country)
}

/// The entries of a "list of registers" section, when the document has one.
fn register_list(paragraphs: &[Paragraph]) -> Vec<String> {
    let mut names = Vec::new();
    let mut inside = false;
    for (paragraph, heading) in paragraphs.iter().zip(sections::headings(paragraphs)) {
        match heading {
            Some(Topic::RegisterList) => inside = true,
            Some(_) if inside => break,
            _ if inside
                && matches!(paragraph.style, Style::Item { .. })
                && paragraph.text.split_whitespace().count() <= 8 =>
            {
                names.push(paragraph.text.trim().to_string());
            }
            _ => {}
        }
    }
    if names.len() >= 2 {
        names
    } else {
        Vec::new()
    }
}

/// The value of a "Label: value" line ("Nimi: Yritys Oy" → "Yritys Oy"),
/// or the whole line when it has no short label.
fn label_value(text: &str) -> &str {
    match text.split_once(':') {
        Some((label, value))
            if label.split_whitespace().count() <= 3
                && !label.chars().any(|c| c.is_ascii_digit())
                && !value.trim().is_empty()
                && !value.starts_with("//") =>
        {
            value.trim()
        }
        _ => text,
    }
}

/// A line of a table of contents: "Lagring..... 5".
fn is_contents_line(text: &str) -> bool {
    let trimmed = text.trim_end();
    let without_page = trimmed
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    without_page.len() < trimmed.len()
        && (without_page.ends_with("...") || without_page.ends_with('…'))
}

/// Whether a line names a company by its legal form ("Solteq Oyj", "Beebyte AB").
fn has_company_form(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '(')
        .any(|w| {
            [
                "Oy", "Oyj", "Ab", "AB", "Abp", "Ltd", "Inc", "Inc.", "LLC", "GmbH", "Ky", "Tmi",
                "HB", "KB", "ry", "r.f.",
            ]
            .contains(&w)
        })
}

/// The lower-case words of a name, without punctuation.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The register a sub-heading names: the one whose name shares the most
/// leading words with it ("Chat på hemsidan" is "Chat funktion på hemsidan";
/// "Verkkosivuston chat-palvelu" is not "Verkkosivuston yhteydenottolomake").
fn matching_register(text: &str, names: &[String]) -> Option<usize> {
    let words = words_of(text);
    let shared: Vec<usize> = names
        .iter()
        .map(|name| {
            words_of(name)
                .iter()
                .zip(&words)
                .take_while(|(a, b)| a == b)
                .count()
        })
        .collect();
    let best = *shared.iter().max()?;
    (best > 0 && shared.iter().filter(|s| **s == best).count() == 1)
        .then(|| shared.iter().position(|s| *s == best))
        .flatten()
}

/// Without a list of registers, the registers a document describes section
/// by section (seed 001): the short first-level sub-headings that recur,
/// by their first word, in two sections or more — in the order they first
/// appear, each named by its shortest wording.
fn recurring_registers(paragraphs: &[Paragraph], headings: &[Option<Topic>]) -> Vec<String> {
    let mut seen: Vec<(String, String, std::collections::HashSet<usize>)> = Vec::new();
    let mut section = 0usize;
    for (paragraph, heading) in paragraphs.iter().zip(headings) {
        if heading.is_some() {
            section += 1;
            continue;
        }
        let short =
            paragraph.text.split_whitespace().count() <= 6 && !paragraph.text.ends_with('.');
        if section == 0 || !short || !matches!(&paragraph.style, Style::Item { depth: 1, .. }) {
            continue;
        }
        let words = words_of(&paragraph.text);
        let key = words.iter().take(2).cloned().collect::<Vec<_>>().join(" ");
        let name = paragraph
            .text
            .split(',')
            .next()
            .unwrap_or(&paragraph.text)
            .trim()
            .to_string();
        match seen.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, shortest, sections)) => {
                sections.insert(section);
                if name.len() < shortest.len() {
                    *shortest = name;
                }
            }
            None => seen.push((key, name, std::collections::HashSet::from([section]))),
        }
    }
    let mut names: Vec<String> = Vec::new();
    for (_, name, sections) in seen {
        if sections.len() >= 2 && !names.contains(&name) {
            names.push(name);
        }
    }
    if names.len() >= 2 {
        names
    } else {
        Vec::new()
    }
}

fn text_in(language: Language, text: &str) -> LocalizedText {
    let mut localized = LocalizedText::default();
    localized.set(language, text.trim());
    localized
}

/// A date written d.m.yyyy in `text`.
fn date_in(text: &str) -> Option<NaiveDate> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|w| w.matches('.').count() >= 2)
        .find_map(|w| NaiveDate::parse_from_str(w.trim_matches('.'), "%d.%m.%Y").ok())
}

fn contains_any(text: &str, words: &[&str]) -> bool {
    let lower = text.to_lowercase();
    words.iter().any(|w| lower.contains(w))
}

/// The sentences of a passage: a full stop, a space and a capital end one.
fn sentences(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut sentences = Vec::new();
    let mut start = 0;
    for (n, (at, c)) in chars.iter().enumerate() {
        let ends = matches!(c, '.' | '!' | '?')
            && chars.get(n + 1).is_some_and(|(_, c)| *c == ' ')
            && chars.get(n + 2).is_some_and(|(_, c)| c.is_uppercase());
        if ends {
            sentences.push(text[start..=*at].trim());
            start = at + 1;
        }
    }
    sentences.push(text[start..].trim());
    sentences.retain(|s| !s.is_empty());
    sentences
}

/// A sentence that says no: "ei luovuteta", "lämnas inte ut", "will not transfer".
fn says_no(text: &str) -> bool {
    let lower = format!(" {} ", text.to_lowercase());
    [
        " ei ", " eikä ", " inte ", " ej ", " inga ", " aldrig ", " not ", " never ", " no ",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A sentence that introduces the list below it ("Rekisteriin tallennetaan
/// seuraavia tietoja:", "Henkilötietoja käsitellään", "Vi behandlar
/// följande uppgifter:"): neither an entry of the list nor a heading of a
/// group of it. It says what is done, not what is listed, and ends without
/// a full stop.
fn is_lead_in(text: &str) -> bool {
    let text = text.trim();
    if text.split_whitespace().count() > 14 {
        return false;
    }
    if let Some(before) = text.strip_suffix(':') {
        return contains_any(
            before,
            &[
                "seuraav",
                "följande",
                "following",
                "tallennetaan",
                "käsitellään",
                "kerätään",
                "keräämme",
                "käsittelemme",
                "tallennamme",
                "sparas",
                "behandlas",
                "samlas in",
                "lagras",
                "vi samlar",
                "vi behandlar",
                "vi sparar",
                "are processed",
                "are stored",
                "are collected",
                "we collect",
                "we process",
                "we store",
            ],
        );
    }
    // Without a colon only a sentence that stops at its verb: "Henkilötietoja
    // käsitellään" — the purposes follow as its list. A sentence that goes on
    // ("… käsitellään asiakassuhteen hoitamiseksi") is a purpose itself.
    let last = text.split_whitespace().last().unwrap_or("").to_lowercase();
    [
        "käsitellään",
        "tallennetaan",
        "kerätään",
        "käytetään",
        "sparas",
        "behandlas",
        "lagras",
        "används",
        "processed",
        "stored",
        "collected",
        "used",
    ]
    .contains(&last.as_str())
}

/// The e-mail addresses of a line.
fn email_in(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '<' | '>'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| {
            let mut parts = w.split('@');
            matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None) if !a.is_empty() && b.contains('.'))
        })
        .map(str::to_string)
}

/// A phone number: "+358 10 8208024", "054 20 33 331", "tfn. +46 …".
fn phone_in(text: &str) -> Option<String> {
    let start = text.find(|c: char| c == '+' || c.is_ascii_digit())?;
    let candidate: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
        .collect();
    let digits = candidate.chars().filter(|c| c.is_ascii_digit()).count();
    (7..=15).contains(&digits).then(|| {
        candidate
            .trim()
            .trim_end_matches(['-', '('])
            .trim()
            .to_string()
    })
}

/// A line of a postal address: a postal code (33200, 656 37, FI-00100) in it.
fn looks_like_address(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let code = words.iter().any(|w| {
        let w = w
            .trim_matches(',')
            .trim_start_matches("FI-")
            .trim_start_matches("SE-");
        w.len() == 5 && w.chars().all(|c| c.is_ascii_digit())
    });
    // "656 37 Karlstad": three digits, two digits, a town.
    let swedish = words.windows(3).any(|p| {
        p[0].len() == 3
            && p[1].len() == 2
            && p[0].chars().all(|c| c.is_ascii_digit())
            && p[1].chars().all(|c| c.is_ascii_digit())
            && p[2].starts_with(char::is_uppercase)
    });
    code || swedish
}

/// A Finnish business ID (1234567-8) or a Swedish organisation number (556000-0000).
fn business_id_in(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .find(|w| {
            let parts: Vec<&str> = w.split('-').collect();
            parts.len() == 2
                && ((parts[0].len() == 7 && parts[1].len() == 1)
                    || (parts[0].len() == 6 && parts[1].len() == 4))
        })
        .map(str::to_string)
}

/// A VAT number (FI04904840, SE556000000001).
fn vat_in(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| {
            (w.starts_with("FI") && w.len() == 10 || w.starts_with("SE") && w.len() == 14)
                && w[2..].chars().all(|c| c.is_ascii_digit())
        })
        .map(str::to_string)
}

/// The GDPR Art. 6 ground a passage names, when it names exactly one.
fn named_basis(text: &str) -> Option<LegalBasis> {
    let lower = text.to_lowercase();
    let found: Vec<LegalBasis> = [
        (
            LegalBasis::Consent,
            &["suostumu", "samtycke", "consent"][..],
        ),
        (LegalBasis::Contract, &["sopimu", "avtal", "contract"][..]),
        (
            LegalBasis::LegalObligation,
            &[
                "lakisääteinen velvoite",
                "lakisääteisen velvoitteen",
                "rättslig förpliktelse",
                "legal obligation",
            ][..],
        ),
        (
            LegalBasis::LegitimateInterests,
            &[
                "oikeutettu etu",
                "oikeutetun edun",
                "berättigat intresse",
                "berättigade intresse",
                "legitimate interest",
            ][..],
        ),
    ]
    .into_iter()
    .filter(|(_, words)| words.iter().any(|w| lower.contains(w)))
    .map(|(basis, _)| basis)
    .collect();
    (found.len() == 1).then(|| found[0])
}

/// The rights a passage is about.
fn rights_named(text: &str) -> Vec<DataSubjectRight> {
    let lower = text.to_lowercase();
    [
        (
            DataSubjectRight::Access,
            &[
                "tarkast",
                "insyn",
                "utdrag",
                "right of access",
                "access to",
                "pääsy",
            ][..],
        ),
        (
            DataSubjectRight::Rectification,
            &[
                "oikaisu",
                "korjaa",
                "rättelse",
                "ändring",
                "rectif",
                "correct",
            ][..],
        ),
        (
            DataSubjectRight::Erasure,
            &[
                "poista",
                "poisto",
                "radering",
                "raderas",
                "erasure",
                "glömd",
                "forgotten",
                "delet",
            ][..],
        ),
        (
            DataSubjectRight::Restriction,
            &["rajoit", "begräns", "restrict"][..],
        ),
        (
            DataSubjectRight::Portability,
            &["siirrettävyy", "portabilitet", "portability"][..],
        ),
        (
            DataSubjectRight::Objection,
            &[
                "vastustaa",
                "vastustamis",
                "kielto",
                "kieltää",
                "förbjud",
                "förbud",
                "invändning",
                "invända",
                "object",
            ][..],
        ),
    ]
    .into_iter()
    .filter(|(_, words)| words.iter().any(|w| lower.contains(w)))
    .map(|(right, _)| right)
    .collect()
}

/// An old law's ground ("henkilötietolain 8 §", "personuppgiftslagen"): not an
/// Art. 6 basis, so it stays the user's to place.
fn old_law(text: &str) -> bool {
    contains_any(
        text,
        &[
            "henkilötietolai",
            "personuppgiftslag",
            "personal data act",
            "tietosuojalain edellytys",
        ],
    )
}

impl Placer {
    fn new_register(&mut self, name: String) {
        let mut register = Register::blank();
        register.id = RegisterId::new();
        register.name = text_in(self.language, &name);
        self.registers.push(Draft {
            register,
            sections: Vec::new(),
        });
    }

    fn register_id(&self) -> RegisterId {
        self.registers[self.current].register.id
    }

    fn register_name(&self) -> String {
        let name = self.registers[self.current]
            .register
            .name
            .get(self.language);
        if name.is_empty() {
            "register".into()
        } else {
            name.to_string()
        }
    }

    fn mark(&mut self, section: TemplateSection) {
        let sections = &mut self.registers[self.current].sections;
        if !sections.contains(&section) {
            sections.push(section);
        }
        let marks = &mut self.sections.last_mut().expect("a first section").marks;
        if !marks.contains(&section) {
            marks.push(section);
        }
    }

    fn placed(&mut self, paragraph: &Paragraph, place: &str) {
        self.passages.push(Passage {
            text: paragraph.text.clone(),
            place: Some(place.to_string()),
        });
    }

    fn placed_in_register(&mut self, paragraph: &Paragraph, field: &str) {
        let place = format!("{}: {field}", self.register_name());
        self.placed(paragraph, &place);
    }

    fn not_placed(&mut self, paragraph: &Paragraph) {
        self.passages.push(Passage {
            text: paragraph.text.clone(),
            place: None,
        });
    }

    /// A sub-heading naming one of the listed registers: what follows is its.
    fn switch_register(&mut self, paragraph: &Paragraph, names: &[String]) -> bool {
        if names.is_empty() || paragraph.text.split_whitespace().count() > 8 {
            return false;
        }
        let Some(index) = matching_register(&paragraph.text, names) else {
            return false;
        };
        self.current = index;
        self.group = None;
        self.placed(
            paragraph,
            &format!("{}: the register's part of the section", names[index]),
        );
        true
    }

    /// Before the first section: the document's title, dates, a register's name.
    fn preamble(&mut self, paragraph: &Paragraph) {
        let text = paragraph.text.trim();
        if let Some(day) = date_in(text) {
            let register = &mut self.registers[self.current].register;
            if contains_any(
                text,
                &[
                    "päivitetty",
                    "uppdater",
                    "updated",
                    "muutettu",
                    "ändrad",
                    "version",
                    "v. ",
                ],
            ) {
                register.last_updated = Some(day);
                self.placed(paragraph, "the date it was last updated");
                return;
            }
            if contains_any(
                text,
                &[
                    "laadittu",
                    "laatimis",
                    "päiväys",
                    "pvm",
                    "luotu",
                    "skapat",
                    "upprättad",
                    "created",
                    "päivämäärä",
                    "datum",
                    "date",
                ],
            ) {
                register.created = Some(day);
                self.placed(paragraph, "the date it was written");
                return;
            }
        }
        if sections::is_document_title(text) {
            self.placed(paragraph, "the old document's title");
            return;
        }
        let single = self.registers.len() == 1;
        let register = &mut self.registers[self.current].register;
        // A law's reference under the title ("Henkilötietolaki (523/1999)
        // 10 §") names the old form, not the register.
        if single
            && register.name.get(self.language).is_empty()
            && text.split_whitespace().count() <= 8
            && !text.contains('§')
            && !old_law(text)
        {
            register.name = text_in(self.language, text);
            self.mark(TemplateSection::Description);
            self.placed_in_register(paragraph, "name");
            return;
        }
        self.not_placed(paragraph);
    }

    fn in_section(&mut self, topic: Topic, paragraph: &Paragraph, next: Option<&Paragraph>) {
        match topic {
            Topic::RegisterList => self.not_placed(paragraph),
            Topic::Controller => self.controller(paragraph),
            Topic::ContactPerson => self.contact_person(paragraph),
            Topic::RegisterName => self.register_name_passage(paragraph),
            Topic::Purpose => self.purpose(paragraph),
            Topic::LegalBasis => self.legal_basis(paragraph),
            Topic::DataSubjects => {
                let category = DataSubjectCategory {
                    id: DataSubjectCategoryId::new(),
                    name: text_in(self.language, &paragraph.text),
                };
                self.registers[self.current]
                    .register
                    .data_subject_categories
                    .push(category.id);
                self.document.data_subject_categories.push(category);
                self.mark(TemplateSection::DataSubjects);
                self.placed_in_register(paragraph, "data subjects");
            }
            Topic::DataContent => self.data_content(paragraph, next),
            Topic::Sources => self.source(paragraph),
            Topic::Disclosures => self.disclosure(paragraph),
            Topic::Transfers => self.transfers(paragraph),
            Topic::Retention => self.retention(paragraph),
            Topic::Security => self.security(paragraph),
            Topic::Rights => self.rights(paragraph),
            Topic::AutomatedDecisions => {
                if says_no(&paragraph.text) && contains_any(&paragraph.text, &["automa", "profil"])
                {
                    let register = &mut self.registers[self.current].register;
                    // A suggestion, as all imported text: an answer once confirmed.
                    register.suggested_answers.automated_decisions = Some(Answer::No);
                    register.automated_decisions_description =
                        text_in(self.language, &paragraph.text);
                    self.mark(TemplateSection::Answers);
                    self.placed_in_register(paragraph, "automated decisions: no");
                } else {
                    self.not_placed(paragraph);
                }
            }
            Topic::Cookies => match cookie_of(&paragraph.text, self.language) {
                Some(cookie) => {
                    self.document.cookies.push(cookie);
                    self.placed(paragraph, "a cookie");
                }
                None => self.not_placed(paragraph),
            },
            Topic::Access => self.not_placed(paragraph),
        }
    }

    /// The catalogue's systems a passage names ("Zendesk", "Fortnox"): the
    /// vendor, product and country only, linked to the register being read.
    /// What the catalogue says of transfers and agreements stays a suggestion
    /// of the system screen, never a record or an answer here.
    fn systems_named(&mut self, paragraph: &Paragraph) {
        for entry in kirjuri_model::templates::systems() {
            let named = entry.product.len() >= 4
                && paragraph
                    .text
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(&entry.product));
            if !named {
                continue;
            }
            let processor = match self
                .document
                .processors
                .iter()
                .find(|p| p.product == entry.product)
            {
                Some(existing) => existing.id,
                None => {
                    let mut processor = Processor::blank();
                    processor.id = ProcessorId::new();
                    processor.vendor = LocalizedText::same(&entry.vendor);
                    processor.product = entry.product.clone();
                    processor.hosting = Hosting::ThirdParty;
                    processor.country = entry.country.clone().unwrap_or_default();
                    let id = processor.id;
                    self.document.processors.push(processor);
                    id
                }
            };
            let register = self.register_id();
            if !self
                .document
                .system_links
                .iter()
                .any(|l| l.register == register && l.processor == processor)
            {
                self.document.system_links.push(SystemLink {
                    id: SystemLinkId::new(),
                    register,
                    processor,
                    data_items: Vec::new(),
                    usage: LocalizedText::default(),
                });
            }
        }
    }

    fn controller(&mut self, paragraph: &Paragraph) {
        let text = label_value(paragraph.text.trim());
        let organisation = &mut self.document.organisation;
        let mut used = Vec::new();
        if let Some(email) = email_in(text) {
            if organisation.email.is_empty() {
                organisation.email = email;
                used.push("e-mail");
            }
        }
        if let Some(vat) = vat_in(text) {
            organisation.vat_number = vat;
            used.push("VAT number");
        }
        if let Some(id) = business_id_in(text) {
            organisation.business_id = id;
            used.push("business ID");
        }
        let lower = paragraph.text.to_lowercase();
        if ["puh", "tel", "phone", "tfn"]
            .iter()
            .any(|w| lower.contains(w))
            && used.is_empty()
        {
            if let Some(phone) = phone_in(text) {
                organisation.phone = phone;
                used.push("phone");
            }
        }
        if used.is_empty() && looks_like_address(text) {
            let address = organisation.address.get(self.language).to_string();
            let joined = if address.is_empty() {
                text.to_string()
            } else {
                format!("{address}, {text}")
            };
            organisation.address.set(self.language, joined);
            used.push("address");
        }
        // "Solteq Oyj (Momsnummer: …) ('Solteq')": the name before any bracket;
        // a line with a company form wins over a first line without one.
        let before_bracket = text.split(['(', ',']).next().unwrap_or(text).trim();
        if has_company_form(before_bracket)
            && before_bracket.split_whitespace().count() <= 6
            && !before_bracket.contains('@')
            && !used.contains(&"name")
        {
            organisation.name.set(self.language, before_bracket);
            used.push("name");
        } else if used.is_empty() && organisation.name.get(self.language).is_empty() {
            let name = before_bracket;
            if !name.is_empty()
                && !name.contains('@')
                && name.split_whitespace().count() <= 4
                && !name.chars().any(|c| c.is_ascii_digit())
            {
                organisation.name.set(self.language, name);
                used.push("name");
            }
        } else if organisation.name.get(self.language).is_empty() {
            let name = text.split(['(', ',']).next().unwrap_or(text).trim();
            if !name.chars().any(|c| c.is_ascii_digit())
                && !name.contains('@')
                && !name.contains(':')
            {
                organisation.name.set(self.language, name);
                used.push("name");
            }
        }
        if used.is_empty() {
            self.not_placed(paragraph);
        } else {
            self.placed(paragraph, &format!("the organisation: {}", used.join(", ")));
        }
    }

    fn contact_person(&mut self, paragraph: &Paragraph) {
        let text = paragraph.text.trim();
        let email = email_in(text);
        let lower = text.to_lowercase();
        let phone = (["puh", "tel", "tfn", "phone", "gsm", "mobil"]
            .iter()
            .any(|w| lower.contains(w))
            || text.starts_with(['+', '0']))
        .then(|| phone_in(text))
        .flatten();
        // "Kristian Östman, tfn. …", "Mikko Sairanen mikko.sairanen@…": a name first.
        let first = text.split(',').next().unwrap_or(text);
        let first = match &email {
            Some(email) => first.replace(email.as_str(), ""),
            None => first.to_string(),
        };
        let first = first
            .rsplit(':')
            .next()
            .unwrap_or(&first)
            .trim()
            .to_string();
        let words: Vec<&str> = first.split_whitespace().collect();
        let name = ((2..=4).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && !first.chars().any(|c| c.is_ascii_digit() || c == '@'))
        .then_some(first);
        if name.is_none() && email.is_none() && phone.is_none() {
            self.not_placed(paragraph);
            return;
        }
        let new_person = name.is_some()
            && self
                .contact
                .is_none_or(|i| !self.document.people[i].name.is_empty());
        if new_person || self.contact.is_none() {
            self.document.people.push(Person {
                id: PersonId::new(),
                name: String::new(),
                title: LocalizedText::default(),
                phone: String::new(),
                email: String::new(),
            });
            self.contact = Some(self.document.people.len() - 1);
        }
        let index = self.contact.expect("a contact person");
        let id = self.document.people[index].id;
        // The person is the contact of the register being described, or of
        // every register of a document that describes one.
        if self.registers.len() == 1 {
            self.registers[0].register.contact_person = Some(id);
        } else {
            self.registers[self.current].register.contact_person = Some(id);
        }
        let person = &mut self.document.people[index];
        let mut used = Vec::new();
        if let Some(name) = name {
            if person.name.is_empty() {
                // "Marja Kaarna, toimitusjohtaja": the words after the name are the title.
                let title = text.split(',').nth(1).map(str::trim).filter(|t| {
                    (1..=4).contains(&t.split_whitespace().count())
                        && !t.contains('@')
                        && !t.chars().any(|c| c.is_ascii_digit())
                });
                if let Some(title) = title {
                    person.title = text_in(self.language, title);
                    used.push("title");
                }
                person.name = name;
                used.push("name");
            }
        }
        if let Some(email) = email {
            if person.email.is_empty() {
                person.email = email;
            }
            used.push("e-mail");
        }
        if let Some(phone) = phone {
            if person.phone.is_empty() {
                person.phone = phone;
            }
            used.push("phone");
        }
        self.placed(
            paragraph,
            &format!("the contact person: {}", used.join(", ")),
        );
    }

    fn register_name_passage(&mut self, paragraph: &Paragraph) {
        let text = paragraph.text.trim().trim_end_matches('.');
        let lower = text.to_lowercase();
        // "Registrets namn är X" / "Rekisterin nimi on X" / "The name of the register is X".
        let name = [" är ", " on ", " is "]
            .iter()
            .find_map(|verb| {
                lower
                    .find(verb)
                    .filter(|_| contains_any(&lower, &["namn", "nimi", "name"]))
                    .map(|at| text[at + verb.len()..].trim())
            })
            .unwrap_or(text);
        let register = &mut self.registers[self.current].register;
        let old = register.name.get(self.language).to_string();
        if !old.is_empty() && old != name && register.description.get(self.language).is_empty() {
            register.description = text_in(self.language, &old);
        }
        register.name = text_in(self.language, name);
        self.mark(TemplateSection::Description);
        self.placed_in_register(paragraph, "name");
    }

    fn purpose(&mut self, paragraph: &Paragraph) {
        if paragraph.text.trim_end().ends_with(':') || is_lead_in(&paragraph.text) {
            self.placed_in_register(paragraph, "introduction of the purposes");
            return;
        }
        if old_law(&paragraph.text) {
            self.not_placed(paragraph);
            return;
        }
        let basis = contains_any(
            &paragraph.text,
            &[
                "oikeusperuste",
                "rättslig grund",
                "legal basis",
                "art. 6",
                "6 art",
            ],
        )
        .then(|| named_basis(&paragraph.text))
        .flatten();
        let purpose = Purpose {
            id: PurposeId::new(),
            register: self.register_id(),
            description: text_in(self.language, &paragraph.text),
            legal_bases: basis
                .map(|basis| LegalBasisClaim {
                    basis: Some(basis),
                    data_subject_categories: Vec::new(),
                    legitimate_interest: LocalizedText::default(),
                    special_category_condition: None,
                    law_reference: LocalizedText::default(),
                })
                .into_iter()
                .collect(),
            direct_marketing: false,
        };
        self.document.purposes.push(purpose);
        self.mark(TemplateSection::Purposes);
        self.placed_in_register(
            paragraph,
            if basis.is_some() {
                "purpose with its legal basis"
            } else {
                "purpose"
            },
        );
    }

    fn legal_basis(&mut self, paragraph: &Paragraph) {
        let register = self.register_id();
        match named_basis(&paragraph.text).filter(|_| !old_law(&paragraph.text)) {
            Some(basis) => {
                let mut any = false;
                for purpose in self
                    .document
                    .purposes
                    .iter_mut()
                    .filter(|p| p.register == register && p.legal_bases.is_empty())
                {
                    purpose.legal_bases.push(LegalBasisClaim {
                        basis: Some(basis),
                        data_subject_categories: Vec::new(),
                        legitimate_interest: LocalizedText::default(),
                        special_category_condition: None,
                        law_reference: LocalizedText::default(),
                    });
                    any = true;
                }
                if any {
                    self.mark(TemplateSection::Purposes);
                    self.placed_in_register(paragraph, "legal basis of its purposes");
                } else {
                    self.not_placed(paragraph);
                }
            }
            None => self.not_placed(paragraph),
        }
    }

    fn data_content(&mut self, paragraph: &Paragraph, next: Option<&Paragraph>) {
        let depth = |p: &Paragraph| match &p.style {
            Style::Item { depth, .. } => Some(*depth),
            _ => None,
        };
        // A line followed by deeper items, or ending in a colon, heads a group.
        let heads_group = paragraph.text.trim_end().ends_with(':')
            || match (depth(paragraph), next.and_then(depth)) {
                (Some(here), Some(below)) => below > here,
                (None, Some(_)) => paragraph.text.split_whitespace().count() <= 8,
                _ => false,
            }
            || next.is_some_and(|n| {
                sections::heading_topic(n).is_none()
                    && matches!(&n.style, Style::Item { marker, .. } if marker.starts_with(|c: char| c.is_ascii_digit()))
                    && matches!(&paragraph.style, Style::Item { marker, .. } if !marker.starts_with(|c: char| c.is_ascii_digit()))
            });
        let register = self.register_id();
        if is_lead_in(&paragraph.text) && !matches!(paragraph.style, Style::Item { .. }) {
            self.placed_in_register(paragraph, "introduction of the data items");
            return;
        }
        if heads_group {
            let group = DataItemGroup {
                id: DataItemGroupId::new(),
                register,
                name: text_in(self.language, paragraph.text.trim().trim_end_matches(':')),
                personal_data: true,
            };
            self.group = Some(group.id);
            self.document.data_item_groups.push(group);
            self.mark(TemplateSection::DataItems);
            self.placed_in_register(paragraph, "group of data items");
            return;
        }
        let mut item = DataItem::blank();
        item.id = DataItemId::new();
        item.register = register;
        item.group = self.group;
        item.name = text_in(self.language, &paragraph.text);
        self.document.data_items.push(item);
        self.mark(TemplateSection::DataItems);
        self.placed_in_register(paragraph, "data item");
    }

    fn source(&mut self, paragraph: &Paragraph) {
        if paragraph.text.trim_end().ends_with(':') {
            self.placed_in_register(paragraph, "introduction of the sources");
            return;
        }
        let source = Source {
            id: SourceId::new(),
            kinds: Vec::new(),
            name: text_in(self.language, &paragraph.text),
            public: false,
            collection_procedure: LocalizedText::default(),
        };
        self.registers[self.current]
            .register
            .sources
            .push(source.id);
        self.document.sources.push(source);
        self.mark(TemplateSection::Sources);
        self.placed_in_register(paragraph, "source");
    }

    fn disclosure(&mut self, paragraph: &Paragraph) {
        let text = paragraph.text.trim();
        if contains_any(
            text,
            &[
                "ulkopuolelle",
                "utanför eu",
                "utanför ees",
                "outside the eu",
                "outside the eea",
            ],
        ) {
            return self.transfers(paragraph);
        }
        if says_no(text) && contains_any(text, &["luovut", "lämnas", "utlämn", "disclos", "lämnar"])
        {
            let register = &mut self.registers[self.current].register;
            register.suggested_answers.regular_disclosures = Some(Answer::No);
            register.disclosures_qualifier = text_in(self.language, text);
            self.mark(TemplateSection::Answers);
            self.placed_in_register(paragraph, "regular disclosures: no, in these words");
            return;
        }
        let to_someone = {
            let lower = text.to_lowercase();
            ["till ", "to ", "för "]
                .iter()
                .any(|w| lower.starts_with(w))
                || matches!(&paragraph.style, Style::Item { depth, .. } if *depth > 0)
        };
        if !to_someone {
            self.not_placed(paragraph);
            return;
        }
        let recipient = Recipient {
            id: RecipientId::new(),
            kind: None,
            name: text_in(self.language, text),
            category: false,
            country: String::new(),
            agreement: None,
            dpf: DpfCertification::default(),
        };
        let disclosure = Disclosure {
            id: DisclosureId::new(),
            register: self.register_id(),
            recipient: recipient.id,
            data: LocalizedText::default(),
            purpose: LocalizedText::default(),
            method: LocalizedText::default(),
            condition: LocalizedText::default(),
        };
        self.document.recipients.push(recipient);
        self.document.disclosures.push(disclosure);
        self.mark(TemplateSection::Recipients);
        self.placed_in_register(paragraph, "recipient");
    }

    /// Transfers outside the EU/EEA: a sentence that says none suggests "no"
    /// in its own words; a sentence that describes transfers is kept as the
    /// qualifier, the answer left to the user (the checks then also read it
    /// for grounds that fell, such as the Privacy Shield). A sentence about
    /// disclosures in the same section goes to the disclosures.
    ///
    /// The words of a suggested answer's place ("…: no, in these words") are
    /// what the window's review confirms it by (`IMPORTED_ANSWERS` in
    /// ui/app/screens/import.js, tested in ui/tests/import.test.mjs).
    fn transfers(&mut self, paragraph: &Paragraph) {
        let text = paragraph.text.trim();
        let mut used = Vec::new();
        let mut kept = Vec::new();
        for sentence in sentences(text) {
            let transfer = contains_any(
                sentence,
                &[
                    "siir",
                    "överför",
                    "transfer",
                    "utanför",
                    "ulkopuolelle",
                    "kolmansiin",
                    "tredje land",
                ],
            );
            let disclosure = contains_any(
                sentence,
                &["luovut", "lämnas ut", "utlämn", "disclos", "lämnar ut"],
            );
            let register = &mut self.registers[self.current].register;
            if says_no(sentence) && transfer && !disclosure {
                register.suggested_answers.transfers_outside_eea = Some(Answer::No);
                register.transfers_qualifier = text_in(self.language, sentence);
                used.push("transfers outside the EU/EEA: no, in these words");
            } else if says_no(sentence) && disclosure && !transfer {
                register.suggested_answers.regular_disclosures = Some(Answer::No);
                register.disclosures_qualifier = text_in(self.language, sentence);
                used.push("regular disclosures: no, in these words");
            } else if transfer {
                kept.push(sentence);
            }
        }
        if !kept.is_empty()
            && self.registers[self.current]
                .register
                .suggested_answers
                .transfers_outside_eea
                != Some(Answer::No)
        {
            let register = &mut self.registers[self.current].register;
            let old = register.transfers_qualifier.get(self.language).to_string();
            let joined = std::iter::once(old.as_str())
                .chain(kept)
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            register.transfers_qualifier.set(self.language, joined);
            used.push("transfers outside the EU/EEA: what the text says, to answer");
        }
        if used.is_empty() {
            self.not_placed(paragraph);
        } else {
            self.mark(TemplateSection::Answers);
            self.placed_in_register(paragraph, &used.join("; "));
        }
    }

    fn retention(&mut self, paragraph: &Paragraph) {
        let rule = RetentionRule {
            id: RetentionRuleId::new(),
            register: self.register_id(),
            group: None,
            trigger: RetentionTrigger::Other,
            period: text_in(self.language, &paragraph.text),
            deletion_method: None,
            routine: LocalizedText::default(),
            responsible: None,
            review_interval_months: None,
            last_reviewed: None,
        };
        self.document.retention_rules.push(rule);
        self.mark(TemplateSection::Retention);
        self.placed_in_register(paragraph, "retention");
    }

    fn security(&mut self, paragraph: &Paragraph) {
        if paragraph.text.trim_end().ends_with(':') {
            self.placed_in_register(paragraph, "introduction of the security measures");
            return;
        }
        let measure = SecurityMeasure {
            id: SecurityMeasureId::new(),
            kind: None,
            description: text_in(self.language, &paragraph.text),
        };
        self.registers[self.current]
            .register
            .security_measures
            .push(measure.id);
        self.document.security_measures.push(measure);
        self.placed_in_register(paragraph, "security measure");
    }

    fn rights(&mut self, paragraph: &Paragraph) {
        let rights = rights_named(&paragraph.text);
        if rights.is_empty() {
            self.not_placed(paragraph);
            return;
        }
        // A passage that names several rights is kept once, with the first:
        // the others are listed without repeating it.
        for (index, right) in rights.into_iter().enumerate() {
            let notes = if index == 0 {
                paragraph.text.trim()
            } else {
                ""
            };
            self.right_procedure(right, notes);
        }
        self.mark(TemplateSection::Rights);
        self.placed_in_register(paragraph, "rights");
    }

    /// The register's procedure for `right`, with the passage in its notes.
    fn right_procedure(&mut self, right: DataSubjectRight, notes: &str) {
        let register = self.register_id();
        let language = self.language;
        match self
            .document
            .rights_procedures
            .iter_mut()
            .find(|p| p.register == register && p.right == right)
        {
            Some(procedure) => {
                let notes = format!("{} {}", procedure.notes.get(language), notes);
                procedure.notes.set(language, notes.trim());
            }
            None => self.document.rights_procedures.push(RightsProcedure {
                id: RightsProcedureId::new(),
                register,
                right,
                channel: LocalizedText::default(),
                identity_check: LocalizedText::default(),
                deadline_days: None,
                format: LocalizedText::default(),
                notes: text_in(language, notes),
                fee: LocalizedText::default(),
                frequency: LocalizedText::default(),
                refusal_grounds: LocalizedText::default(),
                law_reference: LocalizedText::default(),
            }),
        }
    }

    fn finish(mut self, country: Option<Jurisdiction>) -> crate::Imported {
        let organisation = &mut self.document.organisation;
        organisation.country = match country {
            Some(country) => country.code().to_string(),
            None => {
                let all = format!(
                    "{} {} {}",
                    organisation.address.get(self.language),
                    organisation.vat_number,
                    organisation.business_id
                );
                if organisation.vat_number.starts_with("FI")
                    || contains_any(&all, &["finland", "suomi"])
                    || organisation.business_id.len() == 9
                {
                    "FI".into()
                } else if organisation.vat_number.starts_with("SE")
                    || contains_any(&all, &["sverige", "sweden"])
                    || organisation.business_id.len() == 11
                {
                    "SE".into()
                } else {
                    String::new()
                }
            }
        };
        for mut draft in self.registers {
            // What came from the old document is suggested text until a person confirms it.
            draft.register.unreviewed_template_text = draft.sections;
            self.document.registers.push(draft.register);
        }
        // Each section ends where the next begins; a section without text goes.
        let mut sections = self.sections;
        let ends: Vec<usize> = sections
            .iter()
            .skip(1)
            .map(|s| s.first)
            .chain([self.passages.len()])
            .collect();
        for (section, end) in sections.iter_mut().zip(ends) {
            section.end = end;
        }
        sections.retain(|s| s.end > s.first);
        crate::Imported {
            document: self.document,
            language: self.language,
            passages: self.passages,
            sections,
        }
    }
}

/// A cookie, where a line of the text names one with its one class and how
/// long it lives ("_ga – analytiikka – pysyvä, 2 vuotta", "PHPSESSID:
/// necessary, session"). Prose about cookies in general is none: it stays
/// not placed. Whether it needs consent is a question for a person.
fn cookie_of(text: &str, language: Language) -> Option<Cookie> {
    if text.split_whitespace().count() > 20 {
        return None;
    }
    const CLASSES: &[(CookieClass, &[&str])] = &[
        (
            CookieClass::Necessary,
            &["välttämät", "nödvändig", "necessary", "strictly"],
        ),
        (
            CookieClass::Functional,
            &["toiminnalli", "funktionell", "functional"],
        ),
        (
            CookieClass::Preference,
            &["asetus", "inställning", "preference"],
        ),
        (
            CookieClass::Statistics,
            &["analyti", "tilast", "statisti", "analys"],
        ),
        (
            CookieClass::Marketing,
            &[
                "markkinoin",
                "marknadsför",
                "marketing",
                "mainos",
                "reklam",
                "advertis",
            ],
        ),
    ];
    let classes: Vec<CookieClass> = CLASSES
        .iter()
        .filter(|(_, words)| contains_any(text, words))
        .map(|(class, _)| *class)
        .collect();
    let [class] = classes[..] else {
        return None;
    };
    // A period: a number and a unit of time ("2 vuotta", "13 månader", "1 year").
    const UNITS: &[&str] = &[
        "vuo", "år", "year", "kuukau", "kk", "månad", "month", "päiv", "dag", "day", "tunti",
        "timm", "hour", "minuut", "minut", "minute", "viik", "veck", "week",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let lifetime = words.windows(2).find_map(|pair| {
        let number = pair[0].trim_matches(|c: char| !c.is_alphanumeric());
        let unit = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric());
        (!number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit())
            && UNITS.iter().any(|u| unit.to_lowercase().starts_with(u)))
        .then(|| format!("{number} {unit}"))
    });
    let session = contains_any(text, &["istunto", "session"]);
    let persistent = lifetime.is_some()
        || contains_any(text, &["pysyv", "permanent", "persistent", "beständig"]);
    let duration = match (session, persistent) {
        (true, false) => CookieDuration::Session,
        (false, true) => CookieDuration::Persistent,
        _ => return None,
    };
    let name = text
        .split([':', '(', ',', '–', '—'])
        .next()
        .unwrap_or_default()
        .split(" - ")
        .next()
        .unwrap_or_default()
        .trim();
    if name.is_empty() || name.split_whitespace().count() > 5 {
        return None;
    }
    Some(Cookie {
        id: CookieId::new(),
        name: text_in(language, name),
        provider: String::new(),
        class,
        duration,
        lifetime: lifetime.map(|l| text_in(language, &l)).unwrap_or_default(),
        purpose: LocalizedText::default(),
        requires_consent: Answer::NotAnswered,
    })
}

#[cfg(test)]
mod cookie_tests {
    use super::*;

    #[test]
    fn a_cookie_is_read_where_a_line_states_its_class_and_how_long_it_lives() {
        let ga = cookie_of("_ga – analytiikka – pysyvä, 2 vuotta", Language::Fi).unwrap();
        assert_eq!(ga.name.get(Language::Fi), "_ga");
        assert_eq!(ga.class, CookieClass::Statistics);
        assert_eq!(ga.duration, CookieDuration::Persistent);
        assert_eq!(ga.lifetime.get(Language::Fi), "2 vuotta");
        assert_eq!(
            ga.requires_consent,
            Answer::NotAnswered,
            "consent is a person's answer"
        );
        let session = cookie_of("PHPSESSID: necessary, session", Language::En).unwrap();
        assert_eq!(session.class, CookieClass::Necessary);
        assert_eq!(session.duration, CookieDuration::Session);
        assert!(session.lifetime.get(Language::En).is_empty());
    }

    #[test]
    fn prose_or_a_line_without_class_or_duration_is_no_cookie() {
        // Seed 003's cookie prose: long, and both session and persistent.
        assert!(cookie_of("Sajten använder både (temporära) sessions-ID cookies som stängs då användaren stänger webbläsaren och permanenta cookies som sparas på datorn.", Language::Sv).is_none());
        assert!(cookie_of("_ga – 2 år", Language::Sv).is_none(), "no class");
        assert!(
            cookie_of("_fbp – marknadsföring", Language::Sv).is_none(),
            "no duration"
        );
        assert!(
            cookie_of("_x – analys och marknadsföring, 1 år", Language::Sv).is_none(),
            "two classes"
        );
    }
}
