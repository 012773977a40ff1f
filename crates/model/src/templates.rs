//! What a small Nordic company typically has, as data: register templates, a
//! catalogue of common systems and processors, and the statutory retention
//! periods of Finland and Sweden, read from dated files in `assets/data/`.
//! Applying a template turns it into records of a document; every section it
//! fills is marked as unreviewed template text until a person confirms it.
//! No I/O: the files are compiled in, and callers decide what to apply.

use crate::document::*;
use crate::ids::*;
use crate::records::{Document, Edit, Record};
use crate::terminology::*;
use crate::text::{Language, LocalizedText};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const TEMPLATES_JSON: &str = include_str!("../../../assets/data/register_templates.json");
const SYSTEMS_JSON: &str = include_str!("../../../assets/data/systems.json");
const RETENTION_JSON: &str = include_str!("../../../assets/data/retention_periods.json");

/// A country whose law the templates and the retention catalogue know (FI, SE).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
pub enum Jurisdiction {
    #[serde(rename = "FI")]
    Finland,
    #[serde(rename = "SE")]
    Sweden,
}

impl Jurisdiction {
    /// ISO 3166-1 alpha-2, as the organisation's `country` holds it.
    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::Finland => "FI",
            Jurisdiction::Sweden => "SE",
        }
    }

    pub fn from_code(code: &str) -> Option<Jurisdiction> {
        match code.trim().to_ascii_uppercase().as_str() {
            "FI" => Some(Jurisdiction::Finland),
            "SE" => Some(Jurisdiction::Sweden),
            _ => None,
        }
    }
}

/// A public page a fact was checked against, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct FactSource {
    pub url: String,
    /// ISO date (YYYY-MM-DD).
    pub checked: String,
}

/// What a retention catalogue entry says the law does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// The law requires the data to be kept at least this long.
    DutyToKeep,
    /// The law allows keeping the data at most this long.
    Maximum,
    /// Claims can be made this long: a reason to keep what answers them, not a duty.
    Limitation,
}

/// A statutory retention or limitation period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct RetentionPeriod {
    pub id: String,
    pub country: Jurisdiction,
    pub kind: PeriodKind,
    pub trigger: RetentionTrigger,
    pub name: LocalizedText,
    pub period: LocalizedText,
    /// The statute and section.
    pub law: LocalizedText,
    pub sources: Vec<FactSource>,
}

impl RetentionPeriod {
    /// "Financial statements and books of account: 10 years … (Accounting Act
    /// (1336/1997), chapter 2, section 10)": what is kept, for how long, by
    /// which statute — a statutory period covers certain material, never the
    /// whole register by itself.
    pub fn period_with_law(&self) -> LocalizedText {
        let mut text = LocalizedText::default();
        for language in Language::ALL {
            text.set(
                language,
                format!(
                    "{}: {} ({})",
                    self.name.get(language),
                    self.period.get(language),
                    self.law.get(language)
                ),
            );
        }
        text
    }

    /// A retention rule of `register` that follows this period; the routine is the user's to write.
    pub fn to_rule(&self, register: RegisterId) -> RetentionRule {
        RetentionRule {
            id: RetentionRuleId::new(),
            register,
            group: None,
            trigger: self.trigger,
            period: self.period_with_law().suggestion(),
            deletion_method: None,
            routine: LocalizedText::default(),
            responsible: None,
            review_interval_months: None,
            last_reviewed: None,
        }
    }
}

/// Where data leave the EU/EEA through a catalogued system, and on what ground.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct CatalogueTransfer {
    pub country: String,
    pub mechanism: TransferMechanism,
    pub note: LocalizedText,
}

/// A catalogued vendor's status on the EU–US Data Privacy Framework list, as
/// its public pages said on `checked`. A suggestion: the window offers it,
/// and only a person's "use" makes it the processor's answer (`Processor::dpf`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct CatalogueDpf {
    /// The organisation in the United States the status is about.
    pub organisation: String,
    pub certified: bool,
    /// ISO date (YYYY-MM-DD) the status was checked.
    pub checked: String,
    pub source: String,
}

/// Whether a vendor offers a processor agreement (Art. 28), as its public pages say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct OfferedAgreement {
    pub offered: bool,
    pub note: LocalizedText,
}

/// One system in the catalogue. A fact that could not be confirmed is `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SystemEntry {
    pub id: String,
    pub product: String,
    pub vendor: String,
    #[serde(default)]
    pub business_id: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    pub function: LocalizedText,
    #[serde(default)]
    pub data_location: Option<LocalizedText>,
    #[serde(default)]
    pub data_location_country: Option<String>,
    #[serde(default)]
    pub transfer: Option<CatalogueTransfer>,
    #[serde(default)]
    pub processor_agreement: Option<OfferedAgreement>,
    /// The dated EU–US Data Privacy Framework status, for a vendor whose data go to the United States.
    #[serde(default)]
    pub dpf: Option<CatalogueDpf>,
    /// Anything else the user should know before copying the entry (PayPal is a controller, not a processor).
    #[serde(default)]
    pub note: Option<LocalizedText>,
    pub sources: Vec<FactSource>,
}

impl SystemEntry {
    /// The entry copied into a document as a processor the user can then change.
    /// Whether the company has signed an agreement is its own answer, so none is recorded.
    pub fn to_processor(&self) -> Processor {
        Processor {
            id: ProcessorId::new(),
            vendor: LocalizedText::same(&self.vendor),
            product: self.product.clone(),
            hosting: Hosting::ThirdParty,
            country: self.country.clone().unwrap_or_default(),
            function: self.function.clone().suggestion(),
            data_location: self.data_location.clone().unwrap_or_default().suggestion(),
            data_location_country: self.data_location_country.clone().unwrap_or_default(),
            agreement: None,
            ..Processor::blank()
        }
    }

