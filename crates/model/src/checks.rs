//! Completeness checks: the document in, findings out. An incomplete register is
//! normal while the user works, so gaps are data (a severity, the record and field
//! they are about, a message in three languages), never errors. No clock: the
//! caller says which day it is.

use crate::document::*;
use crate::flows::FlowOrigin;
use crate::geography::{self, Adequacy};
use crate::ids::{ProcessorId, RecipientId, RegisterId};
use crate::index::Index;
use crate::paperwork::ANSWERED_REQUEST_KEPT_YEARS;
use crate::records::{Document, Record, RecordChange, RecordKind};
use crate::terminology::*;
use crate::text::{Language, LocalizedText};
use chrono::{NaiveDate, NaiveDateTime};
use kirjuri_text::Text;
use std::collections::{HashMap, HashSet};
use std::fmt;
use uuid::Uuid;

pub use crate::findings::{Finding, FindingCode, Severity};

/// A transfer ground that no longer holds: the words that name it, and the
/// message saying when it fell and what replaces it.
struct FallenGround {
    words: &'static [&'static str],
    message: Text,
}

const FALLEN_GROUNDS: &[FallenGround] = &[
    FallenGround {
        words: &[
            "privacy shield",
            "skölden för skydd av privatlivet",
            "yksityisyydensuojakilpi",
            "yksityisyyden suojan kilpi",
        ],
        message: Text::FindingPrivacyShield,
    },
    FallenGround {
        words: &["safe harbor", "safe harbour"],
        message: Text::FindingSafeHarbor,
    },
];

/// The fallen ground `text` relies on, in any of its languages.
fn fallen_ground(text: &LocalizedText) -> Option<&'static FallenGround> {
    FALLEN_GROUNDS.iter().find(|ground| {
        Language::ALL.iter().any(|language| {
            let lower = text.get(*language).to_lowercase();
            ground.words.iter().any(|w| lower.contains(w))
        })
    })
}

/// The country whose adequacy decision covers only certified organisations
/// (the EU–US Data Privacy Framework, Commission decision of 10 July 2023).
pub const DPF_COUNTRY: &str = "US";

/// The longest answer time, in days, that a notice prints as a promise of its
/// own. Art. 12(3) allows one month from receipt, and the shortest month has 28
/// days: a promise of up to 28 days is always within the law, a longer one may
/// not be (45 days never is). A longer number is left out of the notice, which
/// states the legal period instead, and the checks warn about it
/// (`AnswerPeriodBeyondOneMonth`).
pub const MAX_PROMISED_ANSWER_DAYS: u32 = 28;

/// What the checks need besides the document.
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions {
    /// Today, for overdue routines and stale registers.
    pub as_of: NaiveDate,
    /// The language of an export: texts missing in it are reported.
    pub export_language: Option<Language>,
}

/// Every finding, errors first, in document order within a severity. The
/// 72 hours of a breach are counted to the start of `options.as_of`; see
/// [`check_at`] for a given moment.
pub fn check(document: &Document, options: CheckOptions) -> Vec<Finding> {
    check_at(
        document,
        options,
        options.as_of.and_time(chrono::NaiveTime::MIN),
    )
}

/// Every finding as of the moment `now` (the 72 hours of a breach run by the hour).
pub fn check_at(document: &Document, options: CheckOptions, now: NaiveDateTime) -> Vec<Finding> {
    Checker::default().check(document, options, now, None)
}

/// The findings that concern the privacy notice of `register`
/// ([`Finding::concerns_notice_of`]), as [`check`] gives them, without
/// checking the other registers: what a notice's draft mark needs, at the
/// cost of one register (the notice beside the form asks after every edit).
pub fn check_for_notice(
    document: &Document,
    register: RegisterId,
    options: CheckOptions,
) -> Vec<Finding> {
    let now = options.as_of.and_time(chrono::NaiveTime::MIN);
    let only = HashSet::from([register]);
    let index = Index::for_registers(document, &only);
    let mut findings = Findings {
        document,
        index: &index,
        list: Vec::new(),
    };
    findings.organisation();
    if let Some(own) = document.registers.iter().find(|r| r.id == register) {
        findings.register(own, options.as_of);
    }
    findings.processors();
    findings.shared_lists();
    findings.paperwork(now);
    if let Some(language) = options.export_language {
        findings.missing_translations(language);
        findings.translations_out_of_date(language);
    }
    let mut list = answered_and_sorted(document, findings.list);
    list.retain(|f| f.concerns_notice_of(register));
    list
}

/// The checks of one open document, kept from one edit to the next so that
/// an edit costs what it changed: a register's own findings are checked
/// again only when the register or one of its parts changed. Any other
/// change (a shared list, a processor, a person, the organisation), no
/// changes given, or another day checks every register again; the findings
/// that are not a register's own are checked every time. Gives what
/// [`check_at`] gives (a test compares them after random edits).
#[derive(Debug, Default)]
pub struct Checker {
    as_of: Option<NaiveDate>,
    by_register: HashMap<RegisterId, Vec<Finding>>,
}

