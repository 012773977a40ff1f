// The merge review's choices as the Rust side takes them, the conflicts left
// to decide before "Merge" is offered, and one sentence for each file that
// cannot be compared. Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choicesOf, openConflicts, takesOwnText, mergeErrorKey, shownField } from '../app/screens/merge.js';
import { ALL_STRINGS } from '../app/i18n.js';

const A = '6f1c1d2e-0000-4000-8000-000000000001';
const B = '6f1c1d2e-0000-4000-8000-000000000002';

test('the choices name each record left and each conflict\'s side or text, field paths whole', () => {
  const leave = new Set([`retention_rule:${A}`]);
  const picks = new Map([
    [`register:${B}:name.sv`, { take: 'theirs' }],
    [`register:${B}:description.fi`, { take: 'text', text: 'Oma: teksti' }],
    [`register:${B}:`, { take: 'mine' }],
  ]);
  assert.deepEqual(choicesOf(leave, picks), {
    leave: [{ kind: 'retention_rule', id: A }],
    conflicts: [
      { kind: 'register', id: B, field: 'name.sv', choice: { take: 'theirs' } },
      { kind: 'register', id: B, field: 'description.fi', choice: { take: 'text', text: 'Oma: teksti' } },
      { kind: 'register', id: B, field: '', choice: { take: 'mine' } },
    ],
  });
});

test('merging waits for every conflict of a record taken; leaving the record decides its conflicts', () => {
  const conflict = (field) => ({ kind: 'register', id: B, field });
  const groups = [{ items: [
    { kind: 'register', id: B, conflicts: [conflict('name.sv'), conflict('purposes')] },
    { kind: 'purpose', id: A, conflicts: [] },
  ] }];
  assert.equal(openConflicts(groups, new Set(), new Map()), 2);
  assert.equal(openConflicts(groups, new Set(), new Map([[`register:${B}:name.sv`, { take: 'mine' }]])), 1);
  assert.equal(openConflicts(groups, new Set([`register:${B}`]), new Map()), 0);
});

test('a text of one\'s own is offered for a text in one language only', () => {
  assert.equal(takesOwnText({ field: 'name.sv' }), true);
  assert.equal(takesOwnText({ field: 'retention.period.fi' }), true);
  assert.equal(takesOwnText({ field: 'legal_basis' }), false);
  assert.equal(takesOwnText({ field: '' }), false);
});

test('each file that cannot be compared has its own sentence in three languages', () => {
  for (const code of ['not_kirjuri', 'same_file', 'in_use', 'in_use_breakable', 'newer_version', 'not_found']) {
    const key = mergeErrorKey(code);
    assert.ok(key.startsWith('merge_err_'), `${code} → ${key}`);
    assert.equal(ALL_STRINGS[key].length, 3);
    assert.ok(ALL_STRINGS[key].every((text) => text.trim().length > 0), key);
  }
  assert.equal(mergeErrorKey('in_use_breakable'), 'merge_err_in_use');
  assert.equal(mergeErrorKey('broken_history'), 'err_broken_history');
  assert.equal(mergeErrorKey('something_new'), 'err_other');
});

test('the review shows what a person changed, not the marks that follow a text', () => {
  assert.equal(shownField({ field: 'name.en' }), true);
  assert.equal(shownField({ field: 'period.sv' }), true);
  assert.equal(shownField({ field: 'name.translated_from.fi' }), false);
  assert.equal(shownField({ field: 'id' }), false);
  assert.equal(shownField({ field: 'register' }), false);
});
