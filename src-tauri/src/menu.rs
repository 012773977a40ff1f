//! The native menu bar, in the UI's language, with the shortcuts people expect.
//!
//! The menu only says what the user asked for: an item becomes a `MenuAction`
//! sent to the UI as the `menu` event, and the UI does it with the same code as
//! its own buttons. Cut, copy, paste and select all are the platform's own
//! items. The UI tells the shell its language and whether a document is open
//! (`update_menu`); the menu is then built anew, with the recent files of the
//! settings. Every menu text is a `menu-…` key of the text catalogue
//! (`assets/text/*.window.ftl`), with an ampersand before its key letter
//! (Alt + that letter; muda turns it into GTK's underscore).

use crate::state::{file_name, AppState};
use kirjuri_model::Language;
use kirjuri_text::Text;
use serde::Serialize;
use std::path::PathBuf;
use tauri::menu::{
    CheckMenuItemBuilder, Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder,
};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

/// The name of each UI language in that language, as the language menu lists it.
fn language_name(language: Language) -> &'static str {
    match language {
        Language::Sv => "Svenska",
        Language::Fi => "Suomi",
        Language::En => "English",
    }
}

/// What a menu item asks the UI to do; sent as the payload of the `menu` event.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum MenuAction {
    New,
    Open,
    OpenRecent { path: PathBuf },
    SaveCopy,
    CompareMerge,
    Export,
    Close,
    Undo,
    Redo,
    Language { language: Language },
    Findings,
    Guide,
    About { version: String },
}

/// The menu item ids; `recent:N` is the N-th recent file and `language:xx` a UI language.
mod id {
    pub const NEW: &str = "new";
    pub const OPEN: &str = "open";
    pub const RECENT: &str = "recent:";
    pub const SAVE_COPY: &str = "save_copy";
    pub const COMPARE_MERGE: &str = "compare_merge";
    pub const EXPORT: &str = "export";
    pub const CLOSE: &str = "close";
    pub const QUIT: &str = "quit";
    pub const UNDO: &str = "undo";
    pub const CUT: &str = "cut";
    pub const COPY: &str = "copy";
    pub const PASTE: &str = "paste";
    pub const SELECT_ALL: &str = "select_all";
    pub const REDO: &str = "redo";
    pub const LANGUAGE: &str = "language:";
    pub const FINDINGS: &str = "findings";
    pub const GUIDE: &str = "guide";
    pub const ABOUT: &str = "about";
}

/// The action of the item `id`; `recent` is the recent-file list the menu was built from.
fn action(id: &str, recent: &[PathBuf], version: &str) -> Option<MenuAction> {
    if let Some(index) = id.strip_prefix(id::RECENT) {
        let path = recent.get(index.parse::<usize>().ok()?)?;
        return Some(MenuAction::OpenRecent { path: path.clone() });
    }
    if let Some(code) = id.strip_prefix(id::LANGUAGE) {
        let language = Language::ALL.into_iter().find(|l| l.code() == code)?;
        return Some(MenuAction::Language { language });
    }
    Some(match id {
        id::NEW => MenuAction::New,
        id::OPEN => MenuAction::Open,
        id::SAVE_COPY => MenuAction::SaveCopy,
        id::COMPARE_MERGE => MenuAction::CompareMerge,
        id::EXPORT => MenuAction::Export,
        id::CLOSE => MenuAction::Close,
        id::UNDO => MenuAction::Undo,
        id::REDO => MenuAction::Redo,
        id::FINDINGS => MenuAction::Findings,
        id::GUIDE => MenuAction::Guide,
        id::ABOUT => MenuAction::About {
            version: version.to_string(),
        },
        _ => return None,
    })
}

