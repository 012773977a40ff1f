//! Reads the text catalogue (`assets/text/{sv,fi,en}.ftl`, Fluent syntax, one
//! file per language) and writes the typed keys and their texts as Rust (`$OUT_DIR/catalogue.rs`).
//! A key missing in a language, a message whose languages name different
//! variables, a syntax error or an unsupported Fluent construct stops the build.
//!
//! The subset of Fluent used: messages with text, `{ $variable }`, string
//! literals (`{ " " }`), references to other messages and terms (resolved here),
//! and attributes (`.sweden`, another form of the same text).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 3] = ["sv", "fi", "en"];

/// One language's catalogue: message id → (text, attribute name → text).
type Catalogue = BTreeMap<String, (String, BTreeMap<String, String>)>;

/// The messages of one language as parsed: id → (value, attributes).
type Messages = BTreeMap<String, (Pattern<String>, Vec<(String, Pattern<String>)>)>;

fn main() {
    let assets =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../assets/text");
    println!("cargo:rerun-if-changed={}", assets.display());
    let mut errors = Vec::new();
    let catalogues: Vec<Catalogue> = LANGUAGES
        .iter()
        .map(|language| read(&assets, language, &mut errors))
        .collect();
    // Every key in every language, with the same variables.
    let mut ids = BTreeSet::new();
    for catalogue in &catalogues {
        ids.extend(catalogue.keys().cloned());
    }
    for id in &ids {
        let mut variables: Option<BTreeSet<String>> = None;
        for (language, catalogue) in LANGUAGES.iter().zip(&catalogues) {
            match catalogue.get(id) {
                None => errors.push(format!("{language}.ftl: the key `{id}` is missing")),
                Some((text, _)) => {
                    let here = variables_of(text);
                    match &variables {
                        None => variables = Some(here),
                        Some(first) if *first != here => errors.push(format!(
                            "{language}.ftl: `{id}` names the variables {here:?}, the Swedish text {first:?}"
                        )),
                        Some(_) => {}
                    }
                }
            }
        }
    }
    if !errors.is_empty() {
        for error in &errors {
            println!("cargo:warning=text catalogue: {error}");
        }
        panic!(
            "the text catalogue has {} error(s):\n{}",
            errors.len(),
            errors.join("\n")
        );
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("catalogue.rs");
    std::fs::write(out, rust(&ids, &catalogues)).unwrap();
}

fn read(assets: &Path, language: &str, errors: &mut Vec<String>) -> Catalogue {
    let mut messages = Messages::new();
    let mut terms: BTreeMap<String, Pattern<String>> = BTreeMap::new();
    {
        let path = assets.join(format!("{language}.ftl"));
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(e) => {
                errors.push(format!("{name}: {e}"));
                String::new()
            }
        };
        let resource = match fluent_syntax::parser::parse(source.clone()) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                for e in parse_errors {
                    let line = source[..e.pos.start.min(source.len())].lines().count();
                    errors.push(format!("{name}:{line}: {:?}", e.kind));
                }
                resource
            }
        };
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let id = message.id.name.clone();
                    let Some(value) = message.value else {
                        errors.push(format!("{name}: `{id}` has no text"));
                        continue;
                    };
                    let attributes = message
                        .attributes
                        .into_iter()
                        .map(|a| (a.id.name, a.value))
                        .collect();
                    if messages.insert(id.clone(), (value, attributes)).is_some() {
                        errors.push(format!("{name}: `{id}` is defined twice"));
                    }
                }
                Entry::Term(term) => {
                    terms.insert(term.id.name, term.value);
                }
                Entry::Junk { content } => {
                    errors.push(format!("{name}: cannot read `{}`", content.trim()))
                }
                _ => {}
            }
        }
    }
    let mut catalogue = Catalogue::new();
    for (id, (value, attributes)) in &messages {
        let mut flat = |pattern: &Pattern<String>| {
            flatten(
                pattern,
                &messages,
                &terms,
                &mut Vec::new(),
                errors,
                language,
                id,
            )
        };
        let text = flat(value);
        let forms = attributes
            .iter()
            .map(|(name, pattern)| (name.clone(), flat(pattern)))
            .collect();
        catalogue.insert(id.clone(), (text, forms));
    }
    catalogue
}

