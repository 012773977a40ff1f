//! The record of processing activities (GDPR Art. 30) as PDF, for the
//! supervisory authority: a cover, contents with page numbers, the controller
//! (with the incident routine and cookies), one section per register in
//! Art. 30(1) order, and annexes A–G (systems, access matrix, retention
//! schedule, open findings, DPIA screening and last review of each register,
//! the breach log, the request log without the requesters' names). Every
//! question the record answers is printed; what the user has not answered yet
//! reads "not stated" (or "not answered" for a question with fixed answers),
//! muted, never a bare dash.

use super::*;
use crate::{ExportOptions, Exported};
use layout::{Block, Composer, Orientation};

/// Registers per access-matrix table: more columns would not fit the page.
const MATRIX_COLUMNS: usize = 5;

/// The record of processing activities of `document`, in `options.language`: the PDF's bytes.
pub fn export_record_pdf(
    document: &Document,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    record_pdf(document, options).map(|exported| exported.bytes)
}

/// The record of processing activities of `document`, in `options.language`,
/// with the reasons it is a draft.
pub fn record_pdf(document: &Document, options: &ExportOptions) -> Result<Exported, ExportError> {
    let fonts = layout::fonts().map_err(ExportError::Pdf)?;
    let words = Words::new(document, options.language);
    let index = Index::new(document);
    let new_record = || Record {
        words,
        index: &index,
        document,
        options,
        blocks: Vec::new(),
        contents: Vec::new(),
    };
    // The body is built and laid out in two parts, in parallel where a core is
    // free: the controller and the first registers, and the remaining
    // registers and the annexes (after running the checks for annex D). Each
    // part starts on a new page, so the second part's pages are simply appended.
    let (first_registers, later_registers) = document
        .registers
        .split_at(registers_in_first_part(document, &index));
    let first_part = || {
        let mut record = new_record();
        record.organisation();
        for register in first_registers {
            record.register(register);
        }
        // A heading last would look ahead into the other part (see `Composer::append`).
        debug_assert!(!matches!(record.blocks.last(), Some(Block::Heading { .. })));
        let mut body = Composer::new(fonts);
        body.place_all(std::mem::take(&mut record.blocks));
        (record, body)
    };
    let later_part = || {
        let findings = check(document, crate::check_options(options));
        let mut record = new_record();
        for register in later_registers {
            record.register(register);
        }
        record.annexes(&findings);
        // Appending is only the same as one pass from a page break on.
        debug_assert!(matches!(record.blocks.first(), Some(Block::NewPage(_))));
        let mut body = Composer::new(fonts);
        body.place_all(std::mem::take(&mut record.blocks));
        // The one rule (`crate::record_draft_reasons`), on the findings the
        // annexes list: checked once, in the export's language.
        let draft_reasons = crate::record_draft_reasons_of(findings);
        (record, body, draft_reasons)
    };
    let ((mut record, mut body), (later_record, later_body, draft_reasons)) =
        parallel::join(first_part, later_part);
    let anchors_before = record.contents.len();
    body.append(later_body, anchors_before);
    record.contents.extend(
        later_record
            .contents
            .into_iter()
            .map(|(title, anchor)| (title, anchor + anchors_before)),
    );

    let mut cover = Composer::new(fonts);
    cover.place_all(record.cover());

    // The contents are laid out twice: once to learn how many pages they take,
    // then with the page numbers, which do not change the line breaks.
    let mut draft = Composer::new(fonts);
    draft.place_all(record.contents_blocks(None));
    let offset = cover.pages.len() + draft.pages.len();
    let numbers: Vec<usize> = record
        .contents
        .iter()
        .map(|(_, anchor)| body.anchors.get(*anchor).copied().flatten().unwrap_or(0) + offset + 1)
        .collect();
    let mut contents = Composer::new(fonts);
    contents.place_all(record.contents_blocks(Some(&numbers)));

    let title = words.label(Label::RecordTitle).to_string();
    let organisation = organisation_name(document, words);
    let mut footer = format!("{organisation} · {title}");
    if let Some(version) = non_empty(&document.organisation.version_label) {
        footer = format!("{footer} · {} {version}", words.label(Label::Version));
    }
    let contents_page = cover.pages.len();
    let mut bookmarks = vec![(words.label(Label::Contents).to_string(), contents_page)];
    bookmarks.extend(
        body.bookmarks
            .iter()
            .map(|(title, page)| (title.clone(), page + offset)),
    );
    let mut pages = cover.pages;
    pages.extend(contents.pages);
    pages.extend(body.pages);
    let assembled = Assembled {
        pages,
        bookmarks,
        footer_from: contents_page,
        footer,
        draft_mark: DraftMark::when(!draft_reasons.is_empty(), words.label(Label::Draft)),
    };
    let meta = Metadata {
        title: format!("{title} – {organisation}"),
        author: organisation,
        subject: words.label(Label::RecordSubtitle).to_string(),
        keywords: vec!["GDPR".to_string(), "Art. 30".to_string()],
        language: options.language,
        date: options.printed_on,
    };
    Ok(Exported {
        bytes: finish(fonts, assembled, &meta)?,
        draft_reasons,
    })
}

/// How many registers the first of the two parts takes so that both have
/// about the same work: the second also has the annexes and the checks.
/// Work is counted in table rows, roughly; a poor guess only costs time.
fn registers_in_first_part(document: &Document, index: &Index<'_>) -> usize {
    let register_rows = |register: &Register| {
        let parts = index.parts(register.id);
        12 + parts.items.len()
            + parts.groups.len()
            + parts.purposes.len() * 2
            + parts.system_links.len()
            + parts.disclosures.len()
            + parts.transfers.len()
            + parts.access_roles.len()
            + parts.retention_rules.len()
            + parts.rights_procedures.len()
    };
    // Annexes A–C list systems, access and retention again; D lists the
    // findings, about three per register in a young document.
    let annex_rows = document.system_links.len()
        + document.processors.len()
        + document.access_roles.len()
        + document.retention_rules.len()
        + document.registers.len() * 3;
    let total: usize = document.registers.iter().map(register_rows).sum::<usize>() + annex_rows;
    let mut first = 0;
    let mut taken = 0;
    for register in &document.registers {
        if (taken + register_rows(register)) * 2 > total {
            break;
        }
        taken += register_rows(register);
        first += 1;
    }
    first
}

struct Record<'a, 'd> {
    words: Words,
    index: &'a Index<'d>,
    document: &'d Document,
    options: &'a ExportOptions,
    blocks: Vec<Block>,
    /// The contents: each section's title and its anchor.
    contents: Vec<(String, usize)>,
}

