/**
 * Pages restored from the back/forward cache (issue 14 §3): they run no
 * script again, so what the loader read at start may be stale. Playwright
 * turns the cache off in Chromium; this file's browser has it on.
 */
import type { Page } from '@playwright/test';
import { banner, expect, test } from './fixtures';
import { BFCACHE_LAUNCH } from './browser';
import { playwrightDriver } from './playwright-driver';
import { FRESH_FIRST_PAGE, MARK_LEAVING, cacheScenarios } from '../scenarios/real-pages';

test.use({ launchOptions: BFCACHE_LAUNCH });

// The test server lets ?cacheable pages enter the cache (scripts/serve.mjs).
const FIRST = '/test/site.html?cacheable';
const SECOND = '/test/site.html?cacheable&second';

const ran = (page: Page) => page.evaluate(() => ((window as unknown as { __trackers?: string[] }).__trackers ?? []).slice().sort());

/** Waits for a new document of the first page (see FRESH_FIRST_PAGE); an evaluation cut off by the reload counts as not yet. */
const freshDocument = (page: Page) => expect.poll(() => page.evaluate(FRESH_FIRST_PAGE).catch(() => false)).toBe(true);

// A banner answered on another page: the first of the shared cache scenarios below (every engine).

test('a page restored after a revocation elsewhere reloads instead of keeping its trackers running', async ({ page }) => {
  await page.goto(FIRST);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ran(page)).toEqual(['fbevents.js', 'gtag.js']);
  await page.evaluate(MARK_LEAVING);
  await page.goto(SECOND);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await page.getByRole('switch', { name: 'Targeting and advertising' }).uncheck();
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Save choices' }).click();
  await reloaded;
  // Back to the first page, still running the Pixel from before: it is restored, then reloaded.
  await page.goBack({ waitUntil: 'commit' });
  await freshDocument(page);
  await expect.poll(() => ran(page)).toEqual(['gtag.js']);
  expect(await page.evaluate(() => window.ConsentGate!.hasConsent('targeting'))).toBe(false);
});

test('a page restored after its consent cookie went away (cleared, expired) reloads and asks again', async ({ page }) => {
  await page.goto(FIRST);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ran(page)).toEqual(['fbevents.js', 'gtag.js']);
  await page.evaluate(MARK_LEAVING);
  await page.goto(SECOND);
  await page.context().clearCookies();
  await page.goBack({ waitUntil: 'commit' });
  await freshDocument(page);
  await expect(banner(page)).toBeVisible();
  expect(await ran(page)).toEqual([]);
});

// The engine-neutral back/forward cache scenarios, which the WebKit suite runs too.
for (const [title, scenario] of Object.entries(cacheScenarios)) {
  test(`every engine: ${title}`, async ({ page, browserName, trackers }) => {
    await scenario(playwrightDriver(page, browserName, trackers.requests));
  });
}
