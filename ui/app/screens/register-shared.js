// The shared entries a register picks (its sources, its security measures),
// listed on the register's tab one line each with the question each of them
// asks — what kind of source or measure it is — answered right there. The
// entry stays one shared record: answered here, it is answered for every
// register that picks it (the line says how many others do).

import { html, useState } from '../vendor/preact-htm.js';
import { useApp, MultiPick, AddNew, CheckboxInput, Loc, fieldId, workingLanguage } from '../components.js';
import { findRecord, text } from '../model.js';
import { addShared, focusById } from './register-edits.js';

/// The kind of a shared record, chosen where it is typed: one kind from a
/// select (`kind`), or, for a record whose `kinds` is a list (a source
/// can be several kinds at once), each chosen kind with its remove button
/// and a select that adds another. "Not answered" until a person chooses.
export function KindPick({ kind, record, vocabulary, label }) {
  const app = useApp();
  const options = app.vocab[vocabulary] || [];
  const name = (code) => options.find((v) => v.code === code)?.[app.lang] || code;
  if (Array.isArray(record.kinds)) {
    const chosen = record.kinds;
    const set = (next) => app.setField(kind, record.id, 'kinds', next);
    return html`<span class="kinds" id=${fieldId(record.id, 'kind')}>
      ${chosen.map((code) => html`<span class="chip" key=${code}>
        ${name(code)}
        <button
          type="button"
          class="chip-remove"
          data-test="kind-remove"
          aria-label=${`${app.t('remove')}: ${name(code)}`}
          onClick=${() => {
            set(chosen.filter((c) => c !== code));
            focusById(fieldId(record.id, 'kinds'));
          }}
        >×</button>
      </span>`)}
      <label for=${fieldId(record.id, 'kinds')} class="visually-hidden">${label}</label>
      <select
        id=${fieldId(record.id, 'kinds')}
        class=${chosen.length ? 'add-kind' : 'add-kind unanswered'}
        data-test="kind-pick"
        value=""
        onChange=${(e) => {
          const code = e.currentTarget.value;
          if (code && !chosen.includes(code)) set([...chosen, code]);
          e.currentTarget.value = '';
        }}
      >
        <option value="">${chosen.length ? `+ ${app.t('another_kind')}` : app.t('kind_not_answered')}</option>
        ${options.filter((v) => !chosen.includes(v.code)).map((v) => html`<option key=${v.code} value=${v.code}>${v[app.lang]}</option>`)}
      </select>
    </span>`;
  }
  return html`<span class="kinds">
    <label for=${fieldId(record.id, 'kind')} class="visually-hidden">${label}</label>
    <select
      id=${fieldId(record.id, 'kind')}
      class=${record.kind ? '' : 'unanswered'}
      data-test="kind-pick"
      value=${record.kind || ''}
      onChange=${(e) => app.setField(kind, record.id, 'kind', e.currentTarget.value || null)}
    >
      <option value="">${app.t('kind_not_answered')}</option>
      ${options.map((v) => html`<option key=${v.code} value=${v.code}>${v[app.lang]}</option>`)}
    </select>
  </span>`;
}

