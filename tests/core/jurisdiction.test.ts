import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { DEFAULTS_ID, createChoices, createConsentState } from '../../src/core/consent';
import { readGateConfig } from '../../src/core/gate-config';
import { placeOf, ruleFor } from '../../src/core/jurisdiction';
import { strictJurisdictions } from '../../src/core/jurisdiction-rules';
import type { Catalog, CatalogInput, Consent, Jurisdictions } from '../../src/core/types';
import { sampleCatalog, sampleConsent } from '../fixtures';

/** The README's worked set-up: EU/EEA opt-in, UK analytics by objection, US opt-out, elsewhere opt-in. */
const WORLD: CatalogInput['jurisdictions'] = {
  eu: { regions: ['EEA', 'CH'], model: 'opt-in' },
  uk: { regions: ['GB'], model: 'opt-in', categories: { performance: { basis: 'objection' } } },
  us: { regions: ['US-CA', 'US-CO', 'US-TX'], model: 'opt-out' },
  elsewhere: { model: 'opt-in', default: true },
};

function catalogOf(input: CatalogInput): Catalog {
  const result = parseCatalog(input);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.catalog;
}
const world = (extra: Partial<CatalogInput> = {}) => catalogOf(sampleCatalog({ jurisdictions: WORLD, ...extra }));
const rules = () => world().jurisdictions as Jurisdictions;

describe('the jurisdiction resolver', () => {
  it.each([
    ['DE', 'eu'],
    ['de', 'eu'],
    ['NO', 'eu'], // EEA, not EU
    ['RE', 'eu'], // Réunion, an outermost region of the EU with a code of its own
    ['AX', 'eu'],
    ['CH', 'eu'], // listed itself
    ['DE-BY', 'eu'], // a subdivision falls back to its country, then to the EEA group
    ['GB', 'uk'],
    ['GB-SCT', 'uk'],
    ['US-CA', 'us'],
    ['us-tx', 'us'],
    ['US-NY', 'elsewhere'], // a subdivision in no rule, and its country in none: the default
    ['US', 'elsewhere'],
    ['JP', 'elsewhere'],
    [undefined, 'elsewhere'],
    ['', 'elsewhere'],
    ['EEA', 'elsewhere'], // a group is not a visitor's region
    ['Germany', 'elsewhere'],
    ['DE;US-CA', 'elsewhere'],
    [' US-CA ', 'us'], // as a header may carry it
    [42 as never, 'elsewhere'],
  ])('%s → %s', (region, rule) => {
    expect(ruleFor(rules(), region)).toBe(rule);
  });

  it('a country listed itself wins over its group, a subdivision over its country', () => {
    const jurisdictions = strictJurisdictions({
      eu: { regions: ['EEA'], model: 'opt-in' },
      germany: { regions: ['DE'], model: 'opt-in' },
      us: { regions: ['US'], model: 'opt-in', default: true },
      california: { regions: ['US-CA'], model: 'opt-out' },
    })!;
    expect(ruleFor(jurisdictions, 'DE-BE')).toBe('germany');
    expect(ruleFor(jurisdictions, 'FR')).toBe('eu');
    expect(ruleFor(jurisdictions, 'US-CA')).toBe('california');
    expect(ruleFor(jurisdictions, 'US-WA')).toBe('us');
  });

  it('what runs by default: every optional category in use under opt-out, targeting not under GPC; objection ones under opt-in', () => {
    const { jurisdictions, enabled } = world();
    expect(placeOf(jurisdictions, enabled, 'US-CA', false)).toEqual({ jurisdiction: 'us', model: 'opt-out', runsByDefault: ['performance', 'targeting'] });
    expect(placeOf(jurisdictions, enabled, 'US-CA', true)?.runsByDefault).toEqual(['performance']);
    expect(placeOf(jurisdictions, enabled, 'GB', true)).toEqual({ jurisdiction: 'uk', model: 'opt-in', runsByDefault: ['performance'] });
    expect(placeOf(jurisdictions, enabled, 'DE', false)?.runsByDefault).toEqual([]);
    expect(placeOf(undefined, enabled, 'US-CA', false)).toBeUndefined();
  });
});

