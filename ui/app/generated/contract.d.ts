// Generated from the Rust declarations of the window's contract
// (src-tauri/src/contract.rs and the types it names, through ts-rs); do not edit.
// Regenerate: KIRJURI_WRITE_UI=1 cargo test -p kirjuri-desktop --lib contract

/**
 * A role with access to a register (register × people).
 */
export type AccessRole = { id: AccessRoleId, register: RegisterId, 
/**
 * "Administratören", "Chatfunktionärer".
 */
name: LocalizedText, people: Array<PersonId>, 
/**
 * What the role may do, one permission per entry.
 */
permissions: Array<LocalizedText>, change_logging: ChangeLogging | null, 
/**
 * Who grants this access (seed 002: the CEO or CTO).
 */
granted_by: LocalizedText, };

export type AccessRoleId = string;

/**
 * How far an adequacy decision (Art. 45) covers a country.
 */
export type Adequacy = "full" | "partial";

/**
 * An agreement with a processor or joint controller.
 */
export type Agreement = { kind: AgreementKind, signed: string | null, 
/**
 * A reference or file name of the signed agreement.
 */
reference: string, };

/**
 * The agreement that governs a processor or system (Art. 26, 28).
 */
export type AgreementKind = "processor_agreement" | "joint_controller_arrangement" | "terms_of_service" | "contract";

/**
 * The answer to a yes/no question whose answer becomes a sentence in a
 * document. It is `NotAnswered` until a person answers, and a document says
 * nothing about a question not answered.
 *
 * Format 1 held these as `true`/`false` with `false` as the default, so a
 * `false` cannot be told from a question nobody was asked: it reads as
 * `NotAnswered`, and `true` (which only a person could have set) as `Yes`.
 */
export type Answer = "not_answered" | "yes" | "no";

/**
 * Any one record.
 */
export type AnyRecord = { "kind": "organisation", "record": Organisation } | { "kind": "person", "record": Person } | { "kind": "data_subject_category", "record": DataSubjectCategory } | { "kind": "source", "record": Source } | { "kind": "recipient", "record": Recipient } | { "kind": "processor", "record": Processor } | { "kind": "storage_location", "record": StorageLocation } | { "kind": "security_measure", "record": SecurityMeasure } | { "kind": "cookie", "record": Cookie } | { "kind": "register", "record": Register } | { "kind": "data_item_group", "record": DataItemGroup } | { "kind": "data_item", "record": DataItem } | { "kind": "purpose", "record": Purpose } | { "kind": "system_link", "record": SystemLink } | { "kind": "disclosure", "record": Disclosure } | { "kind": "transfer", "record": Transfer } | { "kind": "access_role", "record": AccessRole } | { "kind": "retention_rule", "record": RetentionRule } | { "kind": "rights_procedure", "record": RightsProcedure } | { "kind": "dpia_screening", "record": DpiaScreening } | { "kind": "breach", "record": Breach } | { "kind": "data_subject_request", "record": DataSubjectRequest } | { "kind": "client_controller", "record": ClientController };

export type ApplyEditsArgs = { edits: Array<Edit>, };

/**
 * A personal data breach. Every breach is logged, notified or not (Art. 33(5)).
 */
export type Breach = { id: BreachId, 
/**
 * What happened, in short.
 */
description: LocalizedText, 
/**
 * When the breach happened, when known.
 */
happened: string | null, 
/**
 * When the organisation became aware of it: the 72 hours run from here.
 */
discovered: string | null, registers: Array<RegisterId>, data_items: Array<DataItemId>, 
/**
 * Roughly how many people it concerns.
 */
approximate_people: number | null, 
/**
 * The likely consequences for the people concerned.
 */
consequences: LocalizedText, 
/**
 * The measures taken or proposed, also to mitigate its effects.
 */
measures: LocalizedText, 
/**
 * The assessed risk to the people concerned.
 */
risk: BreachRisk | null, 
/**
 * How the risk was assessed, in words.
 */
risk_assessment: LocalizedText, 
/**
 * When the supervisory authority was notified; none while it has not been.
 */
authority_notified: string | null, 
/**
 * Why the authority was notified late, or why it was not notified.
 */
notification_reason: LocalizedText, 
/**
 * When the people concerned were told (Art. 34); none while they have not been.
 */
data_subjects_informed: string | null, 
/**
 * Why the people concerned were not told (Art. 34(3)).
 */
not_informed_reason: LocalizedText, 
/**
 * The answers to the incident routine's post-incident review, in its order.
 */
review_answers: Array<LocalizedText>, 
/**
 * When the handling of the breach was closed; an open breach is a finding.
 */
closed: string | null, };

export type BreachId = string;

/**
 * The risk a personal data breach poses to the people concerned (Art. 33(1),
 * 34(1)). Words of the regulation's sv/fi/en texts, as IMY and the Finnish Data
 * Protection Ombudsman use them ("personuppgiftsincident" / "tietoturvaloukkaus").
 */
export type BreachRisk = "unlikely" | "risk" | "high_risk";

/**
 * A catalogued vendor's status on the EU–US Data Privacy Framework list, as
 * its public pages said on `checked`. A suggestion: the window offers it,
 * and only a person's "use" makes it the processor's answer (`Processor::dpf`).
 */
export type CatalogueDpf = { 
/**
 * The organisation in the United States the status is about.
 */
organisation: string, certified: boolean, 
/**
 * ISO date (YYYY-MM-DD) the status was checked.
 */
checked: string, source: string, };

export type CatalogueProcessorArgs = { id: string, };

export type CatalogueRetentionRuleArgs = { id: string, register: RegisterId, };

export type CatalogueSystemForRegisterArgs = { id: string, register: RegisterId, };

/**
 * Where data leave the EU/EEA through a catalogued system, and on what ground.
 */
export type CatalogueTransfer = { country: string, mechanism: TransferMechanism, note: LocalizedText, };

/**
 * The register templates, the systems catalogue and the statutory retention periods.
 */
export type CatalogueView = { templates: Array<TemplateView>, systems: Array<SystemEntry>, retention_periods: Array<RetentionPeriod>, };

/**
 * How changes made by a role are logged (seed 000 §5).
 */
export type ChangeLogging = "full" | "history_only" | "none";

export type ChangeReportPageArgs = { theirs: string, choices: Choices, differentOrganisation: boolean, language: Language, };

/**
 * The records one edit (or undo, or redo) changed. Applied to the document
 * before it ([`Document::apply_change_set`]) it gives the document after.
 */
export type ChangeSet = { 
/**
 * Records added or changed, each whole, with its place after the edit.
 */
changed: Array<ChangedRecord>, 
/**
 * Records that are gone (a deleted register takes its parts along).
 */
removed: Array<RemovedRecord>, };

/**
 * What a user's edit did, in a few words: the verb, the main record and how
 * many other records changed with it (the parts of a deleted register).
 */
export type ChangeSummary = { verb: SummaryVerb, kind: RecordKind, id: string, 
/**
 * The record's name (or description), when it has one.
 */
name: LocalizedText | null, others: number, };

/**
 * A record as it is after an edit, and its place in its kind's list.
 */
