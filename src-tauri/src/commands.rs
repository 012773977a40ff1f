//! The commands the UI calls. Each is thin: it takes the state, calls one
//! library function and maps the error to the one `UiError`. Commands that
//! may show a dialog are `async`, so that the dialog blocks a worker thread
//! and not the window.

use crate::contract::{Args, Reply};
use crate::error::{ErrorCode, UiError};
use crate::files::{self, FileChoice, FileKind};
use crate::state::{file_name, AppState, DocumentView};
use chrono::{Local, NaiveDate};
use kirjuri_export::{pdf, xlsx, ExportOptions};
use kirjuri_model::geography::{self, Adequacy};
use kirjuri_model::templates::{self, NewDocument, RetentionPeriod, SystemEntry};
use kirjuri_model::terminology::*;
use kirjuri_model::{Edit, Language, LocalizedText, Record, RecordKind, RegisterId};
use kirjuri_store::{Copy, Store, StoreError};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Runtime, State, WebviewWindow};
use tauri_plugin_opener::OpenerExt;
use ts_rs::TS;
use uuid::Uuid;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Shows the open file's name in the window title.
fn show_title<R: Runtime>(window: &WebviewWindow<R>, view: Option<&DocumentView>) {
    let title = match view {
        Some(view) => format!("{} – Kirjuri", view.file_name),
        None => "Kirjuri".to_string(),
    };
    let _ = window.set_title(&title);
}

/// Makes `store` the open document, for the commands that open or create one.
fn opened<R: Runtime>(
    state: &AppState,
    window: &WebviewWindow<R>,
    store: Store,
) -> Option<DocumentView> {
    let view = state.set_store(store);
    show_title(window, Some(&view));
    Some(view)
}

arguments! {
    pub struct NewDocumentArgs {
        pub target: FileChoice,
        pub organisation_name: LocalizedText,
        pub business_id: Option<String>,
        pub working_language: Option<Language>,
    }
}

#[tauri::command]
pub async fn new_document<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    args: Args<NewDocumentArgs>,
) -> Reply<NewDocumentArgs> {
    let NewDocumentArgs {
        target,
        organisation_name,
        business_id,
        working_language,
    } = args.0;
    let Some(path) = files::save_path(&app, target, FileKind::Document) else {
        return Ok(None);
    };
    let mut document = kirjuri_model::Document::new(organisation_name);
    document.organisation.business_id = business_id.unwrap_or_default().trim().to_owned();
    document.organisation.working_language = working_language;
    let store = Store::create_from(&path, &document, &state.user_name())?;
    Ok(opened(&state, &window, store))
}

arguments! {
    pub struct NewDocumentFromGuideArgs {
        pub target: FileChoice,
        pub guide: NewDocument,
    }
}

/// Creates a document from the new-document guide's answers: the company, its
/// country and the chosen register templates and catalogue systems.
#[tauri::command]
pub async fn new_document_from_guide<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    args: Args<NewDocumentFromGuideArgs>,
) -> Reply<NewDocumentFromGuideArgs> {
    let NewDocumentFromGuideArgs { target, guide } = args.0;
    let document = templates::new_document(&guide)?;
    let Some(path) = files::save_path(&app, target, FileKind::Document) else {
        return Ok(None);
    };
    let store = Store::create_from(&path, &document, &state.user_name())?;
    Ok(opened(&state, &window, store))
}

arguments! {
    pub struct OpenDocumentArgs {
        pub target: FileChoice,
    }
}

#[tauri::command]
pub async fn open_document<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    args: Args<OpenDocumentArgs>,
) -> Reply<OpenDocumentArgs> {
    let Some(path) = files::open_path(&app, args.0.target, FileKind::Document) else {
        return Ok(None);
    };
    let user = state.user_name();
    let store = match Store::open(&path, &user) {
        // A file without write permission, or on read-only media: read it.
        Err(StoreError::NotWritable(_)) => Store::open_read_only(&path)?,
        Err(StoreError::InUse {
            path,
            holder,
            may_be_broken,
        }) => {
            state.remember_refused(&path, holder.as_deref().cloned());
            let error = StoreError::InUse {
                path,
                holder,
                may_be_broken,
            };
            // The UI offers to break a lock only when it may be broken
            // (`ErrorCode::InUseBreakable`).
            return Err(error.into());
        }
        other => other?,
    };
    Ok(opened(&state, &window, store))
}

