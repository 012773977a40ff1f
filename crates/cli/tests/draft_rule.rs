//! One rule for "draft": `kirjuri export pdf` says the document is a draft on
//! stderr exactly when the PDF it writes carries the draft mark — for the
//! record, the processor's record and a notice, in Finnish and Swedish, of
//! the example company, a document made from templates and a bare document.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kirjuri(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kirjuri"))
        .args(args)
        .env("USER", "tester")
        .output()
        .expect("kirjuri runs")
}

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// The draft mark as the PDF prints it, in `lang`.
fn mark(lang: &str) -> &'static str {
    match lang {
        "sv" => "UTKAST",
        "fi" => "LUONNOS",
        _ => "DRAFT",
    }
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args([text(path), "-"])
        .output()
        .expect("pdftotext (poppler-utils) runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The first register's id, for `--doc notice`.
fn first_register(file: &Path) -> Option<String> {
    let out = kirjuri(&["export", "json", text(file)]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    json["document"]["registers"]
        .as_array()?
        .iter()
        .find(|r| r["role"] != "processor")
        .map(|r| r["id"].as_str().unwrap().to_string())
}

/// Exports `doc` and checks that stderr's "draft" and the PDF's mark agree.
/// Returns whether it was a draft.
fn agrees(dir: &Path, file: &Path, doc: &str, register: Option<&str>, lang: &str) -> bool {
    let out: PathBuf = dir.join(format!("{doc}-{lang}.pdf"));
    let _ = std::fs::remove_file(&out);
    let mut args = vec![
        "export",
        "pdf",
        text(file),
        "--doc",
        doc,
        "--lang",
        lang,
        "-o",
        text(&out),
    ];
    if let Some(register) = register {
        args.extend(["--register", register]);
    }
    let run = kirjuri(&args);
    assert!(run.status.success(), "{run:?}");
    let said = String::from_utf8_lossy(&run.stderr).contains("draft:");
    let printed = pdf_text(&out).contains(mark(lang));
    assert_eq!(
        said,
        printed,
        "{} {doc} in {lang}: the command says draft: {said}, the PDF carries the mark: {printed}\n{}",
        file.display(),
        String::from_utf8_lossy(&run.stderr)
    );
    said
}

#[test]
fn the_command_says_draft_exactly_when_the_pdf_carries_the_mark() {
    let dir = tempfile::tempdir().unwrap();
    let example = dir.path().join("example.sqlite");
    assert!(kirjuri(&["example", text(&example)]).status.success());
    let template = dir.path().join("template.sqlite");
    let made = kirjuri(&[
        "new",
        text(&template),
        "--name",
        "Pieni Oy",
        "--country",
        "FI",
        "--template",
        "newsletter",
    ]);
    assert!(made.status.success(), "{made:?}");
    let bare = dir.path().join("bare.sqlite");
    assert!(kirjuri(&["new", text(&bare), "--name", "Tyhjä Oy"])
        .status
        .success());

    let mut drafts = 0;
    for file in [&example, &template, &bare] {
        let register = first_register(file);
        for lang in ["fi", "sv"] {
            drafts += usize::from(agrees(dir.path(), file, "record", None, lang));
            drafts += usize::from(agrees(dir.path(), file, "processor-record", None, lang));
            if let Some(register) = &register {
                drafts += usize::from(agrees(dir.path(), file, "notice", Some(register), lang));
            }
        }
    }
    // A template document is a draft until its suggestions are confirmed.
    assert!(drafts > 0);
}
