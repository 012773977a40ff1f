// Form controls shared by the screens. Every control has a label; text is
// kept in a local draft while the user types and saved when the field is left
// (or on Enter), so a save never clobbers what is being typed. User text is
// always rendered as text: nothing here sets innerHTML.

import { html, useState, useEffect, useLayoutEffect, useRef, useContext, createContext, Component } from './vendor/preact-htm.js';
import { LANGUAGE_NAMES, hasString } from './i18n.js';
import { getField } from './model.js';

export const AppContext = createContext(null);
export const useApp = () => useContext(AppContext);

/// The DOM id of a record's field; findings lead to it (see `focusField`).
export function fieldId(recordId, path, lang) {
  return lang ? `f:${recordId}:${path}:${lang}` : `f:${recordId}:${path}`;
}

/// The one-line explanation of a field, if i18n.js has one: `help_KIND_PATH`,
/// the path without list indexes ("legal_bases.0.basis" → `help_purpose_legal_bases_basis`).
export function fieldHint(app, kind, path) {
  const key = `help_${kind}_${path.replace(/\.\d+/g, '').replace(/\./g, '_')}`;
  return hasString(key) ? app.t(key) : undefined;
}

/// Binds a control to one field of one record: its value, how to save it, and its explanation.
export function bind(app, kind, record, path) {
  return {
    id: fieldId(record.id, path),
    name: path,
    value: getField(record, path),
    hint: fieldHint(app, kind, path),
    onCommit: (value) => app.setField(kind, record.id, path, value),
  };
}

/// A text area as tall as its text: it grows while the user types and
/// never hides a line behind a scroll bar of its own (style.css caps a very
/// long text's height).
function GrowingTextarea(props) {
  const ref = useRef(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    if (el.scrollHeight > el.clientHeight) el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [props.value]);
  return html`<textarea ref=${ref} ...${props}></textarea>`;
}

/// The texts that are written as sentences rather than names (qualifiers,
/// conditions, descriptions …), by the last part of their path: each is a
/// growing multi-line field wherever it is shown.
const LONG_TEXTS = new Set([
  'description', 'transfers_qualifier', 'disclosures_qualifier', 'condition', 'consequence_of_not_providing',
  'consequence_if_not_given', 'need_for_national_id', 'legitimate_interest', 'data', 'purpose', 'usage',
  'documentation', 'channel', 'identity_check', 'format', 'notes', 'refusal_grounds', 'joint_controllers',
  'representative', 'risk_assessment', 'notification_reason', 'not_informed_reason', 'extension_reason',
  'collection_procedure', 'function', 'data_location', 'data_held', 'address', 'period', 'routine',
  'automated_decisions_description', 'decided_by', 'breach_log', 'measures', 'consequences',
]);

/// Whether the text at `path` is written as sentences (see LONG_TEXTS).
export function isLongText(path) {
  return LONG_TEXTS.has(String(path).split('.').filter((p) => !/^\d+$/.test(p)).pop());
}

/// Enough rows to show the text (up to 10), at least `min`.
function fitRows(value, min = 2, perLine = 90) {
  const lines = String(value || '')
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return Math.min(10, Math.max(min, lines));
}

export function TextInput({ id, name, label, value, onCommit, multiline, type = 'text', hint, placeholder, inputMode, rows = 2, wide, test }) {
  const committed = value ?? '';
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);
  const commit = () => {
    if (draft !== committed) onCommit(draft);
  };
  const onKeyDown = (e) => {
    if (e.key === 'Escape' && draft !== committed) {
      setDraft(committed);
      e.stopPropagation();
    }
  };
  const common = {
    id,
    name,
    value: draft,
    placeholder,
    inputMode,
    'data-committed': committed,
    'data-test': test,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (e) => setDraft(e.currentTarget.value),
    onChange: commit,
    onKeyDown,
  };
  const control = multiline ? html`<${GrowingTextarea} rows=${fitRows(draft, rows)} ...${common} />` : html`<input type=${type} ...${common} />`;
  return html`<div class=${`field${wide ? ' wide' : ''}`}>
    <label for=${id}><${PlainLabel} label=${label} /></label>
    ${control}
    ${hint && html`<div class="hint" id=${`${id}-hint`}>${hint}</div>`}
  </div>`;
}