arguments! {
    pub struct OpenRefusedArgs {
        pub break_lock: bool,
    }
}

/// Opens the file last refused as in use: read-only, or for editing after
/// breaking the lock the user was shown (and confirmed breaking).
#[tauri::command]
pub async fn open_refused<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    args: Args<OpenRefusedArgs>,
) -> Reply<OpenRefusedArgs> {
    let Some((path, holder)) = state.take_refused() else {
        return Ok(None);
    };
    let store = if args.0.break_lock {
        Store::open_breaking_lock(&path, &state.user_name(), holder.as_ref())?
    } else {
        Store::open_read_only(&path)?
    };
    Ok(opened(&state, &window, store))
}

arguments! {
    pub struct OpenExampleArgs {
        pub target: FileChoice,
    }
}

/// Saves a copy of the example company where the user says and opens it.
#[tauri::command]
pub async fn open_example<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    args: Args<OpenExampleArgs>,
) -> Reply<OpenExampleArgs> {
    let Some(path) = files::save_path(&app, args.0.target, FileKind::Document) else {
        return Ok(None);
    };
    let store = Store::create_from(
        &path,
        &kirjuri_model::example::btb_plaza(),
        &state.user_name(),
    )?;
    Ok(opened(&state, &window, store))
}

arguments! {
    pub struct SaveCopyArgs {
        pub target: FileChoice,
        pub with_history: bool,
    }
}

/// Saves a copy of the open document, with or without its history (a copy to
/// send holds the current document only); the open document stays the same file.
#[tauri::command]
pub async fn save_copy<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<SaveCopyArgs>,
) -> Reply<SaveCopyArgs> {
    let SaveCopyArgs {
        target,
        with_history,
    } = args.0;
    let Some(path) = files::save_path(&app, target, FileKind::Document) else {
        return Ok(None);
    };
    let user = state.user_name();
    let copy = if with_history {
        Copy::WithHistory
    } else {
        Copy::WithoutHistory
    };
    state.with_store(|store| Ok(store.save_copy(&path, copy, &user)?))?;
    Ok(Some(path))
}

arguments! {
    pub struct CloseDocumentArgs {}
    pub struct StartupFileArgs {}
    pub struct RecentDocumentsArgs {}
    pub struct GetDocumentArgs {}
}

#[tauri::command]
pub fn close_document<R: Runtime>(
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
) -> Reply<CloseDocumentArgs> {
    state.close_store();
    show_title(&window, None);
    Ok(())
}

/// The file named on the command line, if any.
#[tauri::command]
pub fn startup_file(state: State<'_, AppState>) -> Reply<StartupFileArgs> {
    Ok(state.startup_file.clone())
}

/// A file on the start screen's list of recent files.
#[derive(Debug, Serialize, TS)]
pub struct RecentDocument {
    path: PathBuf,
    file_name: String,
    exists: bool,
}

#[tauri::command]
pub fn recent_documents(state: State<'_, AppState>) -> Reply<RecentDocumentsArgs> {
    let recent = state.settings().recent;
    Ok(recent
        .into_iter()
        .map(|path| RecentDocument {
            file_name: file_name(&path),
            exists: path.is_file(),
            path,
        })
        .collect())
}

#[tauri::command]
pub fn get_document(state: State<'_, AppState>) -> Reply<GetDocumentArgs> {
    match state.with_session(|session| Ok(session.view())) {
        Ok(view) => Ok(Some(view)),
        Err(error) if error.code == ErrorCode::NoDocument => Ok(None),
        Err(error) => Err(error),
    }
}

arguments! {
    pub struct ApplyEditsArgs {
        pub edits: Vec<Edit>,
    }
}

