// @ts-check
// Starting from an existing description: the dialog that reads an old
// register description or privacy notice (a file or pasted text) into a new
// document, the same into the open document (as new registers or as a
// translation), and the review view: the old document's passages beside
// what was made of each, one confirmation per section, and a "put into…" for
// every passage that landed nowhere. The old text is the organisation's
// `imported_description` (crates/model/src/imported.rs) until the review is
// finished; the edit that finishes it removes it.

import { html, useState } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Modal } from '../components.js';
import { put, newRecord, text } from '../model.js';
import { LANGUAGES, LANGUAGE_NAMES, hasString } from '../i18n.js';

/// The importer's words for a place (crates/import/src/place.rs), by UI string.
const PLACE_WORDS = {
  'section heading': 'import_place_heading',
  "the old document's table of contents": 'import_place_contents',
  "the old document's running title": 'import_place_running_title',
  "the old document's title": 'import_place_title',
  'a register of its own': 'import_place_register',
  "the register's part of the section": 'import_place_register_part',
  'the date it was last updated': 'import_place_updated',
  'the date it was written': 'import_place_written',
  'the organisation': 'import_place_organisation',
  'the contact person': 'import_place_contact',
  name: 'import_place_name',
  'e-mail': 'email',
  phone: 'phone',
  address: 'address',
  'business ID': 'business_id',
  'VAT number': 'vat_number',
  'data subjects': 'import_place_data_subjects',
  'data item': 'import_place_data_item',
  'group of data items': 'import_place_group',
  purpose: 'import_place_purpose',
  'purpose with its legal basis': 'import_place_purpose_basis',
  'legal basis of its purposes': 'import_place_basis',
  'introduction of the purposes': 'import_place_intro',
  'introduction of the sources': 'import_place_intro',
  'introduction of the security measures': 'import_place_intro',
  source: 'import_place_source',
  recipient: 'import_place_recipient',
  retention: 'import_place_retention',
  rights: 'import_place_rights',
  'security measure': 'import_place_measure',
  description: 'import_place_description',
  'automated decisions: no': 'import_place_no_automated',
  'regular disclosures: no, in these words': 'import_place_no_disclosures',
  'transfers outside the EU/EEA: no, in these words': 'import_place_no_transfers',
  'transfers outside the EU/EEA: what the text says, to answer': 'import_place_transfers',
  'left out': 'import_place_left_out',
  'a cookie': 'import_place_cookie',
};

/// A place in the UI language: "Kundregister: ändamål". Words the table does
/// not know are shown as the importer wrote them.
/// With `oneRegister`, a register's name is left out (the import made one).
export function placeLabel(place, t, oneRegister = false) {
  const word = (w) => (PLACE_WORDS[w] ? t(PLACE_WORDS[w]) : w);
  const words = (list) => (PLACE_WORDS[list] ? word(list) : list.split(/; |, /).map(word).join(', '));
  const at = place.indexOf(': ');
  if (PLACE_WORDS[place]) return word(place);
  if (at < 0) return words(place);
  const head = place.slice(0, at);
  if (oneRegister && !PLACE_WORDS[head]) return words(place.slice(at + 2));
  return `${word(head)}: ${words(place.slice(at + 2))}`;
}

/// The description under review, or null.
export const underReview = (doc) => doc?.organisation?.imported_description || null;

/// The organisation with `description` as it is now: kept while its review
/// is unfinished, gone with the edit that finishes it.
function withDescription(organisation, description) {
  const next = { ...organisation };
  const finished = description.sections.every((s) => s.confirmed) && description.sections.every((s) => s.passages.every((p) => p.place));
  if (finished) delete next.imported_description;
  else next.imported_description = description;
  return next;
}

