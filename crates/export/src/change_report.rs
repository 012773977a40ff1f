//! The change report: what the other copy of a document changed, record by
//! record and field by field, grouped by register, with what the merge does
//! with each change (taken, left, a conflict and its side). The director
//! reads it in the window (`change_report_html`), prints it from there, or
//! exports it (`export_change_report_pdf`) before accepting the merge.
//!
//! The caller (the shell, from the store's `MergePlan::review`) gives the
//! report as plain data, every value already written as people know it
//! (names for references, labels for codes); this module only words and
//! lays it out. Like every exporter it reads no file and no clock.

use crate::content::{Block, Column, Face, Ink, Para, Span, Style, Table};
use crate::labels::Label;
use crate::ExportError;
use chrono::NaiveDate;
use kirjuri_model::{Language, RecordKind};

/// What the other copy changed, as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeReport {
    pub organisation: String,
    /// The open file's name and the other copy's.
    pub mine_file: String,
    pub theirs_file: String,
    pub lineage: ReportLineage,
    pub groups: Vec<ReportGroup>,
    /// Records one side forgot that the merge does not bring back.
    pub forgotten: usize,
}

/// How the two copies relate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportLineage {
    /// They parted after the edit of `fork_at` (as shown) by `fork_user`.
    Shared {
        fork_at: String,
        fork_user: String,
        theirs_since: usize,
    },
    /// No shared history: compared record by record.
    Unrelated,
}

/// The changes of one register and its parts (`register` none: the
/// organisation and what the registers share).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportGroup {
    pub register: Option<String>,
    pub items: Vec<ReportItem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportVerb {
    Created,
    Changed,
    Deleted,
}

