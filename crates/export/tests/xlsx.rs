//! The Excel workbook read back with calamine: sheet names and headers in each
//! language, cell values of a small document built here and of the seed
//! fixtures in `tests/fixtures/`, text that looks like a formula staying text,
//! real dates in the retention schedule, and identical bytes for identical input.

use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use chrono::NaiveDate;
use kirjuri_export::{export_xlsx, ExportOptions};
use kirjuri_model::*;
use std::io::Cursor;
use std::path::PathBuf;

const MARKUP: &str = "<img src=x onerror=alert(1)>";

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn options(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: date(2026, 11, 23),
        last_changed: Some(date(2026, 11, 1)),
    }
}

fn text(sv: &str, fi: &str, en: &str) -> LocalizedText {
    LocalizedText::new(sv, fi, en)
}

fn claim(basis: LegalBasis) -> LegalBasisClaim {
    LegalBasisClaim {
        basis: Some(basis),
        data_subject_categories: Vec::new(),
        legitimate_interest: LocalizedText::default(),
        special_category_condition: None,
        law_reference: LocalizedText::default(),
    }
}

/// A small document that touches every sheet: a customer register with two
/// purposes, an empty register, a US system without a transfer mechanism, an
/// overdue deletion routine, and user text that looks like formulas or markup.
fn sample() -> Document {
    let mut doc = Document::new(text("Testbolaget Ab", "Testiyhtiö Oy", "Test Company Ltd"));
    doc.organisation.business_id = "1234567-8".into();
    doc.organisation.country = "FI".into();
    doc.organisation.phone = "+358 40 123 4567".into();
    doc.organisation.staff_count = Some(12);
    doc.organisation.version_label = "v. 2.1".into();
    doc.organisation.incident_routine.steps = vec![
        LocalizedText::same("Stäng av systemet"),
        LocalizedText::same("Meddela myndigheten"),
    ];
    doc.organisation
        .incident_routine
        .notify_authority_within_72_hours = true;

    let anna = Person {
        id: PersonId::new(),
        name: "Anna Andersson".into(),
        title: text("Dataskyddsombud", "Tietosuojavastaava", "DPO"),
        phone: "+358 50 111".into(),
        email: "anna@example.com".into(),
    };
    doc.organisation.dpo = Some(anna.id);
    let customers = DataSubjectCategory {
        id: DataSubjectCategoryId::new(),
        name: text("Kunder", "Asiakkaat", "Customers"),
    };
    let prospects = DataSubjectCategory {
        id: DataSubjectCategoryId::new(),
        name: text(
            "Potentiella kunder",
            "Potentiaaliset asiakkaat",
            "Prospects",
        ),
    };
    let source = Source {
        id: SourceId::new(),
        kinds: vec![SourceKind::DataSubject],
        name: LocalizedText::same(MARKUP),
        public: false,
        collection_procedure: LocalizedText::same("double opt-in"),
    };
    let chat = Processor {
        id: ProcessorId::new(),
        vendor: LocalizedText::same("Roger Wilco LLC"),
        product: "Chatra".into(),
        hosting: Hosting::ThirdParty,
        country: "US".into(),
        function: text("Chatt", "Chat", "Chat"),
        data_held: LocalizedText::same("@home"),
        agreement: Some(Agreement {
            kind: AgreementKind::TermsOfService,
            signed: Some(date(2025, 3, 14)),
            reference: "-avtal.pdf".into(),
        }),
        ..Processor::blank()
    };
    let tls = SecurityMeasure {
        id: SecurityMeasureId::new(),
        kind: Some(MeasureKind::Technical),
        description: text("TLS, krypterad anslutning", "TLS", "TLS"),
    };

    let mut crm = Register::new(text("Kundregister", "", "Customer register"));
    crm.business_function = LocalizedText::same("Försäljning");
    crm.contact_person = Some(anna.id);
    crm.data_subject_categories = vec![customers.id, prospects.id];
    crm.sources = vec![source.id];
    crm.security_measures = vec![tls.id];
    crm.last_updated = Some(date(2026, 1, 31));
    crm.description = LocalizedText::same("=SUM(A1:A2)");

    let empty = Register::new(text("Tomt register", "Tyhjä rekisteri", "Empty register"));

    let mut interest = claim(LegalBasis::LegitimateInterests);
    interest.legitimate_interest = LocalizedText::same("+46 8 123 456");
    let purposes = vec![
        Purpose {
            id: PurposeId::new(),
            register: crm.id,
            description: text("Kundservice", "Asiakaspalvelu", "Customer service"),
            legal_bases: vec![claim(LegalBasis::Contract)],
            direct_marketing: false,
        },
        Purpose {
            id: PurposeId::new(),
            register: crm.id,
            description: text("Nyhetsbrev", "Uutiskirje", "Newsletter"),
            legal_bases: vec![interest],
            direct_marketing: true,
        },
    ];
    let group = DataItemGroup {
        id: DataItemGroupId::new(),
        register: crm.id,
        name: text("Kontaktuppgifter", "Yhteystiedot", "Contact details"),
        personal_data: true,
    };
    let item = DataItem {
        id: DataItemId::new(),
        register: crm.id,
        group: Some(group.id),
        name: text("E-post", "Sähköposti", "E-mail"),
        requirement: Some(ItemRequirement::Mandatory),
        consequence_if_not_given: LocalizedText::same("-1"),
        flags: DataItemFlags {
            national_id: true,
            ..DataItemFlags::default()
        },
        special_category: Some(SpecialCategory::Health),
        need_for_national_id: LocalizedText::default(),
    };
    let link = SystemLink {
        id: SystemLinkId::new(),
        register: crm.id,
        processor: chat.id,
        data_items: vec![item.id],
        usage: LocalizedText::same("chatt på webbplatsen"),
    };
    let role = AccessRole {
        id: AccessRoleId::new(),
        register: crm.id,
        name: text("Administratör", "Ylläpitäjä", "Administrator"),
        people: vec![anna.id],
        permissions: vec![
            LocalizedText::same("Skapa användare"),
            LocalizedText::same("Radera kontakter"),
        ],
        change_logging: Some(ChangeLogging::Full),
        granted_by: LocalizedText::same("VD"),
    };
    let rule = RetentionRule {
        id: RetentionRuleId::new(),
        register: crm.id,
        group: None,
        trigger: RetentionTrigger::Inactivity,
        period: text("5 år", "5 vuotta", "5 years"),
        deletion_method: Some(DeletionMethod::Manual),
        routine: LocalizedText::same("Administratören raderar"),
        responsible: Some(anna.id),
        review_interval_months: Some(6),
        last_reviewed: Some(date(2026, 1, 15)),
    };
    let rights = RightsProcedure {
        id: RightsProcedureId::new(),
        register: crm.id,
        right: DataSubjectRight::Access,
        channel: LocalizedText::same("e-post"),
        identity_check: LocalizedText::default(),
        deadline_days: Some(30),
        format: LocalizedText::same("PDF"),
        notes: LocalizedText::default(),
        fee: LocalizedText::default(),
        frequency: LocalizedText::default(),
        refusal_grounds: LocalizedText::default(),
        law_reference: LocalizedText::default(),
    };

    doc.people.push(anna);
    doc.data_subject_categories.extend([customers, prospects]);
    doc.sources.push(source);
    doc.processors.push(chat);
    doc.security_measures.push(tls);
    doc.registers.extend([crm, empty]);
    doc.purposes.extend(purposes);
    doc.data_item_groups.push(group);
    doc.data_items.push(item);
    doc.system_links.push(link);
    doc.access_roles.push(role);
    doc.retention_rules.push(rule);
    doc.rights_procedures.push(rights);
    doc.validate().expect("the sample is consistent");
    doc
}