/// The edits that confirm section `index`: it is marked confirmed, a passage
/// of it still not placed is left out (the section says so beside the
/// button), and each unreviewed mark it holds is cleared from the import's
/// registers unless another unconfirmed section holds it too. The last
/// confirmation removes the old text.
export function confirmEdits(doc, index) {
  const description = structuredClone(underReview(doc));
  if (!description || !description.sections[index] || description.sections[index].confirmed) return [];
  description.sections[index].confirmed = true;
  for (const passage of description.sections[index].passages) if (!passage.place) passage.place = 'left out';
  const open = new Set(description.sections.filter((s) => !s.confirmed).flatMap((s) => s.marks || []));
  const clear = (description.sections[index].marks || []).filter((m) => !open.has(m));
  const edits = [put('organisation', withDescription(doc.organisation, description))];
  const places = description.sections[index].passages.map((p) => p.place || '');
  const single = description.registers.length === 1;
  for (const register of doc.registers) {
    if (!description.registers.includes(register.id)) continue;
    const marks = register.unreviewed_template_text || [];
    // A yes/no the old text states ("Tietoja ei luovuteta…") was imported as
    // a suggestion; the section that showed it beside its sentence confirms it.
    const names = Object.values(register.name || {}).filter(Boolean);
    const ours = (place) => single || names.some((n) => place.startsWith(`${n}: `));
    const suggested = { ...(register.suggested_answers || {}) };
    const answers = {};
    for (const [phrase, question] of IMPORTED_ANSWERS) {
      if (suggested[question] == null || !places.some((place) => ours(place) && place.includes(phrase))) continue;
      answers[question] = suggested[question];
      delete suggested[question];
    }
    const clearing = marks.some((m) => clear.includes(m));
    if (!clearing && Object.keys(answers).length === 0) continue;
    edits.push(put('register', {
      ...register,
      ...answers,
      suggested_answers: suggested,
      unreviewed_template_text: marks.filter((m) => !clear.includes(m)),
    }));
  }
  return edits;
}

/// The yes/no answers an import takes from a sentence that states them, by
/// the words `crates/import` (place.rs) names their place with.
const IMPORTED_ANSWERS = [
  ['transfers outside the EU/EEA: no', 'transfers_outside_eea'],
  ['regular disclosures: no', 'regular_disclosures'],
  ['automated decisions: no', 'automated_decisions'],
];

/// Where a passage that landed nowhere can be put.
export const TARGETS = ['description', 'purpose', 'data_item', 'data_subjects', 'source', 'security_measure', 'left_out'];
const TARGET_PLACE = {
  description: 'description',
  purpose: 'purpose',
  data_item: 'data item',
  data_subjects: 'data subjects',
  source: 'source',
  security_measure: 'security measure',
};

/// The edits that put passage `p` of section `s` into `target` of the
/// register `registerId`, in `lang`: a new record (or the register's
/// description, a paragraph more), and the passage's place. `left_out` is the
/// person's decision that it belongs nowhere; nothing is dropped without one.
export function putIntoEdits(doc, s, p, target, registerId, lang) {
  const description = structuredClone(underReview(doc));
  const passage = description?.sections[s]?.passages[p];
  if (!passage || passage.place) return [];
  const register = doc.registers.find((r) => r.id === registerId);
  const edits = [];
  const words = { [lang]: passage.text };
  if (target === 'left_out') {
    passage.place = 'left out';
  } else {
    if (!register) return [];
    let next = register;
    if (target === 'description') {
      const old = text(register.description, lang);
      next = { ...register, description: { ...register.description, [lang]: old ? `${old}\n\n${passage.text}` : passage.text } };
    } else if (target === 'purpose') {
      edits.push(put('purpose', newRecord('purpose', { register: register.id, description: words })));
    } else if (target === 'data_item') {
      edits.push(put('data_item', newRecord('data_item', { register: register.id, name: words })));
    } else if (target === 'data_subjects') {
      const category = newRecord('data_subject_category', { name: words });
      edits.push(put('data_subject_category', category));
      next = { ...register, data_subject_categories: [...(register.data_subject_categories || []), category.id] };
    } else if (target === 'source') {
      const source = newRecord('source', { name: words });
      edits.push(put('source', source));
      next = { ...register, sources: [...(register.sources || []), source.id] };
    } else if (target === 'security_measure') {
      const measure = newRecord('security_measure', { description: words });
      edits.push(put('security_measure', measure));
      next = { ...register, security_measures: [...(register.security_measures || []), measure.id] };
    } else {
      return [];
    }
    if (next !== register) edits.push(put('register', next));
    passage.place = `${text(register.name, lang) || 'register'}: ${TARGET_PLACE[target]}`;
  }
  return [put('organisation', withDescription(doc.organisation, description)), ...edits];
}

