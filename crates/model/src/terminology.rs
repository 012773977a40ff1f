//! The fixed vocabularies of GDPR documentation (legal bases, Art. 9 conditions,
//! rights, transfer mechanisms, …) with their Swedish, Finnish and English labels
//! from `shared/design/glossary.md`. This is the one place those words live; the
//! exporters and the user interface read them from here. Labels marked (?) in the
//! glossary are common usage that could not be checked against an official text.

use crate::text::Language;
use serde::{Deserialize, Serialize};

/// An enumeration whose values carry labels in the three languages.
pub trait Vocabulary: Copy + 'static {
    /// The name of the vocabulary as used in the JSON format and the UI.
    const NAME: &'static str;
    fn all() -> &'static [Self];
    /// The stable code used in files.
    fn code(self) -> &'static str;
    fn label(self, language: Language) -> &'static str;
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident = $vocabulary_name:literal {
        $( $(#[$variant_meta:meta])* $variant:ident = $code:literal : [$sv:literal, $fi:literal, $en:literal] ),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
        pub enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $code)] $variant ),+
        }

        impl Vocabulary for $name {
            const NAME: &'static str = $vocabulary_name;
            fn all() -> &'static [Self] {
                &[$($name::$variant),+]
            }
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            fn label(self, language: Language) -> &'static str {
                match self {
                    $($name::$variant => match language {
                        Language::Sv => $sv,
                        Language::Fi => $fi,
                        Language::En => $en,
                    }),+
                }
            }
        }
    };
}

vocabulary! {
    /// Art. 6(1): the lawful bases of processing.
    LegalBasis = "legal_basis" {
        Consent = "consent": ["Samtycke", "Suostumus", "Consent"],
        Contract = "contract": ["Avtal", "Sopimus", "Contract"],
        LegalObligation = "legal_obligation": ["Rättslig förpliktelse", "Lakisääteinen velvoite", "Legal obligation"],
        VitalInterests = "vital_interests": ["Grundläggande intressen", "Elintärkeät edut", "Vital interests"],
        PublicTask = "public_task": ["Allmänt intresse eller myndighetsutövning", "Yleistä etua koskeva tehtävä tai julkisen vallan käyttö", "Public task or official authority"],
        LegitimateInterests = "legitimate_interests": ["Berättigat intresse", "Oikeutettu etu", "Legitimate interests"],
    }
}

impl LegalBasis {
    /// The article reference printed beside the label.
    pub fn article(self) -> &'static str {
        match self {
            LegalBasis::Consent => "6(1)(a)",
            LegalBasis::Contract => "6(1)(b)",
            LegalBasis::LegalObligation => "6(1)(c)",
            LegalBasis::VitalInterests => "6(1)(d)",
            LegalBasis::PublicTask => "6(1)(e)",
            LegalBasis::LegitimateInterests => "6(1)(f)",
        }
    }
}

vocabulary! {
    /// Art. 9(2): the conditions that allow processing of special categories.
    SpecialCategoryCondition = "special_category_condition" {
        ExplicitConsent = "explicit_consent": ["Uttryckligt samtycke", "Nimenomainen suostumus", "Explicit consent"],
        EmploymentLaw = "employment_law": ["Arbetsrätt, social trygghet och socialt skydd", "Työoikeus, sosiaaliturva ja sosiaalinen suojelu", "Employment and social security law"],
        VitalInterests = "vital_interests": ["Grundläggande intressen", "Elintärkeät edut", "Vital interests"],
        NotForProfitBody = "not_for_profit_body": ["Ideell organisation", "Voittoa tavoittelematon yhteisö", "Not-for-profit body"],
        MadePublic = "made_public": ["Uppgifter som offentliggjorts av den registrerade", "Rekisteröidyn julkisiksi saattamat tiedot", "Made public by the data subject"],
        LegalClaims = "legal_claims": ["Rättsliga anspråk", "Oikeusvaateet", "Legal claims"],
        SubstantialPublicInterest = "substantial_public_interest": ["Viktigt allmänt intresse", "Tärkeä yleinen etu", "Substantial public interest"],
        HealthOrSocialCare = "health_or_social_care": ["Hälso- och sjukvård, social omsorg, yrkesmedicin", "Terveydenhuolto, sosiaalihuolto, työterveyshuolto", "Health or social care, occupational medicine"],
        PublicHealth = "public_health": ["Folkhälsa", "Kansanterveys", "Public health"],
        ArchivingResearchStatistics = "archiving_research_statistics": ["Arkiv, forskning, statistik", "Arkistointi, tutkimus, tilastointi", "Archiving, research, statistics"],
    }
}

