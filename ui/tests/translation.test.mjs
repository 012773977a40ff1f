// The translation view knows what a translation was made from: the window
// computes the same short version of a text as the model (`text::version_of`),
// so a translation whose source changed shows as out of date, and the default
// filter keeps missing and out-of-date texts. Run: node --test ui/tests/
import test from 'node:test';
import assert from 'node:assert/strict';
import { versionOf, isOutOfDate, needsWork, confirmedMark } from '../app/screens/translation.js';

test('the version of a text is the model\'s (the same vectors as text.rs)', () => {
  assert.equal(versionOf('Laskutus'), 'cc1de2d9');
  assert.equal(versionOf('  Laskutus \n'), 'cc1de2d9');
  assert.equal(versionOf('Käsittely ä'), '631b9ffe');
  assert.equal(versionOf(''), '811c9dc5');
});

test('a translation is out of date once its source text changes, and confirming it brings it up to date', () => {
  const text = { fi: 'Laskutus', sv: 'Fakturering', translated_from: { sv: `fi:${versionOf('Laskutus')}` } };
  assert.equal(isOutOfDate(text, 'sv'), false);
  const rewritten = { ...text, fi: 'Laskutus ja perintä' };
  assert.equal(isOutOfDate(rewritten, 'sv'), true);
  assert.equal(needsWork(rewritten, 'sv'), true, 'the default filter shows it');
  assert.equal(needsWork(rewritten, 'en'), true, 'a missing text too');
  assert.equal(isOutOfDate(rewritten, 'fi'), false, 'the source is never out of date');
  const confirmed = { ...rewritten, translated_from: { sv: confirmedMark(rewritten, 'fi') } };
  assert.equal(isOutOfDate(confirmed, 'sv'), false);
  assert.equal(needsWork(confirmed, 'sv'), false);
  // A text without a mark (written before marks existed) is not flagged by itself.
  assert.equal(isOutOfDate({ fi: 'a', sv: 'b' }, 'sv'), false);
});

test('a text with its marks is one text to translate, and its marks are not texts', async () => {
  const { writtenTexts } = await import('../app/model.js');
  const purpose = {
    id: 'p',
    description: { fi: 'Laskutus', sv: 'Fakturering', translated_from: { sv: 'fi:cc1de2d9' } },
    legal_bases: [{ legitimate_interest: { fi: 'Etu', sv: 'Intresse', en: 'Interest', suggested: ['sv', 'fi', 'en'] } }],
  };
  const paths = writtenTexts(purpose).map((t) => t.path);
  assert.deepEqual(paths, ['description', 'legal_bases.0.legitimate_interest']);
});
