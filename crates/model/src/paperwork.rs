//! The paperwork the law asks for besides the record and the notices: the
//! breach log (Art. 33(5)), the log of data-subject requests (Art. 12(3)), the
//! DPIA screening of each register (Art. 35, WP248 rev.01 and the authorities'
//! lists) and the record kept as a processor (Art. 30(2)).
//!
//! Deadlines are worked out here from the dates the user gave; what is overdue
//! on a given day is for the checks and the calendar, which get that day from
//! their caller. Nothing here reads the clock.

use crate::document::Agreement;
use crate::ids::*;
use crate::terminology::*;
use crate::text::LocalizedText;
use chrono::{Months, NaiveDate, NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Hours from discovery within which the supervisory authority is notified (Art. 33(1)).
pub const NOTIFICATION_HOURS: i64 = 72;

/// Years after its answer that an answered request is kept before Kirjuri
/// offers to delete it and forget it from the history. A request is logged to
/// show that it was answered (Art. 5(2)); once nobody can any longer hold the
/// answer against the company, the entry only keeps who asked (Art. 5(1)(e)).
/// Five years covers the three-year limitation of claims in Finland (laki
/// velan vanhentumisesta 728/2003, 4 §, which also runs a damages claim from
/// when the injured party learnt of the damage, 7 §) and the five years within
/// which the Swedish authority must have heard the company before it may
/// impose an administrative fine (lag 2018:218, 6 kap. 3 §). It is an offer,
/// never done without the user: a company with a longer need keeps them.
pub const ANSWERED_REQUEST_KEPT_YEARS: u32 = 5;

/// A personal data breach. Every breach is logged, notified or not (Art. 33(5)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Breach {
    pub id: BreachId,
    /// What happened, in short.
    pub description: LocalizedText,
    /// When the breach happened, when known.
    #[serde(default)]
    pub happened: Option<NaiveDateTime>,
    /// When the organisation became aware of it: the 72 hours run from here.
    #[serde(default)]
    pub discovered: Option<NaiveDateTime>,
    #[serde(default)]
    pub registers: Vec<RegisterId>,
    #[serde(default)]
    pub data_items: Vec<DataItemId>,
    /// Roughly how many people it concerns.
    #[serde(default)]
    pub approximate_people: Option<u32>,
    /// The likely consequences for the people concerned.
    #[serde(default)]
    pub consequences: LocalizedText,
    /// The measures taken or proposed, also to mitigate its effects.
    #[serde(default)]
    pub measures: LocalizedText,
    /// The assessed risk to the people concerned.
    #[serde(default)]
    pub risk: Option<BreachRisk>,
    /// How the risk was assessed, in words.
    #[serde(default)]
    pub risk_assessment: LocalizedText,
    /// When the supervisory authority was notified; none while it has not been.
    #[serde(default)]
    pub authority_notified: Option<NaiveDateTime>,
    /// Why the authority was notified late, or why it was not notified.
    #[serde(default)]
    pub notification_reason: LocalizedText,
    /// When the people concerned were told (Art. 34); none while they have not been.
    #[serde(default)]
    pub data_subjects_informed: Option<NaiveDate>,
    /// Why the people concerned were not told (Art. 34(3)).
    #[serde(default)]
    pub not_informed_reason: LocalizedText,
    /// The answers to the incident routine's post-incident review, in its order.
    #[serde(default)]
    pub review_answers: Vec<LocalizedText>,
    /// When the handling of the breach was closed; an open breach is a finding.
    #[serde(default)]
    pub closed: Option<NaiveDate>,
}

impl Breach {
    /// A new breach with only its description.
    pub fn new(description: LocalizedText) -> Breach {
        Breach {
            id: BreachId::new(),
            description,
            happened: None,
            discovered: None,
            registers: Vec::new(),
            data_items: Vec::new(),
            approximate_people: None,
            consequences: LocalizedText::default(),
            measures: LocalizedText::default(),
            risk: None,
            risk_assessment: LocalizedText::default(),
            authority_notified: None,
            notification_reason: LocalizedText::default(),
            data_subjects_informed: None,
            not_informed_reason: LocalizedText::default(),
            review_answers: Vec::new(),
            closed: None,
        }
    }

