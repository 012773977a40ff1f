//! The fixed words of the workbook (sheet names, column headers, yes/no, the
//! names of record kinds) in Swedish, Finnish and English. Enumerated values of
//! the model are not here: they come from `Vocabulary::label`, and user text
//! comes from the document.

use kirjuri_model::{Language, RecordKind};

crate::labels::labels! {
/// A fixed text of the workbook.
pub(super) enum Label {
    // The document's properties (its title is `crate::labels::Label::RecordTitle`, shared with the PDF).
    Subject: [
        "Register över behandling enligt artikel 30 i dataskyddsförordningen",
        "Seloste käsittelytoimista tietosuoja-asetuksen 30 artiklan mukaisesti",
        "Record of processing activities under Article 30 of the GDPR"
    ],
    Keywords: [
        "GDPR, dataskyddsförordningen, artikel 30, register över behandling",
        "GDPR, tietosuoja-asetus, 30 artikla, seloste käsittelytoimista",
        "GDPR, Article 30, record of processing activities"
    ],

    // Sheet names: at most 31 characters, none of []:*?/\ (an Excel rule).
    SheetOrganisation: ["Organisation", "Organisaatio", "Organisation"],
    SheetRegisters: ["Register", "Rekisterit", "Registers"],
    SheetDataItems: ["Datainnehåll", "Tietosisältö", "Data items"],
    SheetProcessors: ["Biträden och system", "Käsittelijät ja järjestelmät", "Processors and systems"],
    SheetTransfers: ["Överföringar till tredjeland", "Siirrot kolmansiin maihin", "Transfers to third countries"],
    SheetAccess: ["Behörigheter", "Käyttöoikeudet", "Access matrix"],
    SheetRetention: ["Lagringstider och gallring", "Säilytysajat ja poistaminen", "Retention schedule"],
    SheetFindings: ["Anmärkningar", "Havainnot", "Findings"],
    SheetSources: ["Uppgiftskällor", "Tietolähteet", "Sources"],
    SheetDisclosures: ["Mottagare och utlämnanden", "Vastaanottajat ja luovutukset", "Recipients and disclosures"],
    SheetRights: ["Rättighetsrutiner", "Oikeuksien toteuttaminen", "Rights procedures"],
    SheetPeople: ["Personer", "Henkilöt", "People"],
    SheetCookies: ["Kakor", "Evästeet", "Cookies"],

    // Organisation sheet.
    Field: ["Uppgift", "Tieto", "Field"],
    Value: ["Värde", "Arvo", "Value"],
    Name: ["Namn", "Nimi", "Name"],
    BusinessId: ["Organisationsnummer (FO-nummer)", "Y-tunnus", "Business ID"],
    VatNumber: ["Momsregistreringsnummer", "ALV-numero", "VAT number"],
    Address: ["Adress", "Osoite", "Address"],
    Phone: ["Telefon", "Puhelin", "Phone"],
    Email: ["E-post", "Sähköposti", "E-mail"],
    Website: ["Webbplats", "Verkkosivusto", "Website"],
    Country: ["Land", "Maa", "Country"],
    StaffCount: ["Antal anställda", "Henkilöstön määrä", "Number of staff"],
    Dpo: ["Dataskyddsombud", "Tietosuojavastaava", "Data protection officer"],
    NoDpo: ["Inget dataskyddsombud utsett", "Tietosuojavastaavaa ei ole nimetty", "No data protection officer appointed"],
    JointControllers: ["Gemensamt personuppgiftsansvariga", "Yhteisrekisterinpitäjät", "Joint controllers"],
    Representative: ["Företrädare", "Edustaja", "Representative"],
    SupervisoryAuthority: ["Tillsynsmyndighet", "Valvontaviranomainen", "Supervisory authority"],
    Version: ["Version", "Versio", "Version"],
    LastChanged: ["Senast ändrad", "Viimeksi muutettu", "Last changed"],
    DocumentCreated: ["Dokumentet skapat", "Asiakirja laadittu", "Document created"],
    DocumentUpdated: ["Dokumentet uppdaterat", "Asiakirja päivitetty", "Document updated"],
    PrintedOn: ["Utskriven", "Tulostettu", "Printed on"],
    IncidentSteps: ["Rutin vid personuppgiftsincident", "Tietoturvaloukkauksen käsittely", "Personal data breach routine"],
    DecidedBy: ["Beslutar om anmälan", "Päättää ilmoituksista", "Decides on notifications"],
    NotifyAuthority: ["Anmälan till tillsynsmyndigheten inom 72 timmar", "Ilmoitus valvontaviranomaiselle 72 tunnin kuluessa", "Authority notified within 72 hours"],
    InformDataSubjects: ["De registrerade informeras vid hög risk", "Rekisteröidyille ilmoitetaan, jos riski on korkea", "Data subjects told when the risk is high"],
    BreachLog: ["Incidentlogg", "Loukkausloki", "Breach log"],
    PostIncidentReview: ["Uppföljning efter incident", "Jälkiarviointi", "Post-incident review"],

    // Registers sheet.
    Register: ["Register", "Rekisteri", "Register"],
    Role: ["Roll", "Rooli", "Role"],
    BusinessFunction: ["Verksamhetsfunktion / ansvarig", "Toiminto / vastuuhenkilö", "Business function / owner"],
    Purpose: ["Ändamål", "Käyttötarkoitus", "Purpose"],
    LegalBasis: ["Rättslig grund (art. 6)", "Oikeusperuste (6 art.)", "Legal basis (Art. 6)"],
    LegitimateInterest: ["Berättigat intresse", "Oikeutettu etu", "Legitimate interest"],
    Article9Condition: ["Villkor enligt art. 9", "9 artiklan edellytys", "Art. 9 condition"],
    DataSubjects: ["Kategorier av registrerade", "Rekisteröityjen ryhmät", "Categories of data subjects"],
    PersonalData: ["Kategorier av personuppgifter", "Henkilötietoryhmät", "Categories of personal data"],
    SpecialCategories: ["Särskilda kategorier av personuppgifter", "Erityiset henkilötietoryhmät", "Special categories of personal data"],
    Sources: ["Uppgiftskällor", "Tietolähteet", "Sources"],
    Recipients: ["Mottagare", "Vastaanottajat", "Recipients"],
    ProcessorsAndSystems: ["Personuppgiftsbiträden och system", "Käsittelijät ja järjestelmät", "Processors and systems"],
    ThirdCountries: ["Tredjeländer", "Kolmannet maat", "Third countries"],
    TransferMechanism: ["Överföringsmekanism", "Siirtoperuste", "Transfer mechanism"],
    Retention: ["Lagringstid", "Säilytysaika", "Retention"],
    SecurityMeasures: ["Säkerhetsåtgärder", "Turvatoimet", "Security measures"],
    RightsProcedure: ["De registrerades rättigheter", "Rekisteröityjen oikeudet", "Rights procedure"],
    ProvisionRequirement: ["Skyldighet att lämna uppgifter", "Velvollisuus antaa tiedot", "Requirement to provide the data"],
    AutomatedDecisions: ["Automatiserat beslutsfattande", "Automatisoidut päätökset", "Automated decisions"],
    Dpia: ["Konsekvensbedömning (DPIA)", "Vaikutustenarviointi (DPIA)", "DPIA"],
    LastUpdated: ["Senast uppdaterad", "Päivitetty", "Last updated"],
    Created: ["Upprättad", "Laadittu", "Created"],
    StorageLocations: ["Förvaring", "Säilytyspaikat", "Storage locations"],
    OnPaper: ["i pappersform", "paperilla", "on paper"],
    DirectMarketing: ["Direktmarknadsföring", "Suoramarkkinointi", "Direct marketing"],
    NoTransfers: ["Inga överföringar utanför EU/EES", "Ei siirtoja EU:n tai ETA:n ulkopuolelle", "No transfers outside the EU/EEA"],
    NotStated: ["ej angiven", "ei ilmoitettu", "not stated"],

    // Data items sheet.
    Group: ["Grupp", "Ryhmä", "Group"],
    Item: ["Uppgift", "Tieto", "Item"],
    IsPersonalData: ["Personuppgift", "Henkilötieto", "Personal data"],
    Requirement: ["Obligatorisk / frivillig", "Pakollinen / vapaaehtoinen", "Mandatory / optional"],
    SpecialCategory: ["Särskild kategori (art. 9)", "Erityinen henkilötietoryhmä (9 art.)", "Special category (Art. 9)"],
    Flags: ["Kännetecken", "Ominaisuudet", "Flags"],
    ConsequenceIfNotGiven: ["Följd om uppgiften inte lämnas", "Seuraus, jos tietoa ei anneta", "Consequence if not given"],
    NeedForNationalId: ["Behov av personnummer", "Henkilötunnuksen tarve", "Need for a national ID number"],
    FlagCriminalOffence: ["Lagöverträdelser (art. 10)", "Rikostuomiot ja rikokset (10 art.)", "Criminal offences (Art. 10)"],
    FlagNationalId: ["Personnummer", "Henkilötunnus", "National ID number"],
    FlagFinancial: ["Ekonomiska uppgifter", "Taloudelliset tiedot", "Financial data"],
    FlagFreeText: ["Fritext", "Vapaa teksti", "Free text"],
    FlagOnlineIdentifier: ["Online-identifierare", "Verkkotunniste", "Online identifier"],
    FlagCredentials: ["Inloggningsuppgifter", "Käyttäjätunnukset ja salasanat", "Credentials"],
    FlagConsent: ["Samtycke", "Suostumus", "Consent record"],

    // Processors sheet.
    Vendor: ["Leverantör", "Toimittaja", "Vendor"],
    Product: ["Produkt / tjänst", "Tuote / palvelu", "Product / service"],
    Hosting: ["Drift", "Ylläpito", "Hosting"],
    Function: ["Funktion", "Käyttötarkoitus", "Function"],
    DataLocation: ["Var uppgifterna lagras", "Tietojen sijainti", "Data location"],
    DataHeld: ["Uppgifter i systemet", "Järjestelmän tiedot", "Data held"],
    UsedByRegisters: ["Används av register", "Käyttävät rekisterit", "Registers using it"],
    Agreement: ["Avtal", "Sopimus", "Agreement"],
    AgreementSigned: ["Avtalet undertecknat", "Sopimus allekirjoitettu", "Agreement signed"],
    AgreementReference: ["Avtalsreferens", "Sopimusviite", "Agreement reference"],

    // Sources, disclosures, rights, people and cookies.
    Kind: ["Typ", "Tyyppi", "Kind"],
    PublicSource: ["Offentlig källa", "Julkinen lähde", "Public source"],
    CollectionProcedure: ["Insamlingsrutin", "Keräystapa", "Collection procedure"],
    Recipient: ["Mottagare", "Vastaanottaja", "Recipient"],
    DataDisclosed: ["Uppgifter som lämnas ut", "Luovutettavat tiedot", "Data disclosed"],
    Why: ["Syfte", "Tarkoitus", "Why"],
    How: ["Sätt", "Tapa", "How"],
    Right: ["Rättighet", "Oikeus", "Right"],
    Channel: ["Hur man begär", "Miten pyydetään", "How to ask"],
    IdentityCheck: ["Identitetskontroll", "Henkilöllisyyden tarkistus", "Identity check"],
    DeadlineDays: ["Svarstid (dagar)", "Vastausaika (päivää)", "Deadline (days)"],
    ExtractFormat: ["Format", "Muoto", "Format"],
    Notes: ["Övrigt", "Muuta", "Notes"],
    Title: ["Titel", "Titteli", "Title"],
    Responsibilities: ["Uppdrag", "Tehtävät", "Responsibilities"],
    ContactPerson: ["Kontaktperson", "Yhteyshenkilö", "Contact person"],
    ResponsibleForDeletion: ["Ansvarig för gallring", "Vastuu poistamisesta", "Responsible for deletion"],
    Provider: ["Leverantör", "Tarjoaja", "Provider"],
    CookieClass: ["Kategori", "Luokka", "Class"],
    CookieDuration: ["Session / permanent", "Istunto / pysyvä", "Session / persistent"],
    Lifetime: ["Livslängd", "Voimassaoloaika", "Lifetime"],
    RequiresConsent: ["Kräver samtycke", "Vaatii suostumuksen", "Requires consent"],

    // Transfers sheet.
    Through: ["System eller mottagare", "Järjestelmä tai vastaanottaja", "System or recipient"],
    Documentation: ["Dokumentation av skyddsåtgärder", "Suojatoimien dokumentaatio", "Documentation of safeguards"],

    // Access matrix.
    People: ["Personer", "Henkilöt", "People"],
    Access: ["Åtkomst", "Pääsy", "Access"],
    GrantedBy: ["Beviljas av", "Myöntäjä", "Granted by"],

    // Retention schedule.
    DataGroup: ["Uppgiftsgrupp", "Tietoryhmä", "Data group"],
    WholeRegister: ["Hela registret", "Koko rekisteri", "Whole register"],
    Trigger: ["Utgångspunkt", "Alkamisperuste", "Trigger"],
    Period: ["Lagringstid", "Säilytysaika", "Period"],
    DeletionMethod: ["Raderingssätt", "Poistotapa", "Deletion method"],
    Routine: ["Gallringsrutin", "Poistorutiini", "Deletion routine"],
    Responsible: ["Ansvarig", "Vastuuhenkilö", "Responsible"],
    IntervalMonths: ["Intervall (månader)", "Väli (kuukautta)", "Interval (months)"],
    LastReviewed: ["Senast utförd", "Viimeksi tehty", "Last reviewed"],
    NextReview: ["Nästa gång", "Seuraava kerta", "Next review"],
    Overdue: ["Försenad", "Myöhässä", "Overdue"],

    // Findings.
    Severity: ["Allvarlighetsgrad", "Vakavuus", "Severity"],
    Record: ["Gäller", "Kohde", "Record"],
    Description: ["Beskrivning", "Kuvaus", "Description"],
    FindingAnswer: ["Besvarad", "Vastattu", "Answered"],
    NotApplicable: ["Inte tillämpligt", "Ei sovellu", "Not applicable"],
    AcceptedForNow: ["Godtaget tills vidare", "Hyväksytty toistaiseksi", "Accepted for now"],

    Yes: ["Ja", "Kyllä", "Yes"],
    No: ["Nej", "Ei", "No"],
}
}

