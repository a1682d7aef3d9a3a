/**
 * integrations/gtm/consent-gate.tpl, the Tag Manager template: its file, and its
 * code run against the stand-in of the sandbox (gtm-sandbox.ts), beside
 * consent-gate's own reading of the cookie and its own Consent Mode integration.
 */
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import {
  EVENTS, SECTION_ORDER, allParameters, checkSandboxedJs, createSandbox, fieldDefaults, gtmScenarios, readTemplate, runGtmScenario,
  type Permissions, type Sandbox,
} from './gtm-sandbox';
import { CONSENT_TYPES, startGoogleConsentMode } from '../../src/integrations/google-consent-mode';
import { cookieValues, pickRecord } from '../../src/core/cookie-store';
import { createConsent, createConsentState } from '../../src/core/consent';
import { createCookieStore, storedValue } from '../../src/core/cookie-writer';
import { parseCatalog } from '../../src/core/catalog';
import { COOKIE_NAME_PATTERN, SERVICE_ID_PATTERN } from '../../src/core/gate-config';
import { DEFAULT_COOKIE_NAME, DEFAULT_MAX_AGE_DAYS, DEFAULT_WAIT_FOR_UPDATE_MS, GOOGLE_SERVICES, MAX_AGE_DAYS_LIMIT, MAX_WAIT_FOR_UPDATE_MS } from '../../src/core/constants';
import { createGlobalApi, type StartedGate } from '../../src/page/embed-api';
import type { CatalogInput, CategoryId, Consent } from '../../src/core/types';
import { sampleCatalog, sampleConsent } from '../fixtures';

const template = readTemplate();
const DAY = 24 * 60 * 60 * 1000;
/** sampleConsent() was decided on 2026-01-02, 58 days before. */
const NOW = Date.parse('2026-03-01T12:00:00.000Z');
/** The revision of sampleConsent(). */
const FIELDS = { revision: '2' };

/** Each consent type, granted where its category is among `granted` (CONSENT_TYPES). */
const types = (granted: string[] = []) =>
  Object.fromEntries(Object.entries(CONSENT_TYPES).map(([type, category]) => [type, granted.includes(category) ? 'granted' : 'denied']));
const DEFAULT = { ...types(), security_storage: 'granted', wait_for_update: DEFAULT_WAIT_FOR_UPDATE_MS };
/** The consent cookie holding these values: a record as consent-gate writes it, or a raw value. */
const cookie = (...values: (Consent | string)[]) => values.map((v) => `cg_consent=${typeof v === 'string' ? v : storedValue(v)}`).join('; ');

/** The tag fired on Consent Initialization with the fields' defaults, the revision and `overrides`. */
function fire(cookies: string, overrides: Record<string, unknown> = {}, options: Parameters<typeof createSandbox>[1] = {}): Sandbox {
  const sandbox = createSandbox(template, { cookies, now: NOW, ...options });
  sandbox.run({ ...FIELDS, ...overrides });
  return sandbox;
}
/** The Consent Mode commands, in order. */
const commands = (sandbox: Sandbox) =>
  sandbox.calls.filter((c) => ['setDefaultConsentState', 'updateConsentState', 'gtagSet'].includes(c.api)).map((c) => [c.api, ...c.args]);
/** The event ends: no rule broken, nothing thrown in the sandbox. */
function settle(sandbox: Sandbox) {
  sandbox.endEvent();
  expect(sandbox.violations).toEqual([]);
  expect(sandbox.errors).toEqual([]);
}

/** window.ConsentGate over consent-gate's own consent state and cookie writer, for a catalogue of revision 3. */
function consentGate(input: Partial<CatalogInput> = {}) {
  const result = parseCatalog(sampleCatalog({ categories: { performance: {}, functionality: {}, targeting: {} }, ...input }));
  if (!result.ok) throw new Error('fixture is invalid');
  const config = result.catalog;
  const consent = createConsent({ config, store: createCookieStore(config.options, false), services: config.services, now: () => NOW });
  const gate = { ...consent, choose: () => Promise.resolve(consent), showPreferences() {}, settled: () => Promise.resolve(), destroy() {} };
  return { api: createGlobalApi(Promise.resolve(gate as unknown as StartedGate)), fields: { revision: String(config.revision), googleServices: [{ service: 'google-analytics', category: 'performance' }] } };
}

