//! The window's contract, declared once: every command the window may call,
//! the type of its arguments and the type of its answer (the `commands!`
//! list below). Tauri's handler is made from that list; so are the
//! TypeScript types of everything that crosses (`ui/app/generated/contract.d.ts`,
//! from the `ts_rs::TS` of each type) and the argument names `ui/app/api.js`
//! checks before a call (`ui/app/generated/commands.js`). Both files are
//! committed; `tests::committed_contract_is_current` fails when they are stale.
//! Regenerate them with `KIRJURI_WRITE_UI=1 cargo test -p kirjuri-desktop --lib contract`.
//! Leaves out the events the menu sends (menu.rs), which carry a name only.

use crate::commands::*;
use crate::error::{ErrorCode, UiError};
use crate::import::{
    ImportIntoDocumentArgs, ImportNewDocumentArgs, ImportedView, PickDescriptionArgs,
};
use crate::merge::{
    ChangeReportPageArgs, ConflictedCopiesArgs, ExportChangeReportArgs, MergeCopyArgs,
    MergePreviewNoticeArgs, MergeView, ReviewMergeArgs,
};
use crate::state::{ChangesView, DocumentView, PanelFindings, UndoResult};
use kirjuri_model::calendar::Due;
use kirjuri_model::{Finding, Processor, Record, RetentionRule};
use kirjuri_store::conflicted::ConflictedCopy;
use kirjuri_store::HistoryEntry;
use serde::de::DeserializeOwned;
use std::path::PathBuf;
use tauri::ipc::{CommandArg, CommandItem, InvokeBody, InvokeError};
use tauri::Runtime;
use ts_rs::TS;

/// Declares the arguments of a command as one struct: the window passes them
/// as one object whose keys are the fields in camelCase (as Tauri names a
/// command's parameters), and an `Option` may be left out or null.
macro_rules! arguments {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident { $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)? }
    )+) => {$(
        $(#[$meta])*
        #[derive(Debug, serde::Deserialize, ts_rs::TS)]
        #[serde(rename_all = "camelCase")]
        #[ts(optional_fields = nullable)]
        pub struct $name { $( $(#[$field_meta])* pub $field: $ty, )* }

        #[cfg(test)]
        impl $crate::contract::Fields for $name {
            fn fields() -> Vec<$crate::contract::Field> {
                vec![$( $crate::contract::Field::of::<$ty>(stringify!($field)) ),*]
            }
        }
    )+};
}

/// One argument of a command.
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// As the window names it (camelCase).
    pub name: String,
    /// An `Option`: the window may leave it out.
    pub optional: bool,
}

#[cfg(test)]
impl Field {
    pub fn of<T: TS + ?Sized + 'static>(field: &str) -> Field
    where
        T::OptionInnerType: 'static,
    {
        Field {
            name: camel_case(field),
            // ts-rs names the `T` of an `Option<T>` and the type itself otherwise.
            optional: std::any::TypeId::of::<T::OptionInnerType>() != std::any::TypeId::of::<T>(),
        }
    }
}

/// `organisation_name` as serde's `rename_all = "camelCase"` writes it.
#[cfg(test)]
fn camel_case(field: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in field.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// The fields of an `arguments!` struct, in order (for the window's list).
#[cfg(test)]
pub trait Fields {
    fn fields() -> Vec<Field>;
}

/// A command, named by the type of its arguments (each command has its
/// own): its name and the type of what it answers (`commands!`).
pub trait Command: TS + DeserializeOwned + 'static {
    /// The command's name: its function's.
    const NAME: &'static str;
    type Response: TS + 'static;
}

/// What the command whose arguments are `A` answers: the answer, or the
/// one error the window gets.
pub type Reply<A> = Result<<A as Command>::Response, UiError>;

/// A command's arguments, read from the whole object the window passed.
#[derive(Debug)]
pub struct Args<A>(pub A);

impl<'de, A: Command, R: Runtime> CommandArg<'de, R> for Args<A> {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let refused = |why: String| InvokeError::from(UiError::new(ErrorCode::Internal, why));
        // Each command takes its own arguments: a mix-up in a signature is
        // refused at its first call.
        if command.name != A::NAME {
            return Err(refused(format!(
                "{} takes the arguments of {}",
                command.name,
                A::NAME
            )));
        }
        match command.message.payload() {
            InvokeBody::Json(value) => A::deserialize(value)
                .map(Args)
                .map_err(|error| refused(format!("{}: {error}", A::NAME))),
            InvokeBody::Raw(_) => Err(refused(format!("{} takes JSON arguments", A::NAME))),
        }
    }
}

/// Lists every command: `module::name(Arguments) -> Answer;`. Makes each
/// arguments type a `Command`, Tauri's handler of all of them, and the
/// list the contract is generated from.
macro_rules! commands {
    ($( $module:ident :: $name:ident ( $args:ty ) -> $response:ty ; )+) => {
        $(
            impl Command for $args {
                const NAME: &'static str = stringify!($name);
                type Response = $response;
            }
        )+

        /// Tauri's handler of every command.
        pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$( crate::$module::$name ),+]
        }

        /// Every command, in the list's order, and the error each may answer.
        #[cfg(test)]
        fn declare_all(contract: &mut generate::Contract) {
            $( contract.command::<$args>(); )+
            contract.also::<UiError>();
        }
    };
}