impl SpecialCategoryCondition {
    pub fn article(self) -> &'static str {
        match self {
            SpecialCategoryCondition::ExplicitConsent => "9(2)(a)",
            SpecialCategoryCondition::EmploymentLaw => "9(2)(b)",
            SpecialCategoryCondition::VitalInterests => "9(2)(c)",
            SpecialCategoryCondition::NotForProfitBody => "9(2)(d)",
            SpecialCategoryCondition::MadePublic => "9(2)(e)",
            SpecialCategoryCondition::LegalClaims => "9(2)(f)",
            SpecialCategoryCondition::SubstantialPublicInterest => "9(2)(g)",
            SpecialCategoryCondition::HealthOrSocialCare => "9(2)(h)",
            SpecialCategoryCondition::PublicHealth => "9(2)(i)",
            SpecialCategoryCondition::ArchivingResearchStatistics => "9(2)(j)",
        }
    }
}

vocabulary! {
    /// Art. 9(1): the special categories of personal data. (Not in the glossary; official GDPR wording.)
    SpecialCategory = "special_category" {
        RacialOrEthnicOrigin = "racial_or_ethnic_origin": ["Ras eller etniskt ursprung", "Rotu tai etninen alkuperä", "Racial or ethnic origin"],
        PoliticalOpinions = "political_opinions": ["Politiska åsikter", "Poliittiset mielipiteet", "Political opinions"],
        ReligiousBeliefs = "religious_beliefs": ["Religiös eller filosofisk övertygelse", "Uskonnollinen tai filosofinen vakaumus", "Religious or philosophical beliefs"],
        TradeUnionMembership = "trade_union_membership": ["Medlemskap i fackförening", "Ammattiliiton jäsenyys", "Trade union membership"],
        GeneticData = "genetic_data": ["Genetiska uppgifter", "Geneettiset tiedot", "Genetic data"],
        BiometricData = "biometric_data": ["Biometriska uppgifter", "Biometriset tiedot", "Biometric data"],
        Health = "health": ["Uppgifter om hälsa", "Terveyttä koskevat tiedot", "Data concerning health"],
        SexLifeOrOrientation = "sex_life_or_orientation": ["Sexualliv eller sexuell läggning", "Seksuaalinen käyttäytyminen tai suuntautuminen", "Sex life or sexual orientation"],
    }
}

vocabulary! {
    /// Chapter III: the rights of the data subject.
    DataSubjectRight = "data_subject_right" {
        Information = "information": ["Rätt till information", "Oikeus saada tietoa käsittelystä", "Right to be informed"],
        Access = "access": ["Rätt till tillgång (registerutdrag)", "Oikeus saada pääsy tietoihin", "Right of access"],
        Rectification = "rectification": ["Rätt till rättelse", "Oikeus tietojen oikaisemiseen", "Right to rectification"],
        Erasure = "erasure": ["Rätt till radering (”rätten att bli bortglömd”)", "Oikeus tietojen poistamiseen (”oikeus tulla unohdetuksi”)", "Right to erasure (‘right to be forgotten’)"],
        Restriction = "restriction": ["Rätt till begränsning av behandling", "Oikeus käsittelyn rajoittamiseen", "Right to restriction"],
        Portability = "portability": ["Rätt till dataportabilitet", "Oikeus siirtää tiedot järjestelmästä toiseen", "Right to data portability"],
        Objection = "objection": ["Rätt att göra invändningar", "Vastustamisoikeus", "Right to object"],
        NoAutomatedDecisions = "no_automated_decisions": ["Rätt att inte bli föremål för automatiserat individuellt beslutsfattande", "Oikeus olla joutumatta automatisoidun yksittäispäätöksen kohteeksi", "Right not to be subject to automated individual decisions"],
        WithdrawConsent = "withdraw_consent": ["Rätt att återkalla samtycke", "Oikeus peruuttaa suostumus", "Right to withdraw consent"],
        /// The right to object to direct marketing (Art. 21(2)–(3)) as a right
        /// with its own procedure; documents written under the repealed Finnish
        /// personal data act call it kielto-oikeus / förbudsrätt.
        ProhibitDirectMarketing = "prohibit_direct_marketing": ["Rätt att invända mot direktmarknadsföring", "Oikeus vastustaa suoramarkkinointia", "Right to object to direct marketing"],
        Complaint = "complaint": ["Rätt att lämna in klagomål till en tillsynsmyndighet", "Oikeus tehdä valitus valvontaviranomaiselle", "Right to lodge a complaint"],
    }
}

vocabulary! {
    /// Chapter V: how a transfer outside the EU/EEA is made lawful.
    TransferMechanism = "transfer_mechanism" {
        AdequacyDecision = "adequacy_decision": ["Beslut om adekvat skyddsnivå", "Tietosuojan riittävyyttä koskeva päätös", "Adequacy decision"],
        StandardContractualClauses = "standard_contractual_clauses": ["Standardiserade dataskyddsbestämmelser", "Tietosuojaa koskevat vakiolausekkeet", "Standard contractual clauses"],
        BindingCorporateRules = "binding_corporate_rules": ["Bindande företagsbestämmelser", "Yritystä koskevat sitovat säännöt", "Binding corporate rules"],
        Derogation = "derogation": ["Undantag i särskilda situationer", "Poikkeukset erityistilanteissa", "Derogation for specific situations (Art. 49)"],
    }
}

