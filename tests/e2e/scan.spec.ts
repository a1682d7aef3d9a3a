import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

/**
 * `consent-gate scan` against small sites started here on 127.0.0.1: one with
 * its tags pasted in (everything set before consent), one behind consent-gate.
 * The scanner drives its own Chromium, as a user's shell would run it.
 */
const run = promisify(execFile);
/** A page of a test site; __PORT__ is this server's, so a page can name it under another host (localhost). */
const site = (file: string) => Buffer.from(readFileSync(new URL(`./scan-sites/${file}`, import.meta.url), 'utf8').replaceAll('__PORT__', port()));
const ROUTES: Record<string, () => [string, Buffer]> = {
  '/plain/': () => ['text/html', site('plain-index.html')],
  '/plain/about.html': () => ['text/html', site('plain-about.html')],
  '/gated/': () => ['text/html', site('gated-index.html')],
  '/latency/': () => ['text/html', site('latency-index.html')],
  '/cdn/analytics.js': () => [
    'text/javascript',
    Buffer.from("document.cookie = '_ga=GA1.1.1.1; path=/; max-age=63072000'; document.cookie = '_ga_X=GS1.1.1; path=/; max-age=63072000';"),
  ],
  '/styles/': () => ['text/html', site('styles-index.html')],
  '/fonts/css2?family=Inter': () => ['text/css', Buffer.from('body { font-family: Inter, sans-serif; }')],
  '/fonts/icons.css': () => ['text/css', Buffer.from('.icon { display: inline-block; }')],
  '/site.css': () => ['text/css', Buffer.from('p { margin: 0; }')],
  '/dist/consent-gate.iife.js': () => ['text/javascript', readFileSync('dist/consent-gate.iife.js')],
  '/dist/consent-gate.ui.js': () => ['text/javascript', readFileSync('dist/consent-gate.ui.js')],
  // A tracking pixel, requested from "localhost": another host than the site's 127.0.0.1.
  '/pixel.gif': () => ['image/gif', Buffer.from('R0lGODlhAQABAAAAACw=', 'base64')],
};

/** A CDN's few hundred milliseconds. */
const LATENCY_MS = 400;

let server: Server;
let origin: string;
const port = () => new URL(origin).port;
const requested: string[] = [];
test.beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const route = ROUTES[req.url ?? ''];
    if (!route) return res.writeHead(404).end();
    const [type, body] = route();
    // A first-party cookie from the server, as a session would be.
    const send = () => res.writeHead(200, { 'content-type': type, ...(type === 'text/html' && { 'set-cookie': 'srv_sid_q7=abc; Path=/; HttpOnly' }) }).end(body);
    // The CDN's latency.
    if (req.url?.startsWith('/cdn/')) setTimeout(send, LATENCY_MS);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function scan(path: string) {
  const out = join(mkdtempSync(join(tmpdir(), 'cg-scan-')), 'catalog.json');
  const { stdout } = await run('node', ['bin/consent-gate.mjs', 'scan', `${origin}${path}`, '--pages', '3', '--out', out], { timeout: 90_000 });
  const rows = Object.fromEntries(
    stdout.split('\n').filter((line) => /^\S+\s+127\.0\.0\.1\s/.test(line)).map((line) => {
      const [name, , ...rest] = line.split(/\s{2,}/);
      return [name, rest];
    }),
  );
  // `<link>` rows: the stylesheet's URL (without the scheme) stands in the domain column.
  const links = Object.fromEntries(
    stdout.split('\n').filter((line) => line.startsWith('<link>')).map((line) => {
      const [, url, ...rest] = line.split(/\s{2,}/);
      return [url!.replace(`:${port()}`, ':PORT'), rest];
    }),
  );
  return { stdout, rows, links, draft: JSON.parse(readFileSync(out, 'utf8')), report: JSON.parse(readFileSync(out.replace(/\.json$/, '.scan.json'), 'utf8')) };
}

