import type { CatalogInput, Consent } from '../src/core/types';

/** A small catalogue with every kind of entry, as a site would write it. */
export function sampleCatalog(overrides: Partial<CatalogInput> = {}): CatalogInput {
  return {
    revision: 3,
    privacyPolicyUrl: '/privacy',
    categories: { 'strictly-necessary': {}, performance: {}, targeting: {}, functionality: { enabled: false } },
    services: [
      { id: 'google-analytics', name: 'Google Analytics', category: 'performance' },
      { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting' },
    ],
    cookies: [
      { name: 'session', category: 'strictly-necessary', provider: 'Example', expiry: 'Session', description: 'Sign-in.' },
      { name: '_ga', category: 'performance', service: 'google-analytics', provider: 'Google LLC', domain: 'example.com', expiry: '1 year', description: 'Visitor id.' },
      { name: '_ga_', match: 'prefix', category: 'performance', service: 'google-analytics', provider: 'Google LLC', expiry: '1 year', description: 'Session state.' },
      { name: '_fbp', category: 'targeting', service: 'meta-pixel', provider: 'Meta Platforms Inc.', expiry: '3 months', description: 'Ad measurement.' },
    ],
    ...overrides,
  };
}

/** A valid stored choice (format version 1). */
export function sampleConsent(overrides: Partial<Consent> = {}): Consent {
  return {
    version: 1,
    id: '0123456789abcdef0123456789abcdef',
    revision: 2,
    decidedAt: '2026-01-02T03:04:05.000Z',
    granted: ['strictly-necessary', 'performance'],
    ...overrides,
  };
}