/// Applies the edits as one change, saved at once, and returns what changed.
#[tauri::command]
pub fn apply_edits(
    state: State<'_, AppState>,
    args: Args<ApplyEditsArgs>,
) -> Reply<ApplyEditsArgs> {
    let user = state.user_name();
    state.with_session(|session| Ok(session.apply(&user, &args.0.edits)?))
}

arguments! {
    pub struct DeleteAndForgetRequestsArgs {
        pub ids: Vec<Uuid>,
    }
}

/// Deletes the old data-subject requests the user confirmed and forgets them
/// from the history at once (they hold who asked); returns what changed.
#[tauri::command]
pub fn delete_and_forget_requests(
    state: State<'_, AppState>,
    args: Args<DeleteAndForgetRequestsArgs>,
) -> Reply<DeleteAndForgetRequestsArgs> {
    let user = state.user_name();
    state.with_session(|session| {
        Ok(session.delete_and_forget(&user, RecordKind::DataSubjectRequest, &args.0.ids)?)
    })
}

arguments! {
    pub struct UndoArgs {}
    pub struct RedoArgs {}
}

#[tauri::command]
pub fn undo(state: State<'_, AppState>) -> Reply<UndoArgs> {
    let user = state.user_name();
    state.with_session(|session| Ok(session.undo(&user)?))
}

#[tauri::command]
pub fn redo(state: State<'_, AppState>) -> Reply<RedoArgs> {
    let user = state.user_name();
    state.with_session(|session| Ok(session.redo(&user)?))
}

arguments! {
    pub struct GetFindingsArgs {
        pub language: Option<Language>,
    }
    pub struct PanelFindingsArgs {
        pub language: Option<Language>,
    }
}

/// The findings as of this moment (a breach's 72 hours run by the hour); texts
/// missing in `language` are reported when it is given.
#[tauri::command]
pub fn get_findings(
    state: State<'_, AppState>,
    args: Args<GetFindingsArgs>,
) -> Reply<GetFindingsArgs> {
    state.with_session(|session| Ok(session.findings(args.0.language)))
}

/// The findings panel's whole list (checked in `language`, as `get_findings`)
/// and its generation; each change then answers with splices of it.
#[tauri::command]
pub fn panel_findings(
    state: State<'_, AppState>,
    args: Args<PanelFindingsArgs>,
) -> Reply<PanelFindingsArgs> {
    state.with_session(|session| Ok(session.panel_findings(args.0.language)))
}

arguments! {
    pub struct GetCalendarArgs {}
    pub struct GetHistoryArgs {}
}

/// What falls due (deletion routines, register reviews, request answers,
/// breach notifications), earliest first, as of this moment.
#[tauri::command]
pub fn get_calendar(state: State<'_, AppState>) -> Reply<GetCalendarArgs> {
    state.with_session(|session| Ok(session.calendar()))
}

#[tauri::command]
pub fn get_history(state: State<'_, AppState>) -> Reply<GetHistoryArgs> {
    state.with_store(|store| Ok(store.history()?))
}

/// A country as the dropdowns list it.
#[derive(Debug, Serialize, TS)]
pub struct CountryOption {
    code: String,
    eea: bool,
    adequacy: Option<Adequacy>,
    sv: String,
    fi: String,
    en: String,
}

/// A register template as the guide lists it.
#[derive(Debug, Serialize, TS)]
pub struct TemplateView {
    id: &'static str,
    name: &'static LocalizedText,
    description: &'static LocalizedText,
    /// What the template suggests for the register's questions, for the
    /// guide to say before the user picks it (each to confirm where asked).
    answers: templates::SuggestedAnswers,
}

/// What `template` suggests for a register's questions, as its register
/// carries them (the same in either country: only the statutes differ);
/// each is an answer only once confirmed where it is asked.
fn template_suggestions(template: &templates::RegisterTemplate) -> templates::SuggestedAnswers {
    let register = template
        .records(templates::Jurisdiction::Finland)
        .into_iter()
        .find_map(|record| match record {
            Record::Register(register) => Some(register),
            _ => None,
        })
        .expect("a template makes a register");
    // Nothing is answered for the user: the register holds suggestions only.
    debug_assert_eq!(
        register.transfers_outside_eea,
        kirjuri_model::Answer::NotAnswered
    );
    register.suggested_answers
}

