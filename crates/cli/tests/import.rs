//! `kirjuri import` of an old register description as a script uses it:
//! exit 0 and a new file, `--report` with every passage, exit 2 and no
//! file for what is refused, and never over an existing file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kirjuri(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kirjuri"))
        .args(args)
        .env("USER", "tester")
        .output()
        .expect("kirjuri runs")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/import")
        .join(name)
}

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

#[test]
fn a_description_imports_with_a_report_and_its_notice_is_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("solteq.sqlite");
    let imported = kirjuri(&[
        "import",
        text(&fixture("solteq.docx")),
        text(&out),
        "--report",
    ]);
    assert_eq!(imported.status.code(), Some(0), "{imported:?}");
    let report = String::from_utf8_lossy(&imported.stdout);
    assert!(report.contains("placed\t"), "{report}");
    assert!(
        report.contains("not placed\t\tRelevanta lagstiftade principer"),
        "{report}"
    );
    assert!(
        report.lines().last().unwrap().contains("1 register(s)"),
        "{report}"
    );

    let notice = dir.path().join("notice.pdf");
    let exported = kirjuri(&[
        "export",
        "pdf",
        text(&out),
        "--doc",
        "notice",
        "--register",
        "Solteq Oyj:s kund- och marknadsföringsregister",
        "--lang",
        "sv",
        "-o",
        text(&notice),
    ]);
    assert!(exported.status.success(), "{exported:?}");
    // Imported text is a suggestion until a person confirms it.
    assert!(
        String::from_utf8_lossy(&exported.stderr).contains("draft"),
        "{exported:?}"
    );

    // The old text is in the file for the window's review…
    let json = dir.path().join("solteq.json");
    let exported = kirjuri(&["export", "json", text(&out), "-o", text(&json)]);
    assert!(exported.status.success(), "{exported:?}");
    let json_text = std::fs::read_to_string(&json).unwrap();
    assert!(
        json_text.contains("\"imported_description\""),
        "no old text kept"
    );
    assert!(json_text.contains("Relevanta lagstiftade principer"));
    // …and a copy to send, without history, does not carry it.
    let copy = dir.path().join("to-send.sqlite");
    let copied = kirjuri(&["copy", text(&out), text(&copy), "--without-history"]);
    assert!(copied.status.success(), "{copied:?}");
    let copy_json = dir.path().join("to-send.json");
    let exported = kirjuri(&["export", "json", text(&copy), "-o", text(&copy_json)]);
    assert!(exported.status.success(), "{exported:?}");
    let copy_text = std::fs::read_to_string(&copy_json).unwrap();
    assert!(
        !copy_text.contains("imported_description"),
        "the copy carries the old text"
    );
    assert!(!copy_text.contains("Relevanta lagstiftade principer"));

    // Never over an existing file, also for a description.
    let again = kirjuri(&["import", text(&fixture("solteq.html")), text(&out)]);
    assert_eq!(again.status.code(), Some(2), "{again:?}");
}

#[test]
fn refused_input_exits_2_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "shopping.txt",
            b"Milk, bread and butter for the weekend, and eggs.".to_vec(),
        ),
        (
            "old.doc",
            vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        ),
        ("broken.docx", {
            let mut docx = std::fs::read(fixture("solteq.docx")).unwrap();
            docx.truncate(docx.len() / 3);
            docx
        }),
    ];
    for (name, bytes) in cases {
        let input = dir.path().join(name);
        std::fs::write(&input, bytes).unwrap();
        let out = dir.path().join(format!("{name}.sqlite"));
        let output = kirjuri(&["import", text(&input), text(&out)]);
        assert_eq!(output.status.code(), Some(2), "{name}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{name}: {stderr}");
        assert!(!out.exists(), "{name}: a file was created");
    }
}
