import AxeBuilder from '@axe-core/playwright';
import { banner, expect, test } from './fixtures';

const PAGE = '/test/covered.html';

test('a blocked embed gets a cover of its size that allows it in place; nothing moves when it shows', async ({ page }) => {
  // It runs axe: several seconds on a busy 2-core machine (see AXE_TIMEOUT in accessibility.spec.ts).
  test.setTimeout(120_000);
  await page.goto(PAGE);
  const frame = page.locator('iframe');
  const cover = page.locator('[data-consent-gate-cover]');
  await expect(cover).toBeVisible();
  await expect(cover).toContainText('This content from 127.0.0.1 is blocked until you allow its cookies.');
  await expect(frame).toBeHidden();
  expect(await frame.getAttribute('src')).toBeNull();
  const before = (await cover.boundingBox())!;
  // The iframe's own box: 320×180 inside the default 2 px border.
  expect([before.width, before.height]).toEqual([324, 184]);
  const textBefore = (await page.locator('#after').boundingBox())!.y;

  const axe = await new AxeBuilder({ page }).include('[data-consent-gate-cover]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await cover.getByRole('button', { name: 'Allow and show' }).click();
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('src', '/test/video.html');
  await expect(cover).toHaveCount(0);
  // Granting targeting in place is a choice: the banner goes, and only targeting is granted.
  await expect(banner(page)).toBeHidden();
  expect(await page.evaluate(() => window.ConsentGate!.getConsent()?.granted)).toEqual(['strictly-necessary', 'targeting']);
  expect((await frame.boundingBox())!.height).toBe(184);
  expect((await page.locator('#after').boundingBox())!.y).toBe(textBefore);
});

test('"Cookie settings" on a cover opens the preferences; embeds added later are covered too', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.setAttribute('data-category', 'targeting');
    frame.setAttribute('data-src', 'https://maps.example.test/embed');
    frame.width = '200';
    frame.height = '100';
    document.body.append(frame);
  });
  const covers = page.locator('[data-consent-gate-cover]');
  await expect(covers).toHaveCount(2);
  await expect(covers.nth(1)).toContainText('maps.example.test');
  await covers.nth(1).getByRole('button', { name: 'Cookie settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
});

test('a page without blocked embeds does not fetch the covers file; one with a site placeholder shows no cover', async ({ page }) => {
  const files: string[] = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname.split('/').pop()!));
  await page.goto('/test/site.html');
  await expect(banner(page)).toBeVisible();
  expect(files).not.toContain('consent-gate.covers.js');
  await page.goto('/test/embeds.html');
  await expect(page.getByRole('button', { name: 'Accept targeting and play' })).toBeVisible();
  await expect(page.locator('[data-consent-gate-cover]')).toHaveCount(0);
});