describe('the validator on jurisdictions', () => {
  const problems = (jurisdictions: unknown) => {
    const result = parseCatalog({ ...sampleCatalog(), jurisdictions } as CatalogInput);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };
  const accepted = (jurisdictions: unknown) => {
    expect(problems(jurisdictions)).toEqual([]);
    expect(readGateConfig({ ...sampleCatalog(), jurisdictions }, strictJurisdictions)?.jurisdictions).toBeDefined();
  };
  /** Refused by the validator with a message at `path`, and by the loader's reader (nothing optional runs). */
  const refused = (jurisdictions: unknown, path: string, words: RegExp) => {
    expect(problems(jurisdictions).filter((p) => p.startsWith(`${path}:`)).join('\n')).toMatch(words);
    expect(readGateConfig({ ...sampleCatalog(), jurisdictions }, strictJurisdictions)).toBeNull();
  };

  it('the loader without its regions part refuses a catalogue with jurisdictions: nothing optional runs', () => {
    expect(readGateConfig({ ...sampleCatalog(), jurisdictions: WORLD })).toBeNull();
    expect(readGateConfig(sampleCatalog())).not.toBeNull();
  });

  it('accepts the worked set-up, and a default rule without regions', () => {
    accepted(WORLD);
    accepted({ all: { model: 'opt-in', default: true } });
  });

  it('refuses "objection" for targeting, and in opt-out rules', () => {
    refused({ ...WORLD, uk: { regions: ['GB'], model: 'opt-in', categories: { targeting: { basis: 'objection' } } } }, 'catalog.jurisdictions.uk.categories.targeting.basis', /targeting needs consent/);
    refused({ ...WORLD, us: { regions: ['US-CA'], model: 'opt-out', categories: { performance: { basis: 'objection' } } } }, 'catalog.jurisdictions.us.categories.performance.basis', /opt-out rule/);
  });

  it('wants exactly one default rule', () => {
    refused({ eu: { regions: ['EEA'], model: 'opt-in' } }, 'catalog.jurisdictions', /exactly one rule with "default": true.*found none/);
    refused({ a: { model: 'opt-in', default: true }, b: { model: 'opt-in', default: true } }, 'catalog.jurisdictions', /found a, b/);
  });

  it('refuses an opt-out default unless allowOptOutDefault says so', () => {
    refused({ us: { model: 'opt-out', default: true } }, 'catalog.jurisdictions.us.default', /may be in the EU.*allowOptOutDefault/);
    accepted({ us: { model: 'opt-out', default: true, allowOptOutDefault: true } });
  });

  it('names malformed regions, a region in two rules, and a rule that can never apply', () => {
    refused({ ...WORLD, us: { regions: ['us-ca'], model: 'opt-out' } }, 'catalog.jurisdictions.us.regions[0]', /ISO 3166 code in upper case.*got "us-ca"/);
    refused({ ...WORLD, us: { regions: ['USA'], model: 'opt-out' } }, 'catalog.jurisdictions.us.regions[0]', /got "USA"/);
    refused({ ...WORLD, us: { regions: ['GB'], model: 'opt-out' } }, 'catalog.jurisdictions.us.regions[0]', /"GB" is also in "uk"/);
    refused({ ...WORLD, uk: { regions: ['GB', 'GB'], model: 'opt-in' } }, 'catalog.jurisdictions.uk.regions[1]', /"GB" is listed twice here/);
    // EU territories with codes of their own are in the EEA: refused in an opt-out rule, matched by "EEA".
    refused({ ...WORLD, us: { regions: ['US-CA', 'GF'], model: 'opt-out' } }, 'catalog.jurisdictions.us.regions[1]', /no region of the EEA/);
    refused({ ...WORLD, us: { regions: 'US-CA', model: 'opt-out' } }, 'catalog.jurisdictions.us.regions', /a list of regions/);
  });

  it('refuses any EEA region in an opt-out rule or one with categories by objection, however specific', () => {
    refused({ ...WORLD, us: { regions: ['US-CA', 'DE-BY'], model: 'opt-out' } }, 'catalog.jurisdictions.us.regions[1]', /no region of the EEA in an opt-out rule/);
    refused({ ...WORLD, de: { regions: ['DE'], model: 'opt-out' } }, 'catalog.jurisdictions.de.regions[0]', /ePrivacy/);
    refused({ ...WORLD, uk: { regions: ['GB', 'NO'], model: 'opt-in', categories: { performance: { basis: 'objection' } } } }, 'catalog.jurisdictions.uk.regions[1]', /categories by objection/);
    // A more specific opt-in rule inside the EEA is fine, and so is a US state opting out of a US rule.
    accepted({ eu: { regions: ['EEA'], model: 'opt-in' }, germany: { regions: ['DE'], model: 'opt-in' }, us: { regions: ['US'], model: 'opt-in', default: true }, california: { regions: ['US-CA'], model: 'opt-out' } });
  });

  it('names the two usual slips, UK and EU, with the codes meant', () => {
    refused({ ...WORLD, uk: { regions: ['UK'], model: 'opt-in' } }, 'catalog.jurisdictions.uk.regions[0]', /expected the ISO 3166 code "GB", got "UK"/);
    refused({ ...WORLD, eu: { regions: ['EU'], model: 'opt-in' } }, 'catalog.jurisdictions.eu.regions[0]', /expected the ISO 3166 code "EEA", got "EU"/);
  });

  it('says what is missing rather than what was found', () => {
    refused({ ...WORLD, us: { model: 'opt-out' } }, 'catalog.jurisdictions.us.regions', /^catalog\.jurisdictions\.us\.regions: expected at least one region.*only the default rule may list none$/);
    refused({ ...WORLD, us: { regions: [], model: 'opt-out' } }, 'catalog.jurisdictions.us.regions', /at least one region.*only the default rule may list none$/);
    refused({}, 'catalog.jurisdictions', /at least one rule, one of them with "default": true/);
  });

  it('names a wrong model, basis, category, flag or rule id', () => {
    refused({ ...WORLD, us: { regions: ['US-CA'], model: 'optout' } }, 'catalog.jurisdictions.us.model', /one of opt-in, opt-out.*got "optout"/);
    refused({ ...WORLD, uk: { regions: ['GB'], model: 'opt-in', categories: { performance: { basis: 'legitimate-interest' } } } }, 'catalog.jurisdictions.uk.categories.performance.basis', /one of consent, objection/);
    refused({ ...WORLD, uk: { regions: ['GB'], model: 'opt-in', categories: { analytics: { basis: 'objection' } } } }, 'catalog.jurisdictions.uk.categories key', /an optional category id.*"analytics"/);
    refused({ ...WORLD, uk: { regions: ['GB'], model: 'opt-in', categories: { 'strictly-necessary': { basis: 'objection' } } } }, 'catalog.jurisdictions.uk.categories key', /optional category/);
    refused({ ...WORLD, elsewhere: { model: 'opt-in', default: 'yes' } }, 'catalog.jurisdictions.elsewhere.default', /true, or no such field/);
    refused({ ...WORLD, 'United States': { regions: ['US-NY'], model: 'opt-out' } }, 'catalog.jurisdictions.United States key', /a rule id/);
    refused([], 'catalog.jurisdictions', /an object of rules/);
  });

  it('warns about unknown fields and categories not in use', () => {
    const result = parseCatalog(sampleCatalog({ jurisdictions: { all: { model: 'opt-in', default: true, region: ['DE'], categories: { functionality: { basis: 'objection', why: 1 } } } } as never }));
    expect(result.ok).toBe(true);
    expect(result.warnings.join('\n')).toMatch(/jurisdictions\.all\.region: unknown field/);
    expect(result.warnings.join('\n')).toMatch(/categories\.functionality\.why: unknown field/);
  });

  it('a catalogue without jurisdictions behaves as before: no place, no defaults', () => {
    const config = catalogOf(sampleCatalog());
    const state = createConsentState({ config, stored: null, place: placeOf(config.jurisdictions, config.enabled, 'US-CA', false) });
    expect(state.place).toBeUndefined();
    expect(state.getConsent()).toBeNull();
    expect(state.needsChoice()).toBe(true);
  });
});

