// The one way the UI talks to the Rust side: `invoke(command, args)`, and
// `listen(event, handler)` for what the Rust side sends on its own.
// Errors always come back as `{code, message}`; the UI switches on `code`.

export async function invoke(command, args = {}) {
  const internals = window.__TAURI_INTERNALS__;
  if (!internals) throw { code: 'internal', message: 'Kirjuri runs inside its desktop window only.' };
  try {
    return await internals.invoke(command, args);
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error) throw error;
    throw { code: 'internal', message: String(error) };
  }
}

/// Calls `handler(payload)` for every `event` the Rust side emits (the menu's
/// actions). Listens for the app's lifetime, so there is no unlisten.
export async function listen(event, handler) {
  const internals = window.__TAURI_INTERNALS__;
  if (!internals) return;
  await internals.invoke('plugin:event|listen', {
    event,
    target: { kind: 'Any' },
    handler: internals.transformCallback((message) => handler(message.payload)),
  });
}