/// The register templates, the systems catalogue and the statutory retention periods.
#[derive(Debug, Serialize, TS)]
pub struct CatalogueView {
    templates: Vec<TemplateView>,
    systems: &'static [SystemEntry],
    retention_periods: &'static [RetentionPeriod],
}

arguments! {
    pub struct GetCatalogueArgs {}
}

#[tauri::command]
pub fn get_catalogue() -> Reply<GetCatalogueArgs> {
    Ok(CatalogueView {
        templates: templates::templates()
            .iter()
            .map(|t| TemplateView {
                id: &t.id,
                name: &t.name,
                description: &t.description,
                answers: template_suggestions(t),
            })
            .collect(),
        systems: templates::systems(),
        retention_periods: templates::retention_periods(),
    })
}

arguments! {
    pub struct CatalogueProcessorArgs {
        pub id: String,
    }
    pub struct CatalogueSystemForRegisterArgs {
        pub id: String,
        pub register: RegisterId,
    }
    pub struct CatalogueRetentionRuleArgs {
        pub id: String,
        pub register: RegisterId,
    }
}

/// A catalogue system as a new processor record, for the UI to add with `apply_edits`.
#[tauri::command]
pub fn catalogue_processor(args: Args<CatalogueProcessorArgs>) -> Reply<CatalogueProcessorArgs> {
    let id = args.0.id;
    templates::system(&id)
        .map(SystemEntry::to_processor)
        .ok_or_else(|| {
            UiError::new(
                ErrorCode::UnknownCatalogueEntry,
                format!("no system '{id}'"),
            )
        })
}

/// A catalogue system for `register`: the processor, its link to the register
/// and the transfer the catalogue states, for the UI to add with `apply_edits`.
#[tauri::command]
pub fn catalogue_system_for_register(
    args: Args<CatalogueSystemForRegisterArgs>,
) -> Reply<CatalogueSystemForRegisterArgs> {
    let CatalogueSystemForRegisterArgs { id, register } = args.0;
    templates::system(&id)
        .map(|system| system.records_for(register))
        .ok_or_else(|| {
            UiError::new(
                ErrorCode::UnknownCatalogueEntry,
                format!("no system '{id}'"),
            )
        })
}

/// A statutory retention period as a new rule of `register`, for the UI to add with `apply_edits`.
#[tauri::command]
pub fn catalogue_retention_rule(
    args: Args<CatalogueRetentionRuleArgs>,
) -> Reply<CatalogueRetentionRuleArgs> {
    let CatalogueRetentionRuleArgs { id, register } = args.0;
    templates::retention_period(&id)
        .map(|period| period.to_rule(register))
        .ok_or_else(|| {
            UiError::new(
                ErrorCode::UnknownCatalogueEntry,
                format!("no retention period '{id}'"),
            )
        })
}

/// One value of a vocabulary and its labels.
#[derive(Debug, Serialize, TS)]
pub struct VocabularyEntry<V> {
    code: V,
    sv: String,
    fi: String,
    en: String,
}

fn entries<V: Vocabulary>() -> Vec<VocabularyEntry<V>> {
    V::all()
        .iter()
        .map(|&code| VocabularyEntry {
            code,
            sv: code.label(Language::Sv).to_string(),
            fi: code.label(Language::Fi).to_string(),
            en: code.label(Language::En).to_string(),
        })
        .collect()
}

