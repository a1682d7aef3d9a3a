import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import type { CatalogInput } from '../../src/core/types';
import { localize } from '../../src/ui/localize';
import { sampleCatalog } from '../fixtures';

function catalogOf(input: CatalogInput) {
  const result = parseCatalog(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.path).join());
  return result.catalog;
}

const base = sampleCatalog();
const catalog = catalogOf({
  ...base,
  language: 'en',
  texts: { bannerTitle: { en: 'Cookies at Shop', de: 'Cookies bei Shop' }, acceptAll: 'Allow all' },
  categories: { ...base.categories, performance: { title: { en: 'Statistics', fr: 'Statistiques' }, description: 'Counts visits.' } },
  cookies: [{ name: '_ga', category: 'performance', provider: 'Google', expiry: { en: '2 years', de: '2 Jahre' }, description: { fr: 'Distingue les visiteurs.', de: 'Unterscheidet Besucher.' } }],
});

describe('localize', () => {
  it('in the catalogue\'s own language, uses its plain strings and its entries for that language', () => {
    const en = localize(catalog, 'en');
    expect(en.texts).toEqual({ bannerTitle: 'Cookies at Shop', acceptAll: 'Allow all' });
    expect(en.categories.performance).toEqual({ title: 'Statistics', description: 'Counts visits.' });
    expect(en.cookies[0]).toMatchObject({ expiry: '2 years', description: 'Distingue les visiteurs.' });
  });

  it('in another language, keeps only the texts written in it, so built-in translations fill the rest', () => {
    const de = localize(catalog, 'de');
    expect(de.texts).toEqual({ bannerTitle: 'Cookies bei Shop' });
    expect(de.categories.performance).toEqual({});
    // A cookie row has no built-in counterpart: it falls back to the catalogue's language, else its first entry.
    expect(de.cookies[0]).toMatchObject({ expiry: '2 Jahre', description: 'Unterscheidet Besucher.' });
    const fr = localize(catalog, 'fr');
    expect(fr.categories.performance).toEqual({ title: 'Statistiques' });
    expect(fr.cookies[0]).toMatchObject({ expiry: '2 years', description: 'Distingue les visiteurs.' });
  });

  it('puts a service\'s description in the language shown, falling back like a cookie row', () => {
    const withServices = catalogOf({
      ...base,
      services: [
        { id: 'google-analytics', name: 'Google Analytics', category: 'performance', provider: 'Google', description: { en: 'Counts visits.', de: 'Zählt Besuche.' } },
        { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting', description: 'Ad measurement.' },
      ],
    });
    expect(localize(withServices, 'de').services).toEqual([
      { id: 'google-analytics', name: 'Google Analytics', category: 'performance', provider: 'Google', description: 'Zählt Besuche.' },
      { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting', description: 'Ad measurement.' },
    ]);
    expect(localize(withServices, 'fr').services[0]!.description).toBe('Counts visits.');
  });
});
