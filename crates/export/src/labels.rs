//! The fixed text of the exported documents in Swedish, Finnish and English:
//! headings, cover lines, table columns, the plain-language paragraphs of the
//! privacy notice, "page N / M" and dates in each language's form.
//!
//! Enumerated values (legal bases, rights, …) are not here: they carry their own
//! labels in `kirjuri_model::terminology`. Headings 1–13 of the privacy notice
//! follow `glossary.md` table A. Keep every sentence a data subject reads here,
//! in one place, so that a translator can check them side by side.

use chrono::{Datelike, NaiveDate};
use kirjuri_model::Language;

/// Declares an enum of fixed texts, each given in Swedish, Finnish and
/// English (`Name: ["sv", "fi", "en"]`) or taken from a document label
/// (`Name: (= DocumentLabel)`, so a term shared by the PDF and the workbook is
/// defined once), with `get(language)`, `shared()` and `ALL`. Used for the
/// documents' labels here and for the workbook's in `xlsx::labels`.
macro_rules! labels {
    (
        $(#[$enum_meta:meta])* $vis:vis enum $enum:ident {
            $( $(#[$meta:meta])* $name:ident : $texts:tt ),+ $(,)?
        }
    ) => {
        $(#[$enum_meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $enum { $( $(#[$meta])* $name ),+ }

        impl $enum {
            /// Every label, for tests that check all three languages are filled in.
            #[allow(dead_code)] // used by the tests
            $vis const ALL: &'static [$enum] = &[$($enum::$name),+];

            /// The text in `language`.
            $vis fn get(self, language: Language) -> &'static str {
                match self {
                    $($enum::$name => $crate::labels::label_text!($texts, language)),+
                }
            }

            /// The document label this one is defined as, if any.
            #[allow(dead_code)] // the documents' own labels are never shared
            $vis fn shared(self) -> Option<$crate::labels::Label> {
                match self {
                    $($enum::$name => $crate::labels::label_shared!($texts)),+
                }
            }
        }
    };
}
pub(crate) use labels;

/// The text of one entry of `labels!` in `$language`.
macro_rules! label_text {
    ([$sv:literal, $fi:literal, $en:literal], $language:ident) => {
        match $language {
            Language::Sv => $sv,
            Language::Fi => $fi,
            Language::En => $en,
        }
    };
    ((= $shared:ident), $language:ident) => {
        $crate::labels::Label::$shared.get($language)
    };
}
pub(crate) use label_text;

/// The document label one entry of `labels!` is defined as, if any.
macro_rules! label_shared {
    ([$($texts:tt)*]) => {
        None
    };
    ((= $shared:ident)) => {
        Some($crate::labels::Label::$shared)
    };
}
pub(crate) use label_shared;

labels! {
/// A fixed piece of document text.
pub enum Label {
    // The record of processing activities: cover and contents.
    RecordTitle: ["Register över behandling", "Seloste käsittelytoimista", "Record of processing activities"],
    RecordSubtitle: [
        "enligt artikel 30 i dataskyddsförordningen (GDPR)",
        "EU:n yleisen tietosuoja-asetuksen (GDPR) 30 artiklan mukainen",
        "under Article 30 of the General Data Protection Regulation (GDPR)"
    ],
    Contents: ["Innehåll", "Sisällys", "Contents"],
    BusinessId: ["FO-nummer", "Y-tunnus", "Business ID"],
    VatNumber: ["Momsregistreringsnummer", "ALV-tunniste", "VAT number"],
    Address: ["Adress", "Osoite", "Address"],
    Phone: ["Telefon", "Puhelin", "Phone"],
    Email: ["E-post", "Sähköposti", "E-mail"],
    Website: ["Webbplats", "Verkkosivusto", "Website"],
    Contact: ["Kontaktuppgifter", "Yhteystiedot", "Contact details"],
    Dpo: ["Dataskyddsombud", "Tietosuojavastaava", "Data protection officer"],
    Version: ["Version", "Versio", "Version"],
    LastChanged: ["Senast ändrad", "Viimeksi muutettu", "Last changed"],
    Printed: ["Utskriven", "Tulostettu", "Printed"],
    Registers: ["Register", "Rekisterit", "Registers"],
    NoRegisters: ["Inga register.", "Ei rekistereitä.", "No registers."],

    // The organisation section.
    Controller: ["Personuppgiftsansvarig", "Rekisterinpitäjä", "Controller"],
    Name: ["Namn", "Nimi", "Name"],
    Title: ["Titel", "Tehtävänimike", "Title"],
    StaffCount: ["Antal anställda", "Henkilöstön määrä", "Number of staff"],
    JointControllers: ["Gemensamt personuppgiftsansvariga", "Yhteisrekisterinpitäjät", "Joint controllers"],
    Representative: ["Företrädare", "Edustaja", "Representative"],
    SupervisoryAuthority: ["Tillsynsmyndighet", "Valvontaviranomainen", "Supervisory authority"],
    IncidentRoutine: [
        "Rutin vid personuppgiftsincidenter",
        "Henkilötietojen tietoturvaloukkausten käsittely",
        "Personal data breach routine"
    ],
    IncidentSteps: ["Steg", "Vaiheet", "Steps"],
    IncidentDecidedBy: ["Beslutar om anmälan", "Ilmoituksesta päättää", "Decides on notification"],
    NotifyWithin72Hours: [
        "Anmälan till tillsynsmyndigheten inom 72 timmar (art. 33)",
        "Ilmoitus valvontaviranomaiselle 72 tunnin kuluessa (33 art.)",
        "Notification to the supervisory authority within 72 hours (Art. 33)"
    ],
    InformOnHighRisk: [
        "Information till de registrerade vid hög risk (art. 34)",
        "Tiedottaminen rekisteröidyille korkean riskin tilanteessa (34 art.)",
        "Informing the data subjects when the risk is high (Art. 34)"
    ],
    BreachLog: ["Incidentlogg (art. 33.5)", "Loukkausloki (33.5 art.)", "Breach log (Art. 33(5))"],
    PostIncidentReview: ["Uppföljning efter en incident", "Jälkiarviointi", "Review after an incident"],
    Yes: ["Ja", "Kyllä", "Yes"],
    No: ["Nej", "Ei", "No"],
    Cookies: ["Kakor (cookies)", "Evästeet", "Cookies"],
    NoCookies: ["Inga kakor angivna.", "Evästeitä ei ole ilmoitettu.", "No cookies listed."],
    Provider: ["Leverantör", "Tarjoaja", "Provider"],
    CookieClass: ["Kategori", "Luokka", "Class"],
    Lifetime: ["Livslängd", "Voimassaolo", "Lifetime"],
    RequiresConsent: ["Kräver samtycke", "Vaatii suostumuksen", "Requires consent"],

    // A register's short facts.
    RoleInProcessing: ["Roll i behandlingen", "Rooli käsittelyssä", "Role in the processing"],
    ContactPerson: ["Kontaktperson", "Yhteyshenkilö", "Contact person"],
    DataSubjects: ["Registrerade", "Rekisteröidyt", "Data subjects"],
    LegalBasis: ["Rättslig grund", "Oikeusperuste", "Legal basis"],
    Retention: ["Lagringstid", "Säilytysaika", "Retention"],
    Created: ["Upprättad", "Laadittu", "Created"],
    LastUpdated: ["Senast uppdaterad", "Päivitetty", "Last updated"],
    BusinessFunction: ["Verksamhet / ägare", "Toiminto / omistaja", "Business function / owner"],
    AutomatedDecisions: [
        "Automatiserade beslut eller profilering",
        "Automatisoidut yksittäispäätökset tai profilointi",
        "Automated decisions or profiling"
    ],
    Dpia: ["Konsekvensbedömning (DPIA)", "Vaikutustenarviointi (DPIA)", "Impact assessment (DPIA)"],
    ProvisionRequirement: ["Krav på att lämna uppgifterna", "Velvollisuus antaa tiedot", "Requirement to provide the data"],
    ConsequenceOfNotProviding: [
        "Följd om uppgifterna inte lämnas",
        "Seuraus, jos tietoja ei anneta",
        "Consequence of not providing the data"
    ],
    Description: ["Beskrivning", "Kuvaus", "Description"],

    // A register's long facts, in Art. 30(1) order.
    Purposes: ["Ändamål och rättslig grund", "Käsittelyn tarkoitus ja oikeusperuste", "Purposes and legal basis"],
    DataSubjectCategories: ["Kategorier av registrerade", "Rekisteröityjen ryhmät", "Categories of data subjects"],
    PersonalData: ["Kategorier av personuppgifter", "Henkilötietoryhmät", "Categories of personal data"],
    Sources: ["Regelmässiga uppgiftskällor", "Säännönmukaiset tietolähteet", "Where the data come from"],
    Recipients: [
        "Mottagare och regelmässigt utlämnande av uppgifter",
        "Vastaanottajat ja tietojen säännönmukaiset luovutukset",
        "Recipients and regular disclosures"
    ],
    ProcessorsAndSystems: [
        "Personuppgiftsbiträden och system",
        "Henkilötietojen käsittelijät ja järjestelmät",
        "Processors and systems"
    ],
    Transfers: [
        "Överföring av uppgifter utanför EU/EES",
        "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
        "Transfers outside the EU/EEA"
    ],
    RetentionAndDeletion: ["Lagring och radering", "Säilytys ja poistaminen", "Retention and deletion"],
    SecurityMeasures: [
        "Tekniska och organisatoriska säkerhetsåtgärder",
        "Tekniset ja organisatoriset turvatoimet",
        "Technical and organisational measures"
    ],
    RolesAndAccess: ["Roller och behörigheter", "Roolit ja käyttöoikeudet", "Roles and access"],
    RightsProcedures: [
        "Rutiner för de registrerades rättigheter",
        "Rekisteröityjen oikeuksien toteuttaminen",
        "Procedures for the rights of data subjects"
    ],

    // Table columns and cell words.
    Purpose: ["Ändamål", "Käyttötarkoitus", "Purpose"],
    Interest: ["Intresse", "Etu", "Interest"],
    Art9Condition: [
        "Villkor för särskilda kategorier av personuppgifter (art. 9.2)",
        "Erityisten henkilötietoryhmien käsittelyperuste (9.2 art.)",
        "Condition for special categories of personal data (Art. 9(2))"
    ],
    LawReference: ["Lagrum", "Lainkohta", "Law reference"],
    AppliesTo: ["Gäller", "Koskee", "Applies to"],
    DirectMarketing: ["Direktmarknadsföring", "Suoramarkkinointi", "Direct marketing"],
    DataItem: ["Uppgift", "Tieto", "Data item"],
    Group: ["Grupp", "Ryhmä", "Group"],
    MandatoryOrOptional: ["Obligatorisk / frivillig", "Pakollinen / vapaaehtoinen", "Mandatory / optional"],
    Flags: ["Kännetecken", "Ominaisuudet", "Flags"],
    NotPersonalData: ["inte personuppgifter", "ei henkilötietoja", "not personal data"],
    OtherItems: ["Övriga uppgifter", "Muut tiedot", "Other data items"],
    IfNotGiven: ["Om uppgiften inte lämnas", "Jos tietoa ei anneta", "If not given"],
    SpecialCategory: ["Särskild kategori", "Erityinen henkilötietoryhmä", "Special category"],
    NationalId: ["Personbeteckning", "Henkilötunnus", "National identity number"],
    NeedForNationalId: ["Behov", "Tarve", "Need"],
    NeedForNationalIdNumber: ["Behov av personbeteckning", "Henkilötunnuksen tarve", "Need for a national ID number"],
    CriminalOffence: [
        "Uppgifter om lagöverträdelser (art. 10)",
        "Rikostuomioihin ja rikkomuksiin liittyvät tiedot (10 art.)",
        "Data relating to criminal convictions and offences (Art. 10)"
    ],
    Financial: ["Ekonomiska uppgifter", "Taloudelliset tiedot", "Financial data"],
    FreeText: ["Fritext", "Vapaa teksti", "Free text"],
    OnlineIdentifier: ["Onlineidentifikator", "Verkkotunniste", "Online identifier"],
    Credentials: ["Inloggningsuppgifter", "Tunnistautumistiedot", "Credentials"],
    ConsentRecord: ["Samtyckesuppgift", "Suostumustieto", "Consent record"],
    Source: ["Källa", "Lähde", "Source"],
    Kind: ["Typ", "Tyyppi", "Type"],
    CollectionProcedure: ["Insamling", "Keruutapa", "Collection"],
    PublicSource: ["offentlig källa", "julkinen lähde", "public source"],
    Recipient: ["Mottagare", "Vastaanottaja", "Recipient"],
    Country: ["Land", "Maa", "Country"],
    Data: ["Uppgifter", "Tiedot", "Data"],
    Method: ["Sätt", "Tapa", "Method"],
    Vendor: ["Leverantör", "Toimittaja", "Vendor"],
    Product: ["Produkt", "Tuote", "Product"],
    VendorAndProduct: ["Leverantör och produkt", "Toimittaja ja tuote", "Vendor and product"],
    Usage: ["Användning", "Käyttö", "Use"],
    DataSent: ["Uppgifter som förs dit", "Sinne siirrettävät tiedot", "Data sent"],
    Function: ["Funktion", "Toiminto", "Function"],
    DataHeld: ["Lagrade uppgifter", "Tallennetut tiedot", "Data held"],
    DataLocation: ["Lagringsplats", "Tallennuspaikka", "Data location"],
    Agreement: ["Avtal", "Sopimus", "Agreement"],
    NoAgreement: ["Inget avtal angivet", "Sopimusta ei ole ilmoitettu", "No agreement listed"],
    Signed: ["undertecknat", "allekirjoitettu", "signed"],
    TransferMechanism: ["Överföringsmekanism", "Siirtoperuste", "Transfer mechanism"],
    NotNeededInEea: ["behövs inte (EU/EES)", "ei tarpeen (EU/ETA)", "not needed (EU/EEA)"],
    RecipientOrSystem: ["Mottagare eller system", "Vastaanottaja tai järjestelmä", "Recipient or system"],
    Mechanism: ["Mekanism", "Siirtoperuste", "Mechanism"],
    Documentation: ["Dokumentation", "Dokumentaatio", "Documentation"],
    NoTransfers: [
        "Inga personuppgifter överförs till länder utanför EU/EES.",
        "Henkilötietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        "No personal data are transferred outside the EU/EEA."
    ],
    WholeRegister: ["Hela registret", "Koko rekisteri", "Whole register"],
    Period: ["Lagringstid", "Säilytysaika", "Period"],
    Trigger: ["Räknas från", "Alkamisperuste", "Counted from"],
    Routine: ["Rutin", "Menettely", "Routine"],
    Responsible: ["Ansvarig", "Vastuuhenkilö", "Responsible"],
    NextReview: ["Nästa översyn", "Seuraava tarkistus", "Next review"],
    Overdue: ["FÖRSENAD", "MYÖHÄSSÄ", "OVERDUE"],
    LastDone: ["senast", "viimeksi", "last done"],
    StorageLocations: ["Förvaringsplatser", "Säilytyspaikat", "Where the data are kept"],
    Paper: ["papper", "paperi", "paper"],
    TechnicalMeasures: ["Tekniska åtgärder", "Tekniset toimet", "Technical measures"],
    OrganisationalMeasures: ["Organisatoriska åtgärder", "Organisatoriset toimet", "Organisational measures"],
    PhysicalMeasures: ["Fysiska åtgärder", "Fyysiset toimet", "Physical measures"],
    Role: ["Roll", "Rooli", "Role"],
    People: ["Personer", "Henkilöt", "People"],
    Permissions: ["Behörigheter", "Oikeudet", "Permissions"],
    Logging: ["Loggning", "Lokitus", "Logging"],
    GrantedBy: ["Beviljas av", "Myöntäjä", "Granted by"],
    Right: ["Rättighet", "Oikeus", "Right"],
    HowTo: ["Så här gör man", "Näin toimitaan", "How"],
    IdentityCheck: ["Identitetskontroll", "Henkilöllisyyden tarkistus", "Identity check"],
    Deadline: ["Svarstid", "Vastausaika", "Deadline"],
    Format: ["Format", "Muoto", "Format"],
    Notes: ["Anmärkningar", "Huomautukset", "Notes"],

    // Annexes.
    Annex: ["Bilaga", "Liite", "Annex"],
    AnnexProcessors: ["Personuppgiftsbiträden och system", "Henkilötietojen käsittelijät ja järjestelmät", "Processors and systems"],
    AnnexAccessMatrix: ["Behörighetsmatris", "Käyttöoikeusmatriisi", "Access matrix"],
    AnnexRetention: ["Lagrings- och gallringsschema", "Säilytys- ja poistoaikataulu", "Retention schedule"],
    AnnexFindings: ["Öppna brister", "Avoimet puutteet", "Open findings"],
    PersonOrRole: ["Person eller roll", "Henkilö tai rooli", "Person or role"],
    NoRoles: ["Inga roller angivna.", "Rooleja ei ole ilmoitettu.", "No roles listed."],
    NoProcessors: ["Inga system angivna.", "Järjestelmiä ei ole ilmoitettu.", "No systems listed."],
    NoRetentionRules: ["Inga lagringsregler angivna.", "Säilytyssääntöjä ei ole ilmoitettu.", "No retention rules listed."],
    Register: ["Register", "Rekisteri", "Register"],
    Severity: ["Allvarlighet", "Vakavuus", "Severity"],
    Where: ["Var", "Kohde", "Where"],
    WhatToDo: ["Vad som ska göras", "Mitä pitää tehdä", "What to do"],
    NoFindings: ["Inga öppna brister.", "Ei avoimia puutteita.", "No open findings."],
    Organisation: ["Organisationen", "Organisaatio", "Organisation"],
    AnnexDpia: ["Konsekvensbedömning och senaste genomgång per register", "Vaikutustenarvioinnin tarve ja viimeisin katselmointi rekistereittäin", "DPIA screening and last review of each register"],
    AnnexBreaches: ["Förteckning över personuppgiftsincidenter (art. 33.5)", "Tietoturvaloukkausten dokumentointi (33.5 art.)", "Log of personal data breaches (Art. 33(5))"],
    AnnexRequests: ["Förteckning över begäranden från registrerade (art. 12.3)", "Rekisteröityjen pyyntöjen kirjanpito (12.3 art.)", "Log of data subject requests (Art. 12(3))"],
    NoBreaches: ["Inga personuppgiftsincidenter har registrerats.", "Tietoturvaloukkauksia ei ole kirjattu.", "No personal data breaches are logged."],
    NoRequests: ["Inga begäranden har registrerats.", "Pyyntöjä ei ole kirjattu.", "No requests are logged."],
    NamesLeftOut: ["De registrerades namn lämnas bort ur registret över behandling.", "Rekisteröityjen nimet on jätetty pois selosteesta.", "The names of the people who asked are left out of the record."],
    Discovered: ["Upptäcktes", "Havaittiin", "Discovered"],
    NotifyBy: ["Anmälan senast", "Ilmoitus viimeistään", "Notify by"],
    AuthorityNotified: ["Anmäld till tillsynsmyndigheten", "Ilmoitettu valvontaviranomaiselle", "Authority notified"],
    BreachRisk: ["Risk", "Riski", "Risk"],
    Closed: ["Avslutad", "Suljettu", "Closed"],
    /// A log's empty cell: nothing was written down, which is not "no".
    NotRecorded: ["Inte antecknat", "Ei merkitty", "Not recorded"],
    BreachDataConcerned: ["Berörda register, personer och uppgifter", "Rekisterit, henkilöt ja tiedot", "Registers, people and data concerned"],
    RiskAndReasoning: ["Risk och bedömning", "Riski ja arvio", "Risk and its assessment"],
    DataSubjectsInformed: ["De registrerade informerade (art. 34)", "Ilmoitettu rekisteröidyille (34 art.)", "People concerned told (Art. 34)"],
    NotInformedBecause: ["Informeras inte", "Ei ilmoiteta", "Not told"],
    ItemConsequence: ["Om uppgiften inte lämnas", "Jos tietoa ei anneta", "If it is not provided"],
    Received: ["Mottagen", "Vastaanotettu", "Received"],
    AnswerBy: ["Svar senast", "Vastaus viimeistään", "Answer by"],
    Answered: ["Besvarad", "Vastattu", "Answered"],
    Extended: ["Förlängd", "Jatkettu", "Extended"],
    LastReview: ["Senaste genomgång", "Viimeisin katselmointi", "Last review"],
    CriteriaMet: ["Uppfyllda kriterier (WP248)", "Täyttyvät kriteerit (WP248)", "Criteria met (WP248)"],
    ListedProcessing: ["Behandling på förteckningen", "Luettelon mukainen käsittely", "Listed processing"],
    DpiaRequired: ["Konsekvensbedömning krävs", "Vaikutustenarviointi vaaditaan", "DPIA required"],
    DpiaDone: ["Konsekvensbedömning gjord", "Vaikutustenarviointi tehty", "DPIA done"],
    NotScreened: ["Inte bedömd", "Ei arvioitu", "Not screened"],
    ProcessorRecordTitle: ["Register över behandling som personuppgiftsbiträde", "Seloste käsittelytoimista henkilötietojen käsittelijänä", "Record of processing activities as processor"],
    ProcessorRecordSubtitle: ["Enligt artikel 30.2 i dataskyddsförordningen", "Tietosuoja-asetuksen 30 artiklan 2 kohdan mukaisesti", "Under Article 30(2) of the GDPR"],
    ProcessorHeading: ["Personuppgiftsbiträdet", "Henkilötietojen käsittelijä", "The processor"],
    ControllersHeading: ["Personuppgiftsansvariga som vi behandlar uppgifter för", "Rekisterinpitäjät, joiden lukuun käsittelemme tietoja", "Controllers we process data for"],
    NoClientControllers: ["Inga personuppgiftsansvariga angivna.", "Rekisterinpitäjiä ei ole ilmoitettu.", "No controllers listed."],
    CategoriesOfProcessing: ["Kategorier av behandling", "Käsittelytoimien ryhmät", "Categories of processing"],
    TransfersOutside: ["Överföringar till tredjeland", "Siirrot kolmansiin maihin", "Transfers to third countries"],
    SubProcessors: ["Underbiträden", "Alikäsittelijät", "Sub-processors"],
    GeneralSecurity: ["Tekniska och organisatoriska säkerhetsåtgärder", "Tekniset ja organisatoriset turvatoimet", "Technical and organisational security measures"],

    // The privacy notice.
    NoticeTitle: ["Dataskyddsbeskrivning", "Tietosuojaseloste", "Privacy notice"],
    Notice1: ["Personuppgiftsansvarig", "Rekisterinpitäjä", "Controller"],
    Notice2: [
        "Kontaktperson i ärenden som gäller registret",
        "Yhteyshenkilö rekisteriä koskevissa asioissa",
        "Contact person for the register"
    ],
    Notice3: ["Registrets namn", "Rekisterin nimi", "Processing activity"],
    Notice4: [
        "Ändamål och rättslig grund för behandlingen",
        "Henkilötietojen käsittelyn tarkoitus ja oikeusperuste",
        "Purposes and legal basis of the processing"
    ],
    Notice5: ["Registrets datainnehåll", "Rekisterin tietosisältö", "Personal data processed"],
    Notice6: ["Regelmässiga uppgiftskällor", "Säännönmukaiset tietolähteet", "Where the data come from"],
    Notice7: [
        "Mottagare och regelmässigt utlämnande av uppgifter",
        "Vastaanottajat ja tietojen säännönmukaiset luovutukset",
        "Recipients and regular disclosures"
    ],
    Notice8: [
        "Överföring av uppgifter utanför EU/EES",
        "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
        "Transfers outside the EU/EEA"
    ],
    Notice9: ["Lagringstid", "Säilytysaika", "Retention period"],
    Notice10: ["Principerna för skydd av registret", "Rekisterin suojauksen periaatteet", "How the data are protected"],
    Notice11: ["Den registrerades rättigheter", "Rekisteröidyn oikeudet", "Rights of the data subject"],
    Notice12: [
        "Automatiserat individuellt beslutsfattande, inbegripet profilering",
        "Automatisoidut yksittäispäätökset, profilointi mukaan luettuna",
        "Automated individual decision-making, including profiling"
    ],
    Notice13: [
        "Rätt att lämna in klagomål till en tillsynsmyndighet",
        "Oikeus tehdä valitus valvontaviranomaiselle",
        "Right to lodge a complaint with a supervisory authority"
    ],
    NoticeControllerIntro: [
        "Personuppgiftsansvarig är den som bestämmer varför och hur personuppgifterna behandlas.",
        "Rekisterinpitäjä on se, joka päättää, miksi ja miten henkilötietoja käsitellään.",
        "The controller is the organisation that decides why and how the personal data are processed."
    ],
    NoticeContactIntro: [
        "Frågor om registret och om dina rättigheter besvaras av:",
        "Rekisteriä ja oikeuksiasi koskeviin kysymyksiin vastaa:",
        "Questions about the register and your rights are answered by:"
    ],
    NoticePurposeIntro: [
        "Vi behandlar personuppgifterna för de ändamål som anges nedan. Under varje ändamål står den rättsliga grund i dataskyddsförordningen (artikel 6.1) som behandlingen vilar på.",
        "Käsittelemme henkilötietoja alla mainittuihin tarkoituksiin. Kunkin tarkoituksen kohdalla kerrotaan, mihin tietosuoja-asetuksen 6 artiklan 1 kohdan mukaiseen oikeusperusteeseen käsittely perustuu.",
        "We process the personal data for the purposes below. Under each purpose is the legal basis in the General Data Protection Regulation (Article 6(1)) on which the processing rests."
    ],
    NoticeOurInterest: ["Vårt berättigade intresse", "Oikeutettu etumme", "Our legitimate interest"],
    // Art. 21(2)–(3): the one unconditional objection.
    NoticeDirectMarketing: [
        "Du har rätt att när som helst invända mot att dina uppgifter behandlas för direktmarknadsföring, och då upphör vi med den behandlingen. Du behöver inte ange något skäl.",
        "Sinulla on oikeus milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia varten, jolloin lopetamme sen. Sinun ei tarvitse perustella vastustamistasi.",
        "You have the right to object at any time to the processing of your data for direct marketing, and we will then stop that processing. You need not give a reason."
    ],
    NoticeSubjectsIntro: [
        "Registret innehåller uppgifter om följande grupper av personer (registrerade):",
        "Rekisterissä on tietoja seuraavista henkilöryhmistä (rekisteröidyt):",
        "The register holds data about these groups of people (data subjects):"
    ],
    NoticeItemsIntro: [
        "Vi behandlar följande uppgifter:",
        "Käsittelemme seuraavia tietoja:",
        "We process the following data:"
    ],
    NoticeSpecialExplained: [
        "Till särskilda kategorier av personuppgifter hör till exempel uppgifter om hälsa. Dataskyddsförordningen ger dem ett särskilt skydd (artikel 9).",
        "Erityisiin henkilötietoryhmiin kuuluvat esimerkiksi terveyttä koskevat tiedot. Tietosuoja-asetus suojaa niitä erityisesti (9 artikla).",
        "The special categories of personal data include, for example, data concerning health. The General Data Protection Regulation gives them special protection (Article 9)."
    ],
    NoticeNotRequired: [
        "Du är inte skyldig att lämna uppgifterna.",
        "Sinulla ei ole velvollisuutta antaa tietoja.",
        "You are not obliged to provide the data."
    ],
    NoticeStatutory: [
        "Du är enligt lag skyldig att lämna uppgifterna.",
        "Sinulla on lakisääteinen velvollisuus antaa tiedot.",
        "You are required by law to provide the data."
    ],
    NoticeContractual: [
        "Du är enligt avtalet skyldig att lämna uppgifterna.",
        "Sinun on annettava tiedot sopimuksen perusteella.",
        "You are required by the contract to provide the data."
    ],
    NoticeNeededForContract: [
        "Uppgifterna behövs för att vi ska kunna ingå avtal med dig.",
        "Tarvitsemme tiedot voidaksemme tehdä kanssasi sopimuksen.",
        "We need the data to enter into a contract with you."
    ],
    NoticeIfNotProvided: ["Om uppgifterna inte lämnas", "Jos tietoja ei anneta", "If the data are not provided"],
    NoticeSourcesIntro: [
        "Vi får uppgifterna från följande källor:",
        "Saamme tiedot seuraavista lähteistä:",
        "We obtain the data from the following sources:"
    ],
    NoticeDisclosuresIntro: [
        "Vi lämnar regelmässigt ut uppgifter till följande mottagare:",
        "Luovutamme tietoja säännönmukaisesti seuraaville vastaanottajille:",
        "We regularly disclose data to the following recipients:"
    ],
    NoticeProcessorsIntro: [
        "Vi anlitar följande leverantörer (personuppgiftsbiträden), som behandlar uppgifterna för vår räkning och enligt våra instruktioner:",
        "Käytämme seuraavia palveluntarjoajia (henkilötietojen käsittelijöitä), jotka käsittelevät tietoja puolestamme ja ohjeidemme mukaan:",
        "We use these service providers (processors), which process the data on our behalf and on our instructions:"
    ],
    NoticeTransfersIntro: [
        "Uppgifter överförs till länder utanför EU/EES (tredjeländer). Så skyddas uppgifterna vid överföringen:",
        "Tietoja siirretään EU:n tai ETA:n ulkopuolisiin maihin (kolmansiin maihin). Tiedot suojataan siirrossa näin:",
        "Data are transferred to countries outside the EU/EEA (third countries). This is how the data are protected in the transfer:"
    ],
    // Printed only where a transfer answers that copies are given (`Transfer::safeguard_copies`).
    NoticeTransfersCopy: [
        "Kontakta oss om du vill ha en kopia av skyddsåtgärderna.",
        "Voit pyytää meiltä jäljennöksen suojatoimista.",
        "Contact us if you would like a copy of the safeguards."
    ],
    NoticeRetentionIntro: ["Vi sparar uppgifterna så här länge:", "Säilytämme tietoja seuraavasti:", "We keep the data as follows:"],
    // The intro when a measure's kind is not answered; otherwise `security_intro` names the kinds.
    NoticeSecurityIntro: [
        "Vi skyddar uppgifterna med följande åtgärder:",
        "Suojaamme tiedot seuraavin toimin:",
        "We protect the data with these measures:"
    ],
    NoticeRightsIntro: [
        "Du har följande rättigheter i fråga om behandlingen i detta register.",
        "Sinulla on tämän rekisterin tietojen käsittelyssä seuraavat oikeudet.",
        "You have the following rights regarding the processing in this register."
    ],
    NoticeHow: ["Så här gör du", "Näin toimit", "How to ask"],
    NoticeIdentityCheck: ["Identitetskontroll", "Henkilöllisyyden tarkistus", "Identity check"],
    // Art. 12(3): without undue delay, within one month, extendable by two further months.
    NoticeAnswerPeriod: [
        "Vi svarar på din begäran utan onödigt dröjsmål och senast en månad efter att vi har tagit emot den. Om begäran är komplicerad eller om vi har fått många begäranden kan tiden förlängas med högst två månader till. I så fall meddelar vi dig det inom en månad från det att vi tog emot begäran och förklarar varför svaret dröjer.",
        "Vastaamme pyyntöösi ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa sen vastaanottamisesta. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa enintään kahdella kuukaudella. Ilmoitamme jatkamisesta ja viivästymisen syistä sinulle kuukauden kuluessa pyynnön vastaanottamisesta.",
        "We answer your request without undue delay and at the latest within one month of receiving it. If the request is complex or we have received many requests, the period may be extended by up to two further months; we will then tell you so, and why, within one month of receiving the request."
    ],
    NoticeFormat: ["Format", "Muoto", "Format"],
    NoticeComplaintPointer: [
        "Du har också rätt att lämna in klagomål till en tillsynsmyndighet, se avsnitt 13.",
        "Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle, ks. kohta 13.",
        "You also have the right to lodge a complaint with a supervisory authority, see section 13."
    ],
    NoticeNoAutomated: [
        "Vi fattar inga beslut som enbart grundas på automatiserad behandling, och vi använder inte profilering.",
        "Emme tee pelkästään automaattiseen käsittelyyn perustuvia päätöksiä emmekä käytä profilointia.",
        "We make no decisions based solely on automated processing, and we do not use profiling."
    ],
    NoticeAutomated: [
        "I registret förekommer automatiserat individuellt beslutsfattande eller profilering. Så här går det till och detta innebär det för dig:",
        "Rekisterin tietoja käytetään automatisoituihin yksittäispäätöksiin tai profilointiin. Näin se tapahtuu ja tätä se merkitsee sinulle:",
        "The register involves automated individual decision-making or profiling. This is how it works and what it means for you:"
    ],
    // Art. 77(1): any supervisory authority, in particular where the person lives or works or where the infringement took place.
    NoticeComplaintIntro: [
        "Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen har du rätt att lämna in klagomål till en tillsynsmyndighet, särskilt i det EU- eller EES-land där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks.",
        "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta, sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä EU- tai ETA-maassa, jossa on vakinainen asuinpaikkasi tai työpaikkasi tai jossa väitetty rikkominen on tapahtunut.",
        "If you consider that the processing of your personal data infringes the General Data Protection Regulation, you have the right to lodge a complaint with a supervisory authority, in particular in the EU or EEA country of your habitual residence or place of work or of the alleged infringement."
    ],
    NoticeOurAuthority: [
        "Tillsynsmyndigheten i det land där vi är etablerade är:",
        "Sijoittautumismaamme valvontaviranomainen on:",
        "The supervisory authority of the country where we are established is:"
    ],

    // What a document prints for a question nobody has answered, and the draft mark.
    NotStated: ["Inte angivet", "Ei ilmoitettu", "Not stated"],
    NotAnswered: ["Inte besvarat", "Ei vastattu", "Not answered"],
    Draft: ["UTKAST", "LUONNOS", "DRAFT"],
    DraftNotice: [
        "Utkast: dokumentationen har obesvarade frågor eller öppna fel. Det som inte är angivet är markerat ”Inte angivet”.",
        "Luonnos: dokumentaatiossa on vastaamattomia kysymyksiä tai avoimia virheitä. Puuttuvat tiedot on merkitty ”Ei ilmoitettu”.",
        "Draft: the documentation has unanswered questions or open errors. What is not stated is marked “Not stated”."
    ],
    // "No" with "as a rule", a qualifier or listed transfers: no exception is invented.
    NoticeTransfersAsARule: [
        "Personuppgifter överförs i regel inte till länder utanför EU/EES.",
        "Henkilötietoja ei pääsääntöisesti siirretä EU:n tai ETA:n ulkopuolelle.",
        "As a rule, personal data are not transferred outside the EU/EEA."
    ],
    // Before the transfers listed under a "no, as a rule".
    NoticeTransfersExceptions: [
        "Undantag, och hur uppgifterna skyddas vid dem:",
        "Poikkeukset ja tietojen suojaaminen niissä:",
        "The exceptions, and how the data are protected in them:"
    ],
    NoticeTransfersYes: [
        "Personuppgifter överförs till länder utanför EU/EES.",
        "Henkilötietoja siirretään EU:n tai ETA:n ulkopuolelle.",
        "Personal data are transferred outside the EU/EEA."
    ],
    NoticeNoDisclosures: [
        "Vi lämnar inte regelmässigt ut personuppgifter.",
        "Emme luovuta henkilötietoja säännönmukaisesti.",
        "We do not regularly disclose personal data."
    ],
    // "No" with "as a rule" or a qualifier, which follows in the user's own words.
    NoticeDisclosuresAsARule: [
        "Vi lämnar i regel inte ut personuppgifter.",
        "Emme pääsääntöisesti luovuta henkilötietoja.",
        "As a rule, we do not disclose personal data."
    ],
    NoticeDisclosuresYes: [
        "Vi lämnar regelmässigt ut personuppgifter.",
        "Luovutamme henkilötietoja säännönmukaisesti.",
        "We regularly disclose personal data."
    ],
    DisclosureCondition: ["Villkor eller rättslig grund", "Ehto tai oikeusperuste", "Condition or legal ground"],
    NoticeBasisExplainedAbove: ["se ovan", "ks. edellä", "see above"],
    RegisterLawReference: [
        "Lagrum för hela registret",
        "Koko rekisteriä koskeva lainkohta",
        "Law reference for the whole register"
    ],
    Fee: ["Avgift", "Maksu", "Fee"],
    Frequency: ["Hur ofta", "Kuinka usein", "How often"],
    RefusalGrounds: ["Grunder för att vägra", "Epäämisen perusteet", "Grounds for refusal"],
    DocumentCreated: ["Dokumentet skapat", "Asiakirja laadittu", "Document created"],
    DocumentUpdated: ["Dokumentet uppdaterat", "Asiakirja päivitetty", "Document updated"],
    NotApplicable: ["Inte tillämpligt", "Ei sovellu", "Not applicable"],
    AcceptedForNow: ["Godtaget tills vidare", "Hyväksytty toistaiseksi", "Accepted for now"],
    AnsweredFindings: [
        "Besvarade brister",
        "Vastatut puutteet",
        "Answered findings"
    ],
    RecipientCategory: ["Mottagarkategori", "Vastaanottajaryhmä", "Category of recipients"],
    ProcessorCategory: ["en kategori av personuppgiftsbiträden", "henkilötietojen käsittelijöiden ryhmä", "a category of processors"],
    // Special categories (Art. 9(1)), answered for the whole register.
    NoticeNoSpecialCategories: [
        "Vi behandlar inga särskilda kategorier av personuppgifter (till exempel uppgifter om hälsa) i detta register.",
        "Emme käsittele tässä rekisterissä erityisiä henkilötietoryhmiä (esimerkiksi terveystietoja).",
        "We process no special categories of personal data (such as health data) in this register."
    ],
    NoticeSpecialCategories: [
        "Vi behandlar följande särskilda kategorier av personuppgifter (art. 9.1):",
        "Käsittelemme seuraavia erityisiä henkilötietoryhmiä (9.1 art.):",
        "We process these special categories of personal data (Art. 9(1)):"
    ],
    SpecialCategories: ["Särskilda kategorier av personuppgifter", "Erityiset henkilötietoryhmät", "Special categories of personal data"],
    NoticeChanges: ["Ändringar i denna information", "Muutokset tähän selosteeseen", "Changes to this notice"],
    AsARule: ["i regel", "pääsääntöisesti", "as a rule"],
    DpfCertified: ["Certifierad enligt EU–US Data Privacy Framework", "Sertifioitu EU:n ja Yhdysvaltojen tietosuojakehyksen mukaan", "Certified under the EU–US Data Privacy Framework"],
    CheckedOn: ["kontrollerat", "tarkistettu", "checked on"],
    SafeguardCopies: ["Kopia av skyddsåtgärderna ges på begäran", "Jäljennös suojatoimista annetaan pyynnöstä", "Copy of the safeguards given on request"],
}
}

/// Which Swedish a document is written in: the organisation's country decides.
/// A Finnish (or Åland) organisation writes Swedish the Finland-Swedish way, as
/// the Data Protection Ombudsman's Swedish pages do ("dataskyddsbeskrivning",
/// "registrets datainnehåll", "personbeteckning", "FO-nummer", dates as
/// 21.5.2018); any other organisation writes Sweden's Swedish, as IMY does
/// ("information om behandling av personuppgifter", "personnummer",
/// "organisationsnummer", dates as 2018-05-21). The `sv` texts of [`Label`] are
/// the Finland-Swedish ones; [`sweden_swedish`] holds the words that differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swedish {
    Finland,
    Sweden,
}

impl Swedish {
    /// The Swedish of an organisation in `country` (ISO 3166-1 alpha-2).
    pub fn of_country(country: &str) -> Swedish {
        match country.trim().to_ascii_uppercase().as_str() {
            "FI" | "AX" => Swedish::Finland,
            _ => Swedish::Sweden,
        }
    }
}

/// The words of one export: its language and, when that is Swedish, which Swedish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tongue {
    pub language: Language,
    pub swedish: Swedish,
}

