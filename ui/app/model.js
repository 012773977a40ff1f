// The document as the UI handles it: the JSON of kirjuri-model's `Document`
// (flat lists of records pointing at each other by id), new records from the
// model's blank ones (generated/records.js, generated from the Rust types),
// and small helpers.

import { BLANK_LEGAL_BASIS, BLANK_RECORD, LIST_OF } from './generated/records.js';

/// The document's list of each record kind, generated from the Rust model.
export { LIST_OF };

/// A random UUID v4 (crypto.randomUUID needs a secure context, which a custom scheme may not be).
export function uuid() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function findRecord(doc, kind, id) {
  if (!doc) return null;
  if (kind === 'organisation') return doc.organisation.id === id ? doc.organisation : null;
  return (doc[LIST_OF[kind]] || []).find((r) => r.id === id) || null;
}

/// The kind of the record with `id`, or null when the document has none.
export function kindOf(doc, id) {
  if (!doc || !id) return null;
  if (doc.organisation.id === id) return 'organisation';
  for (const [kind, list] of Object.entries(LIST_OF)) {
    if ((doc[list] || []).some((r) => r.id === id)) return kind;
  }
  return null;
}

export function partsOf(doc, kind, registerId) {
  return (doc[LIST_OF[kind]] || []).filter((r) => r.register === registerId);
}

/// A localized text in `lang`, else in another language, else ''.
export function text(value, lang) {
  if (!value) return '';
  if (typeof value === 'string') return value;
  const own = (value[lang] || '').trim();
  if (own) return own;
  for (const other of ['sv', 'fi', 'en']) {
    const t = (value[other] || '').trim();
    if (t) return t;
  }
  return '';
}

/// A copy of `record` with `path` ("legal_bases.0.basis") set to `value`.
export function withField(record, path, value) {
  const copy = structuredClone(record);
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null) node[key] = {};
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}

export function getField(record, path) {
  return path.split('.').reduce((node, key) => (node === undefined || node === null ? undefined : node[key]), record);
}

/// A new record of `kind`: the model's blank record (`Record::blank`, in
/// generated/records.js) with a fresh id. Nothing is filled in for the user:
/// a register's "created" date stays empty (not stated) until the user gives
/// it, since the description being recorded may be older than the record of it.
/// `fields` overrides the rest (a part's register, a link's system).
export function newRecord(kind, fields = {}) {
  const blank = BLANK_RECORD[kind];
  if (!blank) throw new Error(`no record kind ${kind}`);
  return { ...structuredClone(blank), id: uuid(), ...fields };
}

export function newLegalBasis() {
  return structuredClone(BLANK_LEGAL_BASIS);
}

export const put = (kind, record) => ({ op: 'put', record: { kind, record } });
export const del = (kind, id) => ({ op: 'delete', kind, id });

/// A short name for any record, for lists, pickers and the history.
export function recordName(doc, kind, record, lang) {
  if (!record) return '';
  switch (kind) {
    case 'organisation':
    case 'data_subject_category':
    case 'source':
    case 'recipient':
    case 'register':
    case 'data_item_group':
    case 'data_item':
    case 'access_role':
    case 'cookie':
      return text(record.name, lang);
    case 'person':
      return record.name || '';
    case 'processor':
      return processorName(record, lang);
    case 'storage_location':
    case 'security_measure':
      return text(record.description, lang);
    case 'purpose':
      return text(record.description, lang);
    case 'system_link':
      return processorName(findRecord(doc, 'processor', record.processor), lang);
    case 'disclosure':
      return text(findRecord(doc, 'recipient', record.recipient)?.name, lang);
    case 'transfer':
      return record.country || '';
    case 'retention_rule':
      return text(record.period, lang);
    case 'breach':
      return text(record.description, lang);
    case 'data_subject_request':
      return record.received || '';
    case 'client_controller':
      return text(record.name, lang);
    case 'dpia_screening':
      return text(findRecord(doc, 'register', record.register)?.name, lang);
    default:
      return '';
  }
}

/// "Roger Wilco LLC (Chatra)".
export function processorName(processor, lang) {
  if (!processor) return '';
  const vendor = text(processor.vendor, lang);
  if (processor.product && vendor) return `${vendor} (${processor.product})`;
  return processor.product || vendor;
}

/// Whether a recipient is a category of processors ("cloud service
/// providers", "group companies"): a category (`category`) of kind processor.
/// A register names one through a disclosure, as any recipient; it is shown
/// with the register's systems and needs no agreement or country.
export function isProcessorCategory(recipient) {
  return !!recipient && recipient.category === true && recipient.kind === 'processor';
}

/// The register's disclosures to categories of processors, and the others.
export function splitDisclosures(doc, registerId) {
  const categories = [];
  const others = [];
  for (const d of partsOf(doc, 'disclosure', registerId)) {
    (isProcessorCategory(findRecord(doc, 'recipient', d.recipient)) ? categories : others).push(d);
  }
  return { categories, others };
}

export function isThirdCountry(countries, code) {
  if (!code || !code.trim()) return false;
  const c = countries.find((x) => x.code.toUpperCase() === code.trim().toUpperCase());
  return !c || !c.eea;
}

const LANGUAGE_KEYS = ['sv', 'fi', 'en'];

/// The marks a localized text may carry besides its languages (the model's
/// `suggested` and `translated_from`, issue 21).
const TEXT_MARKS = ['suggested', 'translated_from'];

/// Whether `value` is a localized text (`{sv, fi, en}`, each a string, and
/// its marks) with something in it.
function isWrittenText(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0
    && keys.every((k) => (LANGUAGE_KEYS.includes(k) && typeof value[k] === 'string') || TEXT_MARKS.includes(k))
    && LANGUAGE_KEYS.some((k) => typeof value[k] === 'string' && value[k].trim() !== '');
}

/// The localized texts of a record that hold something, with their paths
/// ("legal_bases.0.law_reference"). A text empty in every language has
/// nothing to translate (as the checks' `missing_in` sees it).
export function writtenTexts(record) {
  const found = [];
  const walk = (value, path) => {
    if (isWrittenText(value)) return found.push({ path, value });
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i)));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    }
  };
  walk(record, '');
  return found;
}

/// Whether a written text lacks `lang`.
export function isMissing(value, lang) {
  return !(value[lang] || '').trim();
}

/// The document's written texts for the translation view: the organisation,
/// then each register with its parts, then each other kind of record.
export function translationSections(doc) {
  if (!doc) return [];
  const slotsOf = (kind, record) => writtenTexts(record).map((t) => ({ ...t, kind, record }));
  const sections = [{ key: 'organisation', kind: 'organisation', record: doc.organisation, slots: slotsOf('organisation', doc.organisation) }];
  const byRegister = new Map(doc.registers.map((r) => [r.id, { key: `register:${r.id}`, kind: 'register', record: r, slots: slotsOf('register', r) }]));
  sections.push(...byRegister.values());
  for (const [kind, list] of Object.entries(LIST_OF)) {
    if (kind === 'register') continue;
    const own = { key: kind, kind, slots: [] };
    for (const record of doc[list] || []) {
      const slots = slotsOf(kind, record);
      const register = record.register && byRegister.get(record.register);
      (register || own).slots.push(...slots);
    }
    if (own.slots.length) sections.push(own);
  }
  return sections.filter((s) => s.slots.length > 0);
}