/// A workbook read back: every sheet's cells, in sheet order.
struct Book {
    sheets: Vec<(String, Range<Data>)>,
    formulas: usize,
}

impl Book {
    fn read(bytes: Vec<u8>) -> Book {
        let mut workbook: Xlsx<_> =
            open_workbook_from_rs(Cursor::new(bytes)).expect("a readable xlsx");
        let names = workbook.sheet_names();
        let mut sheets = Vec::new();
        let mut formulas = 0;
        for name in names {
            let range = workbook.worksheet_range(&name).expect("a readable sheet");
            assert_eq!(range.start(), Some((0, 0)), "sheet {name} starts at A1");
            let formula = workbook
                .worksheet_formula(&name)
                .expect("readable formulas");
            formulas += formula
                .used_cells()
                .filter(|(_, _, f)| !f.is_empty())
                .count();
            sheets.push((name, range));
        }
        Book { sheets, formulas }
    }

    fn export(document: &Document, language: Language) -> Book {
        Book::read(export_xlsx(document, &options(language)).expect("the export succeeds"))
    }

    fn names(&self) -> Vec<&str> {
        self.sheets.iter().map(|(name, _)| name.as_str()).collect()
    }

    fn sheet(&self, index: usize) -> &Range<Data> {
        &self.sheets[index].1
    }

    /// The header row of a sheet as strings.
    fn header(&self, index: usize) -> Vec<String> {
        let range = self.sheet(index);
        (0..range.width())
            .map(|c| cell_text(&range[(0, c)]))
            .collect()
    }

    /// The column under `header` in sheet `index`.
    fn column(&self, index: usize, header: &str) -> usize {
        self.header(index)
            .iter()
            .position(|h| h == header)
            .unwrap_or_else(|| panic!("no column {header:?} in {:?}", self.header(index)))
    }

    /// Every cell of every sheet as text (dates as yyyy-mm-dd).
    fn all_text(&self) -> Vec<String> {
        self.sheets
            .iter()
            .flat_map(|(_, range)| range.cells().map(|(_, _, cell)| cell_text(cell)))
            .collect()
    }

    fn contains(&self, needle: &str) -> bool {
        self.all_text().iter().any(|cell| cell.contains(needle))
    }
}

