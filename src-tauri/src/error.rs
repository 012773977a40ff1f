//! The one error the UI sees: a stable `code` it switches on and a `message`
//! for people. The UI shows its own localized text for each code and the
//! message as detail; it never parses the message.

use kirjuri_export::ExportError;
use kirjuri_store::StoreError;
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UiError {
    pub code: &'static str,
    pub message: String,
}

impl UiError {
    pub fn new(code: &'static str, message: impl fmt::Display) -> UiError {
        UiError {
            code,
            message: message.to_string(),
        }
    }

    pub fn no_document() -> UiError {
        UiError::new("no_document", "no document is open")
    }
}

impl fmt::Display for UiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for UiError {}

impl From<StoreError> for UiError {
    fn from(error: StoreError) -> UiError {
        UiError::new(error.code(), &error)
    }
}

impl From<ExportError> for UiError {
    fn from(error: ExportError) -> UiError {
        let code = match error {
            ExportError::UnknownRegister(_) => "unknown_register",
            _ => "export",
        };
        UiError::new(code, &error)
    }
}

impl From<kirjuri_model::templates::TemplateError> for UiError {
    fn from(error: kirjuri_model::templates::TemplateError) -> UiError {
        use kirjuri_model::templates::TemplateError;
        let code = match error {
            TemplateError::UnknownTemplate(_) | TemplateError::UnknownSystem(_) => {
                "unknown_catalogue_entry"
            }
            TemplateError::NoName => "no_name",
        };
        UiError::new(code, &error)
    }
}

impl From<std::io::Error> for UiError {
    fn from(error: std::io::Error) -> UiError {
        UiError::new("io", &error)
    }
}

impl From<tauri::Error> for UiError {
    fn from(error: tauri::Error) -> UiError {
        UiError::new("internal", &error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_keep_their_code_and_the_ui_gets_code_and_message() {
        let error: UiError = StoreError::FileExists("/tmp/Kundregister.sqlite".into()).into();
        assert_eq!(error.code, "file_exists");
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["code"], "file_exists");
        assert!(json["message"]
            .as_str()
            .unwrap()
            .contains("Kundregister.sqlite"));
        assert_eq!(json.as_object().unwrap().len(), 2);
    }
}
