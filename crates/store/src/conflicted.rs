//! The conflicted copies a synced folder leaves beside a document when two
//! computers changed it at once: which names Dropbox, OneDrive, Nextcloud and
//! Syncthing give them, and finding them beside an open file. The window
//! offers to compare and merge each one (docs/merge.md); this module only
//! recognises names and lists files, it opens nothing.
//!
//! The names, for a document `X.sqlite`:
//! - Dropbox: `X (conflicted copy 2026-12-01).sqlite`,
//!   `X (Bob's conflicted copy 2026-12-01).sqlite` (also with a number after the date);
//! - Nextcloud and ownCloud: `X (conflicted copy 2026-12-01 123456).sqlite`,
//!   `X (conflicted copy Bob 2026-12-01 123456).sqlite`;
//! - Syncthing: `X.sync-conflict-20261201-123456-ABCDEFG.sqlite`;
//! - OneDrive: `X-PCNAME.sqlite` (the computer's name, letters, digits and
//!   hyphens, up to 15 characters as Windows allows). As any file named
//!   `X-something.sqlite` fits, a OneDrive copy is only taken for one when it
//!   is a Kirjuri document of the same organisation, which the caller checks
//!   (`Synced::OneDrive` says so).

use std::path::{Path, PathBuf};

/// Which synced folder's naming a conflicted copy follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Synced {
    Dropbox,
    Nextcloud,
    Syncthing,
    /// `X-PCNAME`: also an ordinary name, so the caller must check the file.
    OneDrive,
}

/// A conflicted copy found beside a document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct ConflictedCopy {
    pub path: PathBuf,
    pub synced: Synced,
    /// Whose copy it is, when the name says (Dropbox, Nextcloud), or the
    /// computer's name (OneDrive).
    pub by: Option<String>,
}

/// Whether the file named `copy` is a conflicted copy of the document named
/// `original` (file names, extension included), and whose naming it follows.
pub fn conflicted_copy_of(original: &str, copy: &str) -> Option<(Synced, Option<String>)> {
    let (stem, extension) = split_extension(original);
    let (copy_stem, copy_extension) = split_extension(copy);
    if !copy_extension.eq_ignore_ascii_case(extension) || copy == original {
        return None;
    }
    if let Some(rest) = copy_stem.strip_prefix(stem) {
        if let Some(found) = dropbox_or_nextcloud(rest) {
            return Some(found);
        }
        if let Some(tail) = rest.strip_prefix(".sync-conflict-") {
            if syncthing_tail(tail) {
                return Some((Synced::Syncthing, None));
            }
        }
        if let Some(pc) = rest.strip_prefix('-') {
            if is_computer_name(pc) {
                return Some((Synced::OneDrive, Some(pc.to_string())));
            }
        }
    }
    None
}

/// The conflicted copies beside `document`, in name order. A folder that
/// cannot be read has none to offer.
pub fn conflicted_copies(document: &Path) -> Vec<ConflictedCopy> {
    let (Some(folder), Some(name)) = (document.parent(), document.file_name()) else {
        return Vec::new();
    };
    let name = name.to_string_lossy();
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<ConflictedCopy> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|entry| {
            let copy = entry.file_name().to_string_lossy().into_owned();
            let (synced, by) = conflicted_copy_of(&name, &copy)?;
            Some(ConflictedCopy {
                path: entry.path(),
                synced,
                by,
            })
        })
        .collect();
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// `Kundregister.sqlite` → (`Kundregister`, `sqlite`); a name without a dot has no extension.
fn split_extension(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(at) if at > 0 => (&name[..at], &name[at + 1..]),
        _ => (name, ""),
    }
}

/// ` (conflicted copy 2026-12-01)`, ` (Bob's conflicted copy 2026-12-01 (1))`,
/// ` (conflicted copy 2026-12-01 123456)`, ` (conflicted copy Bob 2026-12-01 123456)`.
fn dropbox_or_nextcloud(rest: &str) -> Option<(Synced, Option<String>)> {
    let inner = rest.strip_prefix(" (")?.strip_suffix(')')?;
    const MARK: &str = "conflicted copy ";
    let at = inner.find(MARK)?;
    let before = &inner[..at];
    let after = &inner[at + MARK.len()..];
    // Dropbox: "Bob's conflicted copy DATE" or "conflicted copy DATE", maybe " (1)" after.
    if let Some(owner) = before.strip_suffix("'s ").or(before.strip_suffix("’s ")) {
        if !owner.is_empty() && dropbox_date(after) {
            return Some((Synced::Dropbox, Some(owner.to_string())));
        }
        return None;
    }
    if !before.is_empty() {
        return None;
    }
    if dropbox_date(after) {
        return Some((Synced::Dropbox, None));
    }
    // Nextcloud: "[USER ]DATE HHMMSS".
    let words: Vec<&str> = after.split(' ').collect();
    match words.as_slice() {
        [date, time] if is_date(date) && is_digits(time, 6) => Some((Synced::Nextcloud, None)),
        [user @ .., date, time] if is_date(date) && is_digits(time, 6) && !user.is_empty() => {
            Some((Synced::Nextcloud, Some(user.join(" "))))
        }
        _ => None,
    }
}