/// A pattern as one string with `{variable}` placeholders; references resolved.
fn flatten(
    pattern: &Pattern<String>,
    messages: &Messages,
    terms: &BTreeMap<String, Pattern<String>>,
    seen: &mut Vec<String>,
    errors: &mut Vec<String>,
    language: &str,
    id: &str,
) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(inline) } => match inline {
                InlineExpression::StringLiteral { value } => out.push_str(&unescape(value)),
                InlineExpression::VariableReference { id: variable } => {
                    let _ = write!(out, "{{{}}}", variable.name);
                }
                InlineExpression::MessageReference { id: target, attribute: None } if !seen.contains(&target.name) => {
                    match messages.get(&target.name) {
                        Some((value, _)) => {
                            seen.push(target.name.clone());
                            out.push_str(&flatten(value, messages, terms, seen, errors, language, id));
                            seen.pop();
                        }
                        None => errors.push(format!("{language}.ftl: `{id}` refers to `{}`, which does not exist", target.name)),
                    }
                }
                InlineExpression::TermReference { id: target, attribute: None, arguments: None } if !seen.contains(&target.name) => {
                    match terms.get(&target.name) {
                        Some(value) => {
                            seen.push(target.name.clone());
                            out.push_str(&flatten(value, messages, terms, seen, errors, language, id));
                            seen.pop();
                        }
                        None => errors.push(format!("{language}.ftl: `{id}` refers to `-{}`, which does not exist", target.name)),
                    }
                }
                other => errors.push(format!("{language}.ftl: `{id}` uses {other:?}, which the catalogue does not support")),
            },
            PatternElement::Placeable { expression } => {
                errors.push(format!("{language}.ftl: `{id}` uses a selector ({expression:?}); write each form as its own key or attribute"))
            }
        }
    }
    out
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        out.push(c);
                    }
                }
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The variable names of a flattened text (`{name}`).
fn variables_of(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        rest = &rest[start + 1..];
        if let Some(end) = rest.find('}') {
            let name = &rest[..end];
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                names.insert(name.to_string());
            }
            rest = &rest[end + 1..];
        }
    }
    names
}

/// `record-title` → `RecordTitle`.
fn variant(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn rust(ids: &BTreeSet<String>, catalogues: &[Catalogue]) -> String {
    let ids: Vec<&String> = ids.iter().collect();
    let mut forms = BTreeSet::new();
    for catalogue in catalogues {
        for (_, attributes) in catalogue.values() {
            forms.extend(attributes.keys().cloned());
        }
    }
    let mut out = String::new();
    out.push_str("/// A key of the text catalogue (`assets/text/*.ftl`).\n");
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Text {\n",
    );
    for id in &ids {
        let _ = writeln!(out, "    /// `{id}`: {:?}", catalogues[2][*id].0);
        let _ = writeln!(out, "    {},", variant(id));
    }
    out.push_str("}\n\n");
    out.push_str("/// Another form of a text, a Fluent attribute (`.sweden`).\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Form {\n");
    for form in &forms {
        let _ = writeln!(out, "    {},", variant(form));
    }
    out.push_str("}\n\n");
    out.push_str("impl Form {\n    /// Every form.\n    pub const ALL: &'static [Form] = &[");
    for form in &forms {
        let _ = write!(out, "Form::{}, ", variant(form));
    }
    out.push_str("];\n\n    /// The attribute's name in the catalogue.\n    pub fn id(self) -> &'static str {\n        match self {\n");
    for form in &forms {
        let _ = writeln!(out, "            Form::{} => {form:?},", variant(form));
    }
    out.push_str("        }\n    }\n}\n\n");
    let _ = writeln!(out, "static IDS: [&str; {}] = [", ids.len());
    for id in &ids {
        let _ = writeln!(out, "    {id:?},");
    }
    out.push_str("];\n\n");
    for (language, catalogue) in LANGUAGES.iter().zip(catalogues) {
        let _ = writeln!(
            out,
            "static {}: [&str; {}] = [",
            language.to_uppercase(),
            ids.len()
        );
        for id in &ids {
            let _ = writeln!(out, "    {:?},", catalogue[*id].0);
        }
        out.push_str("];\n\n");
    }
    out.push_str("impl Text {\n    /// Every key, in the catalogue's order.\n    pub const ALL: &'static [Text] = &[\n");
    for id in &ids {
        let _ = writeln!(out, "        Text::{},", variant(id));
    }
    out.push_str("    ];\n\n");
    out.push_str("    /// The key's id in the catalogue (`record-title`).\n    pub fn id(self) -> &'static str {\n        IDS[self as usize]\n    }\n\n");
    out.push_str("    /// The text in `language`, with `{variable}` placeholders where it has variables.\n    pub fn get(self, language: Language) -> &'static str {\n        match language {\n            Language::Sv => SV[self as usize],\n            Language::Fi => FI[self as usize],\n            Language::En => EN[self as usize],\n        }\n    }\n\n");
    out.push_str("    /// Another form of the text in `language` (a Fluent attribute), if the catalogue gives one.\n    #[allow(clippy::match_single_binding)]\n    pub fn form(self, language: Language, form: Form) -> Option<&'static str> {\n        match (self, language, form) {\n");
    for (language, catalogue) in LANGUAGES.iter().zip(catalogues) {
        let tag = match *language {
            "sv" => "Sv",
            "fi" => "Fi",
            _ => "En",
        };
        for (id, (_, attributes)) in catalogue {
            for (form, text) in attributes {
                let _ = writeln!(
                    out,
                    "            (Text::{}, Language::{tag}, Form::{}) => Some({text:?}),",
                    variant(id),
                    variant(form)
                );
            }
        }
    }
    out.push_str("            _ => None,\n        }\n    }\n\n");
    out.push_str("    /// The key with id `id`.\n    pub fn from_id(id: &str) -> Option<Text> {\n        IDS.binary_search(&id).ok().map(|i| Text::ALL[i])\n    }\n}\n");
    out
}
