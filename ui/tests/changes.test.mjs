// The window keeps its copy of the document by applying each edit's change
// set (kirjuri-model's `ChangeSet`) and the findings' splices: the result is
// the document after the edit, the records that did not change are the same
// objects (what the screens' memoization relies on), and the old copy is
// left as it was. Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyChangeSet, applySplices } from '../app/changes.js';

const register = (id, name) => ({ id, name: { sv: name, fi: '', en: '' } });
const purpose = (id, reg) => ({ id, register: reg, description: { sv: id, fi: '', en: '' } });

function documentBefore() {
  return {
    organisation: { id: 'o', name: { sv: 'Ab', fi: '', en: '' } },
    people: [{ id: 'p1', name: 'Anna' }],
    registers: [register('r1', 'Kunder'), register('r2', 'Personal'), register('r3', 'Leverantörer')],
    purposes: [purpose('u1', 'r1'), purpose('u2', 'r2'), purpose('u3', 'r3')],
  };
}

test('a change set gives the document after, and unchanged records keep their identity', () => {
  const before = documentBefore();
  const frozen = JSON.stringify(before);
  // Renames r2, deletes r3 with its purpose, brings back a register at place 0
  // (an undo puts a record back where it was) and adds a purpose at the end.
  const set = {
    changed: [
      { index: 2, kind: 'register', record: register('r2', 'Personalen') },
      { index: 0, kind: 'register', record: register('r0', 'Återställt') },
      { index: 2, kind: 'purpose', record: purpose('u4', 'r2') },
    ],
    removed: [
      { kind: 'register', id: 'r3' },
      { kind: 'purpose', id: 'u3' },
    ],
  };
  const after = applyChangeSet(before, set);
  assert.deepEqual(after.registers.map((r) => [r.id, r.name.sv]), [['r0', 'Återställt'], ['r1', 'Kunder'], ['r2', 'Personalen']]);
  assert.deepEqual(after.purposes.map((p) => p.id), ['u1', 'u2', 'u4']);
  assert.equal(JSON.stringify(before), frozen, 'the copy before is unchanged');
  assert.equal(after.registers[1], before.registers[0], 'an unchanged register is the same object');
  assert.equal(after.purposes[0], before.purposes[0]);
  assert.equal(after.people, before.people, 'an untouched list is the same array');
  assert.equal(after.organisation, before.organisation);
});

test('the organisation is replaced, never listed', () => {
  const before = documentBefore();
  const organisation = { id: 'o', name: { sv: 'Ab Oy', fi: '', en: '' } };
  const after = applyChangeSet(before, { changed: [{ index: 0, kind: 'organisation', record: organisation }], removed: [] });
  assert.equal(after.organisation, organisation);
  assert.equal(after.registers, before.registers);
});

test('a record changed in place keeps its place', () => {
  const before = documentBefore();
  const after = applyChangeSet(before, { changed: [{ index: 1, kind: 'register', record: register('r2', 'X') }], removed: [] });
  assert.deepEqual(after.registers.map((r) => r.id), ['r1', 'r2', 'r3']);
  assert.equal(after.registers[1].name.sv, 'X');
});

test('splices turn the findings panel list into the new one and keep the others', () => {
  const a = { code: 'a' };
  const b = { code: 'b' };
  const c = { code: 'c' };
  const d = { code: 'd' };
  const list = [a, b, c];
  assert.deepEqual(applySplices(list, []), list);
  const next = applySplices(list, [{ at: 1, remove: 1, insert: [d] }, { at: 3, remove: 0, insert: [b] }]);
  assert.deepEqual(next, [a, d, c, b]);
  assert.equal(next[0], a);
  assert.deepEqual(applySplices(list, [{ at: 0, remove: 3, insert: [] }]), []);
  assert.deepEqual(applySplices([], [{ at: 0, remove: 0, insert: [a, b] }]), [a, b]);
  assert.deepEqual(list, [a, b, c], 'the list before is unchanged');
});
