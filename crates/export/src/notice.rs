//! What the privacy notice of one register (GDPR Art. 13/14) says, for the
//! people whose data it is: the numbered sections 1–13 of `glossary.md`
//! table A in plain language, the rights that apply to the register's legal
//! bases with how to use each, and the supervisory authority's contact details.
//! Internal details (who has access, where servers stand) are left out.
//! Content blocks only: `pdf::notice` and `html` render them.

use crate::content::{Block, DraftMark, Face, Ink, Para, Span, Style};
use crate::labels::{self, Label};
use crate::words::*;
use crate::{ExportError, ExportOptions};
use kirjuri_model::*;

const INDENT: f32 = 11.0;

/// What a privacy notice says, as layout blocks, with the names printed around
/// it: one content model that the PDF and the HTML renderers both draw, so the
/// two cannot disagree.
pub(crate) struct NoticeContent {
    pub blocks: Vec<Block>,
    /// The document's title ("Privacy notice").
    pub title: String,
    pub register_name: String,
    pub organisation: String,
    pub version: Option<String>,
    /// The word "Version" in the notice's language.
    pub version_label: &'static str,
    /// "UTKAST" / "LUONNOS" / "DRAFT" while the register has open errors.
    pub draft_mark: Option<DraftMark>,
    /// Why the notice is a draft (`crate::notice_draft_reasons`); none: final.
    pub draft_reasons: Vec<kirjuri_model::Finding>,
}

/// The content of the privacy notice of `register`, in `options.language`.
pub(crate) fn notice_content(
    document: &Document,
    register: RegisterId,
    options: &ExportOptions,
) -> Result<NoticeContent, ExportError> {
    let register = document
        .registers
        .iter()
        .find(|r| r.id == register)
        .ok_or_else(|| ExportError::UnknownRegister(register.to_string()))?;
    if register.role == Some(ProcessingRole::Processor) {
        return Err(ExportError::NoticeOfProcessorRegister(
            register
                .name
                .resolve(options.language)
                .text()
                .unwrap_or_default()
                .to_string(),
        ));
    }
    let words = Words::new(document, options.language);
    let index = Index::new(document);
    let draft_reasons = crate::notice_draft_reasons(document, register.id, options);
    let draft = !draft_reasons.is_empty();
    let mut notice = Notice {
        words,
        index: &index,
        document,
        register,
        parts: index.parts(register.id),
        blocks: Vec::new(),
        draft,
    };
    notice.build();
    let version = notice.version();
    Ok(NoticeContent {
        blocks: notice.blocks,
        title: words.label(Label::NoticeTitle).to_string(),
        register_name: words
            .name(&register.name)
            .unwrap_or_else(|| words.not_stated_text()),
        organisation: organisation_name(document, words),
        version,
        version_label: words.label(Label::Version),
        draft_mark: DraftMark::when(draft, words.label(Label::Draft)),
        draft_reasons,
    })
}

/// The rights that apply to a register, given its legal bases (Art. 17(3),
/// 20(1), 21(1)–(2), 22 and 7(3)), and the rights the user wrote a procedure
/// for (a procedure for withdrawing consent says consent is used, even before
/// a purpose says so), in the order of Chapter III.
fn applicable_rights(
    register: &Register,
    purposes: &[&Purpose],
    procedures: &[&RightsProcedure],
) -> Vec<DataSubjectRight> {
    use DataSubjectRight as R;
    use LegalBasis as B;
    let bases: Vec<LegalBasis> = purposes
        .iter()
        .flat_map(|p| p.legal_bases.iter().filter_map(|c| c.basis))
        .collect();
    let any = |wanted: &[LegalBasis]| bases.iter().any(|b| wanted.contains(b));
    let explicit_consent = purposes.iter().any(|p| {
        p.legal_bases.iter().any(|c| {
            c.special_category_condition == Some(SpecialCategoryCondition::ExplicitConsent)
        })
    });
    let direct_marketing = purposes.iter().any(|p| p.direct_marketing);
    let mut rights = vec![R::Access, R::Rectification];
    // Erasure does not reach data kept under a legal obligation or for a public task.
    if bases.is_empty()
        || bases
            .iter()
            .any(|b| !matches!(b, B::LegalObligation | B::PublicTask))
    {
        rights.push(R::Erasure);
    }
    rights.push(R::Restriction);
    // Art. 20(1)(a): consent under Art. 6(1)(a) or 9(2)(a), or a contract.
    if any(&[B::Consent, B::Contract]) || explicit_consent {
        rights.push(R::Portability);
    }
    if any(&[B::LegitimateInterests, B::PublicTask]) || direct_marketing {
        rights.push(R::Objection);
    }
    if register.automated_decisions == Answer::Yes {
        rights.push(R::NoAutomatedDecisions);
    }
    if any(&[B::Consent]) || explicit_consent {
        rights.push(R::WithdrawConsent);
    }
    for procedure in procedures {
        if !rights.contains(&procedure.right) && procedure.right != R::Complaint {
            rights.push(procedure.right);
        }
    }
    let order = R::all();
    rights.sort_by_key(|r| order.iter().position(|o| o == r));
    rights
}