/// A label's words and its trailing article reference, if any: "Legal basis
/// (Art. 6(1))" → ["Legal basis", "Art. 6(1)"]; the Swedish "… (art. 6.1)"
/// and the Finnish "… (6.1 art.)" alike; otherwise [label, null].
export function splitReference(label) {
  const match = /^(.*\S)\s+\(((?:[Aa]rt\.\s*[^()]*(?:\([^()]*\))*[^()]*)|(?:\d[\d.]*(?:\s+[a-z])?\s+art\.))\)$/.exec(label);
  return match ? [match[1], match[2]] : [label, null];
}

/// A label in plain words: a trailing article reference is set apart as a
/// small reference after the words, so the question reads first.
export function PlainLabel({ label }) {
  if (typeof label !== 'string') return label;
  const [words, reference] = splitReference(label);
  return reference ? html`${words} <span class="ref">${reference}</span>` : label;
}

/// The language the document is written in (the organisation's choice), else the UI's.
export function workingLanguage(app) {
  return app.doc?.organisation?.working_language || app.lang;
}

/// A text of the document. The editor shows it in the working language only,
/// full width, one tab stop; the translation view passes `languages` to show
/// the working language beside another.
export function LocalizedInput({ id, name, label, value, onCommit, commitLang, multiline, rows, test, languages, hint, compact }) {
  const app = useApp();
  const current = value || {};
  const shown = languages || [workingLanguage(app)];
  const one = shown.length === 1;
  // Side by side, the languages share one height, so the row stays even.
  const shared = multiline ? Math.max(...shown.map((l) => fitRows(current[l], rows || 2, one ? 90 : 45))) : undefined;
  const cells = shown.map(
    (lang) => html`<${LanguageInput}
      key=${lang}
      id=${`${id}:${lang}`}
      name=${`${name}.${lang}`}
      lang=${lang}
      label=${label}
      tagged=${!one}
      value=${current[lang] || ''}
      multiline=${multiline}
      rows=${shared}
      describedBy=${hint ? `${id}-hint` : undefined}
      test=${test && `${test}-${lang}`}
      onCommit=${(text) => (commitLang ? commitLang(lang, text) : onCommit({ ...(value || {}), [lang]: text }))}
    />`,
  );
  if (one) {
    return html`<div class=${`field localized${compact ? ' compact' : ''}`} id=${id}>
      <label for=${`${id}:${shown[0]}`} class=${compact ? 'visually-hidden' : undefined}><${PlainLabel} label=${label} /></label>
      ${cells}
      ${hint && html`<div class="hint" id=${`${id}-hint`}>${hint}</div>`}
    </div>`;
  }
  return html`<fieldset class="localized" id=${id}>
    <legend><${PlainLabel} label=${label} /></legend>
    <div class="localized-row" style=${`grid-template-columns: repeat(${shown.length}, 1fr)`}>${cells}</div>
  </fieldset>`;
}

function LanguageInput({ id, name, lang, label, value, onCommit, multiline, rows = 2, tagged, describedBy, test }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const common = {
    id,
    name,
    lang,
    value: draft,
    'data-committed': value,
    'data-test': test,
    'aria-label': tagged ? `${label} (${LANGUAGE_NAMES[lang]})` : undefined,
    'aria-describedby': describedBy,
    onInput: (e) => setDraft(e.currentTarget.value),
    onChange: () => draft !== value && onCommit(draft),
    onKeyDown: (e) => {
      if (e.key === 'Escape' && draft !== value) {
        setDraft(value);
        e.stopPropagation();
      }
    },
  };
  // A text area grows with what is typed into it.
  const height = multiline ? Math.max(rows || 2, fitRows(draft, rows || 2, tagged ? 45 : 90)) : undefined;
  return html`<div class=${`lang-cell${tagged ? ' tagged' : ''}`}>
    ${tagged && html`<span class="lang-tag" aria-hidden="true">${lang.toUpperCase()}</span>`}
    ${multiline ? html`<${GrowingTextarea} rows=${height} ...${common} />` : html`<input type="text" ...${common} />`}
  </div>`;
}

