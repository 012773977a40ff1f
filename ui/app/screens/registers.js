// @ts-check
// Registers: the list, and the editor with one tab per part of a register
// (data, purposes and legal bases, sources and recipients, systems and
// transfers, storage and security, roles, retention, rights).

import { DpiaTab } from './paperwork.js';
import { NoticePreview } from './preview.js';
import { DataTab } from './register-data.js';
import { DpfFields, catalogueEntry } from './processors.js';
import { SharedPicks, RegisterMultiPick, KindPick } from './register-shared.js';
import {
  update, focusById, addPart, addParts, named, CREATES, PickOrCreate, movePart,
} from './register-edits.js';
import { html, useState, useEffect, useMemo, useRef } from '../vendor/preact-htm.js';
import { translate } from '../i18n.js';
import {
  useApp, Section, Card, Loc, Text, NumberField, DateField, Country, Pick, Check, Vocab, MultiPick,
  LocalizedList, AnswerField, AddNew, fieldId, memo, workingLanguage, withUndo,
} from '../components.js';
import {
  newRecord, newLegalBasis, put, findRecord, partsOf, text, processorName, isThirdCountry, today, kindOf, splitDisclosures,
} from '../model.js';
import { personOptions } from './organisation.js';
import { invoke } from '../api.js';
import { useCatalogue, CatalogueDialog } from '../catalogue.js';
import { REGISTER_TABS, SECTION_TABS, noticeSectionOf, firstSectionOf } from '../places.js';

/// "Template text, not yet reviewed": one confirmation per section, on the section's own tab.
function TemplateReview({ register, tab }) {
  const app = useApp();
  const sections = (register.unreviewed_template_text || []).filter((s) => SECTION_TABS[s] === tab);
  // Text read from the company's own old description, not a template's.
  const imported = (app.doc.organisation.imported_description?.registers || []).includes(register.id);
  if (sections.length === 0) return null;
  const label = (code) => (app.vocab.template_section || []).find((v) => v.code === code)?.[app.lang] || code;
  const confirm = (section) =>
    update(app, 'register', register.id, (r) => ({
      ...r,
      unreviewed_template_text: (r.unreviewed_template_text || []).filter((s) => s !== section),
    }));
  return html`<div class="template-review" data-test="template-review">
    ${sections.map(
      (section) => html`<div class="callout warning row-between" key=${section} id=${fieldId(register.id, `unreviewed_template_text.${section}`)} tabindex="-1">
        <span><strong>${app.t(imported ? 'imported_text_unreviewed' : 'template_text_unreviewed')}</strong> ${label(section)}. ${app.t('template_text_hint')}</span>
        <button type="button" class="secondary" data-test=${`confirm-section-${section}`} onClick=${() => confirm(section)}>${app.t('confirm_section')}</button>
      </div>`,
    )}
  </div>`;
}

/// The vocabulary each suggested answer is one of.
const SUGGESTED_VOCABULARY = {
  role: 'processing_role',
  provision_requirement: 'provision_requirement',
  automated_decisions: 'answer',
  transfers_outside_eea: 'answer',
  regular_disclosures: 'answer',
};

/// A template's answer to one question, shown under the question where it is
/// asked: not an answer until confirmed here (or answered otherwise), so each
/// is confirmed on its own tab and nothing confirms what is not on screen.
function SuggestedAnswer({ register, question }) {
  const app = useApp();
  const suggested = register.suggested_answers?.[question];
  if (suggested === undefined || suggested === null) return null;
  const imported = (app.doc.organisation.imported_description?.registers || []).includes(register.id);
  const label = (app.vocab[SUGGESTED_VOCABULARY[question]] || []).find((v) => v.code === suggested)?.[app.lang] || suggested;
  const confirm = () =>
    update(app, 'register', register.id, (r) => {
      const rest = { ...(r.suggested_answers || {}) };
      delete rest[question];
      return { ...r, [question]: suggested, suggested_answers: rest };
    });
  return html`<div class="callout warning row-between" data-test=${`suggested-answer-${question}`}>
    <span><strong>${app.t(imported ? 'suggested_answer_imported' : 'suggested_answer')}</strong> ${label}. ${app.t('suggested_answer_hint')}</span>
    <button type="button" class="secondary" data-test=${`confirm-answer-${question}`} onClick=${confirm}>${app.t('confirm_answer')}</button>
  </div>`;
}

/// The ground the systems catalogue gives for a vendor's transfer, shown on
/// the transfer: the vendor's public word, an answer only once taken here.
function SuggestedMechanism({ transfer }) {
  const app = useApp();
  const suggested = transfer.suggested_mechanism;
  if (!suggested || transfer.mechanism) return null;
  const label = (app.vocab.transfer_mechanism || []).find((v) => v.code === suggested)?.[app.lang] || suggested;
  const take = () => update(app, 'transfer', transfer.id, (t) => ({ ...t, mechanism: suggested, suggested_mechanism: null }));
  return html`<div class="callout warning row-between" data-test="suggested-mechanism">
    <span><strong>${app.t('suggested_mechanism')}</strong> ${label}. ${app.t('suggested_answer_hint')}</span>
    <button type="button" class="secondary" data-test="take-suggested-mechanism" onClick=${take}>${app.t('confirm_answer')}</button>
  </div>`;
}

const TABS = REGISTER_TABS;

