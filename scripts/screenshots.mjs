/**
 * Makes the README's screenshots (docs/*.png): the banner and the preferences
 * of the Conektio demo site, light and dark, and the catalogue editor (wide,
 * with a problem, and on a phone), in Debian's Chromium.
 * Usage: npm run build && node scripts/screenshots.mjs [banner] [editor]   (both when neither is named)
 */
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const PORT = 5199;
const server = await startServer({ port: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
try {
  for (const theme of wanted('banner') ? ['light', 'dark'] : []) {
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
  if (wanted('editor')) await editorScreenshots();
} finally {
  await browser.close();
  server.close();
}

/** The catalogue editor: as it opens, with a problem (at its field, in the summary, the preview marked out of date), on a phone. */
async function editorScreenshots() {
  const open = async (viewport) => {
    const page = await browser.newPage({ viewport });
    await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    await page.goto(`http://127.0.0.1:${PORT}/editor/`);
    await page.locator('#preview[data-preview="1"]').waitFor();
    await page.frameLocator('#preview').getByRole('button', { name: 'Customize' }).waitFor();
    return page;
  };
  let page = await open({ width: 1280, height: 800 });
  // The categories beside the preview, its preferences open.
  await page.locator('#section-load').evaluate((d) => (d.open = false));
  await page.frameLocator('#preview').getByRole('button', { name: 'Customize' }).click();
  await page.frameLocator('#preview').getByRole('dialog').waitFor();
  await page.screenshot({ path: 'docs/editor.png' });
  await page.close();

  page = await open({ width: 1280, height: 1000 });
  await page.locator('#section-load').evaluate((d) => (d.open = false));
  await page.getByLabel('Privacy policy URL').fill('javascript:alert(1)');
  await page.getByText('Preview out of date').waitFor();
  await page.waitForFunction(() => getComputedStyle(document.getElementById('preview')).opacity < 0.5);
  await page.screenshot({ path: 'docs/editor-problem.png' });
  await page.close();

  page = await open({ width: 375, height: 740 });
  await page.getByLabel('Theme').scrollIntoViewIfNeeded();
  await page.getByLabel('Theme').selectOption('dark');
  await page.locator('#preview[data-preview="2"]').waitFor();
  await page.frameLocator('#preview').getByRole('button', { name: 'Customize' }).waitFor();
  await page.screenshot({ path: 'docs/editor-phone.png' });
  await page.close();
}