/// A localized field of a record; a text written as sentences (LONG_TEXTS)
/// is a growing multi-line field, starting one line high when empty.
export function Loc({ kind, record, path, label, multiline, rows, test, hint, compact }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  const commitLang = (lang, text) => app.setField(kind, record.id, `${path}.${lang}`, text);
  const long = multiline || isLongText(path);
  return html`<${LocalizedInput} ...${b} commitLang=${commitLang} label=${label} multiline=${long} rows=${rows ?? (multiline ? 2 : 1)} test=${test} hint=${compact ? undefined : hint || b.hint} compact=${compact} />`;
}

/// A plain text field of a record.
export function Text({ kind, record, path, label, type, hint, multiline, test }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  return html`<${TextInput} ...${b} label=${label} type=${type} hint=${hint || b.hint} multiline=${multiline} test=${test} />`;
}

/// A whole number, or nothing.
export function NumberField({ kind, record, path, label, hint }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  return html`<${TextInput}
    ...${b}
    label=${label}
    hint=${hint || b.hint}
    inputMode="numeric"
    value=${b.value === null || b.value === undefined ? '' : String(b.value)}
    onCommit=${(text) => {
      const trimmed = text.trim();
      if (trimmed === '') return b.onCommit(null);
      const n = Number.parseInt(trimmed, 10);
      if (Number.isFinite(n) && n >= 0 && String(n) === trimmed) b.onCommit(n);
      else app.notify('err_invalid_edit', trimmed);
    }}
  />`;
}

/// A date (YYYY-MM-DD), or nothing.
export function DateField({ kind, record, path, label, test }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  return html`<${TextInput}
    ...${b}
    label=${label}
    test=${test}
    value=${b.value || ''}
    placeholder=${app.t('date_placeholder')}
    onCommit=${(value) => {
      if (value === '') return b.onCommit(null);
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) b.onCommit(value);
      else app.notify('err_invalid_edit', value);
    }}
  />`;
}

export function SelectInput({ id, name, label, value, options, onCommit, allowEmpty = true, emptyLabel, hint, test, compact }) {
  const app = useApp();
  const current = value === null || value === undefined ? '' : String(value);
  const known = options.some((o) => o.value === current);
  return html`<div class=${`field${compact ? ' compact' : ''}`}>
    <label for=${id} class=${compact ? 'visually-hidden' : undefined}><${PlainLabel} label=${label} /></label>
    <select
      id=${id}
      name=${name}
      data-test=${test}
      aria-describedby=${hint ? `${id}-hint` : undefined}
      value=${current}
      onChange=${(e) => {
        const v = e.currentTarget.value;
        onCommit(v === '' ? null : v);
      }}
    >
      ${allowEmpty && html`<option value="">${emptyLabel || app.t('none_selected')}</option>`}
      ${!known && current !== '' && html`<option value=${current}>${current}</option>`}
      ${options.map((o) => html`<option key=${o.value} value=${o.value}>${o.label}</option>`)}
    </select>
    ${hint && html`<div class="hint" id=${`${id}-hint`}>${hint}</div>`}
  </div>`;
}

/// A field of a record chosen from a fixed vocabulary (labels from the model).
export function Vocab({ kind, record, path, vocabulary, label, allowEmpty, emptyLabel, test, compact }) {
  const app = useApp();
  const options = (app.vocab[vocabulary] || []).map((v) => ({ value: v.code, label: v[app.lang] }));
  return html`<${SelectInput}
    ...${bind(app, kind, record, path)}
    label=${label}
    options=${options}
    allowEmpty=${allowEmpty ?? true}
    emptyLabel=${emptyLabel}
    test=${test}
    compact=${compact}
  />`;
}

