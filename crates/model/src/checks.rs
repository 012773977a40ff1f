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
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn label(self, language: Language) -> &'static str {
        match (self, language) {
            (Severity::Error, Language::Sv) => "Fel",
            (Severity::Error, Language::Fi) => "Virhe",
            (Severity::Error, Language::En) => "Error",
            (Severity::Warning, Language::Sv) => "Varning",
            (Severity::Warning, Language::Fi) => "Varoitus",
            (Severity::Warning, Language::En) => "Warning",
        }
    }
}

/// What a finding is about; stable codes for scripts and the user interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FindingCode {
    TransferWithoutMechanism,
    SpecialCategoryWithoutCondition,
    PurposeWithoutLegalBasis,
    LegitimateInterestNotStated,
    NoRetentionRule,
    ProcessorWithoutAgreement,
    NoSupervisoryAuthority,
    NationalIdWithoutStatedNeed,
    FreeTextField,
    MandatoryItemWithoutConsequence,
    RegisterNotUpdatedForAYear,
    TextMissingInLanguage,
    SystemReceivesUnlistedItem,
    DeletionRoutineOverdue,
    ProcessorCountryUnknown,
    /// A question whose answer becomes a sentence has no answer yet; the
    /// document says nothing about it (the field names the question).
    QuestionNotAnswered,
    NoRightsProcedures,
    AnswerPeriodBeyondOneMonth,
    TemplateTextNotReviewed,
    BreachNotificationMissed,
    BreachOpen,
    RequestOverdue,
    RequestExtensionWithoutReason,
    /// An answered request kept for `ANSWERED_REQUEST_KEPT_YEARS`: offered
    /// for deletion and forgetting, since it holds who asked.
    AnsweredRequestOld,
    DpiaRequired,
    /// The controller has no address, e-mail or phone: a notice and the record
    /// must say how to reach it (Art. 13(1)(a), 14(1)(a), 30(1)(a)).
    ControllerWithoutContact,
    /// A rights procedure sends requests to the register's contact person, or
    /// names no channel, while there is no contact to send them to.
    RightWithoutContact,
    /// A retention rule states neither a period nor an event that ends the keeping.
    RetentionWithoutLimit,
    /// A register is kept as processor, but no controller it is kept for is recorded (Art. 30(2)(a)).
    ProcessorRecordWithoutController,
    /// A controller the organisation processes for lacks what Art. 30(2) and 28(3) ask:
    /// the agreement, the answer on transfers, or the security measures (the field says which).
    ClientControllerIncomplete,
    /// A breach assessed as unlikely to result in a risk, not notified, with no
    /// reasoning recorded (Art. 33(1), 33(5)).
    BreachRiskNotReasoned,
    /// A high-risk breach whose data subjects were neither told nor a reason
    /// recorded for not telling them (Art. 34).
    BreachDataSubjectsNotInformed,
    /// The register says giving the data is not required, but a data item is
    /// mandatory (Art. 13(2)(e)): the notice would contradict itself.
    ProvisionContradictsMandatoryItem,
    /// A transfer relies, in its words, on a ground the Court of Justice
    /// struck down: the EU–US Privacy Shield or Safe Harbor.
    InvalidTransferGround,
    /// A transfer to the United States relies on the adequacy decision, but
    /// its processor or recipient is not answered as certified under the
    /// EU–US Data Privacy Framework, which is all the decision covers.
    UsAdequacyWithoutDpf,
    /// The register answers "no special categories" while a data item is one.
    SpecialCategoriesContradicted,
    /// A translation was made from an earlier version of its source text
    /// (the working language's): the export in its language is a draft until
    /// the translation is updated or confirmed.
    TranslationOutOfDate,
}

