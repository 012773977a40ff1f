// The start screen: new document, open, recent files, the example company.
// Every action that needs a file takes a typed path, or shows the native
// dialog when the path is left empty.

import { html, useState, useEffect } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Modal, LocalizedInput } from '../components.js';

function PathField({ id, value, onInput, test }) {
  const app = useApp();
  return html`<div class="field">
    <label for=${id}>${app.t('file_path')}</label>
    <input id=${id} type="text" value=${value} onInput=${(e) => onInput(e.currentTarget.value)} data-test=${test} aria-describedby=${`${id}-hint`} spellcheck="false" />
    <div class="hint" id=${`${id}-hint`}>${app.t('file_path_hint')}</div>
  </div>`;
}

/// Runs a command that may show a dialog; `null` means the user cancelled.
async function run(app, setBusy, command, args) {
  setBusy(true);
  try {
    app.opened(await invoke(command, args));
  } catch (e) {
    app.closeModal();
    app.showError(e);
  } finally {
    setBusy(false);
  }
}

function NewDocumentDialog() {
  const app = useApp();
  const [name, setName] = useState({});
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  return html`<${Modal}
    title=${app.t('new_document_title')}
    submitLabel=${app.t('create')}
    busy=${busy}
    wide
    test="new-document-dialog"
    onClose=${app.closeModal}
    onSubmit=${() =>
      run(app, setBusy, 'new_document', {
        target: { path: path.trim() || null, title: app.t('new_document_title'), suggested_name: app.t('new_file_name') },
        organisationName: name,
      })}
  >
    <${LocalizedInput} id="new-organisation-name" name="organisation_name" label=${app.t('organisation_name')} value=${name} onCommit=${setName} test="new-org-name" />
    <${PathField} id="new-document-path" value=${path} onInput=${setPath} test="new-document-path" />
  </${Modal}>`;
}

function ExampleDialog() {
  const app = useApp();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  return html`<${Modal}
    title=${app.t('open_example_title')}
    submitLabel=${app.t('create')}
    busy=${busy}
    test="example-dialog"
    onClose=${app.closeModal}
    onSubmit=${() =>
      run(app, setBusy, 'open_example', {
        target: { path: path.trim() || null, title: app.t('open_example_title'), suggested_name: app.t('example_file_name') },
      })}
  >
    <p>${app.t('open_example_lead')}</p>
    <${PathField} id="example-path" value=${path} onInput=${setPath} test="example-path" />
  </${Modal}>`;
}

export function StartScreen() {
  const app = useApp();
  const [recent, setRecent] = useState([]);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    invoke('recent_documents').then(setRecent, app.showError);
  }, []);
  const open = (target) => run(app, setBusy, 'open_document', { target });

  return html`<div class="start" data-test="start-screen">
    <section class="start-card">
      <img src="icon.png" alt="" width="56" height="56" />
      <h1>${app.t('start_title')}</h1>
      <p class="lead">${app.t('start_lead')}</p>
      <div class="start-actions">
        <button type="button" class="primary big" data-test="new-document" onClick=${() => app.openModal(() => html`<${NewDocumentDialog} />`)}>${app.t('new_document')}</button>
        <button type="button" class="secondary big" data-test="open-document" disabled=${busy} onClick=${() => open({ title: app.t('open_document_title') })}>${app.t('open_document')}</button>
        <button type="button" class="secondary big" data-test="open-example" onClick=${() => app.openModal(() => html`<${ExampleDialog} />`)}>${app.t('open_example')}</button>
      </div>
      <form
        class="open-path"
        onSubmit=${(e) => {
          e.preventDefault();
          if (path.trim()) open({ path: path.trim() });
        }}
      >
        <label for="open-path">${app.t('open_by_path')}</label>
        <div class="row">
          <input id="open-path" type="text" value=${path} spellcheck="false" data-test="open-path" onInput=${(e) => setPath(e.currentTarget.value)} />
          <button type="submit" class="secondary" data-test="open-path-submit" disabled=${busy || !path.trim()}>${app.t('open')}</button>
        </div>
      </form>
    </section>
    <section class="start-card recent">
      <h2>${app.t('recent_documents')}</h2>
      ${recent.length === 0
        ? html`<p class="muted">${app.t('no_recent')}</p>`
        : html`<ul>
            ${recent.map(
              (r) => html`<li key=${r.path}>
                <button type="button" class="link" disabled=${!r.exists || busy} data-test="recent" onClick=${() => open({ path: r.path })}>
                  <span class="recent-name">${r.file_name}</span>
                  <span class="recent-path muted">${r.exists ? r.path : app.t('missing_file')}</span>
                </button>
              </li>`,
            )}
          </ul>`}
    </section>
  </div>`;
}
