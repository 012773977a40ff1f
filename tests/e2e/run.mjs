// End-to-end test of the real Kirjuri window, driven through tauri-driver and
// WebKitWebDriver (run it with scripts/e2e.sh, which starts Xvfb and D-Bus).
//
// Environment: KIRJURI_APP (the kirjuri-desktop binary), E2E_OUT (a folder
// for screenshots and temporary files), WEBDRIVER_URL (tauri-driver, default
// http://127.0.0.1:4444). Prints `e2e: N passed, M failed` and exits non-zero
// on any failure.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, rmSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, waitForServer, sleep, KEYS } from './webdriver.mjs';
import { SOLTEQ, plain } from './solteq.mjs';

const APP = process.env.KIRJURI_APP;
const OUT = process.env.E2E_OUT || '/tmp/kirjuri-e2e';
const BASE = process.env.WEBDRIVER_URL || 'http://127.0.0.1:4444';
const SHOTS = join(OUT, 'screenshots');
const FILES = join(OUT, 'files');
const XSS = '<img src=x onerror=alert(1)>';
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
/// The session of the running scenario, for the failure report.
let current = null;

/// One step of a scenario; after a failure the scenario's later steps are skipped.
async function step(name, body) {
  if (broken) {
    skipped += 1;
    console.log(`  skip  ${name}`);
    return;
  }
  const started = Date.now();
  try {
    await body();
    passed += 1;
    console.log(`  ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    broken = true;
    console.log(`  FAIL  ${name}: ${error.message}`);
    if (current) {
      const errors = await current.script('return window.__kirjuriErrors || []').catch(() => []);
      if (errors.length) console.log(`        page errors: ${errors.join(' | ')}`);
      const banner = await current.script(`const b = document.querySelector('[data-test=error-banner]'); return b ? b.textContent : ''`).catch(() => '');
      if (banner) console.log(`        error banner: ${banner}`);
      await current.screenshot().then((png) => writeFileSync(join(OUT, `failed-${failed}.png`), png)).catch(() => {});
    }
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function shot(session, name) {
  writeFileSync(join(SHOTS, `app-${name}.png`), await session.screenshot());
}

/// Presses a shortcut as a user does: real X key events (xdotool) to the
/// Kirjuri window, so that they pass through the menu bar's accelerators;
/// WebDriver's keys are delivered to the page and never reach the menu.
function shortcut(keys) {
  const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--name', 'Kirjuri$']).toString().trim().split('\n');
  const window = windows[windows.length - 1];
  execFileSync('xdotool', ['windowfocus', '--sync', window]);
  execFileSync('xdotool', ['key', '--clearmodifiers', keys]);
}

/// The whole X screen, menus included (WebDriver's screenshot shows only the page).
function screenShot(name) {
  execFileSync('scrot', ['--overwrite', join(SHOTS, `app-${name}.png`)]);
}

/// The words of the exported PDF notice `pdf` that the preview's text `seen`
/// does not have (the page footer, "`company` · … · 1 / 2", is paper's own).
function wordsNotInPreview(seen, pdf, company) {
  const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString();
  return printed.split('\n')
    .filter((line) => !(line.includes(' / ') && /\d\s*$/.test(line)) && !line.startsWith(`${company} · `))
    .flatMap((line) => line.split(/\s+/).filter((w) => w && w !== '•'))
    .filter((word) => !seen.includes(word));
}

/// The text of the notice beside the form, spaces folded.
const previewText = (s) => s.script(`const r = document.querySelector('[data-test=preview-page]')?.shadowRoot; return r ? r.textContent.replace(/\\s+/g, ' ') : ''`);

const fileName = (s) => s.script(`const el = document.querySelector('[data-test=file-name]'); return el ? el.textContent.trim() : ''`);
const findingCodes = (s) => s.script(`return [...document.querySelectorAll('[data-test=finding]')].map((b) => b.dataset.code);`);

async function scenarioCreateCheckFixExport() {
  console.log('scenario: create a document, fix a transfer finding, export');
  broken = false;
  const documentPath = join(FILES, 'Testbolaget.sqlite');
  const pdfPath = join(FILES, 'record.pdf');
  let s;
  await step('the window starts on the start screen', async () => {
    s = await Session.start(BASE, APP);
    current = s;
    await s.wait('[data-test=start-screen]', 20000);
    await s.select('[data-test=ui-language]', 'sv');
    await sleep(300);
    await shot(s, 'start');
  });
  await step('the user name for the history is set in the settings', async () => {
    await s.click('[data-test=open-settings]');
    await s.type('[data-test=user-name]', 'Testaren', { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.until('the settings dialog to close', async () => (await s.findAll('[data-test=settings]')).length === 0);
  });
  await step('a new document is created at a typed path', async () => {
    await s.click('[data-test=new-document]');
    await s.type('[data-test=new-org-name]', 'Testbolaget Ab');
    await s.type('[data-test=new-document-path]', documentPath, { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.until('the file name in the top bar', async () => (await fileName(s)) === 'Testbolaget.sqlite');
    assert(existsSync(documentPath), 'the document file exists');
  });
  await step('a register with a purpose and a legal basis is added', async () => {
    await s.click('[data-test=nav-registers]');
    await s.click('[data-test=new-register]');
    // The cursor is in the new register's name before the user types (the app moves it there).
    await s.until('focus in the new register\'s name', async () => (await focusedTest(s)) === 'register-name-sv');
    await s.type('[data-test=register-name-sv]', 'Kundregister');
    await s.until('the register title', async () => (await s.text('[data-test=register-title]')) === 'Kundregister');
    await s.click('[data-test=tab-purposes]');
    await s.click('[data-test=new-purpose]');
    await s.type('[data-test=purpose-description-sv]', 'Kundkommunikation och avtal');
    await s.until('the purpose-without-basis finding', async () => (await findingCodes(s)).includes('purpose_without_legal_basis'));
    await s.select('[data-test=legal-basis]', 'legitimate_interests');
    await s.type('[data-test=legitimate-interest-sv]', 'Att sköta kundrelationen');
    await s.until('the legal-basis findings to go', async () => {
      const codes = await findingCodes(s);
      return !codes.includes('purpose_without_legal_basis') && !codes.includes('legitimate_interest_not_stated');
    });
    await shot(s, 'register-purposes');
  });
  await step('a processor in the USA is added', async () => {
    await s.click('[data-test=nav-processors]');
    await s.click('[data-test=new-processor]');
    await s.type('[data-test=processor-vendor-sv]', 'Roger Wilco LLC');
    await s.type('[data-test=processor-product]', 'Chatra');
    await s.select('[data-test=processor-country]', 'US');
    await s.click('[data-test=processor-has-agreement]');
    await s.until('the processor saved with its country', async () =>
      (await s.script(`return document.querySelector('[data-test=processor-country]').value`)) === 'US');
    await shot(s, 'processors');
  });
  await step('linking it to the register gives the missing-transfer-mechanism finding', async () => {
    await s.click('[data-test=nav-register]');
    await s.click('[data-test=tab-systems]');
    const processorId = await s.script(`return document.querySelector('[data-test=link-system-pick] option:not([value=""])').value`);
    await s.select('[data-test=link-system-pick]', processorId);
    await s.click('[data-test=link-system-add]');
    await s.wait('[data-test=system-link-card]');
    await s.until('the transfer finding', async () => (await findingCodes(s)).includes('transfer_without_mechanism'));
    await s.wait('[data-test=outside-eea]');
    const count = Number(await s.property('[data-test=findings-count]', 'dataset').then((d) => d.count));
    assert(count > 0, 'the findings count is shown');
    await shot(s, 'register-systems-finding');
  });
  await step('clicking the finding leads to its field', async () => {
    await s.click('[data-test=nav-organisation]');
    await s.click('[data-test=finding][data-code=transfer_without_mechanism]');
    await s.until('focus on the system link', async () => {
      const id = await s.script('return document.activeElement && document.activeElement.id');
      return typeof id === 'string' && id.endsWith(':processor');
    });
    await s.wait('[data-test=system-link-card]');
  });
  await step('adding a transfer with a mechanism removes the finding', async () => {
    await s.click('[data-test=add-transfer-for-link]');
    await s.wait('[data-test=transfer-card]');
    await s.select('[data-test=transfer-mechanism]', 'standard_contractual_clauses');
    await s.until('the transfer finding to go', async () => !(await findingCodes(s)).includes('transfer_without_mechanism'));
    await shot(s, 'register-systems-fixed');
  });
  await step('the record PDF is exported and names the register', async () => {
    await s.click('[data-test=open-export]');
    await s.wait('[data-test=export-dialog]');
    await s.click('[data-test=export-type-record_pdf]');
    await s.type('[data-test=export-path]', pdfPath, { leave: false });
    await shot(s, 'export');
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=export-done]', 30000);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
    assert(text.includes('Kundregister'), 'pdftotext output contains "Kundregister"');
    // Done: the dialog offers to open the file (focused) and to close, not to cancel.
    await s.until('focus on Open file', async () => (await s.script(`return document.activeElement?.dataset?.test || ''`)) === 'export-open-file');
    const closeLabel = await s.text('[data-test=export-dialog] [data-test=modal-cancel]');
    assert(closeLabel === 'Stäng', `the dialog says Stäng when done (got ${closeLabel})`);
    await s.press(KEYS.escape);
    await s.until('the dialog to close', async () => (await s.findAll('[data-test=export-dialog]')).length === 0);
  });
  await step('the notice beside the form follows an edit and says what the exported notice says', async () => {
    await s.click('[data-test=nav-register]');
    await s.wait('[data-test=register-editor]');
    if ((await s.script(`return document.querySelector('[data-test=toggle-preview]').getAttribute('aria-pressed')`)) !== 'true') {
      await s.click('[data-test=toggle-preview]');
    }
    await s.until('the notice in the preview', async () => (await previewText(s)).includes('Kundregister'));
    await s.click('[data-test=tab-general]');
    const started = Date.now();
    await s.type('[data-test=register-description-sv]', 'Kunder som köpt något av oss');
    await s.until('the new description in the preview', async () => (await previewText(s)).includes('Kunder som köpt något av oss'));
    console.log(`        edit to preview (WebDriver round trips included): ${Date.now() - started} ms`);
    await shot(s, 'register-preview');
    // A click on the purposes section leads to the purposes tab.
    await s.script(`document.querySelector('[data-test=preview-page]').shadowRoot.querySelector('#section-4').click()`);
    await s.until('the purposes tab', async () => (await s.script(`return document.querySelector('[data-test=tab-purposes]').getAttribute('aria-selected')`)) === 'true');
    // The exported PDF of the same register says nothing the preview does not.
    shortcut('ctrl+e');
    await s.wait('[data-test=export-dialog]');
    await s.click('[data-test=export-type-notice_pdf]');
    const noticePdf = join(FILES, 'notice-preview.pdf');
    await s.type('[data-test=export-path]', noticePdf, { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=export-done]', 30000);
    // The same dialog exports the record next: the file name follows the
    // document, in the same folder, and the notice just written stays.
    await s.click('[data-test=export-type-record_pdf]');
    const recordPdf = join(FILES, 'Register över behandling.pdf');
    await s.until('the path to follow the document', async () => (await s.property('[data-test=export-path]', 'value')) === recordPdf);
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=export-done]', 30000);
    assert(existsSync(noticePdf) && existsSync(recordPdf), 'both the notice and the record exist');
    assert(!execFileSync('pdftotext', [noticePdf, '-']).toString().includes('Register över behandling'), 'the notice is still the notice');
    assert(execFileSync('pdftotext', [recordPdf, '-']).toString().includes('Register över behandling'), 'the record is the record');
    // Exporting again to the same file asks first, and "keep it" keeps it.
    const written = readFileSync(recordPdf);
    const before = statSync(recordPdf).mtimeMs;
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=export-exists]');
    await s.until('focus on keeping the file', async () => (await focusedTest(s)) === 'export-keep');
    await sleep(300);
    assert(statSync(recordPdf).mtimeMs === before && readFileSync(recordPdf).equals(written), 'the existing record was not replaced before the answer');
    await shot(s, 'export-exists');
    await s.click('[data-test=export-keep]');
    await s.until('the question to go', async () => (await s.findAll('[data-test=export-exists]')).length === 0);
    assert(statSync(recordPdf).mtimeMs === before, 'kept: the record was not replaced');
    // The draft reasons are listed whole or with "… and N more", each leading to its place.
    const reasons = await s.script(`const d = document.querySelector('[data-test=export-draft]'); return d ? [Number(d.dataset.count), d.querySelectorAll('[data-test=export-draft-reason]').length, !!d.querySelector('[data-test=export-draft-more]')] : null`);
    assert(reasons && (reasons[0] === reasons[1] || (reasons[1] === 8 && reasons[2])), `the draft reasons are listed whole or with “and N more” (got ${JSON.stringify(reasons)})`);
    await s.press(KEYS.escape);
    const missing = wordsNotInPreview(await previewText(s), noticePdf, 'Testbolaget Ab');
    assert(missing.length === 0, `words of the PDF notice missing from the preview: ${JSON.stringify(missing.slice(0, 20))}`);
    await s.click('[data-test=toggle-preview]');
  });
  await step('the translation view shows a text beside another language and saves the translation', async () => {
    await s.script(`document.querySelector('[data-test=nav-translation]').scrollIntoView({ block: 'center' })`);
    await s.click('[data-test=nav-translation]');
    await s.wait('[data-test=translation-screen]');
    await s.click('[data-test=translate-into-fi]');
    const before = await s.text('[data-test=translate-into-fi]');
    await s.until('an open section', async () => (await s.findAll('[data-test=translation-input-fi]')).length > 0);
    await s.type('[data-test=translation-input-fi]', 'Asiakasrekisteri');
    await s.until('one text fewer missing in Finnish', async () => (await s.text('[data-test=translate-into-fi]')) !== before);
    await shot(s, 'translation');
  });
  await step('the register\'s contact person is created where it is picked', async () => {
    await s.click('[data-test=nav-register]');
    await s.click('[data-test=tab-general]');
    await s.select('[data-test=contact-person]', '+new');
    await s.until('focus in the new name', async () => (await s.script(`return document.activeElement?.dataset?.test || ''`)) === 'contact-person-create-name');
    await s.type('[data-test=contact-person-create-name]', 'Maja Månsson', { leave: false });
    await s.press(KEYS.enter);
    await s.until('the register pointing at the new person', async () =>
      (await s.script(`const el = document.querySelector('[data-test=contact-person]'); return el.options[el.selectedIndex].textContent`)) === 'Maja Månsson');
    await s.click('[data-test=nav-people]');
    await s.until('the person in the list of people', async () => (await s.script(`return document.querySelector('[data-test=people-screen]').textContent`)).includes('Maja Månsson') ||
      (await s.script(`return [...document.querySelectorAll('[data-test=people-screen] input')].some((i) => i.value === 'Maja Månsson')`)));
  });
  await step('a register named like HTML is shown as literal text, in the app and in the export', async () => {
    await s.click('[data-test=nav-registers]');
    await s.click('[data-test=new-register]');
    // The cursor is in the new register's name before the user types (the app moves it there).
    await s.until('focus in the new register\'s name', async () => (await focusedTest(s)) === 'register-name-sv');
    await s.type('[data-test=register-name-sv]', XSS);
    await s.until('the literal title', async () => (await s.text('[data-test=register-title]')) === XSS);
    await s.click('[data-test=nav-registers]');
    const rows = await s.script(`return [...document.querySelectorAll('[data-test=register-row]')].map((b) => b.textContent.trim());`);
    assert(rows.includes(XSS), `the register list shows the literal name (got ${JSON.stringify(rows)})`);
    const images = await s.script(`return document.querySelectorAll('main img, nav img, aside img').length`);
    assert(images === 0, 'no image element was created from the name');
    const navNames = await s.script(`return [...document.querySelectorAll('[data-test=nav-register]')].map((b) => b.textContent.trim());`);
    assert(navNames.some((n) => n.startsWith(XSS)), 'the sidebar shows the literal name');
    await shot(s, 'registers');
    shortcut('ctrl+e');
    const xssPdf = join(FILES, 'record-xss.pdf');
    await s.type('[data-test=export-path]', xssPdf, { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=export-done]', 30000);
    const text = execFileSync('pdftotext', [xssPdf, '-']).toString();
    assert(text.includes(XSS), 'the PDF shows the literal name');
    await s.press(KEYS.escape);
    await s.until('the dialog to close', async () => (await s.findAll('[data-test=export-dialog]')).length === 0);
  });
  const xssInSidebar = async () => {
    const names = await s.script(`return [...document.querySelectorAll('[data-test=nav-register]')].map((b) => b.textContent.trim());`);
    return names.some((n) => n.startsWith(XSS));
  };
  await step('Ctrl+Z (the menu\'s Undo) undoes the last change', async () => {
    await s.click('[data-test=nav-history]');
    await s.wait('[data-test=history-screen]');
    await s.script('document.activeElement && document.activeElement.blur()');
    shortcut('ctrl+z');
    await s.until('the register name to be undone', async () => !(await xssInSidebar()));
    const users = await s.script(`return [...document.querySelectorAll('.history tbody tr td:nth-child(3)')].map((td) => td.textContent)`);
    assert(users.length > 0 && users.every((u) => u === 'Testaren'), `the history names the user (got ${JSON.stringify(users.slice(0, 3))})`);
    await shot(s, 'history');
  });
  await step('Ctrl+Shift+Z (the menu\'s Redo) redoes it and Ctrl+Z undoes it again, where the UI has redo', async () => {
    const actions = await s.script('return window.__kirjuriMenuActions || []');
    if (!actions.includes('redo')) {
      console.log('        (the UI has no redo yet: only undo is tested)');
      return;
    }
    shortcut('ctrl+shift+z');
    await s.until('the register name to be back', xssInSidebar);
    shortcut('ctrl+z');
    await s.until('the register name to be undone again', async () => !(await xssInSidebar()));
  });
  await step('Ctrl+W (the menu\'s Close) closes the document', async () => {
    shortcut('ctrl+w');
    await s.wait('[data-test=start-screen]');
  });
  await step('a foreign file gets a clear message and is not changed', async () => {
    const foreign = join(FILES, 'notes.sqlite');
    writeFileSync(foreign, 'just some text, not a database\n');
    await s.type('[data-test=open-path]', foreign, { leave: false });
    await s.click('[data-test=open-path-submit]');
    const banner = await s.wait('[data-test=error-banner]');
    const code = await s.cmd('GET', `/element/${banner}/attribute/data-code`);
    assert(code === 'not_kirjuri' || code === 'damaged', `error code is ${code}`);
    assert(execFileSync('cat', [foreign]).toString() === 'just some text, not a database\n', 'the file is unchanged');
  });
  if (s) await s.end();
}

/// The user's actions in the window, counted as the issue counts them: a
/// click, a text typed (or a list pasted) into one field, a pick, a key.
function countingUser(s) {
  const count = { clicks: 0, texts: 0, picks: 0, keys: 0 };
  const user = {
    count,
    total: () => count.clicks + count.texts + count.picks + count.keys,
    click: (css) => { count.clicks += 1; return s.click(css); },
    type: (css, text, options) => { count.texts += 1; return s.type(css, text, options); },
    /// A pasted list: one entry per line, as in the document it was copied from.
    paste: (css, lines) => { count.texts += 1; return s.type(css, lines.join(`${KEYS.shift}${KEYS.enter}${KEYS.shift}`), { leave: false }); },
    select: (css, value) => { count.picks += 1; return s.select(css, value); },
    press: (...keys) => { count.keys += 1; return s.press(...keys); },
  };
  return user;
}

const focusedTest = (s) => s.script(`return document.activeElement?.dataset?.test || ''`);
const focusedId = (s) => s.script(`return document.activeElement?.id || ''`);

/// The register editor's room with the notice open: the narrowest text area
/// of the form that is shown (null: none), the notice's width, and how far
/// the form reaches over the notice (0 or less: not at all).
const workingWidth = (s) => s.script(`
  const form = document.querySelector('.editor-form');
  const preview = document.querySelector('[data-test=notice-preview]');
  const areas = [...form.querySelectorAll('textarea')].filter((t) => t.offsetParent !== null).map((t) => Math.round(t.getBoundingClientRect().width));
  return {
    field: areas.length ? Math.min(...areas) : null,
    preview: preview ? Math.round(preview.getBoundingClientRect().width) : 0,
    overlap: preview ? Math.round(form.getBoundingClientRect().right - preview.getBoundingClientRect().left) : 0,
  };`);

/// What a part of the window that scrolls sideways is called (none: []).
const overflowing = (s) => s.script(`
  const wide = (el) => el && (el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth + 1);
  return ['html', 'header', 'nav.sidebar', 'main', 'aside'].filter((css) => wide(document.querySelector(css)));`);

async function scenarioSeedSolteq() {
  console.log('scenario: a managing director enters seed 003 (Solteq) into an empty document, through the window only');
  broken = false;
  const seed = SOLTEQ;
  const documentPath = join(FILES, 'Solteq.sqlite');
  const noticePdf = join(FILES, 'solteq-notice.pdf');
  rmSync(documentPath, { force: true });
  let s;
  let user;
  const plainList = (lines) => lines.map(plain);
  await step('the window starts in Swedish at 1280×800', async () => {
    s = await Session.start(BASE, APP);
    current = s;
    user = countingUser(s);
    await s.wait('[data-test=start-screen]', 20000);
    await resizeWindow(1280, 800);
    await s.select('[data-test=ui-language]', 'sv');
    await sleep(300);
  });
  await step('an empty document for a Finnish company', async () => {
    await user.click('[data-test=new-document]');
    await user.type('[data-test=new-org-name]', seed.company);
    await user.select('[data-test=guide-country]', 'FI');
    await user.type('[data-test=new-document-path]', documentPath, { leave: false });
    await user.click('[data-test=modal-submit]');
    await s.until('the file name in the top bar', async () => (await fileName(s)) === 'Solteq.sqlite');
  });
  await step('the company\'s contact details', async () => {
    await user.click('[data-test=nav-organisation]');
    await user.type('[data-test=organisation-screen] [name=vat_number]', seed.vatNumber);
    await user.type('[data-test=organisation-screen] [name="address.sv"]', seed.address);
    await user.type('[data-test=organisation-screen] [name=phone]', seed.phone);
    await user.type('[data-test=organisation-screen] [name=email]', seed.email);
    await s.until('the e-mail saved', async () => (await s.property('[data-test=organisation-screen] [name=email]', 'dataset')).committed === seed.email);
  });
  await step('the register, named, with its contact person created where it is picked', async () => {
    await user.click('[data-test=nav-registers]');
    await user.click('[data-test=new-register]');
    await s.until('focus in the new register\'s name', async () => (await focusedTest(s)) === 'register-name-sv');
    await user.type('[data-test=register-name-sv]', seed.register);
    await s.until('the register title', async () => (await s.text('[data-test=register-title]')) === seed.register);
    // The new person's e-mail and phone are asked with the name, where the person is picked.
    await user.select('[data-test=contact-person]', '+new');
    await user.type('[data-test=contact-person-create-name]', seed.contact.name, { leave: false });
    await user.type('[data-test=contact-person-create-email]', seed.contact.email, { leave: false });
    await user.type('[data-test=contact-person-create-phone]', seed.contact.phone, { leave: false });
    await user.press(KEYS.enter);
    await s.until('the register pointing at the new person', async () =>
      (await s.script(`const el = document.querySelector('[data-test=contact-person]'); return el.options[el.selectedIndex].textContent`)) === seed.contact.name);
    assert((await focusedTest(s)) === 'contact-person', `focus on the changed pick (got ${await focusedTest(s)})`);
  });
  await step('the purposes, pasted as a list, two with the legal basis the description names', async () => {
    await user.click('[data-test=tab-purposes]');
    await user.paste('[data-test=add-purposes]', seed.purposes);
    await user.press(KEYS.enter);
    await s.until('a card per purpose', async () => (await s.findAll('[data-test=purpose-card]')).length === seed.purposes.length);
    const shown = await s.script(`return [...document.querySelectorAll('[data-test=purpose-description-sv]')].map((t) => t.value)`);
    assert(JSON.stringify(shown) === JSON.stringify(plainList(seed.purposes)), `one purpose per pasted line, bullets dropped (got ${JSON.stringify(shown.slice(0, 3))}…)`);
    assert((await focusedTest(s)) === 'add-purposes' && (await s.property('[data-test=add-purposes]', 'value')) === '', 'the emptied box keeps focus for the next');
    for (const [index, basis] of Object.entries(seed.bases)) {
      const css = await s.script(`return '#' + CSS.escape(document.querySelectorAll('[data-test=legal-basis]')[arguments[0]].id)`, [Number(index)]);
      await user.select(css, basis);
    }
    await s.until('the legal bases saved', async () => (await s.script(`return [...document.querySelectorAll('[data-test=legal-basis]')].filter((e) => e.value).length`)) === Object.keys(seed.bases).length);
  });
  await step('whom the register is about and the data items, pasted as a list', async () => {
    await user.click('[data-test=tab-data]');
    await user.type('[data-test=data-subject-categories-new]', seed.subjects, { leave: false });
    await user.press(KEYS.enter);
    await user.paste('[data-test=add-data-items]', seed.items);
    await user.press(KEYS.enter);
    await s.until('every data item', async () => (await s.script(`return document.querySelectorAll('[data-test=data-item] [name="name.sv"]').length`)) === seed.items.length);
    await s.until('the category picked', async () => (await s.script(`return [...document.querySelectorAll('[data-test=data-subject-categories] input[type=checkbox]')].filter((c) => c.checked).length`)) === 1);
  });
  await step('where the data come from, pasted; to whom they are disclosed', async () => {
    await user.click('[data-test=tab-sources]');
    await user.paste('[data-test=sources-new]', seed.sources);
    await user.press(KEYS.enter);
    await s.until('every source picked', async () => (await s.findAll('[data-test=sources] [data-test=shared-row]')).length === seed.sources.length);
    await user.click('[data-test=regular-disclosures] input[value=yes]');
    // The recipients, pasted as a list too: one recipient and its disclosure per line.
    await user.paste('[data-test=add-recipients]', seed.recipients);
    await user.press(KEYS.enter);
    await s.until('a disclosure per recipient', async () => (await s.findAll('[data-test=disclosure-card]')).length === seed.recipients.length);
    assert((await focusedTest(s)) === 'add-recipients', 'the emptied box keeps focus for the next');
  });
  await step('no transfers outside the EU/EEA', async () => {
    await user.click('[data-test=tab-systems]');
    await user.click('[data-test=transfers-outside-eea] input[value=no]');
    await s.until('the answer saved', async () => (await s.script(`return document.querySelector('[data-test=transfers-outside-eea] input[value=no]').checked`)) === true);
  });
  await step('the security measures, pasted as a list', async () => {
    await user.click('[data-test=tab-security]');
    await user.paste('[data-test=security-measures-new]', seed.measures);
    await user.press(KEYS.enter);
    await s.until('every measure picked', async () => (await s.findAll('[data-test=security-measures] [data-test=shared-row]')).length === seed.measures.length);
    const c = user.count;
    console.log(`        seed 003 entered in ${user.total()} actions: ${c.clicks} clicks, ${c.texts} texts typed or pasted, ${c.picks} picks, ${c.keys} keys (target ≤ 40)`);
    assert(user.total() <= 40, `seed 003 took ${user.total()} actions (target ≤ 40)`);
  });
  await step('the contact person has the e-mail and phone given where it was picked', async () => {
    await s.click('[data-test=nav-people]');
    await s.until('the phone saved', async () => (await s.property('[data-test=people-screen] [name=phone]', 'dataset')).committed === seed.contact.phone);
    assert((await s.property('[data-test=people-screen] [name=email]', 'dataset')).committed === seed.contact.email, 'the e-mail saved');
  });
  await step('a measure\'s kind and a source\'s kind are each answered where the finding leads', async () => {
    await s.click('[data-test=nav-register]');
    await s.wait('[data-test=register-editor]');
    // Beside the notice the findings panel closes; the badge opens it over the notice.
    await s.until('the panel closed beside the notice', async () => s.script(`return document.querySelector('[data-test=findings-panel]').hidden`));
    for (const [kind, tab, value] of [['security_measure', 'security', 'organisational'], ['source', 'sources', 'data_subject']]) {
      const finding = `[data-test=finding][data-kind=${kind}][data-field^=kind]`;
      const id = await s.script(`return document.querySelector(arguments[0])?.dataset.id || ''`, [finding]);
      assert(id, `a finding about a ${kind}'s kind`);
      if (await s.script(`return document.querySelector('[data-test=findings-panel]').hidden`)) await s.click('[data-test=findings-count]');
      await s.click(`${finding}[data-id="${id}"]`);
      // It leads to the register's own tab, where the entry was typed, with the cursor in its kind.
      await s.until(`the ${tab} tab`, async () => (await s.script(`return document.querySelector('[data-test=tab-${tab}]').getAttribute('aria-selected')`)) === 'true');
      await s.until(`focus on the ${kind}'s kind`, async () => (await focusedId(s)).startsWith(`f:${id}:kind`));
      await s.select(`#${(await focusedId(s)).replace(/:/g, '\\:')}`, value);
      await s.until('the finding to go', async () => !(await s.script(`return !!document.querySelector(arguments[0])`, [`${finding}[data-id="${id}"]`])));
    }
    await shot(s, 'solteq-security-kind');
    await s.click('[data-test=findings-close]');
  });
  await step('the notice beside the form says what the exported notice says, and every fact typed', async () => {
    await s.click('[data-test=nav-register]');
    await s.wait('[data-test=register-editor]');
    if ((await s.script(`return document.querySelector('[data-test=toggle-preview]').getAttribute('aria-pressed')`)) !== 'true') await s.click('[data-test=toggle-preview]');
    await s.until('the notice in the preview', async () => (await previewText(s)).includes(seed.register));
    await shot(s, 'solteq-register-preview');
    shortcut('ctrl+e');
    await s.wait('[data-test=export-dialog]');
    await s.click('[data-test=export-type-notice_pdf]');
    await s.type('[data-test=export-path]', noticePdf, { leave: false });
    await s.until('the draft reasons listed', async () => (await s.findAll('[data-test=export-draft-reason]')).length > 0);
    await sleep(400);
    await shot(s, 'solteq-export-1280');
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=export-done]', 30000);
    await s.until('focus on Open file', async () => (await focusedTest(s)) === 'export-open-file');
    await s.press(KEYS.escape);
    const seen = await previewText(s);
    const missing = wordsNotInPreview(seen, noticePdf, seed.company);
    assert(missing.length === 0, `words of the PDF notice missing from the preview: ${JSON.stringify(missing.slice(0, 20))}`);
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', noticePdf, '-']).toString().replace(/\s+/g, ' ');
    const facts = [seed.company, seed.address, seed.email, seed.contact.name, seed.contact.email, seed.register, seed.subjects,
      ...plainList(seed.purposes), ...plainList(seed.items), ...plainList(seed.sources), ...seed.recipients, ...plainList(seed.measures)];
    const unprinted = facts.filter((fact) => !printed.includes(fact));
    assert(unprinted.length === 0, `facts typed but not in the exported notice: ${JSON.stringify(unprinted.slice(0, 5))}`);
    const draft = await s.script(`return document.querySelector('[data-test=preview-page]').shadowRoot.textContent`);
    assert(/utkast/i.test(draft), 'with legal bases and retention unanswered, the notice is a draft');
  });
  for (const [width, height] of [[1280, 800], [1024, 700]]) await step(`at ${width}×${height} every tab of the register, with and without the notice, fits`, async () => {
    await resizeWindow(width, height);
    const wide = [];
    const narrow = [];
    for (const preview of [true, false]) {
      if ((await s.script(`return document.querySelector('[data-test=toggle-preview]').getAttribute('aria-pressed')`)) !== String(preview)) await s.click('[data-test=toggle-preview]');
      for (const tab of await s.script(`return [...document.querySelectorAll('[role=tab]')].map((t) => t.dataset.test)`)) {
        await s.click(`[data-test=${tab}]`);
        await sleep(150);
        const parts = await overflowing(s);
        if (parts.length) wide.push(`${tab}${preview ? ' with preview' : ''}: ${parts.join(', ')}`);
        if (preview) {
          const room = await workingWidth(s);
          if (width === 1280) {
            console.log(`        ${tab} at 1280×800 with the notice: narrowest text area ${room.field ?? '–'} px, notice ${room.preview} px, overlap ${room.overlap} px`);
            if ((room.field !== null && room.field < 480) || room.preview < 400 || room.overlap > 0) narrow.push(`${tab}: ${JSON.stringify(room)}`);
          }
        }
        if (['tab-general', 'tab-purposes', 'tab-data'].includes(tab)) await shot(s, `solteq-${width}-${tab.slice(4)}${preview ? '-preview' : ''}`);
      }
    }
    if (width < 1100) {
      // The export dialog fits the smallest window too.
      shortcut('ctrl+e');
      await s.wait('[data-test=export-dialog]');
      await s.until('the draft reasons listed', async () => (await s.findAll('[data-test=export-draft-reason]')).length > 0);
      await sleep(400);
      await shot(s, `solteq-export-${width}`);
      await closeWithEscape(s, '[data-test=export-dialog]');
    }
    await resizeWindow(1280, 800);
    assert(wide.length === 0, `wider than the window at ${width}×${height}: ${wide.join('; ')}`);
    assert(narrow.length === 0, `the form or the notice narrower than they must be at 1280×800: ${narrow.join('; ')}`);
  });
  await step('the notice beside the form shows the section of the field being edited', async () => {
    if ((await s.script(`return document.querySelector('[data-test=toggle-preview]').getAttribute('aria-pressed')`)) !== 'true') await s.click('[data-test=toggle-preview]');
    await s.click('[data-test=tab-systems]');
    await s.script(`document.querySelector('[name="transfers_qualifier.sv"]').focus()`);
    await s.until('the notice at its section 8', async () => s.script(`
      const pane = document.querySelector('[data-test=notice-preview]');
      const heading = document.querySelector('[data-test=preview-page]').shadowRoot.getElementById('section-8');
      const offset = heading.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      return pane.dataset.section === '8' && offset >= 0 && offset < 60;`));
    await s.click('[data-test=tab-general]');
  });
  await step('Tab from the transfers qualifier goes into the transfer below, and a deleted transfer comes back from where it was', async () => {
    await s.click('[data-test=tab-systems]');
    await s.click('[data-test=new-transfer]');
    await s.wait('[data-test=transfer-card]');
    await s.script(`document.querySelector('[name="transfers_qualifier.sv"]').focus()`);
    await s.press(KEYS.tab);
    const next = await s.script(`const a = document.activeElement; return [a.tagName, a.dataset.test || '', !!a.closest('[data-test=transfer-card]')]`);
    assert(next[0] === 'SELECT' && next[1] !== 'delete' && next[2], `Tab from the transfers qualifier lands on the transfer's first field (got ${JSON.stringify(next)})`);
    // Deleted without a question; the undo is offered where it was, with the cursor on it.
    await s.click('[data-test=transfer-card] [data-test=delete]');
    await s.wait('[data-test=undo-row]');
    assert((await s.findAll('[data-test=confirm-delete]')).length === 0, 'no confirmation');
    await s.until('focus on the undo', async () => (await focusedTest(s)) === 'undo-delete');
    await s.press(KEYS.enter);
    await s.wait('[data-test=transfer-card]');
    await s.until('focus back in the transfer', async () => s.script(`return !!document.activeElement.closest('[data-test=transfer-card]')`));
    await s.click('[data-test=transfer-card] [data-test=delete]');
    await s.wait('[data-test=undo-row]');
  });
  await step('a data item is one line that opens for its details, and comes back where it was after a delete', async () => {
    await s.click('[data-test=tab-data]');
    const names = () => s.script(`return [...document.querySelectorAll('[data-test=data-item] [name="name.sv"]')].map((i) => i.value)`);
    const before = await names();
    const height = await s.script(`return Math.round(document.querySelector('[data-test=data-item]').getBoundingClientRect().height)`);
    console.log(`        a data item's line: ${height} px`);
    assert(height <= 80, `a data item takes one line (${height} px)`);
    await s.click('[data-test=data-item]:nth-child(3) [data-test=data-item-open]');
    await s.wait('[data-test=data-item]:nth-child(3) .item-details');
    await s.script(`document.querySelector('[data-test=data-item]:nth-child(3)').scrollIntoView({ block: 'center' })`);
    await sleep(200);
    await shot(s, 'data-items');
    await s.click('[data-test=data-item]:nth-child(3) [data-test=delete]');
    await s.until('the item gone and its undo in its place', async () => s.script(`
      const rows = [...document.querySelector('[data-test=data-items]').children];
      return rows[2]?.dataset.test === 'undo-row' && rows.filter((r) => r.dataset.test === 'data-item').length === arguments[0] - 1;`, [before.length]));
    await s.until('focus on the undo', async () => (await focusedTest(s)) === 'undo-delete');
    await s.press(KEYS.enter);
    await s.until('the item back in its place', async () => JSON.stringify(await names()) === JSON.stringify(before));
    await s.until('focus in its name', async () => (await s.script(`return document.activeElement.name`)) === 'name.sv');
  });
  await step('retention rules are reordered from the keyboard', async () => {
    await s.click('[data-test=tab-retention]');
    for (const period of ['Tre år', 'Sex år']) {
      await s.click('[data-test=new-retention-rule]');
      await s.until('focus in the new rule', async () => (await s.script(`return document.activeElement.name`)) === 'period.sv');
      await s.type(`[data-test=retention-card]:last-of-type [name="period.sv"]`, period);
    }
    const periods = () => s.script(`return [...document.querySelectorAll('[data-test=retention-card] [name="period.sv"]')].map((i) => i.dataset.committed)`);
    await s.until('both saved', async () => JSON.stringify(await periods()) === JSON.stringify(['Tre år', 'Sex år']));
    await s.script(`document.querySelectorAll('[data-test=retention-card] [name="period.sv"]')[1].focus()`);
    await s.press(KEYS.alt, KEYS.arrowUp);
    await s.until('the second rule first', async () => JSON.stringify(await periods()) === JSON.stringify(['Sex år', 'Tre år']));
    await s.until('focus moved with it', async () => s.script(`const a = document.activeElement; return a.name === 'period.sv' && a.value === 'Sex år'`));
    await s.click('[data-test=retention-card]:first-of-type [data-test=move-down]');
    await s.until('back in the first order', async () => JSON.stringify(await periods()) === JSON.stringify(['Tre år', 'Sex år']));
  });
  await step('categories of processors are typed with the systems, and nothing is asked of them that a category cannot answer', async () => {
    await s.click('[data-test=tab-systems]');
    const before = await s.script(`return Number(document.querySelector('[data-test=findings-count]').dataset.count)`);
    await s.type('[data-test=add-processor-categories]', `Molntjänstleverantörer${KEYS.shift}${KEYS.enter}${KEYS.shift}Koncernbolag`, { leave: false });
    await s.press(KEYS.enter);
    await s.until('a line per category', async () => (await s.findAll('[data-test=processor-category]')).length === 2);
    await s.type('[data-test=processor-category]:first-child [name="purpose.sv"]', 'Drift av våra system');
    await s.until('the notice names them', async () => (await previewText(s)).includes('Molntjänstleverantörer'));
    await sleep(300);
    const codes = await s.script(`return [...document.querySelectorAll('[data-test=finding]')].filter((b) => b.dataset.kind === 'recipient').map((b) => b.dataset.code)`);
    assert(!codes.some((c) => c.startsWith('processor_')), `no agreement or country is asked of a category (got ${JSON.stringify(codes)})`);
    const after = await s.script(`return Number(document.querySelector('[data-test=findings-count]').dataset.count)`);
    assert(after === before, `a category adds no finding (${before} → ${after})`);
    const room = await workingWidth(s);
    assert(room.field >= 480, `the Systems tab's text areas at least 480 px (got ${room.field})`);
    await shot(s, 'solteq-processor-categories');
  });
  if (s) await s.end();
}

