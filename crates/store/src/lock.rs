//! One writer at a time: a lock file beside the document, created with
//! `O_EXCL`, naming who holds the document open for editing.
//!
//! SQLite's own locks are advisory byte-range locks that network and synced
//! file systems do not keep reliably (and that a copy made by a sync client
//! ignores altogether), so they only guard a single commit. The lock file is
//! what keeps a second Kirjuri from editing the file; the store's stamp check
//! before every commit (see `Store::commit`) is what catches anything that
//! slipped past it.
//!
//! The file `.NAME.kirjuri-lock` holds JSON: user, host, process id, the
//! process's start time where the system tells it (Linux), since when, and a
//! random token. A lock is stale, and is broken without asking, when it was
//! written on this host by a process that no longer runs. A lock from another
//! host, or one that cannot be read, is broken only when the user asks for it
//! after seeing who holds it (`break_lock` with the holder they saw).

use crate::error::StoreError;
use serde::{Deserialize, Serialize};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// Who holds a document open for editing, as written in its lock file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHolder {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// When the lock was taken (RFC 3339, UTC).
    pub since: String,
    /// The process's start time in clock ticks after boot (Linux), which
    /// tells a process apart from a later one that got the same id.
    #[serde(default)]
    pub started: Option<u64>,
    /// Random, different for every lock taken.
    pub token: String,
}

impl LockHolder {
    fn of_this_process(user: &str) -> LockHolder {
        let pid = std::process::id();
        LockHolder {
            user: user.to_string(),
            host: host_name(),
            pid,
            since: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            started: process_start(pid),
            token: uuid::Uuid::new_v4().to_string(),
        }
    }

    /// True when the holder is this host's process that has ended: its lock is left over.
    pub fn is_stale(&self) -> bool {
        self.host == host_name() && process_running(self.pid, self.started) == Some(false)
    }

    /// False only when the holder is a process on this host that still runs:
    /// that lock goes away when the other window closes the file.
    pub fn may_be_broken(&self) -> bool {
        !(self.host == host_name() && process_running(self.pid, self.started) != Some(false))
    }
}

/// The lock file of `document`.
pub fn lock_path(document: &Path) -> PathBuf {
    let name = document
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    document.with_file_name(format!(".{name}.kirjuri-lock"))
}

/// A lock this process holds; dropping it removes the file if it is still ours.
#[derive(Debug)]
pub(crate) struct Lock {
    path: PathBuf,
    holder: LockHolder,
}

impl Lock {
    /// Takes the lock of `document`, breaking it first if it is stale.
    pub(crate) fn acquire(document: &Path, user: &str) -> Result<Lock, StoreError> {
        let path = lock_path(document);
        for _ in 0..3 {
            let holder = LockHolder::of_this_process(user);
            match create_exclusive(&path, &holder) {
                Ok(()) => return Ok(Lock { path, holder }),
                Err(error) if error.kind() == ErrorKind::AlreadyExists => {
                    match read_holder(&path) {
                        Ok(Some(other)) if other.is_stale() => {
                            remove_if_held_by(&path, Some(&other))?;
                        }
                        Ok(other) => {
                            return Err(in_use(document, other));
                        }
                        // Removed meanwhile by its holder: try again.
                        Err(error) if error.kind() == ErrorKind::NotFound => {}
                        Err(source) => return Err(StoreError::Io { path, source }),
                    }
                }
                Err(error) if is_not_writable(&error) => {
                    return Err(StoreError::NotWritable(document.to_path_buf()))
                }
                Err(source) => return Err(StoreError::Io { path, source }),
            }
        }
        Err(in_use(document, read_holder(&path).ok().flatten()))
    }

    /// True while the lock file is still the one this lock wrote.
    pub(crate) fn is_held(&self) -> bool {
        matches!(read_holder(&self.path), Ok(Some(holder)) if holder.token == self.holder.token)
    }

