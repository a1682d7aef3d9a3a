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
