import type { CategoryId, OptionalCategoryId, Texts } from '../../core/types';

/** One built-in language: every text the UI shows, and the writing direction. */
export interface Language {
  /** ISO 639-1 code, as in `<html lang>`: "en", "de". */
  code: string;
  dir: 'ltr' | 'rtl';
  /** `texts.bannerDescription` holds `{purposes}`: the purposes of the catalogue's optional categories go there (`ui/purposes.ts`). */
  texts: Texts;
  /** Each optional category's purpose, worded to fit the `{purposes}` slot and a list of them. */
  purposes: Record<OptionalCategoryId, string>;
  categories: Record<CategoryId, { title: string; description: string }>;
}

/** The texts the first layer shows (and announces); the rest are the preferences'. */
export type BannerTextKey =
  | 'bannerTitle' | 'bannerDescription' | 'acceptAll' | 'rejectAll' | 'customize' | 'privacyPolicy'
  | 'gpcHonoured' | 'gpcAcceptAll' | 'saved' | 'notRemembered' | 'objectionNotice';
export type BannerTexts = Pick<Texts, BannerTextKey>;
export type PreferencesTexts = Omit<Texts, BannerTextKey>;

/**
 * What the first layer needs of a language: a language file brings all of it
 * (a `Language`), the first layer's built-in English only its own texts; the
 * preferences file fills in the rest of English (`en-preferences.ts`).
 */
export interface BannerLanguage extends Pick<Language, 'code' | 'dir' | 'purposes'> {
  texts: BannerTexts & Partial<Texts>;
  categories?: Language['categories'];
}
