// The export dialog: which document, which register (for a notice), which
// language, and where to save it (typed, or chosen in the native dialog).

import { html, useState, useEffect, useRef } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Modal } from '../components.js';
import { LANGUAGES, LANGUAGE_NAMES, translate } from '../i18n.js';
import { text } from '../model.js';

const TYPES = [
  ['record_pdf', 'doc_record_pdf', 'export_record_pdf', 'pdf'],
  ['processor_record_pdf', 'doc_processor_record_pdf', 'export_processor_record_pdf', 'pdf'],
  ['notice_pdf', 'doc_notice_pdf', 'export_notice_pdf', 'pdf'],
  ['notice_html', 'doc_notice_html', 'export_notice_html', 'html'],
  ['xlsx', 'doc_xlsx', 'export_xlsx', 'xlsx'],
];

// The types that export one register's notice.
const NOTICE = ['notice_pdf', 'notice_html'];
// The types that carry the draft mark while errors are open.
const DRAFTED = ['record_pdf', 'notice_pdf', 'notice_html'];
// The file name each type suggests (a notice adds its register's name).
const FILE_NAME = { processor_record_pdf: 'processor_record_file_name' };

export function ExportDialog() {
  const app = useApp();
  const registers = app.doc.registers;
  const [type, setType] = useState('record_pdf');
  // The register on screen is the one whose notice is wanted; else the first.
  const onScreen = app.screen?.name === 'register' && registers.some((r) => r.id === app.screen.id) ? app.screen.id : null;
  const [register, setRegister] = useState(onScreen || registers[0]?.id || '');
  const [language, setLanguage] = useState(app.lang);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(null);
  const [missing, setMissing] = useState(null);
  // When the file is written, focus moves to the offer to open it.
  const openButton = useRef(null);
  useEffect(() => {
    if (done) openButton.current?.focus();
  }, [done]);
  const [, labelKey, command, extension] = TYPES.find(([key]) => key === type);
  // The open errors that make the document a draft (as the exporter decides):
  // for a notice those of its register and of the organisation; for the record, all.
  const draftReasons = app.findings.filter((f) => !f.answer && f.severity === 'error' && (
    type !== 'notice_pdf' || f.register === register || (!f.register && f.kind === 'organisation')
  ));

  const checkLanguage = async (lang) => {
    setLanguage(lang);
    try {
      const findings = await invoke('get_findings', { language: lang });
      setMissing(findings.filter((f) => f.code === 'text_missing_in_language').length);
    } catch {
      setMissing(null);
    }
  };

  const suggested = () => {
    const base = NOTICE.includes(type)
      ? `${translate(language, 'notice_file_name')} – ${text(registers.find((r) => r.id === register)?.name, language)}`
      : translate(language, FILE_NAME[type] || 'record_file_name');
    return `${base.replace(/[\\/:*?"<>|]/g, '_')}.${extension}`;
  };

  const submit = async () => {
    setBusy(true);
    setDone(null);
    try {
      const args = {
        target: { path: path.trim() || null, title: app.t(labelKey), suggested_name: suggested() },
        language,
      };
      if (NOTICE.includes(type)) args.register = register;
      const written = await invoke(command, args);
      if (written) setDone(written);
    } catch (e) {
      app.closeModal();
      app.showError(e);
    } finally {
      setBusy(false);
    }
  };

  return html`<${Modal}
    title=${app.t('export_title')}
    submitLabel=${app.t('export')}
    busy=${busy || (NOTICE.includes(type) && !register)}
    wide
    finished=${!!done}
    test="export-dialog"
    onClose=${app.closeModal}
    onSubmit=${submit}
  >
    <fieldset class="radios">
      <legend>${app.t('document_type')}</legend>
      ${TYPES.map(([key, label]) => html`<div class="check" key=${key}>
        <input type="radio" name="export-type" id=${`export-type-${key}`} value=${key} checked=${type === key} data-test=${`export-type-${key}`} onChange=${() => setType(key)} />
        <label for=${`export-type-${key}`}>${app.t(label)}</label>
      </div>`)}
    </fieldset>
    ${NOTICE.includes(type) && html`<div class="field">
      <label for="export-register">${app.t('register')}</label>
      ${registers.length === 0
        ? html`<p class="muted">${app.t('no_registers_for_notice')}</p>`
        : html`<select id="export-register" value=${register} data-test="export-register" onChange=${(e) => setRegister(e.currentTarget.value)}>
            ${registers.map((r) => html`<option key=${r.id} value=${r.id}>${text(r.name, app.lang) || app.t('untitled')}</option>`)}
          </select>`}
    </div>`}
    <div class="field">
      <label for="export-language">${app.t('document_language')}</label>
      <select id="export-language" value=${language} data-test="export-language" onChange=${(e) => checkLanguage(e.currentTarget.value)}>
        ${LANGUAGES.map((l) => html`<option key=${l} value=${l}>${LANGUAGE_NAMES[l]}</option>`)}
      </select>
      ${missing > 0 && html`<div class="hint warning-text">${app.t('export_missing_text', { n: missing })}</div>`}
    </div>
    ${DRAFTED.includes(type) && draftReasons.length > 0 && html`<div class="callout warning draft-reasons" role="note" data-test="export-draft">
      <p>${app.t('export_draft', { n: draftReasons.length })}</p>
      <ul>${draftReasons.slice(0, 8).map((f, i) => html`<li key=${i}>${f.message[app.lang] || f.message.en}</li>`)}</ul>
    </div>`}
    <div class="field">
      <label for="export-path">${app.t('save_to')}</label>
      <input id="export-path" type="text" value=${path} spellcheck="false" placeholder=${suggested()} data-test="export-path" aria-describedby="export-path-hint" onInput=${(e) => setPath(e.currentTarget.value)} />
      <div class="hint" id="export-path-hint">${app.t('file_path_hint')}</div>
    </div>
    ${done && html`<div class="callout ok" role="status" data-test="export-done">
      <span>${app.t('exported_to', { n: done })}</span>
      <button type="button" class="secondary small" ref=${openButton} data-test="export-open-file" onClick=${() => invoke('open_path', { path: done }).catch(app.showError)}>${app.t('open_file')}</button>
    </div>`}
  </${Modal}>`;
}