export function RegistersScreen() {
  const app = useApp();
  const d = app.doc;
  const create = () => {
    const register = newRecord('register');
    app.change(() => [put('register', register)]).then(() => {
      app.nav({ name: 'register', id: register.id, tab: 'general' });
      setTimeout(() => document.getElementById(fieldId(register.id, 'name', workingLanguage(app)))?.focus(), 60);
    });
  };
  const roleLabel = (code) => (app.vocab.processing_role || []).find((v) => v.code === code)?.[app.lang] || code;
  const purposeCounts = useMemo(() => {
    const counts = new Map();
    for (const p of d.purposes) counts.set(p.register, (counts.get(p.register) || 0) + 1);
    return counts;
  }, [d.purposes]);
  // The same function between renders, so that the rows' memo holds.
  const appRef = useRef(app);
  appRef.current = app;
  const nav = useMemo(() => (id) => appRef.current.nav({ name: 'register', id, tab: 'general' }), []);
  return html`<div class="screen" data-test="registers-screen">
    <${Section}
      title=${app.t('registers_title')}
      lead=${app.t('registers_lead')}
      actions=${html`<button type="button" class="primary" data-test="new-register" onClick=${create}>+ ${app.t('new_register')}</button>`}
    >
      ${d.registers.length === 0
        ? html`<p class="muted">${app.t('empty_list')}</p>`
        : html`<table class="list" data-test="register-table">
            <thead>
              <tr>
                <th scope="col">${app.t('col_name')}</th>
                <th scope="col">${app.t('col_role')}</th>
                <th scope="col" class="num">${app.t('col_purposes')}</th>
                <th scope="col" class="num">${app.t('col_findings')}</th>
              </tr>
            </thead>
            <tbody>
              ${d.registers.map((r) => {
                const count = app.findingCounts.registers.get(r.id);
                return html`<${RegisterRow}
                  key=${r.id}
                  register=${r}
                  role=${roleLabel(r.role)}
                  purposes=${purposeCounts.get(r.id) || 0}
                  findings=${count?.all || 0}
                  errors=${count?.errors || 0}
                  lang=${app.lang}
                  nav=${nav}
                />`;
              })}
            </tbody>
          </table>`}
    </${Section}>
  </div>`;
}

/// One row of the registers table, drawn again only when its register or its counts changed.
const RegisterRow = memo(({ register: r, role, purposes, findings, errors, lang, nav }) => html`<tr>
  <td>
    <button type="button" class="link" id=${`rec-${r.id}`} data-test="register-row" onClick=${() => nav(r.id)}>
      ${text(r.name, lang) || translate(lang, 'untitled')}
    </button>
    ${text(r.description, lang) && html`<div class="muted small clamp">${text(r.description, lang)}</div>`}
  </td>
  <td>${role}</td>
  <td class="num">${purposes}</td>
  <td class="num">
    ${findings > 0
      ? html`<span class=${`pill ${errors ? 'error' : 'warning'}`}>${findings}</span>`
      : html`<span class="pill ok">0</span>`}
  </td>
</tr>`);

