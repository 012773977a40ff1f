// The UI calls the shell's commands by their real names and arguments:
// app/generated/commands.js is generated from the shell's contract
// (src-tauri/src/contract.rs; its Rust test fails when the file is stale),
// every literal `invoke('name', {…})` in app/ names a command with its
// arguments, every command is used, and api.js refuses a call that does not
// fit. The types of the arguments and answers are tsc's (contract.test.mjs).
// Run: node --test ui/tests/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../app/generated/commands.js';
import { invoke, misfit } from '../app/api.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const app = join(root, 'ui', 'app');
const sources = [...readdirSync(app), ...readdirSync(join(app, 'screens')).map((f) => `screens/${f}`)]
  .filter((f) => f.endsWith('.js'))
  .map((f) => [f, readFileSync(join(app, f), 'utf8')]);

test('generated/commands.js names the arguments of each command as Tauri reads them', () => {
  assert.deepEqual(COMMANDS.apply_edits, { args: ['edits'], required: ['edits'] });
  assert.deepEqual(COMMANDS.update_menu, { args: ['language', 'documentOpen'], required: ['language', 'documentOpen'] });
  assert.deepEqual(COMMANDS.get_findings, { args: ['language'], required: [] });
  assert.deepEqual(COMMANDS.undo, { args: [], required: [] });
  // Every command of the list has its types in the contract tsc checks against.
  const contract = readFileSync(join(app, 'generated', 'contract.d.ts'), 'utf8');
  for (const name of Object.keys(COMMANDS)) assert.match(contract, new RegExp(`\\n  ${name}: \\{ args: `), name);
});

/// The keys of the object literal starting at `text[0]` (`{ a, b: 1 }`).
function literalKeys(text) {
  let depth = 0;
  let end = 0;
  for (; end < text.length; end++) {
    if ('{(['.includes(text[end])) depth++;
    if ('})]'.includes(text[end]) && --depth === 0) break;
  }
  const body = text.slice(1, end);
  const keys = [];
  depth = 0;
  let current = '';
  for (const c of body + ',') {
    if ('{(['.includes(c)) depth++;
    if ('})]'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      const key = current.trim().split(':')[0].trim();
      if (key) keys.push(key);
      current = '';
    } else current += c;
  }
  return keys;
}

test('every invoke in the UI names a command and passes its arguments', () => {
  let calls = 0;
  for (const [file, source] of sources) {
    for (const match of source.matchAll(/\binvoke\('([a-z_]+)'\s*(,\s*\{)?/g)) {
      calls++;
      const [, name, withArgs] = match;
      assert.ok(COMMANDS[name], `${file}: invoke('${name}') names no command of src-tauri`);
      const keys = withArgs ? literalKeys(source.slice(match.index + match[0].length - 1)) : [];
      const args = Object.fromEntries(keys.map((k) => [k, null]));
      assert.equal(misfit(name, args), null, `${file}: invoke('${name}', {${keys.join(', ')}})`);
    }
  }
  assert.ok(calls > 20, `only ${calls} calls found`);
});

test('every command of the shell is used by the UI', () => {
  const all = sources.filter(([file]) => file !== 'api.js').map(([, s]) => s).join('\n');
  const unused = Object.keys(COMMANDS).filter((name) => !all.includes(`'${name}'`));
  assert.deepEqual(unused, []);
});

test('a call that does not fit the command is refused before it reaches the shell', async () => {
  assert.equal(misfit('apply_edits', { edits: [] }), null);
  assert.match(misfit('apply_edit', { edits: [] }), /no command apply_edit/);
  assert.match(misfit('apply_edits', { edit: [] }), /takes no edit/);
  assert.match(misfit('save_copy', { target: {} }), /needs withHistory/);
  await assert.rejects(invoke('no_such_command'), { code: 'internal', message: 'no command no_such_command' });
  await assert.rejects(invoke('get_settings'), { code: 'internal', message: /desktop window/ });
});

test('the vendored @tauri-apps/api is the version of the tauri crate', () => {
  const lock = readFileSync(join(root, 'Cargo.lock'), 'utf8');
  const crate = lock.match(/\[\[package\]\]\nname = "tauri"\nversion = "([^"]+)"/)[1];
  assert.equal(readFileSync(join(app, 'vendor', 'tauri-api', 'VERSION'), 'utf8').trim(), crate);
  const pinned = JSON.parse(readFileSync(join(root, 'ui', 'package.json'), 'utf8')).dependencies['@tauri-apps/api'];
  assert.equal(pinned, crate);
  for (const [file, source] of sources) assert.ok(!source.includes('__TAURI_INTERNALS__'), `${file} calls Tauri's internals`);
});
