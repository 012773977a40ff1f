//! What a check finds: a gap in the documentation with its severity, the
//! record and field it is about, and its message in the three languages. Plain
//! data, written by `checks` and read by the document (answers to findings),
//! the exporters and the window; it knows nothing of how the checks find them.

use crate::document::FindingResolution;
use crate::ids::RegisterId;
use crate::records::RecordKind;
use crate::text::{Language, LocalizedText};
use kirjuri_text::Text;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// How bad a gap is: an error makes a document a draft, a warning does not.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The catalogue's word for the severity ("Fel", "Varning").
    pub fn text(self) -> Text {
        match self {
            Severity::Error => Text::SeverityError,
            Severity::Warning => Text::SeverityWarning,
        }
    }

    pub fn label(self, language: Language) -> &'static str {
        self.text().get(language)
    }
}

/// What a finding is about; stable codes for scripts and the user interface.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
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

/// One gap in the documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
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