/// Builds the menu bar in `language`; the items that need a document are
/// disabled (shortcuts included) when none is open.
pub fn build<R: Runtime, M: Manager<R>>(
    manager: &M,
    language: Language,
    document_open: bool,
    recent: &[PathBuf],
) -> tauri::Result<Menu<R>> {
    let text = |label: Text| label.get(language);
    let item = |id: &str, label: Text, accelerator: Option<&str>, enabled: bool| {
        let mut builder = MenuItemBuilder::with_id(id, text(label)).enabled(enabled);
        if let Some(accelerator) = accelerator {
            builder = builder.accelerator(accelerator);
        }
        builder.build(manager)
    };

    let mut recent_menu = SubmenuBuilder::new(manager, text(Text::MenuOpenRecent));
    if recent.is_empty() {
        recent_menu = recent_menu.item(&item("no_recent", Text::MenuNoRecent, None, false)?);
    }
    for (index, path) in recent.iter().enumerate() {
        // A file's name is not a mnemonic: muda reads `&` as one (`&&` is a
        // literal ampersand) and escapes underscores for GTK itself.
        let name = file_name(path).replace('&', "&&");
        recent_menu = recent_menu.item(
            &MenuItemBuilder::with_id(format!("{}{index}", id::RECENT), name)
                .enabled(path.is_file())
                .build(manager)?,
        );
    }

    let file = SubmenuBuilder::new(manager, text(Text::MenuFile))
        .item(&item(id::NEW, Text::MenuNew, Some("CmdOrCtrl+N"), true)?)
        .item(&item(id::OPEN, Text::MenuOpen, Some("CmdOrCtrl+O"), true)?)
        .item(&recent_menu.build()?)
        .separator()
        .item(&item(
            id::SAVE_COPY,
            Text::MenuSaveCopy,
            Some("CmdOrCtrl+Shift+S"),
            document_open,
        )?)
        .item(&item(
            id::COMPARE_MERGE,
            Text::MenuCompareMerge,
            None,
            document_open,
        )?)
        .item(&item(
            id::EXPORT,
            Text::MenuExport,
            Some("CmdOrCtrl+E"),
            document_open,
        )?)
        .separator()
        .item(&item(
            id::CLOSE,
            Text::MenuClose,
            Some("CmdOrCtrl+W"),
            document_open,
        )?)
        .item(&item(id::QUIT, Text::MenuQuit, Some("CmdOrCtrl+Q"), true)?)
        .build()?;

    // Ctrl+Y, the other usual shortcut for redo, is handled by the UI: a
    // menu item has one shortcut.
    let edit = SubmenuBuilder::new(manager, text(Text::MenuEdit))
        .item(&item(
            id::UNDO,
            Text::MenuUndo,
            Some("CmdOrCtrl+Z"),
            document_open,
        )?)
        .item(&item(
            id::REDO,
            Text::MenuRedo,
            Some("CmdOrCtrl+Shift+Z"),
            document_open,
        )?)
        .separator();
    // GTK's own cut, copy and paste items do nothing without libxdo; on Linux
    // they are ours and run WebKit's editing commands (`on_menu_event`).
    #[cfg(target_os = "linux")]
    let edit = edit
        .item(&item(id::CUT, Text::MenuCut, Some("CmdOrCtrl+X"), true)?)
        .item(&item(id::COPY, Text::MenuCopy, Some("CmdOrCtrl+C"), true)?)
        .item(&item(
            id::PASTE,
            Text::MenuPaste,
            Some("CmdOrCtrl+V"),
            true,
        )?)
        .item(&item(
            id::SELECT_ALL,
            Text::MenuSelectAll,
            Some("CmdOrCtrl+A"),
            true,
        )?);
    #[cfg(not(target_os = "linux"))]
    let edit = edit
        .cut_with_text(text(Text::MenuCut))
        .copy_with_text(text(Text::MenuCopy))
        .paste_with_text(text(Text::MenuPaste))
        .select_all_with_text(text(Text::MenuSelectAll));
    let edit = edit.build()?;

    let mut languages = SubmenuBuilder::new(manager, text(Text::MenuLanguage));
    for choice in Language::ALL {
        languages = languages.item(
            &CheckMenuItemBuilder::with_id(
                format!("{}{}", id::LANGUAGE, choice.code()),
                language_name(choice),
            )
            .checked(choice == language)
            .build(manager)?,
        );
    }
    let view = SubmenuBuilder::new(manager, text(Text::MenuView))
        .item(&languages.build()?)
        .item(&item(
            id::FINDINGS,
            Text::MenuFindings,
            None,
            document_open,
        )?)
        .build()?;

    let help = SubmenuBuilder::new(manager, text(Text::MenuHelp))
        .item(&item(id::GUIDE, Text::MenuGuide, Some("F1"), true)?)
        .item(&item(id::ABOUT, Text::MenuAbout, None, true)?)
        .build()?;

    let menu = MenuBuilder::new(manager);
    // macOS shows the first submenu as the application menu, named after the app.
    #[cfg(target_os = "macos")]
    let menu = menu.item(
        &SubmenuBuilder::new(manager, "Kirjuri")
            .item(&item(id::ABOUT, Text::MenuAbout, None, true)?)
            .separator()
            .item(&item(id::QUIT, Text::MenuQuit, Some("CmdOrCtrl+Q"), true)?)
            .build()?,
    );
    menu.items(&[&file, &edit, &view, &help]).build()
}

/// The language of the menu before the UI has said: the one in the settings,
/// else the system's (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub fn initial_language(settings: Option<Language>) -> Language {
    settings
        .or_else(|| {
            ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|var| std::env::var(var).ok())
                .find(|value| !value.is_empty())
                .and_then(|value| {
                    Language::ALL
                        .into_iter()
                        .find(|l| value.starts_with(l.code()))
                })
        })
        .unwrap_or(Language::En)
}

/// WebKit's editing command for the text item `id` (cut, copy, paste, select all).
#[cfg(target_os = "linux")]
fn editing_command(id: &str) -> Option<&'static str> {
    match id {
        id::CUT => Some("Cut"),
        id::COPY => Some("Copy"),
        id::PASTE => Some("Paste"),
        id::SELECT_ALL => Some("SelectAll"),
        _ => None,
    }
}

