/**
 * One catalogue, every jurisdiction (README, "Jurisdictions"), in Chromium with
 * the tracker hosts stubbed: the region the site gives on the script tag picks
 * the rule, and each rule's model decides what runs before a choice.
 */
import type { Page } from '@playwright/test';
import { banner, cookieNames, expect, networkQuiet, test, type Trackers } from './fixtures';

const PAGE = '/test/jurisdictions.html';

/** The page as a visitor from `region` (none: the attribute removed); `edit` changes the HTML further. */
async function visitFrom(page: Page, region: string | undefined, { gpc = false, edit = (html: string) => html, waitUntil = 'load' as 'load' | 'commit', ready = true } = {}) {
  if (gpc) await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.unroute(`**${PAGE}`);
  await page.route(`**${PAGE}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(' data-region="DE"', region ? ` data-region="${region}"` : '');
    await route.fulfill({ response, body: edit(html) });
  });
  await page.goto(PAGE, { waitUntil });
  await page.waitForFunction(() => window.ConsentGate);
  if (ready) await page.evaluate(() => window.ConsentGate!.ready);
}

/** Holds back the file until the returned function is called (a slow network, told apart from a fast one). */
async function holdFile(page: Page, glob: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(glob, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const CONFIG = /<script type="application\/json" id="consent-gate-config">([\s\S]*?)<\/script>/;
/** The page's inline catalogue served at /test/jurisdictions-catalog.json, for `atUrl`. */
async function serveCatalogAtUrl(page: Page) {
  await page.route('**/test/jurisdictions-catalog.json', async (route) => {
    const response = await route.fetch({ url: new URL(PAGE, route.request().url()).href });
    await route.fulfill({ status: 200, contentType: 'application/json', body: CONFIG.exec(await response.text())![1]! });
  });
}
/** The page with its catalogue at a URL (`data-catalog`) instead of inline. */
const atUrl = (html: string) =>
  html.replace(CONFIG, '').replace('<script src="/dist/consent-gate.iife.js"', '<script src="/dist/consent-gate.iife.js" data-catalog="/test/jurisdictions-catalog.json"');

const gtagLoaded = (trackers: Trackers) => trackers.requests.some((url) => url.includes('/gtag/js'));
const pixelLoaded = (trackers: Trackers) => trackers.requests.some((url) => url.includes('fbevents.js'));
const pixelHits = (trackers: Trackers) => trackers.requests.filter((url) => url.includes('facebook.com/tr'));
const choicesButton = (page: Page) => page.getByRole('button', { name: 'Your Privacy Choices' });

/** window.dataLayer, gtag's `arguments` entries as arrays. */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []).map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as IArguments) : entry,
    ),
  );

test.describe('jurisdictions', { tag: '@one-engine' }, () => {
  test('DE (EEA, opt-in): the banner asks and nothing optional runs before consent', async ({ page, trackers }) => {
    await visitFrom(page, 'DE');
    await expect(banner(page)).toBeVisible();
    await networkQuiet(page);
    expect(trackers.requests).toEqual([]);
    expect(await page.evaluate(() => window.ConsentGate!.getConsent())).toBeNull();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => gtagLoaded(trackers)).toBe(true);
    const consent = await page.evaluate(() => window.ConsentGate!.getConsent());
    expect(consent).toMatchObject({ jurisdiction: 'eu', model: 'opt-in', granted: ['strictly-necessary', 'performance', 'targeting'] });
    expect(consent?.byDefault).toBeUndefined();
  });

  test('no region: the default rule (opt-in) applies, as for an unknown one', async ({ page, trackers }) => {
    await visitFrom(page, undefined);
    await expect(banner(page)).toBeVisible();
    await networkQuiet(page);
    expect(trackers.requests).toEqual([]);
    await visitFrom(page, 'Narnia');
    await expect(banner(page)).toBeVisible();
  });

  test('GB with performance by objection: analytics runs without a choice, the banner asks only for targeting', async ({ page, trackers }) => {
    await visitFrom(page, 'GB');
    await expect(banner(page)).toBeVisible();
    await expect.poll(() => gtagLoaded(trackers)).toBe(true);
    await networkQuiet(page);
    expect(pixelLoaded(trackers)).toBe(false);
    // The notice names what runs by objection and how to object; the consent sentence names only targeting.
    await expect(banner(page)).toContainText('With your consent, we also use cookies to show relevant ads.');
    await expect(banner(page)).toContainText('We also use cookies to measure visits unless you object');
    await page.getByRole('button', { name: 'Customize' }).click();
    const performance = page.getByRole('switch', { name: 'Performance and analytics' });
    await expect(performance).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Targeting and advertising' })).not.toBeChecked();
    expect(await cookieNames(page)).toContain('_ga');
    // Objecting: switching it off deletes its cookies (and reloads, as a revocation does).
    await performance.uncheck();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Save choices' }).click();
    await reloaded;
    await expect.poll(() => cookieNames(page)).not.toContain('_ga');
    expect((await cookieNames(page)).filter((name) => name.startsWith('_ga_'))).toEqual([]);
    await expect(banner(page)).toBeHidden();
    expect(await page.evaluate(() => window.ConsentGate!.hasConsent('performance'))).toBe(false);
  });

  test('GB with nothing else optional: analytics runs and no banner shows', async ({ page, trackers }) => {
    await visitFrom(page, 'GB', { edit: (html) => html.replace('"targeting": {} }', '"targeting": { "enabled": false } }') });
    await expect.poll(() => gtagLoaded(trackers)).toBe(true);
    await networkQuiet(page);
    await expect(banner(page)).toBeHidden();
    expect(await page.evaluate(() => window.ConsentGate!.needsChoice())).toBe(false);
    // No banner to say so: the settings button is the simple way to object.
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    await expect(page.getByRole('switch', { name: 'Performance and analytics' })).toBeChecked();
  });

  test('US-CA (opt-out): no banner, the tags run, "Your Privacy Choices" opens the preferences, opting out of targeting stops the Pixel', async ({ page, trackers }) => {
    await visitFrom(page, 'US-CA');
    await expect.poll(() => gtagLoaded(trackers)).toBe(true);
    await expect.poll(() => pixelHits(trackers)).toHaveLength(1);
    await networkQuiet(page);
    await expect(banner(page)).toBeHidden();
    expect(await page.evaluate(() => window.ConsentGate!.getConsent())).toMatchObject({
      jurisdiction: 'us', model: 'opt-out', byDefault: ['performance', 'targeting'],
    });
    await choicesButton(page).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await expect(dialog).toContainText('opt out of the sale or sharing of your personal information and of targeted advertising');
    const targeting = dialog.getByRole('switch', { name: 'Targeting and advertising' });
    await expect(targeting).toBeChecked();
    await targeting.uncheck();
    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await reloaded;
    const hitsBefore = pixelHits(trackers).length;
    await networkQuiet(page);
    // After the reload the Pixel stays inert; analytics still runs; the Pixel's cookie is gone.
    expect(pixelHits(trackers)).toHaveLength(hitsBefore);
    expect(await page.evaluate(() => window.ConsentGate!.hasConsent('targeting'))).toBe(false);
    expect(await page.evaluate(() => window.ConsentGate!.hasConsent('performance'))).toBe(true);
    expect(await cookieNames(page)).not.toContain('_fbp');
    await expect(choicesButton(page)).toBeVisible();
  });

  test('US-CA with GPC: targeting never runs, the status line shows, Consent Mode denies the ad types', async ({ page, trackers }) => {
    await visitFrom(page, 'US-CA', { gpc: true });
    await expect.poll(() => gtagLoaded(trackers)).toBe(true);
    await networkQuiet(page);
    expect(pixelLoaded(trackers)).toBe(false);
    await expect(banner(page)).toBeHidden();
    await expect(page.getByText('Opt-out request honoured')).toBeVisible();
    await expect(choicesButton(page)).toBeVisible();
    // Heard with the button, which says it opens a dialog.
    await expect(choicesButton(page)).toHaveAccessibleDescription('Opt-out request honoured');
    await expect(choicesButton(page)).toHaveAttribute('aria-haspopup', 'dialog');
    // The US rule's regional default already denies the ad types under GPC.
    const usDefault = (await dataLayer(page)).find((e) => Array.isArray(e) && e[1] === 'default' && (e[2] as { region?: string[] }).region?.includes('US-CA'));
    expect(usDefault).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' })]);
    const update = (await dataLayer(page)).filter((e) => Array.isArray(e) && e[1] === 'update').at(-1);
    expect(update).toEqual(['consent', 'update', expect.objectContaining({
      ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted',
    })]);
    await choicesButton(page).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await expect(dialog.getByText('Opt-out request honoured')).toBeVisible();
    await expect(dialog.getByRole('switch', { name: 'Targeting and advertising' })).not.toBeChecked();
  });

  test('a record made under opt-out without an explicit choice: a visitor now in DE is asked again, nothing optional runs', async ({ page, trackers }) => {
    await visitFrom(page, 'US-CA');
    await choicesButton(page).click();
    await page.getByRole('switch', { name: 'Targeting and advertising' }).uncheck();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Save choices' }).click();
    await reloaded;
    // Analytics stayed on by default in that record: in DE that is no consent.
    expect(await page.evaluate(() => window.ConsentGate!.getConsent()?.byDefault)).toEqual(['performance']);
    trackers.requests.length = 0;
    await visitFrom(page, 'DE');
    await expect(banner(page)).toBeVisible();
    await networkQuiet(page);
    expect(trackers.requests).toEqual([]);
    expect(await page.evaluate(() => window.ConsentGate!.hasConsent('performance'))).toBe(false);
  });

  test('Consent Mode: one default per rule with its regions, then the default rule\'s, all before any Google command', async ({ page, trackers }) => {
    await visitFrom(page, 'US-CA');
    await expect.poll(() => gtagLoaded(trackers)).toBe(true);
    const entries = await dataLayer(page);
    const defaults = entries.filter((e) => Array.isArray(e) && e[1] === 'default') as [string, string, Record<string, unknown>][];
    const denied = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };
    // (The denied default held in place until the regions file arrived gave way to these.)
    expect(defaults.map((d) => d[2].region ?? 'none')).toEqual([expect.arrayContaining(['DE', 'FR', 'NO', 'IS', 'LI']), ['GB'], ['US-CA', 'US-CO', 'US-TX'], 'none']);
    expect(defaults[0]![2]).toMatchObject(denied);
    expect(defaults[1]![2]).toMatchObject({ ...denied, analytics_storage: 'granted' });
    expect(defaults[2]![2]).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' });
    expect(defaults[3]![2]).toMatchObject(denied);
    // Every default precedes Google's first command, and the tag saw none before a default.
    const firstGoogle = entries.findIndex((e) => Array.isArray(e) && (e[0] === 'js' || e[0] === 'config'));
    const lastDefault = entries.map((e) => Array.isArray(e) && e[1] === 'default').lastIndexOf(true);
    expect(lastDefault).toBeLessThan(firstGoogle);
    expect(await page.evaluate(() => (window as unknown as { __gtagBeforeDefault: string[] }).__gtagBeforeDefault)).toEqual([]);
  });

  test('setRegion before the catalogue arrives applies; data-region wins over it', async ({ page }) => {
    // The catalogue at a URL, so the page's script after the tag runs before the gate starts.
    await serveCatalogAtUrl(page);
    const fromScript = (html: string) =>
      atUrl(html).replace('</head>', '<script>ConsentGate.setRegion("US-CA")</script></head>');
    await visitFrom(page, undefined, { edit: fromScript });
    expect(await page.evaluate(() => window.ConsentGate!.getConsent()?.jurisdiction)).toBe('us');
    await expect(banner(page)).toBeHidden();
    await visitFrom(page, 'DE', { edit: fromScript });
    await expect(banner(page)).toBeVisible();
  });

  test('GPP: __gpp answers ping before its part has loaded, then fills usnat; opting out sets the three fields and fires sectionChange', async ({ page }) => {
    const release = await holdFile(page, '**/dist/consent-gate.gpp.js');
    // The page's load waits for the held file: only its start is awaited.
    await visitFrom(page, 'US-CA', { waitUntil: 'commit', edit: (html) => html.replace('"categories":', '"options": { "reloadOnRevoke": false }, "categories":') });
    const ping = () => page.evaluate(() => new Promise<Record<string, unknown>>((resolve) => window.__gpp!('ping', (data) => resolve(data as Record<string, unknown>))));
    expect(await ping()).toMatchObject({ cmpStatus: 'stub', signalStatus: 'not ready', cmpId: 300 });
    // A call made meanwhile is answered once the fields are set, never before.
    const early = page.evaluate(() => new Promise((resolve) => window.__gpp!('getField', (value) => resolve(value), 'usnat.SaleOptOut')));
    release();
    expect(await early).toBe(2);
    await expect.poll(ping).toMatchObject({ cmpStatus: 'loaded', signalStatus: 'ready', applicableSections: [7], cmpId: 300 });
    const field = (name: string) => page.evaluate((name) => new Promise((resolve) => window.__gpp!('getField', (value) => resolve(value), name)), name);
    expect(await field('usnat.SharingOptOut')).toBe(2);
    expect(await field('usnat.TargetedAdvertisingOptOut')).toBe(2);
    expect(await field('usnat.SaleOptOutNotice')).toBe(1);
    expect(await field('usnat.Gpc')).toBe(false);
    await page.evaluate(() => {
      (window as unknown as { __sections: string[] }).__sections = [];
      window.__gpp!('addEventListener', (event) => {
        const { eventName, data } = event as { eventName: string; data: unknown };
        if (eventName === 'sectionChange') (window as unknown as { __sections: unknown[] }).__sections.push(data);
      });
    });
    await page.evaluate(() => window.ConsentGate!.acceptCategories(['performance']));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __sections: string[] }).__sections)).toEqual(['usnat']);
    for (const name of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(await field(`usnat.${name}`)).toBe(1);
  });

  test('GPP with GPC in US-CA: Gpc is true and the three opt-out fields 1, before any choice', async ({ page }) => {
    await visitFrom(page, 'US-CA', { gpc: true });
    const field = (name: string) => page.evaluate((name) => new Promise((resolve) => window.__gpp!('getField', (value) => resolve(value), name)), name);
    await expect.poll(() => field('usnat.Gpc')).toBe(true);
    // A tag the gate released at start found __gpp already there.
    expect(await page.evaluate(() => (window as unknown as { __gppAtTag: string }).__gppAtTag)).toBe('function');
    for (const name of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(await field(`usnat.${name}`)).toBe(1);
  });

  test('GPP in an opt-in jurisdiction: applicableSections [-1], signal ready, and IAB\'s encoder is never fetched', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await visitFrom(page, 'DE');
    const ping = await page.evaluate(() => new Promise<Record<string, unknown>>((resolve) => window.__gpp!('ping', (data) => resolve(data as Record<string, unknown>))));
    expect(ping).toMatchObject({ applicableSections: [-1], signalStatus: 'ready', cmpStatus: 'loaded' });
    expect(await page.evaluate(() => new Promise((resolve) => window.__gpp!('hasSection', (value) => resolve(value), 'usnat')))).toBe(false);
    await networkQuiet(page);
    expect(fetched.filter((url) => url.includes('consent-gate.gpp.js'))).toEqual([]);
  });

  test('GPP: no __gpp at all where the catalogue does not turn it on', async ({ page }) => {
    await visitFrom(page, 'US-CA', { edit: (html) => html.replace(', "gpp": { "cmpId": 300, "cmpVersion": 2 }', '') });
    expect(await page.evaluate(() => typeof window.__gpp)).toBe('undefined');
  });

  test('without consent-gate.regions.js nothing optional runs, whatever the region: the fallback banner asks', async ({ page, trackers }) => {
    await page.route('**/dist/consent-gate.regions.js', (route) => route.abort());
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await visitFrom(page, 'US-CA');
    await expect(banner(page)).toBeVisible();
    await networkQuiet(page);
    expect(trackers.requests).toEqual([]);
    expect(await page.evaluate(() => window.ConsentGate!.hasConsent('performance'))).toBe(false);
    expect(errors.join('\n')).toContain('consent-gate.regions.js failed to load');
  });

  test('appearance.privacyChoicesButton false: no floating button; the site\'s own link opens the opt-out preferences', async ({ page }) => {
    await visitFrom(page, 'US-CA', {
      edit: (html) => html
        .replace('"categories":', '"appearance": { "privacyChoicesButton": false }, "categories":')
        .replace('</body>', '<a href="#" data-consent-gate="preferences">Do Not Sell or Share My Personal Information</a></body>'),
    });
    await networkQuiet(page);
    await expect(choicesButton(page)).toHaveCount(0);
    await page.getByRole('link', { name: 'Do Not Sell or Share My Personal Information' }).click();
    await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toContainText('opt out of the sale or sharing');
  });

  test('data-gpp with a catalogue at a URL: __gpp answers from the moment the loader has run', async ({ page }) => {
    await serveCatalogAtUrl(page);
    await visitFrom(page, 'US-CA', {
      edit: (html) => atUrl(html)
        .replace('<script src="/dist/consent-gate.iife.js"', '<script src="/dist/consent-gate.iife.js" data-gpp')
        // A vendor asking in the very next script, before the catalogue can have arrived.
        .replace('</head>', '<script>window.__early = typeof __gpp === "function" && (function () { var r; __gpp("ping", function (d) { r = d; }); return r; })();</script></head>'),
    });
    expect(await page.evaluate(() => (window as unknown as { __early: unknown }).__early)).toMatchObject({ cmpStatus: 'stub', signalStatus: 'not ready' });
    const field = () => page.evaluate(() => new Promise((resolve) => window.__gpp!('getField', (value) => resolve(value), 'usnat.SaleOptOut')));
    await expect.poll(field).toBe(2);
  });

  test('an ungated Google tag below the loader reads a denied default, never none, while consent-gate.regions.js is on its way', async ({ page }) => {
    const release = await holdFile(page, '**/dist/consent-gate.regions.js');
    const ungated = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-TEST');</script>
</head>`;
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await visitFrom(page, 'DE', { waitUntil: 'commit', ready: false, edit: (html) => html.replace('</head>', ungated) });
    const commands = () => page.evaluate(() => (window as unknown as { __gtagCommands?: string[] }).__gtagCommands ?? []);
    // gtag.js has run before the regions file arrived: it saw the denied default first.
    await expect.poll(commands).toContain('config G-TEST');
    expect((await commands())[0]).toBe('consent default');
    expect(await page.evaluate(() => (window as unknown as { __gtagBeforeDefault: string[] }).__gtagBeforeDefault)).toEqual([]);
    release();
    await page.evaluate(() => window.ConsentGate!.ready);
    await expect(banner(page)).toBeVisible();
    expect(warnings.join('\n')).not.toContain('ran first');
  });

  test('an inline catalogue with jurisdictions and gpp: __gpp exists in the very next script, without data-gpp', async ({ page }) => {
    await page.route('**/dist/consent-gate.regions.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await visitFrom(page, 'US-CA', { edit: (html) => html.replace('</head>', '<script>window.__early = typeof window.__gpp;</script></head>') });
    expect(await page.evaluate(() => (window as unknown as { __early: string }).__early)).toBe('function');
  });

  test('GPC in US-CA, then the visitor switches targeting on: the explicit choice wins and "Opt-out request honoured" is no longer claimed', async ({ page, trackers }) => {
    await visitFrom(page, 'US-CA', { gpc: true });
    await expect(page.getByText('Opt-out request honoured')).toBeVisible();
    await choicesButton(page).click();
    await page.getByRole('switch', { name: 'Targeting and advertising' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => pixelLoaded(trackers)).toBe(true);
    await expect(page.getByText('Opt-out request honoured')).toBeHidden();
    await page.reload();
    await page.evaluate(() => window.ConsentGate!.ready);
    await expect(choicesButton(page)).toBeVisible();
    await expect(page.getByText('Opt-out request honoured')).toBeHidden();
  });

  test('the status line atop the preferences speaks the page\'s language', async ({ page }) => {
    await visitFrom(page, 'US-CA', { gpc: true, edit: (html) => html.replace('<html lang="en">', '<html lang="de">') });
    await page.getByRole('button', { name: 'Ihre Datenschutzoptionen' }).click();
    await expect(page.getByRole('dialog').getByText('Widerspruch (Opt-out) berücksichtigt')).toBeVisible();
  });

  test('a site\'s own opt-out link calls refuse("targeting"): analytics stays a grant by default, so a visitor now in DE is asked; getJurisdiction says where the visitor is now', async ({ page }) => {
    await visitFrom(page, 'US-CA', { edit: (html) => html.replace('"categories":', '"options": { "reloadOnRevoke": false }, "categories":') });
    expect(await page.evaluate(() => window.ConsentGate!.getJurisdiction())).toEqual({ jurisdiction: 'us', model: 'opt-out' });
    await page.evaluate(() => window.ConsentGate!.refuse('targeting'));
    expect(await page.evaluate(() => window.ConsentGate!.getConsent())).toMatchObject({ granted: ['strictly-necessary', 'performance'], byDefault: ['performance'] });
    // Kept as long as any choice may be (395 days), not consentMaxAgeDays: nobody would ask again.
    const stored = (await page.context().cookies()).find((c) => c.name === 'cg_consent')!;
    expect(stored.expires * 1000 - Date.now()).toBeGreaterThan(394 * 86_400_000);
    await visitFrom(page, 'GB');
    // The record was made in the US; the visitor is in the UK now, where analytics runs by objection.
    expect(await page.evaluate(() => [window.ConsentGate!.getConsent()?.jurisdiction, window.ConsentGate!.getJurisdiction()?.jurisdiction])).toEqual(['us', 'uk']);
    await visitFrom(page, 'DE');
    await expect(banner(page)).toBeVisible();
    expect(await page.evaluate(() => window.ConsentGate!.hasConsent('performance'))).toBe(false);
  });

  test('GPP reports the GPC signal the browser sends even where the catalogue does not honour it', async ({ page }) => {
    await visitFrom(page, 'US-CA', { gpc: true, edit: (html) => html.replace('"categories":', '"options": { "honorGpc": false }, "categories":') });
    const field = (name: string) => page.evaluate((name) => new Promise((resolve) => window.__gpp!('getField', (value) => resolve(value), name)), name);
    await expect.poll(() => field('usnat.Gpc')).toBe(true);
    // Not honoured: targeting runs, and the opt-out fields say so.
    expect(await field('usnat.SaleOptOut')).toBe(2);
  });
});
