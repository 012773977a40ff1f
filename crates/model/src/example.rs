//! Made-up documents: `synthetic(n)` builds a realistic document with `n`
//! registers for benchmarks and load tests. Deterministic: the same `n` gives
//! the same document, ids included. No real company's data.

use crate::document::*;
use crate::ids::*;
use crate::records::Document;
use crate::terminology::*;
use crate::text::LocalizedText;
use chrono::NaiveDate;
use uuid::Uuid;

struct Ids(u128);

impl Ids {
    fn next(&mut self) -> Uuid {
        self.0 += 1;
        Uuid::from_u128(0x5e11_0000_0000_4000_8000_0000_0000_0000 | self.0)
    }
}

fn text(sv: String, fi: String, en: String) -> LocalizedText {
    LocalizedText::new(sv, fi, en)
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
}

/// A made-up organisation with `registers` registers of realistic size and shape:
/// per register 3 purposes, 3 groups of 4 data items, 3 systems, 2 disclosures,
/// a transfer, 3 roles, 2 retention rules and 5 rights procedures.
pub fn synthetic(registers: usize) -> Document {
    let mut ids = Ids(0);
    let mut doc = Document::new(LocalizedText::new(
        "Exempel Ab",
        "Esimerkki Oy",
        "Example Ltd",
    ));
    doc.organisation.id = OrganisationId(ids.next());
    doc.organisation.business_id = "1234567-8".into();
    doc.organisation.country = "FI".into();
    doc.organisation.address = LocalizedText::new(
        "Storgatan 1, 00100 Helsingfors",
        "Isokatu 1, 00100 Helsinki",
        "Isokatu 1, 00100 Helsinki, Finland",
    );
    doc.organisation.email = "info@example.com".into();
    doc.organisation.phone = "+358 10 000 0000".into();
    doc.organisation.version_label = "1.0".into();
    doc.organisation.staff_count = Some(42);

    for n in 0..50 {
        doc.people.push(Person {
            id: PersonId(ids.next()),
            name: format!("Person {n}"),
            title: text(
                format!("Handläggare {n}"),
                format!("Käsittelijä {n}"),
                format!("Officer {n}"),
            ),
            phone: format!("+358 40 000 {n:04}"),
            email: format!("person{n}@example.com"),
        });
    }
    doc.organisation.dpo = Some(doc.people[0].id);
    for n in 0..10 {
        doc.data_subject_categories.push(DataSubjectCategory {
            id: DataSubjectCategoryId(ids.next()),
            name: text(
                format!("Kunder {n}"),
                format!("Asiakkaat {n}"),
                format!("Customers {n}"),
            ),
        });
    }
    for (n, kind) in SourceKind::all().iter().enumerate() {
        doc.sources.push(Source {
            id: SourceId(ids.next()),
            kinds: vec![*kind],
            name: text(
                format!("Källa {n}"),
                format!("Lähde {n}"),
                format!("Source {n}"),
            ),
            public: n % 3 == 1,
            collection_procedure: text(
                "Uppgifterna samlas in via webbformulär med dubbel bekräftelse.".into(),
                "Tiedot kerätään verkkolomakkeella kaksivaiheisella vahvistuksella.".into(),
                "Collected through a web form with double opt-in.".into(),
            ),
        });
    }
    for n in 0..10 {
        doc.recipients.push(Recipient {
            id: RecipientId(ids.next()),
            kind: Some(RecipientKind::all()[n % RecipientKind::all().len()]),
            name: text(
                format!("Mottagare {n} Ab"),
                format!("Vastaanottaja {n} Oy"),
                format!("Recipient {n} Ltd"),
            ),
            category: false,
            country: if n % 5 == 4 { "US".into() } else { "FI".into() },
            agreement: None,
            dpf: DpfCertification::default(),
        });
    }
    let countries = ["FI", "SE", "DE", "IE", "US", "NL", "GB", "FI"];
    for n in 0..40 {
        let country = countries[n % countries.len()];
        doc.processors.push(Processor {
            id: ProcessorId(ids.next()),
            vendor: LocalizedText::same(format!("Leverantör {n} Oy")),
            product: format!("System {n}"),
            hosting: if n.is_multiple_of(7) {
                Hosting::InHouse
            } else {
                Hosting::ThirdParty
            },
            country: country.into(),
            function: text(
                format!("Kundtjänst {n}"),
                format!("Asiakaspalvelu {n}"),
                format!("Customer service {n}"),
            ),
            data_location: text(
                format!("Datacenter i {country}"),
                format!("Konesali maassa {country}"),
                format!("Data centre in {country}"),
            ),
            data_held: text(
                "Namn, e-post, telefon".into(),
                "Nimi, sähköposti, puhelin".into(),
                "Name, e-mail, phone".into(),
            ),
            agreement: (n % 9 != 3).then(|| Agreement {
                kind: AgreementKind::ProcessorAgreement,
                signed: Some(date(2024, 1 + (n % 12) as u32, 1)),
                reference: format!("DPA-{n:03}.pdf"),
            }),
            ..Processor::blank()
        });
    }
    for n in 0..10 {
        doc.storage_locations.push(StorageLocation {
            id: StorageLocationId(ids.next()),
            description: text(
                format!("Server {n} i Helsingfors"),
                format!("Palvelin {n} Helsingissä"),
                format!("Server {n} in Helsinki"),
            ),
            processor: Some(doc.processors[n].id),
            paper: n == 9,
        });
    }
    for (n, kind) in [
        MeasureKind::Technical,
        MeasureKind::Organisational,
        MeasureKind::Physical,
    ]
    .iter()
    .cycle()
    .take(15)
    .enumerate()
    {
        doc.security_measures.push(SecurityMeasure {
            id: SecurityMeasureId(ids.next()),
            kind: Some(*kind),
            description: text(
                format!("Skyddsåtgärd {n}: krypterad förbindelse och personliga inloggningar"),
                format!("Suojaustoimi {n}: salattu yhteys ja henkilökohtaiset tunnukset"),
                format!("Measure {n}: encrypted connections and personal logins"),
            ),
        });
    }
    doc.cookies.push(Cookie {
        id: CookieId(ids.next()),
        name: LocalizedText::same("_stats"),
        provider: "Example Analytics".into(),
        class: CookieClass::Statistics,
        duration: CookieDuration::Persistent,
        lifetime: text(
            "13 månader".into(),
            "13 kuukautta".into(),
            "13 months".into(),
        ),
        purpose: text(
            "Besöksstatistik".into(),
            "Kävijätilastot".into(),
            "Visitor statistics".into(),
        ),
        requires_consent: Answer::Yes,
    });

    for r in 0..registers {
        add_synthetic_register(&mut doc, &mut ids, r);
    }
    doc
}