/// The fixed sentence of a register's answer on transfers outside the EU/EEA
/// when no transfer is listed, or `None` when not answered. A "no" is
/// absolute only when nothing qualifies it: "as a rule", a qualifier (which
/// the caller prints after, in the user's words) or listed transfers make it
/// "as a rule not", with no exception invented. Shared by the notice and the record.
pub(crate) fn transfers_sentence(
    register: &Register,
    qualified: bool,
    listed: bool,
) -> Option<Label> {
    match register.transfers_outside_eea {
        Answer::No if register.transfers_as_a_rule || qualified || listed => {
            Some(Label::NoticeTransfersAsARule)
        }
        Answer::No => Some(Label::NoTransfers),
        Answer::Yes => Some(Label::NoticeTransfersYes),
        Answer::NotAnswered => None,
    }
}

/// The fixed sentence of a register's answer on regular disclosures when none
/// is listed, by the rule of [`transfers_sentence`].
pub(crate) fn disclosures_sentence(register: &Register, qualified: bool) -> Option<Label> {
    match register.regular_disclosures {
        Answer::No if register.disclosures_as_a_rule || qualified => {
            Some(Label::NoticeDisclosuresAsARule)
        }
        Answer::No => Some(Label::NoticeNoDisclosures),
        Answer::Yes => Some(Label::NoticeDisclosuresYes),
        Answer::NotAnswered => None,
    }
}

struct Notice<'a, 'd> {
    words: Words,
    index: &'a Index<'d>,
    document: &'d Document,
    register: &'d Register,
    parts: &'a RegisterParts<'d>,
    blocks: Vec<Block>,
    /// The register or the organisation has open errors: the notice is a draft.
    draft: bool,
}

