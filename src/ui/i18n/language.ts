import type { CategoryId, Texts } from '../../core/types';

/** One built-in language: every text the UI shows, and the writing direction. */
export interface Language {
  /** ISO 639-1 code, as in `<html lang>`: "en", "de". */
  code: string;
  dir: 'ltr' | 'rtl';
  texts: Texts;
  categories: Record<CategoryId, { title: string; description: string }>;
}
