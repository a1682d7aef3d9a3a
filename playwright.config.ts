import { defineConfig } from '@playwright/test';
import { BASE_URL, PORT } from './tests/e2e/server';
import { CHROMIUM_LAUNCH } from './tests/e2e/browser';

/**
 * Real-browser tests in Debian's Chromium (never a downloaded browser).
 * If /usr/bin/chromium is missing the launch fails and so does the run:
 * these tests never skip.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --test-pages`,
    url: `${BASE_URL}/dist/consent-gate.iife.js`,
    // Never a server this run did not start: whatever else holds the port (another app, another checkout's
    // suite) fails the run at once ("already used") instead of being tested in our place.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