/// The file or pasted text, and what the text may not make clear.
function DescriptionFields({ value, onChange, idPrefix }) {
  const app = useApp();
  const set = (field) => (e) => onChange({ ...value, [field]: e.currentTarget.value });
  const pick = async () => {
    try {
      const path = await invoke('pick_description', { title: app.t('import_choose_file') });
      if (path) onChange({ ...value, path });
    } catch (e) {
      app.showError(e);
    }
  };
  return html`<div class="import-fields">
    <div class="field">
      <label for=${`${idPrefix}-file`}>${app.t('import_file')}</label>
      <div style="display:flex;gap:8px;align-items:center">
        <input id=${`${idPrefix}-file`} style="flex:1;min-width:0" type="text" spellcheck="false" value=${value.path} data-test="import-file" aria-describedby=${`${idPrefix}-file-hint`} onInput=${set('path')} />
        <button type="button" class="secondary" data-test="import-pick" onClick=${pick}>${app.t('import_choose_file')}</button>
      </div>
      <div class="hint" id=${`${idPrefix}-file-hint`}>${app.t('import_file_hint')}</div>
    </div>
    <div class="field">
      <label for=${`${idPrefix}-text`}>${app.t('import_paste')}</label>
      <textarea id=${`${idPrefix}-text`} rows="4" value=${value.text} data-test="import-text" onInput=${set('text')}></textarea>
    </div>
    <div class="row2">
      <div class="field">
        <label for=${`${idPrefix}-country`}>${app.t('country')}</label>
        <select id=${`${idPrefix}-country`} value=${value.country} data-test="import-country" onChange=${set('country')}>
          <option value="">${app.t('import_as_the_text_says')}</option>
          <option value="FI">${app.t('country_fi')}</option>
          <option value="SE">${app.t('country_se')}</option>
        </select>
      </div>
      <div class="field">
        <label for=${`${idPrefix}-language`}>${app.t('import_language')}</label>
        <select id=${`${idPrefix}-language`} value=${value.language} data-test="import-language" onChange=${set('language')}>
          <option value="">${app.t('import_as_the_text_says')}</option>
          ${LANGUAGES.map((l) => html`<option value=${l}>${LANGUAGE_NAMES[l]}</option>`)}
        </select>
      </div>
    </div>
  </div>`;
}

const EMPTY = { path: '', text: '', country: '', language: '' };

/// Why a description was refused, where it was given: the error's text and
/// the importer's one sentence.
function Refused({ error }) {
  const app = useApp();
  if (!error) return null;
  const key = hasString(`err_${error.code}`) ? `err_${error.code}` : 'err_other';
  return html`<div class="banner error" role="alert" data-test="import-error" data-code=${error.code}>
    <div><strong>${app.t(key)}</strong>${error.message && html` <span class="detail">${error.message}</span>`}</div>
  </div>`;
}

/// The description as the shell takes it (`Description` in src-tauri/src/import.rs).
export function descriptionArgs(value) {
  const text = value.text.trim();
  return {
    path: text ? null : value.path.trim() || null,
    text: text || null,
    country: value.country || null,
    language: value.language || null,
  };
}

