import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { createConsent } from '../../src/core/consent';
import { createCookieStore } from '../../src/core/cookie-writer';
import type { CatalogInput } from '../../src/core/types';
import { uiLanguage } from '../../src/page/languages';
import { mountUi } from '../../src/ui/mount';
import { openPreferences } from '../../src/ui/preferences-layer';
import { loadLanguage } from '../../src/ui/i18n/load';
import type { UiHandle } from '../../src/page/start';
import { sampleCatalog } from '../fixtures';

let handle: UiHandle | undefined;
const loadPreferences = () => Promise.resolve({ open: openPreferences });
afterEach(() => {
  handle?.destroy();
  document.documentElement.removeAttribute('lang');
});

function mount(input: CatalogInput, pageLang: string, file?: 'de' | 'ar') {
  document.documentElement.lang = pageLang;
  const result = parseCatalog(input);
  if (!result.ok) throw new Error('fixture is invalid');
  const core = createConsent({ config: result.catalog, store: createCookieStore(result.catalog.options, false) });
  return loadLanguage(file).then((language) => {
    handle = mountUi(core, result.catalog, 'banner', document, language, uiLanguage(document), loadPreferences);
    const root = document.querySelector('[data-consent-gate-root]')!.shadowRoot!;
    const box = root.querySelector('div')!;
    return { box, buttons: [...root.querySelectorAll('button')].map((b) => b.textContent) };
  });
}

describe('the UI in the visitor’s language', () => {
  it('speaks German on a German page, with the built-in texts, not the catalogue’s English ones', async () => {
    const { box, buttons } = await mount(sampleCatalog({ texts: { acceptAll: 'OK, fine' } }), 'de', 'de');
    expect(box.lang).toBe('de');
    expect(box.dir).toBe('ltr');
    expect(buttons).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
  });

  it('uses the catalogue’s own texts for visitors shown the catalogue’s language', async () => {
    const { box, buttons } = await mount(sampleCatalog({ language: 'de', texts: { acceptAll: 'Einverstanden' } }), 'de', 'de');
    expect(box.lang).toBe('de');
    expect(buttons).toEqual(['Einverstanden', 'Alle ablehnen', 'Anpassen']);
  });

  it('lays Arabic out right to left', async () => {
    const { box, buttons } = await mount(sampleCatalog(), 'ar', 'ar');
    expect(box.dir).toBe('rtl');
    expect(buttons[0]).toBe('قبول الكل');
  });

  it('falls back to English for a language without a file, unless the catalogue is written in it', async () => {
    expect((await mount(sampleCatalog(), 'nl')).buttons[0]).toBe('Accept all');
    handle?.destroy();
    const dutch = await mount(sampleCatalog({ language: 'nl', texts: { acceptAll: 'Alles accepteren' } }), 'nl');
    expect(dutch.box.lang).toBe('nl');
    expect(dutch.buttons).toEqual(['Alles accepteren', 'Reject all', 'Customize']);
  });
});

describe('Global Privacy Control', () => {
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });

  async function withGpc(input: CatalogInput) {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    return mount(input, 'en');
  }

  it('says on the banner that the signal is honoured, and what "Accept all" then means', async () => {
    const { box } = await withGpc(sampleCatalog());
    expect(box.textContent).toContain('Global Privacy Control signal, so targeting stays off');
    const accept = [...box.querySelectorAll('button')].find((b) => b.textContent === 'Accept all')!;
    const note = box.querySelector(`#${accept.getAttribute('aria-describedby')}`);
    expect(note?.textContent).toBe('“Accept all” includes targeting, despite that signal.');
  });

  it('can be set to ignore the signal', async () => {
    const { box } = await withGpc(sampleCatalog({ options: { honorGpc: false } }));
    expect(box.textContent).not.toContain('Global Privacy Control');
  });
});

describe('asked again after a new revision', () => {
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    document.cookie = 'cg_consent=; Expires=Thu, 01 Jan 1970 00:00:01 GMT; Path=/';
  });

  async function preferencesAfterRevision(gpc: boolean, changed: Record<string, unknown> = {}) {
    const before = parseCatalog(sampleCatalog());
    if (!before.ok) throw new Error('fixture is invalid');
    createConsent({ config: before.catalog, store: createCookieStore(before.catalog.options, false) }).acceptAll();
    if (gpc) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    await mount({ ...sampleCatalog({ revision: 4 }), ...changed }, 'en');
    handle!.show('preferences');
    const root = document.querySelector('[data-consent-gate-root]')!.shadowRoot!;
    await vi.waitFor(() => expect(root.querySelector('[role="switch"]')).not.toBeNull());
    return [...root.querySelectorAll<HTMLInputElement>('[role="switch"][aria-labelledby^="cg-cat-"]')].map((s) => [s.getAttribute('aria-labelledby'), s.checked]);
  }

  it('pre-selects what was granted before', async () => {
    expect(await preferencesAfterRevision(false)).toEqual([
      ['cg-cat-strictly-necessary', true], ['cg-cat-performance', true], ['cg-cat-targeting', true],
    ]);
  });

  it('but not a category whose purpose changed since (revisedIn)', async () => {
    const categories = { ...sampleCatalog().categories, targeting: { revisedIn: 4 }, performance: { revisedIn: 3 } };
    expect(await preferencesAfterRevision(false, { categories })).toEqual([
      ['cg-cat-strictly-necessary', true], ['cg-cat-performance', true], ['cg-cat-targeting', false],
    ]);
  });

  it('but not targeting while Global Privacy Control is on', async () => {
    expect(await preferencesAfterRevision(true)).toEqual([
      ['cg-cat-strictly-necessary', true], ['cg-cat-performance', true], ['cg-cat-targeting', false],
    ]);
  });
});
