//! The records of one organisation's GDPR documentation, as plain data.
//!
//! The document is flat: each kind of record is a list, and records point at
//! each other by id (a purpose names its register, a system link names a
//! register and a processor). This is the shape of the `.sqlite` file and of the
//! JSON exchange format alike, so that one record is one unit of editing and of
//! history. What a field means is written beside it; the seed (000–003) that
//! shows a field is named where it helps.

use crate::findings::FindingCode;
use crate::ids::*;
use crate::terminology::*;
use crate::text::{Language, LocalizedText};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The controller: one per document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: OrganisationId,
    /// Names can differ by language ("Jakobstads Nejdens Telefon Ab" = "Pietarsaaren Seudun Puhelin Oy").
    pub name: LocalizedText,
    /// Y-tunnus, organisationsnummer.
    #[serde(default)]
    pub business_id: String,
    #[serde(default)]
    pub vat_number: String,
    #[serde(default)]
    pub address: LocalizedText,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
    /// ISO 3166-1 alpha-2; picks the supervisory authority.
    #[serde(default)]
    pub country: String,
    /// Art. 30(5).
    #[serde(default)]
    pub staff_count: Option<u32>,
    /// The data protection officer (Art. 37), if one is appointed.
    #[serde(default)]
    pub dpo: Option<PersonId>,
    /// Art. 26 joint controllers, in words.
    #[serde(default)]
    pub joint_controllers: LocalizedText,
    /// Art. 27 representative, in words.
    #[serde(default)]
    pub representative: LocalizedText,
    /// The version label the exported documents carry ("v. 1.0").
    #[serde(default)]
    pub version_label: String,
    /// Overrides the default supervisory authority of `country`.
    #[serde(default)]
    pub supervisory_authority: Option<SupervisoryAuthority>,
    #[serde(default)]
    pub incident_routine: IncidentRoutine,
    /// When the documentation was first written (seed 003: "Dokumentet skapat 1.1.2016").
    #[serde(default)]
    pub document_created: Option<NaiveDate>,
    /// When the documentation was last brought up to date.
    #[serde(default)]
    pub document_updated: Option<NaiveDate>,
    /// The findings a person has answered: not applicable, or accepted for now.
    #[serde(default)]
    pub finding_answers: Vec<FindingAnswer>,
    /// The language the documentation is written in: the editor shows each
    /// text in it, and the translation view the others beside it. Not printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_language: Option<Language>,
    /// An imported old description while its review is unfinished (`imported.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_description: Option<crate::imported::ImportedDescription>,
}

/// A person's answer to one finding of the checks. The finding then no
/// longer counts as open, but the record's annex of findings still lists it
/// with this answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct FindingAnswer {
    /// Which finding: its code, record and field, as the checks report them.
    pub code: FindingCode,
    pub kind: crate::records::RecordKind,
    pub id: uuid::Uuid,
    #[serde(default)]
    pub field: String,
    pub answer: FindingResolution,
}

/// How a finding was answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(tag = "status", rename_all = "snake_case", deny_unknown_fields)]
pub enum FindingResolution {
    /// The requirement does not apply here, for the reason given.
    NotApplicable { reason: LocalizedText },
    /// Known and accepted for now: who accepted it, when, and why.
    Accepted {
        note: LocalizedText,
        by: String,
        on: NaiveDate,
    },
}

impl FindingAnswer {
    pub fn answers(&self, finding: &crate::findings::Finding) -> bool {
        self.code == finding.code
            && self.kind == finding.kind
            && self.id == finding.id
            && self.field == finding.field
    }
}

/// A supervisory authority's contact details (glossary table E).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SupervisoryAuthority {
    pub name: LocalizedText,
    #[serde(default)]
    pub address: LocalizedText,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
}

/// What happens on a personal data breach (Art. 33, 34; seed 002).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(default, deny_unknown_fields)]
pub struct IncidentRoutine {
    /// The steps, in order.
    pub steps: Vec<LocalizedText>,
    /// Who decides on notifications, in words.
    pub decided_by: LocalizedText,
    /// The authority is notified within 72 hours (Art. 33).
    pub notify_authority_within_72_hours: bool,
    /// Data subjects are told when the risk is high (Art. 34).
    pub inform_data_subjects_on_high_risk: bool,
    /// Where breaches are logged (Art. 33(5)).
    pub breach_log: LocalizedText,
    /// What the review after an incident asks.
    pub post_incident_review: Vec<LocalizedText>,
}

