// Every UI string exists in Swedish, Finnish and English, and every key the
// screens ask for exists. Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_STRINGS } from '../app/i18n.js';

const app = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');
const sources = [...readdirSync(app), ...readdirSync(join(app, 'screens')).map((f) => `screens/${f}`)]
  .filter((f) => f.endsWith('.js') && !f.startsWith('vendor'))
  .map((f) => readFileSync(join(app, f), 'utf8'));

test('every string has all three languages', () => {
  for (const [key, values] of Object.entries(ALL_STRINGS)) {
    assert.equal(values.length, 3, key);
    for (const value of values) assert.ok(value.trim().length > 0, key);
  }
});

test('every key the screens use exists', () => {
  const used = new Set();
  for (const source of sources) {
    for (const match of source.matchAll(/\bt\('([a-z0-9_]+)'/g)) used.add(match[1]);
  }
  const missing = [...used].filter((key) => !(key in ALL_STRINGS));
  assert.deepEqual(missing, []);
});

test('no screen sets innerHTML', () => {
  for (const source of sources) assert.ok(!/\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML/.test(source));
});

test('no string is defined twice (the later one would silently win)', () => {
  const text = readFileSync(join(app, 'i18n.js'), 'utf8');
  const keys = [...text.matchAll(/^ {2}([a-z0-9_]+): \[/gm)].map((m) => m[1]);
  const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
  assert.deepEqual(twice, []);
});
