/** Page-level options (npm config or script-tag attributes) laid over the catalogue's own. */
import type { CookieOptions, CookieStore } from '../core/cookie-store';
import { createCookieStore } from '../core/cookie-writer';
import { isRecord } from '../core/validate';
import type { ConsentOptions } from '../core/types';
import { OPTION_KEYS } from '../core/option-keys';

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
  return createCookieStore(options, doc.location?.protocol === 'https:', doc);
}