impl Tongue {
    /// The tongue of `organisation`'s documents in `language`.
    pub fn new(language: Language, organisation_country: &str) -> Tongue {
        Tongue {
            language,
            swedish: Swedish::of_country(organisation_country),
        }
    }

    /// `label` in this tongue.
    pub fn label(self, label: Label) -> &'static str {
        match (self.language, self.swedish) {
            (Language::Sv, Swedish::Sweden) => {
                sweden_swedish(label).unwrap_or(label.get(Language::Sv))
            }
            (language, _) => label.get(language),
        }
    }

    /// The language whose date form this tongue uses: Finland's Swedish
    /// writes dates as Finnish does.
    pub fn date_form(self) -> Language {
        match (self.language, self.swedish) {
            (Language::Sv, Swedish::Finland) => Language::Fi,
            (language, _) => language,
        }
    }

    /// A date in this tongue's form: Sweden's Swedish `2026-11-23`, Finland's
    /// Swedish and Finnish `23.11.2026`, English `23 November 2026`.
    pub fn date(self, date: NaiveDate) -> String {
        format_date(date, self.date_form())
    }
}

/// The Swedish of Sweden where it differs from Finland's (see [`Swedish`]).
pub fn sweden_swedish(label: Label) -> Option<&'static str> {
    Some(match label {
        Label::NoticeTitle => "Information om behandling av personuppgifter",
        Label::Notice5 => "Personuppgifter som behandlas",
        Label::Notice6 => "Varifrån personuppgifterna kommer",
        Label::Notice7 => "Mottagare av personuppgifterna",
        Label::Notice10 => "Hur personuppgifterna skyddas",
        Label::NationalId => "Personnummer",
        Label::NeedForNationalIdNumber => "Behov av personnummer",
        Label::BusinessId => "Organisationsnummer",
        _ => return None,
    })
}

