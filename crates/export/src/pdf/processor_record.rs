//! The record kept as processor (GDPR Art. 30(2)) as PDF: the organisation as
//! processor with its contact details and DPO, then one section per controller
//! it processes for — the controller's contact details, representative and
//! DPO, the categories of processing, transfers to third countries with their
//! safeguards, the security measures and the sub-processors.

use super::*;
use crate::{ExportOptions, Exported};
use layout::{Block, Composer};

/// The processor's record of `document`, in `options.language`: the PDF's bytes.
pub fn export_processor_record_pdf(
    document: &Document,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    processor_record_pdf(document, options).map(|exported| exported.bytes)
}

/// The processor's record of `document`, in `options.language`, with the reasons it is a draft.
pub fn processor_record_pdf(
    document: &Document,
    options: &ExportOptions,
) -> Result<Exported, ExportError> {
    let draft_reasons = crate::processor_record_draft_reasons(document, options);
    let fonts = layout::fonts().map_err(ExportError::Pdf)?;
    let words = Words::new(document, options.language);
    let index = Index::new(document);
    let blocks = blocks(document, &index, words, options);
    let mut composer = Composer::new(fonts);
    composer.place_all(blocks);

    let title = words.label(Label::ProcessorRecordTitle);
    let organisation = organisation_name(document, words);
    let assembled = Assembled {
        pages: composer.pages,
        bookmarks: composer.bookmarks,
        footer_from: 0,
        footer: format!("{organisation} · {title}"),
        draft_mark: DraftMark::when(!draft_reasons.is_empty(), words.label(Label::Draft)),
    };
    let meta = Metadata {
        title: format!("{title} – {organisation}"),
        author: organisation,
        subject: words.label(Label::ProcessorRecordSubtitle).to_string(),
        keywords: vec!["GDPR".to_string(), "Art. 30(2)".to_string()],
        language: options.language,
        date: options.printed_on,
    };
    Ok(Exported {
        bytes: finish(fonts, assembled, &meta)?,
        draft_reasons,
    })
}

fn blocks(
    document: &Document,
    index: &Index<'_>,
    words: Words,
    options: &ExportOptions,
) -> Vec<Block> {
    let organisation = &document.organisation;
    let text = |t: &LocalizedText| words.text(t);
    let mut blocks = vec![
        Block::Heading {
            level: 1,
            text: words.label(Label::ProcessorRecordTitle).to_string(),
            bookmark: true,
            anchor: None,
        },
        paragraph(words.label(Label::ProcessorRecordSubtitle), BODY_MUTED),
        heading(2, words.label(Label::ProcessorHeading)),
    ];
    let mut contact = Vec::new();
    contact.extend(text(&organisation.address));
    contact.extend(non_empty(&organisation.phone));
    contact.extend(non_empty(&organisation.email));
    let dpo = dpo_cell(index, organisation, words);
    blocks.push(key_values(vec![
        (
            words.label(Label::Name),
            words.stated(Some(organisation_name(document, words))),
        ),
        (
            words.label(Label::DocumentBusinessId),
            words.stated(non_empty(&organisation.business_id)),
        ),
        (words.label(Label::Contact), words.stated_lines(contact)),
        (
            words.label(Label::DocumentRepresentative),
            words.stated(text(&organisation.representative)),
        ),
        (words.label(Label::Dpo), dpo),
        (
            words.label(Label::Printed),
            words.stated(Some(words.date(options.printed_on))),
        ),
    ]));

    blocks.push(heading(2, words.label(Label::ControllersHeading)));
    if document.client_controllers.is_empty() {
        blocks.push(paragraph(
            words.label(Label::NoClientControllers),
            BODY_MUTED,
        ));
        return blocks;
    }
    for client in &document.client_controllers {
        let name = text(&client.name).unwrap_or_else(|| words.not_stated_text());
        blocks.push(Block::Heading {
            level: 2,
            text: name,
            bookmark: true,
            anchor: None,
        });
        let agreement = client.agreement.as_ref().map(|a| {
            let mut parts = vec![words.vocabulary(a.kind).to_string()];
            parts.extend(a.signed.map(|d| words.date(d)));
            parts.extend(non_empty(&a.reference));
            parts.join(", ")
        });
        let transfers = client
            .transfers
            .iter()
            .map(|t| {
                let mut line = words.country(&t.country);
                if let Some(mechanism) = t.mechanism {
                    line = format!("{line}: {}", words.vocabulary(mechanism));
                }
                if let Some(documentation) = text(&t.documentation) {
                    line = format!("{line} ({documentation})");
                }
                line
            })
            .collect();
        let measures = client
            .security_measures
            .iter()
            .filter_map(|id| index.security_measures().get(id))
            .filter_map(|m| {
                let description = text(&m.description)?;
                Some(match m.kind {
                    Some(kind) => format!("{}: {description}", words.vocabulary(kind)),
                    None => description,
                })
            })
            .collect();
        let sub_processors = client
            .sub_processors
            .iter()
            .filter_map(|id| index.processors().get(id))
            .map(|p| {
                let name = text(&kirjuri_model::checks::display_processor(p))
                    .unwrap_or_else(|| words.not_stated_text());
                match non_empty(&p.country) {
                    Some(country) => format!("{name} ({})", words.country(&country)),
                    None => name,
                }
            })
            .collect();
        blocks.push(key_values(vec![
            (
                words.label(Label::DocumentBusinessId),
                words.stated(non_empty(&client.business_id)),
            ),
            (
                words.label(Label::Contact),
                words.stated(text(&client.contact)),
            ),
            (
                words.label(Label::DocumentRepresentative),
                words.stated(text(&client.representative)),
            ),
            (words.label(Label::Dpo), words.stated(text(&client.dpo))),
            (words.label(Label::Agreement), words.stated(agreement)),
            (
                words.label(Label::CategoriesOfProcessing),
                words.stated_list(
                    client
                        .categories_of_processing
                        .iter()
                        .filter_map(text)
                        .collect(),
                ),
            ),
            (
                words.label(Label::TransfersOutside),
                if client.transfers.is_empty() && client.transfers_outside_eea == Answer::No {
                    vec![Para::plain(words.label(Label::NoTransfers), CELL)]
                } else {
                    words.stated_list(transfers)
                },
            ),
            (
                words.label(Label::GeneralSecurity),
                words.stated_list(measures),
            ),
            (
                words.label(Label::SubProcessors),
                words.stated_list(sub_processors),
            ),
        ]));
    }
    blocks
}
