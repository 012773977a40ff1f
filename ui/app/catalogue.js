// @ts-check
// The register templates, the systems catalogue and the statutory retention
// periods, as the model ships them (`get_catalogue`); fetched once and shared.
// `CatalogueDialog` is the one way a system is added from the catalogue, on
// the processors screen and on a register's Systems tab alike.

import { html, useState, useEffect } from './vendor/preact-htm.js';
import { invoke } from './api.js';
import { useApp, Modal } from './components.js';

let cached = null;

export function useCatalogue() {
  const [catalogue, setCatalogue] = useState(cached);
  useEffect(() => {
    if (cached) return;
    invoke('get_catalogue').then((c) => {
      cached = c;
      setCatalogue(c);
    }, () => setCatalogue({ templates: [], systems: [], retention_periods: [] }));
  }, []);
  return catalogue;
}

/// The catalogue systems whose product, vendor or function (any language) contain `query`.
export function searchSystems(systems, query) {
  const q = query.trim().toLowerCase();
  if (!q) return systems;
  const has = (s) => String(s || '').toLowerCase().includes(q);
  return systems.filter((s) => has(s.product) || has(s.vendor) || Object.values(s.function || {}).some(has));
}

/// Adds a system from the catalogue: search as you type, one click copies the
/// entry into the document, where every field stays editable. `onAdd(id)`
/// asks the model for the records of entry `id` (a processor, or a processor
/// linked to a register) and saves them as one change.
export function CatalogueDialog({ onAdd }) {
  const app = useApp();
  const catalogue = useCatalogue();
  const [query, setQuery] = useState('');
  const systems = catalogue ? searchSystems(catalogue.systems, query) : [];
  const add = async (id) => {
    app.closeModal();
    try {
      await onAdd(id);
    } catch (e) {
      app.showError(e);
    }
  };
  return html`<${Modal} title=${app.t('add_from_catalogue')} wide test="catalogue-dialog" onClose=${app.closeModal}>
    <p class="muted">${app.t('catalogue_lead')}</p>
    <label for="catalogue-search" class="visually-hidden">${app.t('guide_systems_search')}</label>
    <input id="catalogue-search" type="search" value=${query} placeholder=${app.t('guide_systems_search')} data-test="catalogue-search" onInput=${(e) => setQuery(e.currentTarget.value)} />
    ${systems.length === 0 && html`<p class="muted">${app.t('guide_systems_none')}</p>`}
    <ul class="system-results" role="list">
      ${systems.map(
        (sys) => html`<li key=${sys.id} class="row-between">
          <span><strong>${sys.product}</strong> <span class="muted">${[sys.vendor, sys.country].filter(Boolean).join(' · ')} — ${sys.function[app.lang] || ''}</span></span>
          <button type="button" class="secondary" data-test=${`catalogue-add-${sys.id}`} onClick=${() => add(sys.id)}>${app.t('add')}</button>
        </li>`,
      )}
    </ul>
  </${Modal}>`;
}