/// The start screen's and the guide's "Start from my existing description".
export function ImportDialog() {
  const app = useApp();
  const [value, setValue] = useState(EMPTY);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const submit = async () => {
    setError(null);
    const description = descriptionArgs(value);
    if (!description.path && !description.text) {
      const picked = await invoke('pick_description', { title: app.t('import_choose_file') }).catch(app.showError);
      if (!picked) return;
      description.path = picked;
    }
    setBusy(true);
    try {
      const view = await invoke('import_new_document', {
        target: { path: path.trim() || null, title: app.t('import_title'), suggested_name: app.t('new_file_name') },
        description,
      });
      app.opened(view);
      if (view) app.nav({ name: 'import' });
    } catch (e) {
      setError(e && typeof e === 'object' ? e : { code: 'internal', message: String(e) });
    } finally {
      setBusy(false);
    }
  };
  return html`<${Modal} title=${app.t('import_title')} submitLabel=${app.t('import_submit')} busy=${busy} wide test="import-dialog" onClose=${app.closeModal} onSubmit=${submit}>
    <p class="lead">${app.t('import_lead')}</p>
    <${Refused} error=${error} />
    <${DescriptionFields} value=${value} onChange=${setValue} idPrefix="import-new" />
    <div class="field">
      <label for="import-document-path">${app.t('import_document_path')}</label>
      <input id="import-document-path" type="text" spellcheck="false" value=${path} data-test="import-document-path" aria-describedby="import-document-path-hint" onInput=${(e) => setPath(e.currentTarget.value)} />
      <div class="hint" id="import-document-path-hint">${app.t('file_path_hint')}</div>
    </div>
  </${Modal}>`;
}

/// Into the open document: as new registers or as their translation.
function ImportIntoDocument() {
  const app = useApp();
  const [value, setValue] = useState(EMPTY);
  const [translation, setTranslation] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e) => {
    e.preventDefault();
    const description = descriptionArgs(value);
    if (!description.path && !description.text) {
      const picked = await invoke('pick_description', { title: app.t('import_choose_file') }).catch(app.showError);
      if (!picked) return;
      description.path = picked;
    }
    setBusy(true);
    const done = await app.command('import_into_document', { description, translation });
    setBusy(false);
    if (done) {
      setValue(EMPTY);
      app.notify(translation ? 'import_translated' : 'import_imported');
    }
  };
  return html`<form class="card import-into" data-test="import-into" onSubmit=${submit}>
    <h2>${app.t('import_into_title')}</h2>
    <p class="muted">${app.t('import_into_lead')}</p>
    <${DescriptionFields} value=${value} onChange=${setValue} idPrefix="import-into" />
    <fieldset class="choice">
      <legend>${app.t('import_as')}</legend>
      <label><input type="radio" name="import-as" checked=${!translation} data-test="import-as-new" onChange=${() => setTranslation(false)} /> ${app.t('import_as_new')}</label>
      <label><input type="radio" name="import-as" checked=${translation} data-test="import-as-translation" onChange=${() => setTranslation(true)} /> ${app.t('import_as_translation')}</label>
    </fieldset>
    <button type="submit" class="primary" disabled=${busy} data-test="import-into-submit">${busy ? app.t('working') : app.t('import_submit')}</button>
  </form>`;
}

// The review's two columns: the old text, and what was made of it (inline:
// the layout is this screen's alone).
const COLUMNS = 'display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;';
const ROW = `${COLUMNS}padding:8px 14px;border-top:1px solid var(--border);`;

/// One passage and what was made of it; a passage placed nowhere offers "put into…".
function PassageRow({ passage, s, p, registers }) {
  const app = useApp();
  const lang = app.doc.organisation.working_language || app.lang;
  const putInto = (choice) => {
    const [target, registerId] = choice.split('|');
    app.change((doc) => putIntoEdits(doc, s, p, target, registerId, lang));
  };
  return html`<div class=${`import-passage${passage.place ? '' : ' not-placed'}`} style=${ROW} data-test="import-passage" data-placed=${passage.place ? 'yes' : 'no'}>
    <p class="import-old" style="margin:0;white-space:pre-wrap;overflow-wrap:anywhere" lang=${app.doc.organisation.imported_description.language}>${passage.text}</p>
    <div class=${`import-made${passage.place ? ' muted' : ''}`} style="display:flex;flex-direction:column;gap:4px;min-width:0;overflow-wrap:anywhere">
      ${passage.place
        ? html`<span>→ ${placeLabel(passage.place, app.t, registers.length === 1)}</span>`
        : html`<strong class="warning-text">${app.t('import_not_placed')}</strong>
          <label class="visually-hidden" for=${`put-${s}-${p}`}>${app.t('import_put_into')}</label>
          <select id=${`put-${s}-${p}`} data-test="import-put-into" value="" onChange=${(e) => e.currentTarget.value && putInto(e.currentTarget.value)}>
            <option value="">${app.t('import_put_into')}</option>
            ${registers.map((r) => html`<optgroup label=${text(r.name, lang) || app.t('import_place_register')}>
              ${TARGETS.filter((t) => t !== 'left_out').map((t) => html`<option value=${`${t}|${r.id}`}>${app.t(`import_target_${t}`)}</option>`)}
            </optgroup>`)}
            <option value="left_out|">${app.t('import_target_left_out')}</option>
          </select>`}
    </div>
  </div>`;
}

