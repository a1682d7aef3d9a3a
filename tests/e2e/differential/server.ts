/**
 * Serves the cases' pages and scripts from the fake origin through
 * page.route: nothing leaves the machine. A slow script's answer is held
 * back here, on the server side, with a timer. The SDK's files are served
 * at the fake origin too (proxied from the local server): Chromium's Private
 * Network Access refuses a script on 127.0.0.1 to a page of a public origin
 * that is not a secure context.
 */
import type { Page, Route } from '@playwright/test';
import { isExternal, type Script } from './kinds';
import { casePage, ORIGIN, scriptBody, type Variant } from './markup';

export interface CaseServer {
  /** Registers a case's scripts; its pages are then served at pageUrl(variant, id). */
  add(id: number, list: readonly Script[]): void;
  /** Every URL requested from the fake origin, in order. */
  readonly requests: string[];
}

const JS = { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };

/** A navigation away drops the request before a held-back answer is sent; that is no failure. */
const fulfil = (route: Route, response: Parameters<Route['fulfill']>[0]) => route.fulfill(response).catch(() => {});

/** The SDK's file from the local server; a request the page or the test's end dropped meanwhile is no failure. */
const proxy = (route: Route, url: string) =>
  route.fetch({ url }).then((response) => fulfil(route, { response }), () => route.abort().catch(() => {}));

/** `localServer`: where the built SDK is really served (BASE_URL); the pages load it from ORIGIN/dist/. */
export async function serveCases(page: Page, localServer: string): Promise<CaseServer> {
  const cases = new Map<number, readonly Script[]>();
  const requests: string[] = [];
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = route.request().url();
    requests.push(url);
    const path = new URL(url).pathname;
    if (path.startsWith('/dist/')) return proxy(route, localServer + path);
    const isPage = /^\/(ungated|gated)\/(\d+)$/.exec(path);
    if (isPage) {
      const list = cases.get(Number(isPage[2]));
      if (!list) return fulfil(route, { status: 404, body: '' });
      const body = casePage(isPage[1] as Variant, Number(isPage[2]), list, ORIGIN);
      return fulfil(route, { contentType: 'text/html', headers: { 'Cache-Control': 'no-store' }, body });
    }
    const isScript = /^\/s\/(\d+)\/(ungated|gated)\/(\d+)\.js$/.exec(path);
    const script = isScript && cases.get(Number(isScript[1]))?.[Number(isScript[3])];
    if (!isScript || !script || !isExternal(script.kind)) return fulfil(route, { status: 404, body: '' });
    const index = Number(isScript[3]);
    if (script.kind === 'failing') return fulfil(route, { status: 404, headers: JS, body: scriptBody(index) });
    if (script.kind === 'slow') {
      return new Promise<void>((done) => setTimeout(() => void fulfil(route, { status: 200, headers: JS, body: scriptBody(index) }).then(done), script.delayMs));
    }
    return fulfil(route, { status: 200, headers: JS, body: scriptBody(index) });
  });
  return { add: (id, list) => void cases.set(id, list), requests };
}

/** A file of a hand-written test site: its text (JavaScript), or a fuller answer, or 'never' (held for good). */
export type Answer = string | 'never' | { body: string; status?: number; contentType?: string; delayMs?: number };

/**
 * Serves hand-written files at ORIGIN (paths such as '/page', '/s/a.js'),
 * and the SDK at ORIGIN/dist/; returns the list of URLs requested there.
 */
export async function serveSite(page: Page, localServer: string, files: Record<string, Answer>): Promise<string[]> {
  const requests: string[] = [];
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = route.request().url();
    requests.push(url);
    const path = new URL(url).pathname;
    if (path.startsWith('/dist/')) return proxy(route, localServer + path);
    const answer = files[path];
    if (answer === 'never') return; // neither fulfilled nor failed: a server that never answers
    if (answer === undefined) return fulfil(route, { status: 404, body: '' });
    const { body, status = 200, contentType, delayMs = 0 } = typeof answer === 'string' ? { body: answer } : answer;
    const headers = { ...JS, ...(contentType && { 'Content-Type': contentType }) };
    const send = () => fulfil(route, { status, headers, body });
    if (!delayMs) return send();
    return new Promise<void>((done) => setTimeout(() => void send().then(done), delayMs));
  });
  return requests;
}
