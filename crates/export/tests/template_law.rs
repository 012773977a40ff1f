//! What the register templates say is what the law says (issue 22): a
//! director confirms template text without reading it closely, so each test
//! reads the privacy notice a template company prints (poppler's `pdftotext`),
//! or the records where the notice does not print the fact, and checks the
//! statement the law asks for. Every test names the template and the country.

use chrono::NaiveDate;
use kirjuri_export::{export_notice_pdf, ExportOptions};
use kirjuri_model::templates::{new_document, retention_period, Jurisdiction, NewDocument};
use kirjuri_model::*;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const TEMPLATES_JSON: &str = include_str!("../../../assets/data/register_templates.json");
const RETENTION_JSON: &str = include_str!("../../../assets/data/retention_periods.json");

/// A company in `country` made from one template, with a way to reach it.
fn company(country: Jurisdiction, template: &str) -> Document {
    let mut document = new_document(&NewDocument {
        name: "Pieni Oy".into(),
        business_id: "1234567-8".into(),
        country,
        templates: vec![template.to_string()],
        systems: Vec::new(),
        working_language: None,
    })
    .expect("a known template");
    document.organisation.email = "tietosuoja@pieni.example".into();
    document.organisation.phone = "+358 40 000 0000".into();
    // The template's answers are suggestions until a person confirms each
    // where it is asked (issue 21): confirmed here, as the person would.
    let confirmed: Vec<kirjuri_model::Edit> = document
        .registers
        .iter()
        .map(|register| {
            let mut answered = register.clone();
            for question in register.suggested_answers.questions() {
                answered = kirjuri_model::templates::confirm_answer(&answered, question);
            }
            kirjuri_model::Edit::Put {
                record: kirjuri_model::Record::Register(answered),
            }
        })
        .collect();
    document.plan(&confirmed).expect("a valid edit").0
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The notice of the company's one register in `language`, read back from
/// the PDF without whitespace (lines wrap anywhere between words).
fn notice(document: &Document, language: Language) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let options = ExportOptions {
        language,
        printed_on: NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date"),
        last_changed: None,
    };
    let pdf = export_notice_pdf(document, document.registers[0].id, &options)
        .expect("a notice is written");
    let path = std::env::temp_dir().join(format!(
        "kirjuri-template-law-{}-{}.pdf",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::write(&path, pdf).expect("a temporary file");
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext could not run (poppler-utils installed?): {e}"));
    std::fs::remove_file(&path).ok();
    assert!(output.status.success());
    squeeze(&String::from_utf8_lossy(&output.stdout))
}

/// Whether the printed (squeezed) notice holds `needle`, whitespace aside.
fn has(printed: &str, needle: &str) -> bool {
    printed.contains(&squeeze(needle))
}

fn assert_prints(printed: &str, needle: &str, what: &str) {
    assert!(
        has(printed, needle),
        "{what}: the notice should say {needle:?}"
    );
}

fn assert_never(printed: &str, needle: &str, what: &str) {
    assert!(
        !has(printed, needle),
        "{what}: the notice must not say {needle:?}"
    );
}

/// The texts of `texts` in every language, one string.
fn all_languages<'t>(texts: impl IntoIterator<Item = &'t LocalizedText>) -> String {
    texts
        .into_iter()
        .flat_map(|t| Language::ALL.map(|l| t.get(l).to_string()))
        .collect::<Vec<_>>()
        .join("\n")
}

// --- Camera surveillance ---------------------------------------------------

#[test]
fn finnish_camera_keeps_visitors_for_days_and_cites_759_2004_only_for_employees() {
    let document = company(Jurisdiction::Finland, "camera_surveillance");
    // The purpose every visitor falls under cites no workplace act; the one that does is about employees.
    let for_everyone = &document.purposes[0];
    assert!(for_everyone.legal_bases[0].law_reference.is_empty());
    for purpose in &document.purposes {
        for claim in &purpose.legal_bases {
            if claim.law_reference.fi.contains("759/2004") {
                assert!(
                    purpose.description.fi.contains("Työntekijöitä"),
                    "759/2004 is cited for a purpose not about employees: {}",
                    purpose.description.fi
                );
            }
        }
    }
    // The period is days, overwritten automatically; one year is only the employees' upper limit.
    let rules = &document.retention_rules;
    assert_eq!(rules.len(), 1);
    let period = &rules[0].period;
    assert!(
        period.fi.contains("72 tunnin") && period.fi.contains("ylikirjoittuvat automaattisesti")
    );
    assert!(period.en.contains("72 hours") && period.en.contains("overwritten automatically"));
    assert_eq!(rules[0].deletion_method, Some(DeletionMethod::Automatic));
    for language in Language::ALL {
        let text = period.get(language);
        let one_year = ["vuoden kuluttua", "ett år efter", "one year after"];
        let employees = ["työntekijöitä", "anställda", "employees"];
        if one_year.iter().any(|y| text.contains(y)) {
            assert!(
                employees.iter().any(|e| text.contains(e)),
                "{language}: {text}"
            );
        }
    }
    assert!(!period.fi.contains("Vähintään") && !period.fi.contains("viimeistään vuoden kuluttua tallentamisen päättymisestä, jollei säilyttämiseen ole muuta erityistä syytä (laki"));

    let printed = notice(&document, Language::Fi);
    assert_prints(&printed, "72 tunnin (kolmen vuorokauden)", "FI camera, fi");
    // The employer's duties under 759/2004, for employees.
    for duty in [
        "Kameroita ei ole käymälöissä, pukeutumistiloissa, muissa henkilöstö- ja sosiaalitiloissa",
        "ennen valvonnan aloittamista",
        "yhteistoimintamenettelyssä",
        "Laki yksityisyyden suojasta työelämässä (759/2004) 16–17 §",
    ] {
        assert_prints(&printed, duty, "FI camera, fi");
    }
    let swedish = notice(&document, Language::Sv);
    assert_prints(&swedish, "72 timmar (tre dygn)", "FI camera, sv");
    assert_prints(&swedish, "samarbetsförfarande", "FI camera, sv");
}

#[test]
fn swedish_camera_states_a_period_and_cites_no_finnish_act() {
    let document = company(Jurisdiction::Sweden, "camera_surveillance");
    assert_eq!(
        document.purposes.len(),
        1,
        "no Finnish workplace purpose in Sweden"
    );
    assert_eq!(
        document.purposes[0].legal_bases[0].law_reference.sv,
        "Kamerabevakningslagen (2018:1200)"
    );
    let printed = notice(&document, Language::Sv);
    assert_prints(
        &printed,
        "Inspelningarna skrivs över automatiskt efter 72 timmar (tre dygn)",
        "SE camera, sv",
    );
    assert_prints(&printed, "riktlinjer 3/2019, punkt 121", "SE camera, sv");
    assert_never(&printed, "759/2004", "SE camera, sv");
    assert_never(&printed, "integritetsskydd i arbetslivet", "SE camera, sv");
}

#[test]
fn camera_footage_goes_to_the_police_case_by_case_not_as_a_regular_disclosure() {
    for (country, language, case_by_case) in [
        (
            Jurisdiction::Finland,
            Language::Fi,
            "Yksittäistapauksissa poliisille",
        ),
        (
            Jurisdiction::Finland,
            Language::Sv,
            "I enskilda fall till polisen",
        ),
        (
            Jurisdiction::Sweden,
            Language::Sv,
            "I enskilda fall till polisen",
        ),
        (
            Jurisdiction::Sweden,
            Language::En,
            "In individual cases to the police",
        ),
    ] {
        let document = company(country, "camera_surveillance");
        let register = &document.registers[0];
        assert_eq!(register.regular_disclosures, Answer::No, "{country:?}");
        assert!(
            document.disclosures.is_empty(),
            "{country:?}: the police are no regular recipient"
        );
        let printed = notice(&document, language);
        assert_prints(
            &printed,
            case_by_case,
            &format!("{country:?} camera, {language}"),
        );
        for regular in [
            "Polisen, vid utredning av brott",
            "Poliisi rikosten selvittämiseksi",
            "The police, when investigating a crime",
        ] {
            assert_never(
                &printed,
                regular,
                &format!("{country:?} camera, {language}"),
            );
        }
    }
}

#[test]
fn camera_notice_does_not_offer_a_choice_the_visitor_does_not_have() {
    for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
        let document = company(country, "camera_surveillance");
        let register = &document.registers[0];
        assert!(Language::ALL.iter().all(|l| !register
            .consequence_of_not_providing
            .get(*l)
            .trim()
            .is_empty()));
        let printed = notice(&document, Language::En);
        assert_prints(
            &printed,
            "The cameras record everyone in the monitored areas: being recorded there is not a choice you make separately.",
            &format!("{country:?} camera, en"),
        );
        let finnish = notice(&document, Language::Fi);
        assert_prints(
            &finnish,
            "tallennetuksi tuleminen niissä ei ole erillinen valinta",
            &format!("{country:?} camera, fi"),
        );
    }
}