impl<'a, 'd> Record<'a, 'd> {
    fn label(&self, label: Label) -> &'static str {
        self.words.label(label)
    }

    fn text(&self, text: &LocalizedText) -> Option<String> {
        self.words.text(text)
    }

    fn name(&self, text: &LocalizedText) -> Option<String> {
        self.words.name(text)
    }

    /// Starts a section on a new page, with a bookmark and an entry in the contents.
    fn section(&mut self, title: String, orientation: Orientation) {
        let anchor = self.contents.len();
        self.contents.push((title.clone(), anchor));
        self.blocks.push(Block::NewPage(orientation));
        self.blocks.push(Block::Heading {
            level: 1,
            text: title,
            bookmark: true,
            anchor: Some(anchor),
        });
    }

    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    fn cover(&self) -> Vec<Block> {
        let words = self.words;
        let organisation = &self.document.organisation;
        let title = Style::new(Face::Bold, 26.0, Ink::Accent);
        let subtitle = Style::new(Face::Regular, 11.0, Ink::Muted);
        let name = Style::new(Face::Bold, 16.0, Ink::Body);
        let mut contact = Vec::new();
        contact.extend(non_empty(&organisation.phone));
        contact.extend(non_empty(&organisation.email));
        contact.extend(non_empty(&organisation.website));
        let dpo = dpo_cell(self.index, organisation, words);
        let date = |d: Option<NaiveDate>| d.map(|d| words.date(d));
        vec![
            Block::Space(150.0),
            Block::Para(Para::plain(self.label(Label::RecordTitle), title).after(6.0)),
            Block::Para(Para::plain(self.label(Label::RecordSubtitle), subtitle).after(36.0)),
            Block::Para(Para::plain(organisation_name(self.document, words), name).after(14.0)),
            key_values(vec![
                (
                    self.label(Label::DocumentBusinessId),
                    self.words.stated(non_empty(&organisation.business_id)),
                ),
                (
                    self.label(Label::Address),
                    self.words.stated(self.text(&organisation.address)),
                ),
                (self.label(Label::Contact), self.words.stated_lines(contact)),
                (self.label(Label::Dpo), dpo),
                (
                    self.label(Label::Version),
                    self.words.stated(non_empty(&organisation.version_label)),
                ),
                (
                    self.label(Label::DocumentCreated),
                    self.words.stated(date(organisation.document_created)),
                ),
                (
                    self.label(Label::DocumentUpdated),
                    self.words.stated(date(organisation.document_updated)),
                ),
                (
                    self.label(Label::DocumentLastChanged),
                    self.words.stated(date(self.options.last_changed)),
                ),
                (
                    self.label(Label::Printed),
                    self.words.stated(date(Some(self.options.printed_on))),
                ),
            ]),
        ]
    }

    fn contents_blocks(&self, numbers: Option<&[usize]>) -> Vec<Block> {
        let mut blocks = vec![Block::Heading {
            level: 1,
            text: self.label(Label::Contents).to_string(),
            bookmark: false,
            anchor: None,
        }];
        for (n, (title, _)) in self.contents.iter().enumerate() {
            blocks.push(Block::ContentsEntry {
                text: title.clone(),
                page: numbers.and_then(|numbers| numbers.get(n).copied()),
            });
        }
        blocks
    }

    fn organisation(&mut self) {
        let words = self.words;
        let organisation = &self.document.organisation;
        self.section(
            self.label(Label::Controller).to_string(),
            Orientation::Portrait,
        );
        let dpo = dpo_cell(self.index, organisation, words);
        let authority = match geography::supervisory_authority(organisation) {
            Some(authority) => {
                let mut lines = Vec::new();
                lines.extend(self.text(&authority.name));
                lines.extend(self.text(&authority.address));
                lines.extend(non_empty(&authority.phone));
                lines.extend(non_empty(&authority.email));
                lines.extend(non_empty(&authority.website));
                self.words.stated_lines(lines)
            }
            None => self.words.stated(None),
        };
        let rows = vec![
            (
                self.label(Label::Name),
                self.words
                    .stated(Some(organisation_name(self.document, words))),
            ),
            (
                self.label(Label::DocumentBusinessId),
                self.words.stated(non_empty(&organisation.business_id)),
            ),
            (
                self.label(Label::VatNumber),
                self.words.stated(non_empty(&organisation.vat_number)),
            ),
            (
                self.label(Label::Address),
                self.words.stated(self.text(&organisation.address)),
            ),
            (
                self.label(Label::Phone),
                self.words.stated(non_empty(&organisation.phone)),
            ),
            (
                self.label(Label::Email),
                self.words.stated(non_empty(&organisation.email)),
            ),
            (
                self.label(Label::Website),
                self.words.stated(non_empty(&organisation.website)),
            ),
            (
                self.label(Label::StaffCount),
                self.words
                    .stated(organisation.staff_count.map(|n| n.to_string())),
            ),
            (self.label(Label::Dpo), dpo),
            (
                self.label(Label::JointControllers),
                self.words
                    .stated(self.text(&organisation.joint_controllers)),
            ),
            (
                self.label(Label::DocumentRepresentative),
                self.words.stated(self.text(&organisation.representative)),
            ),
            (self.label(Label::SupervisoryAuthority), authority),
        ];
        self.push(key_values(rows));

        if !self.document.people.is_empty() {
            self.push(heading(2, self.label(Label::People)));
            let rows = self
                .document
                .people
                .iter()
                .map(|person| {
                    vec![
                        self.words.stated(non_empty(&person.name)),
                        self.words.stated(self.text(&person.title)),
                        self.words.stated(non_empty(&person.phone)),
                        self.words.stated(non_empty(&person.email)),
                    ]
                })
                .collect();
            self.push(table(
                &[
                    (self.label(Label::Name), 0.3),
                    (self.label(Label::Title), 0.3),
                    (self.label(Label::Phone), 0.2),
                    (self.label(Label::Email), 0.2),
                ],
                rows,
            ));
        }

        let routine = &organisation.incident_routine;
        self.push(heading(2, self.label(Label::IncidentRoutine)));
        let steps: Vec<String> = routine
            .steps
            .iter()
            .filter_map(|s| self.text(s))
            .enumerate()
            .map(|(n, s)| format!("{}. {s}", n + 1))
            .collect();
        let review: Vec<String> = routine
            .post_incident_review
            .iter()
            .filter_map(|s| self.text(s))
            .collect();
        let rows = vec![
            (
                self.label(Label::IncidentSteps),
                self.words.stated_lines(steps),
            ),
            (
                self.label(Label::IncidentDecidedBy),
                self.words.stated(self.text(&routine.decided_by)),
            ),
            (
                self.label(Label::NotifyWithin72Hours),
                vec![words.ticked(routine.notify_authority_within_72_hours)],
            ),
            (
                self.label(Label::InformOnHighRisk),
                vec![words.ticked(routine.inform_data_subjects_on_high_risk)],
            ),
            (
                self.label(Label::DocumentBreachLog),
                self.words.stated(self.text(&routine.breach_log)),
            ),
            (
                self.label(Label::DocumentPostIncidentReview),
                self.words.stated_list(review),
            ),
        ];
        self.push(key_values(rows));

        self.push(heading(2, self.label(Label::Cookies)));
        if self.document.cookies.is_empty() {
            self.push(paragraph(self.label(Label::NoCookies), BODY_MUTED));
        } else {
            let rows = self
                .document
                .cookies
                .iter()
                .map(|cookie| {
                    vec![
                        self.words.stated(self.text(&cookie.name)),
                        self.words.stated(non_empty(&cookie.provider)),
                        self.words.stated_lines(vec![
                            words.vocabulary(cookie.class).to_string(),
                            words.vocabulary(cookie.duration).to_string(),
                        ]),
                        self.words.stated(self.text(&cookie.lifetime)),
                        self.words.stated(self.text(&cookie.purpose)),
                        vec![words.answered(cookie.requires_consent, CELL)],
                    ]
                })
                .collect();
            self.push(table(
                &[
                    (self.label(Label::Name), 0.17),
                    (self.label(Label::Provider), 0.17),
                    (self.label(Label::CookieClass), 0.17),
                    (self.label(Label::Lifetime), 0.14),
                    (self.label(Label::Purpose), 0.21),
                    (self.label(Label::RequiresConsent), 0.14),
                ],
                rows,
            ));
        }
    }

    fn category_names(&self, ids: &[DataSubjectCategoryId]) -> Vec<String> {
        ids.iter()
            .filter_map(|id| self.index.data_subject_categories().get(id))
            .map(|c| {
                self.text(&c.name)
                    .unwrap_or_else(|| self.words.not_stated_text())
            })
            .collect()
    }

    fn basis_text(&self, basis: LegalBasis) -> String {
        format!(
            "{} ({})",
            self.words.vocabulary(basis),
            labels::article(basis.article(), self.words.language)
        )
    }

    fn group_name(&self, group: Option<DataItemGroupId>) -> String {
        group
            .and_then(|g| self.index.data_item_groups().get(&g))
            .and_then(|g| self.text(&g.name))
            .unwrap_or_else(|| self.label(Label::DocumentWholeRegister).to_string())
    }

    fn register(&mut self, register: &'d Register) {
        let words = self.words;
        let index = self.index;
        let parts = index.parts(register.id);
        let name = self
            .name(&register.name)
            .unwrap_or_else(|| self.words.not_stated_text());
        self.section(name, Orientation::Portrait);
        if let Some(description) = self.text(&register.description) {
            self.push(paragraph(description, BODY));
        }

        // The short facts.
        let mut bases: Vec<LegalBasis> = Vec::new();
        for purpose in &parts.purposes {
            for claim in &purpose.legal_bases {
                if let Some(basis) = claim.basis {
                    if !bases.contains(&basis) {
                        bases.push(basis);
                    }
                }
            }
        }
        let retention: Vec<String> = parts
            .retention_rules
            .iter()
            .map(|rule| {
                let period = self
                    .text(&rule.period)
                    .unwrap_or_else(|| self.words.not_stated_text());
                let scope = rule
                    .group
                    .map(|g| format!("{}: ", self.group_name(Some(g))))
                    .unwrap_or_default();
                format!("{scope}{period} ({})", words.vocabulary(rule.trigger))
            })
            .collect();
        let contact = index.person(register.contact_person).map_or_else(
            || self.words.stated(None),
            |p| self.words.stated_lines(person_lines(p, words)),
        );
        let mut provision = vec![words.chosen(register.provision_requirement, CELL)];
        if let Some(consequence) = self.text(&register.consequence_of_not_providing) {
            provision.push(self.words.labelled(
                self.label(Label::ConsequenceOfNotProviding),
                Some(consequence),
                CELL,
            ));
        }
        let mut automated = vec![words.answered(register.automated_decisions, CELL)];
        if let Some(description) = self.text(&register.automated_decisions_description) {
            automated.push(Para::plain(description, CELL));
        }
        let mut special = vec![words.answered(register.special_categories, CELL)];
        if register.special_categories == Answer::Yes {
            let which: Vec<&str> = register
                .special_categories_which
                .iter()
                .map(|c| words.vocabulary(*c))
                .collect();
            special.push(match which.is_empty() {
                true => words.not_stated(CELL),
                false => Para::plain(which.join(", "), CELL),
            });
        }
        let date = |d: Option<NaiveDate>| d.map(|d| words.date(d));
        let rows = vec![
            (
                self.label(Label::RoleInProcessing),
                vec![words.chosen(register.role, CELL)],
            ),
            (
                self.label(Label::BusinessFunction),
                self.words.stated(self.text(&register.business_function)),
            ),
            (self.label(Label::ContactPerson), contact),
            (
                self.label(Label::DataSubjects),
                self.words
                    .stated_list(self.category_names(&register.data_subject_categories)),
            ),
            (
                self.label(Label::LegalBasis),
                self.words
                    .stated_list(bases.iter().map(|b| self.basis_text(*b)).collect()),
            ),
            (
                self.label(Label::Retention),
                self.words.stated_list(retention),
            ),
            (
                self.label(Label::Created),
                self.words.stated(date(register.created)),
            ),
            (
                self.label(Label::LastUpdated),
                self.words.stated(date(register.last_updated)),
            ),
            (
                self.label(Label::Version),
                self.words.stated(non_empty(&register.version_label)),
            ),
            (
                self.label(Label::RegisterLawReference),
                self.words.stated(self.text(&register.law_reference)),
            ),
            (self.label(Label::ProvisionRequirement), provision),
            (self.label(Label::DocumentAutomatedDecisions), automated),
            (self.label(Label::SpecialCategories), special),
            (
                self.label(Label::Dpia),
                // "Not assessed" is the question still open: muted like the others.
                vec![Para::plain(
                    words.vocabulary(register.dpia),
                    if register.dpia == DpiaStatus::NotAssessed {
                        CELL_MUTED
                    } else {
                        CELL
                    },
                )],
            ),
        ];
        // What a person answered "not applicable" says so, with the reason.
        let open = [
            (Label::RoleInProcessing, "role", register.role.is_none()),
            (
                Label::Retention,
                "retention_rules",
                parts.retention_rules.is_empty(),
            ),
            (
                Label::ProvisionRequirement,
                "provision_requirement",
                register.provision_requirement.is_none(),
            ),
            (
                Label::DocumentAutomatedDecisions,
                "automated_decisions",
                !register.automated_decisions.is_answered(),
            ),
            (
                Label::Dpia,
                "dpia",
                register.dpia == DpiaStatus::NotAssessed,
            ),
        ];
        let mut rows = rows;
        if let Some(changes) = self.text(&register.notice_changes) {
            rows.push((
                self.label(Label::DocumentNoticeChanges),
                vec![Para::plain(changes, CELL)],
            ));
        }
        for (label, field, is_open) in open {
            let answer = self.not_applicable(register, field, CELL);
            if let (true, Some(answer)) = (is_open, answer) {
                let key = self.label(label);
                if let Some((_, cell)) = rows.iter_mut().find(|(k, _)| *k == key) {
                    match cell.first_mut() {
                        Some(first) => *first = answer,
                        None => cell.push(answer),
                    }
                }
            }
        }
        self.push(key_values(rows));

        self.purposes(parts);
        self.push(heading(2, self.label(Label::DataSubjectCategories)));
        let categories = self.category_names(&register.data_subject_categories);
        self.list(categories);
        self.data_items(register, parts);
        self.sources(register);
        self.recipients(register, parts);
        self.systems(parts);
        self.transfers(register);
        self.retention(register, parts);
        self.security(register);
        self.roles(parts);
        self.rights(register, parts);
    }

    /// "Not applicable: reason" where a person answered the finding on this
    /// field of the register so (`organisation.finding_answers`); `None`
    /// where the field is simply open, or only accepted for now.
    fn not_applicable(&self, register: &Register, field: &str, style: Style) -> Option<Para> {
        not_applicable(self.document, register, field, self.words, style)
    }

    /// A heading with its list's qualifier: "Personal data (among others)".
    fn qualified(&self, label: Label, qualifier: Option<ListQualifier>) -> String {
        match qualifier {
            Some(q) => format!("{} ({})", self.label(label), self.words.vocabulary(q)),
            None => self.label(label).to_string(),
        }
    }

    /// A bulleted list, or "not stated".
    fn list(&mut self, items: Vec<String>) {
        if items.is_empty() {
            self.push(Block::Para(self.words.not_stated(BODY)));
        }
        for item in items {
            self.push(Block::Para(Para::plain(item, BODY).bulleted().after(1.5)));
        }
        self.push(Block::Space(4.0));
    }

    fn purposes(&mut self, parts: &RegisterParts<'d>) {
        self.push(heading(2, self.label(Label::DocumentPurposes)));
        if parts.purposes.is_empty() {
            self.push(Block::Para(self.words.not_stated(BODY)));
            return;
        }
        let mut rows = Vec::new();
        for purpose in &parts.purposes {
            let mut described = self.words.stated(self.text(&purpose.description));
            if purpose.direct_marketing {
                described.push(Para::plain(
                    self.label(Label::DocumentDirectMarketing),
                    CELL_MUTED,
                ));
            }
            let mut bases: Cell = Vec::new();
            for claim in &purpose.legal_bases {
                match claim.basis {
                    Some(basis) => bases.push(Para::plain(self.basis_text(basis), CELL_STRONG)),
                    None => bases.push(self.words.not_stated(CELL)),
                }
                if claim.basis == Some(LegalBasis::LegitimateInterests)
                    || !claim.legitimate_interest.is_empty()
                {
                    bases.push(self.words.labelled(
                        self.label(Label::Interest),
                        self.text(&claim.legitimate_interest),
                        CELL,
                    ));
                }
                if let Some(condition) = claim.special_category_condition {
                    bases.push(self.words.labelled(
                        self.label(Label::Art9Condition),
                        Some(format!(
                            "{} ({})",
                            self.words.vocabulary(condition),
                            labels::article(condition.article(), self.words.language)
                        )),
                        CELL,
                    ));
                }
                if let Some(law) = self.text(&claim.law_reference) {
                    bases.push(self.words.labelled(
                        self.label(Label::LawReference),
                        Some(law),
                        CELL,
                    ));
                }
                if !claim.data_subject_categories.is_empty() {
                    bases.push(
                        self.words.labelled(
                            self.label(Label::AppliesTo),
                            Some(
                                self.category_names(&claim.data_subject_categories)
                                    .join(", "),
                            ),
                            CELL,
                        ),
                    );
                }
                if let Some(last) = bases.last_mut() {
                    last.space_after = 4.0;
                }
            }
            if bases.is_empty() {
                bases.push(self.words.not_stated(CELL));
            }
            rows.push(vec![described, bases]);
        }
        self.push(table(
            &[
                (self.label(Label::Purpose), 0.42),
                (self.label(Label::LegalBasis), 0.58),
            ],
            rows,
        ));
    }

    fn data_items(&mut self, register: &Register, parts: &RegisterParts<'d>) {
        let words = self.words;
        self.push(heading(
            2,
            self.qualified(
                Label::DocumentPersonalData,
                register.list_qualifiers.data_items,
            ),
        ));
        if parts.items.is_empty() {
            self.push(Block::Para(self.words.not_stated(BODY)));
            return;
        }
        let item_row = |item: &DataItem| -> Vec<Cell> {
            let mut requirement = vec![words.chosen(item.requirement, CELL)];
            if let Some(consequence) = self.text(&item.consequence_if_not_given) {
                requirement.push(self.words.labelled(
                    self.label(Label::IfNotGiven),
                    Some(consequence),
                    CELL,
                ));
            }
            vec![
                self.words.stated(self.text(&item.name)),
                requirement,
                self.flags(item),
            ]
        };
        // Items under a row naming their group, in the order of the groups; ungrouped items last.
        let mut rows = Vec::with_capacity(parts.items.len() + parts.groups.len());
        for group in &parts.groups {
            let items: Vec<&&DataItem> = parts
                .items
                .iter()
                .filter(|i| i.group == Some(group.id))
                .collect();
            let mut spans = vec![Span::new(
                self.text(&group.name)
                    .unwrap_or_else(|| self.words.not_stated_text()),
                CELL_STRONG,
            )];
            if !group.personal_data {
                spans.push(Span::new(
                    format!(" ({})", self.label(Label::NotPersonalData)),
                    CELL_MUTED,
                ));
            }
            rows.push(vec![vec![Para::new(spans)]]);
            if items.is_empty() {
                rows.push(vec![self.words.stated(None), Vec::new(), Vec::new()]);
            }
            rows.extend(items.into_iter().map(|i| item_row(i)));
        }
        let loose: Vec<&&DataItem> = parts
            .items
            .iter()
            .filter(|i| {
                i.group
                    .is_none_or(|g| !parts.groups.iter().any(|group| group.id == g))
            })
            .collect();
        if !loose.is_empty() && !parts.groups.is_empty() {
            rows.push(vec![vec![Para::plain(
                self.label(Label::OtherItems),
                CELL_STRONG,
            )]]);
        }
        rows.extend(loose.into_iter().map(|i| item_row(i)));
        self.push(table(
            &[
                (self.label(Label::DataItem), 0.4),
                (self.label(Label::MandatoryOrOptional), 0.25),
                (self.label(Label::DocumentFlags), 0.35),
            ],
            rows,
        ));
    }

    fn flags(&self, item: &DataItem) -> Cell {
        let mut flags = Vec::new();
        if let Some(category) = item.special_category {
            flags.push(Para::new(vec![
                Span::new(
                    format!("{}: ", self.label(Label::DocumentSpecialCategory)),
                    CELL_STRONG,
                ),
                Span::new(self.words.vocabulary(category), CELL),
            ]));
        }
        let f = item.flags;
        if f.national_id {
            flags.push(Para::plain(self.label(Label::NationalId), CELL_STRONG));
            if let Some(need) = self.text(&item.need_for_national_id) {
                flags.push(self.words.labelled(
                    self.label(Label::DocumentNeedForNationalId),
                    Some(need),
                    CELL,
                ));
            }
        }
        for (on, label) in [
            (f.criminal_offence, Label::CriminalOffence),
            (f.financial, Label::Financial),
            (f.free_text, Label::FreeText),
            (f.online_identifier, Label::OnlineIdentifier),
            (f.credentials, Label::Credentials),
            (f.consent, Label::ConsentRecord),
        ] {
            if on {
                flags.push(Para::plain(self.label(label), CELL));
            }
        }
        flags
    }

    fn sources(&mut self, register: &Register) {
        self.push(heading(
            2,
            self.qualified(Label::DocumentSources, register.list_qualifiers.sources),
        ));
        let sources: Vec<&Source> = register
            .sources
            .iter()
            .filter_map(|id| self.index.sources().get(id).copied())
            .collect();
        if sources.is_empty() {
            self.push(Block::Para(self.words.not_stated(BODY)));
            return;
        }
        let rows = sources
            .into_iter()
            .map(|source| {
                let mut name = self.words.stated(self.text(&source.name));
                if source.public {
                    name.push(Para::plain(
                        format!("({})", self.label(Label::DocumentPublicSource)),
                        CELL_MUTED,
                    ));
                }
                vec![
                    name,
                    vec![self.words.chosen_all(&source.kinds, CELL)],
                    self.words.stated(self.text(&source.collection_procedure)),
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Source), 0.3),
                (self.label(Label::DocumentKind), 0.24),
                (self.label(Label::DocumentCollectionProcedure), 0.46),
            ],
            rows,
        ));
    }

    fn recipients(&mut self, register: &Register, parts: &RegisterParts<'d>) {
        self.push(heading(
            2,
            self.qualified(Label::Recipients, register.list_qualifiers.recipients),
        ));
        let qualifier = self.text(&register.disclosures_qualifier);
        if parts.disclosures.is_empty() {
            let sentence = match crate::notice::disclosures_sentence(register, qualifier.is_some())
            {
                Some(sentence) => Para::plain(self.label(sentence), BODY),
                None => self
                    .not_applicable(register, "regular_disclosures", BODY)
                    .unwrap_or_else(|| self.words.answered(Answer::NotAnswered, BODY)),
            };
            self.push(Block::Para(sentence.after(4.0)));
            if let Some(qualifier) = qualifier {
                self.push(paragraph(qualifier, BODY));
            }
            return;
        }
        let rows = parts
            .disclosures
            .iter()
            .map(|disclosure| {
                let recipient = match self.index.recipients().get(&disclosure.recipient) {
                    Some(recipient) => {
                        let mut cell = self.words.stated(self.text(&recipient.name));
                        let mut kind = self.words.vocabulary_or_not_answered(recipient.kind);
                        if recipient.category {
                            kind = format!(
                                "{} · {kind}",
                                self.label(Label::DocumentRecipientCategory)
                            );
                        }
                        if let Some(country) = non_empty(&recipient.country) {
                            kind = format!("{kind} · {}", self.words.country(&country));
                        }
                        cell.push(Para::plain(kind, CELL_MUTED));
                        cell
                    }
                    None => self.words.stated(None),
                };
                let mut method = self.words.stated(self.text(&disclosure.method));
                if let Some(condition) = self.text(&disclosure.condition) {
                    method.push(self.words.labelled(
                        self.label(Label::DocumentDisclosureCondition),
                        Some(condition),
                        CELL,
                    ));
                }
                vec![
                    recipient,
                    self.words.stated(self.text(&disclosure.data)),
                    self.words.stated(self.text(&disclosure.purpose)),
                    method,
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Recipient), 0.3),
                (self.label(Label::Data), 0.26),
                (self.label(Label::Purpose), 0.24),
                (self.label(Label::Method), 0.2),
            ],
            rows,
        ));
        // "Otherwise only with consent or as the law requires": the listed
        // disclosures are not all there is, and the record says so too.
        if let Some(qualifier) = qualifier {
            self.push(Block::Space(4.0));
            self.push(paragraph(qualifier, BODY));
        }
    }

    fn processor_countries(&self, processor: &Processor) -> Vec<String> {
        let mut countries: Vec<String> = Vec::new();
        for code in processor.countries() {
            let name = self.words.country(code);
            if !countries.contains(&name) {
                countries.push(name);
            }
        }
        countries
    }

    fn systems(&mut self, parts: &RegisterParts<'d>) {
        self.push(heading(2, self.label(Label::ProcessorsAndSystems)));
        if parts.system_links.is_empty() {
            self.push(Block::Para(self.words.not_stated(BODY)));
            return;
        }
        let rows = parts
            .system_links
            .iter()
            .map(|link| {
                let Some(processor) = self.index.processors().get(&link.processor) else {
                    return vec![
                        self.words.stated(None),
                        self.words.stated(None),
                        self.words.stated(None),
                        self.words.stated(None),
                    ];
                };
                let mut vendor = self.words.stated(self.name(&processor.vendor));
                vendor.push(Para::plain(
                    self.words.vocabulary(processor.hosting),
                    CELL_MUTED,
                ));
                let mut product = self.words.stated(non_empty(&processor.product));
                if let Some(usage) = self.text(&link.usage) {
                    product.push(Para::plain(usage, CELL_MUTED));
                }
                let sent: Vec<String> = link
                    .data_items
                    .iter()
                    .filter_map(|id| self.index.data_items().get(id))
                    .filter_map(|item| self.text(&item.name))
                    .collect();
                vec![
                    vendor,
                    product,
                    self.words.stated_lines(self.processor_countries(processor)),
                    self.words.stated(if sent.is_empty() {
                        None
                    } else {
                        Some(sent.join(", "))
                    }),
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::DocumentVendor), 0.25),
                (self.label(Label::DocumentProduct), 0.25),
                (self.label(Label::Country), 0.16),
                (self.label(Label::DataSent), 0.34),
            ],
            rows,
        ));
    }

    fn transfers(&mut self, register: &Register) {
        self.push(heading(2, self.label(Label::DocumentTransfers)));
        // The transfer records and the systems and recipients in third
        // countries that none covers: the workbook and the checks list the same.
        let flows = self.index.flows(register.id);
        let qualifier = self.text(&register.transfers_qualifier);
        let sentence =
            crate::notice::transfers_sentence(register, qualifier.is_some(), !flows.is_empty());
        let before = flows.is_empty() || register.transfers_outside_eea == Answer::No;
        if before {
            let sentence = match sentence {
                Some(sentence) => Para::plain(self.label(sentence), BODY),
                None => self
                    .not_applicable(register, "transfers_outside_eea", BODY)
                    .unwrap_or_else(|| self.words.answered(Answer::NotAnswered, BODY)),
            };
            self.push(Block::Para(sentence.after(4.0)));
            if let Some(qualifier) = qualifier.clone() {
                self.push(paragraph(qualifier, BODY));
            }
        }
        if flows.is_empty() {
            return;
        }
        let rows = flows
            .iter()
            .map(|flow| {
                let mut through = Vec::new();
                if let Some(processor) = flow.processor {
                    through.extend(
                        checks::display_processor(processor)
                            .resolve(self.words.language)
                            .text()
                            .map(str::to_string),
                    );
                }
                if let Some(recipient) = flow.recipient {
                    through.extend(self.text(&recipient.name));
                }
                let mut through = self.words.stated_lines(through);
                // To the United States: the Framework certification, as answered.
                if flow.country.eq_ignore_ascii_case(checks::DPF_COUNTRY) {
                    let dpf = flow
                        .processor
                        .map(|p| &p.dpf)
                        .or(flow.recipient.map(|r| &r.dpf));
                    if let Some(dpf) = dpf {
                        through.push(Para::plain(self.dpf_text(dpf), CELL_MUTED));
                    }
                }
                let mut documentation = self
                    .words
                    .stated(flow.documentation().and_then(|d| self.text(d)));
                if let Some(transfer) = flow.transfer() {
                    if transfer.safeguard_copies.is_answered() {
                        documentation.push(self.words.labelled(
                            self.label(Label::DocumentSafeguardCopies),
                            Some(self.words.answer(transfer.safeguard_copies).to_string()),
                            CELL,
                        ));
                    }
                }
                vec![
                    self.words
                        .stated(non_empty(&flow.country).map(|c| self.words.country(&c))),
                    through,
                    self.words.stated(
                        flow.mechanism()
                            .map(|m| self.words.vocabulary(m).to_string()),
                    ),
                    documentation,
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Country), 0.17),
                (self.label(Label::RecipientOrSystem), 0.28),
                (self.label(Label::DocumentMechanism), 0.27),
                (self.label(Label::DocumentDocumentation), 0.28),
            ],
            rows,
        ));
        if !before {
            if let Some(qualifier) = qualifier {
                self.push(Block::Space(4.0));
                self.push(paragraph(qualifier, BODY));
            }
        }
    }

    /// "DPF-certified: yes, checked on 2026-12-01" as answered.
    fn dpf_text(&self, dpf: &DpfCertification) -> String {
        let mut text = format!(
            "{}: {}",
            self.label(Label::DocumentDpfCertified),
            self.words.answer(dpf.certified)
        );
        if let Some(on) = dpf.checked_on {
            text = format!(
                "{text}, {} {}",
                self.label(Label::CheckedOn),
                self.words.date(on)
            );
        }
        text
    }

    /// The next review of a rule, marked when overdue.
    fn next_review(&self, rule: &RetentionRule) -> Cell {
        let as_of = self.options.printed_on;
        let mut cell = match rule.next_review(as_of) {
            Some(next) => {
                let mut spans = vec![Span::new(self.words.date(next), CELL)];
                if rule.is_overdue(as_of) {
                    spans.push(Span::new(
                        format!(" {}", self.label(Label::DocumentOverdue)),
                        CELL_STRONG,
                    ));
                }
                vec![Para::new(spans)]
            }
            None => vec![self.words.not_stated(CELL)],
        };
        if let Some(last) = rule.last_reviewed {
            cell.push(Para::plain(
                format!("{} {}", self.label(Label::LastDone), self.words.date(last)),
                CELL_MUTED,
            ));
        }
        cell
    }

    fn routine(&self, rule: &RetentionRule) -> Cell {
        let mut routine = self.words.stated(self.text(&rule.routine));
        let mut details = Vec::new();
        if let Some(method) = rule.deletion_method {
            details.push(self.words.vocabulary(method).to_string());
        }
        if let Some(months) = rule.review_interval_months.filter(|m| *m > 0) {
            details.push(labels::every_months(months, self.words.language));
        }
        if !details.is_empty() {
            routine.push(Para::plain(details.join(", "), CELL_MUTED));
        }
        routine
    }

    fn responsible(&self, rule: &RetentionRule) -> Option<String> {
        self.index
            .person(rule.responsible)
            .and_then(|p| non_empty(&p.name))
    }

    fn retention(&mut self, register: &Register, parts: &RegisterParts<'d>) {
        self.push(heading(2, self.label(Label::RetentionAndDeletion)));
        if parts.retention_rules.is_empty() {
            let empty = self
                .not_applicable(register, "retention_rules", BODY)
                .unwrap_or_else(|| self.words.not_stated(BODY));
            self.push(Block::Para(empty));
            return;
        }
        let rows = parts
            .retention_rules
            .iter()
            .map(|rule| {
                let mut period = self.words.stated(self.text(&rule.period));
                if kirjuri_model::retention::counts_from_an_event(rule.trigger) {
                    period.push(self.words.labelled(
                        self.label(Label::DocumentTrigger),
                        Some(self.words.vocabulary(rule.trigger).to_string()),
                        CELL_MUTED,
                    ));
                }
                let mut routine = self.routine(rule);
                routine.push(self.words.labelled(
                    self.label(Label::Responsible),
                    self.responsible(rule),
                    CELL_MUTED,
                ));
                vec![
                    self.words.stated(Some(self.group_name(rule.group))),
                    period,
                    routine,
                    self.next_review(rule),
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::AppliesTo), 0.2),
                (self.label(Label::DocumentPeriod), 0.25),
                (self.label(Label::DocumentRoutine), 0.33),
                (self.label(Label::DocumentNextReview), 0.22),
            ],
            rows,
        ));
    }

    fn security(&mut self, register: &Register) {
        self.push(heading(2, self.label(Label::DocumentSecurityMeasures)));
        let locations: Vec<String> = register
            .storage_locations
            .iter()
            .filter_map(|id| self.index.storage_locations().get(id))
            .map(|location| {
                let mut text = self
                    .text(&location.description)
                    .unwrap_or_else(|| self.words.not_stated_text());
                if let Some(processor) = location
                    .processor
                    .and_then(|p| self.index.processors().get(&p))
                {
                    if let Some(name) = checks::display_processor(processor)
                        .resolve(self.words.language)
                        .text()
                    {
                        text = format!("{text} ({name})");
                    }
                }
                if location.paper {
                    text = format!("{text} ({})", self.label(Label::DocumentPaper));
                }
                text
            })
            .collect();
        let measures = |kind: Option<MeasureKind>| -> Vec<String> {
            register
                .security_measures
                .iter()
                .filter_map(|id| self.index.security_measures().get(id))
                .filter(|m| m.kind == kind)
                .map(|m| {
                    self.text(&m.description)
                        .unwrap_or_else(|| self.words.not_stated_text())
                })
                .collect()
        };
        let unclassified = measures(None);
        let rows = vec![
            (
                self.label(Label::DocumentStorageLocations),
                self.words.stated_list(locations),
            ),
            (
                self.label(Label::TechnicalMeasures),
                self.words
                    .stated_list(measures(Some(MeasureKind::Technical))),
            ),
            (
                self.label(Label::OrganisationalMeasures),
                self.words
                    .stated_list(measures(Some(MeasureKind::Organisational))),
            ),
            (
                self.label(Label::PhysicalMeasures),
                self.words
                    .stated_list(measures(Some(MeasureKind::Physical))),
            ),
        ];
        let mut rows = rows;
        if !unclassified.is_empty() {
            rows.push((
                self.label(Label::NotAnswered),
                self.words.stated_list(unclassified),
            ));
        }
        self.push(key_values(rows));
    }

    fn people_names(&self, people: &[PersonId]) -> Vec<String> {
        people
            .iter()
            .filter_map(|id| self.index.people().get(id))
            .map(|p| non_empty(&p.name).unwrap_or_else(|| self.words.not_stated_text()))
            .collect()
    }

    fn roles(&mut self, parts: &RegisterParts<'d>) {
        self.push(heading(2, self.label(Label::RolesAndAccess)));
        if parts.access_roles.is_empty() {
            self.push(Block::Para(self.words.not_stated(BODY)));
            return;
        }
        let rows = parts
            .access_roles
            .iter()
            .map(|role| {
                vec![
                    self.words.stated(self.text(&role.name)),
                    self.words.stated_lines(self.people_names(&role.people)),
                    self.words.stated_list(
                        role.permissions
                            .iter()
                            .filter_map(|p| self.text(p))
                            .collect(),
                    ),
                    self.words.stated(
                        role.change_logging
                            .map(|l| self.words.vocabulary(l).to_string()),
                    ),
                    self.words.stated(self.text(&role.granted_by)),
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::DocumentRole), 0.18),
                (self.label(Label::People), 0.2),
                (self.label(Label::DocumentPermissions), 0.28),
                (self.label(Label::Logging), 0.18),
                (self.label(Label::DocumentGrantedBy), 0.16),
            ],
            rows,
        ));
    }

    fn rights(&mut self, register: &Register, parts: &RegisterParts<'d>) {
        self.push(heading(2, self.label(Label::DocumentRightsProcedures)));
        if parts.rights_procedures.is_empty() {
            let empty = self
                .not_applicable(register, "rights_procedures", BODY)
                .unwrap_or_else(|| self.words.not_stated(BODY));
            self.push(Block::Para(empty));
            return;
        }
        let mut procedures = parts.rights_procedures.clone();
        procedures.sort_by_key(|p| p.right);
        let rows = procedures
            .iter()
            .map(|procedure| {
                let mut notes = Vec::new();
                for (label, text) in [
                    (Label::Format, &procedure.format),
                    (Label::Fee, &procedure.fee),
                    (Label::Frequency, &procedure.frequency),
                    (Label::RefusalGrounds, &procedure.refusal_grounds),
                    (Label::LawReference, &procedure.law_reference),
                ] {
                    if let Some(text) = self.text(text) {
                        notes.push(self.words.labelled(self.label(label), Some(text), CELL));
                    }
                }
                if let Some(text) = self.text(&procedure.notes) {
                    notes.push(Para::plain(text, CELL));
                }
                if notes.is_empty() {
                    notes.push(self.words.not_stated(CELL));
                }
                vec![
                    self.words
                        .stated(Some(self.words.vocabulary(procedure.right).to_string())),
                    self.words.stated(self.text(&procedure.channel)),
                    self.words.stated(self.text(&procedure.identity_check)),
                    self.words.stated(
                        procedure
                            .deadline_days
                            .map(|d| labels::days(d, self.words.language)),
                    ),
                    notes,
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Right), 0.22),
                (self.label(Label::HowTo), 0.26),
                (self.label(Label::IdentityCheck), 0.2),
                (self.label(Label::Deadline), 0.12),
                (self.label(Label::DocumentNotes), 0.2),
            ],
            rows,
        ));
    }

    fn annex_title(&self, letter: char, label: Label) -> String {
        format!(
            "{} {letter}. {}",
            self.label(Label::Annex),
            self.label(label)
        )
    }

    fn register_name(&self, id: RegisterId) -> String {
        self.index
            .registers()
            .get(&id)
            .and_then(|r| self.name(&r.name))
            .unwrap_or_else(|| self.words.not_stated_text())
    }

    fn annexes(&mut self, findings: &[Finding]) {
        self.annex_systems();
        self.annex_access_matrix();
        self.annex_retention();
        self.annex_findings(findings);
        self.annex_dpia();
        self.annex_breaches();
        self.annex_requests();
    }

    /// Annex E: each register's DPIA screening and last review.
    fn annex_dpia(&mut self) {
        self.section(
            self.annex_title('E', Label::AnnexDpia),
            Orientation::Landscape,
        );
        let words = self.words;
        let document = self.document;
        let rows = document
            .registers
            .iter()
            .map(|register| {
                let name = words.stated(self.name(&register.name));
                let reviewed = words.stated(register.last_updated.map(|d| words.date(d)));
                let Some(screening) = document
                    .dpia_screenings
                    .iter()
                    .find(|s| s.register == register.id)
                else {
                    let mut row = vec![name, reviewed];
                    row.push(vec![Para::plain(
                        self.label(Label::NotScreened),
                        CELL_MUTED,
                    )]);
                    row.extend([words.stated(None), words.stated(None)]);
                    return row;
                };
                let mut met: Vec<String> = screening
                    .criteria_met()
                    .into_iter()
                    .map(|c| words.vocabulary(c).to_string())
                    .collect();
                met.extend(
                    screening
                        .listed_met()
                        .into_iter()
                        .map(|c| words.vocabulary(c).to_string()),
                );
                let verdict = screening.verdict();
                let style = if verdict == Answer::Yes && screening.dpia_done.is_none() {
                    CELL_STRONG
                } else {
                    CELL
                };
                let required = vec![Para::plain(words.answer(verdict), style)];
                let mut done = Vec::new();
                done.extend(screening.dpia_done.map(|d| words.date(d)));
                done.extend(non_empty(&screening.dpia_reference));
                done.extend(self.text(&screening.dpia_outcome));
                vec![
                    name,
                    reviewed,
                    words.stated_list(met),
                    required,
                    words.stated_lines(done),
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Register), 0.18),
                (self.label(Label::LastReview), 0.12),
                (self.label(Label::CriteriaMet), 0.36),
                (self.label(Label::DpiaRequired), 0.12),
                (self.label(Label::DocumentDpiaDone), 0.22),
            ],
            rows,
        ));
    }

    /// Annex F: the breach log, every breach whether notified or not (Art. 33(5)).
    fn annex_breaches(&mut self) {
        self.section(
            self.annex_title('F', Label::AnnexBreaches),
            Orientation::Landscape,
        );
        if self.document.breaches.is_empty() {
            self.push(paragraph(self.label(Label::NoBreaches), BODY_MUTED));
            return;
        }
        let words = self.words;
        let moment = |at: Option<chrono::NaiveDateTime>| {
            at.map(|at| format!("{} {}", words.date(at.date()), at.format("%H:%M")))
        };
        // A log's empty cell says nothing was written down ("not recorded"),
        // which a reader must not take for "not notified" or "not closed".
        let recorded = |value: Option<String>| -> Cell {
            vec![value.map_or_else(
                || Para::plain(words.label(Label::NotRecorded), CELL.with_ink(Ink::Muted)),
                |v| Para::plain(v, CELL),
            )]
        };
        let rows = self
            .document
            .breaches
            .iter()
            .map(|breach| {
                let mut what = recorded(self.text(&breach.description));
                if let Some(consequences) = self.text(&breach.consequences) {
                    what.push(Para::plain(consequences, CELL_MUTED));
                }
                if let Some(measures) = self.text(&breach.measures) {
                    what.push(Para::plain(measures, CELL_MUTED));
                }
                // Who and what it concerns (Art. 33(3)(a), 33(5)): the registers,
                // roughly how many people, and the categories of data.
                let mut concerned: Vec<Para> = breach
                    .registers
                    .iter()
                    .map(|r| Para::plain(self.register_name(*r), CELL))
                    .collect();
                if let Some(people) = breach.approximate_people {
                    concerned.push(Para::plain(format!("≈ {people}"), CELL));
                }
                let items: Vec<String> = breach
                    .data_items
                    .iter()
                    .filter_map(|id| self.document.data_items.iter().find(|item| item.id == *id))
                    .filter_map(|item| self.text(&item.name))
                    .collect();
                if !items.is_empty() {
                    concerned.push(Para::plain(items.join(", "), CELL_MUTED));
                }
                if concerned.is_empty() {
                    concerned = recorded(None);
                }
                // No date and no reason: the user has not said, so neither do we.
                let reason = self.text(&breach.notification_reason);
                let mut notified = match moment(breach.authority_notified) {
                    Some(at) => vec![Para::plain(at, CELL)],
                    None if reason.is_some() => Vec::new(),
                    None => recorded(None),
                };
                notified.extend(reason.map(|reason| Para::plain(reason, CELL_MUTED)));
                let mut risk = recorded(breach.risk.map(|r| words.vocabulary(r).to_string()));
                if let Some(assessment) = self.text(&breach.risk_assessment) {
                    risk.push(Para::plain(assessment, CELL_MUTED));
                }
                let informed = match (
                    breach.data_subjects_informed,
                    self.text(&breach.not_informed_reason),
                ) {
                    (Some(day), _) => vec![Para::plain(words.date(day), CELL)],
                    (None, Some(reason)) => vec![
                        Para::plain(words.label(Label::NotInformedBecause), CELL),
                        Para::plain(reason, CELL_MUTED),
                    ],
                    (None, None) => recorded(None),
                };
                let closed = recorded(breach.closed.map(|day| words.date(day)));
                vec![
                    recorded(moment(breach.discovered)),
                    recorded(moment(breach.notification_deadline())),
                    notified,
                    what,
                    concerned,
                    risk,
                    informed,
                    closed,
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Discovered), 0.09),
                (self.label(Label::DocumentNotifyBy), 0.09),
                (self.label(Label::AuthorityNotified), 0.13),
                (self.label(Label::Description), 0.22),
                (self.label(Label::BreachDataConcerned), 0.14),
                (self.label(Label::RiskAndReasoning), 0.14),
                (self.label(Label::DocumentDataSubjectsInformed), 0.11),
                (self.label(Label::Closed), 0.08),
            ],
            rows,
        ));
    }

    /// Annex G: the request log, without the names of the people who asked.
    fn annex_requests(&mut self) {
        self.section(
            self.annex_title('G', Label::AnnexRequests),
            Orientation::Portrait,
        );
        if self.document.data_subject_requests.is_empty() {
            self.push(paragraph(self.label(Label::NoRequests), BODY_MUTED));
            return;
        }
        self.push(paragraph(self.label(Label::NamesLeftOut), BODY_MUTED));
        let words = self.words;
        let date = |d: Option<NaiveDate>| d.map(|d| words.date(d));
        let rows = self
            .document
            .data_subject_requests
            .iter()
            .map(|request| {
                let mut answer_by = words.stated(date(request.deadline()));
                if request.extension_stands() {
                    answer_by.push(Para::plain(self.label(Label::Extended), CELL_MUTED));
                    if let Some(reason) = self.text(&request.extension_reason) {
                        answer_by.push(Para::plain(reason, CELL_MUTED));
                    }
                }
                let mut answered = words.stated(date(request.answered));
                if let Some(actions) = self.text(&request.actions) {
                    answered.push(Para::plain(actions, CELL_MUTED));
                }
                vec![
                    words.stated(request.right.map(|r| words.vocabulary(r).to_string())),
                    words.stated(request.register.map(|r| self.register_name(r))),
                    words.stated(date(request.received)),
                    answer_by,
                    answered,
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Right), 0.24),
                (self.label(Label::Register), 0.2),
                (self.label(Label::Received), 0.14),
                (self.label(Label::AnswerBy), 0.18),
                (self.label(Label::Answered), 0.24),
            ],
            rows,
        ));
    }

    fn annex_systems(&mut self) {
        let words = self.words;
        self.section(
            self.annex_title('A', Label::AnnexProcessors),
            Orientation::Landscape,
        );
        if self.document.processors.is_empty() {
            self.push(paragraph(self.label(Label::NoProcessors), BODY_MUTED));
            return;
        }
        let mut users: HashMap<ProcessorId, Vec<RegisterId>> = HashMap::new();
        for link in &self.document.system_links {
            let list = users.entry(link.processor).or_default();
            if !list.contains(&link.register) {
                list.push(link.register);
            }
        }
        let mut mechanisms: HashMap<ProcessorId, Vec<TransferMechanism>> = HashMap::new();
        for transfer in &self.document.transfers {
            if let (Some(processor), Some(mechanism)) = (transfer.processor, transfer.mechanism) {
                let list = mechanisms.entry(processor).or_default();
                if !list.contains(&mechanism) {
                    list.push(mechanism);
                }
            }
        }
        let rows = self
            .document
            .processors
            .iter()
            .map(|processor| {
                let mut vendor = self.words.stated(self.name(&processor.vendor));
                if let Some(product) = non_empty(&processor.product) {
                    vendor.push(Para::plain(product, CELL_STRONG));
                }
                vendor.push(Para::plain(words.vocabulary(processor.hosting), CELL_MUTED));
                let mut function = self.words.stated(self.text(&processor.function));
                if let Some(location) = self.text(&processor.data_location) {
                    function.push(self.words.labelled(
                        self.label(Label::DocumentDataLocation),
                        Some(location),
                        CELL_MUTED,
                    ));
                }
                let held = self.words.stated(self.text(&processor.data_held));
                let registers: Vec<String> = users
                    .get(&processor.id)
                    .map(|ids| ids.iter().map(|id| self.register_name(*id)).collect())
                    .unwrap_or_default();
                let agreement = match &processor.agreement {
                    Some(agreement) => {
                        let mut cell = vec![Para::plain(words.vocabulary(agreement.kind), CELL)];
                        if let Some(signed) = agreement.signed {
                            cell.push(Para::plain(
                                format!(
                                    "{} {}",
                                    self.label(Label::DocumentSigned),
                                    words.date(signed)
                                ),
                                CELL_MUTED,
                            ));
                        }
                        if let Some(reference) = non_empty(&agreement.reference) {
                            cell.push(Para::plain(reference, CELL_MUTED));
                        }
                        cell
                    }
                    None => vec![Para::plain(self.label(Label::NoAgreement), CELL_STRONG)],
                };
                let third_country = processor.countries().any(geography::is_third_country);
                let mechanism = match mechanisms.get(&processor.id) {
                    Some(list) => self.words.stated_lines(
                        list.iter()
                            .map(|m| words.vocabulary(*m).to_string())
                            .collect(),
                    ),
                    None if third_country || processor.countries().next().is_none() => {
                        self.words.stated(None)
                    }
                    None => vec![Para::plain(self.label(Label::NotNeededInEea), CELL_MUTED)],
                };
                let mut mechanism = mechanism;
                // The Framework certification wherever it is asked (a vendor
                // in the United States) or was answered.
                if processor
                    .countries()
                    .any(|c| c.eq_ignore_ascii_case(checks::DPF_COUNTRY))
                    || !processor.dpf.is_unanswered()
                {
                    mechanism.push(Para::plain(self.dpf_text(&processor.dpf), CELL_MUTED));
                }
                vec![
                    vendor,
                    self.words.stated_lines(self.processor_countries(processor)),
                    function,
                    held,
                    self.words.stated(if registers.is_empty() {
                        None
                    } else {
                        Some(registers.join(", "))
                    }),
                    agreement,
                    mechanism,
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::VendorAndProduct), 0.17),
                (self.label(Label::Country), 0.1),
                (self.label(Label::Function), 0.15),
                (self.label(Label::DocumentDataHeld), 0.15),
                (self.label(Label::Registers), 0.15),
                (self.label(Label::Agreement), 0.15),
                (self.label(Label::DocumentMechanism), 0.13),
            ],
            rows,
        ));
    }

    fn annex_access_matrix(&mut self) {
        self.section(
            self.annex_title('B', Label::AnnexAccessMatrix),
            Orientation::Landscape,
        );
        let registers = &self.document.registers;
        if self.document.access_roles.is_empty() {
            self.push(paragraph(self.label(Label::NoRoles), BODY_MUTED));
            return;
        }
        let total = registers.len();
        for (part, chunk) in registers.chunks(MATRIX_COLUMNS).enumerate() {
            let roles: Vec<&[&AccessRole]> = chunk
                .iter()
                .map(|r| self.index.parts(r.id).access_roles.as_slice())
                .collect();
            if roles.iter().all(|r| r.is_empty()) {
                continue;
            }
            if total > MATRIX_COLUMNS {
                let first = part * MATRIX_COLUMNS + 1;
                let last = first + chunk.len() - 1;
                self.push(heading(
                    3,
                    labels::registers_part(first, last, total, self.words.language),
                ));
            }
            let role_cell = |role: &AccessRole| -> Vec<Para> {
                let mut paras = vec![Para::plain(
                    self.text(&role.name)
                        .unwrap_or_else(|| self.words.not_stated_text()),
                    CELL_STRONG,
                )];
                paras.extend(
                    role.permissions
                        .iter()
                        .filter_map(|p| self.text(p))
                        .map(|p| Para::plain(p, CELL).bulleted()),
                );
                if let Some(last) = paras.last_mut() {
                    last.space_after = 3.0;
                }
                paras
            };
            let mut rows = Vec::new();
            // One row per person who holds a role in these registers, in the document's order of people.
            for person in &self.document.people {
                let cells: Vec<Cell> = roles
                    .iter()
                    .map(|list| {
                        list.iter()
                            .filter(|role| role.people.contains(&person.id))
                            .flat_map(|role| role_cell(role))
                            .collect()
                    })
                    .collect();
                if cells.iter().all(|c: &Cell| c.is_empty()) {
                    continue;
                }
                let mut row = vec![self.words.stated_lines(
                    person_lines(person, self.words)
                        .into_iter()
                        .take(1)
                        .collect(),
                )];
                row.extend(cells);
                rows.push(row);
            }
            // Roles nobody is named in still show what the role may do.
            for (column, list) in roles.iter().enumerate() {
                for role in list.iter().filter(|role| {
                    !role
                        .people
                        .iter()
                        .any(|p| self.index.people().contains_key(p))
                }) {
                    let mut row = vec![vec![
                        Para::plain(
                            self.text(&role.name)
                                .unwrap_or_else(|| self.words.not_stated_text()),
                            CELL,
                        ),
                        Para::plain(
                            format!("({})", self.label(Label::DocumentRole).to_lowercase()),
                            CELL_MUTED,
                        ),
                    ]];
                    for other in 0..chunk.len() {
                        row.push(if other == column {
                            role_cell(role)
                        } else {
                            Vec::new()
                        });
                    }
                    rows.push(row);
                }
            }
            let share = 0.72 / chunk.len() as f32;
            let names: Vec<String> = chunk
                .iter()
                .map(|r| {
                    self.text(&r.name)
                        .unwrap_or_else(|| self.words.not_stated_text())
                })
                .collect();
            let mut columns: Vec<(&str, f32)> = vec![(self.label(Label::PersonOrRole), 0.28)];
            columns.extend(names.iter().map(|n| (n.as_str(), share)));
            let block = table(&columns, rows);
            self.push(block);
        }
    }

    fn annex_retention(&mut self) {
        self.section(
            self.annex_title('C', Label::AnnexRetention),
            Orientation::Landscape,
        );
        if self.document.retention_rules.is_empty() {
            self.push(paragraph(self.label(Label::NoRetentionRules), BODY_MUTED));
            return;
        }
        let mut rows = Vec::new();
        for register in &self.document.registers {
            for rule in &self.index.parts(register.id).retention_rules {
                let mut period = self.words.stated(self.text(&rule.period));
                period.push(Para::plain(self.words.vocabulary(rule.trigger), CELL_MUTED));
                rows.push(vec![
                    self.words.stated(self.name(&register.name)),
                    self.words.stated(Some(self.group_name(rule.group))),
                    period,
                    self.routine(rule),
                    self.words.stated(self.responsible(rule)),
                    self.next_review(rule),
                ]);
            }
        }
        self.push(table(
            &[
                (self.label(Label::Register), 0.18),
                (self.label(Label::Data), 0.14),
                (self.label(Label::DocumentPeriod), 0.17),
                (self.label(Label::DocumentRoutine), 0.21),
                (self.label(Label::Responsible), 0.13),
                (self.label(Label::DocumentNextReview), 0.17),
            ],
            rows,
        ));
    }

    fn annex_findings(&mut self, findings: &[Finding]) {
        self.section(
            self.annex_title('D', Label::AnnexFindings),
            Orientation::Portrait,
        );
        let (open, answered): (Vec<&Finding>, Vec<&Finding>) =
            findings.iter().partition(|f| f.is_open());
        if open.is_empty() {
            self.push(paragraph(self.label(Label::NoFindings), BODY));
        } else {
            self.findings_table(&open);
        }
        if answered.is_empty() {
            return;
        }
        // Answered findings no longer count, but stay listed with their answer.
        self.push(paragraph(self.label(Label::AnsweredFindings), BODY_STRONG));
        let rows = answered
            .iter()
            .map(|finding| {
                let place = match finding.register {
                    Some(register) => self.register_name(register),
                    None => self.label(Label::Organisation).to_string(),
                };
                let answer = match &finding.answer {
                    Some(FindingResolution::NotApplicable { reason }) => {
                        let mut lines =
                            vec![Para::plain(self.label(Label::NotApplicable), CELL_STRONG)];
                        if let Some(reason) = self.text(reason) {
                            lines.push(Para::plain(reason, CELL));
                        }
                        lines
                    }
                    Some(FindingResolution::Accepted { note, by, on }) => {
                        let mut lines = vec![
                            Para::plain(self.label(Label::AcceptedForNow), CELL_STRONG),
                            Para::plain(format!("{by}, {}", self.words.date(*on)), CELL),
                        ];
                        if let Some(note) = self.text(note) {
                            lines.push(Para::plain(note, CELL));
                        }
                        lines
                    }
                    None => self.words.stated(None),
                };
                vec![
                    self.words.stated(Some(place)),
                    self.words.stated(self.text(&finding.message)),
                    answer,
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Where), 0.22),
                (self.label(Label::WhatToDo), 0.43),
                (self.label(Label::AnsweredFindings), 0.35),
            ],
            rows,
        ));
    }

    fn findings_table(&mut self, findings: &[&Finding]) {
        let rows = findings
            .iter()
            .map(|finding| {
                let severity = finding.severity.label(self.words.language);
                let severity = match finding.severity {
                    Severity::Error => Para::plain(severity, CELL_STRONG),
                    Severity::Warning => Para::plain(severity, CELL),
                };
                let place = match finding.register {
                    Some(register) => self.register_name(register),
                    None => self.label(Label::Organisation).to_string(),
                };
                vec![
                    vec![severity],
                    self.words.stated(Some(place)),
                    self.words.stated(self.text(&finding.message)),
                ]
            })
            .collect();
        self.push(table(
            &[
                (self.label(Label::Severity), 0.14),
                (self.label(Label::Where), 0.28),
                (self.label(Label::WhatToDo), 0.58),
            ],
            rows,
        ));
    }
}
