/**
 * The engine-neutral scenarios (tests/scenarios/privacy.ts, real-pages.ts) through Playwright, in
 * each project (Chromium, Firefox). WebKit runs the same scenarios through Selenium (tests/webkit).
 * The back/forward cache scenarios run in bfcache.spec.ts, whose browsers keep the cache on.
 */
import { scenarios } from '../scenarios/privacy';
import { realPageScenarios } from '../scenarios/real-pages';
import { test } from './fixtures';
import { playwrightDriver } from './playwright-driver';

for (const [title, scenario] of Object.entries({ ...scenarios, ...realPageScenarios })) {
  test(`every engine: ${title}`, async ({ page, browserName, trackers }) => {
    await scenario(playwrightDriver(page, browserName, trackers.requests));
  });
}
