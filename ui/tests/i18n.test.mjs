// The window's texts come from the text catalogue (assets/text/*.ftl, given to
// the window as app/generated/texts.js): every key the window asks for exists
// there, every text has its three languages, and no Swedish or Finnish
// sentence of the catalogue is written into the window's own source.
// Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXTS } from '../app/generated/texts.js';
import { GUIDE } from '../app/guide.js';

const app = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');
const sources = [...readdirSync(app), ...readdirSync(join(app, 'screens')).map((f) => `screens/${f}`)]
  .filter((f) => f.endsWith('.js'))
  .map((f) => [f, readFileSync(join(app, f), 'utf8')]);

/// The keys the source names literally: `t('key')`, `app.t('key', …)`,
/// `translate(lang, 'key')` and `notify('key')`.
function usedKeys(source) {
  const patterns = [/\bt\('([a-z0-9_]+)'/g, /\btranslate\([^,()]+,\s*'([a-z0-9_]+)'/g, /\bnotify\('([a-z0-9_]+)'/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

test('every text has all three languages', () => {
  for (const [key, values] of Object.entries(TEXTS)) {
    assert.equal(values.length, 3, key);
    for (const value of values) assert.ok(typeof value === 'string' && value.trim().length > 0, key);
  }
});

test('every key the window uses exists', () => {
  const used = new Set(sources.flatMap(([, source]) => usedKeys(source)));
  assert.ok(used.size > 100, `only ${used.size} keys found: has the way the screens call t() changed?`);
  const missing = [...used].filter((key) => !(key in TEXTS));
  assert.deepEqual(missing, []);
});

test('every key of the user guide exists', () => {
  const keys = [GUIDE.title, 'user_guide_shift'];
  for (const section of GUIDE.sections) keys.push(section.heading, ...(section.paragraphs || []), ...(section.keys || []).map(([, meaning]) => meaning));
  assert.deepEqual(keys.filter((key) => !(key in TEXTS)), []);
});

test("no Swedish or Finnish sentence of the catalogue is written in the window's source", () => {
  const written = [];
  for (const [file, source] of sources) {
    for (const [key, [sv, fi]] of Object.entries(TEXTS)) {
      for (const text of [sv, fi]) if (text.length >= 8 && /\s/.test(text) && source.includes(text)) written.push(`${file}: ${key}`);
    }
  }
  assert.deepEqual(written, []);
});

test('no screen sets innerHTML', () => {
  for (const [file, source] of sources) assert.ok(!/\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML/.test(source), file);
});
