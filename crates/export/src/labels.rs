//! The fixed text of the exported documents in Swedish, Finnish and English:
//! headings, cover lines, table columns, the plain-language paragraphs of the
//! privacy notice, "page N / M" and dates in each language's form.
//!
//! Enumerated values (legal bases, rights, …) are not here: they carry their own
//! labels in `kirjuri_model::terminology`. Headings 1–13 of the privacy notice
//! follow `glossary.md` table A. Keep every sentence a data subject reads here,
//! in one place, so that a translator can check them side by side.

use chrono::{Datelike, NaiveDate};
use kirjuri_model::Language;

pub use kirjuri_text::{Form, Text as Label};


/// Which Swedish a document is written in: the organisation's country decides.
/// A Finnish (or Åland) organisation writes Swedish the Finland-Swedish way, as
/// the Data Protection Ombudsman's Swedish pages do ("dataskyddsbeskrivning",
/// "registrets datainnehåll", "personbeteckning", "FO-nummer", dates as
/// 21.5.2018); any other organisation writes Sweden's Swedish, as IMY does
/// ("information om behandling av personuppgifter", "personnummer",
/// "organisationsnummer", dates as 2018-05-21). The `sv` texts of [`Label`] are
/// the Finland-Swedish ones; the catalogue's `.sweden` form holds the words that differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swedish {
    Finland,
    Sweden,
}

impl Swedish {
    /// The Swedish of an organisation in `country` (ISO 3166-1 alpha-2).
    pub fn of_country(country: &str) -> Swedish {
        match country.trim().to_ascii_uppercase().as_str() {
            "FI" | "AX" => Swedish::Finland,
            _ => Swedish::Sweden,
        }
    }
}

/// The words of one export: its language and, when that is Swedish, which Swedish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tongue {
    pub language: Language,
    pub swedish: Swedish,
}

impl Tongue {
    /// The tongue of `organisation`'s documents in `language`.
    pub fn new(language: Language, organisation_country: &str) -> Tongue {
        Tongue {
            language,
            swedish: Swedish::of_country(organisation_country),
        }
    }

    /// `label` in this tongue.
    pub fn label(self, label: Label) -> &'static str {
        match (self.language, self.swedish) {
            (Language::Sv, Swedish::Sweden) => {
                label.form(Language::Sv, Form::Sweden).unwrap_or(label.get(Language::Sv))
            }
            (language, _) => label.get(language),
        }
    }

    /// The language whose date form this tongue uses: Finland's Swedish
    /// writes dates as Finnish does.
    pub fn date_form(self) -> Language {
        match (self.language, self.swedish) {
            (Language::Sv, Swedish::Finland) => Language::Fi,
            (language, _) => language,
        }
    }

    /// A date in this tongue's form: Sweden's Swedish `2026-11-23`, Finland's
    /// Swedish and Finnish `23.11.2026`, English `23 November 2026`.
    pub fn date(self, date: NaiveDate) -> String {
        format_date(date, self.date_form())
    }
}