    /// 72 hours after discovery (Art. 33(1)).
    pub fn notification_deadline(&self) -> Option<NaiveDateTime> {
        self.discovered
            .and_then(|d| d.checked_add_signed(TimeDelta::hours(NOTIFICATION_HOURS)))
    }

    /// The deadline has passed at `now` and nothing answers for it: the
    /// authority was not notified in time, and no reason is given.
    pub fn notification_missed(&self, now: NaiveDateTime) -> bool {
        let Some(deadline) = self.notification_deadline() else {
            return false;
        };
        if self.need_not_notify() {
            return false;
        }
        let late = match self.authority_notified {
            Some(notified) => notified > deadline,
            None => now > deadline,
        };
        late && self.notification_reason.is_empty()
    }

    /// Assessed as unlikely to result in a risk and not notified: Art. 33(1)
    /// needs no notification, only the documented reasoning (33(5)).
    pub fn need_not_notify(&self) -> bool {
        self.risk == Some(BreachRisk::Unlikely) && self.authority_notified.is_none()
    }

    /// Still to be notified, with the deadline not yet passed: what the calendar shows.
    pub fn notification_pending(&self) -> bool {
        !self.need_not_notify()
            && self.authority_notified.is_none()
            && self.notification_reason.is_empty()
            && self.closed.is_none()
    }
}

/// A request from a data subject to exercise a right, and how it was answered.
/// It holds personal data of its own (who asked): it can be forgotten when old.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DataSubjectRequest {
    pub id: DataSubjectRequestId,
    /// None while not chosen.
    #[serde(default)]
    pub right: Option<DataSubjectRight>,
    /// Who asked: personal data, left out of the record's annex by default.
    #[serde(default)]
    pub requester: String,
    /// The register the request concerns, when it concerns one; its rights
    /// procedure is shown beside the request.
    #[serde(default)]
    pub register: Option<RegisterId>,
    #[serde(default)]
    pub received: Option<NaiveDate>,
    /// How the requester's identity was checked.
    #[serde(default)]
    pub identity_check: LocalizedText,
    /// The period was extended by two further months (Art. 12(3)).
    #[serde(default)]
    pub extended: bool,
    /// Why it was extended; the requester is told within the first month.
    #[serde(default)]
    pub extension_reason: LocalizedText,
    /// What was done.
    #[serde(default)]
    pub actions: LocalizedText,
    #[serde(default)]
    pub answered: Option<NaiveDate>,
}

impl DataSubjectRequest {
    pub fn new() -> DataSubjectRequest {
        DataSubjectRequest {
            id: DataSubjectRequestId::new(),
            right: None,
            requester: String::new(),
            register: None,
            received: None,
            identity_check: LocalizedText::default(),
            extended: false,
            extension_reason: LocalizedText::default(),
            actions: LocalizedText::default(),
            answered: None,
        }
    }

    /// An extension counts only with its reason (Art. 12(3)).
    pub fn extension_stands(&self) -> bool {
        self.extended && !self.extension_reason.is_empty()
    }

    /// One month from receipt, three with a reasoned extension.
    pub fn deadline(&self) -> Option<NaiveDate> {
        let months = if self.extension_stands() { 3 } else { 1 };
        self.received?.checked_add_months(Months::new(months))
    }

    /// Unanswered after its deadline.
    pub fn is_overdue(&self, as_of: NaiveDate) -> bool {
        self.answered.is_none() && self.deadline().is_some_and(|d| d < as_of)
    }

    /// The day from which an answered request is old enough to be deleted and
    /// forgotten: [`ANSWERED_REQUEST_KEPT_YEARS`] after its answer.
    pub fn kept_until(&self) -> Option<NaiveDate> {
        self.answered?
            .checked_add_months(Months::new(12 * ANSWERED_REQUEST_KEPT_YEARS))
    }

    /// Answered, and kept for the whole period by `as_of`.
    pub fn is_old(&self, as_of: NaiveDate) -> bool {
        self.kept_until().is_some_and(|d| d <= as_of)
    }
}

