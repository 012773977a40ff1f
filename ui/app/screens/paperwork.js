// @ts-check
// The paperwork besides the record: the breach log, the request log, the
// review calendar, a register's DPIA screening and the controllers the
// organisation processes for (the record kept as processor, Art. 30(2)). Deadlines are worked out by the model (get_calendar); the
// screens only show them. A new breach or request holds nothing the user has
// not typed: no date is filled in for them.

import { html, useEffect, useState } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Section, Card, Loc, Text, NumberField, DateField, Pick, Check, Vocab, MultiPick, TextInput, Modal, Country, CheckboxInput, bind, workingLanguage } from '../components.js';
import { newRecord, put, findRecord, partsOf, text, processorName } from '../model.js';
import { addAndFocus } from './organisation.js';

/// A local date and time: shown "YYYY-MM-DD HH:MM", kept as "YYYY-MM-DDTHH:MM:00".
export function DateTimeField({ kind, record, path, label, test }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  return html`<${TextInput}
    ...${b}
    label=${label}
    test=${test}
    value=${b.value ? b.value.slice(0, 16).replace('T', ' ') : ''}
    placeholder=${app.t('datetime_placeholder')}
    onCommit=${(value) => {
      const v = value.trim();
      if (v === '') return b.onCommit(null);
      const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/.exec(v);
      if (m) b.onCommit(`${m[1]}T${m[2]}:${m[3]}:00`);
      else app.notify('err_invalid_edit', v);
    }}
  />`;
}

/// The calendar's entries for the open document, refreshed when it changes.
function useCalendar(app) {
  const [due, setDue] = useState([]);
  useEffect(() => {
    let live = true;
    invoke('get_calendar').then((list) => live && setDue(list)).catch(app.showError);
    return () => { live = false; };
  }, [app.doc]);
  return due;
}

function when(entry) {
  return entry.time ? `${entry.date} ${entry.time.slice(0, 5)}` : entry.date;
}

function DueLine({ entry, label }) {
  const app = useApp();
  if (!entry) return null;
  return html`<p class=${entry.overdue ? 'due overdue' : 'due'} data-test="due">
    ${label}: <strong>${when(entry)}</strong>${entry.overdue ? ` — ${app.t('due_overdue')}` : ''}
  </p>`;
}

/// The data items a breach concerns, picked from those of its linked registers.
function BreachItems({ breach: b }) {
  const app = useApp();
  const several = b.registers.length > 1;
  const options = b.registers.flatMap((id) => {
    const register = findRecord(app.doc, 'register', id);
    const name = text(register?.name, app.lang) || app.t('untitled');
    return partsOf(app.doc, 'data_item', id).map((item) => ({
      value: item.id,
      label: several ? `${text(item.name, app.lang) || app.t('untitled')} (${name})` : text(item.name, app.lang),
    }));
  });
  return html`<${MultiPick}
    id=${`f:${b.id}:data_items`}
    label=${app.t('breach_data_items')}
    options=${options}
    selected=${b.data_items}
    test="breach-data-items"
    emptyText=${app.t(b.registers.length ? 'breach_registers_no_items' : 'breach_pick_registers_first')}
    onCommit=${(ids) => app.setField('breach', b.id, 'data_items', ids)}
  />`;
}