/// A person: the DPO, a register's contact person, a role holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    #[serde(default)]
    pub title: LocalizedText,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

/// A category of data subjects (customers, employees, website visitors …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DataSubjectCategory {
    pub id: DataSubjectCategoryId,
    pub name: LocalizedText,
}

/// Where personal data come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    /// What kinds of source it is, in the order a person chose them; empty
    /// until a person says. A mixed source is several ("group companies,
    /// partners, directory companies and public registers", seed 003).
    /// Format 2's one `kind` (or none) reads as a list of it.
    #[serde(default, alias = "kind", deserialize_with = "source_kinds")]
    pub kinds: Vec<SourceKind>,
    pub name: LocalizedText,
    /// A publicly accessible source (Art. 14(2)(f)).
    #[serde(default)]
    pub public: bool,
    /// How the data are collected (seed 000: double opt-in, unconfirmed contacts deleted after 14 days).
    #[serde(default)]
    pub collection_procedure: LocalizedText,
}

/// A source's kinds as the file has them: a list (format 3), or format 2's
/// one `kind`, which may be `null` (not answered).
fn source_kinds<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<SourceKind>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum InFile {
        Kinds(Vec<SourceKind>),
        Kind(Option<SourceKind>),
    }
    Ok(match InFile::deserialize(deserializer)? {
        InFile::Kinds(kinds) => kinds,
        InFile::Kind(kind) => kind.into_iter().collect(),
    })
}

/// Someone data are disclosed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    pub id: RecipientId,
    /// What kind of recipient; `None` until a person says.
    #[serde(default)]
    pub kind: Option<RecipientKind>,
    pub name: LocalizedText,
    /// A category of recipients ("debt collection agencies", Art. 13(1)(e)) rather than a named one.
    #[serde(default)]
    pub category: bool,
    /// ISO 3166-1 alpha-2, empty when not known.
    #[serde(default)]
    pub country: String,
    /// The agreement with the recipient (seed 000: "som är vår avtalspart").
    #[serde(default)]
    pub agreement: Option<Agreement>,
    /// Whether the recipient is certified under the EU–US Data Privacy
    /// Framework, and when that was checked (a US adequacy decision covers
    /// only certified recipients).
    #[serde(default, skip_serializing_if = "DpfCertification::is_unanswered")]
    pub dpf: DpfCertification,
}

/// "DPF-certified: yes / no / not answered, checked on <date>": whether an
/// organisation in the United States is on the EU–US Data Privacy Framework
/// list (the Commission's adequacy decision of 10 July 2023 covers only
/// those). A catalogue's status is a suggestion until a person answers here.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(default, deny_unknown_fields)]
pub struct DpfCertification {
    pub certified: Answer,
    /// The day the person checked the Framework's list.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub checked_on: Option<NaiveDate>,
}

impl DpfCertification {
    pub fn is_unanswered(&self) -> bool {
        !self.certified.is_answered() && self.checked_on.is_none()
    }
}

impl Recipient {
    /// A category of processors ("cloud service providers", "group
    /// companies"): a category of recipients of kind processor. A register
    /// names one with a disclosure, as any recipient; it is printed with the
    /// register's processors, as a category, and no agreement or country is
    /// asked of it. A named recipient of kind processor is asked both, as a
    /// `Processor` is.
    pub fn is_processor_category(&self) -> bool {
        self.category && self.kind == Some(RecipientKind::Processor)
    }
}

/// A processor or third-party system, or an in-house system (SuiteCRM at JNT, Fortnox, an Excel file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    pub id: ProcessorId,
    /// The vendor's legal name.
    pub vendor: LocalizedText,
    /// The product or service (SuiteCRM, Chatra, Zendesk).
    #[serde(default)]
    pub product: String,
    pub hosting: Hosting,
    /// ISO 3166-1 alpha-2 of the vendor.
    #[serde(default)]
    pub country: String,
    /// The vendor's address (seed 000: "Roger Wilco LLC, Arlington, USA").
    #[serde(default)]
    pub address: LocalizedText,
    /// What it is used for ("Support / ärendehantering").
    #[serde(default)]
    pub function: LocalizedText,
    /// Where the data are stored.
    #[serde(default)]
    pub data_location: LocalizedText,
    /// ISO 3166-1 alpha-2 of where the data are stored, when it differs from `country`.
    #[serde(default)]
    pub data_location_country: String,
    /// What data it holds, in words (seed 002's table).
    #[serde(default)]
    pub data_held: LocalizedText,
    #[serde(default)]
    pub agreement: Option<Agreement>,
    /// EU–US Data Privacy Framework certification of the vendor.
    #[serde(default, skip_serializing_if = "DpfCertification::is_unanswered")]
    pub dpf: DpfCertification,
}

