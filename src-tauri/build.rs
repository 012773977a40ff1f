//! Runs tauri-build against the `tauri.conf.json` at the repository root.
//!
//! tauri-build reads its config from the current directory, so we step up into
//! the root first; paths inside the config are then relative to the root.

fn main() {
    std::env::set_current_dir("..").expect("the repository root is the parent of src-tauri");
    println!("cargo:rerun-if-changed=../tauri.conf.json");
    println!("cargo:rerun-if-changed=../ui/app");
    tauri_build::build();
}