impl Default for DataSubjectRequest {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether a register needs a data protection impact assessment (Art. 35): the
/// questions of the screening and, once done, the DPIA itself. One per register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DpiaScreening {
    pub id: DpiaScreeningId,
    pub register: RegisterId,
    /// The nine WP248 rev.01 criteria: true applies, false does not, absent not answered.
    #[serde(default)]
    pub criteria: BTreeMap<DpiaCriterion, bool>,
    /// The kinds of processing on the authorities' lists, answered the same way.
    #[serde(default)]
    pub listed: BTreeMap<DpiaListedProcessing, bool>,
    /// The reasoning, in words.
    #[serde(default)]
    pub notes: LocalizedText,
    /// When the screening was made or last reviewed.
    #[serde(default)]
    pub screened: Option<NaiveDate>,
    /// When the DPIA was done; none while it has not been.
    #[serde(default)]
    pub dpia_done: Option<NaiveDate>,
    /// Where the DPIA is kept (a file name, a case number).
    #[serde(default)]
    pub dpia_reference: String,
    /// What the DPIA concluded.
    #[serde(default)]
    pub dpia_outcome: LocalizedText,
}

impl DpiaScreening {
    pub fn new(register: RegisterId) -> DpiaScreening {
        DpiaScreening {
            id: DpiaScreeningId::new(),
            register,
            criteria: BTreeMap::new(),
            listed: BTreeMap::new(),
            notes: LocalizedText::default(),
            screened: None,
            dpia_done: None,
            dpia_reference: String::new(),
            dpia_outcome: LocalizedText::default(),
        }
    }

    /// The criteria answered "applies", in the guidelines' order.
    pub fn criteria_met(&self) -> Vec<DpiaCriterion> {
        DpiaCriterion::all()
            .iter()
            .copied()
            .filter(|c| self.criteria.get(c) == Some(&true))
            .collect()
    }

    /// The listed kinds answered "applies".
    pub fn listed_met(&self) -> Vec<DpiaListedProcessing> {
        DpiaListedProcessing::all()
            .iter()
            .copied()
            .filter(|c| self.listed.get(c) == Some(&true))
            .collect()
    }

    /// Two or more criteria (WP248 rev.01, IMY's list), or one listed kind of processing.
    pub fn dpia_required(&self) -> bool {
        self.criteria_met().len() >= 2 || !self.listed_met().is_empty()
    }

    /// What the answers so far say: yes when a DPIA is required, no only when
    /// every question is answered and none requires one, else not answered.
    pub fn verdict(&self) -> Answer {
        if self.dpia_required() {
            Answer::Yes
        } else if DpiaCriterion::all()
            .iter()
            .all(|c| self.criteria.contains_key(c))
            && DpiaListedProcessing::all()
                .iter()
                .all(|c| self.listed.contains_key(c))
        {
            Answer::No
        } else {
            Answer::NotAnswered
        }
    }
}

/// A controller the organisation processes personal data for, as its processor:
/// one entry of the processor's record (Art. 30(2)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ClientController {
    pub id: ClientControllerId,
    /// The controller's name (Art. 30(2)(a)).
    pub name: LocalizedText,
    #[serde(default)]
    pub business_id: String,
    /// Contact details, in words.
    #[serde(default)]
    pub contact: LocalizedText,
    /// The controller's representative (Art. 27), when there is one.
    #[serde(default)]
    pub representative: LocalizedText,
    /// The controller's data protection officer, when there is one.
    #[serde(default)]
    pub dpo: LocalizedText,
    /// The processing agreement with this controller (Art. 28(3)).
    #[serde(default)]
    pub agreement: Option<Agreement>,
    /// The categories of processing carried out for it (Art. 30(2)(b)).
    #[serde(default)]
    pub categories_of_processing: Vec<LocalizedText>,
    /// Whether data are transferred outside the EU/EEA on its behalf: `no`
    /// prints "none"; transfer entries say yes by themselves.
    #[serde(default)]
    pub transfers_outside_eea: Answer,
    /// Transfers outside the EU/EEA on its behalf (Art. 30(2)(c)).
    #[serde(default)]
    pub transfers: Vec<ProcessorTransfer>,
    /// The security measures (Art. 30(2)(d), 32(1)).
    #[serde(default)]
    pub security_measures: Vec<SecurityMeasureId>,
    /// The sub-processors engaged (Art. 28(2), (4)).
    #[serde(default)]
    pub sub_processors: Vec<ProcessorId>,
}