/// What a legal basis means, in words a data subject understands.
pub fn basis_explained(basis: kirjuri_model::LegalBasis, language: Language) -> &'static str {
    use kirjuri_model::LegalBasis as B;
    match (basis, language) {
        (B::Consent, Language::Sv) => "du har gett ditt samtycke, och du kan när som helst återkalla det",
        (B::Consent, Language::Fi) => "olet antanut suostumuksesi, ja voit peruuttaa sen milloin tahansa",
        (B::Consent, Language::En) => "you have given your consent, and you may withdraw it at any time",
        (B::Contract, Language::Sv) => "behandlingen är nödvändig för att fullgöra ett avtal med dig eller för att vidta åtgärder på din begäran innan ett avtal ingås",
        (B::Contract, Language::Fi) => "käsittely on tarpeen kanssasi tehdyn sopimuksen täytäntöön panemiseksi tai pyynnöstäsi ennen sopimuksen tekemistä",
        (B::Contract, Language::En) => "the processing is necessary to perform a contract with you or to take steps at your request before entering into one",
        (B::LegalObligation, Language::Sv) => "behandlingen är nödvändig för att vi ska kunna fullgöra en rättslig förpliktelse",
        (B::LegalObligation, Language::Fi) => "käsittely on tarpeen meitä koskevan lakisääteisen velvoitteen noudattamiseksi",
        (B::LegalObligation, Language::En) => "the processing is necessary for us to comply with a legal obligation",
        (B::VitalInterests, Language::Sv) => "behandlingen är nödvändig för att skydda dina eller någon annans grundläggande intressen, till exempel liv eller hälsa",
        (B::VitalInterests, Language::Fi) => "käsittely on tarpeen sinun tai jonkun toisen elintärkeiden etujen, kuten hengen tai terveyden, suojaamiseksi",
        (B::VitalInterests, Language::En) => "the processing is necessary to protect your or another person's vital interests, such as life or health",
        (B::PublicTask, Language::Sv) => "behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning",
        (B::PublicTask, Language::Fi) => "käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai julkisen vallan käyttämiseksi",
        (B::PublicTask, Language::En) => "the processing is necessary for a task carried out in the public interest or in the exercise of official authority",
        (B::LegitimateInterests, Language::Sv) => "behandlingen är nödvändig för vårt eller en tredje parts berättigade intresse, och dina intressen eller grundläggande rättigheter och friheter väger inte tyngre än det intresset",
        (B::LegitimateInterests, Language::Fi) => "käsittely on tarpeen meidän tai kolmannen osapuolen oikeutetun edun toteuttamiseksi, eivätkä etusi tai perusoikeutesi ja -vapautesi syrjäytä tätä etua",
        (B::LegitimateInterests, Language::En) => "the processing is necessary for our or a third party's legitimate interests, and your interests or fundamental rights and freedoms do not override them",
    }
}

