/** Page-level options (npm config or script-tag attributes) laid over the catalogue's own. */
import { createCookieStore, type CookieOptions, type CookieStore } from './core/cookie-store';
import { isRecord } from './core/validate';
import type { ConsentOptions } from './core/types';

/** Every option a page may give next to the catalogue; the type below fails the build when one is missing. */
const OPTION_KEYS = ['cookieName', 'cookieDomain', 'consentMaxAgeDays', 'reloadOnRevoke', 'honorGpc', 'consentLog', 'audit'] as const;
type Unlisted = Exclude<keyof ConsentOptions, (typeof OPTION_KEYS)[number]>;
const allListed: [Unlisted] extends [never] ? true : never = true;
void allListed;

/** Only the options actually given, so `undefined` never overrides the catalogue. */
export function pickOptions(config: Partial<ConsentOptions>): Partial<ConsentOptions> {
  return Object.fromEntries(OPTION_KEYS.filter((key) => config[key] !== undefined).map((key) => [key, config[key]]));
}

/**
 * Overrides are validated with the catalogue, under `catalog.options`. A
 * malformed `options` is passed through untouched, so validation refuses it.
 */
export function withOptions(catalog: unknown, overrides: Partial<ConsentOptions>): unknown {
  if (!isRecord(catalog)) return catalog;
  const { options = {} } = catalog;
  return { ...catalog, options: isRecord(options) ? { ...options, ...overrides } : options };
}

/** The consent cookie for these options; `Secure` on https pages. */
export function storeFor(options: CookieOptions, doc: Document): CookieStore {
  return createCookieStore(options, doc.location?.protocol === 'https:');
}