/// What a legal basis means, in words a data subject understands.
pub fn basis_explained(basis: kirjuri_model::LegalBasis, language: Language) -> &'static str {
    use kirjuri_model::LegalBasis as B;
    match (basis, language) {
        (B::Consent, Language::Sv) => "du har gett ditt samtycke, och du kan när som helst återkalla det",
        (B::Consent, Language::Fi) => "olet antanut suostumuksesi, ja voit peruuttaa sen milloin tahansa",
        (B::Consent, Language::En) => "you have given your consent, and you may withdraw it at any time",
        (B::Contract, Language::Sv) => "behandlingen är nödvändig för att fullgöra ett avtal med dig eller för att vidta åtgärder på din begäran innan ett avtal ingås",
        (B::Contract, Language::Fi) => "käsittely on tarpeen kanssasi tehdyn sopimuksen täytäntöön panemiseksi tai pyynnöstäsi ennen sopimuksen tekemistä",
        (B::Contract, Language::En) => "the processing is necessary to perform a contract with you or to take steps at your request before entering into one",
        (B::LegalObligation, Language::Sv) => "behandlingen är nödvändig för att vi ska kunna fullgöra en rättslig förpliktelse",
        (B::LegalObligation, Language::Fi) => "käsittely on tarpeen meitä koskevan lakisääteisen velvoitteen noudattamiseksi",
        (B::LegalObligation, Language::En) => "the processing is necessary for us to comply with a legal obligation",
        (B::VitalInterests, Language::Sv) => "behandlingen är nödvändig för att skydda dina eller någon annans grundläggande intressen, till exempel liv eller hälsa",
        (B::VitalInterests, Language::Fi) => "käsittely on tarpeen sinun tai jonkun toisen elintärkeiden etujen, kuten hengen tai terveyden, suojaamiseksi",
        (B::VitalInterests, Language::En) => "the processing is necessary to protect your or another person's vital interests, such as life or health",
        (B::PublicTask, Language::Sv) => "behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning",
        (B::PublicTask, Language::Fi) => "käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai julkisen vallan käyttämiseksi",
        (B::PublicTask, Language::En) => "the processing is necessary for a task carried out in the public interest or in the exercise of official authority",
        (B::LegitimateInterests, Language::Sv) => "behandlingen är nödvändig för vårt eller en tredje parts berättigade intresse, och dina intressen eller grundläggande rättigheter och friheter väger inte tyngre än det intresset",
        (B::LegitimateInterests, Language::Fi) => "käsittely on tarpeen meidän tai kolmannen osapuolen oikeutetun edun toteuttamiseksi, eivätkä etusi tai perusoikeutesi ja -vapautesi syrjäytä tätä etua",
        (B::LegitimateInterests, Language::En) => "the processing is necessary for our or a third party's legitimate interests, and your interests or fundamental rights and freedoms do not override them",
    }
}

