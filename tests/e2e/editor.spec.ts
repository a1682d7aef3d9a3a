import type { FrameLocator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
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

// ---- the layout, for the marketing person it is for (issue 15) ----

const WIDTHS = [[320, 640], [1024, 768], [1920, 1080]] as const;
const SECTIONS = ['Site', 'Categories and services', 'Cookies', 'Texts', 'Look', 'Consent Mode'];
/** Every WCAG 2.0–2.2 rule at levels A and AA that axe knows. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const section = (page: Page, name: string) => page.locator('details', { has: page.locator(':scope > summary', { hasText: new RegExp(`^${name}\\b`) }) });
const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
/** The preview's box lies wholly inside the viewport. */
async function previewInView(page: Page) {
  const box = (await page.locator('#preview').boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return box.x >= 0 && box.y >= 0 && Math.round(box.x + box.width) <= width && Math.round(box.y + box.height) <= height && box.height >= 150;
}

for (const [width, height] of WIDTHS) {
  test(`at ${width} px: no sideways scroll, the preview whole and in view beside every section, axe-clean`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/editor/');
    await previewReady(page, 1);
    await expect(page.locator('details > summary')).toContainText(SECTIONS);
    // Every section open, so that every field is laid out.
    for (const name of SECTIONS) await section(page, name).evaluate((d: HTMLDetailsElement) => (d.open = true));
    const { scrollWidth, clientWidth } = await overflow(page);
    expect(scrollWidth, 'scrollWidth <= clientWidth').toBeLessThanOrEqual(clientWidth);
    // The preview stays in view wherever the form is scrolled to: at the top, and at the look and Consent Mode fields far below.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => previewInView(page), { timeout: 10_000 }).toBe(true);
    for (const label of ['Theme', 'Google Consent Mode']) {
      await page.getByLabel(label).scrollIntoViewIfNeeded();
      await expect.poll(() => previewInView(page), { timeout: 10_000 }).toBe(true);
    }
    // And at the very end of the page, with its heading and buttons: the pane does not slide up out of view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => previewInView(page), { timeout: 10_000 }).toBe(true);
    expect((await page.locator('.preview-pane').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a problem is shown at its field and summarised at the top; its link opens the section and focuses the field', async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  const url = page.getByLabel('Privacy policy URL');
  await url.fill('javascript:alert(1)');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/expected an http\(s\) or relative URL, got "javascript:alert\(1\)"/);
  const summary = page.getByRole('region', { name: 'Check' });
  await expect(summary).toContainText('1 problem to fix');
  // At the top: above the first section.
  expect((await summary.boundingBox())!.y).toBeLessThan((await section(page, 'Site').boundingBox())!.y);
  await expect(section(page, 'Site').locator('summary')).toContainText('1 problem');
  // Fold the section away, then follow the summary's link back to the field.
  await section(page, 'Site').locator('summary').click();
  await expect(url).toBeHidden();
  await summary.getByRole('link', { name: /Privacy policy URL/ }).click();
  await expect(url).toBeVisible();
  await expect(url).toBeFocused();
  await url.fill('/privacy');
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toContainText('Valid: the SDK');
});

test('a problem deep in a pasted catalogue lands on its cookie\'s field', async ({ page }) => {
  await page.goto('/editor/');
  await page.getByLabel('Pasted JSON').fill(JSON.stringify({
    revision: 1, privacyPolicyUrl: '/p', categories: { performance: {} },
    cookies: [{ name: '_ga', category: 'performance', provider: 'Google', expiry: '2 years', description: 'Tells visits apart.' },
      { name: '_gid', category: 'performance', expiry: '1 day', description: 'Tells visits apart.' }],
  }));
  await page.getByRole('button', { name: 'Load pasted JSON' }).click();
  const provider = page.getByLabel('Cookie 2: provider');
  await page.getByRole('region', { name: 'Check' }).getByRole('link', { name: /catalog\.cookies\[1\]\.provider/ }).click();
  await expect(provider).toBeFocused();
  await expect(provider).toHaveAttribute('aria-invalid', 'true');
  await expect(provider).toHaveAccessibleDescription(/expected a non-empty string, got nothing/);
  await expect(page.getByLabel('Cookie 1: provider')).not.toHaveAttribute('aria-invalid', 'true');
  // A cookie's description has room: a multi-line field.
  expect(await page.getByLabel('Cookie 1: description').evaluate((el) => el.tagName)).toBe('TEXTAREA');
});

test('a pasted value that no option offers ("theme": "blue") shows as it is at its field, and picking a real one fixes it', async ({ page }) => {
  await page.goto('/editor/');
  await page.getByLabel('Pasted JSON').fill(JSON.stringify({ revision: 1, privacyPolicyUrl: '/p', categories: { performance: {} }, appearance: { theme: 'blue' } }));
  await page.getByRole('button', { name: 'Load pasted JSON' }).click();
  await section(page, 'Look').evaluate((d: HTMLDetailsElement) => (d.open = true));
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('blue');
  await expect(theme.locator('option:checked')).toHaveText('blue (not a valid choice)');
  await expect(theme).toHaveAttribute('aria-invalid', 'true');
  await theme.selectOption('light');
  await expect(page.getByRole('region', { name: 'Check' })).toContainText('Valid: the SDK');
  await expect(theme).not.toHaveAttribute('aria-invalid', 'true');
});

test('while the catalogue is invalid the preview says it is out of date and is dimmed; valid again, it is current', async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  const note = page.getByText('Preview out of date');
  const dimmed = () => page.locator('#preview').evaluate((el) => Number(getComputedStyle(el).opacity) < 1);
  await expect(note).toBeHidden();
  expect(await dimmed()).toBe(false);
  await page.getByLabel('Pasted JSON').fill('{"revision": 4, "privacyPolicyUrl": "/p", "categories": {"marketing": {}}}');
  await page.getByRole('button', { name: 'Load pasted JSON' }).click();
  await expect(note).toBeVisible();
  await expect(page.locator('#preview')).toHaveAttribute('aria-describedby', /./);
  await expect.poll(dimmed).toBe(true);
  // Not JSON at all: said beside the pasted field; the form and the preview keep the catalogue they show.
  await page.getByLabel('Pasted JSON').fill('{ not json');
  await page.getByRole('button', { name: 'Load pasted JSON' }).click();
  await expect(page.getByLabel('Pasted JSON')).toHaveAccessibleDescription(/not JSON/);
  await page.getByRole('combobox', { name: 'Shipped catalogue' }).selectOption('konecto');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(note).toBeHidden();
  await expect.poll(dimmed).toBe(false);
  await expect(page.getByLabel('Pasted JSON')).not.toHaveAccessibleDescription(/not JSON/);
});

test('keyboard: a switch keeps focus when the form is redrawn, sections fold with Enter, Tab moves on', async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  const functionality = page.getByRole('switch', { name: 'Functionality' });
  await functionality.focus();
  await page.keyboard.press('Space');
  await expect(functionality).toBeChecked();
  await expect(functionality).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Functionality: description')).toBeFocused();
  const look = section(page, 'Look');
  await look.locator('summary').focus();
  const open = await look.evaluate((d: HTMLDetailsElement) => d.open);
  await page.keyboard.press('Enter');
  await expect.poll(() => look.evaluate((d: HTMLDetailsElement) => d.open)).toBe(!open);
  // Every control can be seen to have focus.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });
  expect(outline).toBe(true);
});

test('with the wall layout, typing into a field stays in the field while the preview redraws (its modal dialog takes no focus from it)', async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  for (const name of ['Look', 'Texts']) await section(page, name).evaluate((d: HTMLDetailsElement) => (d.open = true));
  await page.getByLabel('Layout').selectOption('wall');
  await previewReady(page, 2);
  const title = page.getByLabel('Banner title', { exact: true });
  await title.fill('');
  await title.pressSequentially('Hello');
  // The next preview (its wall opening as a modal) is drawn after a pause in typing.
  await expect(preview(page).getByRole('heading', { name: 'Hello' })).toBeVisible();
  await expect(title).toBeFocused();
  await page.keyboard.type(' world');
  await expect(title).toHaveValue('Hello world');
  await expect(preview(page).getByRole('heading', { name: 'Hello world' })).toBeVisible();
  await expect(title).toBeFocused();
});

