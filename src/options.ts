/** Page-level options (npm config or script-tag attributes) laid over the catalogue's own. */
import { createCookieStore, type CookieOptions, type CookieStore } from './core/cookie-store';
import { isRecord } from './core/validate';
import type { ConsentOptions } from './core/types';

/** Only the options actually given, so `undefined` never overrides the catalogue. */
export function pickOptions(config: Partial<ConsentOptions>): Partial<ConsentOptions> {
  const options: Partial<ConsentOptions> = {};
  if (config.cookieName !== undefined) options.cookieName = config.cookieName;
  if (config.cookieDomain !== undefined) options.cookieDomain = config.cookieDomain;
  if (config.consentMaxAgeDays !== undefined) options.consentMaxAgeDays = config.consentMaxAgeDays;
  if (config.reloadOnRevoke !== undefined) options.reloadOnRevoke = config.reloadOnRevoke;
  if (config.honorGpc !== undefined) options.honorGpc = config.honorGpc;
  if (config.consentLog !== undefined) options.consentLog = config.consentLog;
  if (config.audit !== undefined) options.audit = config.audit;
  return options;
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
