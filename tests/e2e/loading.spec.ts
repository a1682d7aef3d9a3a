import { banner, expect, test, networkQuiet } from './fixtures';
import type { Page } from '@playwright/test';

/** Every consent-gate file the page fetched, by name. */
function sdkFiles(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop()!;
    if (name.startsWith('consent-gate')) files.push(name);
  });
  return files;
}

/** When the banner's host element entered the page and when the preferences file was asked for (ms since navigation). */
async function bannerThenPrefetch(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      if (!records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && n.hasAttribute('data-consent-gate-root')))) return;
      (window as unknown as { hostAt: number }).hostAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => ({
      hostAt: (window as unknown as { hostAt?: number }).hostAt,
      prefetchAt: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/consent-gate.preferences.js'))?.startTime,
    }));
}

test('a first visit fetches the loader, then the first layer beside it; the preferences file only once the banner shows', async ({ page }) => {
  const files = sdkFiles(page);
  const timing = await bannerThenPrefetch(page);
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  expect(files.slice(0, 2)).toEqual(['consent-gate.iife.js', 'consent-gate.ui.js']);
  // Prefetched in idle time after the banner's first frame, at low priority.
  await expect.poll(() => files).toEqual(['consent-gate.iife.js', 'consent-gate.ui.js', 'consent-gate.preferences.js']);
  await expect.poll(async () => (await timing()).prefetchAt).toBeGreaterThan(0);
  const { hostAt, prefetchAt } = await timing();
  expect(prefetchAt!).toBeGreaterThan(hostAt!);
  // With the prefetch in, "Customize" fetches nothing more.
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
  expect(files).toHaveLength(3);
});

test('the preferences file failing to load: the banner stays and works, "Customize" says why on the console and tries again', async ({ page, trackers }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  let down = true;
  await page.route('**/dist/consent-gate.preferences.js', (route) => (down ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect.poll(() => errors.join('\n')).toContain('[consent-gate] the preferences could not load:');
  await expect(banner(page)).toBeVisible();
  down = false;
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
  await page.getByRole('button', { name: 'Reject all' }).click();
  expect(await page.evaluate(() => window.ConsentGate!.getConsent()?.granted)).toEqual(['strictly-necessary']);
  expect(trackers.requests).toEqual([]);
});

test('a returning visitor fetches only the loader, and their granted tags still run', async ({ page, trackers }) => {
  await page.goto('/test/site.html');
  await page.getByRole('button', { name: 'Accept all' }).click();
  const files = sdkFiles(page);
  trackers.requests.length = 0;
  await page.reload();
  await expect.poll(() => trackers.requests.some((u) => u.includes('fbevents.js'))).toBe(true);
  await expect.poll(() => trackers.requests.some((u) => u.includes('gtag/js'))).toBe(true);
  await networkQuiet(page);
  expect(files).toEqual(['consent-gate.iife.js']);
  // Opening the preferences fetches the first layer and the dialog's file then, side by side.
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
  expect(files.slice().sort()).toEqual(['consent-gate.iife.js', 'consent-gate.preferences.js', 'consent-gate.ui.js']);
});

test('data-ui-src points the loader at a UI file elsewhere', async ({ page }) => {
  const files = sdkFiles(page);
  await page.route('**/elsewhere/ui.js', (route) => route.fulfill({ path: 'dist/consent-gate.ui.js', contentType: 'text/javascript' }));
  const elsewhere: string[] = [];
  await page.route('**/elsewhere/consent-gate.preferences.js', (route) => {
    elsewhere.push(route.request().url());
    return route.fulfill({ path: 'dist/consent-gate.preferences.js', contentType: 'text/javascript' });
  });
  await page.route('**/test/ui-src.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>t</title>
        <script type="application/json" id="consent-gate-config">{"revision":1,"privacyPolicyUrl":"/p","categories":{"performance":{}}}</script>
        <script src="/dist/consent-gate.iife.js" data-ui-src="/elsewhere/ui.js"></script></head><body><p>page</p></body></html>`,
    }),
  );
  await page.goto('/test/ui-src.html');
  await expect(banner(page)).toBeVisible();
  // The UI came from /elsewhere/ui.js, not from beside the loader, and the dialog's file from beside it.
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
  expect(files).toEqual(['consent-gate.iife.js', 'consent-gate.preferences.js']);
  expect(elsewhere).toHaveLength(1);
});

test('the UI file failing to load leaves the gate closed and the page working, and is tried again', async ({ page, trackers }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  let down = true;
  await page.route('**/dist/consent-gate.ui.js', (route) => (down ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
  await page.goto('/test/site.html');
  await expect.poll(() => errors.join('\n')).toContain('[consent-gate] no banner:');
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);
  // Recording a choice comes with the UI file: while it is down, an API call settles, grants nothing and throws nothing.
  await expect(page.evaluate(() => window.ConsentGate!.acceptCategories(['performance']))).resolves.toBeUndefined();
  expect(await page.evaluate(() => window.ConsentGate!.hasConsent('performance'))).toBe(false);
  expect(trackers.requests).toEqual([]);
  // The failed fetch is not remembered: once the file is back, the site's own consent button works.
  down = false;
  await page.evaluate(() => window.ConsentGate!.acceptCategories(['performance']));
  await expect.poll(() => trackers.requests.some((u) => u.includes('gtag/js'))).toBe(true);
});

test('a catch-all answering the UI file with the site\'s HTML (200) counts as a failed load: said on the console, tried again', async ({ page, trackers }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  let catchAll = true;
  await page.route('**/dist/consent-gate.ui.js', (route) =>
    catchAll ? route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Shop</title><p>Welcome' }) : route.fallback());
  await page.goto('/test/site.html');
  await expect.poll(() => errors.join('\n')).toMatch(/\[consent-gate\] \S+\/dist\/consent-gate\.ui\.js failed to load/);
  expect(trackers.requests).toEqual([]);
  catchAll = false;
  await page.evaluate(() => window.ConsentGate!.acceptCategories(['performance']));
  await expect.poll(() => trackers.requests.some((u) => u.includes('gtag/js'))).toBe(true);
});

/** site.html as a page in another language: only <html lang> changes. */
async function inLanguage(page: Page, lang: string) {
  await page.route('**/test/site.html', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`) });
  });
}

