//! The privacy notice of one register (GDPR Art. 13/14) as PDF: the content
//! of `crate::notice` laid out on pages, with its footer, draft mark and
//! metadata (the window title "<notice title> – <register>").

use super::*;
use crate::notice::notice_content;
use crate::{ExportOptions, Exported};
use layout::Composer;

/// The privacy notice of `register`, in `options.language`: the PDF's bytes.
pub fn export_notice_pdf(
    document: &Document,
    register: RegisterId,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    notice_pdf(document, register, options).map(|exported| exported.bytes)
}

/// The privacy notice of `register`, in `options.language`, with the reasons it is a draft.
pub fn notice_pdf(
    document: &Document,
    register: RegisterId,
    options: &ExportOptions,
) -> Result<Exported, ExportError> {
    let content = notice_content(document, register, options)?;
    let draft_reasons = content.draft_reasons;
    let fonts = layout::fonts().map_err(ExportError::Pdf)?;
    let mut composer = Composer::new(fonts);
    composer.place_all(content.blocks);
    let mut footer = format!(
        "{} · {}: {}",
        content.organisation, content.title, content.register_name
    );
    if let Some(version) = &content.version {
        footer = format!("{footer} · {} {version}", content.version_label);
    }
    let assembled = Assembled {
        pages: composer.pages,
        bookmarks: composer.bookmarks,
        footer_from: 0,
        footer,
        draft_mark: content.draft_mark,
    };
    let meta = Metadata {
        title: format!("{} – {}", content.title, content.register_name),
        author: content.organisation,
        subject: content.register_name,
        keywords: vec![
            "GDPR".to_string(),
            "Art. 13".to_string(),
            "Art. 14".to_string(),
        ],
        language: options.language,
        date: options.printed_on,
    };
    Ok(Exported {
        bytes: finish(fonts, assembled, &meta)?,
        draft_reasons,
    })
}
