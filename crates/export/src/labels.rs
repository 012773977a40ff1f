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
            (Language::Sv, Swedish::Sweden) => label
                .form(Language::Sv, Form::Sweden)
                .unwrap_or(label.get(Language::Sv)),
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
    match basis {
        B::Consent => Label::BasisExplainedConsent,
        B::Contract => Label::BasisExplainedContract,
        B::LegalObligation => Label::BasisExplainedLegalObligation,
        B::VitalInterests => Label::BasisExplainedVitalInterests,
        B::PublicTask => Label::BasisExplainedPublicTask,
        B::LegitimateInterests => Label::BasisExplainedLegitimateInterests,
    }
    .get(language)
}

/// What a right lets the data subject do, in plain words. Portability says
/// Art. 20(1)'s conditions, objection Art. 21(1)'s, automated decisions
/// Art. 22(1)'s "legal or similarly significant effects", withdrawal Art. 7(3).
pub fn right_explained(right: kirjuri_model::DataSubjectRight, language: Language) -> &'static str {
    use kirjuri_model::DataSubjectRight as R;
    match right {
        R::Information => Label::RightExplainedInformation,
        R::Access => Label::RightExplainedAccess,
        R::Rectification => Label::RightExplainedRectification,
        R::Erasure => Label::RightExplainedErasure,
        R::Restriction => Label::RightExplainedRestriction,
        R::Portability => Label::RightExplainedPortability,
        R::Objection => Label::RightExplainedObjection,
        R::NoAutomatedDecisions => Label::RightExplainedNoAutomatedDecisions,
        R::WithdrawConsent => Label::RightExplainedWithdrawConsent,
        R::ProhibitDirectMarketing => Label::RightExplainedProhibitDirectMarketing,
        R::Complaint => Label::RightExplainedComplaint,
    }
    .get(language)
}

/// "We protect the data with technical and organisational measures:" naming
/// exactly `kinds` (in the order given, each once); `None` when no kind is
/// named, where the plain intro (`Label::NoticeSecurityIntro`) stands.
pub fn security_intro(kinds: &[kirjuri_model::MeasureKind], language: Language) -> Option<String> {
    use kirjuri_model::MeasureKind as K;
    let words: Vec<&str> = kinds
        .iter()
        .map(|kind| {
            match kind {
                K::Technical => Label::SecurityWordTechnical,
                K::Organisational => Label::SecurityWordOrganisational,
                K::Physical => Label::SecurityWordPhysical,
            }
            .get(language)
        })
        .collect();
    let named = match words.as_slice() {
        [] => return None,
        [one] => one.to_string(),
        [init @ .., last] => format!(
            "{} {} {last}",
            init.join(", "),
            Label::ListAnd.get(language)
        ),
    };
    Some(Label::SecurityIntroNamed.fill(language, &[("kinds", &named)]))
}

/// The right to data portability (Art. 20(1)) under the bases the register's
/// purposes have: consent, a contract, or both. With neither (the right named
/// by a procedure alone), the regulation's own condition names both.
pub fn portability_explained(consent: bool, contract: bool, language: Language) -> &'static str {
    match (consent, contract) {
        (true, false) => Label::PortabilityConsent.get(language),
        (false, true) => Label::PortabilityContract.get(language),
        _ => right_explained(kirjuri_model::DataSubjectRight::Portability, language),
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
    Label::PageOf.fill(language, &[("page", &page), ("pages", &pages)])
}

/// A date in the language's form: sv `2026-11-23`, fi `23.11.2026`, en `23 November 2026`.
pub fn format_date(date: NaiveDate, language: Language) -> String {
    const MONTHS: [Label; 12] = [
        Label::Month1,
        Label::Month2,
        Label::Month3,
        Label::Month4,
        Label::Month5,
        Label::Month6,
        Label::Month7,
        Label::Month8,
        Label::Month9,
        Label::Month10,
        Label::Month11,
        Label::Month12,
    ];
    match language {
        Language::Sv => date.format("%Y-%m-%d").to_string(),
        Language::Fi => format!("{}.{}.{}", date.day(), date.month(), date.year()),
        Language::En => format!(
            "{} {} {}",
            date.day(),
            MONTHS[date.month0() as usize].get(language),
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
    let cited = match language {
        Language::En => reference.to_string(),
        _ => nordic,
    };
    Label::ArticlePoint.fill(language, &[("reference", &cited)])
}

/// "30 dagar", "30 päivää", "30 days".
pub fn days(count: u32, language: Language) -> String {
    match (language, count) {
        (Language::En, 1) => Label::DaysOne.get(language).to_string(),
        _ => Label::Days.fill(language, &[("count", &count)]),
    }
}

pub use kirjuri_model::checks::MAX_PROMISED_ANSWER_DAYS;

/// "Vi svarar inom 14 dagar." and its translations, for a procedure that
/// promises an answer sooner than the law requires; `None` when `count` is not
/// such a promise (see [`MAX_PROMISED_ANSWER_DAYS`]).
pub fn answer_within_days(count: u32, language: Language) -> Option<String> {
    match count {
        0 => None,
        1 => Some(Label::AnswerWithinOneDay.get(language).to_string()),
        n if n > MAX_PROMISED_ANSWER_DAYS => None,
        n => Some(Label::AnswerWithinDays.fill(language, &[("count", &n)])),
    }
}

/// How often a routine runs: "var 6:e månad", "6 kuukauden välein", "every 6 months".
pub fn every_months(months: u32, language: Language) -> String {
    match months {
        1 => Label::EveryMonth.get(language).to_string(),
        12 => Label::EveryYear.get(language).to_string(),
        m => Label::EveryMonths.fill(language, &[("months", &m)]),
    }
}

/// "Register 5–8 av 12" — the registers one part of the access matrix covers.
pub fn registers_part(first: usize, last: usize, total: usize, language: Language) -> String {
    Label::RegistersPart.fill(
        language,
        &[("first", &first), ("last", &last), ("total", &total)],
    )
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
