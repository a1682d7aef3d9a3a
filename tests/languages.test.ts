import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_FILES, languageFile, pageLanguage } from '../src/languages';
import { english } from '../src/ui/i18n/en';
import { loadLanguage } from '../src/ui/i18n/load';

afterEach(() => document.documentElement.removeAttribute('lang'));

describe('languages', () => {
  it('speaks the page language (<html lang>, region dropped), the browser one only when the page names none', () => {
    document.documentElement.lang = 'de-AT';
    expect(pageLanguage(document, { language: 'fr-FR' } as Navigator)).toBe('de');
    document.documentElement.lang = 'NL';
    expect(pageLanguage(document, { language: 'fr-FR' } as Navigator)).toBe('nl');
    document.documentElement.removeAttribute('lang');
    expect(pageLanguage(document, { language: 'fr-FR' } as Navigator)).toBe('fr');
  });

  it('fetches a file only for a built-in language other than English', () => {
    expect(LANGUAGE_FILES.map(languageFile)).toEqual(['de', 'fr', 'es', 'ar']);
    expect(languageFile('en')).toBeUndefined();
    expect(languageFile('nl')).toBeUndefined();
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
