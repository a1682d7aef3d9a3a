import { afterEach, describe, expect, it } from 'vitest';
import { clearCookies, parentDomains } from '../../src/core/cookie-cleaner';
import type { CookieRule } from '../../src/core/types';

const rule = (name: string, category: CookieRule['category'], match: CookieRule['match'] = 'exact'): CookieRule =>
  ({ name, category, match, provider: 'p', expiry: '1 year', description: 'd' });
const RULES = [rule('_ga', 'performance'), rule('_ga_', 'performance', 'prefix'), rule('_fbp', 'targeting'), rule('session', 'strictly-necessary')];
/** The cookies these tests set; others in the jar are not theirs to judge. */
const SET = ['_ga', '_ga_ABC123', '_gat', '_fbp', 'session', 'cg_consent'];
const names = () => document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]!).sort();

afterEach(() => {
  for (const name of names()) document.cookie = `${name}=; Expires=Thu, 01 Jan 1970 00:00:01 GMT; Path=/`;
});

describe('clearCookies', () => {
  it('expires exact names and prefixes of the refused categories, and nothing else', () => {
    for (const name of SET) document.cookie = `${name}=1; Path=/`;
    expect(clearCookies(RULES, ['performance'], document, 'cg_consent').cleared.sort()).toEqual(['_ga', '_ga_ABC123']);
    expect(names().filter((n) => SET.includes(n))).toEqual(['_fbp', '_gat', 'cg_consent', 'session']);
  });

  it('never clears strictly-necessary cookies or the consent cookie itself', () => {
    for (const name of ['session', 'cg_consent']) document.cookie = `${name}=1; Path=/`;
    const rules = [...RULES, rule('cg_', 'targeting', 'prefix')];
    expect(clearCookies(rules, ['strictly-necessary', 'targeting'], document, 'cg_consent')).toEqual({ cleared: [], left: [] });
    expect(names().filter((n) => SET.includes(n))).toEqual(['cg_consent', 'session']);
  });

  it('tries the host alone and every parent domain down to two labels', () => {
    expect(parentDomains('www.shop.example.com')).toEqual(['', 'www.shop.example.com', 'shop.example.com', 'example.com']);
    expect(parentDomains('localhost')).toEqual(['']);
    // An IP address has no parents: writing Domain=0.0.1 is refused, with a warning in Firefox.
    expect(parentDomains('127.0.0.1')).toEqual(['']);
    expect(parentDomains('::1')).toEqual(['']);
  });
});
