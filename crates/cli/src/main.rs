//! The kirjuri command line.
fn main() {}
