import type { Page } from '@playwright/test';
import { banner, expect, hold, networkQuiet, test } from './fixtures';

/**
 * Browsers that parse ES2020 but are older than the supported ones lack an API the gate needs: most often the
 * modal <dialog> (Firefox 74–97, Safari 13.1–15.3). Emulated by deleting it before the page runs.
 */
for (const [removed, remove, feature = removed] of [
  ['HTMLDialogElement.showModal', () => delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal],
  ['HTMLDialogElement', () => delete (window as Partial<Window & typeof globalThis>).HTMLDialogElement, 'HTMLDialogElement.showModal'],
  ['MutationObserver', () => delete (window as Partial<Window & typeof globalThis>).MutationObserver],
  ['WeakSet', () => delete (window as Partial<Window & typeof globalThis>).WeakSet],
  ['Proxy', () => delete (window as Partial<Window & typeof globalThis>).Proxy],
  ['fetch', () => delete (window as Partial<Window & typeof globalThis>).fetch],
] as const) {
  test(`a browser without ${removed}: consent-gate does not start, says so, throws nothing into the page, and nothing optional runs`, { tag: '@one-engine' }, async ({ page, trackers }) => {
    const pageErrors: string[] = [];
    const logged: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
    await page.addInitScript(remove);
    await page.goto('/test/site.html');
    await expect.poll(() => logged).toContain(`[consent-gate] unsupported browser (no ${feature}): nothing optional runs`);
    // The API exists and answers "nothing granted"; an action does nothing and rejects nothing.
    await page.evaluate(() => window.ConsentGate!.acceptAll());
    await networkQuiet(page);
    expect(await page.evaluate(() => [window.ConsentGate!.getConsent(), window.ConsentGate!.hasConsent('performance')])).toEqual([null, false]);
    await expect(banner(page)).toHaveCount(0);
    expect(await page.locator('script[type="text/plain"][data-category]').count()).toBe(3);
    expect(trackers.requests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}

/** A browser without a modal <dialog>: the usual older browser. */
const noModalDialog = (page: Page) => page.addInitScript(() => delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal);
const read = <T>(page: Page, name: string, empty: T) => page.evaluate(([n, e]) => (window as unknown as Record<string, unknown>)[n as string] ?? e, [name, empty] as const) as Promise<T>;

test("such a browser still holds Meta's Pixel snippet placed above the tag: revoke goes first and no PageView leaves", { tag: '@one-engine' }, async ({ page, trackers }) => {
  await noModalDialog(page);
  // fbevents.js arrives after consent-gate has run, as it does when it is not cached.
  const release = await hold(page, '**/en_US/fbevents.js');
  await page.goto('/test/pixel-above.html', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.ConsentGate);
  release();
  await expect.poll(() => read(page, '__fbqCommands', [])).toEqual(['consent:revoke', 'init:123', 'track:PageView']);
  await networkQuiet(page);
  expect(trackers.requests.filter((u) => u.includes('facebook.com/tr'))).toEqual([]);
});

test("such a browser still gives Google's gtag snippet placed above the tag the Consent Mode default, everything denied, before js and config", { tag: '@one-engine' }, async ({ page }) => {
  await noModalDialog(page);
  // gtag.js arrives once consent-gate has read its catalogue, as when it is not cached.
  const release = await hold(page, '**/gtag/js?id=G-TEST');
  await page.goto('/test/gtag-above.html', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.ConsentGate);
  await page.evaluate(() => window.ConsentGate!.ready);
  release();
  await expect.poll(() => read(page, '__gtagCommands', [])).toEqual(['consent default', 'js', 'config G-TEST']);
  expect(await read(page, '__gtagBeforeDefault', [])).toEqual([]);
  const defaults = await page.evaluate(() => [...(window.dataLayer as ArrayLike<unknown>[])].find((c) => c[0] === 'consent' && c[1] === 'default')?.[2]);
  expect(defaults).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
});
