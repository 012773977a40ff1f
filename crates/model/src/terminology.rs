//! The fixed vocabularies of GDPR documentation (legal bases, Art. 9 conditions,
//! rights, transfer mechanisms, …) with their Swedish, Finnish and English labels
//! from `shared/design/glossary.md`. This is the one place those words live; the
//! exporters and the user interface read them from here. Labels marked (?) in the
//! glossary are common usage that could not be checked against an official text.

use crate::text::Language;
use kirjuri_text::Text;
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
        $( $(#[$variant_meta:meta])* $variant:ident = $code:literal : $text:ident ),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
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
                    $($name::$variant => kirjuri_text::Text::$text.get(language)),+
                }
            }
        }
    };
}

vocabulary! {
    /// Art. 6(1): the lawful bases of processing.
    LegalBasis = "legal_basis" {
        Consent = "consent": LegalBasisConsent,
        Contract = "contract": LegalBasisContract,
        LegalObligation = "legal_obligation": LegalBasisLegalObligation,
        VitalInterests = "vital_interests": LegalBasisVitalInterests,
        PublicTask = "public_task": LegalBasisPublicTask,
        LegitimateInterests = "legitimate_interests": LegalBasisLegitimateInterests,
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
        ExplicitConsent = "explicit_consent": SpecialCategoryConditionExplicitConsent,
        EmploymentLaw = "employment_law": SpecialCategoryConditionEmploymentLaw,
        VitalInterests = "vital_interests": SpecialCategoryConditionVitalInterests,
        NotForProfitBody = "not_for_profit_body": SpecialCategoryConditionNotForProfitBody,
        MadePublic = "made_public": SpecialCategoryConditionMadePublic,
        LegalClaims = "legal_claims": SpecialCategoryConditionLegalClaims,
        SubstantialPublicInterest = "substantial_public_interest": SpecialCategoryConditionSubstantialPublicInterest,
        HealthOrSocialCare = "health_or_social_care": SpecialCategoryConditionHealthOrSocialCare,
        PublicHealth = "public_health": SpecialCategoryConditionPublicHealth,
        ArchivingResearchStatistics = "archiving_research_statistics": SpecialCategoryConditionArchivingResearchStatistics,
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
        RacialOrEthnicOrigin = "racial_or_ethnic_origin": SpecialCategoryRacialOrEthnicOrigin,
        PoliticalOpinions = "political_opinions": SpecialCategoryPoliticalOpinions,
        ReligiousBeliefs = "religious_beliefs": SpecialCategoryReligiousBeliefs,
        TradeUnionMembership = "trade_union_membership": SpecialCategoryTradeUnionMembership,
        GeneticData = "genetic_data": SpecialCategoryGeneticData,
        BiometricData = "biometric_data": SpecialCategoryBiometricData,
        Health = "health": SpecialCategoryHealth,
        SexLifeOrOrientation = "sex_life_or_orientation": SpecialCategorySexLifeOrOrientation,
    }
}

vocabulary! {
    /// Chapter III: the rights of the data subject.
    DataSubjectRight = "data_subject_right" {
        Information = "information": DataSubjectRightInformation,
        Access = "access": DataSubjectRightAccess,
        Rectification = "rectification": DataSubjectRightRectification,
        Erasure = "erasure": DataSubjectRightErasure,
        Restriction = "restriction": DataSubjectRightRestriction,
        Portability = "portability": DataSubjectRightPortability,
        Objection = "objection": DataSubjectRightObjection,
        NoAutomatedDecisions = "no_automated_decisions": DataSubjectRightNoAutomatedDecisions,
        WithdrawConsent = "withdraw_consent": DataSubjectRightWithdrawConsent,
        /// The right to object to direct marketing (Art. 21(2)–(3)) as a right
        /// with its own procedure; documents written under the repealed Finnish
        /// personal data act call it kielto-oikeus / förbudsrätt.
        ProhibitDirectMarketing = "prohibit_direct_marketing": DataSubjectRightProhibitDirectMarketing,
        Complaint = "complaint": DataSubjectRightComplaint,
    }
}

vocabulary! {
    /// Chapter V: how a transfer outside the EU/EEA is made lawful.
    TransferMechanism = "transfer_mechanism" {
        AdequacyDecision = "adequacy_decision": TransferMechanismAdequacyDecision,
        StandardContractualClauses = "standard_contractual_clauses": TransferMechanismStandardContractualClauses,
        BindingCorporateRules = "binding_corporate_rules": TransferMechanismBindingCorporateRules,
        Derogation = "derogation": TransferMechanismDerogation,
    }
}