export function BreachesScreen() {
  const app = useApp();
  const K = 'breach';
  const due = useCalendar(app);
  const registers = app.doc.registers.map((r) => ({ value: r.id, label: text(r.name, app.lang) || app.t('untitled') }));
  const questions = app.doc.organisation.incident_routine?.post_incident_review || [];
  return html`<div class="screen" data-test="breaches-screen">
    <${Section}
      title=${app.t('breaches_title')}
      lead=${app.t('breaches_lead')}
      actions=${html`<button type="button" class="primary" data-test="new-breach" onClick=${() => addAndFocus(app, K, {}, `description:${workingLanguage(app)}`)}>+ ${app.t('new_breach')}</button>`}
    >
      ${app.doc.breaches.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
      ${app.doc.breaches.map((b) => html`<${Card} key=${b.id} kind=${K} record=${b} title=${text(b.description, app.lang) || app.t('untitled')} test="breach-card">
        <${DueLine} entry=${due.find((d) => d.id === b.id)} label=${app.t('notify_by')} />
        <${Loc} kind=${K} record=${b} path="description" label=${app.t('breach_description')} multiline test="breach-description" />
        <div class="row3">
          <${DateTimeField} kind=${K} record=${b} path="happened" label=${app.t('breach_happened')} />
          <${DateTimeField} kind=${K} record=${b} path="discovered" label=${app.t('breach_discovered')} test="breach-discovered" />
          <${NumberField} kind=${K} record=${b} path="approximate_people" label=${app.t('approximate_people')} />
        </div>
        <${MultiPick}
          id=${`f:${b.id}:registers`}
          label=${app.t('nav_registers')}
          options=${registers}
          selected=${b.registers}
          test="breach-registers"
          onCommit=${(ids) => app.change((d) => {
            // The data items of a register no longer linked go with it.
            const current = findRecord(d, K, b.id);
            if (!current) return [];
            const items = new Set(ids.flatMap((id) => partsOf(d, 'data_item', id)).map((i) => i.id));
            return [put(K, { ...current, registers: ids, data_items: (current.data_items || []).filter((i) => items.has(i)) })];
          })}
        />
        <${BreachItems} breach=${b} />
        <${Loc} kind=${K} record=${b} path="consequences" label=${app.t('breach_consequences')} multiline />
        <${Loc} kind=${K} record=${b} path="measures" label=${app.t('breach_measures')} multiline />
        <div class="row2">
          <${Vocab} kind=${K} record=${b} path="risk" vocabulary="breach_risk" label=${app.t('breach_risk')} />
          <${Loc} kind=${K} record=${b} path="risk_assessment" label=${app.t('risk_assessment')} />
        </div>
        <div class="row2">
          <${DateTimeField} kind=${K} record=${b} path="authority_notified" label=${app.t('authority_notified')} test="breach-notified" />
          <${Loc} kind=${K} record=${b} path="notification_reason" label=${app.t('notification_reason')} />
        </div>
        <div class="row2">
          <${DateField} kind=${K} record=${b} path="data_subjects_informed" label=${app.t('data_subjects_informed')} />
          <${Loc} kind=${K} record=${b} path="not_informed_reason" label=${app.t('not_informed_reason')} />
        </div>
        ${questions.map((q, i) => html`<${TextInput}
          key=${i}
          id=${`f:${b.id}:review_answers.${i}`}
          name=${`review_answers.${i}`}
          label=${text(q, app.lang)}
          multiline
          value=${text((b.review_answers || [])[i], workingLanguage(app))}
          onCommit=${(value) => app.change((d) => {
            const current = findRecord(d, K, b.id);
            if (!current) return [];
            const answers = [...(current.review_answers || [])];
            while (answers.length <= i) answers.push({});
            answers[i] = { ...answers[i], [workingLanguage(app)]: value };
            return [put(K, { ...current, review_answers: answers })];
          })}
        />`)}
        <${DateField} kind=${K} record=${b} path="closed" label=${app.t('breach_closed')} />
      </${Card}>`)}
    </${Section}>
  </div>`;
}

/// The answered requests the model finds old (`answered_request_old`, not
/// answered "accepted for now" by a person).
function oldRequestIds(app) {
  return [...new Set(app.findings.filter((f) => f.code === 'answered_request_old' && !f.answer).map((f) => f.id))];
}

