//! Languages and localized text: every free-text field holds a Swedish, a Finnish and an English value.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language Kirjuri writes documents and its user interface in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Sv,
    Fi,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Sv, Language::Fi, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::Fi => "fi",
            Language::En => "en",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The language code was none of `sv`, `fi`, `en`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}' (expected sv, fi or en)")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        match code.trim().to_ascii_lowercase().as_str() {
            "sv" => Ok(Language::Sv),
            "fi" => Ok(Language::Fi),
            "en" => Ok(Language::En),
            _ => Err(UnknownLanguage(code.to_string())),
        }
    }
}

/// A text in the three languages; any value may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct LocalizedText {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sv: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fi: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl LocalizedText {
    pub fn new(sv: impl Into<String>, fi: impl Into<String>, en: impl Into<String>) -> Self {
        LocalizedText {
            sv: sv.into(),
            fi: fi.into(),
            en: en.into(),
        }
    }

    /// The same text in all three languages (names that do not change with language).
    pub fn same(text: impl Into<String>) -> Self {
        let text = text.into();
        LocalizedText::new(text.clone(), text.clone(), text)
    }

    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Sv => &self.sv,
            Language::Fi => &self.fi,
            Language::En => &self.en,
        }
    }

    pub fn set(&mut self, language: Language, value: impl Into<String>) {
        let slot = match language {
            Language::Sv => &mut self.sv,
            Language::Fi => &mut self.fi,
            Language::En => &mut self.en,
        };
        *slot = value.into();
    }

    /// True when no language has a value.
    pub fn is_empty(&self) -> bool {
        Language::ALL.iter().all(|l| self.get(*l).trim().is_empty())
    }

    /// True when some language has a value but `language` has none: the
    /// export in that language must fall back and say so.
    pub fn is_missing_in(&self, language: Language) -> bool {
        self.get(language).trim().is_empty() && !self.is_empty()
    }

    /// The text in `language`, or else the first other language that has it.
    pub fn resolve(&self, language: Language) -> Resolved<'_> {
        let own = self.get(language);
        if !own.trim().is_empty() {
            return Resolved::Own(own);
        }
        let fallback_order = match language {
            Language::Sv => [Language::Fi, Language::En],
            Language::Fi => [Language::Sv, Language::En],
            Language::En => [Language::Sv, Language::Fi],
        };
        for other in fallback_order {
            let text = self.get(other);
            if !text.trim().is_empty() {
                return Resolved::Fallback(other, text);
            }
        }
        Resolved::Empty
    }
}

/// The outcome of looking a localized text up in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved<'a> {
    /// The text exists in the language asked for.
    Own(&'a str),
    /// Missing in the language asked for; this is the text in another language.
    Fallback(Language, &'a str),
    /// No language has a value.
    Empty,
}

impl<'a> Resolved<'a> {
    pub fn text(self) -> Option<&'a str> {
        match self {
            Resolved::Own(t) | Resolved::Fallback(_, t) => Some(t),
            Resolved::Empty => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_prefers_own_language_then_falls_back_visibly() {
        let text = LocalizedText::new("Kundregister", "", "");
        assert_eq!(text.resolve(Language::Sv), Resolved::Own("Kundregister"));
        assert_eq!(
            text.resolve(Language::Fi),
            Resolved::Fallback(Language::Sv, "Kundregister")
        );
        assert!(text.is_missing_in(Language::En));
        assert!(!LocalizedText::default().is_missing_in(Language::En));
    }

    #[test]
    fn empty_languages_are_left_out_of_json() {
        let json = serde_json::to_string(&LocalizedText::new("a", "", "c")).unwrap();
        assert_eq!(json, r#"{"sv":"a","en":"c"}"#);
    }
}