/// Declares `Vocabularies` with one list per vocabulary, each named as the
/// vocabulary is (`Vocabulary::NAME`, which a test compares).
macro_rules! vocabularies {
    ($( $field:ident: $vocabulary:ty, )+) => {
        /// Every vocabulary with its labels, the countries and their
        /// authorities, for the dropdowns.
        #[derive(Debug, Serialize, TS)]
        pub struct Vocabularies {
            $( $field: Vec<VocabularyEntry<$vocabulary>>, )+
            country: Vec<CountryOption>,
            /// The default supervisory authority of each country that has
            /// one (by country code), to show beside the override.
            authority: BTreeMap<String, LocalizedText>,
            /// For "N answered requests are older than five years" beside the model's finding.
            answered_request_kept_years: u32,
        }

        fn vocabularies() -> Vocabularies {
            Vocabularies {
                $( $field: entries::<$vocabulary>(), )+
                country: countries(),
                authority: authorities(),
                answered_request_kept_years: kirjuri_model::paperwork::ANSWERED_REQUEST_KEPT_YEARS,
            }
        }

        #[cfg(test)]
        const VOCABULARY_NAMES: &[(&str, &str)] = &[$( (stringify!($field), <$vocabulary as Vocabulary>::NAME), )+];
    };
}

vocabularies! {
    legal_basis: LegalBasis,
    special_category_condition: SpecialCategoryCondition,
    special_category: SpecialCategory,
    data_subject_right: DataSubjectRight,
    transfer_mechanism: TransferMechanism,
    processing_role: ProcessingRole,
    recipient_kind: RecipientKind,
    source_kind: SourceKind,
    measure_kind: MeasureKind,
    change_logging: ChangeLogging,
    retention_trigger: RetentionTrigger,
    deletion_method: DeletionMethod,
    cookie_class: CookieClass,
    cookie_duration: CookieDuration,
    agreement_kind: AgreementKind,
    hosting: Hosting,
    dpia_status: DpiaStatus,
    item_requirement: ItemRequirement,
    provision_requirement: ProvisionRequirement,
    breach_risk: BreachRisk,
    dpia_criterion: DpiaCriterion,
    dpia_listed_processing: DpiaListedProcessing,
    list_qualifier: ListQualifier,
    answer: Answer,
    template_section: TemplateSection,
}

fn countries() -> Vec<CountryOption> {
    geography::countries()
        .iter()
        .map(|c| CountryOption {
            code: c.code.clone(),
            eea: c.eea,
            adequacy: c.adequacy,
            sv: c.name(Language::Sv).to_string(),
            fi: c.name(Language::Fi).to_string(),
            en: c.name(Language::En).to_string(),
        })
        .collect()
}

fn authorities() -> BTreeMap<String, LocalizedText> {
    geography::countries()
        .iter()
        .filter_map(|country| {
            let authority = geography::default_supervisory_authority(&country.code)?;
            Some((country.code.clone(), authority.name.clone()))
        })
        .collect()
}

arguments! {
    pub struct GetVocabulariesArgs {}
}

#[tauri::command]
pub fn get_vocabularies() -> Reply<GetVocabulariesArgs> {
    Ok(vocabularies())
}

/// The app's settings as the window shows them.
#[derive(Debug, Serialize, TS)]
pub struct SettingsView {
    user_name: String,
    effective_user_name: String,
    language: Option<Language>,
}

fn settings_view(state: &AppState) -> SettingsView {
    let settings = state.settings();
    SettingsView {
        effective_user_name: settings.effective_user_name(),
        user_name: settings.user_name,
        language: settings.language,
    }
}

arguments! {
    pub struct GetSettingsArgs {}
    pub struct SetSettingsArgs {
        pub user_name: String,
        pub language: Option<Language>,
    }
}

#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Reply<GetSettingsArgs> {
    Ok(settings_view(&state))
}

#[tauri::command]
pub fn set_settings(
    state: State<'_, AppState>,
    args: Args<SetSettingsArgs>,
) -> Reply<SetSettingsArgs> {
    let SetSettingsArgs {
        user_name,
        language,
    } = args.0;
    state.update_settings(|settings| {
        settings.user_name = user_name.trim().to_string();
        settings.language = language;
    });
    Ok(settings_view(&state))
}

