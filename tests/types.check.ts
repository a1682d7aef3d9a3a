/**
 * Type tests, checked by `npm run typecheck` (tsc), never executed: the public
 * types accept what the catalogue format allows and refuse what it does not.
 */
import { createConsentGate, type CatalogInput, type Choices } from '../src/entries/index';
import type { VendorIntegration, VendorService } from '../src/core/types';

/** A catalogue key in kebab case, as `vendorService` makes it at run time. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}` : S;
/** VendorService, written out for the docs, is the kebab case of every VENDOR_INTEGRATIONS key, and nothing else (the npm entry's chunk table is keyed by it). */
export const vendorServicesMatch: [VendorService] extends [Kebab<VendorIntegration>] ? ([Kebab<VendorIntegration>] extends [VendorService] ? true : false) : false = true;

const catalog: CatalogInput = {
  revision: 1,
  privacyPolicyUrl: '/privacy',
  categories: { performance: {}, targeting: { enabled: false } },
  cookies: [{ name: '_ga_', match: 'prefix', category: 'performance', provider: 'Google LLC', expiry: '1 year', description: 'x' }],
};
export function typeChecks(): void {
  const gate = createConsentGate({ catalog, consentMaxAgeDays: 30 });
  const off: () => void = gate.on('change', (consent) => consent.granted.includes('performance'));
  off();
  // @ts-expect-error not a category
  gate.hasConsent('marketing');
  // @ts-expect-error not a category
  gate.acceptCategories(['analytics']);
  // The exported Choices interface too (one declaration, not a looser one merged with a strict one).
  const choices = {} as Choices;
  // @ts-expect-error not a category
  choices.acceptCategories(['marketing']);
  // @ts-expect-error no such event
  gate.on('changed', () => {});
  // @ts-expect-error a cookie needs its category
  const noCategory: CatalogInput = { ...catalog, cookies: [{ name: 'x', provider: 'p', expiry: 'e', description: 'd' }] };
  // @ts-expect-error match is exact or prefix, never a guessed pattern
  const regex: CatalogInput = { ...catalog, cookies: [{ name: '^_ga', match: 'regex', category: 'performance', provider: 'p', expiry: 'e', description: 'd' }] };
  // @ts-expect-error categories are the five known ones
  const marketing: CatalogInput = { ...catalog, categories: { marketing: {} } };
  const vendors: CatalogInput = { ...catalog, integrations: { microsoftClarity: true, tiktokPixel: {}, matomo: { mode: 'cookies' }, posthog: false } };
  // @ts-expect-error Matomo's mode is tracking or cookies
  const matomoMode: CatalogInput = { ...catalog, integrations: { matomo: { mode: 'cookieless' } } };
  // @ts-expect-error a vendor integration is true, false or {}, not text
  const tiktokText: CatalogInput = { ...catalog, integrations: { tiktokPixel: 'yes' } };
  void [noCategory, regex, marketing, vendors, matomoMode, tiktokText];
  // Service presets: a preset alone, or with fields and rows of its own; a whole service needs id, name and category.
  const presetServices: CatalogInput = {
    ...catalog,
    services: [
      { preset: 'google-analytics' },
      { preset: 'youtube', id: 'video', category: 'functionality', cookies: [{ name: 'YSC', provider: 'Google', expiry: 'Session', description: 'd' }] },
      { id: 'own', name: 'Own', category: 'performance', provider: 'Us', description: { en: 'Counts.', de: 'Zählt.' } },
    ],
  };
  // @ts-expect-error a service of its own needs a name
  const noName: CatalogInput = { ...catalog, services: [{ id: 'own', category: 'performance' }] };
  // @ts-expect-error rows on a service replace a preset's: a service of its own lists them in cookies
  const ownRows: CatalogInput = { ...catalog, services: [{ id: 'own', name: 'Own', category: 'performance', cookies: [] }] };
  // @ts-expect-error a row on its service takes the service's category
  const rowCategory: CatalogInput = { ...catalog, services: [{ preset: 'hotjar', cookies: [{ name: 'x', category: 'performance', provider: 'p', expiry: 'e', description: 'd' }] }] };
  void [presetServices, noName, ownRows, rowCategory];
}

// The README's npm example as written: a shipped catalogue imported as JSON
// (resolveJsonModule widens "performance" to string), accepted without a cast.
import conektio from '../catalog/conektio.json';
import konectus from '../catalog/konectus.json';
import konecto from '../catalog/konecto.json';
import konnecs from '../catalog/konnecs.json';

export function jsonCatalogChecks(): void {
  const gate = createConsentGate({ catalog: conektio });
  gate.hasConsent('performance');
  // @ts-expect-error the gate of a JSON catalogue is typed all the same
  gate.hasConsent('marketing');
  createConsentGate({ catalog: konectus, consentMaxAgeDays: 90 });
  void [createConsentGate({ catalog: konecto }), createConsentGate({ catalog: konnecs })];
  // @ts-expect-error still a catalogue: revision is a number
  createConsentGate({ catalog: { ...konectus, revision: '2' } });
  // A catalogue written in TypeScript keeps its literal checks with `satisfies`.
  // @ts-expect-error match is exact or prefix
  const literal = { ...catalog, cookies: [{ name: '^_ga', match: 'regex', category: 'performance', provider: 'p', expiry: 'e', description: 'd' }] } satisfies CatalogInput;
  createConsentGate({ catalog: literal });
}
