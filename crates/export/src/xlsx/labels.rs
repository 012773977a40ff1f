//! The fixed words of the workbook (sheet names, column headers, yes/no, the
//! names of record kinds) in Swedish, Finnish and English. Enumerated values of
//! the model are not here: they come from `Vocabulary::label`, and user text
//! comes from the document.

use kirjuri_model::{Language, RecordKind};

pub(super) use kirjuri_text::Text as Label;

/// "Yes" or "No".
pub(super) fn yes_no(value: bool) -> Label {
    if value {
        Label::Yes
    } else {
        Label::No
    }
}

/// The name of a kind of record, for the findings sheet (one name, the model's).
pub(super) fn record_kind(kind: RecordKind, language: Language) -> &'static str {
    kind.label(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window's texts by their key there (`deadline_days`).
    fn ui_strings() -> std::collections::HashMap<String, [String; 3]> {
        Label::ALL
            .iter()
            .map(|t| (t.id().replace('-', "_"), t.texts().map(String::from)))
            .collect()
    }

    /// A label without a trailing "(art. 27)", "(IP, IMEI)" or similar aside.
    fn bare(text: &str) -> &str {
        match text.rfind(" (") {
            Some(at) if text.ends_with(')') => &text[..at],
            _ => text,
        }
    }

    #[test]
    fn each_concept_has_one_label_per_language_in_pdf_workbook_and_ui() {
        use crate::labels::{Label as Doc, Tongue};
        // The user interface says the same (its asides in brackets apart).
        let ui = ui_strings();
        let same = [
            (Doc::Name, "name"),
            (Doc::Address, "address"),
            (Doc::Phone, "phone"),
            (Doc::Email, "email"),
            (Doc::Website, "website"),
            (Doc::Country, "country"),
            (Doc::VatNumber, "vat_number"),
            (Doc::StaffCount, "staff_count"),
            (Doc::Dpo, "dpo"),
            (Doc::JointControllers, "joint_controllers"),
            (Doc::DocumentRepresentative, "representative"),
            (Doc::SupervisoryAuthority, "authority_section"),
            (Doc::Title, "title_field"),
            (Doc::ContactPerson, "contact_person"),
            (Doc::BusinessFunction, "business_function"),
            (Doc::Created, "created"),
            (Doc::LastUpdated, "last_updated"),
            (Doc::Dpia, "dpia"),
            (Doc::ProvisionRequirement, "provision_requirement"),
            (
                Doc::ConsequenceOfNotProviding,
                "consequence_of_not_providing",
            ),
            (Doc::DataSubjectCategories, "data_subject_categories"),
            (Doc::Group, "group"),
            (Doc::MandatoryOrOptional, "requirement"),
            (Doc::DocumentSpecialCategory, "special_category"),
            (Doc::CriminalOffence, "flag_criminal_offence"),
            (Doc::Financial, "flag_financial"),
            (Doc::FreeText, "flag_free_text"),
            (Doc::OnlineIdentifier, "flag_online_identifier"),
            (Doc::Credentials, "flag_credentials"),
            (Doc::ConsentRecord, "flag_consent"),
            (Doc::Art9Condition, "special_category_condition"),
            (Doc::LawReference, "law_reference"),
            (Doc::DocumentDirectMarketing, "direct_marketing"),
            (Doc::LegalBasis, "legal_bases"),
            (Doc::Recipient, "recipient"),
            (Doc::DocumentVendor, "vendor"),
            (Doc::Function, "function"),
            (Doc::Agreement, "agreement"),
            (Doc::TransferMechanism, "mechanism"),
            (Doc::Responsible, "responsible"),
            (Doc::Right, "right"),
            (Doc::IdentityCheck, "identity_check"),
            (Doc::Format, "format"),
            (Doc::Provider, "provider"),
            (Doc::CookieClass, "cookie_class"),
            (Doc::Lifetime, "lifetime"),
            (Doc::RequiresConsent, "requires_consent"),
            (Doc::ProcessorsAndSystems, "processors_title"),
            (Doc::People, "people_title"),
            (Doc::IncidentRoutine, "incidents_title"),
        ];
        for (label, key) in same {
            let texts = ui.get(key).unwrap_or_else(|| panic!("no UI string {key}"));
            for (n, language) in Language::ALL.into_iter().enumerate() {
                assert_eq!(
                    bare(&texts[n]),
                    bare(label.get(language)),
                    "{label:?} / {key} in {language}"
                );
            }
        }
        for (label, key) in [
            (Label::SheetFindings, "findings"),
            (Label::WorkbookDeadlineDays, "deadline_days"),
        ] {
            let texts = &ui[key];
            for (n, language) in Language::ALL.into_iter().enumerate() {
                if language != Language::En {
                    assert_eq!(
                        bare(&texts[n]),
                        bare(label.get(language)),
                        "{label:?} / {key}"
                    );
                }
            }
        }
        // Where Finland's and Sweden's Swedish differ, the UI (which does not
        // know the country) names both, Finland's first, as the documents do.
        let finland = Tongue::new(Language::Sv, "FI");
        let sweden = Tongue::new(Language::Sv, "SE");
        for (label, key) in [
            (Doc::DocumentBusinessId, "business_id"),
            (Doc::NationalId, "flag_national_id"),
        ] {
            let both = format!(
                "{} / {}",
                finland.label(label),
                sweden.label(label).to_lowercase()
            );
            assert_eq!(ui[key][0], both, "{label:?}");
            assert_eq!(ui[key][1], label.get(Language::Fi), "{label:?}");
        }
        // The workbook's column follows the organisation's Swedish too.
        assert_eq!(
            finland.label(Doc::NeedForNationalIdNumber),
            "Behov av personbeteckning"
        );
        assert_eq!(
            sweden.label(Doc::NeedForNationalIdNumber),
            "Behov av personnummer"
        );
    }

    #[test]
    fn every_workbook_label_has_all_three_languages_and_sheet_names_suit_excel() {
        for label in Label::ALL {
            for language in Language::ALL {
                assert!(
                    !label.get(language).trim().is_empty(),
                    "{label:?} {language}"
                );
            }
        }
        for label in Label::ALL
            .iter()
            .filter(|l| format!("{l:?}").starts_with("Sheet"))
        {
            for language in Language::ALL {
                let name = label.get(language);
                assert!(
                    name.chars().count() <= 31,
                    "{name}: Excel allows 31 characters"
                );
                assert!(
                    !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                    "{name}"
                );
            }
        }
    }
}
