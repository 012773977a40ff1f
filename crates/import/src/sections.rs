//! The sections of a register description, recognised by their headings in
//! Finnish, Swedish and English: the old Personal Data Act's rekisteriseloste
//! (henkilötietolaki 10 §) as well as the notices written since 2018, numbered
//! or not, with the headings' many wordings ("REGISTERFÖRARE", "Säännönmukaiset
//! tietolähteet", "Where we get your data from").

use crate::read::{Paragraph, Style};

/// What a section of a description is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    /// The list of the registers the document describes (seed 000 §1).
    RegisterList,
    RegisterName,
    ContactPerson,
    Controller,
    Purpose,
    LegalBasis,
    DataSubjects,
    DataContent,
    Sources,
    Disclosures,
    Transfers,
    Retention,
    Security,
    Access,
    Rights,
    Cookies,
    AutomatedDecisions,
}

/// The words of each topic's headings, lower-case, tried in this order: a
/// more specific topic comes before one whose words it contains
/// ("rekisterinpitäjän yhteyshenkilö" is the contact person, not the controller).
const HEADINGS: &[(Topic, &[&str])] = &[
    (
        Topic::RegisterList,
        &[
            "förteckning över register",
            "luettelo rekistereistä",
            "sisältävistä rekistereistä",
            "list of registers",
            "rekisterit, joita",
            "våra register",
        ],
    ),
    (
        Topic::RegisterName,
        &[
            "rekisterin nimi",
            "registrets namn",
            "registerets namn",
            "name of the register",
            "register name",
            "käsittelytoimen nimi",
        ],
    ),
    (
        Topic::ContactPerson,
        &[
            "yhteyshenkilö",
            "hoitava henkilö",
            "vastaava henkilö",
            "rekisteriasioita",
            "rekisteriasioista",
            "registerärenden",
            "kontaktperson",
            "registerförare",
            "contact person",
            "ansvarsperson",
            "vastuuhenkilö",
            "tietosuojavastaava",
            "dataskyddsombud",
            "data protection officer",
        ],
    ),
    (
        Topic::AutomatedDecisions,
        &[
            "automaattinen päätöksenteko",
            "automaattista päätöksentekoa",
            "automatiserat beslutsfattande",
            "automatiserade beslut",
            "automated decision",
            "profilointi",
            "profilering",
            "profiling",
        ],
    ),
    (Topic::Cookies, &["eväste", "cookie", "kakor"]),
    (
        Topic::Purpose,
        &[
            "miksi säilytämme",
            "miksi keräämme",
            "miksi käsittelemme",
            "varför vi har sparat",
            "varför vi sparar",
            "varför vi behandlar",
            "why we keep",
            "why we process",
        ],
    ),
    (
        Topic::Transfers,
        &[
            "eu:n tai eta:n ulkopuolelle",
            "eta:n ulkopuolelle",
            "eu:n ulkopuolelle",
            "eu/eta",
            "utanför ees",
            "utanför eu",
            "utanför europeiska",
            "eu/ees",
            "outside the eu",
            "outside the eea",
            "kolmansiin maihin",
            "tredje land",
            "tredjeland",
            "third countr",
            "tietojen siirto",
            "överföring",
            "dataöverföring",
            "transferrering",
            "international transfer",
        ],
    ),
    (
        Topic::Access,
        &[
            "vem har tillgång",
            "kenellä on pääsy",
            "who has access",
            "pääsy tietoihin",
            "käyttöoikeudet",
            "behörighet",
        ],
    ),
    (
        Topic::DataContent,
        &[
            "mitä tietoja",
            "vad vi sparar",
            "vilka uppgifter",
            "what we store",
            "what data we",
            "vad klassas som personuppgifter",
        ],
    ),
    (
        Topic::Security,
        &[
            "suojauksen periaatteet",
            "suojaaminen",
            "suojaus",
            "suojattu",
            "suojataan",
            "missä tietoja säilytetään",
            "var finns uppgifterna",
            "tietoturva",
            "skydd av",
            "skyddade",
            "skyddas",
            "säkerhet",
            "security",
            "protection of",
            "how we protect",
        ],
    ),
    (
        Topic::Retention,
        &[
            "säilytysaika",
            "säilytysajat",
            "säilytys",
            "säilytämme",
            "lagringstid",
            "lagring",
            "hur länge",
            "kuinka kauan",
            "kuinka pitkään",
            "retention",
            "how long",
            "gallring",
            "poistaminen",
            "utfasning",
            "raderas",
        ],
    ),
    (
        Topic::Rights,
        &[
            "oikeudet",
            "oikeutesi",
            "rättigheter",
            "your rights",
            "rights of",
            "tarkastusoikeus",
            "kielto-oikeus",
            "oikeus kieltää",
            "vastustamisoikeus",
            "förbudsrätt",
            "rätt att förbjuda",
            "right to object",
            "insynsrätt",
            "utdrag ur registret",
            "oikaisu",
            "rättelse",
            "rätten att",
            "oikeus tietojen",
            "dataportabilitet",
            "rekisteriseloste",
            "muutokset ja poisto",
        ],
    ),
    (
        Topic::Purpose,
        &[
            "käyttötarkoitus",
            "käsittelyn tarkoitus",
            "käsittelyn tarkoitukset",
            "tarkoitus",
            "ändamål",
            "purpose",
            "varför vi",
            "why we",
            "miksi käsittelemme",
            "hantering av personuppgifter",
        ],
    ),
    (
        Topic::LegalBasis,
        &[
            "oikeusperuste",
            "käsittelyperuste",
            "käsittelyn peruste",
            "rättslig grund",
            "rättsliga grund",
            "legal basis",
            "lawful basis",
            "legal ground",
        ],
    ),
    (
        Topic::DataSubjects,
        &[
            "rekisteröityjen ryhmät",
            "rekisteröityjen ryhmä",
            "kategorier av registrerade",
            "registrerade personer",
            "registrerade kategorier",
            "data subjects",
            "keitä rekisteri koskee",
            "vems uppgifter",
            "kenen tietoja",
        ],
    ),
    (
        Topic::DataContent,
        &[
            "tietosisältö",
            "registrets innehåll",
            "registerets innehåll",
            "datainnehåll",
            "vad vi sparar",
            "what we store",
            "mitä tietoja",
            "henkilötietoryhmät",
            "kategorier av personuppgifter",
            "vilka uppgifter",
            "vad klassas som personuppgifter",
            "personal data we",
            "data we collect",
            "categories of personal data",
            "käsiteltävät henkilötiedot",
            "käsittelemme seuraavia",
        ],
    ),
    (
        Topic::Sources,
        &[
            "tietolähteet",
            "tietolähde",
            "informationskällor",
            "uppgiftskällor",
            "källor",
            "sources",
            "varifrån",
            "mistä saamme",
            "mistä tiedot",
            "hur vi samlar",
            "hur samlas",
            "insamlande",
            "insamling",
            "keräämme",
            "where we get",
            "where the data come from",
            "how we collect",
        ],
    ),
    (
        Topic::Disclosures,
        &[
            "luovutukset",
            "luovutus",
            "luovutetaan",
            "luovuttaminen",
            "utlämning",
            "utlämnande",
            "lämnas ut",
            "disclosure",
            "recipients",
            "mottagare",
            "vastaanottaja",
        ],
    ),
    (
        Topic::Controller,
        &[
            "rekisterinpitäjä",
            "registeransvarig",
            "personuppgiftsansvarig",
            "registerhållare",
            "data controller",
            "controller",
            "rekisterin pitäjä",
            "ansvar och funktioner",
        ],
    ),
];