    /// The entry copied into a document for `register`: the processor, its
    /// link to the register and, where the catalogue states on what ground the
    /// vendor's data leave the EU/EEA, that transfer of the register. All of
    /// it stays editable; what the register sends there is the user's to say.
    pub fn records_for(&self, register: RegisterId) -> Vec<Record> {
        let processor = self.to_processor();
        let link = SystemLink {
            id: SystemLinkId::new(),
            register,
            processor: processor.id,
            data_items: Vec::new(),
            usage: LocalizedText::default(),
        };
        let transfer = self.transfer.as_ref().map(|t| Transfer {
            id: TransferId::new(),
            register,
            country: t.country.clone(),
            processor: Some(processor.id),
            recipient: None,
            // The catalogue's ground is the vendor's public word, not the
            // user's answer: a suggestion until taken on the transfer.
            mechanism: None,
            suggested_mechanism: Some(t.mechanism),
            documentation: t.note.clone().suggestion(),
            safeguard_copies: Answer::NotAnswered,
        });
        [Record::Processor(processor), Record::SystemLink(link)]
            .into_iter()
            .chain(transfer.map(Record::Transfer))
            .collect()
    }

    /// True when `query` (any case) occurs in the product, the vendor or the function in any language.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return true;
        }
        let found = |text: &str| text.to_lowercase().contains(&query);
        found(&self.product)
            || found(&self.vendor)
            || Language::ALL.iter().any(|l| found(self.function.get(*l)))
    }
}

/// A text that differs by country, named by a key of the templates' `law_sources`.
type ByCountry = BTreeMap<Jurisdiction, String>;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LawSource {
    law: LocalizedText,
    sources: Vec<FactSource>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplatePurpose {
    description: LocalizedText,
    basis: LegalBasis,
    #[serde(default)]
    legitimate_interest: LocalizedText,
    #[serde(default)]
    special_category_condition: Option<SpecialCategoryCondition>,
    #[serde(default)]
    law: ByCountry,
    #[serde(default)]
    direct_marketing: bool,
    #[serde(default)]
    countries: Countries,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateItem {
    name: LocalizedText,
    #[serde(default)]
    requirement: Option<ItemRequirement>,
    #[serde(default)]
    consequence: LocalizedText,
    #[serde(default)]
    flags: DataItemFlags,
    #[serde(default)]
    special_category: Option<SpecialCategory>,
    #[serde(default)]
    need_for_national_id: LocalizedText,
    #[serde(default)]
    countries: Countries,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateSource {
    kind: SourceKind,
    name: LocalizedText,
    #[serde(default)]
    public: bool,
    #[serde(default)]
    countries: Countries,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateRecipient {
    kind: RecipientKind,
    name: LocalizedText,
    data: LocalizedText,
    purpose: LocalizedText,
    /// When the data go to this recipient: a case-by-case disclosure
    /// ("only when the police ask for a recording of a crime") is not a regular one.
    #[serde(default)]
    condition: LocalizedText,
    #[serde(default)]
    countries: Countries,
}

/// A retention rule: the catalogue period of the country when there is one, else `period`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateRetention {
    trigger: RetentionTrigger,
    #[serde(default)]
    catalogue: ByCountry,
    #[serde(default)]
    period: LocalizedText,
    #[serde(default)]
    deletion_method: Option<DeletionMethod>,
    #[serde(default)]
    routine: LocalizedText,
    #[serde(default)]
    countries: Countries,
}

/// The countries a part of a template is for; empty: every country. What
/// differs by law (the Finnish workplace camera rules, the Swedish sick-pay
/// certificate) is written once per country instead of a sentence true of neither.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(transparent)]
struct Countries(Vec<Jurisdiction>);

impl Countries {
    fn includes(&self, country: Jurisdiction) -> bool {
        self.0.is_empty() || self.0.contains(&country)
    }
}

/// How a right of this template is used, where the file's common texts
/// ("send a request …; we check your identity …") would not be true: a
/// newsletter is left through the link in each message, with no identity check.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateProcedure {
    right: DataSubjectRight,
    channel: LocalizedText,
    identity_check: LocalizedText,
    /// The articles of the GDPR the procedure follows.
    #[serde(default)]
    law_reference: LocalizedText,
    /// The national law besides, by a key of the templates' `law_sources`.
    #[serde(default)]
    law: ByCountry,
}

/// A register as a small company typically keeps it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterTemplate {
    pub id: String,
    pub name: LocalizedText,
    pub description: LocalizedText,
    #[serde(default)]
    provision_requirement: Option<ProvisionRequirement>,
    /// The answers to the register's yes/no questions that are typical of the
    /// template; like every template text they stay marked until confirmed.
    answers: TemplateAnswers,
    #[serde(default)]
    consequence_of_not_providing: LocalizedText,
    /// The consequence in a country whose law makes it differ, in place of the one above.
    #[serde(default)]
    consequence_by_country: BTreeMap<Jurisdiction, LocalizedText>,
    /// What the notice says of disclosures that are not regular ones (the
    /// police asking for a recording): printed after "no regular disclosures, except".
    #[serde(default)]
    disclosures_qualifier: LocalizedText,
    data_subjects: Vec<LocalizedText>,
    purposes: Vec<TemplatePurpose>,
    items: Vec<TemplateItem>,
    sources: Vec<TemplateSource>,
    #[serde(default)]
    recipients: Vec<TemplateRecipient>,
    retention: Vec<TemplateRetention>,
    rights: Vec<DataSubjectRight>,
    #[serde(default)]
    procedures: Vec<TemplateProcedure>,
}

/// A template's answers to the questions a notice turns into sentences.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateAnswers {
    role: ProcessingRole,
    automated_decisions: Answer,
    transfers_outside_eea: Answer,
    regular_disclosures: Answer,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RightsTexts {
    channel: LocalizedText,
    identity_check: LocalizedText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    version: u32,
    as_of: String,
    #[allow(dead_code)] // documentation for the people who edit the file
    note: String,
    law_sources: BTreeMap<String, LawSource>,
    rights: RightsTexts,
    templates: Vec<RegisterTemplate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SystemFile {
    version: u32,
    as_of: String,
    #[allow(dead_code)] // documentation for the people who edit the file
    note: String,
    systems: Vec<SystemEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RetentionFile {
    version: u32,
    as_of: String,
    #[allow(dead_code)] // documentation for the people who edit the file
    note: String,
    periods: Vec<RetentionPeriod>,
}

fn template_file() -> &'static TemplateFile {
    static FILE: OnceLock<TemplateFile> = OnceLock::new();
    FILE.get_or_init(|| {
        serde_json::from_str(TEMPLATES_JSON).expect("assets/data/register_templates.json is valid")
    })
}

fn system_file() -> &'static SystemFile {
    static FILE: OnceLock<SystemFile> = OnceLock::new();
    FILE.get_or_init(|| {
        serde_json::from_str(SYSTEMS_JSON).expect("assets/data/systems.json is valid")
    })
}

fn retention_file() -> &'static RetentionFile {
    static FILE: OnceLock<RetentionFile> = OnceLock::new();
    FILE.get_or_init(|| {
        serde_json::from_str(RETENTION_JSON).expect("assets/data/retention_periods.json is valid")
    })
}

