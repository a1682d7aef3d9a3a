/**
 * `consent-gate scan <url> [--pages N] [--out catalog.json] [--chromium PATH]`:
 * opens a site in headless Chromium, visits up to N same-origin pages
 * accepting nothing, then the same pages after accepting all, and records the
 * cookies, localStorage keys, third-party hosts and third-party stylesheets
 * (`<link rel="stylesheet">` from another host, which hands the visitor's IP
 * to it, as a font CDN does) of each state. After accepting, and on each page
 * of that state, it waits until every activation the choice released has
 * settled (`ConsentGate.settled()` where the site runs consent-gate), then
 * until the network is quiet, before it reads anything. Prints a
 * table (name, domain, set before consent?, likely category, known platform;
 * stylesheets as `<link>` rows of their own)
 * and, with --out, writes a draft catalogue (each service preset recognised
 * by a cookie or a third-party host as `{ "preset": id }`, every other cookie
 * in its likely category, unknown ones in unclassified) plus `<out>.scan.json`
 * with the whole report, including what was set before consent.
 * Needs playwright-core (a devDependency of consent-gate; install it in a
 * site's repo to scan there) and a Chromium: /usr/bin/chromium by default.
 */
import { writeFileSync } from 'node:fs';
import { SCAN_REPORT_KIND } from './scan-report.mjs';
import { classifyCookie } from '../dist/consent-gate-audit.js';
import { formatProblem, parseCatalog } from '../dist/consent-gate.js';
// The service presets (consent-gate/presets) the draft names what it recognises by; a dist/ built without them drafts as before.
const PRESETS = await import('../dist/consent-gate-presets.js').then((m) => m.presets, () => undefined);

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Buttons of banners other than consent-gate's (whose API is used when present). */
const ACCEPT = /^(accept all( cookies)?|accept( cookies)?|allow all( cookies)?|allow cookies|agree|i agree|ok(ay)?)$/i;
/** Links worth following: pages, not files. */
const PAGE_PATH = /(^|\/)([^./]*|[^/]*\.(html?|php|aspx?))$/;
/** consent-gate's own cookie, which the Open Cookie Database cannot know. */
const OWN = { cg_consent: { name: 'cg_consent', match: 'exact', platform: 'consent-gate', category: 'strictly-necessary', retention: '6 months' } };
/** Stylesheet hosts whose provider a site owner would know by name. */
const STYLE_HOSTS = { 'fonts.googleapis.com': 'Google Fonts', 'use.typekit.net': 'Adobe Fonts', 'fonts.bunny.net': 'Bunny Fonts', 'use.fontawesome.com': 'Font Awesome', 'cdnjs.cloudflare.com': 'cdnjs' };
/** Network quiet: no request in flight for QUIET_MS, waited for at most QUIET_MAX_MS (analytics may keep a connection open). */
const QUIET_MS = 500;
const QUIET_MAX_MS = 10_000;
/** The longest wait for consent-gate's activation queue (a tag that never loads times out in the SDK well before this). */
const SETTLED_MAX_MS = 15_000;

export const SCAN_USAGE = `consent-gate scan <url> [--pages N] [--out catalog.json] [--chromium PATH]
  Visits up to N (default 5) pages of the site, first accepting nothing, then
  after accepting all; prints every cookie with its likely category and whether
  it was set before consent; --out writes a draft catalogue and <out>.scan.json.`;

async function launch(executablePath) {
  let playwright;
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new Error('consent-gate scan needs playwright-core: npm install --save-dev playwright-core');
  }
  return playwright.chromium.launch({ executablePath, args: FLAGS });
}

/** Clicks "accept all": through window.ConsentGate where the site runs consent-gate, else a banner's button. */
async function acceptAll(page) {
  const viaApi = await page
    .evaluate(async () => {
      const gate = window.ConsentGate;
      if (!gate) return false;
      await gate.ready;
      await gate.acceptAll();
      return true;
    })
    .catch(() => false);
  if (viaApi) return 'consent-gate API (ConsentGate.acceptAll)';
  const button = page.getByRole('button', { name: ACCEPT }).first();
  if (await button.isVisible().catch(() => false)) {
    const label = (await button.textContent())?.trim();
    await button.click();
    return `button "${label}"`;
  }
  return null;
}

/**
 * Counts the context's requests in flight. Playwright's 'networkidle' load
 * state cannot serve after a choice: it is reached once per navigation, so
 * waiting for it again returns at once while the released tags still load.
 */