// --- Personnel ---------------------------------------------------------------

#[test]
fn swedish_personnel_notice_names_no_statutory_pension_insurer() {
    let document = company(Jurisdiction::Sweden, "personnel");
    let swedish = notice(&document, Language::Sv);
    for finnish_system in [
        "Pensions- och olycksfallsförsäkringsgivare",
        "Lagstadgade försäkringar",
        "Arbetspensionsförsäkraren",
        "Inkomstregistret",
        "Skattemyndigheten",
    ] {
        assert_never(&swedish, finnish_system, "SE personnel, sv");
    }
    // Statutory cover goes through the employer contributions to Skatteverket.
    assert_prints(&swedish, "Skatteverket", "SE personnel, sv");
    assert_prints(&swedish, "arbetsgivaravgifter", "SE personnel, sv");
    // Fora, Collectum and Alecta only where a collective agreement requires them.
    let collective = document
        .recipients
        .iter()
        .find(|r| r.name.sv.contains("Fora"))
        .expect("the collective-agreement insurers are named");
    let disclosure = document
        .disclosures
        .iter()
        .find(|d| d.recipient == collective.id)
        .expect("a disclosure to them");
    assert!(disclosure.condition.sv.contains("kollektivavtal"));
    assert_prints(
        &swedish,
        "Bara om företaget har ett kollektivavtal",
        "SE personnel, sv",
    );
    for language in [Language::Fi, Language::En] {
        let printed = notice(&document, language);
        assert_never(&printed, "Eläke- ja tapaturmavakuuttaja", "SE personnel");
        assert_never(&printed, "Työeläkevakuuttaja", "SE personnel");
        assert_never(&printed, "Pension and accident insurers", "SE personnel");
    }
}

