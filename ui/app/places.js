// Where each record kind is edited — the screen of a kind, the register
// editor's tab of each part of a register and of each register field — and
// from them the one lookup of where a finding is fixed (`findingPlaces`):
// the panel leads there, the tabs and the sidebar count there. Plain data
// and functions (no Preact), so that Node tests check that every kind and
// field the model generates (generated/records.js) has its place.

import { LIST_OF, isProcessorCategory } from './model.js';

/// The screen where records of each kind that is not a register or a part
/// of one are edited.
export const SCREEN_OF_KIND = {
  organisation: 'organisation',
  person: 'people',
  processor: 'processors',
  data_subject_category: 'lists',
  source: 'lists',
  recipient: 'lists',
  storage_location: 'lists',
  security_measure: 'lists',
  cookie: 'cookies',
  breach: 'breaches',
  data_subject_request: 'requests',
  client_controller: 'clients',
};

/// The screen of the organisation's fields that are not on its own screen.
export const SCREEN_OF_ORGANISATION_FIELD = {
  incident_routine: 'incidents',
};

/// The register editor's tabs, with their labels.
export const REGISTER_TABS = [
  ['general', 'tab_general'],
  ['data', 'tab_data'],
  ['purposes', 'tab_purposes'],
  ['sources', 'tab_sources'],
  ['systems', 'tab_systems'],
  ['security', 'tab_security'],
  ['access', 'tab_access'],
  ['retention', 'tab_retention'],
  ['rights', 'tab_rights'],
  ['dpia', 'tab_dpia'],
];

/// The tab where each part of a register (REGISTER_PARTS) is edited.
export const TAB_OF_PART = {
  data_item_group: 'data',
  data_item: 'data',
  purpose: 'purposes',
  system_link: 'systems',
  transfer: 'systems',
  disclosure: 'sources',
  access_role: 'access',
  retention_rule: 'retention',
  rights_procedure: 'rights',
  dpia_screening: 'dpia',
};

/// The tab where each field of a register is edited (a test checks that
/// every field the model has is here). The register's yes / no questions
/// sit on the tab of what they ask about.
export const TAB_OF_REGISTER_FIELD = {
  id: 'general',
  name: 'general',
  description: 'general',
  role: 'general',
  business_function: 'general',
  contact_person: 'general',
  created: 'general',
  last_updated: 'general',
  version_label: 'general',
  automated_decisions: 'general',
  automated_decisions_description: 'general',
  provision_requirement: 'general',
  consequence_of_not_providing: 'general',
  law_reference: 'general',
  dpia: 'general',
  data_subject_categories: 'data',
  'list_qualifiers.data_items': 'data',
  sources: 'sources',
  'list_qualifiers.sources': 'sources',
  regular_disclosures: 'sources',
  disclosures_qualifier: 'sources',
  'list_qualifiers.recipients': 'sources',
  transfers_outside_eea: 'systems',
  transfers_qualifier: 'systems',
  // Issue 21 (H5): "as a rule not", special categories, changes to the notice.
  transfers_as_a_rule: 'systems',
  disclosures_as_a_rule: 'sources',
  special_categories: 'data',
  special_categories_which: 'data',
  notice_changes: 'general',
  storage_locations: 'security',
  security_measures: 'security',
  retention_rules: 'retention',
  rights_procedures: 'rights',
  // Each suggested answer is shown and confirmed under its question, on that question's tab.
  suggested_answers: 'general',
};

/// The tab where each section a template filled is reviewed.
export const SECTION_TABS = {
  description: 'general',
  answers: 'general',
  data_subjects: 'data',
  data_items: 'data',
  purposes: 'purposes',
  sources: 'sources',
  recipients: 'sources',
  retention: 'retention',
  rights: 'rights',
};

/// The shared records a register picks, and the fields of them its tab
/// shows beside the pick (the rest are on the shared lists' screen): a
/// source's kind is answered on the Sources tab where it was typed.
export const SHARED_ON_TAB = {
  source: { tab: 'sources', fields: ['name', 'kind', 'kinds', 'public'] },
  // A recipient's name is edited on the shared lists, a category of
  // processors' with the register's systems (`withSystems`).
  recipient: { tab: 'sources', fields: ['kind', 'category'], withSystems: ['name'] },
  security_measure: { tab: 'security', fields: ['description', 'kind'] },
};

