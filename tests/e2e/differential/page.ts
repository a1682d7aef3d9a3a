/** What the specs read from and do to a test page. */
import type { Page } from '@playwright/test';
import type { ConsentGateGlobal } from '../../../src/page/embed-api';

/** The API of issue 14: `settled()` resolves once every activation released so far has run, loaded, failed or timed out. */
export type Api = ConsentGateGlobal & { settled(): Promise<void> };
export type TestWindow = Window & { __order: (number | string)[]; __errors: unknown[]; ConsentGate: Api };

/** How long a gated page's queue may take to settle before the test calls it stuck (a bound, not a sleep). */
export const SETTLE_BOUND_MS = 20_000;

export const order = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__order.slice());

/** Records every `on('error')` report in window.__errors. */
export const recordErrors = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.ConsentGate.on('error', (error) => w.__errors.push(error));
  });

/**
 * Waits for the queue to settle, at most SETTLE_BOUND_MS: true when it did.
 * A queue that never finishes is a failure to report, not a test that hangs.
 */
export const settled = (page: Page) =>
  page.evaluate(
    (bound) =>
      Promise.race([
        (window as unknown as TestWindow).ConsentGate.settled().then(() => true),
        new Promise<boolean>((resolve) => setTimeout(resolve, bound, false)),
      ]),
    SETTLE_BOUND_MS,
  );

/** Grants these categories (keeping nothing else) by the page's API. */
export const grant = (page: Page, categories: string[]) =>
  page.evaluate((list) => (window as unknown as TestWindow).ConsentGate.acceptCategories(list as never), categories);

export const hasSettled = (page: Page) => page.evaluate(() => typeof (window as unknown as TestWindow).ConsentGate.settled === 'function');