/// Exports with `export`, writes the bytes where the user chose, and returns
/// the path. A typed path that holds a file is replaced only with `replace`
/// (the window asked the user first); otherwise the answer is `FileExists`.
fn export_to<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    target: FileChoice,
    replace: bool,
    kind: FileKind,
    language: Language,
    export: impl FnOnce(
        &kirjuri_model::Document,
        &ExportOptions,
    ) -> Result<Vec<u8>, kirjuri_export::ExportError>,
) -> Result<Option<PathBuf>, UiError> {
    let Some(place) = files::export_place(app, target, kind, replace)? else {
        return Ok(None);
    };
    // The export runs on a copy of the document, after the store is let go:
    // the window saves edits meanwhile.
    let (document, options) = state.with_store(|store| {
        if same_file(&place.path, store.path()) {
            return Err(UiError::new(
                ErrorCode::FileExists,
                "the export would overwrite the open document",
            ));
        }
        let options = ExportOptions {
            language,
            printed_on: today(),
            last_changed: store.last_changed(),
        };
        Ok((store.document().clone(), options))
    })?;
    let bytes = export(&document, &options)?;
    files::write_export(&place, &bytes)?;
    state.remember_export(&place.path);
    Ok(Some(place.path))
}

fn same_file(a: &Path, b: &Path) -> bool {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    canonical(a) == canonical(b)
}

arguments! {
    /// Where to export a document of the whole organisation, and in which language.
    pub struct ExportRecordPdfArgs {
        pub target: FileChoice,
        /// A typed path that holds a file is replaced (the window asked the user).
        pub replace: bool,
        pub language: Language,
    }
    pub struct ExportProcessorRecordPdfArgs {
        pub target: FileChoice,
        pub replace: bool,
        pub language: Language,
    }
    pub struct ExportXlsxArgs {
        pub target: FileChoice,
        pub replace: bool,
        pub language: Language,
    }
    /// Where to export the notice of `register`, and in which language.
    pub struct ExportNoticePdfArgs {
        pub target: FileChoice,
        pub replace: bool,
        pub language: Language,
        pub register: RegisterId,
    }
    pub struct ExportNoticeHtmlArgs {
        pub target: FileChoice,
        pub replace: bool,
        pub language: Language,
        pub register: RegisterId,
    }
}

#[tauri::command]
pub async fn export_record_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<ExportRecordPdfArgs>,
) -> Reply<ExportRecordPdfArgs> {
    let ExportRecordPdfArgs {
        target,
        replace,
        language,
    } = args.0;
    export_to(
        &app,
        &state,
        target,
        replace,
        FileKind::Pdf,
        language,
        pdf::export_record_pdf,
    )
}

/// The record kept as processor (Art. 30(2)), the controllers the organisation processes for.
#[tauri::command]
pub async fn export_processor_record_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<ExportProcessorRecordPdfArgs>,
) -> Reply<ExportProcessorRecordPdfArgs> {
    let ExportProcessorRecordPdfArgs {
        target,
        replace,
        language,
    } = args.0;
    export_to(
        &app,
        &state,
        target,
        replace,
        FileKind::Pdf,
        language,
        pdf::export_processor_record_pdf,
    )
}

#[tauri::command]
pub async fn export_notice_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<ExportNoticePdfArgs>,
) -> Reply<ExportNoticePdfArgs> {
    let ExportNoticePdfArgs {
        target,
        replace,
        language,
        register,
    } = args.0;
    export_to(
        &app,
        &state,
        target,
        replace,
        FileKind::Pdf,
        language,
        |document, options| pdf::export_notice_pdf(document, register, options),
    )
}

#[tauri::command]
pub async fn export_notice_html<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<ExportNoticeHtmlArgs>,
) -> Reply<ExportNoticeHtmlArgs> {
    let ExportNoticeHtmlArgs {
        target,
        replace,
        language,
        register,
    } = args.0;
    export_to(
        &app,
        &state,
        target,
        replace,
        FileKind::Html,
        language,
        |document, options| kirjuri_export::export_notice_html(document, register, options),
    )
}

#[tauri::command]
pub async fn export_xlsx<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<ExportXlsxArgs>,
) -> Reply<ExportXlsxArgs> {
    let ExportXlsxArgs {
        target,
        replace,
        language,
    } = args.0;
    export_to(
        &app,
        &state,
        target,
        replace,
        FileKind::Xlsx,
        language,
        xlsx::export_xlsx,
    )
}

