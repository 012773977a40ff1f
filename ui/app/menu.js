// @ts-check
// The UI's side of the native menu bar (src-tauri/src/menu.rs): it tells the
// shell the UI language and whether a document is open, so the menu is built
// in that language with the right items enabled, and it runs each menu item's
// action with the app's own functions. (Ctrl+Y, redo's second shortcut, is
// main.js's: a menu item has only one.)

import { useEffect, useRef } from './vendor/preact-htm.js';
import { invoke, listen } from './api.js';

/// `actions` maps a menu action (`undo`, `open_recent`, …) to a function that
/// gets the event's payload; actions the UI does not have are left out.
export function useMenu(actions, lang, documentPath, showError) {
  const current = useRef(actions);
  current.current = actions;
  // For the end-to-end test: which menu actions this UI handles.
  /** @type {any} */ (window).__kirjuriMenuActions = Object.keys(actions);

  useEffect(() => {
    listen('menu', (payload) => current.current[payload.action]?.(payload)).catch(showError);
  }, []);

  useEffect(() => {
    invoke('update_menu', { language: lang, documentOpen: Boolean(documentPath) }).catch(showError);
  }, [lang, documentPath]);
}

/// True when `element` is a text field holding typing that is not saved yet;
/// undo then belongs to the field.
export function isTyping(element) {
  return Boolean(element && element.matches('input[type=text], input:not([type]), textarea')
    && element.value !== (element.getAttribute('data-committed') ?? element.value));
}