impl Processor {
    /// The countries data go to through this system: the vendor's and where data are stored.
    pub fn countries(&self) -> impl Iterator<Item = &str> {
        [self.country.as_str(), self.data_location_country.as_str()]
            .into_iter()
            .filter(|c| !c.is_empty())
    }
}

/// An agreement with a processor or joint controller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub kind: AgreementKind,
    #[serde(default)]
    pub signed: Option<NaiveDate>,
    /// A reference or file name of the signed agreement.
    #[serde(default)]
    pub reference: String,
}

/// Where data are kept (a hosted CRM server, an internal file server, a locked room).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    pub id: StorageLocationId,
    pub description: LocalizedText,
    /// The system holding the data, when there is one.
    #[serde(default)]
    pub processor: Option<ProcessorId>,
    /// Paper records rather than electronic ones.
    #[serde(default)]
    pub paper: bool,
}

/// A technical, organisational or physical protection measure (Art. 32).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SecurityMeasure {
    pub id: SecurityMeasureId,
    /// Technical, organisational or physical; `None` until a person says.
    #[serde(default)]
    pub kind: Option<MeasureKind>,
    pub description: LocalizedText,
}

/// A personal-data register: one processing activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Register {
    pub id: RegisterId,
    pub name: LocalizedText,
    #[serde(default)]
    pub description: LocalizedText,
    /// Controller or processor in this processing (Art. 30(1) or 30(2)); `None` until answered.
    #[serde(default)]
    pub role: Option<ProcessingRole>,
    /// The business function or owner (ICO template).
    #[serde(default)]
    pub business_function: LocalizedText,
    #[serde(default)]
    pub contact_person: Option<PersonId>,
    #[serde(default)]
    pub data_subject_categories: Vec<DataSubjectCategoryId>,
    #[serde(default)]
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub storage_locations: Vec<StorageLocationId>,
    #[serde(default)]
    pub security_measures: Vec<SecurityMeasureId>,
    #[serde(default)]
    pub created: Option<NaiveDate>,
    #[serde(default)]
    pub last_updated: Option<NaiveDate>,
    #[serde(default)]
    pub version_label: String,
    /// Automated decisions or profiling happen (Art. 13(2)(f)).
    #[serde(default)]
    pub automated_decisions: Answer,
    #[serde(default)]
    pub automated_decisions_description: LocalizedText,
    /// Whether giving the data is required, and what follows if it is not
    /// (Art. 13(2)(e)); `None` until answered.
    #[serde(default, deserialize_with = "provision_requirement_or_legacy")]
    pub provision_requirement: Option<ProvisionRequirement>,
    #[serde(default)]
    pub consequence_of_not_providing: LocalizedText,
    /// Whether an impact assessment is needed and done (Art. 35); `not_assessed` is not answered.
    #[serde(default = "default_dpia")]
    pub dpia: DpiaStatus,
    /// Whether data are transferred outside the EU/EEA (seed 003 §8: no).
    /// Format 1's `no_transfers_outside_eea: true` reads as `no`.
    #[serde(
        default,
        alias = "no_transfers_outside_eea",
        deserialize_with = "answer_or_legacy_negated"
    )]
    pub transfers_outside_eea: Answer,
    /// The qualifier of that answer in words ("as a rule not, except …": the exception).
    #[serde(default)]
    pub transfers_qualifier: LocalizedText,
    /// The "no" holds as a rule: "as a rule not transferred", said without
    /// naming an exception.
    #[serde(default, skip_serializing_if = "is_false")]
    pub transfers_as_a_rule: bool,
    /// Whether data are disclosed regularly. Disclosure records say yes by themselves.
    #[serde(default)]
    pub regular_disclosures: Answer,
    /// The qualifier ("none, except by agreement, consent or law": the exception).
    #[serde(default)]
    pub disclosures_qualifier: LocalizedText,
    /// The "no" holds as a rule: "as a rule not disclosed", without an exception named.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disclosures_as_a_rule: bool,
    /// Whether the register holds special categories of personal data
    /// (Art. 9(1)): none, or yes and which. Not answered is a warning.
    #[serde(default, skip_serializing_if = "is_not_answered")]
    pub special_categories: Answer,
    /// Which special categories, when the answer is yes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub special_categories_which: Vec<SpecialCategory>,
    /// "This notice may be updated when …": printed in the notice under its own heading.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub notice_changes: LocalizedText,
    /// A law reference for the whole register; purposes may add their own (seed 003 §4).
    #[serde(default)]
    pub law_reference: LocalizedText,
    /// Whether the lists of data items, sources and recipients are exhaustive.
    #[serde(default)]
    pub list_qualifiers: ListQualifiers,
    /// Sections filled from a template that no person has confirmed yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreviewed_template_text: Vec<TemplateSection>,
    /// A template's answers to the questions above, not answers until a
    /// person confirms each where it is asked.
    #[serde(
        default,
        skip_serializing_if = "crate::templates::SuggestedAnswers::is_empty"
    )]
    pub suggested_answers: crate::templates::SuggestedAnswers,
}

