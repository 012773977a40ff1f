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

/// The report's words in Swedish, Finnish and English.
#[derive(Debug, Clone, Copy)]
enum Word {
    Title,
    Compared,
    Shared,
    Unrelated,
    Forgotten,
    Nothing,
    Organisation,
    Register,
    Created,
    Changed,
    Deleted,
    By,
    Field,
    Before,
    After,
    Mine,
    Theirs,
    Conflict,
    WholeRecord,
    Taken,
    Left,
    Open,
    KeptMine,
    TookTheirs,
    Wrote,
    NotMerged,
    Empty,
}

impl Word {
    fn texts(self) -> [&'static str; 3] {
        match self {
            Word::Title => [
                "Ändringar i den andra kopian",
                "Toisen kopion muutokset",
                "Changes in the other copy",
            ],
            Word::Compared => ["Jämförd med", "Verrattu tiedostoon", "Compared with"],
            Word::Shared => [
                "Kopiorna delar historiken fram till ändringen {at} av {who}; därefter har den andra kopian {n} ändring(ar).",
                "Kopioilla on yhteinen historia muutokseen {at} ({who}) asti; sen jälkeen toisessa kopiossa on {n} muutosta.",
                "The copies share their history up to the edit of {at} by {who}; since then the other copy has {n} edit(s).",
            ],
            Word::Unrelated => [
                "Kopiorna har ingen gemensam historik: de jämförs post för post, och inget raderas.",
                "Kopioilla ei ole yhteistä historiaa: ne verrataan tietue tietueelta, eikä mitään poisteta.",
                "The copies have no common history: they are compared record by record, and nothing is deleted.",
            ],
            Word::Forgotten => [
                "{n} post(er) som glömts i en av kopiorna tas inte tillbaka.",
                "{n} toisessa kopiossa unohdettua tietuetta ei tuoda takaisin.",
                "{n} record(s) forgotten in one of the copies are not brought back.",
            ],
            Word::Nothing => [
                "Den andra kopian har inga ändringar som saknas här.",
                "Toisessa kopiossa ei ole muutoksia, joita tässä ei ole.",
                "The other copy has no changes that this one lacks.",
            ],
            Word::Organisation => [
                "Organisationen och gemensamma uppgifter",
                "Organisaatio ja yhteiset tiedot",
                "The organisation and shared records",
            ],
            Word::Register => ["Register", "Rekisteri", "Register"],
            Word::Created => ["ny", "uusi", "new"],
            Word::Changed => ["ändrad", "muutettu", "changed"],
            Word::Deleted => ["raderad", "poistettu", "deleted"],
            Word::By => ["av", "tekijä", "by"],
            Word::Field => ["Uppgift", "Tieto", "Field"],
            Word::Before => ["Före", "Ennen", "Before"],
            Word::After => ["Efter", "Jälkeen", "After"],
            Word::Mine => ["Denna kopia", "Tämä kopio", "This copy"],
            Word::Theirs => ["Den andra kopian", "Toinen kopio", "The other copy"],
            Word::Conflict => ["Konflikt", "Ristiriita", "Conflict"],
            Word::WholeRecord => ["hela posten", "koko tietue", "the whole record"],
            Word::Taken => ["tas med", "otetaan mukaan", "taken"],
            Word::Left => ["lämnas", "jätetään pois", "left"],
            Word::Open => [
                "inte avgjord: denna kopias värde står kvar",
                "ratkaisematta: tämän kopion arvo jää",
                "not decided: this copy's value stays",
            ],
            Word::KeptMine => [
                "denna kopias värde behålls",
                "tämän kopion arvo säilytetään",
                "this copy's value is kept",
            ],
            Word::TookTheirs => [
                "den andra kopians värde tas",
                "toisen kopion arvo otetaan",
                "the other copy's value is taken",
            ],
            Word::Wrote => ["egen text", "oma teksti", "own text"],
            Word::NotMerged => ["kan inte tas med", "ei voida ottaa mukaan", "cannot be taken"],
            Word::Empty => ["(tom)", "(tyhjä)", "(empty)"],
        }
    }

