/**
 * The consent cookie: first party, written through js-cookie, holding a
 * versioned JSON record (documented in the README under "Consent cookie")
 * so that the site's server can read the same choice.
 */
import Cookies from 'js-cookie';
import { CATEGORY_IDS, type CategoryId, type Consent } from './types';
import { RECORD_VERSION } from './constants';
import { isRecord } from './validate';

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

export function createCookieStore(options: CookieStoreOptions): CookieStore {
  const cookies = Cookies.withAttributes({
    path: '/',
    sameSite: 'Lax',
    secure: options.secure,
    ...(options.domain !== undefined && { domain: options.domain }),
  });
  return {
    read: () => parseRecord(cookies.get(options.name)),
    write: (consent) => void cookies.set(options.name, serializeRecord(consent), { expires: options.maxAgeDays }),
    remove: () => cookies.remove(options.name),
  };
}

export function serializeRecord(consent: Consent): string {
  const { version, id, revision, decidedAt, granted } = consent;
  return JSON.stringify({ version, id, revision, decidedAt, granted });
}

/**
 * Reads a record written by `serializeRecord`. Anything malformed, truncated,
 * of another version, oversized or dated in the future is treated as no
 * choice at all: the visitor is asked again and nothing optional runs.
 */
export function parseRecord(raw: string | undefined, now: number = Date.now()): Consent | null {
  if (typeof raw !== 'string' || raw.length > MAX_RECORD_LENGTH) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.version !== RECORD_VERSION) return null;
  const { id, revision, decidedAt, granted } = value;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return null;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 1) return null;
  if (typeof decidedAt !== 'string') return null;
  const time = Date.parse(decidedAt);
  if (Number.isNaN(time) || time > now + FUTURE_SKEW_MS) return null;
  if (!Array.isArray(granted) || !granted.every(isCategoryId) || new Set(granted).size !== granted.length) return null;
  return { version: RECORD_VERSION, id, revision, decidedAt, granted };
}

function isCategoryId(value: unknown): value is CategoryId {
  return (CATEGORY_IDS as readonly unknown[]).includes(value);
}
