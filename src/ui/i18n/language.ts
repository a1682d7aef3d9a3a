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