    fn text(self, language: Language) -> &'static str {
        let [sv, fi, en] = self.texts();
        match language {
            Language::Sv => sv,
            Language::Fi => fi,
            Language::En => en,
        }
    }
}

const BODY: Style = Style::BODY;
const MUTED: Style = Style::BODY.with_ink(Ink::Muted);
const TABLE: Style = Style::new(Face::Regular, crate::content::TABLE_SIZE, Ink::Body);

fn outcome_text(outcome: &Outcome, language: Language) -> String {
    let word = |w: Word| w.text(language).to_string();
    match outcome {
        Outcome::Taken => word(Word::Taken),
        Outcome::Left => word(Word::Left),
        Outcome::Open => word(Word::Open),
        Outcome::KeptMine => word(Word::KeptMine),
        Outcome::TookTheirs => word(Word::TookTheirs),
        Outcome::Wrote(text) => format!("{}: {text}", word(Word::Wrote)),
        Outcome::NotMerged(why) => format!("{}: {why}", word(Word::NotMerged)),
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
        _ => Word::Empty.text(language).to_string(),
    }
}

/// The report as content blocks in `language`.
pub fn change_report_content(report: &ChangeReport, language: Language) -> Vec<Block> {
    let word = |w: Word| w.text(language);
    let mut blocks = vec![
        Block::Para(
            Para::plain(word(Word::Title), Style::new(Face::Bold, 20.0, Ink::Accent))
                .titled()
                .after(4.0),
        ),
        Block::Para(
            Para::plain(&report.organisation, Style::BODY.with_face(Face::Bold)).after(2.0),
        ),
        Block::Para(
            Para::new(vec![
                Span::new(format!("{}: ", word(Word::Compared)), MUTED),
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
        } => word(Word::Shared)
            .replace("{at}", fork_at)
            .replace("{who}", fork_user)
            .replace("{n}", &theirs_since.to_string()),
        ReportLineage::Unrelated => word(Word::Unrelated).to_string(),
    };
    blocks.push(Block::Para(Para::plain(lineage, BODY).after(4.0)));
    if report.forgotten > 0 {
        blocks.push(Block::Para(
            Para::plain(
                word(Word::Forgotten).replace("{n}", &report.forgotten.to_string()),
                BODY,
            )
            .after(4.0),
        ));
    }
    if report.groups.is_empty() {
        blocks.push(Block::Para(Para::plain(word(Word::Nothing), BODY)));
    }
    for group in &report.groups {
        let heading = match &group.register {
            Some(name) => format!("{}: {name}", word(Word::Register)),
            None => word(Word::Organisation).to_string(),
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
    let word = |w: Word| w.text(language);
    let verb = match item.verb {
        ReportVerb::Created => word(Word::Created),
        ReportVerb::Changed => word(Word::Changed),
        ReportVerb::Deleted => word(Word::Deleted),
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
        (Some(who), Some(at)) => format!(" ({} {who}, {at})", word(Word::By)),
        (Some(who), None) => format!(" ({} {who})", word(Word::By)),
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
            word(Word::WholeRecord).to_string()
        } else {
            field_text(&conflict.field)
        };
        blocks.push(Block::Para(
            Para::new(vec![
                Span::new(
                    format!("{} — {field}: ", word(Word::Conflict)),
                    BODY.with_face(Face::Bold),
                ),
                Span::new(
                    format!(
                        "{} “{}” | {} “{}” · {}",
                        word(Word::Mine),
                        value(&conflict.mine, language),
                        word(Word::Theirs),
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
                    title: word(Word::Field).to_string(),
                    share: 0.3,
                },
                Column {
                    title: word(Word::Before).to_string(),
                    share: 0.35,
                },
                Column {
                    title: word(Word::After).to_string(),
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
        Word::Title.text(language),
        &change_report_content(report, language),
    )
}

/// The report as PDF, in `language`, dated `printed_on`.
pub fn export_change_report_pdf(
    report: &ChangeReport,
    language: Language,
    printed_on: NaiveDate,
) -> Result<Vec<u8>, ExportError> {
    let title = Word::Title.text(language).to_string();
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
