/**
 * Which scopes the cleaner and the consent cookie's writer try, seen through
 * their public functions on a recording document: what a browser then does
 * with each write is for tests/e2e/cookie-scopes.spec.ts in Chromium.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearCookies } from '../../src/core/cookie-cleaner';
import { writeConsentCookie } from '../../src/core/cookie-writer';
import type { CookieRule } from '../../src/core/types';
import { sampleConsent } from '../fixtures';

/**
 * A document at `url` whose `cookie` reads as `cookies` (a function: it may change) and records every write.
 * js-cookie writes to the global `document`, so its `cookie` is the recording one too for the test.
 */
function recordingDocument(url: string, cookies: () => string) {
  const { protocol, hostname, pathname } = new URL(url);
  const writes: string[] = [];
  const cookie = { get: () => cookies(), set: (text: string) => void writes.push(text), configurable: true };
  Object.defineProperty(document, 'cookie', cookie);
  const doc = Object.defineProperty({ location: { protocol, hostname, pathname } }, 'cookie', cookie);
  return { doc: doc as unknown as Document, writes };
}
const rule = (name: string, extra: Partial<CookieRule> = {}): CookieRule =>
  ({ name, category: 'performance', match: 'exact', provider: 'p', expiry: '1 year', description: 'd', ...extra });
/** The expired scopes written for `name`, as "domain path" ("" for host-only). */
const scopesOf = (writes: string[], name: string) =>
  writes.filter((w) => w.startsWith(`${name}=;`)).map((w) => `${/domain=([^;]*)/i.exec(w)?.[1] ?? ''} ${/path=([^;]*)/i.exec(w)![1]}`);

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as { cookie?: string }).cookie;
});
/** An `expires` attribute in the past: the write deletes. */
const expiresInPast = (write: string) => Date.parse(/; expires=([^;]+)$/.exec(write)?.[1] ?? '') < Date.now();

describe('clearCookies: every scope', () => {
  it('expires a cookie on each path of the page, with and without the trailing slash, on each domain', () => {
    const { doc, writes } = recordingDocument('http://www.shop.example.com/shop/cart/item.html', () => '_pk_id.1=x');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    clearCookies([rule('_pk_id.', { match: 'prefix' })], ['performance'], doc, 'cg_consent');
    const paths = ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/', '/shop/cart/item.html', '/shop/cart/item.html/'];
    const domains = ['', 'www.shop.example.com', 'shop.example.com', 'example.com'];
    expect(scopesOf(writes, '_pk_id.1').sort()).toEqual(domains.flatMap((d) => paths.map((p) => `${d} ${p}`)).sort());
    expect(writes.every(expiresInPast)).toBe(true);
  });

  it('adds Secure on https, without which a browser will not touch a __Secure- or __Host- cookie', () => {
    const { doc, writes } = recordingDocument('https://example.com/', () => '__Secure-pk=x; __Host-pk=y');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    clearCookies([rule('__Secure-pk'), rule('__Host-pk')], ['performance'], doc, 'cg_consent');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.includes('; secure'))).toBe(true);
  });

  it('also expires, on the path its row declares, an exact name this page cannot see', () => {
    const { doc, writes } = recordingDocument('http://example.com/', () => '');
    const result = clearCookies([rule('_pk_cvar', { path: '/shop/checkout' })], ['performance'], doc, 'cg_consent');
    expect(scopesOf(writes, '_pk_cvar')).toEqual(expect.arrayContaining([' /shop/checkout', 'example.com /shop/checkout']));
    expect(result).toEqual({ cleared: ['_pk_cvar'], left: [] });
  });

  it('reads the cookies again and names, once, those still readable', () => {
    const { doc } = recordingDocument('http://example.com/', () => '_ga=1; _ga=2; _fbp=3; cg_consent=4');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = clearCookies([rule('_ga'), rule('_fbp', { category: 'targeting' })], ['performance', 'targeting'], doc, 'cg_consent');
    expect(result.left).toEqual(['_ga', '_fbp']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]!.join(' '))).toMatch(/still readable.*_ga, _fbp/);
  });
});

describe('writeConsentCookie: one consent cookie', () => {
  const options = { cookieName: 'cg_consent', consentMaxAgeDays: 182 };

  it('removes the consent cookie from every other domain and path first, then writes it on Path=/ of its own domain', () => {
    const { doc, writes } = recordingDocument('https://www.shop.example.com/shop/', () => '');
    writeConsentCookie({ ...options, cookieDomain: '.shop.example.com' }, true, sampleConsent(), doc);
    const expired = scopesOf(writes, 'cg_consent');
    expect(expired).toEqual(expect.arrayContaining([' /', 'www.shop.example.com /', 'shop.example.com /', 'example.com /', ' /shop', ' /shop/']));
    const stored = writes.at(-1)!;
    expect(stored).toMatch(/^cg_consent=\{%22version%22:1.*; path=\/; sameSite=Lax; secure; domain=\.shop\.example\.com; expires=/);
    // 182 days from now, within a minute.
    expect(Date.parse(/expires=(.*)$/.exec(stored)![1]!) - Date.now()).toBeGreaterThan(182 * 86400_000 - 60_000);
  });

  it('writes no record the reader would refuse: a console error instead, and no older copy left to be read', () => {
    const { doc, writes } = recordingDocument('http://example.com/', () => '');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const services = Array.from({ length: 200 }, (_, i) => `a-service-with-a-long-id-${i}`);
    writeConsentCookie(options, false, sampleConsent({ services }), doc);
    expect(writes.filter((w) => !w.startsWith('cg_consent=;'))).toEqual([]);
    expect(scopesOf(writes, 'cg_consent')).toContain(' /');
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/choice not stored: "cg_consent" and its record take \d+ bytes, over the 4096/));
  });
});
