import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_FILES, languageFile, uiLanguage } from '../../src/page/languages';
import { english } from '../../src/ui/i18n/en';
import { loadLanguage } from '../../src/ui/i18n/load';

afterEach(() => document.documentElement.removeAttribute('lang'));

describe('languages', () => {
  it('speaks the configured language, else the page language (<html lang>, region dropped), else the first built-in one of the visitor', () => {
    const visitor = { languages: ['ja', 'pt-BR', 'fr'], language: 'ja' } as unknown as Navigator;
    document.documentElement.lang = 'de-AT';
    expect(uiLanguage(document, 'it', visitor)).toBe('it');
    expect(uiLanguage(document, undefined, visitor)).toBe('de');
    document.documentElement.lang = 'NL';
    expect(uiLanguage(document, undefined, visitor)).toBe('nl');
    document.documentElement.removeAttribute('lang');
    expect(uiLanguage(document, undefined, visitor)).toBe('pt');
    expect(uiLanguage(document, undefined, { languages: ['ja', 'ko'], language: 'ja' } as unknown as Navigator)).toBe('ja');
    expect(uiLanguage(document, undefined, { languages: [], language: '' } as unknown as Navigator)).toBe('en');
  });

  it('fetches a file only for a built-in language other than English', () => {
    expect(LANGUAGE_FILES.map(languageFile)).toEqual(['de', 'fr', 'es', 'it', 'nl', 'pt', 'ar']);
    expect(languageFile('en')).toBeUndefined();
    expect(languageFile('ja')).toBeUndefined();
    expect(languageFile('lang.de')).toBeUndefined();
  });

  it.each(LANGUAGE_FILES)('%s translates every text and category English has, with its own words', async (code) => {
    const language = (await loadLanguage(code))!;
    expect(language.code).toBe(code);
    expect(language.dir).toBe(code === 'ar' ? 'rtl' : 'ltr');
    expect(Object.keys(language.texts).sort()).toEqual(Object.keys(english.texts).sort());
    expect(Object.keys(language.categories).sort()).toEqual(Object.keys(english.categories).sort());
    for (const [key, text] of Object.entries(language.texts)) {
      expect(text.trim(), key).not.toBe('');
      // Column names like "Name" and "Description" may coincide; sentences may not.
      if (text.length > 15) expect(text, key).not.toBe(english.texts[key as keyof typeof english.texts]);
    }
  });
});
