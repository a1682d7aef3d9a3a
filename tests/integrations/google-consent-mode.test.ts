import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/core/consent';
import { createCookieStore } from '../../src/core/cookie-writer';
import { parseCatalog } from '../../src/core/catalog';
import { startGoogleConsentMode } from '../../src/integrations/google-consent-mode';
import type { GoogleConsentMode } from '../../src/core/types';
import { sampleCatalog } from '../fixtures';

const settings: GoogleConsentMode = { mode: 'basic', waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: false, services: [] };
const DENIED = {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
  analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied',
};

const GOOGLE = [
  { id: 'google-analytics', name: 'Google Analytics', category: 'performance' as const },
  { id: 'matomo', name: 'Matomo', category: 'performance' as const },
  { id: 'google-ads', name: 'Google Ads', category: 'targeting' as const },
  { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting' as const },
];

function start(extra: Partial<GoogleConsentMode> = {}, services = GOOGLE) {
  const result = parseCatalog(sampleCatalog({ categories: { performance: {}, functionality: {}, targeting: {} }, services }));
  if (!result.ok) throw new Error('fixture is invalid');
  const consent = createConsent({ config: result.catalog, store: createCookieStore(result.catalog.options, false), services: result.catalog.services });
  startGoogleConsentMode({ ...settings, ...extra }, consent, window);
  return consent;
}
/** dataLayer entries as plain arrays: gtag commands are `arguments` objects. */
const commands = () => (window.dataLayer ?? []).map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? [...(entry as IArguments)] : entry));

afterEach(() => {
  vi.restoreAllMocks();
  delete window.dataLayer;
  document.cookie = 'cg_consent=; Expires=Thu, 01 Jan 1970 00:00:01 GMT; Path=/';
});

describe('Google Consent Mode v2', () => {
  it('pushes a denied default, as arguments objects, with security_storage granted and wait_for_update', () => {
    start({ waitForUpdate: 700 });
    expect(Object.prototype.toString.call(window.dataLayer![0])).toBe('[object Arguments]');
    expect(commands()).toEqual([['consent', 'default', { ...DENIED, security_storage: 'granted', wait_for_update: 700 }]]);
  });

  it('passes ads_data_redaction and url_passthrough through, after the default', () => {
    start({ adsDataRedaction: true, urlPassthrough: true });
    expect(commands().slice(1)).toEqual([['set', 'ads_data_redaction', true], ['set', 'url_passthrough', true]]);
  });

  it('puts the default and its settings in front of what the page queued before gtag.js loaded, keeping its order', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A gtag snippet above consent-gate: gtag.js is still on its way, so dataLayer is a plain array.
    window.dataLayer = [];
    function gtag(..._: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      window.dataLayer!.push(arguments);
    }
    gtag('js', 'now');
    gtag('config', 'G-TEST');
    window.dataLayer.push({ event: 'early' });
    start({ adsDataRedaction: true });
    expect(commands()).toEqual([
      ['consent', 'default', { ...DENIED, security_storage: 'granted', wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['js', 'now'],
      ['config', 'G-TEST'],
      { event: 'early' },
    ]);
    expect(Object.prototype.toString.call(window.dataLayer![2])).toBe('[object Arguments]');
    expect(warn).not.toHaveBeenCalled();
  });

  it('once gtag.js or Tag Manager has taken dataLayer over, says on one console line what to move', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const processed: unknown[] = [];
    const dataLayer: unknown[] = [{ event: 'gtm.js' }];
    // What gtag.js does when it loads: it reads the array and replaces push.
    dataLayer.push = (...entries: unknown[]) => processed.push(...entries);
    window.dataLayer = dataLayer;
    start();
    expect(commands()).toEqual([{ event: 'gtm.js' }]);
    expect(processed.map((entry) => [...(entry as IArguments)][1])).toEqual(['default']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]!.join(' ')).toMatch(/^\[consent-gate\] gtag\.js or Tag Manager ran first: move it below consent-gate in <head>$/);
  });

  it('updates on each choice by the mapping, with a consent_gate_update event', () => {
    const consent = start();
    consent.acceptCategories(['performance']);
    expect(commands().slice(1)).toEqual([
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }],
      { event: 'consent_gate_update', consent_gate_granted: ['strictly-necessary', 'performance'] },
    ]);
    consent.acceptAll();
    expect(commands()[3]).toEqual(['consent', 'update', {
      ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
      analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted',
    }]);
  });

  it('starts a returning visitor from the stored choice: default and update say granted', () => {
    start().acceptCategories(['targeting']);
    delete window.dataLayer;
    start();
    const granted = { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' };
    expect(commands()).toEqual([
      ['consent', 'default', { ...granted, security_storage: 'granted', wait_for_update: 500 }],
      ['consent', 'update', granted],
      { event: 'consent_gate_update', consent_gate_granted: ['strictly-necessary', 'targeting'] },
    ]);
  });

  it('denies a consent type when the visitor switched off the Google service the catalogue lists in its category', () => {
    const consent = start({ services: ['google-analytics', 'google-ads'] });
    // Both categories on, but Google Analytics off (Matomo on) and Google Ads off (the Pixel on).
    consent.acceptCategories(['performance', 'targeting'], ['matomo', 'meta-pixel']);
    expect(commands().at(-2)).toEqual(['consent', 'update', { ...DENIED }]);
    consent.acceptCategories(['performance', 'targeting'], ['google-analytics', 'matomo', 'meta-pixel']);
    expect(commands().at(-2)).toEqual(['consent', 'update', { ...DENIED, analytics_storage: 'granted' }]);
    consent.acceptCategories(['performance', 'targeting']);
    expect(commands().at(-2)).toEqual(['consent', 'update', { ...DENIED, analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }]);
  });
});
