/**
 * The vendor integrations beyond Google and Meta (README, "Vendor integrations"), in Chromium with each vendor's
 * script stubbed by a stand-in that runs its queue as the vendor's does (tests/e2e/stubs): what each vendor
 * receives, in what order, before and after each choice, with the snippets as the vendors give them, gated
 * (tests/e2e/pages/vendors.html) and placed above consent-gate (vendors-above.html).
 */
import type { Page } from '@playwright/test';
import { banner, cookieNames, expect, hold, networkQuiet, test, type Trackers } from './fixtures';

const GATED = '/test/vendors.html';
const ABOVE = '/test/vendors-above.html';
const VENDORS = ['clarity', 'uet', 'ttq', 'matomo', 'posthog'] as const;
type Vendor = (typeof VENDORS)[number];

/** Every command the vendors' stand-ins processed, across reloads, in order (they log to sessionStorage). */
const vendorLog = (page: Page): Promise<string[]> => page.evaluate(() => JSON.parse(sessionStorage.getItem('vendor-log') ?? '[]'));
/** One vendor's commands from `from` on. */
const commands = async (page: Page, vendor: Vendor, from = 0) =>
  (await vendorLog(page)).slice(from).filter((entry) => entry.startsWith(vendor + ' ')).map((entry) => entry.slice(vendor.length + 1));

const DENIED = 'consentv2 {"ad_Storage":"denied","analytics_Storage":"denied"}';
const GRANTED = 'consentv2 {"ad_Storage":"granted","analytics_Storage":"granted"}';
/** Hits that carry data: TikTok events, Matomo requests, PostHog captures (Clarity's and UET's uploads say what consent they carry). */
const dataHits = (trackers: Trackers) => trackers.requests.filter((url) => /tiktok\.com\/api|matomo\.php|posthog\.com\/e\//.test(url));
/** The page's vendor queues as consent-gate left them, before the vendors' scripts ran. */
const queues = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, unknown[] & { q?: IArguments[] }>;
    // A vendor's script that has run replaced its queue with an object of its own: "loaded".
    const queue = (name: string) => (w[name] === undefined ? undefined : Array.isArray(w[name]) ? [...w[name]] : 'loaded');
    return { clarity: w.clarity?.q?.map((args) => Array.from(args)), uetq: queue('uetq'), ttq: queue('ttq'), _paq: queue('_paq'), posthog: queue('posthog') };
  });
/** The vendor parts have started: each queue exists with consent-gate's hold. */
const holdsInPlace = (page: Page) =>
  expect.poll(async () => Object.values(await queues(page)).every((queue) => Array.isArray(queue) && queue.length > 0), { timeout: 20_000 }).toBe(true);

test('gated snippets: nothing runs before a choice; accept sends each vendor its grant before its first command', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await page.goto(GATED);
  await expect(banner(page)).toBeVisible();
  await holdsInPlace(page);
  // The holds wait in queues of consent-gate's making, which the vendors' snippets adopt.
  expect(await queues(page)).toEqual({
    clarity: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]],
    uetq: ['consent', 'default', { ad_storage: 'denied' }],
    ttq: [['holdConsent']],
    _paq: [['requireConsent']],
    posthog: [['opt_out_capturing']],
  });
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);

  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => commands(page, 'posthog'), { timeout: 20_000 }).toContain('capture $pageview');
  await expect.poll(() => commands(page, 'uet')).toContain('pageLoad');
  expect(await commands(page, 'clarity')).toEqual([DENIED, GRANTED]);
  expect(await commands(page, 'uet')).toEqual(['consent default {"ad_storage":"denied"}', 'consent update {"ad_storage":"granted"}', 'pageLoad']);
  expect(await commands(page, 'ttq')).toEqual(['holdConsent', 'grantConsent', 'page']);
  // Matomo applies requireConsent and setConsentGiven first, as its tracker does; the page view follows them.
  expect(await commands(page, 'matomo')).toEqual([
    'requireConsent', 'setConsentGiven', 'setTrackerUrl https://consent-gate.matomo.cloud/matomo.php', 'setSiteId 1', 'trackPageView', 'enableLinkTracking',
  ]);
  expect(await commands(page, 'posthog')).toEqual(['init', 'opt_out_capturing', 'opt_in_capturing', 'capture $opt_in', 'capture $pageview']);
  await expect.poll(() => dataHits(trackers).length).toBe(4);
  expect(trackers.requests.filter((url) => url.includes('bat.bing.com/action'))).toEqual([expect.stringContaining('asc=G')]);
  expect(await cookieNames(page)).toEqual(expect.arrayContaining(['_clck', '_uetsid', '_pk_id.1.stub']));
});