/// For each list of a register that is not exhaustive, how the document says so.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(default, deny_unknown_fields)]
pub struct ListQualifiers {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub data_items: Option<ListQualifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub sources: Option<ListQualifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub recipients: Option<ListQualifier>,
}

impl Register {
    /// Whether data are disclosed regularly: the answer, or yes when disclosures are listed.
    pub fn discloses(&self, disclosures_listed: bool) -> Answer {
        if disclosures_listed {
            Answer::Yes
        } else {
            self.regular_disclosures
        }
    }
}

impl Register {
    /// A new register with only its name: every question is not answered,
    /// as the JSON format's defaults give.
    pub fn new(name: LocalizedText) -> Register {
        Register {
            id: RegisterId::new(),
            name,
            description: LocalizedText::default(),
            role: None,
            business_function: LocalizedText::default(),
            contact_person: None,
            data_subject_categories: Vec::new(),
            sources: Vec::new(),
            storage_locations: Vec::new(),
            security_measures: Vec::new(),
            created: None,
            last_updated: None,
            version_label: String::new(),
            automated_decisions: Answer::NotAnswered,
            automated_decisions_description: LocalizedText::default(),
            provision_requirement: None,
            consequence_of_not_providing: LocalizedText::default(),
            dpia: default_dpia(),
            transfers_outside_eea: Answer::NotAnswered,
            transfers_qualifier: LocalizedText::default(),
            transfers_as_a_rule: false,
            regular_disclosures: Answer::NotAnswered,
            disclosures_qualifier: LocalizedText::default(),
            disclosures_as_a_rule: false,
            special_categories: Answer::NotAnswered,
            special_categories_which: Vec::new(),
            notice_changes: LocalizedText::default(),
            law_reference: LocalizedText::default(),
            list_qualifiers: ListQualifiers::default(),
            unreviewed_template_text: Vec::new(),
            suggested_answers: Default::default(),
        }
    }
}

fn default_dpia() -> DpiaStatus {
    DpiaStatus::NotAssessed
}

/// A named group of data items in a register ("about the company", "about persons at the company").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DataItemGroup {
    pub id: DataItemGroupId,
    pub register: RegisterId,
    pub name: LocalizedText,
    /// False for groups that are not personal data (seed 000: data about the company).
    #[serde(default = "yes")]
    pub personal_data: bool,
}

fn yes() -> bool {
    true
}

/// One item of data a register holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DataItem {
    pub id: DataItemId,
    pub register: RegisterId,
    #[serde(default)]
    pub group: Option<DataItemGroupId>,
    pub name: LocalizedText,
    #[serde(default)]
    pub requirement: Option<ItemRequirement>,
    /// For a mandatory item: what happens when it is not given (Art. 13(2)(e)).
    #[serde(default)]
    pub consequence_if_not_given: LocalizedText,
    #[serde(default)]
    pub flags: DataItemFlags,
    /// The Art. 9(1) category, when the item is special-category data.
    #[serde(default)]
    pub special_category: Option<SpecialCategory>,
    /// Why a national identity number is needed.
    #[serde(default)]
    pub need_for_national_id: LocalizedText,
}

