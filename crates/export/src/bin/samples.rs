//! Writes exports for people to look at and for the accessibility check;
//! never a test. Run:
//! `cargo run -p kirjuri-export --bin samples -- {pdf|html|draft-and-final} DIR`.
//!
//! - `pdf`: the record and the first register's notice, in every language, of
//!   each seed fixture (`tests/fixtures/*.json`), of a document whose text is
//!   hostile in every way a user's can be, and of `example::synthetic(12)`.
//! - `html`: every register's notice of each seed fixture as HTML, in every
//!   language (the pages `scripts/a11y.sh` checks).
//! - `draft-and-final`: the notice, the record and the workbook of a register
//!   with only its name (a draft) and of the same register fully answered
//!   (final), in every language (docs/screenshots/notice-*.png, record-*.png).
//!
//! The documents built in code are the tests' own (`tests/support/documents.rs`),
//! so the samples show what the tests check. Existing files of the same name
//! in DIR are replaced; nothing else there is touched.

use chrono::NaiveDate;
use kirjuri_export::{
    export_notice_html, export_notice_pdf, export_record_pdf, export_xlsx, ExportError,
    ExportOptions,
};
use kirjuri_model::{example, exchange, Document, Language};
use std::fmt::Display;
use std::path::{Path, PathBuf};

#[path = "../../tests/support/documents.rs"]
mod documents;

const USAGE: &str = "usage: samples {pdf|html|draft-and-final} DIR";

/// The seed fixtures the `pdf` and `html` samples are made of.
const FIXTURES: [&str; 3] = ["btb-plaza", "beebyte", "solteq"];

fn main() {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [kind, dir] = arguments.as_slice() else {
        fail(USAGE)
    };
    let write: fn(&mut Samples) = match kind.as_str() {
        "pdf" => write_pdf_samples,
        "html" => write_html_samples,
        "draft-and-final" => write_draft_and_final_samples,
        _ => fail(USAGE),
    };
    let dir = PathBuf::from(dir);
    if let Err(error) = std::fs::create_dir_all(&dir) {
        fail(format!("cannot create {}: {error}", dir.display()));
    }
    let mut out = Samples { dir, written: 0 };
    write(&mut out);
    println!("samples: {} files in {}", out.written, out.dir.display());
}

/// The record and the first register's notice of each document.
fn write_pdf_samples(out: &mut Samples) {
    let mut documents = fixture_documents();
    documents.push(("awkward".to_string(), documents::awkward_document()));
    documents.push(("synthetic".to_string(), example::synthetic(12)));
    for (name, document) in documents {
        for language in Language::ALL {
            let options = options(language, last_changed());
            let code = language.code();
            out.write(
                format!("{name}-record-{code}.pdf"),
                export_record_pdf(&document, &options),
            );
            if let Some(register) = document.registers.first() {
                out.write(
                    format!("{name}-notice-{code}.pdf"),
                    export_notice_pdf(&document, register.id, &options),
                );
            }
        }
    }
}

/// Every register's notice of each seed fixture, numbered in the fixture's order.
fn write_html_samples(out: &mut Samples) {
    for (name, document) in fixture_documents() {
        for (n, register) in document.registers.iter().enumerate() {
            for language in Language::ALL {
                out.write(
                    format!("{name}-{n}-{}.html", language.code()),
                    export_notice_html(&document, register.id, &options(language, last_changed())),
                );
            }
        }
    }
}

/// The three documents of a register with only its name and of the same
/// register fully answered.
fn write_draft_and_final_samples(out: &mut Samples) {
    let states = [
        ("draft", documents::name_only()),
        ("final", documents::fully_answered()),
    ];
    for (state, (document, register)) in states {
        for language in Language::ALL {
            let options = options(language, None);
            let code = language.code();
            out.write(
                format!("notice-{state}-{code}.pdf"),
                export_notice_pdf(&document, register, &options),
            );
            out.write(
                format!("record-{state}-{code}.pdf"),
                export_record_pdf(&document, &options),
            );
            out.write(
                format!("record-{state}-{code}.xlsx"),
                export_xlsx(&document, &options),
            );
        }
    }
}

/// The options of the tests that read the same documents: a fixed day, so
/// that two runs write the same pages.
fn options(language: Language, last_changed: Option<NaiveDate>) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
        last_changed,
    }
}

fn last_changed() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 10, 2)
}

/// The seed fixtures, by name.
fn fixture_documents() -> Vec<(String, Document)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    FIXTURES
        .iter()
        .map(|name| {
            let path = folder.join(format!("{name}.json"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|error| fail(format!("cannot read {}: {error}", path.display())));
            let document = exchange::from_json(&text)
                .unwrap_or_else(|error| fail(format!("{}: {error}", path.display())));
            (name.to_string(), document)
        })
        .collect()
}

/// The folder the samples go to, and how many have been written.
#[derive(Debug)]
struct Samples {
    dir: PathBuf,
    written: usize,
}

impl Samples {
    /// Writes one export as `name`, or ends the program saying why not.
    fn write(&mut self, name: String, bytes: Result<Vec<u8>, ExportError>) {
        let bytes = bytes.unwrap_or_else(|error| fail(format!("{name}: {error}")));
        let path = self.dir.join(&name);
        if let Err(error) = std::fs::write(&path, bytes) {
            fail(format!("cannot write {}: {error}", path.display()));
        }
        self.written += 1;
    }
}

fn fail(message: impl Display) -> ! {
    eprintln!("samples: {message}");
    std::process::exit(1)
}