export function RegisterEditor({ id, tab }) {
  const app = useApp();
  const preview = app.preview;
  // The notice's section of the field being edited: the preview shows it,
  // and on another tab the first section written there.
  const [section, setSection] = useState(null);
  useEffect(() => setSection(firstSectionOf(tab)), [tab]);
  const register = findRecord(app.doc, 'register', id);
  if (!register) {
    return html`<div class="screen"><p class="muted">${app.t('empty_list')}</p>
      <button type="button" class="link" onClick=${() => app.nav({ name: 'registers' })}>${app.t('back_to_registers')}</button></div>`;
  }
  const name = text(register.name, app.lang);
  const Tab = { general: General, data: DataTab, purposes: Purposes, sources: Sources, systems: Systems, security: Security, access: Access, retention: Retention, rights: Rights, dpia: DpiaTab }[tab] || General;
  // This register's open findings on each tab, as places.js places them.
  const tabCounts = app.findingCounts.registers.get(id)?.tabs;
  const onFocusIn = (e) => {
    const field = e.target.closest?.('[id^="f:"]');
    const match = field && /^f:([0-9a-f-]{36}):([^:]*)/.exec(field.id);
    if (!match) return;
    const number = noticeSectionOf(kindOf(app.doc, match[1]), match[2]);
    if (number !== null) setSection(number);
  };
  const countFor = (key) => tabCounts?.get(key) || 0;
  const onTabKey = (e) => {
    const index = TABS.findIndex(([key]) => key === tab);
    const last = TABS.length - 1;
    const to = { ArrowRight: (index + 1) % TABS.length, ArrowLeft: (index + last) % TABS.length, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = TABS[to][0];
    app.nav({ name: 'register', id, tab: next });
    setTimeout(() => document.getElementById(`tab-${next}`)?.focus(), 0);
  };
  const togglePreview = () => app.setPreview(!preview);
  return html`<div class=${`screen register-editor${preview ? ' with-preview' : ''}`} id="register-editor" data-test="register-editor" data-register=${id}>
    <header class="screen-head row-between">
      <div>
        <button type="button" class="link small" onClick=${() => app.nav({ name: 'registers' })}>${app.t('back_to_registers')}</button>
        <h1 data-test="register-title">${name || app.t('untitled')}</h1>
      </div>
      <div class="actions">
        <button type="button" class="secondary" aria-pressed=${preview} data-test="toggle-preview" onClick=${togglePreview}>${app.t('preview_toggle')}</button>
        <button type="button" class="secondary danger" data-test="delete-register" onClick=${() => app.remove('register', id, name || app.t('untitled'))}>${app.t('delete_register')}</button>
      </div>
    </header>
    <div class="editor-body">
    <div class="editor-form" onFocusIn=${onFocusIn}>
    <div class="tabs" role="tablist" aria-label=${name} onKeyDown=${onTabKey}>
      ${TABS.map(([key, label]) => {
        const count = countFor(key);
        return html`<button
          type="button"
          role="tab"
          id=${`tab-${key}`}
          key=${key}
          aria-selected=${tab === key}
          aria-controls="tab-panel"
          tabindex=${tab === key ? 0 : -1}
          data-test=${`tab-${key}`}
          class=${tab === key ? 'active' : ''}
          onClick=${() => app.nav({ name: 'register', id, tab: key })}
        >${app.t(label)}${count > 0 && html` <span class="count">${count}</span>`}</button>`;
      })}
    </div>
    <div class="tab-panel" role="tabpanel" id="tab-panel" aria-labelledby=${`tab-${tab}`}>
      <${TemplateReview} register=${register} tab=${tab} />
      <${Tab} register=${register} />
    </div>
    </div>
    ${preview && html`<${NoticePreview} registerId=${id} section=${section} />`}
    </div>
  </div>`;
}

const R = 'register';

/// The cards of a register's parts of `kind`, each deleted without asking:
/// its undo is offered where it was (`withUndo`). With `movable`, each moves
/// up and down (buttons, or Alt+↑ / Alt+↓ in the card).
/**
 * @param {any} app
 * @param {import('../generated/contract').RecordKind} kind
 * @param {string} registerId
 * @param {any[]} records
 * @param {{ title: (record: any) => any, test?: string, movable?: boolean }} options
 * @param {(record: any, index: number) => any} body
 */
function partCards(app, kind, registerId, records, { title, test, movable }, body) {
  const list = `${kind}:${registerId}`;
  return withUndo(app, list, records, (record, index) => html`<${Card}
    key=${record.id}
    kind=${kind}
    record=${record}
    title=${title(record)}
    test=${test}
    onDelete=${() => app.removePart(kind, record.id, title(record) || app.t('untitled'), list, index)}
    onMove=${movable ? (step) => movePart(app, kind, record.id, step) : undefined}
    first=${index === 0}
    last=${index === records.length - 1}
  >${body(record, index)}</${Card}>`);
}

function General({ register: r }) {
  const app = useApp();
  return html`
    <${Loc} kind=${R} record=${r} path="name" label=${app.t('name')} test="register-name" />
    <${Loc} kind=${R} record=${r} path="description" label=${app.t('description')} multiline test="register-description" />
    <div class="row3">
      <${Vocab} kind=${R} record=${r} path="role" vocabulary="processing_role" label=${app.t('role')} emptyLabel=${app.t('not_answered')} />
      <${PickOrCreate} kind=${R} record=${r} path="contact_person" label=${app.t('contact_person')} options=${personOptions(app)} target="person" test="contact-person" />
      <${Vocab} kind=${R} record=${r} path="dpia" vocabulary="dpia_status" label=${app.t('dpia')} allowEmpty=${false} />
    </div>
    <${SuggestedAnswer} register=${r} question="role" />
    <${Loc} kind=${R} record=${r} path="business_function" label=${app.t('business_function')} />
    <div class="row3">
      <${DateField} kind=${R} record=${r} path="created" label=${app.t('created')} />
      <${DateField} kind=${R} record=${r} path="last_updated" label=${app.t('last_updated')} />
      <${Text} kind=${R} record=${r} path="version_label" label=${app.t('version_label')} />
    </div>
    <div class="row2 align-end">
      <${Vocab} kind=${R} record=${r} path="provision_requirement" vocabulary="provision_requirement" label=${app.t('provision_requirement')} emptyLabel=${app.t('not_answered')} />
    </div>
    <${SuggestedAnswer} register=${r} question="provision_requirement" />
    <${Loc} kind=${R} record=${r} path="consequence_of_not_providing" label=${app.t('consequence_of_not_providing')} />
    <${Loc} kind=${R} record=${r} path="law_reference" label=${app.t('register_law_reference')} />
    <${AnswerField} kind=${R} record=${r} path="automated_decisions" label=${app.t('automated_decisions')} test="automated-decisions" />
    <${SuggestedAnswer} register=${r} question="automated_decisions" />
    ${(r.automated_decisions === 'yes' || text(r.automated_decisions_description, app.lang)) &&
    html`<${Loc} kind=${R} record=${r} path="automated_decisions_description" label=${app.t('automated_decisions_description')} multiline />`}
    <${Loc} kind=${R} record=${r} path="notice_changes" label=${app.t('notice_changes')} multiline test="notice-changes" />
  `;
}

function Purposes({ register: r }) {
  const app = useApp();
  const d = app.doc;
  const purposes = partsOf(d, 'purpose', r.id);
  const hasSpecial = partsOf(d, 'data_item', r.id).some((i) => i.special_category);
  const categories = d.data_subject_categories
    .filter((c) => r.data_subject_categories.includes(c.id))
    .map((c) => ({ value: c.id, label: text(c.name, app.lang) }));
  return html`<${Section}
    title=${app.t('purposes')}
    actions=${html`<button type="button" class="primary" data-test="new-purpose" onClick=${() => addPart(app, 'purpose', r.id, { legal_bases: [newLegalBasis()] }, `description:${workingLanguage(app)}`)}>+ ${app.t('new_purpose')}</button>`}
  >
    ${purposes.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
    ${partCards(app, 'purpose', r.id, purposes, { title: (p) => text(p.description, app.lang), test: 'purpose-card' }, (p) => html`
      <${Loc} kind="purpose" record=${p} path="description" label=${app.t('purpose_description')} multiline test="purpose-description" />
      <${Check} kind="purpose" record=${p} path="direct_marketing" label=${app.t('direct_marketing')} />
      <fieldset class="subgroup" id=${fieldId(p.id, 'legal_bases')}>
        <legend>${app.t('legal_bases')}</legend>
        ${p.legal_bases.map((claim, i) => html`<div class="claim" key=${i}>
          <div class="claim-head">
            <${Vocab} kind="purpose" record=${p} path=${`legal_bases.${i}.basis`} vocabulary="legal_basis" label=${app.t('basis')} test="legal-basis" />
            <button
              type="button"
              class="secondary small"
              aria-label=${`${app.t('delete')}: ${app.t('legal_bases')} ${i + 1}`}
              onClick=${() => update(app, 'purpose', p.id, (x) => ({ ...x, legal_bases: x.legal_bases.filter((_, j) => j !== i) }))}
            >${app.t('delete')}</button>
          </div>
          ${(claim.basis === 'legitimate_interests' || text(claim.legitimate_interest, app.lang)) &&
          html`<${Loc} kind="purpose" record=${p} path=${`legal_bases.${i}.legitimate_interest`} label=${app.t('legitimate_interest')} multiline test="legitimate-interest" />`}
          ${(hasSpecial || claim.special_category_condition) &&
          html`<${Vocab} kind="purpose" record=${p} path=${`legal_bases.${i}.special_category_condition`} vocabulary="special_category_condition" label=${app.t('special_category_condition')} />`}
          ${categories.length > 1 && html`<${MultiPick}
            id=${fieldId(p.id, `legal_bases.${i}.data_subject_categories`)}
            label=${app.t('basis_applies_to')}
            options=${categories}
            selected=${claim.data_subject_categories}
            onCommit=${(ids) => app.setField('purpose', p.id, `legal_bases.${i}.data_subject_categories`, ids)}
          />`}
          <${Loc} kind="purpose" record=${p} path=${`legal_bases.${i}.law_reference`} label=${app.t('law_reference')} />
        </div>`)}
        <button type="button" class="secondary small" data-test="add-legal-basis" onClick=${() => update(app, 'purpose', p.id, (x) => ({ ...x, legal_bases: [...x.legal_bases, newLegalBasis()] }))}>+ ${app.t('new_legal_basis')}</button>
      </fieldset>
    `)}
    <${AddNew}
      id=${`${r.id}-new-purposes`}
      label=${app.t('add_purposes')}
      test="add-purposes"
      onAdd=${(lines) => addParts(app, 'purpose', r.id, lines.map((line) => ({ description: named(workingLanguage(app), line), legal_bases: [newLegalBasis()] })))}
    />
  </${Section}>`;
}

/// Pick an existing entry (or type a new one) and add a record that points at it.
function AddLinked({ id, label, options, onAdd, onAddNew, newLabel, test }) {
  const app = useApp();
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const submit = () => {
    if (choice) onAdd(choice);
    else if (name.trim() && onAddNew) onAddNew(name.trim());
    setChoice('');
    setName('');
  };
  return html`<div class="add-linked" data-test=${test}>
    <div class="field">
      <label for=${`${id}-pick`}>${label}</label>
      <select id=${`${id}-pick`} value=${choice} data-test=${test && `${test}-pick`} onChange=${(e) => setChoice(e.currentTarget.value)}>
        <option value="">${app.t('pick_from_list')}</option>
        ${options.map((o) => html`<option key=${o.value} value=${o.value}>${o.label || app.t('untitled')}</option>`)}
      </select>
    </div>
    ${onAddNew && html`<div class="field">
      <label for=${`${id}-new`}>${newLabel}</label>
      <input
        id=${`${id}-new`}
        type="text"
        data-test=${test && `${test}-new`}
        value=${name}
        disabled=${!!choice}
        onInput=${(e) => setName(e.currentTarget.value)}
        onKeyDown=${(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
        }}
      />
    </div>`}
    <button type="button" class="primary" data-test=${test && `${test}-add`} disabled=${!choice && !name.trim()} onClick=${submit}>${app.t('add')}</button>
  </div>`;
}

function Sources({ register: r }) {
  const app = useApp();
  const d = app.doc;
  // The categories of processors are on the Systems tab, with the systems.
  const disclosures = splitDisclosures(d, r.id).others;
  const recipients = d.recipients.map((x) => ({ value: x.id, label: text(x.name, app.lang) }));
  const addDisclosure = (recipient) => addPart(app, 'disclosure', r.id, { recipient }, `data:${workingLanguage(app)}`);
  // A recipient's own questions are shown on its first disclosure here.
  const firstOf = new Map();
  for (const x of disclosures) if (!firstOf.has(x.recipient)) firstOf.set(x.recipient, x.id);
  return html`
    <${SharedPicks}
      register=${r}
      field="sources"
      kind="source"
      test="sources"
      label=${app.t('sources')}
      vocabulary="source_kind"
      kindLabel=${app.t('source_kind')}
    />
    <${Vocab} kind=${R} record=${r} path="list_qualifiers.sources" vocabulary="list_qualifier" label=${app.t('list_qualifier_sources')} emptyLabel=${app.t('list_exhaustive')} />
    <${Section} title=${app.t('disclosures')}>
      <${AnswerField} kind=${R} record=${r} path="regular_disclosures" label=${app.t('regular_disclosures')} test="regular-disclosures" />
      <${SuggestedAnswer} register=${r} question="regular_disclosures" />
      ${r.regular_disclosures === 'no' && html`<${Check} kind=${R} record=${r} path="disclosures_as_a_rule" label=${app.t('disclosures_as_a_rule')} test="disclosures-as-a-rule" />`}
      <${Loc} kind=${R} record=${r} path="disclosures_qualifier" label=${app.t('disclosures_qualifier')} />
      <${Vocab} kind=${R} record=${r} path="list_qualifiers.recipients" vocabulary="list_qualifier" label=${app.t('list_qualifier_recipients')} emptyLabel=${app.t('list_exhaustive')} />
      ${partCards(app, 'disclosure', r.id, disclosures, { title: (x) => text(findRecord(d, 'recipient', x.recipient)?.name, app.lang), test: 'disclosure-card' }, (x) => {
        const recipient = findRecord(d, 'recipient', x.recipient);
        return html`
          <${PickOrCreate} kind="disclosure" record=${x} path="recipient" label=${app.t('recipient')} options=${recipients} target="recipient" />
          ${recipient && firstOf.get(recipient.id) === x.id && html`<div class="recipient-answers">
            <${KindPick} kind="recipient" record=${recipient} vocabulary="recipient_kind" label=${`${app.t('recipient_kind')}: ${text(recipient.name, app.lang)}`} />
            <${Check} kind="recipient" record=${recipient} path="category" label=${app.t('recipient_category_short')} />
          </div>`}
          ${recipient && firstOf.get(recipient.id) === x.id && html`<${DpfFields} kind="recipient" record=${recipient} />`}
          <${Loc} kind="disclosure" record=${x} path="data" label=${app.t('disclosed_data')} />
          <${Loc} kind="disclosure" record=${x} path="purpose" label=${app.t('disclosure_purpose')} />
          <${Loc} kind="disclosure" record=${x} path="method" label=${app.t('disclosure_method')} />
          <${Loc} kind="disclosure" record=${x} path="condition" label=${app.t('disclosure_condition')} />
        `;
      })}
      ${recipients.length > 0 && html`<${AddLinked}
        id=${`${r.id}-disclosure`}
        label=${app.t('new_disclosure')}
        options=${recipients}
        onAdd=${addDisclosure}
        test="add-disclosure"
      />`}
      <${AddNew}
        id=${`${r.id}-new-recipients`}
        label=${app.t('add_recipients')}
        test="add-recipients"
        onAdd=${(names) => {
          const made = names.map((name) => newRecord('recipient', CREATES.recipient(app, name)));
          const parts = made.map((recipient) => newRecord('disclosure', { register: r.id, recipient: recipient.id }));
          app.change(() => [...made.map((x) => put('recipient', x)), ...parts.map((x) => put('disclosure', x))]);
        }}
      />
    </${Section}>
  `;
}

/// The categories of processors the register's data go to ("cloud service
/// providers", "group companies"), where a notice names a category rather
/// than each provider (Art. 13(1)(e)): each is a recipient that is a
/// category, of kind processor, named by a disclosure of the register
/// (the one mechanism of categories of recipients). A category needs no
/// agreement or country; a named provider is a system, above.
function ProcessorCategories({ register: r }) {
  const app = useApp();
  const d = app.doc;
  const categories = splitDisclosures(d, r.id).categories;
  const list = `processor_category:${r.id}`;
  const language = workingLanguage(app);
  return html`<${Section} id=${fieldId(r.id, 'processor_categories')} title=${app.t('processor_categories')}>
    <p class="lead small">${app.t('processor_categories_lead')}</p>
    <ul class="shared-rows" data-test="processor-categories">
      ${withUndo(app, list, categories, (x, index) => {
        const recipient = findRecord(d, 'recipient', x.recipient);
        const name = text(recipient?.name, app.lang) || app.t('untitled');
        return html`<li class="shared-row category-row" key=${x.id} id=${`rec-${x.id}`} data-test="processor-category">
          <${Loc} kind="recipient" record=${recipient} path="name" label=${app.t('name')} compact />
          <${Loc} kind="disclosure" record=${x} path="purpose" label=${`${app.t('processor_category_does')}: ${name}`} compact />
          <button
            type="button"
            class="icon danger"
            data-test="delete"
            title=${app.t('delete')}
            aria-label=${`${app.t('delete')}: ${name}`}
            onClick=${() => app.removePart('disclosure', x.id, name, list, index)}
          >✕</button>
        </li>`;
      })}
    </ul>
    <${AddNew}
      id=${`${r.id}-new-processor-categories`}
      label=${app.t('add_processor_categories')}
      test="add-processor-categories"
      onAdd=${(names) => {
        const made = names.map((name) => newRecord('recipient', { name: named(language, name), kind: 'processor', category: true }));
        const parts = made.map((recipient) => newRecord('disclosure', { register: r.id, recipient: recipient.id }));
        app.change(() => [...made.map((x) => put('recipient', x)), ...parts.map((x) => put('disclosure', x))]);
      }}
    />
  </${Section}>`;
}

/// True when a transfer with a mechanism covers `processor` (mirrors the model's check).
function covered(transfers, processor, country) {
  return transfers.some(
    (t) => t.mechanism && (t.processor === processor.id || (!t.processor && !t.recipient && (t.country || '').toUpperCase() === country.toUpperCase())),
  );
}

/// Copies catalogue entry `id` into the document linked to the register (with
/// the transfer ground the catalogue states), in one change; focus lands on
/// what the register does with the system.
async function linkFromCatalogue(app, registerId, id) {
  const records = await invoke('catalogue_system_for_register', { id, register: registerId });
  await app.change(() => records.map((record) => ({ op: 'put', record })));
  const link = records.find((r) => r.kind === 'system_link');
  if (link) setTimeout(() => document.getElementById(fieldId(link.record.id, 'usage', workingLanguage(app)))?.focus(), 30);
}

function Systems({ register: r }) {
  const app = useApp();
  const d = app.doc;
  const catalogue = useCatalogue();
  const countries = app.vocab.country || [];
  const links = partsOf(d, 'system_link', r.id);
  const transfers = partsOf(d, 'transfer', r.id);
  const items = partsOf(d, 'data_item', r.id).map((i) => ({ value: i.id, label: text(i.name, app.lang) }));
  const processors = d.processors.map((p) => ({ value: p.id, label: processorName(p, app.lang) || app.t('untitled') }));
  const recipients = d.recipients.map((x) => ({ value: x.id, label: text(x.name, app.lang) }));
  const countryName = (code) => countries.find((c) => c.code === code)?.[app.lang] || code;
  return html`
    <${Section} title=${app.t('system_links')}>
      ${partCards(app, 'system_link', r.id, links, { title: (link) => processorName(findRecord(d, 'processor', link.processor), app.lang), test: 'system-link-card' }, (link) => {
        const processor = findRecord(d, 'processor', link.processor);
        const outside = processor
          ? [processor.country, processor.data_location_country].filter((c) => isThirdCountry(countries, c) && !covered(transfers, processor, c))
          : [];
        return html`
          <${Pick} kind="system_link" record=${link} path="processor" label=${app.t('processor')} options=${processors} />
          ${outside.length > 0 && html`<div class="callout warning" data-test="outside-eea">
            <span>${app.t('outside_eea_warning', { n: outside.map(countryName).join(', ') })}</span>
            <button
              type="button"
              class="secondary small"
              data-test="add-transfer-for-link"
              onClick=${() => addPart(app, 'transfer', r.id, { country: outside[0], processor: processor.id }, 'mechanism')}
            >+ ${app.t('add_transfer_for')}</button>
          </div>`}
          ${items.length > 0 && html`<${MultiPick}
            id=${fieldId(link.id, 'data_items')}
            label=${app.t('link_data_items')}
            options=${items}
            selected=${link.data_items}
            onCommit=${(ids) => app.setField('system_link', link.id, 'data_items', ids)}
          />`}
          <${Loc} kind="system_link" record=${link} path="usage" label=${app.t('usage')} />
        `;
      })}
      <div class="row-between add-system">
        <button type="button" class="primary" data-test="link-from-catalogue" onClick=${() => app.openModal(() => html`<${CatalogueDialog} onAdd=${(id) => linkFromCatalogue(app, r.id, id)} />`)}>
          + ${app.t('link_from_catalogue')}
        </button>
      </div>
      <${AddLinked}
        id=${`${r.id}-link`}
        label=${app.t('new_system_link')}
        options=${processors}
        test="link-system"
        onAdd=${(processor) => addPart(app, 'system_link', r.id, { processor }, `usage:${workingLanguage(app)}`)}
        newLabel=${app.t('new_entry_named', { n: app.t('kind_processor').toLowerCase() })}
        onAddNew=${(name) => {
          // A system not in the catalogue: named now, its details on the Systems screen.
          const processor = newRecord('processor', CREATES.processor(app, name));
          const link = newRecord('system_link', { register: r.id, processor: processor.id });
          app.change(() => [put('processor', processor), put('system_link', link)]).then(() => focusById(fieldId(link.id, 'usage', workingLanguage(app))));
        }}
      />
    </${Section}>
    <${ProcessorCategories} register=${r} />
    <${Section}
      title=${app.t('transfers')}
      actions=${html`<button type="button" class="secondary" data-test="new-transfer" onClick=${() => addPart(app, 'transfer', r.id, {}, 'country')}>+ ${app.t('new_transfer')}</button>`}
    >
      <${AnswerField} kind=${R} record=${r} path="transfers_outside_eea" label=${app.t('transfers_outside_eea')} test="transfers-outside-eea" />
      <${SuggestedAnswer} register=${r} question="transfers_outside_eea" />
      ${r.transfers_outside_eea === 'no' && html`<${Check} kind=${R} record=${r} path="transfers_as_a_rule" label=${app.t('transfers_as_a_rule')} test="transfers-as-a-rule" />`}
      <${Loc} kind=${R} record=${r} path="transfers_qualifier" label=${app.t('transfers_qualifier')} />
      ${partCards(app, 'transfer', r.id, transfers, { title: (x) => [countryName(x.country), processorName(findRecord(d, 'processor', x.processor), app.lang)].filter(Boolean).join(' · '), test: 'transfer-card' }, (x) => html`
        <div class="row2">
          <${Country} kind="transfer" record=${x} path="country" label=${app.t('country')} />
          <${Vocab} kind="transfer" record=${x} path="mechanism" vocabulary="transfer_mechanism" label=${app.t('mechanism')} test="transfer-mechanism" />
        </div>
        <${SuggestedMechanism} transfer=${x} />
        <div class="row2">
          <${PickOrCreate} kind="transfer" record=${x} path="processor" label=${app.t('processor')} options=${processors} target="processor" />
          <${PickOrCreate} kind="transfer" record=${x} path="recipient" label=${app.t('recipient')} options=${recipients} target="recipient" />
        </div>
        <${Loc} kind="transfer" record=${x} path="documentation" label=${app.t('documentation')} />
        <${AnswerField} kind="transfer" record=${x} path="safeguard_copies" label=${app.t('safeguard_copies')} test="safeguard-copies" />
        ${x.country === 'US' && x.mechanism === 'adequacy_decision' && findRecord(d, 'processor', x.processor) &&
        html`<${DpfFields} kind="processor" record=${findRecord(d, 'processor', x.processor)} entry=${catalogueEntry(catalogue, findRecord(d, 'processor', x.processor))} force=${true} />`}
      `)}
    </${Section}>
  `;
}

function Security({ register: r }) {
  const app = useApp();
  const d = app.doc;
  return html`
    <${RegisterMultiPick}
      register=${r}
      field="storage_locations"
      test="storage-locations"
      kind="storage_location"
      label=${app.t('storage_locations')}
      list=${d.storage_locations}
      nameField="description"
      newFields=${(name) => ({ description: named(workingLanguage(app), name) })}
    />
    <${SharedPicks}
      register=${r}
      field="security_measures"
      kind="security_measure"
      test="security-measures"
      label=${app.t('security_measures')}
      vocabulary="measure_kind"
      kindLabel=${app.t('measure_kind')}
      nameField="description"
    />
  `;
}

function Access({ register: r }) {
  const app = useApp();
  const roles = partsOf(app.doc, 'access_role', r.id);
  const people = personOptions(app);
  return html`<${Section}
    title=${app.t('access_roles')}
    actions=${html`<button type="button" class="primary" onClick=${() => addPart(app, 'access_role', r.id, {}, `name:${workingLanguage(app)}`)}>+ ${app.t('new_access_role')}</button>`}
  >
    ${roles.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
    ${partCards(app, 'access_role', r.id, roles, { title: (role) => text(role.name, app.lang) }, (role) => html`
      <${Loc} kind="access_role" record=${role} path="name" label=${app.t('role_name')} />
      <${MultiPick}
        id=${fieldId(role.id, 'people')}
        label=${app.t('role_people')}
        options=${people}
        selected=${role.people}
        onCommit=${(ids) => app.setField('access_role', role.id, 'people', ids)}
        onAddNew=${(names) => {
          const people = names.map((name) => newRecord('person', { name }));
          app.change((d) => {
            const current = findRecord(d, 'access_role', role.id);
            return current ? [...people.map((person) => put('person', person)), put('access_role', { ...current, people: [...current.people, ...people.map((p) => p.id)] })] : [];
          });
        }}
        addLabel=${app.t('new_person')}
      />
      <${LocalizedList} kind="access_role" record=${role} path="permissions" label=${app.t('permissions')} addLabel=${app.t('new_permission')} />
      <div class="row2">
        <${Vocab} kind="access_role" record=${role} path="change_logging" vocabulary="change_logging" label=${app.t('change_logging')} />
      </div>
      <${Loc} kind="access_role" record=${role} path="granted_by" label=${app.t('granted_by')} />
    `)}
  </${Section}>`;
}

/// When a recurring routine is next due, as the model computes it.
function reviewStatus(app, rule) {
  const months = rule.review_interval_months;
  if (!months) return null;
  if (!rule.last_reviewed) return html`<p class="callout warning">${app.t('never_reviewed')}</p>`;
  const [y, m, day] = rule.last_reviewed.split('-').map(Number);
  const due = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, last));
  const next = due.toISOString().slice(0, 10);
  return next < today()
    ? html`<p class="callout warning">${app.t('overdue', { d: next })}</p>`
    : html`<p class="muted">${app.t('next_review', { d: next })}</p>`;
}

