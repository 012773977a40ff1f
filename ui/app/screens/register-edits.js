// The edits the register editor's tabs make, each one change (one undo):
// a part added and focused, shared entries created and picked, a record
// created where a pick points, a part moved in its list. No drawing here.

import { html } from '../vendor/preact-htm.js';
import { useApp, Pick, fieldId, workingLanguage } from '../components.js';
import { newRecord, put, findRecord, partsOf, withField } from '../model.js';

/// Changes one record as it is in the newest document.
export function update(app, kind, id, change) {
  return app.change((d) => {
    const record = findRecord(d, kind, id);
    return record ? [put(kind, change(structuredClone(record)))] : [];
  });
}

/// Moves focus to the element `id` once it is drawn.
export function focusById(id) {
  setTimeout(() => document.getElementById(id)?.focus(), 30);
}

/// Adds a part of a register and focuses `focusPath` in it.
export function addPart(app, kind, registerId, fields = {}, focusPath) {
  const record = newRecord(kind, { register: registerId, ...fields });
  app.change(() => [put(kind, record)]).then(() => {
    if (focusPath) focusById(fieldId(record.id, focusPath));
  });
  return record;
}

/// Creates shared-list entries (one per `fields`) and links them into the register's `field`, in one change.
export function addShared(app, registerId, field, kind, fieldsList) {
  const records = fieldsList.map((fields) => newRecord(kind, fields));
  return app.change((d) => {
    const register = findRecord(d, 'register', registerId);
    if (!register) return [];
    return [...records.map((record) => put(kind, record)), put('register', { ...register, [field]: [...register[field], ...records.map((x) => x.id)] })];
  });
}

/// Adds several parts of a register at once (one per `fieldsList` entry), in one change.
export function addParts(app, kind, registerId, fieldsList) {
  const records = fieldsList.map((fields) => newRecord(kind, { register: registerId, ...fields }));
  return app.change(() => records.map((record) => put(kind, record)));
}

export const named = (lang, name) => ({ [lang]: name });

/// Creates a `newKind` record from `fields` and points `path` of the record
/// `kind`/`id` at it, in one change (a pick's "+ New …").
export function createAndPoint(app, kind, id, path, newKind, fields) {
  const created = newRecord(newKind, fields);
  app.change((d) => {
    const current = findRecord(d, kind, id);
    return current ? [put(newKind, created), put(kind, withField(current, path, created.id))] : [];
  });
}

/// What a pick of people, recipients or systems creates on the spot: the
/// name, and for a person the e-mail and phone a contact person is for.
export const CREATES = {
  person: (app, name, details = {}) => ({ name, ...details }),
  recipient: (app, name) => ({ name: named(workingLanguage(app), name) }),
  processor: (app, name) => ({ vendor: named(workingLanguage(app), name) }),
};

/// The details a pick asks for besides the name when it creates a record.
const CREATE_FIELDS = {
  person: [
    { key: 'email', label: 'email', type: 'email' },
    { key: 'phone', label: 'phone', type: 'tel' },
  ],
};

/// A pick that can create the record it points at: `Pick` with "+ New …".
export function PickOrCreate({ kind, record, path, label, options, target, test }) {
  const app = useApp();
  return html`<${Pick}
    kind=${kind}
    record=${record}
    path=${path}
    label=${label}
    options=${options}
    test=${test}
    createLabel=${app.t('new_entry_named', { n: app.t(`kind_${target}`).toLowerCase() })}
    createFields=${(CREATE_FIELDS[target] || []).map((f) => ({ ...f, label: app.t(f.label) }))}
    onCreate=${(name, details) => createAndPoint(app, kind, record.id, path, target, CREATES[target](app, name, details))}
  />`;
}

/// The edits that move the part `id` of a register one place up (`step`
/// -1) or down (+1) among the register's parts of its `kind`, or none. The
/// store keeps each record in its place, so the two neighbours trade their
/// contents: each id keeps its place and takes the other's text (a person's
/// answer to a finding about either follows the text). Only for kinds no
/// other record points at (retention rules, rights procedures).
export function moveEdits(doc, kind, id, step) {
  const parts = partsOf(doc, kind, findRecord(doc, kind, id)?.register);
  const from = parts.findIndex((p) => p.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= parts.length) return [];
  const [a, b] = [parts[from], parts[to]];
  const edits = [put(kind, { ...b, id: a.id }), put(kind, { ...a, id: b.id })];
  const answers = doc.organisation.finding_answers || [];
  if (answers.some((x) => x.kind === kind && (x.id === a.id || x.id === b.id))) {
    const swapped = answers.map((x) => (x.kind !== kind ? x : x.id === a.id ? { ...x, id: b.id } : x.id === b.id ? { ...x, id: a.id } : x));
    edits.push(put('organisation', { ...doc.organisation, finding_answers: swapped }));
  }
  return edits;
}

/// Moves a part up or down in its list (one change) and keeps focus where it
/// was — the field, or the button that moved it — on the card in its new place.
export function movePart(app, kind, id, step) {
  let moved = null;
  const focused = document.activeElement?.id || '';
  app.change((d) => {
    const parts = partsOf(d, kind, findRecord(d, kind, id)?.register);
    const at = parts.findIndex((p) => p.id === id);
    moved = parts[at + step]?.id || null;
    return moveEdits(d, kind, id, step);
  }).then(() => {
    if (!moved) return;
    if (focused.startsWith(`f:${id}:`)) {
      document.getElementById(`f:${moved}:${focused.slice(`f:${id}:`.length)}`)?.focus();
      return;
    }
    const button = document.getElementById(`move-${moved}-${step < 0 ? 'up' : 'down'}`);
    // At the end of the list that button is disabled: the other one keeps focus.
    if (button && !button.disabled) button.focus();
    else document.getElementById(`move-${moved}-${step < 0 ? 'down' : 'up'}`)?.focus();
  });
}