arguments! {
    /// `update_menu` (menu.rs) takes these as its parameters, not as `Args`.
    #[allow(dead_code)] // read by Tauri field by field, through update_menu's parameters
    pub struct UpdateMenuArgs {
        pub language: kirjuri_model::Language,
        pub document_open: bool,
    }
}

commands! {
    commands::new_document(NewDocumentArgs) -> Option<DocumentView>;
    commands::new_document_from_guide(NewDocumentFromGuideArgs) -> Option<DocumentView>;
    commands::open_document(OpenDocumentArgs) -> Option<DocumentView>;
    commands::open_refused(OpenRefusedArgs) -> Option<DocumentView>;
    commands::open_example(OpenExampleArgs) -> Option<DocumentView>;
    import::pick_description(PickDescriptionArgs) -> Option<PathBuf>;
    import::import_new_document(ImportNewDocumentArgs) -> Option<DocumentView>;
    import::import_into_document(ImportIntoDocumentArgs) -> ImportedView;
    commands::save_copy(SaveCopyArgs) -> Option<PathBuf>;
    commands::close_document(CloseDocumentArgs) -> ();
    commands::startup_file(StartupFileArgs) -> Option<PathBuf>;
    commands::recent_documents(RecentDocumentsArgs) -> Vec<RecentDocument>;
    commands::get_document(GetDocumentArgs) -> Option<DocumentView>;
    commands::apply_edits(ApplyEditsArgs) -> ChangesView;
    commands::undo(UndoArgs) -> UndoResult;
    commands::redo(RedoArgs) -> UndoResult;
    commands::get_findings(GetFindingsArgs) -> Vec<Finding>;
    commands::panel_findings(PanelFindingsArgs) -> PanelFindings;
    commands::get_calendar(GetCalendarArgs) -> Vec<Due>;
    commands::get_history(GetHistoryArgs) -> Vec<HistoryEntry>;
    commands::delete_and_forget_requests(DeleteAndForgetRequestsArgs) -> ChangesView;
    commands::get_vocabularies(GetVocabulariesArgs) -> Vocabularies;
    commands::get_catalogue(GetCatalogueArgs) -> CatalogueView;
    commands::catalogue_processor(CatalogueProcessorArgs) -> Processor;
    commands::catalogue_system_for_register(CatalogueSystemForRegisterArgs) -> Vec<Record>;
    commands::catalogue_retention_rule(CatalogueRetentionRuleArgs) -> RetentionRule;
    commands::get_settings(GetSettingsArgs) -> SettingsView;
    commands::set_settings(SetSettingsArgs) -> SettingsView;
    commands::export_record_pdf(ExportRecordPdfArgs) -> Option<PathBuf>;
    commands::export_processor_record_pdf(ExportProcessorRecordPdfArgs) -> Option<PathBuf>;
    commands::export_notice_pdf(ExportNoticePdfArgs) -> Option<PathBuf>;
    commands::export_notice_html(ExportNoticeHtmlArgs) -> Option<PathBuf>;
    commands::preview_notice(PreviewNoticeArgs) -> String;
    commands::export_xlsx(ExportXlsxArgs) -> Option<PathBuf>;
    commands::open_path(OpenPathArgs) -> ();
    commands::export_draft_reasons(ExportDraftReasonsArgs) -> Vec<Finding>;
    menu::update_menu(UpdateMenuArgs) -> ();
    merge::review_merge(ReviewMergeArgs) -> Option<MergeView>;
    merge::merge_preview_notice(MergePreviewNoticeArgs) -> String;
    merge::merge_copy(MergeCopyArgs) -> ChangesView;
    merge::change_report_page(ChangeReportPageArgs) -> String;
    merge::export_change_report(ExportChangeReportArgs) -> Option<PathBuf>;
    merge::conflicted_copies(ConflictedCopiesArgs) -> Vec<ConflictedCopy>;
}

/// Writes the contract's TypeScript and the window's list of arguments.
#[cfg(test)]
mod generate {
    use super::{Command, Field, Fields};
    use std::any::TypeId;
    use std::collections::{BTreeMap, HashSet};
    use ts_rs::{Config, TypeVisitor, TS};

    /// Everything the commands take and answer, gathered type by type.
    pub struct Contract {
        config: Config,
        seen: HashSet<TypeId>,
        /// Each named type's declaration, by its TypeScript name.
        declarations: BTreeMap<String, String>,
        commands: Vec<(&'static str, String, String, Vec<Field>)>,
    }

