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
    SheetFindings: ["Brister", "Puutteet", "Findings"],
    SheetSources: ["Uppgiftskällor", "Tietolähteet", "Sources"],
    SheetDisclosures: ["Mottagare och utlämnanden", "Vastaanottajat ja luovutukset", "Recipients and disclosures"],
    SheetRights: ["Rättighetsrutiner", "Oikeuksien toteuttaminen", "Rights procedures"],
    SheetPeople: ["Personer", "Henkilöt", "People"],
    SheetCookies: ["Kakor", "Evästeet", "Cookies"],

    // Organisation sheet.
    Field: ["Uppgift", "Tieto", "Field"],
    Value: ["Värde", "Arvo", "Value"],
    Name: (= Name),
    BusinessId: (= BusinessId),
    VatNumber: (= VatNumber),
    Address: (= Address),
    Phone: (= Phone),
    Email: (= Email),
    Website: (= Website),
    Country: (= Country),
    StaffCount: (= StaffCount),
    Dpo: (= Dpo),
    JointControllers: (= JointControllers),
    Representative: (= Representative),
    SupervisoryAuthority: (= SupervisoryAuthority),
    Version: (= Version),
    LastChanged: (= LastChanged),
    DocumentCreated: ["Dokumentet skapat", "Asiakirja laadittu", "Document created"],
    DocumentUpdated: ["Dokumentet uppdaterat", "Asiakirja päivitetty", "Document updated"],
    PrintedOn: ["Utskriven", "Tulostettu", "Printed on"],
    IncidentSteps: (= IncidentRoutine),
    DecidedBy: ["Beslutar om anmälan", "Päättää ilmoituksista", "Decides on notifications"],
    NotifyAuthority: ["Anmälan till tillsynsmyndigheten inom 72 timmar", "Ilmoitus valvontaviranomaiselle 72 tunnin kuluessa", "Authority notified within 72 hours"],
    InformDataSubjects: ["De registrerade informeras vid hög risk", "Rekisteröidyille ilmoitetaan, jos riski on korkea", "Data subjects told when the risk is high"],
    BreachLog: ["Incidentlogg", "Loukkausloki", "Breach log"],
    PostIncidentReview: ["Uppföljning efter incident", "Jälkiarviointi", "Post-incident review"],

    // Registers sheet.
    Register: (= Register),
    Role: (= Role),
    BusinessFunction: (= BusinessFunction),
    Purpose: (= Purpose),
    LegalBasis: ["Rättslig grund (art. 6)", "Oikeusperuste (6 art.)", "Legal basis (Art. 6)"],
    LegitimateInterest: ["Berättigat intresse", "Oikeutettu etu", "Legitimate interest"],
    Article9Condition: (= Art9Condition),
    DataSubjects: (= DataSubjectCategories),
    PersonalData: (= PersonalData),
    SpecialCategories: ["Särskilda kategorier av personuppgifter", "Erityiset henkilötietoryhmät", "Special categories of personal data"],
    Sources: ["Uppgiftskällor", "Tietolähteet", "Sources"],
    Recipients: ["Mottagare", "Vastaanottajat", "Recipients"],
    ProcessorsAndSystems: (= ProcessorsAndSystems),
    ThirdCountries: ["Tredjeländer", "Kolmannet maat", "Third countries"],
    TransferMechanism: (= TransferMechanism),
    Retention: (= Retention),
    SecurityMeasures: ["Säkerhetsåtgärder", "Turvatoimet", "Security measures"],
    RightsProcedure: ["De registrerades rättigheter", "Rekisteröityjen oikeudet", "Rights procedure"],
    ProvisionRequirement: (= ProvisionRequirement),
    AutomatedDecisions: (= AutomatedDecisions),
    Dpia: (= Dpia),
    LastUpdated: (= LastUpdated),
    Created: (= Created),
    StorageLocations: ["Förvaring", "Säilytyspaikat", "Storage locations"],
    OnPaper: ["i pappersform", "paperilla", "on paper"],
    DirectMarketing: (= DirectMarketing),
    NoTransfers: ["Inga överföringar utanför EU/EES", "Ei siirtoja EU:n tai ETA:n ulkopuolelle", "No transfers outside the EU/EEA"],
    NotStated: (= NotStated),
    RegisterLawReference: (= RegisterLawReference),
    DisclosureCondition: (= DisclosureCondition),
    Fee: (= Fee),
    Frequency: (= Frequency),
    RefusalGrounds: (= RefusalGrounds),
    LawReference: (= LawReference),
    NoDisclosures: (= NoticeNoDisclosures),
    NoDisclosuresAsARule: (= NoticeDisclosuresAsARule),
    NotAnswered: (= NotAnswered),
    DisclosuresYes: (= NoticeDisclosuresYes),
    TransfersAsARule: (= NoticeTransfersAsARule),
    TransfersYes: (= NoticeTransfersYes),
    NoticeChanges: (= NoticeChanges),
    DpfCertified: (= DpfCertified),
    DpfCheckedOn: ["DPF kontrollerat", "DPF tarkistettu", "DPF checked on"],
    SafeguardCopies: (= SafeguardCopies),

    // Data items sheet.
    Group: (= Group),
    Item: ["Uppgift", "Tieto", "Item"],
    IsPersonalData: ["Personuppgift", "Henkilötieto", "Personal data"],
    Requirement: (= MandatoryOrOptional),
    SpecialCategory: ["Särskild kategori (art. 9)", "Erityinen henkilötietoryhmä (9 art.)", "Special category (Art. 9)"],
    Flags: (= Flags),
    ConsequenceIfNotGiven: ["Följd om uppgiften inte lämnas", "Seuraus, jos tietoa ei anneta", "Consequence if not given"],
    NeedForNationalId: (= NeedForNationalIdNumber),
    FlagCriminalOffence: (= CriminalOffence),
    FlagNationalId: (= NationalId),
    FlagFinancial: (= Financial),
    FlagFreeText: (= FreeText),
    FlagOnlineIdentifier: (= OnlineIdentifier),
    FlagCredentials: (= Credentials),
    FlagConsent: (= ConsentRecord),

    // Processors sheet.
    Vendor: (= Vendor),
    Product: ["Produkt / tjänst", "Tuote / palvelu", "Product / service"],
    Hosting: ["Drift", "Ylläpito", "Hosting"],
    Function: (= Function),
    DataLocation: (= DataLocation),
    DataHeld: (= DataHeld),
    UsedByRegisters: ["Används av register", "Käyttävät rekisterit", "Registers using it"],
    Agreement: (= Agreement),
    AgreementSigned: ["Avtalet undertecknat", "Sopimus allekirjoitettu", "Agreement signed"],
    AgreementReference: ["Avtalsreferens", "Sopimusviite", "Agreement reference"],

    // Sources, disclosures, rights, people and cookies.
    Kind: ["Typ", "Tyyppi", "Kind"],
    RecipientCategory: (= RecipientCategory),
    PublicSource: ["Offentlig källa", "Julkinen lähde", "Public source"],
    CollectionProcedure: ["Insamlingsrutin", "Keräystapa", "Collection procedure"],
    Recipient: (= Recipient),
    DataDisclosed: ["Uppgifter som lämnas ut", "Luovutettavat tiedot", "Data disclosed"],
    Why: ["Syfte", "Tarkoitus", "Why"],
    How: ["Sätt", "Tapa", "How"],
    Right: (= Right),
    Channel: ["Hur man begär", "Miten pyydetään", "How to ask"],
    IdentityCheck: (= IdentityCheck),
    DeadlineDays: ["Svarstid (dagar)", "Vastausaika (päivää)", "Deadline (days)"],
    ExtractFormat: ["Format", "Muoto", "Format"],
    Notes: (= Notes),
    Title: (= Title),
    Responsibilities: ["Uppdrag", "Tehtävät", "Responsibilities"],
    ContactPerson: (= ContactPerson),
    ResponsibleForDeletion: ["Ansvarig för gallring", "Vastuu poistamisesta", "Responsible for deletion"],
    Provider: (= Provider),
    CookieClass: (= CookieClass),
    CookieDuration: ["Session / permanent", "Istunto / pysyvä", "Session / persistent"],
    Lifetime: (= Lifetime),
    RequiresConsent: (= RequiresConsent),

    // Transfers sheet.
    Through: ["System eller mottagare", "Järjestelmä tai vastaanottaja", "System or recipient"],
    Documentation: ["Dokumentation av skyddsåtgärder", "Suojatoimien dokumentaatio", "Documentation of safeguards"],

    // Access matrix.
    People: (= People),
    Access: ["Åtkomst", "Pääsy", "Access"],
    GrantedBy: (= GrantedBy),

    // Retention schedule.
    DataGroup: ["Uppgiftsgrupp", "Tietoryhmä", "Data group"],
    WholeRegister: (= WholeRegister),
    Trigger: ["Utgångspunkt", "Alkamisperuste", "Trigger"],
    Period: (= Period),
    DeletionMethod: ["Raderingssätt", "Poistotapa", "Deletion method"],
    Routine: ["Gallringsrutin", "Poistorutiini", "Deletion routine"],
    Responsible: (= Responsible),
    IntervalMonths: ["Intervall (månader)", "Väli (kuukautta)", "Interval (months)"],
    LastReviewed: ["Senast utförd", "Viimeksi tehty", "Last reviewed"],
    NextReview: ["Nästa gång", "Seuraava kerta", "Next review"],
    Overdue: ["Försenad", "Myöhässä", "Overdue"],

    // Findings.
    Severity: ["Allvarlighetsgrad", "Vakavuus", "Severity"],
    Record: ["Gäller", "Kohde", "Record"],
    Description: (= Description),
    FindingAnswer: ["Besvarad", "Vastattu", "Answered"],
    NotApplicable: (= NotApplicable),
    AcceptedForNow: (= AcceptedForNow),

    Yes: (= Yes),
    No: (= No),

    // The breach log, the request log, the DPIA screening and the record kept as processor.
    SheetBreaches: ["Personuppgiftsincidenter", "Tietoturvaloukkaukset", "Personal data breaches"],
    SheetRequests: ["Begäranden från registrerade", "Rekisteröityjen pyynnöt", "Data subject requests"],
    SheetDpia: ["Behov av konsekvensbedömning", "Vaikutustenarvioinnin tarve", "DPIA screening"],
    SheetProcessorRecord: ["Register som biträde", "Seloste käsittelijänä", "Record as processor"],
    Happened: ["Inträffade", "Tapahtui", "Happened"],
    Discovered: ["Upptäcktes", "Havaittiin", "Discovered"],
    NotificationDeadline: ["Anmälan senast (72 h)", "Ilmoitus viimeistään (72 h)", "Notify by (72 h)"],
    AuthorityNotified: ["Anmäld till tillsynsmyndigheten", "Ilmoitettu valvontaviranomaiselle", "Authority notified"],
    NotificationReason: ["Skäl till försenad eller utebliven anmälan", "Syy viivästyneeseen tai tekemättä jätettyyn ilmoitukseen", "Reason for a late or no notification"],
    DataItemsConcerned: ["Berörda uppgifter", "Koskee tietoja", "Data items concerned"],
    ApproximatePeople: ["Ungefärligt antal berörda personer", "Arvioitu asianosaisten määrä", "Approximate number of people"],
    Consequences: ["Sannolika konsekvenser", "Todennäköiset seuraukset", "Likely consequences"],
    MeasuresTaken: ["Vidtagna åtgärder", "Toteutetut toimenpiteet", "Measures taken"],
    Risk: ["Risk", "Riski", "Risk"],
    RiskAssessment: ["Riskbedömning", "Riskinarviointi", "Risk assessment"],
    DataSubjectsInformed: ["De registrerade informerade", "Rekisteröidyille ilmoitettu", "People told"],
    NotInformedReason: ["Skäl att inte informera", "Syy olla ilmoittamatta", "Why people were not told"],
    ReviewAnswers: ["Utvärdering efter incidenten", "Jälkiarviointi", "Post-incident review"],
    Closed: ["Avslutad", "Suljettu", "Closed"],
    Requester: ["Den registrerade", "Rekisteröity", "Requester"],
    Received: ["Mottagen", "Vastaanotettu", "Received"],
    Extended: ["Förlängd (art. 12.3)", "Jatkettu (12.3 art.)", "Extended (Art. 12(3))"],
    ExtensionReason: ["Skäl till förlängningen", "Jatkamisen syy", "Reason for the extension"],
    AnswerBy: ["Svar senast", "Vastaus viimeistään", "Answer by"],
    Actions: ["Åtgärder", "Toimenpiteet", "What was done"],
    Answered: ["Besvarad", "Vastattu", "Answered"],
    LastReview: ["Senaste genomgång", "Viimeisin katselmointi", "Last review"],
    Screened: ["Bedömd", "Arvioitu", "Screened"],
    CriteriaMet: ["Uppfyllda kriterier (WP248)", "Täyttyvät kriteerit (WP248)", "Criteria met (WP248)"],
    ListedProcessing: ["Behandling på förteckningen", "Luettelon mukainen käsittely", "Listed processing"],
    DpiaRequired: ["Konsekvensbedömning krävs", "Vaikutustenarviointi vaaditaan", "DPIA required"],
    DpiaDone: ["Konsekvensbedömning gjord", "Vaikutustenarviointi tehty", "DPIA done"],
    Reference: ["Hänvisning", "Viite", "Reference"],
    Outcome: ["Resultat", "Tulos", "Outcome"],
    NotScreened: ["Inte bedömd", "Ei arvioitu", "Not screened"],
    Controller: ["Personuppgiftsansvarig", "Rekisterinpitäjä", "Controller"],
    Contact: ["Kontaktuppgifter", "Yhteystiedot", "Contact details"],
    CategoriesOfProcessing: ["Kategorier av behandling", "Käsittelytoimien ryhmät", "Categories of processing"],
    SubProcessors: ["Underbiträden", "Alihankkijat (alikäsittelijät)", "Sub-processors"],
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

