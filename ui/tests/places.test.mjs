// Every numbered section of the privacy notice leads somewhere the user can
// write it, and every finding counts on, and leads to, the one place where
// it is fixed (places.js). Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  NOTICE_SECTION_PLACE, REGISTER_TABS, TAB_OF_REGISTER_FIELD, SHARED_ON_TAB, findingPlaces, findingPlace, findingCounts,
  noticeSectionOf, fieldRoot, firstSectionOf,
} from '../app/places.js';
import { BLANK_RECORD } from '../app/generated/records.js';
import { newRecord } from '../app/model.js';

const tabs = new Set(REGISTER_TABS.map(([key]) => key));

test('each of the notice\'s 13 sections leads to a tab or a screen', () => {
  for (let n = 1; n <= 13; n += 1) {
    const place = NOTICE_SECTION_PLACE[n];
    assert.ok(place, `section ${n} has a place`);
    assert.ok(place.screen || tabs.has(place.tab), `section ${n} leads to a known tab (got ${JSON.stringify(place)})`);
  }
});

test('every field of a register has the tab where it is edited', () => {
  const fields = [...Object.keys(BLANK_RECORD.register).filter((f) => f !== 'list_qualifiers'),
    ...Object.keys(BLANK_RECORD.register.list_qualifiers).map((q) => `list_qualifiers.${q}`)];
  const missing = fields.filter((f) => !(f in TAB_OF_REGISTER_FIELD));
  assert.deepEqual(missing, [], 'add the field to TAB_OF_REGISTER_FIELD in places.js');
  for (const [field, tab] of Object.entries(TAB_OF_REGISTER_FIELD)) assert.ok(tabs.has(tab), `${field}: no tab ${tab}`);
  for (const [kind, { tab, fields: shown }] of Object.entries(SHARED_ON_TAB)) {
    assert.ok(tabs.has(tab), kind);
    for (const field of shown.filter((f) => f !== 'kinds' && f !== 'kind')) assert.ok(field in BLANK_RECORD[kind], `${kind}.${field}`);
  }
  assert.equal(fieldRoot('legal_bases[0].basis'), 'legal_bases');
  assert.equal(fieldRoot('list_qualifiers.sources'), 'list_qualifiers.sources');
});

/// Two registers sharing a source and a measure, a processor linked to the
/// first, a retention rule of the second.
function example() {
  const source = newRecord('source');
  const measure = newRecord('security_measure');
  const recipient = newRecord('recipient');
  const processor = newRecord('processor');
  const a = newRecord('register', { sources: [source.id], security_measures: [measure.id] });
  const b = newRecord('register', { sources: [source.id] });
  const link = newRecord('system_link', { register: a.id, processor: processor.id });
  const rule = newRecord('retention_rule', { register: b.id });
  const disclosure = newRecord('disclosure', { register: b.id, recipient: recipient.id });
  const doc = {
    organisation: newRecord('organisation'),
    registers: [a, b],
    sources: [source],
    security_measures: [measure],
    recipients: [recipient],
    processors: [processor],
    system_links: [link],
    retention_rules: [rule],
    disclosures: [disclosure],
  };
  return { doc, a, b, source, measure, recipient, processor, rule };
}

const finding = (kind, id, field, extra = {}) => ({ code: 'question_not_answered', severity: 'warning', kind, id, field, register: null, ...extra });

test('a finding leads to where it is fixed, not to the register\'s first tab', () => {
  const { doc, a, b, source, measure, recipient, processor, rule } = example();
  // A processor's agreement is fixed on the Processors screen, though the finding names a register.
  const agreement = { ...finding('processor', processor.id, 'agreement'), code: 'processor_without_agreement', severity: 'error', register: a.id };
  assert.deepEqual(findingPlaces(doc, agreement), [{ name: 'processors' }]);
  // A source's kind: on the Sources tab of each register using it, the one on screen first.
  assert.deepEqual(findingPlaces(doc, finding('source', source.id, 'kind')), [
    { name: 'register', id: a.id, tab: 'sources' },
    { name: 'register', id: b.id, tab: 'sources' },
  ]);
  assert.deepEqual(findingPlace(doc, finding('source', source.id, 'kind'), null, { name: 'register', id: b.id }), { name: 'register', id: b.id, tab: 'sources' });
  assert.deepEqual(findingPlaces(doc, finding('security_measure', measure.id, 'kind')), [{ name: 'register', id: a.id, tab: 'security' }]);
  assert.deepEqual(findingPlaces(doc, finding('recipient', recipient.id, 'kind')), [{ name: 'register', id: b.id, tab: 'sources' }]);
  // A source no register uses is answered on the shared lists.
  const loose = newRecord('source');
  doc.sources.push(loose);
  assert.deepEqual(findingPlaces({ ...doc }, finding('source', loose.id, 'kind')), [{ name: 'lists' }]);
  // Parts and a register's own fields.
  assert.deepEqual(findingPlaces(doc, finding('retention_rule', rule.id, 'period')), [{ name: 'register', id: b.id, tab: 'retention' }]);
  assert.deepEqual(findingPlaces(doc, finding('register', a.id, 'transfers_outside_eea')), [{ name: 'register', id: a.id, tab: 'systems' }]);
  assert.deepEqual(findingPlaces(doc, finding('register', a.id, 'unreviewed_template_text.rights')), [{ name: 'register', id: a.id, tab: 'rights' }]);
  assert.deepEqual(findingPlaces(doc, finding('register', a.id, 'list_qualifiers.sources')), [{ name: 'register', id: a.id, tab: 'sources' }]);
  assert.deepEqual(findingPlaces(doc, finding('breach', 'x', 'closed', { register: a.id })), [{ name: 'breaches' }]);
  assert.deepEqual(findingPlaces(doc, finding('organisation', doc.organisation.id, 'incident_routine.steps[0]')), [{ name: 'incidents' }]);
  assert.deepEqual(findingPlaces(doc, finding('organisation', doc.organisation.id, 'email')), [{ name: 'organisation' }]);
  const missing = { ...finding('register', a.id, 'name'), code: 'text_missing_in_language' };
  assert.deepEqual(findingPlaces(doc, missing, 'fi', 'sv'), [{ name: 'translation', language: 'fi', record: a.id }]);
  // Missing in the working language itself: the form, which shows that language, is where it is written.
  assert.deepEqual(findingPlaces(doc, missing, 'fi', 'fi'), [{ name: 'register', id: a.id, tab: 'general' }]);
});

