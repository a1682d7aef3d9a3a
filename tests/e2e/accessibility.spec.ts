import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { banner, expect, test, networkQuiet } from './fixtures';
import { WCAG_AA } from '../scenarios/axe';

const SITE = '/test/site.html';

/**
 * A test that runs axe: one analysis takes 2 to 8 s on a busy 2-core machine,
 * and three of them came to 23 s of the default 30 s, so these get their own limit.
 */
const AXE_TIMEOUT = 120_000;

/** Serves the shipped Conektio catalogue with another `appearance`. */
async function withAppearance(page: Page, appearance: Record<string, string>) {
  await page.route('**/catalog/conektio.json', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, json: { ...(await response.json()), appearance } });
  });
}

/**
 * axe on the SDK's own element only: the test page is not ours to judge.
 * Colour contrast that axe could not decide counts as a failure too, unless
 * `scrolled` (text under the dialog's sticky buttons has no single background).
 */
async function violations(page: Page, { scrolled = false, root = '[data-consent-gate-root]' } = {}) {
  const results = await new AxeBuilder({ page }).include(root).withTags(WCAG_AA).analyze();
  const undecided = scrolled ? [] : results.incomplete.filter((r) => r.id === 'color-contrast');
  const texts = root === '[data-consent-gate-root]' ? 3 : -1;
  expect(results.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0, 'texts whose contrast axe checked').toBeGreaterThan(texts);
  return [...results.violations, ...undecided].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What has focus, seen through the shadow root: a control's accessible name or the page element's id. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('aria-label') ?? (el.id || el.textContent?.trim() || el.getAttribute('aria-labelledby') || el.tagName);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation in the banner and the preferences, ${theme} theme`, { tag: '@one-engine' }, async ({ page }) => {
    test.setTimeout(AXE_TIMEOUT);
    // Tall enough for the whole dialog with its services' descriptions: every text has one background to judge
    // (the sticky buttons cover nothing); what they cover once the lists open is the `scrolled` check below.
    await page.setViewportSize({ width: 1280, height: 1200 });
    await withAppearance(page, { theme });
    await page.goto(SITE);
    await expect(banner(page)).toBeVisible();
    await expect(page.locator('[data-consent-gate-root]')).toHaveAttribute('data-theme', theme);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Customize' }).click();
    await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    // The cookie lists open too, so their tables are checked as well.
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await violations(page, { scrolled: true })).toEqual([]);
  });
}

// @chromium-only: Playwright cannot emulate media features in Firefox 153 ESR over WebDriver BiDi
// (emulation.setMediaFeaturesOverride is missing; emulateMedia does nothing there, without an error).
test('theme "auto" follows the visitor\'s colour scheme, and changes with it', { tag: '@chromium-only' }, async ({ page }) => {
  await withAppearance(page, { theme: 'auto' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(SITE);
  const host = page.locator('[data-consent-gate-root]');
  await expect(host).toHaveAttribute('data-theme', 'dark');
  const background = () => banner(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe('rgb(28, 31, 36)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(host).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('keyboard only: the banner takes no focus, comes first on Tab, and the dialog is modal and gives focus back', async ({ page }) => {
  await page.goto(SITE);
  await expect(banner(page)).toBeVisible();
  expect(await focused(page)).toBe('body');

  // Tab walks the banner in reading order before the page's own controls.
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  expect(order).toEqual(['Privacy policy', 'Accept all', 'Reject all', 'Customize', 'page-button']);
  // A visible focus ring on each control reached by keyboard.
  await page.keyboard.press('Shift+Tab');
  const ring = await page.getByRole('button', { name: 'Customize' }).evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth]);
  expect(ring).toEqual(['solid', '3px']);
  await page.keyboard.press('Tab');

  // Enter on Customize opens the preferences with focus inside.
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('Customize');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  await expect(dialog).toBeVisible();
  const inDialog = () => dialog.evaluate((el) => el.contains(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).activeElement : null));
  expect(await inDialog()).toBe(true);

  // Focus is trapped: however far Tab goes, it stays in the dialog (the browser's own UI aside).
  const seen = new Set<string>();
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    const name = await focused(page);
    seen.add(name);
    if (name !== 'body') expect(await inDialog(), `focus left the dialog for ${name}`).toBe(true);
  }
  expect(seen).toContain('Save choices');
  // Firefox's Tab also visits its own toolbar (seen as 'body'); keys go there until Tab comes back to the page.
  for (let i = 0; i < 5 && (await focused(page)) === 'body'; i++) await page.keyboard.press('Tab');

  // Space operates a switch; its state is exposed.
  const performance = page.getByRole('switch', { name: 'Performance and analytics' });
  await performance.focus();
  await page.keyboard.press('Space');
  await expect(performance).toBeChecked();

  // Esc closes without saving, and focus returns to Customize.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(banner(page)).toBeVisible();
  expect(await focused(page)).toBe('Customize');
});

test('focus returns to the page link that opened the preferences', async ({ page }) => {
  await page.goto(SITE);
  await page.getByRole('button', { name: 'Reject all' }).click();
  const link = page.getByRole('link', { name: 'Cookie settings' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(link).toBeFocused();
});

test('a saved choice is announced in a live region', async ({ page }) => {
  await page.goto(SITE);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await expect(banner(page)).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Your cookie choices have been saved.');
});

test('layout "box" sits in the bottom corner; in right-to-left pages, the other corner', async ({ page }) => {
  await withAppearance(page, { layout: 'box' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(SITE);
  const box = (await banner(page).boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(400);
  expect(Math.round(box.x + box.width)).toBe(1280 - 16);
  expect(Math.round(box.y + box.height)).toBe(720 - 16);
  // The same page in Arabic: the banner is laid out right to left.
  await page.route(`**${SITE}`, async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', '<html lang="ar" dir="rtl">') });
  });
  await page.reload();
  const arabic = page.locator('[part="banner"]');
  await expect(arabic).toHaveAttribute('aria-labelledby', 'cg-banner-title');
  expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(Math.round((await arabic.boundingBox())!.x)).toBe(16);
});

test('layout "wall" is a modal dialog: the page behind is out of reach until the visitor chooses', async ({ page }) => {
  test.setTimeout(AXE_TIMEOUT);
  await withAppearance(page, { layout: 'wall' });
  await page.goto(SITE);
  const wall = page.getByRole('dialog', { name: 'Your privacy, your choice' });
  await expect(wall).toBeVisible();
  // The page's own button cannot be clicked or reached.
  await expect(page.locator('#page-button').click({ timeout: 1000 })).rejects.toThrow();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toBe('page-button');
  }
  // Esc does not dismiss a wall: only a choice does. Pressed again without a click in between, Chromium's
  // close watcher no longer lets `cancel` be prevented; the wall holds all the same.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await expect(wall).toBeVisible();
  expect(await wall.evaluate((el) => el.matches(':modal'))).toBe(true);
  await expect(page.locator('#page-button').click({ timeout: 1000 })).rejects.toThrow();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await expect(wall).toBeHidden();
  await page.locator('#page-button').click();
});

test('a hostile host stylesheet neither restyles the banner nor is restyled by it', async ({ page }) => {
  await page.goto(SITE);
  await page.addStyleTag({ content: 'button { all: unset; color: red } div, p { font: 40px serif; color: #fff }' });
  await expect(banner(page)).toBeVisible();
  const accept = page.getByRole('button', { name: 'Accept all' });
  const style = await accept.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor, minHeight: s.minHeight };
  });
  expect(style).toEqual({ color: 'rgb(255, 255, 255)', background: 'rgb(11, 87, 208)', minHeight: '44px' });
  const text = await page.getByText('We use cookies', { exact: false }).first().evaluate((el) => getComputedStyle(el).fontSize);
  expect(text).toBe('15px');
  // Our CSS stays inside: the page's own button keeps the page's rules.
  expect(await page.locator('#page-button').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');
});

test('the site themes the banner through the documented custom properties and ::part names, per theme', async ({ page }) => {
  await withAppearance(page, { theme: 'dark' });
  await page.goto(SITE);
  await page.addStyleTag({
    content: `[data-consent-gate-root] { --cg-accent: rgb(138, 43, 226) }
      [data-consent-gate-root][data-theme="dark"] { --cg-bg: rgb(17, 17, 17) }
      [data-consent-gate-root]::part(button) { text-transform: uppercase }`,
  });
  const accept = page.getByRole('button', { name: 'Accept all' });
  expect(await accept.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).textTransform])).toEqual(['rgb(138, 43, 226)', 'uppercase']);
  expect(await banner(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(17, 17, 17)');
});

test('the optional floating settings button: on every page view, in the page language, reachable by keyboard, opening the preferences', async ({ page }) => {
  test.setTimeout(AXE_TIMEOUT);
  await page.route('**/catalog/conektio.json', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, json: { ...(await response.json()), appearance: { settingsButton: true } } });
  });
  const files: string[] = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname.split('/').pop()!));
  await page.goto(SITE);
  await page.getByRole('button', { name: 'Reject all' }).click();
  // A returning visit: no banner, no UI file, only the button's small file beside the loader.
  files.length = 0;
  await page.reload();
  const settings = page.getByRole('button', { name: 'Cookie settings' });
  await expect(settings).toBeVisible();
  expect(files.filter((f) => f.startsWith('consent-gate'))).toEqual(['consent-gate.iife.js', 'consent-gate.button.js']);
  expect(await violations(page, { root: '[data-consent-gate-settings]' })).toEqual([]);
  // After the page's own controls in Tab order, and Enter opens the preferences.
  await page.locator('#page-button').focus();
  for (let i = 0; i < 3 && (await focused(page)) !== 'Cookie settings'; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Cookie settings');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // Back on the button (inside its shadow root, where toBeFocused does not look).
  await expect.poll(() => focused(page)).toBe('Cookie settings');
});

test('without settingsButton, no button and no extra file', async ({ page }) => {
  const files: string[] = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname.split('/').pop()!));
  await page.goto(SITE);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await page.reload();
  await networkQuiet(page);
  await expect(page.locator('[data-consent-gate-settings]')).toHaveCount(0);
  expect(files).not.toContain('consent-gate.button.js');
});

test('showing, choosing and hiding moves nothing on the page (CLS 0)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        (window as unknown as { cls: number }).cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(SITE);
  await expect(banner(page)).toBeVisible();
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toBeHidden();
  // Layout shifts are reported for the frame that made them: two frames after the banner went, every one is in.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
});

for (const [label, viewport] of [
  ['320 px wide', { width: 320, height: 640 }],
  // 1280×720 at 200% zoom lays out as 640×360 CSS pixels.
  ['200% zoom', { width: 640, height: 360 }],
] as const) {
  test(`at ${label}, nothing is lost: every control fits the width and can be reached`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(SITE);
    await expect(banner(page)).toBeVisible();
    const controls = banner(page).locator('button, a');
    for (const control of await controls.all()) {
      await control.scrollIntoViewIfNeeded();
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.getByRole('button', { name: 'Customize' }).click();
    const save = page.getByRole('button', { name: 'Save choices' });
    await save.scrollIntoViewIfNeeded();
    const box = (await save.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  });
}

// @chromium-only: emulateMedia, as above.
test('with reduced motion asked for, the switches do not animate', { tag: '@chromium-only' }, async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(SITE);
  await page.getByRole('button', { name: 'Customize' }).click();
  const track = page.locator('[data-consent-gate-root] .switch span').first();
  expect(await track.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await track.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.15s');
});
