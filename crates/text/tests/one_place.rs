//! The catalogue is the one place a fixed text is written: the words that
//! name the documents and their main headings appear literally in no other
//! source file of the app (the tests folders and generated files apart).

use std::path::{Path, PathBuf};

const WORDS: [&str; 8] = [
    "Personuppgiftsansvarig",
    "Rekisterinpitäjä",
    "Dataskyddsbeskrivning",
    "Tietosuojaseloste",
    "Rättslig grund",
    "Oikeusperuste",
    "Lagringstid",
    "Säilytysaika",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if ![
                "tests",
                "generated",
                "vendor",
                "node_modules",
                "target",
                "fixtures",
            ]
            .contains(&name)
            {
                sources(&path, out);
            }
        } else if ["rs", "js", "mjs", "ftl", "html", "json"]
            .iter()
            .any(|ext| name.ends_with(&format!(".{ext}")))
        {
            out.push(path);
        }
    }
}

#[test]
fn each_word_is_written_in_the_catalogue_only() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri/src", "ui/app", "assets/text"] {
        sources(&root.join(dir), &mut files);
    }
    assert!(files.len() > 50, "the sources are found ({})", files.len());
    for word in WORDS {
        let holders: Vec<String> = files
            .iter()
            .filter(|path| {
                let text = std::fs::read_to_string(path).unwrap_or_default();
                text.contains(word)
            })
            .map(|path| {
                path.strip_prefix(&root)
                    .unwrap_or(path)
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(holders.len(), 1, "\"{word}\" is written in {holders:?}");
        assert!(
            holders[0].starts_with("assets/text/"),
            "\"{word}\" is written in {holders:?}"
        );
    }
}
