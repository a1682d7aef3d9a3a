import type { Page } from '@playwright/test';
import { banner, cookieNames, expect, test, networkQuiet } from './fixtures';

/** window.dataLayer in order, gtag's `arguments` entries as arrays, each command shortened to its first two parts. */
function dataLayer(page: Page): Promise<unknown[]> {
  return page.evaluate(() =>
    (window as unknown as { dataLayer?: unknown[] }).dataLayer?.map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as IArguments) : entry,
    ) ?? [],
  );
}
const names = (entries: unknown[]) =>
  entries.map((e) => (Array.isArray(e) ? e.slice(0, 2).filter((part) => typeof part === 'string').join(' ') : `event ${(e as { event?: string }).event}`));
const fbqCommands = (page: Page) => page.evaluate(() => (window as unknown as { __fbqCommands?: string[] }).__fbqCommands ?? []);

/** The same page in basic mode: the catalogue edited on its way to the browser. */
async function basicMode(page: Page) {
  await page.route('**/test/integrations.html', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('"mode": "advanced"', '"mode": "basic"') });
  });
}

test('advanced Consent Mode: the denied default comes before gtag.js runs, update after the choice', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await page.goto('/test/integrations.html');
  await expect(banner(page)).toBeVisible();
  // gtag.js loads before any choice, and its first command comes after the default.
  await expect.poll(() => trackers.requests.some((u) => u.includes('/gtag/js'))).toBe(true);
  const before = await dataLayer(page);
  expect(names(before)).toEqual(['consent default', 'set ads_data_redaction', 'js', 'config G-TEST']);
  expect(before[0]).toEqual(['consent', 'default', {
    ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
    functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500,
  }]);
  // Consent Mode keeps gtag.js cookieless: our stand-in sets _ga regardless, so only Google's side is checked here.
  await page.getByRole('button', { name: 'Accept all' }).click();
  const after = (await dataLayer(page)).slice(before.length);
  expect(after).toEqual([
    ['consent', 'update', {
      ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted',
      functionality_storage: 'denied', personalization_storage: 'denied',
    }],
    { event: 'consent_gate_update', consent_gate_granted: ['strictly-necessary', 'performance', 'targeting'] },
  ]);
});

test('advanced Consent Mode with Google Analytics switched off in the preferences: analytics_storage stays denied', { tag: '@one-engine' }, async ({ page }) => {
  // The same page with the catalogue listing its services.
  await page.route('**/test/integrations.html', async (route) => {
    const response = await route.fetch();
    const services = '"services": [{ "id": "google-analytics", "name": "Google Analytics", "category": "performance" }, { "id": "matomo", "name": "Matomo", "category": "performance" }],';
    route.fulfill({ response, body: (await response.text()).replace('"categories":', `${services} "categories":`) });
  });
  await page.goto('/test/integrations.html');
  await page.getByRole('button', { name: 'Customize' }).click();
  await page.getByRole('switch', { name: 'Matomo' }).check();
  await expect(page.getByRole('switch', { name: 'Google Analytics' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await expect(banner(page)).toBeHidden();
  const updates = (await dataLayer(page)).filter((e) => Array.isArray(e) && e[1] === 'update');
  expect(updates.at(-1)).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'denied' })]);
  expect(await page.evaluate(() => window.ConsentGate!.getConsent()?.granted)).toContain('performance');
});

test('a Pixel the site loads itself gets revoke before init, and sends nothing until targeting is granted', async ({ page, trackers }) => {
  await page.goto('/test/integrations.html');
  await expect.poll(() => fbqCommands(page)).toEqual(['consent:revoke', 'init:000000000000000', 'track:PageView']);
  await networkQuiet(page);
  expect(trackers.requests.filter((u) => u.includes('facebook.com/tr'))).toEqual([]);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => fbqCommands(page)).toContain('consent:grant');
  await expect.poll(() => trackers.requests.filter((u) => u.includes('facebook.com/tr'))).toHaveLength(1);
  // The next page view starts granted: no revoke at all.
  await page.reload();
  await expect.poll(() => fbqCommands(page)).toEqual(['init:000000000000000', 'track:PageView']);
  expect(await cookieNames(page)).toContain('cg_consent');
});

test('basic Consent Mode: gtag.js waits for consent; the default and update precede its first command', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await basicMode(page);
  await page.goto('/test/integrations.html');
  await expect(banner(page)).toBeVisible();
  await networkQuiet(page);
  expect(trackers.requests.filter((u) => u.includes('/gtag/js'))).toEqual([]);
  expect(names(await dataLayer(page))).toEqual(['consent default', 'set ads_data_redaction']);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await page.reload();
  await networkQuiet(page);
  expect(trackers.requests.filter((u) => u.includes('/gtag/js'))).toEqual([]);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => trackers.requests.some((u) => u.includes('/gtag/js'))).toBe(true);
  expect(names(await dataLayer(page))).toEqual([
    'consent default', 'set ads_data_redaction', 'consent update', 'event consent_gate_update',
    'consent update', 'event consent_gate_update', 'js', 'config G-TEST',
  ]);
});