impl Label {
    pub(super) fn yes_no(value: bool) -> Label {
        if value {
            Label::Yes
        } else {
            Label::No
        }
    }
}

/// "art. 6(1)(b)" in the language's order.
pub(super) fn article(reference: &str, language: Language) -> String {
    match language {
        Language::Sv => format!("art. {reference}"),
        Language::Fi => format!("{reference} art."),
        Language::En => format!("Art. {reference}"),
    }
}

/// The name of a kind of record, for the findings sheet.
pub(super) fn record_kind(kind: RecordKind, language: Language) -> &'static str {
    let [sv, fi, en] = match kind {
        RecordKind::Organisation => ["Organisation", "Organisaatio", "Organisation"],
        RecordKind::Person => ["Person", "Henkilö", "Person"],
        RecordKind::DataSubjectCategory => [
            "Kategori av registrerade",
            "Rekisteröityjen ryhmä",
            "Data subject category",
        ],
        RecordKind::Source => ["Uppgiftskälla", "Tietolähde", "Source"],
        RecordKind::Recipient => ["Mottagare", "Vastaanottaja", "Recipient"],
        RecordKind::Processor => [
            "Biträde eller system",
            "Käsittelijä tai järjestelmä",
            "Processor or system",
        ],
        RecordKind::StorageLocation => ["Lagringsplats", "Säilytyspaikka", "Storage location"],
        RecordKind::SecurityMeasure => ["Säkerhetsåtgärd", "Turvatoimi", "Security measure"],
        RecordKind::Cookie => ["Kaka", "Eväste", "Cookie"],
        RecordKind::Register => ["Register", "Rekisteri", "Register"],
        RecordKind::DataItemGroup => ["Uppgiftsgrupp", "Tietoryhmä", "Data item group"],
        RecordKind::DataItem => ["Uppgift", "Tieto", "Data item"],
        RecordKind::Purpose => ["Ändamål", "Käyttötarkoitus", "Purpose"],
        RecordKind::SystemLink => ["Systemkoppling", "Järjestelmäyhteys", "System link"],
        RecordKind::Disclosure => ["Utlämnande", "Luovutus", "Disclosure"],
        RecordKind::Transfer => ["Överföring", "Siirto", "Transfer"],
        RecordKind::AccessRole => [
            "Roll och behörighet",
            "Rooli ja käyttöoikeus",
            "Access role",
        ],
        RecordKind::RetentionRule => ["Lagringsregel", "Säilytyssääntö", "Retention rule"],
        RecordKind::RightsProcedure => [
            "Rättighetsrutin",
            "Oikeuksien toteuttaminen",
            "Rights procedure",
        ],
        RecordKind::DpiaScreening => [
            "Bedömning av behovet av konsekvensbedömning",
            "Vaikutustenarvioinnin tarpeen arviointi",
            "DPIA screening",
        ],
        RecordKind::Breach => [
            "Personuppgiftsincident",
            "Henkilötietojen tietoturvaloukkaus",
            "Personal data breach",
        ],
        RecordKind::DataSubjectRequest => [
            "Begäran från en registrerad",
            "Rekisteröidyn pyyntö",
            "Data subject request",
        ],
        RecordKind::ClientController => [
            "Personuppgiftsansvarig som vi är biträde åt",
            "Rekisterinpitäjä, jonka lukuun käsittelemme tietoja",
            "Controller we process for",
        ],
    };
    match language {
        Language::Sv => sv,
        Language::Fi => fi,
        Language::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
