//! The `kirjuri` command line: create, import, export, check, edit, undo,
//! copy and forget in Kirjuri documents without the desktop app. Scripts rely on the exact forms and exit statuses:
//! 0 success, 1 `check` found errors, 2 the command failed (one line on stderr,
//! nothing written).

use clap::{Parser, Subcommand, ValueEnum};
use kirjuri_export::ExportOptions;
use kirjuri_model::templates::{new_document, Jurisdiction, NewDocument};
use kirjuri_model::{Document, Edit, Language, LocalizedText, Severity};
use kirjuri_session::{Session, UndoResult};
use kirjuri_store::compare::{
    CompareOptions, Comparison, ConflictReason, Lineage, MergeError, Policy, Side,
};
use kirjuri_store::{ChangeSummary, EditAction, Store, SummaryVerb};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use uuid::Uuid;

#[derive(Debug, Parser)]
#[command(
    name = "kirjuri",
    version,
    about = "GDPR documentation in one portable .sqlite file"
)]
struct Cli {
    /// The name recorded in the change history (default: $USER).
    #[arg(long, global = true)]
    user: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a new document, empty or with registers from templates.
    New {
        file: PathBuf,
        /// The organisation's name.
        #[arg(long)]
        name: String,
        /// FI or SE: sets the supervisory authority and the statutes the templates cite.
        #[arg(long, value_enum)]
        country: Option<CountryArg>,
        /// Y-tunnus or organisationsnummer.
        #[arg(long)]
        business_id: Option<String>,
        /// A register template to start from (see `kirjuri templates`); repeat for more.
        #[arg(long = "template", value_name = "ID", requires = "country")]
        templates: Vec<String>,
    },
    /// List the register templates a new document can start from.
    Templates {
        #[arg(long, default_value = "en")]
        lang: Language,
    },
    /// Create FILE from a Kirjuri JSON document, or from an old register
    /// description or privacy notice (.docx, .odt, .pdf, .html, .txt; the kind
    /// is read from the content). Never overwrites FILE.
    Import {
        /// The JSON document or the description to read.
        #[arg(value_name = "INPUT")]
        json: PathBuf,
        file: PathBuf,
        /// The organisation's country, where the description does not make it clear.
        #[arg(long)]
        country: Option<CountryArg>,
        /// The language the description is written in, where the text does not make it clear.
        #[arg(long)]
        lang: Option<Language>,
        /// Print where each passage of the description was placed, and what was not placed.
        #[arg(long)]
        report: bool,
        /// FILE exists and holds the same description in another language:
        /// add this one as its translation, register by register, as one edit.
        #[arg(long)]
        translation: bool,
    },
    /// Write the document as JSON, PDF or Excel.
    #[command(subcommand)]
    Export(ExportCommand),
    /// List the findings of the completeness checks; exit status 1 when there are errors.
    Check {
        file: PathBuf,
        #[arg(long, default_value = "en")]
        lang: Language,
    },
    /// Print the change history.
    History { file: PathBuf },
    /// Write the example company (BTB Plaza), or a made-up document with N registers.
    Example {
        file: PathBuf,
        #[arg(long, value_name = "N")]
        synthetic: Option<usize>,
    },
    /// Apply one edit (a JSON list of record changes, docs/edits.md) as one transaction.
    Apply { file: PathBuf, edits: PathBuf },
    /// Undo the newest edit not yet undone.
    Undo { file: PathBuf },
    /// Redo the newest undo (none after a new edit).
    Redo { file: PathBuf },
    /// Write a copy of the document to OUT (never overwrites OUT).
    Copy {
        file: PathBuf,
        out: PathBuf,
        /// The copy holds the current document only, without the edit history.
        #[arg(long)]
        without_history: bool,
    },
    /// Remove a deleted record's contents from the history, and vacuum the file.
    Forget { file: PathBuf, record_id: Uuid },
    /// Compare two copies of a document: what each changed since they parted
    /// (docs/merge.md). Exit status 0 the same, 1 different, 2 failed.
    Diff {
        a: PathBuf,
        b: PathBuf,
        /// B is a document of another organisation: compare record by record anyway.
        #[arg(long)]
        different_organisation: bool,
    },
    /// Merge THEIRS into MINE as one edit: every change of THEIRS that does
    /// not conflict is taken, each conflict printed with both values. Exit
    /// status 0 merged, 1 conflicts remain (mine kept there), 2 failed.
    Merge {
        mine: PathBuf,
        theirs: PathBuf,
        /// Take THEIRS' value in every conflict.
        #[arg(long, conflicts_with = "keep_mine")]
        take_theirs: bool,
        /// Keep MINE's value in every conflict (the conflicts are declined).
        #[arg(long)]
        keep_mine: bool,
        /// THEIRS is a document of another organisation: merge record by record anyway.
        #[arg(long)]
        different_organisation: bool,
    },
}

