// @ts-check
// The start screen: new document, open, recent files, the example company.
// Every action that needs a file takes a typed path, or shows the native
// dialog when the path is left empty.

import { html, useState, useEffect } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, Modal, CheckboxInput } from '../components.js';
import { put, newRecord } from '../model.js';
import { useCatalogue, searchSystems } from '../catalogue.js';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n.js';
import { ImportDialog } from './import.js';

function PathField({ id, value, onInput, test }) {
  const app = useApp();
  return html`<div class="field">
    <label for=${id}>${app.t('file_path')}</label>
    <input id=${id} type="text" value=${value} onInput=${(e) => onInput(e.currentTarget.value)} data-test=${test} aria-describedby=${`${id}-hint`} spellcheck="false" />
    <div class="hint" id=${`${id}-hint`}>${app.t('file_path_hint')}</div>
  </div>`;
}

/// Runs a command that may show a dialog; `null` means the user cancelled.
async function run(app, setBusy, command, args, after) {
  setBusy(true);
  try {
    const view = await invoke(command, args);
    app.opened(view);
    if (view && after) after();
  } catch (e) {
    app.closeModal();
    app.showError(e);
  } finally {
    setBusy(false);
  }
}

/// In one line, what a register template suggests: "Suggests (you confirm
/// each answer where it is asked): controller · needed for a contract · no
/// automated decisions · …" — suggestions, not answers, until confirmed.
export function templateAnswers(app, answers) {
  if (!answers) return '';
  const vocab = (name, code) => (app.vocab[name] || []).find((v) => v.code === code)?.[app.lang];
  const said = [
    answers.role && vocab('processing_role', answers.role),
    answers.provision_requirement && vocab('provision_requirement', answers.provision_requirement),
    ...['automated_decisions', 'transfers_outside_eea', 'regular_disclosures']
      .filter((question) => answers[question] === 'yes' || answers[question] === 'no')
      .map((question) => app.t(`template_${question}_${answers[question]}`)),
  ].filter(Boolean);
  return said.length ? app.t('guide_template_answers', { n: said.join(' · ') }) : '';
}

/// A catalogue system as one line: product, vendor, country.
function systemLabel(system) {
  return [system.product, system.vendor !== system.product ? system.vendor : null, system.country].filter(Boolean).join(' · ');
}

/// Search-as-you-type over the systems catalogue; `chosen` are ids.
export function SystemSearch({ id, chosen, onToggle }) {
  const app = useApp();
  const catalogue = useCatalogue();
  const [query, setQuery] = useState('');
  const systems = catalogue ? searchSystems(catalogue.systems, query) : [];
  const picked = new Set(chosen);
  return html`<fieldset class="system-search" data-test="guide-systems">
    <legend>${app.t('guide_systems')}</legend>
    <label for=${id} class="visually-hidden">${app.t('guide_systems_search')}</label>
    <input id=${id} type="search" value=${query} placeholder=${app.t('guide_systems_search')} data-test="guide-system-search" onInput=${(e) => setQuery(e.currentTarget.value)} />
    ${systems.length === 0
      ? html`<p class="muted">${app.t('guide_systems_none')}</p>`
      : html`<ul class="system-results" role="list">
          ${systems.slice(0, 8).map(
            (s) => html`<li key=${s.id}>
              <${CheckboxInput}
                id=${`${id}-${s.id}`}
                name=${`system.${s.id}`}
                label=${html`<strong>${systemLabel(s)}</strong> <span class="muted">${s.function[app.lang] || ''}</span>`}
                checked=${picked.has(s.id)}
                test=${`guide-system-${s.id}`}
                onCommit=${(on) => onToggle(s.id, on)}
              />
            </li>`,
          )}
        </ul>`}
  </fieldset>`;
}

