//! Template text has one owner, translations know what they translate, and
//! the marks that say so live in the records (issue 21, items 1–5 and 10):
//! every edit follows the rules, whoever makes it (`Document::plan`, which the
//! window's store, `kirjuri apply` and an import all go through).

use chrono::NaiveDate;
use kirjuri_model::checks::{check, CheckOptions, FindingCode, Severity};
use kirjuri_model::exchange::{from_json, to_json};
use kirjuri_model::templates::{confirm_section, new_document, Jurisdiction, NewDocument};
use kirjuri_model::{
    Document, Edit, Language, LegalBasis, LocalizedText, Record, Resolved, TemplateSection,
};

fn options(language: Option<Language>) -> CheckOptions {
    CheckOptions {
        as_of: NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date"),
        export_language: language,
    }
}

/// A Finnish company writing in Finnish, with one register from `template`.
fn finnish(template: &str) -> Document {
    new_document(&NewDocument {
        name: "Pieni Oy".into(),
        business_id: "1234567-8".into(),
        country: Jurisdiction::Finland,
        templates: vec![template.into()],
        systems: Vec::new(),
        working_language: Some(Language::Fi),
    })
    .expect("a known template")
}

fn put(document: &Document, record: Record) -> Document {
    document
        .plan(&[Edit::Put { record }])
        .expect("a valid edit")
        .0
}

/// The index of the first purpose resting on legitimate interests, and the purpose.
fn legitimate_interest_purpose(document: &Document) -> usize {
    document
        .purposes
        .iter()
        .position(|p| {
            p.legal_bases
                .iter()
                .any(|c| c.basis == Some(LegalBasis::LegitimateInterests))
        })
        .expect("the template has a purpose on legitimate interests")
}

#[test]
fn a_template_text_comes_in_every_language_as_one_suggestion() {
    let document = finnish("b2b_customers");
    let purpose = &document.purposes[legitimate_interest_purpose(&document)];
    let interest = &purpose.legal_bases[0].legitimate_interest;
    for language in Language::ALL {
        assert!(!interest.get(language).is_empty(), "{language}");
        assert!(interest.is_suggested_in(language), "{language}");
    }
}

#[test]
fn emptying_a_template_text_in_the_working_language_empties_it_in_every_language() {
    let document = finnish("b2b_customers");
    let index = legitimate_interest_purpose(&document);
    let mut purpose = document.purposes[index].clone();
    // What the window sends: the same text with the Finnish value emptied.
    let mut interest = purpose.legal_bases[0].legitimate_interest.clone();
    interest.set(Language::Fi, "");
    purpose.legal_bases[0].legitimate_interest = interest;
    let after = put(&document, Record::Purpose(purpose));

    let interest = &after.purposes[index].legal_bases[0].legitimate_interest;
    assert!(
        interest.is_empty(),
        "no language keeps the template's text: {interest:?}"
    );
    for language in Language::ALL {
        assert_eq!(interest.resolve(language), Resolved::Empty, "{language}");
    }
    // The field's own finding appears: nothing stands in for the emptied text.
    let findings = check(&after, options(None));
    assert!(findings
        .iter()
        .any(|f| f.code == FindingCode::LegitimateInterestNotStated
            && f.id == kirjuri_model::Uuid::from(after.purposes[index].id)
            && f.severity == Severity::Error));
}

#[test]
fn rewriting_a_template_text_in_the_working_language_takes_its_other_versions_away() {
    let document = finnish("b2b_customers");
    let mut purpose = document.purposes[0].clone();
    let mut description = purpose.description.clone();
    description.set(Language::Fi, "Laskutamme asiakkaitamme.");
    purpose.description = description;
    let after = put(&document, Record::Purpose(purpose));
    let description = &after.purposes[0].description;
    assert_eq!(description.fi, "Laskutamme asiakkaitamme.");
    assert!(description.sv.is_empty() && description.en.is_empty());
    assert!(!description.is_suggested(), "the text is the person's own");
    // The Swedish notice shows the person's own text, marked as a fallback.
    assert_eq!(
        description.resolve(Language::Sv),
        Resolved::Fallback(Language::Fi, "Laskutamme asiakkaitamme.")
    );
}

#[test]
fn a_suggestion_never_stands_in_for_another_language() {
    let mut text = LocalizedText::new("Kundregister", "", "Customer register").suggestion();
    assert_eq!(text.resolve(Language::Fi), Resolved::Empty);
    // A person's own text may, visibly.
    text = LocalizedText::new("", "Asiakasrekisteri", "");
    assert_eq!(
        text.resolve(Language::Sv),
        Resolved::Fallback(Language::Fi, "Asiakasrekisteri")
    );
}

