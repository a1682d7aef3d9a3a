/**
 * The engine-neutral privacy scenarios (tests/scenarios/privacy.ts) in WebKitGTK, through Selenium
 * and WebKitWebDriver (tests/webkit/harness.ts). One Xvfb, driver and proxy per worker; a new
 * WebKit session per scenario (about a second), so no cookie or cache carries over.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { FIND_CONTROL, until, type Driver } from '../scenarios/driver';
import { scenarios } from '../scenarios/privacy';
import { cacheScenarios, realPageScenarios } from '../scenarios/real-pages';
import { BASE_URL } from '../e2e/server';
import { startWebKit, type WebKitHarness } from './harness';

const test = base.extend<{ webkit: Driver }, { harness: WebKitHarness }>({
  harness: [async ({}, use) => {
    const harness = await startWebKit();
    await use(harness);
    await harness.close();
  }, { scope: 'worker', timeout: 120_000 }],

  webkit: async ({ harness }, use) => {
    const session: WebDriver = await new Builder()
      .usingServer(harness.driverUrl)
      .withCapabilities({
        browserName: 'MiniBrowser',
        acceptInsecureCerts: true,
        'webkitgtk:browserOptions': { binary: harness.wrapper, args: ['--automation'] },
      })
      .build();
    await session.manage().window().setRect({ width: 1280, height: 720 });
    harness.log.requests.length = 0;
    harness.log.escaped.length = 0;
    const run = <T>(expression: string) => session.executeScript(`return (async () => (${expression}))()`) as Promise<T>;
    const driver: Driver = {
      engine: 'webkit',
      trackerRequests: harness.log.requests,
      goto: (path) => session.get(new URL(path, BASE_URL).href),
      reload: () => session.navigate().refresh(),
      run,
      async click(role, name) {
        const element = await until(`the ${role} "${name}"`, () => session.executeScript(`return (${FIND_CONTROL})(arguments[0], arguments[1])`, role, name) as Promise<WebElement | null>);
        // A real WebDriver click (WebKit hit-tests it), the switches' checkboxes included.
        await element.click();
      },
      tab: () => session.actions().sendKeys(Key.TAB).perform(),
      cookies: async () => (await session.manage().getCookies()).map(({ name, value, domain, path }) => ({ name, value, domain, path })),
      async screenshot(name) {
        // Two frames, so what was just rendered is on screen (element screenshots come back black: the viewport is shot).
        await run('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
        mkdirSync('test-results/screenshots', { recursive: true });
        writeFileSync(`test-results/screenshots/webkit-${name}.png`, Buffer.from(await session.takeScreenshot(), 'base64'));
      },
    };
    try {
      await use(driver);
    } finally {
      await session.quit().catch(() => {});
    }
    expect(harness.log.escaped, 'requests that left the machine').toEqual([]);
  },
});

for (const [title, scenario] of Object.entries({ ...scenarios, ...realPageScenarios, ...cacheScenarios })) {
  test(`every engine: ${title}`, async ({ webkit }) => {
    await scenario(webkit);
  });
}
