/**
 * A cookie is a name, a domain and a path (../shared/STANDARDS.md, "Cookie
 * clearing"): what the browser decides about scopes is only seen in a real
 * browser. The shop lives under /shop/ on www.shop.consent-gate.test, so that
 * shop.consent-gate.test and consent-gate.test are real parent domains
 * (tests/e2e/fixtures.ts serves them all from the local server).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BASE_URL } from './server';
import { SHOP_PAGE, banner, expect, test, networkQuiet } from './fixtures';

const HTTP_SHOP = 'http://www.shop.consent-gate.test';
const HTTPS_SHOP = 'https://www.shop.consent-gate.test';
const WAIT = { timeout: 15_000 };

/** Every cookie the browser holds, as name@domain+path, sorted. */
async function jar(page: Page): Promise<string[]> {
  return (await page.context().cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();
}
const named = async (page: Page, prefix: string) => (await jar(page)).filter((c) => c.startsWith(prefix));

/**
 * Waits for the loader's API to exist and its start to be over (catalogue read, stored choice applied):
 * until then getConsent() is null for a returning visitor too, which a loaded machine makes visible.
 */
async function started(page: Page) {
  await page.waitForFunction(() => (window as unknown as { ConsentGate?: { ready?: unknown } }).ConsentGate?.ready, undefined, WAIT);
  await page.evaluate(() => (window as unknown as { ConsentGate: { ready: Promise<unknown> } }).ConsentGate.ready);
}

/** Grants everything through the API and waits for the consent cookie to hold it. */
async function acceptAll(page: Page) {
  await started(page);
  await page.evaluate(() => (window as unknown as { ConsentGate: { acceptAll(): Promise<void> } }).ConsentGate.acceptAll());
  await expect.poll(() => named(page, 'cg_consent@'), WAIT).not.toEqual([]);
}

/** Takes everything back through the API; the page reloads (reloadOnRevoke). */
async function rejectAll(page: Page) {
  const reloaded = page.waitForEvent('load', WAIT);
  await page.evaluate(() => void (window as unknown as { ConsentGate: { rejectAll(): Promise<void> } }).ConsentGate.rejectAll());
  await reloaded;
  await started(page);
}

test('Matomo on /shop (setCookiePath): accepting then rejecting all deletes both _pk_ cookies', async ({ page }) => {
  await page.goto(`${HTTP_SHOP}/shop/`);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => named(page, '_pk_'), WAIT).toEqual([
    '_pk_id.1.a1b2@www.shop.consent-gate.test/shop',
    '_pk_ses.1.a1b2@www.shop.consent-gate.test/shop',
  ]);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const reloaded = page.waitForEvent('load', WAIT);
  await page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click();
  await reloaded;
  await started(page);
  await expect.poll(() => named(page, '_pk_'), WAIT).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __matomo?: boolean }).__matomo)).toBeUndefined();
});

/**
 * Each row: a cookie of the performance category in one scope, set by the page
 * at `at` (a tracker's own `document.cookie` write), and revoked from `at`.
 */
const SCOPES: { title: string; origin: string; at: string; set: string; cookie: string }[] = [
  {
    title: 'set without Path from a deep page: the default-path directory',
    origin: HTTP_SHOP, at: '/shop/cart/item.html', set: '_pk_ref.1=x; Max-Age=3600', cookie: '_pk_ref.1@www.shop.consent-gate.test/shop/cart',
  },
  {
    title: 'on the directory with a trailing slash',
    origin: HTTP_SHOP, at: '/shop/cart/', set: '_pk_ref.2=x; Path=/shop/cart/; Max-Age=3600', cookie: '_pk_ref.2@www.shop.consent-gate.test/shop/cart/',
  },
  {
    title: 'on the page\'s own full path',
    origin: HTTP_SHOP, at: '/shop/cart/item.html', set: '_pk_ref.3=x; Path=/shop/cart/item.html; Max-Age=3600', cookie: '_pk_ref.3@www.shop.consent-gate.test/shop/cart/item.html',
  },
  {
    title: 'on .host (Domain=the host itself) under a sub-path',
    origin: HTTP_SHOP, at: '/shop/', set: '_pk_id.2=x; Domain=www.shop.consent-gate.test; Path=/shop; Max-Age=3600', cookie: '_pk_id.2@.www.shop.consent-gate.test/shop',
  },
  {
    title: 'on the parent domain under a sub-path',
    origin: HTTP_SHOP, at: '/shop/cart/', set: '_pk_id.3=x; Domain=shop.consent-gate.test; Path=/shop/cart; Max-Age=3600', cookie: '_pk_id.3@.shop.consent-gate.test/shop/cart',
  },
  {
    title: 'on the registrable domain with a leading dot, under a sub-path',
    origin: HTTP_SHOP, at: '/shop/', set: '_pk_ses.2=x; Domain=.consent-gate.test; Path=/shop/; Max-Age=3600', cookie: '_pk_ses.2@.consent-gate.test/shop/',
  },
  {
    title: 'a Secure cookie whose name the browser keeps only with Secure (__Secure-)',
    origin: HTTPS_SHOP, at: '/shop/', set: '__Secure-pk_a=x; Secure; Path=/; Max-Age=3600', cookie: '__Secure-pk_a@www.shop.consent-gate.test/',
  },
  {
    title: 'a Secure cookie on the registrable domain under a sub-path',
    origin: HTTPS_SHOP, at: '/shop/cart/', set: '_pk_id.4=x; Secure; Domain=consent-gate.test; Path=/shop; Max-Age=3600', cookie: '_pk_id.4@.consent-gate.test/shop',
  },
];

