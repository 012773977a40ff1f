// The accessibility check of the HTML privacy notices: opens each page given
// on the command line in headless Chromium (through Debian's chromedriver and
// the e2e test's WebDriver client), runs axe-core on it, and fails on any
// violation of serious or critical impact. Prints `a11y: N pages, M violations`.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session, waitForServer } from '../e2e/webdriver.mjs';

const base = process.env.CHROMEDRIVER_URL || 'http://127.0.0.1:9515';
const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('a11y: no pages given');
  process.exit(2);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

await waitForServer(base);
const session = await Session.open(base, {
  browserName: 'chrome',
  'goog:chromeOptions': {
    binary: '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--window-size=1280,800',
    ],
  },
});

let failures = 0;
try {
  for (const page of pages) {
    await session.cmd('POST', '/url', { url: pathToFileURL(resolve(page)).href });
    const violations = await session.script(
      `${axeSource}
       return axe.run(document, { resultTypes: ['violations'] }).then((r) =>
         r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })));`,
    );
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of violations) {
      console.log(`${page}: ${v.impact} ${v.id} (${v.nodes}): ${v.help}`);
    }
    failures += serious.length;
  }
} finally {
  await session.end();
}
console.log(`a11y: ${pages.length} pages, ${failures} serious or critical violations`);
process.exit(failures === 0 ? 0 : 1);