    pub(crate) fn holder(&self) -> &LockHolder {
        &self.holder
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if self.is_held() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Breaks the lock of `document` on the user's say-so, if it is still the
/// one they were shown (`seen`; `None` when it could not be read). Another
/// lock taken meanwhile is reported, not broken.
pub fn break_lock(document: &Path, seen: Option<&LockHolder>) -> Result<(), StoreError> {
    remove_if_held_by(&lock_path(document), seen).map_err(|error| match error {
        StoreError::InUse { holder, .. } => in_use(document, holder.map(|h| *h)),
        other => other,
    })
}

/// Refuses a document that another Kirjuri holds open for editing (a lock
/// that is not stale), without taking its lock: what a merge reads from the
/// other copy must not be changing under it, and that copy is never written.
pub fn check_not_in_use(document: &Path) -> Result<(), StoreError> {
    match read_holder(&lock_path(document)) {
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(()),
        Ok(Some(holder)) if holder.is_stale() => Ok(()),
        Ok(holder) => Err(in_use(document, holder)),
        Err(source) => Err(StoreError::Io {
            path: lock_path(document),
            source,
        }),
    }
}

fn in_use(document: &Path, holder: Option<LockHolder>) -> StoreError {
    StoreError::InUse {
        path: document.to_path_buf(),
        may_be_broken: holder.as_ref().is_none_or(LockHolder::may_be_broken),
        holder: holder.map(Box::new),
    }
}

fn remove_if_held_by(path: &Path, seen: Option<&LockHolder>) -> Result<(), StoreError> {
    let current = match read_holder(path) {
        Ok(current) => current,
        Err(error) if error.kind() == ErrorKind::NotFound => return Ok(()),
        Err(source) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let same = match (&current, seen) {
        (Some(current), Some(seen)) => current.token == seen.token,
        (None, None) => true,
        _ => false,
    };
    if !same {
        return Err(in_use(path, current));
    }
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(()),
        Err(source) => Err(StoreError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn create_exclusive(path: &Path, holder: &LockHolder) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    let written = serde_json::to_vec(holder)
        .map_err(std::io::Error::other)
        .and_then(|bytes| file.write_all(&bytes))
        .and_then(|()| file.sync_all());
    if written.is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    written
}

/// The holder named in the lock file; `Ok(None)` when the file exists but
/// does not name one (empty after a crash, or not ours).
fn read_holder(path: &Path) -> std::io::Result<Option<LockHolder>> {
    let bytes = std::fs::read(path)?;
    Ok(serde_json::from_slice(&bytes).ok())
}

fn is_not_writable(error: &std::io::Error) -> bool {
    // EROFS (30 on Linux and macOS): read-only media.
    error.kind() == ErrorKind::PermissionDenied || error.raw_os_error() == Some(30)
}

/// This machine's name, as well as the standard library lets us know it.
pub(crate) fn host_name() -> String {
    let from_file = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok();
    from_file
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| {
            std::process::Command::new("hostname")
                .output()
                .ok()
                .and_then(|out| String::from_utf8(out.stdout).ok())
        })
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "unknown host".to_string())
}

/// Whether process `pid` (started at `started`, if known) still runs on this
/// host; `None` when the system does not tell.
fn process_running(pid: u32, started: Option<u64>) -> Option<bool> {
    if !Path::new("/proc/self/stat").exists() {
        return None;
    }
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return Some(false);
    };
    let (state, start) = parse_stat(&stat)?;
    if state == 'Z' || state == 'X' {
        return Some(false);
    }
    Some(match (started, start) {
        (Some(expected), Some(actual)) => expected == actual,
        _ => true,
    })
}

fn process_start(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_stat(&stat)?.1
}

/// The state and the start time from `/proc/PID/stat` (fields 3 and 22; the
/// command name in field 2 may hold spaces and parentheses).
fn parse_stat(stat: &str) -> Option<(char, Option<u64>)> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    Some((state, fields.get(19).and_then(|s| s.parse().ok())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_process_name_with_parentheses_does_not_confuse_the_stat_reader() {
        let stat = "42 (a) b) S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 777 19";
        assert_eq!(parse_stat(stat), Some(('S', Some(777))));
        assert_eq!(parse_stat("garbage"), None);
    }

    #[test]
    fn this_process_runs_and_its_lock_is_not_stale() {
        let me = LockHolder::of_this_process("Jim");
        if process_running(me.pid, me.started).is_some() {
            assert!(!me.is_stale());
            assert!(!me.may_be_broken());
        }
    }
}