impl<'a, 'd> Notice<'a, 'd> {
    fn label(&self, label: Label) -> &'static str {
        self.words.label(label)
    }

    fn text(&self, text: &LocalizedText) -> Option<String> {
        self.words.text(text)
    }

    fn name(&self, text: &LocalizedText) -> Option<String> {
        self.words.name(text)
    }

    fn version(&self) -> Option<String> {
        non_empty(&self.register.version_label)
            .or_else(|| non_empty(&self.document.organisation.version_label))
    }

    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    fn para(&mut self, text: impl Into<String>, style: Style) {
        self.push(Block::Para(Para::plain(text, style).after(5.0)));
    }

    /// Lines kept together on one page, such as an address.
    fn lines(&mut self, lines: Vec<(String, Style)>) {
        if lines.is_empty() {
            self.push_not_stated();
            return;
        }
        // A value written on several lines (an address) keeps its lines.
        let lines: Vec<(String, Style)> = lines
            .into_iter()
            .flat_map(|(text, style)| {
                text.lines()
                    .map(str::trim)
                    .filter(|line| !line.is_empty())
                    .map(|line| (line.to_string(), style))
                    .collect::<Vec<_>>()
            })
            .collect();
        let count = lines.len();
        let spans = lines
            .into_iter()
            .enumerate()
            .map(|(n, (text, style))| {
                let end = if n + 1 < count { "\n" } else { "" };
                Span::new(format!("{text}{end}"), style)
            })
            .collect();
        self.push(Block::Para(Para::new(spans).kept_together().after(5.0)));
    }

    fn bullet(&mut self, spans: Vec<Span>) {
        self.push(Block::Para(Para::new(spans).bulleted().after(2.0)));
    }

    /// An indented "Label: value" line under a bullet.
    fn detail(&mut self, label: &str, value: String) {
        self.push(Block::Para(
            Para::new(vec![
                Span::new(format!("{label}: "), BODY_MUTED),
                Span::new(value, BODY),
            ])
            .indented(INDENT)
            .after(2.0),
        ));
    }

    /// What stands for a question not answered: said plainly, never a bare dash.
    fn push_not_stated(&mut self) {
        self.push(Block::Para(self.words.not_stated(BODY).after(5.0)));
    }

    /// An open field of the register: "not applicable: reason" where a person
    /// answered its finding so, else "not stated".
    fn push_open(&mut self, field: &str) {
        match not_applicable(self.document, self.register, field, self.words, BODY) {
            Some(answer) => self.push(Block::Para(answer.after(5.0))),
            None => self.push_not_stated(),
        }
    }

    fn not_stated(&self) -> String {
        self.words.not_stated_text()
    }

    /// "Intro (among others):" for a list that is not exhaustive.
    fn intro(&self, label: Label, qualifier: Option<ListQualifier>) -> String {
        let intro = self.label(label);
        match qualifier {
            Some(q) => {
                let trimmed = intro.trim_end_matches(':');
                let colon = if trimmed.len() < intro.len() { ":" } else { "" };
                format!("{trimmed} ({}){colon}", self.words.vocabulary(q))
            }
            None => intro.to_string(),
        }
    }

    fn section(&mut self, number: usize) {
        let title = format!(
            "{number}. {}",
            labels::notice_heading(number, self.words.tongue)
        );
        self.push(Block::Heading {
            level: 2,
            text: title,
            bookmark: true,
            anchor: None,
        });
    }

    fn build(&mut self) {
        let words = self.words;
        let register = self.register;
        self.push(Block::Para(
            Para::plain(
                self.label(Label::NoticeTitle),
                Style::new(Face::Bold, 22.0, Ink::Accent),
            )
            .titled()
            .after(4.0),
        ));
        self.push(Block::Para(
            Para::plain(
                self.name(&register.name)
                    .unwrap_or_else(|| self.not_stated()),
                Style::new(Face::Bold, 15.0, Ink::Body),
            )
            .after(4.0),
        ));
        if self.draft {
            self.push(Block::Para(
                Para::plain(
                    self.label(Label::DraftNotice),
                    Style::new(Face::Bold, 9.5, Ink::Accent),
                )
                .after(6.0),
            ));
        }
        let version = self.version().unwrap_or_default();
        let dates = labels::notice_dates_line(
            register.created,
            register.last_updated,
            &version,
            words.tongue,
        );
        if dates.is_empty() {
            self.push(Block::Space(8.0));
        } else {
            self.push(Block::Para(
                Para::plain(dates, Style::new(Face::Regular, 9.0, Ink::Muted)).after(8.0),
            ));
        }

        self.controller();
        self.contact();
        self.section(3);
        self.para(
            self.name(&register.name)
                .unwrap_or_else(|| self.not_stated()),
            BODY_STRONG,
        );
        if let Some(description) = self.text(&register.description) {
            self.para(description, BODY);
        }
        self.purposes();
        self.content();
        self.sources();
        self.recipients();
        self.transfers();
        self.retention();
        self.security();
        self.rights();
        self.automated();
        self.complaint();
        self.changes();
    }

    /// "This notice may be updated when …": the register's own sentence, under
    /// its own heading after section 13; nothing when not written.
    fn changes(&mut self) {
        if let Some(changes) = self.text(&self.register.notice_changes) {
            self.push(Block::Heading {
                level: 2,
                text: self.label(Label::DocumentNoticeChanges).to_string(),
                bookmark: true,
                anchor: None,
            });
            self.para(changes, BODY);
        }
    }

    fn controller(&mut self) {
        let organisation = &self.document.organisation;
        self.section(1);
        self.para(self.label(Label::NoticeControllerIntro), BODY);
        let mut lines = vec![(organisation_name(self.document, self.words), BODY_STRONG)];
        if let Some(id) = non_empty(&organisation.business_id) {
            lines.push((
                format!("{}: {id}", self.label(Label::DocumentBusinessId)),
                BODY,
            ));
        }
        if let Some(address) = self.text(&organisation.address) {
            lines.push((address, BODY));
        }
        for (label, value) in [
            (Label::Phone, &organisation.phone),
            (Label::Email, &organisation.email),
            (Label::Website, &organisation.website),
        ] {
            if let Some(value) = non_empty(value) {
                lines.push((format!("{}: {value}", self.label(label)), BODY));
            }
        }
        self.lines(lines);
        if let Some(dpo) = self.index.person(organisation.dpo) {
            let details = person_lines(dpo, self.words);
            self.para(
                format!("{}: {}", self.label(Label::Dpo), details.join(", ")),
                BODY,
            );
        }
    }

    fn contact(&mut self) {
        self.section(2);
        self.para(self.label(Label::NoticeContactIntro), BODY);
        let lines = match self.index.person(self.register.contact_person) {
            Some(person) => person_lines(person, self.words)
                .into_iter()
                .enumerate()
                .map(|(n, line)| (line, if n == 0 { BODY_STRONG } else { BODY }))
                .collect(),
            // Without a contact person, the organisation's own contact details.
            None => {
                let organisation = &self.document.organisation;
                [&organisation.email, &organisation.phone]
                    .into_iter()
                    .filter_map(|v| non_empty(v))
                    .map(|line| (line, BODY))
                    .collect()
            }
        };
        self.lines(lines);
    }

    fn category_names(&self, ids: &[DataSubjectCategoryId]) -> Vec<String> {
        ids.iter()
            .filter_map(|id| self.index.data_subject_categories().get(id))
            .filter_map(|c| self.text(&c.name))
            .collect()
    }

    fn purposes(&mut self) {
        let words = self.words;
        self.section(4);
        self.para(self.label(Label::NoticePurposeIntro), BODY);
        if self.parts.purposes.is_empty() {
            self.push_not_stated();
            return;
        }
        if let Some(law) = self.text(&self.register.law_reference) {
            self.para(
                format!("{}: {law}", self.label(Label::RegisterLawReference)),
                BODY,
            );
        }
        // What a legal basis means is explained the first time it appears;
        // each later purpose on the same basis points back to it.
        let mut explained: Vec<LegalBasis> = Vec::new();
        for purpose in &self.parts.purposes.clone() {
            self.bullet(vec![Span::new(
                self.text(&purpose.description)
                    .unwrap_or_else(|| self.not_stated()),
                BODY_STRONG,
            )]);
            if purpose.legal_bases.is_empty() {
                self.detail(self.label(Label::LegalBasis), self.not_stated());
            }
            for claim in &purpose.legal_bases {
                let basis = match claim.basis {
                    Some(basis) if explained.contains(&basis) => format!(
                        "{} ({}; {}).",
                        words.vocabulary(basis),
                        labels::article(basis.article(), words.language),
                        self.label(Label::NoticeBasisExplainedAbove)
                    ),
                    Some(basis) => {
                        explained.push(basis);
                        format!(
                            "{} ({}): {}.",
                            words.vocabulary(basis),
                            labels::article(basis.article(), words.language),
                            labels::basis_explained(basis, words.language)
                        )
                    }
                    None => self.not_stated(),
                };
                self.detail(self.label(Label::LegalBasis), basis);
                if let Some(interest) = self.text(&claim.legitimate_interest) {
                    self.detail(self.label(Label::NoticeOurInterest), interest);
                }
                if let Some(condition) = claim.special_category_condition {
                    self.detail(
                        self.label(Label::Art9Condition),
                        format!(
                            "{} ({})",
                            words.vocabulary(condition),
                            labels::article(condition.article(), words.language)
                        ),
                    );
                }
                if let Some(law) = self.text(&claim.law_reference) {
                    self.detail(self.label(Label::LawReference), law);
                }
                let categories = self.category_names(&claim.data_subject_categories);
                if !categories.is_empty() {
                    self.detail(self.label(Label::AppliesTo), categories.join(", "));
                }
            }
            if purpose.direct_marketing {
                self.push(Block::Para(
                    Para::plain(self.label(Label::NoticeDirectMarketing), BODY)
                        .indented(INDENT)
                        .after(2.0),
                ));
            }
            self.push(Block::Space(3.0));
        }
    }

    fn content(&mut self) {
        let words = self.words;
        self.section(5);
        let subjects = self.category_names(&self.register.data_subject_categories);
        self.para(self.label(Label::NoticeSubjectsIntro), BODY);
        if subjects.is_empty() {
            self.push_not_stated();
        }
        for subject in subjects {
            self.bullet(vec![Span::new(subject, BODY)]);
        }
        self.push(Block::Space(4.0));
        self.para(
            self.intro(
                Label::NoticeItemsIntro,
                self.register.list_qualifiers.data_items,
            ),
            BODY,
        );
        let not_stated = self.not_stated();
        let item_text = |item: &DataItem| -> String {
            let mut text = words.text(&item.name).unwrap_or_else(|| not_stated.clone());
            if item.requirement == Some(ItemRequirement::Optional) {
                text = format!(
                    "{text} ({})",
                    words.vocabulary(ItemRequirement::Optional).to_lowercase()
                );
            }
            if let Some(category) = item.special_category {
                text = format!(
                    "{text} ({}: {})",
                    words.label(Label::DocumentSpecialCategory).to_lowercase(),
                    words.vocabulary(category).to_lowercase()
                );
            }
            text
        };
        let mut any = false;
        let groups = self.parts.groups.clone();
        for group in groups.iter().filter(|g| g.personal_data) {
            let items: Vec<String> = self
                .parts
                .items
                .iter()
                .filter(|i| i.group == Some(group.id))
                .map(|i| item_text(i))
                .collect();
            if items.is_empty() {
                continue;
            }
            any = true;
            // Items are listed one by one: an item's own name may hold commas.
            let name = self.text(&group.name).unwrap_or_else(|| self.not_stated());
            self.bullet(vec![Span::new(name, BODY_STRONG)]);
            for item in items {
                self.push(Block::Para(
                    Para::plain(item, BODY)
                        .bulleted()
                        .indented(INDENT)
                        .after(1.0),
                ));
            }
        }
        let loose: Vec<String> = self
            .parts
            .items
            .iter()
            .filter(|i| {
                i.group
                    .is_none_or(|g| !groups.iter().any(|group| group.id == g))
            })
            .map(|i| item_text(i))
            .collect();
        if !loose.is_empty() {
            any = true;
            for item in loose {
                self.bullet(vec![Span::new(item, BODY)]);
            }
        }
        if !any {
            self.push_not_stated();
        }
        if self
            .parts
            .items
            .iter()
            .any(|i| i.special_category.is_some())
        {
            self.push(Block::Space(3.0));
            self.para(self.label(Label::NoticeSpecialExplained), BODY);
        }
        self.special_categories();
        self.push(Block::Space(3.0));
        match self.register.provision_requirement {
            Some(requirement) => {
                let sentence = match requirement {
                    ProvisionRequirement::NotRequired => Label::NoticeNotRequired,
                    ProvisionRequirement::Statutory => Label::NoticeStatutory,
                    ProvisionRequirement::Contractual => Label::NoticeContractual,
                    ProvisionRequirement::NeededForContract => Label::NoticeNeededForContract,
                };
                self.para(self.label(sentence), BODY);
            }
            None => self.para(
                format!(
                    "{}: {}",
                    self.label(Label::ProvisionRequirement),
                    self.not_stated()
                ),
                BODY,
            ),
        }
        // Art. 13(2)(e): the consequence of not providing, the register's and
        // each mandatory item's, each said once.
        let mut consequences: Vec<String> = Vec::new();
        let item_consequences = self
            .parts
            .items
            .iter()
            .filter(|i| i.requirement == Some(ItemRequirement::Mandatory))
            .map(|i| &i.consequence_if_not_given);
        for text in std::iter::once(&self.register.consequence_of_not_providing)
            .chain(item_consequences)
            .filter_map(|t| self.text(t))
        {
            if !consequences.contains(&text) {
                consequences.push(text);
            }
        }
        for consequence in consequences {
            self.para(
                format!("{}: {consequence}", self.label(Label::NoticeIfNotProvided)),
                BODY,
            );
        }
    }

    /// The register's answer on special categories (Art. 9(1)): none, or
    /// which; nothing when not answered (a warning, not a sentence).
    fn special_categories(&mut self) {
        let words = self.words;
        match self.register.special_categories {
            Answer::No => {
                self.push(Block::Space(3.0));
                self.para(self.label(Label::NoticeNoSpecialCategories), BODY);
            }
            Answer::Yes if !self.register.special_categories_which.is_empty() => {
                self.push(Block::Space(3.0));
                self.para(self.label(Label::NoticeSpecialCategories), BODY);
                for category in &self.register.special_categories_which {
                    self.bullet(vec![Span::new(words.vocabulary(*category), BODY)]);
                }
            }
            _ => {}
        }
    }

    fn sources(&mut self) {
        self.section(6);
        let sources: Vec<&Source> = self
            .register
            .sources
            .iter()
            .filter_map(|id| self.index.sources().get(id).copied())
            .collect();
        if sources.is_empty() {
            self.push_not_stated();
            return;
        }
        self.para(
            self.intro(
                Label::NoticeSourcesIntro,
                self.register.list_qualifiers.sources,
            ),
            BODY,
        );
        for source in sources {
            let mut name = self
                .text(&source.name)
                .or_else(|| {
                    let kinds: Vec<&str> = source
                        .kinds
                        .iter()
                        .map(|k| self.words.vocabulary(*k))
                        .collect();
                    (!kinds.is_empty()).then(|| kinds.join(", "))
                })
                .unwrap_or_else(|| self.not_stated());
            if source.public {
                name = format!("{name} ({})", self.label(Label::DocumentPublicSource));
            }
            let mut spans = vec![Span::new(name, BODY_STRONG)];
            if let Some(procedure) = self.text(&source.collection_procedure) {
                spans.push(Span::new(format!(" – {procedure}"), BODY));
            }
            self.bullet(spans);
        }
        self.push(Block::Space(3.0));
    }

    fn recipients(&mut self) {
        let words = self.words;
        self.section(7);
        // A category of processors is named by a disclosure but printed with
        // the processors, as a category (`Recipient::is_processor_category`).
        let (categories, disclosures): (Vec<&Disclosure>, Vec<&Disclosure>) =
            self.parts.disclosures.iter().copied().partition(|d| {
                self.index
                    .recipients()
                    .get(&d.recipient)
                    .is_some_and(|r| r.is_processor_category())
            });
        // The qualifier is printed once, in the user's words, whatever the answer.
        let qualifier = self.text(&self.register.disclosures_qualifier);
        if disclosures.is_empty() {
            match disclosures_sentence(self.register, qualifier.is_some()) {
                Some(sentence) => self.para(self.label(sentence), BODY),
                // Not answered: shown as such, not as "no disclosures".
                None => self.push_open("regular_disclosures"),
            }
            if let Some(qualifier) = qualifier {
                self.para(qualifier, BODY);
            }
        } else {
            self.para(
                self.intro(
                    Label::NoticeDisclosuresIntro,
                    self.register.list_qualifiers.recipients,
                ),
                BODY,
            );
            for disclosure in disclosures {
                let Some(recipient) = self.index.recipients().get(&disclosure.recipient) else {
                    continue;
                };
                let name = self
                    .text(&recipient.name)
                    .unwrap_or_else(|| self.not_stated());
                let mut spans = vec![Span::new(name, BODY_STRONG)];
                // A kind nobody gave is not printed.
                if let Some(kind) = recipient.kind {
                    spans.push(Span::new(
                        format!(" ({})", words.vocabulary(kind).to_lowercase()),
                        BODY,
                    ));
                }
                let what: Vec<String> = [&disclosure.data, &disclosure.purpose]
                    .into_iter()
                    .filter_map(|t| self.text(t))
                    .collect();
                if !what.is_empty() {
                    spans.push(Span::new(format!(": {}", what.join(" – ")), BODY));
                }
                self.bullet(spans);
                if let Some(condition) = self.text(&disclosure.condition) {
                    self.detail(self.label(Label::DocumentDisclosureCondition), condition);
                }
            }
            if let Some(qualifier) = qualifier {
                self.para(qualifier, BODY);
            }
        }
        let mut systems: Vec<&Processor> = Vec::new();
        for link in &self.parts.system_links {
            if let Some(processor) = self.index.processors().get(&link.processor) {
                if processor.hosting == Hosting::ThirdParty
                    && !systems.iter().any(|p| p.id == processor.id)
                {
                    systems.push(processor);
                }
            }
        }
        if !systems.is_empty() || !categories.is_empty() {
            self.push(Block::Space(3.0));
            self.para(self.label(Label::NoticeProcessorsIntro), BODY);
            for processor in systems {
                let mut name = self
                    .name(&processor.vendor)
                    .unwrap_or_else(|| self.not_stated());
                if let Some(product) = non_empty(&processor.product) {
                    name = format!("{name} ({product})");
                }
                let mut spans = vec![Span::new(name, BODY_STRONG)];
                let countries: Vec<String> = processor.countries().map(|c| words.country(c)).fold(
                    Vec::new(),
                    |mut list, c| {
                        if !list.contains(&c) {
                            list.push(c);
                        }
                        list
                    },
                );
                if !countries.is_empty() {
                    spans.push(Span::new(format!(", {}", countries.join(" / ")), BODY));
                }
                if let Some(function) = self.text(&processor.function) {
                    spans.push(Span::new(format!(" – {function}"), BODY));
                }
                self.bullet(spans);
            }
            for disclosure in categories {
                let Some(category) = self.index.recipients().get(&disclosure.recipient) else {
                    continue;
                };
                let name = self
                    .text(&category.name)
                    .unwrap_or_else(|| self.not_stated());
                let mut spans = vec![
                    Span::new(name, BODY_STRONG),
                    Span::new(format!(" ({})", self.label(Label::ProcessorCategory)), BODY),
                ];
                if let Some(what) = self.text(&disclosure.purpose) {
                    spans.push(Span::new(format!(" – {what}"), BODY));
                }
                self.bullet(spans);
            }
        }
        self.push(Block::Space(3.0));
    }

    fn transfers(&mut self) {
        let words = self.words;
        self.section(8);
        // The transfer records and the systems and recipients in third
        // countries that none covers (`kirjuri_model::flows`).
        let transfers = self.index.flows(self.register.id);
        // The qualifier is printed once, in the user's words, whatever the answer.
        let qualifier = self.text(&self.register.transfers_qualifier);
        if transfers.is_empty() {
            match transfers_sentence(self.register, qualifier.is_some(), false) {
                Some(sentence) => self.para(self.label(sentence), BODY),
                None => self.push_open("transfers_outside_eea"),
            }
            if let Some(qualifier) = qualifier {
                self.para(qualifier, BODY);
            }
            return;
        }
        if self.register.transfers_outside_eea == Answer::No {
            // "As a rule not": the transfers listed are the exceptions.
            self.para(self.label(Label::NoticeTransfersAsARule), BODY);
            if let Some(qualifier) = qualifier.clone() {
                self.para(qualifier, BODY);
            }
            self.para(self.label(Label::NoticeTransfersExceptions), BODY);
        } else {
            self.para(self.label(Label::NoticeTransfersIntro), BODY);
        }
        for flow in &transfers {
            let country = non_empty(&flow.country)
                .map(|c| words.country(&c))
                .unwrap_or_else(|| self.not_stated());
            let mut spans = vec![Span::new(format!("{country}: "), BODY_STRONG)];
            let mechanism = flow
                .mechanism()
                .map_or_else(|| self.not_stated(), |m| words.vocabulary(m).to_string());
            spans.push(Span::new(mechanism, BODY));
            let through = flow
                .processor
                .and_then(|p| self.name(&p.vendor))
                .or_else(|| flow.recipient.and_then(|r| self.text(&r.name)));
            if let Some(name) = through {
                spans.push(Span::new(format!(" ({name})"), BODY));
            }
            self.bullet(spans);
        }
        self.push(Block::Space(3.0));
        if self.register.transfers_outside_eea != Answer::No {
            if let Some(qualifier) = qualifier {
                self.para(qualifier, BODY);
            }
        }
        // Offered only where the user says copies are given.
        if transfers.iter().any(|flow| {
            flow.transfer()
                .is_some_and(|t| t.safeguard_copies == Answer::Yes)
        }) {
            self.para(self.label(Label::NoticeTransfersCopy), BODY);
        }
    }

    fn retention(&mut self) {
        let words = self.words;
        self.section(9);
        let rules = self.parts.retention_rules.clone();
        if rules.is_empty() {
            self.push_open("retention_rules");
            return;
        }
        self.para(self.label(Label::NoticeRetentionIntro), BODY);
        for rule in rules {
            let scope = rule
                .group
                .and_then(|g| self.index.data_item_groups().get(&g))
                .and_then(|g| self.text(&g.name));
            let period = self.text(&rule.period).unwrap_or_else(|| self.not_stated());
            let mut spans = Vec::new();
            if let Some(scope) = scope {
                spans.push(Span::new(format!("{scope}: "), BODY_STRONG));
            }
            // "Counted from" only where the trigger is an event a period runs from.
            let text = if kirjuri_model::retention::counts_from_an_event(rule.trigger) {
                format!(
                    "{period} ({}: {})",
                    self.label(Label::DocumentTrigger).to_lowercase(),
                    words.vocabulary(rule.trigger).to_lowercase()
                )
            } else {
                period
            };
            spans.push(Span::new(text, BODY));
            self.bullet(spans);
            if let Some(routine) = self.text(&rule.routine) {
                self.push(Block::Para(
                    Para::plain(routine, BODY).indented(INDENT).after(2.0),
                ));
            }
        }
        self.push(Block::Space(3.0));
    }

    fn security(&mut self) {
        self.section(10);
        let measures: Vec<String> = [
            Some(MeasureKind::Technical),
            Some(MeasureKind::Organisational),
            Some(MeasureKind::Physical),
            None,
        ]
        .into_iter()
        .flat_map(|kind| {
            self.register
                .security_measures
                .iter()
                .filter_map(|id| self.index.security_measures().get(id))
                .filter(move |m| m.kind == kind)
                .filter_map(|m| self.text(&m.description))
                .collect::<Vec<_>>()
        })
        .collect();
        if measures.is_empty() {
            self.push_not_stated();
            return;
        }
        // The intro names exactly the kinds the measures printed have; with
        // a measure of no kind, it names none.
        let printed: Vec<&SecurityMeasure> = self
            .register
            .security_measures
            .iter()
            .filter_map(|id| self.index.security_measures().get(id).copied())
            .filter(|m| self.text(&m.description).is_some())
            .collect();
        let kinds: Vec<MeasureKind> = if printed.iter().any(|m| m.kind.is_none()) {
            Vec::new()
        } else {
            MeasureKind::all()
                .iter()
                .copied()
                .filter(|k| printed.iter().any(|m| m.kind == Some(*k)))
                .collect()
        };
        let intro = labels::security_intro(&kinds, self.words.language)
            .unwrap_or_else(|| self.label(Label::NoticeSecurityIntro).to_string());
        self.para(intro, BODY);
        for measure in measures {
            self.bullet(vec![Span::new(measure, BODY)]);
        }
        self.push(Block::Space(3.0));
    }

    fn rights(&mut self) {
        let words = self.words;
        self.section(11);
        self.para(self.label(Label::NoticeRightsIntro), BODY);
        let rights = applicable_rights(
            self.register,
            &self.parts.purposes,
            &self.parts.rights_procedures,
        );
        let bases: Vec<LegalBasis> = self
            .parts
            .purposes
            .iter()
            .flat_map(|p| p.legal_bases.iter().filter_map(|c| c.basis))
            .collect();
        let direct_marketing = self.parts.purposes.iter().any(|p| p.direct_marketing);
        for right in rights {
            self.bullet(vec![Span::new(words.vocabulary(right), BODY_STRONG)]);
            let mut explained = Vec::new();
            if right == DataSubjectRight::Objection {
                // Art. 21(1) where a basis is 6(1)(e) or (f); 21(2) for direct marketing.
                if bases
                    .iter()
                    .any(|b| matches!(b, LegalBasis::LegitimateInterests | LegalBasis::PublicTask))
                {
                    explained.push(labels::right_explained(right, words.language));
                }
                if direct_marketing {
                    explained.push(self.label(Label::NoticeDirectMarketing));
                }
                // Named by a procedure alone: the conditions of Art. 21(1) apply.
                if explained.is_empty() {
                    explained.push(labels::right_explained(right, words.language));
                }
            } else if right == DataSubjectRight::Portability {
                // Art. 20(1)(a): the condition names the bases the purposes have.
                let explicit_consent = self.parts.purposes.iter().any(|p| {
                    p.legal_bases.iter().any(|c| {
                        c.special_category_condition
                            == Some(SpecialCategoryCondition::ExplicitConsent)
                    })
                });
                explained.push(labels::portability_explained(
                    bases.contains(&LegalBasis::Consent) || explicit_consent,
                    bases.contains(&LegalBasis::Contract),
                    words.language,
                ));
            } else {
                explained.push(labels::right_explained(right, words.language));
            }
            for text in explained {
                self.push(Block::Para(
                    Para::plain(text, BODY).indented(INDENT).after(2.0),
                ));
            }
            let procedure = self
                .parts
                .rights_procedures
                .iter()
                .find(|p| p.right == right)
                .copied();
            // "How" only where the procedure's channel is written: the
            // contact's address is copied there by a person, never assumed.
            if let Some(channel) = procedure.and_then(|p| self.text(&p.channel)) {
                self.detail(self.label(Label::NoticeHow), channel);
            }
            if let Some(procedure) = procedure {
                if let Some(check) = self.text(&procedure.identity_check) {
                    self.detail(self.label(Label::NoticeIdentityCheck), check);
                }
                if let Some(format) = self.text(&procedure.format) {
                    self.detail(self.label(Label::NoticeFormat), format);
                }
                for (label, value) in [
                    (Label::Fee, &procedure.fee),
                    (Label::Frequency, &procedure.frequency),
                    (Label::RefusalGrounds, &procedure.refusal_grounds),
                    (Label::LawReference, &procedure.law_reference),
                ] {
                    if let Some(value) = self.text(value) {
                        self.detail(self.label(label), value);
                    }
                }
                if let Some(notes) = self.text(&procedure.notes) {
                    self.push(Block::Para(
                        Para::plain(notes, BODY).indented(INDENT).after(2.0),
                    ));
                }
            }
            // Only a promise within the legal period is printed (see MAX_PROMISED_ANSWER_DAYS).
            match procedure
                .and_then(|p| p.deadline_days)
                .and_then(|days| labels::answer_within_days(days, words.language))
            {
                Some(promise) => self.push(Block::Para(
                    Para::plain(promise, BODY).indented(INDENT).after(5.0),
                )),
                None => self.push(Block::Space(3.0)),
            }
        }
        // Art. 12(3), whatever the procedures say.
        self.para(self.label(Label::NoticeAnswerPeriod), BODY);
        self.para(self.label(Label::NoticeComplaintPointer), BODY);
    }

    fn automated(&mut self) {
        self.section(12);
        match self.register.automated_decisions {
            Answer::Yes => {
                self.para(self.label(Label::NoticeAutomated), BODY);
                match self.text(&self.register.automated_decisions_description) {
                    Some(description) => self.para(description, BODY),
                    None => self.push_not_stated(),
                }
            }
            Answer::No => self.para(self.label(Label::NoticeNoAutomated), BODY),
            Answer::NotAnswered => self.push_open("automated_decisions"),
        }
    }

    fn complaint(&mut self) {
        self.section(13);
        self.para(self.label(Label::NoticeComplaintIntro), BODY);
        match geography::supervisory_authority(&self.document.organisation) {
            Some(authority) => {
                self.para(self.label(Label::NoticeOurAuthority), BODY);
                let mut lines = vec![(
                    self.text(&authority.name)
                        .unwrap_or_else(|| self.not_stated()),
                    BODY_STRONG,
                )];
                if let Some(address) = self.text(&authority.address) {
                    lines.push((address, BODY));
                }
                for (label, value) in [
                    (Label::Phone, &authority.phone),
                    (Label::Email, &authority.email),
                    (Label::Website, &authority.website),
                ] {
                    if let Some(value) = non_empty(value) {
                        lines.push((format!("{}: {value}", self.label(label)), BODY));
                    }
                }
                self.lines(lines);
            }
            None => self.push_not_stated(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purpose(register: RegisterId, basis: LegalBasis) -> Purpose {
        Purpose {
            id: PurposeId::new(),
            register,
            description: LocalizedText::same("p"),
            legal_bases: vec![LegalBasisClaim {
                basis: Some(basis),
                data_subject_categories: Vec::new(),
                legitimate_interest: LocalizedText::default(),
                special_category_condition: None,
                law_reference: LocalizedText::default(),
            }],
            direct_marketing: false,
        }
    }

    #[test]
    fn rights_follow_the_legal_bases() {
        let document = kirjuri_model::example::synthetic(1);
        let register = &document.registers[0];
        let consent = purpose(register.id, LegalBasis::Consent);
        let interest = purpose(register.id, LegalBasis::LegitimateInterests);
        let law = purpose(register.id, LegalBasis::LegalObligation);

        let rights = applicable_rights(register, &[&consent], &[]);
        assert!(rights.contains(&DataSubjectRight::Portability));
        assert!(rights.contains(&DataSubjectRight::WithdrawConsent));
        assert!(!rights.contains(&DataSubjectRight::Objection));

        let rights = applicable_rights(register, &[&interest], &[]);
        assert!(rights.contains(&DataSubjectRight::Objection));
        assert!(!rights.contains(&DataSubjectRight::Portability));
        assert!(!rights.contains(&DataSubjectRight::WithdrawConsent));

        let rights = applicable_rights(register, &[&law], &[]);
        assert!(!rights.contains(&DataSubjectRight::Erasure));
        assert!(rights.contains(&DataSubjectRight::Access));
    }
}
