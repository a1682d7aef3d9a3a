/**
 * What a visitor's privacy depends on, as scenarios written once and run in every engine
 * (issue 16): Chromium and Firefox through Playwright (tests/e2e/engines.spec.ts), WebKitGTK
 * through Selenium (tests/webkit/engines.spec.ts). Each takes a Driver and throws on a fault.
 */
import assert from 'node:assert/strict';
import { FOCUSED, until, type Driver } from './driver';

const SITE = '/test/site.html';
const TRACKER_COOKIES = ['_fbp', '_ga', '_ga_TEST'];

/** The banner's title when it shows, else null. */
export const bannerTitle = (d: Driver) =>
  d.run<string | null>(`(() => {
    const section = document.querySelector('[data-consent-gate-root]')?.shadowRoot?.querySelector('section.banner');
    return section && section.getClientRects().length ? section.querySelector('#cg-banner-title')?.textContent ?? '' : null;
  })()`);
export const prefsOpen = (d: Driver) => d.run<boolean>(`!!document.querySelector('[data-consent-gate-root]')?.shadowRoot?.querySelector('dialog[open]')`);
export const ready = (d: Driver) => d.run<boolean>('window.ConsentGate.ready.then(() => window.ConsentGate.settled()).then(() => true)');
export const ran = (d: Driver) => d.run<string[] | null>('window.__trackers ?? null');
export const consent = (d: Driver) => d.run<{ id: string; granted: string[] } | null>('window.ConsentGate.getConsent()');
const trackerCookies = async (d: Driver) => (await d.cookies()).filter((c) => TRACKER_COOKIES.includes(c.name)).map((c) => c.name).sort();
const hosts = (d: Driver) => d.trackerRequests.map((u) => new URL(u).host + new URL(u).pathname).sort();
/** Waits for the document to be a new one, after a reload the page did itself. */
export const reloaded = (d: Driver) => until('the page to reload', () => d.run<boolean>(`performance.getEntriesByType('navigation')[0].type === 'reload' && document.readyState === 'complete' && !!window.ConsentGate`));

