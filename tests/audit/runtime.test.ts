import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditCookies, startAudit } from '../../src/audit/runtime';
import { parseCatalog } from '../../src/core/catalog';
import { createChoices, createConsentState } from '../../src/core/consent';
import type { Catalog } from '../../src/core/types';
import { sampleCatalog } from '../fixtures';

const catalog = (): Catalog => {
  const result = parseCatalog(sampleCatalog());
  if (!result.ok) throw new Error('fixture is invalid');
  return result.catalog;
};
const setCookies = (...names: string[]) => names.forEach((name) => (document.cookie = `${name}=1; path=/`));

beforeEach(() => {
  for (const pair of document.cookie.split(';')) document.cookie = `${pair.split('=')[0]!.trim()}=; Max-Age=-1; path=/`;
});

describe('auditCookies', () => {
  it('names undeclared cookies with their likely category, and declared ones of refused categories as leaks', () => {
    setCookies('session', '_ga', '_ga_XYZ', '_fbp', '_hjSessionUser_42', 'mystery_cookie', 'cg_consent');
    const findings = auditCookies(document, catalog().cookies, ['strictly-necessary', 'performance'], 'cg_consent');
    expect(findings).toEqual([
      { cookie: '_fbp', kind: 'leak', category: 'targeting' },
      { cookie: '_hjSessionUser_42', kind: 'undeclared', category: 'functionality', platform: 'Hotjar' },
      { cookie: 'mystery_cookie', kind: 'undeclared', category: null },
    ]);
  });

  it('reports each cookie once per page view', () => {
    setCookies('_fbp');
    const seen = new Set<string>();
    expect(auditCookies(document, catalog().cookies, ['strictly-necessary'], 'cg_consent', seen)).toHaveLength(1);
    setCookies('_gcl_au');
    expect(auditCookies(document, catalog().cookies, ['strictly-necessary'], 'cg_consent', seen)).toEqual([
      { cookie: '_gcl_au', kind: 'undeclared', category: 'targeting', platform: 'Google' },
    ]);
  });

  it('skips catalogue rows it cannot read rather than throwing', () => {
    setCookies('_ga');
    expect(auditCookies(document, [null, { name: 3 }, 'x'], ['strictly-necessary'], 'cg_consent')).toEqual([
      { cookie: '_ga', kind: 'undeclared', category: 'performance', platform: 'Google Analytics' },
    ]);
    expect(auditCookies(document, undefined, ['strictly-necessary'], 'cg_consent')).toHaveLength(1);
  });
});

describe('startAudit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('warns once after the page has loaded, and again only for what a choice brings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const core = createConsentState({ config: catalog(), stored: null });
    setCookies('_fbp', 'mystery_cookie');
    const stop = startAudit(document, core, catalog().cookies);
    vi.advanceTimersByTime(1000);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/2 cookies to look at:\n {2}- _fbp: set although "targeting" is not granted[^\n]*\n {2}- mystery_cookie: not declared in the catalogue; unknown to the Open Cookie Database/);

    createChoices(core, { write: () => {} }).acceptAll();
    setCookies('_ga');
    vi.advanceTimersByTime(1000);
    // _ga is declared and now granted; _fbp was reported already: nothing new.
    expect(warn).toHaveBeenCalledOnce();
    stop();
    warn.mockRestore();
  });
});
