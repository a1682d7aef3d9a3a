import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { createChoices, createConsent, createConsentState } from '../../src/core/consent';
import { createCookieStore } from '../../src/core/cookie-writer';
import type { Catalog, CatalogInput } from '../../src/core/types';
import { sampleCatalog, sampleConsent } from '../fixtures';

function catalogOf(input: CatalogInput): Catalog {
  const result = parseCatalog(input);
  if (!result.ok) throw new Error('fixture is invalid');
  return result.catalog;
}
const store = () => createCookieStore({ cookieName: 'cg_consent', consentMaxAgeDays: 182 }, false);
const start = (input: CatalogInput = sampleCatalog()) => createConsent({ config: catalogOf(input), store: store() });

describe('consent state', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('asks on a first visit and grants nothing optional', () => {
    const consent = start();
    expect(consent.needsChoice()).toBe(true);
    expect(consent.getConsent()).toBeNull();
    expect(consent.hasConsent('strictly-necessary')).toBe(true);
    expect(consent.hasConsent('performance')).toBe(false);
    expect(consent.hasConsent('targeting')).toBe(false);
  });

  it('accept all grants every enabled category, never a disabled one', () => {
    const consent = start();
    const choice = consent.acceptAll();
    expect(choice.granted).toEqual(['strictly-necessary', 'performance', 'targeting']);
    expect(choice.revision).toBe(3);
    expect(choice.decidedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(choice.id).toMatch(/^[0-9a-f]{32}$/);
    expect(consent.hasConsent('functionality')).toBe(false);
    expect(consent.needsChoice()).toBe(false);
  });

  it('reject all keeps only strictly-necessary', () => {
    const consent = start();
    expect(consent.rejectAll().granted).toEqual(['strictly-necessary']);
    expect(consent.hasConsent('performance')).toBe(false);
    expect(consent.needsChoice()).toBe(false);
  });

  it('accepts a chosen subset, never a disabled category, and warns about names that are no category', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = start();
    expect(consent.acceptCategories(['performance', 'functionality']).granted).toEqual(['strictly-necessary', 'performance']);
    expect(warn).not.toHaveBeenCalled();
    // @ts-expect-error untyped code may pass an unknown category: it is dropped, with a warning.
    expect(consent.acceptCategories(['targeting', 'marketing']).granted).toEqual(['strictly-necessary', 'targeting']);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[1]).toEqual(['targeting', 'marketing']);
    warn.mockRestore();
  });

  it('remembers the choice for the next page view', () => {
    start().acceptCategories(['targeting']);
    const next = start();
    expect(next.needsChoice()).toBe(false);
    expect(next.hasConsent('targeting')).toBe(true);
    expect(next.hasConsent('performance')).toBe(false);
  });

  it('asks again when the catalogue revision changes', () => {
    start().acceptAll();
    const next = start(sampleCatalog({ revision: 4 }));
    expect(next.needsChoice()).toBe(true);
    expect(next.hasConsent('performance')).toBe(false);
  });

  it('asks again once the consent lifetime has passed', () => {
    start(sampleCatalog({ options: { consentMaxAgeDays: 30 } })).acceptAll();
    vi.setSystemTime(new Date('2026-03-30T12:00:00Z'));
    expect(start(sampleCatalog({ options: { consentMaxAgeDays: 30 } })).needsChoice()).toBe(false);
    vi.setSystemTime(new Date('2026-03-31T12:00:01Z'));
    expect(start(sampleCatalog({ options: { consentMaxAgeDays: 30 } })).needsChoice()).toBe(true);
  });

  it('never grants a category switched off after the choice', () => {
    start().acceptAll();
    const next = start(sampleCatalog({ categories: { performance: {}, targeting: { enabled: false } } }));
    expect(next.hasConsent('targeting')).toBe(false);
    expect(next.getConsent()?.granted).toEqual(['strictly-necessary', 'performance']);
  });

  it('tells subscribers about each choice until they unsubscribe', () => {
    const consent = start();
    const seen: string[][] = [];
    const off = consent.on('change', (c) => seen.push(c.granted));
    consent.acceptAll();
    off();
    consent.rejectAll();
    expect(seen).toEqual([['strictly-necessary', 'performance', 'targeting']]);
  });

  it('needs no choice when nothing is optional', () => {
    const consent = start({ revision: 1, privacyPolicyUrl: '/p', categories: { 'strictly-necessary': {} } });
    expect(consent.needsChoice()).toBe(false);
    expect(consent.hasConsent('strictly-necessary')).toBe(true);
  });

  it('remembers the choice before a new revision, for pre-selecting, while granting nothing from it', () => {
    start().acceptCategories(['performance']);
    const next = start(sampleCatalog({ revision: 4 }));
    expect(next.getConsent()).toBeNull();
    expect(next.previous()?.granted).toEqual(['strictly-necessary', 'performance']);
    expect(start({ ...sampleCatalog(), revision: 4 }).previous()?.revision).toBe(3);
  });
});

describe('recording a choice', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('clears what refused and switched-off categories left behind, and calls revoked only when a granted category is taken back', () => {
    const state = createConsentState({ config: catalogOf(sampleCatalog()), stored: null });
    const clear = vi.fn();
    const revoked = vi.fn();
    const choices = createChoices(state, { write: () => {}, clear, revoked });
    choices.rejectAll();
    // functionality and unclassified are not offered here, but a cookie of theirs may be left from when they were.
    expect(clear).toHaveBeenLastCalledWith(['performance', 'functionality', 'targeting', 'unclassified']);
    expect(revoked).not.toHaveBeenCalled();
    choices.acceptAll();
    expect(clear).toHaveBeenLastCalledWith(['functionality', 'unclassified']);
    expect(revoked).not.toHaveBeenCalled();
    choices.acceptCategories(['targeting']);
    expect(clear).toHaveBeenLastCalledWith(['performance', 'functionality', 'unclassified']);
    expect(revoked).toHaveBeenCalledOnce();
  });

describe('hasService', () => {
  it('follows the stored services for a service the catalogue lists, and the category for one it does not', () => {
    const stored = sampleConsent({ revision: 3, granted: ['strictly-necessary', 'performance', 'targeting'], services: ['google-analytics'] });
    const state = createConsentState({ config: catalogOf(sampleCatalog()), stored, now: () => Date.parse('2026-01-03T00:00:00Z') });
    expect(state.hasService('google-analytics')).toBe(true);
    expect(state.hasService('meta-pixel')).toBe(false);
    // Not in the catalogue, so never switched off: its category decides.
    expect(state.hasService('youtube')).toBe(true);
    expect(createConsentState({ config: catalogOf(sampleCatalog()), stored: null }).hasService('youtube')).toBe(false);
  });
});
});