for (const { title, origin, at, set, cookie } of SCOPES) {
  test(`revoking deletes a listed cookie ${title}`, async ({ page }) => {
    await page.goto(`${origin}${at}`);
    await acceptAll(page);
    await page.evaluate((text) => (document.cookie = text), set);
    await expect.poll(() => jar(page), WAIT).toContain(cookie);
    await rejectAll(page);
    await expect.poll(() => jar(page), WAIT).not.toContain(cookie);
  });
}

test('revoking deletes partitioned (CHIPS) cookies, host-only and on the registrable domain, beside unpartitioned ones of the same name', async ({ page }) => {
  await page.goto(`${HTTPS_SHOP}/shop/cart/`);
  await acceptAll(page);
  const names = () => page.evaluate(() => document.cookie.split('; ').filter((c) => /^(_pk_id\.7|_pk_ses\.7|_fbp)=/.test(c)).sort());
  await page.evaluate(() => {
    document.cookie = '_pk_id.7=part; Secure; SameSite=None; Partitioned; Path=/; Max-Age=3600';
    document.cookie = '_pk_ses.7=part; Secure; SameSite=None; Partitioned; Domain=consent-gate.test; Path=/shop; Max-Age=3600';
    document.cookie = '_fbp=part; Secure; SameSite=None; Partitioned; Path=/; Max-Age=3600';
    document.cookie = '_fbp=plain; Secure; Path=/; Max-Age=3600';
  });
  // Chromium and Firefox keep the partitioned _fbp beside the plain one; WebKit has no partitioned jar.
  await expect.poll(names, WAIT).toEqual(expect.arrayContaining(['_pk_id.7=part', '_pk_ses.7=part', '_fbp=part']));
  await rejectAll(page);
  await expect.poll(names, WAIT).toEqual([]);
});

test('revoking deletes a listed cookie on the path its catalogue row declares, though this page cannot see it', async ({ page }) => {
  await page.goto(`${HTTP_SHOP}/shop/checkout/`);
  await acceptAll(page);
  await page.evaluate(() => (document.cookie = '_pk_cvar=x; Path=/shop/checkout; Max-Age=3600'));
  await page.goto(`${HTTP_SHOP}/shop/`);
  expect(await page.evaluate(() => document.cookie)).not.toContain('_pk_cvar');
  expect(await jar(page)).toContain('_pk_cvar@www.shop.consent-gate.test/shop/checkout');
  await rejectAll(page);
  await expect.poll(() => jar(page), WAIT).not.toContain('_pk_cvar@www.shop.consent-gate.test/shop/checkout');
});

/** The shop's page with the loader's attributes changed, as the site owner would edit them. */
async function withLoaderAttribute(page: Page, attribute: string) {
  await page.route(/\/shop\//, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch({ url: `${BASE_URL}${SHOP_PAGE}` });
    const body = (await response.text()).replace('data-catalog=', `${attribute} data-catalog=`);
    await route.fulfill({ response, body });
  });
}

const fbeventsLoaded = (requests: string[]) => requests.some((u) => u.includes('fbevents.js'));