/// What kind of data an item is, for the checks and the exported flags.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(default, deny_unknown_fields)]
pub struct DataItemFlags {
    /// Art. 10 criminal-offence data.
    #[serde(skip_serializing_if = "is_false")]
    #[ts(as = "Option<_>", optional)]
    pub criminal_offence: bool,
    /// Personnummer / henkilötunnus.
    #[serde(skip_serializing_if = "is_false")]
    #[ts(as = "Option<_>", optional)]
    pub national_id: bool,
    /// Financial data such as a bank account.
    #[serde(skip_serializing_if = "is_false")]
    #[ts(as = "Option<_>", optional)]
    pub financial: bool,
    /// Free text people may fill with anything.
    #[serde(skip_serializing_if = "is_false")]
    #[ts(as = "Option<_>", optional)]
    pub free_text: bool,
    /// IP address, IMEI and the like.
    #[serde(skip_serializing_if = "is_false")]
    #[ts(as = "Option<_>", optional)]
    pub online_identifier: bool,
    /// User names and passwords.
    #[serde(skip_serializing_if = "is_false")]
    #[ts(as = "Option<_>", optional)]
    pub credentials: bool,
    /// A consent record such as a newsletter opt-in.
    #[serde(skip_serializing_if = "is_false")]
    #[ts(as = "Option<_>", optional)]
    pub consent: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_not_answered(value: &Answer) -> bool {
    !value.is_answered()
}

/// Why a register processes data, and on what legal basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub id: PurposeId,
    pub register: RegisterId,
    pub description: LocalizedText,
    /// One entry per basis; several when the basis differs per data-subject category (seed 002).
    #[serde(default)]
    pub legal_bases: Vec<LegalBasisClaim>,
    /// Direct marketing: the data subject may always object (Art. 21(2)).
    #[serde(default)]
    pub direct_marketing: bool,
}

/// One legal basis of a purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LegalBasisClaim {
    /// None while the user has not chosen one (a finding).
    pub basis: Option<LegalBasis>,
    /// The categories this basis applies to; empty means all of the register's.
    #[serde(default)]
    pub data_subject_categories: Vec<DataSubjectCategoryId>,
    /// For legitimate interests: the interest itself.
    #[serde(default)]
    pub legitimate_interest: LocalizedText,
    /// For special categories: the Art. 9(2) condition.
    #[serde(default)]
    pub special_category_condition: Option<SpecialCategoryCondition>,
    /// A law reference ("2 kap. 8.1 mom. personuppgiftslagen").
    #[serde(default)]
    pub law_reference: LocalizedText,
}

/// A register's use of a processor or system, and which of its data items go there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SystemLink {
    pub id: SystemLinkId,
    pub register: RegisterId,
    pub processor: ProcessorId,
    #[serde(default)]
    pub data_items: Vec<DataItemId>,
    /// What the register uses the system for.
    #[serde(default)]
    pub usage: LocalizedText,
}

/// A regular disclosure of a register's data to a recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Disclosure {
    pub id: DisclosureId,
    pub register: RegisterId,
    pub recipient: RecipientId,
    /// What data.
    #[serde(default)]
    pub data: LocalizedText,
    /// Why.
    #[serde(default)]
    pub purpose: LocalizedText,
    /// How (encrypted connection, e-mail …).
    #[serde(default)]
    pub method: LocalizedText,
    /// On what condition or legal ground ("with the data subject's consent", a law).
    #[serde(default)]
    pub condition: LocalizedText,
}

/// A transfer of a register's data outside the EU/EEA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    pub id: TransferId,
    pub register: RegisterId,
    /// ISO 3166-1 alpha-2 of the third country.
    pub country: String,
    #[serde(default)]
    pub processor: Option<ProcessorId>,
    #[serde(default)]
    pub recipient: Option<RecipientId>,
    #[serde(default)]
    pub mechanism: Option<TransferMechanism>,
    /// The ground the systems catalogue gives for the vendor's transfers: a
    /// suggestion shown on the transfer, never an answer until the user takes
    /// it; any mechanism answered takes it away.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_mechanism: Option<TransferMechanism>,
    /// Where the safeguards are documented (Art. 30(1)(e), 13(1)(f)).
    #[serde(default)]
    pub documentation: LocalizedText,
    /// Whether a data subject is given a copy of the safeguards on request
    /// (Art. 13(1)(f)); the notice offers one only on "yes".
    #[serde(default, skip_serializing_if = "is_not_answered")]
    pub safeguard_copies: Answer,
}

