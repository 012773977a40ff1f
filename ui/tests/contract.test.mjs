// The window's calls are typed by the shell's contract (app/generated/
// contract.d.ts, generated from Rust): tsc, run over a probe module with the
// project's own settings, refuses a misspelt field of a command's answer or a
// misspelt argument, and accepts the same code spelt right.
// Run: node --test ui/tests/  (needs `npm ci --prefix ui` for typescript)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ui = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(ui, 'node_modules', 'typescript', 'bin', 'tsc');
const skip = !existsSync(tsc) && 'typescript is not installed (npm ci --prefix ui)';

/// Runs tsc with ui/tsconfig.json's settings over one probe module.
function check(source) {
  const folder = mkdtempSync(join(tmpdir(), 'kirjuri-contract-'));
  try {
    const api = relative(folder, join(ui, 'app', 'api.js')).split('\\').join('/');
    writeFileSync(join(folder, 'probe.js'), `// @ts-check\nimport { invoke } from '${api}';\n${source}\n`);
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ extends: join(ui, 'tsconfig.json'), include: ['probe.js'] }));
    const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', folder], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('a misspelt field of a command\u2019s answer is a type error', { skip }, () => {
  const wrong = check(`export async function open() {\n  const view = await invoke('get_document');\n  return view.documnet.registers;\n}`);
  assert.notEqual(wrong.status, 0, wrong.output);
  assert.match(wrong.output, /probe\.js.*'documnet'/, wrong.output);
  const right = check(`export async function open() {\n  const view = await invoke('get_document');\n  return view.document.registers;\n}`);
  assert.equal(right.status, 0, right.output);
});

test('a misspelt argument, a missing one and an unknown command are type errors', { skip }, () => {
  const misspelt = check(`export const edit = () => invoke('apply_edits', { edit: [] });`);
  assert.notEqual(misspelt.status, 0, misspelt.output);
  assert.match(misspelt.output, /'edit'/, misspelt.output);
  const missing = check(`export const edit = () => invoke('apply_edits');`);
  assert.notEqual(missing.status, 0, missing.output);
  const unknown = check(`export const edit = () => invoke('apply_edit', { edits: [] });`);
  assert.notEqual(unknown.status, 0, unknown.output);
  const right = check(`export async function edit() {\n  const changed = await invoke('apply_edits', { edits: [{ op: 'delete', kind: 'register', id: '6f1c1d2e-0000-4000-8000-000000000001' }] });\n  const first = changed.changes.changed[0];\n  return first.kind === 'register' ? first.record.name.sv : changed.findings.splices.length;\n}\nexport const undo = () => invoke('undo');`);
  assert.equal(right.status, 0, right.output);
});
