// @ts-check
// The export dialog: which document, which register (for a notice), which
// language, and where to save it (typed, or chosen in the native dialog).
// A typed path follows the document: choosing another type or register
// gives the file that document's name in the same folder, and a file already
// there is replaced only after the user says so (the native dialog asks
// itself). The open findings that make the document a draft are the
// exporter's own (`export_draft_reasons`), each leading to its place.

import { html, useState, useEffect, useRef } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Modal } from '../components.js';
import { LANGUAGES, LANGUAGE_NAMES, translate } from '../i18n.js';
import { text } from '../model.js';

/** @type {Array<[string, string, 'export_record_pdf' | 'export_processor_record_pdf' | 'export_notice_pdf' | 'export_notice_html' | 'export_xlsx', string]>} */
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
/// How many draft reasons are listed before "… and N more".
const REASONS_SHOWN = 8;

/// The name a document of `type` suggests for its file, in `language`.
export function suggestedFileName(type, registerName, language) {
  const [, , , extension] = TYPES.find(([key]) => key === type);
  const base = NOTICE.includes(type)
    ? `${translate(language, 'notice_file_name')} – ${registerName}`
    : translate(language, FILE_NAME[type] || 'record_file_name');
  return `${base.replace(/[\\/:*?"<>|]/g, '_').trim()}.${extension}`;
}

/// `path` with its file name replaced by `name` (the folder kept; `\` or `/`).
export function withFileName(path, name) {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return `${path.slice(0, cut + 1)}${name}`;
}

