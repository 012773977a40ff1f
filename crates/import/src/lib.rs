//! Reading an existing register description or privacy notice into registers:
//! the document's text (from .docx, .odt, .pdf, .html or plain text), its
//! sections recognised by their headings in Finnish, Swedish and English, and
//! each passage placed in a field or listed as not placed. Nothing is invented.
