// The change history: every edit with when, who and what changed, field by field.

import { html, useState, useEffect } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Section } from '../components.js';
import { findRecord, recordName } from '../model.js';

const MAX_VALUE = 80;

function short(value) {
  if (value === null || value === undefined) return '—';
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

function when(at, lang) {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const locale = { sv: 'sv-SE', fi: 'fi-FI', en: 'en-GB' }[lang];
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
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
            <th scope="col">#</th>
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
              ${e.undoes !== null && e.undoes !== undefined && html`<div class="muted">${app.t('undoes_edit', { n: e.undoes })}</div>`}
              <ul class="changes">
                ${e.changes.slice(0, 12).map((c, i) => {
                  const record = findRecord(app.doc, c.kind, c.id);
                  const name = record ? recordName(app.doc, c.kind, record, app.lang) : app.t('deleted_record');
                  return html`<li key=${i}>
                    <span class="kind">${name || c.kind}</span>
                    <span class="muted"> · ${c.field}: </span>
                    <span class="old">${short(c.old)}</span>
                    <span class="arrow"> → </span>
                    <span class="new">${short(c.new)}</span>
                  </li>`;
                })}
                ${e.changes.length > 12 && html`<li class="muted">… +${e.changes.length - 12}</li>`}
              </ul>
            </td>
          </tr>`)}
        </tbody>
      </table>`}
    </${Section}>
  </div>`;
}
