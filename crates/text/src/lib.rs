//! The text catalogue: every fixed text Kirjuri shows or prints — the window,
//! the menu, the guide, the findings, the documents and the workbook — has one
//! key ([`Text`]) and its Swedish, Finnish and English text in
//! `assets/text/{sv,fi,en}.ftl`, read at build time (see `build.rs`), so a key
//! missing in a language is a build error. The window gets the same catalogue
//! as a generated module ([`javascript`]).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::fmt::Write as _;
use std::str::FromStr;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

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
    ts_rs::TS,
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

impl Text {
    /// The text in `language` with its `{variable}` placeholders filled from
    /// `values` (name, value); a placeholder without a value stays as it is.
    pub fn fill(self, language: Language, values: &[(&str, &dyn fmt::Display)]) -> String {
        fill(self.get(language), values)
    }

    /// The three texts, Swedish, Finnish, English.
    pub fn texts(self) -> [&'static str; 3] {
        Language::ALL.map(|language| self.get(language))
    }
}

/// `pattern` with its `{variable}` placeholders filled from `values`.
pub fn fill(pattern: &str, values: &[(&str, &dyn fmt::Display)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}').map(|end| (&after[..end], end)) {
            Some((name, end)) if values.iter().any(|(n, _)| *n == name) => {
                let (_, value) = values.iter().find(|(n, _)| *n == name).unwrap();
                let _ = write!(out, "{value}");
                rest = &after[end + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The window's copy of the catalogue: `ui/app/generated/texts.js`, an ES
/// module of `TEXTS` (key in snake_case → `[sv, fi, en]`, `{variable}`
/// placeholders) and `FORMS` (key → form → `[sv, fi, en]`, a language without
/// the form `null`). Committed; `tests/catalogue.rs` fails when it is stale.
pub fn javascript() -> String {
    let mut out = String::from(
        "// Generated from assets/text/*.ftl by crates/text (KIRJURI_WRITE_UI=1 cargo test -p kirjuri-text). Do not edit.\n\n",
    );
    let js = |s: &str| {
        let mut quoted = String::from("'");
        for c in s.chars() {
            match c {
                '\'' => quoted.push_str("\\'"),
                '\\' => quoted.push_str("\\\\"),
                '\n' => quoted.push_str("\\n"),
                c => quoted.push(c),
            }
        }
        quoted.push('\'');
        quoted
    };
    out.push_str(
        "/** @type {Record<string, [string, string, string]>} */\nexport const TEXTS = {\n",
    );
    for text in Text::ALL {
        let [sv, fi, en] = text.texts();
        let _ = writeln!(
            out,
            "  {}: [{}, {}, {}],",
            text.id().replace('-', "_"),
            js(sv),
            js(fi),
            js(en)
        );
    }
    out.push_str("};\n\n/** @type {Record<string, Record<string, [string|null, string|null, string|null]>>} */\nexport const FORMS = {\n");
    for text in Text::ALL {
        let forms: Vec<String> = Form::ALL
            .iter()
            .filter_map(|form| {
                let texts = Language::ALL.map(|language| text.form(language, *form));
                texts.iter().any(Option::is_some).then(|| {
                    let [sv, fi, en] = texts.map(|t| t.map(js).unwrap_or_else(|| "null".into()));
                    format!("{}: [{sv}, {fi}, {en}]", form.id())
                })
            })
            .collect();
        if !forms.is_empty() {
            let _ = writeln!(
                out,
                "  {}: {{ {} }},",
                text.id().replace('-', "_"),
                forms.join(", ")
            );
        }
    }
    out.push_str("};\n");
    out
}
