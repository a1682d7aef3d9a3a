import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import type { PresetTable } from '../../src/core/service-presets';
import { expandPresets } from '../../src/presets/expand';
import { PRESETS } from '../../src/presets/presets';

type Catalogue = { services: Record<string, unknown>[]; cookies: Record<string, unknown>[] };

/** A catalogue with these services, every optional category in use. */
const catalogue = (services: unknown[], extra: Record<string, unknown> = {}) => ({
  revision: 1,
  privacyPolicyUrl: '/privacy',
  categories: { performance: {}, functionality: {}, targeting: {} },
  services,
  ...extra,
});
const expanded = (services: unknown[], extra?: Record<string, unknown>) => expandPresets(catalogue(services, extra)) as Catalogue;
const parsed = (input: unknown) => {
  const result = parseCatalog(input, { presets: PRESETS });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result;
};
const rowsOf = (catalog: Catalogue, service: string) => catalog.cookies.filter((c) => c.service === service);

describe('expandPresets', () => {
  it('fills in the service from its preset, id included, and appends the preset\'s rows with the service and its category', () => {
    const { services, cookies } = expanded([{ preset: 'google-analytics' }]);
    const { name, category, provider, description } = PRESETS['google-analytics'];
    expect(services).toEqual([{ id: 'google-analytics', name, category, provider, description }]);
    expect(cookies.map((c) => [c.name, c.match, c.service, c.category])).toEqual([
      ['_ga', undefined, 'google-analytics', 'performance'],
      ['_ga_', 'prefix', 'google-analytics', 'performance'],
    ]);
    expect(cookies[0]).toMatchObject({ provider: 'Google', expiry: { en: '2 years' } });
  });

  it('takes the id given beside the preset, for the service and its rows', () => {
    const catalog = expanded([{ preset: 'google-analytics', id: 'ga4' }]);
    expect(catalog.services[0]).toMatchObject({ id: 'ga4', name: 'Google Analytics' });
    expect(rowsOf(catalog, 'ga4').map((c) => c.name)).toEqual(['_ga', '_ga_']);
    expect(rowsOf(catalog, 'google-analytics')).toEqual([]);
  });

  it('lets every other field given beside the preset replace the preset\'s', () => {
    const { services } = expanded([{ preset: 'matomo', name: 'Our statistics', provider: 'Konectus', description: 'Self-hosted Matomo.' }]);
    expect(services[0]).toEqual({ id: 'matomo', name: 'Our statistics', category: 'performance', provider: 'Konectus', description: 'Self-hosted Matomo.' });
    // An npm caller's `undefined` is no field: the preset's stays.
    expect(expanded([{ preset: 'matomo', name: undefined }]).services[0]).toMatchObject({ name: 'Matomo' });
  });

  it('moves the service and its preset rows together with a given category', () => {
    const catalog = expanded([{ preset: 'youtube', category: 'functionality' }]);
    expect(catalog.services[0]).toMatchObject({ id: 'youtube', category: 'functionality' });
    expect(rowsOf(catalog, 'youtube').map((c) => c.category)).toEqual(['functionality', 'functionality']);
    // …and the result is a valid catalogue: rows and service agree.
    expect(parsed(catalogue([{ preset: 'youtube', category: 'functionality' }])).catalog.cookies.every((c) => c.category === 'functionality')).toBe(true);
  });

  it('replaces the preset\'s rows with the service\'s own cookies, which belong to the service and its category', () => {
    const own = [{ name: '_ga', provider: 'Google', expiry: '13 months', description: 'Our own words.' }];
    const catalog = expanded([{ preset: 'google-analytics', category: 'functionality', cookies: own }]);
    expect(catalog.cookies).toEqual([{ ...own[0], service: 'google-analytics', category: 'functionality' }]);
    expect(catalog.services[0]).not.toHaveProperty('cookies');
    // No rows at all: `cookies: []` drops the preset's.
    expect(expanded([{ preset: 'google-analytics', cookies: [] }]).cookies).toEqual([]);
  });

  it('adds no row the catalogue already lists by name for that service; its own row stays as written', () => {
    const mine = { name: '_ga', category: 'performance', service: 'google-analytics', provider: 'Google LLC', expiry: '13 months', description: 'Ours.' };
    const other = { name: '_ga_', category: 'performance', provider: 'Someone', expiry: '1 day', description: 'Another tool\'s, same name.' };
    const { cookies } = expanded([{ preset: 'google-analytics' }], { cookies: [mine, other] });
    expect(cookies.filter((c) => c.name === '_ga')).toEqual([mine]);
    // A row of that name for no service (or another one) is not the preset's: the preset's row is still added.
    expect(cookies.filter((c) => c.name === '_ga_').map((c) => c.service)).toEqual([undefined, 'google-analytics']);
  });

  it('leaves an unknown preset, and everything else, as written; never changes its input', () => {
    const input = catalogue([{ preset: 'google-analytic' }, { id: 'own', name: 'Own', category: 'performance' }], { cookies: [] });
    const copy = structuredClone(input);
    expect(expandPresets(input)).toBe(input);
    const known = catalogue([{ preset: 'hotjar' }]);
    const before = structuredClone(known);
    expandPresets(known);
    expect(known).toEqual(before);
    expect(input).toEqual(copy);
    expect(expandPresets('not a catalogue')).toBe('not a catalogue');
  });

  it('takes another table', () => {
    const table: PresetTable = { 'our-chat': { name: 'Our chat', category: 'functionality', cookies: [{ name: 'chat_id', provider: 'Us', expiry: '1 day', description: 'Chat.' }] } };
    expect(expandPresets(catalogue([{ preset: 'our-chat' }]), table)).toMatchObject({
      services: [{ id: 'our-chat', name: 'Our chat', category: 'functionality' }],
      cookies: [{ name: 'chat_id', service: 'our-chat', category: 'functionality' }],
    });
    // The built-in ones are not in it.
    expect((expandPresets(catalogue([{ preset: 'hotjar' }]), table) as Catalogue).services).toEqual([{ preset: 'hotjar' }]);
  });
});

