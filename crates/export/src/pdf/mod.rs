//! The PDF exports: the record of processing activities (Art. 30) for the
//! supervisory authority and the privacy notice of one register (Art. 13/14)
//! for data subjects, laid out per `shared/design/documents.md`.
//!
//! `record` and `notice` turn the document into layout blocks, `layout` places
//! them on pages, and this module puts the pages into a PDF with its metadata
//! (title, author, subject, date, language), outline and running footer.
//! printpdf writes the file's structure and the subset fonts; the content
//! streams are written by `layout` (see docs/performance.md for why). Output is
//! deterministic: every id printpdf would draw at random (font ids, bookmark
//! ids, the trailer's document id) is set here from the content, and every
//! date comes from `ExportOptions`.

pub(crate) mod layout;
pub(crate) mod notice;
mod processor_record;
mod record;

pub use notice::export_notice_pdf;
pub use processor_record::export_processor_record_pdf;
pub use record::export_record_pdf;

use crate::labels::{self, Label};
use crate::{printable, ExportError};
use chrono::NaiveDate;
use kirjuri_model::*;
use layout::{Cell, Column, Face, Fonts, Ink, Item, Page, Para, Span, Style, Table};
use printpdf::{PageAnnotId, PageAnnotation, PdfDocument, PdfFont, PdfSaveOptions};
use std::collections::HashMap;

/// Text in a table cell.
const CELL: Style = Style::new(Face::Regular, layout::TABLE_SIZE, Ink::Body);
const CELL_MUTED: Style = CELL.with_ink(Ink::Muted);
const CELL_STRONG: Style = CELL.with_face(Face::Bold);
/// The label column of a key–value table.
const CELL_KEY: Style = Style::new(Face::Bold, layout::TABLE_SIZE, Ink::Muted);
const BODY: Style = Style::BODY;
const BODY_MUTED: Style = BODY.with_ink(Ink::Muted);
const BODY_STRONG: Style = BODY.with_face(Face::Bold);

/// The words of one export language (and, for Swedish, of the organisation's country).
#[derive(Debug, Clone, Copy)]
struct Words {
    language: Language,
    tongue: labels::Tongue,
}

impl Words {
    fn new(document: &Document, language: Language) -> Words {
        Words {
            language,
            tongue: labels::Tongue::new(language, &document.organisation.country),
        }
    }