test('a category of processors is fixed with the register\'s systems, a named recipient with its disclosures', () => {
  const { doc, b, recipient } = example();
  const cloud = newRecord('recipient', { kind: 'processor', category: true });
  const disclosure = newRecord('disclosure', { register: b.id, recipient: cloud.id });
  doc.recipients.push(cloud);
  doc.disclosures.push(disclosure);
  const next = { ...doc };
  assert.deepEqual(findingPlaces(next, finding('disclosure', disclosure.id, 'purpose')), [{ name: 'register', id: b.id, tab: 'systems' }]);
  assert.deepEqual(findingPlaces(next, finding('recipient', cloud.id, 'category')), [{ name: 'register', id: b.id, tab: 'systems' }]);
  assert.deepEqual(findingPlaces(next, finding('recipient', recipient.id, 'kind')), [{ name: 'register', id: b.id, tab: 'sources' }]);
});

test('each open finding counts where it is fixed; an answered one does not count', () => {
  const { doc, a, b, source, processor, rule } = example();
  const list = [
    { ...finding('processor', processor.id, 'agreement'), severity: 'error', register: a.id },
    finding('source', source.id, 'kind'),
    finding('retention_rule', rule.id, 'period'),
    { ...finding('register', a.id, 'role'), answer: { status: 'accepted' } },
  ];
  const { registers, screens } = findingCounts(doc, list, null);
  assert.deepEqual(screens.get('processors'), { all: 1, errors: 1, tabs: new Map() });
  assert.equal(registers.get(a.id).all, 1);
  assert.deepEqual([...registers.get(a.id).tabs], [['sources', 1]]);
  assert.deepEqual([...registers.get(b.id).tabs].sort(), [['retention', 1], ['sources', 1]]);
  assert.equal(registers.get(a.id).tabs.get('general'), undefined);
});

test('the preview knows the section of the notice that prints a field', () => {
  assert.equal(noticeSectionOf('register', 'transfers_qualifier'), 8);
  assert.equal(noticeSectionOf('register', 'list_qualifiers.recipients'), 7);
  assert.equal(noticeSectionOf('register', 'created'), 0);
  assert.equal(noticeSectionOf('register', 'dpia'), null);
  assert.equal(noticeSectionOf('purpose', 'legal_bases.0.basis'), 4);
  assert.equal(noticeSectionOf('access_role', 'name'), null);
  assert.equal(firstSectionOf('data'), 5);
  assert.equal(firstSectionOf('systems'), 8);
  assert.equal(firstSectionOf('access'), null);
});

test('counts follow an edit that moves a finding, and stay the same for one that does not', () => {
  const { doc, a, b, source, rule } = example();
  const findings = [
    { code: 'missing', kind: 'retention_rule', id: rule.id, field: 'period', severity: 'error', register: b.id },
    { code: 'missing', kind: 'source', id: source.id, field: 'kinds', severity: 'warning' },
  ];
  const before = findingCounts(doc, findings, null, 'sv');
  // A rename keeps every place.
  const renamed = { ...doc, registers: [{ ...a, name: { sv: 'Nytt', fi: '', en: '' } }, b] };
  const same = findingCounts(renamed, findings, null, 'sv');
  assert.deepEqual([...same.registers.keys()].sort(), [...before.registers.keys()].sort());
  assert.equal(same.registers.get(a.id).tabs.get('sources'), 1);
  // The rule moved to the first register: its finding counts there now.
  const moved = { ...renamed, retention_rules: [{ ...rule, register: a.id }] };
  const after = findingCounts(moved, findings, null, 'sv');
  assert.equal(after.registers.get(a.id).tabs.get('retention'), 1);
  assert.equal(after.registers.get(b.id)?.tabs.get('retention'), undefined);
  // The second register stops using the shared source: its count goes.
  const unused = { ...moved, registers: [moved.registers[0], { ...b, sources: [] }] };
  const last = findingCounts(unused, findings, null, 'sv');
  assert.equal(last.registers.get(b.id), undefined);
});
