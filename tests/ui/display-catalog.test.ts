import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/core/catalog';
import { readGateConfig } from '../../src/core/gate-config';
import { readDisplayCatalog } from '../../src/ui/display-catalog';
import { sampleCatalog } from '../fixtures';

/** The script tag reports problems only when one of its two readers notices one. */
function noticed(input: Record<string, unknown>): boolean {
  const config = readGateConfig(input);
  return config === null || !readDisplayCatalog(input, config).clean;
}

/** Every leaf and branch of a JSON value, as a path of keys. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return prefix.length > 0 ? [prefix, ...children] : children;
}

function replaced(input: unknown, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(input) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const BAD_VALUES = [null, 42, '', '  ', 'marketing', 'javascript:alert(1)', [], {}, true];

describe('readDisplayCatalog', () => {
  it('is not clean where a services entry still names a preset or carries cookies: the presets file expands those first', () => {
    for (const entry of [{ preset: 'google-analytics' }, { preset: 'google-analytics', id: 'ga', name: 'GA', category: 'performance' }, { id: 'ga', name: 'GA', category: 'performance', cookies: [] }]) {
      // No cookie rows: nothing else here is wrong.
      const input = sampleCatalog({ services: [entry as never], cookies: [] }) as unknown as Record<string, unknown>;
      expect(parseCatalog(input).ok).toBe(false);
      expect(noticed(input)).toBe(true);
    }
    expect(noticed(sampleCatalog({ services: [{ id: 'ga', name: 'GA', category: 'performance' }], cookies: [] }) as never)).toBe(false);
  });

  it.each(readdirSync(resolve('catalog')).filter((f) => f.endsWith('.json') && f !== 'schema.json'))('finds %s clean and keeps all of it', (file) => {
    const input = JSON.parse(readFileSync(resolve('catalog', file), 'utf8'));
    const { catalog, clean } = readDisplayCatalog(input, readGateConfig(input)!);
    const full = parseCatalog(input);
    expect(clean).toBe(true);
    expect(full.ok && catalog).toEqual(full.ok && full.catalog);
  });

  it('notices every problem the full validator finds, for any field given any wrong value', () => {
    const base = sampleCatalog({
      services: [
        { id: 'google-analytics', name: 'Google Analytics', category: 'performance', provider: 'Google', description: { en: 'Counts visits.', de: 'Zählt Besuche.' } },
        { id: 'meta-pixel', name: 'Meta Pixel', category: 'targeting', description: 'Ad measurement.' },
      ],
      texts: { acceptAll: 'OK', rejectAll: { en: 'No', de: 'Nein' } },
      site: 'Shop',
      appearance: { theme: 'auto', layout: 'box' },
      integrations: { metaPixel: true, googleConsentMode: { mode: 'advanced', waitForUpdate: 500, adsDataRedaction: true, urlPassthrough: false, services: ['google-analytics'] } },
    });
    const missed: string[] = [];
    let refused = 0;
    for (const path of paths(base)) {
      for (const value of [...BAD_VALUES, undefined]) {
        const input = replaced(base, path, value);
        if (parseCatalog(input).ok) continue;
        refused++;
        if (!noticed(input)) missed.push(`${path.join('.')} = ${JSON.stringify(value)}`);
      }
    }
    expect(refused).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it('shows only well-formed rows and leaves out an unusable policy link', () => {
    const input = replaced(replaced(sampleCatalog(), ['cookies', 1, 'category'], 'marketing'), ['privacyPolicyUrl'], 'javascript:alert(1)');
    const { catalog, clean } = readDisplayCatalog(input, readGateConfig(input)!);
    expect(clean).toBe(false);
    expect(catalog.cookies.map((c) => c.name)).toEqual(['session', '_ga_', '_fbp']);
    expect(catalog.privacyPolicyUrl).toBe('');
  });
});

describe('readDisplayCatalog: cookie scopes and the consent record', () => {
  const row = { name: '_pk_id.', match: 'prefix', category: 'performance', provider: 'Matomo', expiry: '13 months', description: 'Visitor id.' };

  it('keeps a row\'s path; a wrong one is noticed and left out, not the row (its cookie is still deleted on the page\'s paths)', () => {
    const good = sampleCatalog({ cookies: [{ ...row, path: '/shop' } as never] }) as unknown as Record<string, unknown>;
    expect(readDisplayCatalog(good, readGateConfig(good)!)).toMatchObject({ clean: true, catalog: { cookies: [{ name: '_pk_id.', path: '/shop' }] } });
    const bad = sampleCatalog({ cookies: [{ ...row, path: '/shop; Max-Age=99999' } as never] }) as unknown as Record<string, unknown>;
    const { catalog, clean } = readDisplayCatalog(bad, readGateConfig(bad)!);
    expect(clean).toBe(false);
    expect(catalog.cookies).toEqual([{ ...row }]);
    expect(parseCatalog(bad).ok).toBe(false);
  });

  it('notices, as the validator does, services too many for the consent cookie', () => {
    const services = Array.from({ length: 160 }, (_, i) => ({ id: `analytics-tool-${i}`, name: `Tool ${i}`, category: 'performance' }));
    const input = sampleCatalog({ services: services as never, cookies: [] }) as unknown as Record<string, unknown>;
    expect(parseCatalog(input).ok).toBe(false);
    expect(noticed(input)).toBe(true);
    const fewer = { ...input, services: services.slice(0, 101) };
    expect(parseCatalog(fewer).ok).toBe(true);
    expect(noticed(fewer)).toBe(false);
  });
});