export type ChangedRecord = { 
/**
 * The record's index in its kind's list in the document after the edit.
 */
index: number, } & ({ "kind": "organisation", "record": Organisation } | { "kind": "person", "record": Person } | { "kind": "data_subject_category", "record": DataSubjectCategory } | { "kind": "source", "record": Source } | { "kind": "recipient", "record": Recipient } | { "kind": "processor", "record": Processor } | { "kind": "storage_location", "record": StorageLocation } | { "kind": "security_measure", "record": SecurityMeasure } | { "kind": "cookie", "record": Cookie } | { "kind": "register", "record": Register } | { "kind": "data_item_group", "record": DataItemGroup } | { "kind": "data_item", "record": DataItem } | { "kind": "purpose", "record": Purpose } | { "kind": "system_link", "record": SystemLink } | { "kind": "disclosure", "record": Disclosure } | { "kind": "transfer", "record": Transfer } | { "kind": "access_role", "record": AccessRole } | { "kind": "retention_rule", "record": RetentionRule } | { "kind": "rights_procedure", "record": RightsProcedure } | { "kind": "dpia_screening", "record": DpiaScreening } | { "kind": "breach", "record": Breach } | { "kind": "data_subject_request", "record": DataSubjectRequest } | { "kind": "client_controller", "record": ClientController });

/**
 * What an edit, undo or redo changed: the records changed and removed, the
 * findings as splices of the list shown before, and the document's state
 * beside them. Its size follows the edit, not the document.
 */
export type ChangesView = { changes: ChangeSet, findings: FindingsUpdate, last_changed: string | null, can_undo: boolean, can_redo: boolean, };

/**
 * What the user chose for one conflict: a side, or a text of their own.
 */
export type Choice = { "take": "mine" } | { "take": "theirs" } | { "take": "text", text: string, };

/**
 * The user's choices in the merge review: the other copy's record changes
 * left (everything theirs did to that record, conflicts included, is
 * declined) and a side or text per conflict. What is not chosen follows
 * the policy.
 */
export type Choices = { leave: Array<RecordRef>, conflicts: Array<ConflictChoice>, };

/**
 * A controller the organisation processes personal data for, as its processor:
 * one entry of the processor's record (Art. 30(2)).
 */
export type ClientController = { id: ClientControllerId, 
/**
 * The controller's name (Art. 30(2)(a)).
 */
name: LocalizedText, business_id: string, 
/**
 * Contact details, in words.
 */
contact: LocalizedText, 
/**
 * The controller's representative (Art. 27), when there is one.
 */
representative: LocalizedText, 
/**
 * The controller's data protection officer, when there is one.
 */
dpo: LocalizedText, 
/**
 * The processing agreement with this controller (Art. 28(3)).
 */
agreement: Agreement | null, 
/**
 * The categories of processing carried out for it (Art. 30(2)(b)).
 */
categories_of_processing: Array<LocalizedText>, 
/**
 * Whether data are transferred outside the EU/EEA on its behalf: `no`
 * prints "none"; transfer entries say yes by themselves.
 */
transfers_outside_eea: Answer, 
/**
 * Transfers outside the EU/EEA on its behalf (Art. 30(2)(c)).
 */
transfers: Array<ProcessorTransfer>, 
/**
 * The security measures (Art. 30(2)(d), 32(1)).
 */
security_measures: Array<SecurityMeasureId>, 
/**
 * The sub-processors engaged (Art. 28(2), (4)).
 */
sub_processors: Array<ProcessorId>, };

export type ClientControllerId = string;

export type CloseDocumentArgs = Record<symbol, never>;

/**
 * One conflict, with both values (and the fork's, when there is one).
 */
export type Conflict = { kind: RecordKind, id: string, name: LocalizedText | null, 
/**
 * The field's path (`name.fi`, `sources`); empty for the whole record.
 */
field: string, reason: ConflictReason, base: string | null, mine: string | null, theirs: string | null, 
/**
 * Whether the merge took theirs (else mine stays, or `written`).
 */
took_theirs: boolean, 
/**
 * The text the user wrote instead of either side's.
 */
written: string | null, 
/**
 * Whether the user chose (else the policy decided).
 */
chosen: boolean, };

/**
 * The choice for the conflict on `field` of one record (`""`: the whole record).
 */
export type ConflictChoice = { kind: RecordKind, id: string, field: string, choice: Choice, };

/**
 * Why a field or record is a conflict.
 */
export type ConflictReason = "both_changed" | "deleted_in_mine" | "deleted_in_theirs" | "differs";

export type ConflictedCopiesArgs = Record<symbol, never>;

/**
 * A conflicted copy found beside a document.
 */
export type ConflictedCopy = { path: string, synced: Synced, 
/**
 * Whose copy it is, when the name says (Dropbox, Nextcloud), or the
 * computer's name (OneDrive).
 */
by: string | null, };

/**
 * A cookie or a group of cookies set by the organisation's website.
 */
export type Cookie = { id: CookieId, name: LocalizedText, provider: string, class: CookieClass, duration: CookieDuration, 
/**
 * How long it lives, in words.
 */
lifetime: LocalizedText, purpose: LocalizedText, 
/**
 * Set only after the visitor's consent (`not_answered` until a person says).
 */
requires_consent: Answer, };

/**
 * Cookie classes as used in consent banners.
 */
export type CookieClass = "necessary" | "functional" | "preference" | "statistics" | "marketing";

export type CookieDuration = "session" | "persistent";

export type CookieId = string;

/**
 * A country as the dropdowns list it.
 */
export type CountryOption = { code: string, eea: boolean, adequacy: Adequacy | null, sv: string, fi: string, en: string, };

/**
 * One item of data a register holds.
 */
export type DataItem = { id: DataItemId, register: RegisterId, group: DataItemGroupId | null, name: LocalizedText, requirement: ItemRequirement | null, 
/**
 * For a mandatory item: what happens when it is not given (Art. 13(2)(e)).
 */
consequence_if_not_given: LocalizedText, flags: DataItemFlags, 
/**
 * The Art. 9(1) category, when the item is special-category data.
 */
special_category: SpecialCategory | null, 
/**
 * Why a national identity number is needed.
 */
need_for_national_id: LocalizedText, };

/**
 * What kind of data an item is, for the checks and the exported flags.
 */
export type DataItemFlags = { 
/**
 * Art. 10 criminal-offence data.
 */
criminal_offence?: boolean, 
/**
 * Personnummer / henkilötunnus.
 */
national_id?: boolean, 
/**
 * Financial data such as a bank account.
 */
financial?: boolean, 
/**
 * Free text people may fill with anything.
 */
free_text?: boolean, 
/**
 * IP address, IMEI and the like.
 */
online_identifier?: boolean, 
/**
 * User names and passwords.
 */
credentials?: boolean, 
/**
 * A consent record such as a newsletter opt-in.
 */
consent?: boolean, };

/**
 * A named group of data items in a register ("about the company", "about persons at the company").
 */
export type DataItemGroup = { id: DataItemGroupId, register: RegisterId, name: LocalizedText, 
/**
 * False for groups that are not personal data (seed 000: data about the company).
 */
personal_data: boolean, };

export type DataItemGroupId = string;

export type DataItemId = string;

/**
 * A category of data subjects (customers, employees, website visitors …).
 */
export type DataSubjectCategory = { id: DataSubjectCategoryId, name: LocalizedText, };

export type DataSubjectCategoryId = string;

/**
 * A request from a data subject to exercise a right, and how it was answered.
 * It holds personal data of its own (who asked): it can be forgotten when old.
 */
export type DataSubjectRequest = { id: DataSubjectRequestId, 
/**
 * None while not chosen.
 */
right: DataSubjectRight | null, 
/**
 * Who asked: personal data, left out of the record's annex by default.
 */
requester: string, 
/**
 * The register the request concerns, when it concerns one; its rights
 * procedure is shown beside the request.
 */
register: RegisterId | null, received: string | null, 
/**
 * How the requester's identity was checked.
 */
identity_check: LocalizedText, 
/**
 * The period was extended by two further months (Art. 12(3)).
 */
extended: boolean, 
/**
 * Why it was extended; the requester is told within the first month.
 */
extension_reason: LocalizedText, 
/**
 * What was done.
 */
actions: LocalizedText, answered: string | null, };

export type DataSubjectRequestId = string;