test('a site without consent-gate: every cookie set before consent, each in its likely category, a draft catalogue that validates', async () => {
  test.setTimeout(120_000);
  const { stdout, rows, draft, report } = await scan('/plain/');
  expect(stdout).toContain('Scanned 2 pages');
  expect(stdout).toContain('accepted by nothing (no banner found)');
  // name → set before consent?, likely category, known platform
  expect(rows).toEqual({
    _fbp: ['yes', 'targeting', 'Facebook'],
    _ga: ['yes', 'performance', 'Google Analytics'],
    _ga_ABC123: ['yes', 'performance', 'Google Analytics'],
    _hjSessionUser_42: ['yes', 'functionality', 'Hotjar'],
    mystery_pref: ['yes', 'unclassified', '—'],
    srv_sid_q7: ['yes', 'unclassified', '—'],
  });
  expect(stdout).toMatch(/Set before consent, not strictly necessary: _fbp, _ga, _ga_ABC123, _hjSessionUser_42, mystery_pref, srv_sid_q7/);
  expect(stdout).toContain('localStorage keys before / after: cart / cart');
  expect(stdout).toContain('Third-party hosts before consent: localhost');
  // Files and other sites are not visited.
  expect(requested.filter((url) => url.includes('terms.pdf'))).toEqual([]);

  // Known vendors come in as service presets, which bring their own cookie rows; the rest are rows of their own.
  expect(Object.keys(draft.categories)).toEqual(['strictly-necessary', 'performance', 'targeting', 'unclassified']);
  expect(draft.services).toEqual([{ preset: 'google-analytics' }, { preset: 'meta-pixel' }, { preset: 'hotjar' }]);
  expect(draft.cookies.map((c: { name: string; match?: string; category: string }) => [c.name, c.match ?? 'exact', c.category])).toEqual([
    ['mystery_pref', 'exact', 'unclassified'],
    ['srv_sid_q7', 'exact', 'unclassified'],
  ]);
  expect(report.kind).toBe('consent-gate scan report');
  expect(report.setBeforeConsent).toEqual(['_fbp', '_ga', '_ga_ABC123', '_hjSessionUser_42', 'mystery_pref', 'srv_sid_q7']);
  // The draft is a catalogue the SDK accepts as it is; the descriptions are for the site owner to write.
  const { stdout: validated } = await run('node', ['bin/consent-gate.mjs', 'validate', draftPath(stdout)]);
  expect(validated).toMatch(/✓ .*catalog\.json: valid/);
});

test('a site behind consent-gate: only its own cookie and the site\'s ungated one before consent; trackers after accepting all', async () => {
  test.setTimeout(120_000);
  const { stdout, rows } = await scan('/gated/');
  expect(stdout).toContain('accepted by consent-gate API (ConsentGate.acceptAll)');
  expect(rows).toEqual({
    _fbp: ['no', 'targeting', 'Facebook'],
    _ga: ['no', 'performance', 'Google Analytics'],
    _ga_XYZ789: ['no', 'performance', 'Google Analytics'],
    cg_consent: ['no', 'strictly-necessary', 'consent-gate'],
    site_theme: ['yes', 'unclassified', '—'],
    srv_sid_q7: ['yes', 'unclassified', '—'],
  });
  expect(stdout).toContain('Set before consent, not strictly necessary: site_theme, srv_sid_q7');
});

test('tags the choice released from a slow CDN, and the inline tag queued behind them, have run before the cookies are read', async () => {
  test.setTimeout(120_000);
  const { stdout, rows, report } = await scan('/latency/');
  expect(stdout).toContain('accepted by consent-gate API (ConsentGate.acceptAll)');
  expect(rows).toEqual({
    _fbp: ['no', 'targeting', 'Facebook'],
    _ga: ['no', 'performance', 'Google Analytics'],
    _ga_X: ['no', 'performance', 'Google Analytics'],
    cg_consent: ['no', 'strictly-necessary', 'consent-gate'],
    srv_sid_q7: ['yes', 'unclassified', '—'],
  });
  expect(report.after.cookies.map((c: { name: string }) => c.name).sort()).toEqual(['_fbp', '_ga', '_ga_X', 'cg_consent', 'srv_sid_q7']);
});

test('third-party stylesheets are <link> rows of their own: loaded before consent, or gated until their category is granted', async () => {
  test.setTimeout(120_000);
  const { stdout, links, report } = await scan('/styles/');
  // url (the domain column) → loaded before consent?, likely category, known platform; the site's own /site.css is not third-party.
  expect(links).toEqual({
    'localhost:PORT/fonts/css2': ['yes', 'unclassified', '—'],
    'localhost:PORT/fonts/icons.css': ['no', 'functionality', '—'],
  });
  expect(stdout).toContain(`Third-party stylesheets before consent: http://localhost:${port()}/fonts/css2`);
  expect(report.before.stylesheets.map((s: { href: string; pages: string[] }) => [s.href, s.pages])).toEqual([
    [`http://localhost:${port()}/fonts/css2?family=Inter`, [`${origin}/styles/`]],
  ]);
  expect(report.stylesheets.map((s: { host: string; category: string }) => [s.host, s.category])).toEqual([
    ['localhost', 'unclassified'],
    ['localhost', 'functionality'],
  ]);
});

/** The draft's path, as the scanner printed it. */
function draftPath(stdout: string): string {
  return /Wrote the draft catalogue to (\S+) /.exec(stdout)![1]!;
}

test('a site that cannot be reached: one line saying why, exit status 1', async () => {
  const failed = await run('node', ['bin/consent-gate.mjs', 'scan', 'http://127.0.0.1:9/', '--pages', '1']).catch((error) => error);
  expect(failed.code).toBe(1);
  expect(failed.stderr).toMatch(/^✗ scan of http:\/\/127\.0\.0\.1:9\/ failed: page\.goto: net::ERR_\w+/);
});
