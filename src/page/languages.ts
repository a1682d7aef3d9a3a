/**
 * Which language the UI speaks. English is inside the UI file; each other
 * built-in language is a small file of its own (script tag:
 * consent-gate.lang.<code>.js beside the UI; npm: a chunk), fetched only for
 * a visitor who needs it. Shared by the loader, which starts that fetch
 * alongside the UI's, the UI and the npm entry.
 */
export const LANGUAGE_FILES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'ar'] as const;
export type LanguageFile = (typeof LANGUAGE_FILES)[number];

const base = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The language code the UI speaks (`de-AT` → "de"): the site's choice
 * (`data-language`, npm `language`), else the page's `<html lang>`, so the
 * banner does not speak another language than the page around it; only a
 * page that names none falls back to the first of the visitor's languages
 * that is built in. A code without a file means English texts.
 */
export function uiLanguage(doc: Document, configured?: string, nav: Navigator = navigator): string {
  const chosen = configured || doc.documentElement.lang;
  if (chosen) return base(chosen);
  const spoken = (nav.languages?.length ? nav.languages : [nav.language || 'en']).map(base);
  return spoken.find((code) => code === 'en' || languageFile(code)) ?? spoken[0]!;
}

/** The file to fetch for this code, or undefined: English (built in), or a language without a file (English then). */
export function languageFile(code: string): LanguageFile | undefined {
  return LANGUAGE_FILES.includes(code as never) ? (code as LanguageFile) : undefined;
}
