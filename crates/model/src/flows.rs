//! Where a register's data leave the EU/EEA, decided once: its transfer
//! records, and the systems and recipients in third countries that no
//! transfer record covers. The checks, the record, the notice and the
//! workbook all list these flows, so none of them can leave one out.

use crate::document::*;
use crate::geography;
use crate::ids::{ProcessorId, RecipientId};
use crate::parts::RegisterParts;
use crate::terminology::TransferMechanism;

/// What a flow to a third country was found in.
#[derive(Debug, Clone, Copy)]
pub enum FlowOrigin<'d> {
    /// A transfer record of the register.
    Transfer(&'d Transfer),
    /// A system the register uses, hosted or run (also) in a third country,
    /// that no transfer record names.
    SystemLink(&'d SystemLink),
    /// A recipient in a third country that no transfer record names.
    Disclosure(&'d Disclosure),
}

/// One flow of a register's data to a third country.
#[derive(Debug, Clone)]
pub struct Flow<'d> {
    /// ISO 3166-1 alpha-2 code, as the record gives it.
    pub country: String,
    pub processor: Option<&'d Processor>,
    pub recipient: Option<&'d Recipient>,
    pub origin: FlowOrigin<'d>,
}

impl<'d> Flow<'d> {
    /// The transfer record that documents the flow, if any.
    pub fn transfer(&self) -> Option<&'d Transfer> {
        match self.origin {
            FlowOrigin::Transfer(transfer) => Some(transfer),
            _ => None,
        }
    }

    /// The transfer mechanism (Art. 44–49), when the user stated one.
    pub fn mechanism(&self) -> Option<TransferMechanism> {
        self.transfer().and_then(|t| t.mechanism)
    }

    /// Where the safeguards are documented, when a transfer record says so.
    pub fn documentation(&self) -> Option<&'d crate::text::LocalizedText> {
        self.transfer().map(|t| &t.documentation)
    }
}

/// The register's flows to third countries: its transfer records first, in
/// their order, then each system and recipient in a third country that no
/// transfer record names (by the processor, the recipient, or a transfer
/// record of that country naming neither), once per country.
pub fn third_country_flows<'d>(
    parts: &RegisterParts<'d>,
    processor: impl Fn(ProcessorId) -> Option<&'d Processor>,
    recipient: impl Fn(RecipientId) -> Option<&'d Recipient>,
) -> Vec<Flow<'d>> {
    let transfers = &parts.transfers;
    let mut flows: Vec<Flow<'d>> = transfers
        .iter()
        .map(|t| Flow {
            country: t.country.clone(),
            processor: t.processor.and_then(&processor),
            recipient: t.recipient.and_then(&recipient),
            origin: FlowOrigin::Transfer(t),
        })
        .collect();
    let recorded = |country: &str, by: Option<ProcessorId>, to: Option<RecipientId>| {
        transfers.iter().any(|t| {
            (by.is_some() && t.processor == by)
                || (to.is_some() && t.recipient == to)
                || (t.processor.is_none()
                    && t.recipient.is_none()
                    && t.country.eq_ignore_ascii_case(country))
        })
    };
    let mut unrecorded: Vec<Flow<'d>> = Vec::new();
    let mut push = |flow: Flow<'d>| {
        let same = |other: &Flow<'d>| {
            other.country.eq_ignore_ascii_case(&flow.country)
                && other.processor.map(|p| p.id) == flow.processor.map(|p| p.id)
                && other.recipient.map(|r| r.id) == flow.recipient.map(|r| r.id)
        };
        if !unrecorded.iter().any(same) {
            unrecorded.push(flow);
        }
    };
    for link in &parts.system_links {
        let Some(used) = processor(link.processor) else {
            continue;
        };
        for country in used.countries() {
            if geography::is_third_country(country) && !recorded(country, Some(used.id), None) {
                push(Flow {
                    country: country.to_string(),
                    processor: Some(used),
                    recipient: None,
                    origin: FlowOrigin::SystemLink(link),
                });
            }
        }
    }
    for disclosure in &parts.disclosures {
        let Some(to) = recipient(disclosure.recipient) else {
            continue;
        };
        if geography::is_third_country(&to.country) && !recorded(&to.country, None, Some(to.id)) {
            push(Flow {
                country: to.country.clone(),
                processor: None,
                recipient: Some(to),
                origin: FlowOrigin::Disclosure(disclosure),
            });
        }
    }
    flows.extend(unrecorded);
    flows
}