/// The version and check date of each data file: templates, systems, retention periods.
pub fn data_versions() -> [(&'static str, u32, &'static str); 3] {
    [
        (
            "register_templates",
            template_file().version,
            &template_file().as_of,
        ),
        ("systems", system_file().version, &system_file().as_of),
        (
            "retention_periods",
            retention_file().version,
            &retention_file().as_of,
        ),
    ]
}

pub fn templates() -> &'static [RegisterTemplate] {
    &template_file().templates
}

pub fn template(id: &str) -> Option<&'static RegisterTemplate> {
    templates().iter().find(|t| t.id == id.trim())
}

pub fn systems() -> &'static [SystemEntry] {
    &system_file().systems
}

pub fn system(id: &str) -> Option<&'static SystemEntry> {
    systems().iter().find(|s| s.id == id.trim())
}

/// The catalogue entries matching `query`, in catalogue order (search as you type).
pub fn search_systems(query: &str) -> Vec<&'static SystemEntry> {
    systems().iter().filter(|s| s.matches(query)).collect()
}

pub fn retention_periods() -> &'static [RetentionPeriod] {
    &retention_file().periods
}

pub fn retention_period(id: &str) -> Option<&'static RetentionPeriod> {
    retention_periods().iter().find(|p| p.id == id.trim())
}

/// The law references the templates cite, each with where it was checked.
pub fn law_references(
) -> impl Iterator<Item = (&'static str, &'static LocalizedText, &'static [FactSource])> {
    template_file()
        .law_sources
        .iter()
        .map(|(key, source)| (key.as_str(), &source.law, source.sources.as_slice()))
}

/// "GDPR Art. 7(3); Marketing Act …": the texts that are there, joined in each language.
fn join_texts(first: &LocalizedText, second: Option<&LocalizedText>) -> LocalizedText {
    let mut joined = LocalizedText::default();
    for language in Language::ALL {
        let parts: Vec<&str> = [Some(first), second]
            .into_iter()
            .flatten()
            .map(|t| t.get(language).trim())
            .filter(|t| !t.is_empty())
            .collect();
        joined.set(language, parts.join("; "));
    }
    joined
}

fn law_text(key: &str) -> LocalizedText {
    template_file()
        .law_sources
        .get(key)
        .map(|s| s.law.clone())
        .unwrap_or_default()
}

impl RegisterTemplate {
    /// The sections this template fills, which start out as unreviewed template text.
    pub fn sections(&self) -> Vec<TemplateSection> {
        use TemplateSection as S;
        let mut sections = vec![S::Description];
        // The answers themselves are suggested one by one (`SuggestedAnswers`),
        // each confirmed where it is asked; this section is the texts that
        // go with the General tab's answers.
        if !self.consequence_of_not_providing.is_empty() || !self.consequence_by_country.is_empty()
        {
            sections.push(S::Answers);
        }
        sections.extend([S::DataSubjects, S::Purposes, S::DataItems]);
        if !self.sources.is_empty() {
            sections.push(S::Sources);
        }
        // The qualifier of the disclosures is asked on the Sources tab with the recipients.
        if !self.recipients.is_empty() || !self.disclosures_qualifier.is_empty() {
            sections.push(S::Recipients);
        }
        sections.push(S::Retention);
        if !self.rights.is_empty() {
            sections.push(S::Rights);
        }
        sections
    }