/// Asks before deleting `ids` and forgetting them from the history (which cannot be undone).
function confirmForget(app, ids) {
  const values = { n: ids.length, y: app.vocab.answered_request_kept_years };
  app.openModal(() => html`<${Modal}
    title=${app.t('forget_old_requests_title', values)}
    submitLabel=${app.t('delete_and_forget')}
    test="confirm-forget-requests"
    onClose=${app.closeModal}
    onSubmit=${() => {
      app.closeModal();
      app.command('delete_and_forget_requests', { ids }).then((done) => {
        if (!done) return;
        setTimeout(() => /** @type {HTMLElement} */ (document.querySelector('[data-test=new-request]'))?.focus(), 30);
        app.notify('old_requests_forgotten');
      });
    }}
  ><p>${app.t('forget_old_requests_detail')}</p></${Modal}>`);
}

/// One notice for all old requests: delete them and forget them at once.
function OldRequests() {
  const app = useApp();
  const ids = oldRequestIds(app);
  if (ids.length === 0) return null;
  const values = { n: ids.length, y: app.vocab.answered_request_kept_years };
  return html`<div class="callout warning row-between" data-test="old-requests" data-count=${ids.length}>
    <span>${app.t('old_requests', values)}</span>
    <button type="button" class="secondary" data-test="forget-old-requests" onClick=${() => confirmForget(app, ids)}>${app.t('delete_and_forget')}…</button>
  </div>`;
}

export function RequestsScreen() {
  const app = useApp();
  const K = 'data_subject_request';
  const due = useCalendar(app);
  const old = new Set(oldRequestIds(app));
  const registers = app.doc.registers.map((r) => ({ value: r.id, label: text(r.name, app.lang) || app.t('untitled') }));
  return html`<div class="screen" data-test="requests-screen">
    <${Section}
      title=${app.t('requests_title')}
      lead=${app.t('requests_lead')}
      actions=${html`<button type="button" class="primary" data-test="new-request" onClick=${() => addAndFocus(app, K, {}, 'requester')}>+ ${app.t('new_request')}</button>`}
    >
      <${OldRequests} />
      ${app.doc.data_subject_requests.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
      ${app.doc.data_subject_requests.map((r) => {
        const procedure = app.doc.rights_procedures.find((p) => p.register === r.register && p.right === r.right);
        return html`<${Card} key=${r.id} kind=${K} record=${r} title=${r.requester || app.t('untitled')} test="request-card">
          <${DueLine} entry=${due.find((d) => d.id === r.id)} label=${app.t('answer_by')} />
          ${old.has(r.id) && html`<div class="callout warning row-between" data-test="old-request">
            <span>${app.t('old_request', { y: app.vocab.answered_request_kept_years })}</span>
            <button type="button" class="secondary small" data-test="forget-old-request" onClick=${() => confirmForget(app, [r.id])}>${app.t('delete_and_forget')}…</button>
          </div>`}
          <div class="row3">
            <${Text} kind=${K} record=${r} path="requester" label=${app.t('requester')} test="request-requester" />
            <${Vocab} kind=${K} record=${r} path="right" vocabulary="data_subject_right" label=${app.t('right')} test="request-right" />
            <${DateField} kind=${K} record=${r} path="received" label=${app.t('request_received')} test="request-received" />
          </div>
          <${Pick} kind=${K} record=${r} path="register" label=${app.t('register')} options=${registers} />
          ${procedure && html`<div class="nested muted" data-test="rights-procedure">
            <p>${app.t('rights_procedure_beside')}</p>
            ${text(procedure.channel, app.lang) && html`<p>${text(procedure.channel, app.lang)}</p>`}
            ${text(procedure.identity_check, app.lang) && html`<p>${text(procedure.identity_check, app.lang)}</p>`}
          </div>`}
          <${Loc} kind=${K} record=${r} path="identity_check" label=${app.t('request_identity_check')} />
          <div class="row2">
            <${Check} kind=${K} record=${r} path="extended" label=${app.t('request_extended')} test="request-extended" />
            <${Loc} kind=${K} record=${r} path="extension_reason" label=${app.t('extension_reason')} test="request-extension-reason" />
          </div>
          <${Loc} kind=${K} record=${r} path="actions" label=${app.t('request_actions')} multiline />
          <${DateField} kind=${K} record=${r} path="answered" label=${app.t('request_answered')} test="request-answered" />
        </${Card}>`;
      })}
    </${Section}>
  </div>`;
}