#[test]
fn finnish_personnel_names_the_earnings_related_pension_and_accident_insurer_and_the_incomes_register(
) {
    let document = company(Jurisdiction::Finland, "personnel");
    let finnish = notice(&document, Language::Fi);
    assert_prints(
        &finnish,
        "Työeläkevakuuttaja ja työtapaturmavakuuttaja",
        "FI personnel, fi",
    );
    assert_prints(&finnish, "Tulorekisteri (Verohallinto)", "FI personnel, fi");
    assert_never(
        &finnish,
        "Eläke- ja tapaturmavakuuttaja",
        "FI personnel, fi",
    );
    let swedish = notice(&document, Language::Sv);
    assert_prints(
        &swedish,
        "Inkomstregistret (Skatteförvaltningen)",
        "FI personnel, sv",
    );
    assert_never(&swedish, "Skattemyndigheten", "FI personnel, sv");
    assert_never(&swedish, "Skatteverket", "FI personnel, sv");
}

#[test]
fn no_personnel_notice_states_a_blanket_duty_to_provide() {
    let blanket = [
        "Du är enligt lag skyldig att lämna uppgifterna.",
        "Sinulla on lakisääteinen velvollisuus antaa tiedot.",
        "You are required by law to provide the data.",
    ];
    for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
        let document = company(country, "personnel");
        assert_ne!(
            document.registers[0].provision_requirement,
            Some(ProvisionRequirement::Statutory),
            "{country:?}"
        );
        for language in Language::ALL {
            let printed = notice(&document, language);
            for sentence in blanket {
                assert_never(
                    &printed,
                    sentence,
                    &format!("{country:?} personnel, {language}"),
                );
            }
        }
    }
    // The consequence carries the split: statutory (tax, pay), contractual
    // (bank account), and the narrow health-data duty of each country.
    let finnish = notice(&company(Jurisdiction::Finland, "personnel"), Language::Fi);
    for part in [
        "Osa tiedoista perustuu lakiin ja osa työsopimukseen.",
        "ennakonpidätyksen ja ilmoittaa palkan tulorekisteriin",
        "Pankkitilin numero tarvitaan, jotta voimme maksaa palkan sopimuksen mukaisesti.",
        "Terveydentilaa koskevia tietoja sinun tarvitsee antaa vain sairausajan palkkaa varten",
        "työsopimuslaki 55/2001, 2 luku 11 §",
    ] {
        assert_prints(&finnish, part, "FI personnel, fi");
    }
    let swedish = notice(&company(Jurisdiction::Sweden, "personnel"), Language::Sv);
    for part in [
        "En del uppgifter krävs enligt lag, en del behövs för anställningsavtalet.",
        "arbetsgivardeklaration till Skatteverket (skatteförfarandelagen 2011:1244)",
        "Bankkontonumret behövs för att vi ska kunna betala lönen enligt avtalet.",
        "för tid efter den sjunde kalenderdagen efter sjukanmälningsdagen ett läkarintyg (lagen 1991:1047 om sjuklön, 8–9 §§)",
    ] {
        assert_prints(&swedish, part, "SE personnel, sv");
    }
    assert_never(&swedish, "55/2001", "SE personnel, sv");
    assert_never(&finnish, "1991:1047", "FI personnel, fi");
}