/// A role with access to a register (register × people).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct AccessRole {
    pub id: AccessRoleId,
    pub register: RegisterId,
    /// "Administratören", "Chatfunktionärer".
    pub name: LocalizedText,
    #[serde(default)]
    pub people: Vec<PersonId>,
    /// What the role may do, one permission per entry.
    #[serde(default)]
    pub permissions: Vec<LocalizedText>,
    #[serde(default)]
    pub change_logging: Option<ChangeLogging>,
    /// Who grants this access (seed 002: the CEO or CTO).
    #[serde(default)]
    pub granted_by: LocalizedText,
}

/// How long a register (or a group of its data) is kept, and how it is deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    pub id: RetentionRuleId,
    pub register: RegisterId,
    /// The data-item group this rule covers; none means the whole register.
    #[serde(default)]
    pub group: Option<DataItemGroupId>,
    pub trigger: RetentionTrigger,
    /// The period or criterion in words ("5 år av inaktivitet").
    #[serde(default)]
    pub period: LocalizedText,
    #[serde(default)]
    pub deletion_method: Option<DeletionMethod>,
    /// The deletion routine in words.
    #[serde(default)]
    pub routine: LocalizedText,
    #[serde(default)]
    pub responsible: Option<PersonId>,
    /// How often the routine runs, in months (twice a year = 6).
    #[serde(default)]
    pub review_interval_months: Option<u32>,
    /// When the routine last ran.
    #[serde(default)]
    pub last_reviewed: Option<NaiveDate>,
}

impl RetentionRule {
    /// The date the routine is next due: `last_reviewed` plus the interval.
    /// A recurring routine that has never run is due at once (`None` here means not recurring).
    pub fn next_review(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        let months = self.review_interval_months.filter(|m| *m > 0)?;
        match self.last_reviewed {
            Some(last) => last.checked_add_months(chrono::Months::new(months)),
            None => Some(as_of),
        }
    }

    pub fn is_overdue(&self, as_of: NaiveDate) -> bool {
        match (self.next_review(as_of), self.last_reviewed) {
            (Some(next), Some(_)) => next < as_of,
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// A rule that only says "until someone deletes it" is not a retention rule.
    pub fn states_a_limit(&self) -> bool {
        !(self.trigger == RetentionTrigger::ManualDeletion && self.period.is_empty())
    }
}

/// How a data subject exercises one right in one register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RightsProcedure {
    pub id: RightsProcedureId,
    pub register: RegisterId,
    pub right: DataSubjectRight,
    /// How to ask (e-mail from the registered address, the control panel, in person).
    #[serde(default)]
    pub channel: LocalizedText,
    #[serde(default)]
    pub identity_check: LocalizedText,
    /// Days to answer (Art. 12(3): one month at most).
    #[serde(default)]
    pub deadline_days: Option<u32>,
    /// The format of an extract (PDF, CSV).
    #[serde(default)]
    pub format: LocalizedText,
    /// Conditions and anything else the data subject should know.
    #[serde(default)]
    pub notes: LocalizedText,
    /// What it costs ("free of charge").
    #[serde(default)]
    pub fee: LocalizedText,
    /// How often it may be used ("once a year").
    #[serde(default)]
    pub frequency: LocalizedText,
    /// On what grounds a request may be refused.
    #[serde(default)]
    pub refusal_grounds: LocalizedText,
    /// The law that gives or limits the right (a national act for kielto-oikeus / förbudsrätt).
    #[serde(default)]
    pub law_reference: LocalizedText,
}

/// A cookie or a group of cookies set by the organisation's website.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    pub id: CookieId,
    pub name: LocalizedText,
    #[serde(default)]
    pub provider: String,
    pub class: CookieClass,
    pub duration: CookieDuration,
    /// How long it lives, in words.
    #[serde(default)]
    pub lifetime: LocalizedText,
    #[serde(default)]
    pub purpose: LocalizedText,
    /// Set only after the visitor's consent (`not_answered` until a person says).
    #[serde(default)]
    pub requires_consent: Answer,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_register_is_what_the_file_format_gives_a_register_with_only_a_name() {
        let new = Register::new(LocalizedText::new("Kunder", "Asiakkaat", ""));
        let read: Register = serde_json::from_value(serde_json::json!({
            "id": new.id,
            "name": {"sv": "Kunder", "fi": "Asiakkaat"},
        }))
        .expect("a register with only a name reads");
        assert_eq!(read, new);
    }
}