async function scenarioGuide() {
  console.log('scenario: a company from the guide with four registers and a catalogue system, reviewed, with a final notice');
  broken = false;
  const documentPath = join(FILES, 'Pieni.sqlite');
  const noticePath = join(FILES, 'uutiskirje.pdf');
  // Every click, typed field and choice the user makes; the goal is at most 30.
  let actions = 0;
  const click = (s, css) => { actions += 1; return s.click(css); };
  const type = (s, css, text, options) => { actions += 1; return s.type(css, text, options); };
  const select = (s, css, value) => { actions += 1; return s.select(css, value); };
  let s;
  await step('the guide creates the company with four registers and Fortnox', async () => {
    s = await Session.start(BASE, APP);
    current = s;
    await s.wait('[data-test=start-screen]', 20000);
    await s.select('[data-test=ui-language]', 'fi');
    await click(s, '[data-test=new-document]');
    await type(s, '[data-test=new-org-name]', 'Pieni Oy');
    await type(s, '[data-test=guide-business-id]', '1234567-8');
    // A notice must say how to reach the company and whom to ask.
    await type(s, '[data-test=guide-contact-name]', 'Päivi Pieni');
    await type(s, '[data-test=guide-email]', 'tietosuoja@pieni.fi');
    await select(s, '[data-test=guide-country]', 'FI');
    for (const id of ['b2b_customers', 'newsletter', 'contact_form', 'bookkeeping']) {
      await click(s, `[data-test=guide-template-${id}]`);
    }
    await type(s, '[data-test=guide-system-search]', 'fort');
    await click(s, '[data-test=guide-system-fortnox]');
    await shot(s, 'guide');
    await type(s, '[data-test=new-document-path]', documentPath, { leave: false });
    await click(s, '[data-test=modal-submit]');
    await s.until('the file name in the top bar', async () => (await fileName(s)) === 'Pieni.sqlite', 20000);
    const names = await s.script(`return [...document.querySelectorAll('[data-test=nav-register]')].map((b) => b.textContent.trim());`);
    assert(names.length === 4, `four registers (got ${JSON.stringify(names)})`);
    assert((await findingCodes(s)).includes('template_text_not_reviewed'), 'template text is marked');
  });
  await step('each section of the newsletter register is confirmed, one click each', async () => {
    const unreviewed = async () => (await findingCodes(s)).filter((c) => c === 'template_text_not_reviewed').length;
    const before = await unreviewed();
    const newsletter = await s.script(`return [...document.querySelectorAll('[data-test=nav-register]')].findIndex((b) => b.textContent.includes('Uutiskirje'))`);
    assert(newsletter >= 0, 'the newsletter register is listed');
    // One click on the register in the sidebar.
    actions += 1;
    await s.script(`document.querySelectorAll('[data-test=nav-register]')[${newsletter}].click()`);
    await s.wait('[data-test=register-editor]');
    await shot(s, 'guide-review');
    // Each suggested answer is confirmed under its question, on its own tab
    // (the transfers on Systems): one click each, and one for the Systems tab.
    for (const tab of ['general', 'data', 'purposes', 'sources', 'systems', 'retention', 'rights']) {
      if (tab !== 'general') await click(s, `[data-test=tab-${tab}]`);
      for (const confirm of ['[data-test^=confirm-section-]', '[data-test^=confirm-answer-]']) {
        for (;;) {
          const buttons = await s.findAll(confirm);
          if (buttons.length === 0) break;
          await click(s, confirm);
          await s.until('the confirmation to be saved', async () => (await s.findAll(confirm)).length < buttons.length);
        }
      }
    }
    await s.until('the eight newsletter sections to leave the findings', async () => before - (await unreviewed()) === 8);
  });
  await step('the notice of the reviewed register is exported', async () => {
    await click(s, '[data-test=open-export]');
    await s.wait('[data-test=export-dialog]');
    // The notice of the register on screen is the document offered first.
    assert(await s.script(`return document.querySelector('[data-test=export-type-notice_pdf]').checked`), 'the notice is offered first');
    const chosen = await s.script(`const el = document.querySelector('[data-test=export-register]'); return el.options[el.selectedIndex].textContent;`);
    assert(chosen.includes('Uutiskirje'), `the register on screen is chosen (got ${chosen})`);
    await type(s, '[data-test=export-path]', noticePath, { leave: false });
    await click(s, '[data-test=modal-submit]');
    await s.wait('[data-test=export-done]', 30000);
    const text = execFileSync('pdftotext', [noticePath, '-']).toString();
    assert(text.includes('Uutiskirje') && text.includes('Pieni Oy'), 'the notice names the register and the company');
    assert(text.includes('917/2014'), 'the notice cites the Finnish law on electronic marketing');
    assert(!text.includes('LUONNOS'), 'the reviewed notice is final, not a draft');
    console.log(`        actions: ${actions}`);
    // 30 until a notice had to say whom to ask and how (the contact person's
    // name and e-mail, two fields of the guide; the notice of the register on
    // screen is offered first, one click less). 37 since each template answer
    // is confirmed where it is asked (issue 21): role, obligation to provide
    // and automated decisions on General, disclosures on Sources, transfers
    // on Systems (five clicks) and the Systems tab itself (one).
    assert(actions <= 37, `at most 37 actions (took ${actions})`);
    await s.press(KEYS.escape);
  });
  await step('a register\'s Systems tab adds Mailchimp from the catalogue and links it in one go', async () => {
    let taken = 0;
    await s.click('[data-test=tab-systems]'); taken += 1;
    const before = (await s.findAll('[data-test=system-link-card]')).length;
    await s.click('[data-test=link-from-catalogue]'); taken += 1;
    await s.wait('[data-test=catalogue-dialog]');
    await s.until('focus in the search field', async () => (await s.script(`return document.activeElement?.dataset?.test || ''`)) === 'catalogue-search');
    await s.type('[data-test=catalogue-search]', 'mailc', { leave: false }); taken += 1;
    await shot(s, 'register-catalogue');
    await s.click('[data-test=catalogue-add-mailchimp]'); taken += 1;
    await s.until('the linked system card', async () => (await s.findAll('[data-test=system-link-card]')).length === before + 1);
    const title = await s.script(`return [...document.querySelectorAll('[data-test=system-link-card] h3')].pop().textContent`);
    assert(title.includes('Mailchimp'), `the link names the catalogue system (got ${title})`);
    // The catalogue's transfer ground (the EU–US Data Privacy Framework)
    // comes with it as a suggestion, shown on the transfer: not an answer
    // until taken there (issue 21), one click.
    await s.wait('[data-test=suggested-mechanism]');
    await s.until('focus on what the register does with it', async () => (await s.script(`return document.activeElement?.name || ''`)) === 'usage.fi');
    assert(await s.script(
      `return [...document.querySelectorAll('[data-test=transfer-card] [data-test=transfer-mechanism]')].every((el) => el.value === '')`,
    ), 'the suggested ground is not an answer');
    // Clicked where it is: the card below may still be settling after the
    // catalogue dialog closed, and a click by position could land elsewhere.
    await s.script(`document.querySelector('[data-test=take-suggested-mechanism]').click()`); taken += 1;
    await s.until('the transfer with its mechanism', async () => s.script(
      `return [...document.querySelectorAll('[data-test=transfer-card] [data-test=transfer-mechanism]')].some((el) => el.value === 'adequacy_decision')`,
    ));
    assert(!(await s.script(`return !!document.querySelector('[data-test=system-link-card]:last-of-type [data-test=outside-eea]')`)), 'no missing-transfer warning on the new link');
    await shot(s, 'register-systems-catalogue');
    await s.click('[data-test=nav-processors]'); taken += 1;
    const vendors = await s.script(`return [...document.querySelectorAll('[data-test=processor-card] h3')].map((h) => h.textContent)`);
    assert(vendors.some((v) => v.includes('Mailchimp')), `the system is in the document (got ${JSON.stringify(vendors)})`);
    console.log(`        actions: ${taken}`);
  });
  if (s) await s.end();
}