impl Checker {
    /// Every finding of `document` as of `now`, after `changes` (the edit
    /// that led from the document last checked to this one), or from the
    /// start when `changes` is `None`.
    pub fn check(
        &mut self,
        document: &Document,
        options: CheckOptions,
        now: NaiveDateTime,
        changes: Option<&[RecordChange]>,
    ) -> Vec<Finding> {
        let stale = match changes {
            Some(changes) if self.as_of == Some(options.as_of) => registers_changed(changes),
            _ => None,
        };
        self.as_of = Some(options.as_of);
        match stale {
            Some(registers) => {
                let index = Index::for_registers(document, &registers);
                let mut findings = Findings {
                    document,
                    index: &index,
                    list: Vec::new(),
                };
                for id in registers {
                    match document.registers.iter().find(|r| r.id == id) {
                        Some(register) => {
                            findings.register(register, options.as_of);
                            self.by_register
                                .insert(id, std::mem::take(&mut findings.list));
                        }
                        None => {
                            self.by_register.remove(&id);
                        }
                    }
                }
            }
            None => {
                let index = Index::new(document);
                let mut findings = Findings {
                    document,
                    index: &index,
                    list: Vec::new(),
                };
                self.by_register.clear();
                for register in &document.registers {
                    findings.register(register, options.as_of);
                    self.by_register
                        .insert(register.id, std::mem::take(&mut findings.list));
                }
            }
        }
        let index = Index::new(document);
        let mut findings = Findings {
            document,
            index: &index,
            list: Vec::new(),
        };
        findings.organisation();
        for register in &document.registers {
            if let Some(own) = self.by_register.get(&register.id) {
                findings.list.extend(own.iter().cloned());
            }
        }
        findings.processors();
        findings.shared_lists();
        findings.paperwork(now);
        if let Some(language) = options.export_language {
            findings.missing_translations(language);
            findings.translations_out_of_date(language);
        }
        answered_and_sorted(document, findings.list)
    }
}

/// The registers whose own findings `changes` can change: the registers and
/// the registers of the parts changed. `None` when a change can change any
/// register's (a shared record, a processor, a person, the organisation).
fn registers_changed(changes: &[RecordChange]) -> Option<HashSet<RegisterId>> {
    let mut registers = HashSet::new();
    for change in changes {
        for record in [&change.before, &change.after].into_iter().flatten() {
            let register = match record {
                Record::Register(register) => register.id,
                part => part.register()?,
            };
            registers.insert(register);
        }
    }
    Some(registers)
}

/// Each finding with the answer the organisation gave to it, errors first.
fn answered_and_sorted(document: &Document, mut list: Vec<Finding>) -> Vec<Finding> {
    for finding in &mut list {
        finding.answer = document
            .organisation
            .finding_answers
            .iter()
            .find(|a| a.answers(finding))
            .map(|a| a.answer.clone());
    }
    list.sort_by_key(|f| f.severity);
    list
}

/// What a message calls a record that has no name (or a request no right):
/// said in words, never a bare dash.
pub fn unnamed(language: Language) -> &'static str {
    Text::Unnamed.get(language)
}

/// The value of one of a message's variables, in a language.
type Value<'a> = &'a dyn Fn(Language) -> String;

/// A finding's message: `text` in each language, each variable filled with
/// its value in that language.
fn message(text: Text, values: &[(&str, Value)]) -> LocalizedText {
    let [sv, fi, en] = Language::ALL.map(|language| {
        let filled: Vec<(&str, String)> = values
            .iter()
            .map(|(name, value)| (*name, value(language)))
            .collect();
        let filled: Vec<(&str, &dyn fmt::Display)> = filled
            .iter()
            .map(|(name, value)| (*name, value as &dyn fmt::Display))
            .collect();
        text.fill(language, &filled)
    });
    LocalizedText::new(sv, fi, en)
}

/// A message whose one variable, `{name}`, is the name of the record it is about.
fn named(text: Text, name: &LocalizedText) -> LocalizedText {
    message(text, &[("name", &name_of(name))])
}

/// A record's name in each language, or "unnamed" in words.
fn name_of(name: &LocalizedText) -> impl Fn(Language) -> String + '_ {
    |language| {
        name.name_in(language)
            .unwrap_or(unnamed(language))
            .to_string()
    }
}

/// A vocabulary's label in each language (a right, a section).
fn label_of(value: impl Vocabulary) -> impl Fn(Language) -> String {
    move |language| value.label(language).to_string()
}

struct Findings<'a> {
    document: &'a Document,
    index: &'a Index<'a>,
    list: Vec<Finding>,
}

impl<'a> Findings<'a> {
    #[allow(clippy::too_many_arguments)] // one finding has this many parts; a builder would only hide them
    fn push(
        &mut self,
        severity: Severity,
        code: FindingCode,
        kind: RecordKind,
        id: impl Into<Uuid>,
        field: impl Into<String>,
        register: Option<RegisterId>,
        message: LocalizedText,
    ) {
        self.list.push(Finding {
            severity,
            code,
            kind,
            id: id.into(),
            field: field.into(),
            register,
            message,
            answer: None,
        });
    }

    fn organisation(&mut self) {
        let organisation = &self.document.organisation;
        if !has_contact_channel(organisation) {
            self.push(
                Severity::Error,
                FindingCode::ControllerWithoutContact,
                RecordKind::Organisation,
                organisation.id,
                "email",
                None,
                named(Text::FindingControllerWithoutContact, &organisation.name),
            );
        }
        if geography::supervisory_authority(organisation).is_none() {
            self.push(
                Severity::Error,
                FindingCode::NoSupervisoryAuthority,
                RecordKind::Organisation,
                organisation.id,
                "country",
                None,
                message(Text::FindingNoSupervisoryAuthority, &[]),
            );
        }
    }