/**
 * Chapter III: the rights of the data subject.
 */
export type DataSubjectRight = "information" | "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection" | "no_automated_decisions" | "withdraw_consent" | "prohibit_direct_marketing" | "complaint";

export type DeleteAndForgetRequestsArgs = { ids: Array<string>, };

/**
 * How a retention rule is carried out.
 */
export type DeletionMethod = "automatic" | "manual";

/**
 * The description to import, as the window gives it: a file's path (typed,
 * or chosen with `pick_description`) or pasted text.
 */
export type Description = { path?: string | null, 
/**
 * Pasted text.
 */
text?: string | null, 
/**
 * The organisation's country, where the text does not make it clear.
 */
country?: Jurisdiction | null, 
/**
 * The language the description is written in, where the text does not make it clear.
 */
language?: Language | null, };

/**
 * A regular disclosure of a register's data to a recipient.
 */
export type Disclosure = { id: DisclosureId, register: RegisterId, recipient: RecipientId, 
/**
 * What data.
 */
data: LocalizedText, 
/**
 * Why.
 */
purpose: LocalizedText, 
/**
 * How (encrypted connection, e-mail …).
 */
method: LocalizedText, 
/**
 * On what condition or legal ground ("with the data subject's consent", a law).
 */
condition: LocalizedText, };

export type DisclosureId = string;

/**
 * An organisation's whole GDPR documentation.
 */
export type Document = { organisation: Organisation, people: Array<Person>, data_subject_categories: Array<DataSubjectCategory>, sources: Array<Source>, recipients: Array<Recipient>, processors: Array<Processor>, storage_locations: Array<StorageLocation>, security_measures: Array<SecurityMeasure>, cookies: Array<Cookie>, registers: Array<Register>, data_item_groups: Array<DataItemGroup>, data_items: Array<DataItem>, purposes: Array<Purpose>, system_links: Array<SystemLink>, disclosures: Array<Disclosure>, transfers: Array<Transfer>, access_roles: Array<AccessRole>, retention_rules: Array<RetentionRule>, rights_procedures: Array<RightsProcedure>, dpia_screenings: Array<DpiaScreening>, breaches: Array<Breach>, data_subject_requests: Array<DataSubjectRequest>, client_controllers: Array<ClientController>, };

/**
 * The open document as the window sees it.
 */
export type DocumentView = { path: string, file_name: string, document: Document, last_changed: string | null, 
/**
 * The file is open read-only: no edit is saved, "Save a copy…" still works.
 */
read_only: boolean, can_undo: boolean, can_redo: boolean, };

/**
 * "DPF-certified: yes / no / not answered, checked on <date>": whether an
 * organisation in the United States is on the EU–US Data Privacy Framework
 * list (the Commission's adequacy decision of 10 July 2023 covers only
 * those). A catalogue's status is a suggestion until a person answers here.
 */
export type DpfCertification = { certified: Answer, 
/**
 * The day the person checked the Framework's list.
 */
checked_on?: string, };

/**
 * The nine criteria of processing likely to result in a high risk, from the
 * EDPB-endorsed guidelines WP248 rev.01 ("Riktlinjer om konsekvensbedömning
 * avseende dataskydd" / "Ohjeet tietosuojaa koskevasta vaikutustenarvioinnista").
 * IMY's Art. 35(4) list is these criteria: a DPIA when at least two apply.
 */
export type DpiaCriterion = "evaluation_or_scoring" | "automated_decisions" | "systematic_monitoring" | "sensitive_data" | "large_scale" | "matching_or_combining" | "vulnerable_data_subjects" | "innovative_technology" | "prevents_rights";

/**
 * Processing that needs a DPIA on its own: the cases of Art. 35(3) (the
 * regulation's sv/fi/en text) and the Finnish Data Protection Ombudsman's
 * Art. 35(4) list of 21.12.2018 (tietosuoja.fi, "Luettelo
 * vaikutustenarviointia edellyttävistä käsittelytoimista" / "Förteckning över
 * behandling av personuppgifter som omfattas av konsekvensbedömning"), whose
 * first three kinds count together with at least one WP248 criterion.
 * IMY's Swedish list adds no kinds beyond the nine criteria.
 */
export type DpiaListedProcessing = "extensive_evaluation" | "large_scale_special_categories" | "public_area_monitoring" | "biometric_identification" | "genetic_data" | "location_data" | "not_informed" | "whistleblowing";

/**
 * Whether a register needs a data protection impact assessment (Art. 35): the
 * questions of the screening and, once done, the DPIA itself. One per register.
 */
export type DpiaScreening = { id: DpiaScreeningId, register: RegisterId, 
/**
 * The nine WP248 rev.01 criteria: true applies, false does not, absent not answered.
 */
criteria: { [key in DpiaCriterion]?: boolean }, 
/**
 * The kinds of processing on the authorities' lists, answered the same way.
 */
listed: { [key in DpiaListedProcessing]?: boolean }, 
/**
 * The reasoning, in words.
 */
notes: LocalizedText, 
/**
 * When the screening was made or last reviewed.
 */
screened: string | null, 
/**
 * When the DPIA was done; none while it has not been.
 */
dpia_done: string | null, 
/**
 * Where the DPIA is kept (a file name, a case number).
 */
dpia_reference: string, 
/**
 * What the DPIA concluded.
 */
dpia_outcome: LocalizedText, };

export type DpiaScreeningId = string;

/**
 * Data protection impact assessment (Art. 35).
 */
export type DpiaStatus = "not_assessed" | "not_needed" | "needed" | "done";

/**
 * One entry of the calendar.
 */
export type Due = { kind: DueKind, 
/**
 * When it falls due; a time only for the 72 hours of a breach.
 */
date: string, time: string | null, overdue: boolean, 
/**
 * The record to open.
 */
record_kind: RecordKind, id: string, register: RegisterId | null, 
/**
 * What falls due, in the three languages.
 */
what: LocalizedText, };

/**
 * What kind of thing falls due.
 */
export type DueKind = "deletion_routine" | "register_review" | "request_answer" | "breach_notification";

/**
 * One change the user asks for.
 */
export type Edit = { "op": "put", record: AnyRecord, } | { "op": "delete", kind: RecordKind, id: string, };

/**
 * What an entry of the edit log is.
 */
export type EditAction = "edit" | "undo" | "redo" | "forget";

/**
 * What went wrong, as the UI switches on it.
 */
export type ErrorCode = "not_kirjuri" | "newer_version" | "damaged" | "unexpected_schema" | "file_exists" | "not_found" | "busy" | "read_only" | "in_use" | "in_use_breakable" | "not_writable" | "changed_on_disk" | "lock_lost" | "unfinished_save" | "disk_full" | "not_forgettable" | "broken_history" | "invalid_edit" | "io" | "sqlite" | "no_document" | "export" | "unknown_register" | "not_exported" | "unknown_catalogue_entry" | "no_name" | "same_file" | "different_organisation" | "not_imported" | "internal";

export type ExportChangeReportArgs = { theirs: string, choices: Choices, differentOrganisation: boolean, language: Language, target: FileChoice, replace: boolean, };

export type ExportDraftReasonsArgs = { register?: RegisterId | null, language?: Language | null, };

export type ExportNoticeHtmlArgs = { target: FileChoice, replace: boolean, language: Language, register: RegisterId, };

/**
 * Where to export the notice of `register`, and in which language.
 */
export type ExportNoticePdfArgs = { target: FileChoice, replace: boolean, language: Language, register: RegisterId, };

export type ExportProcessorRecordPdfArgs = { target: FileChoice, replace: boolean, language: Language, };

/**
 * Where to export a document of the whole organisation, and in which language.
 */
export type ExportRecordPdfArgs = { target: FileChoice, 
/**
 * A typed path that holds a file is replaced (the window asked the user).
 */
replace: boolean, language: Language, };

