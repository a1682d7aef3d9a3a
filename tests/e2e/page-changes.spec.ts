/**
 * The page can change after start (issue 14 §3, §4, §6): web components,
 * frameworks that re-render, gated stylesheets. The back/forward cache has
 * its own file (bfcache.spec.ts): it needs a browser launched with it on.
 */
import { banner, expect, test } from './fixtures';

const PAGE = '/test/components.html';
const FONTS = 'https://fonts.googleapis.com/';

test.beforeEach(async ({ page }) => {
  // The font CDN is stubbed here (the fixtures fail any other request off the machine).
  await page.route(`${FONTS}**`, (route) => route.fulfill({ contentType: 'text/css', body: 'body { letter-spacing: 3px; }' }));
});

const fontRequests = (page: import('@playwright/test').Page) => {
  const seen: string[] = [];
  page.on('request', (request) => request.url().startsWith(FONTS) && seen.push(request.url()));
  return seen;
};
const letterSpacing = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).letterSpacing);

test('a "Cookie settings" link inside a shadow root opens the preferences and is not followed', async ({ page }) => {
  await page.goto(PAGE);
  await expect(banner(page)).toBeVisible();
  await page.locator('site-footer').getByRole('link', { name: 'Cookie settings' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('an "accept" button inside a shadow root (clicked on a child element) grants its category in place', async ({ page }) => {
  const requested = fontRequests(page);
  await page.goto(PAGE);
  await page.evaluate(() => window.ConsentGate!.ready);
  expect(await letterSpacing(page)).toBe('normal');
  await page.locator('site-footer').getByText('fonts').click();
  await expect.poll(() => page.evaluate(() => window.ConsentGate!.hasConsent('functionality'))).toBe(true);
  expect(await page.evaluate(() => window.ConsentGate!.hasConsent('targeting'))).toBe(false);
  await expect.poll(() => letterSpacing(page)).toBe('3px');
  expect(requested).toHaveLength(1);
});

test('a gated stylesheet is not requested before consent, also when an SPA inserts one later', async ({ page }) => {
  const requested = fontRequests(page);
  await page.goto(PAGE);
  await page.evaluate(() => window.ConsentGate!.ready);
  await page.evaluate(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.dataset.category = 'functionality';
    link.dataset.href = 'https://fonts.googleapis.com/css2?family=Lora';
    document.head.append(link);
  });
  await page.evaluate(() => window.ConsentGate!.rejectAll());
  await page.evaluate(() => window.ConsentGate!.settled());
  expect(requested).toEqual([]);
  expect(await page.locator('link[data-category]').evaluateAll((links) => links.map((l) => l.hasAttribute('href')))).toEqual([false, false]);
  await page.evaluate(() => window.ConsentGate!.acceptCategories(['functionality']));
  await expect.poll(() => requested.length).toBe(2);
  await expect.poll(() => letterSpacing(page)).toBe('3px');
});

test('a router that reuses an activated iframe gets the new video only under the same rules', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => window.ConsentGate!.acceptAll());
  const video = page.locator('#video');
  await expect(video).toHaveAttribute('src', '/test/video.html?v=1');
  // The framework re-renders the player with another video: it sets the attribute it rendered.
  await page.evaluate(() => document.getElementById('video')!.setAttribute('data-src', '/test/video.html?v=2'));
  await expect(video).toHaveAttribute('src', '/test/video.html?v=2');
  // Targeting taken back without a reload (reloadOnRevoke: false): the embed stops, and a re-render loads nothing.
  await page.evaluate(() => window.ConsentGate!.acceptCategories(['functionality', 'performance']));
  await expect(video).toHaveAttribute('src', 'about:blank');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluate(() => {
    const player = document.getElementById('player')!;
    const frame = document.getElementById('video')!;
    frame.setAttribute('data-src', '/test/video.html?v=3');
    // A framework also moves elements around: out of the page and back.
    frame.remove();
    player.append(frame);
  });
  await page.evaluate(() => window.ConsentGate!.settled());
  await expect(video).toHaveAttribute('src', 'about:blank');
  expect(requests.filter((url) => url.includes('video.html'))).toEqual([]);
  await page.evaluate(() => window.ConsentGate!.acceptAll());
  await expect(video).toHaveAttribute('src', '/test/video.html?v=3');
});