    fn label(self, label: Label) -> &'static str {
        self.tongue.label(label)
    }

    /// A localized text, marked "[sv] …" when it falls back to another language.
    fn text(self, text: &LocalizedText) -> Option<String> {
        printable(text, self.language)
    }

    fn vocabulary<V: Vocabulary>(self, value: V) -> &'static str {
        value.label(self.language)
    }

    fn date(self, date: NaiveDate) -> String {
        self.tongue.date(date)
    }

    fn country(self, code: &str) -> String {
        geography::country_name(code.trim(), self.language)
    }

    /// A checkbox: ticked is a person's yes; unticked cannot be told from
    /// never asked, so it reads "not answered" (`Answer::from_legacy`).
    fn ticked(self, value: bool) -> Para {
        self.answered(Answer::from_legacy(value), CELL)
    }

    /// A three-state answer; "not answered" muted, like every missing value.
    fn answered(self, value: Answer, style: Style) -> Para {
        match value {
            Answer::NotAnswered => Para::plain(self.answer(value), style.with_ink(Ink::Muted)),
            _ => Para::plain(self.answer(value), style),
        }
    }

    /// A value chosen from a vocabulary, or "not answered", muted.
    fn chosen<V: Vocabulary>(self, value: Option<V>, style: Style) -> Para {
        match value {
            Some(value) => Para::plain(self.vocabulary(value), style),
            None => Para::plain(self.label(Label::NotAnswered), style.with_ink(Ink::Muted)),
        }
    }

    /// A three-state answer: yes, no, or plainly "not answered".
    fn answer(self, value: Answer) -> &'static str {
        self.label(match value {
            Answer::Yes => Label::Yes,
            Answer::No => Label::No,
            Answer::NotAnswered => Label::NotAnswered,
        })
    }

    /// What stands for a value the user left empty: "not stated", muted —
    /// said plainly, never a bare dash, so a reader sees what is unanswered.
    fn not_stated(self, style: Style) -> Para {
        Para::plain(self.label(Label::NotStated), style.with_ink(Ink::Muted))
    }

    /// "Not stated" as text, for a name in a heading or a list entry.
    fn not_stated_text(self) -> String {
        self.label(Label::NotStated).to_string()
    }

    /// A cell with one value, or "not stated".
    fn stated(self, value: Option<String>) -> Cell {
        vec![value.map_or_else(|| self.not_stated(CELL), |v| Para::plain(v, CELL))]
    }

    /// A cell with one paragraph per value, or "not stated" when there are none.
    fn stated_lines(self, values: Vec<String>) -> Cell {
        if values.is_empty() {
            return vec![self.not_stated(CELL)];
        }
        values.into_iter().map(|v| Para::plain(v, CELL)).collect()
    }

    /// A cell listing values: one plainly, several as bullets, none as "not stated".
    fn stated_list(self, values: Vec<String>) -> Cell {
        match values.len() {
            0 => vec![self.not_stated(CELL)],
            1 => values.into_iter().map(|v| Para::plain(v, CELL)).collect(),
            _ => values
                .into_iter()
                .map(|v| Para::plain(v, CELL).bulleted().after(1.0))
                .collect(),
        }
    }

    /// "Label: value" inside a cell, the label muted; no value reads "not stated".
    fn labelled(self, label: &str, value: Option<String>, style: Style) -> Para {
        let value = match value {
            Some(value) => Span::new(value, style),
            None => Span::new(self.label(Label::NotStated), style.with_ink(Ink::Muted)),
        };
        Para::new(vec![
            Span::new(format!("{label}: "), style.with_ink(Ink::Muted)),
            value,
        ])
    }

    /// A vocabulary value, or "not answered" when none was chosen.
    fn vocabulary_or_not_answered<V: Vocabulary>(self, value: Option<V>) -> String {
        value.map_or_else(
            || self.label(Label::NotAnswered).to_string(),
            |v| self.vocabulary(v).to_string(),
        )
    }
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// A two-column key–value table.
fn key_values(rows: Vec<(&str, Cell)>) -> layout::Block {
    layout::Block::Table(Table {
        columns: vec![
            Column {
                title: String::new(),
                share: 0.3,
            },
            Column {
                title: String::new(),
                share: 0.7,
            },
        ],
        header: false,
        rows: rows
            .into_iter()
            .map(|(key, value)| vec![vec![Para::plain(key, CELL_KEY)], value])
            .collect(),
    })
}

/// A table with a header row; `columns` are (title, share of the width).
fn table(columns: &[(&str, f32)], rows: Vec<Vec<Cell>>) -> layout::Block {
    layout::Block::Table(Table {
        columns: columns
            .iter()
            .map(|(title, share)| Column {
                title: title.to_string(),
                share: *share,
            })
            .collect(),
        header: true,
        rows,
    })
}

fn heading(level: u8, text: impl Into<String>) -> layout::Block {
    layout::Block::Heading {
        level,
        text: text.into(),
        bookmark: false,
        anchor: None,
    }
}

fn paragraph(text: impl Into<String>, style: Style) -> layout::Block {
    layout::Block::Para(Para::plain(text, style).after(4.0))
}

/// A person's name with title, and their contact details, as lines.
fn person_lines(person: &Person, words: Words) -> Vec<String> {
    let mut first = non_empty(&person.name).unwrap_or_else(|| words.not_stated_text());
    if let Some(title) = words.text(&person.title) {
        first = format!("{first}, {title}");
    }
    let mut lines = vec![first];
    lines.extend(non_empty(&person.email));
    lines.extend(non_empty(&person.phone));
    lines
}

/// "Not applicable: reason" where a person answered the finding on this
/// field of the register so (`organisation.finding_answers`); `None` where
/// the field is simply open, or only accepted for now.
fn not_applicable(
    document: &Document,
    register: &Register,
    field: &str,
    words: Words,
    style: Style,
) -> Option<Para> {
    let id = Uuid::from(register.id);
    let answer = document
        .organisation
        .finding_answers
        .iter()
        .find(|a| a.kind == RecordKind::Register && a.id == id && a.field == field)?;
    let FindingResolution::NotApplicable { reason } = &answer.answer else {
        return None;
    };
    let label = words.label(Label::NotApplicable);
    Some(match words.text(reason) {
        Some(reason) => words.labelled(label, Some(reason), style),
        None => Para::plain(label, style),
    })
}

/// The data protection officer, or "not stated": the file has no answer
/// that none is appointed, so the record does not claim it.
fn dpo_cell(index: &Index<'_>, organisation: &Organisation, words: Words) -> Cell {
    let lines = index
        .person(organisation.dpo)
        .map(|person| person_lines(person, words))
        .unwrap_or_default();
    words.stated_lines(lines)
}

