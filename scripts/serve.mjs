#!/usr/bin/env node
/**
 * A small static server for the demo and the real-browser tests:
 *   /            demo/       sample sites; their pages may include shared parts with
 *                            <!--#include file="_head.html" --> (server-side includes, as a
 *                            site's own templates would), and their tracker URLs point to local
 *                            stand-ins unless the visitor set the demo's switch (cookie demo_trackers=real);
 *                            the panel's language, theme, layout, region and GPC switches (cookies demo_language,
 *                            demo_theme, demo_layout, demo_region, demo_gpc) give the loader's tag data-language,
 *                            data-region (and the page a Global Privacy Control signal) and its
 *                            catalogue URL ?theme=&layout=, which /catalog/ then serves with that appearance
 *   /favicon.ico             demo/favicon.svg
 *   /dist/       dist/       the built SDK (run `npm run build` first)
 *   /catalog/    catalog/    the shipped catalogues
 *   /test/       tests/e2e/pages/   only with --test-pages (?cacheable: no-cache instead of no-store)
 *   /bench/, /peers/…   the benchmark's pages and the peers' files, only with --bench
 * Usage: node scripts/serve.mjs [--port 5173] [--test-pages] [--bench] [--gzip]
 * Without --port it listens on PORT (default 5173), or the next free port if that one is taken;
 * with --port it takes that port or stops with one line.
 * --gzip compresses text with gzip -9, as a CDN would (the benchmark counts transferred bytes).
 * Listens on the loopback addresses only: 127.0.0.1, and ::1 where the machine has it.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export function startServer({ port = 5173, testPages = false, bench = false, gzip = false } = {}) {
  const mounts = [
    ['/dist/', join(root, 'dist')],
    ['/catalog/', join(root, 'catalog')],
    ...(testPages ? [['/test/', join(root, 'tests/e2e/pages')]] : []),
    ...(bench
      ? [
          ['/bench/', join(root, 'bench/pages')],
          ['/peers/vanilla-cookieconsent/', join(root, 'node_modules/vanilla-cookieconsent/dist')],
          ['/peers/klaro/', join(root, 'node_modules/klaro/dist')],
          // tarteaucitron loads its language, services and CSS from beside its script, so the whole package.
          ['/peers/tarteaucitron/', join(root, 'node_modules/tarteaucitronjs')],
        ]
      : []),
    // The npm build's dependencies, for pages that import dist/consent-gate.js without a bundler
    // (the editor, the npm test page), through an import map.
    ['/vendor/js-cookie/', join(root, 'node_modules/js-cookie/dist')],
    ['/vendor/preact/', join(root, 'node_modules/preact')],
    ['/vendor/@preact/signals/', join(root, 'node_modules/@preact/signals/dist')],
    ['/vendor/@preact/signals-core/', join(root, 'node_modules/@preact/signals-core/dist')],
    ['/', demoDir],
  ];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') url.pathname = '/favicon.svg';
    const [prefix, dir] = mounts.find(([p]) => url.pathname.startsWith(p));
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) && file !== dir) return send(res, 403, 'forbidden');
    try {
      const info = await stat(file);
      // A folder is its index page: /editor goes to /editor/, which serves demo/editor/index.html.
      if (info.isDirectory()) return res.writeHead(301, { location: `${url.pathname}/` }).end();
      if (!info.isFile()) return send(res, 404, 'not found');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      if (dir === demoDir && type.startsWith('text/html')) body = Buffer.from(await demoPage(body.toString('utf8'), file, req));
      if (prefix === '/catalog/' && type.startsWith('application/json')) body = withAppearance(body, url.searchParams);
      // no-store keeps a page out of Chromium's back/forward cache; a test page asked for with
      // ?cacheable may enter it (no-cache: revalidate, but cacheable), as sites' pages usually may.
      const cacheable = prefix === '/test/' && url.searchParams.has('cacheable');
      const headers = { 'content-type': type, 'cache-control': cacheable ? 'no-cache' : 'no-store' };
      if (gzip && /text|json|javascript|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      // The printed http://localhost:… may resolve to ::1 first, where another dev server often listens alone:
      // serve there too, or count the port as taken. A machine without IPv6 loopback has 127.0.0.1 only.
      const v6 = createServer((req, res) => server.emit('request', req, res));
      v6.once('error', (error) => (error.code === 'EADDRINUSE' ? server.close(() => reject(error)) : resolvePromise(server)));
      v6.listen(server.address().port, '::1', () => {
        server.once('close', () => v6.close());
        resolvePromise(server);
      });
    });
  });
}

const demoDir = join(root, 'demo');
const INCLUDE = /<!--#include file="([^"]+)" -->/g;
/** The tags as a site owner pastes them, and the demo's offline stand-ins for them. */
const STAND_INS = [
  ['https://www.googletagmanager.com/gtag/js', '/vendor/gtag.js'],
  ['https://connect.facebook.net/en_US/fbevents.js', '/vendor/fbevents.js'],
];