fn serial(date: NaiveDate) -> f64 {
    (date - NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()).num_days() as f64
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::DateTime(value) => {
            let serial = value.as_f64();
            let day =
                NaiveDate::from_ymd_opt(1899, 12, 30).unwrap() + chrono::Days::new(serial as u64);
            let minutes = (serial.fract() * 24.0 * 60.0).round() as u32;
            if minutes == 0 {
                day.format("%Y-%m-%d").to_string()
            } else {
                format!(
                    "{} {:02}:{:02}",
                    day.format("%Y-%m-%d"),
                    minutes / 60,
                    minutes % 60
                )
            }
        }
        Data::Float(value) if value.fract() == 0.0 => format!("{value:.0}"),
        other => other.to_string(),
    }
}

#[test]
fn sheet_names_follow_the_language() {
    let doc = sample();
    let expected: [(Language, [&str; 17]); 3] = [
        (
            Language::Sv,
            [
                "Organisation",
                "Register",
                "Datainnehåll",
                "Uppgiftskällor",
                "Mottagare och utlämnanden",
                "Biträden och system",
                "Överföringar till tredjeland",
                "Behörigheter",
                "Lagringstider och gallring",
                "Rättighetsrutiner",
                "Personer",
                "Kakor",
                "Brister",
                "Behov av konsekvensbedömning",
                "Personuppgiftsincidenter",
                "Begäranden från registrerade",
                "Register som biträde",
            ],
        ),
        (
            Language::Fi,
            [
                "Organisaatio",
                "Rekisterit",
                "Tietosisältö",
                "Tietolähteet",
                "Vastaanottajat ja luovutukset",
                "Käsittelijät ja järjestelmät",
                "Siirrot kolmansiin maihin",
                "Käyttöoikeudet",
                "Säilytysajat ja poistaminen",
                "Oikeuksien toteuttaminen",
                "Henkilöt",
                "Evästeet",
                "Puutteet",
                "Vaikutustenarvioinnin tarve",
                "Tietoturvaloukkaukset",
                "Rekisteröityjen pyynnöt",
                "Seloste käsittelijänä",
            ],
        ),
        (
            Language::En,
            [
                "Organisation",
                "Registers",
                "Data items",
                "Sources",
                "Recipients and disclosures",
                "Processors and systems",
                "Transfers to third countries",
                "Access matrix",
                "Retention schedule",
                "Rights procedures",
                "People",
                "Cookies",
                "Findings",
                "DPIA screening",
                "Personal data breaches",
                "Data subject requests",
                "Record as processor",
            ],
        ),
    ];
    for (language, names) in expected {
        assert_eq!(Book::export(&doc, language).names(), names, "{language}");
    }
}

#[test]
fn header_rows_are_localized_and_follow_article_30() {
    let doc = sample();
    let sv = Book::export(&doc, Language::Sv);
    assert_eq!(
        sv.header(1),
        [
            "Register",
            "Beskrivning",
            "Roll",
            "Verksamhet / ägare",
            "Ändamål",
            "Rättslig grund (art. 6)",
            "Berättigat intresse",
            "Villkor för särskilda kategorier av personuppgifter (art. 9.2)",
            "Lagrum för hela registret",
            "Kategorier av registrerade",
            "Kategorier av personuppgifter",
            "Särskilda kategorier av personuppgifter",
            "Uppgiftskällor",
            "Mottagare",
            "Personuppgiftsbiträden och system",
            "Tredjeländer",
            "Överföringsmekanism",
            "Lagringstid",
            "Förvaring",
            "Säkerhetsåtgärder",
            "De registrerades rättigheter",
            "Krav på att lämna uppgifterna",
            "Automatiserade beslut eller profilering",
            "Konsekvensbedömning (DPIA)",
            "Upprättad",
            "Version",
            "Senast uppdaterad",
            "Ändringar i denna information",
        ]
    );
    let fi = Book::export(&doc, Language::Fi);
    assert_eq!(
        fi.header(1)[..6],
        [
            "Rekisteri",
            "Kuvaus",
            "Rooli",
            "Toiminto / omistaja",
            "Käyttötarkoitus",
            "Oikeusperuste (6 art.)"
        ]
    );
    let en = Book::export(&doc, Language::En);
    assert_eq!(
        en.header(1)[..6],
        [
            "Register",
            "Description",
            "Role",
            "Business function / owner",
            "Purpose",
            "Legal basis (Art. 6)"
        ]
    );
    assert_eq!(en.header(0), ["Field", "Value"]);
    assert_eq!(
        en.header(8),
        [
            "Register",
            "Data group",
            "Trigger",
            "Period",
            "Deletion method",
            "Deletion routine",
            "Responsible",
            "Interval (months)",
            "Last reviewed",
            "Next review",
            "Overdue"
        ]
    );
    assert_eq!(
        en.header(12),
        [
            "Severity",
            "Register",
            "Record",
            "Field",
            "Description",
            "Answered"
        ]
    );
}