test('after the site moves the consent cookie to the parent domain, taking targeting back holds: one consent cookie, no Pixel', async ({ page, trackers }) => {
  await page.goto(`${HTTP_SHOP}/shop/`);
  await acceptAll(page);
  expect(await named(page, 'cg_consent@')).toEqual(['cg_consent@www.shop.consent-gate.test/']);

  await withLoaderAttribute(page, 'data-cookie-domain=".shop.consent-gate.test"');
  await page.reload();
  await started(page);
  await expect.poll(() => fbeventsLoaded(trackers.requests), WAIT).toBe(true);
  const reloaded = page.waitForEvent('load', WAIT);
  await page.evaluate(() => void (window as unknown as { ConsentGate: { acceptCategories(c: string[]): Promise<void> } }).ConsentGate.acceptCategories(['performance']));
  await reloaded;
  await started(page);
  expect(await named(page, 'cg_consent@')).toEqual(['cg_consent@.shop.consent-gate.test/']);

  trackers.requests.length = 0;
  await page.reload();
  await started(page);
  await networkQuiet(page);
  expect(await page.evaluate(() => (window as unknown as { ConsentGate: { getConsent(): { granted: string[] } } }).ConsentGate.getConsent().granted)).toEqual([
    'strictly-necessary',
    'performance',
  ]);
  expect(fbeventsLoaded(trackers.requests)).toBe(false);
});

test('and back: removing data-cookie-domain leaves only the host-only consent cookie', async ({ page }) => {
  await withLoaderAttribute(page, 'data-cookie-domain=".consent-gate.test"');
  await page.goto(`${HTTPS_SHOP}/shop/`);
  await acceptAll(page);
  expect(await named(page, 'cg_consent@')).toEqual(['cg_consent@.consent-gate.test/']);
  await page.unrouteAll();
  await page.reload();
  await started(page);
  await rejectAll(page);
  expect(await named(page, 'cg_consent@')).toEqual(['cg_consent@www.shop.consent-gate.test/']);
});

/** A record as the SDK writes it, URI-encoded. */
const record = (decidedAt: string, granted: string[]) =>
  encodeURIComponent(JSON.stringify({ version: 1, id: '0123456789abcdef0123456789abcdef', revision: 1, decidedAt, granted, services: granted.includes('targeting') ? ['matomo', 'meta-pixel'] : [] }));

test('two consent cookies: the newer refusal wins over an older grant the browser lists first (more specific path)', async ({ page, context, trackers }) => {
  const now = Date.now();
  await context.addCookies([
    // An older "Accept all" on /shop, listed first by the browser on /shop/ pages.
    { name: 'cg_consent', value: record(new Date(now - 86_400_000).toISOString(), ['strictly-necessary', 'performance', 'targeting']), domain: 'www.shop.consent-gate.test', path: '/shop' },
    { name: 'cg_consent', value: record(new Date(now - 3_600_000).toISOString(), ['strictly-necessary']), domain: '.shop.consent-gate.test', path: '/' },
  ]);
  await page.goto(`${HTTP_SHOP}/shop/`);
  await started(page);
  expect((await page.evaluate(() => document.cookie)).match(/cg_consent=/g)).toHaveLength(2);
  await networkQuiet(page);
  expect(await page.evaluate(() => (window as unknown as { ConsentGate: { getConsent(): { granted: string[] } | null } }).ConsentGate.getConsent()?.granted)).toEqual(['strictly-necessary']);
  expect(fbeventsLoaded(trackers.requests)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __matomo?: boolean }).__matomo)).toBeUndefined();
  await expect(banner(page)).toBeHidden();
});

test('a catalogue of 101 services: "Accept all" is remembered on the next page view', async ({ page }) => {
  // Answered from the file at once: a round trip through the local server on a loaded machine could pass the
  // loader's 5 s catalogue timeout, and the fallback banner (which reads no stored choice) would show instead.
  const catalog = JSON.parse(readFileSync('tests/e2e/pages/scopes.json', 'utf8'));
  const extra = Array.from({ length: 99 }, (_, i) => ({ id: `analytics-tool-${String(i).padStart(3, '0')}`, name: `Tool ${i}`, category: 'performance' }));
  await page.route('**/test/scopes.json', (route) => route.fulfill({ json: { ...catalog, services: [...catalog.services, ...extra] } }));
  await page.goto(`${HTTP_SHOP}/shop/`);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toBeHidden();
  const value = (await page.context().cookies()).find((c) => c.name === 'cg_consent')?.value ?? '';
  expect(value.length).toBeGreaterThan(2048);
  await page.reload();
  await started(page);
  expect(await page.evaluate(() => (window as unknown as { ConsentGate: { getConsent(): { services: string[] } | null } }).ConsentGate.getConsent()?.services.length)).toBe(101);
  await expect(banner(page)).toBeHidden();
});
