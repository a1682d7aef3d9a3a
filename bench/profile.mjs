#!/usr/bin/env node
/**
 * `npm run bench:profile`: a CPU profile of consent-gate's returning visit, the page
 * view most visitors make, as ../shared/BENCHMARKING.md defines it: the bench page
 * (bench/pages/consent-gate.html), "Accept all" on a first view, then a reload in the
 * same context with that consent cookie. Headless Chromium, phone viewport, CPU
 * throttled 4×, tracker hosts answered by local stubs, as bench/run.mjs does.
 *
 * Prints markdown: the loader's (dist/consent-gate.iife.js) functions by self and
 * total time, mapped to src/ through the loader's source map; the page view's total
 * script time; and what the loader waits on (its catalogue, if the tag names one with
 * data-catalog, and the gated tags it activates). Writes bench-results/profile.json.
 *
 * The profile samples every 100 µs of the throttled CPU, so times below ~0.5 ms
 * are a handful of samples: read the order, not the decimals.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { chromium } from '@playwright/test';
import { startServer } from '../scripts/serve.mjs';

const PORT = 4198;
const BASE = `http://127.0.0.1:${PORT}`;
const PAGE = `${BASE}/bench/consent-gate.html`;
const LOADER = '/dist/consent-gate.iife.js';
const TRACKERS = /(^|\.)(googletagmanager\.com|google-analytics\.com|connect\.facebook\.net|facebook\.com)$/;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TOP = 15;
const stub = (name) => readFile(new URL(`../tests/e2e/stubs/${name}`, import.meta.url), 'utf8');
const STUBS = { gtag: await stub('gtag.js'), fbevents: await stub('fbevents.js') };
const sourceMap = new SourceMap(JSON.parse(await readFile(new URL(`..${LOADER}.map`, import.meta.url), 'utf8')));

/** Tracker hosts answered by the same stubs as the bench's; anything else off the machine is refused and noted. */
async function routeTrackers(context, requests, escaped) {
  await context.route((url) => url.hostname !== '127.0.0.1', async (route) => {
    const url = new URL(route.request().url());
    if (!TRACKERS.test(url.hostname)) {
      escaped.push(url.href);
      return route.abort();
    }
    requests.push(url.href);
    if (url.pathname.startsWith('/gtag/js')) return route.fulfill({ contentType: 'text/javascript', body: STUBS.gtag });
    if (url.pathname.endsWith('/fbevents.js')) return route.fulfill({ contentType: 'text/javascript', body: STUBS.fbevents });
    return route.fulfill({ status: 204, body: '' });
  });
}

const loadedBoth = (requests) => requests.some((u) => u.includes('/gtag/js')) && requests.some((u) => u.includes('fbevents.js'));

/** Polls (100 ms) until both trackers were requested, for at most 5 s. */
async function waitForTrackers(page, requests) {
  for (let i = 0; i < 50 && !loadedBoth(requests); i++) await page.waitForTimeout(100);
  return loadedBoth(requests);
}

/** The first view's choice, then the profiled reload: returns the profile, script time and the page's timings. */
async function profileReturningVisit(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const requests = [];
  const escaped = [];
  try {
    await routeTrackers(context, requests, escaped);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(PAGE);
    await page.locator('button').filter({ hasText: /^\s*Accept all\s*$/i, visible: true }).first().click();
    if (!(await waitForTrackers(page, requests))) throw new Error('the first view did not load both trackers after Accept all');
    await page.waitForLoadState('networkidle');

    requests.length = 0;
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.reload();
    await page.waitForLoadState('networkidle');
    const trackers = await waitForTrackers(page, requests);
    // The bench's short settle wait, so that the trackers' own evaluation is in the page view too.
    await page.waitForTimeout(200);
    const { profile } = await cdp.send('Profiler.stop');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    const timings = await page.evaluate(pageTimings, LOADER);
    if (escaped.length) throw new Error(`requests left the machine: ${escaped.join(', ')}`);
    return { profile, scriptMs, trackers, timings };
  } finally {
    await context.close();
  }
}

/**
 * In the page: when the loader, its catalogue (if its tag has data-catalog) and the
 * gated tags were fetched, and whether a banner showed, in ms from navigation start.
 */
function pageTimings(loader) {
  const tag = document.querySelector(`script[src$="${loader}"]`);
  const catalog = tag?.getAttribute('data-catalog') ?? null;
  const round = (v) => Math.round(v * 10) / 10;
  const resource = (match) =>
    performance
      .getEntriesByType('resource')
      .filter((e) => match(e.name))
      .map((e) => ({ url: e.name, requestedAtMs: round(e.startTime), arrivedAtMs: round(e.responseEnd) }));
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    catalog,
    loader: resource((url) => url.includes(loader)),
    catalogue: catalog ? resource((url) => url.includes(new URL(catalog, location.href).pathname)) : [],
    gatedTags: resource((url) => url.includes('/gtag/js') || url.includes('fbevents.js')),
    domContentLoadedMs: round(nav.domContentLoadedEventEnd),
    loadMs: round(nav.loadEventEnd),
  };
}

/**
 * Self and total time per function. Self: the sampled time with the function on top
 * of the stack. Total: with it anywhere in the stack, counted once per sample even
 * when it recurses. The time of a sample is its timeDelta (the interval before it).
 */
function functionTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const key = ({ callFrame: f }) => `${f.url}|${f.functionName}|${f.lineNumber}|${f.columnNumber}`;
  const byFunction = new Map();
  const entry = (node) => {
    const k = key(node);
    if (!byFunction.has(k)) byFunction.set(k, { callFrame: node.callFrame, selfUs: 0, totalUs: 0 });
    return byFunction.get(k);
  };
  let scriptUs = 0;
  let loaderUs = 0;
  profile.samples.forEach((id, i) => {
    // The delta after a sample is the time it stood for; the last sample has none.
    const us = profile.timeDeltas[i + 1] ?? 0;
    const top = nodes.get(id);
    const name = top.callFrame.functionName;
    if (!['(idle)', '(program)', '(garbage collector)', '(root)'].includes(name)) scriptUs += us;
    entry(top).selfUs += us;
    const seen = new Set();
    let inLoader = false;
    for (let n = top; n; n = nodes.get(parent.get(n.id))) {
      const e = entry(n);
      if (!seen.has(e)) e.totalUs += us;
      seen.add(e);
      if (n.callFrame.url.endsWith(LOADER)) inLoader = true;
    }
    if (inLoader) loaderUs += us;
  });
  return { functions: [...byFunction.values()], scriptUs, loaderUs };
}

/** The loader's function named by its minified name and where it starts in src/ (through the source map). */
function describe({ functionName, lineNumber, columnNumber }) {
  const at = sourceMap.findEntry(lineNumber, columnNumber);
  const where = at?.originalSource ? `${at.originalSource.replace(/^(\.\.\/)+/, '')}:${at.originalLine + 1}` : `${LOADER}:${lineNumber + 1}:${columnNumber + 1}`;
  return { name: functionName || '(anonymous)', source: where };
}

const ms = (us) => Math.round(us / 10) / 100;

function report({ profile, scriptMs, trackers, timings }) {
  const { functions, scriptUs, loaderUs } = functionTimes(profile);
  const loader = functions
    .filter((f) => f.callFrame.url.endsWith(LOADER))
    .map((f) => ({ ...describe(f.callFrame), selfUs: f.selfUs, selfMs: ms(f.selfUs), totalMs: ms(f.totalUs) }));
  const strip = ({ selfUs, ...f }) => f;
  const bySelf = [...loader].sort((a, b) => b.selfUs - a.selfUs).slice(0, TOP).map(strip);
  const byTotal = [...loader].sort((a, b) => b.totalMs - a.totalMs).slice(0, TOP).map(strip);
  return {
    date: new Date().toISOString(),
    page: 'bench/pages/consent-gate.html, returning visit (reload after Accept all), CPU throttled 4×, sampling every 100 µs',
    scriptDurationMs: Math.round(scriptMs * 10) / 10,
    profiledScriptMs: ms(scriptUs),
    loaderMs: ms(loaderUs),
    loaderSelfMs: ms(loader.reduce((sum, f) => sum + f.selfUs, 0)),
    bothTrackersLoaded: trackers,
    waitsOn: timings,
    bySelf,
    byTotal,
  };
}

function markdown(r) {
  const table = (rows) => [
    '| function | source | self | total |',
    '| --- | --- | --- | --- |',
    ...rows.map((f) => `| \`${f.name}\` | ${f.source} | ${f.selfMs.toFixed(2)} ms | ${f.totalMs.toFixed(2)} ms |`),
  ];
  const at = (list) => (list.length ? list.map((e) => `requested at ${e.requestedAtMs} ms, arrived at ${e.arrivedAtMs} ms (${new URL(e.url).pathname})`).join('; ') : 'none');
  const w = r.waitsOn;
  return [
    `Profile of ${r.page}, ${r.date.slice(0, 10)}.`,
    '',
    `Script time of the page view: ${r.scriptDurationMs} ms (ScriptDuration); sampled JavaScript ${r.profiledScriptMs} ms, of which under the loader's frames ${r.loaderMs} ms (its own functions' self time ${r.loaderSelfMs} ms).`,
    '',
    '**What the loader waits on**',
    '',
    `- the loader: ${at(w.loader)}`,
    `- the catalogue: ${w.catalog ? `data-catalog="${w.catalog}", ${at(w.catalogue)}` : 'none (no data-catalog: the configuration is inline, read without a fetch)'}`,
    `- the gated tags it activates: ${at(w.gatedTags)}; both loaded: ${r.bothTrackersLoaded ? 'yes' : 'NO'}`,
    `- DOMContentLoaded at ${w.domContentLoadedMs} ms, load at ${w.loadMs} ms`,
    '',
    `**Loader functions by self time (top ${TOP})**`,
    '',
    ...table(r.bySelf),
    '',
    `**Loader functions by total time (top ${TOP})**`,
    '',
    ...table(r.byTotal),
  ].join('\n');
}

async function main() {
  const server = await startServer({ port: PORT, bench: true, gzip: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  let result;
  try {
    result = report(await profileReturningVisit(browser));
  } finally {
    await browser.close();
    server.close();
  }
  await mkdir(new URL('../bench-results/', import.meta.url), { recursive: true });
  await writeFile(new URL('../bench-results/profile.json', import.meta.url), JSON.stringify(result, null, 2));
  console.log(markdown(result));
}

await main();