#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// The whole document as Kirjuri JSON (stdout without -o).
    Json {
        file: PathBuf,
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// The record of processing or a register's privacy notice as PDF.
    Pdf {
        file: PathBuf,
        #[arg(long = "doc", value_enum)]
        document: PdfDocument,
        /// The register of a notice: its id, or its name in any language.
        #[arg(long)]
        register: Option<String>,
        #[arg(long)]
        lang: Language,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// A register's privacy notice as one standalone HTML page for a website.
    Html {
        file: PathBuf,
        /// The document to write; only the notice has an HTML form.
        #[arg(long = "doc", value_enum)]
        document: HtmlDocument,
        /// The register: its id, or its name in any language.
        #[arg(long)]
        register: String,
        #[arg(long)]
        lang: Language,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// The record of processing as an Excel workbook.
    Xlsx {
        file: PathBuf,
        #[arg(long)]
        lang: Language,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CountryArg {
    #[value(name = "FI", alias = "fi")]
    Fi,
    #[value(name = "SE", alias = "se")]
    Se,
}

impl From<CountryArg> for Jurisdiction {
    fn from(country: CountryArg) -> Jurisdiction {
        match country {
            CountryArg::Fi => Jurisdiction::Finland,
            CountryArg::Se => Jurisdiction::Sweden,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PdfDocument {
    Record,
    Notice,
    /// The record kept as processor (Art. 30(2)).
    ProcessorRecord,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum HtmlDocument {
    Notice,
}

/// A failure: one line for stderr.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error(transparent)]
    Store(#[from] kirjuri_store::StoreError),
    #[error(transparent)]
    Export(#[from] kirjuri_export::ExportError),
    #[error("{path}: {source}")]
    Json {
        path: PathBuf,
        source: kirjuri_model::exchange::ExchangeError,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Template(#[from] kirjuri_model::templates::TemplateError),
    #[error("{path}: not imported: {source}")]
    Import {
        path: PathBuf,
        source: kirjuri_import::ImportError,
    },
    #[error("{0}")]
    Usage(String),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            eprintln!("kirjuri: {}", first.trim_start_matches("error: "));
            return ExitCode::from(2);
        }
    };
    let user = cli
        .user
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "kirjuri".to_string());
    match run(cli.command, &user) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("kirjuri: {}", one_line(&error.to_string()));
            ExitCode::from(2)
        }
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn run(command: Command, user: &str) -> Result<ExitCode, CliError> {
    match command {
        Command::New {
            file,
            name,
            country: None,
            business_id,
            templates: _,
        } => {
            let mut document = Document::new(LocalizedText::same(name));
            document.organisation.business_id = business_id.unwrap_or_default();
            Store::create_from(&file, &document, user)?;
        }
        Command::New {
            file,
            name,
            country: Some(country),
            business_id,
            templates,
        } => {
            let document = new_document(&NewDocument {
                name,
                business_id: business_id.unwrap_or_default(),
                country: country.into(),
                templates,
                systems: Vec::new(),
                working_language: None,
            })?;
            Store::create_from(&file, &document, user)?;
        }
        Command::Templates { lang } => {
            let mut stdout = std::io::stdout().lock();
            for template in kirjuri_model::templates::templates() {
                let _ = writeln!(stdout, "{}\t{}", template.id, template.name.get(lang));
            }
        }
        Command::Import {
            json,
            file,
            country,
            lang,
            report,
            translation,
        } => {
            let bytes = std::fs::read(&json).map_err(|source| CliError::Io {
                path: json.clone(),
                source,
            })?;
            let is_json = bytes
                .iter()
                .find(|b| !b.is_ascii_whitespace())
                .is_some_and(|b| *b == b'{');
            if translation {
                let options = kirjuri_import::Options {
                    country: country.map(Jurisdiction::from),
                    language: lang,
                };
                let fail = |source| CliError::Import {
                    path: json.clone(),
                    source,
                };
                let imported = kirjuri_import::import(&bytes, &options).map_err(fail)?;
                let mut store = Store::open(&file, user)?;
                let translation =
                    kirjuri_import::translate::translation(store.document(), &imported)
                        .map_err(fail)?;
                if !translation.edits.is_empty() {
                    store.apply(user, &translation.edits)?;
                }
                println!(
                    "{} text(s) added in {}; {} part(s) of the description matched nothing",
                    translation.filled,
                    imported.language.code(),
                    translation.unmatched.len()
                );
                if report {
                    for line in &translation.unmatched {
                        println!("not matched\t{line}");
                    }
                }
                return Ok(ExitCode::SUCCESS);
            }
            if !is_json {
                if file.exists() {
                    return Err(CliError::Usage(format!(
                        "{} exists; import writes a new file and never overwrites one",
                        file.display()
                    )));
                }
                let options = kirjuri_import::Options {
                    country: country.map(Jurisdiction::from),
                    language: lang,
                };
                let imported = kirjuri_import::import(&bytes, &options).map_err(|source| {
                    CliError::Import {
                        path: json.clone(),
                        source,
                    }
                })?;
                if report {
                    print_import_report(&imported);
                }
                // The old text goes into the file with the document, for the
                // window's review view, until that review is finished.
                let file_name = json
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                Store::create_from(&file, &imported.document_for_review(&file_name), user)?;
                return Ok(ExitCode::SUCCESS);
            }
            let text = String::from_utf8(bytes)
                .map_err(|_| CliError::Usage(format!("{}: not UTF-8 JSON", json.display())))?;
            let document = kirjuri_model::exchange::from_json(&text)
                .map_err(|source| CliError::Json { path: json, source })?;
            Store::create_from(&file, &document, user)?;
        }
        Command::Export(export) => export_document(export)?,
        Command::Check { file, lang } => return check(&file, lang),
        Command::History { file } => print_history(&file)?,
        Command::Example { file, synthetic } => {
            let document = match synthetic {
                Some(registers) => kirjuri_model::example::synthetic(registers),
                None => kirjuri_model::example::btb_plaza(),
            };
            Store::create_from(&file, &document, user)?;
        }
        Command::Apply { file, edits } => {
            let text = std::fs::read_to_string(&edits).map_err(|source| CliError::Io {
                path: edits.clone(),
                source,
            })?;
            let edits: Vec<Edit> = serde_json::from_str(&text).map_err(|error| {
                CliError::Usage(format!(
                    "{}: not a list of edits ({error}); see docs/edits.md",
                    edits.display()
                ))
            })?;
            let view = Session::on(Store::open(&file, user)?).apply(user, &edits)?;
            let changes = &view.changes;
            println!(
                "{} record(s) changed",
                changes.changed.len() + changes.removed.len()
            );
        }
        Command::Undo { file } => {
            let undone = Session::on(Store::open(&file, user)?).undo(user)?;
            println!("{}", reverted_line("undid", "nothing to undo", &undone));
        }
        Command::Redo { file } => {
            let redone = Session::on(Store::open(&file, user)?).redo(user)?;
            println!("{}", reverted_line("redid", "nothing to redo", &redone));
        }
        Command::Copy {
            file,
            out,
            without_history,
        } => {
            let copy = if without_history {
                kirjuri_store::Copy::WithoutHistory
            } else {
                kirjuri_store::Copy::WithHistory
            };
            Store::open_read_only(&file)?.save_copy(&out, copy, user)?;
        }
        Command::Diff {
            a,
            b,
            different_organisation,
        } => return diff(&a, &b, different_organisation),
        Command::Merge {
            mine,
            theirs,
            take_theirs,
            keep_mine,
            different_organisation,
        } => {
            let policy = match (take_theirs, keep_mine) {
                (true, _) => Policy::TakeTheirs,
                (false, true) => Policy::KeepMine,
                (false, false) => Policy::Ask,
            };
            return merge(&mine, &theirs, policy, different_organisation, user);
        }
        Command::Forget { file, record_id } => {
            let forgotten = Store::open(&file, user)?.forget(user, record_id)?;
            println!("forgot {forgotten} deleted record(s); the file was vacuumed");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// "undid: deleted register "Kundregister" and 28 other records".
fn reverted_line(done: &str, nothing: &str, result: &UndoResult) -> String {
    match (&result.summary, result.undone) {
        (_, false) => nothing.to_string(),
        (Some(summary), true) => format!("{done}: {}", describe(summary)),
        (None, true) => format!("{done}: an edit"),
    }
}

fn describe(summary: &ChangeSummary) -> String {
    let verb = match summary.verb {
        SummaryVerb::Created => "created",
        SummaryVerb::Changed => "changed",
        SummaryVerb::Deleted => "deleted",
    };
    let kind = summary.kind.name().replace('_', " ");
    let name = summary
        .name
        .as_ref()
        .and_then(|name| name.resolve(Language::En).text().map(one_line))
        .map(|name| format!(" \"{name}\""))
        .unwrap_or_default();
    let others = match summary.others {
        0 => String::new(),
        1 => " and 1 other record".to_string(),
        n => format!(" and {n} other records"),
    };
    format!("{verb} {kind}{name}{others}")
}

fn export_options(store: &Store, language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: today(),
        last_changed: store.last_changed(),
    }
}

fn export_document(command: ExportCommand) -> Result<(), CliError> {
    match command {
        ExportCommand::Json { file, output } => {
            let store = Store::open_read_only(&file)?;
            let json = kirjuri_model::exchange::to_json(store.document());
            match output {
                Some(output) => write_whole(&output, json.as_bytes())?,
                None => {
                    let mut stdout = std::io::stdout().lock();
                    stdout
                        .write_all(json.as_bytes())
                        .and_then(|()| stdout.flush())
                        .map_err(|source| CliError::Io {
                            path: "stdout".into(),
                            source,
                        })?;
                }
            }
        }
        ExportCommand::Pdf {
            file,
            document,
            register,
            lang,
            output,
        } => {
            let store = Store::open_read_only(&file)?;
            let options = export_options(&store, lang);
            let doc = store.document();
            let exported = match (document, register) {
                (PdfDocument::Record, None) => kirjuri_export::record_pdf(doc, &options)?,
                (PdfDocument::ProcessorRecord, None) => {
                    kirjuri_export::processor_record_pdf(doc, &options)?
                }
                (PdfDocument::Record | PdfDocument::ProcessorRecord, Some(_)) => {
                    return Err(CliError::Usage(
                        "--register belongs to --doc notice only".into(),
                    ))
                }
                (PdfDocument::Notice, None) => {
                    return Err(CliError::Usage(
                        "--doc notice needs --register NAME_OR_ID".into(),
                    ))
                }
                (PdfDocument::Notice, Some(name)) => {
                    let register = find_register(doc, &name)?;
                    kirjuri_export::notice_pdf(doc, register, &options)?
                }
            };
            say_why_draft(&exported.draft_reasons, lang);
            write_whole(&output, &exported.bytes)?;
        }
        ExportCommand::Html {
            file,
            document: HtmlDocument::Notice,
            register,
            lang,
            output,
        } => {
            let store = Store::open_read_only(&file)?;
            let register = find_register(store.document(), &register)?;
            let bytes = kirjuri_export::export_notice_html(
                store.document(),
                register,
                &export_options(&store, lang),
            )?;
            write_whole(&output, &bytes)?;
        }
        ExportCommand::Xlsx { file, lang, output } => {
            let store = Store::open_read_only(&file)?;
            let bytes =
                kirjuri_export::xlsx::export_xlsx(store.document(), &export_options(&store, lang))?;
            write_whole(&output, &bytes)?;
        }
    }
    Ok(())
}

/// What an import made of each passage: `placed<TAB>where<TAB>passage` or
/// `not placed<TAB><TAB>passage`, then one summary line.
fn print_import_report(imported: &kirjuri_import::Imported) {
    let mut stdout = std::io::stdout().lock();
    for passage in &imported.passages {
        let _ = match &passage.place {
            Some(place) => writeln!(stdout, "placed\t{place}\t{}", passage.text),
            None => writeln!(stdout, "not placed\t\t{}", passage.text),
        };
    }
    let not_placed = imported.not_placed().count();
    let _ = writeln!(
        stdout,
        "{} register(s), {} passage(s) placed, {not_placed} not placed",
        imported.document.registers.len(),
        imported.passages.len() - not_placed
    );
}

/// A document exported with open errors carries the draft mark; stderr says
/// why, one line, then each error (the export itself succeeds).
fn say_why_draft(reasons: &[kirjuri_model::Finding], language: Language) {
    if reasons.is_empty() {
        return;
    }
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(
        stderr,
        "draft: exported with the draft mark because of {} open finding(s) (errors, unconfirmed suggested text, out-of-date translations); answer or confirm them for a final document:",
        reasons.len()
    );
    for finding in reasons {
        let _ = writeln!(
            stderr,
            "  {} {}\t{}",
            finding.kind,
            finding.field,
            finding.message.get(language)
        );
    }
}

fn find_register(
    document: &Document,
    name_or_id: &str,
) -> Result<kirjuri_model::RegisterId, CliError> {
    document
        .find_register(name_or_id)
        .map(|r| r.id)
        .ok_or_else(|| {
            let known: Vec<String> = document
                .registers
                .iter()
                .map(|r| {
                    format!(
                        "\"{}\"",
                        r.name
                            .resolve(Language::Sv)
                            .text()
                            .unwrap_or(kirjuri_model::checks::unnamed(Language::Sv))
                    )
                })
                .collect();
            CliError::Usage(format!(
                "no register named \"{name_or_id}\"; the document has {}",
                known.join(", ")
            ))
        })
}

/// Writes the output whole or not at all, replacing an older one
/// (`kirjuri_store::atomic`).
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    kirjuri_store::atomic::write(path, bytes, kirjuri_store::atomic::Placing::Replace).map_err(
        |source| CliError::Io {
            path: path.to_path_buf(),
            source,
        },
    )
}

fn check(file: &Path, language: Language) -> Result<ExitCode, CliError> {
    // As the window checks: as of this moment (a breach's 72 hours run by the hour).
    let session = Session::on(Store::open_read_only(file)?);
    let findings = session.findings(Some(language));
    let mut stdout = std::io::stdout().lock();
    let mut errors = 0;
    let mut answered = 0;
    for finding in &findings {
        // An answered finding (not applicable, accepted for now) is listed but not counted.
        let status = if finding.is_open() {
            if finding.severity == Severity::Error {
                errors += 1;
            }
            ""
        } else {
            answered += 1;
            " (answered)"
        };
        let _ = writeln!(
            stdout,
            "{}{status}\t{} {}\t{}\t{}",
            finding.severity.label(language),
            finding.kind,
            finding.id,
            finding.field,
            finding.message.get(language)
        );
    }
    let warnings = findings.len() - errors - answered;
    let _ = writeln!(
        stdout,
        "{errors} error(s), {warnings} warning(s), {answered} answered"
    );
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A field's value as the history and the comparison print it: one line,
/// or "∅" for none.
fn shown(value: &Option<String>) -> String {
    value
        .as_deref()
        .map(one_line)
        .unwrap_or_else(|| "∅".to_string())
}

fn print_history(file: &Path) -> Result<(), CliError> {
    let store = Store::open_read_only(file)?;
    let mut stdout = std::io::stdout().lock();
    for entry in store.history()? {
        let undo = match (entry.action, entry.undoes) {
            (EditAction::Undo, Some(n)) => format!(" (undo of #{n})"),
            (EditAction::Redo, Some(n)) => format!(" (redo: reverts the undo #{n})"),
            (EditAction::Forget, _) => " forgot deleted records".to_string(),
            _ => String::new(),
        };
        let _ = writeln!(
            stdout,
            "#{} {} {}{}",
            entry.edit, entry.at, entry.user, undo
        );
        // What the edit says of itself: a merge names the other file and what
        // it declined; a forget, what it re-sealed.
        if let Some(note) = entry.note.as_deref().filter(|n| !n.is_empty()) {
            for line in note.lines() {
                let _ = writeln!(stdout, "  note: {line}");
            }
        }
        for change in entry.changes {
            let _ = writeln!(
                stdout,
                "  {} {} {}: {} → {}",
                change.kind,
                change.id,
                change.field,
                shown(&change.old),
                shown(&change.new)
            );
        }
    }
    Ok(())
}

/// A merge or comparison that cannot be made, as one line.
fn merge_failed(error: MergeError) -> CliError {
    match error {
        MergeError::Store(error) => CliError::Store(error),
        other => CliError::Usage(other.to_string()),
    }
}

/// The same file named twice is refused before either is opened.
fn refuse_same_file(a: &Path, b: &Path) -> Result<(), CliError> {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) if x == y => Err(merge_failed(MergeError::SameFile(b.to_path_buf()))),
        _ => Ok(()),
    }
}

fn diff(a: &Path, b: &Path, different_organisation: bool) -> Result<ExitCode, CliError> {
    refuse_same_file(a, b)?;
    let mine = Store::open_read_only(a)?;
    let theirs = Store::open_read_only(b)?;
    let comparison = kirjuri_store::compare::compare(
        &mine,
        &theirs,
        CompareOptions {
            different_organisation,
        },
    )
    .map_err(merge_failed)?;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{}", lineage_line(&comparison, "A", "B"));
    print_changes(&mut stdout, &comparison, "A", "B");
    if comparison.is_same() {
        let _ = writeln!(stdout, "the same document");
        return Ok(ExitCode::SUCCESS);
    }
    Ok(ExitCode::from(1))
}

fn merge(
    mine_path: &Path,
    theirs_path: &Path,
    policy: Policy,
    different_organisation: bool,
    user: &str,
) -> Result<ExitCode, CliError> {
    refuse_same_file(mine_path, theirs_path)?;
    // The other copy first: a bad one is refused before MINE is opened for editing.
    let theirs = Store::open_read_only(theirs_path)?;
    kirjuri_store::lock::check_not_in_use(theirs_path)?;
    let mut mine = Store::open(mine_path, user)?;
    let plan = kirjuri_store::compare::plan_merge(
        &mine,
        &theirs,
        policy,
        CompareOptions {
            different_organisation,
        },
    )
    .map_err(merge_failed)?;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(
        stdout,
        "{}",
        lineage_line(&plan.comparison, "mine", "theirs")
    );
    let names: std::collections::HashMap<_, _> = plan
        .comparison
        .changes
        .iter()
        .filter(|c| c.side == Side::Theirs)
        .map(|c| ((c.kind, c.id), c))
        .collect();
    for ((kind, id), verb) in &plan.taken {
        let name = names
            .get(&(*kind, *id))
            .and_then(|c| c.name.as_ref())
            .and_then(|n| n.resolve(Language::En).text().map(one_line))
            .map(|n| format!(" \"{n}\""))
            .unwrap_or_default();
        let _ = writeln!(
            stdout,
            "took: {} {}{name} ({id})",
            verb_word(*verb),
            kind.name().replace('_', " ")
        );
    }
    for key in &plan.brought_along {
        let _ = writeln!(
            stdout,
            "brought along: {} {} (a merged record refers to it)",
            key.0, key.1
        );
    }
    for conflict in &plan.conflicts {
        let show = |value: &Option<String>| match value {
            Some(value) => format!("\"{}\"", one_line(value)),
            None => "(none)".to_string(),
        };
        let what = match conflict.reason {
            ConflictReason::BothChanged => "both changed it",
            ConflictReason::DeletedInMine => "mine deleted it, theirs changed it",
            ConflictReason::DeletedInTheirs => {
                "theirs deleted it, mine changed it or what refers to it"
            }
            ConflictReason::Differs => "the copies differ",
        };
        let field = if conflict.field.is_empty() {
            "(record)".to_string()
        } else {
            conflict.field.clone()
        };
        let outcome = match (policy, conflict.took_theirs) {
            (_, true) => "took theirs",
            (Policy::KeepMine, false) => "kept mine",
            _ => "open: mine kept",
        };
        let _ = writeln!(
            stdout,
            "conflict: {} {} {field}: mine {} | theirs {} ({what}; {outcome})",
            conflict.kind,
            conflict.id,
            show(&conflict.mine),
            show(&conflict.theirs)
        );
    }
    for not in &plan.not_merged {
        let _ = writeln!(
            stdout,
            "not merged: {} {}: {}",
            not.kind, not.id, not.reason
        );
    }
    for forgotten in &plan.comparison.forgotten {
        let _ = writeln!(
            stdout,
            "not brought back: {} {} was forgotten in {} (forget wins)",
            forgotten.kind,
            forgotten.id,
            match forgotten.side {
                Side::Mine => "mine",
                Side::Theirs => "theirs",
            }
        );
    }
    let changes = mine.merge(user, &plan)?;
    let open = plan.open_conflicts();
    let _ = writeln!(
        stdout,
        "merged {} into {}: {} change(s) taken, {} record(s) changed, {open} conflict(s) open",
        theirs_path.display(),
        mine_path.display(),
        plan.taken.len(),
        changes.len()
    );
    Ok(if open > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn verb_word(verb: SummaryVerb) -> &'static str {
    match verb {
        SummaryVerb::Created => "created",
        SummaryVerb::Changed => "changed",
        SummaryVerb::Deleted => "deleted",
    }
}

/// "A and B share their history up to …" or "… have no common history".
fn lineage_line(comparison: &Comparison, a: &str, b: &str) -> String {
    let organisation = if comparison.different_organisation {
        " (documents of different organisations)"
    } else {
        ""
    };
    match &comparison.lineage {
        Lineage::Shared {
            fork_at,
            fork_user,
            mine_since,
            theirs_since,
            ..
        } => format!(
            "{a} and {b} share their history up to the edit of {fork_at} by {fork_user}; since then {a} has {mine_since} edit(s), {b} {theirs_since}"
        ),
        Lineage::Unrelated => format!(
            "{a} and {b} have no common history (a copy without history, an import, or another document){organisation}: compared record by record, two-way"
        ),
    }
}

/// Each side's changes in the words of the history: who, when, what, field by field.
fn print_changes(out: &mut impl Write, comparison: &Comparison, a: &str, b: &str) {
    for change in &comparison.changes {
        let side = match change.side {
            Side::Mine => a,
            Side::Theirs => b,
        };
        let who = match (&change.who, &change.at) {
            (Some(who), Some(at)) => format!(" ({who}, {at})"),
            _ => String::new(),
        };
        let name = change
            .name
            .as_ref()
            .and_then(|n| n.resolve(Language::En).text().map(one_line))
            .map(|n| format!(" \"{n}\""))
            .unwrap_or_default();
        let verb = match (comparison.is_two_way(), change.side, change.verb) {
            (true, Side::Mine, SummaryVerb::Created) => format!("only in {a}:"),
            (true, Side::Theirs, SummaryVerb::Created) => format!("only in {b}:"),
            (true, _, _) => format!("differs in {b} from {a}:"),
            (false, _, verb) => verb_word(verb).to_string(),
        };
        let _ = writeln!(
            out,
            "{side}{who}: {verb} {}{name} ({})",
            change.kind.name().replace('_', " "),
            change.id
        );
        if change.verb == SummaryVerb::Changed {
            for field in &change.fields {
                let _ = writeln!(
                    out,
                    "  {}: {} → {}",
                    field.field,
                    shown(&field.old),
                    shown(&field.new)
                );
            }
        }
    }
    for forgotten in &comparison.forgotten {
        let _ = writeln!(
            out,
            "{}: forgot {} {} (a merge never brings it back)",
            match forgotten.side {
                Side::Mine => a,
                Side::Theirs => b,
            },
            forgotten.kind,
            forgotten.id
        );
    }
}
