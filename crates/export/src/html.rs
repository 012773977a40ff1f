//! The privacy notice as one standalone HTML page for the company's website:
//! the same content blocks the PDF draws (`crate::content`, as `crate::notice` fills them),
//! written as semantic HTML — `lang` set, headings, lists and tables — with its
//! styles inline, no scripts and no external resources. It leaves out what
//! only paper needs: pages, footers on every page, bookmarks.

use crate::content::{Block, DraftMark, Face, Ink, Para, Span, Table};
use crate::notice::notice_content;
use crate::{ExportError, ExportOptions, Exported};
use kirjuri_model::{Document, RegisterId};
use std::fmt::Write;

/// The styles of the page: readable line length, the PDF's colours, print-friendly.
const STYLE: &str = "\
body{margin:0;background:#fff;color:#1c1c1f;font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif}\
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 3rem}\
h1{color:#0d4a78;font-size:2rem;line-height:1.2;margin:0 0 .4rem}\
h2{color:#0d4a78;font-size:1.2rem;margin:2rem 0 .5rem}\
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}\
p{margin:0 0 .7rem}\
.subtitle{font-size:1.25rem;font-weight:700;margin-bottom:.3rem}\
.muted{color:#5c5c62}\
.indent{margin-left:1.5rem}\
ul{margin:0 0 .9rem;padding-left:1.4rem}\
li{margin:0 0 .35rem}\
li p{margin:.2rem 0 0}\
table{border-collapse:collapse;width:100%;margin:0 0 1rem}\
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #c7ccd1}\
thead th{background:#e6edf5}\
.draft{border:3px solid #b3261e;color:#b3261e;font-weight:700;letter-spacing:.2em;text-align:center;padding:.5rem;margin:0 0 1.5rem}\
footer{max-width:46rem;margin:0 auto;padding:0 1.25rem 2rem;font-size:.85rem;color:#5c5c62}\
";

/// The privacy notice of `register` as a standalone HTML page, in `options.language`: its bytes.
pub fn export_notice_html(
    document: &Document,
    register: RegisterId,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    notice_html(document, register, options).map(|exported| exported.bytes)
}

/// The privacy notice of `register` as a standalone HTML page, in
/// `options.language`, with the reasons it is a draft.
pub fn notice_html(
    document: &Document,
    register: RegisterId,
    options: &ExportOptions,
) -> Result<Exported, ExportError> {
    let content = notice_content(document, register, options)?;
    let mut page = String::with_capacity(16 * 1024);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} – {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        options.language.code(),
        escape(&content.title),
        escape(&content.register_name),
    );
    // A notice with open errors is visibly a draft, on the web as on paper.
    if let Some(mark) = content.draft_mark.as_ref().map(DraftMark::text) {
        let _ = writeln!(
            page,
            "<p class=\"draft\" role=\"note\">{}</p>",
            escape(mark)
        );
    }
    write_blocks(&mut page, &content.blocks);
    page.push_str("</main>\n<footer><p>");
    page.push_str(&escape(&content.organisation));
    if let Some(version) = &content.version {
        page.push_str(" · ");
        page.push_str(&escape(content.version_label));
        page.push(' ');
        page.push_str(&escape(version));
    }
    page.push_str("</p></footer>\n</body>\n</html>\n");
    Ok(Exported {
        bytes: page.into_bytes(),
        draft_reasons: content.draft_reasons,
    })
}

/// Content blocks as one standalone page in `language`, with the notice's
/// styles (the change report, shown in the window and printed from there).
pub(crate) fn blocks_page(
    language: kirjuri_model::Language,
    title: &str,
    blocks: &[Block],
) -> String {
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        language.code(),
        escape(title)
    );
    write_blocks(&mut page, blocks);
    page.push_str("</main>\n</body>\n</html>\n");
    page
}

