import { describe, expect, it } from 'vitest';
import { readGateConfig } from '../../src/core/gate-config';
import { parseCatalog } from '../../src/core/catalog';
import { sampleCatalog } from '../fixtures';

describe('readGateConfig', () => {
  it('reads revision, categories, services and options exactly as the full validator does', () => {
    const input = sampleCatalog({ options: { cookieName: 'site_consent', cookieDomain: '.example.com', consentMaxAgeDays: 30 } });
    const full = parseCatalog(input);
    if (!full.ok) throw new Error('fixture is invalid');
    const { revision, enabled, serviceCategories, options, integrations } = full.catalog;
    expect(enabled).toEqual(['strictly-necessary', 'performance', 'targeting']);
    expect(serviceCategories).toEqual({ 'google-analytics': 'performance', 'meta-pixel': 'targeting' });
    expect(integrations).toEqual({ metaPixel: true });
    expect(readGateConfig(input)).toEqual({ revision, enabled, serviceCategories, options, integrations });
  });

  it('reads integrations with their defaults exactly as the full validator does', () => {
    const input = sampleCatalog({ integrations: { metaPixel: false, googleConsentMode: { mode: 'advanced', urlPassthrough: true } } });
    const full = parseCatalog(input);
    if (!full.ok) throw new Error('fixture is invalid');
    expect(full.catalog.integrations).toEqual({
      metaPixel: false,
      googleConsentMode: {
        mode: 'advanced', waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: true,
        services: ['google-analytics', 'google-ads', 'google-tag-manager'],
      },
    });
    expect(readGateConfig(input)?.integrations).toEqual(full.catalog.integrations);
  });

  it('reads the vendor integrations exactly as the full validator does: true, an object of options, false', () => {
    const input = sampleCatalog({
      integrations: { microsoftClarity: true, microsoftUet: {}, tiktokPixel: false, matomo: { mode: 'cookies' }, posthog: true },
    } as never);
    const full = parseCatalog(input);
    if (!full.ok) throw new Error('fixture is invalid');
    expect(full.catalog.integrations).toEqual({ metaPixel: true, microsoftClarity: {}, microsoftUet: {}, matomo: { mode: 'cookies' }, posthog: {} });
    expect(readGateConfig(input)?.integrations).toEqual(full.catalog.integrations);
    const matomoOn = sampleCatalog({ integrations: { matomo: true } } as never);
    expect(readGateConfig(matomoOn)?.integrations.matomo).toEqual({ mode: 'tracking' });
    expect(parseCatalog(matomoOn).ok && (parseCatalog(matomoOn) as { catalog: { integrations: unknown } }).catalog.integrations).toEqual({ metaPixel: true, matomo: { mode: 'tracking' } });
  });

  it('a service id that is no text neither stops the reader nor counts as a service (found by the property test: { "toString": "" })', () => {
    const input = { ...sampleCatalog(), services: [{ id: { toString: '' }, name: 'X', category: 'performance' }] };
    expect(() => readGateConfig(input)).not.toThrow();
    expect(readGateConfig(input)?.serviceCategories).toEqual({});
    expect(parseCatalog(input).ok).toBe(false);
  });

  it.each([
    ['no object', 'catalog'],
    ['an unknown Matomo mode', { ...sampleCatalog(), integrations: { matomo: { mode: 'cookieless' } } }],
    ['a vendor integration as text', { ...sampleCatalog(), integrations: { tiktokPixel: 'yes' } }],
    ['a vendor integration as a list', { ...sampleCatalog(), integrations: { posthog: [] } }],
    ['a revision of 0', { ...sampleCatalog(), revision: 0 }],
    ['a revision as text', { ...sampleCatalog(), revision: '3' }],
    ['no categories', { ...sampleCatalog(), categories: undefined }],
    ['an unknown category', { ...sampleCatalog(), categories: { marketing: {} } }],
    ['"enabled" as text', { ...sampleCatalog(), categories: { performance: { enabled: 'false' } } }],
    ['options that are no object', { ...sampleCatalog(), options: 'x' }],
    ['a cookie name with a ";"', { ...sampleCatalog(), options: { cookieName: 'a;Secure' } }],
    ['a cookie domain that adds attributes', { ...sampleCatalog(), options: { cookieDomain: 'example.com; SameSite=None' } }],
    ['a lifetime over 395 days', { ...sampleCatalog(), options: { consentMaxAgeDays: 400 } }],
    ['integrations that are no object', { ...sampleCatalog(), integrations: [] }],
    ['metaPixel as text', { ...sampleCatalog(), integrations: { metaPixel: 'no' } }],
    ['an unknown Consent Mode', { ...sampleCatalog(), integrations: { googleConsentMode: { mode: 'strict' } } }],
    ['a negative wait_for_update', { ...sampleCatalog(), integrations: { googleConsentMode: { waitForUpdate: -1 } } }],
    ['a service id with spaces', { ...sampleCatalog(), integrations: { googleConsentMode: { services: ['google analytics'] } } }],
  ])('refuses %s: nothing optional may run', (_, input) => {
    expect(readGateConfig(input)).toBeNull();
    expect(parseCatalog(input).ok).toBe(false);
  });
});