export function countryOptions(app) {
  return [...(app.vocab.country || [])]
    .map((c) => ({ value: c.code, label: c[app.lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, app.lang));
}

/// A country code field (ISO 3166-1 alpha-2; '' when unknown).
export function Country({ kind, record, path, label, test }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  return html`<${SelectInput}
    ...${b}
    label=${label}
    options=${countryOptions(app)}
    test=${test}
    onCommit=${(v) => b.onCommit(v || '')}
  />`;
}

/// The option of a pick that creates a new entry instead.
const CREATE = '+new';

/// A field of a record that points at another record, picked from a list.
/// With `onCreate(name, details)`, the list ends in "+ New …", which asks for
/// a name there and then, and for the few `createFields` (a person's e-mail
/// and phone) that the record is mostly wanted for (the rest is filled in
/// later where such records are listed); `onCreate` creates the record and
/// points the field at it. Enter in any of the boxes creates it.
export function Pick({ kind, record, path, label, options, test, hint, emptyLabel, onCreate, createLabel, createFields = [], compact }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [details, setDetails] = useState({});
  const input = useRef(null);
  useEffect(() => {
    if (creating) input.current?.focus();
  }, [creating]);
  if (!onCreate) {
    return html`<${SelectInput} ...${b} label=${label} options=${options} test=${test} hint=${compact ? undefined : hint || b.hint} emptyLabel=${emptyLabel} compact=${compact} />`;
  }
  // Back to the pick once the name box is gone, as after any choice.
  const backToPick = () => setTimeout(() => document.getElementById(b.id)?.focus(), 0);
  const create = () => {
    if (!name.trim()) return;
    const given = Object.fromEntries(Object.entries(details).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v));
    onCreate(name.trim(), given);
    setName('');
    setDetails({});
    setCreating(false);
    backToPick();
  };
  const onKeyDown = (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      create();
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setCreating(false);
      backToPick();
    }
  };
  return html`<div class="pick-create">
    <${SelectInput}
      ...${b}
      label=${label}
      options=${[...options, { value: CREATE, label: `+ ${createLabel}…` }]}
      test=${test}
      hint=${hint || b.hint}
      emptyLabel=${emptyLabel}
      onCommit=${(value) => (value === CREATE ? setCreating(true) : b.onCommit(value))}
    />
    ${creating && html`<div class="add-new create">
      <label for=${`${b.id}:create`} class="visually-hidden">${createLabel}</label>
      <input
        id=${`${b.id}:create`}
        ref=${input}
        type="text"
        value=${name}
        placeholder=${createLabel}
        data-test=${test && `${test}-create-name`}
        onInput=${(e) => setName(e.currentTarget.value)}
        onKeyDown=${onKeyDown}
      />
      ${createFields.map((f) => html`<span key=${f.key}>
        <label for=${`${b.id}:create:${f.key}`} class="visually-hidden">${f.label}</label>
        <input
          id=${`${b.id}:create:${f.key}`}
          type=${f.type || 'text'}
          value=${details[f.key] || ''}
          placeholder=${f.label}
          data-test=${test && `${test}-create-${f.key}`}
          onInput=${(e) => setDetails({ ...details, [f.key]: e.currentTarget.value })}
          onKeyDown=${onKeyDown}
        />
      </span>`)}
      <button type="button" class="secondary small" data-test=${test && `${test}-create`} disabled=${!name.trim()} onClick=${create}>${app.t('add')}</button>
    </div>`}
  </div>`;
}

export function CheckboxInput({ id, name, label, checked, onCommit, test }) {
  return html`<div class="check">
    <input
      type="checkbox"
      id=${id}
      name=${name}
      data-test=${test}
      checked=${!!checked}
      onChange=${(e) => onCommit(e.currentTarget.checked)}
    />
    <label for=${id}><${PlainLabel} label=${label} /></label>
  </div>`;
}

export function Check({ kind, record, path, label, test }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  return html`<${CheckboxInput} ...${b} checked=${b.value} label=${label} test=${test} />`;
}

