import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../src/core/catalog';
import { PRESETS } from '../src/presets/presets';

/**
 * `consent-gate scan`'s draft (bin/scan.mjs `draftCatalog`, `findPresets`) over synthetic reports, run as the
 * CLI runs it: node over the built dist/ (its presets from dist/consent-gate-presets.js), no browser.
 */
function scanner<T>(call: string, report: unknown): T {
  const code = `import { draftCatalog, findPresets } from './bin/scan.mjs'; const report = ${JSON.stringify(report)}; console.log(JSON.stringify(${call}));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })) as T;
}

/** A cookie row of a scan report, as `scan()` writes it (its likely category and platform from the Open Cookie Database). */
const cookie = (name: string, category: string, platform: string | null, domain = 'shop.example', knownAs: { name: string; match: string } | null = platform ? { name, match: 'exact' } : null) =>
  ({ name, domain, setBeforeConsent: true, category, platform, knownAs, expiry: '1 year' });
const report = (cookies: unknown[], hosts: { before?: string[]; after?: string[] } = {}) => ({
  url: 'https://shop.example/',
  cookies,
  before: { thirdPartyHosts: hosts.before ?? [] },
  after: { thirdPartyHosts: hosts.after ?? [] },
});

interface Draft {
  categories: Record<string, unknown>;
  services?: unknown[];
  cookies: { name: string; match?: string; category: string }[];
}

describe('consent-gate scan: the draft names the service presets it recognises', () => {
  const found = report(
    [cookie('_clck', 'performance', 'Microsoft Clarity'), cookie('_ga', 'performance', 'Google Analytics', '.shop.example'), cookie('mystery_pref', 'unclassified', null)],
    { after: ['analytics.tiktok.com'] },
  );

  it('by a cookie (_clck, _ga) or a third-party host (analytics.tiktok.com): each preset once, its rows not repeated; the unknown cookie as before', () => {
    const draft = scanner<Draft>('draftCatalog(report)', found);
    expect(draft.services).toEqual([{ preset: 'google-analytics' }, { preset: 'microsoft-clarity' }, { preset: 'tiktok-pixel' }]);
    expect(draft.cookies).toEqual([
      { name: 'mystery_pref', category: 'unclassified', provider: 'shop.example', domain: 'shop.example', expiry: '1 year', description: 'Found by consent-gate scan before any consent; say what it does.' },
    ]);
    // The presets' categories are listed: TikTok's targeting with no cookie of its own in the draft.
    expect(Object.keys(draft.categories)).toEqual(['strictly-necessary', 'performance', 'targeting', 'unclassified']);
    // Valid as it is, read with the presets as the SDK reads it: the presets' rows are there once each.
    const parsed = parseCatalog(draft, { presets: PRESETS });
    expect(parsed.ok && parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.catalog.services.map((s) => [s.id, s.category])).toEqual([['google-analytics', 'performance'], ['microsoft-clarity', 'performance'], ['tiktok-pixel', 'targeting']]);
    const names = parsed.catalog.cookies.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['_ga', '_ga_', '_clck', '_clsk', '_ttp', 'mystery_pref']));
    expect(new Set(names).size).toBe(names.length);
    // And by `consent-gate validate`, as the scanner's own message says to run next.
    const file = join(mkdtempSync(join(tmpdir(), 'cg-scan-presets-')), 'draft.json');
    writeFileSync(file, JSON.stringify(draft));
    expect(execFileSync(process.execPath, ['bin/consent-gate.mjs', 'validate', file], { encoding: 'utf8' })).toContain(`✓ ${file}: valid`);
  });

  it('says what each preset was recognised by, for the printed summary', () => {
    expect(scanner('findPresets(report)', found)).toEqual({
      found: [
        { id: 'google-analytics', name: 'Google Analytics', category: 'performance', cookies: ['_ga'], hosts: [] },
        { id: 'microsoft-clarity', name: 'Microsoft Clarity', category: 'performance', cookies: ['_clck'], hosts: [] },
        { id: 'tiktok-pixel', name: 'TikTok Pixel', category: 'targeting', cookies: [], hosts: ['analytics.tiktok.com'] },
      ],
      ambiguous: [],
    });
  });

  it('a prefix row covers the family (_ga_ABC123), a subdomain matches a host (www.clarity.ms), a row\'s domain must be the cookie\'s', () => {
    const draft = scanner<Draft>('draftCatalog(report)', report(
      [cookie('_ga_ABC123', 'performance', 'Google Analytics', 'shop.example', { name: '_ga_', match: 'prefix' }), cookie('fr', 'unclassified', null), cookie('fr', 'targeting', 'Facebook', '.facebook.com')],
      { before: ['www.clarity.ms'] },
    ));
    expect(draft.services).toEqual([{ preset: 'google-analytics' }, { preset: 'meta-pixel' }, { preset: 'microsoft-clarity' }]);
    // The site's own "fr" (a language, say) is not Meta's fr, which Meta sets on facebook.com.
    expect(draft.cookies.map((c) => [c.name, c.category])).toEqual([['fr', 'unclassified']]);
    expect(parseCatalog(draft, { presets: PRESETS }).ok).toBe(true);
  });

  it('a host several presets share (www.googletagmanager.com) drafts none of them alone, and goes to the one found otherwise', () => {
    const gtm = ['www.googletagmanager.com'];
    expect(scanner('findPresets(report)', report([], { before: gtm }))).toEqual({ found: [], ambiguous: [{ host: gtm[0], presets: ['google-analytics', 'google-ads', 'google-tag-manager'] }] });
    expect(scanner<Draft>('draftCatalog(report)', report([], { before: gtm })).services).toBeUndefined();
    const withGa = scanner<{ found: { id: string; hosts: string[] }[]; ambiguous: unknown[] }>('findPresets(report)', report([cookie('_ga', 'performance', 'Google Analytics')], { before: gtm }));
    expect(withGa).toEqual({ found: [expect.objectContaining({ id: 'google-analytics', hosts: gtm })], ambiguous: [] });
  });

  it('without a preset to recognise, the draft is as before: no services, every cookie in its likely category', () => {
    const draft = scanner<Draft>('draftCatalog(report)', report([cookie('mystery_pref', 'unclassified', null), cookie('site_lang', 'functionality', null)], { after: ['cdn.example.net'] }));
    expect(draft).not.toHaveProperty('services');
    expect(draft.cookies.map((c) => [c.name, c.category])).toEqual([['site_lang', 'functionality'], ['mystery_pref', 'unclassified']]);
  });
});