export type ExportXlsxArgs = { target: FileChoice, replace: boolean, language: Language, };

/**
 * A public page a fact was checked against, and when.
 */
export type FactSource = { url: string, 
/**
 * ISO date (YYYY-MM-DD).
 */
checked: string, };

/**
 * One field of one record, before and after. `None` means absent (a new or deleted record).
 */
export type FieldChange = { kind: RecordKind, id: string, field: string, old: string | null, new: string | null, };

export type FieldDiff = { field: string, old: string | null, new: string | null, who: string | null, at: string | null, };

/**
 * Where to save or what to open, as the UI asks for it.
 */
export type FileChoice = { 
/**
 * A path given by the UI; when set, no dialog is shown.
 */
path?: string | null, 
/**
 * The dialog's title, in the UI language.
 */
title?: string | null, 
/**
 * The file name the save dialog suggests.
 */
suggested_name?: string | null, };

/**
 * One gap in the documentation.
 */
export type Finding = { severity: Severity, code: FindingCode, 
/**
 * The record the finding is about.
 */
kind: RecordKind, id: string, 
/**
 * The field of that record, as a path (`legal_bases[0].legitimate_interest`).
 */
field: string, 
/**
 * The register concerned, when there is one.
 */
register: RegisterId | null, message: LocalizedText, 
/**
 * A person's answer (not applicable, accepted for now); an answered
 * finding is no longer open but is still listed.
 */
answer: FindingResolution | null, };

/**
 * A person's answer to one finding of the checks. The finding then no
 * longer counts as open, but the record's annex of findings still lists it
 * with this answer.
 */
export type FindingAnswer = { 
/**
 * Which finding: its code, record and field, as the checks report them.
 */
code: FindingCode, kind: RecordKind, id: string, field: string, answer: FindingResolution, };

/**
 * What a finding is about; stable codes for scripts and the user interface.
 */
export type FindingCode = "transfer_without_mechanism" | "special_category_without_condition" | "purpose_without_legal_basis" | "legitimate_interest_not_stated" | "no_retention_rule" | "processor_without_agreement" | "no_supervisory_authority" | "national_id_without_stated_need" | "free_text_field" | "mandatory_item_without_consequence" | "register_not_updated_for_a_year" | "text_missing_in_language" | "system_receives_unlisted_item" | "deletion_routine_overdue" | "processor_country_unknown" | "question_not_answered" | "no_rights_procedures" | "answer_period_beyond_one_month" | "template_text_not_reviewed" | "breach_notification_missed" | "breach_open" | "request_overdue" | "request_extension_without_reason" | "answered_request_old" | "dpia_required" | "controller_without_contact" | "right_without_contact" | "retention_without_limit" | "processor_record_without_controller" | "client_controller_incomplete" | "breach_risk_not_reasoned" | "breach_data_subjects_not_informed" | "provision_contradicts_mandatory_item" | "invalid_transfer_ground" | "us_adequacy_without_dpf" | "special_categories_contradicted" | "translation_out_of_date";

/**
 * How a finding was answered.
 */
export type FindingResolution = { "status": "not_applicable", reason: LocalizedText, } | { "status": "accepted", note: LocalizedText, by: string, on: string, };

/**
 * The findings list after a change, as splices of the list of generation
 * `from`; a window that holds another generation asks for the whole list
 * again ([`Session::panel_findings`]).
 */
export type FindingsUpdate = { from: number, to: number, splices: Array<Splice<Finding>>, };

/**
 * A record that one side forgot (erased from its history) and the other
 * still has or had: a merge never brings it back.
 */
export type Forgotten = { 
/**
 * The side that forgot it.
 */
side: Side, kind: RecordKind, id: string, };

export type GetCalendarArgs = Record<symbol, never>;

export type GetCatalogueArgs = Record<symbol, never>;

export type GetDocumentArgs = Record<symbol, never>;

export type GetFindingsArgs = { language?: Language | null, };

export type GetHistoryArgs = Record<symbol, never>;

export type GetSettingsArgs = Record<symbol, never>;

export type GetVocabulariesArgs = Record<symbol, never>;

/**
 * One edit the user made, an undo or redo of one, or a forget.
 */
export type HistoryEntry = { edit: number, 
/**
 * RFC 3339, UTC.
 */
at: string, user: string, action: EditAction, 
/**
 * The edit this one undid (an undo), or the undo it reverted (a redo).
 */
undoes: number | null, changes: Array<FieldChange>, 
/**
 * The edit's stable id, shared by the copies of the file (`lineage`).
 */
uid: string, 
/**
 * What the records do not say: the file a merge came from and what it
 * declined, or what a forget re-sealed.
 */
note: string | null, };

/**
 * Who runs a system: the organisation itself or a third party.
 */
export type Hosting = "in_house" | "third_party";

export type ImportIntoDocumentArgs = { description: Description, 
/**
 * The description is a translation of the registers already there.
 */
translation: boolean, };

export type ImportNewDocumentArgs = { target: FileChoice, description: Description, };

/**
 * An imported description under review.
 */
export type ImportedDescription = { 
/**
 * The file's name ("rekisteriseloste.docx"); empty for pasted text.
 */
file_name: string, 
/**
 * The language the description is written in.
 */
language: Language, 
/**
 * The ids of the registers the import made. Not references: a register
 * deleted during the review is simply no longer among the document's,
 * and a confirmation passes it by.
 */
registers: Array<string>, 
/**
 * The old document's sections in its order, the text before the first heading first.
 */
sections: Array<ImportedSection>, };

/**
 * A passage of the old document and where it went.
 */
export type ImportedPassage = { text: string, 
/**
 * Where it was placed, in words ("Customer register: purpose"); `None`:
 * not placed, for the person to put where it belongs.
 */
place: string | null, };

/**
 * One section of the old document: its heading and passages.
 */
export type ImportedSection = { 
/**
 * The heading as the old document has it; empty before the first heading.
 */
heading: string, 
/**
 * The parts of the registers this section's text filled: confirming the
 * section clears their unreviewed mark.
 */
marks: Array<TemplateSection>, passages: Array<ImportedPassage>, 
/**
 * A person has read the section beside what was made of it.
 */
confirmed: boolean, };

/**
 * What an import into the open document did: the change, as every edit's
 * (`ChangesView`), and for a translation what it added and what it could not match.
 */
export type ImportedView = { 
/**
 * Texts added in the description's language (a translation).
 */
filled: number, 
/**
 * The parts of a translation that matched nothing, in words.
 */
unmatched: Array<string>, changes: ChangeSet, findings: FindingsUpdate, last_changed: string | null, can_undo: boolean, can_redo: boolean, };

/**
 * What happens on a personal data breach (Art. 33, 34; seed 002).
 */
export type IncidentRoutine = { 
/**
 * The steps, in order.
 */
steps: Array<LocalizedText>, 
/**
 * Who decides on notifications, in words.
 */
decided_by: LocalizedText, 
/**
 * The authority is notified within 72 hours (Art. 33).
 */
notify_authority_within_72_hours: boolean, 
/**
 * Data subjects are told when the risk is high (Art. 34).
 */
inform_data_subjects_on_high_risk: boolean, 
/**
 * Where breaches are logged (Art. 33(5)).
 */
breach_log: LocalizedText, 
/**
 * What the review after an incident asks.
 */
post_incident_review: Array<LocalizedText>, };

/**
 * Whether the data subject must give an item (Art. 13(2)(e)).
 */
export type ItemRequirement = "mandatory" | "optional";

/**
 * A country whose law the templates and the retention catalogue know (FI, SE).
 */
export type Jurisdiction = "FI" | "SE";

/**
 * A language Kirjuri writes documents and its user interface in.
 */
