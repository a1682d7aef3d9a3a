/** Page-level options (npm config or script-tag attributes) laid over the catalogue's own. */
import { createCookieStore, writeConsentCookie, type CookieOptions, type CookieStore } from './core/cookie-store';
import { createChoices, type Choices, type ConsentState } from './core/consent';
import { isRecord } from './core/validate';
import type { Catalog, ConsentOptions } from './core/types';
import { clearCookies } from './core/cookie-cleaner';
import { announceChoice } from './cross-tab';
import { sendConsentLog } from './consent-log';
import { gpcHonoured } from './gpc';

/** Only the options actually given, so `undefined` never overrides the catalogue. */
export function pickOptions(config: Partial<ConsentOptions>): Partial<ConsentOptions> {
  const options: Partial<ConsentOptions> = {};
  if (config.cookieName !== undefined) options.cookieName = config.cookieName;
  if (config.cookieDomain !== undefined) options.cookieDomain = config.cookieDomain;
  if (config.consentMaxAgeDays !== undefined) options.consentMaxAgeDays = config.consentMaxAgeDays;
  if (config.reloadOnRevoke !== undefined) options.reloadOnRevoke = config.reloadOnRevoke;
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

/**
 * The actions that record a choice in this document's consent cookie; each
 * choice deletes the listed cookies of refused categories, is sent to the
 * consent log if there is one, and taking back a category reloads the page
 * unless `reloadOnRevoke` is false. `catalog` is the validated or displayed one.
 */
export function choicesFor(state: ConsentState, doc: Document, { cookies, options, services }: Pick<Catalog, 'cookies' | 'options' | 'services'>): Choices {
  const secure = doc.location?.protocol === 'https:';
  return createChoices(state, {
    services,
    write: (consent) => {
      const win = doc.defaultView ?? window;
      writeConsentCookie(options, secure, consent);
      announceChoice(consent, win);
      if (options.consentLog) void sendConsentLog(options.consentLog, consent, gpcHonoured(doc, true), win);
    },
    clear: (refused) => clearCookies(cookies, refused, doc, options.cookieName),
    revoked: () => options.reloadOnRevoke && doc.location.reload(),
  });
}
