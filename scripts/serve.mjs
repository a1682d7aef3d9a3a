#!/usr/bin/env node
/**
 * A small static server for the demo and the real-browser tests:
 *   /            demo/       sample sites
 *   /dist/       dist/       the built SDK (run `npm run build` first)
 *   /catalog/    catalog/    the shipped catalogues
 *   /test/       tests/e2e/pages/   only with --test-pages
 * Usage: node scripts/serve.mjs [--port 5173] [--test-pages]
 * Listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
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

export function startServer({ port = 5173, testPages = false } = {}) {
  const mounts = [
    ['/dist/', join(root, 'dist')],
    ['/catalog/', join(root, 'catalog')],
    ...(testPages ? [['/test/', join(root, 'tests/e2e/pages')]] : []),
    ['/', join(root, 'demo')],
  ];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [prefix, dir] = mounts.find(([p]) => url.pathname.startsWith(p));
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) && file !== dir) return send(res, 403, 'forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(res, 404, 'not found');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(await readFile(file));
    } catch {
      send(res, 404, 'not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 5173);
  const server = await startServer({ port, testPages: args.includes('--test-pages') });
  const { port: actual } = server.address();
  console.log(`consent-gate demo: http://localhost:${actual}/`);
}