/// `2026-12-01`, or `2026-12-01 (1)` when the day had several.
fn dropbox_date(text: &str) -> bool {
    match text.split_once(' ') {
        None => is_date(text),
        Some((date, number)) => {
            is_date(date)
                && number
                    .strip_prefix('(')
                    .and_then(|n| n.strip_suffix(')'))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        }
    }
}

/// `20261201-123456-ABCDEFG` (the device id's first seven characters).
fn syncthing_tail(tail: &str) -> bool {
    let parts: Vec<&str> = tail.split('-').collect();
    matches!(parts.as_slice(), [date, time, device]
        if is_digits(date, 8) && is_digits(time, 6)
            && !device.is_empty()
            && device.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && is_digits(&text[..4], 4)
        && is_digits(&text[5..7], 2)
        && is_digits(&text[8..], 2)
}

fn is_digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|b| b.is_ascii_digit())
}

/// A Windows computer name as OneDrive appends it: letters, digits and
/// hyphens, at most 15, with at least one letter or digit.
fn is_computer_name(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 15
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && text.bytes().any(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "BTB Plaza.sqlite";

    #[test]
    fn the_names_each_synced_folder_gives_its_conflicted_copies_are_known() {
        let cases: &[(&str, Synced, Option<&str>)] = &[
            (
                "BTB Plaza (conflicted copy 2026-12-01).sqlite",
                Synced::Dropbox,
                None,
            ),
            (
                "BTB Plaza (Bob's conflicted copy 2026-12-01).sqlite",
                Synced::Dropbox,
                Some("Bob"),
            ),
            (
                "BTB Plaza (Anna Berg's conflicted copy 2026-12-01 (2)).sqlite",
                Synced::Dropbox,
                Some("Anna Berg"),
            ),
            (
                "BTB Plaza (conflicted copy 2026-12-01 123456).sqlite",
                Synced::Nextcloud,
                None,
            ),
            (
                "BTB Plaza (conflicted copy bob 2026-12-01 123456).sqlite",
                Synced::Nextcloud,
                Some("bob"),
            ),
            (
                "BTB Plaza.sync-conflict-20261201-123456-ABCDEFG.sqlite",
                Synced::Syncthing,
                None,
            ),
            (
                "BTB Plaza-LAPTOP-7Q2.sqlite",
                Synced::OneDrive,
                Some("LAPTOP-7Q2"),
            ),
        ];
        for (copy, synced, by) in cases {
            assert_eq!(
                conflicted_copy_of(ORIGINAL, copy),
                Some((*synced, by.map(str::to_string))),
                "{copy}"
            );
        }
    }

    #[test]
    fn other_files_beside_the_document_are_not_taken_for_copies() {
        for copy in [
            "BTB Plaza.sqlite",
            "BTB Plaza (conflicted copy 2026-12-01).pdf",
            "BTB Plaza (conflicted copy yesterday).sqlite",
            "BTB Plaza (copy).sqlite",
            "BTB Plaza 2.sqlite",
            "Other (conflicted copy 2026-12-01).sqlite",
            "BTB Plaza.sync-conflict-2026121-123456-ABC.sqlite",
            "BTB Plaza.sync-conflict-20261201-123456-.sqlite",
            "BTB Plaza-a name with spaces.sqlite",
            "BTB Plaza-MUCH-TOO-LONG-A-NAME.sqlite",
            "BTB Plaza-.sqlite",
            "BTB Plaza (s conflicted copy 2026-12-01).sqlite",
        ] {
            assert_eq!(conflicted_copy_of(ORIGINAL, copy), None, "{copy}");
        }
        // The extension compares without case, as Windows and macOS names do.
        assert!(
            conflicted_copy_of(ORIGINAL, "BTB Plaza (conflicted copy 2026-12-01).SQLITE").is_some()
        );
    }

    #[test]
    fn the_copies_beside_a_document_are_listed_in_name_order() {
        let folder = tempfile::tempdir().unwrap();
        let document = folder.path().join(ORIGINAL);
        for name in [
            ORIGINAL,
            "BTB Plaza.sync-conflict-20261201-123456-ABCDEFG.sqlite",
            "BTB Plaza (conflicted copy 2026-12-01).sqlite",
            "BTB Plaza.pdf",
            "Notes.sqlite",
        ] {
            std::fs::write(folder.path().join(name), b"").unwrap();
        }
        std::fs::create_dir(
            folder
                .path()
                .join("BTB Plaza (conflicted copy 2026-12-02).sqlite"),
        )
        .unwrap();
        let found: Vec<(String, Synced)> = conflicted_copies(&document)
            .into_iter()
            .map(|c| {
                (
                    c.path.file_name().unwrap().to_string_lossy().into_owned(),
                    c.synced,
                )
            })
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    "BTB Plaza (conflicted copy 2026-12-01).sqlite".to_string(),
                    Synced::Dropbox
                ),
                (
                    "BTB Plaza.sync-conflict-20261201-123456-ABCDEFG.sqlite".to_string(),
                    Synced::Syncthing
                ),
            ]
        );
        assert!(conflicted_copies(&folder.path().join("missing/x.sqlite")).is_empty());
    }
}
