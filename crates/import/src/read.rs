//! A description's text as paragraphs, whatever file it came in: Word
//! (.docx) and OpenDocument (.odt) through their XML, PDF through its text
//! layer, a saved web page without its menus and footers, and plain text in
//! UTF-8, UTF-16 or Windows-1252. The kind is read from the content, not the name.

use crate::ImportError;
use std::io::Read;

/// The largest file read: a register description is a few pages; a bigger
/// file is something else, and reading it would only cost memory.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// The most text an office file's XML may unpack to (a zip bomb stops here).
const MAX_UNPACKED_BYTES: u64 = 50 * 1024 * 1024;

/// What a file is, read from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Docx,
    Odt,
    Pdf,
    Html,
    Text,
}

/// How a paragraph stood in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Style {
    /// A heading the file marked as one (Word's heading styles, `<h2>`, `text:h`).
    Heading,
    /// A list item, with its depth (0 for the outermost list) and the
    /// marker it was written with in plain text ("a.", "ii.", "•"), if any.
    Item {
        depth: usize,
        marker: String,
    },
    Plain,
}

/// One paragraph of the description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    pub style: Style,
}

/// The kind of `bytes`: office files by their zip contents, PDF and HTML by
/// their first bytes, anything else that decodes as text as text.
pub fn detect(bytes: &[u8]) -> Result<Kind, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge(bytes.len() / (1024 * 1024)));
    }
    if bytes.starts_with(b"%PDF-") {
        return Ok(Kind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
            .map_err(|_| ImportError::Damaged("the zip archive cannot be read".into()))?;
        let names: Vec<&str> = archive.file_names().collect();
        if names.contains(&"word/document.xml") {
            return Ok(Kind::Docx);
        }
        if names.contains(&"content.xml") {
            return Ok(Kind::Odt);
        }
        return Err(ImportError::Unsupported(
            "a zip file that is neither a Word (.docx) nor an OpenDocument (.odt) document".into(),
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ImportError::Unsupported(
            "an old Word file (.doc): open it in Word or LibreOffice and save it as .docx".into(),
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(ImportError::Unsupported(
            "an RTF file: open it in Word or LibreOffice and save it as .docx".into(),
        ));
    }
    let head = decode_text(&bytes[..bytes.len().min(4096)]).to_lowercase();
    let head = head.trim_start();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body") {
        return Ok(Kind::Html);
    }
    if bytes.iter().take(8192).filter(|b| **b == 0).count() > 0 && !looks_utf16(bytes) {
        return Err(ImportError::Unsupported(
            "a binary file, not a document".into(),
        ));
    }
    Ok(Kind::Text)
}

/// The paragraphs of a file of `kind`.
pub fn paragraphs(bytes: &[u8], kind: Kind) -> Result<Vec<Paragraph>, ImportError> {
    let paragraphs = match kind {
        Kind::Docx => office(bytes, "word/document.xml", docx_paragraphs)?,
        Kind::Odt => office(bytes, "content.xml", odt_paragraphs)?,
        Kind::Pdf => text_paragraphs(&pdf_text(bytes)?),
        Kind::Html => html_paragraphs(&decode_text(bytes)),
        Kind::Text => text_paragraphs(&decode_text(bytes)),
    };
    Ok(paragraphs
        .into_iter()
        .map(|p| Paragraph {
            text: squash_spaces(&p.text),
            style: p.style,
        })
        .filter(|p| !p.text.is_empty())
        .collect())
}

fn squash_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn looks_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Text in UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or
/// else Windows-1252, what Word's "save as plain text" writes on Windows.
pub fn decode_text(bytes: &[u8]) -> String {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(error) if error.valid_up_to() + 4 >= bytes.len() => {
            // A UTF-8 text cut in the middle of a character (the head of a file).
            String::from_utf8_lossy(bytes).into_owned()
        }
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// Reads one XML part of an office file, bounded, and parses it with `parse`.
fn office(
    bytes: &[u8],
    part: &str,
    parse: fn(&str) -> Result<Vec<Paragraph>, ImportError>,
) -> Result<Vec<Paragraph>, ImportError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| ImportError::Damaged("the zip archive cannot be read".into()))?;
    let entry = archive
        .by_name(part)
        .map_err(|_| ImportError::Damaged(format!("{part} is missing")))?;
    if entry.encrypted() {
        return Err(ImportError::Encrypted);
    }
    let mut xml = String::new();
    entry
        .take(MAX_UNPACKED_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|_| ImportError::Damaged(format!("{part} cannot be unpacked")))?;
    if xml.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(ImportError::TooLarge(
            MAX_UNPACKED_BYTES as usize / (1024 * 1024),
        ));
    }
    parse(&xml)
}

