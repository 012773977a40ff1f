// The window's use of the text catalogue: every string it shows is a key of
// assets/text/{sv,fi,en}.ftl, given to the window as generated/texts.js
// ([sv, fi, en] per key, `{name}` placeholders). Labels of the fixed
// vocabularies (legal bases, rights …) come from the model through
// `get_vocabularies`, from the same catalogue.
import { TEXTS } from './generated/texts.js';

export const LANGUAGES = ['sv', 'fi', 'en'];
export const LANGUAGE_NAMES = { sv: 'Svenska', fi: 'Suomi', en: 'English' };

const STRINGS = TEXTS;

/// The UI language guessed from the system, until the user picks one.
export function systemLanguage() {
  const preferred = (navigator.languages || [navigator.language || 'en']).map((l) => String(l).slice(0, 2));
  return preferred.find((l) => LANGUAGES.includes(l)) || 'en';
}

/// `t(lang, key, {n, d})`: the string in `lang`, with {n} and {d} filled in.
export function translate(lang, key, values = {}) {
  if (values.n === 1 && STRINGS[`${key}_one`]) key = `${key}_one`;
  const entry = STRINGS[key];
  if (!entry) {
    console.warn('missing UI string', key);
    return key;
  }
  let text = entry[LANGUAGES.indexOf(lang)] || entry[2];
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

export function hasString(key) {
  return Object.prototype.hasOwnProperty.call(STRINGS, key);
}

/// For the test that every string has all three languages.
export const ALL_STRINGS = STRINGS;