/// What a right lets the data subject do, in plain words.
pub fn right_explained(right: kirjuri_model::DataSubjectRight, language: Language) -> &'static str {
    use kirjuri_model::DataSubjectRight as R;
    match (right, language) {
        (R::Information, Language::Sv) => "Du har rätt att få information om hur vi behandlar dina personuppgifter. Den informationen får du här.",
        (R::Information, Language::Fi) => "Sinulla on oikeus saada tietoa siitä, miten käsittelemme henkilötietojasi. Tämä seloste antaa sinulle nämä tiedot.",
        (R::Information, Language::En) => "You have the right to be informed about how we process your personal data. This notice gives you that information.",
        (R::Access, Language::Sv) => "Du kan få veta om vi behandlar uppgifter om dig och få en kopia av dem (registerutdrag).",
        (R::Access, Language::Fi) => "Voit saada tietää, käsittelemmekö tietojasi, ja saada niistä jäljennöksen.",
        (R::Access, Language::En) => "You can find out whether we process data about you and get a copy of them.",
        (R::Rectification, Language::Sv) => "Du kan begära att felaktiga eller ofullständiga uppgifter rättas.",
        (R::Rectification, Language::Fi) => "Voit pyytää virheellisten tai puutteellisten tietojen oikaisemista.",
        (R::Rectification, Language::En) => "You can ask us to correct inaccurate or incomplete data.",
        (R::Erasure, Language::Sv) => "Du kan begära att uppgifterna raderas när vi inte längre behöver dem eller inte längre har rätt att behandla dem.",
        (R::Erasure, Language::Fi) => "Voit pyytää tietojen poistamista, kun emme enää tarvitse niitä tai meillä ei enää ole oikeutta käsitellä niitä.",
        (R::Erasure, Language::En) => "You can ask us to erase the data when we no longer need them or may no longer process them.",
        (R::Restriction, Language::Sv) => "Du kan begära att behandlingen begränsas, till exempel medan en begäran om rättelse utreds.",
        (R::Restriction, Language::Fi) => "Voit pyytää käsittelyn rajoittamista esimerkiksi sen ajan, kun oikaisupyyntöä selvitetään.",
        (R::Restriction, Language::En) => "You can ask us to restrict the processing, for example while a request for correction is checked.",
        // Art. 20(1): only data the person provided, only under consent or contract, only automated processing.
        (R::Portability, Language::Sv) => "Om behandlingen grundar sig på ditt samtycke eller på ett avtal med dig och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.",
        (R::Portability, Language::Fi) => "Jos käsittely perustuu suostumukseesi tai kanssasi tehtyyn sopimukseen ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
        (R::Portability, Language::En) => "Where the processing is based on your consent or on a contract with you and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.",
        // Art. 21(1): on grounds relating to the person's particular situation; the controller may show compelling legitimate grounds.
        (R::Objection, Language::Sv) => "Du har rätt att, av skäl som hänför sig till din specifika situation, när som helst invända mot behandling som grundar sig på vårt berättigade intresse eller på en uppgift av allmänt intresse eller myndighetsutövning. Vi får då inte längre behandla uppgifterna, om vi inte kan visa tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.",
        (R::Objection, Language::Fi) => "Sinulla on oikeus henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella milloin tahansa vastustaa käsittelyä, joka perustuu oikeutettuun etuumme tai yleistä etua koskevan tehtävän suorittamiseen tai julkisen vallan käyttämiseen. Emme tällöin saa enää käsitellä tietoja, paitsi jos voimme osoittaa, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja vapautesi, tai jos käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.",
        (R::Objection, Language::En) => "You have the right to object at any time, on grounds relating to your particular situation, to processing based on our legitimate interests or on a task carried out in the public interest or in the exercise of official authority. We must then stop processing the data unless we can demonstrate compelling legitimate grounds for the processing which override your interests, rights and freedoms, or the processing is needed for the establishment, exercise or defence of legal claims.",
        // Art. 22(1): legal effects *or* similarly significant effects.
        (R::NoAutomatedDecisions, Language::Sv) => "Du har rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling, inbegripet profilering, om beslutet har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.",
        (R::NoAutomatedDecisions, Language::Fi) => "Sinulla on oikeus olla joutumatta sellaisen päätöksen kohteeksi, joka perustuu pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja jolla on sinua koskevia oikeusvaikutuksia tai joka vaikuttaa sinuun vastaavalla tavalla merkittävästi.",
        (R::NoAutomatedDecisions, Language::En) => "You have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning you or similarly significantly affects you.",
        // Art. 7(3): the *lawfulness* of the earlier processing is not affected.
        (R::WithdrawConsent, Language::Sv) => "Du kan när som helst återkalla ditt samtycke. Återkallelsen påverkar inte lagligheten av den behandling som grundade sig på samtycket innan det återkallades.",
        (R::WithdrawConsent, Language::Fi) => "Voit peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta suostumuksen perusteella ennen peruuttamista tehdyn käsittelyn lainmukaisuuteen.",
        (R::WithdrawConsent, Language::En) => "You can withdraw your consent at any time. The withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.",
        (R::ProhibitDirectMarketing, Language::Sv) => "Du kan när som helst invända mot att dina uppgifter används för direktmarknadsföring, och då upphör vi med den behandlingen.",
        (R::ProhibitDirectMarketing, Language::Fi) => "Voit milloin tahansa vastustaa tietojesi käyttöä suoramarkkinointiin, jolloin lopetamme sen.",
        (R::ProhibitDirectMarketing, Language::En) => "You can object at any time to the use of your data for direct marketing, and we will then stop it.",
        (R::Complaint, Language::Sv) => "Du kan lämna in klagomål till en tillsynsmyndighet, se avsnitt 13.",
        (R::Complaint, Language::Fi) => "Voit tehdä valituksen valvontaviranomaiselle, ks. kohta 13.",
        (R::Complaint, Language::En) => "You can lodge a complaint with a supervisory authority, see section 13.",
    }
}

