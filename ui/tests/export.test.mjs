// The export dialog's file name follows the document: each type and register
// suggests its own name, and a typed path keeps its folder when the name
// changes. Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestedFileName, withFileName } from '../app/screens/export.js';

test('each document suggests its own file name, a notice its register\'s', () => {
  const names = ['record_pdf', 'processor_record_pdf', 'notice_pdf', 'notice_html', 'xlsx'].map((type) => suggestedFileName(type, 'Kundregister', 'sv'));
  assert.equal(new Set(names).size, names.length, JSON.stringify(names));
  assert.equal(suggestedFileName('notice_pdf', 'Kundregister', 'sv'), 'Dataskyddsbeskrivning – Kundregister.pdf');
  assert.notEqual(suggestedFileName('notice_pdf', 'Kundregister', 'sv'), suggestedFileName('notice_pdf', 'Personal', 'sv'));
  assert.equal(suggestedFileName('record_pdf', '', 'fi'), 'Seloste käsittelytoimista.pdf');
  // A register's name cannot put a folder or a reserved character into the name.
  assert.equal(suggestedFileName('notice_html', 'A/B: "C"', 'en'), 'Privacy notice – A_B_ _C_.html');
});

test('a typed path keeps its folder when its file name follows the document', () => {
  assert.equal(withFileName('/home/a/notice.pdf', 'record.pdf'), '/home/a/record.pdf');
  assert.equal(withFileName('C:\\Users\\a\\notice.pdf', 'record.pdf'), 'C:\\Users\\a\\record.pdf');
  assert.equal(withFileName('notice.pdf', 'record.pdf'), 'record.pdf');
});
