/**
 * The engine-neutral privacy scenarios (tests/scenarios/privacy.ts) through Playwright, in each
 * project (Chromium, Firefox). WebKit runs the same scenarios through Selenium (tests/webkit).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Driver } from '../scenarios/driver';
import { scenarios } from '../scenarios/privacy';
import { test } from './fixtures';

function playwrightDriver(page: Page, engine: string, trackerRequests: string[]): Driver {
  return {
    engine,
    trackerRequests,
    goto: async (path) => void (await page.goto(path)),
    reload: async () => void (await page.reload()),
    run: (expression) => page.evaluate(expression),
    click: (role, name) => page.getByRole(role, { name, exact: true }).first().click(),
    tab: () => page.keyboard.press('Tab'),
    cookies: async () => (await page.context().cookies(page.url())).map(({ name, value, path }) => ({ name, value, path })),
    screenshot: async (name) => {
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/${engine}-${name}.png` });
    },
  };
}

for (const [title, scenario] of Object.entries(scenarios)) {
  test(`every engine: ${title}`, async ({ page, browserName, trackers }) => {
    await scenario(playwrightDriver(page, browserName, trackers.requests));
  });
}
