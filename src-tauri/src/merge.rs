//! The commands of the merge review (File → "Compare and merge with another
//! copy…"): compare the open document with another copy, show what the
//! other copy changed with the user's choices applied, preview a notice as
//! the merge would leave it, take the merge as one edit, and the change
//! report as a page and as PDF. The other copy is opened read-only for each
//! call and never written; the work is the store's (`compare`) and the
//! exporter's (`change_report`). Also the conflicted copies a synced folder
//! left beside the open file (`kirjuri_store::conflicted`).

use crate::contract::{Args, Reply};
use crate::error::UiError;
use crate::files::{self, FileChoice, FileKind};
use crate::state::{file_name, AppState};
use chrono::Local;
use kirjuri_export::change_report::{
    self, ChangeReport, Outcome, ReportConflict, ReportField, ReportGroup, ReportItem,
    ReportLineage, ReportVerb,
};
use kirjuri_export::ExportOptions;
use kirjuri_model::{Language, LocalizedText, RegisterId};
use kirjuri_store::compare::{
    self, Choices, CompareOptions, Conflict, Forgotten, Lineage, MergePlan, Policy, ReviewGroup,
    ReviewItem,
};
use kirjuri_store::conflicted;
use kirjuri_store::{Store, SummaryVerb};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use uuid::Uuid;

/// The review as the window shows it.
#[derive(Debug, Serialize, TS)]
pub struct MergeView {
    pub theirs: PathBuf,
    pub theirs_file: String,
    pub lineage: Lineage,
    pub different_organisation: bool,
    pub groups: Vec<ReviewGroup>,
    pub forgotten: Vec<Forgotten>,
    /// Conflicts the user has not decided (their records not left).
    pub open_conflicts: usize,
    /// What the merge would write: the records it puts or deletes.
    pub edits: usize,
}

/// The other copy, read-only, once it is known not to be the open file.
fn open_other(mine: &Store, theirs: &Path) -> Result<Store, UiError> {
    if compare::same_file(mine.path(), theirs) {
        return Err(compare::MergeError::SameFile(theirs.to_path_buf()).into());
    }
    Ok(Store::open_read_only(theirs)?)
}

/// The plan of merging `theirs` into the open document with `choices`.
fn plan(
    mine: &Store,
    theirs: &Path,
    choices: &Choices,
    different_organisation: bool,
) -> Result<MergePlan, UiError> {
    let other = open_other(mine, theirs)?;
    Ok(compare::plan_merge_with(
        mine,
        &other,
        Policy::Ask,
        choices,
        CompareOptions {
            different_organisation,
        },
    )?)
}

fn view(plan: &MergePlan) -> MergeView {
    let groups = plan.review();
    let open_conflicts = groups
        .iter()
        .flat_map(|g| &g.items)
        .filter(|item| !item.left)
        .flat_map(|item| &item.conflicts)
        .filter(|c| !c.chosen)
        .count();
    MergeView {
        theirs: plan.comparison.theirs.clone(),
        theirs_file: file_name(&plan.comparison.theirs),
        lineage: plan.comparison.lineage.clone(),
        different_organisation: plan.comparison.different_organisation,
        groups,
        forgotten: plan.comparison.forgotten.clone(),
        open_conflicts,
        edits: plan.edits.len(),
    }
}

arguments! {
    pub struct ReviewMergeArgs {
        pub target: FileChoice,
        pub choices: Option<Choices>,
        /// Compare a copy of another organisation's document too.
        pub different_organisation: bool,
    }
    /// The merge under review: the other copy and the user's choices.
    pub struct MergePreviewNoticeArgs {
        pub theirs: PathBuf,
        pub choices: Choices,
        pub different_organisation: bool,
        pub register: RegisterId,
        pub language: Language,
    }
    pub struct MergeCopyArgs {
        pub theirs: PathBuf,
        pub choices: Choices,
        pub different_organisation: bool,
    }
    pub struct ChangeReportPageArgs {
        pub theirs: PathBuf,
        pub choices: Choices,
        pub different_organisation: bool,
        pub language: Language,
    }
    pub struct ExportChangeReportArgs {
        pub theirs: PathBuf,
        pub choices: Choices,
        pub different_organisation: bool,
        pub language: Language,
        pub target: FileChoice,
        pub replace: bool,
    }
    pub struct ConflictedCopiesArgs {}
}

/// Compares the open document with another copy (a path, or the user's
/// choice in a dialog; `None` when cancelled) and returns the review with
/// `choices` applied. Nothing is written.
#[tauri::command]
pub async fn review_merge<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<ReviewMergeArgs>,
) -> Reply<ReviewMergeArgs> {
    let ReviewMergeArgs {
        target,
        choices,
        different_organisation,
    } = args.0;
    let Some(theirs) = files::open_path(&app, target, FileKind::Document) else {
        return Ok(None);
    };
    let choices = choices.unwrap_or_default();
    state.with_store(|mine| {
        Ok(Some(view(&plan(
            mine,
            &theirs,
            &choices,
            different_organisation,
        )?)))
    })
}

