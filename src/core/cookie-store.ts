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

/**
 * The page's cookies as one string; empty where reading them throws (a
 * sandboxed iframe, a privacy extension): then there is no stored choice.
 */
export function pageCookies(doc: Document = document): string {
  try {
    return doc.cookie;
  } catch {
    return '';
  }
}

// Shared by the cleaner and the audit; here, in a module both already import, it splits off no npm chunk.
/** The names of the cookies this page can read. */
export function pageCookieNames(doc: Document = document): string[] {
  return pageCookies(doc).split(';').map((pair) => pair.split('=')[0]!.trim()).filter(Boolean);
}

/** Whether a catalogue row covers a cookie: its exact name, or a name it starts (`_ga_` → `_ga_ABC123`). */
export const ruleCovers = (rule: { name: string; match?: 'exact' | 'prefix' }, name: string): boolean =>
  rule.match === 'prefix' ? name.startsWith(rule.name) : name === rule.name;

/** The loader's half: a returning visitor's page view only reads. */
export function readConsentCookie(cookieName: string): Consent | null {
  // The name matched COOKIE_NAME_PATTERN, so it is safe inside a regular expression.
  return parseRecord(pageCookies().match(new RegExp(`(?:^|; )${cookieName}=([^;]*)`))?.[1]);
}

/**
 * Whether this page can keep a cookie at all: a probe written, read back and
 * deleted at once (`navigator.cookieEnabled` misses writes that are silently
 * ignored). The UI asks, to say when a choice cannot be remembered.
 */
export function cookiesWork(doc: Document = document): boolean {
  try {
    doc.cookie = 'cg_probe=1; Path=/; SameSite=Lax';
    const kept = pageCookies(doc).includes('cg_probe=1');
    doc.cookie = 'cg_probe=; Max-Age=-1; Path=/';
    return kept;
  } catch {
    return false;
  }
}

/** Whether this choice is what the consent cookie now holds: false where cookies are blocked or writes are ignored. */
export function isRemembered(cookieName: string, consent: Consent, doc: Document = document): boolean {
  return `; ${pageCookies(doc)};`.includes(`; ${cookieName}=${encodeURIComponent(serializeRecord(consent))};`);
}

/** Stores the choice; where the browser refuses (or throws), the choice still holds for this page view. */
export function writeConsentCookie({ cookieName, cookieDomain, consentMaxAgeDays }: CookieOptions, secure: boolean, consent: Consent): void {
  try {
    document.cookie =
      `${cookieName}=${encodeURIComponent(serializeRecord(consent))}; Max-Age=${consentMaxAgeDays * 86400}; Path=/; SameSite=Lax` +
      (secure ? '; Secure' : '') +
      (cookieDomain ? `; Domain=${cookieDomain}` : '');
  } catch {
    // Cookies blocked by the browser: nothing to do but say so (the UI does).
  }
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
