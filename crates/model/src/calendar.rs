//! The review calendar: what falls due, with its date — deletion routines,
//! register reviews, answers to data-subject requests and notifications of
//! breaches. The same dates, once passed, are findings of the checks; the
//! calendar lists them ahead of time. No clock: the caller says when "now" is.

use crate::ids::RegisterId;
use crate::records::{Document, RecordKind};
use crate::terminology::Vocabulary;
use crate::text::{Language, LocalizedText};
use chrono::{Months, NaiveDate, NaiveDateTime, NaiveTime};
use kirjuri_text::Text;
use serde::Serialize;
use std::collections::HashMap;
use uuid::Uuid;

/// A register is reviewed at least once a year (as the checks expect).
const REVIEW_MONTHS: u32 = 12;

/// What kind of thing falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// A retention rule's deletion routine (its review interval).
    DeletionRoutine,
    /// A register not updated for twelve months.
    RegisterReview,
    /// The answer to a data-subject request (Art. 12(3)).
    RequestAnswer,
    /// The notification of a breach to the authority (Art. 33(1)).
    BreachNotification,
}

/// One entry of the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Due {
    pub kind: DueKind,
    /// When it falls due; a time only for the 72 hours of a breach.
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub overdue: bool,
    /// The record to open.
    pub record_kind: RecordKind,
    pub id: Uuid,
    pub register: Option<RegisterId>,
    /// What falls due, in the three languages.
    pub what: LocalizedText,
}

/// Everything that falls due, earliest first; `now` decides what is overdue.
pub fn due(document: &Document, now: NaiveDateTime) -> Vec<Due> {
    let today = now.date();
    let names: HashMap<RegisterId, &LocalizedText> =
        document.registers.iter().map(|r| (r.id, &r.name)).collect();
    let name_of = |id: RegisterId, language: Language| -> String {
        names
            .get(&id)
            .and_then(|n| n.name_in(language))
            .unwrap_or(crate::checks::unnamed(language))
            .to_string()
    };
    // What falls due: `text` in each language, its one variable filled in that language.
    let what = |text: Text, variable: &str, value: &dyn Fn(Language) -> String| {
        let [sv, fi, en] =
            Language::ALL.map(|language| text.fill(language, &[(variable, &value(language))]));
        LocalizedText::new(sv, fi, en)
    };
    let mut list = Vec::new();
    for rule in &document.retention_rules {
        if let Some(date) = rule.next_review(today) {
            list.push(Due {
                kind: DueKind::DeletionRoutine,
                date,
                time: None,
                overdue: rule.is_overdue(today),
                record_kind: RecordKind::RetentionRule,
                id: rule.id.into(),
                register: Some(rule.register),
                what: what(Text::CalendarDeletionRoutine, "register", &|l| {
                    name_of(rule.register, l)
                }),
            });
        }
    }
    for register in &document.registers {
        let Some(date) = register
            .last_updated
            .and_then(|d| d.checked_add_months(Months::new(REVIEW_MONTHS)))
        else {
            continue;
        };
        list.push(Due {
            kind: DueKind::RegisterReview,
            date,
            time: None,
            overdue: date < today,
            record_kind: RecordKind::Register,
            id: register.id.into(),
            register: Some(register.id),
            what: what(Text::CalendarRegisterReview, "register", &|l| {
                name_of(register.id, l)
            }),
        });
    }
    for request in &document.data_subject_requests {
        if request.answered.is_some() {
            continue;
        }
        let Some(date) = request.deadline() else {
            continue;
        };
        // Without a chosen right the entry names the day it was received
        // (never who asked: the calendar is shown to anyone at the screen).
        let received = request.received.map(|d| d.to_string()).unwrap_or_default();
        let right = |l: Language| match request.right {
            Some(right) => right.label(l).to_string(),
            None => Text::CalendarRequestReceived.fill(l, &[("received", &received)]),
        };
        list.push(Due {
            kind: DueKind::RequestAnswer,
            date,
            time: None,
            overdue: request.is_overdue(today),
            record_kind: RecordKind::DataSubjectRequest,
            id: request.id.into(),
            register: request.register,
            what: what(Text::CalendarRequestAnswer, "right", &right),
        });
    }
    for breach in &document.breaches {
        if !breach.notification_pending() {
            continue;
        }
        let Some(deadline) = breach.notification_deadline() else {
            continue;
        };
        let text = |l| {
            breach
                .description
                .name_in(l)
                .unwrap_or(crate::checks::unnamed(l))
                .to_string()
        };
        list.push(Due {
            kind: DueKind::BreachNotification,
            date: deadline.date(),
            time: Some(deadline.time()),
            overdue: deadline < now,
            record_kind: RecordKind::Breach,
            id: breach.id.into(),
            register: breach.registers.first().copied(),
            what: what(Text::CalendarBreachNotification, "what", &text),
        });
    }
    list.sort_by_key(|d| (d.date, d.time));
    list
}
