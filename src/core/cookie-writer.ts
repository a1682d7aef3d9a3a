/**
 * The writing half of the consent cookie (the reading half, and the record
 * format, are `cookie-store.ts`), through js-cookie: only a choice writes, so
 * this and js-cookie stay out of the loader and the server helper.
 */
import Cookies from 'js-cookie';
import type { Consent } from './types';
import { MAX_COOKIE_SIZE, fitsCookie, pageCookies, readConsentCookie, serializeRecord, type CookieOptions, type CookieStore } from './cookie-store';
import { expireCookie, pagePaths } from './cookie-scopes';
import { MAX_AGE_DAYS_LIMIT } from './constants';

/** The consent cookie for the catalogue's options; `secure` adds `Secure` (true on https pages); `doc` is where it is written. */
export function createCookieStore(options: CookieOptions, secure: boolean, doc: Document = document): CookieStore {
  return {
    read: () => readConsentCookie(options.cookieName),
    write: (consent) => writeConsentCookie(options, secure, consent, doc),
  };
}

/**
 * The consent cookie's value as stored: the record's JSON through js-cookie's
 * converter (`encodeURIComponent`, then `{}[]:` and a few others left as they
 * are, all allowed in a cookie value). The reader's `decodeURIComponent`
 * takes it back (a test checks both on generated records).
 */
export const storedValue = (consent: Consent): string => Cookies.converter.write(serializeRecord(consent), '');

/**
 * Stores the choice on Path=/ of `cookieDomain` (or host-only), for
 * `consentMaxAgeDays` days (js-cookie's `expires`), SameSite=Lax, after
 * removing the consent cookie from every other scope this page can reach: a
 * copy left there (host-only from before the site set `cookieDomain`, another
 * path) would be read again as well. A record that would not fit
 * `MAX_COOKIE_SIZE` is not written (the browser would drop it and the reader
 * refuse it): a console error says so, and with the copies gone the next page
 * view asks again rather than read an older choice. Where the browser refuses
 * (or throws), the choice still holds for this page view. js-cookie writes to
 * the global `document`; `doc` gives the page's location.
 */
/** `objects`: the choice refuses something the visitor's jurisdiction runs by default (an opt-out, an objection): kept 395 days. */
export function writeConsentCookie(options: CookieOptions, secure: boolean, consent: Consent, doc: Document = document, objects = false): void {
  const { cookieName, cookieDomain } = options;
  const value = storedValue(consent);
  try {
    expireCookie(doc, cookieName, pagePaths(doc.location.pathname));
    if (!fitsCookie(cookieName, value)) {
      console.error(
        `[consent-gate] choice not stored: "${cookieName}" and its record take ${cookieName.length + value.length} bytes, over the ${MAX_COOKIE_SIZE} a browser keeps; list fewer services`,
      );
      return;
    }
    Cookies.withAttributes({ path: '/', sameSite: 'Lax', secure, domain: cookieDomain, expires: objects ? MAX_AGE_DAYS_LIMIT : lifetimeDays(options, consent) }).set(cookieName, serializeRecord(consent));
  } catch {
    // Cookies blocked by the browser: nothing to do but say so (the UI does).
  }
}

/**
 * How long the browser keeps a record, in days: `consentMaxAgeDays`; `refusalMaxAgeDays` for one that grants
 * nothing optional; and for one made in an opt-out jurisdiction the longest a choice may be kept (395 days):
 * there nobody asks again, so an opt-out that the browser dropped would turn the trackers back on (the CCPA,
 * § 1798.135(c)(4), has a site wait 12 months before even asking to opt back in).
 */
export function lifetimeDays({ consentMaxAgeDays, refusalMaxAgeDays }: CookieOptions, consent: Consent): number {
  if (consent.model === 'opt-out') return MAX_AGE_DAYS_LIMIT;
  return consent.granted.some((id) => id !== 'strictly-necessary') ? consentMaxAgeDays : refusalMaxAgeDays ?? consentMaxAgeDays;
}

/**
 * Whether this page can keep a cookie at all: a probe written, read back and
 * deleted at once (`navigator.cookieEnabled` misses writes that are silently
 * ignored). The UI asks, to say when a choice cannot be remembered.
 */
export function cookiesWork(): boolean {
  const probe = Cookies.withAttributes({ path: '/', sameSite: 'Lax' });
  try {
    probe.set('cg_probe', '1');
    const kept = probe.get('cg_probe') === '1';
    probe.remove('cg_probe');
    return kept;
  } catch {
    return false;
  }
}

/** Whether this choice is what the consent cookie now holds: false where cookies are blocked or writes are ignored. */
export function isRemembered(cookieName: string, consent: Consent, doc: Document = document): boolean {
  return `; ${pageCookies(doc)};`.includes(`; ${cookieName}=${storedValue(consent)};`);
}