function inFlight(context) {
  const open = new Set();
  let last = Date.now();
  const start = (request) => (open.add(request), (last = Date.now()));
  const end = (request) => (open.delete(request), (last = Date.now()));
  context.on('request', start);
  context.on('requestfinished', end);
  context.on('requestfailed', end);
  /** Resolves once nothing has been in flight for QUIET_MS, or after QUIET_MAX_MS. */
  return async function quiet() {
    const until = Date.now() + QUIET_MAX_MS;
    while (Date.now() < until && (open.size > 0 || Date.now() - last < QUIET_MS)) await new Promise((resolve) => setTimeout(resolve, 50));
  };
}

/** Waits for consent-gate's activation queue where the site runs it (`ConsentGate.settled()`); elsewhere there is nothing to wait for. */
async function activationsSettled(page) {
  await page
    .evaluate(async (max) => {
      const gate = window.ConsentGate;
      if (typeof gate?.settled !== 'function') return;
      await Promise.race([gate.ready.then(() => gate.settled()), new Promise((resolve) => setTimeout(resolve, max))]);
    }, SETTLED_MAX_MS)
    .catch(() => {});
}

/** Third-party stylesheets on the page: `<link rel="stylesheet">` with an href on another host (a gated one has only data-href). */
function stylesheets(page, host) {
  return page
    .evaluate(
      (host) =>
        [...document.querySelectorAll('link[rel~="stylesheet" i][href]')]
          .map((link) => ({ href: link.href, category: link.getAttribute('data-category') }))
          .filter(({ href }) => /^https?:/.test(href) && new URL(href).hostname !== host),
      host,
    )
    .catch(() => []);
}

/** One state of the site: its pages visited in a fresh context, accepting all first when `accept`. */
async function visit(browser, start, { maxPages, accept, pages: given, timeout }) {
  const context = await browser.newContext();
  const hosts = new Set();
  context.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (host && host !== start.hostname) hosts.add(host);
  });
  const quiet = inFlight(context);
  const page = await context.newPage();
  const queue = [...(given ?? [start.href])];
  const visited = [];
  const storage = new Set();
  const styles = new Map();
  let accepted;
  while (queue.length > 0 && visited.length < maxPages) {
    const href = queue.shift();
    await page.goto(href, { waitUntil: 'load', timeout });
    // After the choice, each page's granted tags start as it loads: the same wait as right after accepting.
    if (accepted) await activationsSettled(page);
    await quiet();
    if (accept && accepted === undefined) {
      accepted = await acceptAll(page);
      await activationsSettled(page);
      await quiet();
    }
    visited.push(href);
    for (const sheet of await stylesheets(page, start.hostname)) {
      const known = styles.get(sheet.href) ?? { ...sheet, host: new URL(sheet.href).hostname, pages: [] };
      known.pages.push(href);
      styles.set(sheet.href, known);
    }
    for (const key of await page.evaluate(() => {
      try {
        return Object.keys(localStorage);
      } catch {
        return [];
      }
    })) storage.add(key);
    if (given) continue;
    for (const link of await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.href))) {
      const url = new URL(link);
      url.hash = '';
      if (url.origin === start.origin && PAGE_PATH.test(url.pathname) && !visited.includes(url.href) && !queue.includes(url.href)) queue.push(url.href);
    }
  }
  const cookies = await context.cookies();
  await context.close();
  return {
    pages: visited,
    cookies,
    localStorage: [...storage].sort(),
    thirdPartyHosts: [...hosts].sort(),
    stylesheets: [...styles.values()].sort((a, b) => a.href.localeCompare(b.href)),
    accepted: accepted ?? null,
  };
}

export function expiryOf(cookie) {
  if (cookie.expires === -1) return 'Session';
  const days = Math.round((cookie.expires * 1000 - Date.now()) / 86_400_000);
  const count = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  // A cookie table says "13 months" (Chromium's 400-day cap, Google's own figure for _ga), not "1.1 years".
  const years = Math.round(days / 365);
  if (days >= 365) return Math.abs(days / 365 - years) < 0.03 ? count(years, 'year') : count(Math.round(days / 30.44), 'month');
  return days >= 1 ? count(days, 'day') : 'less than a day';
}