/// The value of attribute `name` (local name, any prefix) of an element.
fn attribute(element: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            // Not `unescape_value`: it is gone when another crate of the
            // workspace turns on quick-xml's `encoding` feature.
            let raw = String::from_utf8_lossy(&a.value).into_owned();
            quick_xml::escape::unescape(&raw)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn xml_error(error: impl std::fmt::Display) -> ImportError {
    ImportError::Damaged(format!("its XML cannot be read ({error})"))
}

/// Word's paragraphs: `w:p` with `w:t` runs; a heading style or an outline
/// level makes a heading, a numbering (`w:numPr`) a list item at `w:ilvl`.
fn docx_paragraphs(xml: &str) -> Result<Vec<Paragraph>, ImportError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut paragraphs = Vec::new();
    let mut text = String::new();
    let mut style = Style::Plain;
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"p" => {
                    text.clear();
                    style = Style::Plain;
                }
                b"t" => in_text = true,
                b"tab" | b"br" | b"cr" => text.push(' '),
                b"pStyle" => {
                    let value = attribute(&e, b"val").unwrap_or_default().to_lowercase();
                    if value.starts_with("heading")
                        || value.starts_with("otsikko")
                        || value.starts_with("rubrik")
                        || value == "title"
                    {
                        style = Style::Heading;
                    } else if value.contains("list") && style == Style::Plain {
                        style = Style::Item {
                            depth: 0,
                            marker: String::new(),
                        };
                    }
                }
                b"outlineLvl" => style = Style::Heading,
                b"ilvl" => {
                    let depth = attribute(&e, b"val")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    if style != Style::Heading {
                        style = Style::Item {
                            depth,
                            marker: String::new(),
                        };
                    }
                }
                b"numPr" if style == Style::Plain => {
                    style = Style::Item {
                        depth: 0,
                        marker: String::new(),
                    };
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                text.push_str(&t.decode().map_err(xml_error)?);
            }
            Event::GeneralRef(r) if in_text => {
                text.push_str(&resolve_entity(&r.decode().map_err(xml_error)?));
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => paragraphs.push(Paragraph {
                    text: std::mem::take(&mut text),
                    style: std::mem::replace(&mut style, Style::Plain),
                }),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(paragraphs)
}

fn resolve_entity(name: &str) -> String {
    match name {
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "quot" => "\"".into(),
        "apos" => "'".into(),
        other => other
            .strip_prefix('#')
            .and_then(|n| match n.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => n.parse().ok(),
            })
            .and_then(char::from_u32)
            .map(String::from)
            .unwrap_or_default(),
    }
}