impl ClientController {
    pub fn new(name: LocalizedText) -> ClientController {
        ClientController {
            id: ClientControllerId::new(),
            name,
            business_id: String::new(),
            contact: LocalizedText::default(),
            representative: LocalizedText::default(),
            dpo: LocalizedText::default(),
            agreement: None,
            categories_of_processing: Vec::new(),
            transfers_outside_eea: Answer::NotAnswered,
            transfers: Vec::new(),
            security_measures: Vec::new(),
            sub_processors: Vec::new(),
        }
    }
}

/// A transfer made as processor to a third country (Art. 30(2)(c)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ProcessorTransfer {
    /// ISO 3166-1 alpha-2 of the third country.
    pub country: String,
    #[serde(default)]
    pub mechanism: Option<TransferMechanism>,
    /// Where the safeguards are documented.
    #[serde(default)]
    pub documentation: LocalizedText,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn the_72_hours_run_from_discovery_and_a_reason_answers_for_lateness() {
        let mut breach = Breach::new(LocalizedText::same("Lost laptop"));
        breach.discovered = Some(at("2026-11-28 20:00"));
        assert_eq!(breach.notification_deadline(), Some(at("2026-12-01 20:00")));
        assert!(!breach.notification_missed(at("2026-12-01 19:59")));
        assert!(breach.notification_missed(at("2026-12-02 04:00")));
        breach.authority_notified = Some(at("2026-11-30 10:00"));
        assert!(!breach.notification_missed(at("2026-12-02 04:00")));
        breach.authority_notified = Some(at("2026-12-02 01:00"));
        assert!(breach.notification_missed(at("2026-12-02 04:00")));
        breach.notification_reason = LocalizedText::same("Found out the scope only then");
        assert!(!breach.notification_missed(at("2026-12-02 04:00")));
    }

    #[test]
    fn a_request_has_a_month_and_three_with_a_reasoned_extension() {
        let mut request = DataSubjectRequest::new();
        request.received = NaiveDate::from_ymd_opt(2026, 1, 31);
        assert_eq!(request.deadline(), NaiveDate::from_ymd_opt(2026, 2, 28));
        request.extended = true;
        assert_eq!(request.deadline(), NaiveDate::from_ymd_opt(2026, 2, 28));
        request.extension_reason = LocalizedText::same("Many requests at once");
        assert_eq!(request.deadline(), NaiveDate::from_ymd_opt(2026, 4, 30));
    }

    #[test]
    fn only_a_request_answered_five_years_ago_is_old() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut request = DataSubjectRequest::new();
        request.received = Some(day(2019, 3, 1));
        assert!(
            !request.is_old(day(2030, 1, 1)),
            "an unanswered request is never old"
        );
        request.answered = Some(day(2019, 3, 20));
        assert_eq!(request.kept_until(), Some(day(2024, 3, 20)));
        assert!(!request.is_old(day(2024, 3, 19)));
        assert!(request.is_old(day(2024, 3, 20)));
    }

    #[test]
    fn two_criteria_or_one_listed_kind_require_a_dpia() {
        let mut screening = DpiaScreening::new(RegisterId::new());
        screening
            .criteria
            .insert(DpiaCriterion::SystematicMonitoring, true);
        screening.criteria.insert(DpiaCriterion::LargeScale, false);
        assert!(!screening.dpia_required());
        screening
            .criteria
            .insert(DpiaCriterion::VulnerableDataSubjects, true);
        assert!(screening.dpia_required());
        let mut partial = DpiaScreening::new(RegisterId::new());
        partial
            .criteria
            .insert(DpiaCriterion::SystematicMonitoring, true);
        assert_eq!(partial.verdict(), Answer::NotAnswered);
        for criterion in DpiaCriterion::all() {
            partial.criteria.entry(*criterion).or_insert(false);
        }
        assert_eq!(
            partial.verdict(),
            Answer::NotAnswered,
            "the list is unanswered"
        );
        for kind in DpiaListedProcessing::all() {
            partial.listed.insert(*kind, false);
        }
        assert_eq!(partial.verdict(), Answer::No);
        assert_eq!(screening.verdict(), Answer::Yes);
        let mut listed = DpiaScreening::new(RegisterId::new());
        listed
            .listed
            .insert(DpiaListedProcessing::Whistleblowing, true);
        assert!(listed.dpia_required());
    }
}