describe('consent under a jurisdiction', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  const state = (region: string | undefined, stored: Consent | null = null, gpc = false, extra: Partial<CatalogInput> = {}) => {
    const config = world(extra);
    return createConsentState({ config, stored, place: placeOf(config.jurisdictions, config.enabled, region, gpc), gpc });
  };
  const made = (overrides: Partial<Consent>) => sampleConsent({ revision: 3, decidedAt: '2026-02-01T00:00:00.000Z', ...overrides });

  it('DE: the banner asks, nothing optional runs', () => {
    const de = state('DE');
    expect(de.needsChoice()).toBe(true);
    expect(de.getConsent()).toBeNull();
    expect(de.hasConsent('performance')).toBe(false);
    expect(de.place).toEqual({ jurisdiction: 'eu', model: 'opt-in', runsByDefault: [] });
  });

  it('US-CA: no banner, every optional category runs by default, in a record that says so', () => {
    const ca = state('US-CA');
    expect(ca.needsChoice()).toBe(false);
    expect(ca.hasConsent('performance')).toBe(true);
    expect(ca.hasConsent('targeting')).toBe(true);
    expect(ca.hasConsent('functionality')).toBe(false); // switched off site-wide
    expect(ca.getConsent()).toEqual({
      version: 1, id: DEFAULTS_ID, revision: 3, decidedAt: '2026-03-01T12:00:00.000Z',
      granted: ['strictly-necessary', 'performance', 'targeting'], jurisdiction: 'us', model: 'opt-out', byDefault: ['performance', 'targeting'],
    });
  });

  it('US-CA with GPC: targeting never runs by default, still no banner', () => {
    const ca = state('US-CA', null, true);
    expect(ca.needsChoice()).toBe(false);
    expect(ca.hasConsent('targeting')).toBe(false);
    expect(ca.hasConsent('performance')).toBe(true);
  });

  it('GB with performance by objection: it runs, and the banner asks only because targeting needs consent', () => {
    const gb = state('GB');
    expect(gb.hasConsent('performance')).toBe(true);
    expect(gb.hasConsent('targeting')).toBe(false);
    expect(gb.needsChoice()).toBe(true);
    // Nothing but objection categories: no banner at all.
    const onlyStats = state('GB', null, false, { categories: { 'strictly-necessary': {}, performance: {}, targeting: { enabled: false } } });
    expect(onlyStats.needsChoice()).toBe(false);
    expect(onlyStats.hasConsent('performance')).toBe(true);
  });

  it('GB: "Reject all" objects to the categories by objection too', () => {
    const gb = state('GB');
    createChoices(gb, { write: () => {} }).rejectAll();
    expect(gb.hasConsent('performance')).toBe(false);
    expect(gb.needsChoice()).toBe(false);
  });

  it('a record made under opt-out without an explicit choice is no consent in DE: asked again, nothing optional runs', () => {
    const fromCa = made({ granted: ['strictly-necessary', 'performance', 'targeting'], jurisdiction: 'us', model: 'opt-out', byDefault: ['performance', 'targeting'] });
    const de = state('DE', fromCa);
    expect(de.needsChoice()).toBe(true);
    expect(de.getConsent()).toBeNull();
    expect(de.hasConsent('performance')).toBe(false);
    expect(de.hasConsent('targeting')).toBe(false);
    // Back in California the same record stands.
    expect(state('US-CA', fromCa).getConsent()?.id).toBe(fromCa.id);
  });

  it('an explicit "Accept all" made anywhere stands, and so does an explicit refusal', () => {
    const accepted = made({ granted: ['strictly-necessary', 'performance', 'targeting'], jurisdiction: 'us', model: 'opt-out' });
    expect(state('DE', accepted).hasConsent('targeting')).toBe(true);
    expect(state('DE', accepted).needsChoice()).toBe(false);
    const refused = made({ granted: ['strictly-necessary'], jurisdiction: 'eu', model: 'opt-in' });
    expect(state('US-CA', refused).hasConsent('performance')).toBe(false);
    expect(state('US-CA', refused).hasConsent('targeting')).toBe(false);
  });

  it('a UK objection default read in DE is not consent; read again in GB it is', () => {
    const fromGb = made({ granted: ['strictly-necessary', 'performance'], jurisdiction: 'uk', model: 'opt-in', byDefault: ['performance'] });
    expect(state('DE', fromGb).getConsent()).toBeNull();
    expect(state('GB', fromGb).getConsent()?.id).toBe(fromGb.id);
  });

  it('choices record the jurisdiction and model; API choices are explicit', () => {
    const ca = state('US-CA');
    const written: Consent[] = [];
    const choices = createChoices(ca, { write: (c) => written.push(c), randomId: () => 'a'.repeat(32) });
    const revoked = vi.fn();
    expect(choices.acceptCategories(['performance'])).toMatchObject({ granted: ['strictly-necessary', 'performance'], jurisdiction: 'us', model: 'opt-out' });
    expect(written[0]!.byDefault).toBeUndefined();
    // Opting out of targeting after it ran by default is a revocation.
    const fresh = state('US-CA');
    createChoices(fresh, { write: () => {}, revoked }).rejectAll();
    expect(revoked).toHaveBeenCalledOnce();
  });

  it('the preferences save keeps untouched defaults as defaults, and a touched switch as consent', () => {
    const ca = state('US-CA');
    const choices = createChoices(ca, { write: () => {} });
    // Targeting switched off, performance left as it was.
    const optedOut = choices.save(['performance'], undefined, ['performance']);
    expect(optedOut).toMatchObject({ granted: ['strictly-necessary', 'performance'], byDefault: ['performance'] });
    // Read in DE, that record is no consent for performance.
    expect(state('DE', optedOut).getConsent()).toBeNull();
    // Touched (switched off and on again): consent.
    const touched = createChoices(state('US-CA'), { write: () => {} }).save(['performance', 'targeting'], undefined, []);
    expect(touched.byDefault).toBeUndefined();
    expect(state('DE', touched).hasConsent('targeting')).toBe(true);
  });

  it('in an opt-out jurisdiction an opt-out does not lapse: an expired or older-revision one still holds', () => {
    const optedOut = made({ granted: ['strictly-necessary', 'performance'], decidedAt: '2025-01-01T00:00:00.000Z', revision: 1, jurisdiction: 'us', model: 'opt-out' });
    const ca = state('US-CA', optedOut);
    expect(ca.hasConsent('targeting')).toBe(false);
    expect(ca.hasConsent('performance')).toBe(true);
    // In DE the same old record is no choice at all: asked again.
    expect(state('DE', optedOut).needsChoice()).toBe(true);
  });

  it('an objection does not lapse: after an expired or older-revision choice, what it refused by objection stays off', () => {
    const objected = made({ granted: ['strictly-necessary'], decidedAt: '2025-01-01T00:00:00.000Z', revision: 1, jurisdiction: 'uk', model: 'opt-in' });
    const gb = state('GB', objected);
    expect(gb.hasConsent('performance')).toBe(false);
    // Targeting needs consent: the banner asks about it again, analytics stays objected to.
    expect(gb.needsChoice()).toBe(true);
    expect(state('GB').hasConsent('performance')).toBe(true);
  });

  it('warns about gpp without an opt-out rule, and allowOptOutDefault where it means nothing', () => {
    const result = parseCatalog(sampleCatalog({ jurisdictions: { eu: { regions: ['EEA'], model: 'opt-in', allowOptOutDefault: true }, all: { model: 'opt-in', default: true } }, integrations: { gpp: { cmpId: 1, cmpVersion: 1 } } }));
    expect(result.ok).toBe(true);
    expect(result.warnings.join('\n')).toMatch(/integrations\.gpp: no opt-out jurisdiction/);
    expect(result.warnings.join('\n')).toMatch(/eu\.allowOptOutDefault: only means something on the opt-out default rule/);
  });

  it('warns when honorGpc is false beside an opt-out jurisdiction', () => {
    const result = parseCatalog(sampleCatalog({ jurisdictions: WORLD, options: { honorGpc: false } }));
    expect(result.warnings.join('\n')).toMatch(/options\.honorGpc: false with an opt-out jurisdiction/);
  });

  it('a refusal lasts refusalMaxAgeDays, a consent consentMaxAgeDays', () => {
    const options = { options: { consentMaxAgeDays: 365, refusalMaxAgeDays: 20 } };
    const refusal = made({ granted: ['strictly-necessary'], decidedAt: '2026-02-01T00:00:00.000Z' });
    const consent = made({ granted: ['strictly-necessary', 'performance'], decidedAt: '2026-02-01T00:00:00.000Z' });
    expect(state('DE', refusal, false, options).needsChoice()).toBe(true); // 28 days old
    expect(state('DE', consent, false, options).needsChoice()).toBe(false);
    expect(state('DE', refusal, false, { options: { consentMaxAgeDays: 365 } }).needsChoice()).toBe(false); // default: the same as consentMaxAgeDays
  });
});
