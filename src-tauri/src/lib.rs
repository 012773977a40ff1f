//! The Kirjuri desktop shell: a Tauri window over the model, store and export
//! crates. It holds the open document and the app settings, shows native file
//! dialogs and hands everything else to the libraries; the UI in `ui/app`
//! does the presenting. This is the only crate that depends on Tauri.

#[macro_use]
mod contract;
mod commands;
mod error;
mod files;
mod import;
mod menu;
mod merge;
mod settings;
mod state;

pub use error::UiError;
pub use state::AppState;

use std::path::PathBuf;
use tauri::Manager;

/// The first argument that is not an option: `kirjuri-desktop FILE`. Relative
/// paths are made absolute now, while the working directory is still the user's.
fn startup_file() -> Option<PathBuf> {
    let argument = std::env::args_os()
        .skip(1)
        .find(|arg| !arg.to_string_lossy().starts_with('-'))?;
    let path = PathBuf::from(argument);
    Some(std::path::absolute(&path).unwrap_or(path))
}

/// Where the settings live: `$KIRJURI_CONFIG_DIR` (tests use it to keep away
/// from the user's own settings), else the app's config folder.
fn settings_path(app: &tauri::App) -> tauri::Result<PathBuf> {
    let folder = match std::env::var_os("KIRJURI_CONFIG_DIR") {
        Some(folder) => PathBuf::from(folder),
        None => app.path().app_config_dir()?,
    };
    Ok(folder.join("settings.json"))
}

pub fn run() {
    let file = startup_file();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            let state = AppState::new(settings_path(app)?, file);
            let settings = state.settings();
            app.manage(state);
            let language = menu::initial_language(settings.language);
            app.set_menu(menu::build(
                app.handle(),
                language,
                false,
                &settings.recent,
            )?)?;
            Ok(())
        })
        .on_menu_event(menu::on_menu_event)
        .invoke_handler(contract::handler())
        .run(tauri::generate_context!("../tauri.conf.json"))
        .expect("Kirjuri's window could not start");
}

#[cfg(test)]
mod tests {
    //! The commands through Tauri's IPC, as the UI calls them, in a mock app.

    use super::*;
    use serde_json::{json, Value};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
    use tauri::webview::InvokeRequest;
    use tauri::WebviewWindowBuilder;

