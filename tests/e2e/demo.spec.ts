import type { Page } from '@playwright/test';
import { banner, cookieNames, expect, test, networkQuiet } from './fixtures';

/** The demo's panel of what the gate did: one list per row, read as text. */
const panel = (page: Page, row: string) => page.locator(`#demo-panel [data-out="${row}"]`);

test('Konnecs has nothing optional: no banner, but its cookie list is one click away', async ({ page }) => {
  await page.goto('/konnecs/');
  await page.evaluate(() => window.ConsentGate!.ready);
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  // Strictly necessary, and its one service: both on and locked.
  await expect(dialog.getByRole('switch')).toHaveCount(2);
  for (const locked of await dialog.getByRole('switch').all()) await expect(locked).toBeDisabled();
  await dialog.getByText('Cookies used (2)').click();
  await expect(dialog.getByRole('row', { name: /csrf_token Konnecs/ })).toBeVisible();
});

for (const [site, expected] of [
  ['conektio', ['_fbp', '_ga', '_ga_CONEKTIO']],
  ['konectus', ['_ga', '_ga_KONECTUS', 'konectus_lang']],
  ['konecto', ['kt_sid', 'kt_vid']],
] as const) {
  test(`demo ${site}: nothing before the choice, the site's tags after "Accept all"`, async ({ page, trackers }) => {
    await page.goto(`/${site}/`);
    await expect(banner(page)).toBeVisible();
    await networkQuiet(page);
    expect(await cookieNames(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await cookieNames(page)).filter((n) => n !== 'cg_consent')).toEqual(expected);
    // The demo runs offline: its stand-ins are local.
    expect(trackers.requests).toEqual([]);
  });
}