arguments! {
    pub struct OpenPathArgs {
        pub path: PathBuf,
    }
}

/// Opens a file this session exported with the system's default app. Other
/// paths are refused, so the page cannot make the app open arbitrary files.
#[tauri::command]
pub fn open_path<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: Args<OpenPathArgs>,
) -> Reply<OpenPathArgs> {
    let path = args.0.path;
    if !state.was_exported(&path) {
        return Err(UiError::new(
            ErrorCode::NotExported,
            "only files exported in this session can be opened",
        ));
    }
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|error| UiError::new(ErrorCode::Io, error))
}

arguments! {
    pub struct PreviewNoticeArgs {
        pub register: RegisterId,
        pub language: Language,
    }
    pub struct ExportDraftReasonsArgs {
        pub register: Option<RegisterId>,
        pub language: Option<Language>,
    }
}

/// The privacy notice of `register` as the HTML page `export_notice_html`
/// writes, for the editor's preview: the same content as the exported files.
#[tauri::command]
pub fn preview_notice(
    state: State<'_, AppState>,
    args: Args<PreviewNoticeArgs>,
) -> Reply<PreviewNoticeArgs> {
    let PreviewNoticeArgs { register, language } = args.0;
    state.with_store(|store| {
        let options = ExportOptions {
            language,
            printed_on: today(),
            last_changed: store.last_changed(),
        };
        let page = kirjuri_export::export_notice_html(store.document(), register, &options)?;
        Ok(String::from_utf8_lossy(&page).into_owned())
    })
}

/// The open findings that make an export a draft, as the exporter decides
/// them: those of the notice of `register`, or of the record of processing
/// when no register is given. The export dialog lists them.
#[tauri::command]
pub fn export_draft_reasons(
    state: State<'_, AppState>,
    args: Args<ExportDraftReasonsArgs>,
) -> Reply<ExportDraftReasonsArgs> {
    let ExportDraftReasonsArgs { register, language } = args.0;
    state.with_store(|store| {
        let options = kirjuri_export::ExportOptions {
            language: language.unwrap_or(Language::Sv),
            printed_on: today(),
            last_changed: store.last_changed(),
        };
        Ok(match register {
            Some(register) => {
                kirjuri_export::notice_draft_reasons(store.document(), register, &options)
            }
            None => kirjuri_export::record_draft_reasons(store.document(), &options),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The typed vocabularies are the model's, each under its name.
    #[test]
    fn the_vocabularies_are_the_models() {
        for (field, name) in VOCABULARY_NAMES {
            assert_eq!(field, name);
        }
        let typed = serde_json::to_value(vocabularies()).unwrap();
        let model = kirjuri_model::vocabularies_as_json();
        let model = model.as_object().unwrap();
        for (name, list) in model {
            assert_eq!(&typed[name], list, "{name}");
        }
        assert_eq!(typed.as_object().unwrap().len(), model.len() + 3);
        assert_eq!(typed["country"][0]["code"].as_str().unwrap().len(), 2);
        assert!(typed["authority"]["FI"]["sv"].is_string());
    }

    /// The guide says what each template suggests before it is picked, and
    /// a suggestion is never an answer (issue 21: confirmed where it is asked).
    #[test]
    fn each_template_says_what_it_suggests() {
        let catalogue = serde_json::to_value(get_catalogue().unwrap()).unwrap();
        let templates = catalogue["templates"].as_array().unwrap();
        assert!(!templates.is_empty());
        for template in templates {
            let answers = &template["answers"];
            assert!(answers["role"].is_string(), "{template}");
            for question in [
                "automated_decisions",
                "transfers_outside_eea",
                "regular_disclosures",
            ] {
                let suggestion = &answers[question];
                assert!(
                    suggestion.is_null() || ["yes", "no"].contains(&suggestion.as_str().unwrap()),
                    "{question} of {}",
                    template["id"]
                );
            }
        }
    }
}
