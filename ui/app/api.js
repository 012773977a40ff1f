// The one way the UI talks to the Rust side: `invoke(command, args)`.
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