/** Scans the site at `url`; the report behind the table and the draft catalogue. */
export async function scan(url, { pages = 5, chromium = '/usr/bin/chromium', timeout = 30_000 } = {}) {
  const start = new URL(url);
  const browser = await launch(chromium);
  try {
    const before = await visit(browser, start, { maxPages: pages, accept: false, timeout });
    const after = await visit(browser, start, { maxPages: pages, accept: true, pages: before.pages, timeout });
    const setBefore = new Set(before.cookies.map((c) => `${c.name}@${c.domain}`));
    const seen = new Map();
    for (const cookie of [...before.cookies, ...after.cookies]) {
      const key = `${cookie.name}@${cookie.domain}`;
      if (seen.has(key)) continue;
      const known = OWN[cookie.name] ?? classifyCookie(cookie.name);
      seen.set(key, {
        name: cookie.name,
        domain: cookie.domain,
        setBeforeConsent: setBefore.has(key),
        category: known?.category ?? 'unclassified',
        platform: known?.platform ?? null,
        knownAs: known ? { name: known.name, match: known.match } : null,
        expiry: expiryOf(cookie),
      });
    }
    const cookies = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain));
    // A stylesheet's URL without its query (css2?family=… differs per page for the same provider).
    const sheetKey = (href) => href.replace(/[?#].*/, '');
    const loadedBefore = new Set(before.stylesheets.map((sheet) => sheetKey(sheet.href)));
    const sheets = new Map();
    for (const sheet of [...before.stylesheets, ...after.stylesheets]) {
      const key = sheetKey(sheet.href);
      const row = sheets.get(key) ?? {
        url: key,
        host: sheet.host,
        loadedBeforeConsent: loadedBefore.has(key),
        category: sheet.category ?? 'unclassified',
        platform: STYLE_HOSTS[sheet.host] ?? null,
        pages: [],
      };
      for (const page of sheet.pages) if (!row.pages.includes(page)) row.pages.push(page);
      sheets.set(key, row);
    }
    const stylesheetRows = [...sheets.values()].sort((a, b) => a.url.localeCompare(b.url));
    return { url: start.href, scannedAt: new Date().toISOString(), pages: before.pages, before, after, cookies, stylesheets: stylesheetRows };
  } finally {
    await browser.close();
  }
}

const ORDER = ['strictly-necessary', 'performance', 'functionality', 'targeting', 'unclassified'];

/** A host is a preset's when it equals one of the preset's `hosts` or ends in "." and one. */
const onHost = (host, entry) => host === entry || host.endsWith(`.${entry}`);
/** A preset's cookie row covers a cookie by name (exact, or prefix as the row says) and, where the row names one, its domain. */
const covers = (row, cookie) =>
  (row.match === 'prefix' ? cookie.name.startsWith(row.name) : cookie.name === row.name) &&
  (row.domain === undefined || onHost(String(cookie.domain ?? '').replace(/^\./, ''), row.domain));

/**
 * The service presets the scan found: each preset with a cookie row covering a cookie found, or a `hosts`
 * entry matching a third-party host requested (before consent or after accepting all), in the table's order.
 * A host several presets list (www.googletagmanager.com: Google Analytics, Google Ads and Tag Manager load
 * from it) decides for none of them alone: it is `ambiguous` unless one of them was found otherwise.
 */
export function findPresets(report, table = PRESETS) {
  if (!table) return { found: [], ambiguous: [] };
  const hosts = [...new Set([...(report.before?.thirdPartyHosts ?? []), ...(report.after?.thirdPartyHosts ?? [])])].sort();
  const found = new Map();
  const add = (id) => found.get(id) ?? found.set(id, { id, name: table[id].name, category: table[id].category, cookies: [], hosts: [] }).get(id);
  for (const cookie of report.cookies) {
    const id = Object.keys(table).find((id) => table[id].cookies.some((row) => covers(row, cookie)));
    if (id) add(id).cookies.push(cookie.name);
  }
  const ambiguous = [];
  for (const host of hosts) {
    const ids = Object.keys(table).filter((id) => (table[id].hosts ?? []).some((entry) => onHost(host, entry)));
    if (ids.length === 1) add(ids[0]).hosts.push(host);
    else if (ids.length > 1) {
      const known = ids.filter((id) => found.has(id));
      if (known.length) for (const id of known) found.get(id).hosts.push(host);
      else ambiguous.push({ host, presets: ids });
    }
  }
  const order = Object.keys(table);
  return { found: [...found.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)), ambiguous };
}

/**
 * A catalogue to start from: each preset found as `{ "preset": id }` in `services` (its cookie rows come with
 * it, so the cookies it covers are not listed again), every other cookie in its likely category; prefixes
 * where the database knows a family (_ga_…).
 */