test('the editor shows which banner text is in force: the built-in one names only the purposes switched on', async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  const inForce = page.locator('#banner-text-in-force');
  await expect(inForce).toContainText('built-in');
  await expect(inForce).toContainText('measure visits and show relevant ads.');
  await page.getByRole('switch', { name: 'Targeting' }).uncheck();
  await previewReady(page, 2);
  await expect(inForce).toContainText('to measure visits.”');
  await expect(inForce).not.toContainText('ads');
  await page.getByLabel('Banner text').fill('We count visits, nothing more.');
  await expect(inForce).toHaveText('Banner text in force (yours): “We count visits, nothing more.”');
});

test('while the catalogue is invalid, the banner text in force is marked out of date, like the preview', async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  const inForce = page.locator('#banner-text-in-force');
  await expect(inForce).toContainText('Banner text in force');
  await page.getByLabel('Pasted JSON').fill('{"revision": 4, "privacyPolicyUrl": "/p", "categories": {"performance": {}, "marketing": {}}}');
  await page.getByRole('button', { name: 'Load pasted JSON' }).click();
  await expect(page.locator('#problem-count')).toHaveText('1 problem to fix: the preview waits until it is fixed.');
  await expect(inForce).toHaveText(/^Out of date, like the preview: Banner text in force/);
});