vocabulary! {
    /// Art. 30(1)/(2): whether the organisation is the controller or a processor in a register.
    ProcessingRole = "processing_role" {
        Controller = "controller": ProcessingRoleController,
        JointController = "joint_controller": ProcessingRoleJointController,
        Processor = "processor": ProcessingRoleProcessor,
    }
}

vocabulary! {
    /// Who receives disclosed data (seed 003 §7).
    RecipientKind = "recipient_kind" {
        Processor = "processor": RecipientKindProcessor,
        IndependentController = "independent_controller": RecipientKindIndependentController,
        GroupCompany = "group_company": RecipientKindGroupCompany,
        Authority = "authority": RecipientKindAuthority,
        CustomerOrganisation = "customer_organisation": RecipientKindCustomerOrganisation,
        Other = "other": RecipientKindOther,
    }
}

vocabulary! {
    /// Where personal data come from (seeds 000 §8, 002, 003 §6).
    SourceKind = "source_kind" {
        DataSubject = "data_subject": SourceKindDataSubject,
        PublicRegister = "public_register": SourceKindPublicRegister,
        CreditBureau = "credit_bureau": SourceKindCreditBureau,
        TaxAuthority = "tax_authority": SourceKindTaxAuthority,
        SocialMediaLogin = "social_media_login": SourceKindSocialMediaLogin,
        GroupCompany = "group_company": SourceKindGroupCompany,
        BusinessPartner = "business_partner": SourceKindBusinessPartner,
        Other = "other": SourceKindOther,
    }
}

vocabulary! {
    /// The type of a protection measure (Art. 32).
    MeasureKind = "measure_kind" {
        Technical = "technical": MeasureKindTechnical,
        Organisational = "organisational": MeasureKindOrganisational,
        Physical = "physical": MeasureKindPhysical,
    }
}

vocabulary! {
    /// How changes made by a role are logged (seed 000 §5).
    ChangeLogging = "change_logging" {
        Full = "full": ChangeLoggingFull,
        HistoryOnly = "history_only": ChangeLoggingHistoryOnly,
        None = "none": ChangeLoggingNone,
    }
}

vocabulary! {
    /// What starts the retention period.
    RetentionTrigger = "retention_trigger" {
        Inactivity = "inactivity": RetentionTriggerInactivity,
        EndOfCustomerRelationship = "end_of_customer_relationship": RetentionTriggerEndOfCustomerRelationship,
        EndOfEmployment = "end_of_employment": RetentionTriggerEndOfEmployment,
        Unsubscribe = "unsubscribe": RetentionTriggerUnsubscribe,
        NoConsent = "no_consent": RetentionTriggerNoConsent,
        RequestOfDataSubject = "request_of_data_subject": RetentionTriggerRequestOfDataSubject,
        ManualDeletion = "manual_deletion": RetentionTriggerManualDeletion,
        StatutoryPeriod = "statutory_period": RetentionTriggerStatutoryPeriod,
        Other = "other": RetentionTriggerOther,
    }
}

vocabulary! {
    /// How a retention rule is carried out.
    DeletionMethod = "deletion_method" {
        Automatic = "automatic": DeletionMethodAutomatic,
        Manual = "manual": DeletionMethodManual,
    }
}

vocabulary! {
    /// Cookie classes as used in consent banners.
    CookieClass = "cookie_class" {
        Necessary = "necessary": CookieClassNecessary,
        Functional = "functional": CookieClassFunctional,
        Preference = "preference": CookieClassPreference,
        Statistics = "statistics": CookieClassStatistics,
        Marketing = "marketing": CookieClassMarketing,
    }
}

vocabulary! {
    CookieDuration = "cookie_duration" {
        Session = "session": CookieDurationSession,
        Persistent = "persistent": CookieDurationPersistent,
    }
}

vocabulary! {
    /// The agreement that governs a processor or system (Art. 26, 28).
    AgreementKind = "agreement_kind" {
        ProcessorAgreement = "processor_agreement": AgreementKindProcessorAgreement,
        JointControllerArrangement = "joint_controller_arrangement": AgreementKindJointControllerArrangement,
        TermsOfService = "terms_of_service": AgreementKindTermsOfService,
        /// Any other contract with the other party (seed 000: "vår avtalspart").
        Contract = "contract": AgreementKindContract,
    }
}