/// Where a calendar entry's record is edited.
function screenFor(entry) {
  switch (entry.record_kind) {
    case 'breach': return { name: 'breaches' };
    case 'data_subject_request': return { name: 'requests' };
    case 'retention_rule': return { name: 'register', id: entry.register, tab: 'retention' };
    default: return { name: 'register', id: entry.register || entry.id, tab: 'general' };
  }
}

export function CalendarScreen() {
  const app = useApp();
  const due = useCalendar(app);
  return html`<div class="screen" data-test="calendar-screen">
    <${Section} title=${app.t('calendar_title')} lead=${app.t('calendar_lead')}>
      ${due.length === 0
        ? html`<p class="muted">${app.t('calendar_empty')}</p>`
        : html`<table class="list" data-test="calendar-table">
            <thead><tr><th>${app.t('due_date')}</th><th>${app.t('due_what')}</th><th>${app.t('due_status')}</th></tr></thead>
            <tbody>
              ${due.map((entry) => html`<tr key=${`${entry.kind}:${entry.id}`} data-test="calendar-row" data-kind=${entry.kind}>
                <td>${when(entry)}</td>
                <td><button type="button" class="link" onClick=${() => app.nav(screenFor(entry))}>${text(entry.what, app.lang)}</button></td>
                <td class=${entry.overdue ? 'overdue' : ''}>${app.t(entry.overdue ? 'due_overdue' : 'upcoming')}</td>
              </tr>`)}
            </tbody>
          </table>`}
    </${Section}>
  </div>`;
}

/// The register's DPIA screening: the nine criteria and the listed kinds as
/// questions (yes / no / not answered), and the DPIA once done. Whether a DPIA
/// is required is the model's finding, not worked out here.
export function DpiaTab({ register }) {
  const app = useApp();
  const K = 'dpia_screening';
  const screening = app.doc.dpia_screenings.find((s) => s.register === register.id);
  if (!screening) {
    return html`<${Section} title=${app.t('dpia_screening')} lead=${app.t('dpia_lead')}>
      <button type="button" class="primary" data-test="new-dpia-screening" onClick=${() => app.change(() => [put(K, newRecord(K, { register: register.id }))])}>
        ${app.t('start_dpia_screening')}
      </button>
    </${Section}>`;
  }
  const question = (group, vocabulary) => (app.vocab[vocabulary] || []).map((entry) => {
    const answer = screening[group][entry.code];
    const value = answer === true ? 'yes' : answer === false ? 'no' : '';
    const id = `f:${screening.id}:${group}.${entry.code}`;
    return html`<div class="field" key=${entry.code}>
      <label for=${id}>${entry[app.lang]}</label>
      <select id=${id} name=${`${group}.${entry.code}`} data-test=${`dpia-${entry.code}`} value=${value} onChange=${(e) => {
        const v = e.currentTarget.value;
        app.change((d) => {
          const current = findRecord(d, K, screening.id);
          if (!current) return [];
          const answers = { ...current[group] };
          if (v === '') delete answers[entry.code];
          else answers[entry.code] = v === 'yes';
          return [put(K, { ...current, [group]: answers })];
        });
      }}>
        <option value="">${app.t('not_answered')}</option>
        <option value="yes">${app.t('yes')}</option>
        <option value="no">${app.t('no')}</option>
      </select>
    </div>`;
  });
  return html`<div data-test="dpia-tab">
    <${Section} title=${app.t('dpia_screening')} lead=${app.t('dpia_lead')}>
      <p class="muted">${app.t('dpia_verdict_in_findings')}</p>
      <h3>${app.t('dpia_criteria')}</h3>
      ${question('criteria', 'dpia_criterion')}
      <h3>${app.t('dpia_listed')}</h3>
      ${question('listed', 'dpia_listed_processing')}
      <${Loc} kind=${K} record=${screening} path="notes" label=${app.t('dpia_notes')} multiline />
      <${DateField} kind=${K} record=${screening} path="screened" label=${app.t('dpia_screened')} />
    </${Section}>
    <${Section} title=${app.t('dpia_done_title')}>
      <div class="row3">
        <${DateField} kind=${K} record=${screening} path="dpia_done" label=${app.t('dpia_done')} test="dpia-done" />
        <${Text} kind=${K} record=${screening} path="dpia_reference" label=${app.t('dpia_reference')} />
      </div>
      <${Loc} kind=${K} record=${screening} path="dpia_outcome" label=${app.t('dpia_outcome')} multiline />
    </${Section}>
  </div>`;
}

