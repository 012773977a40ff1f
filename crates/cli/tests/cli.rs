//! The `kirjuri` command line as scripts use it: exact forms, exit statuses,
//! one-line errors, and nothing written on failure.

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
        .join("../../tests/fixtures")
        .join(name)
}

fn text(path: &Path) -> String {
    path.to_str().unwrap().to_string()
}

fn assert_one_line_failure(output: &Output) {
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "one line on stderr: {stderr}"
    );
    assert!(stderr.starts_with("kirjuri: "), "{stderr}");
}

#[test]
fn every_seed_fixture_imports_and_exports_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["btb-plaza", "beebyte", "solteq"] {
        let json = fixture(&format!("{name}.json"));
        let file = dir.path().join(format!("{name}.sqlite"));
        let output = kirjuri(&["import", &text(&json), &text(&file)]);
        assert!(output.status.success(), "{name}: {output:?}");

        let exported = kirjuri(&["export", "json", &text(&file)]);
        assert!(exported.status.success());
        assert_eq!(
            String::from_utf8(exported.stdout).unwrap(),
            std::fs::read_to_string(&json).unwrap(),
            "{name}: export after import gives the fixture's bytes"
        );
        let out = dir.path().join(format!("{name}.json"));
        assert!(
            kirjuri(&["export", "json", &text(&file), "-o", &text(&out)])
                .status
                .success()
        );
        assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&json).unwrap());
    }
}