async function scenarioOpenFromCommandLine() {
  console.log('scenario: kirjuri-desktop FILE opens FILE');
  broken = false;
  const documentPath = join(FILES, 'Testbolaget.sqlite');
  let s;
  await step('the file given on the command line is open with its registers', async () => {
    s = await Session.start(BASE, APP, [documentPath]);
    current = s;
    await s.until('the file name', async () => (await fileName(s)) === 'Testbolaget.sqlite', 20000);
    const rows = await s.script(`return [...document.querySelectorAll('[data-test=register-row]')].map((b) => b.textContent.trim());`);
    assert(rows.includes('Kundregister'), `the register is there (got ${JSON.stringify(rows)})`);
  });
  await step('screens of the example company', async () => {
    await s.click('[data-test=close-document]');
    await s.click('[data-test=open-example]');
    await s.type('[data-test=example-path]', join(FILES, 'example.sqlite'), { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=registers-screen]', 20000);
    await shot(s, 'example-registers');
    await s.click('[data-test=register-row]');
    await s.wait('[data-test=register-editor]');
    await shot(s, 'example-register-general');
    await s.click('[data-test=tab-data]');
    await shot(s, 'example-register-data');
    await s.click('[data-test=tab-retention]');
    await shot(s, 'example-register-retention');
    await s.click('[data-test=nav-organisation]');
    await shot(s, 'example-organisation');
    await s.click('[data-test=nav-processors]');
    await shot(s, 'example-processors');
    await s.select('[data-test=ui-language]', 'fi');
    await sleep(200);
    await shot(s, 'example-processors-fi');
    await s.select('[data-test=ui-language]', 'en');
  });
  for (const [width, height] of [[1280, 800], [1024, 700]]) await step(`at ${width}×${height} every screen fits: nothing scrolls sideways`, async () => {
    await resizeWindow(width, height);
    const small = width < 1100;
    // Swedish has the longest words of the three.
    await s.select('[data-test=ui-language]', 'sv');
    await sleep(300);
    const overflowing = () => s.script(`
      const wide = (el) => el && (el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth + 1);
      return ['header', 'nav.sidebar', 'main', 'aside'].filter((css) => wide(document.querySelector(css)));`);
    const screens = ['organisation', 'people', 'registers', 'processors', 'lists', 'cookies', 'incidents', 'breaches', 'requests', 'clients', 'calendar', 'translation', 'history'];
    const wide = [];
    for (const name of screens) {
      // The sidebar scrolls in a low window, as a user would scroll it.
      await s.script(`document.querySelector('[data-test=nav-${name}]').scrollIntoView({ block: 'center' })`);
      await s.click(`[data-test=nav-${name}]`);
      await sleep(150);
      const parts = await overflowing();
      if (parts.length) wide.push(`${name}: ${parts.join(', ')}`);
      if (small && name === 'translation') await shot(s, 'min-translation');
    }
    await s.click('[data-test=nav-register]');
    await s.wait('[data-test=register-editor]');
    for (const tab of await s.script(`return [...document.querySelectorAll('[role=tab]')].map((t) => t.dataset.test)`)) {
      await s.click(`[data-test=${tab}]`);
      await sleep(150);
      const parts = await overflowing();
      if (parts.length) wide.push(`register ${tab}: ${parts.join(', ')}`);
      if (small && (tab === 'tab-general' || tab === 'tab-data')) await shot(s, `min-register-${tab.slice(4)}`);
    }
    // The notice beside the form fits too.
    await s.click('[data-test=tab-general]');
    if ((await s.script(`return document.querySelector('[data-test=toggle-preview]').getAttribute('aria-pressed')`)) !== 'true') await s.click('[data-test=toggle-preview]');
    await s.until('the preview drawn', async () => (await s.script(`return !!document.querySelector('[data-test=preview-page]')?.shadowRoot?.querySelector('h1')`)));
    const withPreview = await overflowing();
    if (withPreview.length) wide.push(`register with preview: ${withPreview.join(', ')}`);
    await shot(s, small ? 'min-register-preview' : 'example-register-preview');
    await s.click('[data-test=toggle-preview]');
    await s.click('[data-test=nav-registers]');
    if (small) await shot(s, 'min-registers');
    await s.select('[data-test=ui-language]', 'en');
    await resizeWindow(1280, 800);
    assert(wide.length === 0, `wider than the window at ${width}×${height}: ${wide.join('; ')}`);
  });
  await step('F1 opens the user guide in the UI language, offline', async () => {
    shortcut('F1');
    await s.wait('[data-test=guide]');
    const heading = await s.text('[data-test=guide-register] h3');
    assert(heading === 'What is a register?', `the English guide is shown (got ${heading})`);
    await closeWithEscape(s, '[data-test=guide]');
    await s.select('[data-test=ui-language]', 'sv');
    await sleep(300);
    shortcut('F1');
    await s.until('the Swedish guide', async () => (await s.text('[data-test=guide-register] h3')) === 'Vad är ett register?');
    await shot(s, 'guide-sv');
    await closeWithEscape(s, '[data-test=guide]');
  });
  await step('the menu bar follows the UI language; its File menu opens with F10', async () => {
    await sleep(300);
    shortcut('F10');
    await sleep(500);
    screenShot('menu-file-sv');
    shortcut('Escape');
    await s.select('[data-test=ui-language]', 'en');
  });
  if (s) await s.end();
}

/// Resizes the Kirjuri window as a user dragging its corner would (X, not the
/// page), and waits until the page has its new width.
async function resizeWindow(width, height) {
  const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--name', 'Kirjuri$']).toString().trim().split('\n');
  execFileSync('xdotool', ['windowsize', '--sync', windows[windows.length - 1], String(width), String(height)]);
  await sleep(400);
}

/// Escape closes a dialog. A dialog that has just appeared may not listen for
/// keys yet on a busy machine (its effect runs after the first paint), so a
/// key that came too early is pressed again, a few times at most.
async function closeWithEscape(s, css) {
  for (let tries = 0; tries < 5; tries += 1) {
    await s.press(KEYS.escape);
    const started = Date.now();
    while (Date.now() - started < 1500) {
      if ((await s.findAll(css)).length === 0) return;
      await sleep(100);
    }
  }
  throw new Error(`Escape did not close ${css}`);
}

async function scenarioUndoRedoAndFileInUse() {
  console.log('scenario: delete a register, undo, redo, undo; a second window finds the file in use');
  broken = false;
  const examplePath = join(FILES, 'example.sqlite');
  const registerNames = (s) => s.script(`return [...document.querySelectorAll('[data-test=nav-register]')].map((b) => b.textContent.trim());`);
  const status = (s) => s.script(`return document.querySelector('[data-test=status]').textContent`);
  let s;
  let before;
  await step('a register is deleted, and Ctrl+Z brings it back saying what was undone', async () => {
    s = await Session.start(BASE, APP, [examplePath]);
    current = s;
    await s.until('the file name', async () => (await fileName(s)) === 'example.sqlite', 20000);
    await s.select('[data-test=ui-language]', 'en');
    before = await registerNames(s);
    await s.click('[data-test=register-row]');
    await s.click('[data-test=delete-register]');
    await s.click('[data-test=modal-submit]');
    await s.until('the register to be deleted', async () => (await registerNames(s)).length === before.length - 1);
    await s.script('document.activeElement && document.activeElement.blur()');
    await s.press(KEYS.control, 'z');
    await s.until('the register to come back', async () => JSON.stringify(await registerNames(s)) === JSON.stringify(before));
    // Focus is on the register brought back: its row in the list, or its name in its editor.
    await s.until('focus on the register brought back', async () => await s.script(`const a = document.activeElement;
      return !!a && (a.dataset.test === 'register-row' || (/^f:.*:name:/.test(a.id) && !!a.closest('[data-test=register-editor]')));`));
    const said = await status(s);
    // The list's rows carry a findings badge beside the name, so the name is matched by its start.
    assert(said.startsWith('Undid: deleted register “') && before.some((row) => row.startsWith(said.split('“')[1].split('”')[0])), `the status says what was undone (got ${JSON.stringify(said)})`);
  });
  await step('Ctrl+Shift+Z redoes the delete and Ctrl+Z undoes it again', async () => {
    await s.press(KEYS.control, KEYS.shift, 'z');
    await s.until('the register to be deleted again', async () => (await registerNames(s)).length === before.length - 1);
    const said = await status(s);
    assert(said.startsWith('Redid: deleted register'), `the status says what was redone (got ${JSON.stringify(said)})`);
    await s.press(KEYS.control, 'z');
    await s.until('the register to come back again', async () => JSON.stringify(await registerNames(s)) === JSON.stringify(before));
  });
  if (s) await s.end();
  let holder;
  await step('a second window on a file open in another window says it is in use and opens it read-only', async () => {
    const lock = join(FILES, '.example.sqlite.kirjuri-lock');
    holder = spawn(APP, [examplePath], { stdio: 'ignore' });
    // The window closed above may leave its lock behind (the driver ends it
    // abruptly); the holder breaks that dead lock and writes its own: wait for
    // the lock to name the holder's process.
    const holds = () => {
      try {
        return JSON.parse(readFileSync(lock, 'utf8')).pid === holder.pid;
      } catch {
        return false;
      }
    };
    const started = Date.now();
    while (!holds()) {
      assert(Date.now() - started < 20000, 'the first window takes the lock');
      await sleep(200);
    }
    s = await Session.start(BASE, APP, [examplePath]);
    current = s;
    const banner = await s.wait('[data-test=error-banner]', 20000);
    const code = await s.cmd('GET', `/element/${banner}/attribute/data-code`);
    assert(code === 'in_use', `error code is ${code}`);
    await shot(s, 'file-in-use');
    await s.click('[data-test=open-read-only]');
    await s.wait('[data-test=read-only-banner]');
    const rows = await registerNames(s);
    assert(JSON.stringify(rows) === JSON.stringify(before), 'the read-only window shows the document');
  });
  if (holder) holder.kill();
  if (s) await s.end();
}

/// "YYYY-MM-DD HH:MM" of local time `hours` ago, as the breach form takes it.
function hoursAgo(hours) {
  const d = new Date(Date.now() - hours * 3600 * 1000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

async function scenarioBreachAndRequest() {
  console.log('scenario: record a breach and a request, see their deadlines in the calendar');
  broken = false;
  let s;
  await step('a new document for the paperwork', async () => {
    s = await Session.start(BASE, APP);
    current = s;
    await s.wait('[data-test=start-screen]', 20000);
    await s.select('[data-test=ui-language]', 'en');
    await s.click('[data-test=new-document]');
    await s.type('[data-test=new-org-name]', 'Pappersbolaget Ab');
    await s.type('[data-test=new-document-path]', join(FILES, 'paperwork.sqlite'), { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.until('the file name in the top bar', async () => (await fileName(s)) === 'paperwork.sqlite');
  });
  await step('a breach discovered 80 hours ago is logged and its missed deadline is a finding', async () => {
    await s.click('[data-test=nav-breaches]');
    await s.click('[data-test=new-breach]');
    await s.wait('[data-test=breach-card]');
    await s.type('[data-test=breach-description-en]', 'Lost laptop');
    await s.type('[data-test=breach-discovered]', hoursAgo(80));
    await s.until('the breach deadline finding', async () => (await findingCodes(s)).includes('breach_notification_missed'));
    await s.wait('[data-test=breach-card] [data-test=due]');
    await shot(s, 'breaches');
  });
  await step('a request received today is logged with its deadline', async () => {
    await s.click('[data-test=nav-requests]');
    await s.click('[data-test=new-request]');
    await s.wait('[data-test=request-card]');
    await s.type('[data-test=request-requester]', 'A. Person');
    await s.select('[data-test=request-right]', 'access');
    // Nothing is filled in for the user: no received date, no deadline.
    assert(!(await s.script(`return !!document.querySelector('[data-test=request-card] [data-test=due]')`)), 'no deadline before a received date');
    await s.type('[data-test=request-received]', hoursAgo(0).slice(0, 10));
    await s.wait('[data-test=request-card] [data-test=due]');
    await shot(s, 'requests');
  });
  await step('the calendar shows both deadlines', async () => {
    await s.click('[data-test=nav-calendar]');
    await s.wait('[data-test=calendar-screen]');
    await s.until('both calendar rows', async () => {
      const kinds = await s.script(`return [...document.querySelectorAll('[data-test=calendar-row]')].map((r) => r.dataset.kind)`);
      return kinds.includes('breach_notification') && kinds.includes('request_answer');
    });
    const rows = await s.script(`return [...document.querySelectorAll('[data-test=calendar-row]')].map((r) => r.textContent)`);
    assert(rows.some((row) => row.includes('Answer to a request: Right of access')), `the request's right in the calendar (got ${JSON.stringify(rows)})`);
    assert(rows.some((row) => row.includes('Lost laptop') && row.includes('overdue')), `the breach overdue in the calendar (got ${JSON.stringify(rows)})`);
    await shot(s, 'calendar');
  });
  await step('notifying the authority in time takes the breach out of the calendar', async () => {
    await s.click('[data-test=nav-breaches]');
    await s.type('[data-test=breach-notified]', hoursAgo(79));
    await s.until('the missed-deadline finding to go', async () => !(await findingCodes(s)).includes('breach_notification_missed'));
    await s.click('[data-test=nav-calendar]');
    await s.until('only the request in the calendar', async () => {
      const kinds = await s.script(`return [...document.querySelectorAll('[data-test=calendar-row]')].map((r) => r.dataset.kind)`);
      return kinds.length === 1 && kinds[0] === 'request_answer';
    });
  });
  await step('a register meeting two WP248 criteria needs a DPIA until one is recorded', async () => {
    await s.click('[data-test=nav-registers]');
    await s.click('[data-test=new-register]');
    // The cursor is in the new register's name before the user types (the app moves it there).
    await s.until('focus in the new register\'s name', async () => (await focusedTest(s)) === 'register-name-en');
    await s.type('[data-test=register-name-en]', 'Camera surveillance');
    await s.click('[data-test=tab-dpia]');
    await s.click('[data-test=new-dpia-screening]');
    await s.wait('[data-test=dpia-tab]');
    assert(!(await findingCodes(s)).includes('dpia_required'), 'no DPIA finding before any answer');
    await s.select('[data-test=dpia-systematic_monitoring]', 'yes');
    await s.select('[data-test=dpia-large_scale]', 'yes');
    await s.until('the DPIA-required finding', async () => (await findingCodes(s)).includes('dpia_required'));
    await shot(s, 'dpia');
    await s.type('[data-test=dpia-done]', hoursAgo(0).slice(0, 10));
    await s.until('the DPIA-required finding to go', async () => !(await findingCodes(s)).includes('dpia_required'));
  });
  await step('a controller the company processes for is recorded', async () => {
    await s.click('[data-test=nav-clients]');
    await s.click('[data-test=new-client]');
    await s.wait('[data-test=client-card]');
    await s.type('[data-test=client-name-en]', 'Client Ltd');
    await s.until('the card titled by its name', async () => (await s.script(`return document.querySelector('[data-test=client-card] h3').textContent`)) === 'Client Ltd');
  });
  await step('the controller\'s agreement and a transfer are recorded in the window', async () => {
    await s.click('[data-test=client-has-agreement]');
    await s.wait('[data-test=client-agreement-signed]');
    const focused = async () => s.script(`return document.activeElement?.dataset?.test || ''`);
    await s.until('focus on the agreement date', async () => (await focused()) === 'client-agreement-signed');
    await s.type('[data-test=client-agreement-signed]', '2025-03-01');
    await s.type('[data-test=client-agreement-reference]', 'DPA-2025-01.pdf');
    await s.click('[data-test=client-new-transfer]');
    await s.wait('[data-test=client-transfer]');
    await s.until('focus on the new transfer\'s country', async () => (await focused()) === 'client-transfer-country');
    await s.select('[data-test=client-transfer-country]', 'US');
    await s.select('[data-test=client-transfer-mechanism]', 'adequacy_decision');
    await s.type('[data-test=client-transfer] [name="transfers.0.documentation.en"]', 'EU-US Data Privacy Framework, vendor certified');
    await s.until('the transfer saved', async () => (await s.script(
      `return document.querySelector('[data-test=client-transfer] [name="transfers.0.documentation.en"]').dataset.committed`,
    )) === 'EU-US Data Privacy Framework, vendor certified');
    const saved = await s.script(`return [document.querySelector('[data-test=client-transfer-country]').value, document.querySelector('[data-test=client-transfer-mechanism]').value, document.querySelector('[data-test=client-agreement-signed]').dataset.committed]`);
    assert(JSON.stringify(saved) === JSON.stringify(['US', 'adequacy_decision', '2025-03-01']), `agreement and transfer saved (got ${JSON.stringify(saved)})`);
    await shot(s, 'clients');
  });
  await step('the record as processor is exported from the window and lists the controller with its transfer', async () => {
    const pdf = join(FILES, 'processor-record.pdf');
    await s.click('[data-test=open-export]');
    await s.wait('[data-test=export-dialog]');
    await s.click('[data-test=export-type-processor_record_pdf]');
    await s.type('[data-test=export-path]', pdf, { leave: false });
    await shot(s, 'export-processor-record');
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=export-done]', 30000);
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    assert(text.includes('Client Ltd'), 'the record names the controller');
    assert(text.includes('DPA-2025-01.pdf'), 'the record gives the agreement');
    assert(text.includes('EU-US Data Privacy Framework'), 'the record gives where the transfer\'s safeguards are documented');
    await s.press(KEYS.escape);
  });
  await step('a breach\'s data items are picked from its register', async () => {
    await s.click('[data-test=nav-register]');
    await s.click('[data-test=tab-data]');
    await s.click('[data-test=new-data-item]');
    await s.type('[data-test=data-item] [name="name.en"]', 'Camera recording');
    await s.click('[data-test=nav-breaches]');
    assert((await s.findAll('[data-test=breach-data-items] input[type=checkbox]')).length === 0, 'no items before a register is picked');
    await s.click('[data-test=breach-registers] input[type=checkbox]');
    await s.wait('[data-test=breach-data-items] input[type=checkbox]');
    await s.click('[data-test=breach-data-items] input[type=checkbox]');
    await s.until('the item ticked and saved', async () => s.script(`return document.querySelector('[data-test=breach-data-items] input[type=checkbox]').checked`));
    const label = await s.script(`return document.querySelector('[data-test=breach-data-items] label').textContent`);
    assert(label === 'Camera recording', `the register's item is offered (got ${label})`);
    await shot(s, 'breach-items');
    // Unlinking the register takes its items off the breach.
    await s.click('[data-test=breach-registers] input[type=checkbox]');
    await s.until('no items offered', async () => (await s.findAll('[data-test=breach-data-items] input[type=checkbox]')).length === 0);
  });
  await step('a request answered six years ago is offered for forgetting, and forgotten with one click and a confirmation', async () => {
    const last = '[data-test=request-card]:last-of-type';
    await s.click('[data-test=nav-requests]');
    assert(!(await s.script(`return !!document.querySelector('[data-test=old-requests]')`)), 'no offer while no request is old');
    await s.click('[data-test=new-request]');
    await s.until('a second request card', async () => (await s.findAll('[data-test=request-card]')).length === 2);
    await s.type(`${last} [data-test=request-requester]`, 'O. Ld');
    await s.type(`${last} [data-test=request-received]`, '2019-01-10');
    await s.type(`${last} [data-test=request-answered]`, '2019-02-01');
    await s.wait('[data-test=old-requests]');
    // The card itself says so too, where the user just typed the answer.
    await s.wait(`${last} [data-test=old-request]`);
    assert((await findingCodes(s)).includes('answered_request_old'), 'the old request is a finding');
    await s.script(`document.querySelector('main').scrollTo({ top: 0, behavior: 'instant' })`);
    await s.until('the offer in view', async () => s.script(`return document.querySelector('main').scrollTop === 0`));
    await shot(s, 'requests-old');
    await s.click('[data-test=forget-old-requests]');
    await s.wait('[data-test=confirm-forget-requests]');
    await s.click('[data-test=confirm-forget-requests] [data-test=modal-submit]');
    await s.until('the old request to go', async () => (await s.findAll('[data-test=request-card]')).length === 1);
    assert(!(await s.script(`return !!document.querySelector('[data-test=old-requests]')`)), 'the offer is gone');
    const requester = await s.script(`return document.querySelector('[data-test=request-requester]').value`);
    assert(requester === 'A. Person', `the recent request is kept (got ${requester})`);
    // Focus moves once the list has re-rendered without the forgotten card.
    await s.until('focus on the new-request button', async () => (await s.script(`return document.activeElement?.dataset?.test || ''`)) === 'new-request');
    await s.click('[data-test=nav-history]');
    await s.wait('[data-test=history-forget]');
  });
  await step('the request and the breach are deleted', async () => {
    const cards = (test) => s.script(`return document.querySelectorAll('[data-test=${test}]').length`);
    await s.click('[data-test=nav-requests]');
    await s.click('[data-test=request-card] [data-test=delete]');
    await s.click('[data-test=confirm-delete] [data-test=modal-submit]');
    await s.until('no request card', async () => (await cards('request-card')) === 0);
    await s.click('[data-test=nav-breaches]');
    await s.click('[data-test=breach-card] [data-test=delete]');
    await s.click('[data-test=confirm-delete] [data-test=modal-submit]');
    await s.until('no breach card', async () => (await cards('breach-card')) === 0);
  });
  if (s) await s.end();
}

/// Whether focus is on the control of the finding's field: the focused
/// element, or one around it, has the id the forms give that field of that
/// record (`f:ID:PATH`, components.js `fieldId`) for the field or a part of
/// its path — not the record's card, nor any other field.
const focusedOnField = (s, finding) => s.script(`
  const [id, field] = arguments;
  const want = field.replace(/\\[(\\d+)\\]/g, '.$1');
  for (let el = document.activeElement; el && el !== document.body; el = el.parentElement) {
    const m = /^f:([^:]+):([^:]*)/.exec(el.id || '');
    if (m && m[1] === id && m[2] && (want === m[2] || want.startsWith(m[2] + '.') || m[2].startsWith(want))) return true;
  }
  return false;`, [finding.id, finding.field]);

/// Opens the findings panel, once it has settled (closing the notice brings
/// its column back by itself a moment later).
async function openPanel(s) {
  const hidden = () => s.script(`return document.querySelector('[data-test=findings-panel]').hidden`);
  await sleep(300);
  if (await hidden()) await s.click('[data-test=findings-count]');
  await s.until('the findings panel open', async () => !(await hidden()));
}

async function scenarioFindingPlaces() {
  console.log('scenario: every finding of the fixtures leads to its field, focused, where it is fixed');
  broken = false;
  const cli = process.env.KIRJURI_CLI;
  let s;
  await step('the fixtures are imported and the window starts', async () => {
    assert(cli && existsSync(cli), `KIRJURI_CLI must name the kirjuri binary (got ${cli})`);
    for (const name of ['btb-plaza', 'beebyte', 'solteq']) {
      rmSync(join(FILES, `${name}.sqlite`), { force: true });
      execFileSync(cli, ['import', join(FIXTURES, `${name}.json`), join(FILES, `${name}.sqlite`)]);
    }
    s = await Session.start(BASE, APP);
    current = s;
    await s.wait('[data-test=start-screen]', 20000);
    await s.select('[data-test=ui-language]', 'en');
  });
  const codes = new Set();
  let walked = 0;
  for (const name of ['btb-plaza', 'beebyte', 'solteq']) await step(`${name}: each kind of finding leads to its field`, async () => {
    if ((await s.findAll('[data-test=start-screen]')).length === 0) {
      await s.click('[data-test=close-document]');
      await s.wait('[data-test=start-screen]');
    }
    await s.type('[data-test=open-path]', join(FILES, `${name}.sqlite`), { leave: false });
    await s.click('[data-test=open-path-submit]');
    await s.until('the file open', async () => (await fileName(s)) === `${name}.sqlite`, 20000);
    // The notice beside the form puts the panel over it; closed, the panel keeps its column.
    await s.click('[data-test=nav-register]');
    if ((await s.script(`return document.querySelector('[data-test=toggle-preview]').getAttribute('aria-pressed')`)) === 'true') await s.click('[data-test=toggle-preview]');
    await openPanel(s);
    // Texts missing in English are findings too, written in the translation view.
    await s.select('#check-language', 'en');
    await s.until('the texts missing in English', async () => (await s.findAll('[data-test=finding][data-code=text_missing_in_language]')).length > 0);
    const findings = await s.script(`return [...document.querySelectorAll('[data-test=finding]')].map((b) => ({ code: b.dataset.code, kind: b.dataset.kind, id: b.dataset.id, field: b.dataset.field }))`);
    const seen = new Set();
    const wrong = [];
    for (const f of findings) {
      const key = `${f.code} ${f.kind} ${f.field.replace(/\[\d+\]|\.\d+/g, '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      codes.add(f.code);
      walked += 1;
      await s.click(`[data-test=finding][data-code=${f.code}][data-id="${f.id}"][data-field="${f.field}"]`);
      const ok = await s.until(key, () => focusedOnField(s, f), 4000).then(() => true, () => false);
      if (!ok) wrong.push(`${key} → ${await s.script(`const a = document.activeElement; return (a.id || a.tagName) + ' on ' + (document.querySelector('main [data-test]')?.dataset.test || '')`)}`);
      // Back to the panel's list for the next one (the translation view scrolls the sidebar away).
      await s.script(`document.activeElement && document.activeElement.blur()`);
    }
    assert(wrong.length === 0, `findings that did not lead to their field: ${wrong.join('; ')}`);
  });
  await step('every code of the fixtures was followed', async () => {
    console.log(`        ${walked} kinds of finding followed, ${codes.size} codes: ${[...codes].sort().join(', ')}`);
    assert(codes.has('processor_without_agreement') && codes.has('question_not_answered') && codes.has('text_missing_in_language'), 'the usual codes were among them');
  });
  await step('a processor\'s missing agreement counts on the Processors screen and is fixed where it leads', async () => {
    await s.click('[data-test=close-document]');
    await s.type('[data-test=open-path]', join(FILES, 'btb-plaza.sqlite'), { leave: false });
    await s.click('[data-test=open-path-submit]');
    await s.until('the file open', async () => (await fileName(s)) === 'btb-plaza.sqlite', 20000);
    await openPanel(s);
    // Without a language to check, the panel lists only what the Processors screen and the registers fix.
    await s.select('#check-language', '');
    await s.until('no texts missing listed', async () => (await s.findAll('[data-test=finding][data-code=text_missing_in_language]')).length === 0);
    const open = async () => s.findAll('[data-test=finding][data-code=processor_without_agreement]:not(.answered)');
    const count = await s.script(`return Number(document.querySelector('[data-test=nav-processors] .count')?.textContent || 0)`);
    const processorFindings = await s.script(`return [...document.querySelectorAll('[data-test=finding][data-kind=processor]')].filter((b) => !b.classList.contains('answered')).length`);
    assert(count === processorFindings, `the Processors screen counts its ${processorFindings} findings (shows ${count})`);
    const before = (await open()).length;
    const id = await s.script(`return document.querySelector('[data-test=finding][data-code=processor_without_agreement]').dataset.id`);
    await s.click(`[data-test=finding][data-code=processor_without_agreement][data-id="${id}"]`);
    await s.wait('[data-test=processors-screen]');
    await s.until('focus on the agreement', async () => (await focusedId(s)) === `f:${id}:agreement:on`);
    await s.press(' ');
    await s.until('the finding to go', async () => (await open()).length === before - 1);
  });
  if (s) await s.end();
}

async function scenarioImport() {
  console.log('scenario: seed 003 (Solteq) started from its old .docx description, reviewed section by section, its notice exported');
  broken = false;
  const documentPath = join(FILES, 'Solteq-import.sqlite');
  const noticePdf = join(FILES, 'solteq-import-notice.pdf');
  rmSync(documentPath, { force: true });
  let s;
  let user;
  const unconfirmed = () => s.script(`return document.querySelectorAll('[data-test=import-confirm]').length`);
  const notPlaced = () => s.script(`return document.querySelectorAll('[data-test=import-put-into]').length`);
  await step('the window starts in Swedish at 1280×800', async () => {
    s = await Session.start(BASE, APP);
    current = s;
    user = countingUser(s);
    await s.wait('[data-test=start-screen]', 20000);
    await resizeWindow(1280, 800);
    await s.select('[data-test=ui-language]', 'sv');
    await sleep(300);
  });
  await step('a refused description creates nothing and says why in one sentence', async () => {
    const bad = join(FILES, 'not-a-description.txt');
    writeFileSync(bad, 'Inköpslista: mjölk, bröd och smör till fredagens möte.\n');
    await s.click('[data-test=import-description]');
    await s.type('[data-test=import-file]', bad, { leave: false });
    await s.type('[data-test=import-document-path]', documentPath, { leave: false });
    await s.click('[data-test=modal-submit]');
    // Said in the dialog, where the file was given, so it can be changed there.
    await s.wait('[data-test=import-dialog] [data-test=import-error]');
    assert((await s.script(`return document.querySelector('[data-test=import-error]').dataset.code`)) === 'not_imported', 'the error is not_imported');
    const said = await s.text('[data-test=import-error]');
    console.log(`        refused: ${said}`);
    assert(!existsSync(documentPath), 'no file was created');
    await shot(s, 'import-refused');
    await closeWithEscape(s, '[data-test=import-dialog]');
  });
  await step('the old .docx read into a new document, the review view open', async () => {
    await user.click('[data-test=import-description]');
    await user.type('[data-test=import-file]', join(FIXTURES, 'import', 'solteq.docx'), { leave: false });
    await user.type('[data-test=import-document-path]', documentPath, { leave: false });
    await shot(s, 'import-dialog');
    const started = Date.now();
    await user.click('[data-test=modal-submit]');
    await s.until('the file name in the top bar', async () => (await fileName(s)) === 'Solteq-import.sqlite', 30000);
    await s.wait('[data-test=import-section]');
    console.log(`        from "Read it in" to the review view: ${Date.now() - started} ms`);
    const sections = await s.findAll('[data-test=import-section]');
    const passages = await s.findAll('[data-test=import-passage]');
    console.log(`        ${sections.length} sections, ${passages.length} passages, ${await notPlaced(s)} not placed`);
    assert(sections.length >= 5, `the old document's sections listed (got ${sections.length})`);
    await shot(s, 'import-review-1280');
    await resizeWindow(1024, 700);
    await sleep(300);
    const wide = await overflowing(s);
    await shot(s, 'import-review-1024');
    await resizeWindow(1280, 800);
    assert(wide.length === 0, `the review view fits 1024×700 (wider: ${wide.join(', ')})`);
  });
  await step('each section confirmed with one click; the old-law ground put into the register, the rest left out by the confirmation', async () => {
    // Not placed: the old Personal Data Act's ground (the reader keeps its
    // words in the register's description); the rest (cookie prose, lead-ins)
    // the reader leaves out, which a section's confirmation says it does.
    const unplaced = await s.script(`return [...document.querySelectorAll('[data-test=import-put-into]')].map((el) => [el.id, el.closest('[data-test=import-passage]').querySelector('.import-old').textContent])`);
    for (const [, passage] of unplaced) console.log(`        not placed: ${JSON.stringify(passage.slice(0, 90))}`);
    await s.script(`document.querySelector('[data-test=import-put-into]').scrollIntoView({ block: 'center' })`);
    await sleep(200);
    await shot(s, 'import-not-placed-1280');
    const ground = unplaced.find(([, passage]) => /personuppgiftslagen|henkilötietolain/.test(passage));
    assert(ground, 'the old-law ground is listed as not placed, not made a legal basis');
    const before = unplaced.length;
    const css = `#${ground[0]}`;
    await user.select(css, await s.script(`return document.querySelector(arguments[0]).querySelector('option[value^="description|"]').value`, [css]));
    await s.until('the passage placed', async () => (await notPlaced(s)) === before - 1);
    assert((await s.findAll('[data-test=import-left-out-hint]')).length > 0, 'a section with passages not placed says its confirmation leaves them out');
    for (let guard = 0; guard < 30 && (await unconfirmed(s)) > 0; guard += 1) {
      const before = await unconfirmed(s);
      await user.click('[data-test=import-confirm]');
      await s.until('the section confirmed', async () => (await unconfirmed(s)) < before || (await s.findAll('[data-test=import-none]')).length > 0);
    }
    await s.wait('[data-test=import-none]');
  });
  await step('undo takes the last confirmation back in one step, redo makes it again', async () => {
    await s.click('[data-test=undo]');
    await s.wait('[data-test=import-confirm]');
    assert((await unconfirmed(s)) === 1, 'one section to confirm again');
    await s.click('[data-test=redo]');
    await s.wait('[data-test=import-none]');
  });
  await step('the exported notice is a draft only for what the seed leaves open', async () => {
    user.count.keys += 1;
    shortcut('ctrl+e');
    await s.wait('[data-test=export-dialog]');
    await user.click('[data-test=export-type-notice_pdf]');
    await user.type('[data-test=export-path]', noticePdf, { leave: false });
    await sleep(600);
    const reasons = await s.script(`return [...document.querySelectorAll('[data-test=export-draft-reason]')].map((b) => b.dataset.code + ': ' + b.textContent)`);
    console.log(`        draft because: ${reasons.join(' | ')}`);
    assert(!reasons.some((r) => r.startsWith('template_text_not_reviewed')), 'no section is left unreviewed');
    await user.click('[data-test=modal-submit]');
    await s.wait('[data-test=export-done]', 30000);
    await s.press(KEYS.escape);
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', noticePdf, '-']).toString().replace(/\s+/g, ' ');
    const facts = readFileSync(join(FIXTURES, 'import', 'solteq.facts'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const missing = facts.filter((f) => !printed.includes(f.trim()));
    console.log(`        ${facts.length - missing.length} of ${facts.length} facts of seed 003 in the exported notice`);
    assert(missing.length * 10 <= facts.length, `at least 90 % of the facts printed (missing: ${JSON.stringify(missing.slice(0, 5))})`);
    const c = user.count;
    console.log(`        seed 003 imported, reviewed and exported in ${user.total()} actions: ${c.clicks} clicks, ${c.texts} texts typed, ${c.picks} picks, ${c.keys} keys (target ≤ 20)`);
    assert(user.total() <= 20, `took ${user.total()} actions (target ≤ 20)`);
  });
  await step('an open document imports another description as new registers, in one edit undone in one step', async () => {
    const registers = () => s.script(`return document.querySelectorAll('[data-test=nav-register]').length`);
    const before = await registers();
    await s.click('[data-test=nav-import]');
    await s.wait('[data-test=import-into]');
    await s.type('[data-test=import-into] [data-test=import-file]', join(FIXTURES, 'import', 'tietosuojaseloste-fi.txt'), { leave: false });
    await s.click('[data-test=import-into-submit]');
    await s.wait('[data-test=import-section]', 15000);
    assert((await registers()) > before, 'the description\'s register added');
    await shot(s, 'import-into-open-document');
    await s.click('[data-test=undo]');
    await s.until('the import undone in one step', async () => (await registers()) === before && (await s.findAll('[data-test=import-none]')).length === 1);
  });
  if (s) await s.end();
}

/// The merge review: the accountant's copy comes back with three changes
/// (one on a field the director changed too), and a synced folder's
/// conflicted copy lies beside the file.
async function scenarioMerge() {
  console.log('scenario: merge the accountant\'s copy: pick the conflict\'s side, read the change report, one undo');
  broken = false;
  const cli = process.env.KIRJURI_CLI;
  const mine = join(FILES, 'merge.sqlite');
  const theirs = join(FILES, 'accountant copy.sqlite');
  const conflicted = join(FILES, 'merge (conflicted copy 2026-12-01).sqlite');
  const R1 = '00000000-0001-4000-8000-001000000001';
  const R2 = '00000000-0001-4000-8000-001000000002';
  const R3 = '00000000-0001-4000-8000-001000000003';
  const documentOf = (file) => JSON.parse(execFileSync(cli, ['export', 'json', file]).toString()).document;
  const registerName = (doc, id) => doc.registers.find((r) => r.id === id)?.name?.en;
  const reviewText = (css) => s.script(`const r = document.querySelector('[data-test=${css}]')?.shadowRoot; return r ? r.textContent.replace(/\\s+/g, ' ') : ''`);
  const openDialogFromMenu = async () => {
    // File is the first menu (F10); "Compare and merge with another copy…" is its fifth item.
    await s.script('document.activeElement && document.activeElement.blur()');
    shortcut('F10');
    await sleep(600);
    screenShot('merge-menu-file');
    for (let i = 0; i < 5; i += 1) {
      shortcut('Down');
      await sleep(100);
    }
    shortcut('Return');
    await s.wait('[data-test=merge-open]', 5000);
  };
  let s;
  let rule;
  await step('the accountant\'s copy gets three changes on the command line', async () => {
    assert(cli && existsSync(cli), `KIRJURI_CLI must name the kirjuri binary (got ${cli})`);
    for (const file of [mine, theirs, conflicted]) rmSync(file, { force: true });
    execFileSync(cli, ['example', mine]);
    execFileSync(cli, ['copy', mine, theirs]);
    const doc = documentOf(theirs);
    const put = (kind, record) => {
      const edits = join(FILES, 'merge-edit.json');
      writeFileSync(edits, JSON.stringify([{ op: 'put', record: { kind, record } }]));
      execFileSync(cli, ['--user', 'Accountant', 'apply', theirs, edits]);
    };
    const named = (id, en) => {
      const register = doc.registers.find((r) => r.id === id);
      return { ...register, name: { ...register.name, en } };
    };
    put('register', named(R1, 'Customers (accounts)'));
    put('register', named(R2, 'Staff register'));
    rule = doc.retention_rules[0];
    put('retention_rule', { ...rule, period: { ...rule.period, en: 'Ten years after the last contact' } });
    writeFileSync(conflicted, readFileSync(theirs));
  });
  await step('the director opens the file, makes two edits and is offered the conflicted copy', async () => {
    s = await Session.start(BASE, APP, [mine]);
    current = s;
    await s.until('the file name', async () => (await fileName(s)) === 'merge.sqlite', 20000);
    await s.select('[data-test=ui-language]', 'en');
    // The sidebar lists the registers in the document's order: R1 first, R3 third.
    for (const [index, id, name] of [[0, R1, 'Customers (director)'], [2, R3, 'Website chat (director)']]) {
      await s.script(`document.querySelectorAll('[data-test=nav-register]')[arguments[0]].click()`, [index]);
      await s.wait(`[id="f:${id}:name:en"]`, 8000);
      // As a person would, type again if the field was redrawn under the
      // keys (the sidebar's previous edit can still be landing).
      for (let attempt = 1; ; attempt += 1) {
        await s.type(`[id="f:${id}:name:en"]`, name);
        try {
          await s.until(`the edit of ${name} saved`, async () => registerName(documentOf(mine), id) === name, 5000);
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    }
    await s.wait('[data-test=conflicted-copies]', 8000);
    const offered = await s.text('[data-test=conflicted-copies]');
    assert(offered.includes('merge (conflicted copy 2026-12-01).sqlite'), `the conflicted copy is named (got ${offered})`);
  });
  await step('File → Compare and merge refuses the open file itself and a file that is not a document, in one sentence each', async () => {
    await openDialogFromMenu();
    const refused = async (path, code) => {
      await s.type('[data-test=merge-path]', path, { leave: false });
      await s.click('[data-test=modal-submit]');
      await s.wait(`[data-test=merge-error][data-code=${code}]`, 8000);
    };
    await refused(mine, 'same_file');
    const text = join(FILES, 'merge-not-a-document.sqlite');
    writeFileSync(text, 'just some text\n');
    await refused(text, 'not_kirjuri');
    assert(readFileSync(text, 'utf8') === 'just some text\n', 'the other file was not written');
  });
  await step('the review lists the three changes by register, the conflict first, and waits for its side', async () => {
    await s.type('[data-test=merge-path]', theirs, { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.wait('[data-test=merge-screen]', 15000);
    const items = await s.script(`return [...document.querySelectorAll('[data-test=merge-item]')].map((i) => ({ kind: i.dataset.kind, id: i.dataset.id, conflicts: Number(i.dataset.conflicts), taken: i.querySelector('[data-test=merge-take]').checked }))`);
    assert(items.length === 3, `three changes (got ${JSON.stringify(items)})`);
    assert(items[0].id === R1 && items[0].conflicts === 1, `the conflict comes first (got ${JSON.stringify(items)})`);
    assert(items.every((i) => i.taken), 'every change of the other copy is offered, pre-selected');
    assert(await s.script(`return document.querySelector('[data-test=merge-do]').disabled`), 'Merge waits for the conflict');
    const lineage = await s.text('[data-test=merge-lineage]');
    assert(lineage.includes('share their history') && lineage.includes('the other copy has 3 edit(s)'), `the lineage is said (got ${lineage})`);
  });
  await step('picking the other copy\'s side lets the notice beside it follow', async () => {
    await s.select('[data-test=merge-preview-language]', 'en');
    await s.until('the notice as this copy has it', async () => (await reviewText('merge-preview-page')).includes('Customers (director)'), 10000);
    await shot(s, 'merge-1280');
    await s.click('[data-test=merge-conflict] [data-test=merge-take-theirs]');
    await s.until('no conflict left', async () => (await s.script(`return document.querySelector('[data-test=merge-screen]').dataset.openConflicts`)) === '0');
    await s.until('the notice after the merge', async () => (await reviewText('merge-preview-page')).includes('Customers (accounts)'), 10000);
    assert(registerName(documentOf(mine), R1) === 'Customers (director)', 'nothing is written before Merge');
    await resizeWindow(1024, 700);
    await shot(s, 'merge-min');
    await resizeWindow(1280, 800);
  });
  await step('the change report says who changed what, and exports as PDF', async () => {
    await s.click('[data-test=merge-show-report]');
    await s.until('the report', async () => (await reviewText('merge-report')).includes('Changes in the other copy'), 10000);
    const report = await reviewText('merge-report');
    for (const expected of ['Accountant', 'Staff register', 'Ten years after the last contact', 'Customers (accounts)', 'the other copy\'s value is taken']) {
      assert(report.includes(expected), `the report says ${expected} (got ${report.slice(0, 600)})`);
    }
    await shot(s, 'merge-report');
    const pdf = join(FILES, 'change-report.pdf');
    rmSync(pdf, { force: true });
    await s.click('[data-test=merge-export-pdf]');
    await s.type('[data-test=merge-report-path]', pdf, { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.until('the PDF written', async () => existsSync(pdf), 10000);
    const printed = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    assert(printed.includes('Changes in the other copy') && printed.includes('Staff register'), `the PDF is the report (got ${printed.slice(0, 300)})`);
    await s.click('[data-test=merge-back]');
  });
  await step('Merge takes the three changes as one edit, and one undo takes them all back', async () => {
    await s.click('[data-test=merge-do]');
    await s.wait('[data-test=history-screen]', 10000);
    let doc = documentOf(mine);
    assert(registerName(doc, R1) === 'Customers (accounts)', 'the conflict took the other copy\'s side');
    assert(registerName(doc, R2) === 'Staff register', 'a change only the other copy made was taken');
    assert(doc.retention_rules.find((r) => r.id === rule.id).period.en === 'Ten years after the last contact', 'the retention rule was taken');
    assert(registerName(doc, R3) === 'Website chat (director)', 'the director\'s own edit stays');
    assert(readFileSync(conflicted).equals(readFileSync(theirs)), 'the other copies were not written');
    await s.click('[data-test=undo]');
    await s.until('the merge undone', async () => registerName(documentOf(mine), R2) === 'Personnel register', 8000);
    doc = documentOf(mine);
    assert(registerName(doc, R1) === 'Customers (director)', 'one undo brings back the director\'s name');
    assert(doc.retention_rules.find((r) => r.id === rule.id).period.en === rule.period.en, 'and the rule');
    assert(registerName(doc, R3) === 'Website chat (director)', 'and only the merge was undone');
  });
  if (s) await s.end();
}

// H4 (issue 21): a register from a template; three template texts emptied
// and two rewritten in the working language (Finnish). No template words are
// left in the fi/sv/en notices, the stale translations are flagged, and the
// template's answers are open questions until confirmed where each is asked.
async function scenarioTemplates() {
  console.log('scenario: a register from a template, edited in the working language, speaks only for the user');
  broken = false;
  const cli = process.env.KIRJURI_CLI;
  const documentPath = join(FILES, 'Mallipohja.sqlite');
  rmSync(documentPath, { force: true });
  const flatten = (text) => text.replace(/-\n/g, '').replace(/\s+/g, ' ');
  const phrase = (text) => (text || '').split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
  const exported = () => JSON.parse(execFileSync(cli, ['export', 'json', documentPath]).toString()).document;
  // Empties a field as a person does: select its text, Backspace, Tab (which saves).
  const empty = async (css) => {
    await s.wait(css);
    await s.script('const e = document.querySelector(arguments[0]); e.focus(); e.select();', [css]);
    await sleep(50);
    await s.keys(css, '\uE003\uE004');
  };
  let s;
  let phrases = [];
  await step('the guide makes a newsletter register from its template, working language Finnish', async () => {
    assert(cli && existsSync(cli), `KIRJURI_CLI must name the kirjuri binary (got ${cli})`);
    s = await Session.start(BASE, APP);
    current = s;
    await s.wait('[data-test=start-screen]', 20000);
    await s.select('[data-test=ui-language]', 'fi');
    await s.click('[data-test=new-document]');
    await s.type('[data-test=new-org-name]', 'Mallipohja Oy');
    await s.type('[data-test=guide-business-id]', '7654321-0');
    await s.type('[data-test=guide-contact-name]', 'Maija Malli');
    await s.type('[data-test=guide-email]', 'tietosuoja@mallipohja.fi');
    await s.select('[data-test=guide-country]', 'FI');
    await s.click('[data-test=guide-template-newsletter]');
    await s.type('[data-test=new-document-path]', documentPath, { leave: false });
    await s.click('[data-test=modal-submit]');
    await s.until('the file open', async () => (await fileName(s)) === 'Mallipohja.sqlite', 20000);
    await s.click('[data-test=nav-register]');
    await s.wait('[data-test=register-editor]');
    // The template's answers are suggestions: each is an open question.
    await s.until('the open questions counted', async () => (await findingCodes(s)).filter((c) => c === 'question_not_answered').length >= 4);
    const doc = exported();
    const register = doc.registers[0];
    const rule = doc.retention_rules.find((r) => r.register === register.id && r.routine?.fi);
    for (const text of [register.description, register.consequence_of_not_providing, rule.routine]) {
      for (const lang of ['sv', 'fi', 'en']) if (text[lang]) phrases.push(phrase(text[lang]));
    }
    phrases.push(phrase(doc.purposes[0].description.fi), phrase(doc.data_items[0].name.fi));
    phrases = phrases.filter((p) => p.split(' ').length >= 2);
    assert(phrases.length >= 8, `template phrases to look for (got ${JSON.stringify(phrases)})`);
  });
  await step('three template texts are emptied and two rewritten in Finnish', async () => {
    await empty('[data-test=register-editor] [name="description.fi"]');
    await empty('[data-test=register-editor] [name="consequence_of_not_providing.fi"]');
    await s.click('[data-test=tab-retention]');
    await empty('[data-test=retention-card] [name="routine.fi"]');
    // Two sections confirmed first: their translations are then the user's, and go out of date.
    await s.click('[data-test=tab-purposes]');
    await s.click('[data-test=confirm-section-purposes]');
    await s.type('[data-test=register-editor] [name="description.fi"]', 'Lähetämme tilaajille kuukausikirjeen tuotteistamme.');
    await s.click('[data-test=tab-data]');
    await s.click('[data-test=confirm-section-data_items]');
    await s.type('[data-test=data-item] [name="name.fi"]', 'Tilaajan sähköpostiosoite');
    await s.until('the edits saved', async () => {
      const doc = exported();
      return doc.purposes[0].description.fi.startsWith('Lähetämme') && doc.data_items[0].name.fi === 'Tilaajan sähköpostiosoite'
        && !doc.registers[0].description.sv && !doc.registers[0].description.fi
        && !doc.registers[0].consequence_of_not_providing.fi
        && doc.retention_rules.every((r) => !r.routine?.fi && !r.routine?.sv);
    }, 15000);
  });
  await step('no template words are left in the fi, sv and en notices', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const pdf = join(FILES, `mallipohja-${lang}.pdf`);
      execFileSync(cli, ['export', 'pdf', documentPath, '--doc', 'notice', '--register', exported().registers[0].name.fi || 'Uutiskirje', '--lang', lang, '-o', pdf]);
      const text = flatten(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).toString());
      for (const p of phrases) assert(!text.includes(p), `${lang} notice still says "${p}"`);
      if (lang !== 'fi') assert(['UTKAST', 'DRAFT'].some((w) => text.includes(w)), `${lang} notice is a draft`);
    }
  });
  await step('the stale translations are flagged and the open answers are confirmed where asked', async () => {
    await s.click('[data-test=nav-translation]');
    await s.wait('[data-test=translation-screen]');
    await s.until('two out-of-date Swedish translations', async () => (await s.script(`return document.querySelector('[data-test=translation-stale-count-sv]')?.textContent || ''`)).startsWith('2'));
    await shot(s, 'translation-stale');
    await s.click('[data-test=nav-register]');
    await s.wait('[data-test=register-editor]');
    const open = async () => (await findingCodes(s)).filter((c) => c === 'question_not_answered').length;
    const before = await open();
    await s.click('[data-test=tab-systems]');
    await s.wait('[data-test=suggested-answer-transfers_outside_eea]');
    await s.click('[data-test=confirm-answer-transfers_outside_eea]');
    await s.until('one question fewer', async () => (await open()) === before - 1);
    // Confirming on Systems confirmed nothing on General.
    await s.click('[data-test=tab-general]');
    await s.wait('[data-test=suggested-answer-automated_decisions]');
  });
  if (s) await s.end();
}

/// Issue 21 (H5): the answers behind the fixed sentences are asked where they
/// belong, and the notice says what they say and nothing more.
async function scenarioFixedSentences() {
  console.log('scenario: special categories, "as a rule not", a right asked for, the contact copied by one click, DPF');
  broken = false;
  const cli = process.env.KIRJURI_CLI;
  const documentPath = join(FILES, 'law21.sqlite');
  const exported = () => JSON.parse(execFileSync(cli, ['export', 'json', documentPath]).toString()).document;
  const notice = (lang) => {
    const pdf = join(FILES, `law21-${lang}.pdf`);
    execFileSync(cli, ['export', 'pdf', documentPath, '--doc', 'notice', '--register', 'Kundregister', '--lang', lang, '-o', pdf]);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).toString().replace(/\s+/g, ' ');
  };
  let s;
  await step('the BTB Plaza fixture opens on its customer register', async () => {
    assert(cli && existsSync(cli), `KIRJURI_CLI must name the kirjuri binary (got ${cli})`);
    rmSync(documentPath, { force: true });
    execFileSync(cli, ['import', join(FIXTURES, 'btb-plaza.json'), documentPath]);
    s = await Session.start(BASE, APP);
    current = s;
    await s.wait('[data-test=start-screen]', 20000);
    await s.select('[data-test=ui-language]', 'sv');
    await s.type('[data-test=open-path]', documentPath, { leave: false });
    await s.click('[data-test=open-path-submit]');
    await s.until('the file open', async () => (await fileName(s)) === 'law21.sqlite', 20000);
    await s.click('[data-test=nav-register]');
    await s.wait('[data-test=register-editor]');
  });
  await step('"no special categories" is answered on the Data tab and reaches the notice', async () => {
    assert(!notice('sv').includes('Vi behandlar inga särskilda kategorier'), 'said before it was answered');
    await s.click('[data-test=tab-data]');
    await s.click('[data-test=special-categories] input[value=no]');
    await s.until('the answer saved', async () => exported().registers[0].special_categories === 'no', 15000);
    assert(notice('sv').includes('Vi behandlar inga särskilda kategorier av personuppgifter'), 'the sv notice lacks the sentence');
  });
  await step('"as a rule not" is said without an exception', async () => {
    await s.click('[data-test=tab-sources]');
    await s.click('[data-test=regular-disclosures] input[value=no]');
    await s.click('[data-test=disclosures-as-a-rule]');
    await s.until('the answer saved', async () => exported().registers[0].disclosures_as_a_rule === true, 15000);
    const text = notice('sv');
    assert(text.includes('Vi lämnar i regel inte ut personuppgifter.'), 'the sv notice lacks "as a rule"');
    assert(!text.includes('utom:'), 'an exception nobody named');
  });
  await step('a new rights procedure asks which right, and the contact is copied by one click', async () => {
    await s.click('[data-test=tab-rights]');
    const before = exported().rights_procedures.length;
    await s.select('[data-test=new-rights-procedure]', 'restriction');
    await s.until('the procedure made for the right picked', async () => {
      const made = exported().rights_procedures;
      return made.length === before + 1 && made.some((p) => p.right === 'restriction');
    }, 15000);
    // Other procedures of the fixture lack a channel too: the button of the new card.
    await s.until('the new card offers the contact', () => s.script(`const card = [...document.querySelectorAll('[data-test=rights-card]')].find((c) => c.querySelector('h3')?.textContent.includes('begränsning'));
      const button = card?.querySelector('[data-test=copy-contact-channel]');
      if (button) button.click();
      return !!button;`));
    await s.until('the channel copied', async () => exported().rights_procedures.find((p) => p.right === 'restriction')?.channel?.sv === 'kristian.ostman@btbplaza.com', 15000);
    await shot(s, 'law21-rights');
  });
  await step('the DPF certification is answered on the Processors screen', async () => {
    await s.click('[data-test=nav-processors]');
    await s.wait('[data-test=processors-screen]');
    await s.click('[data-test=dpf] input[value=yes]');
    await s.type('[data-test=dpf-checked-on]', '2026-12-01');
    await s.until('the answer saved', async () => exported().processors.some((p) => p.dpf?.certified === 'yes' && p.dpf?.checked_on === '2026-12-01'), 15000);
  });
  if (s) await s.end();
}

async function main() {
  assert(APP && existsSync(APP), `KIRJURI_APP must name the kirjuri-desktop binary (got ${APP})`);
  rmSync(FILES, { recursive: true, force: true });
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(FILES, { recursive: true });
  await waitForServer(BASE);
  // E2E_ONLY=guide runs one scenario, E2E_ONLY=create,open several (while
  // working on them; `open` opens the file `create` made); CI runs them all.
  const scenarios = {
    create: scenarioCreateCheckFixExport,
    solteq: scenarioSeedSolteq,
    open: scenarioOpenFromCommandLine,
    undo: scenarioUndoRedoAndFileInUse,
    guide: scenarioGuide,
    paperwork: scenarioBreachAndRequest,
    places: scenarioFindingPlaces,
    import: scenarioImport,
    merge: scenarioMerge,
    templates: scenarioTemplates,
    law21: scenarioFixedSentences,
  };
  for (const [name, scenario] of Object.entries(scenarios)) {
    if (!process.env.E2E_ONLY || process.env.E2E_ONLY.split(',').includes(name)) await scenario();
  }
}

main()
  .catch((error) => {
    failed += 1;
    console.log(`  FAIL  setup: ${error.message}`);
  })
  .finally(() => {
    console.log(`screenshots: ${SHOTS}`);
    console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    process.exit(failed > 0 ? 1 : 0);
  });
