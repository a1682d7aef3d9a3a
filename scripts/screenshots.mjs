/**
 * Makes the README's screenshots (docs/*.png): the banner and the preferences
 * of the Conektio demo site, light and dark, in Debian's Chromium.
 * Usage: npm run build && node scripts/screenshots.mjs
 */
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const PORT = 5199;
const server = await startServer({ port: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 640 }, colorScheme: theme });
    // Offline: nothing leaves the machine (the demo's trackers are local stand-ins anyway).
    await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    await page.route('**/catalog/conektio.json', async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, json: { ...(await response.json()), appearance: { theme } } });
    });
    await page.goto(`http://127.0.0.1:${PORT}/conektio/`);
    await page.getByRole('button', { name: 'Accept all' }).waitFor();
    await page.screenshot({ path: `docs/banner-${theme}.png` });
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: `docs/preferences-${theme}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
