import { HTTPS_ORIGIN, banner, cookieNames, expect, test, networkQuiet } from './fixtures';
import { BASE_URL } from './server';

const TRACKER_COOKIES = ['_fbp', '_ga', '_ga_TEST'];
const trackerCookies = async (page: Parameters<typeof cookieNames>[0]) =>
  (await cookieNames(page)).filter((name) => TRACKER_COOKIES.includes(name));

async function consentCookie(page: Parameters<typeof cookieNames>[0]) {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'cg_consent');
  return cookie && { ...cookie, record: JSON.parse(decodeURIComponent(cookie.value)) };
}

test('before any choice: banner shown, no tracker request, no tracker cookie', async ({ page, trackers }) => {
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reject all' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Customize' })).toBeVisible();
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);
  expect(await trackerCookies(page)).toEqual([]);
  expect(await page.evaluate(() => typeof (window as { fbq?: unknown }).fbq)).toBe('undefined');
});

test('accept all: gtag.js and fbevents.js load and run', async ({ page, trackers }) => {
  await page.goto('/test/site.html');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => page.evaluate(() => (window as { __trackers?: string[] }).__trackers?.sort())).toEqual([
    'fbevents.js',
    'gtag.js',
  ]);
  await expect.poll(() => trackerCookies(page)).toEqual(TRACKER_COOKIES);
  await expect.poll(() => trackers.requests.map((u) => new URL(u).host + new URL(u).pathname).sort()).toEqual([
    'connect.facebook.net/en_US/fbevents.js',
    'www.facebook.com/tr',
    'www.google-analytics.com/g/collect',
    'www.googletagmanager.com/gtag/js',
  ]);
  // gtag.js found on the dataLayer the Consent Mode default and update (the catalogue turns Consent Mode on),
  // the consent_gate_update event, then the inline config's 'js' and 'config': five commands.
  expect(trackers.requests.find((u) => u.includes('/g/collect'))).toContain('commands=5');
  expect((await consentCookie(page))?.record.granted).toEqual(['strictly-necessary', 'performance', 'targeting']);
});

test('reject all: no tracker loads and the choice is stored', async ({ page, trackers }) => {
  await page.goto('/test/site.html');
  await page.getByRole('button', { name: 'Reject all' }).click();
  await expect(banner(page)).toBeHidden();
  // Everything the choice released has run (nothing, here), rather than a fixed wait.
  await page.evaluate(() => window.ConsentGate!.settled());
  expect(trackers.requests).toEqual([]);
  expect(await trackerCookies(page)).toEqual([]);
  expect((await consentCookie(page))?.record.granted).toEqual(['strictly-necessary']);
});

test('customize with only performance: Google Analytics loads, the Pixel does not', async ({ page, trackers }) => {
  await page.goto('/test/site.html');
  await page.getByRole('button', { name: 'Customize' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('switch', { name: 'Strictly necessary' })).toBeChecked();
  await expect(dialog.getByRole('switch', { name: 'Strictly necessary' })).toBeDisabled();
  await expect(dialog.getByRole('switch', { name: 'Performance and analytics' })).not.toBeChecked();
  await expect(dialog.getByRole('switch', { name: 'Targeting and advertising' })).not.toBeChecked();
  // Conektio lists "unclassified" as disabled: it is not offered. Each of its four services has a switch too.
  await expect(dialog.getByRole('switch')).toHaveCount(3 + 4);
  await dialog.getByRole('switch', { name: 'Performance and analytics' }).check();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect(dialog).toBeHidden();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => trackerCookies(page)).toEqual(['_ga', '_ga_TEST']);
  await networkQuiet(page);
  expect(trackers.requests.some((u) => u.includes('googletagmanager.com/gtag/js'))).toBe(true);
  expect(trackers.requests.filter((u) => /facebook/.test(u))).toEqual([]);
});

test('the preferences list each category’s cookies from the catalogue', async ({ page }) => {
  await page.goto('/test/site.html');
  await page.getByRole('button', { name: 'Customize' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  const performance = dialog.getByRole('region', { name: 'Performance and analytics' });
  await performance.getByText('Cookies used (2)').click();
  await expect(performance.getByRole('row', { name: /_ga_\* Google LLC · conekt\.io 1 year/ })).toBeVisible();
  const targeting = dialog.getByRole('region', { name: 'Targeting and advertising' });
  await targeting.getByText('Cookies used (2)').click();
  await expect(targeting.getByRole('row', { name: /_fbp Meta Platforms Inc\. · conekt\.io 3 months/ })).toBeVisible();
  await expect(targeting.getByRole('row', { name: /_gcl_au Google LLC · conekt\.io 3 months/ })).toBeVisible();
});

test('a reload after a choice shows no banner and keeps the same consent', async ({ page, trackers }) => {
  await page.goto('/test/site.html');
  await page.getByRole('button', { name: 'Customize' }).click();
  await page.getByRole('switch', { name: 'Targeting and advertising' }).check();
  await page.getByRole('button', { name: 'Save choices' }).click();
  const before = await consentCookie(page);
  trackers.requests.length = 0;
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.ConsentGate?.getConsent()?.id)).toBe(before?.record.id);
  await expect(banner(page)).toHaveCount(0);
  expect(await page.evaluate(() => window.ConsentGate?.hasConsent('targeting'))).toBe(true);
  expect(await page.evaluate(() => window.ConsentGate?.hasConsent('performance'))).toBe(false);
  await expect.poll(() => trackers.requests.some((u) => u.includes('fbevents.js'))).toBe(true);
  expect(trackers.requests.some((u) => u.includes('googletagmanager'))).toBe(false);
  expect((await consentCookie(page))?.value).toBe(before?.value);
});

test('the consent cookie is first party, Path=/, SameSite=Lax, six months, documented format', async ({ page }) => {
  await page.goto('/test/site.html');
  const clicked = Date.now() / 1000;
  await page.getByRole('button', { name: 'Accept all' }).click();
  const cookie = await consentCookie(page);
  expect(cookie).toMatchObject({ domain: '127.0.0.1', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
  expect((cookie!.expires - clicked) / 86400).toBeCloseTo(182, 0);
  expect(cookie!.record).toEqual({
    version: 1,
    id: expect.stringMatching(/^[0-9a-f]{32}$/),
    revision: 1,
    decidedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    granted: ['strictly-necessary', 'performance', 'targeting'],
    services: ['conektio', 'google-analytics', 'meta-pixel', 'google-ads'],
  });
});

test('on https the consent cookie is Secure', async ({ page }) => {
  await page.goto(`${HTTPS_ORIGIN}/test/site.html`);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await expect.poll(async () => (await consentCookie(page))?.secure).toBe(true);
  expect((await consentCookie(page))?.domain).toBe('shop.consent-gate.test');
});

test('a new catalogue revision asks again and grants nothing meanwhile', async ({ page, trackers }) => {
  const old = { version: 1, id: 'a'.repeat(32), revision: 0 + 6, decidedAt: new Date().toISOString(), granted: ['strictly-necessary', 'performance', 'targeting'] };
  await page.context().addCookies([{ name: 'cg_consent', value: encodeURIComponent(JSON.stringify(old)), url: `${BASE_URL}/` }]);
  // inline.html is at revision 7: the stored choice (revision 6) no longer holds.
  await page.goto('/test/inline.html');
  await expect(page.getByRole('region', { name: 'Cookies on this shop' })).toBeVisible();
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);
});
