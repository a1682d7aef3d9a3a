/**
 * Puts a catalogue's own texts in the language shown. A plain string is in
 * the catalogue's `language`; an object holds one string per language.
 * Texts with a built-in counterpart (banner copy, category titles and
 * descriptions) are left out when the catalogue has none in this language,
 * so the built-in translation shows instead of another language's words.
 * Cookie rows and service descriptions have no built-in counterpart: they
 * fall back to the catalogue's own language, else its first translation.
 */
import type { Catalog, LocalText } from '../core/types';

export function localize(catalog: Catalog, code: string): Catalog<string> {
  const own = catalog.language === code;
  function pick(text: LocalText): string;
  function pick(text: LocalText | undefined, optional: true): string | undefined;
  function pick(text: LocalText | undefined, optional?: true): string | undefined {
    if (typeof text === 'string') return own || !optional ? text : undefined;
    if (!text) return undefined;
    return text[code] ?? (optional ? undefined : (text[catalog.language] ?? Object.values(text)[0]));
  }
  // Only the texts there are words for: an absent key lets the built-in text show.
  const present = <T extends object>(entries: [string, string | undefined][]) =>
    Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined)) as T;

  return {
    ...catalog,
    categories: Object.fromEntries(
      Object.entries(catalog.categories).map(([id, { title, description, ...rest }]) => [
        id,
        { ...rest, ...present([['title', pick(title, true)], ['description', pick(description, true)]]) },
      ]),
    ) as Catalog<string>['categories'],
    // Like cookie rows, a service's description has no built-in counterpart.
    services: catalog.services.map(({ description, ...service }) => ({ ...service, ...(description !== undefined && { description: pick(description) }) })),
    cookies: catalog.cookies.map((cookie) => ({ ...cookie, expiry: pick(cookie.expiry), description: pick(cookie.description) })),
    texts: present(Object.entries(catalog.texts).map(([key, text]) => [key, pick(text, true)])),
  };
}
