import { describe, expect, it } from 'vitest';
import { cookiesOf, enabledCategories, optionalCategories, parseCatalog } from '../../src/core/catalog';
import { formatProblem } from '../../src/core/validate';
import { sampleCatalog } from '../fixtures';

function problemsOf(input: unknown): string[] {
  const result = parseCatalog(input);
  if (result.ok) throw new Error('expected the catalogue to be refused');
  return result.problems.map(formatProblem);
}

describe('parseCatalog', () => {
  it('accepts a complete catalogue and fills the defaults', () => {
    const result = parseCatalog(sampleCatalog());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { catalog } = result;
    expect(catalog.revision).toBe(3);
    expect(catalog.options).toEqual({ cookieName: 'cg_consent', consentMaxAgeDays: 182, reloadOnRevoke: true, honorGpc: true, scriptTimeout: 10000 });
    expect(catalog.cookies.find((c) => c.name === '_ga')?.match).toBe('exact');
    expect(catalog.cookies.find((c) => c.name === '_ga_')?.match).toBe('prefix');
    expect(enabledCategories(catalog)).toEqual(['strictly-necessary', 'performance', 'targeting']);
    expect(optionalCategories(catalog)).toEqual(['performance', 'targeting']);
    expect(cookiesOf(catalog, 'performance').map((c) => c.name)).toEqual(['_ga', '_ga_']);
  });

  it('implies strictly-necessary and leaves unlisted categories out', () => {
    const result = parseCatalog({ revision: 1, privacyPolicyUrl: '/p', categories: {} });
    expect(result.ok && enabledCategories(result.catalog)).toEqual(['strictly-necessary']);
    expect(result.ok && optionalCategories(result.catalog)).toEqual([]);
  });

  it('names the path and the expectation of the wrong category', () => {
    const input = sampleCatalog();
    input.cookies![3] = { ...input.cookies![3]!, category: 'marketing' as never };
    expect(problemsOf(input)).toContain(
      'catalog.cookies[3].category: expected one of strictly-necessary, performance, functionality, targeting, unclassified, got "marketing"',
    );
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf({
      revision: 0,
      privacyPolicyUrl: 'javascript:alert(1)',
      categories: { performance: { enabled: 'yes' } },
      cookies: [{ name: '', category: 'performance', provider: 'x', expiry: '1 year' }],
      options: { consentMaxAgeDays: 400, cookieName: 'a b' },
    });
    expect(problems).toEqual([
      'catalog.revision: expected a whole number of at least 1, got number 0',
      'catalog.privacyPolicyUrl: expected an http(s) or relative URL, got "javascript:alert(1)"',
      'catalog.categories.performance.enabled: expected true or false, got "yes"',
      'catalog.cookies[0].name: expected a non-empty string, got ""',
      'catalog.cookies[0].description: expected a non-empty string, got nothing',
      'catalog.options.cookieName: expected letters, digits, "_" and "-" only, got "a b"',
      'catalog.options.consentMaxAgeDays: expected a whole number of days from 1 to 395, got number 400',
    ]);
  });

  it('takes texts as a string or as one string per language, and names what is wrong with a bad one', () => {
    const input = sampleCatalog();
    const ok = parseCatalog({ ...input, texts: { acceptAll: { en: 'OK', de: 'Gut' } } });
    expect(ok.ok && ok.catalog.texts.acceptAll).toEqual({ en: 'OK', de: 'Gut' });
    const expected = 'expected a non-empty string, or one per language such as { "en": "…", "de": "…" }';
    expect(problemsOf({ ...input, texts: { acceptAll: { EN: 'OK' }, rejectAll: {}, customize: { de: '' } } })).toEqual([
      `catalog.texts.acceptAll: ${expected}, got an object`,
      `catalog.texts.rejectAll: ${expected}, got an object`,
      `catalog.texts.customize: ${expected}, got an object`,
    ]);
  });

  it('accepts revisedIn up to the catalogue revision, not beyond', () => {
    const input = sampleCatalog();
    const result = parseCatalog({ ...input, categories: { ...input.categories, targeting: { revisedIn: 3 } } });
    expect(result.ok && result.catalog.categories.targeting.revisedIn).toBe(3);
    expect(problemsOf({ ...input, categories: { ...input.categories, targeting: { revisedIn: 4 } } })).toEqual([
      "catalog.categories.targeting.revisedIn: expected a whole number from 1 to the catalogue's revision, got number 4",
    ]);
  });

  it('checks that services exist, match their cookies and categories are listed', () => {
    const problems = problemsOf(
      sampleCatalog({
        services: [
          { id: 'ga', name: 'GA', category: 'performance' },
          { id: 'ga', name: 'GA again', category: 'unclassified' },
        ],
        cookies: [
          { name: 'a', category: 'targeting', service: 'ga', provider: 'p', expiry: 'e', description: 'd' },
          { name: 'b', category: 'performance', service: 'nope', provider: 'p', expiry: 'e', description: 'd' },
        ],
      }),
    );
    expect(problems).toEqual([
      'catalog.services[1].id: expected a unique id, "ga" is used twice',
      'catalog.services[1].category: expected a category listed in catalog.categories, "unclassified" is not',
      'catalog.cookies[0].category: expected "performance", the category of service "ga", got "targeting"',
      'catalog.cookies[1].service: expected the id of a service in catalog.services, got "nope"',
    ]);
  });

  it('refuses input that is not an object', () => {
    expect(problemsOf('{"revision":1}')).toEqual(['catalog: expected a JSON object, got "{\\"revision\\":1}"']);
    expect(problemsOf(null)).toEqual(['catalog: expected a JSON object, got null']);
  });

  it('warns about unknown fields (typos) without refusing the catalogue', () => {
    const result = parseCatalog({ ...sampleCatalog(), revison: 2, categories: { performance: { enabeld: false }, targeting: {} } });
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toMatch(/^catalog\.revison: unknown field/);
    expect(result.warnings[1]).toMatch(/^catalog\.categories\.performance\.enabeld: unknown field/);
  });
});