#[test]
fn personnel_cites_the_tax_and_sick_pay_laws_of_its_country() {
    let laws = |country| {
        all_languages(
            company(country, "personnel")
                .purposes
                .iter()
                .flat_map(|p| p.legal_bases.iter().map(|c| &c.law_reference))
                .collect::<Vec<_>>(),
        )
    };
    let swedish = laws(Jurisdiction::Sweden);
    for law in [
        "Skatteförfarandelagen (2011:1244)",
        "Lagen (1991:1047) om sjuklön",
        "lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning 3 kap. 2 §",
    ] {
        assert!(swedish.contains(law), "SE personnel cites {law}: {swedish}");
    }
    let finnish = laws(Jurisdiction::Finland);
    for law in [
        "Ennakkoperintälaki (1118/1996)",
        "laki tulotietojärjestelmästä (53/2018)",
        "Työsopimuslaki (55/2001) 2 luku 11 §",
    ] {
        assert!(finnish.contains(law), "FI personnel cites {law}: {finnish}");
    }
    assert!(!swedish.contains("759/2004") && !finnish.contains("2011:1244"));
}

#[test]
fn finnish_personnel_file_is_not_kept_ten_years_whole() {
    let document = company(Jurisdiction::Finland, "personnel");
    let rules = &document.retention_rules;
    let by_law = |law: &str| {
        rules
            .iter()
            .filter(|r| r.period.fi.contains(law))
            .collect::<Vec<_>>()
    };
    // Ten years only for what a work certificate needs.
    let certificate = by_law("6 luku 7 §");
    assert_eq!(certificate.len(), 1);
    assert!(certificate[0]
        .period
        .fi
        .contains("Työsuhteen kestoa ja työtehtäviä koskevat tiedot: 10 vuotta"));
    assert!(certificate[0]
        .routine
        .fi
        .contains("Työtodistusta varten säilytetään vain"));
    // The rest two years, for the claims period of the Employment Contracts Act.
    let claims = by_law("13 luku 9 §");
    assert_eq!(claims.len(), 1);
    assert!(claims[0]
        .period
        .fi
        .contains(": Kaksi vuotta työsuhteen päättymisestä"));
    // Health data apart, destroyed as soon as there is no ground.
    let health = by_law("759/2004, 5 §");
    assert_eq!(health.len(), 1);
    assert!(
        health[0].period.fi.contains("erillään") && health[0].period.fi.contains("hävitetään heti")
    );
    // Holiday records under the Annual Holidays Act.
    assert_eq!(by_law("Vuosilomalaki (162/2005) 29 ja 34 §").len(), 1);
    assert!(!rules
        .iter()
        .any(|r| r.routine.fi.contains("Henkilöstökansio poistetaan")));

    let swedish = company(Jurisdiction::Sweden, "personnel");
    assert!(!swedish
        .retention_rules
        .iter()
        .any(|r| r.period.sv.contains("55/2001")
            || r.period.sv.contains("162/2005")
            || r.period.sv.contains("759/2004")));
    assert!(swedish.retention_rules.iter().any(|r| r
        .period
        .sv
        .starts_with("Läkarintyg och försäkringar om sjukdom förvaras åtskilda")));
}