#[test]
fn the_organisation_sheet_is_label_and_value() {
    let book = Book::export(&sample(), Language::Sv);
    let sheet = book.sheet(0);
    let value = |label: &str| {
        let row = (0..sheet.height())
            .find(|r| cell_text(&sheet[(*r, 0)]) == label)
            .unwrap_or_else(|| panic!("no row {label:?}"));
        sheet[(row, 1)].clone()
    };
    assert_eq!(value("Namn"), Data::String("Testbolaget Ab".into()));
    assert_eq!(value("Land"), Data::String("Finland".into()));
    assert_eq!(value("Antal anställda"), Data::Float(12.0));
    assert_eq!(
        value("Dataskyddsombud"),
        Data::String("Anna Andersson\nDataskyddsombud\n+358 50 111\nanna@example.com".into())
    );
    assert!(cell_text(&value("Tillsynsmyndighet")).contains("Dataombudsmannens byrå"));
    assert_eq!(value("Version"), Data::String("v. 2.1".into()));
    // Left empty: said in words, never a bare dash.
    assert_eq!(
        value("Momsregistreringsnummer"),
        Data::String("Inte angivet".into())
    );
    assert_eq!(
        value("Rutin vid personuppgiftsincidenter"),
        Data::String("1. Stäng av systemet\n2. Meddela myndigheten".into())
    );
    assert_eq!(
        value("Anmälan till tillsynsmyndigheten inom 72 timmar"),
        Data::String("Ja".into())
    );
    match value("Utskriven") {
        Data::DateTime(printed) => assert_eq!(printed.as_f64(), serial(date(2026, 11, 23))),
        other => panic!("printed on is not a date: {other:?}"),
    }
    assert_eq!(cell_text(&value("Senast ändrad")), "2026-11-01");
}

#[test]
fn the_registers_sheet_has_one_row_per_register_and_purpose() {
    let book = Book::export(&sample(), Language::Sv);
    let sheet = book.sheet(1);
    assert_eq!(
        sheet.height(),
        4,
        "header, two purposes of the customer register, the empty register"
    );
    let at = |row: usize, header: &str| cell_text(&sheet[(row, book.column(1, header))]);

    assert_eq!(at(1, "Register"), "Kundregister");
    assert_eq!(at(2, "Register"), "Kundregister");
    assert_eq!(at(3, "Register"), "Tomt register");
    assert_eq!(at(1, "Ändamål"), "Kundservice");
    assert_eq!(at(2, "Ändamål"), "Nyhetsbrev\n(Direktmarknadsföring)");
    assert_eq!(at(1, "Rättslig grund (art. 6)"), "Avtal, art. 6.1 b");
    assert_eq!(
        at(2, "Rättslig grund (art. 6)"),
        "Berättigat intresse, art. 6.1 f"
    );
    assert_eq!(at(2, "Berättigat intresse"), "+46 8 123 456");
    // A contract needs no legitimate interest: not applicable, not a gap.
    assert_eq!(at(1, "Berättigat intresse"), "Inte tillämpligt");
    assert_eq!(
        at(1, "Verksamhet / ägare"),
        "Försäljning\nAnna Andersson, Dataskyddsombud"
    );
    // Lists are one entry per line, never joined with commas.
    assert_eq!(
        at(1, "Kategorier av registrerade"),
        "Kunder\nPotentiella kunder"
    );
    assert_eq!(at(1, "Kategorier av personuppgifter"), "Kontaktuppgifter");
    assert_eq!(
        at(1, "Särskilda kategorier av personuppgifter"),
        "Uppgifter om hälsa"
    );
    assert_eq!(
        at(1, "Personuppgiftsbiträden och system"),
        "Roger Wilco LLC (Chatra) — USA"
    );
    assert_eq!(at(1, "Tredjeländer"), "USA");
    assert_eq!(at(1, "Överföringsmekanism"), "USA: Inte angivet");
    assert_eq!(at(1, "Lagringstid"), "5 år (Inaktivitet)");
    assert_eq!(
        at(1, "Säkerhetsåtgärder"),
        "Teknisk: TLS, krypterad anslutning"
    );
    assert_eq!(
        at(1, "De registrerades rättigheter"),
        "Rätt till tillgång (registerutdrag): e-post"
    );
    // Never answered: said so, not "no".
    assert_eq!(
        at(1, "Automatiserade beslut eller profilering"),
        "Inte besvarat"
    );
    assert_eq!(at(1, "Konsekvensbedömning (DPIA)"), "Inte bedömt");
    assert_eq!(at(1, "Senast uppdaterad"), "2026-01-31");
    // The empty register is not dropped, and every empty answer says "not stated".
    for header in [
        "Ändamål",
        "Rättslig grund (art. 6)",
        "Kategorier av registrerade",
        "Lagringstid",
        "Senast uppdaterad",
    ] {
        assert_eq!(at(3, header), "Inte angivet", "{header}");
    }
    // Questions not answered say so; nothing is a bare dash.
    assert_eq!(at(3, "Mottagare"), "Inte besvarat");
    for row in 1..sheet.height() {
        for column in 0..sheet.width() {
            assert_ne!(
                cell_text(&sheet[(row, column)]),
                "—",
                "row {row}, column {column}"
            );
        }
    }
}

