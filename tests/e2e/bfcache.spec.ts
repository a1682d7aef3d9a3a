/**
 * Pages restored from the back/forward cache (issue 14 §3): they run no
 * script again, so what the loader read at start may be stale. Playwright
 * turns the cache off in Chromium; this file's browser has it on.
 */
import type { Page } from '@playwright/test';
import { banner, expect, test } from './fixtures';
import { BFCACHE_LAUNCH } from './browser';
import { playwrightDriver } from './playwright-driver';
import { cacheScenarios } from '../scenarios/real-pages';

test.use({ launchOptions: BFCACHE_LAUNCH });

test.beforeEach(async ({ page }) => {
  // The test server sends no-store, which keeps a page whose cookies changed out of Chrome's cache;
  // sites' pages usually may be cached, so here they say no-cache (revalidate, but cacheable).
  await page.route((url) => url.hostname === '127.0.0.1', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'cache-control': 'no-cache' } });
  });
});

const FIRST = '/test/site.html';
const SECOND = '/test/site.html?second';

/** Goes back and checks that the page came from the cache: the same document, shown again with `persisted`. */
async function backFromCache(page: Page): Promise<void> {
  // A page from the cache fires no load event, and in Firefox over WebDriver BiDi no navigation Playwright's goBack sees:
  // the page goes back by itself, and the test polls for the restored document (an evaluation cut off counts as not yet).
  await page.evaluate(() => setTimeout(() => history.back()));
  await expect.poll(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored === true).catch(() => false)).toBe(true);
}

async function markRestores(page: Page): Promise<void> {
  await page.evaluate(() => addEventListener('pageshow', (event) => event.persisted && ((window as unknown as { restored: boolean }).restored = true)));
}

/**
 * Whether the banner shows, asked in the page: after a restore from the cache Playwright's Firefox (BiDi) driver
 * waits for the end of a navigation that never comes, so locators hang there; evaluations still work.
 */
const bannerShown = (page: Page) =>
  page.evaluate(() => !!document.querySelector('[data-consent-gate-root]')?.shadowRoot?.querySelector('section.banner')?.checkVisibility()).catch(() => null);

const ran = (page: Page) => page.evaluate(() => ((window as unknown as { __trackers?: string[] }).__trackers ?? []).slice().sort());

test('a banner answered on another page closes when the page comes back from the cache, and what was granted runs', async ({ page }) => {
  await page.goto(FIRST);
  await expect(banner(page)).toBeVisible();
  expect(await bannerShown(page)).toBe(true);
  await markRestores(page);
  await page.goto(SECOND);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await backFromCache(page);
  await expect.poll(() => bannerShown(page)).toBe(false);
  await expect.poll(() => ran(page)).toEqual(['fbevents.js', 'gtag.js']);
});

test('a page restored after a revocation elsewhere reloads instead of keeping its trackers running', async ({ page }) => {
  await page.goto(FIRST);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ran(page)).toEqual(['fbevents.js', 'gtag.js']);
  await markRestores(page);
  await page.goto(SECOND);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await page.getByRole('switch', { name: 'Targeting and advertising' }).uncheck();
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Save choices' }).click();
  await reloaded;
  // Back to the first page, still running the Pixel from before: it is restored, then reloaded.
  await page.goBack({ waitUntil: 'commit' });
  // Polled through the reload: an evaluation cut off by the navigation counts as not yet.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON().type).catch(() => null)).toBe('reload');
  await expect.poll(() => ran(page)).toEqual(['gtag.js']);
  expect(await page.evaluate(() => window.ConsentGate!.hasConsent('targeting'))).toBe(false);
});

test('a page restored after its consent cookie went away (cleared, expired) reloads and asks again', async ({ page }) => {
  await page.goto(FIRST);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ran(page)).toEqual(['fbevents.js', 'gtag.js']);
  await markRestores(page);
  await page.goto(SECOND);
  await page.context().clearCookies();
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON().type).catch(() => null)).toBe('reload');
  await expect(banner(page)).toBeVisible();
  expect(await ran(page)).toEqual([]);
});

// The engine-neutral back/forward cache scenarios, which the WebKit suite runs too.
for (const [title, scenario] of Object.entries(cacheScenarios)) {
  test(`every engine: ${title}`, async ({ page, browserName, trackers }) => {
    await scenario(playwrightDriver(page, browserName, trackers.requests));
  });
}
