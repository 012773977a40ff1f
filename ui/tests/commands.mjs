// Reads the shell's commands from the Rust source: the names registered in
// `generate_handler!` (src-tauri/src/lib.rs) and each command's arguments as
// the window passes them (camelCase, as Tauri names them; the state, app,
// window and webview that Tauri fills in are left out). Used by api.test.mjs
// to write and check app/generated/commands.js.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const shell = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src-tauri', 'src');
/// Arguments Tauri provides itself rather than the window.
const PROVIDED = /^(tauri::)?(State|AppHandle|Window|WebviewWindow|Webview|ipc::Channel|Channel)\b/;

const camel = (name) => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/// Splits at the commas outside <…>, (…), […].
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if ('<([{'.includes(c)) depth++;
    if ('>)]}'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/// The parameter list of `fn name` in `source`, after its generics.
function parameters(source, name) {
  const start = source.search(new RegExp(`#\\[tauri::command[^\\]]*\\]\\s*pub (async )?fn ${name}\\b`));
  if (start < 0) throw new Error(`no #[tauri::command] fn ${name}`);
  const attribute = source.slice(start, source.indexOf(']', start) + 1);
  if (attribute !== '#[tauri::command]') throw new Error(`${name}: ${attribute} is not read here; extend ui/tests/commands.mjs`);
  let at = source.indexOf(`fn ${name}`, start) + `fn ${name}`.length;
  if (source[at] === '<') {
    let depth = 0;
    for (; at < source.length; at++) {
      if (source[at] === '<') depth++;
      if (source[at] === '>' && --depth === 0) break;
    }
    at++;
  }
  if (source[at] !== '(') throw new Error(`${name}: cannot read its parameters`);
  let depth = 0;
  let end = at;
  for (; end < source.length; end++) {
    if (source[end] === '(') depth++;
    if (source[end] === ')' && --depth === 0) break;
  }
  return splitTopLevel(source.slice(at + 1, end));
}

/// `{ command: { args: [...], required: [...] } }`, in `generate_handler!` order.
export function rustCommands() {
  const lib = readFileSync(join(shell, 'lib.rs'), 'utf8');
  const handler = lib.match(/generate_handler!\[([^\]]*)\]/);
  if (!handler) throw new Error('no generate_handler! in src-tauri/src/lib.rs');
  const commands = {};
  for (const path of handler[1].split(',').map((s) => s.trim()).filter(Boolean)) {
    const [module, name] = path.split('::');
    const source = readFileSync(join(shell, `${module}.rs`), 'utf8');
    const args = [];
    const required = [];
    for (const parameter of parameters(source, name)) {
      const [arg, ...type] = parameter.split(':');
      const rustType = type.join(':').trim();
      if (PROVIDED.test(rustType)) continue;
      args.push(camel(arg.trim()));
      if (!rustType.startsWith('Option<')) required.push(camel(arg.trim()));
    }
    commands[name] = { args, required };
  }
  return commands;
}

/// The text of app/generated/commands.js.
export function commandsModule(commands = rustCommands()) {
  return `// Generated from the shell's commands (src-tauri/src/lib.rs, generate_handler!,
// and each command's parameters); do not edit.
// Regenerate: KIRJURI_WRITE_UI=1 node --test ui/tests/api.test.mjs

/** Each command's arguments as the window passes them, and which of them it must pass. */
export const COMMANDS = ${JSON.stringify(commands, null, 2)};
`;
}