/// "We protect the data with technical and organisational measures:" naming
/// exactly `kinds` (in the order given, each once); `None` when no kind is
/// named, where the plain intro (`Label::NoticeSecurityIntro`) stands.
pub fn security_intro(kinds: &[kirjuri_model::MeasureKind], language: Language) -> Option<String> {
    use kirjuri_model::MeasureKind as K;
    if kinds.is_empty() {
        return None;
    }
    let word = |kind: K| match (kind, language) {
        (K::Technical, Language::Sv) => "tekniska",
        (K::Organisational, Language::Sv) => "organisatoriska",
        (K::Physical, Language::Sv) => "fysiska",
        (K::Technical, Language::Fi) => "teknisin",
        (K::Organisational, Language::Fi) => "organisatorisin",
        (K::Physical, Language::Fi) => "fyysisin",
        (K::Technical, Language::En) => "technical",
        (K::Organisational, Language::En) => "organisational",
        (K::Physical, Language::En) => "physical",
    };
    let words: Vec<&str> = kinds.iter().map(|k| word(*k)).collect();
    let and = match language {
        Language::Sv => "och",
        Language::Fi => "ja",
        Language::En => "and",
    };
    let named = match words.as_slice() {
        [one] => one.to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
        [] => unreachable!("checked above"),
    };
    Some(match language {
        Language::Sv => format!("Vi skyddar uppgifterna med {named} åtgärder:"),
        Language::Fi => format!("Suojaamme tiedot {named} toimin:"),
        Language::En => format!("We protect the data with {named} measures:"),
    })
}