    /// The records of a new register made from this template for a company in
    /// `country`, in the order their references need (shared records first).
    pub fn records(&self, country: Jurisdiction) -> Vec<Record> {
        let mut register = Register::new(self.name.clone().suggestion());
        register.description = self.description.clone().suggestion();
        // Suggested, not answered: each question stays open until a person
        // confirms the suggestion where the question is asked.
        register.suggested_answers = SuggestedAnswers {
            role: Some(self.answers.role),
            provision_requirement: self.provision_requirement,
            automated_decisions: Some(self.answers.automated_decisions).filter(|a| a.is_answered()),
            transfers_outside_eea: Some(self.answers.transfers_outside_eea)
                .filter(|a| a.is_answered()),
            regular_disclosures: Some(self.answers.regular_disclosures).filter(|a| a.is_answered()),
        };
        register.disclosures_qualifier = self.disclosures_qualifier.clone().suggestion();
        register.consequence_of_not_providing = self
            .consequence_by_country
            .get(&country)
            .unwrap_or(&self.consequence_of_not_providing)
            .clone()
            .suggestion();
        register.unreviewed_template_text = self.sections();
        let id = register.id;

        let mut shared = Vec::new();
        for name in &self.data_subjects {
            let category = DataSubjectCategory {
                id: DataSubjectCategoryId::new(),
                name: name.clone().suggestion(),
            };
            register.data_subject_categories.push(category.id);
            shared.push(Record::DataSubjectCategory(category));
        }
        for source in self
            .sources
            .iter()
            .filter(|s| s.countries.includes(country))
        {
            let record = Source {
                id: SourceId::new(),
                kinds: vec![source.kind],
                name: source.name.clone().suggestion(),
                public: source.public,
                collection_procedure: LocalizedText::default(),
            };
            register.sources.push(record.id);
            shared.push(Record::Source(record));
        }
        let mut disclosures = Vec::new();
        for recipient in self
            .recipients
            .iter()
            .filter(|r| r.countries.includes(country))
        {
            let record = Recipient {
                id: RecipientId::new(),
                kind: Some(recipient.kind),
                name: recipient.name.clone().suggestion(),
                // A template names kinds of recipients ("the carrier that
                // delivers the order"), never the company's own partner.
                category: true,
                country: String::new(),
                agreement: None,
                dpf: DpfCertification::default(),
            };
            disclosures.push(Record::Disclosure(Disclosure {
                id: DisclosureId::new(),
                register: id,
                recipient: record.id,
                data: recipient.data.clone().suggestion(),
                purpose: recipient.purpose.clone().suggestion(),
                method: LocalizedText::default(),
                condition: recipient.condition.clone().suggestion(),
            }));
            shared.push(Record::Recipient(record));
        }

        let mut records = shared;
        records.push(Record::Register(register));
        for item in self.items.iter().filter(|i| i.countries.includes(country)) {
            records.push(Record::DataItem(DataItem {
                id: DataItemId::new(),
                register: id,
                group: None,
                name: item.name.clone().suggestion(),
                requirement: item.requirement,
                consequence_if_not_given: item.consequence.clone().suggestion(),
                flags: item.flags,
                special_category: item.special_category,
                need_for_national_id: item.need_for_national_id.clone().suggestion(),
            }));
        }
        for purpose in self
            .purposes
            .iter()
            .filter(|p| p.countries.includes(country))
        {
            let law_reference = purpose
                .law
                .get(&country)
                .map(|key| law_text(key))
                .unwrap_or_default()
                .suggestion();
            records.push(Record::Purpose(Purpose {
                id: PurposeId::new(),
                register: id,
                description: purpose.description.clone().suggestion(),
                legal_bases: vec![LegalBasisClaim {
                    basis: Some(purpose.basis),
                    data_subject_categories: Vec::new(),
                    legitimate_interest: purpose.legitimate_interest.clone().suggestion(),
                    special_category_condition: purpose.special_category_condition,
                    law_reference,
                }],
                direct_marketing: purpose.direct_marketing,
            }));
        }
        records.extend(disclosures);
        let mut used_periods = Vec::new();
        for retention in self
            .retention
            .iter()
            .filter(|r| r.countries.includes(country))
        {
            let catalogued = retention
                .catalogue
                .get(&country)
                .and_then(|key| retention_period(key));
            let period = match catalogued {
                Some(entry) if used_periods.contains(&entry.id) => continue,
                Some(entry) => {
                    used_periods.push(entry.id.clone());
                    entry.period_with_law()
                }
                None if retention.period.is_empty() => continue,
                None => retention.period.clone(),
            };
            records.push(Record::RetentionRule(RetentionRule {
                id: RetentionRuleId::new(),
                register: id,
                group: None,
                trigger: retention.trigger,
                period: period.suggestion(),
                deletion_method: retention.deletion_method,
                routine: retention.routine.clone().suggestion(),
                responsible: None,
                review_interval_months: None,
                last_reviewed: None,
            }));
        }
        let texts = &template_file().rights;
        for right in &self.rights {
            let own = self.procedures.iter().find(|p| p.right == *right);
            let law_reference = own.map_or_else(LocalizedText::default, |p| {
                let national = p.law.get(&country).map(|key| law_text(key));
                join_texts(&p.law_reference, national.as_ref())
            });
            records.push(Record::RightsProcedure(RightsProcedure {
                id: RightsProcedureId::new(),
                register: id,
                right: *right,
                channel: own
                    .map_or(&texts.channel, |p| &p.channel)
                    .clone()
                    .suggestion(),
                identity_check: own
                    .map_or(&texts.identity_check, |p| &p.identity_check)
                    .clone()
                    .suggestion(),
                deadline_days: None,
                format: LocalizedText::default(),
                notes: LocalizedText::default(),
                fee: LocalizedText::default(),
                frequency: LocalizedText::default(),
                refusal_grounds: LocalizedText::default(),
                law_reference: law_reference.suggestion(),
            }));
        }
        records
    }

    /// The edits that add this template's register to a document.
    pub fn edits(&self, country: Jurisdiction) -> Vec<Edit> {
        self.records(country)
            .into_iter()
            .map(|record| Edit::Put { record })
            .collect()
    }
}

/// What the new-document guide asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct NewDocument {
    /// The company's name, the same in every language until the user says otherwise.
    pub name: String,
    #[serde(default)]
    pub business_id: String,
    pub country: Jurisdiction,
    /// The ids of the chosen templates, in the order their registers appear.
    #[serde(default)]
    pub templates: Vec<String>,
    /// The ids of catalogue systems to copy in.
    #[serde(default)]
    pub systems: Vec<String>,
    /// The language the company writes its documentation in.
    #[serde(default)]
    pub working_language: Option<crate::text::Language>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("unknown template '{0}' (see `kirjuri templates`)")]
    UnknownTemplate(String),
    #[error("unknown system '{0}' in the catalogue")]
    UnknownSystem(String),
    #[error("the company needs a name")]
    NoName,
}

/// A new document: the organisation in its country (which sets the supervisory
/// authority), a register per chosen template and the chosen catalogue systems.
pub fn new_document(spec: &NewDocument) -> Result<Document, TemplateError> {
    let name = spec.name.trim();
    if name.is_empty() {
        return Err(TemplateError::NoName);
    }
    let chosen = spec
        .templates
        .iter()
        .map(|id| template(id).ok_or_else(|| TemplateError::UnknownTemplate(id.clone())))
        .collect::<Result<Vec<_>, _>>()?;
    let systems = spec
        .systems
        .iter()
        .map(|id| system(id).ok_or_else(|| TemplateError::UnknownSystem(id.clone())))
        .collect::<Result<Vec<_>, _>>()?;
    let mut document = Document::new(LocalizedText::same(name));
    document.organisation.business_id = spec.business_id.trim().to_string();
    document.organisation.country = spec.country.code().to_string();
    document.organisation.working_language = spec.working_language;
    let edits: Vec<Edit> = systems
        .iter()
        .map(|s| Edit::Put {
            record: Record::Processor(s.to_processor()),
        })
        .chain(chosen.iter().flat_map(|t| t.edits(spec.country)))
        .collect();
    let (document, _) = document
        .plan(&edits)
        .expect("records built from the templates refer only to each other");
    Ok(document)
}

