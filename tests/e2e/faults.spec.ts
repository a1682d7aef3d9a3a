import { readFileSync } from 'node:fs';
import { banner, expect, test, networkQuiet } from './fixtures';
import { BASE_URL } from './server';

test('a gated script that 404s or throws stops nothing else and is reported on the error event', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/test/faults.html');
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(true);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __errors: unknown[] }).__errors.length)).toBe(2);
  const state = await page.evaluate(() => {
    const w = window as unknown as { __errors: unknown[]; __ranAfterMissing?: boolean; __ranAfterThrow?: boolean };
    return { errors: w.__errors, afterMissing: w.__ranAfterMissing, afterThrow: w.__ranAfterThrow };
  });
  expect(state.afterMissing).toBe(true);
  expect(state.afterThrow).toBe(true);
  expect(state.errors).toEqual(
    expect.arrayContaining([
      { category: 'performance', src: expect.stringMatching(/\/test\/missing-tag\.js$/), message: 'failed to load' },
      { category: 'targeting', message: expect.stringContaining('tag broke') },
    ]),
  );
  // The only uncaught error on the page is the broken tag's own; consent-gate threw nothing.
  expect(pageErrors).toEqual(['tag broke']);
});

test('strict CSP (script-src nonce, no unsafe-inline for scripts or styles): the banner is styled, granted tags run, nothing is reported', async ({ page, trackers }) => {
  // A nonce for inline code and the tag hosts allowed by name: the SDK's own files and the
  // activated inline tags (which carry no nonce in the page) run only with the nonce it passes on.
  const CSP = "script-src 'nonce-r4nd0m' https://www.googletagmanager.com https://connect.facebook.net; style-src 'self'; object-src 'none'; base-uri 'none'";
  await page.route('**/test/site.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace('<script src="/dist/consent-gate.iife.js"', '<script nonce="r4nd0m" src="/dist/consent-gate.iife.js"')
      .replace('</body>', '<script nonce="r4nd0m">window.__pageScriptRan = true;</script></body>');
    route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  // Styled from a constructed stylesheet, which style-src without 'unsafe-inline' allows.
  expect(await page.getByRole('button', { name: 'Accept all' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 87, 208)');
  await page.getByRole('button', { name: 'Accept all' }).click();
  // The gated inline scripts had no nonce of their own: they ran with the SDK's.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __trackers?: string[] }).__trackers ?? [])).toEqual(
    expect.arrayContaining(['gtag.js', 'fbevents.js']),
  );
  expect(trackers.requests.some((u) => u.includes('/gtag/js'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});

test('hostile catalogue text is shown as text: markup in every text field runs nothing', { tag: '@one-engine' }, async ({ page }) => {
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
  await page.route('**/catalog/conektio.json', async (route) => {
    const response = await route.fetch();
    const catalog = await response.json();
    const texts = Object.fromEntries(['bannerTitle', 'bannerDescription', 'acceptAll', 'rejectAll', 'customize', 'privacyPolicy', 'preferencesTitle', 'preferencesDescription', 'saveChoices', 'close', 'alwaysOn', 'cookiesIn', 'cookieName', 'cookieProvider', 'cookieExpiry', 'cookieDescription'].map((key) => [key, `${key} ${payload}`]));
    const categories = Object.fromEntries(Object.keys(catalog.categories).map((id) => [id, { title: `${id} ${payload}`, description: payload }]));
    const services = catalog.services.map((s: Record<string, string>) => ({ ...s, name: `${s.id} ${payload}`, description: payload }));
    const cookies = catalog.cookies.map((c: Record<string, string>) => ({ ...c, provider: payload, expiry: payload, description: payload, domain: payload }));
    route.fulfill({ response, json: { ...catalog, site: payload, texts, categories, services, cookies } });
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto('/test/site.html');
  await expect(page.getByRole('region', { name: /^bannerTitle <img/ })).toBeVisible();
  await page.getByRole('button', { name: /^customize/ }).click();
  for (const summary of await page.locator('summary').all()) await summary.click();
  await expect(page.locator('[data-consent-gate-root] td').first()).toHaveText(`${payload} · ${payload}`);
  // An injected <img onerror> would have failed to load and run its handler by the time the network is quiet.
  await networkQuiet(page);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('[data-consent-gate-root] img, [data-consent-gate-root] script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a javascript: privacy-policy URL is refused with a console error naming the field; the banner shows without the link', { tag: '@one-engine' }, async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route('**/catalog/conektio.json', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, json: { ...(await response.json()), privacyPolicyUrl: 'javascript:alert(1)' } });
  });
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  await expect(banner(page).getByRole('link')).toHaveCount(0);
  await expect.poll(() => errors.join('\n')).toContain('catalog.privacyPolicyUrl: expected an http(s) or relative URL, got "javascript:alert(1)"');
});

/** The trackers the test page would run, and whether the page's own script after the SDK ran. */
async function pageState(page: import('@playwright/test').Page) {
  return page.evaluate(() => ({
    trackers: (window as unknown as { __trackers?: string[] }).__trackers ?? [],
    pageScriptRan: (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan === true,
  }));
}

/** site.html with a page-level script after the SDK, and its catalogue answered by `answer`. */
async function siteWithCatalogue(page: import('@playwright/test').Page, answer: Parameters<import('@playwright/test').Route['fulfill']>[0] | 'abort' | 'slow') {
  await page.route('**/test/site.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace('data-catalog=', 'data-catalog-timeout="1000" data-catalog=')
      .replace('</head>', '<script>window.__pageScriptRan = true;</script></head>');
    route.fulfill({ response, body: html });
  });
  await page.route('**/catalog/conektio.json', async (route) => {
    if (answer === 'abort') return route.abort('connectionrefused');
    // Slower than the timeout: the answer comes after the fallback banner and changes nothing.
    if (answer === 'slow') return setTimeout(() => void route.fulfill({ path: 'catalog/conektio.json' }).catch(() => {}), 3000);
    return route.fulfill(answer);
  });
}

for (const [fault, answer] of [
  ['unreachable', 'abort'],
  ['a 404', { status: 404, body: 'not found' }],
  ['invalid JSON', { status: 200, contentType: 'application/json', body: '{"revision": 1, "categories": {' }],
  ['the wrong schema', { status: 200, contentType: 'application/json', body: JSON.stringify({ revision: 'one', categories: ['performance'] }) }],
  ['too slow (past data-catalog-timeout)', 'slow'],
] as const) {
  test(`a catalogue that is ${fault}: the page keeps working, nothing optional runs, the problem is logged, a fallback banner asks`, { tag: '@one-engine' }, async ({ page, trackers }) => {
    const pageErrors: string[] = [];
    const logged: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
    await siteWithCatalogue(page, answer);
    await page.goto('/test/site.html');
    await networkQuiet(page);
    await expect.poll(() => logged.some((text) => text.includes('[consent-gate]'))).toBe(true);
    expect(await pageState(page)).toEqual({ trackers: [], pageScriptRan: true });
    expect(trackers.requests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => [window.ConsentGate!.hasConsent('performance'), window.ConsentGate!.getConsent()])).toEqual([false, null]);
    // A fallback banner offers the categories the page's tags name; a choice there applies as any other.
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('switch', { name: 'Performance and analytics' }).check();
    await expect(page.getByRole('switch', { name: 'Targeting and advertising' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => trackers.requests.some((u) => u.includes('/gtag/js'))).toBe(true);
    expect(trackers.requests.some((u) => u.includes('fbevents'))).toBe(false);
  });
}

test('a broken catalogue and no validator file (which brings the fallback): the page keeps working, nothing optional runs, the console says so', { tag: '@one-engine' }, async ({ page, trackers }) => {
  const pageErrors: string[] = [];
  const logged: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
  await page.route('**/dist/consent-gate.validate.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await siteWithCatalogue(page, { status: 404, body: 'not found' });
  await page.goto('/test/site.html');
  await expect.poll(() => logged.some((text) => text.includes('no fallback banner: nothing optional runs'))).toBe(true);
  expect(logged).toContainEqual(expect.stringMatching(/^\[consent-gate\] \S+\/dist\/consent-gate\.validate\.js failed to load$/));
  await page.evaluate(() => window.ConsentGate!.ready);
  // Actions called on a gate that never started do nothing, and throw nothing into the page.
  await page.evaluate(() => window.ConsentGate!.acceptAll());
  await networkQuiet(page);
  expect(await pageState(page)).toEqual({ trackers: [], pageScriptRan: true });
  expect(trackers.requests).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(await page.evaluate(() => [window.ConsentGate!.hasConsent('performance'), window.ConsentGate!.getConsent()])).toEqual([false, null]);
  expect(await page.locator('script[type="text/plain"][data-category="performance"]').count()).toBeGreaterThan(0);
});

test('a catalogue with one wrong gating field: the fallback banner never offers, describes or grants a category it switches off', { tag: '@one-engine' }, async ({ page, trackers }) => {
  // conektio.json with targeting switched off and a revision the loader cannot use.
  const conektio = JSON.parse(readFileSync('catalog/conektio.json', 'utf8'));
  await siteWithCatalogue(page, {
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ ...conektio, revision: 0, categories: { ...conektio.categories, targeting: { enabled: false } } }),
  });
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText('measure visits.');
  await expect(banner(page)).not.toContainText('ads');
  await page.getByRole('button', { name: 'Customize' }).click();
  await expect(page.getByRole('switch', { name: 'Targeting and advertising' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Close' }).click();
  await page.evaluate(() => window.ConsentGate!.acceptAll());
  expect(await page.evaluate(() => window.ConsentGate!.getConsent()!.granted)).toEqual(['strictly-necessary', 'performance']);
  await expect.poll(() => trackers.requests.some((u) => u.includes('/gtag/js'))).toBe(true);
  expect(trackers.requests.some((u) => u.includes('fbevents'))).toBe(false);
});

for (const [fault, value] of [
  ['malformed', '%7Bnot-json'],
  ['truncated', encodeURIComponent('{"version":1,"id":"0123456789abcdef0123456789abcdef","revision":1,"decidedAt":"2026-01-01T00:00:00Z","granted":["strictly-necessary","perf')],
  ['of an unknown version', encodeURIComponent(JSON.stringify({ version: 9, id: '0123456789abcdef0123456789abcdef', revision: 1, decidedAt: '2026-01-01T00:00:00Z', granted: ['strictly-necessary', 'performance', 'targeting'] }))],
  ['from the future', encodeURIComponent(JSON.stringify({ version: 1, id: '0123456789abcdef0123456789abcdef', revision: 1, decidedAt: '2099-01-01T00:00:00Z', granted: ['strictly-necessary', 'performance', 'targeting'] }))],
  ['naming unknown categories', encodeURIComponent(JSON.stringify({ version: 1, id: '0123456789abcdef0123456789abcdef', revision: 1, decidedAt: '2026-01-01T00:00:00Z', granted: ['strictly-necessary', 'marketing'] }))],
  ['oversized', encodeURIComponent(JSON.stringify({ version: 1, id: '0123456789abcdef0123456789abcdef', revision: 1, decidedAt: '2026-01-01T00:00:00Z', granted: ['strictly-necessary', 'performance', 'targeting'], services: Array.from({ length: 110 }, (_, i) => `service-${i}`) }))],
] as const) {
  test(`a consent cookie that is ${fault} counts as no choice: banner, nothing runs, replaced by the next choice`, async ({ page, trackers }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.context().addCookies([{ name: 'cg_consent', value, url: BASE_URL }]);
    await page.goto('/test/site.html');
    await expect(banner(page)).toBeVisible();
    await networkQuiet(page);
    expect(trackers.requests).toEqual([]);
    await page.getByRole('button', { name: 'Reject all' }).click();
    const stored = (await page.context().cookies()).find((c) => c.name === 'cg_consent')!;
    expect(JSON.parse(decodeURIComponent(stored.value))).toMatchObject({ version: 1, granted: ['strictly-necessary'] });
    expect(pageErrors).toEqual([]);
  });
}

test('loaded twice, one banner and each tag once; no global of its own but ConsentGate', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await page.route('**/test/site.html', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('</head>', '<script src="/dist/consent-gate.iife.js" data-catalog="/catalog/conektio.json"></script></head>') });
  });
  await page.addInitScript(() => {
    (window as unknown as { __before: string[] }).__before = Object.getOwnPropertyNames(window);
  });
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  expect(await page.locator('[data-consent-gate-root]').count()).toBe(1);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => trackers.requests.filter((u) => u.includes('/gtag/js')).length).toBe(1);
  await networkQuiet(page);
  expect(trackers.requests.filter((u) => u.includes('/gtag/js'))).toHaveLength(1);
  expect(trackers.requests.filter((u) => u.includes('fbevents.js'))).toHaveLength(1);
  // New globals: ours, and what the page's own (now granted) tags define.
  const added = await page.evaluate(() => {
    const before = new Set((window as unknown as { __before: string[] }).__before);
    return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && !name.startsWith('__')).sort();
  });
  expect(added).toEqual(['ConsentGate', '_fbq', 'dataLayer', 'fbq', 'gtag']);
});

for (const [label, stub] of [
  ['ignored', 'get() { return ""; }, set() {}'],
  ['throwing', 'get() { throw new DOMException("denied", "SecurityError"); }, set() { throw new DOMException("denied", "SecurityError"); }'],
] as const) {
  test(`cookies ${label}: the banner says the choice cannot be remembered, and the choice still applies to this page view`, async ({ page, trackers }) => {
    // Errors thrown by consent-gate's own files (the tag stand-ins read cookies too, and may fail where that throws).
    const ourErrors: string[] = [];
    page.on('pageerror', (error) => error.stack?.includes('/dist/consent-gate') && ourErrors.push(error.message));
    await page.addInitScript(`Object.defineProperty(Document.prototype, 'cookie', { configurable: true, ${stub} });`);
    await page.goto('/test/site.html');
    await expect(banner(page)).toContainText('Your browser does not let this site keep cookies, so your choice applies to this page only.');
    expect(trackers.requests).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    // The granted tags load for this page view.
    await expect.poll(() => trackers.requests.filter((u) => u.includes('/gtag/js') || u.includes('fbevents.js')).length).toBe(2);
    await expect(page.getByRole('status')).toHaveText('Your browser does not let this site keep cookies, so your choice applies to this page only.');
    expect(ourErrors).toEqual([]);
  });
}