describe('the template file', () => {
  it('has the Community Template Gallery sections, in order', () => {
    expect(template.order).toEqual(SECTION_ORDER);
    expect(template.sections['___TERMS_OF_SERVICE___']).toMatch(/https:\/\/developers\.google\.com\/tag-manager\/gallery-tos/);
  });

  it('is a web tag template', () => {
    expect(template.info).toMatchObject({ type: 'TAG', version: 1, containerContexts: ['WEB'], brand: { displayName: 'consent-gate' } });
    expect(template.info.categories).toEqual(['TAG_MANAGEMENT', 'UTILITY']);
  });

  it("defaults its fields to the catalogue's defaults", () => {
    expect(fieldDefaults(template.parameters)).toMatchObject({
      waitForUpdate: String(DEFAULT_WAIT_FOR_UPDATE_MS),
      adsDataRedaction: false,
      urlPassthrough: false,
      cookieName: DEFAULT_COOKIE_NAME,
      consentMaxAgeDays: String(DEFAULT_MAX_AGE_DAYS),
      refusalMaxAgeDays: '',
      categoryPerformance: true,
      categoryFunctionality: true,
      categoryTargeting: true,
    });
    // The revision has no default: a tag cannot be saved without it.
    expect(fieldDefaults(template.parameters).revision).toBeUndefined();
  });

  it("accepts in its fields what the catalogue accepts there (src/core/gate-config.ts)", () => {
    const fields = Object.fromEntries(allParameters(template.parameters).map((p) => [p.name, p]));
    const regex = (name: string) => new RegExp((fields[name]!.valueValidators as { type: string; args?: string[] }[]).find((v) => v.type === 'REGEX')!.args![0]!);
    const range = (re: RegExp, from: number, to: number) => Array.from({ length: to + 20 }, (_, n) => n - 5).filter((n) => re.test(String(n)));
    expect(range(regex('waitForUpdate'), 0, MAX_WAIT_FOR_UPDATE_MS)).toEqual(Array.from({ length: MAX_WAIT_FOR_UPDATE_MS + 1 }, (_, n) => n));
    expect(range(regex('consentMaxAgeDays'), 1, MAX_AGE_DAYS_LIMIT)).toEqual(Array.from({ length: MAX_AGE_DAYS_LIMIT }, (_, n) => n + 1));
    expect(range(regex('refusalMaxAgeDays'), 1, MAX_AGE_DAYS_LIMIT)).toEqual(Array.from({ length: MAX_AGE_DAYS_LIMIT }, (_, n) => n + 1));
    expect(regex('refusalMaxAgeDays').test('')).toBe(true);
    expect(['0', '1', '3', '012', '1.5', ''].filter((v) => regex('revision').test(v))).toEqual(['1', '3']);
    expect(regex('cookieName').source).toBe(COOKIE_NAME_PATTERN.source);
    const service = (fields.googleServices!.simpleTableColumns as { name: string; valueValidators: { type: string; args?: string[] }[] }[]).find((c) => c.name === 'service')!;
    expect(service.valueValidators.find((v) => v.type === 'REGEX')!.args![0]).toBe(SERVICE_ID_PATTERN.source);
  });

  it('reads every field it has, and has every field it reads', () => {
    const read = new Set([...template.code.matchAll(/\bdata\.(\w+)/g)].map((m) => m[1]));
    const fields = allParameters(template.parameters).filter((p) => p.type !== 'GROUP' && p.type !== 'LABEL').map((p) => p.name);
    expect([...read].sort()).toEqual([...fields, 'gtmOnSuccess'].sort());
  });

  it("its code keeps to the sandbox's language, and the check finds what does not", () => {
    expect(checkSandboxedJs(template.code)).toEqual([]);
    expect(checkSandboxedJs("const d = new Date();\nconst r = /a/;\nconst t = `x`;\nconst s = [...[1]];\nconst m = Math.floor(1);\n'ab'.includes('a');\nfunction f() { return this; }")).toEqual([
      'line 1: `new` (the sandbox has none)',
      'line 2: a regular expression (the sandbox has no RegExp)',
      'line 3: a template literal',
      'line 4: spread syntax',
      "line 6: the method includes (not in the sandbox's standard library)",
      'line 7: `this` (sandboxed functions have none)',
      'line 1: the global Date (not in the sandbox)',
      'line 5: the global Math (not in the sandbox)',
    ]);
  });

  it('declares its permissions as narrowly as its code needs them', () => {
    const p = template.permissions;
    expect(p.consent).toEqual(Object.fromEntries([...Object.keys(CONSENT_TYPES), 'security_storage'].map((t) => [t, { read: false, write: true }])));
    expect(p.globals).toEqual({ 'ConsentGate.on': { read: false, write: false, execute: true } });
    expect(p.cookies).toEqual([DEFAULT_COOKIE_NAME]);
    expect(p.dataLayerWrite).toEqual(['ads_data_redaction', 'url_passthrough']);
    expect(p.logging).toBe('debug');
  });
});