/// The name of a kind of record, for the findings sheet (one name, the model's).
pub(super) fn record_kind(kind: RecordKind, language: Language) -> &'static str {
    kind.label(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The user interface's strings, `key: ['sv', 'fi', 'en']`, read from its source.
    fn ui_strings() -> std::collections::HashMap<String, [String; 3]> {
        let source = include_str!("../../../../ui/app/i18n.js");
        let mut strings = std::collections::HashMap::new();
        for line in source.lines() {
            let line = line.trim();
            let Some((key, rest)) = line.split_once(": [") else {
                continue;
            };
            if !key.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                continue;
            }
            let mut texts = Vec::new();
            let mut chars = rest.chars();
            while let Some(c) = chars.next() {
                if c == '\'' || c == '"' {
                    let mut text = String::new();
                    while let Some(d) = chars.next() {
                        match d {
                            '\\' => text.extend(chars.next()),
                            d if d == c => break,
                            d => text.push(d),
                        }
                    }
                    texts.push(text);
                }
            }
            if let [sv, fi, en] = texts.as_slice() {
                strings.insert(key.to_string(), [sv.clone(), fi.clone(), en.clone()]);
            }
        }
        strings
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
        // The workbook takes these from the document labels: one definition.
        for label in Label::ALL {
            if let Some(shared) = label.shared() {
                for language in Language::ALL {
                    assert_eq!(label.get(language), shared.get(language));
                }
            }
        }
        assert_eq!(Label::Title.shared(), Some(Doc::Title));
        assert_eq!(
            Label::FlagCriminalOffence.shared(),
            Some(Doc::CriminalOffence)
        );
        assert_eq!(
            Label::FlagOnlineIdentifier.shared(),
            Some(Doc::OnlineIdentifier)
        );

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
            (Doc::Representative, "representative"),
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
            (Doc::SpecialCategory, "special_category"),
            (Doc::CriminalOffence, "flag_criminal_offence"),
            (Doc::Financial, "flag_financial"),
            (Doc::FreeText, "flag_free_text"),
            (Doc::OnlineIdentifier, "flag_online_identifier"),
            (Doc::Credentials, "flag_credentials"),
            (Doc::ConsentRecord, "flag_consent"),
            (Doc::Art9Condition, "special_category_condition"),
            (Doc::LawReference, "law_reference"),
            (Doc::DirectMarketing, "direct_marketing"),
            (Doc::LegalBasis, "legal_bases"),
            (Doc::Recipient, "recipient"),
            (Doc::Vendor, "vendor"),
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
            (Label::DeadlineDays, "deadline_days"),
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
            (Doc::BusinessId, "business_id"),
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
            Label::NeedForNationalId.shared(),
            Some(Doc::NeedForNationalIdNumber)
        );
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
