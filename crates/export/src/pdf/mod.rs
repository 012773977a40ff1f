//! The PDF exports: the record of processing activities (Art. 30) for the
//! supervisory authority and the privacy notice of one register (Art. 13/14)
//! for data subjects, laid out per `shared/design/documents.md`.
//!
//! `record` and `notice` turn the document into content blocks
//! (`crate::content`), `layout` (fonts, lines, pages, tables) places them on
//! pages, and this module adds the running footer and the draft mark and
//! hands the pages to `writer`, which writes the file through krilla: tagged,
//! PDF/UA-1 and PDF/A-2a, with metadata, language, outline and page labels.
//! Output is deterministic: the document id is a hash of the title, author
//! and language, and every date comes from `ExportOptions`.

mod fonts;
pub(crate) mod layout;
mod lines;
pub(crate) mod notice;
mod pages;
mod processor_record;
mod record;
mod tables;
mod writer;

pub use notice::{export_notice_pdf, notice_pdf};
pub use processor_record::{export_processor_record_pdf, processor_record_pdf};
pub use record::{export_record_pdf, record_pdf};

use crate::labels::{self, Label};
use crate::parallel;
// The builders (`record`, `notice`, `processor_record`) take these through `use super::*`.
use crate::content::{Cell, DraftMark, Face, Ink, Para, Span, Style};
use crate::words::*;
use crate::ExportError;
use chrono::{Datelike, NaiveDate};
use kirjuri_model::*;
use layout::{Fonts, Page};
use std::collections::HashMap;

/// What the PDF's information dictionary says about it.
struct Metadata {
    title: String,
    author: String,
    subject: String,
    keywords: Vec<String>,
    language: Language,
    date: NaiveDate,
}

/// The laid-out pages of a document, ready for its footer and the PDF file.
struct Assembled {
    pages: Vec<Page>,
    /// Outline entries: title and page index (0-based).
    bookmarks: Vec<(String, usize)>,
    /// The first page (0-based) that carries the running footer.
    footer_from: usize,
    /// The footer's left part: organisation · title · version.
    footer: String,
    /// "UTKAST" / "LUONNOS" / "DRAFT" on every page of a document with open errors.
    draft_mark: Option<DraftMark>,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a: a small, stable hash for the document id (not for security).
fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for byte in bytes {
        *hash ^= u64::from(*byte);
        *hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
}

fn finish(
    fonts: &Fonts,
    mut assembled: Assembled,
    meta: &Metadata,
) -> Result<Vec<u8>, ExportError> {
    // Each page gets its draft mark and footer, over the cores.
    let total = assembled.pages.len();
    let footer_from = assembled.footer_from;
    let footer = assembled.footer.as_str();
    let draft_mark = assembled.draft_mark.as_ref().map(DraftMark::text);
    parallel::for_each_indexed(&mut assembled.pages, |index, page: &mut Page| {
        if let Some(mark) = draft_mark {
            layout::add_draft_mark(fonts, page, mark, index == 0);
        }
        if index >= footer_from {
            let number = labels::page_of(index + 1, total, meta.language);
            layout::add_footer(fonts, page, footer, &number);
        }
    });

    // The document id is a hash of what the document is, so equal input gives equal bytes.
    let mut title_hash = FNV_OFFSET;
    fnv1a(&mut title_hash, meta.title.as_bytes());
    fnv1a(&mut title_hash, meta.author.as_bytes());
    fnv1a(&mut title_hash, meta.language.code().as_bytes());
    let document_id = format!(
        "{title_hash:016x}{:016x}",
        title_hash.rotate_left(29) ^ 0x004b_4952_4a55_5249
    );
    // Metadata and outline titles are shown by viewers in their own fonts; keep
    // them to the characters the document itself can print, and short.
    let plain = |text: &str| {
        let text = text.replace('\n', " ");
        fonts.truncate(BODY, &fonts.clean(Face::Regular, &text), 2000.0)
    };
    let bookmarks: Vec<(String, usize)> = assembled
        .bookmarks
        .iter()
        .map(|(title, page)| (plain(title), *page))
        .collect();
    let (title, author, subject) = (
        plain(&meta.title),
        plain(&meta.author),
        plain(&meta.subject),
    );
    let date = (
        u16::try_from(meta.date.year()).unwrap_or(1970),
        meta.date.month() as u8,
        meta.date.day() as u8,
    );
    let info = writer::Info {
        title: &title,
        author: &author,
        subject: &subject,
        keywords: &meta.keywords,
        language: meta.language.code(),
        date,
        document_id,
    };
    writer::write(fonts, assembled.pages, &bookmarks, &info)
        .map_err(|e| ExportError::Pdf(e.to_string()))
}

/// Content blocks as a PDF of their own, every page with `footer` (the change report).
pub(crate) fn blocks_pdf(
    blocks: Vec<crate::content::Block>,
    footer: String,
    title: String,
    author: String,
    language: Language,
    date: NaiveDate,
) -> Result<Vec<u8>, ExportError> {
    let fonts = layout::fonts().map_err(ExportError::Pdf)?;
    let mut composer = layout::Composer::new(fonts);
    composer.place_all(blocks);
    let assembled = Assembled {
        pages: composer.pages,
        bookmarks: composer.bookmarks,
        footer_from: 0,
        footer,
        draft_mark: None,
    };
    let meta = Metadata {
        subject: title.clone(),
        title,
        author,
        keywords: Vec::new(),
        language,
        date,
    };
    finish(fonts, assembled, &meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exports() -> Vec<(String, Vec<u8>)> {
        let document = kirjuri_model::example::btb_plaza();
        let mut files = Vec::new();
        for language in Language::ALL {
            let options = crate::ExportOptions {
                language,
                printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
                last_changed: None,
            };
            let record = export_record_pdf(&document, &options).expect("the record exports");
            files.push((format!("record {language:?}"), record));
            let register = document.registers[0].id;
            let notice =
                export_notice_pdf(&document, register, &options).expect("the notice exports");
            files.push((format!("notice {language:?}"), notice));
            let processor = export_processor_record_pdf(&document, &options)
                .expect("the processor's record exports");
            files.push((format!("processor's record {language:?}"), processor));
        }
        files
    }

    /// krilla's PDF/UA-1 and PDF/A-2a validators run on every export (a
    /// violation is an error, not a file); here on every kind in every language.
    #[test]
    fn every_export_passes_krillas_validators() {
        for (name, pdf) in exports() {
            assert!(pdf.starts_with(b"%PDF-1.7"), "{name}");
            let raw = String::from_utf8_lossy(&pdf);
            assert!(raw.contains("pdfuaid:part"), "{name}: no PDF/UA in the XMP");
            assert!(raw.contains("pdfaid:part"), "{name}: no PDF/A in the XMP");
        }
    }
}
