import { defineConfig } from '@playwright/test';
import { BASE_URL, PORT } from './tests/e2e/server';
import { CHROMIUM_LAUNCH, FIREFOX_LAUNCH } from './tests/e2e/browser';

/**
 * Real-browser tests in Debian's Chromium and Firefox ESR (never a downloaded browser),
 * one project each. If /usr/bin/chromium or /usr/bin/firefox-esr is missing the launch
 * fails and so does the run: these tests never skip. WebKit runs in tests/webkit (Selenium).
 */
/** Spec files the Firefox project leaves out (see its project below). */
export const FIREFOX_SKIPS = [/editor\.spec/, /scan\.spec/, /audit\.spec/, /demo\.spec/];

export default defineConfig({
  // Generous per-test and per-expect limits: CI shares two cores with other work, and Firefox over BiDi is slower still.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['./tests/engines-reporter.ts']],
  // Its own folder (Playwright empties it at start), so a run does not wipe the screenshots in test-results/screenshots/.
  outputDir: 'test-results/playwright',
  use: {
    baseURL: BASE_URL,
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', launchOptions: CHROMIUM_LAUNCH } },
    // Tests tagged @chromium-only use what only Chromium's driver can do; each says why. Tests tagged @one-engine
    // check what our own code decides whatever the engine (a broken catalogue, the API's queue, Consent Mode's
    // dataLayer, the language chosen; axe, which the shared scenario runs in every engine): once is enough. The
    // authoring tools (editor, scanner, audit) and the demo sites run in Chromium only: they are for the site's own
    // people, not what visitors' browsers run. Both keep the whole CI run well under 15 minutes on 2 cores.
    {
      name: 'firefox',
      grepInvert: /@chromium-only|@one-engine/,
      testIgnore: FIREFOX_SKIPS,
      use: { browserName: 'firefox', channel: 'moz-firefox', launchOptions: FIREFOX_LAUNCH },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --test-pages`,
    url: `${BASE_URL}/dist/consent-gate.iife.js`,
    // Never a server this run did not start: whatever else holds the port (another app, another checkout's
    // suite) fails the run at once ("already used") instead of being tested in our place.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
