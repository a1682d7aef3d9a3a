import type { Page } from '@playwright/test';
import { banner, expect, hold, test, type Trackers, networkQuiet } from './fixtures';

/**
 * Tags that are on the page before consent-gate can put its consent command
 * first (issue 14, section 5): a vendor snippet above the consent-gate tag, or
 * right after it while its catalogue is on its way.
 */
const fbqCommands = (page: Page) => page.evaluate(() => (window as unknown as { __fbqCommands?: string[] }).__fbqCommands ?? []);
const pageViews = (trackers: Trackers) => trackers.requests.filter((u) => u.includes('facebook.com/tr'));
const gtagSeen = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __gtagCommands?: string[]; __gtagBeforeDefault?: string[] };
    return { commands: w.__gtagCommands ?? [], beforeDefault: w.__gtagBeforeDefault ?? [] };
  });

/** The catalogue's request is seen but not yet answered: the page runs on without it. */
async function slowCatalog(page: Page) {
  return hold(page, '**/test/pre-existing-tags.json');
}

test("Meta's Pixel snippet above consent-gate, no choice: revoke goes first and no PageView reaches Meta", async ({ page, trackers }) => {
  // fbevents.js arrives after consent-gate has run, as it does when it is not cached.
  const release = await hold(page, '**/en_US/fbevents.js');
  await page.goto('/test/pixel-above.html', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.ConsentGate);
  release();
  await expect.poll(() => fbqCommands(page), { timeout: 15_000 }).toEqual(['consent:revoke', 'init:123', 'track:PageView']);
  await expect(banner(page)).toBeVisible();
  await networkQuiet(page);
  expect(pageViews(trackers)).toEqual([]);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => pageViews(trackers), { timeout: 15_000 }).toHaveLength(1);
});

test("Meta's Pixel snippet right after a consent-gate tag whose catalogue is slow: revoke goes first and no PageView reaches Meta", async ({ page, trackers }) => {
  const release = await slowCatalog(page);
  await page.goto('/test/pixel-after-url.html', { waitUntil: 'domcontentloaded' });
  // fbevents.js has read its queue while the catalogue is still on its way.
  await expect.poll(() => fbqCommands(page), { timeout: 15_000 }).toEqual(['consent:revoke', 'init:123', 'track:PageView']);
  expect(pageViews(trackers)).toEqual([]);
  release();
  await expect(banner(page)).toBeVisible({ timeout: 15_000 });
  await networkQuiet(page);
  expect(pageViews(trackers)).toEqual([]);
  expect(await fbqCommands(page)).toEqual(['consent:revoke', 'init:123', 'track:PageView']);
});

test('a returning visitor who granted targeting: the Pixel held while the catalogue loads is granted once it arrives, and its PageView is sent', async ({ page, trackers }) => {
  await page.goto('/test/pixel-after-url.html');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => page.evaluate(() => window.ConsentGate!.getConsent()?.granted), { timeout: 15_000 }).toContain('targeting');

  const release = await slowCatalog(page);
  const before = pageViews(trackers).length;
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect.poll(() => fbqCommands(page), { timeout: 15_000 }).toEqual(['consent:revoke', 'init:123', 'track:PageView']);
  expect(pageViews(trackers)).toHaveLength(before);
  release();
  await expect.poll(() => fbqCommands(page), { timeout: 15_000 }).toEqual(['consent:revoke', 'init:123', 'track:PageView', 'consent:grant']);
  await expect.poll(() => pageViews(trackers), { timeout: 15_000 }).toHaveLength(before + 1);
  await expect(banner(page)).toBeHidden();
});

test("Google's gtag snippet above consent-gate: gtag.js sees the consent default before js and config", async ({ page, trackers }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  const release = await hold(page, '**/gtag/js?id=G-TEST');
  await page.goto('/test/gtag-above.html', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.ConsentGate);
  release();
  await expect.poll(() => gtagSeen(page), { timeout: 15_000 }).toEqual({ commands: ['consent default', 'js', 'config G-TEST'], beforeDefault: [] });
  expect(trackers.requests.filter((u) => u.includes('/gtag/js'))).toHaveLength(1);
  expect(messages.filter((text) => text.includes('[consent-gate]'))).toEqual([]);
});

test('gtag.js already loaded before consent-gate: one console line says what to move', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
  await page.goto('/test/gtag-loaded.html');
  await page.waitForFunction(() => window.ConsentGate);
  await expect(banner(page)).toBeVisible({ timeout: 15_000 });
  // gtag.js read js and config with no default; the default still reaches it, late.
  await expect.poll(() => gtagSeen(page), { timeout: 15_000 }).toEqual({ commands: ['js', 'config G-TEST', 'consent default'], beforeDefault: ['js', 'config G-TEST'] });
  expect(warnings.filter((text) => text.includes('[consent-gate]'))).toEqual([
    '[consent-gate] gtag.js or Tag Manager ran first: move it below consent-gate in <head>',
  ]);
});