/// Sends a menu item's action to the UI; Quit and the text items are the shell's own.
pub fn on_menu_event(app: &AppHandle<tauri::Wry>, event: MenuEvent) {
    let id = event.id().as_ref();
    if id == id::QUIT {
        // Every edit is saved when it is made, so quitting loses nothing.
        app.exit(0);
        return;
    }
    #[cfg(target_os = "linux")]
    if let Some(command) = editing_command(id) {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.with_webview(move |webview| {
                use webkit2gtk::WebViewExt;
                webview.inner().execute_editing_command(command);
            });
        }
        return;
    }
    let recent = app.state::<AppState>().settings().recent;
    let version = app.package_info().version.to_string();
    if let Some(action) = action(id, &recent, &version) {
        let _ = app.emit("menu", action);
    }
}

/// Builds the menu anew in the UI's language, with the current recent files.
#[tauri::command]
pub fn update_menu<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    language: Language,
    document_open: bool,
) -> Result<(), crate::UiError> {
    let menu = build(&app, language, document_open, &state.settings().recent)
        .map_err(|error| crate::UiError::new(crate::error::ErrorCode::Internal, error))?;
    app.set_menu(menu)
        .map_err(|error| crate::UiError::new(crate::error::ErrorCode::Internal, error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The menu's texts: the `menu-…` keys of the catalogue.
    fn menu_texts() -> impl Iterator<Item = Text> {
        Text::ALL
            .iter()
            .copied()
            .filter(|text| text.id().starts_with("menu-"))
    }

    #[test]
    fn every_menu_text_has_at_most_one_key_letter() {
        for label in menu_texts() {
            for language in Language::ALL {
                let text = label.get(language);
                assert!(
                    text.matches('&').count() <= 1 && !text.contains('_'),
                    "{} in {} has more than one key letter",
                    label.id(),
                    language.code()
                );
            }
        }
        // The names of the languages are the ones the UI shows in its own list.
        assert_eq!(
            Language::ALL.map(language_name),
            ["Svenska", "Suomi", "English"]
        );
    }

    #[test]
    fn the_mnemonics_of_a_menu_are_distinct_in_each_language() {
        let menus: [&[Text]; 5] = [
            &[
                Text::MenuNew,
                Text::MenuOpen,
                Text::MenuOpenRecent,
                Text::MenuSaveCopy,
                Text::MenuCompareMerge,
                Text::MenuExport,
                Text::MenuClose,
                Text::MenuQuit,
            ],
            &[
                Text::MenuUndo,
                Text::MenuRedo,
                Text::MenuCut,
                Text::MenuCopy,
                Text::MenuPaste,
                Text::MenuSelectAll,
            ],
            &[Text::MenuLanguage, Text::MenuFindings],
            &[Text::MenuGuide, Text::MenuAbout],
            &[
                Text::MenuFile,
                Text::MenuEdit,
                Text::MenuView,
                Text::MenuHelp,
            ],
        ];
        for language in Language::ALL {
            for menu in menus {
                let mut keys: Vec<String> = menu
                    .iter()
                    .filter_map(|label| {
                        let text = label.get(language);
                        let at = text.find('&')?;
                        text[at + 1..].chars().next()
                    })
                    .map(|c| c.to_lowercase().to_string())
                    .collect();
                let count = keys.len();
                keys.sort();
                keys.dedup();
                assert_eq!(keys.len(), count, "{menu:?} in {}", language.code());
            }
        }
        // Every item with a key letter is in one of the menus above.
        for label in menu_texts().filter(|label| *label != Text::MenuNoRecent) {
            assert_eq!(
                menus.iter().filter(|menu| menu.contains(&label)).count(),
                1,
                "{} is in none of the menus of this test",
                label.id()
            );
        }
    }

    #[test]
    fn menu_items_become_the_actions_the_ui_handles() {
        let recent = vec![PathBuf::from("/tmp/a.sqlite")];
        assert_eq!(action("undo", &recent, "0.1.0"), Some(MenuAction::Undo));
        assert_eq!(
            action("recent:0", &recent, "0.1.0"),
            Some(MenuAction::OpenRecent {
                path: PathBuf::from("/tmp/a.sqlite")
            })
        );
        assert_eq!(action("recent:1", &recent, "0.1.0"), None);
        assert_eq!(
            action("language:fi", &recent, "0.1.0"),
            Some(MenuAction::Language {
                language: Language::Fi
            })
        );
        assert_eq!(action("language:de", &recent, "0.1.0"), None);
        assert_eq!(
            serde_json::to_value(action("about", &recent, "0.1.0")).unwrap(),
            serde_json::json!({"action": "about", "version": "0.1.0"})
        );
        assert_eq!(
            serde_json::to_value(MenuAction::SaveCopy).unwrap(),
            serde_json::json!({"action": "save_copy"})
        );
        assert_eq!(
            serde_json::to_value(action("compare_merge", &recent, "0.1.0")).unwrap(),
            serde_json::json!({"action": "compare_merge"})
        );
    }

    #[test]
    fn the_language_in_the_settings_comes_first() {
        assert_eq!(initial_language(Some(Language::Sv)), Language::Sv);
    }
}
