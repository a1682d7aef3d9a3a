/**
 * Service presets through the script tag (README, "Service presets"): the loader fetches consent-gate.presets.js
 * only for a catalogue whose services name a preset, and everything after it reads the whole services.
 */
import type { Page } from '@playwright/test';
import { banner, expect, test } from './fixtures';

const PAGE = '/test/vendors.html';

/** The vendors page with its catalogue's services as given. */
async function withServices(page: Page, services: unknown[]) {
  await page.route(`**${PAGE}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('"categories":', `"services": ${JSON.stringify(services)}, "categories":`);
    await route.fulfill({ response, body });
  });
}

test('presets fill the services the preferences show, in the page\'s language, with their cookie rows', { tag: '@one-engine' }, async ({ page }) => {
  const files: string[] = [];
  page.on('request', (request) => files.push(new URL(request.url()).pathname));
  await withServices(page, [{ preset: 'microsoft-clarity' }, { preset: 'tiktok-pixel', category: 'performance' }]);
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Customize' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('switch', { name: 'Microsoft Clarity' })).toBeVisible();
  await expect(dialog.getByText('_clck').first()).toBeAttached();
  expect(files).toContain('/dist/consent-gate.presets.js');
  // The per-service switch works on a preset's id: TikTok on, Clarity off.
  await dialog.getByRole('switch', { name: 'TikTok Pixel' }).check();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect(banner(page)).toBeHidden();
  // A category given beside the preset moved TikTok to performance: switching it on grants performance, not targeting.
  const consent = await page.evaluate(() => window.ConsentGate!.getConsent());
  expect(consent?.services).toEqual(['tiktok-pixel']);
  expect(consent?.granted).toEqual(['strictly-necessary', 'performance']);
});

test('a catalogue without presets never fetches the presets file', { tag: '@one-engine' }, async ({ page }) => {
  const files: string[] = [];
  page.on('request', (request) => files.push(new URL(request.url()).pathname));
  await page.goto(PAGE);
  await expect(banner(page)).toBeVisible();
  await page.evaluate(() => window.ConsentGate!.ready);
  expect(files.filter((file) => file.includes('presets'))).toEqual([]);
});

test('an unknown preset: the console names it and lists the known ones; the fallback banner, nothing optional runs', { tag: '@one-engine' }, async ({ page, trackers }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await withServices(page, [{ preset: 'microsoft-clarity' }, { preset: 'hotjar-classic' }]);
  await page.goto(PAGE);
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => errors.join('\n')).toContain('catalog.services[1].preset');
  expect(errors.join('\n')).toMatch(/hotjar-classic/);
  expect(errors.join('\n')).toMatch(/google-analytics, .*microsoft-clarity/);
  await page.getByRole('button', { name: 'Reject all' }).click();
  expect(trackers.requests).toEqual([]);
});

test('the presets file fails to load: the fallback banner, and the console says why', { tag: '@one-engine' }, async ({ page, trackers }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route('**/dist/consent-gate.presets.js', (route) => route.abort());
  await withServices(page, [{ preset: 'matomo' }]);
  await page.goto(PAGE);
  await expect(banner(page)).toBeVisible();
  expect(errors.join('\n')).toContain('consent-gate.presets.js failed to load');
  expect(trackers.requests).toEqual([]);
});