describe('Consent Initialization', () => {
  it('first visit: everything denied but security_storage, with wait_for_update, and no update', () => {
    const sandbox = fire('');
    expect(commands(sandbox)).toEqual([['setDefaultConsentState', DEFAULT]]);
    expect(sandbox.callsOf('gtmOnSuccess')).toHaveLength(1);
    expect(sandbox.consent()).toEqual({ ...types(), security_storage: 'granted' });
    settle(sandbox);
  });

  it('waits as long as the field says', () => {
    expect(commands(fire('', { waitForUpdate: '700' }))).toEqual([['setDefaultConsentState', { ...DEFAULT, wait_for_update: 700 }]]);
    expect(commands(fire('', { waitForUpdate: '0' }))).toEqual([['setDefaultConsentState', { ...DEFAULT, wait_for_update: 0 }]]);
  });

  it('returning visitor who granted performance: the default, then analytics_storage granted and the rest denied', () => {
    const sandbox = fire(cookie(sampleConsent()));
    expect(commands(sandbox)).toEqual([
      ['setDefaultConsentState', DEFAULT],
      ['updateConsentState', { ...types(), analytics_storage: 'granted' }],
    ]);
    expect(sandbox.consent()).toEqual({ ...types(['performance']), security_storage: 'granted' });
    settle(sandbox);
  });

  it.each([
    [['targeting'], ['ad_storage', 'ad_user_data', 'ad_personalization']],
    [['functionality'], ['functionality_storage', 'personalization_storage']],
    [['performance', 'functionality', 'targeting'], Object.keys(CONSENT_TYPES)],
    [[], []],
  ] as [CategoryId[], string[]][])('a stored choice of %j grants %j', (granted, grantedTypes) => {
    const sandbox = fire(cookie(sampleConsent({ granted: ['strictly-necessary', ...granted] })));
    expect(sandbox.callsOf('updateConsentState')).toEqual([[Object.fromEntries(Object.keys(CONSENT_TYPES).map((t) => [t, grantedTypes.includes(t) ? 'granted' : 'denied']))]]);
  });

  it.each([
    ['expired', cookie(sampleConsent()), { consentMaxAgeDays: '30' }],
    ['of an older revision', cookie(sampleConsent({ revision: 1 })), {}],
    ['of a newer revision than the field', cookie(sampleConsent({ revision: 3 })), {}],
    ['of another format version', cookie({ ...sampleConsent(), version: 2 } as unknown as Consent), {}],
    ['dated more than a day ahead', cookie(sampleConsent({ decidedAt: new Date(NOW + 2 * DAY).toISOString() })), {}],
    ['with a malformed id', cookie(sampleConsent({ id: 'ABCDEF0123456789abcdef0123456789' })), {}],
    ['naming an unknown category', cookie(sampleConsent({ granted: ['strictly-necessary', 'performance', 'ads' as CategoryId] })), {}],
    ['not JSON', cookie('yes'), {}],
    ['with a bad escape', cookie('%E0%A4%A'), {}],
    ['truncated', cookie(storedValue(sampleConsent()).slice(0, 60)), {}],
    ['longer than a browser keeps', cookie(storedValue(sampleConsent({ services: Array.from({ length: 300 }, (_, i) => `service-${i}`) }))), {}],
    ['under another cookie name', `cg_consent_old=${storedValue(sampleConsent())}`, {}],
    ['dated in a form consent-gate does not write', cookie(sampleConsent({ decidedAt: '2026-01-02T03:04:05Z' })), {}],
    ['dated 24:00, which browsers read apart', cookie(sampleConsent({ decidedAt: '2026-02-27T24:00:00.000Z' })), {}],
    ['dated 31 April, which browsers read apart', cookie(sampleConsent({ decidedAt: '2026-04-31T03:04:05.000Z' })), { now: Date.parse('2026-05-02T00:00:00.000Z') }],
    ['made under jurisdictions', cookie(sampleConsent({ jurisdiction: 'us', model: 'opt-out' })), {}],
  ])('a stored choice %s grants nothing: no update', (_, cookies, { now, ...overrides }: { now?: number } & Record<string, unknown>) => {
    const sandbox = fire(cookies, overrides, { now: now ?? NOW });
    expect(commands(sandbox)).toEqual([['setDefaultConsentState', DEFAULT]]);
    settle(sandbox);
  });

  it('a refusal holds for its own lifetime: an update with everything denied, until it has expired', () => {
    const refusal = cookie(sampleConsent({ granted: ['strictly-necessary'] }));
    expect(fire(refusal).callsOf('updateConsentState')).toEqual([[types()]]);
    expect(fire(refusal, { refusalMaxAgeDays: '30' }).callsOf('updateConsentState')).toEqual([]);
    // A choice granting something still lives for the consent lifetime.
    expect(fire(cookie(sampleConsent()), { refusalMaxAgeDays: '30' }).callsOf('updateConsentState')).toEqual([[types(['performance'])]]);
  });

  it('of several consent cookies, the newest valid record wins; an older grant does not outlive a newer refusal', () => {
    const grant = sampleConsent({ granted: ['strictly-necessary', 'performance', 'targeting'] });
    const refusal = sampleConsent({ granted: ['strictly-necessary'], decidedAt: '2026-02-01T00:00:00.000Z' });
    expect(fire(cookie(grant, refusal)).callsOf('updateConsentState')).toEqual([[types()]]);
    expect(fire(cookie(refusal, grant)).callsOf('updateConsentState')).toEqual([[types()]]);
    // Equally new: the one granting less.
    expect(fire(cookie(grant, sampleConsent())).callsOf('updateConsentState')).toEqual([[types(['performance'])]]);
    // A garbled copy beside a valid one is ignored.
    expect(fire(cookie('garbled', grant)).callsOf('updateConsentState')).toEqual([[types(['performance', 'targeting'])]]);
  });

  it('keeps a category switched off in the catalogue denied, and a Google service the visitor switched off', () => {
    const all = sampleConsent({ granted: ['strictly-necessary', 'performance', 'functionality', 'targeting'], services: ['google-ads'] });
    expect(fire(cookie(all), { categoryTargeting: false }).callsOf('updateConsentState')).toEqual([[types(['performance', 'functionality'])]]);
    const services = { googleServices: [{ service: 'google-analytics', category: 'performance' }, { service: 'google-ads', category: 'targeting' }] };
    expect(fire(cookie(all), services).callsOf('updateConsentState')).toEqual([[types(['functionality', 'targeting'])]]);
    // A record made without services grants every service of its categories.
    expect(fire(cookie({ ...all, services: undefined }), services).callsOf('updateConsentState')).toEqual([[types(['performance', 'functionality', 'targeting'])]]);
  });

  it('reads the cookie the field names, when the permission allows it, and says when it does not', () => {
    const sandbox = fire(cookie(sampleConsent()), { cookieName: 'site_consent' });
    expect(sandbox.callsOf('getCookieValues')).toEqual([]);
    expect(sandbox.logs.flat().join('\n')).toMatch(/may not read the cookie "site_consent"/);
    const permissions: Permissions = { ...template.permissions, cookies: ['site_consent'] };
    expect(fire(`site_consent=${storedValue(sampleConsent())}`, { cookieName: 'site_consent' }, { permissions }).callsOf('updateConsentState')).toEqual([[types(['performance'])]]);
  });

  it('with a field it cannot use, sets the default, grants nothing and says why', () => {
    const sandbox = fire(cookie(sampleConsent()), { revision: '' });
    expect(commands(sandbox)).toEqual([['setDefaultConsentState', DEFAULT]]);
    expect(sandbox.callsOf('callInWindow')).toEqual([]);
    expect(sandbox.logs.flat().join('\n')).toMatch(/"Catalogue revision" is not a whole number/);
    expect(sandbox.callsOf('gtmOnSuccess')).toHaveLength(1);
    settle(sandbox);
  });

  it('sets ads_data_redaction and url_passthrough after the default, as the catalogue does', () => {
    expect(commands(fire('', { adsDataRedaction: true, urlPassthrough: true }))).toEqual([
      ['setDefaultConsentState', DEFAULT],
      ['gtagSet', 'ads_data_redaction', true],
      ['gtagSet', 'url_passthrough', true],
    ]);
    expect(commands(fire('', { urlPassthrough: true }))).toEqual([['setDefaultConsentState', DEFAULT], ['gtagSet', 'url_passthrough', true]]);
  });

  it('mirrors consent-gate: for any consent cookie, the update its own integration would push, or (where unsure) none', () => {
    const SERVICES = [
      { id: 'google-analytics', name: 'GA', category: 'performance' as const },
      { id: 'google-ads', name: 'Ads', category: 'targeting' as const },
      { id: 'google-tag-manager', name: 'GTM', category: 'functionality' as const },
      { id: 'matomo', name: 'Matomo', category: 'performance' as const },
      { id: 'meta-pixel', name: 'Pixel', category: 'targeting' as const },
    ];
    const record = fc.record({
      version: fc.constantFrom(1, 1, 1, 1, 1, 1, 1, 1, 1, 2),
      id: fc.constantFrom('0123456789abcdef0123456789abcdef', 'fedcba9876543210fedcba9876543210', '0123456789abcdef0123456789abcdef', 'short'),
      revision: fc.integer({ min: 1, max: 2 }),
      decidedAt: fc.integer({ min: NOW - 250 * DAY, max: NOW + 3 * DAY }).map((t) => new Date(t).toISOString()),
      granted: fc.subarray(['strictly-necessary', 'performance', 'functionality', 'targeting', 'unclassified']),
      services: fc.option(fc.subarray(SERVICES.map((s) => s.id)), { nil: undefined }),
    });
    const MUTATIONS = ['none', 'none', 'none', 'none', 'none', 'badCategory', 'badService', 'jurisdiction', 'otherDate', 'truncate', 'garbage'] as const;
    const value = fc.tuple(record, fc.constantFrom(...MUTATIONS), fc.string({ maxLength: 12 })).map(([r, mutation, junk]) => {
      const consent: Record<string, unknown> = { ...r };
      if (consent.services === undefined) delete consent.services;
      if (mutation === 'badCategory') consent.granted = [...r.granted, 'ads'];
      if (mutation === 'badService') consent.services = ['Google_Ads'];
      if (mutation === 'jurisdiction') Object.assign(consent, { jurisdiction: 'eu', model: 'opt-in' });
      if (mutation === 'otherDate') consent.decidedAt = r.decidedAt.slice(0, 10);
      const raw = storedValue(consent as unknown as Consent);
      return {
        raw: mutation === 'truncate' ? raw.slice(0, raw.length - 5) : mutation === 'garbage' ? junk.replace(/[;\s]/g, '') : raw,
        unsure: mutation === 'otherDate' || mutation === 'jurisdiction',
      };
    });
    const catalogue = fc.record({
      revision: fc.integer({ min: 1, max: 2 }),
      performance: fc.boolean(),
      functionality: fc.boolean(),
      targeting: fc.boolean(),
      consentMaxAgeDays: fc.integer({ min: 1, max: MAX_AGE_DAYS_LIMIT }),
      refusalMaxAgeDays: fc.option(fc.integer({ min: 1, max: MAX_AGE_DAYS_LIMIT }), { nil: undefined }),
    });
    let updates = 0;
    fc.assert(
      fc.property(catalogue, fc.array(value, { maxLength: 3 }), (c, values) => {
        const cookies = values.map((v) => `cg_consent=${v.raw}`).join('; ');
        // consent-gate: the loader's reading of the cookie, its consent state, its Consent Mode integration.
        const result = parseCatalog({
          revision: c.revision,
          privacyPolicyUrl: '/privacy',
          categories: { performance: { enabled: c.performance }, functionality: { enabled: c.functionality }, targeting: { enabled: c.targeting } },
          services: SERVICES,
          options: { consentMaxAgeDays: c.consentMaxAgeDays, ...(c.refusalMaxAgeDays && { refusalMaxAgeDays: c.refusalMaxAgeDays }) },
          integrations: { googleConsentMode: { mode: 'basic' } },
        });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const config = result.catalog;
        const state = createConsentState({ config, stored: pickRecord(cookieValues(cookies, 'cg_consent'), NOW), now: () => NOW });
        const win = { dataLayer: [] as unknown[] } as unknown as Window;
        startGoogleConsentMode(config.integrations.googleConsentMode!, state, win);
        const gtag = win.dataLayer!.filter((entry) => Object.prototype.toString.call(entry) === '[object Arguments]').map((entry) => [...(entry as IArguments)]);
        const pushed = gtag.find((command) => command[0] === 'consent' && command[1] === 'update')?.[2];
        // The template, with the same catalogue in its fields.
        const sandbox = fire(cookies, {
          revision: String(c.revision),
          categoryPerformance: c.performance,
          categoryFunctionality: c.functionality,
          categoryTargeting: c.targeting,
          consentMaxAgeDays: String(c.consentMaxAgeDays),
          refusalMaxAgeDays: c.refusalMaxAgeDays ? String(c.refusalMaxAgeDays) : '',
          googleServices: GOOGLE_SERVICES.filter((id) => id in config.serviceCategories).map((id) => ({ service: id, category: config.serviceCategories[id] })),
        });
        const updated = sandbox.callsOf('updateConsentState');
        if (updated.length) updates += 1;
        expect(sandbox.errors).toEqual([]);
        if (values.some((v) => v.unsure)) expect(updated.length === 0 || isDeepStrictEqual(updated, [[pushed]])).toBe(true);
        else expect(updated).toEqual(pushed ? [[pushed]] : []);
      }),
      { numRuns: 400 },
    );
    // The cases reached choices that hold, not only ones that do not.
    expect(updates).toBeGreaterThan(15);
  });
});

