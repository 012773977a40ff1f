// The review of an imported description: one confirmation per section
// clears that section's unreviewed marks (not a mark another open section
// still holds), a passage that landed nowhere is put where the person says,
// and the edit that finishes the review takes the old text out of the file.
// Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confirmEdits, putIntoEdits, placeLabel, descriptionArgs } from '../app/screens/import.js';
import { translate } from '../app/i18n.js';

const REGISTER = 'r1';
function doc() {
  return {
    organisation: {
      id: 'o1',
      name: { sv: 'Solteq Oyj' },
      imported_description: {
        file_name: 'solteq.docx',
        language: 'sv',
        registers: [REGISTER],
        sections: [
          { heading: '3. Ändamål', marks: ['purposes'], passages: [{ text: '3. Ändamål', place: 'section heading' }, { text: 'Nyhetsbrev', place: 'Kundregister: purpose' }], confirmed: false },
          { heading: '4. Rättslig grund', marks: ['purposes'], passages: [{ text: 'enligt personuppgiftslagen 8 §', place: null }], confirmed: false },
          { heading: '5. Uppgifter', marks: ['data_items'], passages: [{ text: 'Namn', place: 'Kundregister: data item' }], confirmed: false },
        ],
      },
    },
    registers: [{ id: REGISTER, name: { sv: 'Kundregister' }, description: { sv: '' }, sources: [], unreviewed_template_text: ['purposes', 'data_items'] }],
    purposes: [],
    data_items: [],
    sources: [],
  };
}

/// The document after `edits` (puts only), as the store would make it.
function apply(d, edits) {
  const next = structuredClone(d);
  for (const edit of edits) {
    assert.equal(edit.op, 'put');
    const { kind, record } = edit.record;
    if (kind === 'organisation') next.organisation = record;
    else if (kind === 'register') next.registers = next.registers.map((r) => (r.id === record.id ? record : r));
    else {
      const list = { purpose: 'purposes', data_item: 'data_items', source: 'sources' }[kind] || kind;
      next[list] = [...(next[list] || []), record];
    }
  }
  return next;
}

test('confirming a section clears its mark, unless another open section holds the same mark', () => {
  let d = doc();
  d = apply(d, confirmEdits(d, 2));
  assert.deepEqual(d.registers[0].unreviewed_template_text, ['purposes']);
  assert.equal(d.organisation.imported_description.sections[2].confirmed, true);
  // Sections 0 and 1 both fill the purposes: the first confirmation leaves the mark.
  d = apply(d, confirmEdits(d, 0));
  assert.deepEqual(d.registers[0].unreviewed_template_text, ['purposes']);
  d = apply(d, confirmEdits(d, 1));
  assert.deepEqual(d.registers[0].unreviewed_template_text, []);
  // Confirmed again: nothing to do.
  assert.deepEqual(confirmEdits(d, 1), []);
  // The passage section 1 did not place was left out by its confirmation,
  // and with every section confirmed the old text is gone.
  assert.equal(d.organisation.imported_description, undefined);
});

test('the old text stays while a section is unconfirmed; a confirmation leaves out what is still not placed', () => {
  let d = doc();
  d = apply(d, confirmEdits(d, 1));
  assert.equal(d.organisation.imported_description.sections[1].passages[0].place, 'left out');
  assert.deepEqual(d.registers[0].unreviewed_template_text, ['purposes', 'data_items'], 'section 0 still holds the purposes');
  d = apply(d, confirmEdits(d, 0));
  assert.ok(d.organisation.imported_description, 'kept while section 2 is unconfirmed');
});

test('a passage not placed is put where the person says, and the last step removes the old text', () => {
  let d = doc();
  for (const s of [0, 2]) d = apply(d, confirmEdits(d, s));
  let edits = putIntoEdits(d, 1, 0, 'purpose', REGISTER, 'sv');
  d = apply(d, edits);
  assert.ok(d.organisation.imported_description, 'section 1 is not confirmed yet');
  assert.equal(edits.length, 2, 'one edit: the organisation and the new purpose');
  edits = confirmEdits(d, 1);
  d = apply(d, edits);
  assert.equal(d.purposes.length, 1);
  assert.deepEqual(d.purposes[0].description, { sv: 'enligt personuppgiftslagen 8 §' });
  assert.equal(d.purposes[0].register, REGISTER);
  assert.equal(d.organisation.imported_description, undefined, 'the review is finished: the old text goes');
  assert.deepEqual(d.registers[0].unreviewed_template_text, []);
});

