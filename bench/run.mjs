#!/usr/bin/env node
/**
 * `npm run bench`: consent-gate (catalogue inline, and at a URL with its
 * preload hint) against vanilla-cookieconsent 3.1.0, Klaro
 * 0.7.22 and tarteaucitron 1.34.0 on the same page (four categories, gtag.js gated on performance, the
 * Meta Pixel on targeting), as defined in ../shared/BENCHMARKING.md:
 *   headless Chromium, phone viewport, CPU throttled 4x, a fresh context per
 *   sample, SDKs alternating sample by sample, gzip -9 from the server,
 *   tracker hosts answered by local stubs.
 * Prints a markdown table, writes bench-results/latest.json and rewrites the
 * README's table from it (bench/readme.mjs).
 * BENCH_RUNS (default 15) sets the samples per SDK.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { startServer } from '../scripts/serve.mjs';
import { markdown, updateReadme } from './readme.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}`;
/**
 * Each SDK's page, the files it fetches, its control that opens the preferences
 * (a Playwright selector, which pierces open shadow roots) and its preferences
 * dialog (a CSS selector, looked up in the document and in open shadow roots).
 */
const SDKS = {
  // A first visit's bytes are what the banner needs to be usable: consent-gate's preferences file is prefetched in
  // idle time after the banner shows (firstFiles leaves it out; `files` counts every file, for the returning visit).
  'consent-gate': { page: 'consent-gate.html', files: /\/dist\/consent-gate/, firstFiles: /\/dist\/consent-gate\.(?!preferences)/, customize: '[data-opens-preferences]', dialog: 'dialog[aria-labelledby="cg-prefs-title"][open]' },
  // The README's first quick start: the same catalogue at a URL (data-catalog), with its preload hint; its bytes count.
  'consent-gate (data-catalog)': { page: 'consent-gate-url.html', files: /\/dist\/consent-gate|\/bench\/catalog\.json/, firstFiles: /\/dist\/consent-gate\.(?!preferences)|\/bench\/catalog\.json/, customize: '[data-opens-preferences]', dialog: 'dialog[aria-labelledby="cg-prefs-title"][open]' },
  'vanilla-cookieconsent': { page: 'vanilla-cookieconsent.html', files: /\/peers\/vanilla-cookieconsent\//, customize: '#cc-main [data-role="show"]', dialog: '#cc-main .pm' },
  klaro: { page: 'klaro.html', files: /\/peers\/klaro\//, customize: '.klaro .cn-learn-more', dialog: '.klaro .cookie-modal .cm-modal' },
  tarteaucitron: { page: 'tarteaucitron.html', files: /\/peers\/tarteaucitron\//, customize: '#tarteaucitronCloseAlert', dialog: '#tarteaucitron' },
};
const TRACKERS = /(^|\.)(googletagmanager\.com|google-analytics\.com|connect\.facebook\.net|facebook\.com)$/;
const stub = (name) => readFile(new URL(`../tests/e2e/stubs/${name}`, import.meta.url), 'utf8');
const STUBS = { gtag: await stub('gtag.js'), fbevents: await stub('fbevents.js') };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Time to banner: the first animation frame in which a visible "Accept all"
 * button is in the viewport (light DOM or an open shadow root under <body>).
 * Also sums layout shifts without recent input, and, for the page's one click:
 *   - its Event Timing entries (event-to-paint, 16 ms threshold);
 *   - `nextFrame`, from the click event's timestamp to a task queued by the next
 *     animation frame (after that frame's paint), the fallback if Event Timing
 *     reports nothing;
 *   - `dialog`, once `bench.dialogSelector` is set, from the click to the first
 *     frame in which that element is visible.
 */
const PROBE = () => {
  const bench = (window.__bench = { banner: null, cls: 0, events: [], nextFrame: null, dialogSelector: null, dialog: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const { name, duration, interactionId } of list.getEntries()) bench.events.push({ name, duration, interactionId });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const deep = (selector) => document.querySelector(selector) ?? [...document.body.children].map((el) => el.shadowRoot?.querySelector(selector)).find(Boolean);
  // Capture on window runs before the SDK's own handlers, so the frame counted is the one after them.
  addEventListener('click', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => (bench.nextFrame ??= performance.now() - start)));
    const dialogFrame = () => {
      const dialog = bench.dialogSelector && deep(bench.dialogSelector);
      if (dialog && visible(dialog)) bench.dialog = performance.now() - start;
      else if (performance.now() - start < 10_000) requestAnimationFrame(dialogFrame);
    };
    if (bench.dialogSelector) requestAnimationFrame(dialogFrame);
  }, true);
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const accept = (root) => [...root.querySelectorAll('button')].find((b) => /^\s*accept all\s*$/i.test(b.textContent) && visible(b));
  const find = () => document.body && (accept(document) || [...document.body.children].some((el) => el.shadowRoot && accept(el.shadowRoot)));
  const frame = () => {
    if (find()) bench.banner = performance.now();
    else if (performance.now() < 10_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

async function newPage(browser, { probe = false, cookies = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  if (cookies.length) await context.addCookies(cookies);
  const trackerRequests = [];
  const escaped = [];
  await context.route((url) => url.hostname !== '127.0.0.1', async (route) => {
    const url = new URL(route.request().url());
    if (!TRACKERS.test(url.hostname)) {
      escaped.push(url.href);
      return route.abort();
    }
    trackerRequests.push(url.href);
    if (url.pathname.startsWith('/gtag/js')) return route.fulfill({ contentType: 'text/javascript', body: STUBS.gtag });
    if (url.pathname.endsWith('/fbevents.js')) return route.fulfill({ contentType: 'text/javascript', body: STUBS.fbevents });
    return route.fulfill({ status: 204, body: '' });
  });
  if (probe) await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  const transfers = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) transfers.push({ url: request.url(), bytes: sizes.responseBodySize });
  });
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
  };
  return { context, page, trackerRequests, escaped, transfers, scriptMs };
}

/**
 * The visible button whose text is exactly `text`, as the probe finds it. By text rather
 * than accessible name: tarteaucitron's aria-labels prefix its texts with "Cookies : ".
 */
const button = (page, text) => page.locator('button').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`, 'i'), visible: true }).first();

/** The click's Event Timing duration (the longest of its click and pointerup entries), or null. */
async function eventDuration(page) {
  const durations = await page
    .waitForFunction(() => {
      const entries = window.__bench.events.filter((e) => e.interactionId > 0 && (e.name === 'click' || e.name === 'pointerup'));
      return entries.length > 0 && entries.map((e) => e.duration);
    }, null, { timeout: 2000 })
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  return durations ? Math.max(...durations) : null;
}

const bytesOf = (transfers, pattern) => transfers.filter((t) => pattern.test(t.url)).reduce((sum, t) => sum + t.bytes, 0);
const loadedBoth = (requests) => requests.some((u) => u.includes('/gtag/js')) && requests.some((u) => u.includes('fbevents.js'));
const settle = (page) => page.waitForLoadState('networkidle');

/** First visit then returning visit in one context: time to banner, bytes, CLS, correctness. */
async function timingSample(browser, sdk) {
  const { files } = SDKS[sdk];
  const s = await newPage(browser, { probe: true });
  try {
    await s.page.goto(`${BASE}/bench/${SDKS[sdk].page}`);
    await s.page.waitForFunction(() => window.__bench.banner !== null, null, { timeout: 15_000 });
    await settle(s.page);
    const banner = await s.page.evaluate(() => window.__bench.banner);
    const beforeChoice = s.trackerRequests.length;
    const firstBytes = bytesOf(s.transfers, SDKS[sdk].firstFiles ?? files);
    // Clicked once the page is quiet, as a visitor who reads the banner first would.
    await button(s.page, 'Accept all').click();
    await s.page.waitForFunction(() => window.__bench.nextFrame !== null);
    const acceptEvent = await eventDuration(s.page);
    const acceptNextFrame = await s.page.evaluate(() => window.__bench.nextFrame);
    for (let i = 0; i < 50 && !loadedBoth(s.trackerRequests); i++) await s.page.waitForTimeout(100);
    const afterAccept = loadedBoth(s.trackerRequests);
    await s.page.waitForTimeout(300);
    const cls = await s.page.evaluate(() => window.__bench.cls);
    const cookies = await s.context.cookies();

    s.transfers.length = 0;
    s.trackerRequests.length = 0;
    await s.page.reload();
    await settle(s.page);
    for (let i = 0; i < 50 && !loadedBoth(s.trackerRequests); i++) await s.page.waitForTimeout(100);
    const returning = {
      bytes: bytesOf(s.transfers, files),
      banner: await s.page.evaluate(() => window.__bench.banner),
      trackers: loadedBoth(s.trackerRequests),
    };
    return { banner, firstBytes, beforeChoice, afterAccept, acceptEvent, acceptNextFrame, cls, cookies, returning, escaped: s.escaped };
  } finally {
    await s.context.close();
  }
}

/**
 * Script time of one page view without the probe, after the network is quiet.
 * `returning`: as BENCHMARKING.md defines the returning visitor, a reload in the
 * same context after a first view (the consent cookie already present), so
 * both the SDK pages and the trackers-only page are measured on their second view.
 * ScriptDuration restarts with each navigation.
 */
async function scriptSample(browser, page, { cookies = [], returning = false } = {}) {
  const s = await newPage(browser, { cookies });
  try {
    await s.page.goto(`${BASE}/bench/${page}`);
    await settle(s.page);
    if (returning) {
      await s.page.reload();
      await settle(s.page);
    }
    await s.page.waitForTimeout(200);
    return await s.scriptMs();
  } finally {
    await s.context.close();
  }
}

/** Reject all refuses both trackers (checked once per SDK, not timed). */
async function rejectCheck(browser, sdk) {
  const s = await newPage(browser, { probe: true });
  try {
    await s.page.goto(`${BASE}/bench/${SDKS[sdk].page}`);
    await s.page.waitForFunction(() => window.__bench.banner !== null, null, { timeout: 15_000 });
    await button(s.page, 'Reject all').click();
    await s.page.waitForTimeout(1000);
    await settle(s.page);
    return s.trackerRequests.length === 0;
  } finally {
    await s.context.close();
  }
}

/**
 * Customize → dialog visible: from the click on the SDK's preferences control to the
 * first frame showing its dialog. Clicked once the page is quiet, so that what an SDK
 * prefetches in idle time after the banner (consent-gate's preferences file) has arrived.
 */
async function customizeSample(browser, sdk) {
  const s = await newPage(browser, { probe: true });
  try {
    await s.page.goto(`${BASE}/bench/${SDKS[sdk].page}`);
    await s.page.waitForFunction(() => window.__bench.banner !== null, null, { timeout: 15_000 });
    await settle(s.page);
    await s.page.evaluate((selector) => (window.__bench.dialogSelector = selector), SDKS[sdk].dialog);
    await s.page.locator(SDKS[sdk].customize).filter({ visible: true }).first().click();
    await s.page.waitForFunction(() => window.__bench.dialog !== null, null, { timeout: 15_000 });
    return await s.page.evaluate(() => window.__bench.dialog);
  } finally {
    await s.context.close();
  }
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const stats = (values) => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9) });

async function main() {
  // Taken before the run rewrites README.md, so that it names the tree that was measured.
  const commit = commitLabel();
  const server = await startServer({ port: PORT, bench: true, gzip: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const raw = Object.fromEntries(Object.keys(SDKS).map((sdk) => [sdk, { timing: [], firstScript: [], returningScript: [], customize: [] }]));
  const reference = { none: [], trackers: [] };
  const rejects = {};
  try {
    for (const sdk of Object.keys(SDKS)) rejects[sdk] = await rejectCheck(browser, sdk);
    for (let run = 0; run < RUNS; run++) {
      // Alternate so that machine noise falls on every SDK alike.
      for (const sdk of Object.keys(SDKS)) {
        const timing = await timingSample(browser, sdk);
        raw[sdk].timing.push(timing);
        raw[sdk].firstScript.push(await scriptSample(browser, SDKS[sdk].page));
        raw[sdk].returningScript.push(await scriptSample(browser, SDKS[sdk].page, { cookies: timing.cookies, returning: true }));
        raw[sdk].customize.push(await customizeSample(browser, sdk));
      }
      reference.none.push(await scriptSample(browser, 'none.html'));
      reference.trackers.push(await scriptSample(browser, 'trackers.html', { returning: true }));
      process.stderr.write(`run ${run + 1}/${RUNS}\n`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const none = stats(reference.none).median;
  const trackersOnly = stats(reference.trackers).median;
  // One method for every SDK, so that the ratios compare like with like: Event Timing
  // when it reported every click (it leaves out interactions under 16 ms), else the frame probe.
  const eventTiming = Object.values(raw).every((r) => r.timing.every((x) => x.acceptEvent !== null));
  const results = {};
  for (const [sdk, r] of Object.entries(raw)) {
    const t = r.timing;
    results[sdk] = {
      correct: {
        noTrackerBeforeChoice: t.every((x) => x.beforeChoice === 0),
        bothAfterAcceptAll: t.every((x) => x.afterAccept),
        noneAfterRejectAll: rejects[sdk],
        returningNoBannerBothTrackers: t.every((x) => x.returning.banner === null && x.returning.trackers),
        nothingLeftTheMachine: t.every((x) => x.escaped.length === 0),
      },
      timeToBannerMs: stats(t.map((x) => x.banner)),
      firstVisitBytes: stats(t.map((x) => x.firstBytes)),
      returningBytes: stats(t.map((x) => x.returning.bytes)),
      firstVisitScriptOverNoSdkMs: stats(r.firstScript.map((ms) => ms - none)),
      returningScriptOverTrackersOnlyMs: stats(r.returningScript.map((ms) => ms - trackersOnly)),
      acceptToNextFrameMs: stats(t.map((x) => (eventTiming ? x.acceptEvent : x.acceptNextFrame))),
      customizeToDialogMs: stats(r.customize),
      cls: stats(t.map((x) => x.cls)),
    };
  }
  const report = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()}, CPU throttled 4×`,
    commit,
    runs: RUNS,
    acceptToNextFrameMethod: eventTiming ? 'Event Timing duration of the click' : 'click to a task after the next animation frame',
    reference: { noSdkScriptMs: stats(reference.none), trackersOnlyScriptMs: stats(reference.trackers) },
    results,
  };
  await mkdir(new URL('../bench-results/', import.meta.url), { recursive: true });
  await writeFile(new URL('../bench-results/latest.json', import.meta.url), JSON.stringify(report, null, 2));
  console.log(markdown(report));
  await updateReadme(report);
}

/** The commit measured: the short hash, and whether the work tree differed from it. */
function commitLabel() {
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

await main();
