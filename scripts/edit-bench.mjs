// The edit round trip as the window sees it, in the real Kirjuri window
// driven through tauri-driver (the e2e test's WebDriver client): for each
// size, `kirjuri example --synthetic N` writes a file, the window is started
// on it (start to first screen), the first register is opened, and its name
// is changed and committed EDITS times; each time the page itself measures
// from the commit (the field's change event, what leaving the field fires)
// to the new name in the register's title in the DOM, and to the next frame.
// Then undo, from the click to the old name in the title; then, with the
// notice beside the form, from the commit to the new name in the notice.
// Prints p50 / p95.
// Run it with scripts/edit-bench.sh, which starts Xvfb, D-Bus and the driver.
// A measurement for docs/performance.md, never a test.
//
// Environment: KIRJURI_APP (kirjuri-desktop), KIRJURI_CLI (kirjuri), E2E_OUT
// (a folder for the files), WEBDRIVER_URL, BENCH_SIZES (default
// 10,100,1000,10000), BENCH_EDITS (default 30).

import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Session, waitForServer, sleep } from '../tests/e2e/webdriver.mjs';

const APP = process.env.KIRJURI_APP;
const CLI = process.env.KIRJURI_CLI;
const OUT = join(process.env.E2E_OUT || '/tmp/kirjuri-bench', 'bench');
const BASE = process.env.WEBDRIVER_URL || 'http://127.0.0.1:4444';
const SIZES = (process.env.BENCH_SIZES || '10,100,1000,10000').split(',').map(Number);
const EDITS = Number(process.env.BENCH_EDITS || 30);
const WARM_UP = 3;

/// In the page: runs `act` and calls `done` with the time from just
/// before it until the register's title says `name` (DOM) and to the next
/// frame after that.
const WATCH_TITLE = `
const watchTitle = (name, done, act) => {
  const title = () => document.querySelector('[data-test=register-title]')?.textContent;
  let finished = false;
  const t0 = performance.now();
  const finish = () => {
    if (finished) return;
    finished = true;
    observer.disconnect();
    const dom = performance.now() - t0;
    requestAnimationFrame(() => done({ dom, frame: performance.now() - t0 }));
  };
  const observer = new MutationObserver(() => title() === name && finish());
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  act();
  if (title() === name) finish();
  setTimeout(() => { if (!finished) { finished = true; observer.disconnect(); done({ error: 'timed out', title: title() }); } }, 100000);
};
`;

/// Runs in the page: commits `name` in the register's name field and
/// measures until the title shows it. The draft is typed (and drawn) first,
/// so only the commit's round trip is timed.
const EDIT = WATCH_TITLE + `
const [name, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('[data-test^=register-name-]');
input.focus();
input.value = name;
input.dispatchEvent(new Event('input', { bubbles: true }));
setTimeout(() => requestAnimationFrame(() => setTimeout(() => {
  watchTitle(name, done, () => input.dispatchEvent(new Event('change', { bubbles: true })));
}, 0)), 50);
`;

/// Runs in the page: commits `name` in the register's name field and
/// measures until the notice beside the form (its shadow root) says it,
/// looking every frame.
const PREVIEW = `
const [name, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('[data-test^=register-name-]');
const said = () => (document.querySelector('[data-test=preview-page]')?.shadowRoot?.textContent || '').includes(name);
input.focus();
input.value = name;
input.dispatchEvent(new Event('input', { bubbles: true }));
setTimeout(() => requestAnimationFrame(() => setTimeout(() => {
  const t0 = performance.now();
  const look = () => {
    if (said()) return done({ preview: performance.now() - t0 });
    if (performance.now() - t0 > 100000) return done({ error: 'timed out' });
    requestAnimationFrame(look);
  };
  input.dispatchEvent(new Event('change', { bubbles: true }));
  look();
}, 0)), 50);
`;

/// Runs in the page: clicks Undo and measures until the title shows `name` again.
const UNDO = WATCH_TITLE + `
const [name, done] = [arguments[0], arguments[arguments.length - 1]];
watchTitle(name, done, () => document.querySelector('[data-test=undo]').click());
`;

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.round((sorted.length - 1) * p)];
  return `${at(0.5).toFixed(1)} / ${at(0.95).toFixed(1)} ms`;
}

