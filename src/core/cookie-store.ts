/**
 * The consent cookie: first party, holding a versioned JSON record
 * (documented in the README under "Consent cookie") so that the site's server
 * can read the same choice. Written directly rather than through js-cookie:
 * it is one cookie with a URI-encoded value, and js-cookie's 450 gzipped
 * bytes were 15% of the loader's 3 kB budget.
 */
import { CATEGORY_IDS, type CategoryId, type Consent, type ConsentOptions } from './types';
import { RECORD_VERSION } from './constants';
import { SERVICE_ID_PATTERN, isWholeNumber } from './gate-config';

/** The options the cookie itself depends on. */
export type CookieOptions = Pick<ConsentOptions, 'cookieName' | 'cookieDomain' | 'consentMaxAgeDays'>;

export interface CookieStore {
  /** The stored record, or null when there is none or it cannot be trusted. */
  read(): Consent | null;
  write(consent: Consent): void;
}

/** A real record is ~150 characters, a few hundred with services; anything far larger is not ours. */
const MAX_RECORD_LENGTH = 2048;
/** Tolerated clock skew between the visitor's past and present clocks. */
const FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;
const ID_PATTERN = /^[0-9a-f]{32}$/;

/** The consent cookie for the catalogue's options; `secure` adds `Secure` (true on https pages). */
export function createCookieStore(options: CookieOptions, secure: boolean): CookieStore {
  return {
    read: () => readConsentCookie(options.cookieName),
    write: (consent) => writeConsentCookie(options, secure, consent),
  };
}

/** The loader's half: a returning visitor's page view only reads. */
export function readConsentCookie(cookieName: string): Consent | null {
  // The name matched COOKIE_NAME_PATTERN, so it is safe inside a regular expression.
  return parseRecord(document.cookie.match(new RegExp(`(?:^|; )${cookieName}=([^;]*)`))?.[1]);
}

export function writeConsentCookie({ cookieName, cookieDomain, consentMaxAgeDays }: CookieOptions, secure: boolean, consent: Consent): void {
  document.cookie =
    `${cookieName}=${encodeURIComponent(serializeRecord(consent))}; Max-Age=${consentMaxAgeDays * 86400}; Path=/; SameSite=Lax` +
    (secure ? '; Secure' : '') +
    (cookieDomain ? `; Domain=${cookieDomain}` : '');
}

/** The record as stored; `Consent` holds exactly the documented fields, in order. */
export function serializeRecord(consent: Consent): string {
  return JSON.stringify(consent);
}

/**
 * Reads a cookie value written by `createCookieStore` (URI-encoded
 * `serializeRecord`). Anything malformed, truncated, of another version,
 * oversized or dated in the future is treated as no choice at all: the
 * visitor is asked again and nothing optional runs.
 */
export function parseRecord(raw: string | undefined, now: number = Date.now()): Consent | null {
  try {
    // A bad escape, JSON.parse of undefined and property reads on null all throw: each means "no choice".
    const { version, id, revision, decidedAt, granted, services } = JSON.parse(decodeURIComponent(raw!));
    return raw!.length <= MAX_RECORD_LENGTH &&
      version === RECORD_VERSION &&
      typeof id === 'string' && ID_PATTERN.test(id) &&
      isWholeNumber(revision, 1) &&
      typeof decidedAt === 'string' && Date.parse(decidedAt) <= now + FUTURE_SKEW_MS &&
      Array.isArray(granted) && granted.every(isCategoryId) &&
      (services === undefined || (Array.isArray(services) && services.every((s) => typeof s === 'string' && SERVICE_ID_PATTERN.test(s))))
      ? { version, id, revision, decidedAt, granted, ...(services && { services }) }
      : null;
  } catch {
    return null;
  }
}

function isCategoryId(value: unknown): value is CategoryId {
  return (CATEGORY_IDS as readonly unknown[]).includes(value);
}