    fn call(
        window: &tauri::WebviewWindow<tauri::test::MockRuntime>,
        cmd: &str,
        args: Value,
    ) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(window, request).map(|body| body.deserialize::<Value>().unwrap())
    }

    #[test]
    fn create_edit_check_and_undo_through_the_commands() {
        let folder = tempfile::tempdir().unwrap();
        let app = mock_builder()
            .manage(AppState::new(folder.path().join("settings.json"), None))
            .invoke_handler(tauri::generate_handler![
                commands::new_document,
                commands::apply_edits,
                commands::get_findings,
                commands::panel_findings,
                commands::undo,
                commands::recent_documents,
            ])
            .build(mock_context(noop_assets()))
            .unwrap();
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();
        let path = folder.path().join("Testbolaget.sqlite");

        let view = call(
            &window,
            "new_document",
            json!({"target": {"path": path}, "organisationName": {"sv": "Testbolaget Ab"}}),
        )
        .unwrap();
        assert_eq!(view["file_name"], "Testbolaget.sqlite");
        assert_eq!(
            call(&window, "recent_documents", json!({})).unwrap()[0]["exists"],
            true
        );

        let again = call(
            &window,
            "new_document",
            json!({"target": {"path": path}, "organisationName": {}}),
        );
        assert_eq!(again.unwrap_err()["code"], "file_exists");

        let panel = call(&window, "panel_findings", json!({"language": null})).unwrap();
        let id = "6f1c1d2e-0000-4000-8000-000000000001";
        let register = json!({"id": id, "name": {"sv": "Kundregister"}, "role": "controller"});
        // An edit answers with what it changed, not the document.
        let changed = call(
            &window,
            "apply_edits",
            json!({"edits": [{"op": "put", "record": {"kind": "register", "record": register}}]}),
        )
        .unwrap();
        assert!(changed.get("document").is_none());
        let records = &changed["changes"]["changed"];
        assert_eq!(records.as_array().unwrap().len(), 1);
        assert_eq!(records[0]["kind"], "register");
        assert_eq!(records[0]["index"], 0);
        assert_eq!(records[0]["record"]["name"]["sv"], "Kundregister");
        assert_eq!(changed["changes"]["removed"], json!([]));
        assert_eq!(changed["can_undo"], true);
        // The findings come as splices of the panel's list.
        assert_eq!(changed["findings"]["from"], panel["generation"]);
        let inserted: Vec<&Value> = changed["findings"]["splices"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["insert"].as_array().unwrap())
            .collect();
        assert!(inserted.iter().any(|f| f["code"] == "no_retention_rule"));
        let findings = call(&window, "get_findings", json!({"language": null})).unwrap();
        assert!(findings
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "no_retention_rule"));

        let undone = call(&window, "undo", json!({})).unwrap();
        assert_eq!(undone["undone"], true);
        assert_eq!(
            undone["changed"]["changes"]["removed"],
            json!([{"kind": "register", "id": id}])
        );
        assert_eq!(undone["changed"]["can_redo"], true);
        assert_eq!(
            undone["changed"]["findings"]["from"],
            changed["findings"]["to"]
        );
    }

    #[test]
    fn an_export_replaces_a_typed_file_only_after_the_question_and_names_its_draft_reasons() {
        let folder = tempfile::tempdir().unwrap();
        let app = mock_builder()
            .manage(AppState::new(folder.path().join("settings.json"), None))
            .invoke_handler(tauri::generate_handler![
                commands::new_document,
                commands::apply_edits,
                commands::export_notice_html,
                commands::export_draft_reasons,
            ])
            .build(mock_context(noop_assets()))
            .unwrap();
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();
        call(
            &window,
            "new_document",
            json!({"target": {"path": folder.path().join("Ab.sqlite")}, "organisationName": {"sv": "Ab"}}),
        )
        .unwrap();
        let id = "6f1c1d2e-0000-4000-8000-000000000002";
        let register = json!({"id": id, "name": {"sv": "Kundregister"}});
        call(
            &window,
            "apply_edits",
            json!({"edits": [{"op": "put", "record": {"kind": "register", "record": register}}]}),
        )
        .unwrap();
        let path = folder.path().join("notice.html");
        let export = |replace: bool| {
            call(
                &window,
                "export_notice_html",
                json!({"target": {"path": path}, "replace": replace, "language": "sv", "register": id}),
            )
        };
        assert_eq!(export(false).unwrap(), json!(path));
        std::fs::write(&path, "kept").unwrap();
        let refused = export(false).unwrap_err();
        assert_eq!(refused["code"], "file_exists");
        assert!(refused["message"]
            .as_str()
            .unwrap()
            .ends_with("notice.html"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "kept");
        assert_eq!(export(true).unwrap(), json!(path));
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .contains("Kundregister"));

        // The reasons are the exporter's: the register's own open errors for its notice.
        let notice = call(&window, "export_draft_reasons", json!({"register": id})).unwrap();
        let codes: Vec<&str> = notice
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap())
            .collect();
        assert!(codes.contains(&"no_retention_rule"), "{codes:?}");
        assert!(notice
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["register"] == id || f["kind"] == "organisation"));
        let record = call(&window, "export_draft_reasons", json!({"register": null})).unwrap();
        assert!(record.as_array().unwrap().len() >= notice.as_array().unwrap().len());
    }

    /// tsc, when `npm ci --prefix ui` has installed it.
    fn tsc() -> Option<PathBuf> {
        let tsc = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../ui/node_modules/typescript/bin/tsc");
        tsc.exists().then_some(tsc)
    }

    /// What crosses to the window is what the contract's TypeScript says:
    /// every command called here through Tauri's IPC, its arguments and its
    /// answer (a real document, a real edit, merge and import) are checked
    /// by tsc, strictly, against `Commands[name]` of contract.d.ts. A serde
    /// attribute ts-rs reads otherwise (a field left out, a tag, a flatten)
    /// fails here.
    #[test]
    fn every_answer_is_of_its_type_in_the_contract() {
        let Some(tsc) = tsc() else {
            eprintln!("skipped: typescript is not installed (npm ci --prefix ui)");
            return;
        };
        let folder = tempfile::tempdir().unwrap();
        let app = mock_builder()
            .manage(AppState::new(folder.path().join("settings.json"), None))
            .invoke_handler(contract::handler())
            .build(mock_context(noop_assets()))
            .unwrap();
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();
        let mine = folder.path().join("Mine.sqlite");
        let theirs = folder.path().join("Theirs.sqlite");
        let mut calls: Vec<(&str, Value, Value)> = Vec::new();
        let mut call = |cmd: &'static str, args: Value| -> Value {
            let answer =
                call(&window, cmd, args.clone()).unwrap_or_else(|error| panic!("{cmd}: {error}"));
            calls.push((cmd, args, answer.clone()));
            answer
        };

        let view = call("open_example", json!({"target": {"path": mine}}));
        let register = view["document"]["registers"][0].clone();
        let id = register["id"].as_str().unwrap().to_string();
        call(
            "save_copy",
            json!({"target": {"path": theirs}, "withHistory": true}),
        );
        call("get_document", json!({}));
        call("get_findings", json!({"language": "fi"}));
        call("panel_findings", json!({}));
        let mut renamed = register.clone();
        renamed["name"]["sv"] = json!("Kunder");
        call(
            "apply_edits",
            json!({"edits": [{"op": "put", "record": {"kind": "register", "record": renamed}}]}),
        );
        call("undo", json!({}));
        call("redo", json!({}));
        call("undo", json!({}));
        call("get_calendar", json!({}));
        call("get_history", json!({}));
        call("get_vocabularies", json!({}));
        let catalogue = call("get_catalogue", json!({}));
        let system = catalogue["systems"][0]["id"].clone();
        let period = catalogue["retention_periods"][0]["id"].clone();
        call("catalogue_processor", json!({"id": system}));
        call(
            "catalogue_system_for_register",
            json!({"id": system, "register": id}),
        );
        call(
            "catalogue_retention_rule",
            json!({"id": period, "register": id}),
        );
        call("get_settings", json!({}));
        call(
            "set_settings",
            json!({"userName": "Anna", "language": "sv"}),
        );
        call("recent_documents", json!({}));
        call("startup_file", json!({}));
        call("export_draft_reasons", json!({"register": id}));
        call("preview_notice", json!({"register": id, "language": "en"}));
        call(
            "export_notice_html",
            json!({"target": {"path": folder.path().join("notice.html")}, "replace": false, "language": "sv", "register": id}),
        );
        call("conflicted_copies", json!({}));
        // Their copy renames the register; mine compares with it.
        call("open_document", json!({"target": {"path": theirs}}));
        call(
            "apply_edits",
            json!({"edits": [{"op": "put", "record": {"kind": "register", "record": renamed}}]}),
        );
        call("open_document", json!({"target": {"path": mine}}));
        let review = call(
            "review_merge",
            json!({"target": {"path": theirs}, "differentOrganisation": false}),
        );
        assert!(!review["groups"].as_array().unwrap().is_empty());
        let choices = json!({"leave": [], "conflicts": []});
        call(
            "merge_preview_notice",
            json!({"theirs": theirs, "choices": choices, "differentOrganisation": false, "register": id, "language": "fi"}),
        );
        call(
            "change_report_page",
            json!({"theirs": theirs, "choices": choices, "differentOrganisation": false, "language": "en"}),
        );
        call(
            "merge_copy",
            json!({"theirs": theirs, "choices": choices, "differentOrganisation": false}),
        );
        let description = json!({"text": IMPORTED, "language": "fi"});
        call(
            "import_into_document",
            json!({"description": description, "translation": false}),
        );
        call(
            "import_new_document",
            json!({"target": {"path": folder.path().join("Imported.sqlite")}, "description": description}),
        );
        call("close_document", json!({}));
        call("get_document", json!({}));

        let contract = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../ui/app/generated/contract")
            .display()
            .to_string();
        let mut probe = String::from("// @ts-check\n");
        for (at, (cmd, args, answer)) in calls.iter().enumerate() {
            probe.push_str(&format!(
                "/** @type {{import('{contract}').Commands['{cmd}']['args']}} */\nexport const args{at} = {args};\n\
                 /** @type {{import('{contract}').Commands['{cmd}']['response']}} */\nexport const answer{at} = {answer};\n"
            ));
        }
        let probes = tempfile::tempdir().unwrap();
        std::fs::write(probes.path().join("probe.js"), probe).unwrap();
        let config = json!({
            "extends": std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/tsconfig.json"),
            "compilerOptions": {"strict": true},
            "include": ["probe.js"],
        });
        std::fs::write(probes.path().join("tsconfig.json"), config.to_string()).unwrap();
        let run = std::process::Command::new("node")
            .arg(&tsc)
            .args(["--noEmit", "-p"])
            .arg(probes.path())
            .output()
            .expect("node runs");
        assert!(
            run.status.success(),
            "the answers do not fit contract.d.ts (answerN is the Nth call above):\n{}{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
    }

    /// An old register description, pasted.
    const IMPORTED: &str = "REKISTERISELOSTE
Henkilötietolaki (523/1999) 10 §

1. REKISTERINPITÄJÄ
Autokorjaamo Virtanen Oy
Teollisuustie 3, 33100 Tampere

3. Rekisterin nimi
Asiakasrekisteri

4. Henkilötietojen käsittelyn tarkoitus
Henkilötietoja käytetään laskutukseen.

5. Rekisterin tietosisältö
- nimi
- puhelinnumero
";
}