#[test]
fn confirming_a_section_confirms_its_texts_and_tracks_their_translations() {
    let document = finnish("b2b_customers");
    let register = document.registers[0].clone();
    let after = put(
        &document,
        Record::Register(confirm_section(&register, TemplateSection::Purposes)),
    );
    for purpose in &after.purposes {
        assert!(!purpose.description.is_suggested());
        assert_eq!(
            purpose.description.source_of(Language::Sv),
            Some(Language::Fi)
        );
    }
    // Other sections are still the template's.
    assert!(after.data_items.iter().all(|i| i.name.is_suggested()));

    // Rewriting a confirmed Finnish text makes its Swedish and English
    // translations out of date: a finding in that language, and a draft.
    let mut purpose = after.purposes[0].clone();
    let mut description = purpose.description.clone();
    description.set(Language::Fi, "Laskutamme ja muistutamme.");
    purpose.description = description;
    let edited = put(&after, Record::Purpose(purpose.clone()));
    let text = &edited.purposes[0].description;
    assert!(!text.sv.is_empty(), "a confirmed translation is kept");
    assert!(text.is_out_of_date_in(Language::Sv) && text.is_out_of_date_in(Language::En));
    assert!(!text.is_out_of_date_in(Language::Fi));
    let stale = |document: &Document, language| {
        check(document, options(Some(language)))
            .into_iter()
            .filter(|f| {
                f.code == FindingCode::TranslationOutOfDate
                    && f.id == kirjuri_model::Uuid::from(purpose.id)
            })
            .collect::<Vec<_>>()
    };
    let findings = stale(&edited, Language::Sv);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].field, "description");
    assert!(findings[0].marks_draft());
    assert!(stale(&edited, Language::Fi).is_empty());

    // Updating the Swedish translation brings it up to date; English stays out of date.
    let mut updated = edited.purposes[0].clone();
    let mut description = updated.description.clone();
    description.set(Language::Sv, "Vi fakturerar och påminner.");
    updated.description = description;
    let translated = put(&edited, Record::Purpose(updated));
    assert!(stale(&translated, Language::Sv).is_empty());
    assert_eq!(stale(&translated, Language::En).len(), 1);

    // Confirming the English translation as it is does too.
    let mut confirmed = translated.purposes[0].clone();
    confirmed.description = confirmed
        .description
        .clone()
        .translation_confirmed(Language::En, Some(Language::Fi));
    let confirmed = put(&translated, Record::Purpose(confirmed));
    assert!(stale(&confirmed, Language::En).is_empty());
}

#[test]
fn a_stale_mark_cannot_be_sent_in_as_current() {
    // A translation mark that does not name the current source is not taken.
    let document = finnish("b2b_customers");
    let register = document.registers[0].clone();
    let after = put(
        &document,
        Record::Register(confirm_section(&register, TemplateSection::Purposes)),
    );
    let mut purpose = after.purposes[0].clone();
    purpose.description.set(Language::Fi, "Uusi teksti.");
    let edited = put(&after, Record::Purpose(purpose));
    let mut forged = edited.purposes[0].clone();
    forged
        .description
        .translated_from
        .insert(Language::Sv, "fi:00000000".into());
    let forged = put(&edited, Record::Purpose(forged));
    assert!(forged.purposes[0]
        .description
        .is_out_of_date_in(Language::Sv));
}

#[test]
fn a_translation_written_before_marks_existed_goes_out_of_date_when_its_source_changes() {
    let mut document = finnish("b2b_customers");
    // A text as an older file holds it: three languages, no marks.
    document.purposes[0].description = LocalizedText::new("Fakturering", "Laskutus", "Invoicing");
    let mut purpose = document.purposes[0].clone();
    purpose.description.set(Language::Fi, "Laskutus ja perintä");
    let after = put(&document, Record::Purpose(purpose));
    let text = &after.purposes[0].description;
    assert!(text.is_out_of_date_in(Language::Sv));
    assert!(text.is_out_of_date_in(Language::En));
}

#[test]
fn catalogue_systems_and_retention_periods_write_suggestions_too() {
    let register = kirjuri_model::RegisterId::new();
    let records = kirjuri_model::templates::systems()
        .iter()
        .find(|s| s.transfer.is_some())
        .expect("a catalogued system with a transfer")
        .records_for(register);
    for record in &records {
        if let Record::Processor(processor) = record {
            assert!(processor.function.is_suggested());
        }
        if let Record::Transfer(transfer) = record {
            assert!(transfer.documentation.is_suggested());
        }
    }
    let rule = kirjuri_model::templates::retention_period("se-bookkeeping")
        .expect("catalogued")
        .to_rule(register);
    assert!(rule.period.is_suggested());
}

#[test]
fn the_marks_round_trip_through_the_json_format_and_the_store_s_records() {
    let document = finnish("b2b_customers");
    let register = document.registers[0].clone();
    let mut after = put(
        &document,
        Record::Register(confirm_section(&register, TemplateSection::Purposes)),
    );
    let mut purpose = after.purposes[0].clone();
    purpose.description.set(Language::Fi, "Uusi teksti.");
    after = put(&after, Record::Purpose(purpose));
    assert!(!after.registers[0].suggested_answers.is_empty());

    let read = from_json(&to_json(&after)).expect("the file reads back");
    assert_eq!(
        read, after,
        "suggestions, translation marks and suggested answers"
    );
    assert!(read.purposes[0].description.is_out_of_date_in(Language::Sv));
    assert!(read.data_items[0].name.is_suggested());

    // The store keeps each record as its own JSON (`data`, read by `from_data`).
    for record in after.records() {
        let data = record.data().expect("serializes");
        let back = Record::from_data(record.kind(), &data).expect("reads back");
        assert_eq!(back, record);
    }
    // Marks are written only when present.
    let plain = serde_json::to_string(&LocalizedText::new("a", "", "")).expect("json");
    assert_eq!(plain, r#"{"sv":"a"}"#);
}