/// What a right lets the data subject do, in plain words.
pub fn right_explained(right: kirjuri_model::DataSubjectRight, language: Language) -> &'static str {
    use kirjuri_model::DataSubjectRight as R;
    match (right, language) {
        (R::Information, Language::Sv) => "Du har rätt att få information om hur vi behandlar dina personuppgifter. Den informationen får du här.",
        (R::Information, Language::Fi) => "Sinulla on oikeus saada tietoa siitä, miten käsittelemme henkilötietojasi. Tämä seloste antaa sinulle nämä tiedot.",
        (R::Information, Language::En) => "You have the right to be informed about how we process your personal data. This notice gives you that information.",
        (R::Access, Language::Sv) => "Du kan få veta om vi behandlar uppgifter om dig och få en kopia av dem (registerutdrag).",
        (R::Access, Language::Fi) => "Voit saada tietää, käsittelemmekö tietojasi, ja saada niistä jäljennöksen.",
        (R::Access, Language::En) => "You can find out whether we process data about you and get a copy of them.",
        (R::Rectification, Language::Sv) => "Du kan begära att felaktiga eller ofullständiga uppgifter rättas.",
        (R::Rectification, Language::Fi) => "Voit pyytää virheellisten tai puutteellisten tietojen oikaisemista.",
        (R::Rectification, Language::En) => "You can ask us to correct inaccurate or incomplete data.",
        (R::Erasure, Language::Sv) => "Du kan begära att uppgifterna raderas när vi inte längre behöver dem eller inte längre har rätt att behandla dem.",
        (R::Erasure, Language::Fi) => "Voit pyytää tietojen poistamista, kun emme enää tarvitse niitä tai meillä ei enää ole oikeutta käsitellä niitä.",
        (R::Erasure, Language::En) => "You can ask us to erase the data when we no longer need them or may no longer process them.",
        (R::Restriction, Language::Sv) => "Du kan begära att behandlingen begränsas, till exempel medan en begäran om rättelse utreds.",
        (R::Restriction, Language::Fi) => "Voit pyytää käsittelyn rajoittamista esimerkiksi sen ajan, kun oikaisupyyntöä selvitetään.",
        (R::Restriction, Language::En) => "You can ask us to restrict the processing, for example while a request for correction is checked.",
        // Art. 20(1): only data the person provided, only under consent or contract, only automated processing.
        (R::Portability, Language::Sv) => "Om behandlingen grundar sig på ditt samtycke eller på ett avtal med dig och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.",
        (R::Portability, Language::Fi) => "Jos käsittely perustuu suostumukseesi tai kanssasi tehtyyn sopimukseen ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
        (R::Portability, Language::En) => "Where the processing is based on your consent or on a contract with you and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.",
        // Art. 21(1): on grounds relating to the person's particular situation; the controller may show compelling legitimate grounds.
        (R::Objection, Language::Sv) => "Du har rätt att, av skäl som hänför sig till din specifika situation, när som helst invända mot behandling som grundar sig på vårt berättigade intresse eller på en uppgift av allmänt intresse eller myndighetsutövning. Vi får då inte längre behandla uppgifterna, om vi inte kan visa tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.",
        (R::Objection, Language::Fi) => "Sinulla on oikeus henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella milloin tahansa vastustaa käsittelyä, joka perustuu oikeutettuun etuumme tai yleistä etua koskevan tehtävän suorittamiseen tai julkisen vallan käyttämiseen. Emme tällöin saa enää käsitellä tietoja, paitsi jos voimme osoittaa, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi, tai jos käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.",
        (R::Objection, Language::En) => "You have the right to object at any time, on grounds relating to your particular situation, to processing based on our legitimate interests or on a task carried out in the public interest or in the exercise of official authority. We must then stop processing the data unless we can demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms, or the processing is needed for the establishment, exercise or defence of legal claims.",
        // Art. 22(1): legal effects *or* similarly significant effects.
        (R::NoAutomatedDecisions, Language::Sv) => "Du har rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling, inbegripet profilering, om beslutet har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.",
        (R::NoAutomatedDecisions, Language::Fi) => "Sinulla on oikeus olla joutumatta sellaisen päätöksen kohteeksi, joka perustuu pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja jolla on sinua koskevia oikeusvaikutuksia tai joka vaikuttaa sinuun vastaavalla tavalla merkittävästi.",
        (R::NoAutomatedDecisions, Language::En) => "You have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning you or similarly significantly affects you.",
        // Art. 7(3): the *lawfulness* of the earlier processing is not affected.
        (R::WithdrawConsent, Language::Sv) => "Du kan när som helst återkalla ditt samtycke. Återkallelsen påverkar inte lagligheten av den behandling som grundade sig på samtycket innan det återkallades.",
        (R::WithdrawConsent, Language::Fi) => "Voit peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta suostumuksen perusteella ennen peruuttamista tehdyn käsittelyn lainmukaisuuteen.",
        (R::WithdrawConsent, Language::En) => "You can withdraw your consent at any time. The withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.",
        (R::ProhibitDirectMarketing, Language::Sv) => "Du kan när som helst invända mot att dina uppgifter används för direktmarknadsföring, och då upphör vi med den behandlingen.",
        (R::ProhibitDirectMarketing, Language::Fi) => "Voit milloin tahansa vastustaa tietojesi käyttöä suoramarkkinointiin, jolloin lopetamme sen.",
        (R::ProhibitDirectMarketing, Language::En) => "You can object at any time to the use of your data for direct marketing, and we will then stop it.",
        (R::Complaint, Language::Sv) => "Du kan lämna in klagomål till en tillsynsmyndighet, se avsnitt 13.",
        (R::Complaint, Language::Fi) => "Voit tehdä valituksen valvontaviranomaiselle, ks. kohta 13.",
        (R::Complaint, Language::En) => "You can lodge a complaint with a supervisory authority, see section 13.",
    }
}

/// "We protect the data with technical and organisational measures:" naming
/// exactly `kinds` (in the order given, each once); `None` when no kind is
/// named, where the plain intro (`Label::NoticeSecurityIntro`) stands.
pub fn security_intro(kinds: &[kirjuri_model::MeasureKind], language: Language) -> Option<String> {
    use kirjuri_model::MeasureKind as K;
    if kinds.is_empty() {
        return None;
    }
    let word = |kind: K| match (kind, language) {
        (K::Technical, Language::Sv) => "tekniska",
        (K::Organisational, Language::Sv) => "organisatoriska",
        (K::Physical, Language::Sv) => "fysiska",
        (K::Technical, Language::Fi) => "teknisin",
        (K::Organisational, Language::Fi) => "organisatorisin",
        (K::Physical, Language::Fi) => "fyysisin",
        (K::Technical, Language::En) => "technical",
        (K::Organisational, Language::En) => "organisational",
        (K::Physical, Language::En) => "physical",
    };
    let words: Vec<&str> = kinds.iter().map(|k| word(*k)).collect();
    let and = match language {
        Language::Sv => "och",
        Language::Fi => "ja",
        Language::En => "and",
    };
    let named = match words.as_slice() {
        [one] => one.to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
        [] => unreachable!("checked above"),
    };
    Some(match language {
        Language::Sv => format!("Vi skyddar uppgifterna med {named} åtgärder:"),
        Language::Fi => format!("Suojaamme tiedot {named} toimin:"),
        Language::En => format!("We protect the data with {named} measures:"),
    })
}