test('a choice in one tab: the other open tab follows it, and PostHog gets one $opt_in in all, from the tab that decided', { tag: '@one-engine' }, async ({ page, context, trackers }) => {
  const other = await context.newPage();
  await page.goto(GATED);
  await other.goto(GATED);
  await expect(banner(other)).toBeVisible();
  // The visitor goes from the other tab to the first (headless tabs keep focus: blur and focus are sent by hand).
  await other.evaluate(() => window.dispatchEvent(new Event('blur')));
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => commands(page, 'posthog'), { timeout: 20_000 }).toContain('capture $pageview');
  await other.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(banner(other)).toBeHidden({ timeout: 20_000 });
  await expect.poll(() => commands(other, 'posthog'), { timeout: 20_000 }).toContain('capture $pageview');
  expect(await commands(page, 'posthog')).toEqual(['init', 'opt_out_capturing', 'opt_in_capturing', 'capture $opt_in', 'capture $pageview']);
  expect(await commands(other, 'posthog')).toEqual(['init', 'opt_out_capturing', 'opt_in_capturing {"captureEventName":false}', 'capture $pageview']);
  // The other vendors got their grant there too, before their first command.
  expect(await commands(other, 'ttq')).toEqual(['holdConsent', 'grantConsent', 'page']);
  expect(await commands(other, 'clarity')).toEqual([DENIED, GRANTED]);
  await expect.poll(() => trackers.requests.filter((url) => url.includes('posthog.com/e/?event=%24pageview')).length).toBe(2);
  expect(trackers.requests.filter((url) => url.includes('posthog.com/e/?event=%24opt_in'))).toHaveLength(1);
});

test('a returning visitor who allowed the vendors: each page view grants again, Clarity and PostHog without a deny first', { tag: '@one-engine' }, async ({ page }) => {
  await page.goto(GATED);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => commands(page, 'posthog'), { timeout: 20_000 }).toContain('capture $pageview');
  const before = (await vendorLog(page)).length;
  await page.reload();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => commands(page, 'posthog', before), { timeout: 20_000 }).toContain('capture $pageview');
  await expect.poll(() => commands(page, 'uet', before)).toContain('pageLoad');
  expect(await commands(page, 'clarity', before)).toEqual([GRANTED]);
  expect(await commands(page, 'uet', before)).toEqual(['consent default {"ad_storage":"denied"}', 'consent update {"ad_storage":"granted"}', 'pageLoad']);
  expect(await commands(page, 'ttq', before)).toEqual(['holdConsent', 'grantConsent', 'page']);
  expect((await commands(page, 'matomo', before)).slice(0, 2)).toEqual(['requireConsent', 'setConsentGiven']);
  // A standing opt-in repeated: no second $opt_in event.
  expect(await commands(page, 'posthog', before)).toEqual(['init', 'opt_in_capturing {"captureEventName":false}', 'capture $pageview']);
});

test('a withdrawal: every vendor gets its revoke before the reload, and nothing of theirs runs after it', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await page.goto(GATED);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => commands(page, 'posthog'), { timeout: 20_000 }).toContain('capture $pageview');
  await expect.poll(() => commands(page, 'uet')).toContain('pageLoad');
  const before = (await vendorLog(page)).length;
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('switch', { name: 'Performance and analytics' }).uncheck();
  await dialog.getByRole('switch', { name: 'Targeting and advertising' }).uncheck();
  const reloaded = page.waitForEvent('framenavigated');
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await reloaded;
  await page.waitForLoadState('load');
  await networkQuiet(page);
  const after = await vendorLog(page);
  expect(after.slice(before)).toEqual(
    expect.arrayContaining([
      'clarity ' + DENIED, 'uet consent update {"ad_storage":"denied"}', 'ttq revokeConsent', 'matomo forgetConsentGiven', 'posthog opt_out_capturing',
    ]),
  );
  // After the reload the snippets stay gated: no vendor script ran again.
  expect(after.slice(before)).toHaveLength(5);
  const requestsAfter = trackers.requests.length;
  await page.reload();
  await networkQuiet(page);
  expect(trackers.requests.slice(requestsAfter)).toEqual([]);
  expect(await cookieNames(page)).not.toEqual(expect.arrayContaining(['_clck']));
});