fn add_synthetic_register(doc: &mut Document, ids: &mut Ids, r: usize) {
    let register_id = RegisterId(ids.next());
    let pick = |n: usize, len: usize| (r * 7 + n * 3) % len;
    doc.registers.push(Register {
        id: register_id,
        name: text(
            format!("Register {r}"),
            format!("Rekisteri {r}"),
            format!("Register {r}"),
        ),
        description: text(
            format!("Behandling av personuppgifter i verksamhet {r}."),
            format!("Henkilötietojen käsittely toiminnossa {r}."),
            format!("Processing of personal data in operation {r}."),
        ),
        role: if r % 10 == 9 {
            Some(ProcessingRole::Processor)
        } else {
            Some(ProcessingRole::Controller)
        },
        business_function: text(
            format!("Avdelning {}", r % 8),
            format!("Osasto {}", r % 8),
            format!("Department {}", r % 8),
        ),
        contact_person: Some(doc.people[pick(0, 50)].id),
        data_subject_categories: vec![
            doc.data_subject_categories[pick(0, 10)].id,
            doc.data_subject_categories[pick(1, 10)].id,
        ],
        sources: vec![
            doc.sources[0].id,
            doc.sources[pick(2, doc.sources.len())].id,
        ],
        storage_locations: vec![doc.storage_locations[pick(0, 10)].id],
        security_measures: (0..4)
            .map(|n| doc.security_measures[pick(n, 15)].id)
            .collect(),
        created: Some(date(2020, 1 + (r % 12) as u32, 1 + (r % 28) as u32)),
        last_updated: Some(date(2025, 1 + (r % 12) as u32, 1 + (r % 28) as u32)),
        version_label: format!("1.{}", r % 5),
        automated_decisions: if r.is_multiple_of(20) {
            Answer::Yes
        } else {
            Answer::No
        },
        automated_decisions_description: LocalizedText::default(),
        provision_requirement: Some(ProvisionRequirement::NeededForContract),
        consequence_of_not_providing: text(
            "Utan uppgifterna kan vi inte leverera tjänsten.".into(),
            "Ilman tietoja emme voi toimittaa palvelua.".into(),
            "Without the data we cannot deliver the service.".into(),
        ),
        dpia: DpiaStatus::NotNeeded,
        // Answered below, once the register's systems are known.
        transfers_outside_eea: Answer::NotAnswered,
        transfers_qualifier: LocalizedText::default(),
        transfers_as_a_rule: false,
        regular_disclosures: Answer::Yes,
        disclosures_qualifier: LocalizedText::default(),
        disclosures_as_a_rule: false,
        special_categories: Answer::NotAnswered,
        special_categories_which: Vec::new(),
        notice_changes: LocalizedText::default(),
        law_reference: LocalizedText::default(),
        list_qualifiers: ListQualifiers::default(),
        unreviewed_template_text: Vec::new(),
        suggested_answers: Default::default(),
    });
    let mut items = Vec::new();
    for g in 0..3 {
        let group_id = DataItemGroupId(ids.next());
        doc.data_item_groups.push(DataItemGroup {
            id: group_id,
            register: register_id,
            name: text(
                format!("Uppgiftsgrupp {g}"),
                format!("Tietoryhmä {g}"),
                format!("Data group {g}"),
            ),
            personal_data: g != 2,
        });
        for i in 0..4 {
            let item_id = DataItemId(ids.next());
            items.push(item_id);
            doc.data_items.push(DataItem {
                id: item_id,
                register: register_id,
                group: Some(group_id),
                name: text(
                    format!("Uppgift {g}.{i}"),
                    format!("Tieto {g}.{i}"),
                    format!("Item {g}.{i}"),
                ),
                requirement: Some(if i == 0 {
                    ItemRequirement::Mandatory
                } else {
                    ItemRequirement::Optional
                }),
                consequence_if_not_given: LocalizedText::default(),
                flags: DataItemFlags {
                    national_id: g == 1 && i == 1,
                    financial: g == 1 && i == 2,
                    free_text: g == 0 && i == 3,
                    online_identifier: g == 2 && i == 0,
                    ..DataItemFlags::default()
                },
                special_category: None,
                need_for_national_id: if g == 1 && i == 1 {
                    text(
                        "Krävs för löneutbetalning.".into(),
                        "Tarvitaan palkanmaksuun.".into(),
                        "Needed for payroll.".into(),
                    )
                } else {
                    LocalizedText::default()
                },
            });
        }
    }
    let bases = [
        LegalBasis::Contract,
        LegalBasis::LegitimateInterests,
        LegalBasis::Consent,
        LegalBasis::LegalObligation,
    ];
    for p in 0..3 {
        let basis = bases[(r + p) % bases.len()];
        doc.purposes.push(Purpose {
            id: PurposeId(ids.next()),
            register: register_id,
            description: text(
                format!("Ändamål {p}: att sköta kundrelationer och leverera tjänster"),
                format!("Tarkoitus {p}: asiakassuhteiden hoitaminen ja palvelujen toimittaminen"),
                format!("Purpose {p}: managing customer relationships and delivering services"),
            ),
            legal_bases: vec![LegalBasisClaim {
                basis: Some(basis),
                data_subject_categories: Vec::new(),
                legitimate_interest: if basis == LegalBasis::LegitimateInterests {
                    text(
                        "Att kunna kontakta kunder.".into(),
                        "Asiakkaiden tavoittaminen.".into(),
                        "Being able to contact customers.".into(),
                    )
                } else {
                    LocalizedText::default()
                },
                special_category_condition: None,
                law_reference: LocalizedText::default(),
            }],
            direct_marketing: p == 2,
        });
    }
    for s in 0..3 {
        let processor = &doc.processors[pick(s, 40)];
        let processor_id = processor.id;
        doc.system_links.push(SystemLink {
            id: SystemLinkId(ids.next()),
            register: register_id,
            processor: processor_id,
            data_items: items.iter().take(4 + s).copied().collect(),
            usage: text(
                "Lagring och hantering".into(),
                "Tallennus ja käsittely".into(),
                "Storage and handling".into(),
            ),
        });
        if processor.country == "US" {
            doc.transfers.push(Transfer {
                id: TransferId(ids.next()),
                register: register_id,
                country: "US".into(),
                processor: Some(processor_id),
                recipient: None,
                mechanism: Some(TransferMechanism::StandardContractualClauses),
                documentation: text(
                    "Avtalets bilaga 2".into(),
                    "Sopimuksen liite 2".into(),
                    "Annex 2 of the agreement".into(),
                ),
                safeguard_copies: Answer::NotAnswered,
                suggested_mechanism: None,
            });
        }
    }
    for d in 0..2 {
        doc.disclosures.push(Disclosure {
            id: DisclosureId(ids.next()),
            register: register_id,
            recipient: doc.recipients[pick(d, 9)].id,
            data: text(
                "Namn och kontaktuppgifter".into(),
                "Nimi ja yhteystiedot".into(),
                "Name and contact details".into(),
            ),
            purpose: text(
                "Löneutbetalning".into(),
                "Palkanmaksu".into(),
                "Payroll".into(),
            ),
            method: text(
                "Krypterad förbindelse".into(),
                "Salattu yhteys".into(),
                "Encrypted connection".into(),
            ),
            condition: LocalizedText::default(),
        });
    }
    let transfers = doc.transfers.iter().any(|t| t.register == register_id);
    if let Some(register) = doc.registers.last_mut() {
        register.transfers_outside_eea = if transfers { Answer::Yes } else { Answer::No };
    }
    for a in 0..3 {
        doc.access_roles.push(AccessRole {
            id: AccessRoleId(ids.next()),
            register: register_id,
            name: text(
                format!("Roll {a}"),
                format!("Rooli {a}"),
                format!("Role {a}"),
            ),
            people: vec![doc.people[pick(a, 50)].id, doc.people[pick(a + 5, 50)].id],
            permissions: vec![
                text(
                    "Kan läsa och ändra kontakter".into(),
                    "Voi lukea ja muuttaa yhteystietoja".into(),
                    "Can read and edit contacts".into(),
                ),
                text(
                    "Kan radera kontakter".into(),
                    "Voi poistaa yhteystietoja".into(),
                    "Can delete contacts".into(),
                ),
            ],
            change_logging: Some(ChangeLogging::all()[a % 3]),
            granted_by: text("VD".into(), "Toimitusjohtaja".into(), "CEO".into()),
        });
    }
    for k in 0..2 {
        doc.retention_rules.push(RetentionRule {
            id: RetentionRuleId(ids.next()),
            register: register_id,
            group: None,
            trigger: if k == 0 {
                RetentionTrigger::Inactivity
            } else {
                RetentionTrigger::EndOfCustomerRelationship
            },
            period: text("5 år".into(), "5 vuotta".into(), "5 years".into()),
            deletion_method: Some(DeletionMethod::Manual),
            routine: text(
                "Raderas för hand två gånger per år.".into(),
                "Poistetaan käsin kahdesti vuodessa.".into(),
                "Deleted by hand twice a year.".into(),
            ),
            responsible: Some(doc.people[pick(k, 50)].id),
            review_interval_months: Some(6),
            last_reviewed: Some(date(2026, 1 + (r % 12) as u32, 15)),
        });
    }
    for right in [
        DataSubjectRight::Access,
        DataSubjectRight::Rectification,
        DataSubjectRight::Erasure,
        DataSubjectRight::Portability,
        DataSubjectRight::Objection,
    ] {
        doc.rights_procedures.push(RightsProcedure {
            id: RightsProcedureId(ids.next()),
            register: register_id,
            right,
            channel: text(
                "E-post till info@example.com".into(),
                "Sähköposti osoitteeseen info@example.com".into(),
                "E-mail to info@example.com".into(),
            ),
            identity_check: text(
                "Från den registrerade adressen".into(),
                "Rekisteröidystä osoitteesta".into(),
                "From the registered address".into(),
            ),
            deadline_days: Some(30),
            format: LocalizedText::same("PDF"),
            notes: LocalizedText::default(),
            fee: LocalizedText::default(),
            frequency: LocalizedText::default(),
            refusal_grounds: LocalizedText::default(),
            law_reference: LocalizedText::default(),
        });
    }
}

/// The example company: BTB Plaza Ab's register descriptions (seeds 000/001) as a
/// Kirjuri document. The data are the test fixture `tests/fixtures/btb-plaza.json`.
pub fn btb_plaza() -> Document {
    const JSON: &str = include_str!("../../../tests/fixtures/btb-plaza.json");
    crate::exchange::from_json(JSON).expect("the BTB Plaza fixture is a valid document")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_documents_are_consistent_and_repeatable() {
        let doc = synthetic(5);
        doc.validate().unwrap();
        assert_eq!(doc.registers.len(), 5);
        assert_eq!(doc, synthetic(5));
    }
}
