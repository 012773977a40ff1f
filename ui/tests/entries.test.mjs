// Plain words in the form: a list pasted into an "add" box becomes one entry
// per line, without the bullets and numbers a register description's lists
// start with; a label's article reference is set apart from its words.
import test from 'node:test';
import assert from 'node:assert/strict';
import { entryLines } from '../app/components.js';

test('each non-empty line is one entry, bullets and numbers dropped', () => {
  const pasted = ' • Distribution av nyhetsbrev\n\n- Svara på kontaktförfrågningar\r\n\uF0B7 Kundservice\n* Marknadsföring\no\tNyhetsbrev\n';
  assert.deepEqual(entryLines(pasted), ['Distribution av nyhetsbrev', 'Svara på kontaktförfrågningar', 'Kundservice', 'Marknadsföring', 'Nyhetsbrev']);
  assert.deepEqual(entryLines('1. Kundservice\n2) Nyhetsbrev'), ['Kundservice', 'Nyhetsbrev']);
});

test('a number or a dash that belongs to the text stays', () => {
  assert.deepEqual(entryLines('2 kap. 8.1 mom.\n1.1.2016 uppdaterat\nE-post'), ['2 kap. 8.1 mom.', '1.1.2016 uppdaterat', 'E-post']);
  assert.deepEqual(entryLines('-20 % rabatt\n*Obligatoriskt\n3. osapuolet\nasiakkaat'), ['-20 % rabatt', '*Obligatoriskt', '3. osapuolet', 'asiakkaat']);
});

test('nothing typed gives no entry', () => {
  assert.deepEqual(entryLines(' \n\t\n'), []);
});

test('a label\'s article reference is set apart from its words, in every language', async () => {
  const { splitReference } = await import('../app/components.js');
  assert.deepEqual(splitReference('Rättslig grund (art. 6.1)'), ['Rättslig grund', 'art. 6.1']);
  assert.deepEqual(splitReference('Oikeusperuste (6.1 art.)'), ['Oikeusperuste', '6.1 art.']);
  assert.deepEqual(splitReference('Legal basis (Art. 6(1))'), ['Legal basis', 'Art. 6(1)']);
  assert.deepEqual(splitReference('Julkinen lähde (14.2 f art.)'), ['Julkinen lähde', '14.2 f art.']);
  assert.deepEqual(splitReference('Direktmarknadsföring (rätt att invända, art. 21.2)'), ['Direktmarknadsföring (rätt att invända, art. 21.2)', null]);
  assert.deepEqual(splitReference('Suoramarkkinointi (vastustamisoikeus, 21.2 art.)'), ['Suoramarkkinointi (vastustamisoikeus, 21.2 art.)', null]);
  assert.deepEqual(splitReference('Namn'), ['Namn', null]);
});
