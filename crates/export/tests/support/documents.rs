//! The documents built in code that the export tests read and the samples
//! command writes for people to look at (`cargo run -p kirjuri-export --bin
//! samples`): a register with only its name, the same register fully
//! answered, a small document and one whose text is hostile in every way a
//! user's can be. Shared by `tests/answers.rs`, `tests/pdf.rs` and
//! `src/bin/samples.rs`, so that the samples show what the tests check.

use chrono::NaiveDate;
use kirjuri_model::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A document with one register that has only its name (and the organisation only its name).
pub fn name_only() -> (Document, RegisterId) {
    let mut document = Document::new(LocalizedText::new("Namn Ab", "Nimi Oy", "Name Ltd"));
    let register = Register::new(LocalizedText::new("Kunder", "Asiakkaat", "Customers"));
    let id = register.id;
    document.registers.push(register);
    (document, id)
}

/// The same register with every question answered and the parts the checks require.
pub fn fully_answered() -> (Document, RegisterId) {
    let (mut document, id) = name_only();
    document.organisation.country = "FI".into();
    document.organisation.email = "info@example.com".into();
    let customers = DataSubjectCategory {
        id: DataSubjectCategoryId::new(),
        name: LocalizedText::new("Kunder", "Asiakkaat", "Customers"),
    };
    let register = &mut document.registers[0];
    register.role = Some(ProcessingRole::Controller);
    register.automated_decisions = Answer::No;
    register.provision_requirement = Some(ProvisionRequirement::NeededForContract);
    register.dpia = DpiaStatus::NotNeeded;
    register.transfers_outside_eea = Answer::No;
    register.regular_disclosures = Answer::No;
    register.data_subject_categories = vec![customers.id];
    document.data_subject_categories.push(customers);
    document.purposes.push(Purpose {
        id: PurposeId::new(),
        register: id,
        description: LocalizedText::new("Leveranser", "Toimitukset", "Deliveries"),
        legal_bases: vec![LegalBasisClaim {
            basis: Some(LegalBasis::Contract),
            data_subject_categories: Vec::new(),
            legitimate_interest: LocalizedText::default(),
            special_category_condition: None,
            law_reference: LocalizedText::default(),
        }],
        direct_marketing: false,
    });
    document.retention_rules.push(RetentionRule {
        id: RetentionRuleId::new(),
        register: id,
        group: None,
        trigger: RetentionTrigger::EndOfCustomerRelationship,
        period: LocalizedText::new("3 år", "3 vuotta", "3 years"),
        deletion_method: None,
        routine: LocalizedText::default(),
        responsible: None,
        review_interval_months: None,
        last_reviewed: None,
    });
    document.rights_procedures.push(RightsProcedure {
        id: RightsProcedureId::new(),
        register: id,
        right: DataSubjectRight::Access,
        channel: LocalizedText::same("info@example.com"),
        identity_check: LocalizedText::default(),
        deadline_days: None,
        format: LocalizedText::default(),
        notes: LocalizedText::default(),
        fee: LocalizedText::new("Avgiftsfritt", "Maksuton", "Free of charge"),
        frequency: LocalizedText::new("En gång per år", "Kerran vuodessa", "Once a year"),
        refusal_grounds: LocalizedText::new(
            "Enligt dataskyddslagen",
            "Tietosuojalain mukaan",
            "As the Data Protection Act allows",
        ),
        law_reference: LocalizedText::default(),
    });
    document.validate().unwrap();
    (document, id)
}