export type Language = "sv" | "fi" | "en";

/**
 * Art. 6(1): the lawful bases of processing.
 */
export type LegalBasis = "consent" | "contract" | "legal_obligation" | "vital_interests" | "public_task" | "legitimate_interests";

/**
 * One legal basis of a purpose.
 */
export type LegalBasisClaim = { 
/**
 * None while the user has not chosen one (a finding).
 */
basis: LegalBasis | null, 
/**
 * The categories this basis applies to; empty means all of the register's.
 */
data_subject_categories: Array<DataSubjectCategoryId>, 
/**
 * For legitimate interests: the interest itself.
 */
legitimate_interest: LocalizedText, 
/**
 * For special categories: the Art. 9(2) condition.
 */
special_category_condition: SpecialCategoryCondition | null, 
/**
 * A law reference ("2 kap. 8.1 mom. personuppgiftslagen").
 */
law_reference: LocalizedText, };

/**
 * How the two histories relate.
 */
export type Lineage = { "kind": "shared", fork_uid: string, fork_at: string, fork_user: string, 
/**
 * How many edits each side made after the fork.
 */
mine_since: number, theirs_since: number, } | { "kind": "unrelated" };

/**
 * How far a list goes: a list that is not exhaustive says so ("among others", "mainly").
 */
export type ListQualifier = "among_others" | "mainly";

/**
 * For each list of a register that is not exhaustive, how the document says so.
 */
export type ListQualifiers = { data_items?: ListQualifier, sources?: ListQualifier, recipients?: ListQualifier, };

/**
 * A text in the three languages; any value may be empty.
 *
 * Besides the three values it carries two marks, written to JSON only when
 * present: which languages still hold a suggestion no person has written or
 * confirmed (`suggested`: template, catalogue text), and for each translated
 * language which version of the text it was translated from
 * (`translated_from`: `"fi:1a2b3c4d"`, the source language and a short hash
 * of its text then). The marks are kept by the edit rule ([`LocalizedText::after_edit`]).
 */
export type LocalizedText = { sv?: string, fi?: string, en?: string, 
/**
 * The languages whose value is a suggestion (a template's, the
 * catalogue's) that no person has confirmed: never shown in place of
 * another language, and gone with the text it translates.
 */
suggested?: Array<Language>, 
/**
 * For each translated language, the version of the text it was made
 * from: `"<language>:<hash>"` ([`version_of`]). When that text changes,
 * the translation is out of date ([`LocalizedText::is_out_of_date_in`]).
 */
translated_from?: { [key in Language]?: string }, };

/**
 * The type of a protection measure (Art. 32).
 */
export type MeasureKind = "technical" | "organisational" | "physical";

export type MergeCopyArgs = { theirs: string, choices: Choices, differentOrganisation: boolean, };

/**
 * The merge under review: the other copy and the user's choices.
 */
export type MergePreviewNoticeArgs = { theirs: string, choices: Choices, differentOrganisation: boolean, register: RegisterId, language: Language, };

/**
 * The review as the window shows it.
 */
export type MergeView = { theirs: string, theirs_file: string, lineage: Lineage, different_organisation: boolean, groups: Array<ReviewGroup>, forgotten: Array<Forgotten>, 
/**
 * Conflicts the user has not decided (their records not left).
 */
open_conflicts: number, 
/**
 * What the merge would write: the records it puts or deletes.
 */
edits: number, };

/**
 * What the new-document guide asks.
 */
export type NewDocument = { 
/**
 * The company's name, the same in every language until the user says otherwise.
 */
name: string, business_id: string, country: Jurisdiction, 
/**
 * The ids of the chosen templates, in the order their registers appear.
 */
templates: Array<string>, 
/**
 * The ids of catalogue systems to copy in.
 */
systems: Array<string>, 
/**
 * The language the company writes its documentation in.
 */
working_language: Language | null, };

export type NewDocumentArgs = { target: FileChoice, organisationName: LocalizedText, businessId?: string | null, workingLanguage?: Language | null, };

export type NewDocumentFromGuideArgs = { target: FileChoice, guide: NewDocument, };

/**
 * Whether a vendor offers a processor agreement (Art. 28), as its public pages say.
 */
export type OfferedAgreement = { offered: boolean, note: LocalizedText, };

export type OpenDocumentArgs = { target: FileChoice, };

export type OpenExampleArgs = { target: FileChoice, };

export type OpenPathArgs = { path: string, };

export type OpenRefusedArgs = { breakLock: boolean, };

/**
 * The controller: one per document.
 */
export type Organisation = { id: OrganisationId, 
/**
 * Names can differ by language ("Jakobstads Nejdens Telefon Ab" = "Pietarsaaren Seudun Puhelin Oy").
 */
name: LocalizedText, 
/**
 * Y-tunnus, organisationsnummer.
 */
business_id: string, vat_number: string, address: LocalizedText, phone: string, email: string, website: string, 
/**
 * ISO 3166-1 alpha-2; picks the supervisory authority.
 */
country: string, 
/**
 * Art. 30(5).
 */
staff_count: number | null, 
/**
 * The data protection officer (Art. 37), if one is appointed.
 */
dpo: PersonId | null, 
/**
 * Art. 26 joint controllers, in words.
 */
joint_controllers: LocalizedText, 
/**
 * Art. 27 representative, in words.
 */
representative: LocalizedText, 
/**
 * The version label the exported documents carry ("v. 1.0").
 */
version_label: string, 
/**
 * Overrides the default supervisory authority of `country`.
 */
supervisory_authority: SupervisoryAuthority | null, incident_routine: IncidentRoutine, 
/**
 * When the documentation was first written (seed 003: "Dokumentet skapat 1.1.2016").
 */
document_created: string | null, 
/**
 * When the documentation was last brought up to date.
 */
document_updated: string | null, 
/**
 * The findings a person has answered: not applicable, or accepted for now.
 */
finding_answers: Array<FindingAnswer>, 
/**
 * The language the documentation is written in: the editor shows each
 * text in it, and the translation view the others beside it. Not printed.
 */
working_language?: Language | null, 
/**
 * An imported old description while its review is unfinished (`imported.rs`).
 */
imported_description?: ImportedDescription | null, };

export type OrganisationId = string;

/**
 * The findings list whole, and its generation.
 */
export type PanelFindings = { generation: number, findings: Array<Finding>, };

export type PanelFindingsArgs = { language?: Language | null, };

/**
 * What a retention catalogue entry says the law does.
 */
export type PeriodKind = "duty_to_keep" | "maximum" | "limitation";

/**
 * A person: the DPO, a register's contact person, a role holder.
 */
export type Person = { id: PersonId, name: string, title: LocalizedText, phone: string, email: string, };

export type PersonId = string;

export type PickDescriptionArgs = { 
/**
 * The dialog's title, in the UI language.
 */
title?: string | null, };

export type PreviewNoticeArgs = { register: RegisterId, language: Language, };

/**
 * Art. 30(1)/(2): whether the organisation is the controller or a processor in a register.
 */
export type ProcessingRole = "controller" | "joint_controller" | "processor";

/**
 * A processor or third-party system, or an in-house system (SuiteCRM at JNT, Fortnox, an Excel file).
 */
export type Processor = { id: ProcessorId, 
/**
 * The vendor's legal name.
 */
vendor: LocalizedText, 
/**
 * The product or service (SuiteCRM, Chatra, Zendesk).
 */
product: string, hosting: Hosting, 
/**
 * ISO 3166-1 alpha-2 of the vendor.
 */
country: string, 
/**
 * The vendor's address (seed 000: "Roger Wilco LLC, Arlington, USA").
 */
address: LocalizedText, 
/**
 * What it is used for ("Support / ärendehantering").
 */
function: LocalizedText, 
/**
 * Where the data are stored.
 */
data_location: LocalizedText, 
/**
 * ISO 3166-1 alpha-2 of where the data are stored, when it differs from `country`.
 */
data_location_country: string, 
/**
 * What data it holds, in words (seed 002's table).
 */
data_held: LocalizedText, agreement: Agreement | null, 
/**
 * EU–US Data Privacy Framework certification of the vendor.
 */
dpf?: DpfCertification, };

