// Where each record kind is edited: the screen of a kind, the register
// editor's tab of each part of a register, and from them where a finding
// leads. Plain data and functions (no Preact), so that a Node test checks
// that every kind the model generates (generated/records.js) has its place.

import { findRecord } from './model.js';

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

/// The tab where a finding about a register or one of its parts is fixed.
export function tabForFinding(kind, field) {
  if (kind === 'register') {
    const root = (field || '').split(/[.[]/)[0];
    if (root === 'unreviewed_template_text') return SECTION_TABS[(field || '').split('.')[1]] || 'general';
    return {
      data_subject_categories: 'data',
      sources: 'sources',
      storage_locations: 'security',
      security_measures: 'security',
      retention_rules: 'retention',
      rights_procedures: 'rights',
      // The register's yes / no questions sit on the tab of what they ask about.
      transfers_outside_eea: 'systems',
      transfers_qualifier: 'systems',
      regular_disclosures: 'sources',
      disclosures_qualifier: 'sources',
    }[root] || 'general';
  }
  return TAB_OF_PART[kind] || 'general';
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

/// Where a finding's record is edited.
export function screenForFinding(doc, finding, checkLang) {
  const kind = finding.kind;
  // A text missing in a language is written in the translation view.
  if (finding.code === 'text_missing_in_language' && checkLang) return { name: 'translation', language: checkLang, record: finding.id };
  if (SCREEN_OF_KIND[kind]) return { name: SCREEN_OF_KIND[kind] };
  const registerId = kind === 'register' ? finding.id : finding.register || findRecord(doc, kind, finding.id)?.register;
  if (!registerId) return { name: 'registers' };
  return { name: 'register', id: registerId, tab: tabForFinding(kind, finding.field) };
}
