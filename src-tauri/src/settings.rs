//! The app's own settings, kept as JSON in the app's config folder: the user
//! name written into the history, the UI language and the recently opened
//! files. Losing this file loses nothing but convenience, so a missing or
//! unreadable file is simply the defaults.

use kirjuri_model::Language;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files the start screen lists.
const RECENT_LIMIT: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The name recorded in the history; empty means the login name.
    pub user_name: String,
    /// The UI language; none means "not chosen yet" and the UI guesses from the system.
    pub language: Option<Language>,
    pub recent: Vec<PathBuf>,
}

impl Settings {
    pub fn load(path: &Path) -> Settings {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Writes the file whole or not at all (`kirjuri_store::atomic`), so a
    /// crash never leaves half a file.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let text = serde_json::to_string_pretty(self).expect("settings serialize");
        kirjuri_store::atomic::write(
            path,
            text.as_bytes(),
            kirjuri_store::atomic::Placing::Replace,
        )
    }

    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|known| known != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_LIMIT);
    }

    /// The name for the history: the one set in the app, else the login name.
    pub fn effective_user_name(&self) -> String {
        let set = self.user_name.trim();
        if !set.is_empty() {
            return set.to_string();
        }
        ["USER", "USERNAME", "LOGNAME"]
            .iter()
            .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
            .or_else(|| {
                // Without a login name in the environment, the home folder's name is the best guess.
                let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))?;
                Some(
                    std::path::Path::new(&home)
                        .file_name()?
                        .to_string_lossy()
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| "?".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_most_recent_first_without_duplicates() {
        let mut settings = Settings::default();
        for name in ["a", "b", "a", "c"] {
            settings.remember(Path::new(name));
        }
        assert_eq!(
            settings.recent,
            vec![PathBuf::from("c"), PathBuf::from("a"), PathBuf::from("b")]
        );
        for n in 0..20 {
            settings.remember(Path::new(&n.to_string()));
        }
        assert_eq!(settings.recent.len(), RECENT_LIMIT);
    }

    #[test]
    fn a_damaged_settings_file_gives_the_defaults_and_saving_round_trips() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("settings.json");
        std::fs::write(&path, "{not json").unwrap();
        assert_eq!(Settings::load(&path), Settings::default());
        let settings = Settings {
            user_name: "Kristian".into(),
            language: Some(Language::Fi),
            recent: vec![PathBuf::from("/tmp/x.sqlite")],
        };
        settings.save(&path).unwrap();
        assert_eq!(Settings::load(&path), settings);
    }
}