/// Whether a passage has a row of its own: the section's heading is the
/// card's title, and a confirmed section shows only what is still not placed.
const shown = (section, passage) =>
  !(passage.place === 'section heading' && passage.text.trim() === section.heading) && (!section.confirmed || !passage.place);

/// The review view: per section of the old document, its passages beside
/// what was made of each, and one confirmation.
export function ImportScreen() {
  const app = useApp();
  const description = underReview(app.doc);
  if (!description) {
    return html`<div class="screen" data-test="import-screen">
      <h1>${app.t('nav_import')}</h1>
      <p class="muted" data-test="import-none">${app.t('import_none')}</p>
      <${ImportIntoDocument} />
    </div>`;
  }
  const registers = app.doc.registers.filter((r) => description.registers.includes(r.id));
  const confirmed = description.sections.filter((s) => s.confirmed).length;
  const notPlaced = description.sections.flatMap((s) => s.passages).filter((p) => !p.place).length;
  const label = (code) => (app.vocab.template_section || []).find((v) => v.code === code)?.[app.lang] || code;
  return html`<div class="screen import-review" data-test="import-screen">
    <h1>${app.t('import_review_title')}</h1>
    <p class="lead">${app.t('import_review_lead')}</p>
    <p class="import-progress" data-test="import-progress">
      <strong>${app.t('import_progress', { n: confirmed, d: description.sections.length })}</strong>
      ${notPlaced > 0 && html` · <span class="warning-text" data-test="import-not-placed-count">${app.t('import_not_placed_count', { n: notPlaced })}</span>`}
      ${description.file_name && html` · <span class="muted">${description.file_name}</span>`}
    </p>
    ${description.sections.map(
      (section, s) => html`<section class=${`card import-section${section.confirmed ? ' confirmed' : ''}`} key=${s} data-test="import-section" data-confirmed=${section.confirmed ? 'yes' : 'no'}>
        <header class="row-between card-head" style="padding:10px 14px;align-items:center">
          <h2 style="margin:0;font-size:1.05rem">${section.heading || app.t('import_before_headings')}</h2>
          ${section.confirmed
            ? html`<span style="color:var(--ok)" data-test="import-section-confirmed">✓ ${app.t('import_confirmed')}</span>`
            : html`<button type="button" class="primary" data-test="import-confirm" onClick=${() => app.change((doc) => confirmEdits(doc, s))}>${app.t('confirm_section')}</button>`}
        </header>
        ${!section.confirmed && section.passages.some((x) => !x.place) && html`<p class="hint warning-text" style="margin:8px 14px 4px" data-test="import-left-out-hint">${app.t('import_confirm_leaves_out')}</p>`}
        ${section.marks?.length > 0 && html`<p class="hint" style="margin:8px 14px 4px">${app.t('import_fills', { n: section.marks.map(label).join(', ') })}</p>`}
        ${!section.confirmed && html`<div class="import-columns muted small" style=${`${COLUMNS}padding:6px 14px 4px`} aria-hidden="true"><span>${app.t('import_old_text')}</span><span>${app.t('import_made')}</span></div>`}
        ${section.passages.map((passage, p) => shown(section, passage) && html`<${PassageRow} key=${p} passage=${passage} s=${s} p=${p} registers=${registers} />`)}
      </section>`,
    )}
  </div>`;
}