    fn register(&mut self, register: &Register, as_of: NaiveDate) {
        let name = &register.name;
        let in_register = Some(register.id);
        // Borrowed from the index, not from `self`, which findings are pushed to.
        let parts = self.index.parts(register.id);
        let purposes = &parts.purposes;
        let items = &parts.items;
        let rules = &parts.retention_rules;
        let links = &parts.system_links;

        for purpose in purposes {
            if purpose.legal_bases.is_empty()
                || purpose.legal_bases.iter().any(|c| c.basis.is_none())
            {
                self.push(
                    Severity::Error,
                    FindingCode::PurposeWithoutLegalBasis,
                    RecordKind::Purpose,
                    purpose.id,
                    "legal_bases",
                    in_register,
                    named(Text::FindingPurposeWithoutLegalBasis, &purpose.description),
                );
            }
            for (index, claim) in purpose.legal_bases.iter().enumerate() {
                if claim.basis == Some(LegalBasis::LegitimateInterests)
                    && claim.legitimate_interest.is_empty()
                {
                    self.push(
                        Severity::Error,
                        FindingCode::LegitimateInterestNotStated,
                        RecordKind::Purpose,
                        purpose.id,
                        format!("legal_bases[{index}].legitimate_interest"),
                        in_register,
                        named(
                            Text::FindingLegitimateInterestNotStated,
                            &purpose.description,
                        ),
                    );
                }
            }
        }

        let has_special_condition = purposes
            .iter()
            .flat_map(|p| &p.legal_bases)
            .any(|c| c.special_category_condition.is_some());
        for item in items {
            if item.special_category.is_some() && !has_special_condition {
                self.push(
                    Severity::Error,
                    FindingCode::SpecialCategoryWithoutCondition,
                    RecordKind::DataItem,
                    item.id,
                    "special_category",
                    in_register,
                    named(Text::FindingSpecialCategoryWithoutCondition, &item.name),
                );
            }
            if item.flags.national_id && item.need_for_national_id.is_empty() {
                self.push(
                    Severity::Warning,
                    FindingCode::NationalIdWithoutStatedNeed,
                    RecordKind::DataItem,
                    item.id,
                    "need_for_national_id",
                    in_register,
                    named(Text::FindingNationalIdWithoutStatedNeed, &item.name),
                );
            }
            if item.flags.free_text {
                self.push(
                    Severity::Warning,
                    FindingCode::FreeTextField,
                    RecordKind::DataItem,
                    item.id,
                    "flags.free_text",
                    in_register,
                    named(Text::FindingFreeTextField, &item.name),
                );
            }
            if item.requirement == Some(ItemRequirement::Mandatory)
                && item.consequence_if_not_given.is_empty()
                && register.consequence_of_not_providing.is_empty()
            {
                self.push(
                    Severity::Warning,
                    FindingCode::MandatoryItemWithoutConsequence,
                    RecordKind::DataItem,
                    item.id,
                    "consequence_if_not_given",
                    in_register,
                    named(Text::FindingMandatoryItemWithoutConsequence, &item.name),
                );
            }
        }

        if !rules
            .iter()
            .any(|r| crate::retention::states_a_usable_limit(r))
        {
            self.push(
                Severity::Error,
                FindingCode::NoRetentionRule,
                RecordKind::Register,
                register.id,
                "retention_rules",
                in_register,
                named(Text::FindingNoRetentionRule, name),
            );
        }
        for rule in rules {
            if !crate::retention::states_a_usable_limit(rule) && !rule.period.is_empty() {
                self.push(
                    Severity::Warning,
                    FindingCode::RetentionWithoutLimit,
                    RecordKind::RetentionRule,
                    rule.id,
                    "period",
                    in_register,
                    message(
                        Text::FindingRetentionWithoutLimit,
                        &[
                            ("register", &name_of(name)),
                            ("period", &name_of(&rule.period)),
                        ],
                    ),
                );
            }
            if rule.is_overdue(as_of) {
                self.push(
                    Severity::Warning,
                    FindingCode::DeletionRoutineOverdue,
                    RecordKind::RetentionRule,
                    rule.id,
                    "last_reviewed",
                    in_register,
                    named(Text::FindingDeletionRoutineOverdue, name),
                );
            }
        }

        if let Some(updated) = register.last_updated {
            if updated
                .checked_add_months(chrono::Months::new(12))
                .is_some_and(|d| d < as_of)
            {
                self.push(
                    Severity::Warning,
                    FindingCode::RegisterNotUpdatedForAYear,
                    RecordKind::Register,
                    register.id,
                    "last_updated",
                    in_register,
                    named(Text::FindingRegisterNotUpdatedForAYear, name),
                );
            }
        }

        let contact_person = register
            .contact_person
            .and_then(|id| self.document.people.iter().find(|p| p.id == id))
            .filter(|p| !p.email.trim().is_empty() || !p.phone.trim().is_empty());
        let organisation = &self.document.organisation;
        let reachable = contact_person.is_some()
            || !organisation.email.trim().is_empty()
            || !organisation.phone.trim().is_empty();
        for procedure in &parts.rights_procedures {
            let points_to_contact_person = Language::ALL.iter().any(|language| {
                let channel = procedure.channel.get(*language).to_lowercase();
                ["kontaktperson", "yhteyshenkilö", "contact person"]
                    .iter()
                    .any(|word| channel.contains(word))
            });
            let no_channel = procedure.channel.is_empty() && !reachable;
            if no_channel || (points_to_contact_person && contact_person.is_none()) {
                let values: &[(&str, Value)] = &[
                    ("register", &name_of(name)),
                    ("right", &label_of(procedure.right)),
                ];
                self.push(
                    Severity::Error,
                    FindingCode::RightWithoutContact,
                    RecordKind::RightsProcedure,
                    procedure.id,
                    "channel",
                    in_register,
                    message(Text::FindingRightWithoutContact, values),
                );
            } else if procedure.channel.is_empty() {
                // The notice says how to use a right only where the channel
                // is written (copying the contact's address is one click).
                let values: &[(&str, Value)] = &[
                    ("register", &name_of(name)),
                    ("right", &label_of(procedure.right)),
                ];
                self.push(
                    Severity::Warning,
                    FindingCode::QuestionNotAnswered,
                    RecordKind::RightsProcedure,
                    procedure.id,
                    "channel",
                    in_register,
                    message(Text::FindingRightChannelNotStated, values),
                );
            }
        }

        if register.provision_requirement == Some(ProvisionRequirement::NotRequired) {
            if let Some(item) = items
                .iter()
                .find(|i| i.requirement == Some(ItemRequirement::Mandatory))
            {
                self.push(
                    Severity::Error,
                    FindingCode::ProvisionContradictsMandatoryItem,
                    RecordKind::Register,
                    register.id,
                    "provision_requirement",
                    in_register,
                    named(Text::FindingProvisionContradictsMandatoryItem, &item.name),
                );
            }
        }

        for procedure in &parts.rights_procedures {
            if procedure
                .deadline_days
                .is_some_and(|days| days > MAX_PROMISED_ANSWER_DAYS)
            {
                let days = procedure.deadline_days.unwrap_or_default();
                self.push(
                    Severity::Warning,
                    FindingCode::AnswerPeriodBeyondOneMonth,
                    RecordKind::RightsProcedure,
                    procedure.id,
                    "deadline_days",
                    in_register,
                    message(
                        Text::FindingAnswerPeriodBeyondOneMonth,
                        &[
                            ("register", &name_of(name)),
                            ("right", &label_of(procedure.right)),
                            ("days", &|_| days.to_string()),
                        ],
                    ),
                );
            }
        }

        self.transfers(register);
        self.fallen_grounds(register);
        self.us_adequacy(register);
        self.questions(register);

        for section in &register.unreviewed_template_text {
            self.push(
                Severity::Warning,
                FindingCode::TemplateTextNotReviewed,
                RecordKind::Register,
                register.id,
                format!("unreviewed_template_text.{}", section.code()),
                in_register,
                message(
                    Text::FindingTemplateTextNotReviewed,
                    &[
                        ("register", &name_of(name)),
                        ("section", &label_of(*section)),
                    ],
                ),
            );
        }

        for link in links {
            for (index, item_id) in link.data_items.iter().enumerate() {
                // Listed: one of this register's own data items.
                let listed = items.iter().any(|item| item.id == *item_id);
                if !listed {
                    self.push(
                        Severity::Warning,
                        FindingCode::SystemReceivesUnlistedItem,
                        RecordKind::SystemLink,
                        link.id,
                        format!("data_items[{index}]"),
                        in_register,
                        named(Text::FindingSystemReceivesUnlistedItem, name),
                    );
                }
            }
        }
    }

