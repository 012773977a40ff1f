//! Countries, the EU/EEA and adequacy decisions, and the supervisory authority of
//! the organisation's country. The facts are data (`assets/data/*.json`), dated,
//! so that they can be corrected without touching code.

use crate::document::{Organisation, SupervisoryAuthority};
use crate::text::Language;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES_JSON: &str = include_str!("../../../assets/data/countries.json");
const AUTHORITIES_JSON: &str = include_str!("../../../assets/data/supervisory_authorities.json");

/// How far an adequacy decision (Art. 45) covers a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Adequacy {
    /// The whole country.
    Full,
    /// Only some recipients (the United States: certified organisations only).
    Partial,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    pub code: String,
    pub eea: bool,
    #[serde(default)]
    pub adequacy: Option<Adequacy>,
    sv: String,
    fi: String,
    en: String,
}

impl Country {
    pub fn name(&self, language: Language) -> &str {
        match language {
            Language::Sv => &self.sv,
            Language::Fi => &self.fi,
            Language::En => &self.en,
        }
    }
}

#[derive(Debug, Deserialize)]
struct CountryList {
    as_of: String,
    countries: Vec<Country>,
}

fn country_list() -> &'static CountryList {
    static LIST: OnceLock<CountryList> = OnceLock::new();
    LIST.get_or_init(|| {
        serde_json::from_str(COUNTRIES_JSON).expect("assets/data/countries.json is valid")
    })
}

/// The date the country list was last checked.
pub fn countries_as_of() -> &'static str {
    &country_list().as_of
}

pub fn countries() -> &'static [Country] {
    &country_list().countries
}

pub fn country(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    countries()
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

/// True when data in `code` are outside the EU/EEA. An empty code is unknown, not a third country.
pub fn is_third_country(code: &str) -> bool {
    !code.trim().is_empty() && country(code).is_none_or(|c| !c.eea)
}

/// The country's name in `language`, or the code itself when the list does not know it.
pub fn country_name(code: &str, language: Language) -> String {
    country(code).map_or_else(|| code.to_string(), |c| c.name(language).to_string())
}

fn default_authorities() -> &'static HashMap<String, SupervisoryAuthority> {
    static MAP: OnceLock<HashMap<String, SupervisoryAuthority>> = OnceLock::new();
    MAP.get_or_init(|| {
        serde_json::from_str(AUTHORITIES_JSON)
            .expect("assets/data/supervisory_authorities.json is valid")
    })
}

/// The supervisory authority of a country (`assets/data/supervisory_authorities.json`),
/// the one lookup the checks, the exporters and the UI's hint use.
pub fn default_supervisory_authority(country: &str) -> Option<&'static SupervisoryAuthority> {
    default_authorities().get(&country.trim().to_ascii_uppercase())
}

/// The authority a data subject complains to: the organisation's own choice, or the default of its country.
pub fn supervisory_authority(organisation: &Organisation) -> Option<SupervisoryAuthority> {
    organisation
        .supervisory_authority
        .clone()
        .or_else(|| default_supervisory_authority(&organisation.country).cloned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eea_and_third_countries() {
        assert!(!is_third_country("FI"));
        assert!(!is_third_country("no"));
        assert!(is_third_country("US"));
        assert!(is_third_country("ZZ"));
        assert!(!is_third_country(""));
        assert_eq!(country_name("US", Language::Sv), "USA");
    }

    #[test]
    fn an_organisation_without_its_own_authority_has_its_countrys() {
        let mut organisation =
            crate::Document::new(crate::LocalizedText::same("BTB Plaza Ab")).organisation;
        organisation.country = " se ".into();
        let swedish = default_supervisory_authority("SE").unwrap();
        assert_eq!(swedish.email, "imy@imy.se");
        assert_eq!(supervisory_authority(&organisation).as_ref(), Some(swedish));
        organisation.country = "US".into();
        assert_eq!(supervisory_authority(&organisation), None);
        assert!(default_supervisory_authority("").is_none());
    }
}
