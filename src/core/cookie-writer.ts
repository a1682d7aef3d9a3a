/**
 * The writing half of the consent cookie (the reading half, and the record
 * format, are `cookie-store.ts`): only a choice writes, so this stays out of
 * the loader and the server helper.
 */
import type { CategoryId, Consent } from './types';
import { RECORD_VERSION } from './constants';
import { MAX_COOKIE_SIZE, fitsCookie, readConsentCookie, serializeRecord, type CookieOptions, type CookieStore } from './cookie-store';
import { expireCookie, pagePaths } from './cookie-scopes';

/** The consent cookie for the catalogue's options; `secure` adds `Secure` (true on https pages); `doc` is where it is written. */
export function createCookieStore(options: CookieOptions, secure: boolean, doc: Document = document): CookieStore {
  return {
    read: () => readConsentCookie(options.cookieName),
    write: (consent) => writeConsentCookie(options, secure, consent, doc),
  };
}

/**
 * Stores the choice on Path=/ of `cookieDomain` (or host-only), after removing
 * the consent cookie from every other scope this page can reach: a copy left
 * there (host-only from before the site set `cookieDomain`, another path) would
 * be read again as well. A record that would not fit `MAX_COOKIE_SIZE` is not
 * written (the browser would drop it and the reader refuse it): a console error
 * says so, and with the copies gone the next page view asks again rather than
 * read an older choice. Where the browser refuses (or throws), the choice still
 * holds for this page view.
 */
export function writeConsentCookie({ cookieName, cookieDomain, consentMaxAgeDays }: CookieOptions, secure: boolean, consent: Consent, doc: Document = document): void {
  const value = encodeURIComponent(serializeRecord(consent));
  try {
    expireCookie(doc, cookieName, pagePaths(doc.location.pathname));
    if (!fitsCookie(cookieName, value)) {
      console.error(
        `[consent-gate] choice not stored: "${cookieName}" and its record take ${cookieName.length + value.length} bytes, over the ${MAX_COOKIE_SIZE} a browser keeps; list fewer services`,
      );
      return;
    }
    doc.cookie =
      `${cookieName}=${value}; Max-Age=${consentMaxAgeDays * 86400}; Path=/; SameSite=Lax` +
      (secure ? '; Secure' : '') +
      (cookieDomain ? `; Domain=${cookieDomain}` : '');
  } catch {
    // Cookies blocked by the browser: nothing to do but say so (the UI does).
  }
}

/**
 * The longest record a catalogue can produce, URI-encoded as stored: every
 * category in use granted with every one of its services on, a 32-hex id, the
 * catalogue's revision and a four-digit-year ISO date. The validator refuses a
 * catalogue for which `fitsCookie(cookieName, largestRecord(…))` is false.
 */
export function largestRecord(revision: number, enabled: readonly CategoryId[], services: readonly { id: string; category: CategoryId }[]): string {
  return encodeURIComponent(serializeRecord({
    version: RECORD_VERSION,
    id: '0'.repeat(32),
    revision,
    decidedAt: new Date(0).toISOString(),
    granted: [...enabled],
    ...(services.length > 0 && { services: services.filter((s) => enabled.includes(s.category)).map((s) => s.id) }),
  }));
}