    /// A transfer of the register whose words rely on a ground that fell.
    fn fallen_grounds(&mut self, register: &Register) {
        let parts = self.index.parts(register.id);
        let mut places: Vec<(RecordKind, Uuid, &str, &LocalizedText)> = vec![(
            RecordKind::Register,
            register.id.into(),
            "transfers_qualifier",
            &register.transfers_qualifier,
        )];
        for transfer in &parts.transfers {
            places.push((
                RecordKind::Transfer,
                transfer.id.into(),
                "documentation",
                &transfer.documentation,
            ));
        }
        for (kind, id, field, text) in places {
            if let Some(ground) = fallen_ground(text) {
                self.push(
                    Severity::Error,
                    FindingCode::InvalidTransferGround,
                    kind,
                    id,
                    field,
                    Some(register.id),
                    message(ground.message, &[("register", &name_of(&register.name))]),
                );
            }
        }
    }

    /// A transfer to the United States on the adequacy decision: the decision
    /// of 10 July 2023 covers only organisations certified under the EU–US
    /// Data Privacy Framework, so the processor or recipient must be answered
    /// "certified". (The adequacy list in `assets/data/countries.json` marks
    /// the United States "partial" for this reason.)
    fn us_adequacy(&mut self, register: &Register) {
        let flows = self.index.flows(register.id);
        for flow in flows.iter().filter(|f| {
            f.country.eq_ignore_ascii_case(DPF_COUNTRY)
                && f.mechanism() == Some(TransferMechanism::AdequacyDecision)
        }) {
            let Some(transfer) = flow.transfer() else {
                continue;
            };
            let (who, certified) = match (flow.processor, flow.recipient) {
                (Some(p), _) => (Some(display_processor(p)), p.dpf.certified),
                (None, Some(r)) => (Some(r.name.clone()), r.dpf.certified),
                (None, None) => (None, Answer::NotAnswered),
            };
            if certified == Answer::Yes {
                // Relied on: when the list was checked is part of the answer.
                let unchecked = match (flow.processor, flow.recipient) {
                    (Some(p), _) if p.dpf.checked_on.is_none() => {
                        Some((RecordKind::Processor, Uuid::from(p.id)))
                    }
                    (None, Some(r)) if r.dpf.checked_on.is_none() => {
                        Some((RecordKind::Recipient, Uuid::from(r.id)))
                    }
                    _ => None,
                };
                if let (Some((kind, id)), Some(who)) = (unchecked, who.as_ref()) {
                    self.push(
                        Severity::Warning,
                        FindingCode::QuestionNotAnswered,
                        kind,
                        id,
                        "dpf.checked_on",
                        Some(register.id),
                        named(Text::FindingDpfNotChecked, who),
                    );
                }
                continue;
            }
            // Which message depends on the language too: the recipient may
            // have no name in it.
            let text = |language: Language| {
                let who = who.as_ref().and_then(|w| w.name_in(language));
                let text = match (who, certified) {
                    (Some(_), Answer::No) => Text::FindingUsAdequacyNotCertified,
                    (Some(_), _) => Text::FindingUsAdequacyCertificationNotStated,
                    (None, _) => Text::FindingUsAdequacyNoRecipient,
                };
                text.fill(
                    language,
                    &[
                        (
                            "register",
                            &register.name.name_in(language).unwrap_or(unnamed(language)),
                        ),
                        ("who", &who.unwrap_or_default()),
                    ],
                )
            };
            self.push(
                Severity::Error,
                FindingCode::UsAdequacyWithoutDpf,
                RecordKind::Transfer,
                transfer.id,
                "mechanism",
                Some(register.id),
                LocalizedText::new(text(Language::Sv), text(Language::Fi), text(Language::En)),
            );
        }
    }

