// The UI's record kinds come from the model (app/generated/records.js), and
// every kind has its place: a screen, or for a part of a register a tab of
// the register editor. Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, LIST_OF, REGISTER_PARTS, BLANK_RECORD, REFERENCES } from '../app/generated/records.js';
import { SCREEN_OF_KIND, TAB_OF_PART, REGISTER_TABS, SECTION_TABS, screenForFinding, tabForFinding } from '../app/places.js';
import { newRecord, findRecord } from '../app/model.js';
import { ALL_STRINGS } from '../app/i18n.js';

const app = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');
const mainSource = readFileSync(join(app, 'main.js'), 'utf8');
/// The screens main.js can show (its `case 'name': return html`<…>` lines).
const screens = new Set([...mainSource.matchAll(/case '([a-z_]+)': return html`<\$\{/g)].map((m) => m[1]));
const tabs = new Set(REGISTER_TABS.map(([key]) => key));

test('every record kind has a screen, or a tab of the register editor', () => {
  assert.ok(screens.has('register') && screens.has('registers'), 'the screen switch of main.js was not found');
  for (const kind of ['organisation', ...KINDS]) {
    if (kind === 'register') continue;
    const part = REGISTER_PARTS.includes(kind);
    assert.ok(part || kind in SCREEN_OF_KIND, `no screen for ${kind}: add it to SCREEN_OF_KIND in places.js`);
    assert.ok(!part || kind in TAB_OF_PART, `no tab for ${kind}, a part of a register: add it to TAB_OF_PART in places.js`);
  }
  for (const [kind, screen] of Object.entries(SCREEN_OF_KIND)) {
    assert.ok(kind === 'organisation' || KINDS.includes(kind), `${kind} is no record kind`);
    assert.ok(!REGISTER_PARTS.includes(kind), `${kind} is a part of a register; it has a tab, not a screen`);
    assert.ok(screens.has(screen), `${kind}: main.js has no screen ${screen}`);
  }
  for (const [kind, tab] of Object.entries(TAB_OF_PART)) {
    assert.ok(REGISTER_PARTS.includes(kind), `${kind} is not a part of a register`);
    assert.ok(tabs.has(tab), `${kind}: the register editor has no tab ${tab}`);
  }
  for (const tab of Object.values(SECTION_TABS)) assert.ok(tabs.has(tab), tab);
});

test('every record kind has its name in the three languages', () => {
  const missing = ['organisation', ...KINDS].filter((kind) => !ALL_STRINGS[`kind_${kind}`]);
  assert.deepEqual(missing, [], 'add kind_<kind> to ui/app/i18n.js');
});

test('a finding leads to its record: a part of a register to its register and tab', () => {
  const register = newRecord('register');
  const rule = newRecord('retention_rule', { register: register.id });
  const doc = { organisation: newRecord('organisation'), registers: [register], retention_rules: [rule] };
  assert.deepEqual(screenForFinding(doc, { kind: 'retention_rule', id: rule.id, field: 'period' }), { name: 'register', id: register.id, tab: 'retention' });
  assert.deepEqual(screenForFinding(doc, { kind: 'register', id: register.id, field: 'security_measures' }), { name: 'register', id: register.id, tab: 'security' });
  assert.deepEqual(screenForFinding(doc, { kind: 'breach', id: 'x', field: 'measures' }), { name: 'breaches' });
  assert.equal(tabForFinding('register', 'unreviewed_template_text.rights'), 'rights');
});

test('a new record of each kind has every field of the model and a fresh id', () => {
  for (const kind of ['organisation', ...KINDS]) {
    const record = newRecord(kind, {});
    assert.deepEqual(Object.keys(record).sort(), Object.keys(BLANK_RECORD[kind]).sort(), kind);
    assert.match(record.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, kind);
    assert.notEqual(newRecord(kind).id, record.id);
  }
  // Nothing is filled in for the user: a register's creation date stays unstated until given.
  assert.equal(newRecord('register').created, null);
  assert.equal(newRecord('purpose').created, undefined);
  assert.throws(() => newRecord('no_such_kind'));
  const purpose = newRecord('purpose', { register: 'r' });
  assert.equal(purpose.register, 'r');
  assert.deepEqual(REFERENCES.purpose.map((r) => r.path), ['register', 'legal_bases.*.data_subject_categories.*']);
  assert.equal(findRecord({ purposes: [purpose] }, 'purpose', purpose.id), purpose);
  assert.equal(LIST_OF.purpose, 'purposes');
});
