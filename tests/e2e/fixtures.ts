import { test as base, expect, type Page } from '@playwright/test';
import { BASE_URL } from './server';
import { HTTPS_ORIGIN, LOCAL_SITE, SHOP_PAGE, answerTracker, isTrackerHost, localPath } from '../scenarios/network';

/** An https origin served from the local server, to see the cookie attributes a real site gets. */
export { HTTPS_ORIGIN };
export { LOCAL_SITE, SHOP_PAGE };

export interface Trackers {
  /** Every request that reached a tracker host, in order. */
  requests: string[];
  /** Requests to anywhere else off this machine; always expected to stay empty. */
  escaped: string[];
}

/**
 * Every test page runs with the network closed: tracker hosts get local
 * stand-ins and are recorded; anything else off-localhost is aborted and recorded.
 */
export const test = base.extend<{ trackers: Trackers }>({
  // auto: the network is closed in every test, whether or not it looks at the requests.
  trackers: [async ({ context }, use) => {
    const trackers: Trackers = { requests: [], escaped: [] };
    await context.route(
      (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
      async (route) => {
        const url = new URL(route.request().url());
        if (LOCAL_SITE.test(url.hostname) && /^https?:$/.test(url.protocol)) {
          // A navigation (a reload after revoking) can cancel a request while it is fetched: then there is nothing left to answer.
          const response = await route.fetch({ url: new URL(localPath(url), BASE_URL).href }).catch(() => null);
          return response ? route.fulfill({ response }).catch(() => {}) : route.abort().catch(() => {});
        }
        if (!isTrackerHost(url.hostname)) {
          trackers.escaped.push(url.href);
          return route.abort();
        }
        trackers.requests.push(url.href);
        // The same stand-ins the WebKit suite's proxy serves (tests/scenarios/network.ts).
        const { status, contentType, body } = answerTracker(url);
        return route.fulfill({ status, contentType, body });
      },
    );
    await use(trackers);
    // A route handler still answering when the test ends (a prefetch of the preferences file, a reload's requests)
    // would throw "Test ended" outside any test and take the worker, and the next test, with it: stop them quietly.
    for (const page of context.pages()) await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    expect(trackers.escaped, 'requests that left the machine').toEqual([]);
  }, { auto: true }],
});

export { expect };

export async function cookieNames(page: Page): Promise<string[]> {
  return (await page.context().cookies()).map((c) => c.name).sort();
}

/** Buttons and dialogs live in the SDK's open shadow root; Playwright's role locators pierce it. */
export function banner(page: Page) {
  return page.getByRole('region', { name: 'Your privacy, your choice' });
}

/**
 * Waits until the page has loaded, the gate has settled (every tag it released has run or failed)
 * and no resource has finished loading for `quietMs`: the network as the page sees it is quiet.
 * Used instead of Playwright's 'networkidle', which Firefox over WebDriver BiDi held past the
 * 90 s test limit on a loaded machine (a concurrent pair of CI runs). Polls; at most `timeoutMs`.
 */
export async function networkQuiet(page: Page, { quietMs = 500, timeoutMs = 30_000 } = {}): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise<void>((resolve, reject) => {
        const gate = (window as unknown as { ConsentGate?: { ready: Promise<unknown>; settled(): Promise<unknown> } }).ConsentGate;
        const started = performance.now();
        let seen = -1;
        let since = started;
        const tick = () => {
          const count = performance.getEntriesByType('resource').length;
          const now = performance.now();
          if (count !== seen) [seen, since] = [count, now];
          if (now - since >= quietMs) return resolve();
          if (now - started > timeoutMs) return reject(new Error(`the network did not go quiet for ${quietMs} ms within ${timeoutMs} ms`));
          setTimeout(tick, 50);
        };
        if (gate) gate.ready.then(() => gate.settled()).then(tick, tick);
        else tick();
      }),
    { quietMs, timeoutMs },
  );
}

/**
 * Holds the responses for `url` until `release()` (then they go on to the fixture's stand-ins):
 * the vendor's script or the catalogue arriving late, as from a slow network, without a fixed sleep.
 */
export async function hold(page: Page, url: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}