    /// The register's questions whose answers become sentences in its notice
    /// or record: each one not answered is a finding.
    fn questions(&mut self, register: &Register) {
        let parts = self.index.parts(register.id);
        let name = &register.name;
        let ask = |this: &mut Self, severity, field: &str, text: Text| {
            this.push(
                severity,
                FindingCode::QuestionNotAnswered,
                RecordKind::Register,
                register.id,
                field,
                Some(register.id),
                named(text, name),
            );
        };
        if register.role.is_none() {
            ask(self, Severity::Error, "role", Text::FindingRoleNotStated);
        }
        if register.provision_requirement.is_none() {
            ask(
                self,
                Severity::Error,
                "provision_requirement",
                Text::FindingProvisionRequirementNotStated,
            );
        }
        if !register.automated_decisions.is_answered() {
            ask(
                self,
                Severity::Error,
                "automated_decisions",
                Text::FindingAutomatedDecisionsNotStated,
            );
        }
        if !register.transfers_outside_eea.is_answered() && parts.transfers.is_empty() {
            ask(
                self,
                Severity::Error,
                "transfers_outside_eea",
                Text::FindingTransfersOutsideEeaNotStated,
            );
        }
        // A category of processors is named by a disclosure but is not one.
        let discloses = parts.disclosures.iter().any(|d| {
            self.index
                .recipients()
                .get(&d.recipient)
                .is_none_or(|r| !r.is_processor_category())
        });
        if !register.discloses(discloses).is_answered() {
            ask(
                self,
                Severity::Error,
                "regular_disclosures",
                Text::FindingRegularDisclosuresNotStated,
            );
        }
        // Special categories: not answered is a warning, so that documents
        // written before the question was asked do not turn red.
        let special_items = parts.items.iter().find(|i| i.special_category.is_some());
        match register.special_categories {
            Answer::NotAnswered => ask(
                self,
                Severity::Warning,
                "special_categories",
                Text::FindingSpecialCategoriesNotStated,
            ),
            Answer::No if special_items.is_some() => self.push(
                Severity::Error,
                FindingCode::SpecialCategoriesContradicted,
                RecordKind::Register,
                register.id,
                "special_categories",
                Some(register.id),
                named(Text::FindingSpecialCategoriesContradicted, name),
            ),
            Answer::Yes if register.special_categories_which.is_empty() => ask(
                self,
                Severity::Warning,
                "special_categories_which",
                Text::FindingSpecialCategoriesWhichNotStated,
            ),
            _ => {}
        }
        // A screening record (the WP248 criteria) answers the question too;
        // whether it then requires a DPIA is `DpiaRequired`'s finding.
        let screened = self
            .document
            .dpia_screenings
            .iter()
            .any(|s| s.register == register.id && s.screened.is_some());
        if register.dpia == DpiaStatus::NotAssessed && !screened {
            ask(
                self,
                Severity::Warning,
                "dpia",
                Text::FindingDpiaNotAssessed,
            );
        }
        if parts.rights_procedures.is_empty() {
            self.push(
                Severity::Warning,
                FindingCode::NoRightsProcedures,
                RecordKind::Register,
                register.id,
                "rights_procedures",
                Some(register.id),
                named(Text::FindingNoRightsProcedures, name),
            );
        }
    }