describe('parseCatalog: cookie scopes and the consent record', () => {
  const withRow = (extra: Record<string, unknown>) =>
    sampleCatalog({ cookies: [{ name: '_pk_id.', match: 'prefix', category: 'performance', provider: 'Matomo', expiry: '13 months', description: 'Visitor id.', ...extra } as never] });

  it('keeps a cookie row\'s path, and names a wrong one', () => {
    const result = parseCatalog(withRow({ path: '/shop' }));
    expect(result.ok && result.catalog.cookies[0]!.path).toBe('/shop');
    expect(result.warnings).toEqual([]);
    for (const path of ['shop', '/shop; Domain=evil.test', '/a b', '', 42, `/${'a'.repeat(1024)}`]) {
      expect(problemsOf(withRow({ path }))).toEqual([
        expect.stringMatching(/^catalog\.cookies\[0\]\.path: expected a cookie path such as "\/shop": "\/" then at most 1023 printable ASCII characters without ";" or spaces, got /),
      ]);
    }
  });

  /** `count` services of ids `prefix-000`…, all in performance. */
  const withServices = (count: number, prefix = 'analytics-tool') =>
    sampleCatalog({ services: Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${String(i).padStart(3, '0')}`, name: `Tool ${i}`, category: 'performance' as const })), cookies: [] });

  it('refuses a catalogue whose "Accept all" record would not fit in the consent cookie, naming services and the limit', () => {
    expect(parseCatalog(withServices(101)).ok).toBe(true);
    expect(problemsOf(withServices(160))).toEqual([
      expect.stringMatching(/^catalog\.services: expected fewer services, or shorter ids: with all 160 on, "cg_consent" and its record take \d{4} bytes, over the 4096 a browser keeps for a cookie \(name and value\)$/),
    ]);
    // The cookie's name counts too.
    const name = 'a'.repeat(400);
    expect(parseCatalog(withServices(140)).ok).toBe(true);
    expect(parseCatalog({ ...withServices(140), options: { cookieName: name } }).ok).toBe(false);
  });

  it('names a wrong vendor integration at its field, with what is expected, and warns about an unknown option', () => {
    expect(problemsOf(sampleCatalog({ integrations: { matomo: { mode: 'cookieless' }, tiktokPixel: 'yes', posthog: [] } } as never))).toEqual([
      'catalog.integrations.tiktokPixel: expected true or false (or {}: it has no options), got "yes"',
      'catalog.integrations.matomo.mode: expected one of tracking, cookies, got "cookieless"',
      'catalog.integrations.posthog: expected true or false (or {}: it has no options), got an array',
    ]);
    const result = parseCatalog(sampleCatalog({ integrations: { microsoftClarity: { projectId: 'abc' } } } as never));
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual(expect.stringContaining('catalog.integrations.microsoftClarity'));
  });

  it('warns when a vendor preset is renamed while its integration is on: the integration follows the fixed id', () => {
    const result = parseCatalog(
      { ...sampleCatalog({ integrations: { matomo: true } }), services: [...sampleCatalog().services!, { preset: 'matomo', id: 'stats' }] },
      { presets: { matomo: { name: 'Matomo', category: 'performance', cookies: [] } } },
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual(expect.stringMatching(/^catalog\.services\[2\]\.id: "stats" hides the service from integrations\.matomo/));
    const empty = parseCatalog(sampleCatalog({ integrations: { posthog: { mode: 'x' } } } as never));
    expect(empty.warnings).toContain('catalog.integrations.posthog.mode: unknown field, ignored (this integration has no options: write true)');
  });
});