/// The organisation's name in the export language.
fn organisation_name(document: &Document, words: Words) -> String {
    words
        .text(&document.organisation.name)
        .unwrap_or_else(|| words.not_stated_text())
}

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
    draft_mark: Option<String>,
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
    // Each page gets its footer, the hash of its text and its glyphs counted,
    // on two threads; the results are combined in page order.
    let total = assembled.pages.len();
    let footer_from = assembled.footer_from;
    let footer = assembled.footer.as_str();
    let draft_mark = assembled.draft_mark.as_deref();
    let prepare = |pages: &mut [Page], first: usize| {
        let mut hashes = Vec::with_capacity(pages.len());
        let mut glyphs = layout::GlyphCollector::default();
        for (index, page) in (first..).zip(pages.iter_mut()) {
            if let Some(mark) = draft_mark {
                layout::add_draft_mark(fonts, page, mark);
            }
            if index >= footer_from {
                let number = labels::page_of(index + 1, total, meta.language);
                layout::add_footer(fonts, page, footer, &number);
            }
            let mut hash = FNV_OFFSET;
            for item in &page.items {
                if let Item::Text { text, .. } = item {
                    fnv1a(&mut hash, text.as_bytes());
                }
            }
            hashes.push(hash);
            glyphs.add_page(fonts, page);
        }
        (hashes, glyphs)
    };
    let (first_half, second_half) = assembled.pages.split_at_mut(total / 2);
    let ((page_hashes, glyphs), (later_hashes, later_glyphs)) = std::thread::scope(|scope| {
        let later = scope.spawn(|| prepare(second_half, total / 2));
        let first = prepare(first_half, 0);
        let later = later
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (first, later)
    });
    let used = glyphs.merge(later_glyphs).finish();

    // The document id is a hash of what is printed, so equal input gives equal bytes.
    let mut content_hash = FNV_OFFSET;
    for hash in page_hashes.into_iter().chain(later_hashes) {
        fnv1a(&mut content_hash, &hash.to_le_bytes());
    }
    let mut title_hash = FNV_OFFSET;
    fnv1a(&mut title_hash, meta.title.as_bytes());
    fnv1a(&mut title_hash, meta.author.as_bytes());
    fnv1a(&mut title_hash, meta.language.code().as_bytes());
    let document_id = format!(
        "{title_hash:016x}{:016x}",
        title_hash.rotate_left(29) ^ 0x004b_4952_4a55_5249
    );
    let instance_id = format!("{content_hash:016x}{title_hash:016x}");

    let mut pdf = PdfDocument::new(&meta.title);
    let midnight = meta
        .date
        .and_hms_opt(0, 0, 0)
        .map_or(0, |d| d.and_utc().timestamp());
    let date = printpdf::OffsetDateTime::from_unix_timestamp(midnight)
        .map_err(|e| ExportError::Pdf(e.to_string()))?;
    // Metadata and outline titles are shown by viewers in their own fonts; keep
    // them to the characters the document itself can print, and short.
    let plain = |text: &str| {
        let text = text.replace('\n', " ");
        fonts.truncate(BODY, &fonts.clean(Face::Regular, &text), 2000.0)
    };
    pdf.metadata.info.document_title = plain(&meta.title);
    let info = &mut pdf.metadata.info;
    info.author = plain(&meta.author);
    info.subject = plain(&meta.subject);
    info.keywords = meta.keywords.clone();
    info.creator = "Kirjuri".to_string();
    info.producer = "Kirjuri (printpdf 0.12)".to_string();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    info.identifier = document_id.clone();
    for (id, font) in fonts.resources() {
        pdf.resources.fonts.map.insert(id, PdfFont::new(font));
    }
    for (n, (title, page)) in assembled.bookmarks.iter().enumerate() {
        pdf.bookmarks.map.insert(
            PageAnnotId(format!("KRJBOOKMARK{n:08}")),
            PageAnnotation {
                name: plain(title),
                page: page + 1,
            },
        );
    }
    // The pages go to printpdf without their text: it lays down the page tree,
    // links, outline and the subset fonts, and its content for page 1 is a probe
    // of every glyph used, which tells the glyph numbers of the subset fonts.
    // The real content streams are written alongside (`write_streams`).
    pdf.pages = assembled
        .pages
        .iter()
        .enumerate()
        .map(|(n, page)| {
            let mut ops = if n == 0 {
                layout::probe_ops(fonts, &used)
            } else {
                Vec::new()
            };
            ops.extend(layout::link_ops(page));
            layout::blank_page(page, ops)
        })
        .collect();

    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    // While printpdf builds the file, the content streams are written with the
    // glyph numbers it is expected to give; the probe then confirms them, or
    // the streams are written again with the numbers it did give.
    let expected = used.expected_maps();
    let pages = std::mem::take(&mut assembled.pages);
    let (mut written, mut file) = write_streams(fonts, &pages, &expected, move || {
        let mut warnings = Vec::new();
        pdf.to_lopdf_document(&options, &mut warnings)
    });
    let broken =
        |e: &dyn std::fmt::Display| ExportError::Pdf(format!("the PDF writer's output: {e}"));
    let page_ids: Vec<_> = file.get_pages().into_values().collect();
    if page_ids.len() != pages.len() {
        return Err(broken(&"the page count changed"));
    }
    let contents = page_ids
        .iter()
        .map(|id| {
            file.get_dictionary(*id)
                .and_then(|page| page.get(b"Contents"))
                .and_then(|contents| contents.as_reference())
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| broken(&e))?;
    let probe = file
        .get_object(contents[0])
        .and_then(|o| o.as_stream())
        .map_err(|e| broken(&e))?;
    if probe.dict.get(b"Filter").is_ok() {
        return Err(broken(&"the font probe is compressed"));
    }
    let maps = layout::read_probe(&probe.content, &used).map_err(ExportError::Pdf)?;
    if maps != expected {
        #[cfg(test)]
        STREAMS_REWRITTEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        written = write_streams(fonts, &pages, &maps, || ()).0;
    }
    // The laid-out pages are freed on another thread while the file is finished.
    // (Should no thread be had, the pages are freed here, by the failed spawn.)
    let freeing = std::thread::Builder::new()
        .name("kirjuri-pdf-free".to_string())
        .spawn(move || drop(pages))
        .ok();
    for (stream, id) in written.into_iter().zip(contents) {
        let target = file
            .get_object_mut(id)
            .and_then(|o| o.as_stream_mut())
            .map_err(|e| broken(&e))?;
        match stream {
            Ok(compressed) => {
                target.dict.set("Filter", "FlateDecode");
                target.set_content(compressed);
            }
            Err(plain) => {
                // Deflating it did not make it smaller: not again below.
                target.allows_compression = false;
                target.set_content(plain);
            }
        }
    }
    // printpdf draws the trailer's /ID at random and sets no /Lang: replace the
    // one and add the other by rewriting string objects it already made.
    let mut language = None;
    if let Ok(ids) = file.trailer.get_mut(b"ID").and_then(|o| o.as_array_mut()) {
        for (slot, value) in ids.iter_mut().zip([&document_id, &instance_id]) {
            if language.is_none() {
                language = Some(slot.clone());
            }
            if let Ok(bytes) = slot.as_str_mut() {
                *bytes = value.as_bytes().to_vec();
            }
        }
    } else {
        return Err(ExportError::Pdf(
            "the PDF writer gave no document id to replace".to_string(),
        ));
    }
    if let Some(mut language) = language {
        if let Ok(bytes) = language.as_str_mut() {
            *bytes = meta.language.code().as_bytes().to_vec();
        }
        if let Ok(catalog) = file.catalog_mut() {
            catalog.set("Lang", language);
        }
    }
    // An empty /GTS_PDFXVersion makes readers take the file for PDF/X, which it is not.
    if let Ok(info) = file.trailer.get(b"Info").and_then(|o| o.as_reference()) {
        if let Ok(dictionary) = file.get_dictionary_mut(info) {
            dictionary.remove(b"GTS_PDFXVersion");
        }
    }
    // The other streams (fonts, their maps) are compressed here too, rather
    // than by lopdf, whose `compress` always takes zlib's slowest level.
    let streams: Vec<_> = file
        .objects
        .values_mut()
        .filter_map(|o| o.as_stream_mut().ok())
        .filter(|s| s.allows_compression && s.dict.get(b"Filter").is_err())
        .collect();
    on_two_threads(streams, |stream| {
        if let Some(compressed) = deflate(&stream.content) {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    });
    let mut bytes = Vec::new();
    file.save_to(&mut bytes)
        .map_err(|e| ExportError::Pdf(e.to_string()))?;
    // Only a panic while freeing could make this fail, and the file is written by then.
    if let Some(freeing) = freeing {
        let _ = freeing.join();
    }
    Ok(bytes)
}

/// zlib's level for the streams: 1 is fastest, 9 smallest. Level 2 takes a
/// third of the time of lopdf's 9 for a file 6 % larger (docs/performance.md).
const STREAM_COMPRESSION_LEVEL: u32 = 2;

/// The stream deflated for `/FlateDecode`, or `None` when that would not make
/// it smaller (lopdf's own rule) or fails.
fn deflate(content: &[u8]) -> Option<Vec<u8>> {
    deflate_with(&mut compressor(), content)
}

/// A zlib compressor at the streams' level, to reuse for many streams: a new
/// one allocates and clears its tables each time.
fn compressor() -> flate2::Compress {
    flate2::Compress::new(flate2::Compression::new(STREAM_COMPRESSION_LEVEL), true)
}

/// As [`deflate`], with a compressor that is reset first.
fn deflate_with(compressor: &mut flate2::Compress, content: &[u8]) -> Option<Vec<u8>> {
    compressor.reset();
    let mut compressed = Vec::with_capacity(content.len() / 3 + 64);
    loop {
        let read = usize::try_from(compressor.total_in()).ok()?;
        let status = compressor
            .compress_vec(
                content.get(read..)?,
                &mut compressed,
                flate2::FlushCompress::Finish,
            )
            .ok()?;
        if status == flate2::Status::StreamEnd {
            break;
        }
        compressed.reserve(compressed.capacity().max(1024));
    }
    (compressed.len() + 19 < content.len()).then_some(compressed)
}

/// How many exports had to write their content streams again because printpdf
/// numbered the subset glyphs otherwise than expected (a test keeps it at 0).
#[cfg(test)]
static STREAMS_REWRITTEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A page's content stream, deflated when that makes it smaller (`Err` holds it plain).
type PageStream = Result<Vec<u8>, Vec<u8>>;

/// Writes and compresses the pages' content streams, in page order, on a
/// second thread and, once `meanwhile` has returned, on this one too: the two
/// take chunks of pages in turn, so neither idles while there is work.
fn write_streams<R>(
    fonts: &Fonts,
    pages: &[Page],
    maps: &layout::GlyphMaps,
    meanwhile: impl FnOnce() -> R,
) -> (Vec<PageStream>, R) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    const CHUNK: usize = 32;
    let next = AtomicUsize::new(0);
    let work = || {
        let mut compressor = compressor();
        let mut done = Vec::new();
        loop {
            let start = next.fetch_add(CHUNK, Ordering::Relaxed);
            if start >= pages.len() {
                return done;
            }
            let chunk = &pages[start..(start + CHUNK).min(pages.len())];
            let streams: Vec<PageStream> = chunk
                .iter()
                .map(|page| {
                    let content = layout::content(fonts, page, maps);
                    deflate_with(&mut compressor, &content).ok_or(content)
                })
                .collect();
            done.push((start, streams));
        }
    };
    std::thread::scope(|scope| {
        let helper = scope.spawn(work);
        let result = meanwhile();
        let mut chunks = work();
        chunks.extend(
            helper
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        );
        chunks.sort_by_key(|(start, _)| *start);
        let streams = chunks
            .into_iter()
            .flat_map(|(_, streams)| streams)
            .collect();
        (streams, result)
    })
}

/// `work` applied to each item, in order, the first half of the items on a
/// second thread (the machine this is written for has two cores).
fn on_two_threads<T: Send, R: Send>(mut items: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R> {
    let second_half = items.split_off(items.len() / 2);
    let work = &work;
    std::thread::scope(|scope| {
        let first = scope.spawn(move || items.into_iter().map(work).collect::<Vec<_>>());
        let second = second_half.into_iter().map(work);
        let mut all: Vec<R> = Vec::new();
        let later: Vec<R> = second.collect();
        all.extend(
            first
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        );
        all.extend(later);
        all
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printpdf_numbers_the_subset_glyphs_as_expected() {
        use std::sync::atomic::Ordering;
        let document = kirjuri_model::example::btb_plaza();
        for language in Language::ALL {
            let options = crate::ExportOptions {
                language,
                printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
                last_changed: None,
            };
            export_record_pdf(&document, &options).expect("the record exports");
            let register = document.registers[0].id;
            export_notice_pdf(&document, register, &options).expect("the notice exports");
        }
        // Otherwise every export writes its streams twice: right, but slower.
        assert_eq!(STREAMS_REWRITTEN.load(Ordering::Relaxed), 0);
    }
}