export type ProcessorId = string;

/**
 * A transfer made as processor to a third country (Art. 30(2)(c)).
 */
export type ProcessorTransfer = { 
/**
 * ISO 3166-1 alpha-2 of the third country.
 */
country: string, mechanism: TransferMechanism | null, 
/**
 * Where the safeguards are documented.
 */
documentation: LocalizedText, };

/**
 * Whether giving the data is a statutory or contractual requirement (Art. 13(2)(e)).
 * "No requirement" is written `no_requirement`: format 1 wrote `not_required`
 * for every register nobody had asked, so that code reads as not answered.
 */
export type ProvisionRequirement = "no_requirement" | "statutory" | "contractual" | "needed_for_contract";

/**
 * Why a register processes data, and on what legal basis.
 */
export type Purpose = { id: PurposeId, register: RegisterId, description: LocalizedText, 
/**
 * One entry per basis; several when the basis differs per data-subject category (seed 002).
 */
legal_bases: Array<LegalBasisClaim>, 
/**
 * Direct marketing: the data subject may always object (Art. 21(2)).
 */
direct_marketing: boolean, };

export type PurposeId = string;

/**
 * A file on the start screen's list of recent files.
 */
export type RecentDocument = { path: string, file_name: string, exists: boolean, };

export type RecentDocumentsArgs = Record<symbol, never>;

/**
 * Someone data are disclosed to.
 */
export type Recipient = { id: RecipientId, 
/**
 * What kind of recipient; `None` until a person says.
 */
kind: RecipientKind | null, name: LocalizedText, 
/**
 * A category of recipients ("debt collection agencies", Art. 13(1)(e)) rather than a named one.
 */
category: boolean, 
/**
 * ISO 3166-1 alpha-2, empty when not known.
 */
country: string, 
/**
 * The agreement with the recipient (seed 000: "som är vår avtalspart").
 */
agreement: Agreement | null, 
/**
 * Whether the recipient is certified under the EU–US Data Privacy
 * Framework, and when that was checked (a US adequacy decision covers
 * only certified recipients).
 */
dpf?: DpfCertification, };

export type RecipientId = string;

/**
 * Who receives disclosed data (seed 003 §7).
 */
export type RecipientKind = "processor" | "independent_controller" | "group_company" | "authority" | "customer_organisation" | "other";

/**
 * What one side did to one record since the fork (two-way: how theirs differs from mine).
 */
export type RecordDiff = { side: Side, kind: RecordKind, id: string, name: LocalizedText | null, verb: SummaryVerb, 
/**
 * Field by field, as the history shows them (`name.fi`: old → new).
 */
fields: Array<FieldDiff>, 
/**
 * Who last changed the record on that side, and when (RFC 3339).
 */
who: string | null, at: string | null, };

/**
 * The kinds of record; the name is the table in the file and the `kind` in JSON.
 */
export type RecordKind = "organisation" | "person" | "data_subject_category" | "source" | "recipient" | "processor" | "storage_location" | "security_measure" | "cookie" | "register" | "data_item_group" | "data_item" | "purpose" | "system_link" | "disclosure" | "transfer" | "access_role" | "retention_rule" | "rights_procedure" | "dpia_screening" | "breach" | "data_subject_request" | "client_controller";

/**
 * A record whose changes in the other copy the user leaves.
 */
export type RecordRef = { kind: RecordKind, id: string, };

export type RedoArgs = Record<symbol, never>;

/**
 * A personal-data register: one processing activity.
 */
export type Register = { id: RegisterId, name: LocalizedText, description: LocalizedText, 
/**
 * Controller or processor in this processing (Art. 30(1) or 30(2)); `None` until answered.
 */
role: ProcessingRole | null, 
/**
 * The business function or owner (ICO template).
 */
business_function: LocalizedText, contact_person: PersonId | null, data_subject_categories: Array<DataSubjectCategoryId>, sources: Array<SourceId>, storage_locations: Array<StorageLocationId>, security_measures: Array<SecurityMeasureId>, created: string | null, last_updated: string | null, version_label: string, 
/**
 * Automated decisions or profiling happen (Art. 13(2)(f)).
 */
automated_decisions: Answer, automated_decisions_description: LocalizedText, 
/**
 * Whether giving the data is required, and what follows if it is not
 * (Art. 13(2)(e)); `None` until answered.
 */
provision_requirement: ProvisionRequirement | null, consequence_of_not_providing: LocalizedText, 
/**
 * Whether an impact assessment is needed and done (Art. 35); `not_assessed` is not answered.
 */
dpia: DpiaStatus, 
/**
 * Whether data are transferred outside the EU/EEA (seed 003 §8: no).
 * Format 1's `no_transfers_outside_eea: true` reads as `no`.
 */
transfers_outside_eea: Answer, 
/**
 * The qualifier of that answer in words ("as a rule not, except …": the exception).
 */
transfers_qualifier: LocalizedText, 
/**
 * The "no" holds as a rule: "as a rule not transferred", said without
 * naming an exception.
 */
transfers_as_a_rule?: boolean, 
/**
 * Whether data are disclosed regularly. Disclosure records say yes by themselves.
 */
regular_disclosures: Answer, 
/**
 * The qualifier ("none, except by agreement, consent or law": the exception).
 */
disclosures_qualifier: LocalizedText, 
/**
 * The "no" holds as a rule: "as a rule not disclosed", without an exception named.
 */
disclosures_as_a_rule?: boolean, 
/**
 * Whether the register holds special categories of personal data
 * (Art. 9(1)): none, or yes and which. Not answered is a warning.
 */
special_categories?: Answer, 
/**
 * Which special categories, when the answer is yes.
 */
special_categories_which?: Array<SpecialCategory>, 
/**
 * "This notice may be updated when …": printed in the notice under its own heading.
 */
notice_changes?: LocalizedText, 
/**
 * A law reference for the whole register; purposes may add their own (seed 003 §4).
 */
law_reference: LocalizedText, 
/**
 * Whether the lists of data items, sources and recipients are exhaustive.
 */
list_qualifiers: ListQualifiers, 
/**
 * Sections filled from a template that no person has confirmed yet.
 */
unreviewed_template_text?: Array<TemplateSection>, 
/**
 * A template's answers to the questions above, not answers until a
 * person confirms each where it is asked.
 */
suggested_answers?: SuggestedAnswers, };

export type RegisterId = string;

/**
 * A record an edit removed.
 */
export type RemovedRecord = { kind: RecordKind, id: string, };

/**
 * A statutory retention or limitation period.
 */
export type RetentionPeriod = { id: string, country: Jurisdiction, kind: PeriodKind, trigger: RetentionTrigger, name: LocalizedText, period: LocalizedText, 
/**
 * The statute and section.
 */
law: LocalizedText, sources: Array<FactSource>, };

/**
 * How long a register (or a group of its data) is kept, and how it is deleted.
 */
export type RetentionRule = { id: RetentionRuleId, register: RegisterId, 
/**
 * The data-item group this rule covers; none means the whole register.
 */
group: DataItemGroupId | null, trigger: RetentionTrigger, 
/**
 * The period or criterion in words ("5 år av inaktivitet").
 */
period: LocalizedText, deletion_method: DeletionMethod | null, 
/**
 * The deletion routine in words.
 */
routine: LocalizedText, responsible: PersonId | null, 
/**
 * How often the routine runs, in months (twice a year = 6).
 */
review_interval_months: number | null, 
/**
 * When the routine last ran.
 */
last_reviewed: string | null, };

