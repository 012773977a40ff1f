//! Languages and localized text: every free-text field holds a Swedish, a Finnish and an English value.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use kirjuri_text::{Language, UnknownLanguage};

/// A text in the three languages; any value may be empty.
///
/// Besides the three values it carries two marks, written to JSON only when
/// present: which languages still hold a suggestion no person has written or
/// confirmed (`suggested`: template, catalogue text), and for each translated
/// language which version of the text it was translated from
/// (`translated_from`: `"fi:1a2b3c4d"`, the source language and a short hash
/// of its text then). The marks are kept by the edit rule ([`LocalizedText::after_edit`]).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(default, deny_unknown_fields)]
pub struct LocalizedText {
    #[serde(skip_serializing_if = "String::is_empty")]
    #[ts(as = "Option<_>", optional)]
    pub sv: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    #[ts(as = "Option<_>", optional)]
    pub fi: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    #[ts(as = "Option<_>", optional)]
    pub en: String,
    /// The languages whose value is a suggestion (a template's, the
    /// catalogue's) that no person has confirmed: never shown in place of
    /// another language, and gone with the text it translates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<_>", optional)]
    pub suggested: Vec<Language>,
    /// For each translated language, the version of the text it was made
    /// from: `"<language>:<hash>"` ([`version_of`]). When that text changes,
    /// the translation is out of date ([`LocalizedText::is_out_of_date_in`]).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(as = "Option<_>", optional)]
    pub translated_from: BTreeMap<Language, String>,
}

/// A short, stable hash of a text (trimmed): 32-bit FNV-1a of its UTF-8
/// bytes in eight hex digits. The window computes the same (ui/app/screens/translation.js).
pub fn version_of(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.trim().bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{hash:08x}")
}

impl LocalizedText {
    pub fn new(sv: impl Into<String>, fi: impl Into<String>, en: impl Into<String>) -> Self {
        LocalizedText {
            sv: sv.into(),
            fi: fi.into(),
            en: en.into(),
            suggested: Vec::new(),
            translated_from: BTreeMap::new(),
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

    /// The text in `language`, or else the first other language that has a
    /// text a person wrote or confirmed: a suggestion no one confirmed
    /// (template text) never stands in for another language.
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
            if !text.trim().is_empty() && !self.is_suggested_in(other) {
                return Resolved::Fallback(other, text);
            }
        }
        Resolved::Empty
    }

    /// A name (a register's, a vendor's, the organisation's) as printed in
    /// `language`: a name needs no translation, so the name a person gave in
    /// another language stands in, unmarked. A suggestion never does.
    pub fn name_in(&self, language: Language) -> Option<&str> {
        self.resolve(language).text()
    }

    /// The text as a suggestion (a template's, the catalogue's): every
    /// language that has a value is marked, none is translated from another.
    pub fn suggestion(mut self) -> Self {
        self.suggested = Language::ALL
            .into_iter()
            .filter(|l| !self.get(*l).trim().is_empty())
            .collect();
        self.translated_from.clear();
        self
    }

    /// Whether the value in `language` is a suggestion no person confirmed.
    pub fn is_suggested_in(&self, language: Language) -> bool {
        self.suggested.contains(&language) && !self.get(language).trim().is_empty()
    }

    /// Whether any language still holds an unconfirmed suggestion.
    pub fn is_suggested(&self) -> bool {
        Language::ALL.iter().any(|l| self.is_suggested_in(*l))
    }

    /// The language the value in `language` was translated from, if it records one.
    pub fn source_of(&self, language: Language) -> Option<Language> {
        let (source, _) = self.translated_from.get(&language)?.split_once(':')?;
        source.parse().ok().filter(|s| *s != language)
    }

    /// True when the value in `language` was translated from a version of
    /// its source text that has changed since: the translation is out of
    /// date until it is updated or confirmed.
    pub fn is_out_of_date_in(&self, language: Language) -> bool {
        if self.get(language).trim().is_empty() {
            return false;
        }
        let Some((source, version)) = self
            .translated_from
            .get(&language)
            .and_then(|v| v.split_once(':'))
        else {
            return false;
        };
        match source.parse::<Language>() {
            Ok(source) if source != language => version_of(self.get(source)) != version,
            _ => false,
        }
    }

    /// An empty language is no suggestion.
    fn drop_empty_suggestions(&mut self) {
        let empty: Vec<Language> = Language::ALL
            .into_iter()
            .filter(|l| self.get(*l).trim().is_empty())
            .collect();
        self.suggested.retain(|l| !empty.contains(l));
    }

    /// The mark that the value in `language` translates the current text of `source`.
    fn mark_translation(&mut self, language: Language, source: Language) {
        let from = format!("{source}:{}", version_of(self.get(source)));
        self.translated_from.insert(language, from);
    }