test('a first refusal: the revokes are queued after the holds, and no vendor script loads', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await page.goto(GATED);
  await holdsInPlace(page);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await expect(banner(page)).toBeHidden();
  expect(await queues(page)).toEqual({
    clarity: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }], ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]],
    uetq: ['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'denied' }],
    ttq: [['holdConsent'], ['revokeConsent']],
    _paq: [['requireConsent'], ['forgetConsentGiven']],
    posthog: [['opt_out_capturing'], ['opt_out_capturing']],
  });
  await networkQuiet(page);
  expect(trackers.requests).toEqual([]);
});

test('the catalogue lists the services: their categories and the per-service switches decide', { tag: '@one-engine' }, async ({ page }) => {
  await page.route(`**${GATED}`, async (route) => {
    const response = await route.fetch();
    const services =
      '"services": [{ "id": "posthog", "name": "PostHog", "category": "performance" }, { "id": "matomo", "name": "Matomo", "category": "performance" },' +
      ' { "id": "tiktok-pixel", "name": "TikTok Pixel", "category": "performance" }],';
    await route.fulfill({ response, body: (await response.text()).replace('"categories":', `${services} "categories":`) });
  });
  await page.goto(GATED);
  await page.getByRole('button', { name: 'Customize' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('switch', { name: 'Matomo' }).check();
  await dialog.getByRole('switch', { name: 'TikTok Pixel' }).check();
  await expect(dialog.getByRole('switch', { name: 'PostHog' })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => commands(page, 'matomo'), { timeout: 20_000 }).toContain('trackPageView');
  // TikTok moved to performance by the catalogue: its consent follows performance, although targeting is refused
  // (its snippet, marked data-category="targeting", stays gated by that).
  expect((await queues(page)).ttq).toEqual([['holdConsent'], ['grantConsent']]);
  expect((await commands(page, 'matomo')).slice(0, 2)).toEqual(['requireConsent', 'setConsentGiven']);
  // PostHog switched off: its snippet stays gated, and its queue holds the opt-out twice.
  expect((await queues(page)).posthog).toEqual([['opt_out_capturing'], ['opt_out_capturing']]);
  // UET (targeting, refused) never ran.
  expect(await commands(page, 'uet')).toEqual([]);
});

test('snippets above consent-gate: each hold reaches the front of its queue before the vendor script runs', { tag: '@one-engine' }, async ({ page, trackers }) => {
  // The vendors' scripts arrive after consent-gate's parts here, as on most pages (the parts are first-party and small).
  const releases = await Promise.all(
    ['https://www.clarity.ms/tag/**', '*://bat.bing.com/bat.js', 'https://analytics.tiktok.com/i18n/pixel/events.js*', 'https://cdn.matomo.cloud/**', 'https://us-assets.i.posthog.com/**'].map(
      (url) => hold(page, url),
    ),
  );
  await page.goto(ABOVE, { waitUntil: 'commit' });
  await expect(banner(page)).toBeVisible();
  // Each queue starts with consent-gate's hold, ahead of what the snippet queued itself.
  await expect.poll(async () => (await queues(page)).ttq, { timeout: 20_000 }).toEqual([['holdConsent'], ['page']]);
  await expect.poll(async () => (await queues(page))._paq?.[0]).toEqual(['requireConsent']);
  expect((await queues(page)).posthog?.[0]).toEqual(['opt_out_capturing']);
  expect((await queues(page)).uetq?.slice(0, 3)).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
  expect((await queues(page)).clarity?.[0]).toEqual(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]);
  for (const release of releases) release();
  await expect.poll(() => commands(page, 'posthog'), { timeout: 20_000 }).toContain('$pageview not sent: opted out');
  await expect.poll(() => commands(page, 'uet')).toContain('pageLoad');
  await networkQuiet(page);
  // Before consent: no data hit, UET's page load cookieless (asc=D), no vendor cookie.
  expect(dataHits(trackers)).toEqual([]);
  expect(trackers.requests.filter((url) => url.includes('bat.bing.com/action'))).toEqual([expect.stringContaining('asc=D')]);
  expect(await commands(page, 'ttq')).toEqual(['holdConsent', 'page']);
  expect((await commands(page, 'matomo')).slice(0, 1)).toEqual(['requireConsent']);
  expect(await cookieNames(page)).toEqual([]);
  // The choice reaches the vendors' loaded scripts directly.
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => dataHits(trackers).length).toBeGreaterThanOrEqual(3);
  expect(await commands(page, 'ttq')).toEqual(['holdConsent', 'page', 'grantConsent']);
  expect((await commands(page, 'matomo')).at(-1)).toBe('setConsentGiven');
  expect(await commands(page, 'posthog')).toEqual(expect.arrayContaining(['opt_in_capturing', 'capture $opt_in']));
  expect((await commands(page, 'clarity')).at(-1)).toBe(GRANTED);
  expect((await commands(page, 'uet')).at(-1)).toBe('consent update {"ad_storage":"granted"}');
  expect(await cookieNames(page)).toEqual(expect.arrayContaining(['_clck', '_pk_id.1.stub', 'cg_consent']));
});

