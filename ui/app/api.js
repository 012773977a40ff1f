// The one way the UI talks to the Rust side, over the vendored
// @tauri-apps/api (vendor/tauri-api/, see ui/update-vendor.sh):
// `invoke(command, args)`, and `listen(event, handler)` for what the Rust
// side sends on its own. The command names and arguments are the shell's
// (generated/commands.js, generated from src-tauri and checked by
// ui/tests/api.test.mjs); a call with an unknown command or argument, or
// without a required one, fails here before it reaches the shell.
// Errors always come back as `{code, message}`; the UI switches on `code`.

import { invoke as tauriInvoke, isTauri } from './vendor/tauri-api/core.js';
import { listen as tauriListen } from './vendor/tauri-api/event.js';
import { COMMANDS } from './generated/commands.js';

/// Why `args` do not fit `command`, or null.
export function misfit(command, args) {
  const known = COMMANDS[command];
  if (!known) return `no command ${command}`;
  const unknown = Object.keys(args).filter((arg) => !known.args.includes(arg));
  if (unknown.length) return `${command} takes no ${unknown.join(', ')}`;
  const missing = known.required.filter((arg) => !(arg in args));
  if (missing.length) return `${command} needs ${missing.join(', ')}`;
  return null;
}

export async function invoke(command, args = {}) {
  const wrong = misfit(command, args);
  if (wrong) throw { code: 'internal', message: wrong };
  if (!isTauri()) throw { code: 'internal', message: 'Kirjuri runs inside its desktop window only.' };
  try {
    return await tauriInvoke(command, args);
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error) throw error;
    throw { code: 'internal', message: String(error) };
  }
}

/// Calls `handler(payload)` for every `event` the Rust side emits (the menu's
/// actions). Listens for the app's lifetime, so the unlisten is not kept.
export async function listen(event, handler) {
  if (!isTauri()) return;
  await tauriListen(event, (message) => handler(message.payload));
}