#[test]
fn the_other_sheets_hold_items_systems_transfers_access_and_findings() {
    let doc = sample();
    let book = Book::export(&doc, Language::En);

    let items = book.sheet(2);
    assert_eq!(items.height(), 2);
    let item = |header: &str| cell_text(&items[(1, book.column(2, header))]);
    assert_eq!(item("Item"), "E-mail");
    assert_eq!(item("Group"), "Contact details");
    assert_eq!(item("Mandatory / optional"), "Mandatory");
    assert_eq!(item("Special category (Art. 9)"), "Data concerning health");
    assert_eq!(item("Flags"), "National identity number");

    let processors = book.sheet(5);
    let processor = |header: &str| processors[(1, book.column(5, header))].clone();
    assert_eq!(cell_text(&processor("Vendor")), "Roger Wilco LLC");
    assert_eq!(cell_text(&processor("Country")), "United States");
    assert_eq!(
        cell_text(&processor("Registers using it")),
        "Customer register: chatt på webbplatsen"
    );
    assert_eq!(
        cell_text(&processor("Agreement")),
        "Vendor's standard terms"
    );
    assert!(matches!(processor("Agreement signed"), Data::DateTime(_)));

    let transfers = book.sheet(6);
    assert_eq!(
        transfers.height(),
        2,
        "the US system without a transfer record is listed"
    );
    assert_eq!(cell_text(&transfers[(1, 2)]), "Roger Wilco LLC (Chatra)");
    assert_eq!(cell_text(&transfers[(1, 3)]), "Not stated");

    let access = book.sheet(7);
    assert_eq!(
        book.header(7),
        [
            "Role",
            "People",
            "Granted by",
            "Customer register",
            "Empty register"
        ]
    );
    assert_eq!(cell_text(&access[(1, 0)]), "Administrator");
    assert_eq!(cell_text(&access[(1, 1)]), "Anna Andersson, DPO");
    assert_eq!(
        cell_text(&access[(1, 3)]),
        "Skapa användare\nRadera kontakter\n(All changes logged with who and when)"
    );
    // No role in the empty register: no access, which is nothing to state.
    assert_eq!(cell_text(&access[(1, 4)]), "");

    let findings = book.sheet(12);
    let expected = check(
        &doc,
        CheckOptions {
            as_of: date(2026, 11, 23),
            export_language: Some(Language::En),
        },
    );
    assert_eq!(findings.height(), expected.len() + 1);
    let transfer = (1..findings.height())
        .find(|r| cell_text(&findings[(*r, 4)]).contains("Roger Wilco LLC (Chatra)"))
        .expect("the transfer finding is listed");
    assert_eq!(cell_text(&findings[(transfer, 0)]), "Error");
    assert_eq!(cell_text(&findings[(transfer, 1)]), "Customer register");
    assert!(cell_text(&findings[(transfer, 2)]).starts_with("Linked system"));
}

#[test]
fn retention_dates_are_real_excel_dates() {
    let book = Book::export(&sample(), Language::Fi);
    let sheet = book.sheet(8);
    let at = |row: usize, header: &str| sheet[(row, book.column(8, header))].clone();
    match at(1, "Viimeksi tehty") {
        Data::DateTime(value) => assert_eq!(value.as_f64(), serial(date(2026, 1, 15))),
        other => panic!("not a date: {other:?}"),
    }
    match at(1, "Seuraava kerta") {
        Data::DateTime(value) => assert_eq!(value.as_f64(), serial(date(2026, 7, 15))),
        other => panic!("not a date: {other:?}"),
    }
    assert_eq!(at(1, "Myöhässä"), Data::String("Kyllä".into()));
    assert_eq!(at(1, "Väli (kuukautta)"), Data::Float(6.0));
    assert_eq!(at(1, "Tietoryhmä"), Data::String("Koko rekisteri".into()));
    assert_eq!(
        at(1, "Vastuuhenkilö"),
        Data::String("Anna Andersson, Tietosuojavastaava".into())
    );
    // The register without a rule is a visible gap.
    assert_eq!(cell_text(&at(2, "Rekisteri")), "Tyhjä rekisteri");
    assert_eq!(cell_text(&at(2, "Seuraava kerta")), "Ei ilmoitettu");
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let book = Book::export(&sample(), Language::Sv);
    assert_eq!(book.formulas, 0, "the workbook holds no formulas");
    let cells: Vec<Data> = book
        .sheets
        .iter()
        .flat_map(|(_, range)| range.cells().map(|(_, _, cell)| cell.clone()))
        .collect();
    for text in ["=SUM(A1:A2)", "+46 8 123 456", "-1", "@home", "-avtal.pdf"] {
        assert!(
            cells.contains(&Data::String(text.into())),
            "{text} is a string cell"
        );
    }
}