test('a German page fetches the German file alongside the UI, and only that one', async ({ page }) => {
  const files = sdkFiles(page);
  await inLanguage(page, 'de-DE');
  await page.goto('/test/site.html');
  await expect(page.getByRole('region', { name: 'Ihre Privatsphäre, Ihre Wahl' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Alle ablehnen' })).toBeVisible();
  await expect.poll(() => files.slice().sort()).toEqual(['consent-gate.iife.js', 'consent-gate.lang.de.js', 'consent-gate.preferences.js', 'consent-gate.ui.js']);
});

test('a page without a language speaks the first of the visitor\'s languages that is built in (here Brazilian Portuguese)', { tag: '@one-engine' }, async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['ja-JP', 'pt-BR', 'en'] }));
  await page.route('**/test/site.html', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', '<html>') });
  });
  await page.goto('/test/site.html');
  await expect(page.getByRole('region', { name: 'Sua privacidade, sua escolha' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rejeitar todos' })).toBeVisible();
});

test('data-language on the script tag wins over the page language', { tag: '@one-engine' }, async ({ page }) => {
  await page.route('**/test/site.html', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('data-catalog=', 'data-language="it" data-catalog=') });
  });
  await page.goto('/test/site.html');
  await expect(page.getByRole('region', { name: 'La tua privacy, la tua scelta' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rifiuta tutti' })).toBeVisible();
});

test('catalogue texts written per language: a German page gets the German ones, and built-in German where there are none', { tag: '@one-engine' }, async ({ page }) => {
  await inLanguage(page, 'de');
  await page.route('**/catalog/conektio.json', async (route) => {
    const response = await route.fetch();
    const catalog = await response.json();
    route.fulfill({
      response,
      json: {
        ...catalog,
        texts: { bannerTitle: { en: 'Cookies at Conektio', de: 'Cookies bei Conektio' }, acceptAll: 'Accept everything' },
        categories: { ...catalog.categories, performance: { title: { en: 'Visit statistics', de: 'Besuchsstatistik' } } },
      },
    });
  });
  await page.goto('/test/site.html');
  await expect(page.getByRole('region', { name: 'Cookies bei Conektio' })).toBeVisible();
  // "Accept everything" is English only: the built-in German shows instead.
  await expect(page.getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible();
  await page.getByRole('button', { name: 'Anpassen' }).click();
  await expect(page.getByRole('switch', { name: 'Besuchsstatistik' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Marketing und Werbung' })).toBeVisible();
});

test('an Arabic page gets the banner right to left', async ({ page }) => {
  await inLanguage(page, 'ar');
  await page.goto('/test/site.html');
  const accept = page.getByRole('button', { name: 'قبول الكل' });
  await expect(accept).toBeVisible();
  expect(await accept.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});

test('a missing language file leaves the banner in English', { tag: '@one-engine' }, async ({ page }) => {
  await inLanguage(page, 'fr');
  await page.route('**/dist/consent-gate.lang.fr.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible();
});
