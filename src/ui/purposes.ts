/**
 * The first layer's built-in description names only the purposes the site
 * has: a banner is a legal notice, and a text that promises advertising on a
 * site without any misinforms the visitor (GDPR Art. 13(1)(c): the purposes
 * of the processing). The purposes of the enabled optional categories, in
 * display order, are joined as the language joins a list
 * (`Intl.ListFormat`, conjunction: "A, B and C", "A, B und C", "A وB") into
 * the language's sentence. A catalogue's own `bannerDescription` replaces it.
 * Where the visitor's jurisdiction runs categories by objection, the
 * description names only those that wait for consent, and `objectionNotice`
 * the others (UK Data (Use and Access) Act 2025: clear information, and a simple way to object).
 */
import type { CategoryId, OptionalCategoryId } from '../core/types';
import type { BannerLanguage } from './i18n/language';

/** The built-in banner description for these categories (strictly-necessary is left out: it has no purpose to consent to). */
export function describePurposes({ code, texts, purposes }: BannerLanguage, categories: readonly CategoryId[], sentence: string = texts.bannerDescription): string {
  const named = categories.filter((id): id is OptionalCategoryId => id !== 'strictly-necessary').map((id) => purposes[id]);
  return sentence.replace('{purposes}', new Intl.ListFormat(code, { type: 'conjunction' }).format(named));
}