/// The right to data portability (Art. 20(1)) under the bases the register's
/// purposes have: consent, a contract, or both. With neither (the right named
/// by a procedure alone), the regulation's own condition names both.
pub fn portability_explained(consent: bool, contract: bool, language: Language) -> &'static str {
    match (consent, contract, language) {
        (true, false, Language::Sv) => "Om behandlingen grundar sig på ditt samtycke och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.",
        (true, false, Language::Fi) => "Jos käsittely perustuu suostumukseesi ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
        (true, false, Language::En) => "Where the processing is based on your consent and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.",
        (false, true, Language::Sv) => "Om behandlingen grundar sig på ett avtal med dig och sker automatiserat, har du rätt att få ut de personuppgifter som du själv har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.",
        (false, true, Language::Fi) => "Jos käsittely perustuu kanssasi tehtyyn sopimukseen ja se tehdään automaattisesti, sinulla on oikeus saada meille itse toimittamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
        (false, true, Language::En) => "Where the processing is based on a contract with you and is carried out by automated means, you have the right to receive the personal data you have provided to us in a structured, commonly used and machine-readable format and to transmit them to another controller.",
        (_, _, language) => right_explained(kirjuri_model::DataSubjectRight::Portability, language),
    }
}

/// The heading of section `number` (1–13) of a privacy notice, without its number.
pub fn notice_heading(number: usize, tongue: Tongue) -> &'static str {
    const HEADINGS: [Label; 13] = [
        Label::Notice1,
        Label::Notice2,
        Label::Notice3,
        Label::Notice4,
        Label::Notice5,
        Label::Notice6,
        Label::Notice7,
        Label::Notice8,
        Label::Notice9,
        Label::Notice10,
        Label::Notice11,
        Label::Notice12,
        Label::Notice13,
    ];
    tongue.label(HEADINGS[number.clamp(1, 13) - 1])
}