async function inPage(s, script, args) {
  const result = await s.cmd('POST', '/execute/async', { script, args });
  if (result.error) throw new Error(`${result.error} (title: ${result.title})`);
  return result;
}

async function measure(registers) {
  const path = join(OUT, `synthetic-${registers}.sqlite`);
  rmSync(path, { force: true });
  execFileSync(CLI, ['example', '--synthetic', String(registers), path]);
  const started = Date.now();
  const s = await Session.start(BASE, APP, [path]);
  const shown = `return document.querySelectorAll('[data-test=register-row]').length > 0 ? performance.now() : null`;
  let inPageMs = null;
  for (;;) {
    inPageMs = await s.script(shown).catch(() => null);
    if (inPageMs !== null) break;
    if (Date.now() - started > 600000) throw new Error('no first screen in 10 minutes');
    await sleep(20);
  }
  const start = Date.now() - started;
  try {
    await s.cmd('POST', '/timeouts', { script: 200000 });
    await s.select('[data-test=ui-language]', 'sv');
    await sleep(300);
    await s.click('[data-test=register-row]');
    await s.wait('[data-test=register-editor]', 60000);
    // The notice opens beside the form by default in a wide window; the
    // edits and undos are timed without it, as before, the notice after.
    const previewOpen = `return document.querySelector('[data-test=toggle-preview]').getAttribute('aria-pressed') === 'true'`;
    if (await s.script(previewOpen)) await s.click('[data-test=toggle-preview]');
    const names = [await s.script(`return document.querySelector('[data-test=register-title]').textContent`)];
    const edits = [];
    for (let i = 0; i < WARM_UP + EDITS; i += 1) {
      const name = `Bench ${registers} ${i}`;
      // A pause as between a person's edits: the field takes the saved value after the frame.
      await sleep(150);
      const result = await inPage(s, EDIT, [name]);
      names.push(name);
      if (i >= WARM_UP) edits.push(result);
    }
    const undos = [];
    for (let i = 0; i < Math.min(10, names.length - 1); i += 1) {
      if (process.env.BENCH_DEBUG) console.log('undo', i, 'expect', names[names.length - 2 - i]);
      await sleep(150);
      undos.push(await inPage(s, UNDO, [names[names.length - 2 - i]]));
    }
    // The register's notice beside the form, after each edit.
    if (!(await s.script(previewOpen))) await s.click('[data-test=toggle-preview]');
    await s.until('the preview drawn', async () => s.script(`return !!document.querySelector('[data-test=preview-page]')?.shadowRoot?.querySelector('h1')`), 60000);
    const previews = [];
    for (let i = 0; i < WARM_UP + 10; i += 1) {
      await sleep(150);
      const result = await inPage(s, PREVIEW, [`Preview ${registers} ${i}`]);
      if (i >= WARM_UP) previews.push(result.preview);
    }
    await s.click('[data-test=toggle-preview]');
    console.log(
      `${String(registers).padStart(6)} registers | start to first screen ${(start / 1000).toFixed(2)} s (page ${(inPageMs / 1000).toFixed(2)} s)`
      + ` | edit: DOM ${percentiles(edits.map((e) => e.dom))}, frame ${percentiles(edits.map((e) => e.frame))}`
      + ` | undo: DOM ${percentiles(undos.map((e) => e.dom))}`
      + ` | edit to notice preview: ${percentiles(previews)}`,
    );
  } finally {
    await s.end();
  }
}

async function main() {
  if (!APP || !CLI) throw new Error('KIRJURI_APP and KIRJURI_CLI must name the binaries');
  mkdirSync(OUT, { recursive: true });
  await waitForServer(BASE);
  console.log(`${APP}: ${EDITS} edits (after ${WARM_UP}) and 10 undos per size; p50 / p95`);
  for (const registers of SIZES) {
    try {
      await measure(registers);
    } catch (error) {
      console.log(`${String(registers).padStart(6)} registers | failed: ${error.message}`);
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.log(`edit-bench: ${error.message}`);
    process.exit(1);
  },
);