/// A yes / no / not answered question: three radio buttons, "not answered"
/// until a person chooses (a document says nothing about an unanswered question).
export function AnswerField({ kind, record, path, label, test }) {
  const app = useApp();
  const b = bind(app, kind, record, path);
  const current = b.value === true ? 'yes' : b.value === false || !b.value ? 'not_answered' : b.value;
  const choices = (app.vocab.answer || []).map((v) => ({ value: v.code, label: v[app.lang] }));
  return html`<fieldset class="answer" id=${b.id} data-test=${test} aria-describedby=${b.hint ? `${b.id}-hint` : undefined}>
    <legend><${PlainLabel} label=${label} /></legend>
    ${b.hint && html`<div class="hint" id=${`${b.id}-hint`}>${b.hint}</div>`}
    ${choices.map((c) => html`<label key=${c.value} class="answer-choice">
      <input
        type="radio"
        name=${b.id}
        value=${c.value}
        checked=${current === c.value}
        onChange=${() => b.onCommit(c.value)}
      />
      ${c.label}
    </label>`)}
  </fieldset>`;
}

/// The entries in a typed or pasted text: one per non-empty line, without
/// the bullet or number a list in a document starts its lines with.
export function entryLines(text) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim());
  // A leading number is the list's only when every line has one.
  const numbered = lines.length > 1 && lines.every((line) => /^\s*\d{1,3}[.)]\s+/.test(line));
  return lines
    .map((line) => line.replace(/^\s*(?:[•·▪◦‣∙\uF0B7\uF0A7]\s*|[-*–—]\s+|o\t)/, ''))
    .map((line) => (numbered ? line.replace(/^\s*\d{1,3}[.)]\s+/, '') : line).trim())
    .filter(Boolean);
}

/// Adds one entry or several at once: a box that takes one entry per line
/// (a list pasted from an old document stays a list). Enter adds,
/// Shift+Enter starts a new line. Focus stays in the box for the next one.
export function AddNew({ id, label, onAdd, test }) {
  const app = useApp();
  const [draft, setDraft] = useState('');
  const lines = entryLines(draft);
  const add = () => {
    if (lines.length === 0) return;
    onAdd(lines);
    setDraft('');
  };
  return html`<div class="add-new">
    <label for=${id} class="visually-hidden">${label}</label>
    <textarea
      id=${id}
      rows=${fitRows(draft, 1)}
      placeholder=${label}
      value=${draft}
      data-test=${test}
      data-committed=""
      aria-describedby=${`${id}-hint`}
      onInput=${(e) => setDraft(e.currentTarget.value)}
      onKeyDown=${(e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          add();
        }
      }}
    ></textarea>
    <div class="hint" id=${`${id}-hint`}>${app.t('add_one_per_line')}</div>
    <button type="button" class="secondary small" data-test=${test && `${test}-submit`} onClick=${add} disabled=${lines.length === 0}>
      ${lines.length > 1 ? app.t('add_several', { n: lines.length }) : app.t('add')}
    </button>
  </div>`;
}

/// Several references, picked with checkboxes; new entries (one or several,
/// one per line) can be added and picked at once.
export function MultiPick({ id, label, options, selected, onCommit, onAddNew, addLabel, emptyText, test }) {
  const app = useApp();
  const chosen = new Set(selected || []);
  const toggle = (value, on) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : chosen.has(v)));
    onCommit(next);
  };
  return html`<fieldset class="multipick" id=${id} data-test=${test}>
    <legend><${PlainLabel} label=${label} /></legend>
    ${options.length === 0 && html`<p class="muted">${emptyText || app.t('empty_list')}</p>`}
    <div class="pick-grid">
      ${options.map(
        (o) => html`<div class="check" key=${o.value}>
          <input
            type="checkbox"
            id=${`${id}:${o.value}`}
            checked=${chosen.has(o.value)}
            onChange=${(e) => toggle(o.value, e.currentTarget.checked)}
          />
          <label for=${`${id}:${o.value}`}>${o.label || app.t('untitled')}</label>
        </div>`,
      )}
    </div>
    ${onAddNew && html`<${AddNew} id=${`${id}:new`} label=${addLabel} onAdd=${onAddNew} test=${test && `${test}-new`} />`}
  </fieldset>`;
}

