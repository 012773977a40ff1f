//! The privacy notice as an HTML page, seen from outside: for every register of
//! every seed fixture in sv, fi and en it says what the PDF notice says (the
//! PDF read back with poppler's `pdftotext`), it is one standalone page (no
//! scripts, no external resources, `lang` set, one `h1`, the numbered sections
//! as `h2`), and user text stays text.

use chrono::NaiveDate;
use kirjuri_export::{export_notice_html, export_notice_pdf, ExportOptions};
use kirjuri_model::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn options(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        last_changed: NaiveDate::from_ymd_opt(2026, 10, 2),
    }
}

fn fixture_documents() -> Vec<(String, Document)> {
    ["btb-plaza", "beebyte", "solteq"]
        .iter()
        .map(|name| {
            let path = fixtures().join(format!("{name}.json"));
            let text = std::fs::read_to_string(&path).unwrap();
            let document =
                exchange::from_json(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (name.to_string(), document)
        })
        .collect()
}

/// The PDF's text as `pdftotext` reads it (from standard input).
fn pdf_text(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) is installed");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

/// The text a reader of the page sees: tags dropped, entities read, spaces squeezed.
fn visible_text(html: &str) -> String {
    let body = &html[html.find("<body>").unwrap()..];
    let mut text = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' => {
                in_tag = false;
                // Inline tags (<strong>) sit inside a line; block tags end one.
                let name = tag.trim_start_matches('/');
                let name = name.split_whitespace().next().unwrap_or_default();
                if !matches!(name, "strong" | "em" | "span" | "a") {
                    text.push(' ');
                }
            }
            c if in_tag => tag.push(c),
            c => text.push(c),
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_html_notice_says_what_the_pdf_notice_says() {
    let mut compared = 0;
    for (name, document) in fixture_documents() {
        for register in &document.registers {
            for language in Language::ALL {
                let options = options(language);
                let html = export_notice_html(&document, register.id, &options).unwrap();
                let html = String::from_utf8(html).unwrap();
                let seen = visible_text(&html);
                let pdf = export_notice_pdf(&document, register.id, &options).unwrap();
                let printed = pdf_text(&pdf);
                let mut missing = Vec::new();
                let organisation =
                    kirjuri_export::printable_name(&document.organisation.name, language)
                        .unwrap_or_default();
                for line in printed.lines() {
                    // The page footer ("BTB Plaza Ab · … · 2 / 3") belongs to paper only.
                    if line.contains(" / ") && line.trim_end().ends_with(char::is_numeric) {
                        continue;
                    }
                    if !organisation.is_empty() && line.starts_with(&format!("{organisation} · "))
                    {
                        continue;
                    }
                    // A bullet is drawn as a glyph on paper and is a list item on the web.
                    for word in line.split_whitespace().filter(|w| *w != "•") {
                        compared += 1;
                        if !seen.contains(word) {
                            missing.push(word.to_string());
                        }
                    }
                }
                assert!(
                    missing.is_empty(),
                    "{name} / {language:?}: words of the PDF notice missing from the HTML: {missing:?}"
                );
            }
        }
    }
    assert!(compared > 10_000, "only {compared} words compared");
}

#[test]
fn the_html_notice_is_one_standalone_page() {
    for (name, document) in fixture_documents() {
        for register in &document.registers {
            for language in Language::ALL {
                let html = export_notice_html(&document, register.id, &options(language)).unwrap();
                let html = String::from_utf8(html).unwrap();
                let lower = html.to_lowercase();
                for forbidden in ["<script", "src=", "href=", "url(", "@import", "<link"] {
                    assert!(
                        !lower.contains(forbidden),
                        "{name}: {forbidden} in the page"
                    );
                }
                assert!(html.contains(&format!("<html lang=\"{}\">", language.code())));
                assert_eq!(html.matches("<h1>").count(), 1, "{name}: one top heading");
                for section in 1..=13 {
                    assert!(
                        html.contains(&format!("<h2 id=\"section-{section}\">{section}. ")),
                        "{name} / {language:?}: section {section} is a heading the preview and a link can find"
                    );
                }
                assert!(html.contains("<main>") && html.contains("</main>"));
            }
        }
    }
}

#[test]
fn user_text_stays_text_in_the_html_notice() {
    let mut document = Document::new(LocalizedText::same("Firma <b>& Co</b>"));
    let register = Register::new(LocalizedText::same("<script>alert(1)</script> \"list\""));
    let id = register.id;
    document.registers.push(register);
    let html = export_notice_html(&document, id, &options(Language::Sv)).unwrap();
    let html = String::from_utf8(html).unwrap();
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<b>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;list&quot;"));
    assert!(html.contains("Firma &lt;b&gt;&amp; Co&lt;/b&gt;"));
}

#[test]
fn a_notice_with_open_errors_is_visibly_a_draft_on_the_web_too() {
    let mut drafts = 0;
    let mut finals = 0;
    for (name, document) in fixture_documents() {
        for register in &document.registers {
            let options = options(Language::Sv);
            let html =
                String::from_utf8(export_notice_html(&document, register.id, &options).unwrap())
                    .unwrap();
            let open = kirjuri_export::notice_draft_reasons(&document, register.id, &options);
            if open.is_empty() {
                finals += 1;
                assert!(
                    !html.contains("class=\"draft\""),
                    "{name}: a final notice marked as a draft"
                );
            } else {
                drafts += 1;
                assert!(
                    html.contains("<p class=\"draft\" role=\"note\">UTKAST</p>"),
                    "{name}: a draft without its mark"
                );
            }
        }
    }
    // A register with only a name is always a draft.
    let mut document = Document::new(LocalizedText::same("Pieni Oy"));
    let register = Register::new(LocalizedText::same("Kunder"));
    let id = register.id;
    document.registers.push(register);
    let html =
        String::from_utf8(export_notice_html(&document, id, &options(Language::Fi)).unwrap())
            .unwrap();
    assert!(
        html.contains("<p class=\"draft\" role=\"note\">LUONNOS</p>"),
        "{html}"
    );
    assert!(drafts + finals > 5, "{drafts} drafts, {finals} finals");
}
