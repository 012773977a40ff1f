// @ts-check
// The privacy notice beside the register's form: the page `kirjuri export
// html` writes (the same content blocks as the PDF), asked for again after
// every change and shown in a shadow root with the page's own styles. It
// scrolls to the section of the field being edited; a click on a section
// leads to the tab where it is written.

import { html, useState, useLayoutEffect, useRef } from '../vendor/preact-htm.js';
import { invoke } from '../api.js';
import { useApp, workingLanguage } from '../components.js';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n.js';
import { NOTICE_SECTION_PLACE } from '../places.js';

/// The preview pane fits a narrower column than a web page.
const PANE_STYLE = 'body{font-size:14px}main{padding:1rem 1rem 2rem}h1{font-size:1.5rem}h2[id]{cursor:pointer}h2[id]:hover{text-decoration:underline}';

/// The section a click landed in: the nearest numbered heading at or before it.
function sectionOf(target) {
  let node = target;
  while (node && node.parentElement && node.parentElement.tagName !== 'MAIN') node = node.parentElement;
  for (let at = node; at; at = at.previousElementSibling) {
    const match = /^section-(\d+)$/.exec(at.id || '');
    if (match) return Number(match[1]);
  }
  return null;
}

/// Scrolls the preview pane `pane` so that section `number` of the page in
/// `host`'s shadow root is at its top (0: the page's top).
function showSection(pane, host, number) {
  const heading = number > 0 && host.shadowRoot?.getElementById(`section-${number}`);
  if (number > 0 && !heading) return;
  const top = number > 0 ? pane.scrollTop + heading.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8 : 0;
  pane.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
}

/// `section`: the notice's section of the field being edited (null: none).
export function NoticePreview({ registerId, section }) {
  const app = useApp();
  const host = useRef(null);
  const pane = useRef(null);
  const [drawn, setDrawn] = useState(0);
  const [language, setLanguage] = useState(null);
  const shown = language || workingLanguage(app);
  const [failed, setFailed] = useState(null);

  // Every change of the document (or of the language) asks for the page
  // again, at once after the form is drawn (an effect after paint would ask
  // a frame or two later).
  useLayoutEffect(() => {
    let current = true;
    invoke('preview_notice', { register: registerId, language: shown }).then(
      (page) => {
        if (!current || !host.current) return;
        const root = host.current.shadowRoot || host.current.attachShadow({ mode: 'open' });
        const parsed = new DOMParser().parseFromString(page, 'text/html');
        const own = new CSSStyleSheet();
        own.replaceSync(parsed.querySelector('style')?.textContent || '');
        const pane = new CSSStyleSheet();
        pane.replaceSync(PANE_STYLE);
        root.adoptedStyleSheets = [own, pane];
        root.replaceChildren(document.importNode(parsed.body, true));
        host.current.dataset.updated = String(Date.now());
        setDrawn((n) => n + 1);
        setFailed(null);
      },
      (e) => current && setFailed(e),
    );
    return () => {
      current = false;
    };
  }, [app.doc, registerId, shown]);

  // The section of the field being edited, again after each new page.
  useLayoutEffect(() => {
    if (section === null || section === undefined || !pane.current || !host.current) return;
    showSection(pane.current, host.current, section);
  }, [section, drawn]);

  const onClick = (e) => {
    const number = sectionOf(e.composedPath()[0]);
    const place = number && NOTICE_SECTION_PLACE[number];
    if (!place) return;
    if (place.screen) app.nav({ name: place.screen });
    else app.nav({ name: 'register', id: registerId, tab: place.tab });
  };

  return html`<aside class="preview" ref=${pane} aria-label=${app.t('preview_title')} data-test="notice-preview" data-section=${section ?? ''}>
    <header class="preview-head">
      <h2>${app.t('preview_title')}</h2>
      <label for="preview-language" class="visually-hidden">${app.t('document_language')}</label>
      <select id="preview-language" value=${shown} data-test="preview-language" onChange=${(e) => setLanguage(e.currentTarget.value)}>
        ${LANGUAGES.map((l) => html`<option key=${l} value=${l}>${LANGUAGE_NAMES[l]}</option>`)}
      </select>
    </header>
    <p class="hint">${app.t('preview_hint')}</p>
    ${failed && html`<p class="error-text" role="alert">${app.t('preview_failed')}: ${failed.message || failed.code}</p>`}
    <div class="preview-page" ref=${host} data-test="preview-page" onClick=${onClick}></div>
  </aside>`;
}