describe('later choices', () => {
  it('follows ConsentGate.on("change") when consent-gate is already there: each choice an update', async () => {
    const { api, fields } = consentGate();
    const sandbox = createSandbox(template, { now: NOW, window: { ConsentGate: api } });
    sandbox.run(fields);
    await api.acceptCategories(['targeting']);
    await api.acceptAll();
    await api.rejectAll();
    expect(sandbox.callsOf('updateConsentState')).toEqual([[types(['targeting'])], [types(['performance', 'functionality', 'targeting'])], [types()]]);
    expect(sandbox.callsOf('addEventCallback')).toEqual([]);
    settle(sandbox);
  });

  it('keeps the consent types of a Google service the visitor switched off denied', async () => {
    const { api, fields } = consentGate();
    const sandbox = createSandbox(template, { now: NOW, window: { ConsentGate: api } });
    sandbox.run(fields);
    await api.acceptCategories(['performance', 'targeting'], ['meta-pixel']);
    expect(sandbox.callsOf('updateConsentState')).toEqual([[types(['targeting'])]]);
  });

  it('consent-gate loaded by a tag of the same trigger: follows from the end of Consent Initialization', async () => {
    const { api, fields } = consentGate();
    const sandbox = createSandbox(template, { now: NOW });
    sandbox.run(fields);
    expect(sandbox.callsOf('addEventCallback')).toHaveLength(1);
    sandbox.window.ConsentGate = api;
    settle(sandbox);
    await api.acceptCategories(['performance']);
    expect(sandbox.callsOf('updateConsentState')).toEqual([[types(['performance'])]]);
  });

  it('consent-gate there only by Window Loaded: the second firing follows, reads a choice made meanwhile, and sets no second default', async () => {
    const { api, fields } = consentGate();
    const sandbox = createSandbox(template, { now: NOW });
    sandbox.run(fields);
    sandbox.endEvent();
    expect(sandbox.logs.flat().join('\n')).toMatch(/window\.ConsentGate is not there yet/);
    sandbox.window.ConsentGate = api;
    await api.acceptAll();
    while (sandbox.event !== 'gtm.load') sandbox.endEvent();
    sandbox.run(fields);
    expect(sandbox.callsOf('setDefaultConsentState')).toHaveLength(1);
    expect(sandbox.callsOf('updateConsentState')).toEqual([[types(['performance', 'functionality', 'targeting'])]]);
    await api.refuse('targeting');
    expect(sandbox.callsOf('updateConsentState').at(-1)).toEqual([types(['performance', 'functionality'])]);
    settle(sandbox);
  });

  it('follows once, however often the tag fires', async () => {
    const { api, fields } = consentGate();
    const sandbox = createSandbox(template, { now: NOW, window: { ConsentGate: api } });
    sandbox.run(fields);
    sandbox.endEvent();
    sandbox.run(fields);
    await api.acceptAll();
    expect(sandbox.callsOf('callInWindow')).toHaveLength(1);
    expect(sandbox.callsOf('updateConsentState')).toHaveLength(1);
  });

  it('a choice made under jurisdictions grants nothing here either', async () => {
    const sandbox = createSandbox(template, { now: NOW, window: { ConsentGate: { on: (_: string, fn: (c: Consent) => void) => (fn(sampleConsent({ jurisdiction: 'us', model: 'opt-out' })), () => {}) } } });
    sandbox.run(FIELDS);
    expect(sandbox.callsOf('updateConsentState')).toEqual([]);
    expect(sandbox.logs.flat().join('\n')).toMatch(/jurisdictions/);
  });
});

