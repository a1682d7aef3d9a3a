/** npm: each built-in language other than English is a chunk, imported only for a visitor who needs it. */
import type { LanguageFile } from '../../page/languages';
import type { Language } from './language';

const chunks: Record<LanguageFile, () => Promise<{ language: Language }>> = {
  de: () => import('./de'),
  fr: () => import('./fr'),
  es: () => import('./es'),
  it: () => import('./it'),
  nl: () => import('./nl'),
  pt: () => import('./pt'),
  ar: () => import('./ar'),
};

/** The language, or undefined (English) when its chunk cannot be loaded. */
export function loadLanguage(file: LanguageFile | undefined): Promise<Language | undefined> {
  return file ? chunks[file]().then((m) => m.language, () => undefined) : Promise.resolve(undefined);
}
