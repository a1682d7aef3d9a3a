/**
 * WebKitGTK for the WebKit suite: Xvfb (MiniBrowser has no headless mode), WebKitWebDriver
 * (Playwright cannot drive WebKitGTK; Selenium speaks classic WebDriver to it) and a proxy in
 * this process that answers tracker hosts with the suite's stubs and logs every request, as
 * page.route does for the Playwright projects. https tracker URLs reach the proxy through
 * https_proxy, set for the browser only by a wrapper script (set on the driver, session creation
 * hangs); the proxy answers CONNECT with a throwaway self-signed certificate (acceptInsecureCerts).
 * Every process started here is killed when the worker ends or the test process exits.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL } from '../e2e/server';
import { until } from '../scenarios/driver';
import { answerTracker, isTrackerHost, LOCAL_SITE, localPath } from '../scenarios/network';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export interface NetworkLog {
  /** Every request that reached a tracker host, in order. */
  requests: string[];
  /** Requests to anywhere else off this machine, refused; always expected to stay empty. */
  escaped: string[];
}

export interface WebKitHarness {
  driverUrl: string;
  wrapper: string;
  log: NetworkLog;
  close(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.once('exit', () => children.forEach((child) => child.kill('SIGKILL')));

function start(command: string, args: string[], env: NodeJS.ProcessEnv, extraFd = false): ChildProcess {
  const child = spawn(command, args, { env, stdio: extraFd ? ['ignore', 'ignore', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
  const child = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], process.env, true);
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const fd3 = child.stdio[3] as NodeJS.ReadableStream;
    fd3.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving its display`)));
  });
  return { display, child };
}

/** Forwards a request for a `.consent-gate.test` host to the local test server (as the fixtures' route does). */
function toLocal(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const target = new URL(localPath(url), BASE_URL);
  const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

function handler(log: NetworkLog, scheme: 'http' | 'https') {
  return (req: IncomingMessage, res: ServerResponse) => {
    // A proxied plain-http request carries the absolute URL; one inside a CONNECT tunnel only the path.
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host}`);
    if (LOCAL_SITE.test(url.hostname)) return toLocal(req, res, url);
    if (!isTrackerHost(url.hostname)) {
      log.escaped.push(url.href);
      return res.writeHead(403).end();
    }
    log.requests.push(url.href);
    req.resume();
    const { status, contentType, body } = answerTracker(url);
    res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'access-control-allow-origin': '*' }).end(body);
  };
}

export async function startWebKit(): Promise<WebKitHarness> {
  for (const binary of [WEBKIT_DRIVER, MINIBROWSER]) {
    try {
      execFileSync('test', ['-x', binary]);
    } catch {
      throw new Error(`${binary} is missing: install webkit2gtk-driver and xvfb (apt), as .ci/run does`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'cg-webkit-'));
  const log: NetworkLog = { requests: [], escaped: [] };

  // A throwaway certificate for every host the proxy answers over https.
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=consent-gate test proxy',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const tlsServer = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, handler(log, 'https'));
  const proxy = createHttpServer(handler(log, 'http'));
  // CONNECT tunnels are not the proxy's connections any more: tracked, so close() can end them.
  const tunnels = new Set<Socket>();
  proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
    tunnels.add(socket);
    socket.once('close', () => tunnels.delete(socket));
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!isTrackerHost(host) && !LOCAL_SITE.test(host)) {
      log.escaped.push(`https://${host}/`);
      return socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tlsServer.emit('connection', socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  // The driver takes the browser's name from the binary's: the wrapper is called MiniBrowser too.
  const wrapper = join(dir, 'MiniBrowser');
  writeFileSync(wrapper, `#!/bin/sh\nexport http_proxy=${proxyUrl} https_proxy=${proxyUrl} no_proxy=127.0.0.1,localhost\nexec ${MINIBROWSER} "$@"\n`);
  chmodSync(wrapper, 0o755);

  const xvfb = await startXvfb();
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: xvfb.display };
  delete env.http_proxy;
  delete env.https_proxy;
  const driver = start(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], env);
  let driverErr = '';
  driver.stderr?.on('data', (chunk) => (driverErr = (driverErr + chunk).slice(-2000)));
  const driverUrl = `http://127.0.0.1:${port}`;
  await until('WebKitWebDriver to listen', async () => {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${driverErr}`);
    const answer = await fetch(`${driverUrl}/status`);
    return answer.ok;
  });

  return {
    driverUrl,
    wrapper,
    log,
    async close() {
      driver.kill('SIGKILL');
      xvfb.child.kill('SIGKILL');
      // A page the browser kept (the back/forward cache) holds its keep-alive connections open: end them, or close() waits.
      tunnels.forEach((socket) => socket.destroy());
      proxy.closeAllConnections();
      tlsServer.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      tlsServer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
