import type { LaunchOptions } from '@playwright/test';

/** How the suite launches Debian's Chromium (never a downloaded browser), shared by the config and specs that need other flags. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi (the moz-firefox channel; Playwright's own
 * Firefox build cannot be downloaded here). Needs @playwright/test 1.64.1: 1.65 sends a BiDi
 * command Firefox 153 ESR lacks (emulation.setMediaFeaturesOverride) at newContext.
 */
export const FIREFOX_LAUNCH = {
  executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/**
 * Launch options with the back/forward cache on: Chromium gets it back by dropping Playwright's
 * flag; Firefox over WebDriver BiDi keeps its cache on. For test.use({ launchOptions }).
 */
export const BFCACHE_LAUNCH: [
  ({ browserName }: { browserName: string }, use: (options: LaunchOptions) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] = [
  async ({ browserName }, use) =>
    use(browserName === 'chromium' ? { ...CHROMIUM_LAUNCH, ignoreDefaultArgs: ['--disable-back-forward-cache'] } : FIREFOX_LAUNCH),
  { scope: 'worker' },
];