/// Writes the blocks in order; a run of bulleted paragraphs becomes one list,
/// and the indented paragraphs right after a bullet belong to its item.
fn write_blocks(out: &mut String, blocks: &[Block]) {
    let mut in_list = false;
    let mut in_item = false;
    for block in blocks {
        let continues_item = matches!(block, Block::Para(p) if !p.bullet && p.indent > 0.0);
        let starts_item = matches!(block, Block::Para(p) if p.bullet);
        let spacing = matches!(block, Block::Space(_) | Block::NewPage(_));
        if in_item && !continues_item && !spacing {
            out.push_str("</li>\n");
            in_item = false;
        }
        let stays_in_list = starts_item || spacing || (continues_item && in_item);
        if in_list && !stays_in_list {
            out.push_str("</ul>\n");
            in_list = false;
        }
        match block {
            Block::Heading { level, text, .. } => {
                let level = (*level).clamp(2, 6);
                // A numbered section ("4. Purposes …") can be linked to, and
                // the editor's preview leads from it to where it is written.
                match section_number(text) {
                    Some(n) if level == 2 => {
                        let _ = writeln!(out, "<h2 id=\"section-{n}\">{}</h2>", escape(text));
                    }
                    _ => {
                        let _ = writeln!(out, "<h{level}>{}</h{level}>", escape(text));
                    }
                }
            }
            Block::Para(para) if para.bullet => {
                if !in_list {
                    out.push_str("<ul>\n");
                    in_list = true;
                }
                out.push_str("<li>");
                write_spans(out, &para.spans);
                in_item = true;
            }
            Block::Para(para) => write_para(out, para, in_item),
            Block::Table(table) => write_table(out, table),
            Block::ContentsEntry { text, .. } => {
                let _ = writeln!(out, "<p>{}</p>", escape(text));
            }
            Block::Space(_) | Block::NewPage(_) => {}
        }
    }
    if in_item {
        out.push_str("</li>\n");
    }
    if in_list {
        out.push_str("</ul>\n");
    }
}

/// The number of a notice section's heading, "4. Purposes" → 4.
fn section_number(heading: &str) -> Option<usize> {
    let (number, rest) = heading.split_once(". ")?;
    if rest.is_empty() {
        return None;
    }
    number.parse().ok()
}

fn write_para(out: &mut String, para: &Para, in_item: bool) {
    if para.title {
        out.push_str("<h1>");
        write_spans(out, &para.spans);
        out.push_str("</h1>\n");
        return;
    }
    // The register's name under the title: large and bold in the PDF.
    let subtitle = para
        .spans
        .iter()
        .all(|s| s.style.face == Face::Bold && s.style.size >= 14.0);
    let class = if subtitle {
        " class=\"subtitle\""
    } else if para.indent > 0.0 && !in_item {
        " class=\"indent\""
    } else {
        ""
    };
    let _ = write!(out, "<p{class}>");
    write_spans(out, &para.spans);
    out.push_str("</p>\n");
}

fn write_spans(out: &mut String, spans: &[Span]) {
    for span in spans {
        let (open, close) = match (span.style.face, span.style.ink) {
            (Face::Bold, _) => ("<strong>", "</strong>"),
            (Face::Regular, Ink::Muted) => ("<span class=\"muted\">", "</span>"),
            (Face::Regular, _) => ("", ""),
        };
        out.push_str(open);
        let mut lines = span.text.split('\n').peekable();
        while let Some(line) = lines.next() {
            out.push_str(&escape(line));
            if lines.peek().is_some() {
                out.push_str("<br>");
            }
        }
        out.push_str(close);
    }
}

fn write_table(out: &mut String, table: &Table) {
    let columns = table.columns.len().max(1);
    out.push_str("<table>\n");
    if table.header {
        out.push_str("<thead><tr>");
        for column in &table.columns {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&column.title));
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        if row.len() == 1 && columns > 1 {
            let _ = write!(out, "<th scope=\"colgroup\" colspan=\"{columns}\">");
            write_cell(out, &row[0]);
            out.push_str("</th>");
        } else {
            for (n, cell) in row.iter().enumerate() {
                // A key–value table: the first cell names the row.
                let key = !table.header && n == 0 && columns > 1;
                out.push_str(if key { "<th scope=\"row\">" } else { "<td>" });
                write_cell(out, cell);
                out.push_str(if key { "</th>" } else { "</td>" });
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn write_cell(out: &mut String, cell: &[Para]) {
    for (n, para) in cell.iter().enumerate() {
        if n > 0 {
            out.push_str("<br>");
        }
        write_spans(out, &para.spans);
    }
}

/// User text is data: every character that means something in HTML is escaped.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
