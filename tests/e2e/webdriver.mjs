// A minimal W3C WebDriver client over Node's built-in fetch: just what the
// end-to-end test needs to drive Kirjuri's window through tauri-driver.
// No dependencies, so the test installs nothing and runs offline.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
export const KEYS = { tab: '\uE004', enter: '\uE007', escape: '\uE00C', shift: '\uE008', control: '\uE009', alt: '\uE00A', arrowUp: '\uE013', arrowDown: '\uE015' };

export class WebDriverError extends Error {}

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const v = json.value || {};
    throw new WebDriverError(`${method} ${path}: ${v.error || response.status} ${v.message || ''}`.trim());
  }
  return json.value;
}

export async function waitForServer(base, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const status = await call(base, 'GET', '/status');
      if (status) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new WebDriverError(`no WebDriver server at ${base}`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class Session {
  static start(base, application, args = []) {
    return Session.open(base, { 'tauri:options': { application, args } });
  }

  static async open(base, capabilities) {
    const value = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId);
  }

  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async end() {
    await this.cmd('DELETE', '').catch(() => {});
  }

  async find(css) {
    const found = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return found[ELEMENT];
  }

  async findAll(css) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return found.map((e) => e[ELEMENT]);
  }

  /// Waits until `css` matches a displayed element and returns it.
  async wait(css, timeoutMs = 8000) {
    const until = Date.now() + timeoutMs;
    let last;
    while (Date.now() < until) {
      try {
        const id = await this.find(css);
        if (await this.cmd('GET', `/element/${id}/displayed`)) return id;
      } catch (e) {
        last = e;
      }
      await sleep(100);
    }
    throw new WebDriverError(`timed out waiting for ${css}${last ? ` (${last.message})` : ''}`);
  }

  /// Waits until `predicate()` (async) is true.
  async until(what, predicate, timeoutMs = 8000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (await predicate().catch(() => false)) return;
      await sleep(100);
    }
    throw new WebDriverError(`timed out waiting for ${what}`);
  }

  async click(css) {
    const id = await this.wait(css);
    await this.cmd('POST', `/element/${id}/click`, {});
    return id;
  }

  /// Types into a field and leaves it with Tab, which saves it. As a person
  /// does, the cursor is in the field before the first key: WebKitWebDriver
  /// may otherwise deliver a key while focus is still moving (to the field,
  /// or by the app to a field it just added), and that key is lost.
  async type(css, text, { leave = true } = {}) {
    const id = await this.wait(css);
    const element = { [ELEMENT]: id };
    if (await this.script('return arguments[0].value !== ""', [element])) {
      await this.cmd('POST', `/element/${id}/clear`, {});
    }
    // Focus again on every look: a dialog that has just opened may still
    // move the focus to its first control, as it does for a person.
    await this.until('the cursor in the field', () => this.script('arguments[0].focus(); return document.activeElement === arguments[0]', [element]), 3000);
    await sleep(50);
    await this.cmd('POST', `/element/${id}/value`, { text: leave ? text + KEYS.tab : text });
    return id;
  }

  async keys(css, text) {
    const id = await this.wait(css);
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  /// Picks an option of a <select> by value, as a user would (the change event fires).
  async select(css, value) {
    const id = await this.wait(css);
    const changed = await this.script(
      `const el = arguments[0];
       if (![...el.options].some((o) => o.value === arguments[1])) return false;
       el.focus(); el.value = arguments[1];
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));
       return true;`,
      [{ [ELEMENT]: id }, value],
    );
    if (!changed) throw new WebDriverError(`${css} has no option ${value}`);
  }

  /// Presses keys on whatever has focus: `press(KEYS.control, 'z')` is Ctrl+Z.
  async press(...keys) {
    const actions = [
      ...keys.map((value) => ({ type: 'keyDown', value })),
      ...[...keys].reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions').catch(() => {});
  }

  async text(css) {
    const id = await this.wait(css);
    return this.cmd('GET', `/element/${id}/text`);
  }

  async property(css, name) {
    const id = await this.wait(css);
    return this.cmd('GET', `/element/${id}/property/${name}`);
  }

  script(source, args = []) {
    return this.cmd('POST', '/execute/sync', { script: source, args });
  }

  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }
}