/// What the merge does with a change or a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Taken,
    Left,
    /// A conflict nobody decided yet: mine stays until someone does.
    Open,
    KeptMine,
    TookTheirs,
    /// The user wrote a text of their own.
    Wrote(String),
    /// The merge cannot take it, and why.
    NotMerged(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportField {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportConflict {
    /// The field's path; empty for the whole record.
    pub field: String,
    pub mine: Option<String>,
    pub theirs: Option<String>,
    pub outcome: Outcome,
}

/// One record the other copy changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportItem {
    pub kind: RecordKind,
    pub name: Option<String>,
    pub verb: ReportVerb,
    pub who: Option<String>,
    pub at: Option<String>,
    pub fields: Vec<ReportField>,
    pub conflicts: Vec<ReportConflict>,
    pub outcome: Outcome,
}

const BODY: Style = Style::BODY;
const MUTED: Style = Style::BODY.with_ink(Ink::Muted);
const TABLE: Style = Style::new(Face::Regular, crate::content::TABLE_SIZE, Ink::Body);

fn outcome_text(outcome: &Outcome, language: Language) -> String {
    let word = |w: Label| w.get(language).to_string();
    match outcome {
        Outcome::Taken => word(Label::ChangeReportTaken),
        Outcome::Left => word(Label::ChangeReportLeft),
        Outcome::Open => word(Label::ChangeReportOpen),
        Outcome::KeptMine => word(Label::ChangeReportKeptMine),
        Outcome::TookTheirs => word(Label::ChangeReportTookTheirs),
        Outcome::Wrote(text) => format!("{}: {text}", word(Label::ChangeReportWrote)),
        Outcome::NotMerged(why) => format!("{}: {why}", word(Label::ChangeReportNotMerged)),
    }
}

/// A field's path as a reader takes it: `name.fi` → `name (fi)`, `_` as spaces.
fn field_text(field: &str) -> String {
    let mut parts: Vec<&str> = field.split('.').collect();
    let language = match parts.last() {
        Some(&last) if ["sv", "fi", "en"].contains(&last) && parts.len() > 1 => parts.pop(),
        _ => None,
    };
    let path = parts.join(" · ").replace('_', " ");
    match language {
        Some(code) => format!("{path} ({code})"),
        None => path,
    }
}

fn cell(text: &str) -> Vec<Para> {
    vec![Para::plain(text, TABLE)]
}

fn value(value: &Option<String>, language: Language) -> String {
    match value.as_deref() {
        Some(text) if !text.trim().is_empty() => text.to_string(),
        _ => Label::ChangeReportEmpty.get(language).to_string(),
    }
}

/// The report as content blocks in `language`.
pub fn change_report_content(report: &ChangeReport, language: Language) -> Vec<Block> {
    let word = |w: Label| w.get(language);
    let mut blocks = vec![
        Block::Para(
            Para::plain(
                word(Label::ChangeReportTitle),
                Style::new(Face::Bold, 20.0, Ink::Accent),
            )
            .titled()
            .after(4.0),
        ),
        Block::Para(
            Para::plain(&report.organisation, Style::BODY.with_face(Face::Bold)).after(2.0),
        ),
        Block::Para(
            Para::new(vec![
                Span::new(format!("{}: ", word(Label::ChangeReportCompared)), MUTED),
                Span::new(
                    format!("{} ← {}", report.mine_file, report.theirs_file),
                    BODY,
                ),
            ])
            .after(4.0),
        ),
    ];
    let lineage = match &report.lineage {
        ReportLineage::Shared {
            fork_at,
            fork_user,
            theirs_since,
        } => word(Label::ChangeReportShared)
            .replace("{at}", fork_at)
            .replace("{who}", fork_user)
            .replace("{n}", &theirs_since.to_string()),
        ReportLineage::Unrelated => word(Label::ChangeReportUnrelated).to_string(),
    };
    blocks.push(Block::Para(Para::plain(lineage, BODY).after(4.0)));
    if report.forgotten > 0 {
        blocks.push(Block::Para(
            Para::plain(
                word(Label::ChangeReportForgotten).replace("{n}", &report.forgotten.to_string()),
                BODY,
            )
            .after(4.0),
        ));
    }
    if report.groups.is_empty() {
        blocks.push(Block::Para(Para::plain(
            word(Label::ChangeReportNothing),
            BODY,
        )));
    }
    for group in &report.groups {
        let heading = match &group.register {
            Some(name) => format!("{}: {name}", word(Label::ChangeReportRegister)),
            None => word(Label::ChangeReportOrganisation).to_string(),
        };
        blocks.push(Block::Heading {
            level: 2,
            text: heading,
            bookmark: false,
            anchor: None,
        });
        for item in &group.items {
            item_blocks(&mut blocks, item, language);
        }
    }
    blocks
}

fn item_blocks(blocks: &mut Vec<Block>, item: &ReportItem, language: Language) {
    let word = |w: Label| w.get(language);
    let verb = match item.verb {
        ReportVerb::Created => word(Label::ChangeReportCreated),
        ReportVerb::Changed => word(Label::ChangeReportChanged),
        ReportVerb::Deleted => word(Label::ChangeReportDeleted),
    };
    let mut spans = vec![Span::new(
        item.kind.label(language),
        BODY.with_face(Face::Bold),
    )];
    if let Some(name) = &item.name {
        spans.push(Span::new(format!(" “{name}”"), BODY.with_face(Face::Bold)));
    }
    spans.push(Span::new(format!(" — {verb}"), BODY));
    let by = match (&item.who, &item.at) {
        (Some(who), Some(at)) => format!(" ({} {who}, {at})", word(Label::ChangeReportBy)),
        (Some(who), None) => format!(" ({} {who})", word(Label::ChangeReportBy)),
        (None, Some(at)) => format!(" ({at})"),
        (None, None) => String::new(),
    };
    spans.push(Span::new(by, MUTED));
    spans.push(Span::new(
        format!(" · {}", outcome_text(&item.outcome, language)),
        MUTED,
    ));
    blocks.push(Block::Para(Para::new(spans).after(2.0)));
    for conflict in &item.conflicts {
        let field = if conflict.field.is_empty() {
            word(Label::ChangeReportWholeRecord).to_string()
        } else {
            field_text(&conflict.field)
        };
        blocks.push(Block::Para(
            Para::new(vec![
                Span::new(
                    format!("{} — {field}: ", word(Label::ChangeReportConflict)),
                    BODY.with_face(Face::Bold),
                ),
                Span::new(
                    format!(
                        "{} “{}” | {} “{}” · {}",
                        word(Label::ChangeReportMine),
                        value(&conflict.mine, language),
                        word(Label::ChangeReportTheirs),
                        value(&conflict.theirs, language),
                        outcome_text(&conflict.outcome, language)
                    ),
                    BODY,
                ),
            ])
            .indented(12.0)
            .after(2.0),
        ));
    }
    let fields: Vec<&ReportField> = if item.verb == ReportVerb::Changed {
        item.fields.iter().collect()
    } else {
        Vec::new()
    };
    if !fields.is_empty() {
        blocks.push(Block::Table(Table {
            columns: vec![
                Column {
                    title: word(Label::ChangeReportField).to_string(),
                    share: 0.3,
                },
                Column {
                    title: word(Label::ChangeReportBefore).to_string(),
                    share: 0.35,
                },
                Column {
                    title: word(Label::ChangeReportAfter).to_string(),
                    share: 0.35,
                },
            ],
            header: true,
            rows: fields
                .iter()
                .map(|f| {
                    vec![
                        cell(&field_text(&f.field)),
                        cell(&value(&f.old, language)),
                        cell(&value(&f.new, language)),
                    ]
                })
                .collect(),
        }));
    }
    blocks.push(Block::Space(4.0));
}

/// The report as a page for the window (to read and print), in `language`.
pub fn change_report_html(report: &ChangeReport, language: Language) -> String {
    crate::html::blocks_page(
        language,
        Label::ChangeReportTitle.get(language),
        &change_report_content(report, language),
    )
}

/// The report as PDF, in `language`, dated `printed_on`.
pub fn export_change_report_pdf(
    report: &ChangeReport,
    language: Language,
    printed_on: NaiveDate,
) -> Result<Vec<u8>, ExportError> {
    let title = Label::ChangeReportTitle.get(language).to_string();
    crate::pdf::blocks_pdf(
        change_report_content(report, language),
        format!("{} · {title} · {}", report.organisation, report.theirs_file),
        format!("{title} – {}", report.theirs_file),
        report.organisation.clone(),
        language,
        printed_on,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> ChangeReport {
        ChangeReport {
            organisation: "BTB Plaza Oy".into(),
            mine_file: "btb.sqlite".into(),
            theirs_file: "btb-accountant.sqlite".into(),
            lineage: ReportLineage::Shared {
                fork_at: "2026-12-01 10:00".into(),
                fork_user: "Director".into(),
                theirs_since: 3,
            },
            groups: vec![ReportGroup {
                register: Some("Personalregister".into()),
                items: vec![ReportItem {
                    kind: RecordKind::RetentionRule,
                    name: Some("Löner <b>".into()),
                    verb: ReportVerb::Changed,
                    who: Some("Accountant".into()),
                    at: Some("2026-12-02 09:30".into()),
                    fields: vec![ReportField {
                        field: "period.sv".into(),
                        old: Some("6 år".into()),
                        new: Some("10 år".into()),
                    }],
                    conflicts: vec![ReportConflict {
                        field: "description.sv".into(),
                        mine: Some("Mina".into()),
                        theirs: Some("Deras".into()),
                        outcome: Outcome::TookTheirs,
                    }],
                    outcome: Outcome::Taken,
                }],
            }],
            forgotten: 0,
        }
    }

    #[test]
    fn the_page_says_who_changed_what_from_what_to_what_and_what_the_merge_does() {
        let page = change_report_html(&report(), Language::En);
        for expected in [
            "Changes in the other copy",
            "btb-accountant.sqlite",
            "up to the edit of 2026-12-01 10:00 by Director; since then the other copy has 3 edit(s)",
            "Register: Personalregister",
            "Retention rule",
            "by Accountant, 2026-12-02 09:30",
            "period (sv)",
            "6 år",
            "10 år",
            "Conflict — description (sv)",
            "the other copy&#39;s value is taken",
        ] {
            assert!(page.contains(expected), "{expected} missing in {page}");
        }
        // A name is user text: escaped.
        assert!(page.contains("Löner &lt;b&gt;"));
        let finnish = change_report_html(&report(), Language::Fi);
        assert!(finnish.contains("Toisen kopion muutokset") && finnish.contains("Säilytyssääntö"));
    }

    #[test]
    fn a_copy_with_nothing_new_says_so_and_the_pdf_is_written() {
        let mut empty = report();
        empty.groups.clear();
        empty.lineage = ReportLineage::Unrelated;
        let page = change_report_html(&empty, Language::Sv);
        assert!(page.contains("Den andra kopian har inga ändringar som saknas här."));
        assert!(page.contains("ingen gemensam historik"));
        let pdf = export_change_report_pdf(
            &report(),
            Language::En,
            NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
        )
        .unwrap();
        assert!(pdf.starts_with(b"%PDF"));
    }
}