test('Conektio across pages: the panel shows the scripts waiting, the Consent Mode default, then the tags and the update; the next page asks nothing', async ({ page }) => {
  await page.goto('/conektio/');
  await expect(banner(page)).toBeVisible();
  await expect(panel(page, 'consent')).toHaveText('no choice yet: nothing optional granted');
  // Offline, the tag's URL points to the demo's stand-in.
  await expect(panel(page, 'scripts').getByRole('listitem')).toHaveText([
    /^google-analytics \(performance\): 127\.0\.0\.1:\d+\/vendor\/gtag\.js, waits for consent$/,
    'google-analytics (performance): inline snippet, waits for consent',
    'meta-pixel (targeting): inline snippet, waits for consent',
  ]);
  await expect(panel(page, 'datalayer').getByRole('listitem')).toHaveText([/^gtag\("consent", "default", \{"ad_storage":"denied",.*"analytics_storage":"denied"/]);

  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(panel(page, 'consent')).toHaveText('granted: strictly-necessary, performance, targeting');
  await expect(panel(page, 'scripts').getByRole('listitem')).toHaveText([/gtag\.js, ran$/, /inline snippet, ran$/, /inline snippet, ran$/]);
  const sent = panel(page, 'datalayer').getByRole('listitem');
  await expect(sent.filter({ hasText: 'gtag("consent", "update"' })).toHaveText([/"analytics_storage":"granted"/]);
  await expect(sent.filter({ hasText: 'gtag("config", "G-CONEKTIO")' })).toHaveCount(1);
  await expect(panel(page, 'pixel').getByRole('listitem')).toContainText(['fbq("init", "000000000000000")', 'fbq("track", "PageView")']);
  await expect(panel(page, 'cookies')).toHaveText(/_fbp, _ga, _ga_CONEKTIO, cg_consent/);

  await page.getByRole('navigation', { name: 'Conektio' }).getByRole('link', { name: 'Pricing' }).click();
  await expect(page).toHaveTitle('Pricing — Conektio');
  // The title is parsed before the loader below it has run (Firefox lets the test look in between).
  await page.waitForFunction(() => window.ConsentGate);
  await page.evaluate(() => window.ConsentGate!.ready);
  await expect(banner(page)).toHaveCount(0);
  // A returning visitor: the update right after the default, before the tag's own commands.
  await expect(panel(page, 'datalayer').getByRole('listitem').nth(1)).toHaveText(/^gtag\("consent", "update", .*"analytics_storage":"granted"/);
  await expect(panel(page, 'scripts').getByRole('listitem')).toHaveText([/ran$/, /ran$/, /ran$/]);
});

test('the switch to the real tracker URLs: Google and Meta are asked for their tags only after the choice', async ({ page, trackers }) => {
  await page.goto('/conektio/blog.html');
  await page.getByRole('switch', { name: /Real tracker URLs/ }).check();
  await page.waitForURL('**/conektio/blog.html');
  await expect(page.getByRole('switch', { name: /Real tracker URLs/ })).toBeChecked();
  await expect(panel(page, 'scripts').getByRole('listitem').first()).toHaveText('google-analytics (performance): www.googletagmanager.com/gtag/js, waits for consent');
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => trackers.requests.map((url) => new URL(url).host + new URL(url).pathname)).toEqual(
    expect.arrayContaining(['www.googletagmanager.com/gtag/js', 'connect.facebook.net/en_US/fbevents.js']),
  );
});

test('Konectus settings page: the language is remembered only with functionality granted', async ({ page }) => {
  await page.goto('/konectus/settings.html');
  await page.getByRole('button', { name: 'Reject all' }).click();
  await page.getByLabel('Language').selectOption('de');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Used for this visit only' })).toBeVisible();
  expect(await cookieNames(page)).toEqual(['cg_consent']);

  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  await dialog.getByRole('switch', { name: 'Functionality' }).check();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await page.getByLabel('Language').selectOption('de');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved: we will remember it on your next visit.')).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === 'konectus_lang')?.value).toBe('de');
});

test('the panel switches the banner\'s language, theme and layout, for every page of the site, and back', async ({ page }) => {
  await page.goto('/conektio/');
  await expect(banner(page)).toBeVisible();
  const host = page.locator('[data-consent-gate-root]');
  await expect(host).toHaveAttribute('data-theme', 'light');

  await page.getByLabel('Banner speaks').selectOption('de');
  await expect(page.getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Theme').selectOption('dark');
  await expect(host).toHaveAttribute('data-theme', 'dark', { timeout: 15_000 });
  await page.getByLabel('Layout').selectOption('box');
  await expect(page.locator('[part="banner"]')).toHaveClass(/\bbox\b/, { timeout: 15_000 });
  // Still German and dark: the switches add up, and hold on the next page.
  await expect(page.getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible();
  await expect(host).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Banner speaks')).toHaveValue('de');
  await page.goto('/conektio/pricing.html');
  await expect(page.getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible();
  await expect(host).toHaveAttribute('data-theme', 'dark');

  // A choice made, "Show the banner again" asks as for a new visitor.
  await page.getByRole('button', { name: 'Alle ablehnen' }).click();
  await expect(banner(page).or(page.getByRole('button', { name: 'Alle akzeptieren' }))).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the banner again' }).click();
  await expect(page.getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible({ timeout: 15_000 });

  // Back to the site as wired: English, the catalogue's own look; the catalogue file itself never changed.
  await page.getByLabel('Banner speaks').selectOption('');
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Theme').selectOption('');
  await expect(host).toHaveAttribute('data-theme', 'light', { timeout: 15_000 });
  await page.getByLabel('Layout').selectOption('');
  await expect(page.locator('[part="banner"]')).toHaveClass(/\bbar\b/, { timeout: 15_000 });
  expect((await (await page.request.get('/catalog/conektio.json')).json()).appearance).toBeUndefined();
});

test('every demo page has a favicon, and /favicon.ico is there for pages that name none', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  for (const path of ['/', '/conektio/', '/conektio/blog.html', '/konectus/settings.html', '/konecto/', '/konnecs/', '/editor/']) {
    await page.goto(path);
    const icon = page.locator('link[rel="icon"]');
    await expect(icon, path).toHaveCount(1);
    const href = await icon.evaluate((link: HTMLLinkElement) => link.href);
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type']).toBe('image/svg+xml');
  }
  expect((await page.request.get('/favicon.ico')).status()).toBe(200);
  expect(failed).toEqual([]);
});

test('Konnecs Store (US): from California no banner, the tags run, "Your Privacy Choices" opens the preferences; the panel can make the visitor German', { tag: '@one-engine' }, async ({ page }) => {
  await page.goto('/konnecs-us/');
  await page.evaluate(() => window.ConsentGate!.ready);
  await expect(panel(page, 'consent')).toContainText('jurisdiction us (opt-out), by default: performance, targeting');
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(async () => (await cookieNames(page)).filter((n) => n.startsWith('_ga') || n === '_fbp').sort()).toEqual(['_fbp', '_ga', '_ga_KONNECS']);
  await page.getByRole('button', { name: 'Your Privacy Choices' }).click();
  await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toContainText('opt out of the sale or sharing');
  await page.getByRole('dialog', { name: 'Cookie preferences' }).getByRole('button', { name: 'Close' }).click();
  // A visitor from Germany: asked first (the panel's switch sets a demo cookie and reloads).
  await page.context().clearCookies();
  await page.getByLabel('Visitor from').selectOption('de');
  await page.waitForLoadState('load');
  await expect(banner(page)).toBeVisible();
  await expect(panel(page, 'consent')).toHaveText('no choice yet: nothing optional granted');
});
