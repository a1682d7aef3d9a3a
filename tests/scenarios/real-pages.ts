/**
 * The cases of the "real pages" issue (14) that the engine decides, as scenarios written once and
 * run in every engine (issue 16): script kinds (module, nomodule, defer, document.write), cookies on
 * a parent domain and a sub-path, the back/forward cache, and axe on the banner and preferences.
 * Chromium and Firefox run them through Playwright (tests/e2e/engines.spec.ts), WebKitGTK through
 * Selenium (tests/webkit/engines.spec.ts).
 */
import assert from 'node:assert/strict';
import { until, type Driver } from './driver';
import { axeViolations } from './axe';
import { bannerTitle, consent, prefsOpen, ran, ready, reloaded } from './privacy';

const order = (d: Driver) => d.run<string[]>('window.__order.slice()');

/** The shop under /shop/ on a host with two parent domains (tests/scenarios/network.ts serves it). */
const SHOP = 'http://www.shop.consent-gate.test';
/** Cookies of the shop's catalogue (Matomo's `_pk_` prefixes), each in another scope, as trackers set them. */
const SCOPED = [
  '_pk_id.3=x; Domain=shop.consent-gate.test; Path=/shop/cart; Max-Age=3600',
  '_pk_ses.2=x; Domain=.consent-gate.test; Path=/shop/; Max-Age=3600',
  '_pk_ref.1=x; Max-Age=3600', // no Path from /shop/cart/: the default-path directory
];
const pkCookies = async (d: Driver) =>
  (await d.cookies()).filter((c) => c.name.startsWith('_pk_')).map((c) => `${c.name}@${(c.domain ?? '').replace(/^\./, '')}${c.path}`).sort();

export const realPageScenarios: Record<string, (d: Driver) => Promise<void>> = {
  async 'legacy and modern tags: the module runs and not its nomodule fallback, defer after the inline scripts, document.write in place'(d) {
    await d.goto('/test/legacy.html');
    await until('the banner', () => bannerTitle(d));
    await ready(d);
    assert.deepEqual(await order(d), [], 'nothing ran before consent');
    await d.run(`(window.__gateErrors = [], window.ConsentGate.on('error', (e) => window.__gateErrors.push(e.message)), true)`);
    await d.click('button', 'Accept all');
    await until('the gated scripts', async () => (await order(d)).length >= 4);
    await ready(d);
    const done = await order(d);
    assert.deepEqual(done.slice().sort(), ['deferred', 'inline', 'module', 'writer']);
    // As the parser runs them: the scripts that are neither defer nor module first, in page order.
    assert.deepEqual(done.slice(0, 2), ['inline', 'writer']);
    assert.equal(
      await d.run(`performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/legacy/fallback.js')).length`),
      0,
      'the nomodule fallback is not even fetched',
    );
    // And the gate knew the browser would not run it: waiting for its load, it would have reported it after the script timeout.
    assert.deepEqual(await d.run('window.__gateErrors'), [], 'no script reported as failed or timed out');
    // The written markup stands where its script stood, and the page was not replaced.
    assert.deepEqual(
      await d.run(`(() => { const p = document.getElementById('written'); return [p?.parentElement?.id, p?.nextElementSibling?.id, p?.textContent, document.querySelector('h1')?.textContent]; })()`),
      ['slot', 'next', 'written in place', 'A page with legacy tags'],
    );
  },

  async 'cookies on a parent domain and on sub-paths: revoking in the preferences deletes each, the page reloads'(d) {
    await d.goto(`${SHOP}/shop/cart/`);
    await until('the banner', () => bannerTitle(d));
    await d.click('button', 'Accept all');
    await until('the choice', async () => (await consent(d))?.granted.includes('performance'));
    for (const cookie of SCOPED) await d.run(`(document.cookie = ${JSON.stringify(cookie)}, true)`);
    // Matomo's own two (tests/e2e/pages/scopes.html) and the three above.
    const set = await until('the cookies in their scopes', async () => {
      const names = await pkCookies(d);
      return names.length === 5 && names;
    });
    assert.deepEqual(set.filter((c) => !c.includes('.1.a1b2')), [
      '_pk_id.3@shop.consent-gate.test/shop/cart',
      '_pk_ref.1@www.shop.consent-gate.test/shop/cart',
      '_pk_ses.2@consent-gate.test/shop/',
    ]);

    await d.click('link', 'Cookie settings');
    await until('the preferences', () => prefsOpen(d));
    await d.click('button', 'Reject all');
    await reloaded(d);
    await ready(d);
    assert.deepEqual(await pkCookies(d), []);
    assert.equal(await d.run(`document.cookie.includes('_pk_')`), false);
    assert.equal(await d.run('window.__matomo ?? null'), null);
  },

  async 'axe finds no WCAG 2.2 A/AA violation in the banner and the preferences'(d) {
    await d.goto('/test/site.html');
    await until('the banner', () => bannerTitle(d));
    await ready(d);
    assert.deepEqual(await axeViolations(d), []);
    await d.click('button', 'Customize');
    await until('the preferences', () => prefsOpen(d));
    assert.deepEqual(await axeViolations(d), []);
  },
};