    /// The text with its suggestions confirmed by a person: nothing is
    /// marked as a suggestion, and each other language that has a value
    /// translates the current text of the working language (when it has one).
    pub fn confirmed(mut self, working: Option<Language>) -> Self {
        self.suggested.clear();
        if let Some(source) = working.filter(|w| !self.get(*w).trim().is_empty()) {
            self.translated_from.remove(&source);
            for language in Language::ALL {
                if language != source && !self.get(language).trim().is_empty() {
                    self.mark_translation(language, source);
                }
            }
        }
        self
    }

    /// The translation in `language` confirmed as up to date with its source
    /// (the working language, else the source it records).
    pub fn translation_confirmed(mut self, language: Language, working: Option<Language>) -> Self {
        let source = working
            .filter(|w| *w != language)
            .or_else(|| self.source_of(language));
        if let Some(source) = source {
            self.suggested.retain(|l| *l != language);
            self.mark_translation(language, source);
        }
        self
    }

    /// What a person's edit from `self` to `new` leaves, by the rules every
    /// edit follows (the window, `kirjuri apply` and an import alike):
    /// - a language whose value changed is the person's own: no longer a suggestion;
    /// - when the source text changes (the working language's, or with none
    ///   set, a suggestion rewritten in one language), the suggestions of the
    ///   other languages go with it: a template text has one owner;
    /// - with a working language, a value written in another language
    ///   translates the working language's text as it is now; a translation
    ///   left as it was is out of date once that text changes (a translation
    ///   that recorded no source gets the old one). Without a working
    ///   language no translation is tracked.
    ///
    /// The marks of `new` are taken only as far as they confirm: a suggestion
    /// `new` no longer marks is confirmed, and a translation mark that names
    /// the current source text is kept; nothing else a record carries in can
    /// mark a person's text as a suggestion or a stale translation as current.
    pub fn after_edit(&self, new: &LocalizedText, working: Option<Language>) -> LocalizedText {
        let mut out = LocalizedText::new(new.sv.clone(), new.fi.clone(), new.en.clone());
        let changed: Vec<Language> = Language::ALL
            .into_iter()
            .filter(|l| self.get(*l) != new.get(*l))
            .collect();
        out.suggested = self
            .suggested
            .iter()
            .copied()
            .filter(|l| new.suggested.contains(l) && !changed.contains(l))
            .collect();
        out.translated_from = self.translated_from.clone();
        for (language, mark) in &new.translated_from {
            if self.translated_from.get(language) != Some(mark) {
                let mut candidate = out.clone();
                candidate.translated_from.insert(*language, mark.clone());
                if !candidate.is_out_of_date_in(*language) {
                    out.translated_from.insert(*language, mark.clone());
                }
            }
        }
        if changed.is_empty() {
            out.drop_empty_suggestions();
            return out;
        }
        // The source of this edit: the working language when it changed;
        // with none set, a suggestion rewritten in one language takes the
        // other languages' suggestions with it, and no translation is tracked.
        let source = match working {
            Some(w) => changed.contains(&w).then_some(w),
            None => changed.iter().copied().find(|l| self.is_suggested_in(*l)),
        };
        if let Some(source) = source {
            out.translated_from.remove(&source);
            let old_source_empty = self.get(source).trim().is_empty();
            for other in Language::ALL.into_iter().filter(|l| *l != source) {
                if changed.contains(&other) {
                    continue;
                }
                if self.is_suggested_in(other) {
                    // A template's version of a text the person rewrote or emptied.
                    out.set(other, "");
                    out.suggested.retain(|l| *l != other);
                    out.translated_from.remove(&other);
                } else if working.is_some()
                    && !out.get(other).trim().is_empty()
                    && !out.translated_from.contains_key(&other)
                {
                    // A translation that recorded no source (written before
                    // marks existed) was made from the text as it was.
                    let made_from = if old_source_empty { &out } else { self };
                    let from = format!("{source}:{}", version_of(made_from.get(source)));
                    out.translated_from.insert(other, from);
                }
            }
        }
        if let Some(working) = working {
            for language in changed.iter().copied().filter(|l| *l != working) {
                if !out.get(language).trim().is_empty() && !out.get(working).trim().is_empty() {
                    out.mark_translation(language, working);
                } else {
                    out.translated_from.remove(&language);
                }
            }
        }
        out.drop_empty_suggestions();
        out
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
    fn the_version_of_a_text_is_stable_and_the_window_s() {
        // The same vectors as ui/tests/translation.test.mjs.
        assert_eq!(version_of("Laskutus"), "cc1de2d9");
        assert_eq!(version_of("  Laskutus \n"), "cc1de2d9");
        assert_eq!(version_of("Käsittely ä"), "631b9ffe");
        assert_eq!(version_of(""), "811c9dc5");
    }

    #[test]
    fn empty_languages_are_left_out_of_json() {
        let json = serde_json::to_string(&LocalizedText::new("a", "", "c")).unwrap();
        assert_eq!(json, r#"{"sv":"a","en":"c"}"#);
    }
}