/// A small document with one register, built in code.
pub fn small_document() -> Document {
    let mut document = Document::new(LocalizedText::new(
        "Exempel Ab",
        "Esimerkki Oy",
        "Example Ltd",
    ));
    document.organisation.country = "FI".into();
    document.organisation.business_id = "1234567-8".into();
    document.organisation.email = "info@example.com".into();
    document.organisation.version_label = "1.2".into();
    let person = Person {
        id: PersonId::new(),
        name: "Anna Andersson".into(),
        title: LocalizedText::new("vd", "toimitusjohtaja", "CEO"),
        phone: "+358 40 123 4567".into(),
        email: "anna@example.com".into(),
    };
    let customers = DataSubjectCategory {
        id: DataSubjectCategoryId::new(),
        name: LocalizedText::new("Kunder", "Asiakkaat", "Customers"),
    };
    let register = Register {
        contact_person: Some(person.id),
        data_subject_categories: vec![customers.id],
        created: Some(date(2024, 3, 1)),
        last_updated: Some(date(2026, 5, 4)),
        version_label: "2.0".into(),
        role: Some(ProcessingRole::Controller),
        automated_decisions: Answer::No,
        provision_requirement: Some(ProvisionRequirement::NeededForContract),
        dpia: DpiaStatus::NotNeeded,
        transfers_outside_eea: Answer::No,
        regular_disclosures: Answer::No,
        ..Register::new(LocalizedText::new(
            "Kundregister",
            "Asiakasrekisteri",
            "Customer register",
        ))
    };

    document.purposes.push(Purpose {
        id: PurposeId::new(),
        register: register.id,
        description: LocalizedText::new(
            "Leverera beställda tjänster",
            "Tilattujen palvelujen toimittaminen",
            "Delivering ordered services",
        ),
        legal_bases: vec![LegalBasisClaim {
            basis: Some(LegalBasis::Contract),
            data_subject_categories: Vec::new(),
            legitimate_interest: LocalizedText::default(),
            special_category_condition: None,
            law_reference: LocalizedText::default(),
        }],
        direct_marketing: false,
    });
    document.retention_rules.push(RetentionRule {
        id: RetentionRuleId::new(),
        register: register.id,
        group: None,
        trigger: RetentionTrigger::EndOfCustomerRelationship,
        period: LocalizedText::new("3 år", "3 vuotta", "3 years"),
        deletion_method: Some(DeletionMethod::Manual),
        routine: LocalizedText::default(),
        responsible: Some(person.id),
        review_interval_months: Some(6),
        last_reviewed: Some(date(2025, 1, 10)),
    });
    document.people.push(person);
    document.data_subject_categories.push(customers);
    document.registers.push(register);
    document.validate().unwrap();
    document
}

/// A document whose user text is hostile in every way a user can be.
pub fn awkward_document() -> Document {
    let mut document = small_document();
    let long_text = "Lång text med åäö och ÅÄÖ, som upprepas. ".repeat(250);
    let long_word = "x".repeat(5000);
    let url = format!("https://example.com/{}", "path/segment-".repeat(300));
    document.organisation.name =
        LocalizedText::same(format!("Bolaget 😀 Ab {}", "Namn ".repeat(60)));
    document.organisation.address = LocalizedText::same(long_text.clone());
    let register = &mut document.registers[0];
    register.name = LocalizedText::same(format!("Register {long_word}"));
    register.description = LocalizedText::same(format!("{long_text} {url} 🚀🔥 \u{0007}\t end"));
    document.purposes[0].description = LocalizedText::same(long_text.clone());
    document.purposes[0].legal_bases[0].legitimate_interest =
        LocalizedText::same(long_word.clone());
    document.people[0].name = long_word.clone();
    let register_id = document.registers[0].id;
    document.registers.push(Register {
        role: Some(ProcessingRole::Processor),
        automated_decisions: Answer::Yes,
        ..Register::new(LocalizedText::default())
    });
    for n in 0..60 {
        document.data_items.push(DataItem {
            id: DataItemId::new(),
            register: register_id,
            group: None,
            name: LocalizedText::same(if n == 7 {
                long_text.clone()
            } else {
                format!("Uppgift {n} {url}")
            }),
            requirement: None,
            consequence_if_not_given: LocalizedText::default(),
            flags: DataItemFlags {
                free_text: true,
                ..DataItemFlags::default()
            },
            special_category: (n % 5 == 0).then_some(SpecialCategory::Health),
            need_for_national_id: LocalizedText::default(),
        });
    }
    document.validate().unwrap();
    document
}