/** Two pages that may enter the back/forward cache (the test server's `?cacheable`, scripts/serve.mjs). */
const FIRST = '/test/site.html?cacheable';
const SECOND = '/test/site.html?cacheable&second';

/** Marks the page, goes back, and waits until the marked document is shown again from the cache. */
async function backFromCache(d: Driver): Promise<void> {
  // A restore fires no load event, which some drivers wait for: the page goes back by itself.
  await d.run(`(setTimeout(() => history.back()), true)`);
  await until('the page restored from the back/forward cache', () => d.run<boolean>('window.__restored === true'));
}
/**
 * Run in a page before leaving it: marks that document, so a new one can be told from it when the history
 * comes back (`window.__restored` once it is shown again from the cache).
 */
export const MARK_LEAVING = `(window.__left = true, addEventListener('pageshow', (event) => event.persisted && (window.__restored = true)), true)`;
/**
 * True in a new document of the first page, loaded and started: reloaded after a restore, or loaded afresh where
 * the browser kept no cached copy. The navigation type cannot tell: Firefox may report "back_forward" for a
 * document it restored, which the loader then reloads under the test's feet. A restored document keeps the mark.
 */
export const FRESH_FIRST_PAGE = `location.search === '?cacheable' && !window.__left && document.readyState === 'complete' && !!window.ConsentGate`;

/**
 * Pages restored from the back/forward cache run no script again, so what the loader read at
 * start may be stale. Playwright's Chromium has the cache off unless told otherwise
 * (tests/e2e/engines.spec.ts turns it on for these).
 */
export const cacheScenarios: Record<string, (d: Driver) => Promise<void>> = {
  async 'back/forward cache: a banner answered on another page closes when the page comes back, and what was granted runs'(d) {
    await d.goto(FIRST);
    await until('the banner', () => bannerTitle(d));
    await ready(d);
    await d.run(MARK_LEAVING);
    await d.goto(SECOND);
    await until('the banner', () => bannerTitle(d));
    await d.click('button', 'Accept all');
    await until('the choice', () => consent(d));
    await backFromCache(d);
    await until('the banner to close', async () => (await bannerTitle(d)) === null);
    await until('the granted tags', async () => (await ran(d))?.length === 2);
    assert.deepEqual((await ran(d))!.slice().sort(), ['fbevents.js', 'gtag.js']);
  },

  async 'back/forward cache: a page restored after a revocation elsewhere reloads instead of keeping its trackers running'(d) {
    await d.goto(FIRST);
    await until('the banner', () => bannerTitle(d));
    await d.click('button', 'Accept all');
    await until('the tags', async () => (await ran(d))?.length === 2);
    await d.run(MARK_LEAVING);
    await d.goto(SECOND);
    await ready(d);
    await d.click('link', 'Cookie settings');
    await until('the preferences', () => prefsOpen(d));
    await d.click('button', 'Reject all');
    await reloaded(d);
    await d.run(`(setTimeout(() => history.back()), true)`);
    // Restored with the Pixel and Analytics running, then reloaded by the loader: a new document that runs neither.
    await until('the first page, reloaded', () => d.run<boolean>(FRESH_FIRST_PAGE));
    await ready(d);
    assert.equal(await ran(d), null);
    assert.deepEqual((await consent(d))?.granted, ['strictly-necessary']);
  },
};
