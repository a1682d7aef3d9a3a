/**
 * What a scenario needs from a browser, written once for every engine: the Playwright projects
 * (Chromium, Firefox) and the Selenium driver for WebKitGTK each implement it
 * (tests/e2e/engines.spec.ts, tests/webkit/engines.spec.ts).
 */
export type Role = 'button' | 'link' | 'switch';

export interface Cookie {
  name: string;
  value: string;
  /** As the driver reports it: a leading dot for a cookie set with Domain (Playwright), or not (WebDriver). */
  domain?: string;
  path?: string;
}

export interface Driver {
  /** 'chromium', 'firefox' or 'webkit'. */
  engine: string;
  /** A path on the test server, or an absolute URL. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates an expression in the page; a promise is awaited. */
  run<T>(expression: string): Promise<T>;
  /** Clicks the control with that role and accessible name (in the page or in an open shadow root). */
  click(role: Role, name: string): Promise<void>;
  /** Presses Tab once, as the visitor's keyboard does. */
  tab(): Promise<void>;
  /** The cookies the browser holds for the current page, as the driver sees them (not document.cookie). */
  cookies(): Promise<Cookie[]>;
  /** Every request that reached a tracker host since the scenario began, in order (live: may be emptied). */
  trackerRequests: string[];
  /** A viewport screenshot, written to test-results/screenshots/<engine>-<name>.png. */
  screenshot(name: string): Promise<void>;
}

/** Polls until `check` gives a truthy value (a shared 2-core machine: generous, never a fixed sleep). */
export async function until<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error; // e.g. an evaluation cut off by a navigation: not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * Finds a control by role and accessible name in the document and every open shadow root, for
 * drivers without role locators (Selenium). Names: aria-label, else the text of aria-labelledby
 * (looked up in the control's own root), else the text. Returns the first visible match.
 */
export const FIND_CONTROL = `(role, name) => {
  const selectors = { button: 'button, [role="button"]', link: 'a[href]', switch: '[role="switch"]' };
  const nameOf = (el) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label').trim();
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\\s+/).map((id) => el.getRootNode().getElementById?.(id)?.textContent ?? '').join(' ').trim();
    return el.textContent.replace(/\\s+/g, ' ').trim();
  };
  const visible = (el) => el.getClientRects().length > 0 || el.getAttribute('role') === 'switch';
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  for (const root of roots) {
    for (const el of root.querySelectorAll(selectors[role])) if (nameOf(el) === name && visible(el)) return el;
  }
  return null;
}`;

/** The accessible name (or id) of what has focus, seen through shadow roots; 'body' when nothing in the page has it. */
export const FOCUSED = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return 'body';
  return el.getAttribute('aria-label') || el.id || el.textContent.trim() || el.tagName;
})()`;