/// The longest heading, in characters: a sentence is not a heading.
const MAX_HEADING_CHARS: usize = 160;

/// The topic of `paragraph` when it is a section heading: short, not a
/// sentence that goes on, and naming a topic. A heading the file marked as
/// one may be any topic; a plain line or list item needs a number or
/// capitals in front of it, or to stand alone.
pub fn heading_topic(paragraph: &Paragraph) -> Option<Topic> {
    let text = paragraph.text.trim();
    if text.chars().count() > MAX_HEADING_CHARS || text.split_whitespace().count() > 24 {
        return None;
    }
    let numbered = match &paragraph.style {
        Style::Heading => true,
        Style::Item { depth, marker } => {
            *depth == 0 && marker.chars().next().is_some_and(|c| c.is_ascii_digit())
        }
        Style::Plain => false,
    };
    let capitals = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase());
    // A sentence ends with a full stop; a heading does not (a question mark may).
    let sentence = text.ends_with('.') && !capitals;
    if sentence || text.contains(": ") && !numbered {
        return None;
    }
    if !(numbered || capitals || paragraph.style == Style::Plain) {
        return None;
    }
    // An unnumbered line in small letters is a heading only when short.
    if !numbered && !capitals && text.split_whitespace().count() > 10 {
        return None;
    }
    topic_of(text)
}