/// The path's first field ("legal_bases[0].basis" → "legal_bases"), or the
/// two that name a register's list qualifier ("list_qualifiers.sources").
export function fieldRoot(field) {
  const parts = (field || '').split(/[.[]/);
  return parts[0] === 'list_qualifiers' && parts[1] ? `${parts[0]}.${parts[1]}` : parts[0];
}

/// The tab where a field of a register is edited; `unreviewed_template_text.SECTION`
/// is confirmed on the section's tab.
export function tabOfRegisterField(field) {
  const root = fieldRoot(field);
  if (root === 'unreviewed_template_text') return SECTION_TABS[(field || '').split('.')[1]] || 'general';
  return TAB_OF_REGISTER_FIELD[root] || 'general';
}

/// The tab where a finding about a register or one of its parts is fixed.
export function tabForFinding(kind, field) {
  return kind === 'register' ? tabOfRegisterField(field) : TAB_OF_PART[kind] || 'general';
}

/// The places of a document's findings. Which register each part belongs to
/// and which registers use each shared record are worked out once per
/// document (`placesIn`), not once per finding.
class Places {
  constructor(doc) {
    this.registerOf = new Map();
    for (const kind of Object.keys(TAB_OF_PART)) {
      for (const part of doc[LIST_OF[kind]] || []) this.registerOf.set(part.id, part.register);
    }
    this.users = new Map();
    const use = (kind, id, register) => {
      const key = `${kind}:${id}`;
      if (!this.users.has(key)) this.users.set(key, []);
      const list = this.users.get(key);
      if (!list.includes(register)) list.push(register);
    };
    for (const r of doc.registers) {
      for (const id of r.sources) use('source', id, r.id);
      for (const id of r.security_measures) use('security_measure', id, r.id);
    }
    // In the registers' order, as the sidebar lists them.
    const order = new Map(doc.registers.map((r, i) => [r.id, i]));
    for (const d of [...(doc.disclosures || [])].sort((a, b) => order.get(a.register) - order.get(b.register))) {
      use('recipient', d.recipient, d.register);
    }
    // A category of processors is named with the register's systems, and so
    // is its disclosure (model.js `isProcessorCategory`).
    this.withSystems = new Set((doc.recipients || []).filter(isProcessorCategory).map((x) => x.id));
    for (const d of doc.disclosures || []) if (this.withSystems.has(d.recipient)) this.withSystems.add(d.id);
  }

  /// Every place where `finding` is fixed (see `findingPlaces`).
  of(finding, checkLang, workLang) {
    const kind = finding.kind;
    if (finding.code === 'text_missing_in_language' && checkLang && checkLang !== workLang) {
      return [{ name: 'translation', language: checkLang, record: finding.id }];
    }
    const shared = SHARED_ON_TAB[kind];
    const withSystems = this.withSystems.has(finding.id);
    const shownFields = shared && (withSystems ? [...shared.fields, ...(shared.withSystems || [])] : shared.fields);
    if (shared && shownFields.includes(fieldRoot(finding.field))) {
      const registers = this.users.get(`${kind}:${finding.id}`) || [];
      const tab = withSystems ? 'systems' : shared.tab;
      if (registers.length) return registers.map((id) => ({ name: 'register', id, tab }));
    }
    if (kind === 'organisation') return [{ name: SCREEN_OF_ORGANISATION_FIELD[fieldRoot(finding.field)] || 'organisation' }];
    if (SCREEN_OF_KIND[kind]) return [{ name: SCREEN_OF_KIND[kind] }];
    const registerId = kind === 'register' ? finding.id : this.registerOf.get(finding.id) || finding.register;
    if (!registerId) return [{ name: 'registers' }];
    const tab = this.withSystems.has(finding.id) ? 'systems' : tabForFinding(kind, finding.field);
    return [{ name: 'register', id: registerId, tab }];
  }
}

const placesOfDocument = new WeakMap();
let lastPlaces = null;

/// Whether `a` and `b` are the same in everything `Places` reads: the
/// registers' order and the shared records they use, each part's register,
/// each disclosure's recipient, which recipients are categories of
/// processors. Lists an edit did not touch are the same arrays
/// (changes.js), and a changed list is compared record by record.
function sameShape(a, b) {
  const sameList = (x, y, same) => x === y || (!!x && !!y && x.length === y.length && x.every((r, i) => r === y[i] || same(r, y[i])));
  const sameIds = (x, y) => sameList(x, y, (p, q) => p === q);
  const part = (r, s) => r.id === s.id && r.register === s.register && r.recipient === s.recipient;
  for (const kind of Object.keys(TAB_OF_PART)) {
    if (!sameList(a[LIST_OF[kind]], b[LIST_OF[kind]], part)) return false;
  }
  return sameList(a.registers, b.registers, (r, s) => r.id === s.id && sameIds(r.sources, s.sources) && sameIds(r.security_measures, s.security_measures))
    && sameList(a.recipients, b.recipients, (r, s) => r.id === s.id && isProcessorCategory(r) === isProcessorCategory(s));
}

/// The places of `doc`'s findings, made once per document; an edit that
/// changes none of what they are made of (a name, a text) keeps the last
/// document's, so what is memoized on them is not counted again.
export function placesIn(doc) {
  let places = placesOfDocument.get(doc);
  if (!places) {
    places = lastPlaces && sameShape(lastPlaces.doc, doc) ? lastPlaces.places : new Places(doc);
    placesOfDocument.set(doc, places);
  }
  lastPlaces = { doc, places };
  return places;
}

/// Every place where `finding` is fixed, as the screens `nav` takes them
/// (`{ name: 'register', id, tab }`, `{ name: 'processors' }` …), the first
/// the one it leads to by default. One place, except a shared record's
/// answer that each register using it shows on its tab (a source's kind):
/// it counts on each of those tabs. A text missing in the checked language
/// is written in the translation view, unless that is the working language
/// (`workLang`), which the forms show.
export function findingPlaces(doc, finding, checkLang, workLang) {
  return placesIn(doc).of(finding, checkLang, workLang);
}

/// The place a finding leads to: in the register on screen when it is one of them.
export function findingPlace(doc, finding, checkLang, screen, workLang) {
  const places = findingPlaces(doc, finding, checkLang, workLang);
  return (screen?.name === 'register' && places.find((p) => p.id === screen.id)) || places[0];
}

/// How many open findings (and errors among them) are fixed where: per
/// register (`registers.get(id)` is `{ all, errors, tabs: Map(tab → count) }`)
/// and per screen (`screens.get('processors')` is `{ all, errors }`), from
/// `findingPlaces`. An answered finding is not counted.
export function findingCounts(doc, findings, checkLang, workLang) {
  const registers = new Map();
  const screens = new Map();
  const add = (map, key, f) => {
    const count = map.get(key) || { all: 0, errors: 0, tabs: new Map() };
    count.all += 1;
    if (f.severity === 'error') count.errors += 1;
    map.set(key, count);
    return count;
  };
  if (!doc) return { registers, screens };
  const places = placesIn(doc);
  // Each finding's places, kept with the places for the same languages: an
  // edit's splices keep the other findings the same objects, so only the
  // new ones are placed again.
  if (!places.kept || places.kept.checkLang !== checkLang || places.kept.workLang !== workLang) {
    places.kept = { checkLang, workLang, of: new WeakMap() };
  }
  const kept = places.kept.of;
  for (const f of findings) {
    if (f.answer) continue;
    let where = kept.get(f);
    if (!where) {
      where = places.of(f, checkLang, workLang);
      kept.set(f, where);
    }
    for (const place of where) {
      if (place.name === 'register') {
        const count = add(registers, place.id, f);
        count.tabs.set(place.tab, (count.tabs.get(place.tab) || 0) + 1);
      } else add(screens, place.name, f);
    }
  }
  return { registers, screens };
}

/// Where each numbered section of the privacy notice (`kirjuri export html`
/// gives its heading the id `section-N`) is written: a tab of the
/// register, or the organisation screen (the controller, the authority).
export const NOTICE_SECTION_PLACE = {
  1: { screen: 'organisation' },
  2: { tab: 'general' },
  3: { tab: 'general' },
  4: { tab: 'purposes' },
  5: { tab: 'data' },
  6: { tab: 'sources' },
  7: { tab: 'sources' },
  8: { tab: 'systems' },
  9: { tab: 'retention' },
  10: { tab: 'security' },
  11: { tab: 'rights' },
  12: { tab: 'general' },
  13: { screen: 'organisation' },
};

/// The notice's section that prints each register field (0: the heading,
/// with the dates and version), and each part of a register and each shared
/// record a register shows: the preview scrolls there while it is edited.
export const NOTICE_SECTION_OF_REGISTER_FIELD = {
  name: 3,
  description: 3,
  business_function: 3,
  contact_person: 2,
  role: 1,
  created: 0,
  last_updated: 0,
  version_label: 0,
  law_reference: 4,
  data_subject_categories: 5,
  'list_qualifiers.data_items': 5,
  provision_requirement: 5,
  consequence_of_not_providing: 5,
  sources: 6,
  'list_qualifiers.sources': 6,
  regular_disclosures: 7,
  disclosures_qualifier: 7,
  'list_qualifiers.recipients': 7,
  transfers_outside_eea: 8,
  transfers_qualifier: 8,
  transfers_as_a_rule: 8,
  disclosures_as_a_rule: 7,
  special_categories: 5,
  special_categories_which: 5,
  notice_changes: 13,
  retention_rules: 9,
  storage_locations: 10,
  security_measures: 10,
  rights_procedures: 11,
  automated_decisions: 12,
  automated_decisions_description: 12,
};

export const NOTICE_SECTION_OF_KIND = {
  purpose: 4,
  data_item_group: 5,
  data_item: 5,
  data_subject_category: 5,
  source: 6,
  disclosure: 7,
  recipient: 7,
  system_link: 7,
  processor: 7,
  transfer: 8,
  retention_rule: 9,
  security_measure: 10,
  storage_location: 10,
  rights_procedure: 11,
  person: 2,
};

/// The first section of the notice written on a register's `tab`, or null.
export function firstSectionOf(tab) {
  const found = Object.entries(NOTICE_SECTION_PLACE).find(([, place]) => place.tab === tab);
  return found ? Number(found[0]) : null;
}

/// The notice's section where the field `path` of a record of `kind` is
/// printed, or null when the notice does not print it.
export function noticeSectionOf(kind, path) {
  if (kind === 'register') {
    const section = NOTICE_SECTION_OF_REGISTER_FIELD[fieldRoot(path)];
    return section === undefined ? null : section;
  }
  return NOTICE_SECTION_OF_KIND[kind] ?? null;
}

/// Where a finding's record is edited (the first of `findingPlaces`).
export function screenForFinding(doc, finding, checkLang, workLang) {
  return findingPlaces(doc, finding, checkLang, workLang)[0];
}
