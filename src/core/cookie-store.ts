/**
 * The consent cookie: first party, holding a versioned JSON record
 * (documented in the README under "Consent cookie") so that the site's server
 * can read the same choice. Written directly rather than through js-cookie:
 * it is one cookie with a URI-encoded value, and js-cookie's 450 gzipped
 * bytes were 15% of the loader's 3 kB budget.
 */
import { CATEGORY_IDS, type CategoryId, type Consent } from './types';
import { RECORD_VERSION } from './constants';
import { isWholeNumber } from './gate-config';

export interface CookieStore {
  /** The stored record, or null when there is none or it cannot be trusted. */
  read(): Consent | null;
  write(consent: Consent): void;
  remove(): void;
}

export interface CookieStoreOptions {
  name: string;
  domain?: string;
  maxAgeDays: number;
  /** Add `Secure`; true on https pages. */
  secure: boolean;
}

/** A real record is ~150 characters; anything far larger is not ours. */
const MAX_RECORD_LENGTH = 1024;
/** Tolerated clock skew between the visitor's past and present clocks. */
const FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;
const ID_PATTERN = /^[0-9a-f]{32}$/;

export function createCookieStore({ name, domain, maxAgeDays, secure }: CookieStoreOptions): CookieStore {
  const attributes = `; Path=/; SameSite=Lax${secure ? '; Secure' : ''}${domain ? `; Domain=${domain}` : ''}`;
  const set = (value: string, maxAge: number) => {
    document.cookie = `${name}=${value}; Max-Age=${maxAge}${attributes}`;
  };
  return {
    read: () => parseRecord(readCookie(name)),
    write: (consent) => set(encodeURIComponent(serializeRecord(consent)), Math.round(maxAgeDays * 86400)),
    remove: () => set('', 0),
  };
}

/** The decoded value of a cookie visible to this page, or undefined. */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split('; ')) {
    if (!pair.startsWith(`${name}=`)) continue;
    try {
      return decodeURIComponent(pair.slice(name.length + 1));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The record as stored; `Consent` holds exactly the documented fields, in order. */
export function serializeRecord(consent: Consent): string {
  return JSON.stringify(consent);
}

/**
 * Reads a record written by `serializeRecord`. Anything malformed, truncated,
 * of another version, oversized or dated in the future is treated as no
 * choice at all: the visitor is asked again and nothing optional runs.
 */
export function parseRecord(raw: string | undefined, now: number = Date.now()): Consent | null {
  try {
    // JSON.parse(undefined) and property reads on null throw: both mean "no choice".
    const { version, id, revision, decidedAt, granted } = JSON.parse(raw!);
    return raw!.length <= MAX_RECORD_LENGTH &&
      version === RECORD_VERSION &&
      typeof id === 'string' && ID_PATTERN.test(id) &&
      isWholeNumber(revision, 1) &&
      typeof decidedAt === 'string' && Date.parse(decidedAt) <= now + FUTURE_SKEW_MS &&
      Array.isArray(granted) && granted.every(isCategoryId) && new Set(granted).size === granted.length
      ? { version, id, revision, decidedAt, granted }
      : null;
  } catch {
    return null;
  }
}

function isCategoryId(value: unknown): value is CategoryId {
  return (CATEGORY_IDS as readonly unknown[]).includes(value);
}
