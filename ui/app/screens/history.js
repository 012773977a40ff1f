// @ts-check
// The change history: every edit with when, who and what changed. Changes are
// grouped per record; new and deleted records are one line each, and values
// are shown as people know them (names for references, labels for codes).

import { html, useState, useEffect } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Section } from '../components.js';
import { hasString } from '../i18n.js';
import { LIST_OF, findRecord, recordName } from '../model.js';

const MAX_VALUE = 80;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HIDDEN_FIELDS = new Set(['id', 'register']);

function when(at, lang) {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const locale = { sv: 'sv-SE', fi: 'fi-FI', en: 'en-GB' }[lang];
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/// The record with this id, of any kind.
function anyRecord(doc, id) {
  for (const kind of Object.keys(LIST_OF)) {
    const record = findRecord(doc, kind, id);
    if (record) return { kind, record };
  }
  return null;
}

function shownValue(app, value) {
  if (value === null || value === undefined || value === '') return '—';
  if (value === 'true') return app.t('yes');
  if (value === 'false') return app.t('no');
  if (UUID.test(value)) {
    const found = anyRecord(app.doc, value);
    return found ? recordName(app.doc, found.kind, found.record, app.lang) || app.t('untitled') : app.t('deleted_record');
  }
  for (const list of Object.values(app.vocab)) {
    const entry = Array.isArray(list) && list.find((v) => v && v.code === value);
    if (entry && entry[app.lang]) return entry[app.lang];
  }
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

function shownCountry(app, code) {
  return (app.vocab.country || []).find((c) => c.code === code)?.[app.lang] || code;
}

function fieldLabel(app, field) {
  const parts = field.split('.');
  const lang = ['sv', 'fi', 'en'].includes(parts[parts.length - 1]) ? parts.pop() : null;
  const root = parts[0];
  const label = hasString(root) ? app.t(root) : root;
  const rest = parts.slice(1).filter((p) => !/^\d+$/.test(p)).join('.');
  return `${label}${rest ? ` · ${hasString(rest) ? app.t(rest) : rest}` : ''}${lang ? ` (${lang})` : ''}`;
}

/// The changes of one edit, one group per record.
function groups(changes) {
  const byRecord = new Map();
  for (const change of changes) {
    const key = `${change.kind}:${change.id}`;
    if (!byRecord.has(key)) byRecord.set(key, { kind: change.kind, id: change.id, changes: [] });
    byRecord.get(key).changes.push(change);
  }
  return [...byRecord.values()];
}

function nameFromChanges(changes, side, lang) {
  const named = changes.find((c) => /^(name|description|vendor)\.(sv|fi|en)$/.test(c.field) && c[side]);
  const own = changes.find((c) => c.field === `name.${lang}` && c[side]);
  return (own || named)?.[side] || '';
}

function Group({ group }) {
  const app = useApp();
  const record = findRecord(app.doc, group.kind, group.id);
  // A record is new or gone when its id appears or disappears; other fields may go from absent to set.
  const idChange = group.changes.find((c) => c.field === 'id');
  const created = !!idChange && (idChange.old === null || idChange.old === undefined);
  const deleted = !!idChange && (idChange.new === null || idChange.new === undefined);
  let name = (record && recordName(app.doc, group.kind, record, app.lang)) || nameFromChanges(group.changes, deleted ? 'old' : 'new', app.lang);
  if (group.kind === 'transfer') name = shownCountry(app, name);
  const kind = app.t(`kind_${group.kind}`);
  if (created || deleted) {
    return html`<li>
      <span class=${created ? 'tag new' : 'tag gone'}>${app.t(created ? 'created_record' : 'deleted_record_label')}</span>
      <span class="kind">${kind}</span>${name && html`: <span class="name">${name}</span>`}
    </li>`;
  }
  const shown = group.changes.filter((c) => !HIDDEN_FIELDS.has(c.field) && shownValue(app, c.old) !== shownValue(app, c.new));
  return html`<li>
    <span class="kind">${kind}</span>${name && html`: <span class="name">${name}</span>`}
    <ul class="fields">
      ${shown.slice(0, 8).map((c, i) => html`<li key=${i}>
        <span class="muted">${fieldLabel(app, c.field)}: </span>
        <span class="old">${shownValue(app, c.old)}</span>
        <span class="arrow"> → </span>
        <span class="new">${shownValue(app, c.new)}</span>
      </li>`)}
      ${shown.length > 8 && html`<li class="muted">… +${shown.length - 8}</li>`}
    </ul>
  </li>`;
}

export function HistoryScreen() {
  const app = useApp();
  const [entries, setEntries] = useState(null);
  useEffect(() => {
    invoke('get_history').then((list) => setEntries([...list].reverse()), app.showError);
  }, [app.doc]);
  return html`<div class="screen" data-test="history-screen">
    <${Section} title=${app.t('history_title')} lead=${app.t('history_lead')}>
      ${entries && entries.length === 0 && html`<p class="muted">${app.t('history_empty')}</p>`}
      ${entries && entries.length > 0 && html`<table class="list history">
        <thead>
          <tr>
            <th scope="col" class="num">#</th>
            <th scope="col">${app.t('when')}</th>
            <th scope="col">${app.t('who')}</th>
            <th scope="col">${app.t('what')}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map((e) => html`<tr key=${e.edit}>
            <td class="num muted">${e.edit}</td>
            <td class="nowrap">${when(e.at, app.lang)}</td>
            <td>${e.user}</td>
            <td>
              ${e.action === 'undo' && html`<div class="muted">${app.t('undoes_edit', { n: e.undoes })}</div>`}
              ${e.action === 'redo' && html`<div class="muted">${app.t('redoes_edit', { n: e.undoes })}</div>`}
              ${e.action === 'forget' && html`<div class="muted" data-test="history-forget">${app.t('forgot_records')}</div>`}
              <ul class="changes">
                ${groups(e.changes).slice(0, 10).map((g) => html`<${Group} key=${`${g.kind}:${g.id}`} group=${g} />`)}
              </ul>
            </td>
          </tr>`)}
        </tbody>
      </table>`}
    </${Section}>
  </div>`;
}