/** A demo page with its includes in place; the real tracker URLs only when the visitor switched them on. */
async function demoPage(html, file, req) {
  const parts = await Promise.all(
    [...html.matchAll(INCLUDE)].map(async ([, name]) => {
      const part = normalize(join(dirname(file), name));
      if (!part.startsWith(demoDir + sep)) throw new Error(`include outside demo/: ${name}`);
      return readFile(part, 'utf8');
    }),
  );
  let i = 0;
  html = html.replace(INCLUDE, () => parts[i++]);
  html = withSwitches(html, req.headers.cookie ?? '');
  const real = /(^|;\s*)demo_trackers=real(;|$)/.test(req.headers.cookie ?? '');
  return real ? html : STAND_INS.reduce((page, [url, local]) => page.replaceAll(url, local), html);
}

/** The demo panel's switches, each a cookie, and the values they may take. */
const SWITCHES = {
  language: ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ar'],
  theme: ['light', 'dark', 'auto'],
  layout: ['bar', 'box', 'wall'],
  // The visitor's region as a site's CDN would tell it (data-region), and a browser sending Global Privacy Control.
  region: ['de', 'gb', 'us-ca', 'us-tx', 'unknown'],
  gpc: ['on'],
};
const LOADER_TAG = /<script src="\/dist\/consent-gate\.iife\.js" data-catalog="([^"?]+)"/;

/** The loader's tag as the switches ask: the banner's language, and a catalogue URL naming the appearance. */
function withSwitches(html, cookies) {
  const chosen = (name) => {
    const value = new RegExp(`(?:^|;\\s*)demo_${name}=([a-z-]+)`).exec(cookies)?.[1];
    return SWITCHES[name].includes(value) ? value : undefined;
  };
  const [language, theme, layout, region, gpc] = ['language', 'theme', 'layout', 'region', 'gpc'].map(chosen);
  if (!language && !theme && !layout && !region && !gpc) return html;
  return html.replace(LOADER_TAG, (tag, catalog) => {
    const query = new URLSearchParams({ ...(theme && { theme }), ...(layout && { layout }) }).toString();
    // Attributes put first win over the page's own (an HTML parser keeps the first of a name); "unknown": none at all.
    const where = region === 'unknown' ? ' data-region=""' : region ? ` data-region="${region.toUpperCase()}"` : '';
    const signal = gpc ? "<script>Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })</script>\n  " : '';
    return `${signal}<script src="/dist/consent-gate.iife.js" data-catalog="${catalog}${query ? `?${query}` : ''}"${language ? ` data-language="${language}"` : ''}${where}`;
  });
}

/** A shipped catalogue with the appearance its URL asks for (?theme=dark&layout=box), for the demo's switches. */
function withAppearance(body, params) {
  const appearance = Object.fromEntries(['theme', 'layout'].filter((k) => SWITCHES[k].includes(params.get(k))).map((k) => [k, params.get(k)]));
  if (Object.keys(appearance).length === 0) return body;
  const catalog = JSON.parse(body.toString('utf8'));
  catalog.appearance = { ...catalog.appearance, ...appearance };
  return Buffer.from(JSON.stringify(catalog, null, 2));
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const options = { testPages: args.includes('--test-pages'), bench: args.includes('--bench'), gzip: args.includes('--gzip') };
  // A port given with --port (the test server's) is needed as it is; PORT or the default is where to start looking.
  let port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT || 5173);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`✗ ${portArg >= 0 ? '--port' : 'PORT'} must be a port number from 1 to 65535, got "${portArg >= 0 ? args[portArg + 1] : process.env.PORT}"`);
    process.exit(1);
  }
  const first = port;
  for (let tries = portArg >= 0 ? 1 : 20; ; tries--) {
    try {
      const server = await startServer({ port, ...options });
      console.log(`consent-gate demo: http://localhost:${server.address().port}/`);
      break;
    } catch (error) {
      if (error?.code !== 'EADDRINUSE') throw error;
      if (portArg >= 0) {
        console.error(`✗ port ${port} is in use (--port ${port}): stop what holds it or pass another port`);
        process.exit(1);
      }
      if (tries === 1 || port === 65535) {
        console.error(`✗ ${port === first ? `port ${port} is` : `ports ${first} to ${port} are`} in use: set PORT to a free one`);
        process.exit(1);
      }
      console.log(`port ${port} is in use; trying ${port + 1}`);
      port += 1;
    }
  }
}
