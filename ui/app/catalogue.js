// The register templates, the systems catalogue and the statutory retention
// periods, as the model ships them (`get_catalogue`); fetched once and shared.

import { useState, useEffect } from './vendor/preact-htm.js';
import { invoke } from './api.js';

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