/// The heading topic of each paragraph, in context: a numbered heading
/// must continue the document's own numbering (a nested "2." under section 8
/// is a list entry, not section 2), and a short lettered sub-heading that
/// names another topic ("a. Cookies på hemsidan") opens that topic.
pub fn headings(paragraphs: &[Paragraph]) -> Vec<Option<Topic>> {
    let mut last_number: Option<u32> = None;
    let mut current: Option<Topic> = None;
    paragraphs
        .iter()
        .map(|paragraph| {
            let number = match &paragraph.style {
                Style::Item { depth: 0, marker } => marker.trim_end_matches('.').parse::<u32>().ok(),
                _ => None,
            };
            let topic = match (heading_topic(paragraph), number) {
                (Some(topic), Some(n)) => {
                    // Section numbers only grow; a nested list starts again from 1.
                    let continues = last_number.is_none_or(|last| n > last);
                    continues.then_some(topic)
                }
                (Some(topic), None) => Some(topic),
                (None, _) => {
                    let short = paragraph.text.split_whitespace().count() <= 6
                        && !paragraph.text.trim_end().ends_with('.');
                    let lettered = matches!(&paragraph.style, Style::Item { marker, .. } if marker.starts_with(|c: char| c.is_ascii_lowercase()));
                    (short && lettered)
                        .then(|| topic_of(&paragraph.text))
                        .flatten()
                        .filter(|t| Some(*t) != current && *t == Topic::Cookies)
                }
            };
            if let Some(topic) = topic {
                if number.is_some() {
                    last_number = number;
                }
                current = Some(topic);
            }
            topic
        })
        .collect()
}

/// The topic whose heading words `text` contains, if any.
pub fn topic_of(text: &str) -> Option<Topic> {
    let lower = text.to_lowercase();
    HEADINGS
        .iter()
        .find(|(_, words)| words.iter().any(|w| lower.contains(w)))
        .map(|(topic, _)| *topic)
}

/// Words that name the document itself ("tietosuojaseloste",
/// "PERSONREGISTERBESKRIVNING"), which say nothing about a register.
pub fn is_document_title(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "registerbeskrivning",
        "rekisteriseloste",
        "tietosuojaseloste",
        "dataskyddsbeskrivning",
        "integritetspolicy",
        "personuppgiftspolicy",
        "privacy notice",
        "privacy policy",
        "tietosuojakäytäntö",
        "beskrivning av persondataregister",
        "henkilötietorekistereistä",
        "tietosuoja-asetus",
        "dataskyddsförordning",
        "data protection regulation",
        "2016/679",
        "henkilötietorekisterin kuvaus",
        "personal data registers",
        "innehållsförteckning",
        "sisällysluettelo",
        "table of contents",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(marker: &str, text: &str) -> Paragraph {
        Paragraph {
            text: text.into(),
            style: Style::Item {
                depth: 0,
                marker: marker.into(),
            },
        }
    }

    #[test]
    fn the_headings_of_old_and_new_descriptions_name_their_topics() {
        for (text, topic) in [
            ("REGISTERANSVARIG", Topic::Controller),
            ("REGISTERFÖRARE", Topic::ContactPerson),
            ("REKISTERINPITÄJÄN YHTEYSHENKILÖ", Topic::ContactPerson),
            ("REGISTRETS NAMN", Topic::RegisterName),
            (
                "Henkilötietojen käsittelyn tarkoitus ja oikeusperuste",
                Topic::Purpose,
            ),
            ("REGISTRETS INNEHÅLL", Topic::DataContent),
            ("Säännönmukaiset tietolähteet", Topic::Sources),
            ("LAGSTADGAD UTLÄMNING AV DATA", Topic::Disclosures),
            (
                "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
                Topic::Transfers,
            ),
            (
                "PRINCIPER OCH METODER FÖR SKYDD AV REGISTRET",
                Topic::Security,
            ),
            ("Rekisteröidyn oikeudet", Topic::Rights),
            ("Hur länge sparar vi dina uppgifter?", Topic::Retention),
            ("Where we get your data from", Topic::Sources),
        ] {
            assert_eq!(heading_topic(&item("1.", text)), Some(topic), "{text}");
        }
    }

    #[test]
    fn a_sentence_or_a_list_entry_is_not_a_heading() {
        let sentence = Paragraph {
            text: "Tietoja ei luovuteta säännönmukaisesti.".into(),
            style: Style::Plain,
        };
        assert_eq!(heading_topic(&sentence), None);
        let entry = Paragraph {
            text: "Kundenkäter på Solteqs webbsida".into(),
            style: Style::Item {
                depth: 0,
                marker: "•".into(),
            },
        };
        assert_eq!(heading_topic(&entry), None);
    }
}
