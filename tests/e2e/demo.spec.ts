import { banner, cookieNames, expect, test } from './fixtures';

test('Konnecs has nothing optional: no banner, but its cookie list is one click away', async ({ page }) => {
  await page.goto('/konnecs.html');
  await page.evaluate(() => window.ConsentGate!.ready);
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  // Strictly necessary, and its one service: both on and locked.
  await expect(dialog.getByRole('switch')).toHaveCount(2);
  for (const locked of await dialog.getByRole('switch').all()) await expect(locked).toBeDisabled();
  await dialog.getByText('Cookies used (2)').click();
  await expect(dialog.getByRole('row', { name: /csrf_token Konnecs/ })).toBeVisible();
});

for (const [site, expected] of [
  ['conektio', ['_fbp', '_ga', '_ga_CONEKTIO']],
  ['konectus', ['_ga', '_ga_KONECTUS', 'konectus_lang']],
  ['konecto', ['kt_sid', 'kt_vid']],
] as const) {
  test(`demo ${site}: nothing before the choice, the site's tags after "Accept all"`, async ({ page, trackers }) => {
    await page.goto(`/${site}.html`);
    await expect(banner(page)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await cookieNames(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await cookieNames(page)).filter((n) => n !== 'cg_consent')).toEqual(expected);
    // The demo runs offline: its stand-ins are local.
    expect(trackers.requests).toEqual([]);
  });
}
