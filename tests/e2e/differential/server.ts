/**
 * Serves the cases' pages and scripts from the fake origin through
 * page.route: nothing leaves the machine. A slow script's answer is held
 * back here, on the server side, with a timer.
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

export async function serveCases(page: Page, baseUrl: string): Promise<CaseServer> {
  const cases = new Map<number, readonly Script[]>();
  const requests: string[] = [];
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = route.request().url();
    requests.push(url);
    const path = new URL(url).pathname;
    const isPage = /^\/(ungated|gated)\/(\d+)$/.exec(path);
    if (isPage) {
      const list = cases.get(Number(isPage[2]));
      if (!list) return fulfil(route, { status: 404, body: '' });
      const body = casePage(isPage[1] as Variant, Number(isPage[2]), list, baseUrl);
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