    struct Visit<'a>(&'a mut Contract);

    impl TypeVisitor for Visit<'_> {
        fn visit<T: TS + 'static + ?Sized>(&mut self) {
            self.0.visit::<T>();
        }
    }

    impl Contract {
        pub fn new() -> Contract {
            Contract {
                // i64 and u64 cross as JSON numbers, never as bigint.
                config: Config::new().with_large_int("number"),
                seen: HashSet::new(),
                declarations: BTreeMap::new(),
                commands: Vec::new(),
            }
        }

        pub fn command<A: Command + Fields>(&mut self) {
            self.visit::<A>();
            self.visit::<A::Response>();
            self.commands.push((
                A::NAME,
                A::name(&self.config),
                A::Response::name(&self.config),
                A::fields(),
            ));
        }

        /// A type the window meets besides the commands' arguments and answers.
        pub fn also<T: TS + 'static>(&mut self) {
            self.visit::<T>();
        }

        fn visit<T: TS + 'static + ?Sized>(&mut self) {
            if !self.seen.insert(TypeId::of::<T>()) {
                return;
            }
            if T::output_path().is_some() {
                let name = T::ident(&self.config);
                let declaration = format!(
                    "{}export {}",
                    T::docs().unwrap_or_default(),
                    T::decl(&self.config)
                );
                if let Some(other) = self.declarations.get(&name) {
                    assert_eq!(
                        other, &declaration,
                        "two types are named {name} in TypeScript: rename one (#[ts(rename)])"
                    );
                }
                self.declarations.insert(name, declaration);
            }
            T::visit_dependencies(&mut Visit(self));
            T::visit_generics(&mut Visit(self));
        }

        /// The text of `ui/app/generated/contract.d.ts`.
        pub fn typescript(&self) -> String {
            let mut out = String::from(HEADER);
            for declaration in self.declarations.values() {
                out.push('\n');
                out.push_str(declaration);
                out.push('\n');
            }
            out.push_str(
                "\n/** Each command the window may call: the arguments it takes and what it answers. */\nexport interface Commands {\n",
            );
            for (name, args, response, _) in &self.commands {
                out.push_str(&format!(
                    "  {name}: {{ args: {args}, response: {response} }};\n"
                ));
            }
            out.push_str("}\n");
            out
        }

        /// The text of `ui/app/generated/commands.js`.
        pub fn commands_js(&self) -> String {
            let mut out = format!("// @ts-check\n{HEADER}");
            out.push_str(
                "\n/**\n * Each command's arguments as the window passes them, and which of them it must pass.\n * @type {{ [K in keyof import('./contract').Commands]: { args: string[], required: string[] } }}\n */\nexport const COMMANDS = {\n",
            );
            let list = |names: Vec<&str>| {
                names
                    .iter()
                    .map(|n| format!("'{n}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            for (name, _, _, fields) in &self.commands {
                let args = list(fields.iter().map(|f| f.name.as_str()).collect());
                let required = list(
                    fields
                        .iter()
                        .filter(|f| !f.optional)
                        .map(|f| f.name.as_str())
                        .collect(),
                );
                out.push_str(&format!(
                    "  {name}: {{ args: [{args}], required: [{required}] }},\n"
                ));
            }
            out.push_str("};\n");
            out
        }
    }

    const HEADER: &str = "// Generated from the Rust declarations of the window's contract\n\
// (src-tauri/src/contract.rs and the types it names, through ts-rs); do not edit.\n\
// Regenerate: KIRJURI_WRITE_UI=1 cargo test -p kirjuri-desktop --lib contract\n";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn contract() -> generate::Contract {
        let mut contract = generate::Contract::new();
        declare_all(&mut contract);
        contract
    }

    #[test]
    fn committed_contract_is_current() {
        let contract = contract();
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/app/generated");
        for (file, generated) in [
            ("contract.d.ts", contract.typescript()),
            ("commands.js", contract.commands_js()),
        ] {
            let path = folder.join(file);
            if std::env::var_os("KIRJURI_WRITE_UI").is_some() {
                std::fs::write(&path, &generated).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == generated,
                "ui/app/generated/{file} is stale; regenerate it with KIRJURI_WRITE_UI=1 cargo test -p kirjuri-desktop --lib contract"
            );
        }
    }

    #[test]
    fn arguments_are_named_as_tauri_names_parameters() {
        assert_eq!(camel_case("organisation_name"), "organisationName");
        assert_eq!(camel_case("target"), "target");
        assert_eq!(
            NewDocumentArgs::fields(),
            vec![
                Field {
                    name: "target".into(),
                    optional: false
                },
                Field {
                    name: "organisationName".into(),
                    optional: false
                },
                Field {
                    name: "businessId".into(),
                    optional: true
                },
                Field {
                    name: "workingLanguage".into(),
                    optional: true
                },
            ]
        );
    }
}
