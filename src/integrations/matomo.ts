/**
 * Matomo consent (Matomo, "JavaScript Tracking Client: Asking for consent"): `_paq.push(['requireConsent'])`
 * before `trackPageView`, then `setConsentGiven` or `forgetConsentGiven`; in "cookies" mode the cookie variants
 * (`requireCookieConsent`, `setCookieConsentGiven`, `forgetCookieConsentGiven`), with which Matomo tracks
 * without cookies until consent. Consent is given again on every page view of a visitor who allows Matomo
 * (`setConsentGiven`, not `rememberConsentGiven`: consent-gate's cookie is the record, not Matomo's).
 * Matomo's snippet adopts an existing `_paq`; matomo.js runs it in order, then replaces it with an object.
 */
import type { MatomoSettings } from '../core/types';
import { toFront, type CommandQueue, type VendorConsent, starter } from './vendor-consent';

const command = ({ mode }: MatomoSettings, verb: 'require' | 'set' | 'forget') =>
  [verb === 'require' ? `require${mode === 'cookies' ? 'Cookie' : ''}Consent` : `${verb}${mode === 'cookies' ? 'Cookie' : ''}ConsentGiven`];
const push = (queue: CommandQueue, entry: unknown[]) => void queue.push(entry);

export const matomo: VendorConsent<MatomoSettings> = {
  service: 'matomo',
  category: 'performance',
  start: (win, settings, allows) =>
    toFront(win, '_paq', allows() ? [command(settings, 'require'), command(settings, 'set')] : [command(settings, 'require')], (queue) => !Array.isArray(queue), push),
  change: (win, settings, allows) => {
    const queue = (win as unknown as { _paq: CommandQueue })._paq;
    // Until matomo.js has run, _paq is still an array it will apply out of order: `setConsentGiven` among the
    // commands it applies first, `forgetConsentGiven` in turn, so a refusal then a grant would end refused. Only the
    // latest choice stays queued.
    if (Array.isArray(queue)) for (let i = queue.length; i--; ) if (/ConsentGiven$/.test((queue[i] as unknown[] | null)?.[0] as string)) queue.splice(i, 1);
    push(queue, command(settings, allows() ? 'set' : 'forget'));
  },
};

/** Started by the gate (the script-tag file registers it, src/entries/vendor.ts; the npm chunk exports it). */
export const start = /* @__PURE__ */ starter(matomo);