export const scenarios: Record<string, (d: Driver) => Promise<void>> = {
  async 'fresh visit: banner visible and keyboard-reachable, no tracker request or cookie before a choice; screenshots'(d) {
    await d.goto(SITE);
    assert.equal(await until('the banner', () => bannerTitle(d)), 'Your privacy, your choice');
    await ready(d);
    // The banner takes no focus; Tab reaches its controls before the page's own.
    assert.equal(await d.run(FOCUSED), 'body');
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await d.tab();
      order.push(await d.run<string>(FOCUSED));
    }
    assert.deepEqual(order, ['Privacy policy', 'Accept all', 'Reject all', 'Customize']);
    assert.deepEqual(d.trackerRequests, []);
    assert.deepEqual(await trackerCookies(d), []);
    assert.equal(await ran(d), null);
    assert.equal(await d.run('typeof window.fbq'), 'undefined');
    await d.screenshot('first-layer');
    await d.click('button', 'Customize');
    await until('the preferences', () => prefsOpen(d));
    await d.screenshot('preferences');
    assert.deepEqual(d.trackerRequests, []);
  },

  async 'accept all: gated tags run once, in order; the consent cookie is read back after a reload'(d) {
    await d.goto(SITE);
    await until('the banner', () => bannerTitle(d));
    await d.click('button', 'Accept all');
    await until('the tags', async () => (await ran(d))?.length === 2);
    await until('the trackers to set their cookies', async () => (await trackerCookies(d)).length === 3);
    assert.deepEqual((await ran(d))!.slice().sort(), ['fbevents.js', 'gtag.js']);
    await until('the hits', async () => hosts(d).length === 4);
    assert.deepEqual(hosts(d), ['connect.facebook.net/en_US/fbevents.js', 'www.facebook.com/tr', 'www.google-analytics.com/g/collect', 'www.googletagmanager.com/gtag/js']);
    // The Consent Mode default and update come before the gated inline config's own commands, in page order.
    assert.deepEqual(await d.run(`dataLayer.map((entry) => entry[0] ?? entry.event)`), ['consent', 'consent', 'consent_gate_update', 'js', 'config']);
    assert.equal(await bannerTitle(d), null);
    const stored = (await d.cookies()).find((c) => c.name === 'cg_consent');
    assert.deepEqual(JSON.parse(decodeURIComponent(stored!.value)).granted, ['strictly-necessary', 'performance', 'targeting']);
    const id = (await consent(d))!.id;

    d.trackerRequests.length = 0;
    await d.reload();
    await ready(d);
    assert.equal((await consent(d))?.id, id);
    assert.equal(await bannerTitle(d), null);
    await until('the tags after the reload', async () => (await ran(d))?.length === 2);
    assert.deepEqual((await d.cookies()).find((c) => c.name === 'cg_consent')?.value, stored!.value);
    assert.equal(d.trackerRequests.filter((u) => u.includes('/gtag/js')).length, 1);
    assert.equal(d.trackerRequests.filter((u) => u.includes('fbevents.js')).length, 1);
  },

  async 'reject all, then revocation in the preferences: nothing optional runs, catalogue cookies deleted (a sub-path one too), reload'(d) {
    await d.goto(SITE);
    await until('the banner', () => bannerTitle(d));
    await d.click('button', 'Reject all');
    await until('the choice', async () => (await consent(d))?.granted.join() === 'strictly-necessary');
    await ready(d);
    assert.equal(await bannerTitle(d), null);
    assert.deepEqual(d.trackerRequests, []);
    assert.deepEqual(await trackerCookies(d), []);
    assert.equal(await ran(d), null);

    // Changing one's mind: both categories on in the preferences, then off again.
    await d.click('link', 'Cookie settings');
    await until('the preferences', () => prefsOpen(d));
    await d.click('switch', 'Performance and analytics');
    await d.click('switch', 'Targeting and advertising');
    await d.click('button', 'Save choices');
    await until('the trackers to set their cookies', async () => (await trackerCookies(d)).length === 3);
    // The same name in another scope: a tool that sets its cookie on the page's directory (Matomo's setCookiePath).
    await d.run(`(document.cookie = '_ga=sub; path=/test; max-age=3600', true)`);
    await until('the sub-path cookie', async () => (await trackerCookies(d)).length === 4);

    await d.click('link', 'Cookie settings');
    await until('the preferences', () => prefsOpen(d));
    await d.click('switch', 'Performance and analytics');
    await d.click('switch', 'Targeting and advertising');
    d.trackerRequests.length = 0;
    await d.click('button', 'Save choices');
    await reloaded(d);
    await ready(d);
    assert.deepEqual(await trackerCookies(d), []);
    assert.deepEqual((await consent(d))?.granted, ['strictly-necessary']);
    assert.equal(await ran(d), null);
    assert.deepEqual(d.trackerRequests, []);
  },

  async 're-consent on a new revision: the banner asks again and nothing is granted meanwhile'(d) {
    await d.goto('/test/inline.html');
    await until('the banner', () => bannerTitle(d));
    const old = { version: 1, id: 'a'.repeat(32), revision: 6, decidedAt: new Date().toISOString(), granted: ['strictly-necessary', 'performance', 'targeting'] };
    await d.run(`document.cookie = 'cg_consent=' + encodeURIComponent(${JSON.stringify(JSON.stringify(old))}) + '; path=/; max-age=3600'`);
    // inline.html is at revision 7: the stored choice (revision 6) no longer holds.
    await d.reload();
    assert.equal(await until('the banner', () => bannerTitle(d)), 'Cookies on this shop');
    await ready(d);
    assert.equal(await consent(d), null);
    assert.deepEqual(d.trackerRequests, []);
  },

  async 'Global Privacy Control: the banner says it is honoured; asked again, an earlier grant of targeting is not carried over, the rest is'(d) {
    await d.goto('/test/gpc.html');
    await until('the banner', () => bannerTitle(d));
    assert.match(await d.run<string>(`document.querySelector('[data-consent-gate-root]').shadowRoot.querySelector('section.banner').textContent`), /Global Privacy Control signal, so targeting stays off/);
    // A choice made 400 days ago (past the 6-month lifetime) that granted performance and targeting: the visitor is asked
    // again and the preferences start from it, except targeting, which GPC refuses (without GPC it would start on).
    const decidedAt = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const old = { version: 1, id: 'b'.repeat(32), revision: 1, decidedAt, granted: ['strictly-necessary', 'performance', 'targeting'] };
    await d.run(`document.cookie = 'cg_consent=' + encodeURIComponent(${JSON.stringify(JSON.stringify(old))}) + '; path=/; max-age=3600'`);
    await d.reload();
    await until('the banner', () => bannerTitle(d));
    await ready(d);
    assert.equal(await consent(d), null);
    await d.click('button', 'Customize');
    await until('the preferences', () => prefsOpen(d));
    await d.click('button', 'Save choices');
    await until('the choice', () => consent(d));
    assert.deepEqual((await consent(d))!.granted, ['strictly-necessary', 'performance']);
    await until('Google Analytics', async () => (await ran(d))?.includes('gtag.js'));
    await ready(d);
    assert.deepEqual(d.trackerRequests.filter((u) => /facebook/.test(u)), []);
  },

  async 'a gated iframe stays behind its cover until allowed in place'(d) {
    await d.goto('/test/covered.html');
    await until('the cover', () => d.run<boolean>(`!!document.querySelector('[data-consent-gate-cover]')?.getClientRects().length`));
    assert.equal(await d.run(`document.querySelector('iframe[data-category]').getAttribute('src')`), null);
    await d.click('button', 'Allow and show');
    await until('the video', async () => (await d.run(`document.querySelector('iframe[data-category]').getAttribute('src')`)) === '/test/video.html');
    assert.deepEqual((await consent(d))?.granted, ['strictly-necessary', 'targeting']);
    assert.equal(await d.run(`document.querySelectorAll('[data-consent-gate-cover]').length`), 0);
  },

  async 'a "Cookie settings" link inside a shadow root opens the preferences and is not followed'(d) {
    await d.goto('/test/components.html');
    await until('the banner', () => bannerTitle(d));
    await d.click('link', 'Cookie settings');
    await until('the preferences', () => prefsOpen(d));
    assert.equal(await d.run('location.hash'), '');
  },
};
