import { banner, expect, networkQuiet, test } from './fixtures';

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