vocabulary! {
    /// Art. 30(1)/(2): whether the organisation is the controller or a processor in a register.
    ProcessingRole = "processing_role" {
        Controller = "controller": ["Personuppgiftsansvarig", "Rekisterinpitäjä", "Controller"],
        JointController = "joint_controller": ["Gemensamt personuppgiftsansvarig", "Yhteisrekisterinpitäjä", "Joint controller"],
        Processor = "processor": ["Personuppgiftsbiträde", "Henkilötietojen käsittelijä", "Processor"],
    }
}

vocabulary! {
    /// Who receives disclosed data (seed 003 §7).
    RecipientKind = "recipient_kind" {
        Processor = "processor": ["Personuppgiftsbiträde", "Henkilötietojen käsittelijä", "Processor"],
        IndependentController = "independent_controller": ["Självständigt personuppgiftsansvarig", "Itsenäinen rekisterinpitäjä", "Independent controller"],
        GroupCompany = "group_company": ["Koncernbolag", "Konserniyhtiö", "Group company"],
        Authority = "authority": ["Myndighet", "Viranomainen", "Authority"],
        CustomerOrganisation = "customer_organisation": ["Kundorganisation", "Asiakasorganisaatio", "Customer organisation"],
        Other = "other": ["Annan mottagare", "Muu vastaanottaja", "Other recipient"],
    }
}

vocabulary! {
    /// Where personal data come from (seeds 000 §8, 002, 003 §6).
    SourceKind = "source_kind" {
        DataSubject = "data_subject": ["Den registrerade själv", "Rekisteröity itse", "The data subject"],
        PublicRegister = "public_register": ["Offentligt register", "Julkinen rekisteri", "Public register"],
        CreditBureau = "credit_bureau": ["Kreditupplysningsföretag", "Luottotietoyhtiö", "Credit bureau"],
        TaxAuthority = "tax_authority": ["Skattemyndighet", "Verohallinto", "Tax authority"],
        SocialMediaLogin = "social_media_login": ["Inloggning via sociala medier", "Kirjautuminen sosiaalisen median kautta", "Social media login"],
        GroupCompany = "group_company": ["Koncernbolag", "Konserniyhtiö", "Group company"],
        BusinessPartner = "business_partner": ["Samarbetspartner eller leverantör", "Yhteistyökumppani tai toimittaja", "Business partner or supplier"],
        Other = "other": ["Annan källa", "Muu lähde", "Other source"],
    }
}

vocabulary! {
    /// The type of a protection measure (Art. 32).
    MeasureKind = "measure_kind" {
        Technical = "technical": ["Teknisk", "Tekninen", "Technical"],
        Organisational = "organisational": ["Organisatorisk", "Organisatorinen", "Organisational"],
        Physical = "physical": ["Fysisk", "Fyysinen", "Physical"],
    }
}

vocabulary! {
    /// How changes made by a role are logged (seed 000 §5).
    ChangeLogging = "change_logging" {
        Full = "full": ["Alla ändringar loggas med vem och när", "Kaikki muutokset kirjataan (kuka ja milloin)", "All changes logged with who and when"],
        HistoryOnly = "history_only": ["Ingen loggning utöver historiken", "Ei lokia historian lisäksi", "No logging beyond the history"],
        None = "none": ["Ingen loggning", "Ei lokia", "No logging"],
    }
}

vocabulary! {
    /// What starts the retention period.
    RetentionTrigger = "retention_trigger" {
        Inactivity = "inactivity": ["Inaktivitet", "Käyttämättömyys", "Inactivity"],
        EndOfCustomerRelationship = "end_of_customer_relationship": ["Kundförhållandets upphörande", "Asiakassuhteen päättyminen", "End of the customer relationship"],
        EndOfEmployment = "end_of_employment": ["Anställningens upphörande", "Työsuhteen päättyminen", "End of employment"],
        Unsubscribe = "unsubscribe": ["Avregistrering", "Tilauksen peruminen", "Unsubscribing"],
        NoConsent = "no_consent": ["Samtycke ges inte", "Suostumusta ei anneta", "No consent given"],
        RequestOfDataSubject = "request_of_data_subject": ["Den registrerades begäran", "Rekisteröidyn pyyntö", "Request of the data subject"],
        ManualDeletion = "manual_deletion": ["Radering för hand", "Käsin poistaminen", "Deletion by hand"],
        StatutoryPeriod = "statutory_period": ["Lagstadgad tid", "Lakisääteinen aika", "Statutory period"],
        Other = "other": ["Annat", "Muu", "Other"],
    }
}

vocabulary! {
    /// How a retention rule is carried out.
    DeletionMethod = "deletion_method" {
        Automatic = "automatic": ["Automatiskt", "Automaattisesti", "Automatically"],
        Manual = "manual": ["För hand", "Käsin", "By hand"],
    }
}

vocabulary! {
    /// Cookie classes as used in consent banners.
    CookieClass = "cookie_class" {
        Necessary = "necessary": ["Nödvändiga", "Välttämättömät", "Necessary"],
        Functional = "functional": ["Funktionella", "Toiminnalliset", "Functional"],
        Preference = "preference": ["Inställningar", "Asetukset", "Preferences"],
        Statistics = "statistics": ["Statistik", "Tilastointi", "Statistics"],
        Marketing = "marketing": ["Marknadsföring", "Markkinointi", "Marketing"],
    }
}

