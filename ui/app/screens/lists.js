// Shared lists: the entries registers pick from (categories of data subjects,
// sources, recipients, storage locations, security measures).

import { html } from '../vendor/preact-htm.js';
import { useApp, Section, Card, Loc, Vocab, Country, Check, Pick, CheckboxInput, DateField, Text, workingLanguage } from '../components.js';
import { text, processorName, isProcessorCategory } from '../model.js';
import { addAndFocus } from './organisation.js';
import { KindPick } from './register-shared.js';

/// The kind of a shared entry, under its label (the register tabs show the same pick).
function KindField({ kind, record, vocabulary }) {
  const app = useApp();
  return html`<div class="field">
    <span class="label-text" aria-hidden="true">${app.t('kind')}</span>
    <${KindPick} kind=${kind} record=${record} vocabulary=${vocabulary} label=${`${app.t('kind')}: ${text(record.name || record.description, app.lang)}`} />
  </div>`;
}

/// A named recipient that processes for the organisation needs an agreement
/// (Art. 28), as a system does; a category of processors does not.
function RecipientAgreement({ record: r }) {
  const app = useApp();
  if (r.kind !== 'processor' || isProcessorCategory(r)) return null;
  return html`<fieldset class="subgroup" id=${`f:${r.id}:agreement`}>
    <legend>${app.t('agreement')}</legend>
    <${CheckboxInput}
      id=${`f:${r.id}:agreement:on`}
      name="agreement"
      label=${app.t('has_agreement')}
      checked=${!!r.agreement}
      onCommit=${(on) => app.setField('recipient', r.id, 'agreement', on ? { kind: 'processor_agreement', signed: null, reference: '' } : null)}
    />
    ${r.agreement && html`<div class="row3">
      <${Vocab} kind="recipient" record=${r} path="agreement.kind" vocabulary="agreement_kind" label=${app.t('agreement_kind')} allowEmpty=${false} />
      <${DateField} kind="recipient" record=${r} path="agreement.signed" label=${app.t('signed')} />
      <${Text} kind="recipient" record=${r} path="agreement.reference" label=${app.t('reference')} />
    </div>`}
  </fieldset>`;
}

function ListSection({ kind, list, titleKey, nameOf, focusPath, children }) {
  const app = useApp();
  return html`<${Section}
    id=${`list-${kind}`}
    title=${app.t(titleKey)}
    actions=${html`<button type="button" class="secondary" onClick=${() => addAndFocus(app, kind, {}, `${focusPath}:${workingLanguage(app)}`)}>+ ${app.t('new_entry')}</button>`}
  >
    ${list.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
    <div class="cards compact">
      ${list.map((record) => html`<${Card} key=${record.id} kind=${kind} record=${record} title=${nameOf(record)}>${children(record)}</${Card}>`)}
    </div>
  </${Section}>`;
}

export function ListsScreen() {
  const app = useApp();
  const d = app.doc;
  const processors = d.processors.map((p) => ({ value: p.id, label: processorName(p, app.lang) }));
  return html`<div class="screen" data-test="lists-screen">
    <header class="screen-head">
      <h1>${app.t('lists_title')}</h1>
      <p class="lead">${app.t('lists_lead')}</p>
    </header>
    <${ListSection} kind="data_subject_category" list=${d.data_subject_categories} titleKey="data_subject_categories" focusPath="name" nameOf=${(r) => text(r.name, app.lang)}>
      ${(r) => html`<${Loc} kind="data_subject_category" record=${r} path="name" label=${app.t('name')} />`}
    </${ListSection}>
    <${ListSection} kind="source" list=${d.sources} titleKey="sources" focusPath="name" nameOf=${(r) => text(r.name, app.lang)}>
      ${(r) => html`
        <${Loc} kind="source" record=${r} path="name" label=${app.t('name')} />
        <div class="row2">
          <${KindField} kind="source" record=${r} vocabulary="source_kind" />
          <${Check} kind="source" record=${r} path="public" label=${app.t('public_source')} />
        </div>
        <${Loc} kind="source" record=${r} path="collection_procedure" label=${app.t('collection_procedure')} multiline />`}
    </${ListSection}>
    <${ListSection} kind="recipient" list=${d.recipients} titleKey="disclosures" focusPath="name" nameOf=${(r) => text(r.name, app.lang)}>
      ${(r) => html`
        <${Loc} kind="recipient" record=${r} path="name" label=${app.t('name')} />
        <div class="row2">
          <${KindField} kind="recipient" record=${r} vocabulary="recipient_kind" />
          <${Country} kind="recipient" record=${r} path="country" label=${app.t('country')} />
          <${Check} kind="recipient" record=${r} path="category" label=${app.t('recipient_category')} />
        </div>
        <${RecipientAgreement} record=${r} />`}
    </${ListSection}>
    <${ListSection} kind="storage_location" list=${d.storage_locations} titleKey="storage_locations" focusPath="description" nameOf=${(r) => text(r.description, app.lang)}>
      ${(r) => html`
        <${Loc} kind="storage_location" record=${r} path="description" label=${app.t('description')} />
        <div class="row2">
          <${Pick} kind="storage_location" record=${r} path="processor" label=${app.t('storage_system')} options=${processors} />
          <${Check} kind="storage_location" record=${r} path="paper" label=${app.t('paper')} />
        </div>`}
    </${ListSection}>
    <${ListSection} kind="security_measure" list=${d.security_measures} titleKey="security_measures" focusPath="description" nameOf=${(r) => text(r.description, app.lang)}>
      ${(r) => html`
        <${KindField} kind="security_measure" record=${r} vocabulary="measure_kind" />
        <${Loc} kind="security_measure" record=${r} path="description" label=${app.t('description')} />`}
    </${ListSection}>
  </div>`;
}