export type RetentionRuleId = string;

/**
 * What starts the retention period.
 */
export type RetentionTrigger = "inactivity" | "end_of_customer_relationship" | "end_of_employment" | "unsubscribe" | "no_consent" | "request_of_data_subject" | "manual_deletion" | "statutory_period" | "other";

/**
 * The review's items of one register (its parts with it), or of the
 * organisation and what registers share (`register` none).
 */
export type ReviewGroup = { register: string | null, name: LocalizedText | null, items: Array<ReviewItem>, };

/**
 * One record the other copy changed, as the review shows it: what theirs
 * did, its conflicts, and what the plan does with it.
 */
export type ReviewItem = { kind: RecordKind, id: string, name: LocalizedText | null, 
/**
 * Theirs' change, field by field (none for a conflict on a record only mine changed).
 */
change: RecordDiff | null, conflicts: Array<Conflict>, 
/**
 * The plan takes theirs' change (in part, when a conflict kept mine).
 */
taken: boolean, 
/**
 * The user left it.
 */
left: boolean, 
/**
 * Why the plan cannot take it, when it cannot.
 */
not_merged: string | null, };

export type ReviewMergeArgs = { target: FileChoice, choices?: Choices | null, 
/**
 * Compare a copy of another organisation's document too.
 */
differentOrganisation: boolean, };

/**
 * How a data subject exercises one right in one register.
 */
export type RightsProcedure = { id: RightsProcedureId, register: RegisterId, right: DataSubjectRight, 
/**
 * How to ask (e-mail from the registered address, the control panel, in person).
 */
channel: LocalizedText, identity_check: LocalizedText, 
/**
 * Days to answer (Art. 12(3): one month at most).
 */
deadline_days: number | null, 
/**
 * The format of an extract (PDF, CSV).
 */
format: LocalizedText, 
/**
 * Conditions and anything else the data subject should know.
 */
notes: LocalizedText, 
/**
 * What it costs ("free of charge").
 */
fee: LocalizedText, 
/**
 * How often it may be used ("once a year").
 */
frequency: LocalizedText, 
/**
 * On what grounds a request may be refused.
 */
refusal_grounds: LocalizedText, 
/**
 * The law that gives or limits the right (a national act for kielto-oikeus / förbudsrätt).
 */
law_reference: LocalizedText, };

export type RightsProcedureId = string;

export type SaveCopyArgs = { target: FileChoice, withHistory: boolean, };

/**
 * A technical, organisational or physical protection measure (Art. 32).
 */
export type SecurityMeasure = { id: SecurityMeasureId, 
/**
 * Technical, organisational or physical; `None` until a person says.
 */
kind: MeasureKind | null, description: LocalizedText, };

export type SecurityMeasureId = string;

export type SetSettingsArgs = { userName: string, language?: Language | null, };

/**
 * The app's settings as the window shows them.
 */
export type SettingsView = { user_name: string, effective_user_name: string, language: Language | null, };

/**
 * How bad a gap is: an error makes a document a draft, a warning does not.
 */
export type Severity = "error" | "warning";

/**
 * Which copy a change was made in.
 */
export type Side = "mine" | "theirs";

/**
 * Where personal data come from.
 */
export type Source = { id: SourceId, 
/**
 * What kinds of source it is, in the order a person chose them; empty
 * until a person says. A mixed source is several ("group companies,
 * partners, directory companies and public registers", seed 003).
 * Format 2's one `kind` (or none) reads as a list of it.
 */
kinds: Array<SourceKind>, name: LocalizedText, 
/**
 * A publicly accessible source (Art. 14(2)(f)).
 */
public: boolean, 
/**
 * How the data are collected (seed 000: double opt-in, unconfirmed contacts deleted after 14 days).
 */
collection_procedure: LocalizedText, };

export type SourceId = string;

/**
 * Where personal data come from (seeds 000 §8, 002, 003 §6).
 */
export type SourceKind = "data_subject" | "public_register" | "credit_bureau" | "tax_authority" | "social_media_login" | "group_company" | "business_partner" | "other";

/**
 * Art. 9(1): the special categories of personal data. (Not in the glossary; official GDPR wording.)
 */
export type SpecialCategory = "racial_or_ethnic_origin" | "political_opinions" | "religious_beliefs" | "trade_union_membership" | "genetic_data" | "biometric_data" | "health" | "sex_life_or_orientation";

/**
 * Art. 9(2): the conditions that allow processing of special categories.
 */
export type SpecialCategoryCondition = "explicit_consent" | "employment_law" | "vital_interests" | "not_for_profit_body" | "made_public" | "legal_claims" | "substantial_public_interest" | "health_or_social_care" | "public_health" | "archiving_research_statistics";

/**
 * One change to a list: at `at` (an index in the list before any splice),
 * `remove` items go and `insert` come in their place.
 */
export type Splice<T> = { at: number, remove: number, insert: Array<T>, };

export type StartupFileArgs = Record<symbol, never>;

/**
 * Where data are kept (a hosted CRM server, an internal file server, a locked room).
 */
export type StorageLocation = { id: StorageLocationId, description: LocalizedText, 
/**
 * The system holding the data, when there is one.
 */
processor: ProcessorId | null, 
/**
 * Paper records rather than electronic ones.
 */
paper: boolean, };

export type StorageLocationId = string;

/**
 * A template's answers to a register's questions, each waiting for a person
 * to confirm it where the question is asked (the General tab asks the role,
 * the obligation to provide and automated decisions; the Sources tab the
 * regular disclosures; the Systems tab the transfers outside the EU/EEA).
 * Until then the question is not answered: the answer field stays open and
 * is a finding wherever an unanswered question is one, and no export says it.
 * Answering the question (the suggestion or another answer) takes the
 * suggestion away.
 */
export type SuggestedAnswers = { role?: ProcessingRole, provision_requirement?: ProvisionRequirement, automated_decisions?: Answer, transfers_outside_eea?: Answer, regular_disclosures?: Answer, };

export type SummaryVerb = "created" | "changed" | "deleted";

/**
 * A supervisory authority's contact details (glossary table E).
 */
export type SupervisoryAuthority = { name: LocalizedText, address: LocalizedText, phone: string, email: string, website: string, };

/**
 * Which synced folder's naming a conflicted copy follows.
 */
export type Synced = "dropbox" | "nextcloud" | "syncthing" | "one_drive";

/**
 * One system in the catalogue. A fact that could not be confirmed is `None`.
 */
export type SystemEntry = { id: string, product: string, vendor: string, business_id: string | null, country: string | null, function: LocalizedText, data_location: LocalizedText | null, data_location_country: string | null, transfer: CatalogueTransfer | null, processor_agreement: OfferedAgreement | null, 
/**
 * The dated EU–US Data Privacy Framework status, for a vendor whose data go to the United States.
 */
dpf: CatalogueDpf | null, 
/**
 * Anything else the user should know before copying the entry (PayPal is a controller, not a processor).
 */
note: LocalizedText | null, sources: Array<FactSource>, };

/**
 * A register's use of a processor or system, and which of its data items go there.
 */
export type SystemLink = { id: SystemLinkId, register: RegisterId, processor: ProcessorId, data_items: Array<DataItemId>, 
/**
 * What the register uses the system for.
 */
usage: LocalizedText, };

export type SystemLinkId = string;

/**
 * The parts of a register a template fills; each stays marked as template
 * text until a person has read and confirmed it.
 */
export type TemplateSection = "description" | "answers" | "data_subjects" | "purposes" | "data_items" | "sources" | "recipients" | "retention" | "rights";