/// The register with `section` confirmed by a person: its template text is
/// no longer marked. Put through an edit, the texts of the section's records
/// are confirmed with it ([`section_records`], the edit rule in `changes.rs`).
pub fn confirm_section(register: &Register, section: TemplateSection) -> Register {
    let mut confirmed = register.clone();
    confirmed.unreviewed_template_text.retain(|s| *s != section);
    confirmed
}

/// A template's answers to a register's questions, each waiting for a person
/// to confirm it where the question is asked (the General tab asks the role,
/// the obligation to provide and automated decisions; the Sources tab the
/// regular disclosures; the Systems tab the transfers outside the EU/EEA).
/// Until then the question is not answered: the answer field stays open and
/// is a finding wherever an unanswered question is one, and no export says it.
/// Answering the question (the suggestion or another answer) takes the
/// suggestion away.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(default, deny_unknown_fields)]
pub struct SuggestedAnswers {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub role: Option<ProcessingRole>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub provision_requirement: Option<ProvisionRequirement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub automated_decisions: Option<Answer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub transfers_outside_eea: Option<Answer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub regular_disclosures: Option<Answer>,
}

impl SuggestedAnswers {
    pub fn is_empty(&self) -> bool {
        *self == SuggestedAnswers::default()
    }

    /// The questions with a suggestion, by the name of the register's field that answers them.
    pub fn questions(&self) -> Vec<&'static str> {
        let SuggestedAnswers {
            role,
            provision_requirement,
            automated_decisions,
            transfers_outside_eea,
            regular_disclosures,
        } = self;
        [
            ("role", role.is_some()),
            ("provision_requirement", provision_requirement.is_some()),
            ("automated_decisions", automated_decisions.is_some()),
            ("transfers_outside_eea", transfers_outside_eea.is_some()),
            ("regular_disclosures", regular_disclosures.is_some()),
        ]
        .into_iter()
        .filter_map(|(field, given)| given.then_some(field))
        .collect()
    }

    /// The suggestions of the questions `register` has answered (differently
    /// from `before`, or as suggested) taken away: an answer is the person's.
    pub(crate) fn left_after(&self, before: &Register, register: &Register) -> SuggestedAnswers {
        let mut left = self.clone();
        if register.role.is_some() && register.role != before.role {
            left.role = None;
        }
        if register.provision_requirement.is_some()
            && register.provision_requirement != before.provision_requirement
        {
            left.provision_requirement = None;
        }
        if register.automated_decisions.is_answered()
            && register.automated_decisions != before.automated_decisions
        {
            left.automated_decisions = None;
        }
        if register.transfers_outside_eea.is_answered()
            && register.transfers_outside_eea != before.transfers_outside_eea
        {
            left.transfers_outside_eea = None;
        }
        if register.regular_disclosures.is_answered()
            && register.regular_disclosures != before.regular_disclosures
        {
            left.regular_disclosures = None;
        }
        left
    }
}

/// The register with the suggested answer to `question` (a field name of
/// [`SuggestedAnswers::questions`]) confirmed: the answer is given and the
/// suggestion gone. Any other question is left as it is.
pub fn confirm_answer(register: &Register, question: &str) -> Register {
    let mut confirmed = register.clone();
    let suggested = &mut confirmed.suggested_answers;
    match question {
        "role" => {
            if let Some(role) = suggested.role.take() {
                confirmed.role = Some(role);
            }
        }
        "provision_requirement" => {
            if let Some(requirement) = suggested.provision_requirement.take() {
                confirmed.provision_requirement = Some(requirement);
            }
        }
        "automated_decisions" => {
            if let Some(answer) = suggested.automated_decisions.take() {
                confirmed.automated_decisions = answer;
            }
        }
        "transfers_outside_eea" => {
            if let Some(answer) = suggested.transfers_outside_eea.take() {
                confirmed.transfers_outside_eea = answer;
            }
        }
        "regular_disclosures" => {
            if let Some(answer) = suggested.regular_disclosures.take() {
                confirmed.regular_disclosures = answer;
            }
        }
        _ => {}
    }
    confirmed
}

/// The records whose texts a section of `register` covers, besides the
/// register's own fields ([`section_fields`]): the parts and shared records
/// a template fills in that section.
pub fn section_records(
    document: &Document,
    register: &Register,
    section: TemplateSection,
) -> Vec<Record> {
    use TemplateSection as S;
    let own = |id: RegisterId| id == register.id;
    match section {
        S::Description | S::Answers => Vec::new(),
        S::DataSubjects => document
            .data_subject_categories
            .iter()
            .filter(|c| register.data_subject_categories.contains(&c.id))
            .cloned()
            .map(Record::DataSubjectCategory)
            .collect(),
        S::Purposes => document
            .purposes
            .iter()
            .filter(|p| own(p.register))
            .cloned()
            .map(Record::Purpose)
            .collect(),
        S::DataItems => document
            .data_items
            .iter()
            .filter(|i| own(i.register))
            .cloned()
            .map(Record::DataItem)
            .chain(
                document
                    .data_item_groups
                    .iter()
                    .filter(|g| own(g.register))
                    .cloned()
                    .map(Record::DataItemGroup),
            )
            .collect(),
        S::Sources => document
            .sources
            .iter()
            .filter(|s| register.sources.contains(&s.id))
            .cloned()
            .map(Record::Source)
            .collect(),
        S::Recipients => {
            let disclosures: Vec<&Disclosure> = document
                .disclosures
                .iter()
                .filter(|d| own(d.register))
                .collect();
            disclosures
                .iter()
                .map(|d| Record::Disclosure((*d).clone()))
                .chain(
                    document
                        .recipients
                        .iter()
                        .filter(|r| disclosures.iter().any(|d| d.recipient == r.id))
                        .cloned()
                        .map(Record::Recipient),
                )
                .collect()
        }
        S::Retention => document
            .retention_rules
            .iter()
            .filter(|r| own(r.register))
            .cloned()
            .map(Record::RetentionRule)
            .collect(),
        S::Rights => document
            .rights_procedures
            .iter()
            .filter(|r| own(r.register))
            .cloned()
            .map(Record::RightsProcedure)
            .collect(),
    }
}

