//! The `kirjuri-desktop` binary: `kirjuri-desktop [FILE]` opens the app, and FILE in it.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    kirjuri_desktop::run();
}
