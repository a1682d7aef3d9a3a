import { expect, test, networkQuiet } from './fixtures';

test('audit: undeclared cookies with their likely category and a leak before consent, on the console once; not fetched unless on', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('audit')) warnings.push(message.text());
  });
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/test/audit.html');
  await expect.poll(() => warnings.length, { timeout: 10_000 }).toBe(1);
  const [report] = warnings;
  expect(report).toContain('[consent-gate] audit: 3 cookies to look at:');
  expect(report).toContain('_fbp: set although "targeting" is not granted');
  expect(report).toContain('_hjSessionUser_1234: not declared in the catalogue; likely functionality (Hotjar, Open Cookie Database)');
  expect(report).toContain('promo_banner_closed: not declared in the catalogue; unknown to the Open Cookie Database');
  expect(fetched).toContain('/dist/consent-gate.audit.js');

  // Accepting makes _fbp granted: the audit looks again after the choice and names only what is new since
  // (a cookie set just before), never what it has already said.
  await page.evaluate(() => (document.cookie = 'late_cookie=1; path=/'));
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => warnings.length, { timeout: 10_000 }).toBe(2);
  expect(warnings[1]).toContain('[consent-gate] audit: 1 cookie to look at:');
  expect(warnings[1]).toContain('late_cookie: not declared in the catalogue');
  expect(warnings[1]).not.toContain('_fbp');
  expect(warnings[1]).not.toContain('promo_banner_closed');

  // A page without audit never fetches the table.
  fetched.length = 0;
  await page.goto('/test/inline.html');
  await page.evaluate(() => window.ConsentGate!.ready);
  await networkQuiet(page);
  expect(fetched.some((path) => path.includes('audit'))).toBe(false);
});