test('leaving a passage out is a decision of its own, and a placed passage cannot be put again', () => {
  let d = doc();
  assert.deepEqual(putIntoEdits(d, 0, 1, 'purpose', REGISTER, 'sv'), [], 'already placed');
  d = apply(d, putIntoEdits(d, 1, 0, 'left_out', '', 'sv'));
  assert.equal(d.organisation.imported_description.sections[1].passages[0].place, 'left out');
  assert.equal(d.purposes.length, 0);
});

test('a source put into the register is linked to it; the description gets a paragraph more', () => {
  let d = doc();
  d = apply(d, putIntoEdits(d, 1, 0, 'source', REGISTER, 'sv'));
  assert.equal(d.sources.length, 1);
  assert.deepEqual(d.registers[0].sources, [d.sources[0].id]);
  d = doc();
  d.registers[0].description = { sv: 'Kunder.' };
  d = apply(d, putIntoEdits(d, 1, 0, 'description', REGISTER, 'sv'));
  assert.equal(d.registers[0].description.sv, 'Kunder.\n\nenligt personuppgiftslagen 8 §');
});

test('a place is said in the UI language, with the register named as the document names it', () => {
  const t = (key) => translate('sv', key);
  assert.equal(placeLabel('Kundregister: purpose', t), 'Kundregister: ändamål');
  assert.equal(placeLabel('section heading', t), 'avsnittets rubrik');
  assert.equal(placeLabel('the organisation: name, e-mail', t), 'Organisationen: namn, E-post');
  assert.equal(placeLabel('Kundregister: something new', t), 'Kundregister: something new');
  // Where the import made one register, its name is not repeated on every line.
  assert.equal(placeLabel('Kundregister: purpose', t, true), 'ändamål');
  assert.equal(placeLabel('the organisation: name', t, true), 'Organisationen: namn');
  assert.equal(placeLabel('Kundregister: regular disclosures: no, in these words', t, true), 'regelbundna utlämnanden: nej, med dessa ord');
});

test('pasted text wins over a path, and empty choices are left to the text', () => {
  assert.deepEqual(descriptionArgs({ path: ' /a.docx ', text: '', country: '', language: '' }), { path: '/a.docx', text: null, country: null, language: null });
  assert.deepEqual(descriptionArgs({ path: '/a.docx', text: 'Rekisteriseloste', country: 'FI', language: 'fi' }), { path: null, text: 'Rekisteriseloste', country: 'FI', language: 'fi' });
});

test('a yes/no the old text states is a suggestion until its section is confirmed, and only that one', () => {
  let d = doc();
  d.organisation.imported_description.sections.push(
    { heading: '8. Överföringar', marks: ['answers'], passages: [{ text: 'Uppgifter överförs inte utanför EU/EES.', place: 'Kundregister: transfers outside the EU/EEA: no, in these words' }], confirmed: false },
    { heading: '7. Utlämnanden', marks: ['answers'], passages: [{ text: 'Uppgifter lämnas inte ut.', place: 'Kundregister: regular disclosures: no, in these words' }], confirmed: false },
  );
  d.registers[0].suggested_answers = { transfers_outside_eea: 'no', regular_disclosures: 'no' };
  d = apply(d, confirmEdits(d, 3));
  assert.equal(d.registers[0].transfers_outside_eea, 'no');
  assert.deepEqual(d.registers[0].suggested_answers, { regular_disclosures: 'no' });
  assert.equal(d.registers[0].regular_disclosures, undefined, 'another section\'s answer stays a suggestion');
  d = apply(d, confirmEdits(d, 4));
  assert.equal(d.registers[0].regular_disclosures, 'no');
  assert.deepEqual(d.registers[0].suggested_answers, {});
});
