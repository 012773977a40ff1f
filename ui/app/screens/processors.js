// @ts-check
// Processors and systems: vendors, where they keep data, their agreements,
// and which registers use them.

import { html } from '../vendor/preact-htm.js';
import { useApp, Section, Card, Loc, Text, Vocab, Country, CheckboxInput, DateField, AnswerField, fieldId, workingLanguage } from '../components.js';
import { processorName, text, put } from '../model.js';
import { invoke } from '../api.js';
import { CatalogueDialog, useCatalogue } from '../catalogue.js';
import { addAndFocus } from './organisation.js';

const K = 'processor';

/// Copies catalogue entry `id` into the document as a processor and focuses its vendor.
async function addFromCatalogue(app, id) {
  const record = await invoke('catalogue_processor', { id });
  await app.change(() => [put(K, record)]);
  setTimeout(() => document.getElementById(fieldId(record.id, 'vendor', app.lang))?.focus(), 30);
}

/// The catalogue entry a processor was copied from (same product and vendor), if any.
export function catalogueEntry(catalogue, p) {
  const vendor = (p.vendor && Object.values(p.vendor).find(Boolean)) || '';
  return (catalogue?.systems || []).find((s) => s.product === p.product && s.vendor === vendor);
}

/// "DPF-certified: yes / no / not answered, checked on …" for a vendor in the
/// United States (or answered before). The catalogue's dated status is shown
/// as a suggestion; "Use" makes it the answer, with the catalogue's date.
export function DpfFields({ kind, record, entry, force }) {
  const app = useApp();
  const dpf = record.dpf || {};
  const asked = force || [record.country, record.data_location_country].includes('US') || dpf.certified || dpf.checked_on;
  if (!asked) return null;
  const suggestion = entry?.dpf;
  return html`<fieldset class="subgroup" id=${`f:${record.id}:dpf`} data-test="dpf">
    <legend>${app.t('dpf')}</legend>
    <div class="row2">
      <${AnswerField} kind=${kind} record=${record} path="dpf.certified" label=${app.t('dpf_certified')} test="dpf-certified" />
      <${DateField} kind=${kind} record=${record} path="dpf.checked_on" label=${app.t('dpf_checked_on')} test="dpf-checked-on" />
    </div>
    ${suggestion && (dpf.certified || 'not_answered') === 'not_answered' && html`<p class="hint" data-test="dpf-suggestion">
      ${app.t(suggestion.certified ? 'dpf_suggested_yes' : 'dpf_suggested_no', { d: suggestion.checked })}
      <button type="button" class="link inline" data-test="dpf-use-suggestion" onClick=${() => app.setField(kind, record.id, 'dpf', { certified: suggestion.certified ? 'yes' : 'no', checked_on: suggestion.checked })}>${app.t('dpf_use_suggestion')}</button>
    </p>`}
  </fieldset>`;
}

export function ProcessorsScreen() {
  const app = useApp();
  const d = app.doc;
  const catalogue = useCatalogue();
  return html`<div class="screen" data-test="processors-screen">
    <${Section}
      title=${app.t('processors_title')}
      lead=${app.t('processors_lead')}
      actions=${html`<button type="button" class="secondary" data-test="add-from-catalogue" onClick=${() => app.openModal(() => html`<${CatalogueDialog} onAdd=${(id) => addFromCatalogue(app, id)} />`)}>${app.t('add_from_catalogue')}</button>
        <button type="button" class="primary" data-test="new-processor" onClick=${() => addAndFocus(app, K, {}, `vendor:${workingLanguage(app)}`)}>+ ${app.t('new_processor')}</button>`}
    >
      ${d.processors.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
      ${d.processors.map((p) => {
        const users = d.system_links
          .filter((l) => l.processor === p.id)
          .map((l) => d.registers.find((r) => r.id === l.register))
          .filter(Boolean);
        return html`<${Card} key=${p.id} kind=${K} record=${p} title=${processorName(p, app.lang)} test="processor-card">
          <${Loc} kind=${K} record=${p} path="vendor" label=${app.t('vendor')} test="processor-vendor" />
          <div class="row2">
            <${Text} kind=${K} record=${p} path="product" label=${app.t('product')} test="processor-product" />
            <${Vocab} kind=${K} record=${p} path="hosting" vocabulary="hosting" label=${app.t('hosting')} allowEmpty=${false} />
          </div>
          <div class="row2">
            <${Country} kind=${K} record=${p} path="country" label=${app.t('country')} test="processor-country" />
            <${Country} kind=${K} record=${p} path="data_location_country" label=${app.t('data_location_country')} />
          </div>
          <${Loc} kind=${K} record=${p} path="address" label=${app.t('address')} multiline />
          <${Loc} kind=${K} record=${p} path="function" label=${app.t('function')} />
          <${Loc} kind=${K} record=${p} path="data_location" label=${app.t('data_location')} multiline />
          <${Loc} kind=${K} record=${p} path="data_held" label=${app.t('data_held')} multiline />
          <fieldset class="subgroup" id=${`f:${p.id}:agreement`}>
            <legend>${app.t('agreement')}</legend>
            <${CheckboxInput}
              id=${`f:${p.id}:agreement:on`}
              name="agreement"
              label=${app.t('has_agreement')}
              checked=${!!p.agreement}
              test="processor-has-agreement"
              onCommit=${(on) => app.setField(K, p.id, 'agreement', on ? { kind: 'processor_agreement', signed: null, reference: '' } : null)}
            />
            ${p.agreement && html`<div class="row3">
              <${Vocab} kind=${K} record=${p} path="agreement.kind" vocabulary="agreement_kind" label=${app.t('agreement_kind')} allowEmpty=${false} />
              <${DateField} kind=${K} record=${p} path="agreement.signed" label=${app.t('signed')} />
              <${Text} kind=${K} record=${p} path="agreement.reference" label=${app.t('reference')} />
            </div>`}
          </fieldset>
          <${DpfFields} kind=${K} record=${p} entry=${catalogueEntry(catalogue, p)} />
          <p class="used-by">
            <strong>${app.t('used_by')}: </strong>
            ${users.length === 0
              ? html`<span class="muted">${app.t('not_used')}</span>`
              : users.map((r, i) => html`${i > 0 ? ', ' : ''}<button type="button" class="link inline" onClick=${() => app.nav({ name: 'register', id: r.id, tab: 'systems' })}>${text(r.name, app.lang) || app.t('untitled')}</button>`)}
          </p>
        </${Card}>`;
      })}
    </${Section}>
  </div>`;
}