/// The register's own text fields a section covers (their JSON names).
pub fn section_fields(section: TemplateSection) -> &'static [&'static str] {
    use TemplateSection as S;
    match section {
        S::Description => &["name", "description"],
        S::Answers => &[
            "consequence_of_not_providing",
            "automated_decisions_description",
        ],
        S::Recipients => &["disclosures_qualifier"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{check, CheckOptions, FindingCode, Severity};
    use chrono::NaiveDate;
    use std::collections::HashSet;

    fn all_template_ids() -> Vec<String> {
        templates().iter().map(|t| t.id.clone()).collect()
    }

    fn options(language: Option<Language>) -> CheckOptions {
        CheckOptions {
            as_of: NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date"),
            export_language: language,
        }
    }

    /// A company made from `templates`, with what no template can give: the
    /// company's e-mail address and a contact person for every register.
    fn company(country: Jurisdiction, templates: Vec<String>) -> Document {
        let mut document = bare_company(country, templates);
        document.organisation.email = "info@pieni.fi".into();
        let person = Person {
            id: PersonId::new(),
            name: "Maija Meikäläinen".into(),
            title: LocalizedText::default(),
            phone: String::new(),
            email: "maija@pieni.fi".into(),
        };
        for register in &mut document.registers {
            register.contact_person = Some(person.id);
        }
        document.people.push(person);
        document
    }

    /// A company made from `templates` alone, as `kirjuri new` makes it.
    fn bare_company(country: Jurisdiction, templates: Vec<String>) -> Document {
        new_document(&NewDocument {
            name: "Pieni Oy".into(),
            business_id: "1234567-8".into(),
            country,
            templates,
            systems: Vec::new(),
            working_language: None,
        })
        .expect("known templates")
    }

    #[test]
    fn a_company_from_templates_alone_cannot_be_contacted_and_says_so() {
        for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
            let document = bare_company(country, all_template_ids());
            let errors: HashSet<FindingCode> = check(&document, options(None))
                .into_iter()
                .filter(|f| f.severity == Severity::Error)
                .map(|f| f.code)
                .collect();
            // The template's answers are suggestions until confirmed: open questions.
            assert_eq!(
                errors,
                HashSet::from([
                    FindingCode::ControllerWithoutContact,
                    FindingCode::RightWithoutContact,
                    FindingCode::QuestionNotAnswered,
                ]),
                "{country:?}"
            );
        }
    }

    /// Free text is a warning of its own: the contact form's message and the
    /// chat really are free text, and the user should see that.
    fn allowed_warning(code: FindingCode) -> bool {
        matches!(
            code,
            FindingCode::TemplateTextNotReviewed | FindingCode::FreeTextField
        )
    }

    #[test]
    fn the_data_files_read_and_name_their_version_and_date() {
        for (name, version, as_of) in data_versions() {
            assert!(version >= 1, "{name}");
            assert!(
                NaiveDate::parse_from_str(as_of, "%Y-%m-%d").is_ok(),
                "{name}: {as_of}"
            );
        }
        assert!(templates().len() >= 10);
    }

    /// `document` with every suggested answer of every register confirmed,
    /// as a person confirms them one by one where each is asked.
    fn with_answers_confirmed(document: &Document) -> Document {
        let edits: Vec<Edit> = document
            .registers
            .iter()
            .map(|register| {
                let mut confirmed = register.clone();
                for question in register.suggested_answers.questions() {
                    confirmed = confirm_answer(&confirmed, question);
                }
                Edit::Put {
                    record: Record::Register(confirmed),
                }
            })
            .collect();
        document.plan(&edits).expect("a valid edit").0
    }

    #[test]
    fn a_template_answers_nothing_until_each_suggestion_is_confirmed() {
        let document = company(Jurisdiction::Finland, vec!["newsletter".into()]);
        let register = &document.registers[0];
        assert_eq!(register.role, None, "suggested, not answered");
        assert!(!register.transfers_outside_eea.is_answered());
        let open = |document: &Document| {
            check(document, options(None))
                .into_iter()
                .filter(|f| {
                    f.code == FindingCode::QuestionNotAnswered && f.severity == Severity::Error
                })
                .map(|f| f.field)
                .collect::<HashSet<_>>()
        };
        let questions = register.suggested_answers.questions();
        assert!(questions.contains(&"transfers_outside_eea"));
        for question in &questions {
            assert!(open(&document).contains(*question), "{question} is open");
        }
        // Confirming one question answers that one only.
        let confirmed = confirm_answer(register, "transfers_outside_eea");
        let (after, _) = document
            .plan(&[Edit::Put {
                record: Record::Register(confirmed),
            }])
            .expect("a valid edit");
        let open_after = open(&after);
        assert!(!open_after.contains("transfers_outside_eea"));
        for question in questions.iter().filter(|q| **q != "transfers_outside_eea") {
            assert!(open_after.contains(*question), "{question} is still open");
        }
        // Answering a question otherwise than suggested takes the suggestion away too.
        let mut answered = after.registers[0].clone();
        answered.role = Some(ProcessingRole::Processor);
        let (after, _) = after
            .plan(&[Edit::Put {
                record: Record::Register(answered),
            }])
            .expect("a valid edit");
        assert_eq!(after.registers[0].suggested_answers.role, None);
        assert!(!after.registers[0]
            .suggested_answers
            .questions()
            .contains(&"transfers_outside_eea"));
    }

    #[test]
    fn every_template_alone_and_all_together_give_no_errors_once_answers_are_confirmed() {
        let mut sets: Vec<Vec<String>> =
            all_template_ids().into_iter().map(|id| vec![id]).collect();
        sets.push(all_template_ids());
        for country in [Jurisdiction::Finland, Jurisdiction::Sweden] {
            for set in &sets {
                let document = with_answers_confirmed(&company(country, set.clone()));
                assert_eq!(document.registers.len(), set.len());
                for language in Language::ALL {
                    let findings = check(&document, options(Some(language)));
                    let unexpected: Vec<_> = findings
                        .iter()
                        .filter(|f| f.severity == Severity::Error || !allowed_warning(f.code))
                        // Whether a DPIA is needed is the company's own
                        // screening (Art. 35), never a template's: a warning.
                        // Questions a template never answers (special categories) are warnings too.
                        .filter(|f| {
                            !(f.code == FindingCode::QuestionNotAnswered
                                && f.severity == Severity::Warning)
                        })
                        .map(|f| (f.code, f.field.clone(), f.message.en.clone()))
                        .collect();
                    assert!(
                        unexpected.is_empty(),
                        "{country:?} {set:?} {language}: {unexpected:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_catalogue_system_linked_to_a_register_brings_its_transfer_ground() {
        let mut document = company(Jurisdiction::Finland, vec!["newsletter".into()]);
        let register = document.registers[0].id;
        let transfer_findings = |document: &Document| {
            check(document, options(None))
                .into_iter()
                .filter(|f| f.code == FindingCode::TransferWithoutMechanism)
                .map(|f| f.message.en)
                .collect::<Vec<_>>()
        };
        let mut with_transfer = 0;
        for system in systems() {
            let records = system.records_for(register);
            assert_eq!(
                records.len(),
                2 + usize::from(system.transfer.is_some()),
                "{}",
                system.id
            );
            // The systems whose transfer ground the catalogue states (others,
            // such as Wix in Israel, leave the ground to the user).
            if system.transfer.is_none() {
                continue;
            }
            with_transfer += 1;
            let edits: Vec<Edit> = records
                .into_iter()
                .map(|record| Edit::Put { record })
                .collect();
            document = document
                .plan(&edits)
                .expect("the records refer to each other")
                .0;
        }
        assert!(
            with_transfer > 0,
            "the catalogue states some transfer grounds"
        );
        assert_eq!(document.system_links.len(), with_transfer);
        // The catalogue's ground comes with each transfer as a suggestion:
        // the transfer is open until the user takes it (issue 21).
        assert_eq!(transfer_findings(&document).len(), with_transfer);
        assert!(document
            .transfers
            .iter()
            .all(|t| t.mechanism.is_none() && t.suggested_mechanism.is_some()));
        // Taking it answers it, and the suggestion goes.
        let taken: Vec<Edit> = document
            .transfers
            .iter()
            .map(|t| Edit::Put {
                record: Record::Transfer(Transfer {
                    mechanism: t.suggested_mechanism,
                    ..t.clone()
                }),
            })
            .collect();
        let document = document.plan(&taken).expect("taken").0;
        assert_eq!(transfer_findings(&document), Vec::<String>::new());
        assert!(document
            .transfers
            .iter()
            .all(|t| t.suggested_mechanism.is_none()));
    }

    #[test]
    fn every_section_from_a_template_is_marked_until_confirmed() {
        let document = company(Jurisdiction::Finland, vec!["newsletter".into()]);
        let register = &document.registers[0];
        let marked = |document: &Document| {
            check(document, options(None))
                .into_iter()
                .filter(|f| f.code == FindingCode::TemplateTextNotReviewed)
                .count()
        };
        assert_eq!(marked(&document), register.unreviewed_template_text.len());
        assert!(check(&document, options(None))
            .iter()
            .any(|f| f.register == Some(register.id) && f.marks_draft()));
        assert!(register
            .unreviewed_template_text
            .contains(&TemplateSection::Purposes));

        let confirmed = confirm_section(register, TemplateSection::Purposes);
        let (after, _) = document
            .plan(&[Edit::Put {
                record: Record::Register(confirmed.clone()),
            }])
            .expect("a valid edit");
        assert_eq!(marked(&after), marked(&document) - 1);
        assert!(!check(&after, options(None))
            .iter()
            .any(|f| f.code == FindingCode::TemplateTextNotReviewed
                && f.field.ends_with(TemplateSection::Purposes.code())));

        let mut all = confirmed;
        for section in register.unreviewed_template_text.clone() {
            all = confirm_section(&all, section);
        }
        let (reviewed, _) = document
            .plan(&[Edit::Put {
                record: Record::Register(all),
            }])
            .expect("a valid edit");
        assert_eq!(marked(&reviewed), 0);
        let reviewed = with_answers_confirmed(&reviewed);
        assert!(!check(&reviewed, options(None))
            .iter()
            .any(|f| f.register == Some(register.id) && f.marks_draft()));
    }

    #[test]
    fn the_country_picks_the_statute_of_each_retention_rule_and_legal_basis() {
        let finnish = company(Jurisdiction::Finland, vec!["bookkeeping".into()]);
        let swedish = company(Jurisdiction::Sweden, vec!["bookkeeping".into()]);
        let periods = |document: &Document| {
            document
                .retention_rules
                .iter()
                .map(|r| r.period.fi.clone())
                .collect::<Vec<_>>()
        };
        let fi = periods(&finnish);
        assert_eq!(fi.len(), 2, "vouchers and books");
        assert!(fi
            .iter()
            .all(|p| p.contains("Kirjanpitolaki (1336/1997) 2 luku 10 §")));
        let se = periods(&swedish);
        assert_eq!(se.len(), 1, "one period for all accounting records");
        assert!(se[0].contains("bokföringslagen (1999:1078) 7 luku 2 §"));
        // Invoicing and paying rest on the contract; keeping the books on the law.
        let bases = |document: &Document| {
            document
                .purposes
                .iter()
                .flat_map(|p| &p.legal_bases)
                .map(|c| (c.basis, c.law_reference.sv.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            bases(&swedish),
            vec![
                (Some(LegalBasis::Contract), String::new()),
                (
                    Some(LegalBasis::LegalObligation),
                    "Bokföringslagen (1999:1078)".to_string()
                ),
            ]
        );
        assert_eq!(finnish.organisation.country, "FI");
        assert!(
            crate::geography::supervisory_authority(&swedish.organisation)
                .is_some_and(|a| a.email == "imy@imy.se")
        );
    }

    #[test]
    fn personnel_keeps_working_time_records_by_the_statute_of_its_country() {
        let rules = |country| {
            company(country, vec!["personnel".into()])
                .retention_rules
                .iter()
                .map(|r| r.period.en.clone())
                .collect::<Vec<_>>()
        };
        assert!(rules(Jurisdiction::Finland)
            .iter()
            .any(|p| p.contains("Working Hours Act (872/2019), section 32")));
        assert!(rules(Jurisdiction::Sweden)
            .iter()
            .any(|p| p.contains("arbetstidslagen (1982:673), section 11")));
    }

    #[test]
    fn job_applications_are_kept_for_the_recruitment_claim_period_of_their_country() {
        let rules = |country| {
            company(country, vec!["job_applicants".into()])
                .retention_rules
                .iter()
                .map(|r| r.period.en.clone())
                .collect::<Vec<_>>()
        };
        assert!(rules(Jurisdiction::Finland)
            .iter()
            .any(|p| p.contains("Non-Discrimination Act (1325/2014)")));
        assert!(rules(Jurisdiction::Sweden)
            .iter()
            .any(|p| p.contains("diskrimineringslagen (2008:567), chapter 6, section 4")));
    }

    #[test]
    fn legitimate_interests_are_written_out_and_flags_are_set() {
        let document = company(Jurisdiction::Sweden, all_template_ids());
        for claim in document.purposes.iter().flat_map(|p| &p.legal_bases) {
            if claim.basis == Some(LegalBasis::LegitimateInterests) {
                assert!(Language::ALL.iter().all(|l| !claim
                    .legitimate_interest
                    .get(*l)
                    .trim()
                    .is_empty()));
            }
        }
        let items = &document.data_items;
        assert!(items
            .iter()
            .any(|i| i.flags.national_id && !i.need_for_national_id.is_empty()));
        assert!(items.iter().any(|i| i.flags.financial));
        assert!(items
            .iter()
            .any(|i| i.special_category == Some(SpecialCategory::Health)));
    }

    #[test]
    fn every_catalogue_fact_has_a_source_and_a_check_date() {
        let dated = |sources: &[FactSource]| {
            !sources.is_empty()
                && sources.iter().all(|s| {
                    s.url.starts_with("http")
                        && NaiveDate::parse_from_str(&s.checked, "%Y-%m-%d").is_ok()
                })
        };
        assert!(
            systems().len() >= 40,
            "the catalogue names at least 40 systems"
        );
        let mut ids: Vec<&str> = systems().iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), systems().len(), "system ids are unique");
        for system in systems() {
            assert!(dated(&system.sources), "{}", system.id);
            for text in [&system.function]
                .into_iter()
                .chain(system.data_location.as_ref())
                .chain(system.note.as_ref())
                .chain(system.transfer.as_ref().map(|t| &t.note))
                .chain(system.processor_agreement.as_ref().map(|a| &a.note))
            {
                assert!(
                    Language::ALL
                        .iter()
                        .all(|l| !text.get(*l).trim().is_empty()),
                    "{}: every text in sv, fi and en",
                    system.id
                );
            }
            assert!(
                !system.vendor.is_empty() && !system.function.is_empty(),
                "{}",
                system.id
            );
        }
        for period in retention_periods() {
            assert!(dated(&period.sources), "{}", period.id);
            for language in Language::ALL {
                for text in [&period.name, &period.period, &period.law] {
                    assert!(
                        !text.get(language).trim().is_empty(),
                        "{} {language}",
                        period.id
                    );
                }
            }
        }
        for (key, law, sources) in law_references() {
            assert!(dated(sources), "{key}");
            assert!(
                Language::ALL.iter().all(|l| !law.get(*l).is_empty()),
                "{key}"
            );
        }
    }

    #[test]
    fn every_catalogue_reference_of_a_template_exists() {
        for template in templates() {
            for retention in &template.retention {
                for key in retention.catalogue.values() {
                    let period = retention_period(key).expect("a catalogued period");
                    assert!(
                        retention.catalogue.get(&period.country) == Some(key),
                        "{key}"
                    );
                }
            }
            for purpose in &template.purposes {
                for key in purpose.law.values() {
                    assert!(template_file().law_sources.contains_key(key), "{key}");
                }
            }
        }
    }

    #[test]
    fn a_catalogue_system_becomes_a_processor_the_checks_know_about() {
        let document = new_document(&NewDocument {
            name: "Liten AB".into(),
            business_id: String::new(),
            country: Jurisdiction::Sweden,
            templates: vec!["bookkeeping".into()],
            systems: vec!["fortnox".into()],
            working_language: None,
        })
        .expect("known ids");
        let processor = &document.processors[0];
        assert_eq!(processor.vendor.sv, "Fortnox AB");
        assert_eq!(processor.country, "SE");
        assert_eq!(
            processor.agreement, None,
            "signing is the company's own answer"
        );
        assert_eq!(search_systems("fort")[0].id, "fortnox");
        assert!(search_systems("chat").iter().any(|s| s.id == "tawk-to"));
        assert!(matches!(
            new_document(&NewDocument {
                name: "X".into(),
                business_id: String::new(),
                country: Jurisdiction::Finland,
                templates: vec!["nope".into()],
                systems: Vec::new(),
                working_language: None,
            }),
            Err(TemplateError::UnknownTemplate(_))
        ));
    }

    #[test]
    fn a_catalogue_period_becomes_a_retention_rule_with_its_statute() {
        let register = RegisterId::new();
        let rule = retention_period("se-bookkeeping")
            .expect("catalogued")
            .to_rule(register);
        assert!(rule.states_a_limit());
        assert!(rule.period.en.contains("chapter 7, section 2"));
        // The rule says what is kept, not only for how long.
        assert!(
            rule.period.en.starts_with("Accounting records"),
            "{}",
            rule.period.en
        );
    }
}
