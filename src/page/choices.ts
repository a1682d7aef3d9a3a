/**
 * The actions that record a choice on a page: the consent cookie, then what a
 * choice sets off. Only a choice needs this, so the script tag carries it in
 * the UI file, not the loader.
 */
import { createChoices, type Choices, type ConsentState } from '../core/consent';
import { clearCookies } from '../core/cookie-cleaner';
import type { Catalog } from '../core/types';
import { announceChoice } from './cross-tab';
import { sendConsentLog } from './consent-log';
import { gpcHonoured } from './gpc';
import { writeConsentCookie } from '../core/cookie-writer';

/**
 * Each choice is written to this document's consent cookie, told to the other
 * tabs and sent to the consent log if there is one; it deletes the listed
 * cookies of refused categories, and taking back a category reloads the page
 * unless `reloadOnRevoke` is false. `catalog` is the validated or displayed one.
 */
export function choicesFor(state: ConsentState, doc: Document, { cookies, options, services }: Pick<Catalog, 'cookies' | 'options' | 'services'>): Choices {
  // Only the writing half of the cookie store: reading would add parseRecord to the UI file.
  const secure = doc.location?.protocol === 'https:';
  const win = doc.defaultView ?? window;
  return createChoices(state, {
    services,
    write: (consent) => {
      // An opt-out or objection nobody would ask about again: kept as long as any choice may be.
      const objects = !!state.place?.runsByDefault.some((id) => !consent.granted.includes(id));
      writeConsentCookie(options, secure, consent, doc, objects);
      announceChoice(consent, win);
      if (options.consentLog) void sendConsentLog(options.consentLog, consent, gpcHonoured(doc, true), win);
    },
    clear: (refused) => clearCookies(cookies, refused, doc, options.cookieName),
    revoked: () => options.reloadOnRevoke && doc.location.reload(),
  });
}