/// OpenDocument's paragraphs: `text:h` headings, `text:p` paragraphs, list
/// items at the depth of their `text:list` nesting; `text:s` is spaces.
fn odt_paragraphs(xml: &str) -> Result<Vec<Paragraph>, ImportError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut paragraphs = Vec::new();
    let mut list_depth = 0usize;
    let mut in_item = 0usize;
    // The paragraph being read: its text and style; nested `text:p` in a
    // note or a frame are read into the same one.
    let mut open: Vec<(String, Style)> = Vec::new();
    let mut in_body = false;
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) => match e.local_name().as_ref() {
                b"body" => in_body = true,
                b"list" => list_depth += 1,
                b"list-item" => in_item += 1,
                b"h" if in_body => open.push((String::new(), Style::Heading)),
                b"p" if in_body => {
                    let style = if in_item > 0 {
                        Style::Item {
                            depth: list_depth.saturating_sub(1),
                            marker: String::new(),
                        }
                    } else {
                        Style::Plain
                    };
                    open.push((String::new(), style));
                }
                _ => {}
            },
            Event::Empty(e) => {
                if let Some((text, _)) = open.last_mut() {
                    match e.local_name().as_ref() {
                        b"s" => {
                            let count: usize = attribute(&e, b"c")
                                .and_then(|c| c.parse().ok())
                                .unwrap_or(1);
                            text.push_str(&" ".repeat(count.min(8)));
                        }
                        b"tab" | b"line-break" => text.push(' '),
                        _ => {}
                    }
                }
            }
            Event::Text(t) => {
                if let Some((text, _)) = open.last_mut() {
                    text.push_str(&t.decode().map_err(xml_error)?);
                }
            }
            Event::GeneralRef(r) => {
                if let Some((text, _)) = open.last_mut() {
                    text.push_str(&resolve_entity(&r.decode().map_err(xml_error)?));
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"body" => in_body = false,
                b"list" => list_depth = list_depth.saturating_sub(1),
                b"list-item" => in_item = in_item.saturating_sub(1),
                b"h" | b"p" => {
                    if let Some((text, style)) = open.pop() {
                        match open.last_mut() {
                            Some((outer, _)) => {
                                outer.push(' ');
                                outer.push_str(&text);
                            }
                            None => paragraphs.push(Paragraph { text, style }),
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(paragraphs)
}

/// A PDF's text layer. An encrypted PDF and one without text (a scan) are refused.
fn pdf_text(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.windows(8).any(|w| w == b"/Encrypt") {
        return Err(ImportError::Encrypted);
    }
    // The extractor panics on some damaged files; a damaged file is an error, not a crash.
    let text = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes))
        .map_err(|_| ImportError::Damaged("its pages cannot be read".into()))?
        .map_err(|e| ImportError::Damaged(format!("its pages cannot be read ({e})")))?;
    if text.chars().filter(|c| c.is_alphabetic()).count() < 40 {
        return Err(ImportError::NoTextLayer);
    }
    Ok(text)
}

/// A web page's main content: `main` or `article` when there is one, else
/// the body, without navigation, header, footer, asides, scripts and forms.
fn html_paragraphs(html: &str) -> Vec<Paragraph> {
    use scraper::{ElementRef, Html, Node, Selector};
    let page = Html::parse_document(html);
    let root = ["main", "article", "[role=main]", "body"]
        .iter()
        .filter_map(|s| Selector::parse(s).ok())
        .find_map(|s| page.select(&s).next());
    let Some(root) = root else {
        return Vec::new();
    };
    const SKIP: &[&str] = &[
        "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "template",
        "button", "select",
    ];
    const BLOCKS: &[&str] = &[
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "dt",
        "dd",
        "div",
        "section",
        "blockquote",
        "pre",
        "tr",
        "ul",
        "ol",
        "table",
        "article",
        "main",
        "body",
        "br",
    ];
    fn walk(
        element: ElementRef<'_>,
        depth: usize,
        out: &mut Vec<Paragraph>,
        text: &mut String,
        style: &mut Style,
    ) {
        for child in element.children() {
            match child.value() {
                Node::Text(t) => text.push_str(t),
                Node::Element(e) => {
                    let name = e.name();
                    if SKIP.contains(&name) {
                        continue;
                    }
                    let Some(child_element) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if !BLOCKS.contains(&name) {
                        walk(child_element, depth, out, text, style);
                        continue;
                    }
                    flush(out, text, style);
                    let inner_depth = if matches!(name, "ul" | "ol") {
                        depth + 1
                    } else {
                        depth
                    };
                    *style = match name {
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Style::Heading,
                        "li" => Style::Item {
                            depth: depth.saturating_sub(1),
                            marker: String::new(),
                        },
                        _ => Style::Plain,
                    };
                    walk(child_element, inner_depth, out, text, style);
                    flush(out, text, style);
                }
                _ => {}
            }
        }
    }
    fn flush(out: &mut Vec<Paragraph>, text: &mut String, style: &mut Style) {
        if !text.trim().is_empty() {
            out.push(Paragraph {
                text: std::mem::take(text),
                style: style.clone(),
            });
        }
        text.clear();
        *style = Style::Plain;
    }
    let mut out = Vec::new();
    let mut text = String::new();
    let mut style = Style::Plain;
    walk(root, 0, &mut out, &mut text, &mut style);
    flush(&mut out, &mut text, &mut style);
    out
}

/// A list marker at the start of a plain-text line: a bullet, a number, a
/// letter or a roman numeral, with a dot or a parenthesis. Returns the
/// marker and the rest of the line.
pub fn split_marker(line: &str) -> Option<(String, &str)> {
    let trimmed = line.trim_start();
    let first = trimmed.chars().next()?;
    if "•◦▪▫●○■□–-*·".contains(first) {
        let rest = trimmed[first.len_utf8()..].trim_start();
        if !rest.is_empty() {
            return Some((first.to_string(), rest));
        }
        return None;
    }
    let end = trimmed.find(['.', ')'])?;
    let (marker, rest) = trimmed.split_at(end);
    let rest = &rest[1..];
    if !rest.starts_with(' ') || rest.trim().is_empty() || marker.is_empty() || marker.len() > 4 {
        return None;
    }
    let is_number = marker.chars().all(|c| c.is_ascii_digit());
    let is_letter = marker.chars().count() == 1 && marker.chars().all(|c| c.is_ascii_lowercase());
    let is_roman = marker.chars().all(|c| "ivx".contains(c));
    (is_number || is_letter || is_roman).then(|| (format!("{marker}."), rest.trim_start()))
}

/// Plain text as paragraphs: a line with a list marker starts an item, a
/// blank line ends a paragraph, and a line that continues a sentence
/// (lower-case start, the previous line not ended) joins the one before —
/// PDFs and copied web pages break lines inside sentences.
fn text_paragraphs(text: &str) -> Vec<Paragraph> {
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut open = false;
    // A blank line ends a paragraph, unless the next line is plainly the rest
    // of its sentence (a lower-case start after an unfinished sentence).
    let mut after_blank = false;
    for raw in text.lines() {
        let line = raw.trim_end();
        if line.trim().is_empty() {
            after_blank = true;
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        if let Some((marker, rest)) = split_marker(line) {
            after_blank = false;
            paragraphs.push(Paragraph {
                text: rest.to_string(),
                style: Style::Item {
                    depth: indent / 2,
                    marker,
                },
            });
            open = true;
            continue;
        }
        let trimmed = line.trim();
        let continues = open
            && paragraphs.last().is_some_and(|p| {
                let ended = p.text.trim_end().ends_with(['.', ':', '!', '?']);
                let lower = trimmed.chars().next().is_some_and(|c| c.is_lowercase());
                // A numbered line may be a section's heading: only a
                // lower-case continuation joins it.
                let numbered = matches!(&p.style, Style::Item { marker, .. } if marker.starts_with(|c: char| c.is_ascii_digit()));
                (!ended && lower && !is_contact_line(trimmed))
                    || (!after_blank
                        && !ended
                        && !numbered
                        && !looks_like_heading(trimmed)
                        && p.text.len() > 60)
            });
        after_blank = false;
        if continues {
            let last = paragraphs.last_mut().expect("an open paragraph");
            last.text.push(' ');
            last.text.push_str(trimmed);
        } else {
            paragraphs.push(Paragraph {
                text: trimmed.to_string(),
                style: Style::Plain,
            });
            open = true;
        }
    }
    paragraphs
}

/// A line of contact details ("puh. 014 123 4567", "info@firma.fi",
/// "www.firma.fi"): an address block's next line, never the rest of the
/// sentence before it, though it starts in lower case.
fn is_contact_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    let label = first.trim_end_matches(['.', ':']);
    const LABELS: &[&str] = &[
        "puh",
        "p",
        "puhelin",
        "gsm",
        "tel",
        "tfn",
        "telefon",
        "mob",
        "mobil",
        "phone",
        "email",
        "e-mail",
        "sähköposti",
        "s-posti",
        "e-post",
        "epost",
        "www",
        "http",
        "https",
        "fax",
        "faksi",
        "y-tunnus",
        "fo-nummer",
        "org.nr",
        "orgnr",
    ];
    LABELS.contains(&label)
        || first.contains('@')
        || first.starts_with("www.")
        || first.starts_with("http")
}

/// A short line without a full stop: a heading rather than a sentence's continuation.
fn looks_like_heading(line: &str) -> bool {
    line.chars().count() < 70 && !line.ends_with('.') && line.split_whitespace().count() <= 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_block_keeps_its_lines() {
        let text = "Hiusstudio Kaarna Oy\nKauppakatu 14, 40100 Jyväskylä\npuh. 014 123 4567\ninfo@hiusstudiokaarna.fi\n";
        let lines: Vec<String> = text_paragraphs(text).into_iter().map(|p| p.text).collect();
        assert_eq!(
            lines,
            [
                "Hiusstudio Kaarna Oy",
                "Kauppakatu 14, 40100 Jyväskylä",
                "puh. 014 123 4567",
                "info@hiusstudiokaarna.fi"
            ]
        );
        // A wrapped sentence still joins.
        let wrapped = text_paragraphs("Tietoja käsitellään asiakassuhteen\nhoitamiseksi.\n");
        assert_eq!(wrapped.len(), 1);
    }

    #[test]
    fn markers_of_real_descriptions_are_split_off() {
        assert_eq!(
            split_marker(" • Distribution av nyhetsbrev"),
            Some(("•".into(), "Distribution av nyhetsbrev"))
        );
        assert_eq!(
            split_marker("ii. Uppgifter om personer"),
            Some(("ii.".into(), "Uppgifter om personer"))
        );
        assert_eq!(
            split_marker("3. REGISTRETS NAMN"),
            Some(("3.".into(), "REGISTRETS NAMN"))
        );
        assert_eq!(split_marker("1.1.2016 skapat"), None);
        assert_eq!(split_marker("Solteq Oyj"), None);
    }

    #[test]
    fn windows_1252_and_utf16_decode() {
        let cp1252 = [b'S', 0xE4, b'i', b'l', b'y', b't', b'y', b's'];
        assert_eq!(decode_text(&cp1252), "Säilytys");
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "Säilytys".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        assert_eq!(decode_text(&utf16), "Säilytys");
    }

    #[test]
    fn wrapped_lines_of_a_sentence_join() {
        let text = "i. För att kunna kommunicera via e-post eller telefon med befintliga kunder,\n\nleverantörer och samarbetspartners.\nii. Nästa";
        let paragraphs = text_paragraphs(text);
        assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
    }
}
