//! Runs tauri-build against the `tauri.conf.json` at the repository root.
//!
//! tauri-build reads its config from the current directory, so we step up into
//! the root first; paths inside the config are then relative to the root.
//! tauri-build also writes JSON schemas for editors into `gen/schemas` of the
//! current directory; everything it needs is copied to OUT_DIR, so that
//! folder is removed again rather than left in the repository root.

use std::path::Path;

fn main() {
    std::env::set_current_dir("..").expect("the repository root is the parent of src-tauri");
    println!("cargo:rerun-if-changed=../tauri.conf.json");
    println!("cargo:rerun-if-changed=../ui/app");
    let gen_existed = Path::new("gen").exists();
    tauri_build::build();
    if !gen_existed {
        let _ = std::fs::remove_dir_all("gen");
    }
}