/// "sida 3 / 12", "sivu 3 / 12", "page 3 / 12".
pub fn page_of(page: usize, pages: usize, language: Language) -> String {
    let word = match language {
        Language::Sv => "sida",
        Language::Fi => "sivu",
        Language::En => "page",
    };
    format!("{word} {page} / {pages}")
}

/// A date in the language's form: sv `2026-11-23`, fi `23.11.2026`, en `23 November 2026`.
pub fn format_date(date: NaiveDate, language: Language) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match language {
        Language::Sv => date.format("%Y-%m-%d").to_string(),
        Language::Fi => format!("{}.{}.{}", date.day(), date.month(), date.year()),
        Language::En => format!(
            "{} {} {}",
            date.day(),
            MONTHS[date.month0() as usize],
            date.year()
        ),
    }
}

/// An article reference such as `6(1)(a)` in the language's citation style:
/// sv `art. 6.1 a`, fi `6.1 a art.`, en `Art. 6(1)(a)`.
pub fn article(reference: &str, language: Language) -> String {
    let parts: Vec<&str> = reference
        .split(['(', ')'])
        .filter(|p| !p.is_empty())
        .collect();
    let nordic = match parts.as_slice() {
        [article, paragraph, point] => format!("{article}.{paragraph} {point}"),
        [article, paragraph] => format!("{article}.{paragraph}"),
        _ => reference.to_string(),
    };
    match language {
        Language::Sv => format!("art. {nordic}"),
        Language::Fi => format!("{nordic} art."),
        Language::En => format!("Art. {reference}"),
    }
}