vocabulary! {
    CookieDuration = "cookie_duration" {
        Session = "session": ["Sessionskaka", "Istuntoeväste", "Session cookie"],
        Persistent = "persistent": ["Permanent kaka", "Pysyvä eväste", "Persistent cookie"],
    }
}

vocabulary! {
    /// The agreement that governs a processor or system (Art. 26, 28).
    AgreementKind = "agreement_kind" {
        ProcessorAgreement = "processor_agreement": ["Personuppgiftsbiträdesavtal", "Käsittelysopimus", "Processor agreement"],
        JointControllerArrangement = "joint_controller_arrangement": ["Avtal om gemensamt personuppgiftsansvar", "Yhteisrekisterinpitäjien järjestely", "Joint-controller arrangement"],
        TermsOfService = "terms_of_service": ["Leverantörens standardvillkor", "Toimittajan vakioehdot", "Vendor's standard terms"],
        /// Any other contract with the other party (seed 000: "vår avtalspart").
        Contract = "contract": ["Avtal", "Sopimus", "Contract"],
    }
}

vocabulary! {
    /// Who runs a system: the organisation itself or a third party.
    Hosting = "hosting" {
        InHouse = "in_house": ["Egen drift", "Oma ylläpito", "In house"],
        ThirdParty = "third_party": ["Extern leverantör", "Ulkoinen toimittaja", "Third party"],
    }
}

vocabulary! {
    /// Data protection impact assessment (Art. 35).
    DpiaStatus = "dpia_status" {
        NotAssessed = "not_assessed": ["Inte bedömt", "Ei arvioitu", "Not assessed"],
        NotNeeded = "not_needed": ["Behövs inte", "Ei tarpeen", "Not needed"],
        Needed = "needed": ["Behövs, inte gjord", "Tarpeen, ei tehty", "Needed, not done"],
        Done = "done": ["Gjord", "Tehty", "Done"],
    }
}

vocabulary! {
    /// Whether the data subject must give an item (Art. 13(2)(e)).
    ItemRequirement = "item_requirement" {
        Mandatory = "mandatory": ["Obligatorisk", "Pakollinen", "Mandatory"],
        Optional = "optional": ["Frivillig", "Vapaaehtoinen", "Optional"],
    }
}

vocabulary! {
    /// Whether giving the data is a statutory or contractual requirement (Art. 13(2)(e)).
    /// "No requirement" is written `no_requirement`: format 1 wrote `not_required`
    /// for every register nobody had asked, so that code reads as not answered.
    ProvisionRequirement = "provision_requirement" {
        NotRequired = "no_requirement": ["Inget krav", "Ei vaatimusta", "Not required"],
        Statutory = "statutory": ["Lagstadgat krav", "Lakisääteinen vaatimus", "Statutory requirement"],
        Contractual = "contractual": ["Avtalsenligt krav", "Sopimukseen perustuva vaatimus", "Contractual requirement"],
        NeededForContract = "needed_for_contract": ["Krav för att ingå avtal", "Edellytys sopimuksen tekemiselle", "Needed to enter into a contract"],
    }
}

vocabulary! {
    /// The risk a personal data breach poses to the people concerned (Art. 33(1),
    /// 34(1)). Words of the regulation's sv/fi/en texts, as IMY and the Finnish Data
    /// Protection Ombudsman use them ("personuppgiftsincident" / "tietoturvaloukkaus").
    BreachRisk = "breach_risk" {
        Unlikely = "unlikely": ["Medför sannolikt ingen risk", "Ei todennäköisesti aiheuta riskiä", "Unlikely to result in a risk"],
        Risk = "risk": ["Risk", "Riski", "Risk"],
        HighRisk = "high_risk": ["Hög risk", "Korkea riski", "High risk"],
    }
}