#[test]
fn swedish_working_time_records_cite_the_regulations_in_force() {
    let document = company(Jurisdiction::Sweden, "personnel");
    let periods = all_languages(document.retention_rules.iter().map(|r| &r.period));
    assert!(periods.contains("AFS 2023:2"), "{periods}");
    assert!(
        !periods.contains("AFS 1982:17"),
        "AFS 1982:17 was replaced on 1 January 2025"
    );
}

// --- Bookkeeping -------------------------------------------------------------

#[test]
fn bookkeeping_has_a_contract_purpose_and_a_legal_obligation_purpose() {
    for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
        let document = company(country, "bookkeeping");
        let bases: Vec<(LegalBasis, &Purpose)> = document
            .purposes
            .iter()
            .flat_map(|p| {
                p.legal_bases
                    .iter()
                    .filter_map(move |c| c.basis.map(|b| (b, p)))
            })
            .collect();
        let contract = bases
            .iter()
            .find(|(b, _)| *b == LegalBasis::Contract)
            .expect("invoicing and paying rest on the contract");
        assert!(contract
            .1
            .description
            .en
            .starts_with("Invoicing and paying"));
        let obligation = bases
            .iter()
            .find(|(b, _)| *b == LegalBasis::LegalObligation)
            .expect("keeping the books rests on the law");
        assert!(obligation
            .1
            .description
            .en
            .starts_with("Recording the business transactions"));
        assert!(!obligation.1.description.en.contains("Invoicing"));
        assert_eq!(
            document.registers[0].provision_requirement,
            Some(ProvisionRequirement::NeededForContract),
            "{country:?}: the accounting act binds the company, not its customers"
        );
        let printed = notice(&document, Language::Fi);
        assert_prints(
            &printed,
            "mutta se ei velvoita sinua antamaan tietoja",
            &format!("{country:?} bookkeeping, fi"),
        );
        assert_prints(
            &printed,
            "Laskuttaminen ja maksaminen asiakkaan tai toimittajan kanssa tehdyn sopimuksen mukaisesti",
            &format!("{country:?} bookkeeping, fi"),
        );
    }
    let swedish = notice(&company(Jurisdiction::Sweden, "bookkeeping"), Language::Sv);
    assert_prints(&swedish, "Skatteverket", "SE bookkeeping, sv");
    assert_never(&swedish, "Skattemyndigheten", "SE bookkeeping, sv");
    let finland_swedish = notice(&company(Jurisdiction::Finland, "bookkeeping"), Language::Sv);
    assert_prints(
        &finland_swedish,
        "Skatteförvaltningen",
        "FI bookkeeping, sv",
    );
    assert_never(&finland_swedish, "Skattemyndigheten", "FI bookkeeping, sv");
    assert_never(&finland_swedish, "Skatteverket", "FI bookkeeping, sv");
}

// --- Newsletter --------------------------------------------------------------

