import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/csv.mjs';
import { parseCatalog } from '../../src/core/catalog';
import { GOOGLE_SERVICES } from '../../src/core/constants';
import { LANGUAGE_FILES } from '../../src/page/languages';
import { PRESETS, type PresetId } from '../../src/presets/presets';
import { matomo } from '../../src/integrations/matomo';
import { microsoftClarity } from '../../src/integrations/microsoft-clarity';
import { microsoftUet } from '../../src/integrations/microsoft-uet';
import { posthog } from '../../src/integrations/posthog';
import { tiktokPixel } from '../../src/integrations/tiktok-pixel';

const ids = Object.keys(PRESETS) as PresetId[];
const presets = Object.entries(PRESETS) as [PresetId, (typeof PRESETS)[PresetId]][];

/** A catalogue listing one preset, every optional category in use. */
const listing = (id: string) => ({
  revision: 1,
  privacyPolicyUrl: '/privacy',
  categories: { performance: {}, functionality: {}, targeting: {} },
  services: [{ preset: id }],
});

/** The Open Cookie Database snapshot the rows come from (../shared/data, as scripts/known-cookies.mjs reads it). */
function openCookieDatabase() {
  const text = readFileSync(resolve('../shared/data/open-cookie-database.csv'), 'utf8');
  const [header, ...records] = parseCsv(text);
  const col = (name: string) => header!.indexOf(name);
  const [NAME, DOMAIN, DESCRIPTION, RETENTION, CONTROLLER, WILDCARD] =
    ['Cookie / Data Key name', 'Domain', 'Description', 'Retention period', 'Data Controller', 'Wildcard match'].map(col) as number[];
  return records.map((r) => ({
    name: r[NAME!]!.trim(),
    prefix: r[WILDCARD!]!.trim() === '1',
    // "facebook.com (3rd party)", ".bing.com (3rd party) or .microsoft.com (3rd party)": the first domain, bare.
    domain: r[DOMAIN!]!.split(' or ')[0]!.replace(/\s*\(3rd party\)/, '').replace(/^\./, '').trim(),
    description: r[DESCRIPTION!]!.trim(),
    retention: r[RETENTION!]!.trim(),
    controller: r[CONTROLLER!]!.trim(),
  }));
}
const known = openCookieDatabase();

/** Rows the database lacks, each with where its facts come from. */
const NOT_IN_THE_DATABASE: Record<string, string> = {
  // PostHog's docs: the cookie is ph_<project API key>_posthog, project keys start "phc_"; posthog-js keeps it 365 days.
  ph_phc_: 'PostHog documentation',
};
/** Expiries the vendor documents otherwise than the database. */
const EXPIRY_FROM_THE_VENDOR: Record<string, string> = {
  // Vimeo help centre, "Vimeo's embeddable video player sets the following cookies": vuid, 2 years (the database: 1 minute).
  vuid: '2 years',
};
/** The database's name for a controller that has renamed itself since. */
const RENAMED: Record<string, string> = { Facebook: 'Meta' };