/// Adds a retention rule from the catalogue of statutory periods of the organisation's country.
function StatutoryPeriodPick({ register }) {
  const app = useApp();
  const catalogue = useCatalogue();
  const country = (app.doc.organisation.country || '').toUpperCase();
  const periods = (catalogue ? catalogue.retention_periods : []).filter((p) => !country || p.country === country);
  if (periods.length === 0) return null;
  const add = async (id) => {
    if (!id) return;
    try {
      const rule = await invoke('catalogue_retention_rule', { id, register: register.id });
      await app.change(() => [put('retention_rule', rule)]);
    } catch (e) {
      app.showError(e);
    }
  };
  return html`<span class="inline-pick">
    <label for=${`statutory-${register.id}`} class="visually-hidden">${app.t('pick_statutory_period')}</label>
    <select id=${`statutory-${register.id}`} data-test="pick-statutory-period" value="" onChange=${(e) => add(e.currentTarget.value)}>
      <option value="">${app.t('pick_statutory_period')}</option>
      ${periods.map((p) => html`<option value=${p.id} key=${p.id}>${p.name[app.lang]} — ${p.law[app.lang]}</option>`)}
    </select>
  </span>`;
}

function Retention({ register: r }) {
  const app = useApp();
  const rules = partsOf(app.doc, 'retention_rule', r.id);
  const groups = partsOf(app.doc, 'data_item_group', r.id).map((g) => ({ value: g.id, label: text(g.name, app.lang) }));
  return html`<${Section}
    id=${fieldId(r.id, 'retention_rules')}
    title=${app.t('retention_rules')}
    actions=${html`<${StatutoryPeriodPick} register=${r} />
      <button type="button" class="primary" data-test="new-retention-rule" onClick=${() => addPart(app, 'retention_rule', r.id, {}, `period:${workingLanguage(app)}`)}>+ ${app.t('new_retention_rule')}</button>`}
  >
    ${rules.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
    ${partCards(app, 'retention_rule', r.id, rules, { title: (rule) => text(rule.period, app.lang), test: 'retention-card', movable: true }, (rule) => html`
      <div class="row3">
        <${Pick} kind="retention_rule" record=${rule} path="group" label=${app.t('applies_to_group')} options=${groups} emptyLabel=${app.t('whole_register')} />
        <${Vocab} kind="retention_rule" record=${rule} path="trigger" vocabulary="retention_trigger" label=${app.t('trigger')} allowEmpty=${false} />
        <${Vocab} kind="retention_rule" record=${rule} path="deletion_method" vocabulary="deletion_method" label=${app.t('deletion_method')} />
      </div>
      <${Loc} kind="retention_rule" record=${rule} path="period" label=${app.t('period')} multiline />
      <${Loc} kind="retention_rule" record=${rule} path="routine" label=${app.t('routine')} multiline />
      <div class="row3">
        <${Pick} kind="retention_rule" record=${rule} path="responsible" label=${app.t('responsible')} options=${personOptions(app)} />
        <${NumberField} kind="retention_rule" record=${rule} path="review_interval_months" label=${app.t('review_interval_months')} />
        <${DateField} kind="retention_rule" record=${rule} path="last_reviewed" label=${app.t('last_reviewed')} />
      </div>
      ${reviewStatus(app, rule)}
    `)}
  </${Section}>`;
}