#[test]
fn markup_appears_literally() {
    let book = Book::export(&sample(), Language::Sv);
    assert!(book.all_text().iter().any(|cell| cell == MARKUP));
}

#[test]
fn a_missing_translation_is_shown_marked() {
    let book = Book::export(&sample(), Language::Fi);
    let sheet = book.sheet(1);
    // A name needs no translation: printed as it is, never marked "[sv]".
    assert_eq!(cell_text(&sheet[(1, 0)]), "Kundregister");
    let tagged: Vec<String> = book
        .all_text()
        .into_iter()
        .filter(|cell| cell.contains("[sv] Kundregister"))
        .collect();
    assert!(tagged.is_empty(), "{tagged:?}");
    assert!(book.contains("Teksti puuttuu suomeksi: rekisteri, kenttä ”Nimi”."));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let doc = sample();
    let first = export_xlsx(&doc, &options(Language::Sv)).unwrap();
    let second = export_xlsx(&doc, &options(Language::Sv)).unwrap();
    assert!(first == second, "two exports of one document differ");
    let later = ExportOptions {
        printed_on: date(2027, 1, 2),
        ..options(Language::Sv)
    };
    assert!(
        export_xlsx(&doc, &later).unwrap() != first,
        "the printed-on date is in the file"
    );
}

#[test]
fn an_empty_document_exports_with_headers_only() {
    let doc = Document::new(LocalizedText::default());
    for language in Language::ALL {
        let book = Book::export(&doc, language);
        assert_eq!(book.sheets.len(), 17);
        assert_eq!(book.sheet(1).height(), 1, "only the header row");
        // The breach, request and processor sheets too; the DPIA sheet has a row per register.
        for sheet in 14..17 {
            assert_eq!(book.sheet(sheet).height(), 1, "only the header row");
        }
        assert!(book.header(7).len() >= 3);
    }
}

fn fixture(name: &str) -> Option<(Document, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let json = std::fs::read_to_string(dir.join(format!("{name}.json"))).ok()?;
    let facts = std::fs::read_to_string(dir.join(format!("{name}.facts")))
        .expect("a fixture has its facts");
    let document = exchange::from_json(&json).unwrap_or_else(|e| panic!("{name}.json: {e}"));
    Some((document, facts))
}

/// Where a text occurs among the JSON's strings: in a value printed by the
/// Swedish workbook (a plain string or an `sv` value), or only in `fi` / `en`.
fn languages_holding(
    json: &serde_json::Value,
    needle: &str,
    key: Option<&str>,
    out: &mut Vec<Language>,
) {
    match json {
        serde_json::Value::String(s) if s.contains(needle) => out.push(match key {
            Some("fi") => Language::Fi,
            Some("en") => Language::En,
            _ => Language::Sv,
        }),
        serde_json::Value::Array(items) => items
            .iter()
            .for_each(|v| languages_holding(v, needle, key, out)),
        serde_json::Value::Object(fields) => fields
            .iter()
            .for_each(|(k, v)| languages_holding(v, needle, Some(k.as_str()), out)),
        _ => {}
    }
}

/// Every fact of a seed shows in some cell. A fact is a text of the record,
/// checked in the Swedish workbook — or, when the text exists only in a Finnish
/// or English value (a parallel company name), in that language's workbook. A
/// fact written as a JSON field (`"kind":"processor"`) is checked as the
/// label of its code, or the country's name, or the number; booleans and ids
/// have no text of their own and are skipped.
#[test]
fn every_fact_of_the_seed_fixtures_appears_in_a_cell() {
    let vocabularies = vocabularies_as_json();
    let mut checked = 0;
    for name in ["btb-plaza", "beebyte", "solteq"] {
        let Some((document, facts)) = fixture(name) else {
            eprintln!("tests/fixtures/{name}.json is not there yet; skipped");
            continue;
        };
        let json = serde_json::to_value(&document).unwrap();
        let books: Vec<(Language, Vec<String>)> = Language::ALL
            .iter()
            .map(|l| (*l, Book::export(&document, *l).all_text()))
            .collect();
        let in_book = |language: Language, needle: &str| {
            books
                .iter()
                .find(|(l, _)| *l == language)
                .is_some_and(|(_, cells)| cells.iter().any(|c| c.contains(needle)))
        };
        let mut missing = Vec::new();
        for line in facts
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (kind, fact) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{name}.facts: {line:?}"));
            let found = if let Some((field, value)) =
                fact.strip_prefix('"').and_then(|f| f.split_once("\":"))
            {
                let value: serde_json::Value = serde_json::from_str(value).expect("a JSON value");
                match value {
                    serde_json::Value::String(code) if field == "country" => {
                        in_book(Language::Sv, &geography::country_name(&code, Language::Sv))
                    }
                    serde_json::Value::String(code) if uuid_like(&code) => continue,
                    // "No" to transfers is said as a sentence, not as a bare "No".
                    serde_json::Value::String(code)
                        if field == "transfers_outside_eea" && code == "no" =>
                    {
                        in_book(Language::Sv, "Inga överföringar utanför EU/EES")
                    }
                    serde_json::Value::String(day)
                        if NaiveDate::parse_from_str(&day, "%Y-%m-%d").is_ok() =>
                    {
                        books[0].1.iter().any(|c| c.contains(&day))
                    }
                    serde_json::Value::String(code) => vocabularies
                        .as_object()
                        .unwrap()
                        .values()
                        .flat_map(|entries| entries.as_array().unwrap())
                        .filter(|entry| entry["code"] == code.as_str())
                        .any(|entry| in_book(Language::Sv, entry["sv"].as_str().unwrap())),
                    serde_json::Value::Number(number) => {
                        let number = number.to_string();
                        books[0].1.contains(&number)
                    }
                    _ => continue,
                }
            } else {
                let mut holders = Vec::new();
                languages_holding(&json, fact, None, &mut holders);
                let language = if holders.contains(&Language::Sv) || holders.is_empty() {
                    Language::Sv
                } else {
                    holders[0]
                };
                in_book(language, fact)
            };
            checked += 1;
            if !found {
                missing.push(format!("{kind}\t{fact}"));
            }
        }
        assert!(
            missing.is_empty(),
            "{name}: facts missing from the workbook:\n{}",
            missing.join("\n")
        );
    }
    eprintln!("{checked} facts checked");
}