/// The privacy notice of `register` as the merge with `choices` would leave
/// it (the plan applied to a copy in memory), as the preview shows notices.
#[tauri::command]
pub fn merge_preview_notice(
    state: State<'_, AppState>,
    args: Args<MergePreviewNoticeArgs>,
) -> Reply<MergePreviewNoticeArgs> {
    let MergePreviewNoticeArgs {
        theirs,
        choices,
        different_organisation,
        register,
        language,
    } = args.0;
    state.with_store(|mine| {
        let plan = plan(mine, &theirs, &choices, different_organisation)?;
        let (merged, _) = mine
            .document()
            .plan(&plan.edits)
            .map_err(kirjuri_store::StoreError::InvalidEdit)?;
        let options = ExportOptions {
            language,
            printed_on: Local::now().date_naive(),
            last_changed: mine.last_changed(),
        };
        let page = kirjuri_export::export_notice_html(&merged, register, &options)?;
        Ok(String::from_utf8_lossy(&page).into_owned())
    })
}

/// Takes the merge with `choices` as one edit of the open document, undone
/// in one step; its history note names the other file and what was declined.
#[tauri::command]
pub fn merge_copy(state: State<'_, AppState>, args: Args<MergeCopyArgs>) -> Reply<MergeCopyArgs> {
    let MergeCopyArgs {
        theirs,
        choices,
        different_organisation,
    } = args.0;
    let user = state.user_name();
    state.with_session(|session| {
        let plan = plan(session.store(), &theirs, &choices, different_organisation)?;
        let changes = session.store_mut().merge(&user, &plan)?;
        Ok(session.changed(&changes))
    })
}

/// The change report as a page for the window, in `language`.
#[tauri::command]
pub fn change_report_page(
    state: State<'_, AppState>,
    args: Args<ChangeReportPageArgs>,
) -> Reply<ChangeReportPageArgs> {
    let ChangeReportPageArgs {
        theirs,
        choices,
        different_organisation,
        language,
    } = args.0;
    state.with_store(|mine| {
        let plan = plan(mine, &theirs, &choices, different_organisation)?;
        Ok(change_report::change_report_html(
            &report(mine, &plan, language),
            language,
        ))
    })
}

/// Exports the change report as PDF where the user says (see `files::export_place`).
#[tauri::command]
pub async fn export_change_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<ExportChangeReportArgs>,
) -> Reply<ExportChangeReportArgs> {
    let ExportChangeReportArgs {
        theirs,
        choices,
        different_organisation,
        language,
        target,
        replace,
    } = args.0;
    let bytes = state.with_store(|mine| {
        let plan = plan(mine, &theirs, &choices, different_organisation)?;
        Ok(change_report::export_change_report_pdf(
            &report(mine, &plan, language),
            language,
            Local::now().date_naive(),
        )?)
    })?;
    let Some(place) = files::export_place(&app, target, FileKind::Pdf, replace)? else {
        return Ok(None);
    };
    files::write_export(&place, &bytes)?;
    state.remember_export(&place.path);
    Ok(Some(place.path))
}

/// The conflicted copies a synced folder left beside the open file. A
/// OneDrive name (`X-PCNAME`) is also an ordinary name, so such a file is
/// offered only when it is a copy of this organisation's document.
#[tauri::command]
pub fn conflicted_copies(state: State<'_, AppState>) -> Reply<ConflictedCopiesArgs> {
    state.with_store(|mine| {
        let organisation = mine.document().organisation.id;
        Ok(conflicted::conflicted_copies(mine.path())
            .into_iter()
            .filter(|copy| {
                copy.synced != conflicted::Synced::OneDrive
                    || Store::open_read_only(&copy.path)
                        .is_ok_and(|other| other.document().organisation.id == organisation)
            })
            .collect())
    })
}

/// The plan as the change report's plain data, every value as people know it.
fn report(mine: &Store, plan: &MergePlan, language: Language) -> ChangeReport {
    let names = Names::of(mine, plan, language);
    let comparison = &plan.comparison;
    let lineage = match &comparison.lineage {
        Lineage::Shared {
            fork_at,
            fork_user,
            theirs_since,
            ..
        } => ReportLineage::Shared {
            fork_at: when(fork_at),
            fork_user: fork_user.clone(),
            theirs_since: *theirs_since,
        },
        Lineage::Unrelated => ReportLineage::Unrelated,
    };
    ChangeReport {
        organisation: text(&mine.document().organisation.name, language).unwrap_or_default(),
        mine_file: file_name(&comparison.mine),
        theirs_file: file_name(&comparison.theirs),
        lineage,
        groups: plan
            .review()
            .iter()
            .map(|group| ReportGroup {
                register: group.name.as_ref().and_then(|n| text(n, language)),
                items: group.items.iter().map(|item| names.item(item)).collect(),
            })
            .collect(),
        forgotten: comparison.forgotten.len(),
    }
}

