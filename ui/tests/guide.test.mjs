// The user guide (Help → User guide, F1) says the same things in Swedish,
// Finnish and English: its sections are catalogue keys (`user-guide-…`), so
// each language has the same sections in the same order, every text present.
// Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GUIDE, guideIn } from '../app/guide.js';
import { LANGUAGES } from '../app/i18n.js';

const shape = (guide) => guide.sections.map((s) => [s.id, (s.paragraphs || []).length, (s.keys || []).length]);

test('the guide exists in every UI language with the same sections', () => {
  for (const lang of LANGUAGES) {
    const guide = guideIn(lang);
    assert.deepEqual(shape(guide), shape(GUIDE), lang);
    assert.ok(guide.title.trim() && guide.title !== GUIDE.title, lang);
    for (const section of guide.sections) {
      assert.ok(section.heading.trim(), `${lang} ${section.id}`);
      for (const text of [...section.paragraphs, ...(section.keys || []).flat()]) assert.ok(text.trim() && !/^[a-z0-9_]+$/.test(text), `${lang} ${section.id}: ${text}`);
    }
  }
});

test('the guide covers registers, the two documents, starting from a description, sharing and findings', () => {
  assert.deepEqual(GUIDE.sections.map((s) => s.id), ['file', 'register', 'documents', 'import', 'sharing', 'findings', 'keys']);
});

test('the shortcuts in the guide are the same in every language, with Shift in its own words', () => {
  const keys = (lang) => guideIn(lang).sections.find((s) => s.id === 'keys').keys.map(([k]) => k);
  assert.deepEqual(keys('sv').slice(2, 3), ['Ctrl+Skift+S']);
  assert.deepEqual(keys('fi').slice(2, 3), ['Ctrl+Vaihto+S']);
  for (const lang of LANGUAGES) assert.deepEqual(keys(lang).map((k) => k.replace(/Skift|Vaihto/g, 'Shift')), keys('en'), lang);
});