/**
 * A register template as the guide lists it.
 */
export type TemplateView = { id: string, name: LocalizedText, description: LocalizedText, 
/**
 * What the template suggests for the register's questions, for the
 * guide to say before the user picks it (each to confirm where asked).
 */
answers: SuggestedAnswers, };

/**
 * A transfer of a register's data outside the EU/EEA.
 */
export type Transfer = { id: TransferId, register: RegisterId, 
/**
 * ISO 3166-1 alpha-2 of the third country.
 */
country: string, processor: ProcessorId | null, recipient: RecipientId | null, mechanism: TransferMechanism | null, 
/**
 * The ground the systems catalogue gives for the vendor's transfers: a
 * suggestion shown on the transfer, never an answer until the user takes
 * it; any mechanism answered takes it away.
 */
suggested_mechanism?: TransferMechanism | null, 
/**
 * Where the safeguards are documented (Art. 30(1)(e), 13(1)(f)).
 */
documentation: LocalizedText, 
/**
 * Whether a data subject is given a copy of the safeguards on request
 * (Art. 13(1)(f)); the notice offers one only on "yes".
 */
safeguard_copies?: Answer, };

export type TransferId = string;

/**
 * Chapter V: how a transfer outside the EU/EEA is made lawful.
 */
export type TransferMechanism = "adequacy_decision" | "standard_contractual_clauses" | "binding_corporate_rules" | "derogation";

/**
 * The one error every command may answer.
 */
export type UiError = { code: ErrorCode, message: string, };

export type UndoArgs = Record<symbol, never>;

/**
 * What an undo or a redo did, and what it changed.
 */
export type UndoResult = { 
/**
 * False when there was nothing to undo (or redo).
 */
undone: boolean, 
/**
 * What the user's edit that was undone (or redone) did.
 */
summary: ChangeSummary | null, changed: ChangesView, };

/**
 * `update_menu` (menu.rs) takes these as its parameters, not as `Args`.
 */
export type UpdateMenuArgs = { language: Language, documentOpen: boolean, };

/**
 * Every vocabulary with its labels, the countries and their
 * authorities, for the dropdowns.
 */
export type Vocabularies = { legal_basis: Array<VocabularyEntry<LegalBasis>>, special_category_condition: Array<VocabularyEntry<SpecialCategoryCondition>>, special_category: Array<VocabularyEntry<SpecialCategory>>, data_subject_right: Array<VocabularyEntry<DataSubjectRight>>, transfer_mechanism: Array<VocabularyEntry<TransferMechanism>>, processing_role: Array<VocabularyEntry<ProcessingRole>>, recipient_kind: Array<VocabularyEntry<RecipientKind>>, source_kind: Array<VocabularyEntry<SourceKind>>, measure_kind: Array<VocabularyEntry<MeasureKind>>, change_logging: Array<VocabularyEntry<ChangeLogging>>, retention_trigger: Array<VocabularyEntry<RetentionTrigger>>, deletion_method: Array<VocabularyEntry<DeletionMethod>>, cookie_class: Array<VocabularyEntry<CookieClass>>, cookie_duration: Array<VocabularyEntry<CookieDuration>>, agreement_kind: Array<VocabularyEntry<AgreementKind>>, hosting: Array<VocabularyEntry<Hosting>>, dpia_status: Array<VocabularyEntry<DpiaStatus>>, item_requirement: Array<VocabularyEntry<ItemRequirement>>, provision_requirement: Array<VocabularyEntry<ProvisionRequirement>>, breach_risk: Array<VocabularyEntry<BreachRisk>>, dpia_criterion: Array<VocabularyEntry<DpiaCriterion>>, dpia_listed_processing: Array<VocabularyEntry<DpiaListedProcessing>>, list_qualifier: Array<VocabularyEntry<ListQualifier>>, answer: Array<VocabularyEntry<Answer>>, template_section: Array<VocabularyEntry<TemplateSection>>, country: Array<CountryOption>, 
/**
 * The default supervisory authority of each country that has
 * one (by country code), to show beside the override.
 */
authority: { [key in string]: LocalizedText }, 
/**
 * For "N answered requests are older than five years" beside the model's finding.
 */
answered_request_kept_years: number, };

/**
 * One value of a vocabulary and its labels.
 */
export type VocabularyEntry<V> = { code: V, sv: string, fi: string, en: string, };

/** Each command the window may call: the arguments it takes and what it answers. */
export interface Commands {
  new_document: { args: NewDocumentArgs, response: DocumentView | null };
  new_document_from_guide: { args: NewDocumentFromGuideArgs, response: DocumentView | null };
  open_document: { args: OpenDocumentArgs, response: DocumentView | null };
  open_refused: { args: OpenRefusedArgs, response: DocumentView | null };
  open_example: { args: OpenExampleArgs, response: DocumentView | null };
  pick_description: { args: PickDescriptionArgs, response: string | null };
  import_new_document: { args: ImportNewDocumentArgs, response: DocumentView | null };
  import_into_document: { args: ImportIntoDocumentArgs, response: ImportedView };
  save_copy: { args: SaveCopyArgs, response: string | null };
  close_document: { args: CloseDocumentArgs, response: null };
  startup_file: { args: StartupFileArgs, response: string | null };
  recent_documents: { args: RecentDocumentsArgs, response: Array<RecentDocument> };
  get_document: { args: GetDocumentArgs, response: DocumentView | null };
  apply_edits: { args: ApplyEditsArgs, response: ChangesView };
  undo: { args: UndoArgs, response: UndoResult };
  redo: { args: RedoArgs, response: UndoResult };
  get_findings: { args: GetFindingsArgs, response: Array<Finding> };
  panel_findings: { args: PanelFindingsArgs, response: PanelFindings };
  get_calendar: { args: GetCalendarArgs, response: Array<Due> };
  get_history: { args: GetHistoryArgs, response: Array<HistoryEntry> };
  delete_and_forget_requests: { args: DeleteAndForgetRequestsArgs, response: ChangesView };
  get_vocabularies: { args: GetVocabulariesArgs, response: Vocabularies };
  get_catalogue: { args: GetCatalogueArgs, response: CatalogueView };
  catalogue_processor: { args: CatalogueProcessorArgs, response: Processor };
  catalogue_system_for_register: { args: CatalogueSystemForRegisterArgs, response: Array<AnyRecord> };
  catalogue_retention_rule: { args: CatalogueRetentionRuleArgs, response: RetentionRule };
  get_settings: { args: GetSettingsArgs, response: SettingsView };
  set_settings: { args: SetSettingsArgs, response: SettingsView };
  export_record_pdf: { args: ExportRecordPdfArgs, response: string | null };
  export_processor_record_pdf: { args: ExportProcessorRecordPdfArgs, response: string | null };
  export_notice_pdf: { args: ExportNoticePdfArgs, response: string | null };
  export_notice_html: { args: ExportNoticeHtmlArgs, response: string | null };
  preview_notice: { args: PreviewNoticeArgs, response: string };
  export_xlsx: { args: ExportXlsxArgs, response: string | null };
  open_path: { args: OpenPathArgs, response: null };
  export_draft_reasons: { args: ExportDraftReasonsArgs, response: Array<Finding> };
  update_menu: { args: UpdateMenuArgs, response: null };
  review_merge: { args: ReviewMergeArgs, response: MergeView | null };
  merge_preview_notice: { args: MergePreviewNoticeArgs, response: string };
  merge_copy: { args: MergeCopyArgs, response: ChangesView };
  change_report_page: { args: ChangeReportPageArgs, response: string };
  export_change_report: { args: ExportChangeReportArgs, response: string | null };
  conflicted_copies: { args: ConflictedCopiesArgs, response: Array<ConflictedCopy> };
}
