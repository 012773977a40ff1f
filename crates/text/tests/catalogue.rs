//! The catalogue as the window gets it, and the rules every text keeps.

use kirjuri_text::{javascript, Language, Text};

#[test]
fn the_window_module_is_the_catalogue() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../ui/app/generated/texts.js"
    );
    let generated = javascript();
    if std::env::var_os("KIRJURI_WRITE_UI").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/app/generated/texts.js is stale; regenerate it with KIRJURI_WRITE_UI=1 cargo test -p kirjuri-text"
    );
}

#[test]
fn every_text_is_written_in_every_language() {
    for text in Text::ALL {
        for language in Language::ALL {
            assert!(
                !text.get(language).trim().is_empty() || text.id() == "empty",
                "{} in {language}",
                text.id()
            );
        }
        assert_eq!(Text::from_id(text.id()), Some(*text));
    }
}

#[test]
fn placeholders_are_filled_and_unknown_ones_left() {
    let pattern = Text::UndidSummary;
    assert_eq!(pattern.get(Language::En), "Undid: {what}");
    assert_eq!(
        pattern.fill(Language::Fi, &[("what", &"nimi")]),
        "Kumottu: nimi"
    );
    assert_eq!(kirjuri_text::fill("{a} {b}", &[("a", &1)]), "1 {b}");
}
