// The translation view: every text of the document, section by section, in
// the working language beside one other language, with how many texts are
// still missing or out of date in each language. The editor's forms show the
// working language only; this is where the other two are written. A
// translation records the version of the text it was made from
// (`translated_from`, kept by the model's edit rule): when that text changes,
// the translation is out of date until it is updated or confirmed here.

import { html, useState, useEffect } from '../vendor/preact-htm.js';
import { useApp, LocalizedInput, workingLanguage } from '../components.js';
import { LANGUAGES, LANGUAGE_NAMES, hasString } from '../i18n.js';
import { translationSections, isMissing, recordName } from '../model.js';

/// A short, stable hash of a text (trimmed): 32-bit FNV-1a of its UTF-8
/// bytes in eight hex digits, as the model's `text::version_of` computes it.
export function versionOf(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode((text || '').trim())) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/// Whether the translation of `value` into `lang` was made from an earlier
/// version of its source text (`LocalizedText::is_out_of_date_in`).
export function isOutOfDate(value, lang) {
  if (!value || !(value[lang] || '').trim()) return false;
  const mark = value.translated_from?.[lang];
  if (!mark || !mark.includes(':')) return false;
  const [source, version] = mark.split(':');
  if (source === lang || !LANGUAGES.includes(source)) return false;
  return versionOf(value[source] || '') !== version;
}

/// The mark that confirms the translation into `lang` as made from the current text of `source`.
export function confirmedMark(value, source) {
  return `${source}:${versionOf(value?.[source] || '')}`;
}

/// Missing or out of date: what the translator still has to do in `lang`.
export function needsWork(value, lang) {
  return isMissing(value, lang) || isOutOfDate(value, lang);
}

/// A field's label from the last named part of its path ("legal_bases.0.law_reference" → "law_reference").
function fieldLabel(app, path) {
  const key = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() || path;
  return hasString(key) ? app.t(key) : key.replace(/_/g, ' ');
}

