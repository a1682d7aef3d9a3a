/**
 * Which known cookie a name is, from the Open Cookie Database table
 * (`known-cookies.ts`, generated): an exact name first, then the longest
 * prefix that matches (`_ga_` before `_g`), so `_ga` and `_ga_ABC123` are
 * told apart. For the audit and the scanner; not in the banner's files.
 */
import type { CategoryId } from '../core/types';
import { CATEGORIES, KNOWN_COOKIES, PLATFORMS } from './known-cookies';

export interface KnownCookie {
  /** The name or prefix the table knows it by. */
  name: string;
  match: 'exact' | 'prefix';
  /** Who sets it, e.g. "Google Analytics"; several joined by " / " when the name is shared; absent when the database names none (XSRF-TOKEN). */
  platform?: string;
  /** The likely category (the one needing the most consent when platforms disagree). */
  category: CategoryId;
  /** Typical lifetime, as the database writes it ("2 years", "session"). */
  retention: string;
}

type Row = (typeof KNOWN_COOKIES)[number];

const toKnown = ([name, prefix, platform, category, retention]: Row): KnownCookie => ({
  name,
  match: prefix ? 'prefix' : 'exact',
  ...(PLATFORMS[platform] && { platform: PLATFORMS[platform] }),
  category: CATEGORIES[category]!,
  retention,
});

let exact: Map<string, Row> | undefined;
let prefixes: Row[] | undefined;

/** The known cookie `name` is, or `null` for a name the database does not know. */
export function classifyCookie(name: string): KnownCookie | null {
  if (!exact || !prefixes) {
    // Built on first use: importing the audit costs nothing until it classifies.
    exact = new Map(KNOWN_COOKIES.filter((row) => !row[1]).map((row) => [row[0], row]));
    prefixes = KNOWN_COOKIES.filter((row) => row[1]).sort((a, b) => b[0].length - a[0].length);
  }
  const row = exact.get(name) ?? prefixes.find(([prefix]) => name.startsWith(prefix));
  return row ? toKnown(row) : null;
}