export function ClientControllersScreen() {
  const app = useApp();
  const K = 'client_controller';
  const measures = app.doc.security_measures.map((m) => ({ value: m.id, label: text(m.description, app.lang) || app.t('untitled') }));
  const processors = app.doc.processors.map((p) => ({ value: p.id, label: processorName(p, app.lang) || app.t('untitled') }));
  return html`<div class="screen" data-test="clients-screen">
    <${Section}
      title=${app.t('clients_title')}
      lead=${app.t('clients_lead')}
      actions=${html`<button type="button" class="primary" data-test="new-client" onClick=${() => addAndFocus(app, K, {}, `name:${workingLanguage(app)}`)}>+ ${app.t('new_client')}</button>`}
    >
      ${app.doc.client_controllers.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
      ${app.doc.client_controllers.map((c) => html`<${Card} key=${c.id} kind=${K} record=${c} title=${text(c.name, app.lang) || app.t('untitled')} test="client-card">
        <div class="row2">
          <${Loc} kind=${K} record=${c} path="name" label=${app.t('name')} test="client-name" />
          <${Text} kind=${K} record=${c} path="business_id" label=${app.t('business_id')} />
        </div>
        <${Loc} kind=${K} record=${c} path="contact" label=${app.t('contact_details')} multiline />
        <div class="row2">
          <${Loc} kind=${K} record=${c} path="representative" label=${app.t('representative')} />
          <${Loc} kind=${K} record=${c} path="dpo" label=${app.t('dpo')} />
        </div>
        <${ClientAgreement} client=${c} />
        <${ClientTransfers} client=${c} />
        <${MultiPick} id=${`f:${c.id}:security_measures`} label=${app.t('client_security')} options=${measures} selected=${c.security_measures}
          onCommit=${(ids) => app.setField(K, c.id, 'security_measures', ids)} />
        <${MultiPick} id=${`f:${c.id}:sub_processors`} label=${app.t('sub_processors')} options=${processors} selected=${c.sub_processors}
          onCommit=${(ids) => app.setField(K, c.id, 'sub_processors', ids)} />
        <${CategoriesField} client=${c} />
      </${Card}>`)}
    </${Section}>
  </div>`;
}

