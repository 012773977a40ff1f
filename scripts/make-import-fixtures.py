#!/usr/bin/env python3
"""Writes a seed register description as .docx, .odt, .html and .pdf, the
formats `kirjuri import` reads, into tests/fixtures/import/: each paragraph of
the text becomes a heading (a numbered section title), a list item (a line
starting with a bullet) or a paragraph, as a word processor would store it.
Run once by hand when a fixture changes; CI reads the committed files and
needs nothing of this (the PDF needs `pip install fpdf2`).

    python3 scripts/make-import-fixtures.py ../shared/seeds/003_f00debb3cd39bfc3.txt solteq
"""
import html
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "import"
FONT = ROOT / "assets" / "fonts" / "DejaVuSans.ttf"


def blocks(text):
    """(kind, text) per paragraph: heading, item or para."""
    result = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        bullet = re.match(r"^[•\-–*]\s*(.*)$", line)
        numbered = re.match(r"^(\d+)\.\s+(.*)$", line)
        if bullet:
            result.append(("item", bullet.group(1)))
        elif numbered and len(line) < 80:
            result.append(("heading", numbered.group(2)))
        else:
            result.append(("para", line))
    return result


def docx(parts, path):
    body = []
    for kind, text in parts:
        run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        if kind == "heading":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run}</w:p>')
        elif kind == "item":
            body.append('<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                        f'<w:numId w:val="1"/></w:numPr></w:pPr>{run}</w:p>')
        else:
            body.append(f"<w:p>{run}</w:p>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:body>{"".join(body)}</w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)


def odt(parts, path):
    body = []
    for kind, text in parts:
        if kind == "heading":
            body.append(f'<text:h text:outline-level="1">{escape(text)}</text:h>')
        elif kind == "item":
            body.append(f"<text:list><text:list-item><text:p>{escape(text)}</text:p></text:list-item></text:list>")
        else:
            body.append(f"<text:p>{escape(text)}</text:p>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def page(parts, path):
    body = []
    in_list = False
    for kind, text in parts:
        if kind == "item" and not in_list:
            body.append("<ul>")
            in_list = True
        if kind != "item" and in_list:
            body.append("</ul>")
            in_list = False
        tag = {"heading": "h2", "item": "li", "para": "p"}[kind]
        body.append(f"<{tag}>{html.escape(text)}</{tag}>")
    if in_list:
        body.append("</ul>")
    path.write_text(
        "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Registerbeskrivning</title></head><body>"
        "<header><nav><a href=\"/\">Hem</a> <a href=\"/tjanster\">Tjänster</a> <a href=\"/kontakt\">Kontakt</a></nav></header>"
        f"<main>{''.join(body)}</main>"
        "<footer><p>© Företaget · Alla rättigheter förbehållna</p><p>Följ oss på sociala medier</p></footer>"
        "</body></html>",
        encoding="utf-8",
    )


def pdf(parts, path):
    from fpdf import FPDF

    document = FPDF()
    document.add_font("DejaVu", "", str(FONT))
    document.set_font("DejaVu", size=10)
    document.add_page()
    for kind, text in parts:
        if kind == "heading":
            document.set_font("DejaVu", size=12)
            document.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            document.set_font("DejaVu", size=10)
        elif kind == "item":
            document.multi_cell(0, 5, "• " + text, new_x="LMARGIN", new_y="NEXT")
        else:
            document.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        document.ln(2)
    document.output(str(path))


def main():
    seed, name = Path(sys.argv[1]), sys.argv[2]
    out = Path(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--out" else OUT
    parts = blocks(seed.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    docx(parts, out / f"{name}.docx")
    odt(parts, out / f"{name}.odt")
    page(parts, out / f"{name}.html")
    pdf(parts, out / f"{name}.pdf")


if __name__ == "__main__":
    main()