fn text(name: &LocalizedText, language: Language) -> Option<String> {
    kirjuri_export::printable(name, language)
}

/// "2026-12-01T10:00:00+02:00" as "2026-12-01 10:00" in the writer's own time.
fn when(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| at.to_string())
}

/// How values read in the report: the names of the records either copy
/// holds, the labels of the codes, yes and no.
struct Names {
    language: Language,
    records: HashMap<Uuid, String>,
    codes: HashMap<String, String>,
}

impl Names {
    fn of(mine: &Store, plan: &MergePlan, language: Language) -> Names {
        let mut records = HashMap::new();
        for group in plan.review() {
            for item in group.items {
                if let Some(name) = item.name.as_ref().and_then(|n| text(n, language)) {
                    records.insert(item.id, name);
                }
            }
        }
        for record in mine.document().records() {
            if let Some(name) = compare::record_name(&record)
                .as_ref()
                .and_then(|n| text(n, language))
            {
                records.entry(record.id()).or_insert(name);
            }
        }
        let mut codes = HashMap::new();
        if let serde_json::Value::Object(lists) = kirjuri_model::vocabularies_as_json() {
            for list in lists.values() {
                for entry in list.as_array().into_iter().flatten() {
                    if let (Some(code), Some(label)) =
                        (entry["code"].as_str(), entry[language.code()].as_str())
                    {
                        codes.insert(code.to_string(), label.to_string());
                    }
                }
            }
        }
        Names {
            language,
            records,
            codes,
        }
    }

    fn value(&self, value: &Option<String>) -> Option<String> {
        let value = value.as_ref()?;
        let yes_no = |yes: bool| {
            let [sv, fi, en] = if yes {
                ["ja", "kyllä", "yes"]
            } else {
                ["nej", "ei", "no"]
            };
            match self.language {
                Language::Sv => sv,
                Language::Fi => fi,
                Language::En => en,
            }
            .to_string()
        };
        Some(match value.as_str() {
            "true" => yes_no(true),
            "false" => yes_no(false),
            other => match Uuid::parse_str(other) {
                Ok(id) => self
                    .records
                    .get(&id)
                    .cloned()
                    .unwrap_or_else(|| other.to_string()),
                Err(_) => self
                    .codes
                    .get(other)
                    .cloned()
                    .unwrap_or_else(|| other.to_string()),
            },
        })
    }

    fn conflict(&self, conflict: &Conflict, left: bool) -> ReportConflict {
        let outcome = if left {
            Outcome::KeptMine
        } else if let Some(text) = &conflict.written {
            Outcome::Wrote(text.clone())
        } else if conflict.took_theirs {
            Outcome::TookTheirs
        } else if conflict.chosen {
            Outcome::KeptMine
        } else {
            Outcome::Open
        };
        ReportConflict {
            field: conflict.field.clone(),
            mine: self.value(&conflict.mine),
            theirs: self.value(&conflict.theirs),
            outcome,
        }
    }

    fn item(&self, item: &ReviewItem) -> ReportItem {
        let change = item.change.as_ref();
        let verb = match change.map(|c| c.verb) {
            Some(SummaryVerb::Created) => ReportVerb::Created,
            Some(SummaryVerb::Deleted) => ReportVerb::Deleted,
            _ => ReportVerb::Changed,
        };
        let outcome = match (&item.not_merged, item.left, item.taken) {
            (Some(why), _, _) => Outcome::NotMerged(why.clone()),
            (None, true, _) => Outcome::Left,
            (None, false, true) => Outcome::Taken,
            (None, false, false) if item.conflicts.iter().any(|c| !c.chosen) => Outcome::Open,
            (None, false, false) => Outcome::KeptMine,
        };
        ReportItem {
            kind: item.kind,
            name: item.name.as_ref().and_then(|n| text(n, self.language)),
            verb,
            who: change.and_then(|c| c.who.clone()),
            at: change.and_then(|c| c.at.as_deref().map(when)),
            fields: change
                .map(|c| {
                    c.fields
                        .iter()
                        // A translation's mark of its source follows its text.
                        .filter(|f| f.field != "id" && !f.field.contains("translated_from"))
                        .map(|f| ReportField {
                            field: f.field.clone(),
                            old: self.value(&f.old),
                            new: self.value(&f.new),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            conflicts: item
                .conflicts
                .iter()
                .map(|c| self.conflict(c, item.left))
                .collect(),
            outcome,
        }
    }
}