    /// The kind of each source, recipient and security measure, and each
    /// cookie's consent: not answered is a warning (the documents then name
    /// the record without a kind).
    fn shared_lists(&mut self) {
        let doc = self.document;
        let unanswered = |this: &mut Self,
                          kind: RecordKind,
                          id: Uuid,
                          field: &str,
                          what: &LocalizedText,
                          text: Text| {
            this.push(
                Severity::Warning,
                FindingCode::QuestionNotAnswered,
                kind,
                id,
                field,
                None,
                named(text, what),
            );
        };
        for source in doc.sources.iter().filter(|s| s.kinds.is_empty()) {
            unanswered(
                self,
                RecordKind::Source,
                source.id.into(),
                "kinds",
                &source.name,
                Text::FindingSourceKindNotStated,
            );
        }
        for recipient in doc.recipients.iter().filter(|r| r.kind.is_none()) {
            unanswered(
                self,
                RecordKind::Recipient,
                recipient.id.into(),
                "kind",
                &recipient.name,
                Text::FindingRecipientKindNotStated,
            );
        }
        for measure in doc.security_measures.iter().filter(|m| m.kind.is_none()) {
            unanswered(
                self,
                RecordKind::SecurityMeasure,
                measure.id.into(),
                "kind",
                &measure.description,
                Text::FindingMeasureKindNotStated,
            );
        }
        for cookie in doc
            .cookies
            .iter()
            .filter(|c| !c.requires_consent.is_answered())
        {
            unanswered(
                self,
                RecordKind::Cookie,
                cookie.id.into(),
                "requires_consent",
                &cookie.name,
                Text::FindingCookieConsentNotStated,
            );
        }
    }

    /// Every flow of the register's data to a third country
    /// (`flows::third_country_flows`) needs a transfer mechanism.
    fn transfers(&mut self, register: &Register) {
        let flows = self.index.flows(register.id);
        let mut gaps: Vec<(RecordKind, Uuid, String, LocalizedText, String)> = Vec::new();
        for flow in flows.iter().filter(|flow| flow.mechanism().is_none()) {
            let who = flow
                .processor
                .map(display_processor)
                .or_else(|| flow.recipient.map(|r| r.name.clone()))
                .unwrap_or_default();
            let (kind, id, field): (RecordKind, Uuid, &str) = match flow.origin {
                FlowOrigin::Transfer(t) => (RecordKind::Transfer, t.id.into(), "mechanism"),
                FlowOrigin::SystemLink(l) => (RecordKind::SystemLink, l.id.into(), "processor"),
                FlowOrigin::Disclosure(d) => (RecordKind::Disclosure, d.id.into(), "recipient"),
            };
            gaps.push((kind, id, field.into(), who, flow.country.clone()));
        }
        gaps.dedup_by(|a, b| a.3 == b.3 && a.4 == b.4);
        for (kind, id, field, who, country) in gaps {
            let adequate =
                geography::country(&country).and_then(|c| c.adequacy) == Some(Adequacy::Full);
            let severity = if adequate {
                Severity::Warning
            } else {
                Severity::Error
            };
            let text = message(
                Text::FindingTransferWithoutMechanism,
                &[
                    ("register", &name_of(&register.name)),
                    ("who", &name_of(&who)),
                    ("country", &|language| {
                        geography::country_name(&country, language).to_string()
                    }),
                ],
            );
            self.push(
                severity,
                FindingCode::TransferWithoutMechanism,
                kind,
                id,
                field,
                Some(register.id),
                text,
            );
        }
    }

    /// The processor's record (Art. 30(2)): for whom, under which agreement,
    /// with which transfers and measures.
    fn client_controllers(&mut self) {
        let doc = self.document;
        if doc.client_controllers.is_empty() {
            if let Some(register) = doc
                .registers
                .iter()
                .find(|r| r.role == Some(ProcessingRole::Processor))
            {
                self.push(
                    Severity::Error,
                    FindingCode::ProcessorRecordWithoutController,
                    RecordKind::Register,
                    register.id,
                    "role",
                    None,
                    named(
                        Text::FindingProcessorRecordWithoutController,
                        &register.name,
                    ),
                );
            }
        }
        for client in &doc.client_controllers {
            let gaps = [
                (
                    client.agreement.is_none(),
                    "agreement",
                    Text::FindingClientAgreementNotStated,
                ),
                (
                    client.transfers.is_empty() && !client.transfers_outside_eea.is_answered(),
                    "transfers_outside_eea",
                    Text::FindingClientTransfersNotStated,
                ),
                (
                    client.security_measures.is_empty(),
                    "security_measures",
                    Text::FindingClientSecurityMeasuresNotStated,
                ),
            ];
            for (missing, field, text) in gaps {
                if missing {
                    self.push(
                        Severity::Error,
                        FindingCode::ClientControllerIncomplete,
                        RecordKind::ClientController,
                        client.id,
                        field,
                        None,
                        named(text, &client.name),
                    );
                }
            }
        }
    }

