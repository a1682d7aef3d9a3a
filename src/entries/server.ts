/**
 * `consent-gate/server`: reading the consent cookie on the server, e.g. in
 * Node middleware, to leave out tags the visitor refused before the page is
 * even sent. No DOM; the same checks as the browser's.
 */
import { cookieValues, pickRecord } from '../core/cookie-store';
import { DEFAULT_COOKIE_NAME } from '../core/constants';
import type { Consent } from '../core/types';

export interface ParseConsentCookieOptions {
  /** @default "cg_consent" */
  cookieName?: string;
  /** The catalogue's current revision: a choice made against another one is no choice. */
  revision?: number;
  /** The catalogue's `consentMaxAgeDays`: an older choice is no choice. */
  consentMaxAgeDays?: number;
  /** The catalogue's `refusalMaxAgeDays`, for a choice that grants nothing optional. @default consentMaxAgeDays */
  refusalMaxAgeDays?: number;
  /**
   * The model of the `jurisdictions` rule that applies to the visitor now (the page's `getJurisdiction()`, or
   * the site's own region logic). "opt-out": a choice holds whatever its age or revision, as in the browser.
   * "opt-in" or absent: a record with grants by default (`byDefault`, made under opt-out or another rule's
   * objection) is no choice, as in an opt-in jurisdiction; then nothing optional may be rendered.
   */
  model?: 'opt-in' | 'opt-out';
  /** @default Date.now() */
  now?: number;
}

/**
 * The visitor's choice from a whole `Cookie` request header
 * (`"a=1; cg_consent={%22version%22:1…"`) or from the cookie's value alone; null when
 * there is none or it is malformed, of another revision or expired. A header
 * holding the cookie more than once (one per domain or path) gives the newest
 * valid record (of two as new, the one granting less), as the browser's
 * loader picks it: never an older grant left in another scope. With
 * `jurisdictions`, pass `model`: for an opt-out visitor `null` means "no
 * choice yet: the opt-out defaults", and a record found is the visitor's
 * (opted out of what its `granted` lacks).
 * @example
 * const consent = parseConsentCookie(req.headers.cookie ?? '', { revision: 3 });
 * if (consent?.granted.includes('performance')) { … }
 */
export function parseConsentCookie(input: string, options: ParseConsentCookieOptions = {}): Consent | null {
  const { cookieName = DEFAULT_COOKIE_NAME, revision, consentMaxAgeDays, refusalMaxAgeDays = consentMaxAgeDays, model, now = Date.now() } = options;
  if (typeof input !== 'string') return null;
  const text = input.trim();
  // A value is the URI-encoded JSON record as js-cookie writes it ("{%22version%22:1…"; "%7B%22…" from
  // before js-cookie), or that JSON as some servers decode it ('{"version":1…', the only form with a bare quote).
  const values = /^(%7B|\{)/i.test(text) ? [text] : cookieValues(text, cookieName);
  // A header can hold the cookie twice (two domains or paths): the same pick as the browser's loader.
  const consent = pickRecord(values.map((raw) => (raw.includes('"') ? encodeURIComponent(raw) : raw)), now);
  if (!consent) return null;
  // In an opt-out jurisdiction nobody asks again: an opt-out holds (as `createConsentState` keeps it).
  if (model === 'opt-out') return consent;
  if (consent.byDefault?.length) return null;
  if (revision !== undefined && consent.revision !== revision) return null;
  const days = consent.granted.some((id) => id !== 'strictly-necessary') ? consentMaxAgeDays : refusalMaxAgeDays;
  if (days !== undefined && now - Date.parse(consent.decidedAt) >= days * 86_400_000) return null;
  return consent;
}