export function TranslationScreen() {
  const app = useApp();
  const work = workingLanguage(app);
  const others = LANGUAGES.filter((l) => l !== work);
  const [chosen, setChosen] = useState(null);
  const other = others.includes(chosen) ? chosen : others[0];
  const [onlyMissing, setOnlyMissing] = useState(true);
  const sections = translationSections(app.doc);
  const missingIn = (lang, slots) => slots.filter((s) => isMissing(s.value, lang)).length;
  const staleIn = (lang, slots) => slots.filter((s) => isOutOfDate(s.value, lang)).length;
  const openIn = (lang, slots) => slots.filter((s) => needsWork(s.value, lang)).length;
  const all = sections.flatMap((s) => s.slots);
  const [open, setOpen] = useState(() => new Set(sections.filter((s) => openIn(other, s.slots) > 0).slice(0, 1).map((s) => s.key)));
  // A finding leads here with its language and record: that section opens.
  const target = app.screen?.name === 'translation' ? app.screen : {};
  useEffect(() => {
    if (target.language && target.language !== work) setChosen(target.language);
    const section = target.record && sections.find((s) => s.slots.some((slot) => slot.record.id === target.record));
    if (section) setOpen((prev) => new Set([...prev, section.key]));
  }, [target.language, target.record]);
  const toggle = (key, isOpen) => setOpen((prev) => {
    const next = new Set(prev);
    if (isOpen) next.add(key);
    else next.delete(key);
    return next;
  });

  const title = (section) => {
    if (section.kind === 'organisation') return app.t('kind_organisation');
    if (section.kind === 'register') return `${app.t('kind_register')}: ${recordName(app.doc, 'register', section.record, work) || app.t('untitled')}`;
    return app.t(`kind_${section.kind}`);
  };

  return html`<div class="screen translation" data-test="translation-screen">
    <header class="screen-head">
      <h1>${app.t('translation_title')}</h1>
      <p class="lead">${app.t('translation_lead', { from: LANGUAGE_NAMES[work] })}</p>
      <div class="lang-switch" role="group" aria-label=${app.t('translation_other_language')}>
        ${others.map((l) => html`<button
          type="button"
          key=${l}
          class=${l === other ? 'active' : ''}
          aria-pressed=${l === other}
          data-test=${`translate-into-${l}`}
          onClick=${() => setChosen(l)}
        >${LANGUAGE_NAMES[l]} <span class="count-text">${app.t('translation_missing', { n: missingIn(l, all) })}</span>${staleIn(l, all) > 0 && html` <span class="count-text warning-text" data-test=${`translation-stale-count-${l}`}>${app.t('translation_stale', { n: staleIn(l, all) })}</span>`}</button>`)}
      </div>
      <label class="check">
        <input type="checkbox" checked=${onlyMissing} data-test="translation-only-missing" onChange=${(e) => setOnlyMissing(e.currentTarget.checked)} />
        ${app.t('translation_only_open')}
      </label>
    </header>
    ${all.length === 0 && html`<p class="muted">${app.t('translation_empty')}</p>`}
    ${sections.map((section) => {
      const missing = missingIn(other, section.slots);
      const stale = staleIn(other, section.slots);
      const missingWork = missingIn(work, section.slots);
      if (onlyMissing && missing + stale === 0) return null;
      const isOpen = open.has(section.key);
      return html`<details key=${section.key} class="translation-section" open=${isOpen} data-test="translation-section" onToggle=${(e) => toggle(section.key, e.currentTarget.open)}>
        <summary>
          <span class="section-title">${title(section)}</span>
          <span class=${`count-text${missing ? ' warning-text' : ' muted'}`}>${LANGUAGE_NAMES[other]}: ${app.t('translation_missing', { n: missing })}</span>
          ${stale > 0 && html`<span class="count-text warning-text">${app.t('translation_stale', { n: stale })}</span>`}
          ${missingWork > 0 && html`<span class="count-text warning-text">${LANGUAGE_NAMES[work]}: ${app.t('translation_missing', { n: missingWork })}</span>`}
        </summary>
        ${isOpen && section.slots
          .filter((slot) => !onlyMissing || needsWork(slot.value, other))
          .map((slot) => {
            // The field's own id, as in the form: a finding's focus finds it here.
            const id = `f:${slot.record.id}:${slot.path}`;
            const source = slot.value[work] || '';
            const stale = isOutOfDate(slot.value, other);
            return html`<div class=${`translate-row${stale ? ' stale' : ''}`} key=${id} data-stale=${stale ? 'true' : 'false'}>
              <div class="source">
                <div class="muted small">${app.t(`kind_${slot.kind}`)} · ${recordName(app.doc, slot.kind, slot.record, work) || app.t('untitled')}</div>
                <p lang=${work}>${source || html`<span class="muted">${app.t('translation_source_missing', { l: LANGUAGE_NAMES[work] })}</span>`}</p>
              </div>
              <${LocalizedInput}
                id=${id}
                name=${slot.path}
                label=${`${fieldLabel(app, slot.path)} (${LANGUAGE_NAMES[other]})`}
                value=${slot.value}
                languages=${[other]}
                multiline=${source.length > 60 || source.includes('\n')}
                test="translation-input"
                commitLang=${(lang, value) => app.setField(slot.kind, slot.record.id, `${slot.path}.${lang}`, value)}
              />
              ${stale && html`<div class="callout warning row-between" data-test="translation-stale">
                <span>${app.t('translation_stale_note', { l: LANGUAGE_NAMES[work] })}</span>
                <button type="button" class="secondary" data-test="translation-confirm" onClick=${() => app.setField(slot.kind, slot.record.id, `${slot.path}.translated_from.${other}`, confirmedMark(slot.value, (slot.value.translated_from?.[other] || '').split(':')[0] || work))}>${app.t('translation_confirm')}</button>
              </div>`}
            </div>`;
          })}
      </details>`;
    })}
  </div>`;
}