export function draftCatalog(report, table = PRESETS) {
  const host = new URL(report.url).hostname;
  const found = findPresets(report, table).found;
  const rows = new Map();
  for (const cookie of report.cookies) {
    if (found.some(({ id }) => table[id].cookies.some((row) => covers(row, cookie)))) continue;
    const prefix = cookie.knownAs?.match === 'prefix' ? cookie.knownAs.name : null;
    const name = prefix ?? cookie.name;
    if (rows.has(name)) continue;
    rows.set(name, {
      name,
      ...(prefix && { match: 'prefix' }),
      category: cookie.category,
      provider: cookie.platform ?? cookie.domain.replace(/^\./, ''),
      domain: cookie.domain.replace(/^\./, ''),
      expiry: cookie.expiry,
      description: `Found by consent-gate scan${cookie.setBeforeConsent ? ' before any consent' : ' after accepting all'}; say what it does.`,
    });
  }
  const cookies = [...rows.values()].sort((a, b) => ORDER.indexOf(a.category) - ORDER.indexOf(b.category) || a.name.localeCompare(b.name));
  const inUse = (id) => cookies.some((c) => c.category === id) || found.some((p) => p.category === id);
  const categories = Object.fromEntries(ORDER.filter((id) => id === 'strictly-necessary' || inUse(id)).map((id) => [id, {}]));
  const services = found.map(({ id }) => ({ preset: id }));
  return { site: host, revision: 1, privacyPolicyUrl: `${new URL(report.url).origin}/privacy`, categories, ...(services.length && { services }), cookies };
}

/** Cookies, then third-party stylesheets as `<link>` rows: the URL stands in the domain column, "set" means loaded. */
function table(rows, sheets = []) {
  const header = ['name', 'domain', 'set before consent?', 'likely category', 'known platform'];
  const cells = [
    ...rows.map((r) => [r.name, r.domain, r.setBeforeConsent ? 'yes' : 'no', r.category, r.platform ?? '—']),
    ...sheets.map((s) => ['<link>', s.url.replace(/^https?:\/\//, ''), s.loadedBeforeConsent ? 'yes' : 'no', s.category, s.platform ?? '—']),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export async function main(args) {
  const option = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const url = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const pages = Number(option('pages') ?? 5);
  if (!url || !/^https?:\/\//.test(url) || !Number.isInteger(pages) || pages < 1) {
    console.error(SCAN_USAGE);
    return 2;
  }
  let report;
  try {
    report = await scan(url, { pages, chromium: option('chromium') ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  } catch (error) {
    // An unreachable site, a missing Chromium or playwright-core: one line that says which.
    console.error(`✗ scan of ${url} failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return 1;
  }
  console.log(`Scanned ${report.pages.length} page${report.pages.length === 1 ? '' : 's'} of ${report.url}; accepted by ${report.after.accepted ?? 'nothing (no banner found)'}.\n`);
  console.log(table(report.cookies, report.stylesheets));
  const early = report.cookies.filter((c) => c.setBeforeConsent && c.category !== 'strictly-necessary');
  console.log(`\nSet before consent, not strictly necessary: ${early.map((c) => c.name).join(', ') || 'none'}`);
  console.log(`Third-party hosts before consent: ${report.before.thirdPartyHosts.join(', ') || 'none'}`);
  console.log(`Third-party hosts after accepting all: ${report.after.thirdPartyHosts.join(', ') || 'none'}`);
  const sheetsBefore = report.stylesheets.filter((s) => s.loadedBeforeConsent).map((s) => s.url);
  console.log(`Third-party stylesheets before consent: ${sheetsBefore.join(', ') || 'none'}`);
  console.log(`localStorage keys before / after: ${report.before.localStorage.join(', ') || 'none'} / ${report.after.localStorage.join(', ') || 'none'}`);
  const { found, ambiguous } = findPresets(report);
  const by = (p) => [...p.cookies, ...p.hosts].join(', ');
  console.log(`Service presets recognised: ${found.map((p) => `${p.id} (${p.name}: ${by(p)})`).join('; ') || 'none'}`);
  for (const { host, presets } of ambiguous) console.log(`  ${host} is the host of the presets ${presets.join(', ')}: none drafted from it alone; add the one the site uses.`);
  const out = option('out');
  if (out) {
    const draft = draftCatalog(report);
    const checked = parseCatalog(draft, { presets: PRESETS });
    if (!checked.ok) console.error(`The draft has problems to fix by hand:\n${checked.problems.map(formatProblem).join('\n')}`);
    writeFileSync(out, JSON.stringify(draft, null, 2) + '\n');
    const reportFile = out.replace(/\.json$/, '') + '.scan.json';
    // Marked, so that `consent-gate validate catalog/*.json` knows it from a catalogue and skips it.
    writeFileSync(reportFile, JSON.stringify({ kind: SCAN_REPORT_KIND, ...report, setBeforeConsent: report.cookies.filter((c) => c.setBeforeConsent).map((c) => c.name) }, null, 2) + '\n');
    console.log(`\nWrote the draft catalogue to ${out} and the whole report to ${reportFile}: check each category, write the descriptions, then npx consent-gate validate ${out}.`);
  }
  return 0;
}
