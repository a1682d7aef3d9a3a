import type { Language } from './language';
import { englishBanner } from './en-banner';
import { englishPreferences } from './en-preferences';

/** All of English, as the other languages have it: the first layer's texts and the preferences'. */
export const english: Language = {
  ...englishBanner,
  texts: { ...englishBanner.texts, ...englishPreferences.texts },
  categories: englishPreferences.categories,
};
