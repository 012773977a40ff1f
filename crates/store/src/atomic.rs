//! Writing a file whole or not at all: the one way Kirjuri puts a file in
//! place (the store's copies and new files, the CLI's and the window's
//! exports, the window's settings). The bytes go to a temporary file in the
//! target's folder (the `tempfile` crate names and removes it), which is
//! synced and then moved into place; a failure or a crash before that leaves
//! the target as it was. `Placing::Replace` replaces an existing file (an
//! export written again); `Placing::New` refuses one (a copy of a document
//! never overwrites another file), atomically where the file system can
//! (`persist_noclobber`).

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// What to do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placing {
    /// Replace it.
    Replace,
    /// Refuse: the write fails with `io::ErrorKind::AlreadyExists`.
    New,
}

/// A file being written beside its target; dropped without `place`, it is removed.
#[derive(Debug)]
pub struct Pending {
    file: NamedTempFile,
    target: PathBuf,
}

impl Pending {
    /// An empty temporary file in `target`'s folder, named after it
    /// (`.NAME.XXXXXX.partial`), with the permissions a new file gets.
    pub fn beside(target: &Path) -> io::Result<Pending> {
        let folder = match target.parent() {
            Some(folder) if !folder.as_os_str().is_empty() => folder,
            _ => Path::new("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".partial");
        #[cfg(unix)]
        {
            // As `File::create`: read and write for all, less the umask
            // (`tempfile` alone makes it the owner's only).
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        Ok(Pending {
            file: builder.tempfile_in(folder)?,
            target: target.to_path_buf(),
        })
    }

    /// The temporary file's path, for writers that open it themselves (SQLite).
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    pub fn file(&mut self) -> &mut File {
        self.file.as_file_mut()
    }

    /// Syncs the file and moves it to its target.
    pub fn place(self, placing: Placing) -> io::Result<()> {
        self.file.as_file().sync_all()?;
        let Pending { file, target } = self;
        match placing {
            Placing::Replace => file.persist(&target).map(drop).map_err(|e| e.error)?,
            Placing::New => match file.persist_noclobber(&target) {
                Ok(_) => {}
                Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => return Err(e.error),
                // A file system that can neither rename without replacing nor
                // hard-link (FAT on a USB stick): a rename after the check.
                Err(e) if !target.exists() => {
                    e.file.persist(&target).map(drop).map_err(|e| e.error)?
                }
                Err(e) => {
                    return Err(io::Error::new(
                        io::ErrorKind::AlreadyExists,
                        format!("{} exists ({})", target.display(), e.error),
                    ))
                }
            },
        }
        sync_folder(&target);
        Ok(())
    }
}

/// Writes `bytes` to `path` whole or not at all.
pub fn write(path: &Path, bytes: &[u8], placing: Placing) -> io::Result<()> {
    let mut pending = Pending::beside(path)?;
    pending.file().write_all(bytes)?;
    pending.place(placing)
}

/// Makes the rename itself durable (where a folder can be opened and synced).
fn sync_folder(path: &Path) {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(folder) = File::open(folder) {
            let _ = folder.sync_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacing_writes_the_new_bytes_and_leaves_no_temporary() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("out.pdf");
        write(&path, b"one", Placing::Replace).unwrap();
        write(&path, b"two", Placing::Replace).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_new_file_never_replaces_one_and_the_temporary_is_removed() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("copy.sqlite");
        write(&path, b"first", Placing::New).unwrap();
        let error = write(&path, b"second", Placing::New).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_write_that_is_not_placed_leaves_nothing() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("out.xlsx");
        {
            let mut pending = Pending::beside(&path).unwrap();
            pending.file().write_all(b"half").unwrap();
            assert!(pending.path().starts_with(folder.path()));
        }
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_gets_the_permissions_of_a_new_file_not_the_owners_only() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().unwrap();
        let placed = folder.path().join("notice.html");
        write(&placed, b"<p>", Placing::Replace).unwrap();
        let created = folder.path().join("created.html");
        std::fs::write(&created, b"<p>").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&placed), mode(&created));
    }
}
