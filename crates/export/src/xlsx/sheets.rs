//! What each sheet of the workbook holds: one function per sheet, turning the
//! document into rows of cells. Layout (formats, widths, filters) is left to
//! `table.rs`; the words of headers to `labels.rs`.

use super::labels::{record_kind, Label};
use super::table::{Cell, Column, Styles, Table, MEDIUM, NARROW, WIDE};
use crate::labels::{article, Label as DocLabel};
use crate::{printable, ExportOptions};
use kirjuri_model::checks::display_processor;
use kirjuri_model::flows::Flow;
use kirjuri_model::geography;
use kirjuri_model::*;
use rust_xlsxwriter::{Worksheet, XlsxError};
use std::collections::{HashMap, HashSet};

/// The document seen in one language, ready to be laid out as sheets.
#[derive(Debug)]
pub(super) struct Sheets<'a> {
    index: Index<'a>,
    options: &'a ExportOptions,
    language: Language,
    /// The language with, for Swedish, the organisation's country's words.
    tongue: crate::labels::Tongue,
    styles: &'a Styles,
}

impl<'a> Sheets<'a> {
    pub(super) fn new(
        document: &'a Document,
        options: &'a ExportOptions,
        styles: &'a Styles,
    ) -> Sheets<'a> {
        Sheets {
            index: Index::new(document),
            options,
            language: options.language,
            tongue: crate::labels::Tongue::new(options.language, &document.organisation.country),
            styles,
        }
    }

    /// A workbook label in the organisation's tongue.
    fn label(&self, label: Label) -> &'static str {
        self.tongue.label(label)
    }

    /// User text in the export language, or visibly in another one, or "".
    fn text(&self, text: &LocalizedText) -> String {
        printable(text, self.language).unwrap_or_default()
    }

    /// A name: another language's stands in unmarked.
    fn name(&self, text: &LocalizedText) -> String {
        crate::printable_name(text, self.language).unwrap_or_default()
    }

    fn vocabulary<V: Vocabulary>(&self, value: V) -> &'static str {
        value.label(self.language)
    }

    /// A value chosen from a vocabulary, or plainly "not answered".
    fn chosen<V: Vocabulary>(&self, value: Option<V>) -> &'static str {
        value.map_or(Answer::NotAnswered.label(self.language), |v| {
            v.label(self.language)
        })
    }

    fn country(&self, code: &str) -> String {
        if code.trim().is_empty() {
            String::new()
        } else {
            geography::country_name(code, self.language)
        }
    }

    fn table(&self, name: Label, columns: &[(Label, f64)]) -> Result<Table<'a>, XlsxError> {
        let columns = columns
            .iter()
            .map(|(header, width)| Column::new(self.label(*header), *width))
            .collect();
        Table::new(self.label(name), columns, self.styles)
    }

    fn register_name(&self, id: RegisterId) -> String {
        self.index
            .registers()
            .get(&id)
            .map(|r| self.name(&r.name))
            .unwrap_or_default()
    }

    fn processor_name(&self, processor: &Processor) -> String {
        self.text(&display_processor(processor))
    }

    /// "Name, title".
    fn person(&self, id: PersonId) -> String {
        let Some(person) = self.index.people().get(&id) else {
            return String::new();
        };
        let title = self.text(&person.title);
        if title.is_empty() {
            person.name.clone()
        } else {
            format!("{}, {title}", person.name)
        }
    }

    fn group_name(&self, group: Option<DataItemGroupId>) -> String {
        match group.and_then(|id| self.index.data_item_groups().get(&id)) {
            Some(group) => self.text(&group.name),
            None => self.label(Label::DocumentWholeRegister).to_string(),
        }
    }

    /// A checkbox: ticked is a person's yes; unticked cannot be told from
    /// never asked, so it reads "not answered" (`Answer::from_legacy`).
    fn ticked(&self, value: bool) -> Cell {
        self.answer(Answer::from_legacy(value))
    }

    /// A three-state answer; "not answered" muted, like every missing value.
    fn answer(&self, value: Answer) -> Cell {
        match value {
            Answer::NotAnswered => Cell::NotAnswered,
            _ => Cell::text(self.vocabulary(value)),
        }
    }

    /// A value chosen from a vocabulary, or "not answered", muted.
    /// A recipient's kind, marked when it is a category of recipients
    /// ("Category of recipients · Processor"), as the record prints it.
    fn recipient_kind(&self, recipient: &Recipient) -> String {
        let kind = self.chosen(recipient.kind);
        if recipient.category {
            format!("{} · {kind}", self.label(Label::DocumentRecipientCategory))
        } else {
            kind.to_string()
        }
    }

    fn chosen_cell<V: Vocabulary>(&self, value: Option<V>) -> Cell {
        value.map_or(Cell::NotAnswered, |v| Cell::text(self.vocabulary(v)))
    }

    /// The answers chosen from a list of several, in the order chosen ("" when none).
    fn chosen_all<V: Vocabulary>(&self, values: &[V]) -> String {
        let labels: Vec<&str> = values.iter().map(|v| self.vocabulary(*v)).collect();
        labels.join(", ")
    }

    fn chosen_all_cell<V: Vocabulary>(&self, values: &[V]) -> Cell {
        if values.is_empty() {
            Cell::NotAnswered
        } else {
            Cell::text(self.chosen_all(values))
        }
    }

    pub(super) fn organisation(&self) -> Result<Worksheet, XlsxError> {
        let organisation = &self.index.document().organisation;
        let mut table = Table::new(
            self.label(Label::SheetOrganisation),
            vec![
                Column::new(self.label(Label::Field), 34.0),
                Column::new(self.label(Label::Value), 70.0),
            ],
            self.styles,
        )?;
        let dpo = match organisation.dpo.and_then(|id| self.index.people().get(&id)) {
            Some(person) => Cell::list([
                person.name.clone(),
                self.text(&person.title),
                person.phone.clone(),
                person.email.clone(),
            ]),
            // That none is appointed is no answer the file holds: not stated.
            None => Cell::text(""),
        };
        let authority = match geography::supervisory_authority(organisation) {
            Some(authority) => Cell::list([
                self.text(&authority.name),
                self.text(&authority.address),
                authority.phone.clone(),
                authority.email.clone(),
                authority.website.clone(),
            ]),
            None => Cell::text(""),
        };
        let rows = [
            (Label::Name, Cell::text(self.name(&organisation.name))),
            (
                Label::DocumentBusinessId,
                Cell::text(organisation.business_id.as_str()),
            ),
            (
                Label::VatNumber,
                Cell::text(organisation.vat_number.as_str()),
            ),
            (Label::Address, Cell::text(self.text(&organisation.address))),
            (Label::Phone, Cell::text(organisation.phone.as_str())),
            (Label::Email, Cell::text(organisation.email.as_str())),
            (Label::Website, Cell::text(organisation.website.as_str())),
            (
                Label::Country,
                Cell::text(self.country(&organisation.country)),
            ),
            (
                Label::StaffCount,
                Cell::Number(organisation.staff_count.map(f64::from)),
            ),
            (Label::Dpo, dpo),
            (
                Label::JointControllers,
                Cell::text(self.text(&organisation.joint_controllers)),
            ),
            (
                Label::DocumentRepresentative,
                Cell::text(self.text(&organisation.representative)),
            ),
            (Label::SupervisoryAuthority, authority),
            (
                Label::Version,
                Cell::text(organisation.version_label.as_str()),
            ),
            (
                Label::DocumentCreated,
                Cell::Date(organisation.document_created),
            ),
            (
                Label::DocumentUpdated,
                Cell::Date(organisation.document_updated),
            ),
            (
                Label::DocumentLastChanged,
                Cell::Date(self.options.last_changed),
            ),
            (Label::PrintedOn, Cell::Date(Some(self.options.printed_on))),
        ];
        let incident = &organisation.incident_routine;
        let numbered = |steps: &[LocalizedText]| {
            Cell::list(
                steps
                    .iter()
                    .map(|step| self.text(step))
                    .filter(|step| !step.is_empty())
                    .enumerate()
                    .map(|(n, step)| format!("{}. {step}", n + 1)),
            )
        };
        let incident_rows = [
            (Label::IncidentRoutine, numbered(&incident.steps)),
            (
                Label::WorkbookDecidedBy,
                Cell::text(self.text(&incident.decided_by)),
            ),
            (
                Label::NotifyAuthority,
                self.ticked(incident.notify_authority_within_72_hours),
            ),
            (
                Label::InformDataSubjects,
                self.ticked(incident.inform_data_subjects_on_high_risk),
            ),
            (
                Label::WorkbookBreachLog,
                Cell::text(self.text(&incident.breach_log)),
            ),
            (
                Label::WorkbookPostIncidentReview,
                numbered(&incident.post_incident_review),
            ),
        ];
        for (label, value) in rows.into_iter().chain(incident_rows) {
            table.push_labelled(self.label(label), value)?;
        }
        table.finish(false, 0)
    }

    /// One row per register × purpose; a register without purposes still gets a row.
    pub(super) fn registers(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetRegisters,
            &[
                (Label::Register, MEDIUM),
                (Label::Description, WIDE),
                (Label::DocumentRole, NARROW + 6.0),
                (Label::BusinessFunction, MEDIUM),
                (Label::Purpose, WIDE),
                (Label::WorkbookLegalBasis, MEDIUM + 6.0),
                (Label::WorkbookLegitimateInterest, WIDE),
                (Label::Art9Condition, MEDIUM),
                (Label::RegisterLawReference, MEDIUM),
                (Label::DataSubjectCategories, MEDIUM),
                (Label::DocumentPersonalData, WIDE),
                (Label::SpecialCategories, MEDIUM),
                (Label::WorkbookSources, MEDIUM),
                (Label::WorkbookRecipients, WIDE),
                (Label::ProcessorsAndSystems, WIDE),
                (Label::ThirdCountries, NARROW + 4.0),
                (Label::TransferMechanism, MEDIUM),
                (Label::Retention, WIDE),
                (Label::WorkbookStorageLocations, MEDIUM),
                (Label::WorkbookSecurityMeasures, WIDE),
                (Label::RightsProcedure, WIDE),
                (Label::ProvisionRequirement, MEDIUM),
                (Label::DocumentAutomatedDecisions, MEDIUM),
                (Label::Dpia, NARROW + 4.0),
                (Label::Created, NARROW),
                (Label::Version, NARROW),
                (Label::LastUpdated, NARROW),
                (Label::DocumentNoticeChanges, WIDE),
            ],
        )?;
        for register in &self.index.document().registers {
            let purposes = &self.index.parts(register.id).purposes;
            let before_purpose = [
                Cell::text(self.name(&register.name)),
                Cell::text(self.text(&register.description)),
                self.chosen_cell(register.role),
                Cell::list([
                    self.text(&register.business_function),
                    register
                        .contact_person
                        .map(|p| self.person(p))
                        .unwrap_or_default(),
                ]),
            ];
            let after_purpose = self.register_facts(register);
            let special_items = self
                .index
                .parts(register.id)
                .items
                .iter()
                .any(|i| i.special_category.is_some());
            if purposes.is_empty() {
                let mut row = before_purpose.to_vec();
                row.extend([
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                ]);
                row.extend(after_purpose.iter().cloned());
                table.push(row)?;
            }
            for purpose in purposes {
                let mut row = before_purpose.to_vec();
                row.extend(self.purpose_cells(purpose, special_items));
                row.extend(after_purpose.iter().cloned());
                table.push(row)?;
            }
        }
        table.finish(true, 0)
    }

    /// Purpose, legal basis, legitimate interest, Art. 9 condition. The
    /// interest is not applicable where no basis is legitimate interests, the
    /// condition where the register holds no special categories.
    fn purpose_cells(&self, purpose: &Purpose, special_items: bool) -> [Cell; 4] {
        let mut description = self.text(&purpose.description);
        if purpose.direct_marketing {
            description = format!(
                "{description}\n({})",
                self.label(Label::DocumentDirectMarketing)
            );
        }
        let bases = purpose.legal_bases.iter().map(|claim| {
            let mut line = match claim.basis {
                Some(basis) => format!(
                    "{}, {}",
                    self.vocabulary(basis),
                    article(basis.article(), self.language)
                ),
                None => self.label(Label::NotStated).to_string(),
            };
            let categories: Vec<String> = claim
                .data_subject_categories
                .iter()
                .filter_map(|id| self.index.data_subject_categories().get(id))
                .map(|c| self.text(&c.name))
                .collect();
            if !categories.is_empty() {
                line = format!("{line} — {}", categories.join("; "));
            }
            let law = self.text(&claim.law_reference);
            if !law.is_empty() {
                line = format!("{line} ({law})");
            }
            line
        });
        let interests: Vec<String> = purpose
            .legal_bases
            .iter()
            .filter(|claim| claim.basis == Some(LegalBasis::LegitimateInterests))
            .map(|claim| self.text(&claim.legitimate_interest))
            .collect();
        let interests = if interests.is_empty() {
            Cell::NotApplicable
        } else {
            Cell::list(interests)
        };
        let conditions = dedup(
            purpose
                .legal_bases
                .iter()
                .filter_map(|claim| claim.special_category_condition)
                .map(|c| {
                    format!(
                        "{}, {}",
                        self.vocabulary(c),
                        article(c.article(), self.language)
                    )
                }),
        );
        let conditions = if conditions.is_empty() && !special_items {
            Cell::NotApplicable
        } else {
            Cell::list(conditions)
        };
        [
            Cell::Text(description),
            Cell::list(bases),
            interests,
            conditions,
        ]
    }

    /// The register's columns after the purpose ones, shared by all its rows.
    fn register_facts(&self, register: &Register) -> Vec<Cell> {
        let index = &self.index;
        let id = register.id;
        let subjects = register
            .data_subject_categories
            .iter()
            .filter_map(|c| index.data_subject_categories().get(c))
            .map(|c| self.text(&c.name));

        let items = &index.parts(id).items;
        let mut personal_data: Vec<String> = index
            .parts(id)
            .groups
            .iter()
            .filter(|g| g.personal_data)
            .map(|g| self.text(&g.name))
            .collect();
        personal_data.extend(
            items
                .iter()
                .filter(|i| i.group.is_none())
                .map(|i| self.text(&i.name)),
        );

        // The register's answer first ("no", or which), then what its items say.
        let mut special: Vec<String> = match register.special_categories {
            Answer::No => vec![self.vocabulary(Answer::No).to_string()],
            _ => Vec::new(),
        };
        special.extend(dedup(
            register
                .special_categories_which
                .iter()
                .copied()
                .chain(items.iter().filter_map(|i| i.special_category))
                .map(|c| self.vocabulary(c).to_string()),
        ));
        if items.iter().any(|i| i.flags.criminal_offence) {
            special.push(self.label(Label::CriminalOffence).to_string());
        }
        let special = match (special.is_empty(), register.special_categories) {
            (true, Answer::NotAnswered) => Cell::NotAnswered,
            _ => Cell::list(special),
        };

        let sources: Vec<String> = register
            .sources
            .iter()
            .filter_map(|s| index.sources().get(s))
            .map(|source| {
                let name = self.text(&source.name);
                match (name.is_empty(), source.kinds.is_empty()) {
                    (true, true) => self.chosen(None::<SourceKind>).to_string(),
                    (true, false) => self.chosen_all(&source.kinds),
                    (false, false) => format!("{name} ({})", self.chosen_all(&source.kinds)),
                    (false, true) => name,
                }
            })
            .collect();

        let recipients: Vec<String> = index
            .parts(id)
            .disclosures
            .iter()
            .filter_map(|d| index.recipients().get(&d.recipient))
            .map(|r| {
                let country = self.country(&r.country);
                let kind = self.recipient_kind(r);
                let details = if country.is_empty() {
                    kind
                } else {
                    format!("{kind}; {country}")
                };
                format!("{} ({details})", self.text(&r.name))
            })
            .collect();
        // The qualifier is printed once, in the user's words, whatever the answer.
        let disclosures_qualifier = self.text(&register.disclosures_qualifier);
        let sentence =
            crate::notice::disclosures_sentence(register, !disclosures_qualifier.is_empty()).map(
                |sentence| match sentence {
                    DocLabel::NoticeNoDisclosures => Label::NoticeNoDisclosures,
                    DocLabel::NoticeDisclosuresAsARule => Label::NoticeDisclosuresAsARule,
                    _ => Label::NoticeDisclosuresYes,
                },
            );
        let recipients = match (recipients.is_empty(), sentence) {
            (true, Some(sentence)) => {
                Cell::list([self.label(sentence).to_string(), disclosures_qualifier])
            }
            (true, None) if disclosures_qualifier.is_empty() => Cell::NotAnswered,
            (true, None) => Cell::list([
                self.label(Label::NotAnswered).to_string(),
                disclosures_qualifier,
            ]),
            _ => {
                let mut lines = self.qualified(recipients, register.list_qualifiers.recipients);
                lines.push(disclosures_qualifier);
                Cell::list(lines)
            }
        };

        let systems = index
            .parts(id)
            .system_links
            .iter()
            .filter_map(|l| index.processors().get(&l.processor))
            .map(|p| {
                let country = self.country(&p.country);
                let name = self.processor_name(p);
                if country.is_empty() {
                    name
                } else {
                    format!("{name} — {country}")
                }
            });

        let flows = index.flows(id);
        let countries = dedup(flows.iter().map(|f| self.country(&f.country)));
        let transfers_qualifier = self.text(&register.transfers_qualifier);
        let sentence = crate::notice::transfers_sentence(
            register,
            !transfers_qualifier.is_empty(),
            !countries.is_empty(),
        )
        .map(|sentence| match sentence {
            DocLabel::NoTransfers => Label::WorkbookNoTransfers,
            DocLabel::NoticeTransfersAsARule => Label::NoticeTransfersAsARule,
            _ => Label::NoticeTransfersYes,
        });
        let third_countries = match (countries.is_empty(), sentence) {
            (true, Some(sentence)) => {
                Cell::list([self.label(sentence).to_string(), transfers_qualifier])
            }
            (true, None) if transfers_qualifier.is_empty() => Cell::NotAnswered,
            (true, None) => Cell::list([
                self.label(Label::NotAnswered).to_string(),
                transfers_qualifier,
            ]),
            (false, Some(Label::NoticeTransfersAsARule)) => Cell::list(
                [self.label(Label::NoticeTransfersAsARule).to_string()]
                    .into_iter()
                    .chain(countries.iter().cloned())
                    .chain([transfers_qualifier]),
            ),
            _ => Cell::list(
                countries
                    .iter()
                    .cloned()
                    .chain([self.text(&register.transfers_qualifier)]),
            ),
        };
        let mechanisms = dedup(flows.iter().map(|f| {
            let mechanism = f
                .mechanism()
                .map_or(self.label(Label::NotStated), |m| self.vocabulary(m));
            format!("{}: {mechanism}", self.country(&f.country))
        }));

        let retention = index.parts(id).retention_rules.iter().map(|rule| {
            let period = self.text(&rule.period);
            let trigger = self.vocabulary(rule.trigger);
            let what = if period.is_empty() {
                trigger.to_string()
            } else {
                format!("{period} ({trigger})")
            };
            match rule.group {
                Some(_) => format!("{}: {what}", self.group_name(rule.group)),
                None => what,
            }
        });

        let measures = register
            .security_measures
            .iter()
            .filter_map(|m| index.security_measures().get(m))
            .map(|m| format!("{}: {}", self.chosen(m.kind), self.text(&m.description)));

        let storage = register
            .storage_locations
            .iter()
            .filter_map(|s| index.storage_locations().get(s))
            .map(|s| {
                let description = self.text(&s.description);
                if s.paper {
                    format!("{description} ({})", self.label(Label::OnPaper))
                } else {
                    description
                }
            });

        let rights = index.parts(id).rights_procedures.iter().map(|r| {
            let channel = self.text(&r.channel);
            if channel.is_empty() {
                self.vocabulary(r.right).to_string()
            } else {
                format!("{}: {channel}", self.vocabulary(r.right))
            }
        });

        let automated = match register.automated_decisions {
            Answer::Yes => Cell::list([
                self.vocabulary(Answer::Yes).to_string(),
                self.text(&register.automated_decisions_description),
            ]),
            answer => self.answer(answer),
        };
        let consequence = self.text(&register.consequence_of_not_providing);
        let provision = match (register.provision_requirement, consequence.is_empty()) {
            (None, true) => Cell::NotAnswered,
            (requirement, _) => Cell::list([self.chosen(requirement).to_string(), consequence]),
        };

        vec![
            Cell::text(self.text(&register.law_reference)),
            Cell::list(subjects),
            Cell::list(self.qualified(personal_data, register.list_qualifiers.data_items)),
            special,
            Cell::list(self.qualified(sources, register.list_qualifiers.sources)),
            recipients,
            Cell::list(systems),
            third_countries,
            Cell::list(mechanisms),
            Cell::list(retention),
            Cell::list(storage),
            Cell::list(measures),
            Cell::list(rights),
            provision,
            automated,
            Cell::text(self.vocabulary(register.dpia)),
            Cell::Date(register.created),
            Cell::text(register.version_label.as_str()),
            Cell::Date(register.last_updated),
            // Optional: empty reads "not stated", as any text left empty.
            Cell::text(self.text(&register.notice_changes)),
        ]
    }

    /// A list with its qualifier ("(among others)") as the last line; an
    /// empty list stays empty (and reads "not stated").
    fn qualified(&self, mut list: Vec<String>, qualifier: Option<ListQualifier>) -> Vec<String> {
        if let (false, Some(qualifier)) = (list.is_empty(), qualifier) {
            list.push(format!("({})", self.vocabulary(qualifier)));
        }
        list
    }

    pub(super) fn data_items(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetDataItems,
            &[
                (Label::Register, MEDIUM),
                (Label::Group, MEDIUM),
                (Label::Item, MEDIUM + 8.0),
                (Label::IsPersonalData, NARROW),
                (Label::MandatoryOrOptional, NARROW + 4.0),
                (Label::SpecialCategory, MEDIUM),
                (Label::DocumentFlags, MEDIUM),
                (Label::ConsequenceIfNotGiven, WIDE),
                (Label::NeedForNationalIdNumber, WIDE),
            ],
        )?;
        for register in &self.index.document().registers {
            let register_name = self.name(&register.name);
            for item in &self.index.parts(register.id).items {
                let group = item
                    .group
                    .and_then(|g| self.index.data_item_groups().get(&g));
                let flags = item.flags;
                let flag_labels = [
                    (flags.criminal_offence, Label::CriminalOffence),
                    (flags.national_id, Label::NationalId),
                    (flags.financial, Label::Financial),
                    (flags.free_text, Label::FreeText),
                    (flags.online_identifier, Label::OnlineIdentifier),
                    (flags.credentials, Label::Credentials),
                    (flags.consent, Label::ConsentRecord),
                ]
                .into_iter()
                .filter(|(set, _)| *set)
                .map(|(_, label)| self.label(label));
                // What does not concern an item says so: an item outside any
                // group, not of a special category, optional (no consequence
                // to state, Art. 13(2)(e)) or not an ID number (no need to state).
                let not_applicable_unless = |applies: bool, cell: Cell| {
                    if applies {
                        cell
                    } else {
                        Cell::NotApplicable
                    }
                };
                table.push(vec![
                    Cell::text(register_name.as_str()),
                    group.map_or(Cell::NotApplicable, |g| Cell::text(self.text(&g.name))),
                    Cell::text(self.text(&item.name)),
                    Cell::text(
                        self.label(super::labels::yes_no(group.is_none_or(|g| g.personal_data))),
                    ),
                    self.chosen_cell(item.requirement),
                    item.special_category
                        .map_or(Cell::NotApplicable, |c| Cell::text(self.vocabulary(c))),
                    // No flag ticked is nothing to say, not a gap.
                    match Cell::list(flag_labels) {
                        Cell::Text(text) if text.is_empty() => Cell::Blank,
                        flags => flags,
                    },
                    not_applicable_unless(
                        item.requirement != Some(ItemRequirement::Optional),
                        Cell::text(self.text(&item.consequence_if_not_given)),
                    ),
                    not_applicable_unless(
                        flags.national_id,
                        Cell::text(self.text(&item.need_for_national_id)),
                    ),
                ])?;
            }
        }
        table.finish(true, 0)
    }

    pub(super) fn processors(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetProcessors,
            &[
                (Label::DocumentVendor, MEDIUM),
                (Label::WorkbookProduct, MEDIUM),
                (Label::Hosting, NARROW + 4.0),
                (Label::Country, NARROW),
                (Label::Function, MEDIUM),
                (Label::DocumentDataLocation, MEDIUM),
                (Label::DocumentDataHeld, WIDE),
                (Label::UsedByRegisters, MEDIUM),
                (Label::Agreement, MEDIUM),
                (Label::AgreementSigned, NARROW),
                (Label::AgreementReference, MEDIUM),
                (Label::TransferMechanism, MEDIUM),
                (Label::DocumentDpfCertified, NARROW + 4.0),
                (Label::WorkbookDpfCheckedOn, NARROW),
            ],
        )?;
        let document = self.index.document();
        for processor in &document.processors {
            let users = document
                .system_links
                .iter()
                .filter(|l| l.processor == processor.id)
                .map(|link| {
                    let register = self.register_name(link.register);
                    let usage = self.text(&link.usage);
                    if usage.is_empty() {
                        register
                    } else {
                        format!("{register}: {usage}")
                    }
                });
            let mechanisms = dedup(
                document
                    .transfers
                    .iter()
                    .filter(|t| t.processor == Some(processor.id))
                    .map(|t| {
                        t.mechanism
                            .map_or(self.label(Label::NotStated), |m| self.vocabulary(m))
                            .to_string()
                    }),
            );
            let agreement = processor.agreement.as_ref();
            // Within the EU/EEA no transfer mechanism is needed (as the record's annex A says).
            let within_eea = processor.countries().next().is_some()
                && !processor.countries().any(geography::is_third_country);
            let mechanisms = if mechanisms.is_empty() && within_eea {
                Cell::NotApplicable
            } else {
                Cell::list(mechanisms)
            };
            table.push(vec![
                Cell::text(self.name(&processor.vendor)),
                Cell::text(processor.product.as_str()),
                Cell::text(self.vocabulary(processor.hosting)),
                Cell::text(self.country(&processor.country)),
                Cell::text(self.text(&processor.function)),
                Cell::list([
                    self.text(&processor.data_location),
                    self.country(&processor.data_location_country),
                ]),
                Cell::text(self.text(&processor.data_held)),
                Cell::list(users),
                Cell::text(
                    agreement
                        .map(|a| self.vocabulary(a.kind))
                        .unwrap_or_default(),
                ),
                Cell::Date(agreement.and_then(|a| a.signed)),
                Cell::text(agreement.map(|a| a.reference.as_str()).unwrap_or_default()),
                mechanisms,
                self.answer(processor.dpf.certified),
                Cell::Date(processor.dpf.checked_on),
            ])?;
        }
        table.finish(true, 0)
    }

    /// The transfer records, and the flows to third countries that have none.
    pub(super) fn transfers(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetTransfers,
            &[
                (Label::Register, MEDIUM),
                (Label::Country, NARROW + 4.0),
                (Label::Through, MEDIUM),
                (Label::TransferMechanism, MEDIUM),
                (Label::WorkbookDocumentation, WIDE),
                (Label::DocumentSafeguardCopies, NARROW + 6.0),
            ],
        )?;
        for register in &self.index.document().registers {
            let register_name = self.name(&register.name);
            for flow in self.index.flows(register.id) {
                let (mechanism, documentation) = (flow.mechanism(), flow.documentation());
                let copies = flow.transfer().map(|t| t.safeguard_copies);
                let Flow {
                    country,
                    processor,
                    recipient,
                    ..
                } = flow;
                let through = Cell::list([
                    processor
                        .map(|p| self.processor_name(p))
                        .unwrap_or_default(),
                    recipient.map(|r| self.text(&r.name)).unwrap_or_default(),
                ]);
                let mechanism = match mechanism {
                    Some(m) => Cell::text(self.vocabulary(m)),
                    None => Cell::Alert(self.label(Label::NotStated).to_string()),
                };
                table.push(vec![
                    Cell::text(register_name.as_str()),
                    Cell::text(self.country(&country)),
                    through,
                    mechanism,
                    Cell::text(documentation.map(|d| self.text(d)).unwrap_or_default()),
                    copies.map_or(Cell::NotAnswered, |c| self.answer(c)),
                ])?;
            }
        }
        table.finish(true, 0)
    }

    /// Rows: roles (the same name in several registers is one row); columns:
    /// registers; cells: what the role may do there.
    pub(super) fn access(&self) -> Result<Worksheet, XlsxError> {
        let document = self.index.document();
        let mut columns = vec![
            Column::new(self.label(Label::DocumentRole), MEDIUM),
            Column::new(self.label(Label::People), MEDIUM),
            Column::new(self.label(Label::DocumentGrantedBy), MEDIUM),
        ];
        let mut column_of: HashMap<RegisterId, usize> = HashMap::new();
        for register in &document.registers {
            column_of.insert(register.id, columns.len());
            columns.push(Column::new(self.name(&register.name), MEDIUM));
        }
        struct Row {
            role: String,
            people: Vec<PersonId>,
            granted_by: Vec<String>,
            cells: HashMap<usize, Vec<String>>,
        }
        let mut rows: Vec<Row> = Vec::new();
        let mut row_of: HashMap<String, usize> = HashMap::new();
        for role in &document.access_roles {
            let Some(&column) = column_of.get(&role.register) else {
                continue;
            };
            let name = self.text(&role.name);
            let row = *row_of.entry(name.clone()).or_insert_with(|| {
                rows.push(Row {
                    role: name,
                    people: Vec::new(),
                    granted_by: Vec::new(),
                    cells: HashMap::new(),
                });
                rows.len() - 1
            });
            let row = &mut rows[row];
            for person in &role.people {
                if !row.people.contains(person) {
                    row.people.push(*person);
                }
            }
            let granted_by = self.text(&role.granted_by);
            if !granted_by.is_empty() && !row.granted_by.contains(&granted_by) {
                row.granted_by.push(granted_by);
            }
            let cell = row.cells.entry(column).or_default();
            let permissions: Vec<String> = role
                .permissions
                .iter()
                .map(|p| self.text(p))
                .filter(|p| !p.is_empty())
                .collect();
            if permissions.is_empty() {
                cell.push(self.label(Label::Access).to_string());
            }
            cell.extend(permissions);
            if let Some(logging) = role.change_logging {
                cell.push(format!("({})", self.vocabulary(logging)));
            }
        }
        let width = columns.len();
        let mut table = Table::new(self.label(Label::SheetAccess), columns, self.styles)?;
        for row in rows {
            // A register where the role has no access: nothing to say, not a gap.
            let mut cells = vec![Cell::Blank; width];
            cells[0] = Cell::Text(row.role);
            cells[1] = Cell::list(row.people.iter().map(|p| self.person(*p)));
            cells[2] = Cell::list(row.granted_by);
            for (column, lines) in row.cells {
                cells[column] = Cell::list(lines);
            }
            table.push(cells)?;
        }
        table.finish(true, 1)
    }

    pub(super) fn retention(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetRetention,
            &[
                (Label::Register, MEDIUM),
                (Label::DataGroup, MEDIUM),
                (Label::WorkbookTrigger, MEDIUM),
                (Label::DocumentPeriod, MEDIUM),
                (Label::WorkbookDeletionMethod, NARROW),
                (Label::WorkbookRoutine, WIDE),
                (Label::Responsible, MEDIUM),
                (Label::IntervalMonths, NARROW),
                (Label::WorkbookLastReviewed, NARROW),
                (Label::WorkbookNextReview, NARROW),
                (Label::WorkbookOverdue, NARROW),
            ],
        )?;
        let as_of = self.options.printed_on;
        for register in &self.index.document().registers {
            let register_name = self.name(&register.name);
            let rules = &self.index.parts(register.id).retention_rules;
            if rules.is_empty() {
                // A register without a rule is a gap the reader should see here too.
                let mut row = vec![Cell::text(register_name.as_str())];
                row.extend(vec![Cell::text(""); 10]);
                table.push(row)?;
            }
            for rule in rules {
                let overdue = rule.is_overdue(as_of);
                let overdue = if overdue {
                    Cell::Alert(self.label(Label::Yes).to_string())
                } else {
                    Cell::text(self.label(Label::No))
                };
                table.push(vec![
                    Cell::text(register_name.as_str()),
                    Cell::text(self.group_name(rule.group)),
                    Cell::text(self.vocabulary(rule.trigger)),
                    Cell::text(self.text(&rule.period)),
                    Cell::text(
                        rule.deletion_method
                            .map(|m| self.vocabulary(m))
                            .unwrap_or_default(),
                    ),
                    Cell::text(self.text(&rule.routine)),
                    Cell::text(rule.responsible.map(|p| self.person(p)).unwrap_or_default()),
                    Cell::Number(rule.review_interval_months.map(f64::from)),
                    Cell::Date(rule.last_reviewed),
                    Cell::Date(rule.next_review(as_of)),
                    overdue,
                ])?;
            }
        }
        table.finish(true, 0)
    }

    /// The breach log (Art. 33(5)), every breach, notified or not.
    pub(super) fn breaches(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetBreaches,
            &[
                (Label::Description, WIDE),
                (Label::Happened, NARROW + 4.0),
                (Label::Discovered, NARROW + 4.0),
                (Label::NotificationDeadline, NARROW + 4.0),
                (Label::AuthorityNotified, NARROW + 4.0),
                (Label::NotificationReason, WIDE),
                (Label::WorkbookOverdue, NARROW),
                (Label::Register, MEDIUM),
                (Label::DataItemsConcerned, MEDIUM),
                (Label::WorkbookApproximatePeople, NARROW),
                (Label::Consequences, WIDE),
                (Label::MeasuresTaken, WIDE),
                (Label::Risk, NARROW),
                (Label::RiskAssessment, WIDE),
                (Label::WorkbookDataSubjectsInformed, NARROW),
                (Label::WorkbookNotInformedReason, WIDE),
                (Label::ReviewAnswers, WIDE),
                (Label::Closed, NARROW),
            ],
        )?;
        let document = self.index.document();
        let now = self.options.printed_on.and_time(chrono::NaiveTime::MIN);
        for breach in &document.breaches {
            let missed = match breach.notification_deadline() {
                None => Cell::text(""),
                Some(_) if breach.notification_missed(now) => {
                    Cell::Alert(self.label(Label::Yes).to_string())
                }
                Some(_) => Cell::text(self.label(Label::No)),
            };
            let items = breach.data_items.iter().filter_map(|id| {
                document
                    .data_items
                    .iter()
                    .find(|i| i.id == *id)
                    .map(|i| self.text(&i.name))
            });
            table.push(vec![
                Cell::text(self.text(&breach.description)),
                Cell::DateTime(breach.happened),
                Cell::DateTime(breach.discovered),
                Cell::DateTime(breach.notification_deadline()),
                Cell::DateTime(breach.authority_notified),
                Cell::text(self.text(&breach.notification_reason)),
                missed,
                Cell::list(breach.registers.iter().map(|r| self.register_name(*r))),
                Cell::list(items),
                Cell::Number(breach.approximate_people.map(f64::from)),
                Cell::text(self.text(&breach.consequences)),
                Cell::text(self.text(&breach.measures)),
                Cell::text(breach.risk.map(|r| self.vocabulary(r)).unwrap_or_default()),
                Cell::text(self.text(&breach.risk_assessment)),
                Cell::Date(breach.data_subjects_informed),
                Cell::text(self.text(&breach.not_informed_reason)),
                Cell::list(breach.review_answers.iter().map(|a| self.text(a))),
                Cell::Date(breach.closed),
            ])?;
        }
        table.finish(true, 1)
    }

    /// The request log (Art. 12(3)): the workbook is the working copy, so it
    /// names who asked; the record's PDF leaves names out.
    pub(super) fn requests(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetRequests,
            &[
                (Label::Right, MEDIUM),
                (Label::Requester, MEDIUM),
                (Label::Register, MEDIUM),
                (Label::Received, NARROW),
                (Label::IdentityCheck, WIDE),
                (Label::WorkbookExtended, NARROW),
                (Label::ExtensionReason, WIDE),
                (Label::AnswerBy, NARROW),
                (Label::Actions, WIDE),
                (Label::Answered, NARROW),
                (Label::WorkbookOverdue, NARROW),
            ],
        )?;
        let as_of = self.options.printed_on;
        for request in &self.index.document().data_subject_requests {
            let overdue = match request.deadline() {
                None => Cell::text(""),
                Some(_) if request.is_overdue(as_of) => {
                    Cell::Alert(self.label(Label::Yes).to_string())
                }
                Some(_) => Cell::text(self.label(Label::No)),
            };
            table.push(vec![
                Cell::text(
                    request
                        .right
                        .map(|r| self.vocabulary(r))
                        .unwrap_or_default(),
                ),
                Cell::text(request.requester.as_str()),
                Cell::text(
                    request
                        .register
                        .map(|r| self.register_name(r))
                        .unwrap_or_default(),
                ),
                Cell::Date(request.received),
                Cell::text(self.text(&request.identity_check)),
                // An unticked box is not an answer: only an extension is stated.
                Cell::text(if request.extended {
                    self.label(Label::Yes)
                } else {
                    ""
                }),
                Cell::text(self.text(&request.extension_reason)),
                Cell::Date(request.deadline()),
                Cell::text(self.text(&request.actions)),
                Cell::Date(request.answered),
                overdue,
            ])?;
        }
        table.finish(true, 1)
    }

    /// Each register's DPIA screening and its last review.
    pub(super) fn dpia(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetDpia,
            &[
                (Label::Register, MEDIUM),
                (Label::LastReview, NARROW),
                (Label::Screened, NARROW),
                (Label::CriteriaMet, WIDE),
                (Label::ListedProcessing, WIDE),
                (Label::DpiaRequired, NARROW),
                (Label::WorkbookDpiaDone, NARROW),
                (Label::WorkbookReference, MEDIUM),
                (Label::Outcome, WIDE),
                (Label::DocumentNotes, WIDE),
            ],
        )?;
        let document = self.index.document();
        for register in &document.registers {
            let name = Cell::text(self.name(&register.name));
            let Some(screening) = document
                .dpia_screenings
                .iter()
                .find(|s| s.register == register.id)
            else {
                let mut row = vec![name, Cell::Date(register.last_updated)];
                row.push(Cell::text(self.label(Label::NotScreened)));
                row.extend(vec![Cell::text(""); 7]);
                table.push(row)?;
                continue;
            };
            let verdict = screening.verdict();
            let required = if verdict == Answer::Yes && screening.dpia_done.is_none() {
                Cell::Alert(self.label(Label::Yes).to_string())
            } else {
                self.answer(verdict)
            };
            table.push(vec![
                name,
                Cell::Date(register.last_updated),
                Cell::Date(screening.screened),
                Cell::list(
                    screening
                        .criteria_met()
                        .into_iter()
                        .map(|c| self.vocabulary(c)),
                ),
                Cell::list(
                    screening
                        .listed_met()
                        .into_iter()
                        .map(|c| self.vocabulary(c)),
                ),
                required,
                Cell::Date(screening.dpia_done),
                Cell::text(screening.dpia_reference.as_str()),
                Cell::text(self.text(&screening.dpia_outcome)),
                Cell::text(self.text(&screening.notes)),
            ])?;
        }
        table.finish(true, 1)
    }

    /// The record kept as processor (Art. 30(2)): one row per controller.
    pub(super) fn processor_record(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetProcessorRecord,
            &[
                (Label::Controller, MEDIUM),
                (Label::DocumentBusinessId, NARROW),
                (Label::Contact, MEDIUM),
                (Label::DocumentRepresentative, MEDIUM),
                (Label::Dpo, MEDIUM),
                (Label::Agreement, MEDIUM),
                (Label::CategoriesOfProcessing, WIDE),
                (Label::ThirdCountries, MEDIUM),
                (Label::WorkbookSecurityMeasures, WIDE),
                (Label::WorkbookSubProcessors, MEDIUM),
            ],
        )?;
        let document = self.index.document();
        for client in &document.client_controllers {
            let agreement = client.agreement.as_ref().map(|a| {
                let mut parts = vec![self.vocabulary(a.kind).to_string()];
                parts.extend(a.signed.map(|d| d.to_string()));
                if !a.reference.is_empty() {
                    parts.push(a.reference.clone());
                }
                parts.join(", ")
            });
            let transfers = client.transfers.iter().map(|t| {
                let mechanism = t
                    .mechanism
                    .map_or(self.label(Label::NotStated), |m| self.vocabulary(m));
                format!("{}: {mechanism}", self.country(&t.country))
            });
            let measures = client.security_measures.iter().filter_map(|id| {
                document
                    .security_measures
                    .iter()
                    .find(|m| m.id == *id)
                    .map(|m| match m.kind {
                        Some(kind) => {
                            format!("{}: {}", self.vocabulary(kind), self.text(&m.description))
                        }
                        None => self.text(&m.description),
                    })
            });
            let subs = client.sub_processors.iter().filter_map(|id| {
                document.processors.iter().find(|p| p.id == *id).map(|p| {
                    let country = self.country(&p.country);
                    let name = self.processor_name(p);
                    if country.is_empty() {
                        name
                    } else {
                        format!("{name} ({country})")
                    }
                })
            });
            table.push(vec![
                Cell::text(self.text(&client.name)),
                Cell::text(client.business_id.as_str()),
                Cell::text(self.text(&client.contact)),
                Cell::text(self.text(&client.representative)),
                Cell::text(self.text(&client.dpo)),
                Cell::text(agreement.unwrap_or_default()),
                Cell::list(client.categories_of_processing.iter().map(|c| self.text(c))),
                Cell::list(transfers),
                Cell::list(measures),
                Cell::list(subs),
            ])?;
        }
        table.finish(true, 1)
    }

    pub(super) fn sources(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetSources,
            &[
                (Label::Name, WIDE),
                (Label::WorkbookKind, MEDIUM),
                (Label::WorkbookPublicSource, NARROW),
                (Label::WorkbookCollectionProcedure, WIDE + 20.0),
                (Label::UsedByRegisters, MEDIUM),
            ],
        )?;
        let document = self.index.document();
        for source in &document.sources {
            let users = document
                .registers
                .iter()
                .filter(|r| r.sources.contains(&source.id))
                .map(|r| self.name(&r.name));
            table.push(vec![
                Cell::text(self.text(&source.name)),
                self.chosen_all_cell(&source.kinds),
                self.ticked(source.public),
                Cell::text(self.text(&source.collection_procedure)),
                Cell::list(users),
            ])?;
        }
        table.finish(true, 0)
    }

    /// One row per disclosure, then the recipients no register discloses to.
    pub(super) fn disclosures(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetDisclosures,
            &[
                (Label::Register, MEDIUM),
                (Label::Recipient, MEDIUM + 8.0),
                (Label::WorkbookKind, MEDIUM),
                (Label::Country, NARROW),
                (Label::DataDisclosed, WIDE),
                (Label::Why, WIDE),
                (Label::How, MEDIUM),
                (Label::DocumentDisclosureCondition, MEDIUM),
            ],
        )?;
        let document = self.index.document();
        let recipient_cells = |recipient: Option<&&Recipient>| match recipient {
            Some(r) if r.category => [
                Cell::text(self.text(&r.name)),
                Cell::text(self.recipient_kind(r)),
                Cell::text(self.country(&r.country)),
            ],
            Some(r) => [
                Cell::text(self.text(&r.name)),
                self.chosen_cell(r.kind),
                // In the United States (or once answered): the Framework certification.
                if r.country
                    .eq_ignore_ascii_case(kirjuri_model::checks::DPF_COUNTRY)
                    || !r.dpf.is_unanswered()
                {
                    let mut dpf = format!(
                        "{}: {}",
                        self.label(Label::DocumentDpfCertified),
                        self.vocabulary(r.dpf.certified)
                    );
                    if let Some(on) = r.dpf.checked_on {
                        dpf = format!(
                            "{dpf} ({} {})",
                            self.label(Label::WorkbookDpfCheckedOn),
                            crate::labels::format_date(on, self.language)
                        );
                    }
                    Cell::list([self.country(&r.country), dpf])
                } else {
                    Cell::text(self.country(&r.country))
                },
            ],
            None => [Cell::text(""), Cell::text(""), Cell::text("")],
        };
        for register in &document.registers {
            let register_name = self.name(&register.name);
            for disclosure in &self.index.parts(register.id).disclosures {
                let mut row = vec![Cell::text(register_name.as_str())];
                row.extend(recipient_cells(
                    self.index.recipients().get(&disclosure.recipient),
                ));
                row.extend([
                    Cell::text(self.text(&disclosure.data)),
                    Cell::text(self.text(&disclosure.purpose)),
                    Cell::text(self.text(&disclosure.method)),
                    // A condition is a qualifier: none means the disclosure has none.
                    match self.text(&disclosure.condition) {
                        condition if condition.is_empty() => Cell::NotApplicable,
                        condition => Cell::Text(condition),
                    },
                ]);
                table.push(row)?;
            }
        }
        for recipient in &document.recipients {
            if !document
                .disclosures
                .iter()
                .any(|d| d.recipient == recipient.id)
            {
                // Known as a recipient, disclosed to by no register.
                let mut row = vec![Cell::NotApplicable];
                row.extend(recipient_cells(Some(&recipient)));
                row.extend(vec![Cell::NotApplicable; 4]);
                table.push(row)?;
            }
        }
        table.finish(true, 0)
    }

    pub(super) fn rights(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetRights,
            &[
                (Label::Register, MEDIUM),
                (Label::Right, MEDIUM),
                (Label::Channel, WIDE),
                (Label::IdentityCheck, MEDIUM),
                (Label::WorkbookDeadlineDays, NARROW),
                (Label::ExtractFormat, NARROW + 6.0),
                (Label::Fee, MEDIUM),
                (Label::Frequency, MEDIUM),
                (Label::RefusalGrounds, WIDE),
                (Label::LawReference, MEDIUM),
                (Label::DocumentNotes, WIDE),
            ],
        )?;
        for register in &self.index.document().registers {
            let register_name = self.name(&register.name);
            for procedure in &self.index.parts(register.id).rights_procedures {
                table.push(vec![
                    Cell::text(register_name.as_str()),
                    Cell::text(self.vocabulary(procedure.right)),
                    Cell::text(self.text(&procedure.channel)),
                    Cell::text(self.text(&procedure.identity_check)),
                    Cell::Number(procedure.deadline_days.map(f64::from)),
                    Cell::text(self.text(&procedure.format)),
                    Cell::text(self.text(&procedure.fee)),
                    Cell::text(self.text(&procedure.frequency)),
                    Cell::text(self.text(&procedure.refusal_grounds)),
                    Cell::text(self.text(&procedure.law_reference)),
                    Cell::text(self.text(&procedure.notes)),
                ])?;
            }
        }
        table.finish(true, 0)
    }

    /// People and what they are named for in the document.
    pub(super) fn people(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetPeople,
            &[
                (Label::Name, MEDIUM),
                (Label::Title, MEDIUM),
                (Label::Phone, NARROW + 4.0),
                (Label::Email, MEDIUM),
                (Label::Responsibilities, WIDE),
            ],
        )?;
        let document = self.index.document();
        let mut duties: HashMap<PersonId, Vec<String>> = HashMap::new();
        let mut add = |person: PersonId, duty: String| {
            let list = duties.entry(person).or_default();
            if !list.contains(&duty) {
                list.push(duty);
            }
        };
        if let Some(dpo) = document.organisation.dpo {
            add(dpo, self.label(Label::Dpo).to_string());
        }
        for register in &document.registers {
            if let Some(person) = register.contact_person {
                add(
                    person,
                    format!(
                        "{}: {}",
                        self.label(Label::ContactPerson),
                        self.name(&register.name)
                    ),
                );
            }
        }
        for role in &document.access_roles {
            let duty = format!(
                "{} ({})",
                self.text(&role.name),
                self.register_name(role.register)
            );
            role.people.iter().for_each(|p| add(*p, duty.clone()));
        }
        for rule in &document.retention_rules {
            if let Some(person) = rule.responsible {
                let duty = format!(
                    "{}: {}",
                    self.label(Label::ResponsibleForDeletion),
                    self.register_name(rule.register)
                );
                add(person, duty);
            }
        }
        for person in &document.people {
            table.push(vec![
                Cell::text(person.name.as_str()),
                Cell::text(self.text(&person.title)),
                Cell::text(person.phone.as_str()),
                Cell::text(person.email.as_str()),
                match duties.get(&person.id) {
                    Some(duties) => Cell::list(duties),
                    // Named for nothing in the document: nothing to list.
                    None => Cell::Blank,
                },
            ])?;
        }
        table.finish(true, 0)
    }

    pub(super) fn cookies(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetCookies,
            &[
                (Label::Name, MEDIUM),
                (Label::Provider, MEDIUM),
                (Label::CookieClass, NARROW + 4.0),
                (Label::CookieDuration, NARROW + 4.0),
                (Label::Lifetime, MEDIUM),
                (Label::Purpose, WIDE),
                (Label::RequiresConsent, NARROW),
            ],
        )?;
        for cookie in &self.index.document().cookies {
            table.push(vec![
                Cell::text(self.text(&cookie.name)),
                Cell::text(cookie.provider.as_str()),
                Cell::text(self.vocabulary(cookie.class)),
                Cell::text(self.vocabulary(cookie.duration)),
                Cell::text(self.text(&cookie.lifetime)),
                Cell::text(self.text(&cookie.purpose)),
                self.answer(cookie.requires_consent),
            ])?;
        }
        table.finish(true, 0)
    }

    pub(super) fn findings(&self) -> Result<Worksheet, XlsxError> {
        let mut table = self.table(
            Label::SheetFindings,
            &[
                (Label::WorkbookSeverity, NARROW),
                (Label::Register, MEDIUM),
                (Label::Record, MEDIUM + 8.0),
                (Label::Field, MEDIUM),
                (Label::Description, WIDE + 20.0),
                (Label::WorkbookFindingAnswer, WIDE),
            ],
        )?;
        let findings = check(
            self.index.document(),
            CheckOptions {
                as_of: self.options.printed_on,
                export_language: Some(self.language),
            },
        );
        let names = self.record_names(&findings.iter().map(|f| f.id).collect());
        for finding in findings {
            let severity = finding.severity.label(self.language).to_string();
            let severity = match finding.severity {
                Severity::Error if finding.is_open() => Cell::Alert(severity),
                _ => Cell::Text(severity),
            };
            let answer = match &finding.answer {
                Some(FindingResolution::NotApplicable { reason }) => Cell::list([
                    self.label(Label::NotApplicable).to_string(),
                    self.text(reason),
                ]),
                Some(FindingResolution::Accepted { note, by, on }) => Cell::list([
                    format!("{} ({by}, {on})", self.label(Label::AcceptedForNow)),
                    self.text(note),
                ]),
                // Open: the severity says so; no person's answer to show.
                None => Cell::Blank,
            };
            let kind = record_kind(finding.kind, self.language);
            let record = match names.get(&finding.id).filter(|n| !n.is_empty()) {
                Some(name) => format!("{kind}: {name}"),
                None => kind.to_string(),
            };
            table.push(vec![
                severity,
                finding
                    .register
                    .map_or(Cell::NotApplicable, |r| Cell::text(self.register_name(r))),
                Cell::Text(record),
                if finding.field.is_empty() {
                    Cell::Blank
                } else {
                    Cell::Text(finding.field)
                },
                Cell::text(self.text(&finding.message)),
                answer,
            ])?;
        }
        table.finish(true, 0)
    }

    /// A short name for each `wanted` record, by its id, to say what a finding is about.
    fn record_names(&self, wanted: &HashSet<Uuid>) -> HashMap<Uuid, String> {
        let document = self.index.document();
        let mut names: HashMap<Uuid, String> = HashMap::new();
        let mut add = |id: Uuid, name: &dyn Fn() -> String| {
            if wanted.contains(&id) {
                names.insert(id, name());
            }
        };
        add(document.organisation.id.into(), &|| {
            self.name(&document.organisation.name)
        });
        document
            .people
            .iter()
            .for_each(|r| add(r.id.into(), &|| r.name.clone()));
        document
            .data_subject_categories
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.name)));
        document
            .sources
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.name)));
        document
            .recipients
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.name)));
        document
            .processors
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.processor_name(r)));
        document
            .storage_locations
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.description)));
        document
            .security_measures
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.description)));
        document
            .cookies
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.name)));
        document
            .registers
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.name(&r.name)));
        document
            .data_item_groups
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.name)));
        document
            .data_items
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.name)));
        document
            .purposes
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.description)));
        for link in &document.system_links {
            add(link.id.into(), &|| {
                self.index
                    .processors()
                    .get(&link.processor)
                    .map(|p| self.processor_name(p))
                    .unwrap_or_default()
            });
        }
        for disclosure in &document.disclosures {
            add(disclosure.id.into(), &|| {
                self.index
                    .recipients()
                    .get(&disclosure.recipient)
                    .map(|r| self.text(&r.name))
                    .unwrap_or_default()
            });
        }
        document
            .transfers
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.country(&r.country)));
        document
            .access_roles
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.text(&r.name)));
        document
            .retention_rules
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.group_name(r.group)));
        document
            .rights_procedures
            .iter()
            .for_each(|r| add(r.id.into(), &|| self.vocabulary(r.right).to_string()));
        names
    }
}

/// The entries without repeats, in first-seen order.
fn dedup(entries: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for entry in entries {
        if !seen.contains(&entry) {
            seen.push(entry);
        }
    }
    seen
}