/** The vendors page above with Matomo in cookies mode; `edit` changes the page further (its snippets). */
const matomoCookiesMode = (page: Page, edit = (html: string) => html) =>
  page.route(`**${ABOVE}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit((await response.text()).replace('"matomo": { "mode": "tracking" }', '"matomo": { "mode": "cookies" }')) });
  });

test('Matomo in cookies mode: it tracks without cookies until consent, then sets them', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await matomoCookiesMode(page);
  const release = await hold(page, 'https://cdn.matomo.cloud/**');
  await page.goto(ABOVE, { waitUntil: 'commit' });
  await expect.poll(async () => (await queues(page))._paq?.[0], { timeout: 20_000 }).toEqual(['requireCookieConsent']);
  release();
  await expect.poll(() => trackers.requests.filter((url) => url.includes('matomo.php')), { timeout: 20_000 }).toHaveLength(1);
  expect((await cookieNames(page)).filter((name) => name.startsWith('_pk_'))).toEqual([]);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => commands(page, 'matomo')).toContain('setCookieConsentGiven');
  expect(await cookieNames(page)).toContain('_pk_id.1.stub');
});

test('Matomo in cookies mode, the README\'s ungated snippet with requireCookieConsent of its own: no cookie before consent though matomo.js runs before consent-gate\'s file', { tag: '@one-engine' }, async ({ page, trackers }) => {
  await matomoCookiesMode(page, (html) => html.replace("_paq.push(['trackPageView']);", "_paq.push(['requireCookieConsent']);\n    _paq.push(['trackPageView']);"));
  const release = await hold(page, '**/dist/consent-gate.matomo.js');
  await page.goto(ABOVE, { waitUntil: 'commit' });
  // matomo.js ran first and tracked, cookieless: the snippet's own requireCookieConsent came first.
  await expect.poll(() => trackers.requests.filter((url) => url.includes('matomo.php')), { timeout: 20_000 }).toHaveLength(1);
  expect((await cookieNames(page)).filter((name) => name.startsWith('_pk_'))).toEqual([]);
  release();
  await expect(banner(page)).toBeVisible();
  await networkQuiet(page);
  expect((await cookieNames(page)).filter((name) => name.startsWith('_pk_'))).toEqual([]);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => commands(page, 'matomo')).toContain('setCookieConsentGiven');
  expect(await cookieNames(page)).toContain('_pk_id.1.stub');
});

test('a vendor script that ran before its part arrived: the commands go to it late, and the console says what to move', { tag: '@one-engine' }, async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const release = await hold(page, '**/dist/consent-gate.tiktok-pixel.js');
  await page.goto(ABOVE, { waitUntil: 'commit' });
  // TikTok's script ran first: its page view went out unheld.
  await expect.poll(() => commands(page, 'ttq'), { timeout: 20_000 }).toEqual(['page']);
  release();
  await expect.poll(() => commands(page, 'ttq')).toEqual(['page', 'holdConsent']);
  expect(warnings).toContainEqual(expect.stringContaining('tiktok-pixel ran before its consent could be set'));
});

test('a vendor part that fails to load keeps that vendor blocked, and the others run', { tag: '@one-engine' }, async ({ page, trackers }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route('**/dist/consent-gate.tiktok-pixel.js', (route) => route.abort());
  await page.goto(GATED);
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => commands(page, 'posthog'), { timeout: 20_000 }).toContain('capture $pageview');
  await networkQuiet(page);
  expect(trackers.requests.filter((url) => url.includes('tiktok'))).toEqual([]);
  expect(errors).toContainEqual(expect.stringContaining('consent-gate.tiktok-pixel.js failed to load'));
});