describe('service presets', () => {
  it('cover the issue\'s list, by the ids the catalogues and Consent Mode already use', () => {
    expect(ids).toEqual([
      'google-analytics', 'google-ads', 'google-tag-manager', 'meta-pixel', 'microsoft-clarity', 'microsoft-uet', 'tiktok-pixel',
      'linkedin-insight', 'hotjar', 'matomo', 'posthog', 'youtube', 'vimeo', 'google-maps', 'google-fonts', 'stripe', 'intercom', 'hubspot',
    ]);
    for (const id of GOOGLE_SERVICES) expect(ids).toContain(id);
    // A shipped catalogue's service with a preset's name has the preset's id and category.
    for (const file of readdirSync('catalog').filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
      const { services = [] } = JSON.parse(readFileSync(`catalog/${file}`, 'utf8')) as { services?: { id: string; name: string; category: string }[] };
      for (const service of services) {
        const preset = presets.find(([, p]) => p.name === service.name);
        if (preset) expect([file, service.id, service.category]).toEqual([file, preset[0], preset[1].category]);
      }
    }
  });

  it('put each vendor integration\'s service in the category the integration assumes when the catalogue does not list it', () => {
    for (const vendor of [microsoftClarity, microsoftUet, tiktokPixel, matomo, posthog]) {
      expect([vendor.service, PRESETS[vendor.service as PresetId]?.category]).toEqual([vendor.service, vendor.category]);
    }
  });

  it('read the fixed categories strictly: fonts from a CDN are not strictly necessary, Stripe\'s fraud cookies are', () => {
    expect(PRESETS['google-fonts'].category).not.toBe('strictly-necessary');
    expect(PRESETS.stripe.category).toBe('strictly-necessary');
    // Only Stripe: nothing else a preset loads is needed for what the visitor asked for.
    expect(presets.filter(([, p]) => p.category === 'strictly-necessary').map(([id]) => id)).toEqual(['stripe']);
  });

  it.each(ids)('%s passes parseCatalog in a catalogue that lists it, without warnings', (id) => {
    const result = parseCatalog(listing(id), { presets: PRESETS });
    expect(result.warnings).toEqual([]);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const { name, category, provider, description, cookies } = PRESETS[id];
    expect(result.catalog.services).toEqual([{ id, name, category, provider, description }]);
    expect(result.catalog.cookies).toHaveLength(cookies.length);
    for (const row of result.catalog.cookies) expect(row).toMatchObject({ service: id, category });
  });

  it.each(ids)('%s has a description in every built-in language, each its own translation', (id) => {
    const codes = ['en', ...LANGUAGE_FILES].sort();
    // The built-in languages are the UI's files: one per code.
    expect(readdirSync('src/ui/i18n').filter((f) => /^[a-z]{2}\.ts$/.test(f)).map((f) => f.slice(0, 2)).sort()).toEqual(codes);
    const { description } = PRESETS[id];
    expect(Object.keys(description).sort()).toEqual(codes);
    for (const code of codes) {
      const text = description[code as keyof typeof description];
      expect(text.trim(), `${id} ${code}`).not.toBe('');
      if (code !== 'en') expect(text, `${id} ${code}: English left in place`).not.toBe(description.en);
    }
    // Arabic is written in Arabic script, not transliterated.
    expect(description.ar).toMatch(/[\u0600-\u06FF]/);
  });

  it.each(ids)('%s lists few rows, each the Open Cookie Database\'s (name, prefix, expiry, provider, domain) or a documented exception', (id) => {
    const { cookies, provider } = PRESETS[id];
    expect(cookies.length).toBeLessThanOrEqual(4);
    for (const row of cookies) {
      const prefix = 'match' in row && row.match === 'prefix';
      const facts = known.filter((k) => k.name === row.name && k.prefix === prefix);
      if (row.name in NOT_IN_THE_DATABASE) {
        expect(facts, `${row.name} is in the database now: take its facts from there`).toEqual([]);
        continue;
      }
      expect(facts.length, `${row.name} (${prefix ? 'prefix' : 'exact'}) is not in the Open Cookie Database`).toBeGreaterThan(0);
      const expiry = EXPIRY_FROM_THE_VENDOR[row.name] ?? facts[0]!.retention;
      expect((row.expiry as { en: string }).en.toLowerCase(), `${row.name} expiry`).toBe(expiry.toLowerCase());
      expect(row.provider, `${row.name} provider`).toBe(RENAMED[facts[0]!.controller] ?? facts[0]!.controller);
      // A domain only for a third-party cookie, and then the database's.
      if ('domain' in row) expect(row.domain, `${row.name} domain`).toBe(facts[0]!.domain);
      // The database asks that its descriptions are not copied (../shared/data/README.md).
      expect(known.map((k) => k.description)).not.toContain((row.description as { en: string }).en);
    }
    // The service's provider is its rows' provider.
    for (const row of cookies) expect(row.provider).toBe(provider);
  });

  it.each(ids)('%s names the hosts its tag loads from, as bare lower-case host names', (id) => {
    const { hosts } = PRESETS[id];
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('credit the Open Cookie Database and its licence in the module', () => {
    const source = readFileSync('src/presets/presets.ts', 'utf8');
    expect(source.startsWith('/*!')).toBe(true);
    expect(source.slice(0, 400)).toMatch(/Open Cookie Database[\s\S]*Apache License 2\.0[\s\S]*open-cookie-database\.LICENSE/);
  });
});