describe('parseCatalog with presets', () => {
  it('names an unknown preset and lists the known ones, with no other problem for that entry', () => {
    const result = parseCatalog(catalogue([{ preset: 'google-analytic' }]), { presets: PRESETS });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { path: 'catalog.services[0].preset', message: `expected a known preset (${Object.keys(PRESETS).join(', ')}), got "google-analytic"` },
    ]);
    expect(Object.keys(PRESETS).join(', ')).toMatch(/^google-analytics, google-ads, .*hubspot$/);
  });

  it('without the presets, says where they come from for the script tag and for npm', () => {
    const result = parseCatalog(catalogue([{ preset: 'google-analytics' }]));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['catalog.services[0].preset']);
    const [message] = !result.ok ? result.problems.map((p) => p.message) : [];
    expect(message).toContain('"google-analytics"');
    expect(message).toContain('consent-gate.presets.js beside the loader');
    expect(message).toContain("import { presets } from 'consent-gate/presets'");
    expect(message).toContain('createConsentGate({ catalog, presets })');
  });

  it('reports a problem in a row where it was written, and the service\'s own problem once', () => {
    const result = parseCatalog(
      catalogue([{ preset: 'google-analytics', cookies: [{ name: '_ga', provider: 'Google', description: 'No expiry.' }] }, { preset: 'hotjar', category: 'marketing' }]),
      { presets: PRESETS },
    );
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['catalog.services[1].category', 'catalog.services[0].cookies[0].expiry']);
  });

  it('warns about a service or category written on a preset\'s own row, which is ignored', () => {
    const row = { name: '_ga', provider: 'Google', expiry: '2 years', description: 'Visitor id.', service: 'other', category: 'targeting' };
    const { catalog, warnings } = parsed(catalogue([{ preset: 'google-analytics', cookies: [row] }]));
    expect(catalog.cookies).toMatchObject([{ service: 'google-analytics', category: 'performance' }]);
    expect(warnings.map((w) => w.split(':')[0])).toEqual(['catalog.services[0].cookies[0].service', 'catalog.services[0].cookies[0].category']);
  });

  it('refuses cookies on a service without a preset, and a cookies that is no list', () => {
    const result = parseCatalog(
      catalogue([{ id: 'own', name: 'Own', category: 'performance', cookies: [] }, { preset: 'hotjar', cookies: 'none' }]),
      { presets: PRESETS },
    );
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['catalog.services[1].cookies', 'catalog.services[0].cookies']);
  });

  it('accepts a provider and a description per language on any service', () => {
    const { catalog } = parsed(catalogue([{ id: 'own', name: 'Own', category: 'performance', provider: 'Us', description: { en: 'Counts.', de: 'Zählt.' } }]));
    expect(catalog.services).toEqual([{ id: 'own', name: 'Own', category: 'performance', provider: 'Us', description: { en: 'Counts.', de: 'Zählt.' } }]);
  });
});