/// A list of localized texts (permissions, incident steps), each editable and removable.
export function LocalizedList({ kind, record, path, label, addLabel }) {
  const app = useApp();
  const items = getField(record, path) || [];
  const save = (next) => app.setField(kind, record.id, path, next);
  return html`<fieldset class="loclist" id=${`f:${record.id}:${path}`}>
    <legend><${PlainLabel} label=${label} /></legend>
    ${items.length === 0 && html`<p class="muted">${app.t('empty_list')}</p>`}
    ${items.map(
      (item, index) => html`<div class="loclist-row" key=${index}>
        <span class="index">${index + 1}.</span>
        <${LocalizedInput}
          id=${`f:${record.id}:${path}.${index}`}
          name=${`${path}.${index}`}
          label=${`${label} ${index + 1}`}
          value=${item}
          commitLang=${(lang, text) => app.setField(kind, record.id, `${path}.${index}.${lang}`, text)}
        />
        <button
          type="button"
          class="icon"
          title=${app.t('delete')}
          aria-label=${`${app.t('delete')}: ${label} ${index + 1}`}
          onClick=${() => save(items.filter((_, i) => i !== index))}
        >×</button>
      </div>`,
    )}
    <button type="button" class="secondary small" onClick=${() => save([...items, {}])}>+ ${addLabel}</button>
  </fieldset>`;
}

/// One record shown as a card with a title, a delete button and, with
/// `onMove(step)`, buttons that move it up (-1) or down (+1) in its list.
/// The buttons come after the card's fields in the tab order (the header
/// shows them): Tab from the field before a card lands in its first field,
/// never on a delete button. `first` / `last` disable a move that cannot be.
export function Card({ record, kind, title, children, test, onDelete, onMove, first, last }) {
  const app = useApp();
  const shown = title || app.t('untitled');
  // Alt+↑ / Alt+↓ anywhere in a card that can move moves it.
  const onKeyDown = onMove && ((e) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    if (e.key === 'ArrowUp' ? !first : !last) onMove(e.key === 'ArrowUp' ? -1 : 1);
  });
  return html`<section class=${`card${onMove ? ' movable' : ''}`} id=${`rec-${record.id}`} data-test=${test} data-kind=${kind} onKeyDown=${onKeyDown}>
    <header class="card-head">
      <h3>${shown}</h3>
    </header>
    <div class="card-body">${children}</div>
    <div class="card-tools">
      ${onMove && html`<button
        type="button"
        class="icon"
        id=${`move-${record.id}-up`}
        data-test="move-up"
        disabled=${first}
        title=${`${app.t('move_up')} (Alt+↑)`}
        aria-label=${`${app.t('move_up')}: ${shown}`}
        onClick=${() => onMove(-1)}
      >↑</button>
      <button
        type="button"
        class="icon"
        id=${`move-${record.id}-down`}
        data-test="move-down"
        disabled=${last}
        title=${`${app.t('move_down')} (Alt+↓)`}
        aria-label=${`${app.t('move_down')}: ${shown}`}
        onClick=${() => onMove(1)}
      >↓</button>`}
      <button
        type="button"
        class="icon danger"
        data-test="delete"
        title=${app.t('delete')}
        aria-label=${`${app.t('delete')}: ${shown}`}
        onClick=${onDelete || (() => app.remove(kind, record.id, shown))}
      >✕</button>
    </div>
  </section>`;
}

/// Where a record was deleted: what it was, and its undo, right there. The
/// delete was the last change (app.js drops the offer at the next one), so
/// Undo brings it back in its place.
export function UndoRow({ deleted }) {
  const app = useApp();
  return html`<div class="undo-row" role="status" data-test="undo-row">
    <span>${app.t('deleted_named', { n: deleted.name || app.t('untitled') })}</span>
    <button type="button" class="secondary small" id=${`undo-${deleted.id}`} data-test="undo-delete" onClick=${app.undoDelete}>↶ ${app.t('undo')}</button>
  </div>`;
}

/// `records` drawn with `draw(record, index)`, with the offer to undo a
/// delete of one of them (`app.deleted`, kept with the list it was in:
/// `list`) where it was.
export function withUndo(app, list, records, draw) {
  const deleted = app.deleted?.list === list ? app.deleted : null;
  const drawn = records.map(draw);
  if (deleted) drawn.splice(Math.min(deleted.index, drawn.length), 0, html`<${UndoRow} key=${`undo-${deleted.id}`} deleted=${deleted} />`);
  return drawn;
}

