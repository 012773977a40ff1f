// @ts-check
// Compare and merge with another copy (File → "Compare and merge with another
// copy…", or the offer when a synced folder left a conflicted copy beside the
// open file). The dialog picks the other copy and says in one sentence why a
// file cannot be compared; the review screen lists what the other copy
// changed, grouped by register with conflicts first, each to take or leave
// (a conflict: this copy's value, the other's, or a text of one's own); the
// notice beside it is the merge as chosen, worked out by the Rust side on a
// copy in memory; "Merge" takes it as one edit; the change report is the
// same review as a page to read, print or export as PDF. The merging itself
// is the store's (crates/store/src/compare.rs); this only shows and asks.

import { html, useState, useEffect, useLayoutEffect, useRef } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Modal, workingLanguage } from '../components.js';
import { hasString, LANGUAGES, LANGUAGE_NAMES } from '../i18n.js';
import { LIST_OF, findRecord, recordName } from '../model.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_VALUE = 160;
const SHOWN_FIELDS = 8;

/// The screen's own layout, adopted once into the page (the CSP allows no inline styles).
const STYLE = `
.merge-screen { max-width: none; display: grid; grid-template-columns: minmax(0, 1fr) minmax(300px, 40%); gap: 16px; align-items: start; }
.merge-screen.report-only { grid-template-columns: minmax(0, 1fr); }
.merge-review { min-width: 0; }
.merge-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; margin-bottom: 8px; }
.merge-head h1 { margin: 0; font-size: 1.3em; }
.merge-actions { display: flex; gap: 8px; flex-wrap: wrap; }
.merge-group { background: var(--panel); border: 1px solid var(--border); border-radius: 8px; margin: 0 0 12px; padding: 8px 12px; }
.merge-group h2 { font-size: 1.05em; margin: 4px 0 8px; }
.merge-item { border-top: 1px solid var(--border); padding: 8px 0; }
.merge-item:first-of-type { border-top: 0; }
.merge-item.left { opacity: .6; }
.merge-item-head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.merge-item-head label { font-weight: 600; display: flex; gap: 6px; align-items: baseline; }
.merge-fields { margin: 4px 0 0 26px; padding: 0; list-style: none; font-size: .92em; overflow-wrap: anywhere; }
.merge-conflict { margin: 8px 0 0 26px; padding: 8px; border: 1px solid var(--warning); border-radius: 6px; background: var(--warning-soft); }
.merge-conflict fieldset { border: 0; margin: 0; padding: 0; }
.merge-conflict legend { font-weight: 600; padding: 0; margin-bottom: 6px; }
.merge-sides { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.merge-side { display: flex; gap: 6px; align-items: flex-start; background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 6px; overflow-wrap: anywhere; }
.merge-own { display: flex; gap: 6px; align-items: flex-start; margin-top: 6px; }
.merge-own textarea { flex: 1; min-height: 2.5em; }
.merge-preview { position: sticky; top: 0; max-height: calc(100vh - 120px); overflow: auto; background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 8px; }
.merge-preview header { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
.merge-preview h2 { font-size: 1em; margin: 0; flex: 1 1 100%; }
.merge-report-page { background: #fff; border: 1px solid var(--border); border-radius: 8px; }
.merge-print { display: none; }
@media (max-width: 1100px) { .merge-screen { grid-template-columns: minmax(0, 1fr); } .merge-preview { position: static; max-height: none; } .merge-sides { grid-template-columns: 1fr; } }
@media print { body.printing-report > :not(.merge-print) { display: none !important; } body.printing-report > .merge-print { display: block; } }
`;
let styled = false;
function useStyle() {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const key = (kind, id) => `${kind}:${id}`;
const conflictKey = (c) => `${c.kind}:${c.id}:${c.field}`;

/// The user's choices as the Rust side takes them (`compare::Choices`).
/**
 * @param {Iterable<string>} leave
 * @param {Map<string, { take: string, text?: string }>} picks
 */
export function choicesOf(leave, picks) {
  return /** @type {import('../generated/contract').Choices} */ ({
    leave: [...leave].map((k) => {
      const [kind, id] = k.split(':');
      return { kind, id };
    }),
    conflicts: [...picks.entries()].map(([k, pick]) => {
      const [kind, id, ...field] = k.split(':');
      const choice = pick.take === 'text' ? { take: 'text', text: pick.text || '' } : { take: pick.take };
      return { kind, id, field: field.join(':'), choice };
    }),
  });
}

/// The conflicts still to decide: those of records taken, without a pick.
export function openConflicts(groups, leave, picks) {
  let open = 0;
  for (const group of groups) {
    for (const item of group.items) {
      if (leave.has(key(item.kind, item.id))) continue;
      open += item.conflicts.filter((c) => !picks.has(conflictKey(c))).length;
    }
  }
  return open;
}

/// A conflict a text of one's own may settle: a text in one language.
export function takesOwnText(conflict) {
  return /\.(sv|fi|en)$/.test(conflict.field);
}

/// The sentence for a file that cannot be compared, by the error's code.
export function mergeErrorKey(code) {
  const own = `merge_err_${code.startsWith('in_use') ? 'in_use' : code}`;
  if (hasString(own)) return own;
  return hasString(`err_${code}`) ? `err_${code}` : 'err_other';
}

/// The fields a reader is shown: not the id, the register a part sits in
/// (the group says it), or a translation's mark of its source (it follows
/// the text; the merge takes it with the text).
export function shownField(change) {
  return change.field !== 'id' && change.field !== 'register' && !/(^|\.)translated_from(\.|$)/.test(change.field);
}

function anyRecord(doc, id) {
  for (const kind of Object.keys(LIST_OF)) {
    const record = findRecord(doc, kind, id);
    if (record) return { kind, record };
  }
  return null;
}

function shownValue(app, value) {
  if (value === null || value === undefined || value === '') return app.t('merge_empty');
  if (value === 'true') return app.t('yes');
  if (value === 'false') return app.t('no');
  if (UUID.test(value)) {
    const found = anyRecord(app.doc, value);
    return found ? recordName(app.doc, found.kind, found.record, app.lang) || app.t('untitled') : value;
  }
  for (const list of Object.values(app.vocab)) {
    const entry = Array.isArray(list) && list.find((v) => v && v.code === value);
    if (entry && entry[app.lang]) return entry[app.lang];
  }
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

function fieldLabel(app, field) {
  if (!field) return app.t('merge_whole_record');
  const parts = field.split('.');
  const lang = ['sv', 'fi', 'en'].includes(parts[parts.length - 1]) ? parts.pop() : null;
  const root = parts[0];
  const label = hasString(root) ? app.t(root) : root.replaceAll('_', ' ');
  const rest = parts.slice(1).filter((p) => !/^\d+$/.test(p)).join('.');
  return `${label}${rest ? ` · ${hasString(rest) ? app.t(rest) : rest.replaceAll('_', ' ')}` : ''}${lang ? ` (${lang})` : ''}`;
}

function when(at, lang) {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const locale = { sv: 'sv-SE', fi: 'fi-FI', en: 'en-GB' }[lang];
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

function localized(text, lang) {
  if (!text) return '';
  return text[lang] || text.sv || text.fi || text.en || '';
}

/// File → "Compare and merge with another copy…": which copy, then the review.
/// `path` fills the field (a conflicted copy beside the file).
export function CompareDialog({ path: given = '' }) {
  const app = useApp();
  const [path, setPath] = useState(given);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [otherOrganisation, setOtherOrganisation] = useState(null);

  const compare = async (target, differentOrganisation = false) => {
    setBusy(true);
    setProblem(null);
    try {
      const view = await invoke('review_merge', { target, differentOrganisation });
      if (!view) return;
      app.closeModal();
      app.nav({ name: 'merge', view });
    } catch (e) {
      if (e.code === 'different_organisation' && !differentOrganisation) setOtherOrganisation(target);
      else setProblem(e);
    } finally {
      setBusy(false);
    }
  };
  const typed = path.trim();

  if (otherOrganisation) {
    return html`<${Modal}
      title=${app.t('merge_different_org_title')}
      submitLabel=${app.t('merge_compare_anyway')}
      test="merge-different-organisation"
      busy=${busy}
      onClose=${app.closeModal}
      onSubmit=${() => compare(otherOrganisation, true)}
    >
      <p>${app.t('merge_different_org', { n: otherOrganisation.path || '' })}</p>
      ${problem && html`<p class="error-text" role="alert" data-test="merge-error" data-code=${problem.code}>${app.t(mergeErrorKey(problem.code))}</p>`}
    </${Modal}>`;
  }
  return html`<${Modal}
    title=${app.t('merge_title')}
    submitLabel=${app.t('merge_compare')}
    test="merge-open"
    busy=${busy}
    blocked=${!typed}
    onClose=${app.closeModal}
    onSubmit=${() => compare({ path: typed })}
  >
    <p>${app.t('merge_open_lead')}</p>
    <label for="merge-path">${app.t('merge_path')}</label>
    <div class="row">
      <input id="merge-path" type="text" value=${path} spellcheck="false" data-test="merge-path" onInput=${(e) => setPath(e.currentTarget.value)} />
      <button type="button" class="secondary" data-test="merge-choose" disabled=${busy} onClick=${() => compare({ title: app.t('merge_title') })}>${app.t('merge_choose')}</button>
    </div>
    ${problem && html`<p class="error-text" role="alert" data-test="merge-error" data-code=${problem.code}>
      ${app.t(mergeErrorKey(problem.code))}
      ${problem.message && html`<span class="hint"> ${problem.message}</span>`}
    </p>`}
  </${Modal}>`;
}

/// Offers to merge the conflicted copies a synced folder left beside the open file.
export function ConflictedCopies() {
  const app = useApp();
  const [copies, setCopies] = useState([]);
  const path = app.view?.path;
  useEffect(() => {
    setCopies([]);
    if (!path || app.view?.read_only) return;
    invoke('conflicted_copies').then(setCopies, () => setCopies([]));
  }, [path]);
  if (copies.length === 0) return null;
  return html`<div class="banner read-only" role="note" data-test="conflicted-copies">
    <div>
      ${copies.map((copy) => html`<div key=${copy.path}>
        ${app.t('merge_conflicted_copy', { n: copy.path.split(/[\\/]/).pop() })}
        <button type="button" class="secondary" data-test="conflicted-copy-merge" onClick=${() => app.openModal(() => html`<${CompareDialog} path=${copy.path} />`)}>${app.t('merge_conflicted_open')}</button>
      </div>`)}
    </div>
    <button type="button" class="icon" aria-label=${app.t('close')} data-test="conflicted-copies-close" onClick=${() => setCopies([])}>×</button>
  </div>`;
}

function Conflict({ conflict, pick, setPick, disabled }) {
  const app = useApp();
  const name = `c:${conflictKey(conflict)}`;
  const take = pick?.take || null;
  const reason = app.t(`merge_reason_${conflict.reason}`);
  return html`<div class="merge-conflict" data-test="merge-conflict" data-field=${conflict.field} data-take=${take || ''}>
    <fieldset disabled=${disabled}>
      <legend>${app.t('merge_conflict')}: ${fieldLabel(app, conflict.field)} <span class="muted">(${reason})</span></legend>
      <div class="merge-sides">
        <label class="merge-side">
          <input type="radio" name=${name} checked=${take === 'mine'} data-test="merge-take-mine" onChange=${() => setPick({ take: 'mine' })} />
          <span><strong>${app.t('merge_mine')}</strong><br />${shownValue(app, conflict.mine)}</span>
        </label>
        <label class="merge-side">
          <input type="radio" name=${name} checked=${take === 'theirs'} data-test="merge-take-theirs" onChange=${() => setPick({ take: 'theirs' })} />
          <span><strong>${app.t('merge_theirs')}</strong><br />${shownValue(app, conflict.theirs)}</span>
        </label>
      </div>
      ${takesOwnText(conflict) && html`<div class="merge-own">
        <input type="radio" name=${name} id=${`${name}:own`} checked=${take === 'text'} data-test="merge-take-text" onChange=${() => setPick({ take: 'text', text: pick?.text ?? conflict.theirs ?? '' })} />
        <label for=${`${name}:own-text`}>${app.t('merge_own_text')}</label>
        <textarea
          id=${`${name}:own-text`}
          data-test="merge-own-text"
          value=${take === 'text' ? pick.text : ''}
          onFocus=${() => take !== 'text' && setPick({ take: 'text', text: conflict.theirs ?? '' })}
          onChange=${(e) => setPick({ take: 'text', text: e.currentTarget.value })}
        ></textarea>
      </div>`}
    </fieldset>
  </div>`;
}

function Item({ item, left, toggle, picks, setPick }) {
  const app = useApp();
  const change = item.change;
  const verb = change?.verb || 'changed';
  const fields = (change?.fields || []).filter(shownField);
  const kind = app.t(`kind_${item.kind}`);
  const name = localized(item.name, app.lang);
  const id = `take:${key(item.kind, item.id)}`;
  return html`<div class=${`merge-item${left ? ' left' : ''}`} data-test="merge-item" data-kind=${item.kind} data-id=${item.id} data-conflicts=${item.conflicts.length}>
    <div class="merge-item-head">
      <label for=${id}>
        <input type="checkbox" id=${id} checked=${!left} data-test="merge-take" onChange=${toggle} />
        <span>${app.t('merge_take')}:</span>
        <span class="kind">${kind}</span>${name && html`<span class="name">“${name}”</span>`}
      </label>
      ${verb === 'created' && html`<span class="tag new">${app.t('created_record')}</span>`}
      ${verb === 'deleted' && html`<span class="tag gone">${app.t('deleted_record_label')}</span>`}
      ${change?.who && html`<span class="muted">${app.t('merge_by', { u: change.who, d: when(change.at, app.lang) })}</span>`}
    </div>
    ${verb === 'changed' && fields.length > 0 && html`<ul class="merge-fields">
      ${fields.slice(0, SHOWN_FIELDS).map((f, i) => html`<li key=${i}>
        <span class="muted">${fieldLabel(app, f.field)}: </span>${shownValue(app, f.old)} → ${shownValue(app, f.new)}
      </li>`)}
      ${fields.length > SHOWN_FIELDS && html`<li class="muted">… +${fields.length - SHOWN_FIELDS}</li>`}
    </ul>`}
    ${item.conflicts.map((c) => html`<${Conflict}
      key=${conflictKey(c)}
      conflict=${c}
      pick=${picks.get(conflictKey(c))}
      disabled=${left}
      setPick=${(pick) => setPick(conflictKey(c), pick)}
    />`)}
    ${item.not_merged && html`<p class="hint" data-test="merge-not-merged">${app.t('merge_not_merged', { n: item.not_merged })}</p>`}
  </div>`;
}

/// A page of HTML shown in a shadow root with its own styles (a notice, the report).
function Page({ page, test, extraStyle = '' }) {
  const host = useRef(null);
  useLayoutEffect(() => {
    if (!host.current || page === null) return;
    const root = host.current.shadowRoot || host.current.attachShadow({ mode: 'open' });
    const parsed = new DOMParser().parseFromString(page, 'text/html');
    const own = new CSSStyleSheet();
    own.replaceSync(parsed.querySelector('style')?.textContent || '');
    const extra = new CSSStyleSheet();
    extra.replaceSync(extraStyle);
    root.adoptedStyleSheets = [own, extra];
    root.replaceChildren(document.importNode(parsed.body, true));
    host.current.dataset.updated = String(Date.now());
  }, [page]);
  return html`<div ref=${host} data-test=${test}></div>`;
}

const PANE_STYLE = 'body{font-size:14px}main{padding:.5rem .5rem 1rem}h1{font-size:1.4rem}';

/// Prints the report alone: its page is put in the document, everything else hidden for print.
function printReport(page) {
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  const holder = document.createElement('div');
  holder.className = 'merge-print';
  const host = document.createElement('div');
  holder.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const own = new CSSStyleSheet();
  own.replaceSync(parsed.querySelector('style')?.textContent || '');
  root.adoptedStyleSheets = [own];
  root.replaceChildren(document.importNode(parsed.body, true));
  document.body.append(holder);
  document.body.classList.add('printing-report');
  const done = () => {
    document.body.classList.remove('printing-report');
    holder.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  setTimeout(done, 1000);
}

function ExportReportDialog({ args }) {
  const app = useApp();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  return html`<${Modal}
    title=${app.t('merge_export_pdf')}
    submitLabel=${app.t('merge_export_pdf')}
    test="merge-export-report"
    busy=${busy}
    onClose=${app.closeModal}
    onSubmit=${async () => {
      setBusy(true);
      try {
        const target = path.trim() ? { path: path.trim() } : { title: app.t('merge_report') };
        const saved = await invoke('export_change_report', { theirs: args.theirs, choices: args.choices, differentOrganisation: args.differentOrganisation, language: app.lang, target, replace: false });
        if (saved) {
          app.closeModal();
          app.notify('merge_report_saved', saved);
        }
      } catch (e) {
        setProblem(e);
      } finally {
        setBusy(false);
      }
    }}
  >
    <label for="merge-report-path">${app.t('merge_report_path')}</label>
    <input id="merge-report-path" type="text" value=${path} spellcheck="false" data-test="merge-report-path" onInput=${(e) => setPath(e.currentTarget.value)} />
    ${problem && html`<p class="error-text" role="alert" data-code=${problem.code}>${app.t(hasString(`err_${problem.code}`) ? `err_${problem.code}` : 'err_other')} <span class="hint">${problem.message}</span></p>`}
  </${Modal}>`;
}

/// The review: what the other copy changed, the choices, the notice after the merge.
export function MergeScreen({ view: first }) {
  useStyle();
  const app = useApp();
  const [view, setView] = useState(first);
  const [leave, setLeave] = useState(() => new Set());
  const [picks, setPicks] = useState(() => new Map());
  const [report, setReport] = useState(null);
  const [showReport, setShowReport] = useState(false);
  const [preview, setPreview] = useState(null);
  const [previewFailed, setPreviewFailed] = useState(null);
  const [busy, setBusy] = useState(false);
  const registers = previewRegisters(app, view);
  const [register, setRegister] = useState(registers[0]?.id || null);
  const [language, setLanguage] = useState(workingLanguage(app));
  const choices = choicesOf(leave, picks);
  const args = { theirs: view.theirs, choices, differentOrganisation: view.different_organisation };
  const stamp = JSON.stringify(choices);

  // Each choice asks for the review again (what is taken, what cannot be), the notice, and the report when shown.
  useEffect(() => {
    let current = true;
    invoke('review_merge', { target: { path: view.theirs }, choices, differentOrganisation: view.different_organisation })
      .then((next) => current && next && setView(next), app.showError);
    return () => {
      current = false;
    };
  }, [stamp]);
  useEffect(() => {
    if (!register) return undefined;
    let current = true;
    invoke('merge_preview_notice', { theirs: args.theirs, choices: args.choices, differentOrganisation: args.differentOrganisation, register, language })
      .then((page) => {
        if (!current) return;
        setPreview(page);
        setPreviewFailed(null);
      }, (e) => current && setPreviewFailed(e));
    return () => {
      current = false;
    };
  }, [stamp, register, language]);
  useEffect(() => {
    if (!showReport) return undefined;
    let current = true;
    invoke('change_report_page', { theirs: args.theirs, choices: args.choices, differentOrganisation: args.differentOrganisation, language: app.lang })
      .then((page) => current && setReport(page), app.showError);
    return () => {
      current = false;
    };
  }, [stamp, showReport, app.lang]);

  const toggle = (item) => {
    const next = new Set(leave);
    const k = key(item.kind, item.id);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setLeave(next);
  };
  const setPick = (k, pick) => {
    const next = new Map(picks);
    next.set(k, pick);
    setPicks(next);
  };
  const open = openConflicts(view.groups, leave, picks);
  const merge = async () => {
    setBusy(true);
    const ok = await app.command('merge_copy', args);
    setBusy(false);
    if (ok) {
      app.notify('merge_done', view.theirs_file);
      app.nav({ name: 'history' });
    }
  };
  const lineage = view.lineage.kind === 'shared'
    ? app.t('merge_shared', { d: when(view.lineage.fork_at, app.lang), u: view.lineage.fork_user, n: view.lineage.theirs_since, m: view.lineage.mine_since })
    : app.t('merge_unrelated');

  return html`<div class=${`screen merge-screen${showReport ? ' report-only' : ''}`} data-test="merge-screen" data-open-conflicts=${open}>
    <section class="merge-review">
      <div class="merge-head">
        <h1>${showReport ? app.t('merge_report') : app.t('merge_title')}: ${view.theirs_file}</h1>
        <div class="merge-actions">
          ${showReport
            ? html`
              <button type="button" class="secondary" data-test="merge-back" onClick=${() => setShowReport(false)}>${app.t('merge_back')}</button>
              <button type="button" class="secondary" data-test="merge-print" disabled=${!report} onClick=${() => printReport(report)}>${app.t('merge_print')}</button>
              <button type="button" class="secondary" data-test="merge-export-pdf" onClick=${() => app.openModal(() => html`<${ExportReportDialog} args=${args} />`)}>${app.t('merge_export_pdf')}</button>`
            : html`<button type="button" class="secondary" data-test="merge-show-report" onClick=${() => setShowReport(true)}>${app.t('merge_report')}</button>`}
          <button type="button" class="secondary" data-test="merge-cancel" onClick=${() => app.nav({ name: 'registers' })}>${app.t('cancel')}</button>
          <button type="button" class="primary" data-test="merge-do" disabled=${busy || open > 0} onClick=${merge}>${app.t('merge_do')}</button>
        </div>
      </div>
      <p data-test="merge-lineage">${lineage}</p>
      ${view.forgotten.length > 0 && html`<p class="hint">${app.t('merge_forgotten', { n: view.forgotten.length })}</p>`}
      ${open > 0 && html`<p class="hint" role="status" data-test="merge-open-conflicts">${app.t('merge_open_conflicts', { n: open })}</p>`}
      ${showReport
        ? html`<div class="merge-report-page"><${Page} page=${report} test="merge-report" /></div>`
        : html`
          ${view.groups.length === 0 && html`<p class="muted" data-test="merge-nothing">${app.t('merge_nothing')}</p>`}
          ${view.groups.map((group) => html`<section class="merge-group" key=${group.register || 'shared'} data-test="merge-group">
            <h2>${group.register ? `${app.t('kind_register')}: ${localized(group.name, app.lang) || app.t('untitled')}` : app.t('merge_shared_records')}</h2>
            ${group.items.map((item) => html`<${Item}
              key=${key(item.kind, item.id)}
              item=${item}
              left=${leave.has(key(item.kind, item.id))}
              toggle=${() => toggle(item)}
              picks=${picks}
              setPick=${setPick}
            />`)}
          </section>`)}`}
    </section>
    ${!showReport && html`<aside class="merge-preview" aria-label=${app.t('merge_preview')} data-test="merge-preview">
      <header>
        <h2>${app.t('merge_preview')}</h2>
        <label for="merge-preview-register" class="visually-hidden">${app.t('merge_preview_register')}</label>
        <select id="merge-preview-register" value=${register || ''} data-test="merge-preview-register" onChange=${(e) => setRegister(e.currentTarget.value)}>
          ${registers.map((r) => html`<option key=${r.id} value=${r.id}>${r.name}</option>`)}
        </select>
        <label for="merge-preview-language" class="visually-hidden">${app.t('document_language')}</label>
        <select id="merge-preview-language" value=${language} data-test="merge-preview-language" onChange=${(e) => setLanguage(e.currentTarget.value)}>
          ${LANGUAGES.map((l) => html`<option key=${l} value=${l}>${LANGUAGE_NAMES[l]}</option>`)}
        </select>
      </header>
      ${previewFailed && html`<p class="error-text" role="alert">${app.t('preview_failed')}: ${previewFailed.message || previewFailed.code}</p>`}
      <${Page} page=${preview} test="merge-preview-page" extraStyle=${PANE_STYLE} />
    </aside>`}
  </div>`;
}

/// The registers whose notice the preview can show: those the review
/// touches first, then the open document's others.
function previewRegisters(app, view) {
  const seen = new Set();
  const out = [];
  for (const group of view.groups) {
    if (group.register && !seen.has(group.register)) {
      seen.add(group.register);
      // Named as this copy names it, like the notice beside it until a choice changes it.
      const own = findRecord(app.doc, 'register', group.register);
      out.push({ id: group.register, name: localized(own?.name || group.name, app.lang) || app.t('untitled') });
    }
  }
  for (const register of app.doc?.registers || []) {
    if (!seen.has(register.id)) {
      seen.add(register.id);
      out.push({ id: register.id, name: localized(register.name, app.lang) || app.t('untitled') });
    }
  }
  return out;
}