fn uuid_like(text: &str) -> bool {
    text.len() == 36 && text.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// The XML of one part of an exported workbook.
fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("an xlsx is a zip");
    let mut file = archive.by_name(name).expect("the part exists");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut file, &mut xml).expect("UTF-8 XML");
    xml
}

#[test]
fn every_cell_wraps_its_text_and_is_top_aligned() {
    let bytes = export_xlsx(&sample(), &options(Language::Sv)).expect("the export succeeds");
    let styles = part(&bytes, "xl/styles.xml");
    let cell_formats = &styles[styles.find("<cellXfs").expect("cell formats")..];
    let cell_formats = &cell_formats[..cell_formats.find("</cellXfs>").expect("their end")];
    // One entry per `<xf`, in index order.
    let formats: Vec<&str> = cell_formats.split("<xf ").skip(1).collect();
    for sheet in 1..=13 {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
        let mut cells = 0;
        for cell in xml.split("<c r=\"").skip(1) {
            let cell = &cell[..cell.find('>').expect("a cell tag ends")];
            let style: usize = cell
                .split(" s=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .map_or(0, |s| s.parse().expect("a style number"));
            let format = formats[style];
            assert!(
                format.contains("wrapText=\"1\"") && format.contains("vertical=\"top\""),
                "sheet {sheet}, cell {cell}: style {style} is {format}"
            );
            cells += 1;
        }
        assert!(cells > 1, "sheet {sheet} has cells");
    }
}

#[test]
fn the_breach_and_request_logs_dpia_screening_and_processor_record_are_sheets() {
    let mut doc = sample();
    let register = doc.registers[0].id;
    // Discovered three weeks before the workbook is printed and never notified.
    let mut breach = Breach::new(text("Stulen telefon", "Varastettu puhelin", "Stolen phone"));
    breach.registers = vec![register];
    breach.discovered = date(2026, 11, 2).and_hms_opt(9, 30, 0);
    breach.approximate_people = Some(40);
    doc.breaches.push(breach);
    // Notified within the 72 hours.
    let mut notified = Breach::new(text(
        "Fel mottagare",
        "Väärä vastaanottaja",
        "Wrong recipient",
    ));
    notified.discovered = date(2026, 11, 10).and_hms_opt(8, 0, 0);
    notified.authority_notified = date(2026, 11, 11).and_hms_opt(12, 0, 0);
    doc.breaches.push(notified);
    let mut request = DataSubjectRequest::new();
    request.right = Some(DataSubjectRight::Erasure);
    request.requester = "Maija Meikäläinen".into();
    request.received = Some(date(2026, 10, 1));
    doc.data_subject_requests.push(request);
    let mut extended = DataSubjectRequest::new();
    extended.right = Some(DataSubjectRight::Access);
    extended.received = Some(date(2026, 10, 1));
    extended.extended = true;
    extended.extension_reason = text("Många begäranden", "Paljon pyyntöjä", "Many requests");
    doc.data_subject_requests.push(extended);
    let mut screening = DpiaScreening::new(register);
    screening
        .criteria
        .insert(DpiaCriterion::SystematicMonitoring, true);
    doc.dpia_screenings.push(screening);
    let mut client = ClientController::new(text("Kund Ab", "Asiakas Oy", "Client Ltd"));
    client.categories_of_processing = vec![text("Webbhotell", "Webhotelli", "Web hosting")];
    doc.client_controllers.push(client);
    let book = Book::export(&doc, Language::En);
    let names = book.names();
    let at = |name: &str| {
        names
            .iter()
            .position(|n| *n == name)
            .unwrap_or_else(|| panic!("no sheet {name}"))
    };
    let value = |sheet: usize, row: usize, header: &str| {
        cell_text(&book.sheet(sheet)[(row, book.column(sheet, header))])
    };

    let breaches = at("Personal data breaches");
    assert_eq!(book.sheet(breaches).height(), 3);
    // Times are real Excel date-times, not text, so they sort and filter as times.
    for header in ["Discovered", "Notify by (72 h)"] {
        let cell = &book.sheet(breaches)[(1, book.column(breaches, header))];
        assert!(matches!(cell, Data::DateTime(_)), "{header}: {cell:?}");
    }
    assert_eq!(value(breaches, 1, "Description"), "Stolen phone");
    assert_eq!(value(breaches, 1, "Notify by (72 h)"), "2026-11-05 09:30");
    assert_eq!(value(breaches, 1, "Overdue"), "Yes");
    assert_eq!(value(breaches, 1, "Authority notified"), "Not stated");
    assert_eq!(value(breaches, 1, "Approximate number of people"), "40");
    assert_eq!(value(breaches, 2, "Authority notified"), "2026-11-11 12:00");
    assert_eq!(value(breaches, 2, "Overdue"), "No");
    assert_eq!(value(breaches, 2, "Register"), "Not stated");

    let requests = at("Data subject requests");
    assert_eq!(
        value(requests, 1, "Right"),
        "Right to erasure (‘right to be forgotten’)"
    );
    assert_eq!(value(requests, 1, "Answer by"), "2026-11-01");
    assert_eq!(value(requests, 1, "Overdue"), "Yes");
    assert_eq!(value(requests, 1, "Extended (Art. 12(3))"), "Not stated");
    assert_eq!(value(requests, 1, "Requester"), "Maija Meikäläinen");
    assert_eq!(value(requests, 2, "Answer by"), "2027-01-01");
    assert_eq!(value(requests, 2, "Overdue"), "No");
    assert_eq!(value(requests, 2, "Extended (Art. 12(3))"), "Yes");
    assert_eq!(value(requests, 2, "Requester"), "Not stated");

    let dpia = at("DPIA screening");
    assert_eq!(book.sheet(dpia).height(), 1 + doc.registers.len());
    assert_eq!(
        value(dpia, 1, "Criteria met (WP248)"),
        "Systematic monitoring"
    );
    // One criterion answered of nine: not yet known, not "no".
    assert_eq!(value(dpia, 1, "DPIA required"), "Not answered");
    assert_eq!(value(dpia, 2, "Screened"), "Not screened");

    let processor = at("Record as processor");
    assert_eq!(value(processor, 1, "Controller"), "Client Ltd");
    assert_eq!(
        value(processor, 1, "Categories of processing"),
        "Web hosting"
    );
    assert_eq!(value(processor, 1, "Sub-processors"), "Not stated");

    // Nothing in these four sheets is a bare dash.
    for sheet in [breaches, requests, dpia, processor] {
        let range = book.sheet(sheet);
        for row in range.rows() {
            for cell in row {
                assert_ne!(cell_text(cell), "—", "sheet {}", names[sheet]);
            }
        }
    }
}

#[test]
fn breach_times_are_date_times_in_each_language_format() {
    let mut doc = sample();
    let mut breach = Breach::new(text("Stulen telefon", "Varastettu puhelin", "Stolen phone"));
    breach.discovered = date(2026, 11, 2).and_hms_opt(9, 30, 0);
    doc.breaches.push(breach);
    // Finland-Swedish writes dates and times the Finnish way.
    for (country, language, format) in [
        ("SE", Language::Sv, "yyyy-mm-dd hh:mm"),
        ("FI", Language::Sv, "d.m.yyyy h&quot;.&quot;mm"),
        ("FI", Language::Fi, "d.m.yyyy h&quot;.&quot;mm"),
        ("FI", Language::En, "d mmmm yyyy hh:mm"),
    ] {
        doc.organisation.country = country.into();
        let bytes = export_xlsx(&doc, &options(language)).expect("the export succeeds");
        let styles = part(&bytes, "xl/styles.xml");
        assert!(
            styles.contains(&format!("formatCode=\"{format}\"")),
            "{language:?}: no {format} in {styles}"
        );
        let book = Book::read(bytes);
        let sheet = book
            .names()
            .iter()
            .position(|n| n.contains("ncident") || n.contains("loukkau") || n.contains("breach"))
            .expect("the breach sheet");
        let discovered = &book.sheet(sheet)[(1, 2)];
        match discovered {
            Data::DateTime(value) => {
                let expected = serial(date(2026, 11, 2)) + (9.0 * 60.0 + 30.0) / (24.0 * 60.0);
                assert!(
                    (value.as_f64() - expected).abs() < 1e-9,
                    "{language:?}: {value:?}"
                );
            }
            other => panic!("{language:?}: the discovery time is {other:?}, not a date-time"),
        }
    }
}
