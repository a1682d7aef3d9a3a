import { banner, cookieNames, expect, test, networkQuiet } from './fixtures';

test('inline catalogue: the API grants categories, reports changes and unsubscribes', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await page.goto('/test/inline.html');
  await expect(page.getByRole('region', { name: 'Cookies on this shop' })).toBeVisible();
  const seen = await page.evaluate(async () => {
    const log: string[] = [];
    document.addEventListener('consent-gate:change', (e) => log.push('dom:' + (e as CustomEvent).detail.granted.join(',')));
    const off = window.ConsentGate!.on('change', (c) => log.push('on:' + c.granted.join(',')));
    await window.ConsentGate!.acceptCategories(['performance']);
    off();
    await window.ConsentGate!.acceptCategories(['performance']);
    return log;
  });
  // Two choices: the DOM event saw both, the unsubscribed listener only the first.
  expect(seen.filter((e) => e.startsWith('dom:'))).toEqual(['dom:strictly-necessary,performance', 'dom:strictly-necessary,performance']);
  expect(seen.filter((e) => e.startsWith('on:'))).toEqual(['on:strictly-necessary,performance']);
  await expect(page.getByRole('region', { name: 'Cookies on this shop' })).toHaveCount(0);
  expect(await page.evaluate(() => [window.ConsentGate!.hasConsent('performance'), window.ConsentGate!.hasConsent('targeting')])).toEqual([true, false]);
  await expect.poll(() => trackers.requests.some((u) => u.includes('googletagmanager'))).toBe(true);
  expect(trackers.requests.some((u) => u.includes('facebook'))).toBe(false);
});

test('calls made before the catalogue has loaded are queued, not lost', { tag: '@one-engine' }, async ({ page }) => {
  // Hold the catalogue back so the page's own script runs first.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/catalog/conektio.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { early: boolean | undefined }).early = window.ConsentGate?.hasConsent('performance');
      window.ConsentGate?.acceptAll();
    });
  });
  await page.goto('/test/site.html');
  expect(await page.evaluate(() => (window as unknown as { early: boolean }).early)).toBe(false);
  release();
  await page.evaluate(() => window.ConsentGate!.ready);
  expect(await page.evaluate(() => window.ConsentGate!.getConsent()?.granted)).toEqual([
    'strictly-necessary',
    'performance',
    'targeting',
  ]);
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => cookieNames(page)).toContain('_fbp');
});

test('consent is withdrawn as easily as given: the footer link reopens the preferences', async ({ page }) => {
  await page.goto('/test/site.html');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  await expect(dialog.getByRole('switch', { name: 'Targeting and advertising' })).toBeChecked();
  // Saving without a change revokes nothing: no reload, and focus goes back to the link that opened the dialog.
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Cookie settings' })).toBeFocused();
  // Taking targeting back reloads the page (a running Pixel cannot be unloaded); the choice holds after it.
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await dialog.getByRole('switch', { name: 'Targeting and advertising' }).uncheck();
  const reloaded = page.waitForEvent('load');
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await reloaded;
  await page.evaluate(() => window.ConsentGate!.ready);
  expect(await page.evaluate(() => window.ConsentGate!.getConsent()?.granted)).toEqual(['strictly-necessary', 'performance']);
  await page.evaluate(() => window.ConsentGate!.showPreferences());
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a catalogue with a bad cookie row: every problem named on the console, the banner offers the rest', { tag: '@one-engine' }, async ({ page, trackers }) => {
  const errors: string[] = [];
  const pageErrors: Error[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.goto('/test/broken.html');
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => errors.join('\n')).toContain(
    'catalog.cookies[0].category: expected one of strictly-necessary, performance, functionality, targeting, unclassified, got "marketing"',
  );
  // The gate has run (and would have activated anything it wrongly granted) once `ready` settles.
  await page.evaluate(() => window.ConsentGate!.ready);
  expect(pageErrors).toEqual([]);
  expect(trackers.requests).toEqual([]);
  await page.getByRole('button', { name: 'A button of the page' }).click();
});

test('a catalogue gating cannot trust: problems named, a fallback banner for the page\'s categories, no tracker before a choice, the page keeps working', { tag: '@one-engine' }, async ({ page, trackers }) => {
  const errors: string[] = [];
  const pageErrors: Error[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.route('**/catalog/conektio.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ revision: 'two', privacyPolicyUrl: '/p', categories: { analytics: {} } }) }),
  );
  await page.goto('/test/site.html');
  await expect.poll(() => errors.join('\n')).toContain('catalog.revision: expected a whole number of at least 1, got "two"');
  expect(errors.join('\n')).toContain('catalog.categories key: expected one of strictly-necessary, performance, functionality, targeting, unclassified, got "analytics"');
  await networkQuiet(page);
  expect(pageErrors).toEqual([]);
  expect(trackers.requests).toEqual([]);
  // It names no category it knows, so the fallback offers those the page's gated elements name.
  await expect(banner(page)).toBeVisible();
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect(page.getByRole('switch', { name: 'Performance and analytics' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Targeting and advertising' })).toBeVisible();
  await page.getByRole('button', { name: 'Reject all' }).click();
  expect(await page.evaluate(() => window.ConsentGate!.getConsent()?.granted)).toEqual(['strictly-necessary']);
  await page.getByRole('button', { name: 'A button of the page' }).click();
  expect(trackers.requests).toEqual([]);
});