/// The right to data portability (Art. 20(1)) under the bases the register's
/// purposes have: consent, a contract, or both. With neither (the right named
/// by a procedure alone), the regulation's own condition names both.
pub fn portability_explained(consent: bool, contract: bool, language: Language) -> &'static str {
    match (consent, contract, language) {
        (true, false, Language::Sv) => "Om behandlingen grundar sig på ditt samtycke och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.",
        (true, false, Language::Fi) => "Jos käsittely perustuu suostumukseesi ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
        (true, false, Language::En) => "Where the processing is based on your consent and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.",
        (false, true, Language::Sv) => "Om behandlingen grundar sig på ett avtal med dig och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.",
        (false, true, Language::Fi) => "Jos käsittely perustuu kanssasi tehtyyn sopimukseen ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
        (false, true, Language::En) => "Where the processing is based on a contract with you and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.",
        (_, _, language) => right_explained(kirjuri_model::DataSubjectRight::Portability, language),
    }
}

/// The heading of section `number` (1–13) of a privacy notice, without its number.
pub fn notice_heading(number: usize, tongue: Tongue) -> &'static str {
    const HEADINGS: [Label; 13] = [
        Label::Notice1,
        Label::Notice2,
        Label::Notice3,
        Label::Notice4,
        Label::Notice5,
        Label::Notice6,
        Label::Notice7,
        Label::Notice8,
        Label::Notice9,
        Label::Notice10,
        Label::Notice11,
        Label::Notice12,
        Label::Notice13,
    ];
    tongue.label(HEADINGS[number.clamp(1, 13) - 1])
}

/// "sida 3 / 12", "sivu 3 / 12", "page 3 / 12".
pub fn page_of(page: usize, pages: usize, language: Language) -> String {
    let word = match language {
        Language::Sv => "sida",
        Language::Fi => "sivu",
        Language::En => "page",
    };
    format!("{word} {page} / {pages}")
}

/// A date in the language's form: sv `2026-11-23`, fi `23.11.2026`, en `23 November 2026`.
pub fn format_date(date: NaiveDate, language: Language) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match language {
        Language::Sv => date.format("%Y-%m-%d").to_string(),
        Language::Fi => format!("{}.{}.{}", date.day(), date.month(), date.year()),
        Language::En => format!(
            "{} {} {}",
            date.day(),
            MONTHS[date.month0() as usize],
            date.year()
        ),
    }
}

/// An article reference such as `6(1)(a)` in the language's citation style:
/// sv `art. 6.1 a`, fi `6.1 a art.`, en `Art. 6(1)(a)`.
pub fn article(reference: &str, language: Language) -> String {
    let parts: Vec<&str> = reference
        .split(['(', ')'])
        .filter(|p| !p.is_empty())
        .collect();
    let nordic = match parts.as_slice() {
        [article, paragraph, point] => format!("{article}.{paragraph} {point}"),
        [article, paragraph] => format!("{article}.{paragraph}"),
        _ => reference.to_string(),
    };
    match language {
        Language::Sv => format!("art. {nordic}"),
        Language::Fi => format!("{nordic} art."),
        Language::En => format!("Art. {reference}"),
    }
}

/// "30 dagar", "30 päivää", "30 days".
pub fn days(count: u32, language: Language) -> String {
    match language {
        Language::Sv => format!("{count} dagar"),
        Language::Fi => format!("{count} päivää"),
        Language::En if count == 1 => "1 day".to_string(),
        Language::En => format!("{count} days"),
    }
}

pub use kirjuri_model::checks::MAX_PROMISED_ANSWER_DAYS;

