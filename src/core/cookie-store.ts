/**
 * The consent cookie: first party, holding a versioned JSON record
 * (documented in the README under "Consent cookie") so that the site's server
 * can read the same choice. This file is the reading half (the loader's and
 * the server helper's); writing, through js-cookie, is `cookie-writer.ts`.
 * The reader is our own few lines, not js-cookie's `get`: it runs on every
 * page view, and js-cookie (~800 B gzipped, read and write inseparable in
 * one closure) would put bytes on each one to read a single cookie; the
 * server helper needs it without a DOM as well. A property test checks that
 * the reader and js-cookie agree on every value the writer makes.
 */
import { CATEGORY_IDS, PRIVACY_MODELS, type Consent, type ConsentOptions } from './types';
import { RECORD_VERSION } from './constants';
import { SERVICE_ID_PATTERN, isWholeNumber } from './gate-config';

/** The options the cookie itself depends on. */
export type CookieOptions = Pick<ConsentOptions, 'cookieName' | 'cookieDomain' | 'consentMaxAgeDays' | 'refusalMaxAgeDays'>;

export interface CookieStore {
  /** The stored record, or null when there is none or it cannot be trusted. */
  read(): Consent | null;
  write(consent: Consent): void;
}

/**
 * The most a cookie's name and value may hold together, in bytes: browsers
 * drop a longer cookie (RFC 6265bis 5.6; Chromium's and Firefox's 4096). One
 * limit for the three who must agree: the validator accepts a catalogue only
 * if its largest record fits (`largestRecord`), the writer writes only a record
 * that fits, and the reader refuses a value longer than this.
 */
export const MAX_COOKIE_SIZE = 4096;

/** Whether the cookie `name=value` fits in `MAX_COOKIE_SIZE` (the name and value are ASCII: one byte a character). */
export const fitsCookie = (name: string, value: string): boolean => name.length + value.length <= MAX_COOKIE_SIZE;
/** Tolerated clock skew between the visitor's past and present clocks. */
const FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;
const ID_PATTERN = /^[0-9a-f]{32}$/;

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
  return pickRecord(cookieValues(pageCookies(), cookieName));
}

/**
 * The values of every cookie called `name` in `cookies`, a `document.cookie`
 * string or a `Cookie` request header ("a=1; cg_consent=%7B…"), in their order
 * there. One name can appear several times: one cookie per domain and path.
 */
export function cookieValues(cookies: string, name: string): string[] {
  return cookies.split(/;\s*/).filter((pair) => pair.startsWith(`${name}=`)).map((pair) => pair.slice(name.length + 1));
}

/**
 * The choice among several values of the consent cookie (each as `parseRecord`
 * takes it): the newest valid record by `decidedAt`; of two equally new, the
 * one granting fewer categories, then fewer services. Never the first listed:
 * browsers list the more specific path first, not the newer, and an older
 * grant left in another scope must not outlive a refusal. Null when none is valid.
 * Shared by the loader and the server helper, so both pick the same.
 */
export function pickRecord(values: readonly string[], now: number = Date.now()): Consent | null {
  let best: Consent | null = null;
  for (const value of values) {
    const consent = parseRecord(value, now);
    if (consent && (!best || newer(consent, best))) best = consent;
  }
  return best;
}

// A record made without services grants every service of its categories: it counts as the most.
const serviceCount = (consent: Consent) => consent.services?.length ?? Infinity;
/** Whether `a` wins over `b`: newer, or as new and granting less. */
const newer = (a: Consent, b: Consent) =>
  (Date.parse(a.decidedAt) - Date.parse(b.decidedAt) || b.granted.length - a.granted.length || serviceCount(b) - serviceCount(a)) > 0;

/** The record as stored; `Consent` holds exactly the documented fields, in order. */
export function serializeRecord(consent: Consent): string {
  return JSON.stringify(consent);
}

/**
 * Reads a cookie value written by `createCookieStore` (URI-encoded
 * `serializeRecord`). Anything malformed, truncated, of another version,
 * oversized or dated in the future is treated as no choice at all: the
 * visitor is asked again and nothing optional runs, and so is a value over
 * 4,096 characters (`MAX_COOKIE_SIZE`): no browser keeps a cookie that long.
 */
export function parseRecord(raw: string | undefined, now: number = Date.now()): Consent | null {
  try {
    // A bad escape, JSON.parse of undefined and property reads on null all throw: each means "no choice".
    const { version, id, revision, decidedAt, granted, services, jurisdiction, model, byDefault } = JSON.parse(decodeURIComponent(raw!));
    return raw!.length <= MAX_COOKIE_SIZE &&
      version === RECORD_VERSION &&
      typeof id === 'string' && ID_PATTERN.test(id) &&
      isWholeNumber(revision, 1) &&
      typeof decidedAt === 'string' && Date.parse(decidedAt) <= now + FUTURE_SKEW_MS &&
      Array.isArray(granted) && granted.every((c) => CATEGORY_IDS.includes(c)) &&
      (services === undefined || (Array.isArray(services) && services.every((s) => typeof s === 'string' && SERVICE_ID_PATTERN.test(s)))) &&
      (jurisdiction === undefined || (typeof jurisdiction === 'string' && SERVICE_ID_PATTERN.test(jurisdiction))) &&
      (model === undefined || PRIVACY_MODELS.includes(model)) &&
      // A grant by default that is no grant at all is a forged or broken record.
      (byDefault === undefined || (Array.isArray(byDefault) && byDefault.every((c) => granted.includes(c))))
      ? { version, id, revision, decidedAt, granted, ...(services && { services }), ...(jurisdiction && { jurisdiction }), ...(model && { model }), ...(byDefault && { byDefault }) }
      : null;
  } catch {
    return null;
  }
}