/// The new-document guide: the company, its country (which sets the
/// supervisory authority and the statutes the templates cite), the working
/// language, which of the typical registers it has, and the systems it uses.
export function NewDocumentDialog() {
  const app = useApp();
  const catalogue = useCatalogue();
  const [name, setName] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [contact, setContact] = useState('');
  const [email, setEmail] = useState('');
  const [country, setCountry] = useState('');
  const [templates, setTemplates] = useState([]);
  const [systems, setSystems] = useState([]);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const toggle = (list, set) => (value, on) => set(on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
  const target = { path: path.trim() || null, title: app.t('new_document_title'), suggested_name: app.t('new_file_name') };
  // A notice must say how to reach the company and whom to ask: the person
  // who answers questions about personal data, asked here, becomes the
  // contact person of every register the guide makes, and the e-mail the
  // company's too, so that a template's notice can be final without another
  // screen. One change, undone as one.
  const withContact = () => {
    const name = contact.trim();
    const address = email.trim();
    if (!name && !address) return;
    app.change((d) => {
      const edits = [];
      if (address && !d.organisation.email) edits.push(put('organisation', { ...d.organisation, email: address }));
      if (name) {
        const person = newRecord('person', { name, email: address });
        edits.push(put('person', person));
        for (const r of d.registers) if (!r.contact_person) edits.push(put('register', { ...r, contact_person: person.id }));
      }
      return edits;
    });
  };
  const submit = () => {
    if (!country) {
      // Without a country there is no authority and no statute: an empty document.
      return run(app, setBusy, 'new_document', { target, organisationName: { sv: name, fi: name, en: name }, businessId: businessId, workingLanguage: app.lang }, withContact);
    }
    return run(app, setBusy, 'new_document_from_guide', {
      target,
      guide: { name, business_id: businessId, country, templates, systems, working_language: app.lang },
    }, withContact);
  };
  return html`<${Modal}
    title=${app.t('new_document_title')}
    submitLabel=${app.t('create')}
    busy=${busy}
    wide
    test="new-document-dialog"
    onClose=${app.closeModal}
    onSubmit=${submit}
  >
    <div class="row2">
      <div class="field">
        <label for="guide-name">${app.t('organisation_name')}</label>
        <input id="guide-name" type="text" value=${name} data-test="new-org-name" onInput=${(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="guide-business-id">${app.t('business_id')}</label>
        <input id="guide-business-id" type="text" value=${businessId} data-test="guide-business-id" onInput=${(e) => setBusinessId(e.currentTarget.value)} />
      </div>
    </div>
    <fieldset class="guide-contact" aria-describedby="guide-contact-hint">
      <legend>${app.t('guide_contact')}</legend>
      <div class="row2">
        <div class="field">
          <label for="guide-contact-name">${app.t('name')}</label>
          <input id="guide-contact-name" type="text" value=${contact} data-test="guide-contact-name" onInput=${(e) => setContact(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="guide-email">${app.t('email')}</label>
          <input id="guide-email" type="email" value=${email} data-test="guide-email" onInput=${(e) => setEmail(e.currentTarget.value)} />
        </div>
      </div>
      <div class="hint" id="guide-contact-hint">${app.t('guide_contact_hint')}</div>
    </fieldset>
    <div class="row2">
      <div class="field">
        <label for="guide-country">${app.t('country')}</label>
        <select id="guide-country" value=${country} data-test="guide-country" aria-describedby="guide-country-hint" onChange=${(e) => setCountry(e.currentTarget.value)}>
          <option value="">${app.t('none_selected')}</option>
          <option value="FI">${app.t('country_fi')}</option>
          <option value="SE">${app.t('country_se')}</option>
        </select>
        <div class="hint" id="guide-country-hint">${app.t('guide_country_hint')}</div>
      </div>
      <div class="field">
        <label for="guide-language">${app.t('guide_working_language')}</label>
        <select id="guide-language" value=${app.lang} data-test="guide-language" onChange=${(e) => app.setLanguage(e.currentTarget.value)}>
          ${LANGUAGES.map((l) => html`<option value=${l}>${LANGUAGE_NAMES[l]}</option>`)}
        </select>
      </div>
    </div>
    <fieldset class="guide-templates" data-test="guide-templates" disabled=${!country}>
      <legend>${app.t('guide_which')}</legend>
      ${!country && html`<p class="muted">${app.t('guide_choose_country_first')}</p>`}
      <div class="pick-grid">
        ${(catalogue ? catalogue.templates : []).map(
          (tpl) => html`<div class="guide-template" key=${tpl.id}>
            <${CheckboxInput}
              id=${`guide-template-${tpl.id}`}
              name=${`template.${tpl.id}`}
              label=${tpl.name[app.lang]}
              checked=${templates.includes(tpl.id)}
              test=${`guide-template-${tpl.id}`}
              onCommit=${(on) => toggle(templates, setTemplates)(tpl.id, on)}
            />
            <div class="hint" data-test=${`guide-template-answers-${tpl.id}`}>${templateAnswers(app, tpl.answers)}</div>
          </div>`,
        )}
      </div>
      <p class="hint">${app.t('guide_templates_hint')}</p>
    </fieldset>
    ${country && html`<${SystemSearch} id="guide-system-search" chosen=${systems} onToggle=${toggle(systems, setSystems)} />`}
    <${PathField} id="new-document-path" value=${path} onInput=${setPath} test="new-document-path" />
    <p class="hint">${app.t('guide_or_import')} <button type="button" class="link" data-test="guide-import" onClick=${() => app.openModal(() => html`<${ImportDialog} />`)}>${app.t('start_import')}</button></p>
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
        <button type="button" class="secondary big" data-test="import-description" onClick=${() => app.openModal(() => html`<${ImportDialog} />`)}>${app.t('start_import')}</button>
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
