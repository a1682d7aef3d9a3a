/**
 * Which language the UI speaks. English is inside the UI file; each other
 * built-in language is a small file of its own (script tag:
 * consent-gate.lang.<code>.js beside the UI; npm: a chunk), fetched only for
 * a visitor who needs it. Shared by the loader, which starts that fetch
 * alongside the UI's, the UI and the npm entry.
 */
export const LANGUAGE_FILES = ['de', 'fr', 'es', 'ar'] as const;
export type LanguageFile = (typeof LANGUAGE_FILES)[number];

/**
 * The page's language code (`<html lang="de-AT">` → "de"). Only a page that
 * names none falls back to the browser's, so the banner does not speak
 * another language than the page around it.
 */
export function pageLanguage(doc: Document, nav: Navigator = navigator): string {
  return (doc.documentElement.lang || nav.language || '').split('-')[0]!.toLowerCase();
}

/** The file to fetch for this code, or undefined: English (built in), or a language without a file (English then). */
export function languageFile(code: string): LanguageFile | undefined {
  return LANGUAGE_FILES.includes(code as never) ? (code as LanguageFile) : undefined;
}