#[test]
fn newsletter_withdrawal_and_objection_need_no_identity_check() {
    for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
        let document = company(country, "newsletter");
        for right in [
            DataSubjectRight::WithdrawConsent,
            DataSubjectRight::Objection,
        ] {
            let procedure = document
                .rights_procedures
                .iter()
                .find(|p| p.right == right)
                .expect("a procedure for the right");
            assert!(procedure
                .channel
                .en
                .starts_with("Use the unsubscribe link in every newsletter."));
            assert!(procedure.identity_check.en.starts_with("No identity check"));
            assert!(!procedure
                .identity_check
                .fi
                .contains("Tarkistamme henkilöllisyytesi"));
        }
        let finnish = notice(&document, Language::Fi);
        assert_prints(
            &finnish,
            "Napsauta tilauksen peruutuslinkkiä, joka on jokaisessa uutiskirjeessä.",
            &format!("{country:?} newsletter, fi"),
        );
        assert_prints(
            &finnish,
            "Henkilöllisyyttä ei tarkisteta: linkki tai viestisi riittää",
            &format!("{country:?} newsletter, fi"),
        );
        assert_prints(
            &finnish,
            "Tietosuoja-asetuksen 7 artiklan 3 kohta",
            &format!("{country:?} newsletter, fi"),
        );
        assert_prints(
            &finnish,
            "Tietosuoja-asetuksen 21 artiklan 2 ja 3 kohta",
            &format!("{country:?} newsletter, fi"),
        );
    }
    let swedish = notice(&company(Jurisdiction::Sweden, "newsletter"), Language::Sv);
    assert_prints(
        &swedish,
        "Ingen identitetskontroll: länken eller ditt meddelande räcker",
        "SE newsletter, sv",
    );
    assert_prints(
        &swedish,
        "Marknadsföringslagen (2008:486)",
        "SE newsletter, sv",
    );
    let finnish = notice(&company(Jurisdiction::Finland, "newsletter"), Language::Fi);
    assert_prints(
        &finnish,
        "Laki sähköisen viestinnän palveluista (917/2014) 200 §",
        "FI newsletter, fi",
    );
}

// --- Job applicants ----------------------------------------------------------

#[test]
fn job_applicants_are_told_what_is_needed_and_what_follows_not_that_nothing_is_required() {
    for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
        let document = company(country, "job_applicants");
        assert_eq!(
            document.registers[0].provision_requirement,
            Some(ProvisionRequirement::NeededForContract),
            "{country:?}"
        );
        let printed = notice(&document, Language::En);
        assert_never(
            &printed,
            "You are not obliged to provide the data.",
            &format!("{country:?} job applicants"),
        );
        assert_prints(
            &printed,
            "Without a name and contact details we cannot handle your application or contact you.",
            &format!("{country:?} job applicants"),
        );
    }
}

#[test]
fn no_template_says_nothing_is_required_while_an_item_is_mandatory_without_saying_what_follows() {
    for template in kirjuri_model::templates::templates() {
        for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
            let document = company(country, &template.id);
            let register = &document.registers[0];
            let mandatory = document
                .data_items
                .iter()
                .any(|i| i.requirement == Some(ItemRequirement::Mandatory));
            if mandatory {
                assert!(
                    Language::ALL.iter().all(|l| !register
                        .consequence_of_not_providing
                        .get(*l)
                        .trim()
                        .is_empty()),
                    "{} {country:?}: mandatory items need the consequence of not giving them",
                    template.id
                );
            }
            if register.provision_requirement == Some(ProvisionRequirement::Statutory) {
                panic!(
                    "{} {country:?}: no template's data are all required by law",
                    template.id
                );
            }
        }
    }
}

#[test]
fn swedish_job_applications_are_kept_a_concrete_period_under_the_codetermination_act() {
    let document = company(Jurisdiction::Sweden, "job_applicants");
    let period = &document.retention_rules[0].period.sv;
    assert!(
        // What is kept, then for how long.
        period.starts_with(
            "Anspråk på grund av diskriminering vid rekrytering: Två år från beslutet om vem som anställdes, därefter raderas ansökan"
        ),
        "{period}"
    );
    assert!(
        period.contains("inom fyra månader") && period.contains("senast två år efter beslutet")
    );
    assert!(
        period.contains("tre månader från förhandlingens slut"),
        "65 §: {period}"
    );
    assert!(
        !period.contains("äga rum inom två år"),
        "the negotiation need not be held within two years: {period}"
    );
    let finnish = company(Jurisdiction::Finland, "job_applicants");
    let period = &finnish.retention_rules[0].period.fi;
    assert!(
        period.starts_with(
            "Rekrytointisyrjintään perustuvat hyvitysvaatimukset: Vuosi siitä, kun hakija sai tiedon valintapäätöksestä"
        ),
        "{period}"
    );
    assert!(period.contains("minkä jälkeen hakemus poistetaan"));
}

// --- Web shop ----------------------------------------------------------------

