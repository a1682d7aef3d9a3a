/** The scenarios' Driver (tests/scenarios/driver.ts) over a Playwright page, for the Chromium and Firefox projects. */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Driver } from '../scenarios/driver';

export function playwrightDriver(page: Page, engine: string, trackerRequests: string[]): Driver {
  return {
    engine,
    trackerRequests,
    goto: async (path) => void (await page.goto(path)),
    reload: async () => void (await page.reload()),
    run: (expression) => page.evaluate(expression),
    click: (role, name) => page.getByRole(role, { name, exact: true }).first().click(),
    tab: () => page.keyboard.press('Tab'),
    cookies: async () => (await page.context().cookies(page.url())).map(({ name, value, domain, path }) => ({ name, value, domain, path })),
    screenshot: async (name) => {
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/${engine}-${name}.png` });
    },
  };
}
