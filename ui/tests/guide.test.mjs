// The user guide (Help → User guide, F1) says the same things in Swedish,
// Finnish and English: the same sections in the same order, every text
// present. Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GUIDE } from '../app/guide.js';
import { LANGUAGES } from '../app/i18n.js';

const shape = (guide) => guide.sections.map((s) => [s.id, (s.paragraphs || []).length, (s.keys || []).length]);

test('the guide exists in every UI language with the same sections', () => {
  assert.deepEqual(Object.keys(GUIDE).sort(), [...LANGUAGES].sort());
  for (const lang of LANGUAGES) {
    assert.deepEqual(shape(GUIDE[lang]), shape(GUIDE.en), lang);
    assert.ok(GUIDE[lang].title.trim(), lang);
    for (const section of GUIDE[lang].sections) {
      assert.ok(section.heading.trim(), `${lang} ${section.id}`);
      for (const text of [...(section.paragraphs || []), ...(section.keys || []).flat()]) assert.ok(text.trim(), `${lang} ${section.id}`);
    }
  }
});

test('the guide covers registers, the two documents, starting from a description, sharing and findings', () => {
  assert.deepEqual(GUIDE.en.sections.map((s) => s.id), ['file', 'register', 'documents', 'import', 'sharing', 'findings', 'keys']);
});

test('the shortcuts in the guide are the same in every language', () => {
  const keys = (lang) => GUIDE[lang].sections.find((s) => s.id === 'keys').keys.map(([k]) => k.replace(/Skift|Vaihto/g, 'Shift'));
  for (const lang of LANGUAGES) assert.deepEqual(keys(lang), keys('en'), lang);
});