function Rights({ register: r }) {
  const app = useApp();
  const procedures = partsOf(app.doc, 'rights_procedure', r.id);
  const rightLabel = (code) => (app.vocab.data_subject_right || []).find((v) => v.code === code)?.[app.lang] || code;
  // A new procedure starts from the right a person picks: nothing is preselected.
  const rightOptions = (app.vocab.data_subject_right || []).map((v) => ({ value: v.code, label: v[app.lang] }));
  // The contact's address is copied into a procedure by one click, never assumed.
  const contact = findRecord(app.doc, 'person', r.contact_person);
  const address = contact?.email || contact?.phone || '';
  return html`<${Section}
    id=${fieldId(r.id, 'rights_procedures')}
    title=${app.t('rights_procedures')}
    actions=${html`<label class="visually-hidden" for=${`${r.id}-new-right`}>${app.t('new_rights_procedure')}</label>
      <select id=${`${r.id}-new-right`} data-test="new-rights-procedure" onChange=${(e) => {
        const right = e.currentTarget.value;
        e.currentTarget.value = '';
        if (right) addPart(app, 'rights_procedure', r.id, { right }, `channel:${workingLanguage(app)}`);
      }}>
        <option value="">+ ${app.t('new_rights_procedure_which')}</option>
        ${rightOptions.map((o) => html`<option key=${o.value} value=${o.value}>${o.label}</option>`)}
      </select>`}
  >
    ${procedures.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
    ${partCards(app, 'rights_procedure', r.id, procedures, { title: (p) => rightLabel(p.right), test: 'rights-card', movable: true }, (p) => html`
      <div class="row2">
        <${Vocab} kind="rights_procedure" record=${p} path="right" vocabulary="data_subject_right" label=${app.t('right')} allowEmpty=${false} />
        <${NumberField} kind="rights_procedure" record=${p} path="deadline_days" label=${app.t('deadline_days')} />
      </div>
      <${Loc} kind="rights_procedure" record=${p} path="channel" label=${app.t('channel')} />
      ${address && !text(p.channel, app.lang) && html`<button type="button" class="link" data-test="copy-contact-channel" onClick=${() => app.setField('rights_procedure', p.id, 'channel', { sv: address, fi: address, en: address })}>${app.t('copy_contact_channel', { n: address })}</button>`}
      <${Loc} kind="rights_procedure" record=${p} path="identity_check" label=${app.t('identity_check')} />
      <${Loc} kind="rights_procedure" record=${p} path="format" label=${app.t('format')} />
      <${Loc} kind="rights_procedure" record=${p} path="notes" label=${app.t('notes')} multiline />
      <div class="row2">
        <${Loc} kind="rights_procedure" record=${p} path="fee" label=${app.t('rights_fee')} />
        <${Loc} kind="rights_procedure" record=${p} path="frequency" label=${app.t('rights_frequency')} />
      </div>
      <${Loc} kind="rights_procedure" record=${p} path="refusal_grounds" label=${app.t('rights_refusal_grounds')} />
      <${Loc} kind="rights_procedure" record=${p} path="law_reference" label=${app.t('law_reference')} />
    `)}
  </${Section}>`;
}