/// "30 dagar", "30 päivää", "30 days".
pub fn days(count: u32, language: Language) -> String {
    match language {
        Language::Sv => format!("{count} dagar"),
        Language::Fi => format!("{count} päivää"),
        Language::En if count == 1 => "1 day".to_string(),
        Language::En => format!("{count} days"),
    }
}

pub use kirjuri_model::checks::MAX_PROMISED_ANSWER_DAYS;

/// "Vi svarar inom 14 dagar." and its translations, for a procedure that
/// promises an answer sooner than the law requires; `None` when `count` is not
/// such a promise (see [`MAX_PROMISED_ANSWER_DAYS`]).
pub fn answer_within_days(count: u32, language: Language) -> Option<String> {
    if count == 0 || count > MAX_PROMISED_ANSWER_DAYS {
        return None;
    }
    Some(match language {
        Language::Sv if count == 1 => "Vi svarar inom en dag.".to_string(),
        Language::Sv => format!("Vi svarar inom {count} dagar."),
        Language::Fi if count == 1 => "Vastaamme vuorokauden kuluessa.".to_string(),
        Language::Fi => format!("Vastaamme {count} päivän kuluessa."),
        Language::En if count == 1 => "We answer within one day.".to_string(),
        Language::En => format!("We answer within {count} days."),
    })
}

/// How often a routine runs: "var 6:e månad", "6 kuukauden välein", "every 6 months".
pub fn every_months(months: u32, language: Language) -> String {
    match (language, months) {
        (Language::Sv, 1) => "varje månad".to_string(),
        (Language::Sv, 12) => "en gång per år".to_string(),
        (Language::Sv, m) => format!("var {m}:e månad"),
        (Language::Fi, 1) => "kuukausittain".to_string(),
        (Language::Fi, 12) => "kerran vuodessa".to_string(),
        (Language::Fi, m) => format!("{m} kuukauden välein"),
        (Language::En, 1) => "every month".to_string(),
        (Language::En, 12) => "once a year".to_string(),
        (Language::En, m) => format!("every {m} months"),
    }
}

/// "Register 5–8 av 12" — the registers one part of the access matrix covers.
pub fn registers_part(first: usize, last: usize, total: usize, language: Language) -> String {
    match language {
        Language::Sv => format!("Register {first}–{last} av {total}"),
        Language::Fi => format!("Rekisterit {first}–{last} / {total}"),
        Language::En => format!("Registers {first}–{last} of {total}"),
    }
}

/// The line under a privacy notice's title: "Upprättad … · Senast uppdaterad … · Version …".
pub fn notice_dates_line(
    created: Option<NaiveDate>,
    updated: Option<NaiveDate>,
    version: &str,
    tongue: Tongue,
) -> String {
    // Only what is known: a date nobody gave is left out, not shown as a dash.
    let language = tongue.language;
    let mut parts = Vec::new();
    if let Some(created) = created {
        parts.push(format!(
            "{} {}",
            Label::Created.get(language),
            tongue.date(created)
        ));
    }
    if let Some(updated) = updated {
        parts.push(format!(
            "{} {}",
            Label::LastUpdated.get(language),
            tongue.date(updated)
        ));
    }
    if !version.trim().is_empty() {
        parts.push(format!(
            "{} {}",
            Label::Version.get(language),
            version.trim()
        ));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_take_each_language_form() {
        let day = date(2026, 11, 3);
        assert_eq!(format_date(day, Language::Sv), "2026-11-03");
        assert_eq!(format_date(day, Language::Fi), "3.11.2026");
        assert_eq!(format_date(day, Language::En), "3 November 2026");
    }

    #[test]
    fn page_numbers_are_localized() {
        assert_eq!(page_of(2, 9, Language::Sv), "sida 2 / 9");
        assert_eq!(page_of(2, 9, Language::Fi), "sivu 2 / 9");
        assert_eq!(page_of(2, 9, Language::En), "page 2 / 9");
    }

    #[test]
    fn articles_follow_local_citation_style() {
        assert_eq!(article("6(1)(f)", Language::Sv), "art. 6.1 f");
        assert_eq!(article("9(2)(a)", Language::Fi), "9.2 a art.");
        assert_eq!(article("6(1)(b)", Language::En), "Art. 6(1)(b)");
    }

    #[test]
    fn every_label_has_all_three_languages() {
        for label in Label::ALL {
            for language in Language::ALL {
                assert!(
                    !label.get(language).trim().is_empty(),
                    "{label:?} {language}"
                );
            }
        }
        assert_eq!(
            notice_heading(13, Tongue::new(Language::Fi, "FI")),
            "Oikeus tehdä valitus valvontaviranomaiselle"
        );
    }
}
