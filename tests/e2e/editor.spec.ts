import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The preview runs the production bundle in an iframe, a new one (numbered) for each change. */
const preview = (page: Page): FrameLocator => page.frameLocator('#preview');
/** Waits for preview number `n` to show its banner, so no action lands on a preview being replaced. */
async function previewReady(page: Page, n: number) {
  await expect(page.locator(`#preview[data-preview="${n}"]`)).toBeAttached();
  await expect(page.frameLocator(`#preview[data-preview="${n}"]`).getByRole('button', { name: 'Customize' })).toBeVisible();
  // The banner is fixed to the bottom of the preview: bring the whole preview into view.
  await page.locator('#preview').scrollIntoViewIfNeeded();
}
const exported = async (page: Page) => JSON.parse(await page.getByLabel('Catalogue JSON').inputValue());

test('switching targeting off: the preview no longer offers it, the export has it disabled, no re-consent needed', async ({ page }) => {
  await page.goto('/editor');
  await expect(page).toHaveURL(/\/editor\/$/);
  await expect(page.getByRole('switch', { name: 'Targeting' })).toBeChecked();
  await previewReady(page, 1);
  await preview(page).getByRole('button', { name: 'Customize' }).click();
  await expect(preview(page).getByRole('switch', { name: 'Targeting and advertising' })).toBeVisible();

  await page.getByRole('switch', { name: 'Targeting' }).uncheck();
  await expect.poll(async () => (await exported(page)).categories.targeting.enabled).toBe(false);
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^Revision 1: no change needs visitors to be asked again\.$/);
  // The preview shows the new catalogue.
  await previewReady(page, 2);
  await preview(page).getByRole('button', { name: 'Customize' }).click();
  await expect(preview(page).getByRole('switch', { name: 'Performance and analytics' })).toBeVisible();
  await expect(preview(page).getByRole('switch', { name: 'Targeting and advertising' })).toHaveCount(0);
});

test('adding a category bumps the revision and says why; undoing it takes the bump back', async ({ page }) => {
  await page.goto('/editor/');
  await expect(page.getByRole('switch', { name: 'Functionality' })).not.toBeChecked();
  await page.getByRole('switch', { name: 'Functionality' }).check();
  await expect(page.getByRole('status')).toHaveText('Revision 2: every visitor will be asked again, because category “Functionality” added.');
  expect((await exported(page)).revision).toBe(2);
  await expect(page.getByLabel('Revision')).toHaveValue('2');
  await page.getByRole('switch', { name: 'Functionality' }).uncheck();
  await expect(page.getByRole('status')).toHaveText(/^Revision 1: no change/);
});

test('validation as you type, with the runtime\'s messages; banner texts reach the preview; the snippets are there', async ({ page }) => {
  await page.goto('/editor/');
  await page.getByLabel('Privacy policy URL').fill('javascript:alert(1)');
  await expect(page.getByText('catalog.privacyPolicyUrl: expected an http(s) or relative URL, got "javascript:alert(1)"')).toBeVisible();
  await page.getByLabel('Privacy policy URL').fill('/privacy');
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
  await page.getByLabel('Banner title').fill('Cookies at Conektio');
  await expect(preview(page).getByRole('region', { name: 'Cookies at Conektio' })).toBeVisible();
  await expect(page.getByLabel('Script tag')).toHaveValue('<script src="/consent-gate.iife.js" data-catalog="/catalog/conektio.json"></script>');
  await expect(page.getByLabel('npm')).toHaveValue(/createConsentGate\(\{ catalog \}\)/);
});

test('loads pasted JSON and says what is wrong with it', async ({ page }) => {
  await page.goto('/editor/');
  await page.getByLabel('Pasted JSON').fill('{"revision": 4, "privacyPolicyUrl": "/p", "categories": {"performance": {}, "marketing": {}}}');
  await page.getByRole('button', { name: 'Load pasted JSON' }).click();
  await expect(page.getByText('catalog.categories key: expected one of strictly-necessary, performance, functionality, targeting, unclassified, got "marketing"')).toBeVisible();
  await expect(page.getByLabel('Revision')).toHaveValue('4');
});

test('loads a catalogue file from disk', async ({ page }) => {
  await page.goto('/editor/');
  await page.getByLabel('File from disk').setInputFiles('catalog/konecto.json');
  await expect(page.getByLabel('Site name')).toHaveValue('Konecto');
  await expect(page.getByRole('switch', { name: 'Targeting' })).not.toBeChecked();
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
});

test('texts per language: German words go beside the English ones, and a German page shows them', async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  await page.getByLabel('Banner title').fill('Cookies at Conektio');
  await page.getByLabel('Edit texts in').selectOption('de');
  // Nothing written in German yet: the field is empty, the built-in German text shows in the preview.
  await expect(page.getByLabel('Banner title')).toHaveValue('');
  await page.getByLabel('Banner title').fill('Cookies bei Conektio');
  await expect.poll(async () => (await exported(page)).texts.bannerTitle).toEqual({ en: 'Cookies at Conektio', de: 'Cookies bei Conektio' });
  await expect(preview(page).getByRole('region', { name: 'Cookies bei Conektio' })).toBeVisible();
  await expect(preview(page).getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible();
  // Emptied again, only the English text is left.
  await page.getByLabel('Banner title').fill('');
  await expect.poll(async () => (await exported(page)).texts.bannerTitle).toEqual({ en: 'Cookies at Conektio' });
});

test('a changed purpose asks again and marks the category revised; a translation of it does not', async ({ page }) => {
  await page.goto('/editor/');
  await page.getByLabel('Performance: description').fill('Statistics, and now also session recordings.');
  await expect(page.getByRole('status')).toHaveText('Revision 2: every visitor will be asked again, because the purpose of “Performance” changed.');
  // An earlier yes to performance no longer carries over (revisedIn), as the runtime reads it.
  await expect.poll(async () => (await exported(page)).categories.performance).toEqual({ description: 'Statistics, and now also session recordings.', revisedIn: 2 });
  await page.getByLabel('Edit texts in').selectOption('de');
  await page.getByLabel('Performance: description').fill('Statistik und neu auch Sitzungsaufzeichnungen.');
  await expect(page.getByRole('status')).toHaveText('Revision 2: every visitor will be asked again, because the purpose of “Performance” changed.');
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
});