/// The shared entries of `kind` that the register picks in its `field`, one
/// line each: the name, the kind (`vocabulary`), for a source whether it is
/// public, and a button that takes it off this register (the entry stays in
/// the shared list). Below, the others to pick from and a box that types new
/// ones, one per line, each picked at once.
export function SharedPicks({ register, field, kind, label, vocabulary, kindLabel, nameField = 'name', test }) {
  const app = useApp();
  const d = app.doc;
  const list = d[{ source: 'sources', security_measure: 'security_measures' }[kind]];
  const picked = register[field].map((id) => findRecord(d, kind, id)).filter(Boolean);
  const others = list.filter((x) => !register[field].includes(x.id));
  const usedElsewhere = (id) => d.registers.filter((r) => r.id !== register.id && r[field].includes(id)).length;
  const unpick = (id, index) => {
    app.setField('register', register.id, field, register[field].filter((x) => x !== id));
    const next = picked[index + 1] || picked[index - 1];
    focusById(next ? `unpick-${next.id}` : `${fieldId(register.id, field)}:new`);
  };
  return html`<fieldset class="shared-picks" id=${fieldId(register.id, field)} data-test=${test}>
    <legend>${label}</legend>
    ${picked.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
    <ul class="shared-rows">
      ${picked.map((record, index) => {
        const name = text(record[nameField], app.lang) || app.t('untitled');
        const elsewhere = usedElsewhere(record.id);
        return html`<li class="shared-row" key=${record.id} id=${`rec-${record.id}`} data-test="shared-row">
          <span class="shared-name">
            <${Loc} kind=${kind} record=${record} path=${nameField} label=${label} multiline rows=${1} compact />
            ${elsewhere > 0 && html`<span class="muted small">${app.t('shared_with', { n: elsewhere })}</span>`}
          </span>
          <${KindPick} kind=${kind} record=${record} vocabulary=${vocabulary} label=${`${kindLabel}: ${name}`} />
          ${kind === 'source' && html`<${CheckboxInput}
            id=${fieldId(record.id, 'public')}
            name="public"
            label=${app.t('public_source_short')}
            checked=${record.public}
            onCommit=${(on) => app.setField(kind, record.id, 'public', on)}
          />`}
          <button
            type="button"
            class="icon"
            id=${`unpick-${record.id}`}
            data-test="unpick"
            title=${app.t('unpick')}
            aria-label=${`${app.t('unpick')}: ${name}`}
            onClick=${() => unpick(record.id, index)}
          >×</button>
        </li>`;
      })}
    </ul>
    ${others.length > 0 && html`<${PickOther} register=${register} field=${field} options=${others.map((x) => ({ value: x.id, label: text(x[nameField], app.lang) || app.t('untitled') }))} test=${test} />`}
    <${AddNew}
      id=${`${fieldId(register.id, field)}:new`}
      label=${app.t('new_entry_named', { n: label.toLowerCase() })}
      test=${test && `${test}-new`}
      onAdd=${(names) => addShared(app, register.id, field, kind, names.map((n) => ({ [nameField]: { [workingLanguage(app)]: n } })))}
    />
  </fieldset>`;
}

/// Picks one more of the shared entries this register does not have yet.
function PickOther({ register, field, options, test }) {
  const app = useApp();
  const [choice, setChoice] = useState('');
  const id = `${fieldId(register.id, field)}:pick`;
  return html`<div class="add-linked">
    <div class="field">
      <label for=${id}>${app.t('pick_shared')}</label>
      <select id=${id} value=${choice} data-test=${test && `${test}-pick`} onChange=${(e) => setChoice(e.currentTarget.value)}>
        <option value="">${app.t('pick_from_list')}</option>
        ${options.map((o) => html`<option key=${o.value} value=${o.value}>${o.label}</option>`)}
      </select>
    </div>
    <button
      type="button"
      class="secondary"
      data-test=${test && `${test}-pick-add`}
      disabled=${!choice}
      onClick=${() => {
        app.setField('register', register.id, field, [...register[field], choice]);
        setChoice('');
        focusById(id);
      }}
    >${app.t('add')}</button>
  </div>`;
}

/// Shared entries a register picks with checkboxes (categories of data
/// subjects, storage locations), new ones typed in one per line.
export function RegisterMultiPick({ register, field, kind, label, list, nameField = 'name', newFields, test }) {
  const app = useApp();
  return html`<${MultiPick}
    id=${fieldId(register.id, field)}
    label=${label}
    options=${list.map((x) => ({ value: x.id, label: text(x[nameField], app.lang) }))}
    selected=${register[field]}
    onCommit=${(ids) => app.setField('register', register.id, field, ids)}
    onAddNew=${(names) => addShared(app, register.id, field, kind, names.map(newFields))}
    test=${test}
    addLabel=${app.t('new_entry_named', { n: label.toLowerCase() })}
  />`;
}