export function Section({ title, lead, children, actions, id }) {
  return html`<section class="section" id=${id}>
    <header class="section-head">
      <h2>${title}</h2>
      <div class="actions">${actions}</div>
    </header>
    ${lead && html`<p class="lead">${lead}</p>`}
    ${children}
  </section>`;
}

/// A modal dialog: Escape or Cancel closes it, Enter in a field submits it.
/// `finished`: the dialog's work is done (an export written), so Cancel reads Close.
/// `blocked`: the dialog waits for an answer in it first; `busy`: it is working.
export function Modal({ title, onClose, onSubmit, children, submitLabel, busy, blocked, test, wide, finished }) {
  const app = useApp();
  const titleId = `modal-title-${title.length}`;
  useEffect(() => {
    const previous = document.activeElement;
    const first = document.querySelector('.modal input, .modal select, .modal textarea, .modal button');
    if (first) first.focus();
    return () => previous && previous.isConnected && previous.focus && previous.focus();
  }, []);
  // Escape closes the dialog wherever focus is (a button that was just disabled drops it).
  useEffect(() => {
    const onKey = (e) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return html`<div class="backdrop" onMouseDown=${(e) => e.target === e.currentTarget && onClose()}>
    <form
      class=${`modal${wide ? ' wide' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby=${titleId}
      data-test=${test}
      onKeyDown=${(e) => {
        if (e.key === 'Tab') trapFocus(e);
      }}
      onSubmit=${(e) => {
        e.preventDefault();
        if (!busy && !blocked && onSubmit) onSubmit();
      }}
    >
      <h2 id=${titleId}>${title}</h2>
      <div class="modal-body">${children}</div>
      <footer class="modal-foot">
        <button type="button" class="secondary" onClick=${onClose} data-test="modal-cancel">${app.t(onSubmit && !finished ? 'cancel' : 'close')}</button>
        ${onSubmit && html`<button type="submit" class="primary" disabled=${busy || blocked} data-test="modal-submit">${busy ? app.t('working') : submitLabel}</button>`}
      </footer>
    </form>
  </div>`;
}

function trapFocus(e) {
  const focusable = [...e.currentTarget.querySelectorAll('input, select, textarea, button')].filter((el) => !el.disabled);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/// Moves focus to the field a finding is about: the exact field, else the
/// nearest enclosing one, else (unless `fieldOnly`) the record itself.
/// Returns whether it found it.
export function focusField(recordId, field, fieldOnly = false) {
  const path = (field || '').replace(/\[(\d+)\]/g, '.$1');
  const parts = path ? path.split('.') : [];
  for (let n = parts.length; n >= (fieldOnly && parts.length ? 1 : 0); n -= 1) {
    const prefix = parts.slice(0, n).join('.');
    const candidates = n === 0
      ? [document.getElementById(`rec-${recordId}`)]
      : [
          document.getElementById(`f:${recordId}:${prefix}`),
          ...['sv', 'fi', 'en'].map((l) => document.getElementById(`f:${recordId}:${prefix}:${l}`)),
        ];
    const target = candidates.find(Boolean);
    if (target) {
      const control = target.matches('input, select, textarea')
        ? target
        : target.querySelector('input, select, textarea, button') || target;
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const box = target.closest('.field, .shared-row, .item-row, fieldset, .check, .card') || target;
      box.classList.add('flash');
      setTimeout(() => box.classList.remove('flash'), 1600);
      control.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/// `render(props)` as a component that draws again only when a prop is no
/// longer the same value (===): a list row given its record is skipped when
/// an edit changed another record (changes.js keeps unchanged records the
/// same objects). What it draws must come from its props alone, not from the
/// app's context, which changes with every edit.
export function memo(render) {
  return class Memo extends Component {
    shouldComponentUpdate(next) {
      for (const key in next) if (next[key] !== this.props[key]) return true;
      for (const key in this.props) if (!(key in next)) return true;
      return false;
    }

    render(props) {
      return render(props);
    }
  };
}