/// "Vi svarar inom 14 dagar." and its translations, for a procedure that
/// promises an answer sooner than the law requires; `None` when `count` is not
/// such a promise (see [`MAX_PROMISED_ANSWER_DAYS`]).
pub fn answer_within_days(count: u32, language: Language) -> Option<String> {
    if count == 0 || count > MAX_PROMISED_ANSWER_DAYS {
        return None;
    }
    Some(match language {
        Language::Sv if count == 1 => "Vi svarar inom en dag.".to_string(),
        Language::Sv => format!("Vi svarar inom {count} dagar."),
        Language::Fi if count == 1 => "Vastaamme vuorokauden kuluessa.".to_string(),
        Language::Fi => format!("Vastaamme {count} päivän kuluessa."),
        Language::En if count == 1 => "We answer within one day.".to_string(),
        Language::En => format!("We answer within {count} days."),
    })
}

/// How often a routine runs: "var 6:e månad", "6 kuukauden välein", "every 6 months".
pub fn every_months(months: u32, language: Language) -> String {
    match (language, months) {
        (Language::Sv, 1) => "varje månad".to_string(),
        (Language::Sv, 12) => "en gång per år".to_string(),
        (Language::Sv, m) => format!("var {m}:e månad"),
        (Language::Fi, 1) => "kuukausittain".to_string(),
        (Language::Fi, 12) => "kerran vuodessa".to_string(),
        (Language::Fi, m) => format!("{m} kuukauden välein"),
        (Language::En, 1) => "every month".to_string(),
        (Language::En, 12) => "once a year".to_string(),
        (Language::En, m) => format!("every {m} months"),
    }
}

/// "Register 5–8 av 12" — the registers one part of the access matrix covers.
pub fn registers_part(first: usize, last: usize, total: usize, language: Language) -> String {
    match language {
        Language::Sv => format!("Register {first}–{last} av {total}"),
        Language::Fi => format!("Rekisterit {first}–{last} / {total}"),
        Language::En => format!("Registers {first}–{last} of {total}"),
    }
}

/// The line under a privacy notice's title: "Upprättad … · Senast uppdaterad … · Version …".
pub fn notice_dates_line(
    created: Option<NaiveDate>,
    updated: Option<NaiveDate>,
    version: &str,
    tongue: Tongue,
) -> String {
    // Only what is known: a date nobody gave is left out, not shown as a dash.
    let language = tongue.language;
    let mut parts = Vec::new();
    if let Some(created) = created {
        parts.push(format!(
            "{} {}",
            Label::Created.get(language),
            tongue.date(created)
        ));
    }
    if let Some(updated) = updated {
        parts.push(format!(
            "{} {}",
            Label::LastUpdated.get(language),
            tongue.date(updated)
        ));
    }
    if !version.trim().is_empty() {
        parts.push(format!(
            "{} {}",
            Label::Version.get(language),
            version.trim()
        ));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_take_each_language_form() {
        let day = date(2026, 11, 3);
        assert_eq!(format_date(day, Language::Sv), "2026-11-03");
        assert_eq!(format_date(day, Language::Fi), "3.11.2026");
        assert_eq!(format_date(day, Language::En), "3 November 2026");
    }

    #[test]
    fn page_numbers_are_localized() {
        assert_eq!(page_of(2, 9, Language::Sv), "sida 2 / 9");
        assert_eq!(page_of(2, 9, Language::Fi), "sivu 2 / 9");
        assert_eq!(page_of(2, 9, Language::En), "page 2 / 9");
    }

    #[test]
    fn articles_follow_local_citation_style() {
        assert_eq!(article("6(1)(f)", Language::Sv), "art. 6.1 f");
        assert_eq!(article("9(2)(a)", Language::Fi), "9.2 a art.");
        assert_eq!(article("6(1)(b)", Language::En), "Art. 6(1)(b)");
    }

    #[test]
    fn every_label_has_all_three_languages() {
        for label in Label::ALL {
            for language in Language::ALL {
                assert!(
                    !label.get(language).trim().is_empty(),
                    "{label:?} {language}"
                );
            }
        }
        assert_eq!(
            notice_heading(13, Tongue::new(Language::Fi, "FI")),
            "Oikeus tehdä valitus valvontaviranomaiselle"
        );
    }
}