    fn processors(&mut self) {
        self.client_controllers();
        let doc = self.document;
        let mut first_link_of_processor: HashMap<ProcessorId, &SystemLink> = HashMap::new();
        for link in &doc.system_links {
            first_link_of_processor
                .entry(link.processor)
                .or_insert(link);
        }
        for processor in &doc.processors {
            let used_by = first_link_of_processor.get(&processor.id).copied();
            if processor.hosting == Hosting::ThirdParty && processor.country.trim().is_empty() {
                self.push(
                    Severity::Warning,
                    FindingCode::ProcessorCountryUnknown,
                    RecordKind::Processor,
                    processor.id,
                    "country",
                    used_by.map(|l| l.register),
                    named(
                        Text::FindingProcessorCountryUnknown,
                        &display_processor(processor),
                    ),
                );
            }
            if processor.hosting == Hosting::ThirdParty && processor.agreement.is_none() {
                self.push(
                    Severity::Error,
                    FindingCode::ProcessorWithoutAgreement,
                    RecordKind::Processor,
                    processor.id,
                    "agreement",
                    used_by.map(|l| l.register),
                    named(
                        Text::FindingProcessorWithoutAgreement,
                        &display_processor(processor),
                    ),
                );
            }
        }
        // A named recipient that processes for the organisation needs what a
        // system does; a category of processors ("cloud service providers")
        // names no one to sign with or locate.
        let mut first_disclosure: HashMap<RecipientId, RegisterId> = HashMap::new();
        for disclosure in &doc.disclosures {
            first_disclosure
                .entry(disclosure.recipient)
                .or_insert(disclosure.register);
        }
        for recipient in doc
            .recipients
            .iter()
            .filter(|r| r.kind == Some(RecipientKind::Processor) && !r.category)
        {
            let register = first_disclosure.get(&recipient.id).copied();
            if recipient.country.trim().is_empty() {
                self.push(
                    Severity::Warning,
                    FindingCode::ProcessorCountryUnknown,
                    RecordKind::Recipient,
                    recipient.id,
                    "country",
                    register,
                    named(Text::FindingProcessorCountryUnknown, &recipient.name),
                );
            }
            if recipient.agreement.is_none() {
                self.push(
                    Severity::Error,
                    FindingCode::ProcessorWithoutAgreement,
                    RecordKind::Recipient,
                    recipient.id,
                    "agreement",
                    register,
                    named(Text::FindingProcessorWithoutAgreement, &recipient.name),
                );
            }
        }
    }

    /// The breach log, the request log and the DPIA screenings.
    fn paperwork(&mut self, now: NaiveDateTime) {
        let doc = self.document;
        let today = now.date();
        for breach in &doc.breaches {
            let register = breach.registers.first().copied();
            let what = &breach.description;
            if let (true, Some(discovered), Some(deadline)) = (
                breach.notification_missed(now),
                breach.discovered,
                breach.notification_deadline(),
            ) {
                self.push(
                    Severity::Error,
                    FindingCode::BreachNotificationMissed,
                    RecordKind::Breach,
                    breach.id,
                    "authority_notified",
                    register,
                    message(
                        Text::FindingBreachNotificationMissed,
                        &[
                            ("what", &name_of(what)),
                            ("discovered", &|language| moment(discovered, language)),
                            ("deadline", &|language| moment(deadline, language)),
                        ],
                    ),
                );
            }
            if breach.risk == Some(BreachRisk::Unlikely)
                && breach.authority_notified.is_none()
                && breach.risk_assessment.is_empty()
                && breach.notification_reason.is_empty()
            {
                self.push(
                    Severity::Error,
                    FindingCode::BreachRiskNotReasoned,
                    RecordKind::Breach,
                    breach.id,
                    "risk_assessment",
                    register,
                    named(Text::FindingBreachRiskNotReasoned, what),
                );
            }
            if breach.risk == Some(BreachRisk::HighRisk)
                && breach.data_subjects_informed.is_none()
                && breach.not_informed_reason.is_empty()
            {
                self.push(
                    Severity::Error,
                    FindingCode::BreachDataSubjectsNotInformed,
                    RecordKind::Breach,
                    breach.id,
                    "data_subjects_informed",
                    register,
                    named(Text::FindingBreachDataSubjectsNotInformed, what),
                );
            }
            if breach.closed.is_none() {
                self.push(
                    Severity::Warning,
                    FindingCode::BreachOpen,
                    RecordKind::Breach,
                    breach.id,
                    "closed",
                    register,
                    named(Text::FindingBreachOpen, what),
                );
            }
        }
        for request in &doc.data_subject_requests {
            let right = |language: Language| {
                request
                    .right
                    .map_or(unnamed(language), |r| r.label(language))
                    .to_string()
            };
            if request.extended && request.extension_reason.is_empty() && request.answered.is_none()
            {
                self.push(
                    Severity::Warning,
                    FindingCode::RequestExtensionWithoutReason,
                    RecordKind::DataSubjectRequest,
                    request.id,
                    "extension_reason",
                    request.register,
                    message(
                        Text::FindingRequestExtensionWithoutReason,
                        &[("right", &right)],
                    ),
                );
            }
            if request.is_overdue(today) {
                let (Some(received), Some(deadline)) = (request.received, request.deadline())
                else {
                    continue;
                };
                self.push(
                    Severity::Error,
                    FindingCode::RequestOverdue,
                    RecordKind::DataSubjectRequest,
                    request.id,
                    "answered",
                    request.register,
                    message(
                        Text::FindingRequestOverdue,
                        &[
                            ("right", &right),
                            ("received", &|language| day(received, language)),
                            ("deadline", &|language| day(deadline, language)),
                        ],
                    ),
                );
            }
        }
        for request in doc.data_subject_requests.iter().filter(|r| r.is_old(today)) {
            let Some(answered) = request.answered else {
                continue;
            };
            let right = |language: Language| {
                request
                    .right
                    .map_or(unnamed(language), |r| r.label(language))
                    .to_string()
            };
            self.push(
                Severity::Warning,
                FindingCode::AnsweredRequestOld,
                RecordKind::DataSubjectRequest,
                request.id,
                "answered",
                request.register,
                message(
                    Text::FindingAnsweredRequestOld,
                    &[
                        ("right", &right),
                        ("answered", &|language| day(answered, language)),
                        ("years", &|_| ANSWERED_REQUEST_KEPT_YEARS.to_string()),
                    ],
                ),
            );
        }
        let mut screened = std::collections::HashSet::new();
        for screening in &doc.dpia_screenings {
            // One screening per register: a second one is not read.
            if !screened.insert(screening.register) {
                continue;
            }
            if screening.dpia_required() && screening.dpia_done.is_none() {
                let Some(register) = doc.registers.iter().find(|r| r.id == screening.register)
                else {
                    continue;
                };
                self.push(
                    Severity::Error,
                    FindingCode::DpiaRequired,
                    RecordKind::DpiaScreening,
                    screening.id,
                    "dpia_done",
                    Some(register.id),
                    named(Text::FindingDpiaRequired, &register.name),
                );
            }
        }
    }