test('jurisdictions: start from the worked set-up, preview as a visitor from GB, US-CA and US-CA with GPC', { tag: '@one-engine' }, async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  await page.getByText('Jurisdictions', { exact: true }).click();
  await page.getByRole('button', { name: 'Start from EU opt-in, UK analytics by objection, US opt-out' }).click();
  await expect.poll(async () => Object.keys((await exported(page)).jurisdictions ?? {})).toEqual(['eu', 'uk', 'us', 'elsewhere']);
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
  await expect(page.getByLabel('Rule 2: Performance: legal basis')).toHaveValue('objection');

  await page.getByLabel('Preview as a visitor from').selectOption('GB');
  await expect(preview(page).getByText('unless you object')).toBeVisible();

  await page.getByLabel('Preview as a visitor from').selectOption('US-CA');
  await expect(preview(page).getByRole('button', { name: 'Your Privacy Choices' })).toBeVisible();
  await expect(preview(page).getByRole('button', { name: 'Accept all' })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Global Privacy Control' }).check();
  await expect(preview(page).getByText('Opt-out request honoured')).toBeVisible();

  // A second default rule is a problem the validator names at the section.
  await page.getByRole('switch', { name: 'Default rule (region unknown or in no rule)' }).first().check();
  await expect(page.getByText(/exactly one rule with "default": true/).first()).toBeVisible();
});

test('a catalogue pasted while the first shipped one is still on its way stays: the latest load wins', { tag: '@one-engine' }, async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/catalog/conektio.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/editor/');
  await page.getByLabel('Pasted JSON').fill(JSON.stringify({ revision: 1, site: 'Pasted', privacyPolicyUrl: '/p', categories: { performance: {} } }));
  await page.getByRole('button', { name: 'Load pasted JSON' }).click();
  await expect.poll(async () => (await exported(page)).site).toBe('Pasted');
  const answered = page.waitForResponse('**/catalog/conektio.json');
  release();
  // The shipped catalogue's late answer, read to its end and past the tasks that would load it, is dropped.
  await (await answered).finished();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect((await exported(page)).site).toBe('Pasted');
});