vocabulary! {
    /// The nine criteria of processing likely to result in a high risk, from the
    /// EDPB-endorsed guidelines WP248 rev.01 ("Riktlinjer om konsekvensbedömning
    /// avseende dataskydd" / "Ohjeet tietosuojaa koskevasta vaikutustenarvioinnista").
    /// IMY's Art. 35(4) list is these criteria: a DPIA when at least two apply.
    DpiaCriterion = "dpia_criterion" {
        EvaluationOrScoring = "evaluation_or_scoring": ["Utvärdering eller poängsättning, även profilering och förutsägelser", "Arviointi tai pisteytys, myös profilointi ja ennakointi", "Evaluation or scoring, including profiling and predicting"],
        AutomatedDecisions = "automated_decisions": ["Automatiserat beslutsfattande med rättsliga följder eller liknande betydande följder", "Automaattinen päätöksenteko, jolla on oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia", "Automated decision-making with legal or similarly significant effect"],
        SystematicMonitoring = "systematic_monitoring": ["Systematisk övervakning", "Järjestelmällinen valvonta", "Systematic monitoring"],
        SensitiveData = "sensitive_data": ["Känsliga uppgifter eller uppgifter av mycket personlig karaktär", "Arkaluonteiset tiedot tai erittäin henkilökohtaiset tiedot", "Sensitive data or data of a highly personal nature"],
        LargeScale = "large_scale": ["Uppgifter som behandlas i stor omfattning", "Laajamittaisesti käsiteltävät tiedot", "Data processed on a large scale"],
        MatchingOrCombining = "matching_or_combining": ["Matchning eller kombination av datamängder", "Aineistojen yhteensovittaminen tai yhdistäminen", "Matching or combining datasets"],
        VulnerableDataSubjects = "vulnerable_data_subjects": ["Uppgifter som rör sårbara registrerade", "Haavoittuvassa asemassa olevia rekisteröityjä koskevat tiedot", "Data concerning vulnerable data subjects"],
        InnovativeTechnology = "innovative_technology": ["Innovativ användning eller tillämpning av nya tekniska eller organisatoriska lösningar", "Innovatiivinen käyttö tai uusien teknologisten tai organisatoristen ratkaisujen soveltaminen", "Innovative use or applying new technological or organisational solutions"],
        PreventsRights = "prevents_rights": ["Behandlingen hindrar de registrerade från att utöva en rättighet eller använda en tjänst eller ett avtal", "Käsittely estää rekisteröityjä käyttämästä oikeuttaan tai palvelua tai sopimusta", "The processing prevents data subjects from exercising a right or using a service or a contract"],
    }
}

vocabulary! {
    /// Processing that needs a DPIA on its own: the cases of Art. 35(3) (the
    /// regulation's sv/fi/en text) and the Finnish Data Protection Ombudsman's
    /// Art. 35(4) list of 21.12.2018 (tietosuoja.fi, "Luettelo
    /// vaikutustenarviointia edellyttävistä käsittelytoimista" / "Förteckning över
    /// behandling av personuppgifter som omfattas av konsekvensbedömning"), whose
    /// first three kinds count together with at least one WP248 criterion.
    /// IMY's Swedish list adds no kinds beyond the nine criteria.
    DpiaListedProcessing = "dpia_listed_processing" {
        ExtensiveEvaluation = "extensive_evaluation": ["Systematisk och omfattande bedömning av personliga aspekter som grundar sig på automatisk behandling och som beslut med rättsliga följder grundar sig på (art. 35.3 a)", "Järjestelmällinen ja kattava henkilökohtaisten ominaisuuksien arviointi, joka perustuu automaattiseen käsittelyyn ja johon perustuu oikeusvaikutuksia tuottavia päätöksiä (35.3 a art.)", "Systematic and extensive evaluation based on automated processing, with decisions that produce legal effects (Art. 35(3)(a))"],
        LargeScaleSpecialCategories = "large_scale_special_categories": ["Behandling i stor omfattning av särskilda kategorier av personuppgifter eller uppgifter om lagöverträdelser (art. 35.3 b)", "Erityisiin henkilötietoryhmiin kuuluvien tai rikostuomioita koskevien tietojen laajamittainen käsittely (35.3 b art.)", "Large-scale processing of special categories of data or criminal offence data (Art. 35(3)(b))"],
        PublicAreaMonitoring = "public_area_monitoring": ["Systematisk övervakning av en allmän plats i stor omfattning (art. 35.3 c)", "Yleisölle avoimen alueen järjestelmällinen valvonta laajamittaisesti (35.3 c art.)", "Systematic monitoring of a publicly accessible area on a large scale (Art. 35(3)(c))"],
        BiometricIdentification = "biometric_identification": ["Biometriska uppgifter för entydig identifiering, och minst ett av kriterierna (Dataombudsmannens förteckning)", "Biometriset tiedot henkilön yksiselitteiseen tunnistamiseen, ja lisäksi vähintään yksi kriteereistä (tietosuojavaltuutetun luettelo)", "Biometric data to identify a person uniquely, with at least one of the criteria (Finnish list)"],
        GeneticData = "genetic_data": ["Genetiska uppgifter, och minst ett av kriterierna (Dataombudsmannens förteckning)", "Geneettiset tiedot, ja lisäksi vähintään yksi kriteereistä (tietosuojavaltuutetun luettelo)", "Genetic data, with at least one of the criteria (Finnish list)"],
        LocationData = "location_data": ["Lokaliseringsuppgifter, och minst ett av kriterierna (Dataombudsmannens förteckning)", "Sijaintitiedot, ja lisäksi vähintään yksi kriteereistä (tietosuojavaltuutetun luettelo)", "Location data, with at least one of the criteria (Finnish list)"],
        NotInformed = "not_informed": ["De registrerade informeras inte, med stöd av artikel 14.5 (Dataombudsmannens förteckning)", "Rekisteröityjä ei informoida 14 artiklan 5 kohdan nojalla (tietosuojavaltuutetun luettelo)", "Data subjects are not informed, relying on Art. 14(5) (Finnish list)"],
        Whistleblowing = "whistleblowing": ["Visselblåsarsystem (Dataombudsmannens förteckning)", "Ilmiantojärjestelmä eli whistleblowing (tietosuojavaltuutetun luettelo)", "Whistleblowing system (Finnish list)"],
    }
}

