import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The WebKit suite: Debian's WebKitGTK (the engine family of Safari) through WebKitWebDriver and
 * Selenium, under Xvfb (tests/webkit/harness.ts). Playwright is only the test runner here. A
 * missing driver or Xvfb fails the run, never skips it (.ci/run installs them).
 */
export default defineConfig({
  ...base,
  testDir: 'tests/webkit',
  workers: 1,
  // Its own folder, so this run does not wipe what the Chromium and Firefox run left in test-results/ (screenshots included).
  outputDir: 'test-results/webkit',
  projects: [{ name: 'webkit' }],
});
