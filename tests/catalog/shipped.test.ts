import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { parseCatalog, optionalCategories } from '../../src/core/catalog';
import { PRESETS } from '../../src/presets/presets';

// Paths from the repo root (vitest's working directory); happy-dom replaces the global URL.
const dir = resolve('catalog');
const schema = JSON.parse(readFileSync(resolve(dir, 'schema.json'), 'utf8'));
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json');
const validate = new Ajv({ allErrors: true }).compile(schema);
const load = (file: string) => JSON.parse(readFileSync(resolve(dir, file), 'utf8'));

describe('shipped catalogues', () => {
  it('ships the four reference sites', () => {
    expect(files.sort()).toEqual(['conektio.json', 'konecto.json', 'konectus.json', 'konnecs.json']);
  });

  it.each(files)('%s is valid against catalog/schema.json and the runtime rules, without warnings', (file) => {
    const json = load(file);
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    const result = parseCatalog(json);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('Conektio carries its published table', () => {
    const result = parseCatalog(load('conektio.json'));
    if (!result.ok) throw new Error('invalid');
    const rows = result.catalog.cookies.map((c) => [c.category, c.match === 'prefix' ? `${c.name}*` : c.name, c.provider, c.expiry]);
    expect(rows).toEqual(expect.arrayContaining([
      ['strictly-necessary', 'greetingsToken', 'Conektio', 'Session'],
      ['strictly-necessary', 'ow-sesid', 'Conektio', 'Session'],
      ['strictly-necessary', 'ow-exuid', 'Conektio', 'Session'],
      ['strictly-necessary', 'ow-vistm', 'Conektio', 'Session'],
      ['strictly-necessary', 'CookieScriptConsent', 'Conektio', '1 year'],
      ['performance', '_ga', 'Google LLC', '1 year'],
      ['performance', '_ga_*', 'Google LLC', '1 year'],
      ['targeting', '_fbp', 'Meta Platforms Inc.', '3 months'],
      ['targeting', '_gcl_au', 'Google LLC', '3 months'],
    ]));
    expect(result.catalog.cookies.filter((c) => c.category === 'unclassified')).toEqual([]);
  });

  it('Konnecs has nothing optional, so it needs no banner', () => {
    const result = parseCatalog(load('konnecs.json'));
    expect(result.ok && optionalCategories(result.catalog)).toEqual([]);
  });
});

describe('catalog/schema.json', () => {
  it('takes a preset by the ids the presets module has, with fields and rows of its own, and refuses an unknown one', () => {
    const [, presetEntry] = schema.properties.services.items.oneOf;
    expect(presetEntry.properties.preset.enum).toEqual(Object.keys(PRESETS));
    const base = { revision: 1, privacyPolicyUrl: '/privacy', categories: { performance: {}, functionality: {} } };
    const row = { name: 'YSC', provider: 'Google', expiry: 'Session', description: 'd' };
    expect(validate({ ...base, services: [{ preset: 'google-analytics' }, { preset: 'youtube', id: 'video', category: 'functionality', cookies: [row] }] })).toBe(true);
    expect(validate({ ...base, services: [{ id: 'own', name: 'Own', category: 'performance', provider: 'Us', description: { en: 'Counts.' } }] })).toBe(true);
    expect(validate({ ...base, services: [{ preset: 'google-analytic' }] })).toBe(false);
    // Rows on a service: only beside a preset, and without a service or category of their own.
    expect(validate({ ...base, services: [{ id: 'own', name: 'Own', category: 'performance', cookies: [row] }] })).toBe(false);
    expect(validate({ ...base, services: [{ preset: 'hotjar', cookies: [{ ...row, category: 'performance' }] }] })).toBe(false);
  });

  it('refuses what the runtime refuses: an unknown category, a javascript: URL, a typo', () => {
    validate({ revision: 1, privacyPolicyUrl: 'javascript:alert(1)', categories: { marketing: {} }, revison: 2 });
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toEqual(expect.arrayContaining(['/privacyPolicyUrl pattern', '/categories additionalProperties', ' additionalProperties']));
  });
});
