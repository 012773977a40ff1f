//! The JSON exchange format: the whole document in one versioned JSON file
//! (documented in `docs/json-format.md`, schema in `docs/kirjuri.schema.json`).
//! Output is deterministic, so export → import → export gives the same bytes.
//!
//! Version 2 made every question whose answer becomes a sentence three-state
//! (yes / no / not answered). Version 1 is still read: its `false` defaults
//! read as "not answered", as `Answer` and the model's field readers explain,
//! and so do the kinds and roles the editor of then set by default (`upgrade`).
//! Version 3 lets a source be of several kinds; versions 1 and 2 are read with
//! each source's one kind as its list.

use crate::records::{Document, EditError};
use crate::upgrade;
use serde::{Deserialize, Serialize};

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "kirjuri";
/// The version of the JSON format this build writes and the newest it reads.
/// Version 2 added the breach log, the request log, the DPIA screenings and
/// the client controllers; a version-1 document reads with those lists empty.
/// Version 3 gives a source a list of kinds (`kinds`); a version-2 source's
/// one `kind` reads as that list.
pub const FORMAT_VERSION: u32 = 3;

#[derive(Debug, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct Envelope<D> {
    format: String,
    version: u32,
    document: D,
}

#[derive(Debug, Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("not a Kirjuri JSON document: {0}")]
    NotKirjuri(String),
    #[error("this JSON document is format version {found}; this Kirjuri reads up to version {supported}. Update Kirjuri to open it")]
    NewerVersion { found: u32, supported: u32 },
    #[error("the JSON document does not fit the Kirjuri format: {0}")]
    Invalid(#[from] serde_json::Error),
    #[error("the JSON document is inconsistent: {0}")]
    Inconsistent(#[from] EditError),
}

/// The document as pretty-printed JSON, ending in a newline.
pub fn to_json(document: &Document) -> String {
    let envelope = Envelope {
        format: FORMAT_NAME.to_string(),
        version: FORMAT_VERSION,
        document,
    };
    let mut text = serde_json::to_string_pretty(&envelope).expect("documents serialize");
    text.push('\n');
    text
}

/// Parses and validates a JSON document.
pub fn from_json(text: &str) -> Result<Document, ExchangeError> {
    let header: Header = serde_json::from_str(text)
        .map_err(|e| ExchangeError::NotKirjuri(format!("not a JSON object ({e})")))?;
    if header.format.as_deref() != Some(FORMAT_NAME) {
        return Err(ExchangeError::NotKirjuri(
            "the \"format\" field is not \"kirjuri\"".to_string(),
        ));
    }
    let version = header
        .version
        .ok_or_else(|| ExchangeError::NotKirjuri("the \"version\" field is missing".to_string()))?;
    if version > FORMAT_VERSION {
        return Err(ExchangeError::NewerVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let value: serde_json::Value = serde_json::from_str(text)?;
    // Written before answers became three-state (version 1, or version 2 as
    // Kirjuri wrote it before then): a JSON file has no history to show that a
    // person chose an old default kind or role, so those read as not answered.
    let old = version < 2
        || value["document"]["registers"]
            .as_array()
            .is_some_and(|registers| registers.iter().any(upgrade::written_before_answers));
    let mut envelope: Envelope<Document> = serde_json::from_value(value)?;
    if old {
        upgrade::forget_unset_defaults(&mut envelope.document, |_, _, _| false);
    }
    envelope.document.validate()?;
    Ok(envelope.document)
}

/// The JSON Schema of the exchange format, generated from the model's types
/// (committed as `docs/kirjuri.schema.json`; a test keeps it current).
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Envelope<Document>);
    schema.insert(
        "$id".into(),
        "https://kirjuri.invalid/kirjuri.schema.json".into(),
    );
    schema.insert(
        "title".into(),
        format!("Kirjuri document, JSON exchange format version {FORMAT_VERSION}").into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).expect("schemas serialize");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terminology::SourceKind;

    /// A version-2 document as Kirjuri wrote it: one kind per source, or none.
    fn version_2(kind: &str) -> String {
        format!(
            r#"{{"format": "kirjuri", "version": 2, "document": {{
                "organisation": {{"id": "00000000-0000-4000-8000-000000000001", "name": {{"sv": "Ab"}}}},
                "sources": [{{"id": "00000000-0000-4000-8000-000000000002", "kind": {kind}, "name": {{"sv": "Kunden"}}}}]
            }}}}"#
        )
    }

    #[test]
    fn a_version_2_source_kind_reads_as_its_list_of_kinds() {
        let read = from_json(&version_2("\"credit_bureau\"")).unwrap();
        assert_eq!(read.sources[0].kinds, vec![SourceKind::CreditBureau]);
        let unanswered = from_json(&version_2("null")).unwrap();
        assert_eq!(unanswered.sources[0].kinds, vec![]);
        // Written again, it is today's version, with the list.
        let written = to_json(&read);
        assert!(written.contains("\"version\": 3"));
        assert!(written.contains("\"kinds\": [\n"));
        assert!(!written.contains("\"kind\": \"credit_bureau\""));
        assert_eq!(from_json(&written).unwrap(), read);
    }

    #[test]
    fn a_source_of_several_kinds_round_trips() {
        let mut document = from_json(&version_2("null")).unwrap();
        document.sources[0].kinds = vec![SourceKind::GroupCompany, SourceKind::PublicRegister];
        assert_eq!(from_json(&to_json(&document)).unwrap(), document);
    }

    #[test]
    fn a_newer_version_is_refused_with_the_message_to_update() {
        let newer = version_2("null").replace("\"version\": 2", "\"version\": 4");
        let error = from_json(&newer).unwrap_err();
        assert!(matches!(
            error,
            ExchangeError::NewerVersion {
                found: 4,
                supported: FORMAT_VERSION
            }
        ));
        assert!(error.to_string().contains("Update Kirjuri"));
    }
}