test('presets: the search narrows the list, the keyboard adds { "preset": … } once, a category is written beside it', async ({ page }) => {
  await page.goto('/editor/');
  await previewReady(page, 1);
  const search = page.getByRole('combobox', { name: 'Add from presets' });
  const list = page.getByRole('listbox', { name: 'Presets' });
  const options = list.getByRole('option');
  await search.click();
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  expect(await options.count()).toBeGreaterThan(10);
  // Each with its provider and category; one the catalogue writes out under the preset's id (conektio's Google Analytics) is marked.
  await expect(list.getByRole('option', { name: 'Google Analytics Google · Performance · in the catalogue' })).toHaveAttribute('aria-disabled', 'true');
  // By provider, by id, by name.
  await search.fill('micro');
  await expect(options).toHaveText(['Microsoft Clarity Microsoft · Performance', 'Microsoft Advertising (UET) Microsoft · Targeting']);
  await search.fill('tiktok-pixel');
  await expect(options).toHaveText(['TikTok Pixel TikTok · Targeting']);
  await search.fill('nothing like it');
  await expect(page.getByText('No preset matches.')).toBeVisible();
  await expect(list).toBeHidden();
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  // The keyboard: the first match is highlighted as you type, ↓ ↑ move, Enter adds.
  await search.fill('MICRO');
  await expect(search).toHaveAttribute('aria-activedescendant', 'preset-option-microsoft-clarity');
  await search.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', 'preset-option-microsoft-uet');
  await expect(list.getByRole('option', { name: /^Microsoft Advertising/ })).toHaveAttribute('aria-selected', 'true');
  const axe = await new AxeBuilder({ page }).include('.preset-picker').withTags(WCAG_AA).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await search.press('ArrowUp');
  await search.press('Enter');
  await expect.poll(async () => (await exported(page)).services.at(-1)).toEqual({ preset: 'microsoft-clarity' });
  const count = (await exported(page)).services.length;
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Revision 2: every visitor will be asked again, because service “Microsoft Clarity” added.');
  // Its row: the preset's name and category, read from the table.
  const category = page.getByLabel('Microsoft Clarity: Category');
  await expect(category).toHaveValue('performance');
  await expect(page.locator('.preset-service')).toContainText('Microsoft Clarity · preset microsoft-clarity, Microsoft');
  // The preview: the script tag fetches the presets file itself; the service has its switch under its category.
  await previewReady(page, 2);
  await preview(page).getByRole('button', { name: 'Customize' }).click();
  await expect(preview(page).getByRole('region', { name: 'Performance and analytics' }).getByRole('switch', { name: 'Microsoft Clarity' })).toBeVisible();

  // Not twice: marked, and neither Enter nor a click adds it again.
  await search.fill('clarity');
  const clarity = list.getByRole('option', { name: 'Microsoft Clarity Microsoft · Performance · in the catalogue' });
  await expect(clarity).toHaveAttribute('aria-disabled', 'true');
  await search.press('Enter');
  // (Playwright waits for an aria-disabled element to be enabled: force the click, as a person may.)
  await clarity.click({ force: true });
  await expect(page.locator('#announce')).toHaveText('Microsoft Clarity is already in the catalogue.');
  expect((await exported(page)).services).toHaveLength(count);

  // A category changed is written beside the preset; the preset's own again, and the entry is short again.
  await category.selectOption('targeting');
  await expect.poll(async () => (await exported(page)).services.at(-1)).toEqual({ preset: 'microsoft-clarity', category: 'targeting' });
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
  await category.selectOption('performance');
  await expect.poll(async () => (await exported(page)).services.at(-1)).toEqual({ preset: 'microsoft-clarity' });

  // Removed, it can be added again, by a click this time.
  await page.getByRole('button', { name: 'Remove service 5, Microsoft Clarity' }).click();
  expect((await exported(page)).services).toHaveLength(count - 1);
  await search.fill('clarity');
  await list.getByRole('option', { name: 'Microsoft Clarity Microsoft · Performance' }).click();
  await expect.poll(async () => (await exported(page)).services.at(-1)).toEqual({ preset: 'microsoft-clarity' });
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
});

test('a preset in a category the catalogue does not list brings the category along, and the check stays clean', async ({ page }) => {
  await page.goto('/editor/');
  await page.getByLabel('Pasted JSON').fill(JSON.stringify({ revision: 1, privacyPolicyUrl: '/p', categories: { performance: {}, functionality: { enabled: false } } }));
  await page.getByRole('button', { name: 'Load pasted JSON' }).click();
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
  const search = page.getByRole('combobox', { name: 'Add from presets' });
  await search.fill('youtube');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect.poll(async () => (await exported(page)).services).toEqual([{ preset: 'youtube' }]);
  expect((await exported(page)).categories).toEqual({ performance: {}, functionality: { enabled: false }, targeting: {} });
  // One switched off is switched on again.
  await search.fill('google maps');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect.poll(async () => (await exported(page)).categories.functionality).toEqual({});
  await expect(page.getByText('Valid: the SDK')).toBeVisible();
});