export function ExportDialog() {
  const app = useApp();
  const registers = app.doc.registers;
  // The register on screen is the one whose notice is wanted (its notice is
  // the document offered first); else the record and the first register.
  const onScreen = app.screen?.name === 'register' && registers.some((r) => r.id === app.screen.id) ? app.screen.id : null;
  const [type, setType] = useState(onScreen ? 'notice_pdf' : 'record_pdf');
  const [register, setRegister] = useState(onScreen || registers[0]?.id || '');
  const [language, setLanguage] = useState(app.lang);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(null);
  const [missing, setMissing] = useState(null);
  // The file found where a typed path points: the question whether to replace it.
  const [exists, setExists] = useState(null);
  const [reasons, setReasons] = useState([]);
  const [allReasons, setAllReasons] = useState(false);
  const openButton = useRef(null);
  const keepButton = useRef(null);
  // When the file is written, focus moves to the offer to open it; when one
  // is in the way, to the question (its safe answer first).
  useEffect(() => {
    if (done) openButton.current?.focus();
  }, [done]);
  useEffect(() => {
    if (exists) keepButton.current?.focus();
  }, [exists]);
  const [, labelKey, command] = TYPES.find(([key]) => key === type);
  const nameOf = (id, lang) => text(registers.find((r) => r.id === id)?.name, lang) || translate(lang, 'untitled');
  const suggested = suggestedFileName(type, nameOf(register, language), language);

  /// Another document, register or language: a typed path follows it, its
  /// file name becoming the new document's in the same folder.
  const choose = (next) => {
    const chosen = { type, register, language, ...next };
    setType(chosen.type);
    setRegister(chosen.register);
    setLanguage(chosen.language);
    const name = suggestedFileName(chosen.type, nameOf(chosen.register, chosen.language), chosen.language);
    if (name !== suggested) {
      setPath((typed) => (typed.trim() ? withFileName(typed.trim(), name) : typed));
      setExists(null);
      setDone(null);
    }
  };

  // The open findings that make this document a draft, as the exporter decides them.
  const drafted = DRAFTED.includes(type);
  const reasonsFor = drafted ? (NOTICE.includes(type) ? register || null : 'record') : null;
  useEffect(() => {
    if (!reasonsFor) {
      setReasons([]);
      return undefined;
    }
    let current = true;
    // The reasons of the document in the language it is exported in.
    invoke('export_draft_reasons', { register: reasonsFor === 'record' ? null : reasonsFor, language }).then(
      (list) => current && setReasons(list),
      () => current && setReasons([]),
    );
    return () => {
      current = false;
    };
  }, [reasonsFor, language, app.doc]);

  const checkLanguage = async (lang) => {
    choose({ language: lang });
    try {
      const findings = await invoke('get_findings', { language: lang });
      setMissing(findings.filter((f) => f.code === 'text_missing_in_language').length);
    } catch {
      setMissing(null);
    }
  };

  const submit = async (replace = false) => {
    setBusy(true);
    setDone(null);
    setExists(null);
    try {
      const args = {
        target: { path: path.trim() || null, title: app.t(labelKey), suggested_name: suggested },
        replace,
        language,
      };
      if (NOTICE.includes(type)) args.register = register;
      const written = await invoke(command, args);
      if (written) setDone(written);
    } catch (e) {
      if (e?.code === 'file_exists' && path.trim()) {
        setExists(path.trim());
      } else {
        app.closeModal();
        app.showError(e);
      }
    } finally {
      setBusy(false);
    }
  };

  const goTo = (finding) => {
    app.closeModal();
    app.goToFinding(finding);
  };
  const shown = allReasons ? reasons : reasons.slice(0, REASONS_SHOWN);
  const more = reasons.length - shown.length;

  return html`<${Modal}
    title=${app.t('export_title')}
    submitLabel=${app.t('export')}
    busy=${busy}
    blocked=${!!exists || (NOTICE.includes(type) && !register)}
    wide
    finished=${!!done}
    test="export-dialog"
    onClose=${app.closeModal}
    onSubmit=${() => submit(false)}
  >
    <fieldset class="radios">
      <legend>${app.t('document_type')}</legend>
      ${TYPES.map(([key, label]) => html`<div class="check" key=${key}>
        <input type="radio" name="export-type" id=${`export-type-${key}`} value=${key} checked=${type === key} data-test=${`export-type-${key}`} onChange=${() => choose({ type: key })} />
        <label for=${`export-type-${key}`}>${app.t(label)}</label>
      </div>`)}
    </fieldset>
    <div class="row2">
      ${NOTICE.includes(type) && html`<div class="field">
        <label for="export-register">${app.t('register')}</label>
        ${registers.length === 0
          ? html`<p class="muted">${app.t('no_registers_for_notice')}</p>`
          : html`<select id="export-register" value=${register} data-test="export-register" onChange=${(e) => choose({ register: e.currentTarget.value })}>
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
    </div>
    <div class="field">
      <label for="export-path">${app.t('save_to')}</label>
      <input
        id="export-path"
        type="text"
        value=${path}
        spellcheck="false"
        placeholder=${suggested}
        data-test="export-path"
        aria-describedby="export-path-hint"
        onInput=${(e) => {
          setPath(e.currentTarget.value);
          setExists(null);
        }}
      />
      <div class="hint" id="export-path-hint">${app.t('file_path_hint')}</div>
    </div>
    ${exists && html`<div class="callout warning question" role="alert" data-test="export-exists">
      <span>${app.t('export_file_exists', { n: exists })}</span>
      <span class="actions">
        <button type="button" class="secondary small" ref=${keepButton} data-test="export-keep" onClick=${() => {
          setExists(null);
          document.getElementById('export-path')?.focus();
        }}>${app.t('export_keep_file')}</button>
        <button type="button" class="secondary small danger" data-test="export-replace" onClick=${() => submit(true)}>${app.t('export_replace_file')}</button>
      </span>
    </div>`}
    ${done && html`<div class="callout ok" role="status" data-test="export-done">
      <span>${app.t('exported_to', { n: done })}</span>
      <button type="button" class="secondary small" ref=${openButton} data-test="export-open-file" onClick=${() => invoke('open_path', { path: done }).catch(app.showError)}>${app.t('open_file')}</button>
    </div>`}
    ${drafted && reasons.length > 0 && html`<div class="callout warning draft-reasons" role="note" data-test="export-draft" data-count=${reasons.length}>
      <p>${app.t('export_draft', { n: reasons.length })}</p>
      <ul>
        ${shown.map((f, i) => html`<li key=${`${f.code}-${f.id}-${f.field}-${i}`}>
          <button type="button" class="link" data-test="export-draft-reason" data-code=${f.code} onClick=${() => goTo(f)}>${f.message[app.lang] || f.message.en}</button>
        </li>`)}
      </ul>
      ${more > 0 && html`<button type="button" class="link" data-test="export-draft-more" onClick=${() => setAllReasons(true)}>${app.t('export_draft_more', { n: more })}</button>`}
    </div>`}
  </${Modal}>`;
}