/// A transfer ground that no longer holds: the words that name it, when it
/// fell, and what replaces it, in sv/fi/en.
struct FallenGround {
    words: &'static [&'static str],
    fell: [&'static str; 3],
    instead: [&'static str; 3],
}

const FALLEN_GROUNDS: &[FallenGround] = &[
    FallenGround {
        words: &["privacy shield", "skölden för skydd av privatlivet", "yksityisyydensuojakilpi", "yksityisyyden suojan kilpi"],
        fell: [
            "EU–US Privacy Shield ogiltigförklarades av EU-domstolen den 16 juli 2020 (C-311/18, Schrems II)",
            "EU:n ja Yhdysvaltojen välinen Privacy Shield -järjestely mitätöitiin EU-tuomioistuimessa 16.7.2020 (C-311/18, Schrems II)",
            "the EU–US Privacy Shield was invalidated by the Court of Justice on 16 July 2020 (C-311/18, Schrems II)",
        ],
        instead: [
            "Ange i stället EU–US Data Privacy Framework (endast för certifierade mottagare) eller standardavtalsklausuler",
            "Käytä sen sijaan EU:n ja Yhdysvaltojen tietosuojakehystä (Data Privacy Framework, vain sertifioidut vastaanottajat) tai vakiosopimuslausekkeita",
            "Use the EU–US Data Privacy Framework instead (certified recipients only) or standard contractual clauses",
        ],
    },
    FallenGround {
        words: &["safe harbor", "safe harbour"],
        fell: [
            "Safe Harbor ogiltigförklarades av EU-domstolen den 6 oktober 2015 (C-362/14, Schrems I)",
            "Safe Harbor -järjestely mitätöitiin EU-tuomioistuimessa 6.10.2015 (C-362/14, Schrems I)",
            "Safe Harbor was invalidated by the Court of Justice on 6 October 2015 (C-362/14, Schrems I)",
        ],
        instead: [
            "Ange i stället EU–US Data Privacy Framework (endast för certifierade mottagare) eller standardavtalsklausuler",
            "Käytä sen sijaan EU:n ja Yhdysvaltojen tietosuojakehystä (Data Privacy Framework, vain sertifioidut vastaanottajat) tai vakiosopimuslausekkeita",
            "Use the EU–US Data Privacy Framework instead (certified recipients only) or standard contractual clauses",
        ],
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

/// One gap in the documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    pub code: FindingCode,
    /// The record the finding is about.
    pub kind: RecordKind,
    pub id: Uuid,
    /// The field of that record, as a path (`legal_bases[0].legitimate_interest`).
    pub field: String,
    /// The register concerned, when there is one.
    pub register: Option<RegisterId>,
    pub message: LocalizedText,
    /// A person's answer (not applicable, accepted for now); an answered
    /// finding is no longer open but is still listed.
    #[serde(default)]
    pub answer: Option<FindingResolution>,
}

impl Finding {
    /// Not answered by a person: it counts, and an open error makes a document a draft.
    pub fn is_open(&self) -> bool {
        self.answer.is_none()
    }

    pub fn is_open_error(&self) -> bool {
        self.is_open() && self.severity == Severity::Error
    }

    /// Whether the finding concerns the privacy notice of `register`: it is about
    /// the register or one of its parts, or about the organisation as a whole.
    pub fn concerns_notice_of(&self, register: RegisterId) -> bool {
        self.register == Some(register)
            || (self.register.is_none() && self.kind == RecordKind::Organisation)
    }
}

impl Finding {
    /// Whether the finding makes a document it concerns a draft: an error, or
    /// template text no person has reviewed yet (a warning, because the text is
    /// not wrong, only unconfirmed; but a notice must not present it as final).
    pub fn marks_draft(&self) -> bool {
        self.severity == Severity::Error
            || self.code == FindingCode::TemplateTextNotReviewed
            || self.code == FindingCode::TranslationOutOfDate
    }
}

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
    match language {
        Language::Sv => "utan namn",
        Language::Fi => "nimetön",
        Language::En => "unnamed",
    }
}

/// A message in the three languages, each with the register's name in that language.
fn message(name: &LocalizedText, sv: &str, fi: &str, en: &str) -> LocalizedText {
    let with_name = |language: Language, template: &str| {
        let name = name.resolve(language).text().unwrap_or(unnamed(language));
        template.replace("{}", name)
    };
    LocalizedText::new(
        with_name(Language::Sv, sv),
        with_name(Language::Fi, fi),
        with_name(Language::En, en),
    )
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
                message(
                    &organisation.name,
                    "Det går inte att kontakta ”{}”: ange minst en adress, e-postadress eller ett telefonnummer. Dataskyddsbeskrivningen och registerförteckningen ska ange hur den personuppgiftsansvarige nås (art. 13.1 a, 14.1 a, 30.1 a).",
                    "Organisaatioon ”{}” ei saa yhteyttä: anna vähintään osoite, sähköpostiosoite tai puhelinnumero. Tietosuojaselosteessa ja selosteessa käsittelytoimista on kerrottava, miten rekisterinpitäjän tavoittaa (13.1 a, 14.1 a, 30.1 a art.).",
                    "There is no way to contact \"{}\": give at least an address, an e-mail address or a phone number. The privacy notice and the record must say how to reach the controller (Art. 13(1)(a), 14(1)(a), 30(1)(a)).",
                ),
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
                LocalizedText::new(
                    "Tillsynsmyndigheten är okänd: ange organisationens land (FI eller SE) eller myndighetens kontaktuppgifter, annars saknas tillsynsmyndigheten i avsnittet om rätten att lämna in klagomål.",
                    "Valvontaviranomainen on tuntematon: anna organisaation maa (FI tai SE) tai viranomaisen yhteystiedot, muuten valitusoikeutta koskevasta kohdasta puuttuu valvontaviranomainen.",
                    "The supervisory authority is unknown: give the organisation's country (FI or SE) or the authority's contact details, or the section on the right to lodge a complaint names no authority.",
                ),
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
                    message(
                        &purpose.description,
                        "Ändamålet ”{}” saknar rättslig grund (art. 6.1).",
                        "Käyttötarkoitukselta ”{}” puuttuu oikeusperuste (6.1 art.).",
                        "The purpose “{}” has no legal basis (Art. 6(1)).",
                    ),
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
                        message(
                            &purpose.description,
                            "Ändamålet ”{}” grundar sig på berättigat intresse, men intresset är inte beskrivet.",
                            "Käyttötarkoitus ”{}” perustuu oikeutettuun etuun, mutta etua ei ole kuvattu.",
                            "The purpose “{}” relies on legitimate interests, but the interest is not stated.",
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
                    message(
                        &item.name,
                        "Uppgiften ”{}” hör till särskilda kategorier av personuppgifter, men inget ändamål anger något villkor enligt art. 9.2.",
                        "Tieto ”{}” kuuluu erityisiin henkilötietoryhmiin, mutta yhdellekään käyttötarkoitukselle ei ole ilmoitettu 9.2 artiklan mukaista käsittelyperustetta.",
                        "The data item “{}” belongs to the special categories of personal data, but no purpose states an Art. 9(2) condition.",
                    ),
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
                    message(
                        &item.name,
                        "Uppgiften ”{}” är en personbeteckning (personnummer), men behovet av den är inte angivet.",
                        "Tieto ”{}” on henkilötunnus, mutta sen tarvetta ei ole perusteltu.",
                        "The data item “{}” is a national identity number, but the need for it is not stated.",
                    ),
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
                    message(
                        &item.name,
                        "Uppgiften ”{}” är ett fritextfält: där kan det skrivas vad som helst, även känsliga personuppgifter.",
                        "Tieto ”{}” on vapaatekstikenttä: siihen voidaan kirjoittaa mitä tahansa, myös erityisiin henkilötietoryhmiin kuuluvia tietoja.",
                        "The data item “{}” is a free-text field: people may write anything in it, special-category data included.",
                    ),
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
                    message(
                        &item.name,
                        "Uppgiften ”{}” är obligatorisk, men följden av att den inte lämnas är inte angiven (art. 13.2 e).",
                        "Tieto ”{}” on pakollinen, mutta ei ole kerrottu, mitä seuraa, jos sitä ei anneta (13.2 e art.).",
                        "The data item “{}” is mandatory, but the consequence of not giving it is not stated (Art. 13(2)(e)).",
                    ),
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
                message(
                    name,
                    "Registret ”{}” har ingen lagringstid (”tills någon raderar” räcker inte).",
                    "Rekisterille ”{}” ei ole määritetty säilytysaikaa (”kunnes joku poistaa” ei riitä).",
                    "The register “{}” has no retention period (“until someone deletes it” is not one).",
                ),
            );
        }
        for rule in rules {
            if !crate::retention::states_a_usable_limit(rule) && !rule.period.is_empty() {
                let period = &rule.period;
                let text = |language: Language, template: &str| {
                    template
                        .replace(
                            "{register}",
                            name.resolve(language).text().unwrap_or(unnamed(language)),
                        )
                        .replace(
                            "{period}",
                            period.resolve(language).text().unwrap_or(unnamed(language)),
                        )
                };
                self.push(
                    Severity::Warning,
                    FindingCode::RetentionWithoutLimit,
                    RecordKind::RetentionRule,
                    rule.id,
                    "period",
                    in_register,
                    LocalizedText::new(
                        text(Language::Sv, "Registret ”{register}”: lagringstiden ”{period}” säger inte när uppgifterna raderas. Ange en tid (”3 år efter kundförhållandets slut”) eller en händelse som avslutar lagringen (art. 5.1 e, 13.2 a)."),
                        text(Language::Fi, "Rekisteri ”{register}”: säilytysaika ”{period}” ei kerro, milloin tiedot poistetaan. Anna aika (”3 vuotta asiakassuhteen päättymisestä”) tai tapahtuma, johon säilytys päättyy (5.1 e, 13.2 a art.)."),
                        text(Language::En, "Register \"{register}\": the retention \"{period}\" does not say when the data are deleted. Give a period (\"3 years after the customer relationship ends\") or an event that ends the keeping (Art. 5(1)(e), 13(2)(a))."),
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
                    message(
                        name,
                        "Raderingsrutinen i registret ”{}” är försenad.",
                        "Rekisterin ”{}” poistorutiini on myöhässä.",
                        "The deletion routine of the register “{}” is overdue.",
                    ),
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
                    message(
                        name,
                        "Registret ”{}” har inte uppdaterats på över 12 månader.",
                        "Rekisteriä ”{}” ei ole päivitetty yli 12 kuukauteen.",
                        "The register “{}” has not been updated for more than 12 months.",
                    ),
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
                let right = procedure.right;
                let text = |language: Language, template: &str| {
                    template.replace("{right}", right.label(language)).replace(
                        "{register}",
                        name.resolve(language).text().unwrap_or(unnamed(language)),
                    )
                };
                self.push(
                    Severity::Error,
                    FindingCode::RightWithoutContact,
                    RecordKind::RightsProcedure,
                    procedure.id,
                    "channel",
                    in_register,
                    LocalizedText::new(
                        text(Language::Sv, "Registret ”{register}”: ”{right}” hänvisar till en kontakt som inte finns. Ange registrets kontaktperson med e-post eller telefon, eller skriv hur begäran lämnas."),
                        text(Language::Fi, "Rekisteri ”{register}”: oikeus ”{right}” ohjaa yhteyshenkilölle, jota ei ole. Anna rekisterin yhteyshenkilö sähköpostiosoitteineen tai puhelinnumeroineen tai kirjoita, miten pyyntö tehdään."),
                        text(Language::En, "Register \"{register}\": \"{right}\" points to a contact that does not exist. Give the register's contact person with an e-mail address or phone number, or write how to make the request."),
                    ),
                );
            } else if procedure.channel.is_empty() {
                // The notice says how to use a right only where the channel
                // is written (copying the contact's address is one click).
                let right = procedure.right;
                let text = |language: Language, template: &str| {
                    template.replace("{right}", right.label(language)).replace(
                        "{register}",
                        name.resolve(language).text().unwrap_or(unnamed(language)),
                    )
                };
                self.push(
                    Severity::Warning,
                    FindingCode::QuestionNotAnswered,
                    RecordKind::RightsProcedure,
                    procedure.id,
                    "channel",
                    in_register,
                    LocalizedText::new(
                        text(Language::Sv, "Registret ”{register}”: hur man begär ”{right}” är inte angivet, så dataskyddsbeskrivningen säger inte hur rättigheten används."),
                        text(Language::Fi, "Rekisteri ”{register}”: ei ole kerrottu, miten oikeutta ”{right}” pyydetään, joten tietosuojaseloste ei kerro, miten oikeutta käytetään."),
                        text(Language::En, "Register \"{register}\": how to ask for \"{right}\" is not stated, so the privacy notice does not say how the right is used."),
                    ),
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
                    message(
                        &item.name,
                        "Registret säger att uppgifterna inte behöver lämnas, men uppgiften ”{}” är obligatorisk. Ange om kravet är lagstadgat, avtalsenligt eller en förutsättning för avtalet, och vad som följer om uppgifterna inte lämnas (art. 13.2 e).",
                        "Rekisterin mukaan tietoja ei tarvitse antaa, mutta tieto ”{}” on pakollinen. Kerro, perustuuko vaatimus lakiin tai sopimukseen vai onko tieto sopimuksen tekemisen edellytys, ja mitä seuraa, jos tietoja ei anneta (13.2 e art.).",
                        "The register says the data need not be provided, but the data item \"{}\" is mandatory. Say whether the requirement is statutory, contractual or needed to enter into a contract, and what follows if the data are not provided (Art. 13(2)(e)).",
                    ),
                );
            }
        }

        for procedure in &parts.rights_procedures {
            if procedure
                .deadline_days
                .is_some_and(|days| days > MAX_PROMISED_ANSWER_DAYS)
            {
                let right = procedure.right;
                let days = procedure.deadline_days.unwrap_or_default();
                let text = |language: Language, template: &str| {
                    template
                        .replace("{right}", right.label(language))
                        .replace("{days}", &days.to_string())
                        .replace(
                            "{register}",
                            name.resolve(language).text().unwrap_or(unnamed(language)),
                        )
                };
                self.push(
                    Severity::Warning,
                    FindingCode::AnswerPeriodBeyondOneMonth,
                    RecordKind::RightsProcedure,
                    procedure.id,
                    "deadline_days",
                    in_register,
                    LocalizedText::new(
                        text(Language::Sv, "Registret ”{register}”: svarstiden för ”{right}” är {days} dagar. Dataskyddsförordningen kräver svar utan onödigt dröjsmål och senast inom en månad (art. 12.3), så dataskyddsbeskrivningen anger den lagstadgade tiden i stället."),
                        text(Language::Fi, "Rekisteri ”{register}”: oikeuden ”{right}” vastausaika on {days} päivää. Tietosuoja-asetuksen mukaan pyyntöön on vastattava ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa (12.3 art.), joten tietosuojaselosteessa ilmoitetaan lakisääteinen määräaika."),
                        text(Language::En, "Register “{register}”: the answer time for “{right}” is {days} days. The GDPR requires an answer without undue delay and within one month at the latest (Art. 12(3)), so the privacy notice states the legal period instead."),
                    ),
                );
            }
        }

        self.transfers(register);
        self.fallen_grounds(register);
        self.us_adequacy(register);
        self.questions(register);

        for section in &register.unreviewed_template_text {
            let label = |language| section.label(language);
            let with = |language: Language, template: &str| {
                template
                    .replacen(
                        "{}",
                        name.resolve(language).text().unwrap_or(unnamed(language)),
                        1,
                    )
                    .replacen("{}", label(language), 1)
            };
            self.push(
                Severity::Warning,
                FindingCode::TemplateTextNotReviewed,
                RecordKind::Register,
                register.id,
                format!("unreviewed_template_text.{}", section.code()),
                in_register,
                LocalizedText::new(
                    with(Language::Sv, "Registret ”{}”: avsnittet ”{}” är föreslagen text (från en mall eller ert eget gamla dokument) som ingen har granskat ännu. Läs det, ändra det som inte stämmer och bekräfta det."),
                    with(Language::Fi, "Rekisteri ”{}”: kohta ”{}” on ehdotettua tekstiä (mallista tai omasta vanhasta asiakirjastanne), jota kukaan ei ole vielä tarkistanut. Lue se, korjaa mikä ei pidä paikkaansa ja vahvista se."),
                    with(Language::En, "Register \"{}\": the section \"{}\" is suggested text (from a template or your own old document) that no one has reviewed yet. Read it, change what is not true and confirm it."),
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
                        message(
                            name,
                            "Ett system får uppgifter som inte finns i registrets ”{}” datainnehåll.",
                            "Järjestelmä saa tietoja, joita rekisterin ”{}” tietosisällössä ei mainita.",
                            "A system receives data items that the register “{}” does not list.",
                        ),
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
                let name = &register.name;
                let with = |n: usize, language: Language| {
                    format!(
                        "{} ”{}”: {}. {}.",
                        match language {
                            Language::Sv => "Registret",
                            Language::Fi => "Rekisteri",
                            Language::En => "Register",
                        },
                        name.resolve(language).text().unwrap_or(unnamed(language)),
                        ground.fell[n],
                        ground.instead[n]
                    )
                };
                self.push(
                    Severity::Error,
                    FindingCode::InvalidTransferGround,
                    kind,
                    id,
                    field,
                    Some(register.id),
                    LocalizedText::new(
                        with(0, Language::Sv),
                        with(1, Language::Fi),
                        with(2, Language::En),
                    ),
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
                        message(
                            who,
                            "{} sägs vara certifierad enligt EU–US Data Privacy Framework, men inte när listan kontrollerades.",
                            "{} on merkitty EU:n ja Yhdysvaltojen tietosuojakehyksen mukaisesti sertifioiduksi, mutta ei sitä, milloin luettelo tarkistettiin.",
                            "{} is marked certified under the EU–US Data Privacy Framework, but not when the list was checked.",
                        ),
                    );
                }
                continue;
            }
            let text = |language: Language| {
                let register_name = register
                    .name
                    .resolve(language)
                    .text()
                    .unwrap_or(unnamed(language))
                    .to_string();
                let who = who
                    .as_ref()
                    .and_then(|w| w.resolve(language).text().map(str::to_string));
                match (language, who, certified) {
                    (Language::Sv, Some(who), Answer::No) => format!("Registret ”{register_name}”: överföringen till USA grundas på beslutet om adekvat skyddsnivå, men {who} är inte certifierad enligt EU–US Data Privacy Framework. Beslutet gäller bara certifierade mottagare: välj en annan överföringsmekanism, till exempel standardavtalsklausuler."),
                    (Language::Sv, Some(who), _) => format!("Registret ”{register_name}”: överföringen till USA grundas på beslutet om adekvat skyddsnivå, men det är inte angivet att {who} är certifierad enligt EU–US Data Privacy Framework. Kontrollera listan och ange certifieringen med datum, eller välj en annan överföringsmekanism."),
                    (Language::Sv, None, _) => format!("Registret ”{register_name}”: en överföring till USA grundas på beslutet om adekvat skyddsnivå utan att ange mottagaren. Beslutet gäller bara mottagare som är certifierade enligt EU–US Data Privacy Framework: ange system eller mottagare och deras certifiering."),
                    (Language::Fi, Some(who), Answer::No) => format!("Rekisteri ”{register_name}”: siirto Yhdysvaltoihin perustuu tietosuojan riittävyyttä koskevaan päätökseen, mutta {who} ei ole sertifioitu EU:n ja Yhdysvaltojen tietosuojakehyksen (Data Privacy Framework) mukaisesti. Päätös koskee vain sertifioituja vastaanottajia: valitse toinen siirtoperuste, esimerkiksi vakiosopimuslausekkeet."),
                    (Language::Fi, Some(who), _) => format!("Rekisteri ”{register_name}”: siirto Yhdysvaltoihin perustuu tietosuojan riittävyyttä koskevaan päätökseen, mutta ei ole kerrottu, onko {who} sertifioitu EU:n ja Yhdysvaltojen tietosuojakehyksen (Data Privacy Framework) mukaisesti. Tarkista luettelo ja merkitse sertifiointi päivämäärineen tai valitse toinen siirtoperuste."),
                    (Language::Fi, None, _) => format!("Rekisteri ”{register_name}”: siirto Yhdysvaltoihin perustuu riittävyyspäätökseen, mutta vastaanottajaa ei ole nimetty. Päätös koskee vain EU:n ja Yhdysvaltojen tietosuojakehyksen mukaisesti sertifioituja vastaanottajia: nimeä järjestelmä tai vastaanottaja ja sen sertifiointi."),
                    (Language::En, Some(who), Answer::No) => format!("Register \"{register_name}\": the transfer to the United States relies on the adequacy decision, but {who} is not certified under the EU–US Data Privacy Framework. The decision covers only certified recipients: choose another transfer mechanism, such as standard contractual clauses."),
                    (Language::En, Some(who), _) => format!("Register \"{register_name}\": the transfer to the United States relies on the adequacy decision, but it is not stated that {who} is certified under the EU–US Data Privacy Framework. Check the Framework's list and record the certification with its date, or choose another transfer mechanism."),
                    (Language::En, None, _) => format!("Register \"{register_name}\": a transfer to the United States relies on the adequacy decision without naming the recipient. The decision covers only recipients certified under the EU–US Data Privacy Framework: name the system or recipient and its certification."),
                }
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
        let ask = |this: &mut Self, severity, field: &str, sv: &str, fi: &str, en: &str| {
            this.push(
                severity,
                FindingCode::QuestionNotAnswered,
                RecordKind::Register,
                register.id,
                field,
                Some(register.id),
                message(name, sv, fi, en),
            );
        };
        if register.role.is_none() {
            ask(
                self,
                Severity::Error,
                "role",
                "Registret ”{}”: det är inte angivet om organisationen är personuppgiftsansvarig eller personuppgiftsbiträde.",
                "Rekisteri ”{}”: ei ole kerrottu, onko organisaatio rekisterinpitäjä vai henkilötietojen käsittelijä.",
                "Register \"{}\": it is not stated whether the organisation is the controller or a processor.",
            );
        }
        if register.provision_requirement.is_none() {
            ask(
                self,
                Severity::Error,
                "provision_requirement",
                "Registret ”{}”: det är inte angivet om den registrerade är skyldig att lämna uppgifterna (art. 13.2 e).",
                "Rekisteri ”{}”: ei ole kerrottu, onko rekisteröidyllä velvollisuus antaa tiedot (13.2 e art.).",
                "Register \"{}\": it is not stated whether the data subject is obliged to provide the data (Art. 13(2)(e)).",
            );
        }
        if !register.automated_decisions.is_answered() {
            ask(
                self,
                Severity::Error,
                "automated_decisions",
                "Registret ”{}”: det är inte angivet om automatiserat beslutsfattande eller profilering förekommer (art. 13.2 f).",
                "Rekisteri ”{}”: ei ole kerrottu, käytetäänkö automaattista päätöksentekoa tai profilointia (13.2 f art.).",
                "Register \"{}\": it is not stated whether automated decisions or profiling take place (Art. 13(2)(f)).",
            );
        }
        if !register.transfers_outside_eea.is_answered() && parts.transfers.is_empty() {
            ask(
                self,
                Severity::Error,
                "transfers_outside_eea",
                "Registret ”{}”: det är inte angivet om uppgifter överförs utanför EU/EES.",
                "Rekisteri ”{}”: ei ole kerrottu, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.",
                "Register \"{}\": it is not stated whether data are transferred outside the EU/EEA.",
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
                "Registret ”{}”: det är inte angivet om uppgifter regelmässigt lämnas ut.",
                "Rekisteri ”{}”: ei ole kerrottu, luovutetaanko tietoja säännönmukaisesti.",
                "Register \"{}\": it is not stated whether data are disclosed regularly.",
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
                "Registret ”{}”: det är inte angivet om registret innehåller särskilda kategorier av personuppgifter (art. 9.1).",
                "Rekisteri ”{}”: ei ole kerrottu, sisältääkö rekisteri erityisiä henkilötietoryhmiä (9.1 art.).",
                "Register \"{}\": it is not stated whether the register holds special categories of personal data (Art. 9(1)).",
            ),
            Answer::No if special_items.is_some() => self.push(
                Severity::Error,
                FindingCode::SpecialCategoriesContradicted,
                RecordKind::Register,
                register.id,
                "special_categories",
                Some(register.id),
                message(
                    name,
                    "Registret ”{}” sägs inte innehålla särskilda kategorier av personuppgifter, men en av dess uppgifter är en sådan (art. 9.1).",
                    "Rekisterin ”{}” sanotaan olevan sisältämättä erityisiä henkilötietoryhmiä, mutta yksi sen tiedoista kuuluu niihin (9.1 art.).",
                    "The register \"{}\" is said to hold no special categories of personal data, but one of its data items is one (Art. 9(1)).",
                ),
            ),
            Answer::Yes if register.special_categories_which.is_empty() => ask(
                self,
                Severity::Warning,
                "special_categories_which",
                "Registret ”{}”: vilka särskilda kategorier av personuppgifter det innehåller är inte angivet.",
                "Rekisteri ”{}”: ei ole kerrottu, mitä erityisiä henkilötietoryhmiä se sisältää.",
                "Register \"{}\": which special categories of personal data it holds is not stated.",
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
                "Registret ”{}”: det är inte bedömt om en konsekvensbedömning (art. 35) behövs.",
                "Rekisteri ”{}”: ei ole arvioitu, tarvitaanko vaikutustenarviointi (35 art.).",
                "Register \"{}\": whether an impact assessment (Art. 35) is needed has not been assessed.",
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
                message(
                    name,
                    "Registret ”{}” beskriver inte hur de registrerade använder sina rättigheter; dataskyddsbeskrivningen hänvisar då bara till kontaktuppgifterna.",
                    "Rekisteri ”{}” ei kuvaa, miten rekisteröidyt käyttävät oikeuksiaan; tietosuojaseloste viittaa silloin vain yhteystietoihin.",
                    "The register \"{}\" does not say how data subjects use their rights; the privacy notice then only points to the contact details.",
                ),
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
                          sv: &str,
                          fi: &str,
                          en: &str| {
            this.push(
                Severity::Warning,
                FindingCode::QuestionNotAnswered,
                kind,
                id,
                field,
                None,
                message(what, sv, fi, en),
            );
        };
        for source in doc.sources.iter().filter(|s| s.kinds.is_empty()) {
            unanswered(
                self,
                RecordKind::Source,
                source.id.into(),
                "kinds",
                &source.name,
                "Källan ”{}”: vilket slags källa den är är inte angivet.",
                "Lähde ”{}”: lähteen lajia ei ole kerrottu.",
                "Source \"{}\": what kind of source it is is not stated.",
            );
        }
        for recipient in doc.recipients.iter().filter(|r| r.kind.is_none()) {
            unanswered(
                self,
                RecordKind::Recipient,
                recipient.id.into(),
                "kind",
                &recipient.name,
                "Mottagaren ”{}”: vilket slags mottagare den är är inte angivet.",
                "Vastaanottaja ”{}”: vastaanottajan lajia ei ole kerrottu.",
                "Recipient \"{}\": what kind of recipient it is is not stated.",
            );
        }
        for measure in doc.security_measures.iter().filter(|m| m.kind.is_none()) {
            unanswered(self, RecordKind::SecurityMeasure, measure.id.into(), "kind", &measure.description,
                "Skyddsåtgärden ”{}”: om den är teknisk, organisatorisk eller fysisk är inte angivet.",
                "Turvatoimi ”{}”: ei ole kerrottu, onko se tekninen, organisatorinen vai fyysinen.",
                "Security measure \"{}\": whether it is technical, organisational or physical is not stated.");
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
                "Kakan ”{}”: om den sätts först efter samtycke är inte angivet.",
                "Eväste ”{}”: ei ole kerrottu, asetetaanko se vasta suostumuksen jälkeen.",
                "Cookie \"{}\": whether it is set only after consent is not stated.",
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
            let place = |language: Language| {
                format!(
                    "{} ({})",
                    who.resolve(language).text().unwrap_or(unnamed(language)),
                    geography::country_name(&country, language)
                )
            };
            let text = LocalizedText::new(
                format!(
                    "Registret ”{}”: uppgifter överförs till {} utanför EU/EES utan angiven överföringsmekanism (art. 44–49).",
                    register.name.resolve(Language::Sv).text().unwrap_or(unnamed(Language::Sv)),
                    place(Language::Sv)
                ),
                format!(
                    "Rekisteri ”{}”: tietoja siirretään EU:n tai ETA:n ulkopuolelle vastaanottajalle {} ilman siirtoperustetta (44–49 art.).",
                    register.name.resolve(Language::Fi).text().unwrap_or(unnamed(Language::Fi)),
                    place(Language::Fi)
                ),
                format!(
                    "Register “{}”: data go to {} outside the EU/EEA with no transfer mechanism stated (Art. 44–49).",
                    register.name.resolve(Language::En).text().unwrap_or(unnamed(Language::En)),
                    place(Language::En)
                ),
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
                    message(
                        &register.name,
                        "Registret ”{}” förs som personuppgiftsbiträde, men ingen personuppgiftsansvarig som det förs för är angiven. Lägg till den personuppgiftsansvarige i förteckningen som personuppgiftsbiträde (art. 30.2 a).",
                        "Rekisteriä ”{}” pidetään henkilötietojen käsittelijänä, mutta rekisterinpitäjää, jonka lukuun sitä pidetään, ei ole ilmoitettu. Lisää rekisterinpitäjä käsittelijän selosteeseen (30.2 a art.).",
                        "The register \"{}\" is kept as a processor, but no controller it is kept for is recorded. Add the controller to the processor's record (Art. 30(2)(a)).",
                    ),
                );
            }
        }
        for client in &doc.client_controllers {
            let gaps: [(bool, &str, [&str; 3]); 3] = [
                (
                    client.agreement.is_none(),
                    "agreement",
                    [
                        "Personuppgiftsansvarige ”{}”: biträdesavtalet är inte angivet (art. 28.3).",
                        "Rekisterinpitäjä ”{}”: käsittelysopimusta ei ole ilmoitettu (28.3 art.).",
                        "Controller \"{}\": the processing agreement is not recorded (Art. 28(3)).",
                    ],
                ),
                (
                    client.transfers.is_empty() && !client.transfers_outside_eea.is_answered(),
                    "transfers_outside_eea",
                    [
                        "Personuppgiftsansvarige ”{}”: det är inte angivet om uppgifter överförs utanför EU/EES för dess räkning (art. 30.2 c).",
                        "Rekisterinpitäjä ”{}”: ei ole kerrottu, siirretäänkö tietoja sen lukuun EU:n tai ETA:n ulkopuolelle (30.2 c art.).",
                        "Controller \"{}\": it is not stated whether data are transferred outside the EU/EEA on its behalf (Art. 30(2)(c)).",
                    ],
                ),
                (
                    client.security_measures.is_empty(),
                    "security_measures",
                    [
                        "Personuppgiftsansvarige ”{}”: skyddsåtgärderna är inte angivna (art. 30.2 d, 32.1).",
                        "Rekisterinpitäjä ”{}”: turvatoimia ei ole ilmoitettu (30.2 d, 32.1 art.).",
                        "Controller \"{}\": the security measures are not recorded (Art. 30(2)(d), 32(1)).",
                    ],
                ),
            ];
            for (missing, field, [sv, fi, en]) in gaps {
                if missing {
                    self.push(
                        Severity::Error,
                        FindingCode::ClientControllerIncomplete,
                        RecordKind::ClientController,
                        client.id,
                        field,
                        None,
                        message(&client.name, sv, fi, en),
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
                    message(
                        &display_processor(processor),
                        "Landet för {} är inte angivet, så det går inte att se om uppgifter överförs utanför EU/EES.",
                        "Toimittajan {} maata ei ole ilmoitettu, joten ei voi nähdä, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.",
                        "The country of {} is not given, so it cannot be seen whether data leave the EU/EEA.",
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
                    message(
                        &display_processor(processor),
                        "Personuppgiftsbiträdet {} saknar avtal (art. 28).",
                        "Henkilötietojen käsittelijältä {} puuttuu sopimus (28 art.).",
                        "The processor {} has no agreement (Art. 28).",
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
                    message(
                        &recipient.name,
                        "Landet för {} är inte angivet, så det går inte att se om uppgifter överförs utanför EU/EES.",
                        "Toimittajan {} maata ei ole ilmoitettu, joten ei voi nähdä, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.",
                        "The country of {} is not given, so it cannot be seen whether data leave the EU/EEA.",
                    ),
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
                    message(
                        &recipient.name,
                        "Personuppgiftsbiträdet {} saknar avtal (art. 28).",
                        "Henkilötietojen käsittelijältä {} puuttuu sopimus (28 art.).",
                        "The processor {} has no agreement (Art. 28).",
                    ),
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
                let text = |language: Language, template: &str| {
                    template
                        .replace(
                            "{what}",
                            what.resolve(language).text().unwrap_or(unnamed(language)),
                        )
                        .replace("{discovered}", &moment(discovered, language))
                        .replace("{deadline}", &moment(deadline, language))
                };
                self.push(
                        Severity::Error,
                        FindingCode::BreachNotificationMissed,
                        RecordKind::Breach,
                        breach.id,
                        "authority_notified",
                        register,
                        LocalizedText::new(
                            text(Language::Sv, "Personuppgiftsincidenten \"{what}\" upptäcktes {discovered}; den skulle ha anmälts till tillsynsmyndigheten senast {deadline} (72 timmar, art. 33.1). Anmäl den, eller ange skälen till förseningen eller till att den inte anmäls."),
                            text(Language::Fi, "Tietoturvaloukkaus \"{what}\" havaittiin {discovered}; siitä olisi pitänyt ilmoittaa valvontaviranomaiselle viimeistään {deadline} (72 tuntia, 33.1 art.). Ilmoita siitä tai kirjaa viivästyksen tai ilmoittamatta jättämisen syyt."),
                            text(Language::En, "The personal data breach \"{what}\" was discovered {discovered}; the supervisory authority should have been notified by {deadline} (72 hours, Art. 33(1)). Notify it, or record the reasons for the delay or for not notifying."),
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
                    message(
                        what,
                        "Personuppgiftsincidenten ”{}” bedöms sannolikt inte medföra någon risk och behöver därför inte anmälas (art. 33.1), men skälen för bedömningen ska dokumenteras (art. 33.5). Skriv dem.",
                        "Tietoturvaloukkauksen ”{}” ei arvioida todennäköisesti aiheuttavan riskiä, joten siitä ei tarvitse ilmoittaa (33.1 art.), mutta arvion perusteet on dokumentoitava (33.5 art.). Kirjaa ne.",
                        "The personal data breach \"{}\" is assessed as unlikely to result in a risk, so it need not be notified (Art. 33(1)), but the reasoning must be documented (Art. 33(5)). Record it.",
                    ),
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
                    message(
                        what,
                        "Personuppgiftsincidenten ”{}” medför en hög risk: de registrerade ska informeras utan onödigt dröjsmål (art. 34.1). Ange när de informerades, eller varför de inte informeras (art. 34.3).",
                        "Tietoturvaloukkaus ”{}” aiheuttaa korkean riskin: rekisteröidyille on ilmoitettava ilman aiheetonta viivytystä (34.1 art.). Kirjaa, milloin heille ilmoitettiin, tai miksi ei ilmoiteta (34.3 art.).",
                        "The personal data breach \"{}\" poses a high risk: the people concerned must be told without undue delay (Art. 34(1)). Record when they were told, or why they are not (Art. 34(3)).",
                    ),
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
                    message(
                        what,
                        "Personuppgiftsincidenten ”{}” är öppen: avsluta den när den är hanterad och utvärderad.",
                        "Tietoturvaloukkaus ”{}” on avoin: sulje se, kun se on käsitelty ja arvioitu.",
                        "The personal data breach \"{}\" is open: close it once it is handled and reviewed.",
                    ),
                );
            }
        }
        for request in &doc.data_subject_requests {
            let right = |language: Language| {
                request
                    .right
                    .map_or(unnamed(language), |r| r.label(language))
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
                    LocalizedText::new(
                        format!("Begäran ({}) har förlängts utan angivna skäl; utan skäl gäller en månad (art. 12.3).", right(Language::Sv)),
                        format!("Pyynnön ({}) määräaikaa on jatkettu kertomatta syitä; ilman syitä määräaika on kuukausi (12.3 art.).", right(Language::Fi)),
                        format!("The request ({}) was extended without reasons; without them the period is one month (Art. 12(3)).", right(Language::En)),
                    ),
                );
            }
            if request.is_overdue(today) {
                let (Some(received), Some(deadline)) = (request.received, request.deadline())
                else {
                    continue;
                };
                let text = |language: Language, template: &str| {
                    template
                        .replace("{right}", right(language))
                        .replace("{received}", &day(received, language))
                        .replace("{deadline}", &day(deadline, language))
                };
                self.push(
                    Severity::Error,
                    FindingCode::RequestOverdue,
                    RecordKind::DataSubjectRequest,
                    request.id,
                    "answered",
                    request.register,
                    LocalizedText::new(
                        text(Language::Sv, "Begäran ({right}) som togs emot {received} är obesvarad; den skulle ha besvarats senast {deadline} (art. 12.3)."),
                        text(Language::Fi, "Pyyntöön ({right}), joka vastaanotettiin {received}, ei ole vastattu; siihen olisi pitänyt vastata viimeistään {deadline} (12.3 art.)."),
                        text(Language::En, "The request ({right}) received {received} is unanswered; it should have been answered by {deadline} (Art. 12(3))."),
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
            };
            let text = |language: Language, template: &str| {
                template
                    .replace("{right}", right(language))
                    .replace("{answered}", &day(answered, language))
                    .replace("{years}", &ANSWERED_REQUEST_KEPT_YEARS.to_string())
            };
            self.push(
                Severity::Warning,
                FindingCode::AnsweredRequestOld,
                RecordKind::DataSubjectRequest,
                request.id,
                "answered",
                request.register,
                LocalizedText::new(
                    text(Language::Sv, "Begäran ({right}) besvarades {answered}, för mer än {years} år sedan, och innehåller fortfarande vem som frågade. Radera den och glöm den ur historiken (sidan Begäranden)."),
                    text(Language::Fi, "Pyyntöön ({right}) vastattiin {answered}, yli {years} vuotta sitten, ja siinä on yhä pyytäjän tiedot. Poista se ja unohda se historiasta (sivu Pyynnöt)."),
                    text(Language::En, "The request ({right}) was answered {answered}, more than {years} years ago, and still holds who asked. Delete it and forget it from the history (the Requests page)."),
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
                    message(
                        &register.name,
                        "Registret ”{}” kräver en konsekvensbedömning avseende dataskydd (art. 35): minst två kriterier eller en behandling på förteckningen. Registrera den när den är gjord.",
                        "Rekisteri ”{}” edellyttää tietosuojaa koskevaa vaikutustenarviointia (35 art.): vähintään kaksi kriteeriä tai luettelon mukainen käsittely. Kirjaa se, kun se on tehty.",
                        "The register \"{}\" needs a data protection impact assessment (Art. 35): two or more criteria, or processing on the list. Record it once done.",
                    ),
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
                let field = |in_language: Language| {
                    field_label(&path, in_language).map_or_else(|| path.clone(), str::to_string)
                };
                let text = LocalizedText::new(
                    format!("Översättningen {} är inaktuell: {}, fältet ”{}”. Källtexten har ändrats efter att den översattes; uppdatera översättningen eller bekräfta den.", language_name(language, Language::Sv), kind.label(Language::Sv), field(Language::Sv)),
                    format!("Käännös {} on vanhentunut: {}, kenttä ”{}”. Lähdeteksti on muuttunut käännöksen jälkeen; päivitä käännös tai vahvista se.", language_name(language, Language::Fi), kind.label(Language::Fi).to_lowercase(), field(Language::Fi)),
                    format!("The translation {} is out of date: {}, field “{}”. Its source text changed after it was translated; update the translation or confirm it.", language_name(language, Language::En), kind.label(Language::En).to_lowercase(), field(Language::En)),
                );
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
                let field = |in_language: Language| {
                    field_label(&path, in_language).map_or_else(|| path.clone(), str::to_string)
                };
                let text = LocalizedText::new(
                    format!("Text saknas {}: {}, fältet ”{}”. Texten skrivs ut på ett annat språk.", language_name(language, Language::Sv), kind.label(Language::Sv), field(Language::Sv)),
                    format!("Teksti puuttuu {}: {}, kenttä ”{}”. Teksti tulostetaan toisella kielellä.", language_name(language, Language::Fi), kind.label(Language::Fi).to_lowercase(), field(Language::Fi)),
                    format!("Text missing {}: {}, field “{}”. It is printed in another language instead.", language_name(language, Language::En), kind.label(Language::En).to_lowercase(), field(Language::En)),
                );
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

/// A date in the language's form: sv `2026-12-01`, fi `1.12.2026`, en `2026-12-01`.
/// Whether the controller can be reached: an address, an e-mail address or a phone number.
pub fn has_contact_channel(organisation: &Organisation) -> bool {
    !organisation.address.is_empty()
        || !organisation.email.trim().is_empty()
        || !organisation.phone.trim().is_empty()
}

fn day(date: NaiveDate, language: Language) -> String {
    match language {
        Language::Fi => date.format("%-d.%-m.%Y").to_string(),
        Language::Sv | Language::En => date.format("%Y-%m-%d").to_string(),
    }
}

/// A date and time in the language's form: sv `2026-12-01 kl. 20.00`, fi `1.12.2026 klo 20.00`, en `2026-12-01 20:00`.
fn moment(at: NaiveDateTime, language: Language) -> String {
    match language {
        Language::Sv => at.format("%Y-%m-%d kl. %H.%M").to_string(),
        Language::Fi => at.format("%-d.%-m.%Y klo %H.%M").to_string(),
        Language::En => at.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// "på finska", "suomeksi", "in Finnish": the language a text is missing in.
fn language_name(of: Language, in_language: Language) -> &'static str {
    match (of, in_language) {
        (Language::Sv, Language::Sv) => "på svenska",
        (Language::Fi, Language::Sv) => "på finska",
        (Language::En, Language::Sv) => "på engelska",
        (Language::Sv, Language::Fi) => "ruotsiksi",
        (Language::Fi, Language::Fi) => "suomeksi",
        (Language::En, Language::Fi) => "englanniksi",
        (Language::Sv, Language::En) => "in Swedish",
        (Language::Fi, Language::En) => "in Finnish",
        (Language::En, Language::En) => "in English",
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