impl crate::records::RecordKind {
    /// The name of a kind of record in the documents and findings.
    pub fn label(self, language: Language) -> &'static str {
        use crate::records::RecordKind as K;
        let [sv, fi, en] = match self {
            K::Organisation => ["Organisation", "Organisaatio", "Organisation"],
            K::Person => ["Person", "Henkilö", "Person"],
            K::DataSubjectCategory => [
                "Kategori av registrerade",
                "Rekisteröityjen ryhmä",
                "Category of data subjects",
            ],
            K::Source => ["Uppgiftskälla", "Tietolähde", "Source"],
            K::Recipient => ["Mottagare", "Vastaanottaja", "Recipient"],
            K::Processor => [
                "Personuppgiftsbiträde eller system",
                "Henkilötietojen käsittelijä tai järjestelmä",
                "Processor or system",
            ],
            K::StorageLocation => ["Förvaringsplats", "Säilytyspaikka", "Storage location"],
            K::SecurityMeasure => ["Säkerhetsåtgärd", "Turvatoimi", "Security measure"],
            K::Cookie => ["Kaka", "Eväste", "Cookie"],
            K::Register => ["Register", "Rekisteri", "Register"],
            K::DataItemGroup => ["Uppgiftsgrupp", "Tietoryhmä", "Group of data items"],
            K::DataItem => ["Uppgift", "Tieto", "Data item"],
            K::Purpose => ["Ändamål", "Käyttötarkoitus", "Purpose"],
            K::SystemLink => ["Kopplat system", "Liitetty järjestelmä", "Linked system"],
            K::Disclosure => ["Utlämnande", "Luovutus", "Disclosure"],
            K::Transfer => ["Överföring", "Siirto", "Transfer"],
            K::AccessRole => [
                "Roll och behörigheter",
                "Rooli ja käyttöoikeudet",
                "Role and access",
            ],
            K::RetentionRule => ["Lagringsregel", "Säilytyssääntö", "Retention rule"],
            K::RightsProcedure => [
                "Rutin för en rättighet",
                "Oikeuden toteuttamistapa",
                "Rights procedure",
            ],
            K::DpiaScreening => [
                "Bedömning av behovet av konsekvensbedömning",
                "Vaikutustenarvioinnin tarpeen arviointi",
                "DPIA screening",
            ],
            K::Breach => [
                "Personuppgiftsincident",
                "Henkilötietojen tietoturvaloukkaus",
                "Personal data breach",
            ],
            K::DataSubjectRequest => [
                "Begäran från en registrerad",
                "Rekisteröidyn pyyntö",
                "Data subject request",
            ],
            K::ClientController => [
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
}

/// The label of a record's text field, named by the last part of its path
/// (`legal_bases[0].legitimate_interest` → "Berättigat intresse"), for
/// findings that point at a field. `None` for a field without a label here.
pub fn field_label(path: &str, language: Language) -> Option<&'static str> {
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    let [sv, fi, en] = match field {
        "name" => ["Namn", "Nimi", "Name"],
        "description" => ["Beskrivning", "Kuvaus", "Description"],
        "purpose" => ["Ändamål", "Tarkoitus", "Purpose"],
        "address" => ["Adress", "Osoite", "Address"],
        "vendor" => ["Leverantör", "Toimittaja", "Vendor"],
        "usage" => ["Användning", "Käyttö", "Use"],
        "title" => ["Titel", "Tehtävänimike", "Title"],
        "steps" => ["Steg", "Vaiheet", "Steps"],
        "routine" => ["Raderingsrutin", "Poistorutiini", "Deletion routine"],
        "representative" => ["Företrädare", "Edustaja", "Representative"],
        "post_incident_review" => [
            "Uppföljning efter en incident",
            "Jälkiarviointi",
            "Review after an incident",
        ],
        "permissions" => ["Behörigheter", "Käyttöoikeudet", "Permissions"],
        "period" => ["Lagringstid", "Säilytysaika", "Retention period"],
        "notes" => ["Anmärkningar", "Huomautukset", "Notes"],
        "need_for_national_id" => [
            "Behov av personbeteckning (personnummer)",
            "Henkilötunnuksen tarve",
            "Need for the national identity number",
        ],
        "method" => ["Sätt", "Tapa", "Method"],
        "lifetime" => ["Livslängd", "Voimassaoloaika", "Lifetime"],
        "legitimate_interest" => [
            "Berättigat intresse",
            "Oikeutettu etu",
            "Legitimate interest",
        ],
        "law_reference" => ["Lagrum", "Lainkohta", "Law reference"],
        "joint_controllers" => [
            "Gemensamt personuppgiftsansvariga",
            "Yhteisrekisterinpitäjät",
            "Joint controllers",
        ],
        "identity_check" => [
            "Identitetskontroll",
            "Henkilöllisyyden tarkistus",
            "Identity check",
        ],
        "granted_by" => ["Beviljas av", "Myöntäjä", "Granted by"],
        "function" => ["Funktion", "Toiminto", "Function"],
        "format" => ["Format", "Muoto", "Format"],
        "documentation" => ["Dokumentation", "Dokumentaatio", "Documentation"],
        "decided_by" => [
            "Beslutar om anmälan",
            "Ilmoituksesta päättää",
            "Decides on notification",
        ],
        "data_location" => ["Lagringsplats", "Tallennuspaikka", "Data location"],
        "data_held" => ["Lagrade uppgifter", "Tallennetut tiedot", "Data held"],
        "data" => ["Uppgifter", "Tiedot", "Data"],
        "consequence_of_not_providing" => [
            "Följd om uppgifterna inte lämnas",
            "Seuraus, jos tietoja ei anneta",
            "Consequence of not providing the data",
        ],
        "consequence_if_not_given" => [
            "Följd om uppgiften inte lämnas",
            "Seuraus, jos tietoa ei anneta",
            "Consequence if not given",
        ],
        "collection_procedure" => ["Insamling", "Keruutapa", "Collection"],
        "channel" => ["Så här gör man", "Näin toimitaan", "How"],
        "business_function" => [
            "Verksamhet / ägare",
            "Toiminto / omistaja",
            "Business function / owner",
        ],
        "breach_log" => ["Incidentlogg", "Loukkausloki", "Breach log"],
        "automated_decisions_description" => [
            "Beskrivning av de automatiserade besluten",
            "Automatisoitujen yksittäispäätösten kuvaus",
            "About the automated decisions",
        ],
        _ => return None,
    };
    Some(match language {
        Language::Sv => sv,
        Language::Fi => fi,
        Language::En => en,
    })
}

vocabulary! {
    /// How far a list goes: a list that is not exhaustive says so ("among others", "mainly").
    ListQualifier = "list_qualifier" {
        AmongOthers = "among_others": ["bland annat", "muun muassa", "among others"],
        Mainly = "mainly": ["huvudsakligen", "pääasiassa", "mainly"],
    }
}

/// The answer to a yes/no question whose answer becomes a sentence in a
/// document. It is `NotAnswered` until a person answers, and a document says
/// nothing about a question not answered.
///
/// Format 1 held these as `true`/`false` with `false` as the default, so a
/// `false` cannot be told from a question nobody was asked: it reads as
/// `NotAnswered`, and `true` (which only a person could have set) as `Yes`.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    schemars::JsonSchema,
)]
pub enum Answer {
    #[default]
    #[serde(rename = "not_answered")]
    NotAnswered,
    #[serde(rename = "yes")]
    Yes,
    #[serde(rename = "no")]
    No,
}