/// The processing agreement with the controller (Art. 28(3)), as on the processors screen.
function ClientAgreement({ client: c }) {
  const app = useApp();
  const K = 'client_controller';
  return html`<fieldset class="subgroup" id=${`f:${c.id}:agreement`}>
    <legend>${app.t('agreement')}</legend>
    <${CheckboxInput}
      id=${`f:${c.id}:agreement:on`}
      name="agreement"
      label=${app.t('has_agreement')}
      checked=${!!c.agreement}
      test="client-has-agreement"
      onCommit=${(on) => {
        app.setField(K, c.id, 'agreement', on ? { kind: 'processor_agreement', signed: null, reference: '' } : null).then(() => {
          if (on) setTimeout(() => document.getElementById(`f:${c.id}:agreement.signed`)?.focus(), 30);
        });
      }}
    />
    ${c.agreement && html`<div class="row3">
      <${Vocab} kind=${K} record=${c} path="agreement.kind" vocabulary="agreement_kind" label=${app.t('agreement_kind')} allowEmpty=${false} />
      <${DateField} kind=${K} record=${c} path="agreement.signed" label=${app.t('signed')} test="client-agreement-signed" />
      <${Text} kind=${K} record=${c} path="agreement.reference" label=${app.t('reference')} test="client-agreement-reference" />
    </div>`}
  </fieldset>`;
}

/// Transfers to third countries made on the controller's behalf (Art. 30(2)(c)):
/// country, mechanism and where the safeguards are documented, one row each.
function ClientTransfers({ client: c }) {
  const app = useApp();
  const K = 'client_controller';
  const transfers = c.transfers || [];
  const save = (change) => app.change((d) => {
    const current = findRecord(d, K, c.id);
    return current ? [put(K, { ...current, transfers: change(current.transfers || []) })] : [];
  });
  const add = () => {
    const index = transfers.length;
    save((list) => [...list, { country: '', mechanism: null, documentation: {} }]).then(() => {
      setTimeout(() => document.getElementById(`f:${c.id}:transfers.${index}.country`)?.focus(), 30);
    });
  };
  const removeAt = (index) => {
    save((list) => list.filter((_, i) => i !== index)).then(() => {
      setTimeout(() => /** @type {HTMLElement} */ (document.getElementById(`f:${c.id}:transfers`)?.querySelector('[data-test=client-new-transfer]'))?.focus(), 30);
    });
  };
  return html`<fieldset class="subgroup" id=${`f:${c.id}:transfers`} data-test="client-transfers">
    <legend>${app.t('transfers')}</legend>
    ${transfers.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
    ${transfers.map((x, i) => html`<div class="claim" key=${i} data-test="client-transfer">
      <div class="claim-head">
        <div class="row2">
          <${Country} kind=${K} record=${c} path=${`transfers.${i}.country`} label=${app.t('country')} test="client-transfer-country" />
          <${Vocab} kind=${K} record=${c} path=${`transfers.${i}.mechanism`} vocabulary="transfer_mechanism" label=${app.t('mechanism')} test="client-transfer-mechanism" />
        </div>
        <button
          type="button"
          class="secondary small"
          aria-label=${`${app.t('delete')}: ${app.t('transfers')} ${i + 1}`}
          onClick=${() => removeAt(i)}
        >${app.t('delete')}</button>
      </div>
      <${Loc} kind=${K} record=${c} path=${`transfers.${i}.documentation`} label=${app.t('documentation')} />
    </div>`)}
    <button type="button" class="secondary small" data-test="client-new-transfer" onClick=${add}>+ ${app.t('new_transfer')}</button>
  </fieldset>`;
}

/// The categories of processing, one per line in the UI language.
function CategoriesField({ client }) {
  const app = useApp();
  const K = 'client_controller';
  return html`<${TextInput}
    id=${`f:${client.id}:categories_of_processing`}
    name="categories_of_processing"
    label=${app.t('categories_of_processing')}
    hint=${app.t('one_per_line')}
    multiline
    value=${client.categories_of_processing.map((c) => text(c, workingLanguage(app))).join('\n')}
    onCommit=${(value) => app.change((d) => {
      const current = findRecord(d, K, client.id);
      if (!current) return [];
      const lines = value.split('\n').map((l) => l.trim()).filter((l) => l);
      const categories = lines.map((line, i) => ({ ...(current.categories_of_processing[i] || {}), [workingLanguage(app)]: line }));
      return [put(K, { ...current, categories_of_processing: categories })];
    })}
  />`;
}