vocabulary! {
    /// Who runs a system: the organisation itself or a third party.
    Hosting = "hosting" {
        InHouse = "in_house": HostingInHouse,
        ThirdParty = "third_party": HostingThirdParty,
    }
}

vocabulary! {
    /// Data protection impact assessment (Art. 35).
    DpiaStatus = "dpia_status" {
        NotAssessed = "not_assessed": DpiaStatusNotAssessed,
        NotNeeded = "not_needed": DpiaStatusNotNeeded,
        Needed = "needed": DpiaStatusNeeded,
        Done = "done": DpiaStatusDone,
    }
}

vocabulary! {
    /// Whether the data subject must give an item (Art. 13(2)(e)).
    ItemRequirement = "item_requirement" {
        Mandatory = "mandatory": ItemRequirementMandatory,
        Optional = "optional": ItemRequirementOptional,
    }
}

vocabulary! {
    /// Whether giving the data is a statutory or contractual requirement (Art. 13(2)(e)).
    /// "No requirement" is written `no_requirement`: format 1 wrote `not_required`
    /// for every register nobody had asked, so that code reads as not answered.
    ProvisionRequirement = "provision_requirement" {
        NotRequired = "no_requirement": ProvisionRequirementNoRequirement,
        Statutory = "statutory": ProvisionRequirementStatutory,
        Contractual = "contractual": ProvisionRequirementContractual,
        NeededForContract = "needed_for_contract": ProvisionRequirementNeededForContract,
    }
}

vocabulary! {
    /// The risk a personal data breach poses to the people concerned (Art. 33(1),
    /// 34(1)). Words of the regulation's sv/fi/en texts, as IMY and the Finnish Data
    /// Protection Ombudsman use them ("personuppgiftsincident" / "tietoturvaloukkaus").
    BreachRisk = "breach_risk" {
        Unlikely = "unlikely": BreachRiskUnlikely,
        Risk = "risk": BreachRiskRisk,
        HighRisk = "high_risk": BreachRiskHighRisk,
    }
}

vocabulary! {
    /// The nine criteria of processing likely to result in a high risk, from the
    /// EDPB-endorsed guidelines WP248 rev.01 ("Riktlinjer om konsekvensbedömning
    /// avseende dataskydd" / "Ohjeet tietosuojaa koskevasta vaikutustenarvioinnista").
    /// IMY's Art. 35(4) list is these criteria: a DPIA when at least two apply.
    DpiaCriterion = "dpia_criterion" {
        EvaluationOrScoring = "evaluation_or_scoring": DpiaCriterionEvaluationOrScoring,
        AutomatedDecisions = "automated_decisions": DpiaCriterionAutomatedDecisions,
        SystematicMonitoring = "systematic_monitoring": DpiaCriterionSystematicMonitoring,
        SensitiveData = "sensitive_data": DpiaCriterionSensitiveData,
        LargeScale = "large_scale": DpiaCriterionLargeScale,
        MatchingOrCombining = "matching_or_combining": DpiaCriterionMatchingOrCombining,
        VulnerableDataSubjects = "vulnerable_data_subjects": DpiaCriterionVulnerableDataSubjects,
        InnovativeTechnology = "innovative_technology": DpiaCriterionInnovativeTechnology,
        PreventsRights = "prevents_rights": DpiaCriterionPreventsRights,
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
        ExtensiveEvaluation = "extensive_evaluation": DpiaListedProcessingExtensiveEvaluation,
        LargeScaleSpecialCategories = "large_scale_special_categories": DpiaListedProcessingLargeScaleSpecialCategories,
        PublicAreaMonitoring = "public_area_monitoring": DpiaListedProcessingPublicAreaMonitoring,
        BiometricIdentification = "biometric_identification": DpiaListedProcessingBiometricIdentification,
        GeneticData = "genetic_data": DpiaListedProcessingGeneticData,
        LocationData = "location_data": DpiaListedProcessingLocationData,
        NotInformed = "not_informed": DpiaListedProcessingNotInformed,
        Whistleblowing = "whistleblowing": DpiaListedProcessingWhistleblowing,
    }
}