impl Answer {
    pub fn is_answered(self) -> bool {
        self != Answer::NotAnswered
    }

    /// Reads format 1's boolean: only `true` was ever a person's answer.
    pub fn from_legacy(value: bool) -> Answer {
        if value {
            Answer::Yes
        } else {
            Answer::NotAnswered
        }
    }

    /// Reads format 1's negated boolean (`no_transfers_outside_eea: true` is "no transfers").
    pub fn from_legacy_negated(value: bool) -> Answer {
        if value {
            Answer::No
        } else {
            Answer::NotAnswered
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum AnswerInFile {
    Current(AnswerCode),
    Legacy(bool),
}

#[derive(Deserialize)]
enum AnswerCode {
    #[serde(rename = "not_answered")]
    NotAnswered,
    #[serde(rename = "yes")]
    Yes,
    #[serde(rename = "no")]
    No,
}

impl From<AnswerCode> for Answer {
    fn from(code: AnswerCode) -> Answer {
        match code {
            AnswerCode::NotAnswered => Answer::NotAnswered,
            AnswerCode::Yes => Answer::Yes,
            AnswerCode::No => Answer::No,
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Answer, D::Error> {
        Ok(match AnswerInFile::deserialize(deserializer)? {
            AnswerInFile::Current(code) => code.into(),
            AnswerInFile::Legacy(value) => Answer::from_legacy(value),
        })
    }
}

/// For a field renamed from a negated boolean of format 1 (`no_transfers_outside_eea`).
pub fn answer_or_legacy_negated<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Answer, D::Error> {
    Ok(match AnswerInFile::deserialize(deserializer)? {
        AnswerInFile::Current(code) => code.into(),
        AnswerInFile::Legacy(value) => Answer::from_legacy_negated(value),
    })
}

/// For `provision_requirement`: format 1's default `not_required` is not an answer.
pub fn provision_requirement_or_legacy<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<ProvisionRequirement>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum InFile {
        Current(ProvisionRequirement),
        Legacy(String),
    }
    match Option::<InFile>::deserialize(deserializer)? {
        None => Ok(None),
        Some(InFile::Current(value)) => Ok(Some(value)),
        Some(InFile::Legacy(code)) if code == "not_required" => Ok(None),
        Some(InFile::Legacy(code)) => Err(serde::de::Error::custom(format!(
            "unknown provision requirement {code:?}"
        ))),
    }
}

impl Vocabulary for Answer {
    const NAME: &'static str = "answer";
    fn all() -> &'static [Self] {
        &[Answer::Yes, Answer::No, Answer::NotAnswered]
    }
    fn code(self) -> &'static str {
        match self {
            Answer::NotAnswered => "not_answered",
            Answer::Yes => "yes",
            Answer::No => "no",
        }
    }
    fn label(self, language: Language) -> &'static str {
        match (self, language) {
            (Answer::Yes, Language::Sv) => "Ja",
            (Answer::Yes, Language::Fi) => "Kyllä",
            (Answer::Yes, Language::En) => "Yes",
            (Answer::No, Language::Sv) => "Nej",
            (Answer::No, Language::Fi) => "Ei",
            (Answer::No, Language::En) => "No",
            (Answer::NotAnswered, Language::Sv) => "Inte besvarat",
            (Answer::NotAnswered, Language::Fi) => "Ei vastattu",
            (Answer::NotAnswered, Language::En) => "Not answered",
        }
    }
}

vocabulary! {
    /// The parts of a register a template fills; each stays marked as template
    /// text until a person has read and confirmed it.
    TemplateSection = "template_section" {
        Description = "description": ["Beskrivning", "Kuvaus", "Description"],
        Answers = "answers": ["Svar på registrets frågor", "Vastaukset rekisterin kysymyksiin", "Answers to the register's questions"],
        DataSubjects = "data_subjects": ["Registrerade", "Rekisteröidyt", "Data subjects"],
        Purposes = "purposes": ["Ändamål och rättslig grund", "Käyttötarkoitukset ja oikeusperusteet", "Purposes and legal bases"],
        DataItems = "data_items": ["Personuppgifter", "Henkilötiedot", "Data items"],
        Sources = "sources": ["Källor", "Tietolähteet", "Sources"],
        Recipients = "recipients": ["Mottagare", "Vastaanottajat", "Recipients"],
        Retention = "retention": ["Lagringstid", "Säilytysaika", "Retention"],
        Rights = "rights": ["De registrerades rättigheter", "Rekisteröidyn oikeudet", "Rights of the data subject"],
    }
}

/// Every vocabulary as `{name: [{code, sv, fi, en}]}`, for the user interface.
pub fn vocabularies_as_json() -> serde_json::Value {
    fn entries<V: Vocabulary>() -> (String, serde_json::Value) {
        let values = V::all()
            .iter()
            .map(|value| {
                serde_json::json!({
                    "code": value.code(),
                    "sv": value.label(Language::Sv),
                    "fi": value.label(Language::Fi),
                    "en": value.label(Language::En),
                })
            })
            .collect();
        (V::NAME.to_string(), serde_json::Value::Array(values))
    }
    let all = [
        entries::<LegalBasis>(),
        entries::<SpecialCategoryCondition>(),
        entries::<SpecialCategory>(),
        entries::<DataSubjectRight>(),
        entries::<TransferMechanism>(),
        entries::<ProcessingRole>(),
        entries::<RecipientKind>(),
        entries::<SourceKind>(),
        entries::<MeasureKind>(),
        entries::<ChangeLogging>(),
        entries::<RetentionTrigger>(),
        entries::<DeletionMethod>(),
        entries::<CookieClass>(),
        entries::<CookieDuration>(),
        entries::<AgreementKind>(),
        entries::<Hosting>(),
        entries::<DpiaStatus>(),
        entries::<ItemRequirement>(),
        entries::<ProvisionRequirement>(),
        entries::<BreachRisk>(),
        entries::<DpiaCriterion>(),
        entries::<DpiaListedProcessing>(),
        entries::<ListQualifier>(),
        entries::<Answer>(),
        entries::<TemplateSection>(),
    ];
    serde_json::Value::Object(all.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_serde() {
        for basis in LegalBasis::all() {
            let json = serde_json::to_string(basis).unwrap();
            assert_eq!(json, format!("\"{}\"", basis.code()));
            let back: LegalBasis = serde_json::from_str(&json).unwrap();
            assert_eq!(&back, basis);
        }
    }

    #[test]
    fn answers_read_format_1_booleans_as_only_a_person_could_have_set_them() {
        let read = |json: &str| serde_json::from_str::<Answer>(json).unwrap();
        assert_eq!(read("true"), Answer::Yes);
        assert_eq!(read("false"), Answer::NotAnswered);
        for answer in Answer::all() {
            let json = serde_json::to_string(answer).unwrap();
            assert_eq!(json, format!("\"{}\"", answer.code()));
            assert_eq!(read(&json), *answer);
        }
    }

    #[test]
    fn labels_follow_the_glossary() {
        assert_eq!(
            LegalBasis::LegitimateInterests.label(Language::Sv),
            "Berättigat intresse"
        );
        assert_eq!(
            LegalBasis::LegitimateInterests.label(Language::Fi),
            "Oikeutettu etu"
        );
        assert_eq!(
            TransferMechanism::StandardContractualClauses.label(Language::Fi),
            "Tietosuojaa koskevat vakiolausekkeet"
        );
    }
}
