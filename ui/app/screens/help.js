// Help: the user guide (Help → User guide, F1) and the About box, both drawn
// from text shipped with the app; nothing here reaches the network.

import { html } from '../vendor/preact-htm.js';
import { useApp, Modal } from '../components.js';
import { guideIn } from '../guide.js';

export function GuideDialog() {
  const app = useApp();
  const guide = guideIn(app.lang);
  return html`<${Modal} title=${guide.title} wide test="guide" onClose=${app.closeModal}>
    <div class="guide" lang=${app.lang}>
      ${guide.sections.map((section) => html`<section key=${section.id} data-test=${`guide-${section.id}`}>
        <h3>${section.heading}</h3>
        ${(section.paragraphs || []).map((paragraph) => html`<p>${paragraph}</p>`)}
        ${section.keys && html`<table class="keys">
          <tbody>
            ${section.keys.map(([keys, meaning]) => html`<tr key=${keys}><th scope="row"><kbd>${keys}</kbd></th><td>${meaning}</td></tr>`)}
          </tbody>
        </table>`}
      </section>`)}
    </div>
  </${Modal}>`;
}

export function AboutDialog({ version }) {
  const app = useApp();
  return html`<${Modal} title=${app.t('about_title')} test="about" onClose=${app.closeModal}>
    <div class="about">
      <img src="icon.png" alt="" width="48" height="48" />
      <p><strong>${app.t('app_name')}</strong> <span data-test="about-version">${version}</span></p>
      <p>${app.t('about_lead')}</p>
      <p class="muted">${app.t('about_licence')}</p>
    </div>
  </${Modal}>`;
}
