// @ts-check
// The one way the UI talks to the Rust side, over the vendored
// @tauri-apps/api (vendor/tauri-api/, see ui/update-vendor.sh):
// `invoke(command, args)`, and `listen(event, handler)` for what the Rust
// side sends on its own. The commands, their arguments and their answers
// are the shell's contract (src-tauri/src/contract.rs), generated into
// generated/contract.d.ts (the types `tsc` checks every call against) and
// generated/commands.js (the argument names): a call with an unknown
// command or argument, or without a required one, fails here before it
// reaches the shell. Errors always come back as `{code, message}`; the UI
// switches on `code`.

import { invoke as tauriInvoke, isTauri } from './vendor/tauri-api/core.js';
import { listen as tauriListen } from './vendor/tauri-api/event.js';
import { COMMANDS } from './generated/commands.js';

/** @typedef {import('./generated/contract').Commands} Commands */
/** @typedef {import('./generated/contract').UiError} UiError */
/**
 * The commands that take no argument the window must pass.
 * @typedef {{ [K in keyof Commands]: {} extends Commands[K]['args'] ? K : never }[keyof Commands]} WithoutRequiredArgs
 */

/**
 * Why `args` do not fit `command`, or null.
 * @param {string} command
 * @param {object} args
 * @returns {string | null}
 */
export function misfit(command, args) {
  const known = /** @type {Record<string, { args: string[], required: string[] }>} */ (COMMANDS)[command];
  if (!known) return `no command ${command}`;
  const unknown = Object.keys(args).filter((arg) => !known.args.includes(arg));
  if (unknown.length) return `${command} takes no ${unknown.join(', ')}`;
  const missing = known.required.filter((arg) => !(arg in args));
  if (missing.length) return `${command} needs ${missing.join(', ')}`;
  return null;
}

/**
 * Calls the shell's `command` with its arguments (which may be left out when
 * none is required) and answers what the command answers; throws a `UiError`.
 * @template {keyof Commands} K
 * @param {K} command
 * @param {K extends WithoutRequiredArgs ? [args?: Commands[K]['args']] : [args: Commands[K]['args']]} rest
 * @returns {Promise<Commands[K]['response']>}
 */
export async function invoke(command, ...rest) {
  const [args = {}] = rest;
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

/**
 * Calls `handler(payload)` for every `event` the Rust side emits (the menu's
 * actions). Listens for the app's lifetime, so the unlisten is not kept.
 * @param {string} event
 * @param {(payload: any) => void} handler
 */
export async function listen(event, handler) {
  if (!isTauri()) return;
  await tauriListen(event, (message) => handler(message.payload));
}