#[test]
fn swedish_web_shop_keeps_data_for_the_consumer_complaint_period_and_names_a_payment_provider() {
    let document = company(Jurisdiction::Sweden, "webshop_customers");
    let periods = all_languages(document.retention_rules.iter().map(|r| &r.period));
    assert!(
        periods.contains("Konsumentköplagen (2022:260) 5 kap. 2 §"),
        "{periods}"
    );
    assert!(periods.contains("högst tre år från att varan togs emot"));
    assert!(
        !periods.contains("Preskriptionslagen"),
        "the 10-year limitation does not count from the end of the customer relationship"
    );
    for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
        let document = company(country, "webshop_customers");
        let printed = notice(&document, Language::En);
        assert_prints(
            &printed,
            "The payment service provider that handles the payment",
            &format!("{country:?} web shop"),
        );
    }
}

// --- Periods -----------------------------------------------------------------

/// Every catalogue period a template copies into a notice states an end, in
/// every language: a statutory minimum alone ("at least 6 years") is not a
/// retention period (Art. 13(2)(a)).
#[test]
fn every_catalogue_period_a_template_uses_states_an_end() {
    let ends = [
        ("poistetaan", Language::Fi),
        ("hävitetään", Language::Fi),
        ("poistetaan sitten", Language::Fi),
        ("raderas", Language::Sv),
        ("förstörs", Language::Sv),
        ("deleted", Language::En),
        ("destroyed", Language::En),
    ];
    let templates: serde_json::Value = serde_json::from_str(TEMPLATES_JSON).expect("valid JSON");
    let mut used = Vec::new();
    for template in templates["templates"].as_array().expect("templates") {
        for retention in template["retention"].as_array().expect("retention") {
            if let Some(catalogue) = retention["catalogue"].as_object() {
                used.extend(
                    catalogue
                        .values()
                        .filter_map(|k| k.as_str().map(str::to_string)),
                );
            }
        }
    }
    used.sort();
    used.dedup();
    assert!(used.len() >= 12, "{used:?}");
    for key in &used {
        let period = retention_period(key).unwrap_or_else(|| panic!("{key} is catalogued"));
        for language in Language::ALL {
            let text = period.period.get(language);
            for minimum in ["Vähintään", "Minst", "At least"] {
                assert!(!text.starts_with(minimum), "{key} {language}: {text}");
            }
            assert!(
                ends.iter()
                    .any(|(end, l)| *l == language && text.contains(end)),
                "{key} {language} states no end: {text}"
            );
        }
    }
    // The gaps the issue named are filled: Finnish annual holiday records.
    assert!(used.iter().any(|k| k == "fi-annual-holiday-records"));
    let holidays = retention_period("fi-annual-holiday-records").expect("catalogued");
    assert!(holidays.law.fi.contains("Vuosilomalaki (162/2005)"));
}

#[test]
fn every_catalogue_period_was_checked_and_the_camera_periods_name_the_edpb_paragraph() {
    let file: serde_json::Value = serde_json::from_str(RETENTION_JSON).expect("valid JSON");
    for period in file["periods"].as_array().expect("periods") {
        let sources = period["sources"].as_array().expect("sources");
        assert!(!sources.is_empty(), "{}", period["id"]);
        for source in sources {
            let checked = source["checked"].as_str().expect("a check date");
            assert!(
                NaiveDate::parse_from_str(checked, "%Y-%m-%d").is_ok(),
                "{}",
                period["id"]
            );
        }
    }
    for key in ["fi-camera-recordings", "se-camera-recordings"] {
        let period = retention_period(key).expect("catalogued");
        assert!(
            period.law.en.contains("Guidelines 3/2019, paragraph 121"),
            "{key}"
        );
        assert!(period
            .sources
            .iter()
            .any(|s| s.url.contains("edpb.europa.eu") && s.checked == "2026-12-06"));
    }
}

// --- Wording -----------------------------------------------------------------

#[test]
fn the_template_data_use_the_authorities_and_insurers_real_names() {
    for wrong in [
        "Skattemyndigheten",
        "regelbundet",
        "Eläke- ja tapaturmavakuuttaja",
        "Pensions- och olycksfallsförsäkringsgivare",
    ] {
        assert!(
            !TEMPLATES_JSON.contains(wrong),
            "register_templates.json says {wrong:?}"
        );
        assert!(
            !RETENTION_JSON.contains(wrong),
            "retention_periods.json says {wrong:?}"
        );
    }
}