impl crate::records::RecordKind {
    /// The name of a kind of record in the documents and findings.
    pub fn label(self, language: Language) -> &'static str {
        self.text().get(language)
    }

    /// The catalogue's name of the kind: the window's (`kind-*`) but for a
    /// processor and a security measure, whose documents say more.
    pub fn text(self) -> Text {
        use crate::records::RecordKind as K;
        match self {
            K::Organisation => Text::KindOrganisation,
            K::Person => Text::KindPerson,
            K::DataSubjectCategory => Text::KindDataSubjectCategory,
            K::Source => Text::KindSource,
            K::Recipient => Text::KindRecipient,
            K::Processor => Text::RecordKindProcessor,
            K::StorageLocation => Text::KindStorageLocation,
            K::SecurityMeasure => Text::KindSecurityMeasure,
            K::Cookie => Text::KindCookie,
            K::Register => Text::KindRegister,
            K::DataItemGroup => Text::KindDataItemGroup,
            K::DataItem => Text::KindDataItem,
            K::Purpose => Text::KindPurpose,
            K::SystemLink => Text::KindSystemLink,
            K::Disclosure => Text::KindDisclosure,
            K::Transfer => Text::KindTransfer,
            K::AccessRole => Text::KindAccessRole,
            K::RetentionRule => Text::KindRetentionRule,
            K::RightsProcedure => Text::KindRightsProcedure,
            K::DpiaScreening => Text::KindDpiaScreening,
            K::Breach => Text::KindBreach,
            K::DataSubjectRequest => Text::KindDataSubjectRequest,
            K::ClientController => Text::KindClientController,
        }
    }
}

/// The label of a record's text field, as the window's form labels it: the
/// record's kind and the last part of the field's path
/// (`legal_bases[0].legitimate_interest` of a purpose → "Det berättigade
/// intresset"), for findings that point at a field, so that a finding names
/// the field with the form's words. `None` for a field the form does not
/// label (a breach's answers to the review, labelled by their questions).
pub fn field_label(kind: crate::records::RecordKind, path: &str) -> Option<Text> {
    use crate::records::RecordKind as K;
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    Some(match (kind, field) {
        (K::Purpose, "description") => Text::PurposeDescription,
        (K::Breach, "description") => Text::BreachDescription,
        (K::AccessRole, "name") => Text::RoleName,
        (K::Disclosure, "purpose") => Text::DisclosurePurpose,
        (K::Cookie, "purpose") => Text::CookiePurpose,
        (K::Disclosure, "data") => Text::DisclosedData,
        (K::Disclosure, "method") => Text::DisclosureMethod,
        (K::Disclosure, "condition") => Text::DisclosureCondition,
        (K::Register, "law_reference") => Text::RegisterLawReference,
        (K::DataSubjectRequest, "identity_check") => Text::RequestIdentityCheck,
        (K::DpiaScreening, "notes") => Text::DpiaNotes,
        (K::Person, "title") => Text::TitleField,
        (K::ClientController, "contact") => Text::ContactDetails,
        (_, "fee") => Text::RightsFee,
        (_, "frequency") => Text::RightsFrequency,
        (_, "refusal_grounds") => Text::RightsRefusalGrounds,
        (_, "consequences") => Text::BreachConsequences,
        (_, "measures") => Text::BreachMeasures,
        (_, "actions") => Text::RequestActions,
        (K::Organisation, "reason" | "note") => Text::FindingReason,
        // A breach's answers to the review are labelled by their questions.
        (_, "review_answers") => return None,
        // A field whose form label has the field's own name (`notice_changes`:
        // `notice-changes`) needs no line here.
        (_, field) => return Text::from_id(&field.replace('_', "-")),
    })
}

vocabulary! {
    /// How far a list goes: a list that is not exhaustive says so ("among others", "mainly").
    ListQualifier = "list_qualifier" {
        AmongOthers = "among_others": ListQualifierAmongOthers,
        Mainly = "mainly": ListQualifierMainly,
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
    ts_rs::TS,
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
        match self {
            Answer::Yes => Text::Yes,
            Answer::No => Text::No,
            Answer::NotAnswered => Text::NotAnswered,
        }
        .get(language)
    }
}

vocabulary! {
    /// The parts of a register a template fills; each stays marked as template
    /// text until a person has read and confirmed it.
    TemplateSection = "template_section" {
        Description = "description": TemplateSectionDescription,
        Answers = "answers": TemplateSectionAnswers,
        DataSubjects = "data_subjects": TemplateSectionDataSubjects,
        Purposes = "purposes": TemplateSectionPurposes,
        DataItems = "data_items": TemplateSectionDataItems,
        Sources = "sources": TemplateSectionSources,
        Recipients = "recipients": TemplateSectionRecipients,
        Retention = "retention": TemplateSectionRetention,
        Rights = "rights": TemplateSectionRights,
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