    /// The texts whose translation into `language` was made from an earlier
    /// version of their source (H4, issue 21: translations know what they translate).
    fn translations_out_of_date(&mut self, language: Language) {
        // One walk of the document finds whether there is any (most often
        // none) before each record is copied to be named in a finding.
        if crate::missing_text::out_of_date_in(self.document, language).is_empty() {
            return;
        }
        for record in self.document.records() {
            let paths = crate::missing_text::out_of_date_in(&record, language);
            if paths.is_empty() {
                continue;
            }
            let register = record.register().or(match &record {
                Record::Register(r) => Some(r.id),
                _ => None,
            });
            for path in paths {
                // The walk of a `Record` names its fields under `record`.
                let path = path.strip_prefix("record.").unwrap_or(&path).to_string();
                let kind = record.kind();
                let text = about_a_text(Text::FindingTranslationOutOfDate, language, kind, &path);
                self.push(
                    Severity::Warning,
                    FindingCode::TranslationOutOfDate,
                    kind,
                    record.id(),
                    path,
                    register,
                    text,
                );
            }
        }
    }

    fn missing_translations(&mut self, language: Language) {
        for (record, paths) in self.document.texts_missing_in(language) {
            let register = record.register().or(match &record {
                Record::Register(r) => Some(r.id),
                _ => None,
            });
            for path in paths {
                let kind = record.kind();
                let text = about_a_text(Text::FindingTextMissing, language, kind, &path);
                self.push(
                    Severity::Warning,
                    FindingCode::TextMissingInLanguage,
                    record.kind(),
                    record.id(),
                    path,
                    register,
                    text,
                );
            }
        }
    }
}

/// Whether the controller can be reached: an address, an e-mail address or a phone number.
pub fn has_contact_channel(organisation: &Organisation) -> bool {
    !organisation.address.is_empty()
        || !organisation.email.trim().is_empty()
        || !organisation.phone.trim().is_empty()
}

/// A date in the language's form: sv `2026-12-01`, fi `1.12.2026`, en `2026-12-01`.
fn day(date: NaiveDate, language: Language) -> String {
    match language {
        Language::Fi => date.format("%-d.%-m.%Y").to_string(),
        Language::Sv | Language::En => date.format("%Y-%m-%d").to_string(),
    }
}

/// A date and time in the language's form: sv `2026-12-01 kl. 20.00`, fi `1.12.2026 klo 20.00`, en `2026-12-01 20:00`.
fn moment(at: NaiveDateTime, language: Language) -> String {
    let time = match language {
        Language::Sv | Language::Fi => at.format("%H.%M"),
        Language::En => at.format("%H:%M"),
    };
    Text::DateAndTime.fill(
        language,
        &[("date", &day(at.date(), language)), ("time", &time)],
    )
}

/// A message about a record's text in `language`: the language ("på
/// finska"), the kind of record (lower case inside a Finnish or English
/// sentence) and the field, by its label in the form where it has one.
fn about_a_text(text: Text, language: Language, kind: RecordKind, path: &str) -> LocalizedText {
    message(
        text,
        &[
            ("language", &|l| language_name(language).get(l).to_string()),
            ("kind", &|l| match l {
                Language::Sv => kind.label(l).to_string(),
                Language::Fi | Language::En => kind.label(l).to_lowercase(),
            }),
            ("field", &|l| {
                field_label(kind, path)
                    .map_or_else(|| path.to_string(), |label| label.get(l).to_string())
            }),
        ],
    )
}

/// "på finska", "suomeksi", "in Finnish": the language a text is missing in.
fn language_name(of: Language) -> Text {
    match of {
        Language::Sv => Text::InSwedish,
        Language::Fi => Text::InFinnish,
        Language::En => Text::InEnglish,
    }
}

/// "Roger Wilco LLC (Chatra)": vendor and product.
pub fn display_processor(processor: &Processor) -> LocalizedText {
    let mut name = processor.vendor.clone();
    if !processor.product.is_empty() {
        for language in Language::ALL {
            let vendor = processor
                .vendor
                .resolve(language)
                .text()
                .unwrap_or("")
                .to_string();
            let combined = if vendor.is_empty() {
                processor.product.clone()
            } else {
                format!("{vendor} ({})", processor.product)
            };
            name.set(language, combined);
        }
    }
    name
}
