//! The committed JSON Schema (`docs/kirjuri.schema.json`) is the one the model generates.
//! After changing the model, regenerate it: `KIRJURI_WRITE_SCHEMA=1 cargo test -p kirjuri-model --test json_schema`.

use std::path::Path;

#[test]
fn committed_json_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/kirjuri.schema.json");
    let generated = kirjuri_model::exchange::json_schema();
    if std::env::var_os("KIRJURI_WRITE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/kirjuri.schema.json is stale; regenerate it with KIRJURI_WRITE_SCHEMA=1 cargo test -p kirjuri-model --test json_schema"
    );
}