#[test]
fn import_never_overwrites_and_a_bad_json_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("taken.sqlite");
    std::fs::write(&file, "mine").unwrap();
    let output = kirjuri(&["import", &text(&fixture("solteq.json")), &text(&file)]);
    assert_one_line_failure(&output);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");

    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"format":"kirjuri","version":1,"document":{"organisation":{}}}"#,
    )
    .unwrap();
    let target = dir.path().join("new.sqlite");
    assert_one_line_failure(&kirjuri(&["import", &text(&bad), &text(&target)]));
    assert!(!target.exists());

    std::fs::write(&bad, r#"{"format":"kirjuri","version":99,"document":{}}"#).unwrap();
    let output = kirjuri(&["import", &text(&bad), &text(&target)]);
    assert_one_line_failure(&output);
    assert!(String::from_utf8_lossy(&output.stderr).contains("version 99"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no stray files"
    );
}

#[test]
fn check_exits_1_on_errors_0_on_warnings_only_and_2_on_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let btb = dir.path().join("btb.sqlite");
    assert!(kirjuri(&["example", &text(&btb)]).status.success());
    let output = kirjuri(&["check", &text(&btb), "--lang", "sv"]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("Roger Wilco"),
        "the Chatra transfer gap: {stdout}"
    );
    assert!(stdout.contains("Fel\t"), "Swedish severity labels");

    let json = dir.path().join("clean.json");
    let clean = r#"{"format":"kirjuri","version":1,"document":{"organisation":{"id":"00000000-0000-4000-8000-000000000001","name":{"fi":"Pieni Oy"},"email":"info@pieni.fi","country":"FI"}}}"#;
    std::fs::write(&json, clean).unwrap();
    let file = dir.path().join("clean.sqlite");
    assert!(kirjuri(&["import", &text(&json), &text(&file)])
        .status
        .success());
    let output = kirjuri(&["check", &text(&file), "--lang", "fi"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");

    let garbage = dir.path().join("garbage.sqlite");
    std::fs::write(&garbage, vec![7u8; 5000]).unwrap();
    assert_one_line_failure(&kirjuri(&["check", &text(&garbage)]));
    assert_one_line_failure(&kirjuri(&[
        "check",
        &text(&dir.path().join("missing.sqlite")),
    ]));
}

#[test]
fn new_history_and_synthetic_examples() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.sqlite");
    assert!(kirjuri(&["new", &text(&file), "--name", "Pieni Oy"])
        .status
        .success());
    assert_one_line_failure(&kirjuri(&["new", &text(&file), "--name", "Again"]));
    let history = kirjuri(&["history", &text(&file)]);
    assert!(history.status.success());
    let history = String::from_utf8(history.stdout).unwrap();
    assert!(history.starts_with("#1 "), "{history}");
    assert!(history.contains("tester"));
    assert!(
        history.contains("organisation") && history.contains("Pieni Oy"),
        "{history}"
    );

    let synthetic = dir.path().join("synthetic.sqlite");
    assert!(
        kirjuri(&["example", "--synthetic", "25", &text(&synthetic)])
            .status
            .success()
    );
    let json = kirjuri(&["export", "json", &text(&synthetic)]);
    let document =
        kirjuri_model::exchange::from_json(&String::from_utf8(json.stdout).unwrap()).unwrap();
    assert_eq!(document.registers.len(), 25);
}

#[test]
fn exports_write_pdf_and_xlsx_and_find_registers_by_name_in_any_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("btb.sqlite");
    assert!(kirjuri(&["example", &text(&file)]).status.success());
    let before = std::fs::read(&file).unwrap();

    let record = dir.path().join("record.pdf");
    let output = kirjuri(&[
        "export",
        "pdf",
        &text(&file),
        "--doc",
        "record",
        "--lang",
        "fi",
        "-o",
        &text(&record),
    ]);
    assert!(output.status.success(), "{output:?}");
    assert!(std::fs::read(&record).unwrap().starts_with(b"%PDF"));

    let notice = dir.path().join("notice.pdf");
    let output = kirjuri(&[
        "export",
        "pdf",
        &text(&file),
        "--doc",
        "notice",
        "--register",
        "Asiakasrekisteri",
        "--lang",
        "sv",
        "-o",
        &text(&notice),
    ]);
    assert!(output.status.success(), "{output:?}");
    assert!(std::fs::read(&notice).unwrap().starts_with(b"%PDF"));

    let html = dir.path().join("notice.html");
    let output = kirjuri(&[
        "export",
        "html",
        &text(&file),
        "--doc",
        "notice",
        "--register",
        "Asiakasrekisteri",
        "--lang",
        "fi",
        "-o",
        &text(&html),
    ]);
    assert!(output.status.success(), "{output:?}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.contains("<html lang=\"fi\">"));
    assert!(page.contains("Asiakasrekisteri"));
    let missing_html = dir.path().join("missing.html");
    assert_one_line_failure(&kirjuri(&[
        "export",
        "html",
        &text(&file),
        "--doc",
        "notice",
        "--register",
        "No such",
        "--lang",
        "fi",
        "-o",
        &text(&missing_html),
    ]));
    assert!(!missing_html.exists());

    let missing = dir.path().join("missing.pdf");
    let output = kirjuri(&[
        "export",
        "pdf",
        &text(&file),
        "--doc",
        "notice",
        "--register",
        "No such",
        "--lang",
        "sv",
        "-o",
        &text(&missing),
    ]);
    assert_one_line_failure(&output);
    assert!(!missing.exists());

    let workbook = dir.path().join("record.xlsx");
    let output = kirjuri(&[
        "export",
        "xlsx",
        &text(&file),
        "--lang",
        "en",
        "-o",
        &text(&workbook),
    ]);
    assert!(output.status.success(), "{output:?}");
    assert!(std::fs::read(&workbook).unwrap().starts_with(b"PK"));

    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "exports never write to the document"
    );
    assert_one_line_failure(&kirjuri(&[
        "export",
        "pdf",
        &text(&file),
        "--doc",
        "record",
        "--lang",
        "de",
        "-o",
        "x.pdf",
    ]));
}

#[test]
fn export_pdf_writes_the_processor_record() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("btb.sqlite");
    assert!(kirjuri(&["example", file.to_str().unwrap()])
        .status
        .success());
    let out = dir.path().join("processor.pdf");
    let output = kirjuri(&[
        "export",
        "pdf",
        file.to_str().unwrap(),
        "--doc",
        "processor-record",
        "--lang",
        "fi",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = Command::new("pdftotext")
        .args([out.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) runs");
    let printed: String = String::from_utf8_lossy(&printed.stdout)
        .split_whitespace()
        .collect();
    assert!(
        printed.contains("Selostekäsittelytoimistahenkilötietojenkäsittelijänä"),
        "{printed}"
    );
    let refused = kirjuri(&[
        "export",
        "pdf",
        file.to_str().unwrap(),
        "--doc",
        "processor-record",
        "--register",
        "x",
        "--lang",
        "fi",
        "-o",
        dir.path().join("x.pdf").to_str().unwrap(),
    ]);
    assert_one_line_failure(&refused);
}