describe('the stand-in enforces what Tag Manager documents', () => {
  it('reports setDefaultConsentState after a tag has fired', () => {
    const late = createSandbox(template, { cookies: '' });
    late.endEvent();
    expect(late.event).toBe(EVENTS[1]);
    late.run(FIELDS);
    expect(late.violations).toEqual(['setDefaultConsentState in gtm.init, after tags have fired: the default must come first, on Consent Initialization']);
    const second = createSandbox(template, { cookies: '' });
    second.fireTag();
    second.run(FIELDS);
    expect(second.violations).toHaveLength(1);
  });

  it('reports a tag that never completed', () => {
    const sandbox = createSandbox(template, { code: "require('getType')(1);" });
    sandbox.run();
    sandbox.endEvent();
    expect(sandbox.violations).toEqual(['a tag of gtm.init_consent called neither gtmOnSuccess nor gtmOnFailure']);
  });

  it('throws on an API it does not have, and on a use the permissions do not declare', () => {
    expect(() => createSandbox(template, { code: "require('injectScript');" }).run()).toThrow("require('injectScript'): not an API of this stand-in");
    const noAnalytics: Permissions = { ...template.permissions, consent: { ...template.permissions.consent } };
    delete noAnalytics.consent.analytics_storage;
    expect(() => fire(cookie(sampleConsent()), {}, { permissions: noAnalytics })).toThrow('permission denied: setDefaultConsentState writes analytics_storage');
    const noGtagSet: Permissions = { ...template.permissions, dataLayerWrite: ['url_passthrough'] };
    expect(() => fire('', { adsDataRedaction: true }, { permissions: noGtagSet })).toThrow('permission denied: gtagSet writes ads_data_redaction');
    expect(() => createSandbox(template, { code: "require('getCookieValues')('other');", cookies: '' }).run()).toThrow('permission denied: getCookieValues reads other');
    expect(() => createSandbox(template, { code: "require('callInWindow')('ConsentGate.getConsent');" }).run()).toThrow('permission denied: callInWindow calls ConsentGate.getConsent');
  });

  it('the permissions cover the code exactly: each one used, each use declared, each API required used', async () => {
    const runs: Sandbox[] = [];
    // A returning visitor, both settings on, consent-gate still loading: the event callback, a log.
    const loading = fire(cookie(sampleConsent({ granted: ['strictly-necessary', 'performance', 'functionality', 'targeting'] })), { adsDataRedaction: true, urlPassthrough: true });
    settle(loading);
    runs.push(loading);
    const { api, fields } = consentGate();
    const following = createSandbox(template, { now: NOW, window: { ConsentGate: api } });
    following.run(fields);
    await api.acceptAll();
    runs.push(following);
    const used: Permissions = { consent: {}, globals: {}, cookies: [], dataLayerWrite: [], eventMetadata: false, templateStorage: false };
    for (const { used: u } of runs) {
      Object.assign(used.consent, u.consent);
      Object.assign(used.globals, u.globals);
      used.cookies = [...new Set([...(used.cookies as string[]), ...(u.cookies as string[])])];
      used.dataLayerWrite = [...new Set([...used.dataLayerWrite, ...u.dataLayerWrite])];
      used.logging ??= u.logging;
      used.eventMetadata ||= u.eventMetadata;
      used.templateStorage ||= u.templateStorage;
    }
    const sorted = (p: Permissions) => ({ ...p, cookies: [...(p.cookies as string[])].sort(), dataLayerWrite: [...p.dataLayerWrite].sort() });
    expect(sorted(used)).toEqual(sorted(template.permissions));
    const invoked = new Set(runs.flatMap((r) => [...r.invoked]));
    expect([...runs[0]!.required].filter((name) => !invoked.has(name))).toEqual([]);
  });
});

describe('___TESTS___', () => {
  const { scenarios, setup } = gtmScenarios(template.sections['___TESTS___']!);

  it('has scenarios, in the sandbox language', () => {
    expect(scenarios.map((s) => s.name)).toHaveLength(6);
    // Each scenario runs after the setup, in one scope.
    for (const s of scenarios) expect(checkSandboxedJs(`${setup}\n${s.code}`, { test: true }), s.name).toEqual([]);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    const sandbox = runGtmScenario(template, setup, scenario);
    expect(sandbox.errors).toEqual([]);
  });

  it('a scenario whose assertion is wrong fails', () => {
    expect(() => runGtmScenario(template, setup, { name: 'wrong', code: "mock('getCookieValues', []);\nrunCode(mockData);\nassertApi('updateConsentState').wasCalled();" }))
      .toThrow('wrong: updateConsentState was not called');
  });
});
